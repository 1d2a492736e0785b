// Bun, ES module: Bun resolves the package's `node` entry (it reads the .wasm with node:fs).
import { readFileSync } from "node:fs";
import * as stopgate from "stopgate";
import runtime from "../app/runtime.cjs";

console.log(JSON.stringify(runtime.check(stopgate, readFileSync(process.argv[2]))));
