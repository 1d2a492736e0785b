// Deno (2.6 or newer): a source phase import hands the .wasm over as a compiled
// WebAssembly.Module, with no --allow-read needed (reading it via import.meta.url would ask for one).
import source wasm from "./stopgate_bg.wasm";
import { initSync } from "./api.js";

initSync(wasm);

export * from "./api.js";
