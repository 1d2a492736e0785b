# Sourced by the test scripts.

# STOPGATE_BIN: the origin binary the harness runs. Default: the dev-profile build, which
# `cargo test` (make rust-test) has made already; the tests' data sets are small.
use_dev_origin() {
  if [ -z "${STOPGATE_BIN:-}" ]; then
    cargo build --bin stopgate
    local target="${CARGO_TARGET_DIR:-target}"
    case "$target" in /*) ;; *) target="$PWD/$target" ;; esac
    export STOPGATE_BIN="$target/debug/stopgate"
  fi
}
