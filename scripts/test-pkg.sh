#!/usr/bin/env bash
# Tests the built npm package (pkg/) the way users get it: `npm pack` makes the tarball the
# registry would serve (so the `files` list is tested too), which is unpacked into
# tests/pkg/node_modules/stopgate. Every test then imports "stopgate" by name and each runtime
# resolves it through package.json's own `exports` condition:
#   node --test tests/pkg/              the API, errors, limits (node), plus the tests that
#                                       drive workerd and Chromium (real runtimes, 127.0.0.1)
#   deno test tests/pkg/deno/           the API under Deno (deno condition) and its types
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

[ -f pkg/stopgate_bg.wasm ] && [ -f pkg/stopgate.js ] || bash scripts/build-pkg.sh

work=target/pkg-test
rm -rf "$work" tests/pkg/node_modules/stopgate
mkdir -p "$work" tests/pkg/node_modules/stopgate
tarball=$(cd pkg && npm pack --silent --pack-destination "../$work")
tar -xzf "$work/$tarball" -C tests/pkg/node_modules/stopgate --strip-components=1
echo "test-pkg: installed $tarball into tests/pkg/node_modules/stopgate"

# The native CLI, for the test that checks wasm and native Rust normalise alike (a no-op when
# `make rust-test` has built it already).
cargo build --quiet --bin stopgate

status=0
node --test --test-reporter=spec tests/pkg/ || status=1
( cd tests/pkg/deno && ../../../node_modules/.bin/deno test --quiet --allow-read=. --no-prompt ) || status=1
exit $status
