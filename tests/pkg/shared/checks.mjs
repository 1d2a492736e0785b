// The package's behaviour, checked the same way in every runtime: Node (api.test.mjs), Deno
// (deno/api_test.ts), workerd (workerd/worker.mjs) and Chromium (browser/index.html) each
// import "stopgate" their own way and run every check in this list against it.
//
// Plain JavaScript with its own small assertions, so it runs where node:assert does not.

export class CheckFailure extends Error {}

function fail(message) {
  throw new CheckFailure(message);
}
function eq(actual, expected, what) {
  if (!Object.is(actual, expected)) {
    fail(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}
function ok(value, what) {
  if (!value) fail(`${what}: expected a truthy value, got ${JSON.stringify(value)}`);
}
function keys(object, expected, what) {
  eq(JSON.stringify(Object.keys(object).sort()), JSON.stringify([...expected].sort()), `${what} keys`);
}
/** `fn` throws a real Error whose message matches `pattern` (when given), and the instance still works. */
function throws(api, fn, pattern, what) {
  let thrown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  if (thrown === undefined) fail(`${what}: expected an Error, nothing was thrown`);
  if (!(thrown instanceof Error)) fail(`${what}: expected an Error, got ${String(thrown)}`);
  if (pattern && !pattern.test(thrown.message)) {
    fail(`${what}: message ${JSON.stringify(thrown.message)} does not match ${pattern}`);
  }
  // The module instance survives: a trap would have poisoned it.
  eq(api.classify("STOP").intent, "opt_out", `${what}: classify after the error`);
  eq(api.normalize("+14155550134"), "+14155550134", `${what}: normalize after the error`);
  return thrown;
}

const HOUR_MS = 3_600_000;
// A fixed "now": 18:00 UTC, so T0 + an hour is 11:00 in California, inside the quiet-hours
// window (screening a marketing send at 05:00 there would be held, rightly).
const T0 = Date.UTC(2026, 10, 26, 18, 0, 0);

const OPTED_OUT = "+14155550134";
const MARKETING_ONLY = "+14155550135";
const NOT_LISTED = "+14155550136";
const GB = "+442079460018";

function fixture(api, options = {}) {
  const keys = api.generateKeyPair();
  const bytes = api.buildSnapshot(
    [OPTED_OUT, { phone: "(415) 555-0135", scope: "marketing" }, { phone: GB }],
    { region: "US", sequence: 7, createdAt: T0, signingKey: keys.secretKey, ...options },
  );
  return { keys, bytes };
}

/** @type {Array<[string, (api: any) => void]>} */
export const checks = [
  ["exports the whole API", (api) => {
    for (const name of ["classify", "lint", "measure", "normalize", "buildSnapshot", "buildDelta", "generateKeyPair", "screen"]) {
      eq(typeof api[name], "function", name);
    }
    eq(typeof api.Snapshot, "function", "Snapshot");
    eq(typeof api.Snapshot.fromBytes, "function", "Snapshot.fromBytes");
  }],

  ["classify: the answer's shape and the plain keywords", (api) => {
    const stop = api.classify("STOP");
    keys(stop, ["intent", "scope", "keyword", "rule", "lang", "confidence", "strict", "review"], "classify");
    eq(stop.intent, "opt_out", "STOP intent");
    eq(stop.scope, "all", "STOP scope");
    eq(stop.strict, true, "STOP strict");
    eq(typeof stop.keyword, "string", "STOP keyword");
    eq(typeof stop.rule, "string", "STOP rule");
    ok(stop.confidence > 0.5 && stop.confidence <= 1, "STOP confidence");
    eq(api.classify("START").intent, "opt_in", "START");
    eq(api.classify("HELP").intent, "help", "HELP");
    const question = api.classify("which stop do I get off at?");
    eq(question.intent, "none", "a question about a bus stop");
    eq(question.scope, null, "no scope for none");
    eq(api.classify("").intent, "none", "empty reply");
  }],

  ["lint: findings for a marketing message without opt-out language", (api) => {
    const findings = api.lint("Big sale today! 50% off everything at example.com");
    ok(Array.isArray(findings), "findings is an array");
    const missing = findings.find((f) => f.kind === "missing-opt-out-language");
    ok(missing, "missing-opt-out-language reported by default (marketing)");
    keys(missing, ["kind", "severity", "message", "fix", "char", "replacement", "count", "segments", "limit"], "finding");
    ok(missing.severity === "warn" || missing.severity === "info", "severity");
    eq(typeof missing.message, "string", "message");
    const transactional = api.lint("Your order 1234 has shipped.", { category: "transactional" });
    eq(transactional.find((f) => f.kind === "missing-opt-out-language"), undefined, "not for transactional");
  }],

  ["measure: GSM-7 and UCS-2, segments", (api) => {
    const hello = api.measure("hello");
    keys(hello, ["encoding", "chars", "units", "segments", "limit", "remaining"], "measure");
    eq(hello.limit, 160, "one GSM-7 segment holds 160 units");
    eq(hello.remaining, 155, "remaining in the segment");
    eq(hello.encoding, "GSM-7", "encoding");
    eq(hello.chars, 5, "chars");
    eq(hello.units, 5, "units");
    eq(hello.segments, 1, "segments");
    eq(api.measure("a".repeat(160)).segments, 1, "160 GSM-7 characters fit one segment");
    eq(api.measure("a".repeat(161)).segments, 2, "161 need two");
    const emoji = api.measure("hi 😀");
    eq(emoji.encoding, "UCS-2", "an emoji forces UCS-2");
    eq(emoji.chars, 4, "emoji chars");
    eq(emoji.units, 5, "emoji UTF-16 units");
  }],

  ["normalize: E.164 from what people type", (api) => {
    eq(api.normalize("(415) 555-0134"), "+14155550134", "US national, default region");
    eq(api.normalize("+1 415-555-0134"), "+14155550134", "international");
    eq(api.normalize("020 7946 0018", "GB"), GB, "GB national");
    eq(api.normalize("+44 20 7946 0018", "US"), GB, "region does not matter for +");
    throws(api, () => api.normalize("hello"), null, "not a number");
  }],

  ["generateKeyPair: fresh hex keys", (api) => {
    const a = api.generateKeyPair();
    const b = api.generateKeyPair();
    keys(a, ["secretKey", "publicKey"], "key pair");
    ok(/^[0-9a-f]{64}$/.test(a.secretKey), "secret key is 64 hex digits");
    ok(/^[0-9a-f]{64}$/.test(a.publicKey), "public key is 64 hex digits");
    ok(a.secretKey !== b.secretKey, "two calls give two keys");
  }],

  ["Snapshot: build, load, look up", (api) => {
    const { keys: k, bytes } = fixture(api);
    ok(bytes instanceof Uint8Array && bytes.length > 0, "buildSnapshot returns bytes");
    const snap = api.Snapshot.fromBytes(bytes, { publicKey: k.publicKey });
    eq(snap.entries, 3, "entries");
    eq(snap.sequence, 7, "sequence");
    eq(snap.createdAt, T0, "createdAt in ms");
    eq(snap.region, "US", "region");
    eq(snap.has(OPTED_OUT), true, "has opted out");
    eq(snap.has("415-555-0134"), true, "has, national form");
    eq(snap.has(MARKETING_ONLY), true, "has marketing-only");
    eq(snap.has(NOT_LISTED), false, "has not listed");
    eq(snap.has(GB), true, "has GB");
    eq(snap.has("not a number"), false, "has: unparseable is false");
    eq(JSON.stringify(snap.check("(415) 555-0134")), JSON.stringify({ suppressed: true, scope: "all", e164: OPTED_OUT }), "check all");
    eq(snap.check(MARKETING_ONLY).scope, "marketing", "check marketing");
    eq(JSON.stringify(snap.check(NOT_LISTED)), JSON.stringify({ suppressed: false, scope: null, e164: NOT_LISTED }), "check not listed");
    throws(api, () => snap.check("not a number"), null, "check throws on unparseable");
    const many = snap.checkMany([OPTED_OUT, "nope", NOT_LISTED]);
    eq(many.length, 3, "checkMany length");
    keys(many[0], ["input", "e164", "suppressed", "scope", "error"], "checkMany item");
    eq(many[0].suppressed, true, "checkMany[0]");
    eq(many[0].error, null, "checkMany[0] error");
    eq(many[1].input, "nope", "checkMany[1] input");
    eq(many[1].e164, null, "checkMany[1] e164");
    eq(typeof many[1].error, "string", "checkMany[1] error");
    eq(many[2].suppressed, false, "checkMany[2]");
    const info = snap.info();
    keys(info, ["version", "entries", "bytes", "bitsPerEntry", "sequence", "createdAt", "region", "signed", "deltasApplied"], "info");
    eq(info.bytes, bytes.length, "info.bytes");
    eq(info.signed, true, "info.signed");
    eq(info.createdAt, T0, "info.createdAt");
    eq(info.deltasApplied, 0, "info.deltasApplied");
    snap.free();
  }],

  ["Snapshot: signatures verify and tampering is refused", (api) => {
    const { keys: k, bytes } = fixture(api);
    const other = api.generateKeyPair();
    throws(api, () => api.Snapshot.fromBytes(bytes, { publicKey: other.publicKey }), null, "wrong key");
    for (const at of [0, 20, bytes.length >> 1, bytes.length - 1]) {
      const tampered = bytes.slice();
      tampered[at] ^= 0x40;
      throws(api, () => api.Snapshot.fromBytes(tampered, { publicKey: k.publicKey }), null, `byte ${at} flipped`);
    }
    throws(api, () => api.Snapshot.fromBytes(bytes.subarray(0, bytes.length - 1)), null, "truncated");
    const unsigned = api.buildSnapshot([OPTED_OUT], { createdAt: T0 });
    eq(api.Snapshot.fromBytes(unsigned).info().signed, false, "unsigned loads without a key");
    throws(api, () => api.Snapshot.fromBytes(unsigned, { publicKey: k.publicKey }), null, "unsigned refused with a key");
    // ArrayBuffer in, too.
    const copy = bytes.slice();
    eq(api.Snapshot.fromBytes(copy.buffer, { publicKey: k.publicKey }).has(OPTED_OUT), true, "from an ArrayBuffer");
  }],

  ["Snapshot: deltas apply in order, signed by the same key", (api) => {
    const { keys: k, bytes } = fixture(api);
    const snap = api.Snapshot.fromBytes(bytes, { publicKey: k.publicKey });
    const delta = api.buildDelta(
      { baseSequence: 7, sequence: 8, add: [NOT_LISTED, { phone: "+14155550137", scope: "marketing" }], remove: [OPTED_OUT] },
      { createdAt: T0 + HOUR_MS, signingKey: k.secretKey },
    );
    ok(delta instanceof Uint8Array && delta.length > 0, "buildDelta returns bytes");
    snap.applyDelta(delta);
    eq(snap.sequence, 8, "sequence after delta");
    eq(snap.createdAt, T0 + HOUR_MS, "createdAt after delta");
    eq(snap.has(OPTED_OUT), false, "removed");
    eq(snap.has(NOT_LISTED), true, "added");
    eq(snap.check("+14155550137").scope, "marketing", "added with scope");
    eq(snap.entries, 4, "entries after delta");
    eq(snap.info().deltasApplied, 1, "deltasApplied");
    throws(api, () => snap.applyDelta(delta), null, "the same delta again (base is now 8)");
    const unsigned = api.buildDelta({ baseSequence: 8, sequence: 9, add: [OPTED_OUT] }, { createdAt: T0 + 2 * HOUR_MS });
    throws(api, () => snap.applyDelta(unsigned), null, "unsigned delta on a verified snapshot");
    const foreign = api.generateKeyPair();
    const forged = api.buildDelta({ baseSequence: 8, sequence: 9, add: [OPTED_OUT] }, { signingKey: foreign.secretKey });
    throws(api, () => snap.applyDelta(forged), null, "delta signed by another key");
    eq(snap.sequence, 8, "refused deltas change nothing");
    eq(snap.has(OPTED_OUT), false, "refused deltas change nothing (lookup)");
    throws(api, () => api.buildDelta({ baseSequence: 9, sequence: 9 }), /greater/, "sequence must grow");
  }],

  ["buildSnapshot and buildDelta default createdAt to now, so a fresh list is not stale", (api) => {
    const before = Date.now();
    const snap = api.Snapshot.fromBytes(api.buildSnapshot([OPTED_OUT]));
    const after = Date.now();
    // Whole seconds in the file: within a second of the call.
    ok(snap.createdAt >= before - 1000 && snap.createdAt <= after, `createdAt ${snap.createdAt} near now`);
    const verdict = api.screen({ to: OPTED_OUT, body: "Sale! Reply STOP to opt out", category: "marketing" }, snap);
    eq(verdict.reason, "opted-out", "default now and a fresh file");
    snap.applyDelta(api.buildDelta({ baseSequence: 0, sequence: 1, remove: [OPTED_OUT] }));
    ok(snap.createdAt >= before - 1000, "a delta's createdAt is now too");
    // Quiet hours off: with the real clock this number may be in its night (the check is about the opt-in).
    eq(api.screen({ to: OPTED_OUT, body: "Sale! Reply STOP to opt out", category: "marketing" }, snap, { quietHours: false }).reason, "ok", "after the opt-in");
    snap.free();
  }],
  ["screen: the policy's verdicts with camelCase fields", (api) => {
    const { keys: k, bytes } = fixture(api);
    const snap = api.Snapshot.fromBytes(bytes, { publicKey: k.publicKey });
    const body = "Sale today! Reply STOP to opt out.";
    const now = T0 + HOUR_MS;
    const blocked = api.screen({ to: OPTED_OUT, body, category: "marketing" }, snap, { now });
    keys(blocked, ["decision", "reason", "message", "e164", "scope", "snapshotSequence", "findings", "overridden"], "screening");
    eq(blocked.overridden, false, "no local override was consulted");
    eq(blocked.decision, "block", "opted out: decision");
    eq(blocked.reason, "opted-out", "opted out: reason");
    eq(blocked.e164, OPTED_OUT, "e164");
    eq(blocked.scope, "all", "scope");
    eq(blocked.snapshotSequence, 7, "snapshotSequence");
    ok(Array.isArray(blocked.findings), "findings");
    // 05:00 in California (13:00 UTC, PST) the morning after the list was made: marketing is
    // held until 08:00 there, transactional goes. (A list dated after `now` is stale.)
    const early = Date.UTC(2026, 10, 27, 13, 0, 0);
    const held = api.screen({ to: NOT_LISTED, body, category: "marketing" }, snap, { now: early });
    eq(held.decision, "block", "05:00 local: decision");
    eq(held.reason, "quiet-hours", "05:00 local: reason");
    eq(held.sendAfter, "2026-11-27T08:00:00-08:00", "05:00 local: sendAfter");
    eq(held.sendAfterMs, Date.UTC(2026, 10, 27, 16, 0, 0), "05:00 local: sendAfterMs");
    eq(api.screen({ to: NOT_LISTED, body: "Your code is 1234", category: "transactional" }, snap, { now: early }).reason === "quiet-hours", false, "transactional is not held");
    const allowed = api.screen({ to: NOT_LISTED, body, category: "marketing" }, snap, { now });
    eq(allowed.decision, "allow", "not listed: decision");
    eq(allowed.reason, "ok", "not listed: reason");
    eq(api.screen({ to: MARKETING_ONLY, body: "Your code is 1234", category: "transactional" }, snap, { now }).decision, "allow", "marketing-only opt-out lets transactional through");
    eq(api.screen({ to: "nope", body, category: "marketing" }, snap, { now }).reason, "invalid-recipient", "invalid recipient");
    const missing = api.screen({ to: NOT_LISTED, body, category: "marketing" }, null, { now });
    eq(missing.decision, "block", "no snapshot: marketing fails closed");
    eq(missing.reason, "snapshot-missing", "no snapshot: reason");
    eq(missing.snapshotSequence, null, "no snapshot: sequence");
    eq(api.screen({ to: NOT_LISTED, body }, undefined, { now }).reason, "snapshot-missing", "undefined snapshot, default category");
    const stale = api.screen({ to: NOT_LISTED, body, category: "marketing" }, snap, { now: T0 + 48 * HOUR_MS });
    eq(stale.reason, "snapshot-stale", "two days old, default maxAgeSeconds");
    eq(api.screen({ to: NOT_LISTED, body, category: "marketing" }, snap, { now: T0 + 48 * HOUR_MS, maxAgeSeconds: 7 * 86400 }).reason, "ok", "maxAgeSeconds");
    // A list dated ahead of the clock by more than the skew allowed: its age is unknown, stale.
    const skew = api.defaults().maxClockSkewSeconds;
    eq(skew, 300, "defaults().maxClockSkewSeconds");
    eq(api.screen({ to: NOT_LISTED, body, category: "marketing" }, snap, { now, freshAt: now + skew * 1000 }).reason, "ok", "freshAt within the skew");
    const ahead = api.screen({ to: NOT_LISTED, body, category: "marketing" }, snap, { now, freshAt: now + (skew + 60) * 1000 });
    eq(ahead.reason, "snapshot-stale", `freshAt ahead of the clock (${ahead.message})`);
    eq(/ahead of this clock/.test(ahead.message), true, `the verdict says the list is dated ahead (${ahead.message})`);
    eq(api.screen({ to: "020 7946 0018", body, category: "marketing" }, snap, { now, region: "GB" }).reason, "opted-out", "options.region");
    throws(api, () => api.screen({ to: NOT_LISTED, body }, { has() {} }), /Snapshot/, "a look-alike object is not a Snapshot");
  }],

  ["bad input throws an Error and the instance keeps working", (api) => {
    const { bytes } = fixture(api);
    const bad = [
      ["classify(undefined)", () => api.classify(undefined), /string/],
      ["classify(42)", () => api.classify(42), /string/],
      ["classify({})", () => api.classify({}), /string/],
      ["lint(null)", () => api.lint(null), /string/],
      ["lint(category)", () => api.lint("hi", { category: "spam" }), /category/],
      ["lint(options: 5)", () => api.lint("hi", 5), /object/],
      ["measure(Symbol)", () => api.measure(Symbol("x")), /string/],
      ["normalize(123)", () => api.normalize(14155550134), /string/],
      ["normalize(region)", () => api.normalize("4155550134", "not a region!"), /region/],
      ["normalize(unknown region)", () => api.normalize("4155550134", "ZZ"), /region/],
      ["fromBytes(unknown region)", () => api.Snapshot.fromBytes(bytes, { region: "ZZ" }), /region/],
      ["normalize(huge)", () => api.normalize("1".repeat(100_000)), /limit/],
      ["buildSnapshot(string)", () => api.buildSnapshot("+14155550134"), /array/],
      ["buildSnapshot([number])", () => api.buildSnapshot([14155550134]), /entries\[0\]/],
      ["buildSnapshot([{}])", () => api.buildSnapshot([OPTED_OUT, {}]), /entries\[1\]/],
      ["buildSnapshot(scope)", () => api.buildSnapshot([{ phone: OPTED_OUT, scope: "some" }]), /scope/],
      ["buildSnapshot(bad number)", () => api.buildSnapshot([OPTED_OUT, "call me"]), /entries\[1\]/],
      ["buildSnapshot(sequence)", () => api.buildSnapshot([], { sequence: -1 }), /sequence/],
      ["buildSnapshot(sequence 2^53)", () => api.buildSnapshot([], { sequence: 2 ** 53 }), /sequence/],
      ["buildSnapshot(createdAt NaN)", () => api.buildSnapshot([], { createdAt: NaN }), /createdAt/],
      ["buildSnapshot(signingKey)", () => api.buildSnapshot([], { signingKey: "abc" }), null],
      ["buildDelta(undefined)", () => api.buildDelta(undefined), /changes/],
      ["buildDelta(no sequence)", () => api.buildDelta({ baseSequence: 1 }), /sequence/],
      ["buildDelta(remove: [1])", () => api.buildDelta({ baseSequence: 1, sequence: 2, remove: [1] }), /remove\[0\]/],
      ["fromBytes(undefined)", () => api.Snapshot.fromBytes(undefined), /Uint8Array/],
      ["fromBytes(string)", () => api.Snapshot.fromBytes("snapshot"), /Uint8Array/],
      ["fromBytes(number[])", () => api.Snapshot.fromBytes([1, 2, 3]), /Uint8Array/],
      ["fromBytes(empty)", () => api.Snapshot.fromBytes(new Uint8Array(0)), /empty/],
      ["fromBytes(garbage)", () => api.Snapshot.fromBytes(new Uint8Array(4096).fill(7)), null],
      ["fromBytes(publicKey)", () => api.Snapshot.fromBytes(bytes, { publicKey: "zz" }), null],
      ["fromBytes(publicKey: 1)", () => api.Snapshot.fromBytes(bytes, { publicKey: 1 }), /string/],
      ["screen(undefined)", () => api.screen(undefined, null), /request/],
      ["screen(to: 1)", () => api.screen({ to: 1, body: "x" }, null), /request\.to/],
      ["screen(no body)", () => api.screen({ to: OPTED_OUT }, null), /body/],
      ["screen(snapshot: 'x')", () => api.screen({ to: OPTED_OUT, body: "x" }, "x"), /Snapshot/],
      ["screen(now: 'soon')", () => api.screen({ to: OPTED_OUT, body: "x" }, null, { now: "soon" }), /now/],
      ["screen(maxAgeSeconds: -1)", () => api.screen({ to: OPTED_OUT, body: "x" }, null, { maxAgeSeconds: -1 }), /maxAgeSeconds/],
      ["getter that throws", () => api.buildSnapshot([{ get phone() { throw new Error("boom"); } }]), /threw/],
    ];
    for (const [what, fn, pattern] of bad) throws(api, fn, pattern, what);

    const snap = api.Snapshot.fromBytes(bytes);
    throws(api, () => snap.has(42), /string/, "has(42)");
    throws(api, () => snap.check(undefined), /string/, "check(undefined)");
    throws(api, () => snap.checkMany("x"), /array/, "checkMany('x')");
    throws(api, () => snap.applyDelta(new Uint8Array(3)), null, "applyDelta(garbage)");
    eq(snap.checkMany([1])[0].error.includes("string"), true, "checkMany reports a non-string");
    eq(snap.has("1".repeat(10_000)), false, "has: an over-long string is no number");
    eq(snap.has(OPTED_OUT), true, "the snapshot still answers");
    snap.free();
    throws(api, () => snap.has(OPTED_OUT), null, "has after free");
    throws(api, () => api.screen({ to: OPTED_OUT, body: "x" }, snap), null, "screen with a freed snapshot");
  }],

  ["buffers: shared memory is copied, detached buffers are refused", (api) => {
    const { bytes } = fixture(api);
    if (typeof SharedArrayBuffer === "function") {
      const shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
      shared.set(bytes);
      const snap = api.Snapshot.fromBytes(shared);
      shared.fill(0); // the snapshot holds its own copy
      eq(snap.has(OPTED_OUT), true, "loaded from shared memory, unaffected by later writes");
      const sharedBuffer = new SharedArrayBuffer(bytes.length);
      new Uint8Array(sharedBuffer).set(bytes);
      eq(api.Snapshot.fromBytes(sharedBuffer).has(OPTED_OUT), true, "a SharedArrayBuffer itself");
    }
    if (typeof structuredClone === "function") {
      const buffer = bytes.slice().buffer;
      const view = new Uint8Array(buffer);
      structuredClone(buffer, { transfer: [buffer] }); // detaches `buffer`
      throws(api, () => api.Snapshot.fromBytes(buffer), /detached/, "detached ArrayBuffer");
      throws(api, () => api.Snapshot.fromBytes(view), /detached/, "view of a detached buffer");
    }
    const offset = new Uint8Array(bytes.length + 16);
    offset.set(bytes, 16);
    eq(api.Snapshot.fromBytes(offset.subarray(16)).has(OPTED_OUT), true, "a view at an offset");
  }],

  ["programs and revoke-all: classify, consentEffect, narrowing, buildSnapshot, screen, Overrides", (api) => {
    const programs = [
      { id: "alerts", bit: 1, name: "Account alerts", kind: "transactional", words: ["alerts", "alert", "account alerts"] },
      { id: "promos", bit: 2, name: "Promotions", kind: "marketing", words: ["promos", "promo", "deals", "offers"] },
    ];
    const now = T0 + HOUR_MS;
    const stopAlerts = api.classify("STOP ALERTS", { programs });
    eq(stopAlerts.intent, "opt_out", "STOP ALERTS: intent");
    eq(stopAlerts.scope, "alerts", "STOP ALERTS: scope");
    eq(stopAlerts.program, "alerts", "STOP ALERTS: program");
    eq("program" in api.classify("STOP"), false, "a bare STOP names no program");
    eq(api.classify("STOP", { programs }).scope, "all", "a bare STOP stays all");
    eq(api.classify("START ALERTS", { programs }).program, "alerts", "START ALERTS: program");

    // Revoke-all: on, a narrower opt-out suppresses all, with the requested scope as evidence.
    const promos = api.classify("stop sending the promos", { programs });
    eq(promos.scope, "promos", "stop sending the promos: scope");
    const off = api.consentEffect(promos, { programs, revokeAll: "off", now });
    eq(JSON.stringify(off), JSON.stringify({ effect: "suppress", scope: "promos", reason: "opt-out" }), "revokeAll off");
    const on = api.consentEffect(promos, { programs, revokeAll: "on", now });
    eq(JSON.stringify(on), JSON.stringify({ effect: "suppress", scope: "all", reason: "opt-out", requestedScope: "promos", revokeAll: true }), "revokeAll on");
    eq(api.consentEffect(promos, { programs, now }).scope, "promos", "auto: off before 2027-01-31");
    eq(api.consentEffect(promos, { programs, now: Date.UTC(2027, 0, 31) }).scope, "all", "auto: on from 2027-01-31");
    throws(api, () => api.consentEffect(promos, { revokeAll: "sometimes" }), /revokeAll must be "on", "off" or "auto"/, "revokeAll checked");
    eq(api.consentEffect(api.classify("START ALERTS", { programs }), { programs }).scope, "alerts", "START ALERTS lifts alerts");

    // The reply to the clarifying question narrows: marketing plus every program not kept.
    eq(api.narrowing("keep my account alerts", { programs, pendingAt: now, current: "all", now: now + 60_000 }), "marketing+promos", "narrowing");
    eq(api.narrowing("ALERTS", { programs, pendingAt: now, current: "all", now: now + 25 * HOUR_MS }), null, "after 24 hours");
    eq(api.narrowing("ALERTS", { programs, current: "all", now }), null, "nothing pending");

    // Program scopes in a snapshot, screened by the request's program.
    const bytes = api.buildSnapshot(
      [{ phone: OPTED_OUT, scope: "alerts" }, { phone: MARKETING_ONLY, programs: ["promos"] }, { phone: NOT_LISTED, scope: "marketing", programs: ["alerts"] }],
      { region: "US", sequence: 3, createdAt: T0, programs },
    );
    const snap = api.Snapshot.fromBytes(bytes);
    eq(snap.check(OPTED_OUT).scope, "program-1", "a snapshot does not know program names");
    eq(api.Snapshot.fromBytes(bytes).checkMany([NOT_LISTED])[0].scope, "marketing+program-1", "checkMany: the mask's text");
    const body = "Your statement is ready";
    const go = (to, program, category = "transactional") => api.screen({ to, body, category, program }, snap, { now, programs });
    eq(go(OPTED_OUT, "alerts").reason, "opted-out-program", "alerts blocked");
    eq(go(OPTED_OUT, "alerts").scope, "alerts", "scope named by the programs table");
    eq(go(OPTED_OUT, "promos", "marketing").decision === "block", false, "promos pass");
    eq(go(MARKETING_ONLY, "promos").reason, "opted-out-program", "promos blocked, even said to be transactional");
    eq(go(NOT_LISTED, "alerts").reason, "opted-out-program", "marketing+alerts blocks alerts");
    eq(go(NOT_LISTED, undefined).decision, "allow", "program-less transactional passes");
    eq(go(NOT_LISTED, "weather").reason, "unknown-program", "an unknown program is never an allow");
    eq(api.screenMany([OPTED_OUT], snap, { now, programs, category: "transactional", program: "alerts" })[0].reason, "opted-out-program", "screenMany: options.program");
    // A pasted list is data: one recipient too long to be a number is its own verdict, not a throw.
    const many = api.screenMany([NOT_LISTED, "1".repeat(300), OPTED_OUT], snap, { now, programs });
    const alone = (to) => api.screenMany([to], snap, { now, programs })[0].reason;
    eq(many.map((v) => v.reason).join(), [alone(NOT_LISTED), "invalid-recipient", alone(OPTED_OUT)].join(), "screenMany: an over-long recipient");
    eq(many[1].decision, "block", "screenMany: an over-long recipient is blocked");
    eq(/longer than 256 characters/.test(many[1].message), true, `screenMany: the over-long recipient's message says why (${many[1].message})`);
    eq(many[1].input.length, 300, "screenMany: the over-long input is given back");
    throws(api, () => api.screenMany([NOT_LISTED, 5], snap, { now }), /recipients\[1\] must be a string/, "screenMany: a number that is not a string throws");
    throws(api, () => api.classify("STOP", { programs: [{ id: "Bad", bit: 1, kind: "marketing" }] }), /id must be 1 to 32/, "programs are checked");

    // The immediate local override applies the same decisions.
    const o = new api.Overrides({ programs });
    eq(o.set(NOT_LISTED, { programs: ["alerts"] }), NOT_LISTED, "Overrides.set with { programs }");
    eq(o.get(NOT_LISTED).scope, "alerts", "Overrides.get names the program");
    eq(o.apply(NOT_LISTED, on, snap), "all", "Overrides.apply: the revoke-all effect");
    const narrowed = api.narrowing("ALERTS", { programs, pendingAt: now, current: o.get(NOT_LISTED).scope, now });
    o.set(NOT_LISTED, narrowed);
    eq(api.screen({ to: NOT_LISTED, body, category: "transactional", program: "alerts" }, snap, { now, programs, overrides: o }).decision, "allow", "narrowed: alerts pass");
    eq(api.screen({ to: NOT_LISTED, body, category: "marketing", program: "promos" }, snap, { now, programs, overrides: o }).reason, "opted-out", "narrowed: promos stay blocked");
  }],
];

/** Runs every check; returns `[{ name, ok, error? }]` (for runtimes without a test runner). */
export function runAll(api) {
  return checks.map(([name, run]) => {
    try {
      run(api);
      return { name, ok: true };
    } catch (e) {
      return { name, ok: false, error: `${e && e.message}` };
    }
  });
}
