// Vite: no configuration. `vite build` follows the package's `browser` entry, which names the
// .wasm with `new URL(..., import.meta.url)`: Vite copies it and rewrites the URL.
import { classify, Snapshot, buildSnapshot, normalize } from "stopgate";
import { run, report } from "../app/check.js";

report(run({ classify, Snapshot, buildSnapshot, normalize }));
