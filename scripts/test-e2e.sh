#!/usr/bin/env bash
# End-to-end tests (`make test`): the edge worker in the real workerd binary against
# the real origin (`stopgate serve`), with the Node test runner. Every server is
# started by tests/e2e/harness.mjs on free loopback ports and stopped again.
#
#   scripts/test-e2e.sh                      # all of tests/e2e
#   scripts/test-e2e.sh tests/e2e/api.test.mjs
set -euo pipefail
cd "$(dirname "$0")/.."

[ -d node_modules/workerd ] || npm ci --no-audit --no-fund
# The worker embeds the package's workerd entry; build it when it is missing.
[ -f pkg/package.json ] && [ -n "$(ls pkg/*.wasm 2>/dev/null)" ] || bash scripts/build-pkg.sh
# The real origin for the harness (STOPGATE_BIN overrides).
source scripts/lib.sh
use_dev_origin

files=("$@")
[ ${#files[@]} -gt 0 ] || files=(tests/e2e/*.test.mjs)
# One file at a time: each starts its own origin + workerd, and the machine is shared.
exec node --test --test-concurrency=1 --test-timeout=180000 "${files[@]}"
