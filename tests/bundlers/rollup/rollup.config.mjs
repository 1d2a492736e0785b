// The README's Rollup recipe: resolve the package's `browser` conditions and copy the .wasm
// into the output (Rollup does not follow `new URL(..., import.meta.url)` by itself).
import { nodeResolve } from "@rollup/plugin-node-resolve";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const wasm = createRequire(import.meta.url).resolve("stopgate/stopgate_bg.wasm");

export default {
  input: "main.js",
  output: { dir: "dist", format: "es" },
  plugins: [
    nodeResolve({ browser: true }),
    {
      name: "stopgate-wasm",
      generateBundle() {
        this.emitFile({ type: "asset", fileName: "stopgate_bg.wasm", source: readFileSync(wasm) });
      },
    },
  ],
};
