// Rollup: the explicit-init entry, and the .wasm copied next to the bundle by the config.
import { init, classify, Snapshot, buildSnapshot, normalize } from "stopgate/init";
import { run, report } from "../app/check.js";

await init(new URL("./stopgate_bg.wasm", import.meta.url));
report(run({ classify, Snapshot, buildSnapshot, normalize }));
