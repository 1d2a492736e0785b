// Bun, CommonJS: `require` resolves node.cjs, as under Node.
const { readFileSync } = require("node:fs");
const stopgate = require("stopgate");
const { check } = require("../app/runtime.cjs");

console.log(JSON.stringify(check(stopgate, readFileSync(process.argv[2]))));
