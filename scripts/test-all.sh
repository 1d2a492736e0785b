#!/usr/bin/env bash
# `make test`: every suite, on one shared build, independent suites two at a time.
#
#   1. one build: the workspace's tests and the origin binary (dev profile), and the npm
#      package (the wasm profile) — every suite below reuses them;
#   2. two lanes at once (the machine has 2 cores): the Rust suites and the origin on
#      PostgreSQL in one, the JavaScript suites (package, bundlers, edge end to end, soak,
#      compose form) in the other; each suite's output goes to target/test-logs/NAME.log;
#   3. every log in order, a table of suites with their time, and one closing line.
#
# The exit status is non-zero when any suite failed. TEST_SUITES="rust pkg" runs a subset.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

logs=target/test-logs
rm -rf "$logs"
mkdir -p "$logs"
start_all=$(date +%s)

say() { echo "test-all: $*" >&2; }

say "building once: cargo test --no-run (workspace), the origin binary, the npm package"
cargo test --workspace --no-run || exit 1
cargo build --bin stopgate || exit 1
bash scripts/build-pkg.sh || exit 1
target="${CARGO_TARGET_DIR:-target}"
case "$target" in /*) ;; *) target="$PWD/$target" ;; esac
export STOPGATE_BIN="$target/debug/stopgate"

wanted() { [ -z "${TEST_SUITES:-}" ] || [[ " $TEST_SUITES " == *" $1 "* ]]; }

# suite NAME COMMAND...: runs it (when wanted), logging to $logs/NAME.log, its status and
# seconds to $logs/NAME.rc and $logs/NAME.s.
suite() {
  local name=$1; shift
  wanted "$name" || return 0
  local t0; t0=$(date +%s)
  say "start $name"
  "$@" > "$logs/$name.log" 2>&1
  local rc=$?
  echo "$rc" > "$logs/$name.rc"
  echo $(( $(date +%s) - t0 )) > "$logs/$name.s"
  say "end $name (exit $rc, $(cat "$logs/$name.s") s)"
}

rust_lane() {
  suite rust cargo test --workspace
  # The classifier's figures, printed: the dev set and the corpus (train / held-out).
  suite classifier-figures cargo test -q --test classify_dev --test classify_corpus -- --nocapture
  suite postgres bash scripts/test-pg.sh
}

js_lane() {
  suite pkg bash scripts/test-pkg.sh
  suite bundlers bash scripts/test-bundlers.sh
  suite e2e bash scripts/test-e2e.sh
  suite soak bash scripts/soak-edge.sh
  suite www bash scripts/test-www.sh
}

rust_lane &
rust_pid=$!
js_lane &
js_pid=$!
wait "$rust_pid" "$js_pid"

order=(rust classifier-figures postgres pkg bundlers e2e soak www)
for name in "${order[@]}"; do
  [ -f "$logs/$name.rc" ] || continue
  echo
  echo "==================== $name (exit $(cat "$logs/$name.rc"), $(cat "$logs/$name.s") s) ===================="
  cat "$logs/$name.log"
done

passed=0
failed=0
echo
echo "==================== summary ===================="
for name in "${order[@]}"; do
  [ -f "$logs/$name.rc" ] || continue
  rc=$(cat "$logs/$name.rc")
  if [ "$rc" = 0 ]; then passed=$((passed + 1)); status=ok; else failed=$((failed + 1)); status=FAILED; fi
  printf '  %-20s %-7s %5s s\n' "$name" "$status" "$(cat "$logs/$name.s")"
done
echo "  (wall clock, build included: $(( $(date +%s) - start_all )) s)"
echo "suites: $passed passed, $failed failed"
[ "$failed" = 0 ]
