// Node (and Bun): read the module next to this file and instantiate it synchronously.
import { readFileSync } from "node:fs";
import { initSync } from "./stopgate.js";

initSync({ module: readFileSync(new URL("./stopgate_bg.wasm", import.meta.url)) });

export { Snapshot, buildDelta, buildSnapshot, classify, generateKeyPair, lint, measure, normalize, screen } from "./stopgate.js";
export { Overrides, consentEffect, covers, defaults, screenMany } from "./stopgate.js";
