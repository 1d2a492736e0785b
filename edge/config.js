// The worker's configuration, read from its bindings (vars and secrets), and the
// `security` summary GET /v1/status shows. One place names every setting, so an error
// can say which one is missing.
//
// Bindings (strings in workerd, strings or numbers in wrangler):
//   PUBLIC_KEY                 hex Ed25519 key snapshots and freshness statements must be signed with
//   ORIGIN / ORIGIN_URL        service binding to the origin / its base URL (default "http://origin")
//   STOPGATE_ORIGIN_SECRET     HMAC secret every edge→origin request is signed with (contract C4)
//   STOPGATE_API_KEYS          comma-separated API keys (Bearer) for sends, screening and list reads
//   STOPGATE_TWILIO_AUTH_TOKEN Twilio auth token: X-Twilio-Signature is checked with it
//                              (TWILIO_AUTH_TOKEN is read too, the name before this round)
//   STOPGATE_WEBHOOK_SECRET    secret of the generic signed JSON webhook (POST /v1/inbound/webhook)
//   STOPGATE_INSECURE          "1": routes whose secret is missing are open instead of refused
//   EXPORT_LIST                "false": GET /v1/snapshot and /v1/snapshot/delta are off
//   PUBLIC_URL                 the URL the carrier calls, when a proxy in front rewrites it
//                              (Twilio signs the URL it called)
//   REFRESH_SECONDS            background refresh interval (default 15)
//   MAX_AGE_SECONDS            how long after the last verified freshness statement marketing
//                              still goes (default 10 × REFRESH_SECONDS, at least 60)
//   REGION, BRAND_NAME, HELP_TEXT, MAX_BODY_BYTES, ORIGIN_TIMEOUT_MS, YES_LIFTS
//   LOCAL_CHANGES_CACHE_MS     0 (default): every screening asks the Durable Object for the
//                              numbers' local changes (an opt-out heard anywhere blocks at once);
//                              N > 0: an isolate reuses the whole set for N ms (cheaper per
//                              send, far from the object; other isolates' opt-outs within N ms)
//   QUIET_HOURS                "on" (default: the law's window and the state rules), "federal"
//                              (8:00–21:00 only), "off" (on purpose: sends ignore the
//                              recipient's local time), or "HH:MM-HH:MM" (the deployment's own
//                              daily window in place of the federal one)
//   EDGE_STATE                 the Durable Object namespace (outbox, local changes, rollback mark)
//   PROGRAMS                   the deployment's programs (contract C8), the JSON array the origin
//                              gets as --programs: [{"id","bit","name","kind","words"}] (default none)
//   REVOKE_ALL                 "on", "off" or "auto" (default: on from 2027-01-31): a narrower
//                              opt-out stops every message until the reply to the
//                              confirmation's question narrows it (contract C9)

import { programsOf, revokeAllOf } from "./programs.js";

const number = (value, fallback) => {
  const n = Number(value);
  return value !== undefined && value !== null && value !== "" && Number.isFinite(n) && n >= 0 ? n : fallback;
};
const text = (value) => (typeof value === "string" && value.trim() !== "" ? value.trim() : null);
const flag = (value) => ["1", "true", "yes", "on"].includes(String(value ?? "").trim().toLowerCase());

export function config(env) {
  const refreshSeconds = number(env.REFRESH_SECONDS, 15);
  const apiKeys = String(env.STOPGATE_API_KEYS || "").split(",").map((k) => k.trim()).filter(Boolean);
  return {
    publicKey: text(env.PUBLIC_KEY),
    refreshMs: refreshSeconds * 1000,
    maxAgeSeconds: number(env.MAX_AGE_SECONDS, Math.max(60, 10 * refreshSeconds)),
    region: env.REGION || "US",
    brand: env.BRAND_NAME || "Stopgate Demo",
    helpText: env.HELP_TEXT || "",
    maxBodyBytes: number(env.MAX_BODY_BYTES, 65536),
    originTimeoutMs: number(env.ORIGIN_TIMEOUT_MS, 10000),
    yesLifts: flag(env.YES_LIFTS),
    changesCacheMs: number(env.LOCAL_CHANGES_CACHE_MS, 0),
    apiKeys,
    twilioAuthToken: text(env.STOPGATE_TWILIO_AUTH_TOKEN) || text(env.TWILIO_AUTH_TOKEN),
    webhookSecret: text(env.STOPGATE_WEBHOOK_SECRET),
    originSecret: text(env.STOPGATE_ORIGIN_SECRET),
    insecure: flag(env.STOPGATE_INSECURE),
    listExport: String(env.EXPORT_LIST ?? "").trim().toLowerCase() !== "false",
    publicUrl: text(env.PUBLIC_URL),
    quietHours: quietHours(env.QUIET_HOURS),
    programs: programsOf(env),
    revokeAll: revokeAllOf(env),
  };
}

/** QUIET_HOURS as screen()'s `quietHours` option; an unreadable value keeps the law's window. */
function quietHours(value) {
  const v = String(value ?? "").trim().toLowerCase();
  if (v === "" || v === "on" || v === "true" || v === "1") return true;
  if (v === "off" || v === "false" || v === "0") return false;
  if (v === "federal") return { regionalRules: false };
  if (/^\d{1,2}:\d{2}\s*-\s*\d{1,2}:\d{2}$/.test(v)) return { window: v };
  console.error(`stopgate edge: QUIET_HOURS=${JSON.stringify(value)} is not on, off, federal or HH:MM-HH:MM; keeping the law's window`);
  return true;
}

/** What is on, for GET /v1/status (no secret in it). */
export function security(cfg) {
  return {
    insecure: cfg.insecure,
    apiKeys: cfg.apiKeys.length > 0,
    twilioSignature: cfg.twilioAuthToken !== null,
    webhookSignature: cfg.webhookSecret !== null,
    originAuth: cfg.originSecret !== null,
    listExport: cfg.listExport,
  };
}

let announced = false;
/** Logs the security settings once per isolate, loudly when the insecure switch is on. */
export function announce(cfg) {
  if (announced) return;
  announced = true;
  const s = security(cfg);
  const off = Object.entries({ apiKeys: "STOPGATE_API_KEYS", twilioSignature: "STOPGATE_TWILIO_AUTH_TOKEN",
    webhookSignature: "STOPGATE_WEBHOOK_SECRET", originAuth: "STOPGATE_ORIGIN_SECRET" })
    .filter(([k]) => !s[k]).map(([, v]) => v);
  if (cfg.insecure) {
    console.warn(`stopgate edge: WARNING: STOPGATE_INSECURE=1: routes without a configured secret are OPEN (${off.join(", ") || "none missing"}); never use this in production`);
  } else if (off.length) {
    console.warn(`stopgate edge: not configured: ${off.join(", ")}; the routes that need them answer 503 not-configured`);
  }
}
