// A bounded soak (issue 11): mixed marketing sends, signed STOPs and other replies through
// the edge, while the origin is killed and restarted every few seconds, on loopback. Then
// the outbox drains and the books are checked:
//   - every STOP acknowledged (200) is on the origin's list: sent = recorded, 0 lost;
//   - no marketing send started after its recipient's STOP was acknowledged was accepted by
//     the origin (client view: 202) or is in the origin's log: must be 0.
// Prints the figures; exits 1 if an invariant fails.
//
//   node tests/e2e/soak.mjs [--seconds 40]     (scripts/soak-edge.sh; SOAK_SECONDS too)
import { ROOT, SECRETS, call, nextSid, originSignature, startStack, twilioSignature, waitFor } from "./harness.mjs";
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const args = process.argv.slice(2);
const i = args.indexOf("--seconds");
const SECONDS = Number(i >= 0 ? args[i + 1] : process.env.SOAK_SECONDS || 40);
const POOL = 400;
const num = (k) => `+1332555${String(k).padStart(4, "0")}`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function pkg() {
  const pkgJson = JSON.parse(readFileSync(path.join(ROOT, "pkg/package.json"), "utf8"));
  const e = pkgJson.exports?.["."];
  const entry = (e && (e.node?.import || e.node?.default || e.node || e.import || e.default)) || pkgJson.main;
  return import(pathToFileURL(path.join(ROOT, "pkg", typeof entry === "string" ? entry : "node.js")).href);
}

async function main() {
  const stack = await startStack({ seedCount: 1000, refreshSeconds: 1 });
  const stats = { requests: 0, sends: 0, sendStatus: {}, replies: 0, replyStatus: {}, errors: 0, originRestarts: 0 };
  const acked = new Map(); // number → ms the STOP was acknowledged
  const accepted = []; // { to, startedAt }
  const deadline = Date.now() + SECONDS * 1000;
  let originDown = false;
  const count = (o, k) => (o[k] = (o[k] || 0) + 1);

  const sender = async () => {
    while (Date.now() < deadline) {
      const to = num(Math.floor(Math.random() * POOL));
      const startedAt = Date.now();
      try {
        const r = await call(`${stack.edgeUrl}/v1/messages`, { method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${SECRETS.apiKey}` },
          body: JSON.stringify({ to, body: `Soak sale ${nextSid()}. Reply STOP to opt out.`, category: "marketing" }) });
        stats.requests += 1;
        stats.sends += 1;
        count(stats.sendStatus, r.status);
        if (r.status === 202) accepted.push({ to, startedAt });
        else if (![403, 502].includes(r.status)) stats.errors += 1;
      } catch {
        stats.errors += 1;
      }
    }
  };
  const replier = async () => {
    let k = 0;
    while (Date.now() < deadline) {
      const from = num(Math.floor(Math.random() * POOL));
      const text = k++ % 5 === 4 ? "thanks, see you then" : ["STOP", "please stop texting me", "unsubscribe"][k % 3];
      const form = new URLSearchParams({ From: from, To: "+15005550006", Body: text, MessageSid: nextSid() });
      const target = `${stack.edgeUrl}/v1/inbound`;
      try {
        const r = await call(target, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": twilioSignature(target, form) }, body: form.toString() });
        stats.requests += 1;
        stats.replies += 1;
        count(stats.replyStatus, r.status);
        if (r.status !== 200) stats.errors += 1;
        else if (text !== "thanks, see you then" && !acked.has(from)) acked.set(from, Date.now());
      } catch {
        stats.errors += 1;
      }
      await sleep(40);
    }
  };
  const chaos = async () => {
    while (Date.now() < deadline - 6000) {
      await sleep(4000 + Math.random() * 3000);
      originDown = true;
      await stack.stopOrigin();
      await sleep(1500 + Math.random() * 1500);
      await stack.startOrigin();
      originDown = false;
      stats.originRestarts += 1;
    }
  };
  const t0 = Date.now();
  await Promise.all([sender(), sender(), replier(), chaos()]);
  if (originDown) await stack.startOrigin();
  const ran = (Date.now() - t0) / 1000;

  await waitFor(async () => (await stack.status()).outbox.pending === 0, { what: "the outbox to drain", timeoutMs: 120000, intervalMs: 250 });
  const health = await stack.originHealth();
  await stack.waitForSequence(health.sequence, { timeoutMs: 60000 });

  // The origin's own list.
  const { Snapshot } = await pkg();
  const signedGet = async (p) => {
    const q = `${p}${p.includes("?") ? "&" : "?"}nonce=${nextSid()}`;
    return fetch(`${stack.originUrl}${q}`, { headers: originSignature("GET", q) });
  };
  const snap = Snapshot.fromBytes(new Uint8Array(await (await signedGet("/v1/snapshot")).arrayBuffer()), { publicKey: stack.publicKey });
  const d = await signedGet(`/v1/snapshot/delta?since=${snap.sequence}`);
  if (d.status === 200) snap.applyDelta(new Uint8Array(await d.arrayBuffer()));
  let recorded = 0;
  for (const n of acked.keys()) if (snap.check(n).suppressed) recorded += 1;
  snap.free();

  const violations = accepted.filter((s) => acked.has(s.to) && s.startedAt > acked.get(s.to));
  const log = await (await signedGet("/v1/messages?limit=1000")).json();
  const logViolations = log.filter((e) => {
    const to = e.body && e.body.to;
    return acked.has(to) && e.receivedAt * 1000 > acked.get(to) + 1000; // receivedAt: whole seconds
  });
  await stack.stop();

  console.log(`soak: ${ran.toFixed(0)} s, ${stats.requests} requests (${stats.sends} sends ${JSON.stringify(stats.sendStatus)}, ` +
    `${stats.replies} signed replies ${JSON.stringify(stats.replyStatus)}), ${stats.originRestarts} origin restarts, ${stats.errors} errors`);
  console.log(`soak: opt-outs acknowledged ${acked.size}, recorded at the origin ${recorded}, lost ${acked.size - recorded}`);
  console.log(`soak: opted-out sends that reached the origin: ${violations.length} (client view), ${logViolations.length} (origin log, last ${log.length} entries); must be 0`);
  if (acked.size !== recorded || violations.length || logViolations.length || stats.errors) process.exitCode = 1;
}

main().catch((e) => {
  console.error(`soak: ${e.stack || e}`);
  process.exitCode = 1;
});
