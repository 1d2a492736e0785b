#!/usr/bin/env bash
# Edge benchmarks: workerd + origin on loopback. Prints figures, asserts nothing.
#   scripts/bench-edge.sh [args]        the edge's own cost: stopgate worker vs a bare
#                                       pass-through in the same workerd (bench/edge-load.mjs:
#                                       --seed-count, --duration, --connections, --rounds, ...)
#   scripts/bench-edge.sh --fleet [...] fleet propagation: an opt-out heard at one edge, blocked
#                                       at another (bench/fleet-propagation.mjs: --trials, --refresh)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules/workerd ] || npm ci --no-audit --no-fund
[ -f pkg/package.json ] && [ -n "$(ls pkg/*.wasm 2>/dev/null)" ] || bash scripts/build-pkg.sh
[ -n "${STOPGATE_BIN:-}" ] || cargo build --release --bin stopgate
if [ "${1:-}" = "--fleet" ]; then
  shift
  exec node bench/fleet-propagation.mjs "$@"
fi
exec node bench/edge-load.mjs "$@"
