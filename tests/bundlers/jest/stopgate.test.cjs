// Jest (CommonJS, its default): require("stopgate") resolves node.cjs through the `node` and
// `require` conditions Jest's node environment uses.
const { readFileSync } = require("node:fs");
const stopgate = require("stopgate");
const { check } = require("../app/runtime.cjs");

test("stopgate under Jest", () => {
  const result = check(stopgate, readFileSync(process.env.STOPGATE_SNAPSHOT));
  expect(result).toEqual(JSON.parse(process.env.STOPGATE_EXPECTED));
});
