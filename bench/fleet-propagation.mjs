// Fleet propagation: how long after an opt-out is acknowledged at edge A a marketing send
// to that number is blocked at edge B (two workerd processes over one origin, loopback).
// B learns it from the origin's delta on its next refresh, so the bound is REFRESH_SECONDS
// plus one delta fetch; lowering REFRESH_SECONDS pushes it lower (each refresh of a
// current edge is one signed 204 with a 104-byte freshness statement). Requests drive the
// refresh (on Cloudflare the cron trigger too); here B is polled with sends every 50 ms, as
// a busy sender would. Prints figures; asserts nothing.
//
//   node bench/fleet-propagation.mjs [--trials 5] [--refresh 1,5,15]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SECRETS, call, nextSid, phone, startEdge, startOrigin, stopProcess, twilioSignature, waitFor } from "../tests/e2e/harness.mjs";

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const TRIALS = Number(arg("trials", 5));
const REFRESH = String(arg("refresh", "1,5,15")).split(",").map(Number);

const marketing = (to) => JSON.stringify({ to, body: "Sale! Reply STOP to opt out.", category: "marketing" });
const send = (url, to) => call(`${url}/v1/messages`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${SECRETS.apiKey}` }, body: marketing(to) });
async function stop(url, from) {
  const form = new URLSearchParams({ From: from, To: "+15005550006", Body: "STOP", MessageSid: nextSid() });
  const target = `${url}/v1/inbound`;
  return call(target, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": twilioSignature(target, form) }, body: form.toString() });
}

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), "stopgate-fleet-"));
  const origin = await startOrigin({ dataDir, seedCount: 1000, allowFaults: false });
  console.log(`fleet-propagation: ${TRIALS} trials per refresh interval; edge B polled with marketing sends every 50 ms`);
  console.log("  REFRESH_SECONDS   median s   max s   min s   (A acknowledged STOP → B answers 403)");
  try {
    for (const refresh of REFRESH) {
      const env = { STOPGATE_REFRESH_SECONDS: refresh };
      const a = await startEdge({ originPort: origin.port, publicKey: origin.publicKey, env });
      const b = await startEdge({ originPort: origin.port, publicKey: origin.publicKey, env });
      try {
        for (const e of [a, b]) await waitFor(async () => (await (await fetch(`${e.edgeUrl}/v1/status`)).json()).sequence !== null, { what: "snapshot" });
        const times = [];
        for (let t = 0; t < TRIALS; t++) {
          const to = phone();
          if ((await send(b.edgeUrl, to)).status !== 202) throw new Error("the fresh number is not allowed at B");
          const r = await stop(a.edgeUrl, to);
          if (r.status !== 200) throw new Error(`STOP at A: ${r.status} ${r.text}`);
          const t0 = Date.now();
          await waitFor(async () => (await send(b.edgeUrl, to)).status === 403, { what: "B to block", intervalMs: 50, timeoutMs: (refresh + 30) * 1000 });
          times.push((Date.now() - t0) / 1000);
          // Start the next trial at a random point of B's refresh cycle.
          await new Promise((r2) => setTimeout(r2, Math.random() * refresh * 1000));
        }
        times.sort((x, y) => x - y);
        const med = times[Math.floor(times.length / 2)];
        console.log(`  ${String(refresh).padStart(15)}   ${med.toFixed(2).padStart(8)}   ${times[times.length - 1].toFixed(2).padStart(5)}   ${times[0].toFixed(2).padStart(5)}`);
      } finally {
        await stopProcess(a.child);
        await stopProcess(b.child);
      }
    }
  } finally {
    await stopProcess(origin.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`fleet-propagation: ${e.stack || e}`);
  process.exitCode = 1;
});
