// Calls from the edge to the origin, each one signed (contract C4):
//   x-stopgate-timestamp: <unix seconds>
//   x-stopgate-signature: v1=<hex HMAC-SHA256(secret, ts "\n" METHOD "\n" path?query "\n" body)>
// so the origin can refuse anything that did not come from an edge holding the secret.
// Without STOPGATE_ORIGIN_SECRET nothing is sent unless STOPGATE_INSECURE=1 (then unsigned).
// The origin refuses a signature it has seen before (replay), and two isolates asking for
// the same delta in the same second would sign the same bytes: every request therefore
// carries a random `nonce` query parameter (signed with the rest; the origin ignores it).
import { hmac, toHex } from "./auth.js";

export class OriginNotConfigured extends Error {}

const enc = new TextEncoder();

/** The C4 signature headers for one request. */
export async function signRequest(secret, method, pathAndQuery, body, nowMs = Date.now()) {
  const ts = String(Math.floor(nowMs / 1000));
  const head = enc.encode(`${ts}\n${method.toUpperCase()}\n${pathAndQuery}\n`);
  const data = new Uint8Array(head.byteLength + body.byteLength);
  data.set(head, 0);
  data.set(body, head.byteLength);
  return { "x-stopgate-timestamp": ts, "x-stopgate-signature": `v1=${toHex(await hmac(secret, data))}` };
}

/**
 * Calls the origin: through a service binding when there is one, else over the network.
 * `init.body` must be a string or bytes (it is signed as sent).
 */
export async function originFetch(env, cfg, path, init = {}) {
  const base = String(env.ORIGIN_URL || "http://origin").replace(/\/+$/, "");
  const method = (init.method || "GET").toUpperCase();
  const body = init.body === undefined || init.body === null ? new Uint8Array(0)
    : typeof init.body === "string" ? enc.encode(init.body) : new Uint8Array(init.body);
  const headers = new Headers(init.headers || {});
  const nonce = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, "0")).join("");
  path += `${path.includes("?") ? "&" : "?"}nonce=${nonce}`;
  if (cfg.originSecret) {
    for (const [k, v] of Object.entries(await signRequest(cfg.originSecret, method, path, body))) headers.set(k, v);
  } else if (!cfg.insecure) {
    throw new OriginNotConfigured("STOPGATE_ORIGIN_SECRET is not set: the edge signs every origin request with it (or set STOPGATE_INSECURE=1)");
  }
  const request = new Request(base + path, {
    method,
    headers,
    body: method === "GET" || method === "HEAD" ? undefined : body,
    signal: AbortSignal.timeout(init.timeoutMs ?? cfg.originTimeoutMs),
  });
  return env.ORIGIN ? env.ORIGIN.fetch(request) : fetch(request);
}
