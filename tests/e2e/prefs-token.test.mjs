// The edge's preference-link tokens (edge/prefs.js, contract C11) in Node's WebCrypto: the
// same table of refusals as the origin's test (cli/src/cli/serve/prefs.rs), and the shared
// vector both sides must produce. No servers.
import assert from "node:assert/strict";
import { test } from "node:test";
import { base64url, signPayload, signToken, unbase64url, verifyToken } from "../../edge/prefs-token.js";

const SECRET = "origin-secret-0123456789";
const NUMBER = "+14155550123";
const NOW_S = 1_800_000_000;
const NOW_MS = NOW_S * 1000;
const enc = new TextEncoder();

/** Swaps the first base64url character of part `i` (0: payload, 1: MAC) for another. */
const flip = (token, i) => {
  const parts = token.split(".");
  parts[i] = (parts[i][0] === "A" ? "B" : "A") + parts[i].slice(1);
  return parts.join(".");
};
const withPayload = (token, payload) => `${base64url(enc.encode(payload))}.${token.split(".")[1]}`;

test("links verify, and every kind of tampering is refused", async () => {
  const good = await signToken(SECRET, NUMBER, NOW_S + 60);
  const cases = [
    ["good", good, null],
    ["tampered payload", flip(good, 0), "bad-link-signature"],
    ["tampered MAC", flip(good, 1), "bad-link-signature"],
    ["another number, same MAC", withPayload(good, `+14155550124.${NOW_S + 60}`), "bad-link-signature"],
    ["later expiry, same MAC", withPayload(good, `${NUMBER}.${NOW_S + 999999}`), "bad-link-signature"],
    ["another secret", await signToken("another-secret-0123456789", NUMBER, NOW_S + 60), "bad-link-signature"],
    ["expired", await signToken(SECRET, NUMBER, NOW_S), "expired-link"],
    ["no dot", good.replace(".", ""), "malformed-link"],
    ["malformed base64", `${good}!`, "malformed-link"],
    ["padded base64", `${good}=`, "malformed-link"],
    ["empty", "", "malformed-link"],
    ["huge", "A".repeat(10000), "malformed-link"],
    ["not E.164, signed", await signToken(SECRET, "14155550123", NOW_S + 60), "malformed-link"],
    ["no expiry, signed", await signPayload(SECRET, NUMBER), "malformed-link"],
    ["expiry not a number, signed", await signPayload(SECRET, `${NUMBER}.soon`), "malformed-link"],
  ];
  for (const [name, token, code] of cases) {
    const got = await verifyToken(SECRET, token, NOW_MS);
    if (code === null) assert.deepEqual(got, { ok: true, e164: NUMBER, expiresAt: NOW_S + 60 }, name);
    else {
      assert.equal(got.ok, false, `${name}: ${token}`);
      assert.equal(got.code, code, `${name}: ${got.message}`);
      assert.match(got.message, /preference link/, name);
    }
  }
});

test("the shared vector: the origin's test makes the same token", async () => {
  const token = await signToken("stopgate-shared-test-secret", NUMBER, NOW_S);
  assert.equal(token, "KzE0MTU1NTUwMTIzLjE4MDAwMDAwMDA.sZzFT69hsCgDDe0sgEIORbcnzAc6Q5Q5xkuSG9ceslQ");
});

test("base64url is strict", () => {
  assert.deepEqual(unbase64url("AQI"), Uint8Array.from([1, 2]));
  for (const bad of ["AQI=", "AQ+I", "AQ/I", "A", "AQJ"]) assert.equal(unbase64url(bad), null, bad);
});
