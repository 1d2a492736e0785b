#!/usr/bin/env bash
# `make demo` (after `make pkg`): the origin publisher and the edge worker in the real
# workerd, on loopback, until Ctrl-C. Ports: STOPGATE_EDGE_PORT (8787) and
# STOPGATE_ORIGIN_PORT (8788). Origin data lives in .demo/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."

EDGE_PORT="${STOPGATE_EDGE_PORT:-8787}"
ORIGIN_PORT="${STOPGATE_ORIGIN_PORT:-8788}"
DATA=.demo
export STOPGATE_REFRESH_SECONDS="${STOPGATE_REFRESH_SECONDS:-15}"
export STOPGATE_BRAND="${STOPGATE_BRAND:-Stopgate Demo}"

[ -d node_modules/workerd ] || npm ci --no-audit --no-fund
[ -f pkg/package.json ] || { echo "demo: pkg/ is not built; run \`make pkg\` first" >&2; exit 1; }
BIN="${STOPGATE_BIN:-${CARGO_TARGET_DIR:-target}/release/stopgate}"
[ -n "${STOPGATE_BIN:-}" ] || cargo build --release --bin stopgate
mkdir -p "$DATA"

pids=()
cleanup() {
  trap - EXIT INT TERM
  if [ ${#pids[@]} -gt 0 ]; then
    echo
    echo "demo: stopping (pids ${pids[*]})"
    kill "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in "$EDGE_PORT" "$ORIGIN_PORT"; do
  port_free "$p" || { echo "demo: port $p on 127.0.0.1 is in use (set STOPGATE_EDGE_PORT / STOPGATE_ORIGIN_PORT)" >&2; exit 1; }
done

# Origin: its first stdout line is {"listening": ..., "publicKey": ...}.
: > "$DATA/origin.out"
"$BIN" serve --listen "127.0.0.1:$ORIGIN_PORT" --data "$DATA/origin" \
  --seed-count "${STOPGATE_SEED_COUNT:-100000}" --snapshot-interval "${STOPGATE_SNAPSHOT_INTERVAL:-60}" \
  > "$DATA/origin.out" 2> "$DATA/origin.log" &
pids+=($!)
ORIGIN_PID=$!
for _ in $(seq 1 600); do
  grep -q '"publicKey"' "$DATA/origin.out" 2>/dev/null && break
  kill -0 "$ORIGIN_PID" 2>/dev/null || { echo "demo: the origin exited:" >&2; tail -20 "$DATA/origin.log" >&2; exit 1; }
  sleep 0.1
done
PUBLIC_KEY="$(node -e '
  const line = require("fs").readFileSync(process.argv[1], "utf8").split("\n").find((l) => l.includes("publicKey"));
  process.stdout.write(JSON.parse(line).publicKey);' "$DATA/origin.out")"
[ -n "$PUBLIC_KEY" ] || { echo "demo: the origin did not print its public key" >&2; exit 1; }

# workerd refuses a missing directory: serve an empty one until the compose form is there.
WWW="$PWD/www"
[ -d "$WWW" ] || { WWW="$PWD/$DATA/www-empty"; mkdir -p "$WWW"; }

# Edge: the worker in workerd, configured through the environment (edge/workerd.capnp).
STOPGATE_PUBLIC_KEY="$PUBLIC_KEY" node_modules/.bin/workerd serve edge/workerd.capnp \
  --socket-addr "http=127.0.0.1:$EDGE_PORT" --external-addr "origin=127.0.0.1:$ORIGIN_PORT" \
  --directory-path "www=$WWW" --directory-path "pkg=$PWD/pkg" \
  2> >(tee "$DATA/edge.log" >&2) &
pids+=($!)
EDGE_PID=$!
EDGE="http://127.0.0.1:$EDGE_PORT"
for _ in $(seq 1 300); do
  curl -sf "$EDGE/v1/status" -o /dev/null && break
  kill -0 "$EDGE_PID" 2>/dev/null || { echo "demo: workerd exited" >&2; exit 1; }
  sleep 0.1
done

cat <<EOF

  stopgate demo
    compose form   $EDGE/
    edge status    $EDGE/v1/status
    origin         http://127.0.0.1:$ORIGIN_PORT   (public key $PUBLIC_KEY)
    logs           $DATA/origin.log, $DATA/edge.log

  Try it:

  # a marketing send, screened at the edge and forwarded to the origin (202)
  curl -si $EDGE/v1/messages -H 'content-type: application/json' \\
    -d '{"to":"+14155550123","body":"Flash sale: 20% off today. Reply STOP to opt out.","category":"marketing"}'

  # the recipient replies STOP (a Twilio-style webhook); the edge answers with TwiML
  curl -s $EDGE/v1/inbound --data-urlencode From=+14155550123 --data-urlencode To=+15005550006 \\
    --data-urlencode 'Body=please stop texting me' --data-urlencode MessageSid=SMdemo\$RANDOM

  # the same send is now blocked at the edge (403), the origin never sees it
  curl -si $EDGE/v1/messages -H 'content-type: application/json' \\
    -d '{"to":"+14155550123","body":"Flash sale: 20% off today. Reply STOP to opt out.","category":"marketing"}'

  # batch screening: the origin's demo list has +14155550100 (all messages) and
  # +14155550101 (marketing only) opted out; transactional still reaches the second
  curl -s $EDGE/v1/screen -H 'content-type: application/json' \\
    -d '{"recipients":["+14155550100","+14155550101","+14155550123","+14155550199"],"body":"Your order shipped.","category":"transactional"}'

  # snapshot state, and what the origin received
  curl -s $EDGE/v1/status
  curl -s http://127.0.0.1:$ORIGIN_PORT/v1/messages

  Ctrl-C stops both.
EOF

# Run until interrupted, or until either process dies.
wait -n "${pids[@]}" || true
kill -0 "$ORIGIN_PID" 2>/dev/null || echo "demo: the origin exited (see $DATA/origin.log)" >&2
kill -0 "$EDGE_PID" 2>/dev/null || echo "demo: workerd exited (see $DATA/edge.log)" >&2
