// The package under Node: "stopgate" resolves through package.json's `node` condition
// (node.js) from tests/pkg/node_modules/stopgate, which scripts/test-pkg.sh unpacks from the
// `npm pack` tarball. The shared checks run here too, then what only Node can easily do:
// a 100k-entry round trip, limits on huge inputs, proxies, and agreement with native Rust.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import * as stopgate from "stopgate";
import { checks } from "./shared/checks.mjs";

const { Snapshot, buildSnapshot, buildDelta, classify, normalize, generateKeyPair, screen } = stopgate;

test("'stopgate' resolves to the node entry of the installed package", () => {
  const resolved = import.meta.resolve("stopgate");
  assert.match(resolved, /\/tests\/pkg\/node_modules\/stopgate\/node\.js$/);
  const pkg = createRequire(import.meta.url)("stopgate/package.json");
  assert.equal(pkg.exports["."].node.default, "./node.js");
  // Every entry that instantiates the module on import is a side effect (issue 13: with
  // `false`, Vite, webpack and Rollup dropped the instantiation and the app crashed).
  for (const entry of ["./browser.js", "./node.js", "./node.cjs", "./deno.js", "./workerd.js", "./api.js"]) {
    assert.ok(pkg.sideEffects.includes(entry), `sideEffects lists ${entry}`);
  }
  assert.equal(pkg.exports["."].node.require.default, "./node.cjs");
});

test("package.json: every condition has types and an entry, and the tarball holds them", () => {
  const dir = fileURLToPath(new URL("./node_modules/stopgate/", import.meta.url));
  const pkg = JSON.parse(readFileSync(dir + "package.json", "utf8"));
  const conditions = pkg.exports["."];
  assert.deepEqual(Object.keys(conditions), ["workerd", "deno", "node", "browser", "default"]);
  for (const [condition, target] of Object.entries(conditions)) {
    assert.ok(existsSync(dir + target.types), `${condition}: ${target.types}`);
    assert.ok(existsSync(dir + target.default), `${condition}: ${target.default}`);
    // Each entry loads the module next to it and re-exports the API, nothing else.
    const source = readFileSync(dir + target.default, "utf8");
    assert.match(source, /stopgate_bg\.wasm/, `${condition} names the module`);
    assert.match(source, /^export \* from "\.\/api\.js";$/m);
  }
  for (const file of pkg.files) assert.ok(existsSync(dir + file), `files lists ${file}, which the tarball lacks`);
  assert.ok(statSync(dir + "stopgate_bg.wasm").size > 1000);
});

for (const [name, run] of checks) {
  test(name, () => run(stopgate));
}

/** `fn` throws an Error matching `pattern`, and the instance still works afterwards. */
function throwsAndSurvives(fn, pattern) {
  assert.throws(fn, (e) => e instanceof Error && pattern.test(e.message));
  assert.equal(classify("STOP").intent, "opt_out");
  assert.equal(normalize("(415) 555-0134"), "+14155550134");
}

// Distinct, valid NANP numbers: area code 415, exchanges 200 and up.
const member = (i) => `+1415${2_000_000 + i}`;
const outsider = (i) => `+1646${2_000_000 + i}`;

test("100k-entry snapshot: every member found, no outsider, scopes kept, deltas on top", () => {
  const N = 100_000;
  const entries = [];
  for (let i = 0; i < N; i++) entries.push(i % 10 === 0 ? { phone: member(i), scope: "marketing" } : member(i));
  const keys = generateKeyPair();
  const bytes = buildSnapshot(entries, { sequence: 1, createdAt: Date.now(), signingKey: keys.secretKey });
  const snap = Snapshot.fromBytes(bytes, { publicKey: keys.publicKey });
  assert.equal(snap.entries, N);
  const info = snap.info();
  assert.equal(info.entries, N);
  assert.equal(info.bytes, bytes.length);
  assert.ok(info.bitsPerEntry > 0 && info.bitsPerEntry < 64, `bits per entry ${info.bitsPerEntry}`);
  let missing = 0;
  let falsePositives = 0;
  let wrongScope = 0;
  for (let i = 0; i < N; i++) {
    if (!snap.has(member(i))) missing++;
    if (snap.has(outsider(i))) falsePositives++;
  }
  for (let i = 0; i < N; i += 97) {
    if (snap.check(member(i)).scope !== (i % 10 === 0 ? "marketing" : "all")) wrongScope++;
  }
  assert.deepEqual({ missing, falsePositives, wrongScope }, { missing: 0, falsePositives: 0, wrongScope: 0 });

  const many = snap.checkMany(entries.slice(0, 1000).map((e) => (typeof e === "string" ? e : e.phone)));
  assert.equal(many.filter((r) => r.suppressed).length, 1000);

  const delta = buildDelta(
    { baseSequence: 1, sequence: 2, add: [outsider(1)], remove: [member(1), member(2)] },
    { signingKey: keys.secretKey, createdAt: Date.now() },
  );
  snap.applyDelta(delta);
  assert.equal(snap.entries, N - 1);
  assert.equal(snap.has(member(1)), false);
  assert.equal(snap.has(outsider(1)), true);
  assert.equal(snap.has(member(3)), true);
  // A fresh load of the same bytes is unaffected by the delta applied to another instance.
  assert.equal(Snapshot.fromBytes(bytes).has(member(1)), true);
  snap.free();
});

test("huge inputs are refused before they are copied, and the instance survives", () => {
  const huge = "STOP ".repeat(1 << 20); // 5 MiB of UTF-16
  throwsAndSurvives(() => classify(huge), /limit/);
  throwsAndSurvives(() => stopgate.lint(huge), /limit/);
  throwsAndSurvives(() => stopgate.measure(huge), /limit/);
  throwsAndSurvives(() => normalize(huge), /limit/);
  throwsAndSurvives(() => screen({ to: "+14155550134", body: huge }, null), /limit/);
  const snap = Snapshot.fromBytes(buildSnapshot(["+14155550134"]));
  assert.equal(snap.has(huge), false);
  throwsAndSurvives(() => snap.check(huge), /limit/);
  // At the limit, it works; one unit over, it is refused.
  assert.equal(classify("a ".repeat(1 << 15)).intent, "none");
  throwsAndSurvives(() => classify("a".repeat((1 << 16) + 1)), /limit/);
});

test("proxies and throwing getters are errors, not crashes", () => {
  const trap = new Proxy([], {
    get(target, key) {
      if (key === "length") return 3;
      throw new Error("trap");
    },
  });
  throwsAndSurvives(() => buildSnapshot(trap), /threw/);
  // An array that claims 2^32 - 1 items would have the builder run wasm out of memory.
  const liar = new Proxy([], { get: (target, key) => (key === "length" ? 2 ** 32 - 1 : "+14155550134") });
  throwsAndSurvives(() => buildSnapshot(liar), /limit/);
  throwsAndSurvives(() => buildDelta({ baseSequence: 1, sequence: 2, add: liar }), /limit/);
  const options = new Proxy({}, { get() { throw new Error("trap"); } });
  throwsAndSurvives(() => buildSnapshot([], options), /threw/);
  throwsAndSurvives(() => screen({ to: "+14155550134", body: "x" }, null, options), /threw/);
  throwsAndSurvives(() => screen({ to: "+14155550134", body: "x" }, { __stopgateHandle() { throw new Error("x"); } }), /.+/);
  throwsAndSurvives(() => screen({ to: "+14155550134", body: "x" }, { __stopgateHandle: () => 1 }), /Snapshot/);
  // Calling back into the same snapshot from inside a call on it.
  const snap = Snapshot.fromBytes(buildSnapshot(["+14155550134"], { sequence: 1 }));
  const delta = buildDelta({ baseSequence: 1, sequence: 2, remove: ["+14155550134"] });
  const reentrant = new Proxy(["+14155550134"], {
    get(target, key) {
      if (key === "0") snap.applyDelta(delta);
      return Reflect.get(target, key);
    },
  });
  throwsAndSurvives(() => snap.checkMany(reentrant), /in use/);
  assert.equal(snap.sequence, 1);
  snap.applyDelta(delta);
  assert.equal(snap.has("+14155550134"), false);
});

test("a Node Buffer is a Uint8Array", () => {
  const bytes = buildSnapshot(["+14155550134"]);
  const buffer = Buffer.from(bytes);
  assert.equal(Snapshot.fromBytes(buffer).has("+14155550134"), true);
});

// JS and native Rust agree: the wasm build and the native CLI give the same E.164 (or both
// refuse). scripts/test-pkg.sh builds the native CLI first.
const root = fileURLToPath(new URL("../../", import.meta.url));
const targetDir = process.env.CARGO_TARGET_DIR ?? root + "target";
const cli = ["/debug/stopgate", "/release/stopgate"].map((p) => targetDir + p).find(existsSync);
const NORMALIZE_CASES = [
  ["(415) 555-0134", "US"], ["415.555.0134", "US"], ["+1 415 555 0134", "US"], ["1-415-555-0134", "US"],
  ["4155550134", "US"], ["+14155550134", "GB"], ["020 7946 0018", "GB"], ["+44 (0) 20 7946 0018", "GB"],
  ["07700 900123", "GB"], ["030 123456", "DE"], ["+49 30 123456", "US"], ["55 1234 5678", "MX"],
  ["0612345678", "FR"], ["+33 6 12 34 56 78", "FR"], ["０４１５５５５０１３４", "US"], ["+1 (415) 555-0134 ext. 7", "US"],
  ["hello", "US"], ["", "US"], ["+", "US"], ["123", "US"], ["+999 123", "US"], ["415-555-013", "US"],
];
test("normalize agrees with the native CLI", { skip: cli ? false : "native CLI not built (scripts/test-pkg.sh builds it)" }, () => {
  const regions = [...new Set(NORMALIZE_CASES.map(([, region]) => region))];
  let compared = 0;
  for (const region of regions) {
    const inputs = NORMALIZE_CASES.filter(([, r]) => r === region).map(([text]) => text);
    // `stopgate normalize --region R -- NUMBER...` prints one JSON line per number:
    // { input, e164 } or { input, error }.
    const run = spawnSync(cli, ["normalize", "--region", region, "--", ...inputs], { encoding: "utf8" });
    assert.equal(run.status, 0, run.stderr);
    const native = run.stdout.trim().split("\n").map((line) => JSON.parse(line));
    assert.equal(native.length, inputs.length, run.stdout);
    inputs.forEach((text, i) => {
      assert.equal(native[i].input, text);
      let wasm;
      try {
        wasm = normalize(text, region);
      } catch {
        wasm = null;
      }
      assert.equal(wasm, native[i].e164 ?? null, `${JSON.stringify(text)} in ${region}`);
      compared++;
    });
  }
  assert.equal(compared, NORMALIZE_CASES.length);
});
