// The edge's trust boundary for callers: API keys (`Authorization: Bearer <key>`) on the
// routes that send, screen or reveal the list (contract C5), and the constant-time
// comparisons every signature check here uses. A missing setting refuses the route
// (503 naming it) unless STOPGATE_INSECURE=1; a wrong or missing credential is 401.
import { HttpError } from "./http.js";

const enc = new TextEncoder();
const keyCache = new Map();

async function hmacKey(secret, hash) {
  const id = `${hash}\u0000${secret}`;
  let key = keyCache.get(id);
  if (!key) {
    key = await crypto.subtle.importKey("raw", typeof secret === "string" ? enc.encode(secret) : secret,
      { name: "HMAC", hash }, false, ["sign"]);
    if (keyCache.size > 64) keyCache.clear();
    keyCache.set(id, key);
  }
  return key;
}

/** HMAC of `data` (string or bytes) under `secret`, as bytes. */
export async function hmac(secret, data, hash = "SHA-256") {
  const key = await hmacKey(secret, hash);
  return new Uint8Array(await crypto.subtle.sign("HMAC", key, typeof data === "string" ? enc.encode(data) : data));
}

export const toHex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");

/** A per-isolate random key: both sides of a comparison are MACed with it first, so the
 *  comparison runs over two fixed-length digests and leaks neither length nor content. */
let compareSecret = null;

function equalBytes(a, b) {
  if (crypto.subtle.timingSafeEqual) return a.byteLength === b.byteLength && crypto.subtle.timingSafeEqual(a, b);
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.min(a.length, b.length); i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

function ensureCompareSecret() {
  // Random values are not allowed at module scope in workerd: made on first use.
  if (!compareSecret) compareSecret = crypto.getRandomValues(new Uint8Array(32));
}

/** Constant-time string equality (the time depends on neither string's content). */
export async function safeEqual(given, expected) {
  ensureCompareSecret();
  const [x, y] = await Promise.all([hmac(compareSecret, String(given)), hmac(compareSecret, String(expected))]);
  return equalBytes(x, y);
}

/** MACs of configured secrets (API keys), made once per isolate and list. */
const candidateMacs = new Map();

/** Whether `given` equals one of `candidates`; every candidate is compared (no early exit). */
export async function matchesAny(given, candidates) {
  ensureCompareSecret();
  const id = candidates.join("\u0000");
  let macs = candidateMacs.get(id);
  if (!macs) {
    macs = await Promise.all(candidates.map((c) => hmac(compareSecret, String(c))));
    if (candidateMacs.size > 8) candidateMacs.clear();
    candidateMacs.set(id, macs);
  }
  const mine = await hmac(compareSecret, String(given));
  let found = false;
  for (const m of macs) if (equalBytes(mine, m)) found = true;
  return found;
}

export const unauthorized = (message) => new HttpError(401, "unauthorized", message, null, { "www-authenticate": 'Bearer realm="stopgate"' });
export const notConfigured = (setting, what) =>
  new HttpError(503, "not-configured", `set ${setting} to use ${what} (or STOPGATE_INSECURE=1 for a local experiment)`);

/** Requires a valid API key for `what` (a route name for the error message). */
export async function requireApiKey(request, cfg, what) {
  if (cfg.apiKeys.length === 0) {
    if (cfg.insecure) return;
    throw notConfigured("STOPGATE_API_KEYS", what);
  }
  const header = request.headers.get("authorization") || "";
  const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  if (!m) throw unauthorized(`${what} needs an API key: Authorization: Bearer <key>`);
  if (!(await matchesAny(m[1], cfg.apiKeys))) throw unauthorized("the API key is not valid");
}
