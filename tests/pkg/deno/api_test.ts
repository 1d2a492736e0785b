// The package under Deno: "stopgate" resolves through package.json's `deno` condition
// (deno.js) from ../node_modules, and Deno type-checks this file against index.d.ts.
import * as stopgate from "stopgate";
import type { Classification, Screening, Snapshot } from "stopgate";
import { checks } from "../shared/checks.mjs";

for (const [name, run] of checks) {
  Deno.test(name, () => run(stopgate));
}

Deno.test("types: results are typed as the contract says", () => {
  const c: Classification = stopgate.classify("STOP");
  const keys = stopgate.generateKeyPair();
  const snap: Snapshot = stopgate.Snapshot.fromBytes(
    stopgate.buildSnapshot(["+14155550134"], { signingKey: keys.secretKey, createdAt: Date.now() }),
    { publicKey: keys.publicKey },
  );
  const s: Screening = stopgate.screen({ to: "+14155550134", body: "hi" }, snap);
  if (c.intent !== "opt_out" || s.decision !== "block" || s.snapshotSequence !== 0) {
    throw new Error(`unexpected ${JSON.stringify({ c, s })}`);
  }
  snap.free();
});

Deno.test("'stopgate' resolves to the deno entry of the installed package", () => {
  const resolved = import.meta.resolve("stopgate");
  if (!/\/node_modules\/stopgate\/deno\.js$/.test(resolved)) throw new Error(`resolved to ${resolved}`);
});
