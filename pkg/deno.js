// Deno: a source phase import hands the .wasm over as a compiled WebAssembly.Module, with no
// --allow-read needed (reading it via import.meta.url would ask for one).
import source wasm from "./stopgate_bg.wasm";
import { initSync } from "./stopgate.js";

initSync({ module: wasm });

export { Snapshot, buildDelta, buildSnapshot, classify, generateKeyPair, lint, measure, normalize, screen } from "./stopgate.js";
export { Overrides, consentEffect, covers, defaults, screenMany } from "./stopgate.js";
