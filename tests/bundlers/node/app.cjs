// Node, CommonJS: `require` resolves the `node` → `require` entry (node.cjs), instantiated
// synchronously from the file next to it: no top-level await, any Node 20.
const { readFileSync } = require("node:fs");
const stopgate = require("stopgate");
const { check } = require("../app/runtime.cjs");

console.log(JSON.stringify(check(stopgate, readFileSync(process.argv[2]))));
