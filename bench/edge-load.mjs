// Load benchmark for the edge worker: `POST /v1/messages` through workerd (screened
// against a 1M-entry snapshot, then forwarded) vs the same requests sent straight to
// the origin, in the same run, on loopback. Prints figures; asserts nothing.
//
//   node bench/edge-load.mjs [--seed-count 1000000] [--duration 10] [--connections 10]
//                            [--opted-out 200] [--distinct 2000]
//
// Needs the origin binary (target/release/stopgate or $STOPGATE_BIN) and pkg/ built;
// scripts/bench-edge.sh does both.
import os from "node:os";
import autocannon from "autocannon";
import { call, nextSid, startStack } from "../tests/e2e/harness.mjs";

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : Number(process.env[`BENCH_${name.replace(/-/g, "_").toUpperCase()}`] ?? fallback);
};
const SEED = opt("seed-count", 1_000_000);
const DURATION = opt("duration", 10);
const CONNECTIONS = opt("connections", 10);
const OPTED_OUT = opt("opted-out", 200);
const DISTINCT = opt("distinct", 2000);
const WARMUP = 2;

const num = (i) => `+1628555${String(i).padStart(4, "0")}`;
const fmt = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : "n/a");

/** Runs autocannon over `requests` (cycled), counting responses per request index. */
function load(url, requests, duration, tag) {
  const counts = requests.map(() => ({}));
  const withHooks = requests.map((r, i) => ({
    ...r,
    body: r.body.replace("__RUN__", tag),
    onResponse: (status) => {
      counts[i][status] = (counts[i][status] || 0) + 1;
    },
  }));
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration, requests: withHooks, timeout: 10 }, (err, result) => {
      if (err) reject(err);
      else resolve({ result, counts });
    });
  });
}

async function main() {
  const started = Date.now();
  console.log(`edge-load: starting origin (--seed-count ${SEED}) and workerd ...`);
  const stack = await startStack({ seedCount: SEED, refreshSeconds: 5, startTimeoutMs: 600000 });
  try {
    const ready = (Date.now() - started) / 1000;
    // Opt out a known set at the origin (as another edge would report them), and wait
    // until this edge's snapshot carries them: they are screened from the snapshot.
    let seq = 0;
    for (let i = 0; i < OPTED_OUT; i++) {
      const res = await call(`${stack.originUrl}/v1/inbound`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          messageId: nextSid(), from: num(i), to: "+15005550006", body: "STOP",
          classification: { intent: "opt_out", scope: "all", keyword: "stop", rule: "keyword", lang: "en", confidence: 1, strict: true },
        }),
      });
      if (res.status !== 200) throw new Error(`origin refused the opt-out of ${num(i)}: ${res.status} ${res.text}`);
      seq = Math.max(seq, res.body.sequence);
    }
    // Requests drive the refresh; poke the status until the deltas are in.
    const status = await stack.waitForSequence(seq, { timeoutMs: 120000, intervalMs: 500 });
    const snap = await fetch(`${stack.edgeUrl}/v1/snapshot`);
    const snapBytes = (await snap.arrayBuffer()).byteLength;

    // DISTINCT request bodies, cycled: every 10th recipient is opted out.
    const requests = [];
    const optedOut = new Set();
    for (let i = 0; i < DISTINCT; i++) {
      const out = i % 10 === 0;
      const to = out ? num((i / 10) % OPTED_OUT) : num(OPTED_OUT + i);
      if (out) optedOut.add(to);
      requests.push({
        method: "POST",
        path: "/v1/messages",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ to, body: `Weekend sale, 20% off. Reply STOP to opt out. [__RUN__ ${i}]`, category: "marketing" }),
        out,
      });
    }

    console.log(`edge-load: ready in ${fmt(ready)} s; snapshot sequence ${status.sequence}, ${status.entries} entries, ` +
      `${(snapBytes / 1048576).toFixed(2)} MiB; ${CONNECTIONS} connections, ${DURATION} s per target, ` +
      `${DISTINCT} distinct requests (${optedOut.size} distinct opted-out recipients, every 10th request)`);

    const loadBefore = os.loadavg();
    await load(stack.edgeUrl, requests, WARMUP, "warmup");
    const direct = await load(stack.originUrl, requests, DURATION, "direct");
    const edge = await load(stack.edgeUrl, requests, DURATION, "edge");
    // The screening alone: only opted-out recipients, answered by the edge without an origin hop.
    const blockedOnly = await load(stack.edgeUrl, requests.filter((r) => r.out), DURATION, "blocked");

    // Verdicts seen by the client.
    let blocked = 0;
    let forwardedOptedOut = 0;
    let allowedOk = 0;
    let allowedLost = 0;
    edge.counts.forEach((c, i) => {
      for (const [status, n] of Object.entries(c)) {
        if (requests[i].out) {
          if (status === "403") blocked += n;
          else forwardedOptedOut += n;
        } else if (status.startsWith("2")) allowedOk += n;
        else allowedLost += n;
      }
    });
    // What the origin actually received from the edge run.
    const log = await (await fetch(`${stack.originUrl}/v1/messages?limit=10000000`)).json();
    let logged = 0;
    let optedOutAtOrigin = 0;
    for (const entry of log) {
      const text = JSON.stringify(entry);
      if (!text.includes("[edge ")) continue;
      logged += 1;
      const to = /"to":"(\+\d+)"/.exec(text)?.[1] ?? /\\"to\\":\\"(\+\d+)\\"/.exec(text)?.[1];
      if (to && optedOut.has(to)) optedOutAtOrigin += 1;
    }

    const row = (name, r) => `  ${name.padEnd(23)} ${fmt(r.requests.average, 0).padStart(7)} ${fmt(r.latency.average, 2).padStart(10)} ` +
      `${fmt(r.latency.p50, 1).padStart(9)} ${fmt(r.latency.p99, 1).padStart(9)} ${String(r.errors + r.timeouts).padStart(7)}`;
    console.log(`\n  load average before the runs: ${loadBefore.map((l) => l.toFixed(2)).join(" ")} (${os.cpus().length} cores, shared)`);
    console.log("  target                    req/s  mean (ms)  p50 (ms)  p99 (ms)  errors");
    console.log(row("origin, direct", direct.result));
    console.log(row("edge (workerd) → origin", edge.result));
    console.log(row("edge, blocked only", blockedOnly.result));
    const d = direct.result.latency;
    const e = edge.result.latency;
    console.log(`\n  added by the edge: mean +${fmt(e.average - d.average, 2)} ms, p50 +${fmt(e.p50 - d.p50, 1)} ms, ` +
      `p99 +${fmt(e.p99 - d.p99, 1)} ms (autocannon's percentiles are whole milliseconds); ` +
      `throughput ${fmt(edge.result.requests.average / direct.result.requests.average, 2)}× the origin's ` +
      `(the edge's figure includes the blocked requests it answers itself)`);
    const notBlocked = blockedOnly.counts.reduce((n, c) => n + Object.entries(c).filter(([k]) => k !== "403").reduce((m, [, v]) => m + v, 0), 0);
    console.log(`  blocked-only run: ${notBlocked} of its requests were not blocked (must be 0)`);
    console.log(`  edge run: ${blocked} blocked at the edge (403), ${allowedOk} allowed and accepted by the origin`);
    console.log(`  opted-out requests forwarded (client view): ${forwardedOptedOut}   (must be 0)`);
    console.log(`  opted-out recipients in the origin's log:   ${optedOutAtOrigin}   (must be 0; ${logged} edge-run entries logged)`);
    console.log(`  allowed requests lost (non-2xx or error):   ${allowedLost + edge.result.errors}   (must be 0)`);
    if (logged !== allowedOk) {
      console.log(`  note: the origin logged ${logged} edge-run requests, the client counted ${allowedOk} accepted ` +
        "(requests in flight when the run's time is up reach the origin but are not counted by the client)");
    }
  } finally {
    await stack.stop();
  }
}

main().catch((e) => {
  console.error(`edge-load: ${e.stack || e}`);
  process.exitCode = 1;
});
