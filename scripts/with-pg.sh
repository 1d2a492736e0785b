#!/usr/bin/env bash
# Runs a command beside a real, throwaway PostgreSQL: a cluster made with
# initdb in a temporary folder, listening on a free loopback port (and a
# socket in that folder), stopped and removed after. The command gets
# STOPGATE_TEST_PG, a URL of a database from which it may create others.
# scripts/test-pg.sh and scripts/bench-origin.sh use it.
#
# Installs Debian's postgresql package when it is missing (as root). initdb
# refuses to run as root, so as root the cluster runs as the `postgres` user
# (the package creates it; created here when absent).
#
# Usage: scripts/with-pg.sh COMMAND [ARGS...]
set -euo pipefail
cd "$(dirname "$0")/.."

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
PGBIN="$(find_bin)"
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "with-pg: PostgreSQL is not installed (apt-get install postgresql, as root)" >&2
    exit 1
  fi
  echo "with-pg: installing postgresql" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  PGBIN="$(find_bin)"
fi

TMP="$(mktemp -d "${TMPDIR:-/tmp}/stopgate-pg.XXXXXX")"
AS=()
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
  chown postgres "$TMP"
  AS=(runuser -u postgres --)
fi
chmod 700 "$TMP"

PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

stop() {
  "${AS[@]}" "$PGBIN/pg_ctl" -D "$TMP/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$TMP"
}
trap stop EXIT

"${AS[@]}" "$PGBIN/initdb" -D "$TMP/data" -U stopgate --auth=trust -E UTF8 --no-locale >"$TMP/initdb.log" 2>&1 \
  || { cat "$TMP/initdb.log" >&2; exit 1; }
"${AS[@]}" "$PGBIN/pg_ctl" -D "$TMP/data" -l "$TMP/server.log" -w -t 60 \
  -o "-k $TMP -p $PORT -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null \
  || { cat "$TMP/server.log" >&2; exit 1; }
echo "with-pg: PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT" >&2

export STOPGATE_TEST_PG="postgres://stopgate@127.0.0.1:$PORT/postgres"
"$@"
