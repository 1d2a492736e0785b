// Browsers (and bundlers): fetch the module next to this file, compiling while it streams.
import init from "./stopgate.js";

await init({ module_or_path: new URL("./stopgate_bg.wasm", import.meta.url) });

export { Snapshot, buildDelta, buildSnapshot, classify, generateKeyPair, lint, measure, normalize, screen } from "./stopgate.js";
export { Overrides, consentEffect, covers, defaults, screenMany } from "./stopgate.js";
