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
