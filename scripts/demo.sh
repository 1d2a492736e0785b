#!/usr/bin/env bash
# `make demo` (after `make pkg`): the origin publisher and the edge worker in the real
# workerd, on loopback, until Ctrl-C. Ports: STOPGATE_EDGE_PORT (8787) and
# STOPGATE_ORIGIN_PORT (8788). Origin data, the edge's Durable Object storage and the
# generated secrets live in .demo/ (git-ignored); .demo/secrets.env holds
# STOPGATE_API_KEY, STOPGATE_TWILIO_AUTH_TOKEN, STOPGATE_WEBHOOK_SECRET and
# STOPGATE_ORIGIN_SECRET, made once and reused. Secure like a deployment: every route
# needs its credential, and the printed examples use them.
# If the origin process dies the edge stays up: inbound replies wait in its outbox and
# drain into the origin when one listens on the port again. Ctrl-C stops everything.
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
mkdir -p "$DATA" "$DATA/edge-state"

# Secrets: generated once (random, from Node's crypto), kept in .demo/secrets.env.
SECRETS="$DATA/secrets.env"
if [ ! -s "$SECRETS" ]; then
  node -e '
    const { randomBytes } = require("crypto");
    const hex = (n) => randomBytes(n).toString("hex");
    process.stdout.write([
      `STOPGATE_API_KEY=sk_demo_${hex(16)}`,
      `STOPGATE_TWILIO_AUTH_TOKEN=${hex(16)}`,
      `STOPGATE_WEBHOOK_SECRET=${hex(24)}`,
      `STOPGATE_ORIGIN_SECRET=${hex(32)}`,
    ].join("\n") + "\n");' > "$SECRETS"
  chmod 600 "$SECRETS"
fi
set -a
# shellcheck disable=SC1090
. "$SECRETS"
set +a
export STOPGATE_API_KEYS="$STOPGATE_API_KEY"

# The deployment's programs (contract C8), one file for the origin and the same JSON for the
# edge: "STOP ALERTS" leaves the account alerts and keeps the promotions, and the opt-in form
# offers both. STOPGATE_PROGRAMS_FILE points at another file.
PROGRAMS_FILE="${STOPGATE_PROGRAMS_FILE:-$DATA/programs.json}"
if [ ! -s "$PROGRAMS_FILE" ]; then
  cat > "$PROGRAMS_FILE" <<'JSON'
[{"id":"alerts","bit":1,"name":"Account alerts","kind":"transactional","words":["alerts","alert","account alerts"]},
 {"id":"promos","bit":2,"name":"Promotions","kind":"marketing","words":["promos","promo","promotions","deals","offers"]}]
JSON
fi
export STOPGATE_PROGRAMS="$(cat "$PROGRAMS_FILE")"
# Preference links in opt-out confirmations point here (the address a browser reaches).
export STOPGATE_PUBLIC_URL="${STOPGATE_PUBLIC_URL:-http://127.0.0.1:$EDGE_PORT}"

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
  --programs "$PROGRAMS_FILE" \
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
  --directory-path "www=$WWW" --directory-path "pkg=$PWD/pkg" --directory-path "edge-state=$PWD/$DATA/edge-state" \
  2> >(tee "$DATA/edge.log" >&2) &
pids+=($!)
EDGE_PID=$!
EDGE="http://127.0.0.1:$EDGE_PORT"
for _ in $(seq 1 300); do
  curl -sf "$EDGE/v1/status" -o /dev/null && break
  kill -0 "$EDGE_PID" 2>/dev/null || { echo "demo: workerd exited" >&2; exit 1; }
  sleep 0.1
done

KEY="$STOPGATE_API_KEY"
ORIGIN="http://127.0.0.1:$ORIGIN_PORT"
SIGN_STOP="$(node scripts/sign-twilio.mjs --curl "$EDGE/v1/inbound" From=+14155550123 To=+15005550006 'Body=please stop texting me' "MessageSid=SMdemo$RANDOM")"
cat <<EOF

  stopgate demo (secure: every route needs its credential)
    compose form   $EDGE/#key=$KEY
    opt-in form    $EDGE/optin   (double opt-in: the "Reply YES to confirm" prompt shows in the origin's send log)
    edge status    $EDGE/v1/status
    origin         $ORIGIN   (public key $PUBLIC_KEY)
    secrets        $SECRETS   (\`set -a; . $SECRETS; set +a\` to use them in a shell)
    logs           $DATA/origin.log, $DATA/edge.log

  Try it:

  # a marketing send, screened at the edge and forwarded to the origin (202); without the key: 401;
  # at night in California it is held (403 quiet-hours, with sendAfter): STOPGATE_QUIET_HOURS=off make demo to try anyway
  curl -si $EDGE/v1/messages -H "authorization: Bearer $KEY" -H 'content-type: application/json' \\
    -d '{"to":"+14155550123","body":"Flash sale: 20% off today. Reply STOP to opt out.","category":"marketing"}'

  # the recipient replies STOP: a Twilio-signed webhook (node scripts/sign-twilio.mjs --curl <url> Name=value...
  # prints such a command); the edge stores it in its outbox and answers with TwiML; unsigned: 403
  $SIGN_STOP

  # its TwiML confirmation carries a signed preference link ($STOPGATE_PUBLIC_URL/p/...): open it to
  # leave an email address instead, or (after "STOP PROMOS") keep the account alerts

  # the same send is now blocked at the edge (403), the origin never sees it
  curl -si $EDGE/v1/messages -H "authorization: Bearer $KEY" -H 'content-type: application/json' \\
    -d '{"to":"+14155550123","body":"Flash sale: 20% off today. Reply STOP to opt out.","category":"marketing"}'

  # batch screening: the origin's demo list has +14155550100 (all messages) and
  # +14155550101 (marketing only) opted out; transactional still reaches the second
  curl -s $EDGE/v1/screen -H "authorization: Bearer $KEY" -H 'content-type: application/json' \\
    -d '{"recipients":["+14155550100","+14155550101","+14155550123","+14155550199"],"body":"Your order shipped.","category":"transactional"}'

  # snapshot state, outbox and what is switched on (no key needed, no numbers in it)
  curl -s $EDGE/v1/status

  Kill the origin (kill $ORIGIN_PID): the edge stays up, signed STOPs are still answered and
  blocked, /v1/status shows them pending; start an origin on port $ORIGIN_PORT again (same
  data, STOPGATE_ORIGIN_SECRET from $SECRETS) and the outbox drains into it.
  Ctrl-C stops everything.
EOF

# Run until interrupted or until workerd dies; the origin may come and go.
( while kill -0 "$ORIGIN_PID" 2>/dev/null; do sleep 1; done
  if kill -0 "$EDGE_PID" 2>/dev/null; then
    echo "demo: the origin exited (see $DATA/origin.log); the edge keeps answering and holds inbound replies in its outbox" >&2
  fi ) &
pids+=($!)
wait "$EDGE_PID" || true
echo "demo: workerd exited (see $DATA/edge.log)" >&2
