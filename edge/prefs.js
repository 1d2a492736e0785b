// Preference links (contract C11): the signed link the opt-out confirmation carries
// (`<PUBLIC_URL>/p/<token>`), the page it opens, the choice forwarded to the origin, and the
// channels a blocked send's result names. The tokens themselves are in prefs-token.js: they
// prove the holder was sent the link for that number by this deployment, until the expiry, so
// one person cannot change another number's choices without the secret.
import { HttpError, readBody } from "./http.js";
import { originFetch } from "./origin.js";
import { PAGE_VERSION, formPage, refusedPage, savedPage, unavailablePage } from "./prefs-page.js";
import { programsOf } from "./programs.js";
import { edgeState } from "./snapshots.js";
import { E164, LINK_DAYS, signToken, verifyToken } from "./prefs-token.js";

// ---- the link in the opt-out confirmation ---------------------------------------------------

/** `<PUBLIC_URL>/p/<token>` for `e164`, or null when PUBLIC_URL or the origin secret is not set. */
export async function preferenceLink(cfg, e164, nowMs = Date.now()) {
  if (!cfg.publicUrl || !cfg.originSecret || !E164.test(String(e164))) return null;
  const expiresAt = Math.floor(nowMs / 1000) + LINK_DAYS * 86400;
  return `${cfg.publicUrl.replace(/\/+$/, "")}/p/${await signToken(cfg.originSecret, e164, expiresAt)}`;
}

/** The confirmation `text` with the preference link appended, for an opt-out (a suppress). */
export async function withPreferenceLink(text, e164, effect, cfg) {
  if (!text || !effect || effect.effect !== "suppress") return text;
  const link = await preferenceLink(cfg, e164);
  return link ? `${text} Other ways to hear from us: ${link}` : text;
}

// ---- GET and POST /p/<token> ---------------------------------------------------------------

/** Milliseconds the edge waits for the origin's channels (page prefill, blocked results). */
export const CHANNELS_TIMEOUT_MS = 500;

/** The number's channels at the origin, or null when the lookup fails or takes too long. */
export async function lookupChannels(env, cfg, e164, timeoutMs = CHANNELS_TIMEOUT_MS) {
  try {
    const res = await originFetch(env, cfg, `/v1/channels/${encodeURIComponent(e164)}`, { timeoutMs });
    if (res.status !== 200) {
      await res.body?.cancel();
      return null;
    }
    const body = await res.json();
    if (!Array.isArray(body.channels)) return null;
    return body.channels.filter((c) => c && typeof c.kind === "string" && typeof c.address === "string")
      .map((c) => ({ kind: c.kind, address: c.address }));
  } catch {
    return null;
  }
}

/** The form's fields as the origin's `{channels, keepPrograms, pageVersion}`. */
function choiceOf(form, programs) {
  const channels = [];
  const email = (form.get("email") || "").trim();
  const push = (form.get("push") || "").trim();
  if (form.get("email_on")) channels.push({ kind: "email", address: email });
  if (form.get("push_on")) channels.push({ kind: "push", address: push });
  const known = new Set(programs.map((p) => p.id));
  const keepPrograms = form.getAll("keep").filter((id) => known.has(id));
  const pageVersion = /^[\w.-]{1,64}$/.test(form.get("pageVersion") || "") ? form.get("pageVersion") : PAGE_VERSION;
  return { channels, keepPrograms, pageVersion };
}

/** Words the origin's field errors for a person. */
function say(field, message) {
  if (field && field.startsWith("channels")) {
    return /email/.test(message) ? "Please enter a valid email address (like name@example.com), or untick email."
      : /push/.test(message) ? "Please name the device or app for notifications, or untick it." : message;
  }
  return message;
}

/** The number's opt-out as `optOutOf` says (undefined when it cannot tell: then the page offers the programs anyway). */
async function optOutNow(optOutOf, e164) {
  try {
    return optOutOf ? await optOutOf(e164) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The preference page's narrowing (C11 keepPrograms), recorded by the origin: the Durable
 * Object's local change until the snapshot carries it, as for a narrowing reply (C9).
 */
async function noteNarrowing(env, e164, answer) {
  const narrow = Array.isArray(answer.records) ? answer.records.find((r) => r && r.action === "narrow") : null;
  if (!narrow || !("scope" in answer)) return;
  const effect = answer.scope === null ? { effect: "lift", scope: "all" } : { effect: "set", scope: answer.scope };
  try {
    await edgeState(env).noteChange(e164, effect, Number(narrow.sequence));
  } catch (e) {
    console.error(`stopgate edge: the preference page's narrowing for a number is not mirrored locally (${e.message}); the next snapshot carries it`);
  }
}

/**
 * GET /p/<token>: the page; POST: the choice, verified and forwarded to the origin signed.
 * `optOutOf(e164)`: the number's opt-out now (the programs to keep are offered when it has one).
 */
export async function preferencePage(request, env, url, cfg, optOutOf = null) {
  // A malformed escape (`/p/%E0`) is a refused link, not a 500.
  let token = null;
  try {
    token = decodeURIComponent(url.pathname.slice("/p/".length));
  } catch {}
  const brand = cfg.brand;
  if (request.method !== "GET" && request.method !== "HEAD" && request.method !== "POST") {
    throw new HttpError(405, "method-not-allowed", `${request.method} is not allowed on ${url.pathname}`, null, { allow: "GET, HEAD, POST" });
  }
  if (!cfg.originSecret) {
    return unavailablePage(brand, "Preference links are not configured on this service (STOPGATE_ORIGIN_SECRET).");
  }
  if (token === null) return refusedPage(brand, "This link is not valid: it is not a preference link we sent.");
  const link = await verifyToken(cfg.originSecret, token);
  if (!link.ok) return refusedPage(brand, link.message);
  const programs = programsOf(env).map((p) => ({ id: p.id, name: p.name || p.id }));
  const action = url.pathname;
  if (request.method !== "POST") {
    const [known, optOut] = await Promise.all([lookupChannels(env, cfg, link.e164), optOutNow(optOutOf, link.e164)]);
    const current = {};
    for (const c of known || []) current[c.kind] = c.address;
    // Programs to keep only when there is an SMS opt-out to narrow.
    return formPage({ brand, e164: link.e164, action, current, programs: optOut === null ? [] : programs });
  }
  const raw = await readBody(request, Math.min(cfg.maxBodyBytes, 16384));
  const form = new URLSearchParams(new TextDecoder().decode(raw));
  const choice = choiceOf(form, programs);
  const current = {};
  for (const c of choice.channels) current[c.kind] = c.address;
  let res;
  try {
    res = await originFetch(env, cfg, "/v1/preferences", {
      method: "POST",
      headers: { "content-type": "application/json" },
      // Rebuilt from the checked fields, with the number the edge verified.
      body: JSON.stringify({ token, number: link.e164, ...choice }),
    });
  } catch (e) {
    return unavailablePage(brand, `We could not reach our records (${e.message}).`);
  }
  let answer = {};
  try {
    answer = await res.json();
  } catch {}
  if (res.status === 200) {
    await noteNarrowing(env, link.e164, answer);
    const kept = programs.filter((p) => choice.keepPrograms.includes(p.id));
    return savedPage({ brand, channels: Array.isArray(answer.channels) ? answer.channels : [], kept: kept.map((p) => p.name) });
  }
  if (res.status === 401 && typeof answer.error === "string" && /link|wrong-number/.test(answer.error)) return refusedPage(brand, answer.message);
  // 409: the link may no longer narrow the opt-out (older than 24 h, used once already, or
  // a later opt-out superseded it); 429: the number's daily cap. Channels still change.
  if (res.status === 409 || res.status === 429) {
    const why = answer.message || "this change could not be made with this link";
    return formPage({ brand, e164: link.e164, action, current, programs: [], error: why, status: res.status });
  }
  if (res.status === 400) {
    return formPage({ brand, e164: link.e164, action, current, programs, error: say(answer.field, answer.error), field: answer.field, status: 400 });
  }
  return unavailablePage(brand, `Our records answered ${res.status}${answer.message ? `: ${answer.message}` : ""}.`);
}

// ---- channels on a blocked result -----------------------------------------------------------

/** At most this many blocked recipients of one batch are looked up. */
export const MAX_CHANNEL_LOOKUPS = 50;
const optedOut = (r) => r && r.decision === "block" && typeof r.reason === "string" && r.reason.startsWith("opted-out");

/**
 * Adds `channels: [{kind, address}]` to the results blocked by an opt-out, looked up at the
 * origin in parallel under one deadline; a failed or late lookup leaves `channels` out. An
 * allow is never looked up.
 */
export async function addChannels(env, cfg, results, numberOf = (r) => r.e164) {
  const blocked = results.filter(optedOut).filter((r) => numberOf(r)).slice(0, MAX_CHANNEL_LOOKUPS);
  if (blocked.length === 0 || (!cfg.originSecret && !cfg.insecure)) return results;
  let timer;
  const deadline = new Promise((resolve) => {
    timer = setTimeout(() => resolve(null), CHANNELS_TIMEOUT_MS);
  });
  try {
    await Promise.all(blocked.map(async (r) => {
      const found = await Promise.race([lookupChannels(env, cfg, numberOf(r)), deadline]);
      if (found && found.length > 0) r.channels = found;
    }));
  } finally {
    clearTimeout(timer);
  }
  return results;
}

/** `{ channels }` for one blocked send's verdict, or `{}`. */
export async function channelsOf(env, cfg, verdict) {
  const [r] = await addChannels(env, cfg, [{ decision: verdict.decision, reason: verdict.reason, e164: verdict.e164 }]);
  return r.channels ? { channels: r.channels } : {};
}
