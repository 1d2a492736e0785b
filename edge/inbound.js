// The inbound boundary: carrier webhooks in, verified before anything is read from them,
// and the confirmation reply out.
//
// - Twilio (POST /v1/inbound): X-Twilio-Signature is mandatory, HMAC-SHA1 (base64) over
//   the URL Twilio called and the sorted form fields, with STOPGATE_TWILIO_AUTH_TOKEN.
// - Any other provider or an internal relay (POST /v1/inbound/webhook): JSON
//   `{"id","from","to","body"}` with `x-stopgate-webhook-signature: t=<unix s>,v1=<hex
//   HMAC-SHA256(STOPGATE_WEBHOOK_SECRET, t + "." + body)>`, Stripe-style, 5-minute window.
// A missing secret refuses the route (503 naming it) unless STOPGATE_INSECURE=1. Replays
// are answered idempotently by message id (the outbox keeps every id it accepted).
import * as stopgate from "stopgate";
import { hmac, notConfigured, safeEqual, toHex } from "./auth.js";
import { HttpError, badField, parseForm, parseJsonObject } from "./http.js";
import { clarifyingQuestion, scopeNames } from "./programs.js";

const { normalize } = stopgate;
export const WEBHOOK_WINDOW_SECONDS = 300;

const badSignature = (message) => new HttpError(403, "bad-signature", message);

/** Twilio's request signature over the URL and the sorted form fields. */
async function twilioSignatureValid(url, form, given, token) {
  let data = url;
  for (const key of [...new Set(form.keys())].sort()) for (const v of form.getAll(key)) data += key + v;
  const expected = btoa(String.fromCharCode(...(await hmac(token, data, "SHA-1"))));
  return safeEqual(given, expected);
}

function sender(raw, field, region) {
  try {
    return normalize(raw, region);
  } catch (e) {
    throw badField(field, `is not a phone number: ${e.message}`);
  }
}

function recipientNumber(raw, region) {
  if (raw === null || raw === undefined || raw === "") return null;
  try {
    return normalize(raw, region);
  } catch {
    // Short codes and alphanumeric senders are not E.164; pass them as the carrier sent them.
    return String(raw);
  }
}

/** A Twilio webhook, verified: `{ messageId, from, to, body, provider }`. */
export async function readTwilio(request, raw, cfg, url) {
  const form = await parseForm(raw, request.headers.get("content-type"));
  if (!cfg.twilioAuthToken) {
    if (!cfg.insecure) throw notConfigured("STOPGATE_TWILIO_AUTH_TOKEN", "POST /v1/inbound (Twilio webhooks are verified with it)");
  } else {
    const given = request.headers.get("x-twilio-signature");
    if (!given) throw badSignature("X-Twilio-Signature is missing; Twilio webhooks must be signed");
    const signedUrl = cfg.publicUrl ? cfg.publicUrl.replace(/\/+$/, "") + url.pathname + url.search : request.url;
    if (!(await twilioSignatureValid(signedUrl, form, given, cfg.twilioAuthToken))) {
      throw badSignature("X-Twilio-Signature does not match (is STOPGATE_TWILIO_AUTH_TOKEN the account's auth token, and PUBLIC_URL the URL Twilio calls?)");
    }
  }
  for (const field of ["From", "To", "MessageSid"]) {
    if (!form.get(field)) throw badField(field, "is required");
  }
  if (!form.has("Body")) throw badField("Body", "is required (it may be empty)");
  return {
    messageId: form.get("MessageSid"),
    from: sender(form.get("From"), "From", cfg.region),
    to: recipientNumber(form.get("To"), cfg.region),
    body: form.get("Body"),
    provider: "twilio",
  };
}

/** Parses `t=<unix s>,v1=<hex>[,v1=...]`. */
function parseSignatureHeader(header) {
  const out = { t: null, v1: [] };
  for (const part of header.split(",")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const k = part.slice(0, eq).trim();
    const v = part.slice(eq + 1).trim();
    if (k === "t") out.t = v;
    else if (k === "v1") out.v1.push(v.toLowerCase());
  }
  return out;
}

/** A generic signed JSON webhook, verified: `{ messageId, from, to, body, provider }`. */
export async function readWebhook(request, raw, cfg, nowMs = Date.now()) {
  if (!cfg.webhookSecret) {
    if (!cfg.insecure) throw notConfigured("STOPGATE_WEBHOOK_SECRET", "POST /v1/inbound/webhook");
  } else {
    const header = request.headers.get("x-stopgate-webhook-signature");
    if (!header) throw badSignature("x-stopgate-webhook-signature is missing: t=<unix seconds>,v1=<hex HMAC-SHA256 of t.body>");
    const { t, v1 } = parseSignatureHeader(header);
    if (!t || !/^\d{1,12}$/.test(t) || v1.length === 0) throw badSignature("x-stopgate-webhook-signature must be t=<unix seconds>,v1=<hex>");
    if (Math.abs(nowMs / 1000 - Number(t)) > WEBHOOK_WINDOW_SECONDS) {
      throw badSignature(`x-stopgate-webhook-signature timestamp is more than ${WEBHOOK_WINDOW_SECONDS} s from now`);
    }
    const prefix = new TextEncoder().encode(`${t}.`);
    const data = new Uint8Array(prefix.byteLength + raw.byteLength);
    data.set(prefix, 0);
    data.set(raw, prefix.byteLength);
    const expected = toHex(await hmac(cfg.webhookSecret, data));
    let valid = false;
    for (const v of v1.slice(0, 4)) if (await safeEqual(expected, v)) valid = true;
    if (!valid) throw badSignature("x-stopgate-webhook-signature does not match");
  }
  const body = parseJsonObject(raw);
  for (const field of ["id", "from", "body"]) {
    if (typeof body[field] !== "string" || (field !== "body" && body[field] === "")) throw badField(field, "is required: a string");
  }
  if (body.to !== undefined && body.to !== null && typeof body.to !== "string") throw badField("to", "must be a string");
  return {
    messageId: body.id,
    from: sender(body.from, "from", cfg.region),
    to: recipientNumber(body.to, cfg.region),
    body: body.body,
    provider: "webhook",
  };
}

/**
 * What a reply does to consent, by the core's rule C6 (`consentEffect`): suppress, lift or
 * nothing. The edge acts on `suppress` at once (suppressing more is safe) and on a lift
 * only once the origin, which re-classifies the text itself, has recorded it.
 */
export function effectOf(cls, cfg) {
  if (typeof stopgate.consentEffect === "function") {
    return stopgate.consentEffect(cls, { yesLifts: cfg.yesLifts, programs: cfg.programs, revokeAll: cfg.revokeAll, now: Date.now() });
  }
  // The package predates C6: only the edge's own immediate suppression reads this.
  if (cls.intent === "opt_out") return { effect: "suppress", scope: cls.scope || "all", reason: "opt-out" };
  return { effect: cls.intent === "opt_in" && cls.rule !== "learned" ? "lift" : "nothing", scope: null, reason: cls.intent };
}

/** The reply classified with the deployment's programs ("STOP ALERTS" names `alerts`). */
export function classify(text, cfg) {
  return stopgate.classify(text, cfg && cfg.programs && cfg.programs.length ? { programs: cfg.programs } : undefined);
}

/** The confirmation reply (CTIA wording) for what happened, or null for none. */
export function confirmation(cls, effect, cfg) {
  const brand = cfg.brand;
  if (effect.effect === "suppress" && effect.revokeAll) {
    // Revoke-all (C9): everything stopped; the one confirmation may ask what to keep.
    const question = clarifyingQuestion(cfg.programs || []);
    return `${brand}: You're unsubscribed from all texts.${question ? " " + question : ""} Reply HELP for help.`;
  }
  if (effect.effect === "narrow") {
    return `${brand}: Got it. You'll keep getting ${scopeNames(effect.kept || "", cfg.programs || []) || "the texts you named"}; everything else stays stopped. Reply STOP to stop all texts.`;
  }
  if (effect.effect === "suppress" && effect.scope && !["all", "marketing"].includes(effect.scope)) {
    return `${brand}: You have been unsubscribed from ${scopeNames(effect.scope, cfg.programs || [])} and will receive no more of them. Reply START to resubscribe.`;
  }
  if (effect.effect === "suppress") {
    return effect.scope === "marketing"
      ? `${brand}: You have been unsubscribed from marketing messages and will receive no more. You may still get account notifications. Reply START to resubscribe.`
      : `${brand}: You have been unsubscribed and will receive no more messages. Reply START to resubscribe.`;
  }
  if (effect.effect === "lift") {
    return `${brand}: You have been resubscribed and will receive messages again. Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to unsubscribe.`;
  }
  if (cls.intent === "help") {
    return cfg.helpText || `${brand}: For help, reply to this message or contact support. Msg & data rates may apply. Reply STOP to unsubscribe.`;
  }
  return null;
}
