#!/usr/bin/env bash
# A bounded soak of the edge (SOAK_SECONDS, default 40; about 60 s in all): mixed sends,
# signed STOPs and origin restarts on loopback; fails if an acknowledged opt-out is lost or
# an opted-out send reached the origin. tests/e2e/soak.mjs says what it counts.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules/workerd ] || npm ci --no-audit --no-fund
[ -f pkg/package.json ] && [ -n "$(ls pkg/*.wasm 2>/dev/null)" ] || bash scripts/build-pkg.sh
source scripts/lib.sh
use_dev_origin
exec node tests/e2e/soak.mjs "$@"
