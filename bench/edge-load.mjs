// Load benchmark for the edge worker's own cost: in ONE workerd process, the stopgate
// worker (API key, strict JSON, local-change lookup in the Durable Object, screen() against
// the snapshot, canonical body, signed forward) against a bare pass-through worker
// (bench/passthrough.js: read the body, sign, forward), both in front of the same origin,
// measured in alternating rounds of the same run with the same requests. The difference is
// what stopgate adds. Prints figures; asserts nothing.
//
//   node bench/edge-load.mjs [--seed-count 1000000] [--duration 10] [--connections 2]
//                            [--rounds 4] [--opted-out 200] [--distinct 2000] [--changes-cache-ms 0]
//
// Needs the origin binary (target/release/stopgate or $STOPGATE_BIN) and pkg/ built;
// scripts/bench-edge.sh does both. Latencies are measured per request with
// process.hrtime on keep-alive connections (sub-millisecond resolution).
import http from "node:http";
import os from "node:os";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SECRETS, nextSid, originSignature, startEdge, startOrigin, stopProcess, waitFor } from "../tests/e2e/harness.mjs";

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : Number(process.env[`BENCH_${name.replace(/-/g, "_").toUpperCase()}`] ?? fallback);
};
const SEED = opt("seed-count", 1_000_000);
const DURATION = opt("duration", 10);
const CONNECTIONS = opt("connections", 2);
const ROUNDS = opt("rounds", 4);
const OPTED_OUT = opt("opted-out", 200);
const DISTINCT = opt("distinct", 2000);
// LOCAL_CHANGES_CACHE_MS for the stopgate worker (0: one Durable Object lookup per send).
const CHANGES_CACHE_MS = opt("changes-cache-ms", 0);

const num = (i) => `+1628555${String(i).padStart(4, "0")}`;
const fmt = (n, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : "n/a");

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** `connections` keep-alive loops for `seconds`, cycling `bodies`; latencies in ms, status counts. */
async function load(base, bodies, seconds, headers) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const url = new URL(`${base}/v1/messages`);
  const latencies = [];
  const statuses = {};
  let errors = 0;
  let next = 0;
  const deadline = Date.now() + seconds * 1000;
  const one = (body) => new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const req = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: "POST", agent,
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...headers } }, (res) => {
      res.resume();
      res.on("end", () => {
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        statuses[res.statusCode] = (statuses[res.statusCode] || 0) + 1;
        resolve();
      });
    });
    req.on("error", () => {
      errors += 1;
      resolve();
    });
    req.end(body);
  });
  await Promise.all(Array.from({ length: CONNECTIONS }, async () => {
    while (Date.now() < deadline) await one(bodies[next++ % bodies.length]);
  }));
  agent.destroy();
  return { latencies, statuses, errors, seconds };
}

function summary(runs) {
  const lat = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const seconds = runs.reduce((n, r) => n + r.seconds, 0);
  const errors = runs.reduce((n, r) => n + r.errors, 0);
  const statuses = {};
  for (const r of runs) for (const [k, v] of Object.entries(r.statuses)) statuses[k] = (statuses[k] || 0) + v;
  return { n: lat.length, rps: lat.length / seconds, mean: lat.reduce((a, b) => a + b, 0) / lat.length,
    p50: percentile(lat, 50), p90: percentile(lat, 90), p99: percentile(lat, 99), errors, statuses };
}

async function signedOrigin(originUrl, method, p, body = "") {
  const q = `${p}${p.includes("?") ? "&" : "?"}nonce=${nextSid()}`;
  const res = await fetch(`${originUrl}${q}`, { method, headers: { "content-type": "application/json", ...originSignature(method, q, body) }, body: method === "GET" ? undefined : body });
  return { status: res.status, body: await res.json().catch(() => null) };
}

async function main() {
  const started = Date.now();
  const dataDir = mkdtempSync(path.join(tmpdir(), "stopgate-bench-"));
  console.log(`edge-load: starting origin (--seed-count ${SEED}) and workerd (stopgate worker + bare pass-through) ...`);
  const origin = await startOrigin({ dataDir, seedCount: SEED, allowFaults: false, startTimeoutMs: 600000 });
  const originUrl = `http://127.0.0.1:${origin.port}`;
  let edge;
  try {
    edge = await startEdge({ originPort: origin.port, publicKey: origin.publicKey, config: "bench/edge-bench.capnp",
      extraSockets: ["http-bare"], env: { STOPGATE_REFRESH_SECONDS: 5, STOPGATE_LOCAL_CHANGES_CACHE_MS: CHANGES_CACHE_MS }, startTimeoutMs: 600000 });
  } catch (e) {
    // Not left running when workerd refuses the configuration.
    await stopProcess(origin.child);
    rmSync(dataDir, { recursive: true, force: true });
    throw e;
  }
  try {
    const status = async () => (await fetch(`${edge.urls.http}/v1/status`)).json();
    // Opt out a known set at the origin (as another edge would report them); they reach
    // this edge through its snapshot refresh and are screened from the snapshot.
    let seq = 0;
    for (let i = 0; i < OPTED_OUT; i++) {
      const r = await signedOrigin(originUrl, "POST", "/v1/inbound", JSON.stringify({
        messageId: nextSid(), from: num(i), to: "+15005550006", body: "STOP", receivedAt: Date.now(), provider: "webhook",
        classification: { intent: "opt_out", scope: "all" },
      }));
      if (r.status !== 200) throw new Error(`origin refused the opt-out of ${num(i)}: ${r.status} ${JSON.stringify(r.body)}`);
      seq = Math.max(seq, r.body.sequence);
    }
    const st = await waitFor(async () => {
      const s = await status();
      return s.sequence !== null && s.sequence >= seq ? s : null;
    }, { what: `edge at sequence ${seq}`, timeoutMs: 300000, intervalMs: 500 });
    const ready = (Date.now() - started) / 1000;

    const allowed = [];
    const blocked = [];
    for (let i = 0; i < DISTINCT; i++) {
      allowed.push(JSON.stringify({ to: num(OPTED_OUT + i), body: `Weekend sale, 20% off. Reply STOP to opt out. [${i}]`, category: "marketing" }));
      if (i < OPTED_OUT) blocked.push(JSON.stringify({ to: num(i), body: `Weekend sale, 20% off. Reply STOP to opt out. [${i}]`, category: "marketing" }));
    }
    const key = { authorization: `Bearer ${SECRETS.apiKey}` };
    console.log(`edge-load: ready in ${fmt(ready, 1)} s; snapshot sequence ${st.sequence}, ${st.entries} entries; ` +
      `${CONNECTIONS} connections, ${ROUNDS} rounds × ${DURATION} s per target, alternating; ${allowed.length} distinct allowed requests; ` +
      `LOCAL_CHANGES_CACHE_MS=${CHANGES_CACHE_MS}`);

    const loadBefore = os.loadavg();
    await load(edge.urls["http-bare"], allowed, 2, key); // warm-up, both
    await load(edge.urls.http, allowed, 2, key);
    const bare = [];
    const screened = [];
    for (let r = 0; r < ROUNDS; r++) {
      const order = r % 2 === 0 ? [["bare", bare], ["edge", screened]] : [["edge", screened], ["bare", bare]];
      for (const [name, runs] of order) runs.push(await load(name === "bare" ? edge.urls["http-bare"] : edge.urls.http, allowed, DURATION, key));
    }
    const blockedOnly = await load(edge.urls.http, blocked, DURATION, key);

    const b = summary(bare);
    const e = summary(screened);
    const x = summary([blockedOnly]);
    const row = (name, s) => `  ${name.padEnd(34)} ${fmt(s.rps, 0).padStart(7)} ${fmt(s.mean).padStart(9)} ${fmt(s.p50).padStart(9)} ` +
      `${fmt(s.p90).padStart(9)} ${fmt(s.p99).padStart(9)} ${String(s.errors).padStart(6)}  ${JSON.stringify(s.statuses)}`;
    console.log(`\n  load average before the runs: ${loadBefore.map((l) => l.toFixed(2)).join(" ")} (${os.cpus().length} cores, shared)`);
    console.log("  target (same workerd, same run)      req/s   mean ms    p50 ms    p90 ms    p99 ms errors  statuses");
    console.log(row("bare pass-through → origin", b));
    console.log(row("stopgate worker → origin", e));
    console.log(row("stopgate, opted-out (no origin hop)", x));
    console.log(`\n  added by screening: p50 +${fmt(e.p50 - b.p50)} ms, p99 +${fmt(e.p99 - b.p99)} ms, mean +${fmt(e.mean - b.mean)} ms ` +
      `(targets: ≤ 0.5 ms p50, ≤ 1 ms p99); throughput ${fmt(e.rps / b.rps)}× the bare worker's`);
    const leaked = Object.entries(x.statuses).filter(([k]) => k !== "403").reduce((n, [, v]) => n + v, 0);
    console.log(`  opted-out requests not blocked: ${leaked} (must be 0)`);
  } finally {
    await stopProcess(edge.child);
    await stopProcess(origin.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`edge-load: ${e.stack || e}`);
  process.exitCode = 1;
});
