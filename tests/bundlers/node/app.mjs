// Node, ES module: `import` resolves the package's `node` entry, instantiated on import.
import { readFileSync } from "node:fs";
import * as stopgate from "stopgate";
import runtime from "../app/runtime.cjs";

console.log(JSON.stringify(runtime.check(stopgate, readFileSync(process.argv[2]))));
