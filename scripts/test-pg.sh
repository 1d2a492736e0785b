#!/usr/bin/env bash
# The origin's PostgreSQL suite (cli/tests/pg.rs: two origin processes over one
# database) against a throwaway PostgreSQL cluster (scripts/with-pg.sh), which
# is installed first on a machine without it.
# Usage: scripts/test-pg.sh [extra cargo test arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
exec bash scripts/with-pg.sh cargo test -p stopgate-cli --test pg "$@" -- --test-threads 2
