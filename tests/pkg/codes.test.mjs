// Error codes, freed snapshots and the batch lookups (issue 13), in Node through the
// installed package. The fast paths (scratch buffer, one joined string, packed verdicts) must
// answer exactly what the one-at-a-time path answers, for every kind of input.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import * as stopgate from "stopgate";

const { Snapshot, buildSnapshot, buildDelta, generateKeyPair, normalize, screen, Verdict } = stopgate;

/** `fn` throws an Error whose `code` is `code`. */
function throwsCode(fn, code) {
  assert.throws(fn, (e) => {
    assert.ok(e instanceof Error, `an Error, got ${e}`);
    assert.equal(e.code, code, `code of "${e.message}"`);
    return true;
  });
}

test("every failure has its stable code", () => {
  const keys = generateKeyPair();
  const other = generateKeyPair();
  const signed = buildSnapshot(["+14155550134"], { sequence: 1, signingKey: keys.secretKey });
  const unsigned = buildSnapshot(["+14155550134"], { sequence: 1 });
  throwsCode(() => normalize("not a number"), "ERR_INVALID_NUMBER");
  throwsCode(() => normalize(42), "ERR_ARGUMENT");
  throwsCode(() => normalize("+14155550134", "Mars"), "ERR_ARGUMENT");
  throwsCode(() => buildSnapshot(["+14155550134", "nope"]), "ERR_INVALID_NUMBER");
  throwsCode(() => buildDelta({ baseSequence: 1, sequence: 2, remove: ["nope"] }), "ERR_INVALID_NUMBER");
  throwsCode(() => Snapshot.fromBytes(signed, { publicKey: other.publicKey }), "ERR_SIGNATURE");
  throwsCode(() => Snapshot.fromBytes(unsigned, { publicKey: keys.publicKey }), "ERR_SIGNATURE");
  throwsCode(() => Snapshot.fromBytes(new Uint8Array(64)), "ERR_FORMAT");
  throwsCode(() => Snapshot.fromBytes(signed.slice(0, signed.length - 1)), "ERR_FORMAT");
  const corrupt = unsigned.slice();
  corrupt[corrupt.length - 1] ^= 1;
  throwsCode(() => Snapshot.fromBytes(corrupt), "ERR_CHECKSUM");
  throwsCode(() => Snapshot.fromBytes(unsigned, { publicKey: "zz" }), "ERR_KEY");
  throwsCode(() => buildSnapshot([], { signingKey: "00".repeat(32) }), "ERR_KEY");
  const snap = Snapshot.fromBytes(unsigned);
  throwsCode(() => snap.applyDelta(buildDelta({ baseSequence: 5, sequence: 6 })), "ERR_SEQUENCE");
  throwsCode(() => snap.check("nope"), "ERR_INVALID_NUMBER");
  throwsCode(() => snap.has(7), "ERR_ARGUMENT");
  snap.free();
});

test("a format version this build does not read is ERR_VERSION", () => {
  // The version is the u16 at offset 12 (docs/snapshot-format.md), checked before the checksum.
  const newer = buildSnapshot(["+14155550134"]).slice();
  new DataView(newer.buffer).setUint16(12, 0xfff0, true);
  throwsCode(() => Snapshot.fromBytes(newer), "ERR_VERSION");
});

test("a freed snapshot says so, with ERR_FREED, on every call", () => {
  const snap = Snapshot.fromBytes(buildSnapshot(["+14155550134"], { sequence: 1 }));
  const delta = buildDelta({ baseSequence: 1, sequence: 2 });
  snap.free();
  snap.free(); // a second free() is a no-op
  const calls = {
    has: () => snap.has("+14155550134"),
    check: () => snap.check("+14155550134"),
    checkMany: () => snap.checkMany(["+14155550134"]),
    checkPacked: () => snap.checkPacked("+14155550134"),
    applyDelta: () => snap.applyDelta(delta),
    info: () => snap.info(),
    entries: () => snap.entries,
    sequence: () => snap.sequence,
    createdAt: () => snap.createdAt,
    region: () => snap.region,
    screen: () => screen({ to: "+14155550134", body: "hi" }, snap),
  };
  for (const [name, call] of Object.entries(calls)) {
    assert.throws(call, (e) => e.code === "ERR_FREED" && /freed/.test(e.message), name);
  }
  if (typeof Symbol.dispose === "symbol") snap[Symbol.dispose](); // still a no-op
});

test("freed overrides say so, with ERR_FREED, on every call (round 18)", () => {
  const o = new stopgate.Overrides();
  o.set("+14155550134", "all");
  o.free();
  o.free(); // a second free() is a no-op
  const calls = {
    get: () => o.get("+14155550134"),
    set: () => o.set("+14155550134", null),
    apply: () => o.apply("+14155550134", { effect: "suppress", scope: "all" }),
    size: () => o.size,
  };
  for (const [name, call] of Object.entries(calls)) {
    assert.throws(call, (e) => e.code === "ERR_FREED" && /overrides have been freed/.test(e.message), name);
  }
});

test("a snapshot freed while checkMany reads the caller's array says ERR_FREED (round 18)", () => {
  const snap = Snapshot.fromBytes(buildSnapshot(["+14155550134"]));
  const list = new Proxy(["+14155550134", "4155550134"], {
    get(target, key) {
      if (key === "1") snap.free();
      return Reflect.get(target, key);
    },
  });
  throwsCode(() => snap.checkMany(list), "ERR_FREED");
});

test("Overrides.set with the scope left out is refused, not an opt-in (round 18)", () => {
  const snap = Snapshot.fromBytes(buildSnapshot(["+14155550134"], { createdAt: Date.now() }));
  const o = new stopgate.Overrides();
  throwsCode(() => o.set("4155550134"), "ERR_ARGUMENT");
  throwsCode(() => o.set("4155550134", undefined), "ERR_ARGUMENT");
  assert.equal(o.get("4155550134"), undefined, "nothing recorded");
  const sale = { to: "+14155550134", body: "Sale! Reply STOP to opt out", category: "marketing" };
  assert.equal(screen(sale, snap, { quietHours: false, overrides: o }).decision, "block");
  o.set("4155550134", null); // an explicit opt-in still lifts
  assert.equal(screen(sale, snap, { quietHours: false, overrides: o }).decision, "allow");
});

test("Symbol.dispose frees the snapshot", { skip: typeof Symbol.dispose !== "symbol" && "no Symbol.dispose" }, () => {
  const snap = Snapshot.fromBytes(buildSnapshot(["+14155550134"]));
  snap[Symbol.dispose]();
  assert.throws(() => snap.has("+14155550134"), (e) => e.code === "ERR_FREED");
});

// Inputs of every kind the fast paths must hand over (or answer) exactly as the slow one.
const INPUTS = [
  "+14155550134", "4155550134", "(415) 555-0134", "+1 415 555 0135", "+14155550136", "+442079460018",
  "020 7946 0018", "", "+", "hello", "415-555-013", "+999 123", " +14155550134 ", "+14155550134\r",
  "０４１５５５５０１３４", "4155550134 ext. 7", "x".repeat(300), "+1415555013" + "4".repeat(60), "☎ 415 555 0134",
];

test("has, check and checkMany agree with the one-at-a-time path on every input", () => {
  const snap = Snapshot.fromBytes(buildSnapshot(["+14155550134", { phone: "+14155550135", scope: "marketing" }, "+442079460018"]));
  const slow = (input) => {
    try {
      const r = snap.check(input);
      return { input, e164: r.e164, suppressed: r.suppressed, scope: r.scope, error: null };
    } catch (e) {
      return { input, e164: null, suppressed: false, scope: null, error: e.message };
    }
  };
  const expected = INPUTS.map(slow);
  assert.deepEqual(snap.checkMany(INPUTS), expected);
  // Non-strings and line breaks inside items take the item-by-item path, with the same answers.
  const mixed = [...INPUTS, 5, null, "+1415\n5550134"];
  assert.deepEqual(snap.checkMany(mixed), mixed.map(slow));
  assert.deepEqual(snap.checkMany([]), []);
  for (const input of INPUTS) {
    const r = expected.find((e) => e.input === input);
    assert.equal(snap.has(input), r.suppressed, `has(${JSON.stringify(input)})`);
  }
  assert.deepEqual(snap.check("+14155550135"), { suppressed: true, scope: "marketing", e164: "+14155550135" });
  assert.deepEqual(snap.check("4155550134"), { suppressed: true, scope: "all", e164: "+14155550134" });
  assert.deepEqual(snap.check("+14155550136"), { suppressed: false, scope: null, e164: "+14155550136" });
});

test("checkPacked: one verdict byte per number, from a string, an array or a Float64Array", () => {
  const snap = Snapshot.fromBytes(buildSnapshot(["+14155550134", { phone: "+14155550135", scope: "marketing" }, { phone: "+14155550137", scope: "marketing+program-1" }]));
  assert.deepEqual(Verdict, { NOT_SUPPRESSED: 0, SUPPRESSED: 1, MARKETING: 2, PROGRAMS: 3, INVALID: 255 });
  assert.deepEqual([...snap.checkPacked(["+14155550137"])], [Verdict.PROGRAMS], "a program mask");
  assert.equal(snap.check("+14155550137").scope, "marketing+program-1", "check gives the mask's text");
  const list = ["+14155550134", "(415) 555-0135", "+14155550136", "nope", ""];
  const want = [1, 2, 0, 255, 255];
  assert.deepEqual([...snap.checkPacked(list)], want);
  assert.deepEqual([...snap.checkPacked(list.slice(0, 4).join("\n"))], want.slice(0, 4));
  assert.deepEqual([...snap.checkPacked(list.slice(0, 4).join("\r\n") + "\r\n")], want.slice(0, 4), "CRLF and a final newline");
  assert.deepEqual([...snap.checkPacked("")], []);
  assert.deepEqual([...snap.checkPacked([])], []);
  assert.deepEqual([...snap.checkPacked(["+1415\n5550134", 5, null])], [255, 255, 255]);
  assert.deepEqual([...snap.checkPacked(new Float64Array([14155550134, 14155550135, 14155550136, 0, -1, 1.5, NaN, 1e20]))], [1, 2, 0, 255, 255, 255, 255, 255]);
  // The packed verdicts agree with has() on every kind of input.
  const verdicts = snap.checkPacked(INPUTS.filter((s) => !/[\r\n]/.test(s)));
  INPUTS.filter((s) => !/[\r\n]/.test(s)).forEach((input, i) => {
    if (verdicts[i] !== 255) assert.equal(verdicts[i] !== 0, snap.has(input), JSON.stringify(input));
  });
  assert.throws(() => snap.checkPacked(42), (e) => e.code === "ERR_ARGUMENT");
  assert.ok(snap.checkPacked("+14155550134") instanceof Uint8Array);
});

test("a 200k-number batch answers as has() does, across wasm memory growth", () => {
  const members = Array.from({ length: 50_000 }, (_, i) => `+1415${2_000_000 + i * 3}`);
  const snap = Snapshot.fromBytes(buildSnapshot(members));
  const queries = Array.from({ length: 200_000 }, (_, i) => `+1415${2_000_000 + i}`);
  const many = snap.checkMany(queries);
  const packed = snap.checkPacked(queries.join("\n"));
  let hits = 0;
  for (let i = 0; i < queries.length; i++) {
    const member = i % 3 === 0 && i < 150_000;
    assert.equal(many[i].suppressed, member);
    assert.equal(packed[i] === Verdict.SUPPRESSED, member);
    if (snap.has(queries[i])) hits++;
  }
  assert.equal(hits, 50_000);
});

test("stopgate/init: the same API; init and initSync are idempotent", async () => {
  const explicit = await import("stopgate/init");
  await explicit.init(new Uint8Array(0)); // already instantiated: the argument is not used
  explicit.initSync(new Uint8Array(0));
  assert.equal(explicit.classify("STOP").intent, "opt_out");
  assert.equal(typeof explicit.Snapshot.fromBytes, "function");
  await assert.rejects(() => import("stopgate/api.js"), /ERR_PACKAGE_PATH_NOT_EXPORTED|not exported/i);
});

test("require('stopgate') from ES code: the CommonJS entry, its own instance", () => {
  const cjs = createRequire(import.meta.url)("stopgate");
  assert.equal(cjs.classify("STOP").intent, "opt_out");
  const snap = cjs.Snapshot.fromBytes(cjs.buildSnapshot(["+14155550134"]));
  assert.equal(snap.has("4155550134"), true);
  assert.throws(() => cjs.normalize("nope"), (e) => e.code === "ERR_INVALID_NUMBER");
});
