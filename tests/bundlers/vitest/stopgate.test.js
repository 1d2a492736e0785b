// Vitest: `import` resolves the `node` entry, as in Node. No configuration.
import { readFileSync } from "node:fs";
import { test, expect } from "vitest";
import * as stopgate from "stopgate";
import runtime from "../app/runtime.cjs";

test("stopgate under Vitest", () => {
  const result = runtime.check(stopgate, readFileSync(process.env.STOPGATE_SNAPSHOT));
  expect(result).toEqual(JSON.parse(process.env.STOPGATE_EXPECTED));
});
