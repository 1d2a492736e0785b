// Preference-link tokens (contract C11), apart from the page and the routes so that they load
// anywhere WebCrypto does (Node's tests import this file; it needs no package).
//
// A token is base64url(e164 "." expiry) "." base64url(HMAC-SHA256(K, e164 "." expiry)), no
// padding, the MAC over the payload's bytes, with K = HMAC-SHA256(STOPGATE_ORIGIN_SECRET,
// "stopgate preference link v1"). The origin derives the same K and re-verifies every token
// the edge forwards (cli/src/cli/serve/prefs.rs).
import { hmac, safeEqual } from "./auth.js";

/** Days a link stays valid. */
export const LINK_DAYS = 30;
const LABEL = "stopgate preference link v1";
const MAX_TOKEN = 256;
export const E164 = /^\+[1-9]\d{6,14}$/;

const enc = new TextEncoder();
const dec = new TextDecoder("utf-8", { fatal: true });

export function base64url(bytes) {
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Strict base64url (no padding, no other characters), or null. */
export function unbase64url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  try {
    const bin = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    const out = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    // Non-canonical trailing bits would let two spellings name one token.
    return base64url(out) === text ? out : null;
  } catch {
    return null;
  }
}

const linkKeys = new Map();
async function linkKey(secret) {
  let key = linkKeys.get(secret);
  if (!key) {
    key = await hmac(secret, LABEL);
    if (linkKeys.size > 8) linkKeys.clear();
    linkKeys.set(secret, key);
  }
  return key;
}

/** A token for `e164`, valid until `expiresAt` (Unix seconds). */
export async function signToken(secret, e164, expiresAt) {
  return signPayload(secret, `${e164}.${expiresAt}`);
}

/** A token over any payload text (tests sign malformed payloads with it). */
export async function signPayload(secret, payload) {
  const mac = await hmac(await linkKey(secret), payload);
  return `${base64url(enc.encode(payload))}.${base64url(mac)}`;
}

const refuse = (code, message) => ({ ok: false, code, message });

/**
 * Checks a token: its MAC first (constant-time), then the payload's shape, then the expiry.
 * `{ ok: true, e164, expiresAt }` or `{ ok: false, code, message }` with code
 * malformed-link | bad-link-signature | expired-link.
 */
export async function verifyToken(secret, token, nowMs = Date.now()) {
  const malformed = (why) => refuse("malformed-link", `this preference link is not valid: ${why}`);
  if (typeof token !== "string" || token.length > MAX_TOKEN) return malformed("the link is too long");
  const dot = token.indexOf(".");
  if (dot < 0) return malformed("the link has no signature part");
  const payload = unbase64url(token.slice(0, dot));
  const mac = unbase64url(token.slice(dot + 1));
  if (!payload) return malformed("the link's number part is not base64url");
  if (!mac) return malformed("the link's signature part is not base64url");
  const expected = await hmac(await linkKey(secret), payload);
  if (!(await safeEqual(base64url(mac), base64url(expected)))) {
    return refuse("bad-link-signature", "this preference link is not valid: its signature does not match");
  }
  let text;
  try {
    text = dec.decode(payload);
  } catch {
    return malformed("the link's number part is not text");
  }
  const sep = text.indexOf(".");
  const e164 = sep < 0 ? "" : text.slice(0, sep);
  const expiry = sep < 0 ? "" : text.slice(sep + 1);
  if (!E164.test(e164)) return malformed("the link's number is not E.164");
  if (!/^\d{1,12}$/.test(expiry)) return malformed("the link's expiry is not a time");
  const expiresAt = Number(expiry);
  if (nowMs / 1000 >= expiresAt) {
    return refuse("expired-link", "this preference link expired; reply to one of our messages for a new one");
  }
  return { ok: true, e164, expiresAt };
}
