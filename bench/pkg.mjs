// `make bench-pkg`: the npm package's figures, printed (never asserted), each against a
// baseline measured in the same run and the same Node process.
//
//   size      the gzip'd .wasm, and what takes its bytes (per crate, from the name section of
//             the module before wasm-opt; the shipped module has no names)
//   snapshot  1M numbers as a Snapshot vs a Set of E.164 strings: memory held, load time
//             (bytes → ready vs JSON.parse + new Set), per-lookup has()/check() vs Set.has,
//             and per number in batches: checkMany and checkPacked vs a has() loop
//   20M       V8 refuses a Set past 2^24 entries; a 20M-entry snapshot loads
//   classify  replies per second in wasm, against a whole-message keyword regex (what
//             carriers match today), which finds far fewer opt-outs
//
// Usage: node bench/pkg.mjs [size|snapshot|20m|classify ...]   (after `make pkg`)
import { readFileSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { gzipSync, brotliCompressSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import vm from "node:vm";

const root = fileURLToPath(new URL("../", import.meta.url));
// Import the package by path: the bench measures the build, not the resolution.
const { Snapshot, buildSnapshot, classify, generateKeyPair } = await import(root + "pkg/node.js");

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc");

const wanted = process.argv.slice(2);
const wants = (name) => wanted.length === 0 || wanted.includes(name);

const fmt = (n, digits = 1) => n.toLocaleString("en-US", { maximumFractionDigits: digits });
const kb = (bytes) => `${fmt(bytes / 1000)} kB`; // decimal: 1 kB = 1000 bytes
const mb = (bytes) => `${fmt(bytes / 1e6)} MB`;
const ms = (ns) => `${fmt(Number(ns) / 1e6, 2)} ms`;
const now = () => process.hrtime.bigint();

/** Median of `runs` timings of `fn`, in nanoseconds. */
function time(fn, runs = 5) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = now();
    fn();
    samples.push(Number(now() - start));
  }
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1];
}

function heapUsed() {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

// Distinct, valid NANP numbers.
const member = (i) => `+1${415 + Math.floor(i / 8_000_000)}${2_000_000 + (i % 8_000_000)}`;
const outsider = (i) => `+1646${2_000_000 + (i % 8_000_000)}`;

// ---------------------------------------------------------------------------------------
if (wants("size")) {
  const wasm = readFileSync(root + "pkg/stopgate_bg.wasm");
  const gz = gzipSync(wasm, { level: 9 }).length;
  console.log("## size");
  console.log(`stopgate_bg.wasm: ${kb(wasm.length)} raw, ${kb(gz)} gzip'd (target ≤ 200 kB gzip'd: ${fmt((gz / 200_000) * 100, 0)}% of it)`);
  console.log(`  (node's zlib; GNU gzip -9, as scripts/build-pkg.sh prints, packs a few kB tighter) brotli: ${kb(brotliCompressSync(wasm).length)}`);
  console.log(`stopgate.js (glue): ${kb(readFileSync(root + "pkg/stopgate.js").length)}`);
  const sections = wasmSections(wasm);
  console.log(`sections (shipped): ${sections.filter((s) => s.size >= 1024).map((s) => `${s.name} ${kb(s.size)} (${kb(s.gz)} gzip'd alone)`).join(", ")}`);
  const named = root + "target/pkg-bindgen/stopgate_bg.wasm";
  if (existsSync(named)) {
    const sizes = functionSizes(readFileSync(named));
    const total = [...sizes.values()].reduce((a, b) => a + b, 0);
    const byCrate = new Map();
    for (const [name, size] of sizes) {
      const crate = crateOf(name);
      byCrate.set(crate, (byCrate.get(crate) ?? 0) + size);
    }
    const top = [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 12);
    console.log(`code by crate (before wasm-opt, ${kb(total)} of function bodies):`);
    for (const [crate, size] of top) console.log(`  ${crate.padEnd(28)} ${kb(size).padStart(10)}  ${fmt((size / total) * 100, 0)}%`);
    const fns = [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 10);
    console.log("largest functions:");
    for (const [name, size] of fns) console.log(`  ${kb(size).padStart(10)}  ${name.slice(0, 100)}`);
  }
}

// ---------------------------------------------------------------------------------------
if (wants("snapshot")) {
  const N = 1_000_000;
  console.log(`\n## snapshot vs Set, ${fmt(N, 0)} numbers`);
  const numbers = Array.from({ length: N }, (_, i) => member(i));
  const keys = generateKeyPair();
  let start = now();
  const bytes = buildSnapshot(numbers, { sequence: 1, createdAt: Date.now(), signingKey: keys.secretKey });
  console.log(`buildSnapshot: ${ms(now() - start)} → ${mb(bytes.length)} (${fmt((bytes.length * 8) / N, 2)} bits per number)`);
  const json = JSON.stringify(numbers);

  // Memory held: the Set's heap (strings included) vs the snapshot's copy in wasm memory.
  const before = heapUsed();
  let set = new Set(JSON.parse(json));
  const setBytes = heapUsed() - before;
  const snapshot = Snapshot.fromBytes(bytes, { publicKey: keys.publicKey });
  const snapBytes = snapshot.info().bytes;
  console.log(`memory: Set ${mb(setBytes)} (V8 heap), Snapshot ${mb(snapBytes)} (wasm memory) → ${fmt(setBytes / snapBytes)}× less`);

  // Load: from what arrives over the network to ready for lookups.
  const loadSet = time(() => new Set(JSON.parse(json)), 5);
  const loadVerified = time(() => Snapshot.fromBytes(bytes, { publicKey: keys.publicKey }).free(), 5);
  const loadPlain = time(() => Snapshot.fromBytes(bytes).free(), 5);
  console.log(`load: JSON.parse + new Set ${ms(loadSet)}; Snapshot.fromBytes ${ms(loadPlain)} (${fmt(loadSet / loadPlain)}× faster), with signature check ${ms(loadVerified)} (${fmt(loadSet / loadVerified)}× faster)`);

  // Lookups: the same 1M queries, half members, in a shuffled order.
  const queries = Array.from({ length: N }, (_, i) => (i & 1 ? member((i * 7919) % N) : outsider(i)));
  let hits = 0;
  const perLookup = (fn) => time(() => {
    hits = 0;
    for (let i = 0; i < queries.length; i++) if (fn(queries[i])) hits++;
  }, 5) / queries.length;
  const setHas = perLookup((q) => set.has(q));
  const setHits = hits;
  const snapHas = perLookup((q) => snapshot.has(q));
  const snapHits = hits;
  const snapCheck = perLookup((q) => snapshot.check(q).suppressed);
  console.log(`lookup: Set.has ${fmt(setHas)} ns, has() ${fmt(snapHas)} ns (${fmt(setHas / snapHas, 2)}× Set.has's speed), check() ${fmt(snapCheck)} ns (${fmt(setHas / snapCheck, 2)}×); hits ${setHits} / ${snapHits}`);
  // Batches: the same queries in one call, per number, against a has() loop over them.
  const B = 100_000;
  const slice = queries.slice(0, B);
  const joined = slice.join("\n");
  const values = Float64Array.from(slice, (q) => Number(q.slice(1)));
  const hasLoop = time(() => { for (let i = 0; i < B; i++) snapshot.has(slice[i]); }, 5) / B;
  const batch = time(() => snapshot.checkMany(slice), 5) / B;
  const packedText = time(() => snapshot.checkPacked(joined), 5) / B;
  const packedArray = time(() => snapshot.checkPacked(values), 5) / B;
  const packedList = time(() => snapshot.checkPacked(slice), 5) / B;
  const verdicts = snapshot.checkPacked(joined);
  const agree = slice.every((q, i) => (verdicts[i] !== 0) === set.has(q));
  console.log(`batch (${fmt(B, 0)} per call, per number): has() loop ${fmt(hasLoop)} ns; checkMany ${fmt(batch)} ns (${fmt(hasLoop / batch, 2)}× the loop's speed, ${fmt(setHas / batch, 2)}× Set.has's)`);
  // Where a batch's time goes: numbers outside the list's range are parsed and validated,
  // then refused by the header's min/max before any lookup: that is the parsing floor.
  const beyond = Array.from({ length: B }, (_, i) => `+1917${2_000_000 + i}`).join("\n");
  const parseOnly = time(() => snapshot.checkPacked(beyond), 5) / B;
  console.log(`packed: newline-joined string ${fmt(packedText)} ns (${fmt(hasLoop / packedText, 2)}× the has() loop, ${fmt(setHas / packedText, 2)}× Set.has), Float64Array ${fmt(packedArray)} ns (${fmt(hasLoop / packedArray, 2)}×, ${fmt(setHas / packedArray, 2)}×), string[] ${fmt(packedList)} ns (${fmt(hasLoop / packedList, 2)}×); verdicts agree with the Set: ${agree}`);
  console.log(`  of which parsing + validating one number: ~${fmt(parseOnly)} ns (checkPacked of numbers outside the list's range); the rest is the core lookup (the core has no batched lookup yet) and, for checkMany, its result objects`);
  set = null;
  snapshot.free();
}

// ---------------------------------------------------------------------------------------
if (wants("20m")) {
  const N = 20_000_000;
  console.log(`\n## ${fmt(N, 0)} numbers`);
  const set = new Set();
  try {
    for (let i = 0; i < N; i++) set.add(i); // small integers: the cap is on entries, not bytes
    console.log(`Set: held ${fmt(set.size, 0)} entries`);
  } catch (e) {
    console.log(`Set: ${e.constructor.name} "${e.message}" after ${fmt(set.size, 0)} entries`);
  }
  set.clear();
  // Building 20M entries takes a while, so the file is kept in target/bench/ and rebuilt
  // when it is missing or no longer loads (the format changed).
  const cache = root + "target/bench/snapshot-20m.bin";
  let bytes = existsSync(cache) ? readFileSync(cache) : null;
  try {
    if (bytes) Snapshot.fromBytes(bytes).free();
  } catch {
    bytes = null;
  }
  if (!bytes) {
    const numbers = Array.from({ length: N }, (_, i) => member(i));
    const start = now();
    bytes = buildSnapshot(numbers, { sequence: 1, createdAt: Date.now() });
    console.log(`buildSnapshot: ${ms(now() - start)} (kept in target/bench/)`);
    mkdirSync(root + "target/bench", { recursive: true });
    writeFileSync(cache, bytes);
  }
  // The load is timed in a fresh process, so that it pays for growing wasm memory, as a
  // worker that receives the file does.
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", `
    import { readFileSync } from "node:fs";
    const { Snapshot } = await import(${JSON.stringify(root + "pkg/node.js")});
    const bytes = readFileSync(${JSON.stringify(cache)});
    const start = process.hrtime.bigint();
    const snapshot = Snapshot.fromBytes(bytes);
    const ns = Number(process.hrtime.bigint() - start);
    console.log(JSON.stringify({ ns, entries: snapshot.entries, bytes: bytes.length,
      member: snapshot.has(${JSON.stringify(member(N - 1))}), outsider: snapshot.has(${JSON.stringify(outsider(1))}) }));
  `], { encoding: "utf8" });
  if (child.status !== 0) throw new Error(child.stderr);
  const r = JSON.parse(child.stdout);
  console.log(`Snapshot (fresh process): ${fmt(r.entries, 0)} entries from ${mb(r.bytes)} in ${ms(r.ns)}; has(${member(N - 1)}) = ${r.member}, has(${outsider(1)}) = ${r.outsider}`);
}

// ---------------------------------------------------------------------------------------
if (wants("classify")) {
  console.log("\n## classify");
  const replies = [
    "STOP", "stop", "Stop please", "please stop texting me", "UNSUBSCRIBE", "remove me from your list",
    "ALTO", "no más mensajes", "STOP!!!", "stpo", "S T O P", "ＳＴＯＰ", "🛑", "take me off this list",
    "which stop do I get off at?", "Thanks, see you Tuesday", "What time do you open?", "YES",
    "START", "HELP", "Can you send me the receipt again?", "ok 👍", "Don't stop sending these, I love them",
    "stop marketing texts, keep order updates",
  ];
  const corpus = Array.from({ length: 100_000 }, (_, i) => replies[(i * 31) % replies.length]);
  const keyword = /^\s*(stop|stopall|unsubscribe|cancel|end|quit|optout|revoke)\s*$/i;
  let optOuts = 0;
  const regexNs = time(() => { optOuts = 0; for (const text of corpus) if (keyword.test(text)) optOuts++; }, 5);
  const regexOptOuts = optOuts;
  const wasmNs = time(() => { optOuts = 0; for (const text of corpus) if (classify(text).intent === "opt_out") optOuts++; }, 5);
  const perSecond = (ns) => fmt(corpus.length / (ns / 1e9), 0);
  console.log(`classify(): ${perSecond(wasmNs)} replies/s (${fmt(wasmNs / corpus.length)} ns each); keyword regex ${perSecond(regexNs)}/s (${fmt(wasmNs / regexNs)}× faster than classify)`);
  console.log(`opt-outs found in the corpus: classify ${optOuts}, keyword regex ${regexOptOuts} (of ${fmt(corpus.length, 0)} replies)`);
}

// ---------------------------------------------------------------------------------------
// A few lines of wasm binary reading, for the size report.

function leb(bytes, pos) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[pos++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, pos];
}

function* sectionsOf(bytes) {
  let pos = 8;
  while (pos < bytes.length) {
    const id = bytes[pos++];
    let size;
    [size, pos] = leb(bytes, pos);
    yield { id, start: pos, size };
    pos += size;
  }
}

function wasmSections(bytes) {
  const SECTION_NAMES = ["custom", "type", "import", "function", "table", "memory", "global", "export", "start", "element", "code", "data", "datacount"];
  const out = [];
  for (const { id, start, size } of sectionsOf(bytes)) {
    let name = SECTION_NAMES[id] ?? `#${id}`;
    if (id === 0) {
      const [len, p] = leb(bytes, start);
      name = `custom:${new TextDecoder().decode(bytes.subarray(p, p + len))}`;
    }
    out.push({ name, size, gz: gzipSync(bytes.subarray(start, start + size), { level: 9 }).length });
  }
  return out.sort((a, b) => b.size - a.size);
}

/** Function body sizes keyed by name (name section), for a module that still has one. */
function functionSizes(bytes) {
  let imported = 0;
  const bodies = [];
  const names = new Map();
  const decoder = new TextDecoder();
  for (const { id, start, size } of sectionsOf(bytes)) {
    if (id === 2) {
      let [count, p] = leb(bytes, start);
      for (let i = 0; i < count; i++) {
        let len;
        [len, p] = leb(bytes, p); p += len; // module
        [len, p] = leb(bytes, p); p += len; // field
        const kind = bytes[p++];
        if (kind === 0) { [, p] = leb(bytes, p); imported++; }
        else if (kind === 1) { p++; const [flags, q] = leb(bytes, p); p = q; [, p] = leb(bytes, p); if (flags & 1) [, p] = leb(bytes, p); }
        else if (kind === 2) { const [flags, q] = leb(bytes, p); p = q; [, p] = leb(bytes, p); if (flags & 1) [, p] = leb(bytes, p); }
        else if (kind === 3) { p += 2; }
        else if (kind === 4) { p++; [, p] = leb(bytes, p); }
      }
    } else if (id === 10) {
      let [count, p] = leb(bytes, start);
      for (let i = 0; i < count; i++) {
        const [len, q] = leb(bytes, p);
        bodies.push(len + (q - p));
        p = q + len;
      }
    } else if (id === 0) {
      const [len, p0] = leb(bytes, start);
      if (decoder.decode(bytes.subarray(p0, p0 + len)) !== "name") continue;
      let p = p0 + len;
      const end = start + size;
      while (p < end) {
        const sub = bytes[p++];
        let subSize;
        [subSize, p] = leb(bytes, p);
        if (sub === 1) {
          let [count, q] = leb(bytes, p);
          for (let i = 0; i < count; i++) {
            let index, nlen;
            [index, q] = leb(bytes, q);
            [nlen, q] = leb(bytes, q);
            names.set(index, decoder.decode(bytes.subarray(q, q + nlen)));
            q += nlen;
          }
        }
        p += subSize;
      }
    }
  }
  const sizes = new Map();
  bodies.forEach((size, i) => {
    const name = names.get(i + imported) ?? `func${i + imported}`;
    sizes.set(name, (sizes.get(name) ?? 0) + size);
  });
  return sizes;
}

/** The crate a (demangled) function name belongs to. */
function crateOf(name) {
  const trimmed = name.replace(/\[[0-9a-f]{16}\]/g, "").replace(/^[<&\s]+|^(dyn|impl|mut)\s+/g, "");
  const match = /^([A-Za-z_][A-Za-z0-9_]*)::/.exec(trimmed);
  return match ? match[1] : name.startsWith("func") ? "(unnamed)" : trimmed.split(/[<:( ]/)[0] || "(other)";
}
