// A CommonJS TypeScript file: `require` resolves the `require` condition's index.d.cts.
import stopgate = require("stopgate");

const bytes: ArrayBuffer = stopgate.buildSnapshot(["+14155550134"]).buffer;
export const has: boolean = stopgate.Snapshot.fromBytes(bytes).has("+14155550134");
