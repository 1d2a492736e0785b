#!/usr/bin/env bash
# Edge load benchmark: workerd + origin on loopback, bounded autocannon runs.
# Prints figures, asserts nothing. Arguments go to bench/edge-load.mjs
# (--seed-count, --duration, --connections, --opted-out, --distinct).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules/workerd ] || npm ci --no-audit --no-fund
[ -f pkg/package.json ] && [ -n "$(ls pkg/*.wasm 2>/dev/null)" ] || bash scripts/build-pkg.sh
[ -n "${STOPGATE_BIN:-}" ] || cargo build --release --bin stopgate
exec node bench/edge-load.mjs "$@"
