// stopgate edge worker: screens sends against the shipped opt-out snapshot before they
// reach the origin, takes inbound replies (verified, stored durably, confirmed), and
// serves the snapshot, the package and the compose form. Routes and shapes:
// docs/interfaces.md, "Edge worker"; settings: config.js; trust boundaries: auth.js
// (API keys), inbound.js (carrier webhooks), origin.js (signed calls to the origin).
import { lint, narrowing, normalize } from "stopgate";
import { announce, config, security } from "./config.js";
import { requireApiKey } from "./auth.js";
import { HttpError, badField, errorResponse, json, parseJsonObject, readBody, serveFile, twiml } from "./http.js";
import { classify, confirmation, effectOf, readTwilio, readWebhook } from "./inbound.js";
import { OriginNotConfigured, originFetch } from "./origin.js";
import { optinForm, optinScript, postOptin } from "./optin.js";
import { SnapshotStore, edgeState } from "./snapshots.js";
import { addChannels, channelsOf, preferencePage, withPreferenceLink } from "./prefs.js";

export { EdgeState } from "./state.js";

const store = new SnapshotStore();
const CATEGORIES = ["marketing", "transactional"];
const MAX_BATCH = 10000;

const ROUTES = {
  "/v1/messages": { POST: sendMessage },
  "/v1/inbound": { POST: inboundTwilio },
  "/v1/inbound/webhook": { POST: inboundWebhook },
  "/v1/screen": { POST: screenBatch },
  "/v1/status": { GET: status },
  "/v1/snapshot": { GET: snapshotBytes },
  "/v1/snapshot/delta": { GET: snapshotDelta },
  // double opt-in (issue 16): the form, its script, the public route it posts to
  "/optin": { GET: optinForm },
  "/optin/form.js": { GET: optinScript },
  "/v1/optin": { POST: postOptin },
};

export default {
  async fetch(request, env, ctx) {
    try {
      return await route(request, env, ctx);
    } catch (e) {
      if (e instanceof HttpError) return errorResponse(e);
      if (e instanceof OriginNotConfigured) return json({ error: "not-configured", message: e.message }, 503);
      console.error(`stopgate edge: ${request.method} ${new URL(request.url).pathname}: ${e && e.stack || e}`);
      return json({ error: "internal", message: "the edge failed to handle this request" }, 500);
    }
  },

  // Cron trigger (wrangler.toml `[triggers] crons`): keeps the snapshot fresh when no requests come.
  async scheduled(controller, env, ctx) {
    ctx.waitUntil(store.refresh(env));
  },
};

async function route(request, env, ctx) {
  const url = new URL(request.url);
  const path = url.pathname;
  const methods = ROUTES[path];
  const cfg = config(env);
  announce(cfg);
  if (methods) {
    const method = request.method === "HEAD" && methods.GET ? "GET" : request.method;
    const handler = methods[method];
    if (!handler) {
      throw new HttpError(405, "method-not-allowed", `${request.method} is not allowed on ${path}`, null,
        { allow: Object.keys(methods).join(", ") });
    }
    await store.ensureFresh(env, ctx);
    return handler(request, env, ctx, url, cfg);
  }
  if (path.startsWith("/p/")) return preferencePage(request, env, url, cfg, (e164) => store.optOutOf(env, e164, cfg));
  if (path.startsWith("/v1/")) throw new HttpError(404, "not-found", `no such endpoint: ${path}`);
  if (request.method !== "GET" && request.method !== "HEAD") {
    throw new HttpError(405, "method-not-allowed", `${request.method} is not allowed on static files`, null, { allow: "GET, HEAD" });
  }
  return staticFile(request, env, path);
}

// ---- POST /v1/messages ---------------------------------------------------------------

function validateSend(body, cfg) {
  if (typeof body.to !== "string" || body.to.trim() === "") throw badField("to", "is required: the recipient's phone number");
  if (typeof body.body !== "string") throw badField("body", "is required: the message text");
  if (body.body.trim() === "") throw badField("body", "is empty");
  if (body.category === undefined) throw badField("category", `is required: one of ${CATEGORIES.join(", ")}`);
  if (!CATEGORIES.includes(body.category)) throw badField("category", `must be one of ${CATEGORIES.join(", ")}`);
  validateProgram(body, cfg);
  let e164;
  try {
    e164 = normalize(body.to, cfg.region);
  } catch (e) {
    throw badField("to", `is not a phone number: ${e.message}`);
  }
  return e164;
}

/** `program` (C8): absent, or one of PROGRAMS' ids; anything else is refused, never sent unchecked. */
function validateProgram(body, cfg) {
  if (body.program === undefined || body.program === null) return;
  if (typeof body.program !== "string") throw badField("program", "must be a string: one of the deployment's program ids");
  if (!cfg.programs.some((p) => p.id === body.program)) {
    const known = cfg.programs.map((p) => p.id);
    throw new HttpError(400, "unknown-program", `program ${JSON.stringify(body.program)} is not one of this deployment's programs (${known.length ? known.join(", ") : "none configured: set PROGRAMS"})`, "program");
  }
}

/** Whether a verdict is a block by an opt-out (`opted-out`, `opted-out-program`). */
const optedOut = (v) => v.decision === "block" && typeof v.reason === "string" && v.reason.startsWith("opted-out");

/** A send to an opted-out recipient: the body linted as such (C11: the `re-engagement` warning). */
function optedOutFindings(body, out) {
  if (!out) return {};
  const findings = lint(body.body, { category: body.category, optedOut: true });
  return findings.length ? { findings } : {};
}

function blocked(verdict, extra = {}) {
  return json({
    ...extra,
    blocked: true,
    reason: verdict.reason,
    message: verdict.message,
    scope: verdict.scope ?? null,
    snapshot: verdict.snapshotSequence ?? null,
    to: verdict.e164 ?? null,
    // quiet-hours only: when the app may send it (ISO 8601 at the recipient's offset, and ms).
    ...(verdict.sendAfter ? { sendAfter: verdict.sendAfter, sendAfterMs: verdict.sendAfterMs, hold: verdict.hold } : {}),
  }, 403, { "x-stopgate-decision": "block", "x-stopgate-reason": verdict.reason });
}

async function sendMessage(request, env, ctx, url, cfg) {
  await requireApiKey(request, cfg, "POST /v1/messages");
  const body = parseJsonObject(await readBody(request, cfg.maxBodyBytes));
  const e164 = validateSend(body, cfg);
  const overrides = store.overridesFor(await store.localChanges(env, [e164], cfg), cfg);
  const program = body.program ?? undefined;
  const verdict = store.screen({ to: body.to, body: body.body, category: body.category, program }, cfg, overrides);
  if (verdict.decision === "block") return blocked(verdict, { ...await channelsOf(env, cfg, verdict), ...optedOutFindings(body, optedOut(verdict)) });

  const sequence = String(verdict.snapshotSequence ?? store.sequence ?? "none");
  // Forward what was screened, rebuilt: never the caller's bytes, which another parser
  // could read as another message.
  const forwarded = JSON.stringify({ to: e164, body: body.body, category: body.category, ...(program ? { program } : {}) });
  let res;
  try {
    res = await originFetch(env, cfg, "/v1/messages", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-stopgate-decision": verdict.decision,
        "x-stopgate-snapshot": sequence,
      },
      body: forwarded,
    });
  } catch (e) {
    if (e instanceof OriginNotConfigured) throw e;
    return json({ error: "origin-unavailable", message: `the origin could not be reached: ${e.message}` }, 502,
      { "x-stopgate-decision": verdict.decision, "x-stopgate-snapshot": sequence, "x-stopgate-reason": verdict.reason });
  }
  const headers = new Headers();
  for (const name of ["content-type", "location", "retry-after"]) {
    const v = res.headers.get(name);
    if (v) headers.set(name, v);
  }
  headers.set("x-stopgate-decision", verdict.decision);
  headers.set("x-stopgate-snapshot", sequence);
  headers.set("x-stopgate-reason", verdict.reason);
  return new Response(res.body, { status: res.status, headers });
}

// ---- POST /v1/inbound, POST /v1/inbound/webhook ----------------------------------------

/**
 * A verified reply: classified, stored in the outbox (an opt-out blocks at once, in every
 * isolate), tried at the origin once; the carrier gets 200 and the confirmation as soon
 * as it is stored, whether or not the origin is up (the outbox retries). A redelivery of
 * a message id already stored is answered without a second confirmation.
 */
async function accept(item, env, cfg) {
  const cls = classify(item.body, cfg);
  let effect = effectOf(cls, cfg);
  const receivedAt = Date.now();
  // Revoke-all (C9): a reply while the number's clarification is pending may narrow its
  // `all` opt-out; the core decides (narrowing), the Durable Object accepts it once.
  if (cfg.programs.length > 0 && effect.effect !== "suppress") {
    const pending = await edgeState(env).clarification(item.from);
    if (pending && pending.narrowedAt === null) {
      const scope = narrowing(item.body, { programs: cfg.programs, pendingAt: pending.at, current: "all", now: receivedAt });
      if (scope !== null) {
        const kept = cfg.programs.filter((p) => !scope.split("+").includes(p.id)).map((p) => p.id).join("+");
        effect = { effect: "narrow", scope, kept, reason: "narrow" };
      }
    }
  }
  const stored = await edgeState(env).accept({ ...item, receivedAt, classification: cls }, effect);
  if (effect.effect === "narrow" && !stored.duplicate && !stored.narrowed) effect = { effect: "nothing", scope: null, reason: "not-consent" };
  store.noteLocal(item.from, effect);
  // The origin's verdict, when it has one, words the confirmation (it re-classified the text).
  const a = stored.answer;
  const finalEffect = a && !a.duplicate && typeof a.effect === "string"
    ? { ...effect, effect: a.effect, scope: a.effectScope ?? a.scope ?? effect.scope ?? null, revokeAll: a.revokeAll ?? effect.revokeAll } : effect;
  let text = stored.duplicate ? null : confirmation(cls, finalEffect, cfg);
  text = await withPreferenceLink(text, item.from, finalEffect, cfg);
  return { cls, text, stored };
}

async function inboundTwilio(request, env, ctx, url, cfg) {
  const raw = await readBody(request, cfg.maxBodyBytes);
  const item = await readTwilio(request, raw, cfg, url);
  const { cls, text, stored } = await accept(item, env, cfg);
  const reply = twiml(text);
  reply.headers.set("x-stopgate-intent", cls.intent);
  reply.headers.set("x-stopgate-recorded", stored.pending ? "pending" : "yes");
  return reply;
}

async function inboundWebhook(request, env, ctx, url, cfg) {
  const raw = await readBody(request, cfg.maxBodyBytes);
  const item = await readWebhook(request, raw, cfg);
  const { cls, text, stored } = await accept(item, env, cfg);
  return json({ received: true, duplicate: stored.duplicate, recorded: !stored.pending, intent: cls.intent, scope: cls.scope ?? null, ...(cls.program ? { program: cls.program } : {}), reply: text });
}

// ---- POST /v1/screen -----------------------------------------------------------------

async function screenBatch(request, env, ctx, url, cfg) {
  await requireApiKey(request, cfg, "POST /v1/screen");
  const body = parseJsonObject(await readBody(request, cfg.maxBodyBytes));
  if (!Array.isArray(body.recipients)) throw badField("recipients", "is required: an array of phone numbers");
  if (body.recipients.length > MAX_BATCH) throw badField("recipients", `has ${body.recipients.length} entries; at most ${MAX_BATCH}`);
  const bad = body.recipients.findIndex((r) => typeof r !== "string");
  if (bad >= 0) throw badField(`recipients[${bad}]`, "must be a string");
  if (typeof body.body !== "string") throw badField("body", "is required: the message text");
  if (body.category === undefined) throw badField("category", `is required: one of ${CATEGORIES.join(", ")}`);
  if (!CATEGORIES.includes(body.category)) throw badField("category", `must be one of ${CATEGORIES.join(", ")}`);
  validateProgram(body, cfg);

  const numbers = body.recipients.map((to) => {
    try {
      return normalize(to, cfg.region);
    } catch {
      return null; // screen() reports it as `invalid-recipient`.
    }
  });
  const overrides = store.overridesFor(await store.localChanges(env, numbers, cfg), cfg);
  // One lint of the body, one verdict per recipient (screenMany: the same rule as screen()).
  const results = store.screenMany(body.recipients, body.category, cfg, overrides, body.program ?? undefined).map((v, i) => (
    { input: body.recipients[i], e164: v.e164 ?? numbers[i], decision: v.decision, reason: v.reason, message: v.message, scope: v.scope ?? null }));
  // Linted as to an opted-out recipient when one is (C11: the `re-engagement` warning).
  const findings = lint(body.body, { category: body.category, optedOut: results.some(optedOut) });
  await addChannels(env, cfg, results);
  const counts = { allow: 0, warn: 0, block: 0 };
  for (const r of results) counts[r.decision] += 1;
  return json({ snapshot: store.sequence, counts, results, findings });
}

// ---- GET /v1/status, GET /v1/snapshot, GET /v1/snapshot/delta ------------------------------------------------

async function status(request, env, ctx, url, cfg) {
  let extra;
  try {
    const s = await edgeState(env).stats(store.sequence);
    extra = { outbox: s.outbox, overlay: s.overlay, rollbackMark: { sequence: s.mark.sequence < 0 ? null : s.mark.sequence } };
  } catch (e) {
    extra = { outbox: null, overlay: null, stateError: (e && e.message) || String(e) };
  }
  return json({ ...store.status(env, extra), security: security(cfg), quietHours: cfg.quietHours,
    // The compose form's program choice (C8) and the revoke-all switch (C9).
    programs: cfg.programs.map((p) => ({ id: p.id, bit: p.bit, name: p.name || p.id, kind: p.kind })), revokeAll: cfg.revokeAll });
}

function requireExport(cfg) {
  if (!cfg.listExport) {
    throw new HttpError(403, "export-disabled", "list export is turned off on this edge (EXPORT_LIST=false); screen recipients with POST /v1/screen");
  }
}

async function snapshotBytes(request, env, ctx, url, cfg) {
  requireExport(cfg);
  await requireApiKey(request, cfg, "GET /v1/snapshot");
  const current = await store.currentBytes(env);
  if (!current) {
    return json({ error: "snapshot-missing", message: "the edge has no verified snapshot yet", lastRefreshError: store.lastRefreshError }, 503);
  }
  const etag = `"${current.sequence}"`;
  const headers = {
    etag,
    "x-stopgate-sequence": String(current.sequence),
    "cache-control": "private, no-cache",
    "content-type": "application/octet-stream",
  };
  if (store.freshnessHeader) headers["x-stopgate-freshness"] = store.freshnessHeader;
  const inm = request.headers.get("if-none-match");
  if (inm && inm.split(",").some((t) => t.trim().replace(/^W\//, "") === etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(request.method === "HEAD" ? null : current.bytes, {
    headers: { ...headers, "content-length": String(current.bytes.byteLength) },
  });
}

/**
 * Deltas for the compose form, which keeps its copy current the way the edge does. A
 * caller at this edge's sequence is told "nothing new" here, without an origin hop, while
 * the edge is up to date as far as it knows (last refresh recent and good, no local change
 * pending that its snapshot lacks); anything else is the origin's answer, passed through
 * (signed bytes and the signed freshness statement: the page can verify them).
 */
async function snapshotDelta(request, env, ctx, url, cfg) {
  requireExport(cfg);
  await requireApiKey(request, cfg, "GET /v1/snapshot/delta");
  const raw = url.searchParams.get("since");
  if (raw === null || raw === "") throw badField("since", "is required: the sequence the caller has");
  if (!/^\d{1,15}$/.test(raw)) throw badField("since", `must be a sequence number, got ${JSON.stringify(raw)}`);
  const since = Number(raw);
  if (since === store.sequence && store.upToDate(cfg)) {
    const { overlay } = await edgeState(env).stats(store.sequence);
    if (overlay.size === 0) {
      const headers = { "x-stopgate-sequence": String(since), "cache-control": "no-store" };
      if (store.freshnessHeader) headers["x-stopgate-freshness"] = store.freshnessHeader;
      return new Response(null, { status: 204, headers });
    }
  }
  let res;
  try {
    res = await originFetch(env, cfg, `/v1/snapshot/delta?since=${since}`);
  } catch (e) {
    if (e instanceof OriginNotConfigured) throw e;
    return json({ error: "origin-unavailable", message: `the origin could not be reached: ${e.message}` }, 502);
  }
  const headers = new Headers({ "cache-control": "no-store" });
  for (const name of ["content-type", "x-stopgate-sequence", "x-stopgate-base-sequence", "x-stopgate-freshness"]) {
    const v = res.headers.get(name);
    if (v) headers.set(name, v);
  }
  return new Response(request.method === "HEAD" ? null : res.body, { status: res.status, headers });
}

// ---- static files --------------------------------------------------------------------

async function staticFile(request, env, path) {
  let decoded;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    throw new HttpError(400, "bad-path", "the path is not valid percent-encoding");
  }
  if (decoded.split("/").some((seg) => seg === ".." || seg.startsWith("."))) {
    throw new HttpError(404, "not-found", `not found: ${path}`);
  }
  let res = null;
  if (decoded.startsWith("/pkg/") && env.PKG) {
    res = await serveFile(env.PKG, decoded.slice("/pkg".length), request);
  } else if (env.WWW) {
    res = await serveFile(env.WWW, decoded.endsWith("/") ? `${decoded}index.html` : decoded, request);
  } else if (env.ASSETS) {
    res = await env.ASSETS.fetch(request);
    if (res.status === 404) res = null;
  }
  if (!res) throw new HttpError(404, "not-found", `not found: ${path}`);
  return res;
}
