#!/usr/bin/env bash
# Installs what the build and the tests need on a fresh machine. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
[ -d node_modules/workerd ] || npm ci --no-audit --no-fund
