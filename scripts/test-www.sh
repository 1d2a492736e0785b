#!/usr/bin/env bash
# Tests of the compose form (www/): unit tests of its helpers, then Playwright in Chromium
# against the real stack (origin + edge in workerd, started by tests/e2e/harness.mjs).
# Screenshots land in tests/artifacts/ (compose.png, compose-phone.png).
set -euo pipefail
cd "$(dirname "$0")/.."

[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund
[ -f pkg/package.json ] && [ -n "$(ls pkg/*.wasm 2>/dev/null)" ] || bash scripts/build-pkg.sh
# The real origin for the harness (STOPGATE_BIN overrides).
source scripts/lib.sh
use_dev_origin
if [ ! -x /usr/bin/chromium ]; then
  echo "test-www: /usr/bin/chromium is missing (scripts/setup.sh installs Debian's chromium)" >&2
  exit 1
fi

mkdir -p tests/artifacts
# One file at a time: the browser tests start the stack once and share it.
node --test --test-concurrency=1 --test-timeout=300000 tests/www/
