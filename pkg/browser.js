// Browsers (and bundlers: Vite and webpack copy the .wasm this URL names): fetch the module
// next to this file, compiling while it streams. Needs top-level await; where that is not
// available (iife bundles, older targets), use `stopgate/init` and call `init` yourself.
import { init } from "./api.js";

await init(new URL("./stopgate_bg.wasm", import.meta.url));

export * from "./api.js";
