#!/usr/bin/env bash
# Installs what the build and the tests need on a fresh machine. Idempotent: each step is
# skipped when what it installs is already there, so every make target can run it first.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

say() { echo "setup: $*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# The wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen-cli, exactly the version of the wasm-bindgen crate in Cargo.lock: the glue it
# writes and the crate's custom section must come from the same version.
want=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  say "installing wasm-bindgen-cli $want (found ${have:-none})"
  # Not --locked first: the cli's lockfile for 0.2.130 pins a transitive crate version the
  # registry no longer serves. Should a fresh resolution ever fail to build, the lockfile is
  # the fallback.
  cargo install wasm-bindgen-cli --version "=$want" \
    || cargo install wasm-bindgen-cli --version "=$want" --locked
fi

# The npm dev tools: workerd, deno, binaryen (wasm-opt), playwright-core, autocannon, and the
# bundlers, test runners, tsc and wrangler of the package tests.
missing=0
for tool in workerd deno wasm-opt; do [ -x "node_modules/.bin/$tool" ] || missing=1; done
# The toolchains scripts/test-bundlers.sh builds with (and wrangler for the edge targets).
for tool in vite webpack rollup esbuild bun jest vitest tsc wrangler; do [ -x "node_modules/.bin/$tool" ] || missing=1; done
[ -d node_modules/playwright-core ] || missing=1
[ -d node_modules/autocannon ] || missing=1
if [ "$missing" = 1 ]; then
  say "installing the npm dev tools (npm ci)"
  npm ci --no-audit --no-fund
fi

# Chromium for the browser tests (Debian's package; playwright-core drives it).
if [ ! -x /usr/bin/chromium ]; then
  say "installing chromium"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium
fi
