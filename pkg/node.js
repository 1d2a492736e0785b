// Node (and Bun), `import`: read the module next to this file and instantiate it synchronously.
import { readFileSync } from "node:fs";
import { initSync } from "./api.js";

initSync(readFileSync(new URL("./stopgate_bg.wasm", import.meta.url)));

export * from "./api.js";
