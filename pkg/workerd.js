// workerd (Cloudflare Workers): the runtime hands a `.wasm` import over as a compiled
// WebAssembly.Module (a `wasm` module in config.capnp; wrangler does this itself).
import wasm from "./stopgate_bg.wasm";
import { initSync } from "./api.js";

initSync(wasm);

export * from "./api.js";
