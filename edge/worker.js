// stopgate edge worker: screens sends against the shipped opt-out snapshot before
// they reach the origin, classifies inbound replies, and serves the snapshot, the
// package and the compose form. Routes and shapes: docs/interfaces.md, "Edge worker".
//
// Bindings (all optional except PUBLIC_KEY):
//   ORIGIN            service binding to the origin (workerd config); else ORIGIN_URL over fetch()
//   ORIGIN_URL        origin base URL (default "http://origin", the host a service binding ignores)
//   PUBLIC_KEY        hex Ed25519 key the snapshots must be signed with; without it nothing loads
//   REFRESH_SECONDS   how often requests trigger a background refresh (default 15)
//   MAX_AGE_SECONDS   snapshot age after which marketing fails closed (default 86400)
//   REGION            region for national numbers (default "US")
//   BRAND_NAME        brand in the confirmation replies; HELP_TEXT overrides the HELP reply
//   MAX_BODY_BYTES    request body limit (default 65536)
//   TWILIO_AUTH_TOKEN when set, inbound webhooks must carry a valid X-Twilio-Signature
//   WWW, PKG          directory services with the compose form and the built package
//   ASSETS            (wrangler) static assets binding, used when WWW/PKG are absent
//   SNAPSHOTS         (optional) R2 bucket holding the full snapshot at SNAPSHOT_KEY; deltas still
//                     come from the origin, and every file is verified the same way
import { classify, normalize } from "stopgate";
import {
  HttpError, badField, errorResponse, json, parseForm, parseJsonObject, readBody, serveFile, twiml,
} from "./http.js";
import { SnapshotStore, config, originFetch } from "./snapshots.js";

const store = new SnapshotStore();
const CATEGORIES = ["marketing", "transactional"];
const MAX_BATCH = 10000;
const MAX_REMEMBERED = 10000;
/** MessageSids this isolate has answered with a confirmation (bounded, oldest dropped first). */
const confirmed = new Set();
function remember(set, key) {
  set.add(key);
  if (set.size > MAX_REMEMBERED) set.delete(set.values().next().value);
}

const ROUTES = {
  "/v1/messages": { POST: sendMessage },
  "/v1/inbound": { POST: inbound },
  "/v1/screen": { POST: screenBatch },
  "/v1/status": { GET: status },
  "/v1/snapshot": { GET: snapshotBytes },
  "/v1/snapshot/delta": { GET: snapshotDelta },
};

export default {
  async fetch(request, env, ctx) {
    try {
      return await route(request, env, ctx);
    } catch (e) {
      if (e instanceof HttpError) return errorResponse(e);
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
  if (methods) {
    const method = request.method === "HEAD" && methods.GET ? "GET" : request.method;
    const handler = methods[method];
    if (!handler) {
      throw new HttpError(405, "method-not-allowed", `${request.method} is not allowed on ${path}`, null,
        { allow: Object.keys(methods).join(", ") });
    }
    await store.ensureFresh(env, ctx);
    return handler(request, env, ctx, url);
  }
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
  let e164;
  try {
    e164 = normalize(body.to, cfg.region);
  } catch (e) {
    throw badField("to", `is not a phone number: ${e.message}`);
  }
  return e164;
}

function blocked(verdict) {
  return json({
    blocked: true,
    reason: verdict.reason,
    message: verdict.message,
    scope: verdict.scope ?? null,
    snapshot: verdict.snapshotSequence ?? null,
    to: verdict.e164 ?? null,
  }, 403, { "x-stopgate-decision": "block", "x-stopgate-reason": verdict.reason });
}

async function sendMessage(request, env) {
  const cfg = config(env);
  const raw = await readBody(request, cfg.maxBodyBytes);
  const body = parseJsonObject(raw);
  const e164 = validateSend(body, cfg);
  const verdict = store.screen({ to: body.to, body: body.body, category: body.category }, e164, cfg);
  if (verdict.decision === "block") return blocked(verdict);

  const sequence = String(verdict.snapshotSequence ?? store.sequence ?? "none");
  let res;
  try {
    res = await originFetch(env, "/v1/messages", {
      method: "POST",
      headers: {
        "content-type": request.headers.get("content-type") || "application/json",
        "x-stopgate-decision": verdict.decision,
        "x-stopgate-snapshot": sequence,
      },
      body: raw,
    }, cfg.originTimeoutMs);
  } catch (e) {
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

// ---- POST /v1/inbound ----------------------------------------------------------------

/** Confirmation replies, CTIA wording. */
function confirmation(cls, cfg) {
  const brand = cfg.brand;
  if (cls.intent === "opt_out") {
    return cls.scope === "marketing"
      ? `${brand}: You have been unsubscribed from marketing messages and will receive no more. You may still get account notifications. Reply START to resubscribe.`
      : `${brand}: You have been unsubscribed and will receive no more messages. Reply START to resubscribe.`;
  }
  if (cls.intent === "opt_in") {
    return `${brand}: You have been resubscribed and will receive messages again. Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to unsubscribe.`;
  }
  if (cls.intent === "help") {
    return cfg.helpText || `${brand}: For help, reply to this message or contact support. Msg & data rates may apply. Reply STOP to unsubscribe.`;
  }
  return null;
}

/** Twilio's request signature: HMAC-SHA1 over the URL and the sorted form fields, base64. */
async function twilioSignatureValid(request, form, token) {
  const given = request.headers.get("x-twilio-signature");
  if (!given) return false;
  let data = request.url;
  for (const key of [...new Set(form.keys())].sort()) for (const v of form.getAll(key)) data += key + v;
  const enc = new TextEncoder();
  const key = await crypto.subtle.importKey("raw", enc.encode(token), { name: "HMAC", hash: "SHA-1" }, false, ["sign"]);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, enc.encode(data)));
  const expected = btoa(String.fromCharCode(...mac));
  return crypto.subtle.timingSafeEqual
    ? given.length === expected.length && crypto.subtle.timingSafeEqual(enc.encode(given), enc.encode(expected))
    : given === expected;
}

async function inbound(request, env) {
  const cfg = config(env);
  const raw = await readBody(request, cfg.maxBodyBytes);
  const form = await parseForm(raw, request.headers.get("content-type"));
  if (cfg.twilioAuthToken && !(await twilioSignatureValid(request, form, cfg.twilioAuthToken))) {
    throw new HttpError(403, "bad-signature", "X-Twilio-Signature is missing or does not match");
  }
  for (const field of ["From", "To", "MessageSid"]) {
    if (!form.get(field)) throw badField(field, "is required");
  }
  if (!form.has("Body")) throw badField("Body", "is required (it may be empty)");
  let from;
  try {
    from = normalize(form.get("From"), cfg.region);
  } catch (e) {
    throw badField("From", `is not a phone number: ${e.message}`);
  }
  let to = form.get("To");
  try {
    to = normalize(to, cfg.region);
  } catch {
    // Short codes and alphanumeric senders are not E.164; pass them as the carrier sent them.
  }
  const text = form.get("Body");
  const cls = classify(text);

  // An opt-out is effective here at once and kept even if the origin fails below
  // (suppressing more is safe). An opt-in lifts nothing until the origin has it.
  if (cls.intent === "opt_out") store.noteReply(from, cls.intent, cls.scope);

  let res;
  let answer;
  try {
    res = await originFetch(env, "/v1/inbound", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ messageId: form.get("MessageSid"), from, to, body: text, classification: cls }),
    }, cfg.originTimeoutMs);
    answer = await res.json().catch(() => null);
  } catch (e) {
    return json({ error: "origin-unavailable", message: `reply not recorded, retry: ${e.message}` }, 503, { "retry-after": "5" });
  }
  if (!res.ok) {
    // Any refusal means the reply is not recorded: never acknowledge it, let the carrier retry.
    return json({ error: "origin-error", message: `reply not recorded (origin answered ${res.status}), retry` },
      res.status >= 500 ? 503 : 502, { "retry-after": "5" });
  }
  if (cls.intent === "opt_in") store.noteReply(from, cls.intent, cls.scope);
  if (cls.intent === "opt_out" || cls.intent === "opt_in") store.noteRecorded(from, Number(answer && answer.sequence));
  // One confirmation per reply: a carrier redelivering a message this isolate already
  // confirmed (the origin saw it too) gets an empty answer.
  const sid = form.get("MessageSid");
  const repeat = answer && answer.duplicate === true && confirmed.has(sid);
  if (!repeat) remember(confirmed, sid);
  const reply = twiml(repeat ? null : confirmation(cls, cfg));
  reply.headers.set("x-stopgate-intent", cls.intent);
  return reply;
}

// ---- POST /v1/screen -----------------------------------------------------------------

async function screenBatch(request, env) {
  const cfg = config(env);
  const body = parseJsonObject(await readBody(request, cfg.maxBodyBytes));
  if (!Array.isArray(body.recipients)) throw badField("recipients", "is required: an array of phone numbers");
  if (body.recipients.length > MAX_BATCH) throw badField("recipients", `has ${body.recipients.length} entries; at most ${MAX_BATCH}`);
  const bad = body.recipients.findIndex((r) => typeof r !== "string");
  if (bad >= 0) throw badField(`recipients[${bad}]`, "must be a string");
  if (typeof body.body !== "string") throw badField("body", "is required: the message text");
  if (body.category === undefined) throw badField("category", `is required: one of ${CATEGORIES.join(", ")}`);
  if (!CATEGORIES.includes(body.category)) throw badField("category", `must be one of ${CATEGORIES.join(", ")}`);

  let findings = null;
  const results = body.recipients.map((to) => {
    let e164 = null;
    try {
      e164 = normalize(to, cfg.region);
    } catch {
      // screen() reports it as `invalid-recipient`.
    }
    const v = store.screen({ to, body: body.body, category: body.category }, e164, cfg);
    if (findings === null && v.source !== "overlay") findings = v.findings;
    return { input: to, e164: v.e164 ?? e164, decision: v.decision, reason: v.reason, message: v.message, scope: v.scope ?? null };
  });
  const counts = { allow: 0, warn: 0, block: 0 };
  for (const r of results) counts[r.decision] += 1;
  return json({ snapshot: store.sequence, counts, results, findings: findings ?? [] });
}

// ---- GET /v1/status, GET /v1/snapshot, GET /v1/snapshot/delta ------------------------------------------------

function status(request, env) {
  return json(store.status(env));
}

async function snapshotBytes(request, env) {
  const current = await store.currentBytes(env);
  if (!current) {
    return json({ error: "snapshot-missing", message: "the edge has no verified snapshot yet", lastRefreshError: store.lastRefreshError }, 503);
  }
  const etag = `"${current.sequence}"`;
  const headers = {
    etag,
    "x-stopgate-sequence": String(current.sequence),
    "cache-control": "no-cache",
    "content-type": "application/octet-stream",
  };
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
 * the edge is up to date as far as it knows (last refresh recent and good, no reply seen
 * here that its snapshot lacks); anything else is the origin's answer, passed through
 * (signed bytes: the page can verify them, and every send is screened here again anyway).
 */
async function snapshotDelta(request, env, ctx, url) {
  const cfg = config(env);
  const raw = url.searchParams.get("since");
  if (raw === null || raw === "") throw badField("since", "is required: the sequence the caller has");
  if (!/^\d{1,15}$/.test(raw)) throw badField("since", `must be a sequence number, got ${JSON.stringify(raw)}`);
  const since = Number(raw);
  if (since === store.sequence && store.upToDate(cfg)) {
    return new Response(null, { status: 204, headers: { "x-stopgate-sequence": String(since), "cache-control": "no-store" } });
  }
  let res;
  try {
    res = await originFetch(env, `/v1/snapshot/delta?since=${since}`, {}, cfg.originTimeoutMs);
  } catch (e) {
    return json({ error: "origin-unavailable", message: `the origin could not be reached: ${e.message}` }, 502);
  }
  const headers = new Headers({ "cache-control": "no-store" });
  for (const name of ["content-type", "x-stopgate-sequence", "x-stopgate-base-sequence"]) {
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
