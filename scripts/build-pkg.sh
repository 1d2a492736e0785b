#!/usr/bin/env bash
# `make pkg`: builds the npm package in pkg/ from a clean checkout.
#
# The hand-written files of pkg/ (package.json, the per-runtime entry files, index.d.ts,
# README.md) are committed; this script adds the build output next to them, which git ignores:
#   pkg/stopgate.js        wasm-bindgen's glue (ES module, `--target web`)
#   pkg/stopgate_bg.wasm   the module, optimised with wasm-opt -Oz
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

cargo build -p stopgate-js --lib --target wasm32-unknown-unknown --release
module="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/stopgate_js.wasm"

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
"$wasm_opt" "$out/stopgate_bg.wasm" -Oz \
  --enable-bulk-memory --enable-mutable-globals --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-reference-types --enable-multivalue \
  --strip-debug --strip-producers \
  -o pkg/stopgate_bg.wasm
cp "$out/stopgate.js" pkg/stopgate.js

raw=$(wc -c < "$out/stopgate_bg.wasm")
opt=$(wc -c < pkg/stopgate_bg.wasm)
gz=$(gzip -9 -c pkg/stopgate_bg.wasm | wc -c)
echo "build-pkg: pkg/stopgate_bg.wasm $opt bytes ($gz gzip'd; $raw before wasm-opt)"
