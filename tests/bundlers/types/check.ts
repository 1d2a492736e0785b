// The declarations under `tsc --strict` (no skipLibCheck): what issue 13 found broken.
import { Snapshot, buildSnapshot, buildDelta, classify, normalize, Verdict } from "stopgate";
import type { Bytes, ErrorCode, StopgateError, CheckManyResult } from "stopgate";
import { init, initSync } from "stopgate/init";

const bytes = buildSnapshot(["+14155550134", { phone: "+14155550135", scope: "marketing" }]);
// TypeScript ≥ 5.7: Uint8Array<ArrayBuffer>, which Response and Blob take.
const response: Response = new Response(buildSnapshot(["+14155550134"]));
const blob: Blob = new Blob([bytes, buildDelta({ baseSequence: 1, sequence: 2 })]);
const buffer: ArrayBuffer = bytes.buffer;
const same: Bytes = bytes;

const snapshot = Snapshot.fromBytes(bytes, { region: "US" });
const fromBuffer = Snapshot.fromBytes(buffer);
const suppressed: boolean = snapshot.has("(415) 555-0134") && fromBuffer.check("+14155550134").suppressed;
const many: CheckManyResult[] = snapshot.checkMany(["+14155550134"] as const);
const verdicts: Uint8Array = snapshot.checkPacked(new Float64Array([14155550134]));
const isAll: boolean = verdicts[0] === Verdict.SUPPRESSED;
snapshot[Symbol.dispose]();

try {
  normalize("not a number");
} catch (e) {
  const code: ErrorCode = (e as StopgateError).code;
  if (code === "ERR_INVALID_NUMBER" || code === "ERR_SIGNATURE" || code === "ERR_FREED") {
    console.log(code);
  }
}
// @ts-expect-error: not one of the codes
const wrong: ErrorCode = "ERR_SOMETHING";

const ready: Promise<void> = init(new URL("https://example.com/stopgate_bg.wasm"));
initSync(new Uint8Array(8));
const intent: "opt_out" | "opt_in" | "help" | "none" = classify("STOP").intent;

export { response, blob, same, suppressed, many, isAll, wrong, ready, intent };
