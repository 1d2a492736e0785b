// webpack 5: webpack.config.js only names the entry; webpack follows the package's `browser` entry, which names the
// .wasm with `new URL(..., import.meta.url)`: webpack emits it as an asset.
import { classify, Snapshot, buildSnapshot, normalize } from "stopgate";
import { run, report } from "../app/check.js";

report(run({ classify, Snapshot, buildSnapshot, normalize }));
