// What keeps the wasm inside its 200 kB gzip'd budget and is easy to undo by accident: one
// `{}` of an f64 anywhere in the binding or the core links Rust's float formatting
// (core::num::flt2dec, ~9 kB gzip'd). Error messages print numbers the way JavaScript does
// instead (show_number in js-api/src/convert.rs). The check reads the name section of the
// module before wasm-opt (target/pkg-bindgen/, written by `make pkg`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildSnapshot } from "stopgate";

const named = fileURLToPath(new URL("../../target/pkg-bindgen/stopgate_bg.wasm", import.meta.url));

test("the module links no float formatting", (t) => {
  if (!existsSync(named)) {
    t.skip("target/pkg-bindgen/stopgate_bg.wasm is absent (run `make pkg`)");
    return;
  }
  const names = readFileSync(named).toString("latin1");
  for (const symbol of ["flt2dec", "float_to_decimal", "<f64 as core", "<f32 as core"]) {
    assert.ok(!names.includes(symbol), `${symbol} is linked: something formats a float with Display/Debug`);
  }
});

test("a too-long list names its length as JavaScript prints it", () => {
  // A sparse array: its length is read, never its 30 million items.
  const entries = new Array(30_000_001);
  assert.throws(() => buildSnapshot(entries), {
    message: /^entries has 30000001 items; the limit is 30000000 /,
  });
});

test("the shipped module names no path of the machine that built it", () => {
  // Panic locations carry source paths; scripts/build-pkg.sh remaps the cargo home and the
  // checkout (--remap-path-prefix), so the published file is the same wherever it is built.
  const shipped = readFileSync(new URL("../../pkg/stopgate_bg.wasm", import.meta.url)).toString("latin1");
  const checkout = fileURLToPath(new URL("../..", import.meta.url)).replace(/\/$/, "");
  for (const prefix of [process.env.HOME, process.env.CARGO_HOME, checkout].filter((p) => p && p.length > 1)) {
    assert.ok(!shipped.includes(prefix + "/"), `pkg/stopgate_bg.wasm contains ${prefix}/`);
  }
});
