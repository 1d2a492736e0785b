// workerd (Cloudflare Workers): the runtime hands a `.wasm` import over as a compiled
// WebAssembly.Module (a `wasm` module in config.capnp; wrangler does this itself).
import wasm from "./stopgate_bg.wasm";
import { initSync } from "./stopgate.js";

initSync({ module: wasm });

export { Snapshot, buildDelta, buildSnapshot, classify, generateKeyPair, lint, measure, normalize, screen } from "./stopgate.js";
export { Overrides, consentEffect, covers, defaults, screenMany } from "./stopgate.js";
