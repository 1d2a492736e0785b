#!/usr/bin/env bash
# The origin's figures (issue 12): inbound writes per second and the cost of
# serving a delta over 10k / 100k / 1M changes, SQLite and PostgreSQL side by
# side in the same run, each as a ratio to a baseline measured in that run.
# PostgreSQL is a throwaway cluster (scripts/with-pg.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
exec bash scripts/with-pg.sh cargo bench -p stopgate-cli --bench origin "$@"
