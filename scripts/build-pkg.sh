#!/usr/bin/env bash
# `make pkg`: builds the npm package in pkg/ from a clean checkout.
#
# The hand-written files of pkg/ (package.json, the per-runtime entry files, index.d.ts,
# README.md) are committed; this script adds the build output next to them, which git ignores:
#   pkg/stopgate.js        wasm-bindgen's glue (ES module, `--target web`)
#   pkg/stopgate_bg.wasm   the module, optimised with wasm-opt -Oz
#   pkg/node.cjs, init.cjs the CommonJS entries (esbuild bundles of the glue and api.js)
#   pkg/index.d.cts        index.d.ts again, for TypeScript's view of the CommonJS entries
# The unoptimised module, with its name section, stays in target/pkg-bindgen/ for the size
# report of bench/pkg.mjs.
set -euo pipefail
cd "$(dirname "$0")/.."

crate_version() { # the version Cargo.lock pins for crate $1
  awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}
want=$(crate_version wasm-bindgen)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  echo "build-pkg: wasm-bindgen-cli $want is needed (found ${have:-none}); run scripts/setup.sh" >&2
  exit 1
fi
wasm_opt=node_modules/.bin/wasm-opt
[ -x "$wasm_opt" ] || { echo "build-pkg: $wasm_opt missing; run scripts/setup.sh" >&2; exit 1; }

# Panic locations name source files: map the registry and the checkout to neutral prefixes so
# the published module carries no path of the machine that built it.
remap="--remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}=/cargo --remap-path-prefix=$PWD=."
RUSTFLAGS="${RUSTFLAGS:+$RUSTFLAGS }$remap" \
  cargo build -p stopgate-js --lib --target wasm32-unknown-unknown --profile wasm
module="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/wasm/stopgate_js.wasm"

out=target/pkg-bindgen
rm -rf "$out"
mkdir -p "$out"
# --target web: a plain ES module exporting `initSync` and an async `init`, which each
# per-runtime entry file calls its own way. The default module path (an
# `import.meta.url` lookup) is left out: every entry names the .wasm itself.
# --no-typescript: pkg/index.d.ts is the hand-written contract.
wasm-bindgen "$module" \
  --target web --no-typescript --omit-default-module-path \
  --out-dir "$out" --out-name stopgate

# The features rustc enables by default for wasm32-unknown-unknown, which the module uses
# (reference types for wasm-bindgen's externref table, bulk memory, ...), and no others.
# --low-memory-unused lets wasm-opt fold `pointer + constant` into the load's or store's
# offset (-0.9 kB gzip'd): it assumes no access below address 1024, which holds for rustc's
# layout (the 1 MiB stack sits below the data and grows down toward 0; only the last 1 kB
# of a stack about to overflow is there).
# -ocimfs=25 (--one-caller-inline-max-function-size): a function with one caller is inlined
# into it only when it is small (at most 25 instructions; -Oz alone inlines every one):
# -4.6 kB gzip'd (199.0 to 194.4 kB; the inlined copies of big functions packed worst);
# classify() and has(), timed in turns in one Node process: as fast, within the noise. 15 and 30
# come within 0.2 kB of it, 0 is 1.1 kB larger. Round 17, on its module: 25 is 64 bytes smaller
# than 20 (16 +27, 22 -25, 24 -51, 26 +16, 28 0, 30 +317: a jagged curve, so measure again
# when the code moves).
# --converge runs the passes again until the module stops shrinking: -0.4 kB gzip'd (round 11).
# No custom section is kept: debug info, producers and target_features (which only tools
# read; every runtime ignores it) are stripped.
"$wasm_opt" "$out/stopgate_bg.wasm" -Oz -ocimfs=25 --converge \
  --enable-bulk-memory --enable-mutable-globals --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-reference-types --enable-multivalue \
  --strip-debug --strip-producers --strip-target-features \
  --low-memory-unused \
  -o pkg/stopgate_bg.wasm
cp "$out/stopgate.js" pkg/stopgate.js

# CommonJS, for `require("stopgate")` on Node 20 (before 20.19 it cannot require an ES module)
# and Jest: esbuild bundles the glue and pkg/api.js into one file per entry. No top-level
# await; node.cjs instantiates from the file next to it, init.cjs leaves it to the caller.
esbuild=node_modules/.bin/esbuild
[ -x "$esbuild" ] || { echo "build-pkg: $esbuild missing; run scripts/setup.sh" >&2; exit 1; }
cjs() { # cjs OUT SOURCE: SOURCE (an ES module importing ./api.js) bundled as pkg/OUT
  (cd pkg && printf '%s\n' "$2" | "../$esbuild" --bundle --format=cjs --platform=node \
    --target=node20 --log-level=warning --sourcefile="entry-$1.js" --outfile="$1")
}
cjs node.cjs 'import { readFileSync } from "node:fs";
import { join } from "node:path";
import { initSync } from "./api.js";
initSync(readFileSync(join(__dirname, "stopgate_bg.wasm")));
export * from "./api.js";'
cjs init.cjs 'export * from "./api.js";'
# The same declarations, for TypeScript's view of the require() entries.
cp pkg/index.d.ts pkg/index.d.cts

raw=$(wc -c < "$out/stopgate_bg.wasm")
opt=$(wc -c < pkg/stopgate_bg.wasm)
gz=$(gzip -9 -c pkg/stopgate_bg.wasm | wc -c)
echo "build-pkg: pkg/stopgate_bg.wasm $opt bytes ($gz gzip'd; $raw before wasm-opt)"
