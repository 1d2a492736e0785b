// esbuild: `--loader:.wasm=file` turns the .wasm import into a URL; an iife bundle, so no
// top-level await: `init(...).then(...)`.
import { init, classify, Snapshot, buildSnapshot, normalize } from "stopgate/init";
import wasmUrl from "stopgate/stopgate_bg.wasm";
import { run, report } from "../app/check.js";

report(init(wasmUrl).then(() => run({ classify, Snapshot, buildSnapshot, normalize })));
