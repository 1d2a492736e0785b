// Nothing lost, nothing stale (issue 11): the durable inbound outbox (origin down → replies
// acknowledged, blocked at once in every isolate, kept across an edge restart, all recorded
// when the origin returns), and the signed-freshness and rollback rules (a fresh isolate
// refuses an older snapshot or a replayed statement; a frozen origin goes stale).
// Real workerd (two isolates sharing the Durable Object), real origin, a recording proxy.
import assert from "node:assert/strict";
import { cpSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, describe, test } from "node:test";
import { ROOT, originSignature, phone, startEdge, startStack, stateDir, stopProcess, waitFor } from "./harness.mjs";
import { startProxy } from "./proxy.mjs";

const marketing = (to) => ({ to, body: "Flash sale, 30% off. Reply STOP to opt out.", category: "marketing" });
const status = async (url) => (await fetch(`${url}/v1/status`)).json();

async function pkg() {
  const pkgJson = JSON.parse(readFileSync(path.join(ROOT, "pkg/package.json"), "utf8"));
  const e = pkgJson.exports?.["."];
  const entry = (e && (e.node?.import || e.node?.default || e.node || e.import || e.default)) || pkgJson.main;
  return import(pathToFileURL(path.join(ROOT, "pkg", typeof entry === "string" ? entry : "node.js")).href);
}

describe("the durable inbound outbox", () => {
  let stack;
  let edge;
  const state = stateDir();
  const startTwo = async () => startEdge({ originPort: stack.originPort, publicKey: stack.publicKey, state,
    config: "tests/e2e/two-isolates.capnp", extraSockets: ["http-b"], env: { STOPGATE_REFRESH_SECONDS: 1 } });
  before(async () => {
    stack = await startStack({ seedCount: 10, refreshSeconds: 1 });
    edge = await startTwo();
    for (const url of Object.values(edge.urls)) await waitFor(async () => (await status(url)).sequence !== null, { what: `snapshot at ${url}` });
  });
  after(async () => {
    if (edge) await stopProcess(edge.child);
    await stack?.stop();
  });

  test("origin down: signed STOPs get 200 + TwiML, block at once in the other isolate, survive an edge restart, and are all recorded when it returns", async () => {
    const { http: a, "http-b": b } = edge.urls;
    assert.ok(a && b);
    const before = await stack.originHealth();
    await stack.stopOrigin();

    const numbers = [];
    for (let i = 0; i < 20; i++) {
      const to = phone();
      numbers.push(to);
      const [heard, other] = i % 2 === 0 ? [a, b] : [b, a];
      const reply = await stack.inbound({ From: to, Body: i % 3 === 0 ? "STOP" : "please stop texting me" }, { url: heard });
      assert.equal(reply.status, 200, reply.text);
      assert.match(reply.text, /<Response><Message>[^<]*unsubscribed[^<]*<\/Message><\/Response>/);
      const elsewhere = await stack.send(marketing(to), { url: other });
      assert.equal(elsewhere.status, 403, `blocked at once in the other isolate: ${elsewhere.text}`);
      assert.equal(elsewhere.body.reason, "opted-out");
    }
    const s = await status(a);
    assert.equal(s.outbox.pending, 20, JSON.stringify(s.outbox));
    assert.equal((await status(b)).outbox.pending, 20, "one outbox for both isolates");
    assert.ok(s.outbox.oldestAgeSeconds >= 0);
    assert.match(String(s.outbox.lastError), /unreachable|origin/);

    // workerd restarted while the origin is still down: nothing pending is lost, still blocked.
    await stopProcess(edge.child);
    edge = await startTwo();
    const after = await status(edge.urls.http);
    assert.equal(after.outbox.pending, 20, JSON.stringify(after.outbox));
    for (const to of numbers.slice(0, 4)) assert.equal((await stack.send(marketing(to), { url: edge.urls["http-b"] })).status, 403);

    await stack.startOrigin();
    const drained = await waitFor(async () => {
      const st = await status(edge.urls.http);
      return st.outbox.pending === 0 ? st : null;
    }, { what: "the outbox to drain", timeoutMs: 90000, intervalMs: 250 });
    assert.equal(drained.outbox.refused, 0);

    // Count them at the origin: its own signed snapshot must hold every number.
    const { Snapshot } = await pkg();
    const res = await fetch(`${stack.originUrl}/v1/snapshot?nonce=t1`, { headers: originSignature("GET", "/v1/snapshot?nonce=t1") });
    assert.equal(res.status, 200);
    const snap = Snapshot.fromBytes(new Uint8Array(await res.arrayBuffer()), { publicKey: stack.publicKey });
    let recorded = 0;
    try {
      // The full file may predate the last changes: bring it up with the origin's delta.
      const q = `/v1/snapshot/delta?since=${snap.sequence}&nonce=t2`;
      const d = await fetch(`${stack.originUrl}${q}`, { headers: originSignature("GET", q) });
      if (d.status === 200) snap.applyDelta(new Uint8Array(await d.arrayBuffer()));
      for (const to of numbers) if (snap.check(to).suppressed) recorded += 1;
    } finally {
      snap.free();
    }
    const health = await stack.originHealth();
    console.log(`# outbox: 20 opt-outs sent while the origin was down, ${recorded} recorded after it returned, ${20 - recorded} lost (sequence ${before.sequence} → ${health.sequence})`);
    assert.equal(recorded, 20, "sent = recorded, 0 lost");
    assert.ok(health.sequence >= before.sequence + 20);
  });
});

describe("freshness and rollback", () => {
  let stack;
  let proxy;
  before(async () => {
    stack = await startStack({ seedCount: 10, refreshSeconds: 1 });
    proxy = await startProxy(stack.originUrl);
  });
  after(async () => {
    await proxy?.close();
    await stack?.stop();
  });

  test("a fresh isolate refuses a signed older snapshot (the mark is in the Durable Object)", async () => {
    const state = stateDir();
    const env = { STOPGATE_REFRESH_SECONDS: 1 };
    proxy.mode = "pass";
    let edge = await startEdge({ originPort: proxy.port, publicKey: stack.publicKey, state, env });
    try {
      await waitFor(async () => (await status(edge.edgeUrl)).sequence !== null, { what: "first snapshot" });
      const known = phone();
      await stack.originInbound(phone());
      const seq = (await stack.originInbound(known)).sequence;
      await waitFor(async () => (await status(edge.edgeUrl)).sequence >= seq, { what: `edge at ${seq}` });
      assert.ok(proxy.seen.snapshots.length >= 1);

      // Fresh isolate, same Durable Object; the "origin" now serves its first (older, validly signed) file.
      await stopProcess(edge.child);
      proxy.mode = "old";
      edge = await startEdge({ originPort: proxy.port, publicKey: stack.publicKey, state, env });
      const s = await waitFor(async () => {
        const st = await status(edge.edgeUrl);
        return st.lastRefreshError ? st : null;
      }, { what: "the older snapshot to be refused" });
      assert.equal(s.sequence, null, JSON.stringify(s));
      assert.match(s.lastRefreshError.message, /no rollback|replay/);
      assert.equal(s.rollbackMark.sequence, seq);
      const m = await stack.send(marketing(phone()), { url: edge.edgeUrl });
      assert.equal(m.status, 403);
      assert.equal(m.body.reason, "snapshot-missing");

      proxy.mode = "pass";
      await waitFor(async () => (await status(edge.edgeUrl)).sequence >= seq, { what: "the current snapshot" });
      assert.equal((await stack.send(marketing(known), { url: edge.edgeUrl })).status, 403);
    } finally {
      proxy.mode = "pass";
      await stopProcess(edge.child);
    }
  });

  test("a replayed freshness statement is refused, by a running and by a fresh isolate", async (t) => {
    const state = stateDir();
    const env = { STOPGATE_REFRESH_SECONDS: 1 };
    proxy.mode = "pass";
    let edge = await startEdge({ originPort: proxy.port, publicKey: stack.publicKey, state, env });
    try {
      await waitFor(async () => (await status(edge.edgeUrl)).sequence !== null, { what: "first snapshot" });
      if (proxy.seen.freshness.length === 0) return t.skip("this origin sends no x-stopgate-freshness yet (contract C3)");
      await stack.originInbound(phone());
      await waitFor(async () => (await status(edge.edgeUrl)).freshness.matchesList && (await status(edge.edgeUrl)).deltasApplied > 0, { what: "a newer statement" });
      proxy.mode = "old"; // "nothing new", with the first statement seen
      const s = await waitFor(async () => {
        const st = await status(edge.edgeUrl);
        return st.lastRefreshError ? st : null;
      }, { what: "the replay to be refused" });
      assert.match(s.lastRefreshError.message, /replay|rollback/);

      await stopProcess(edge.child);
      edge = await startEdge({ originPort: proxy.port, publicKey: stack.publicKey, state, env });
      const f = await waitFor(async () => {
        const st = await status(edge.edgeUrl);
        return st.lastRefreshError ? st : null;
      }, { what: "the fresh isolate to refuse the replay" });
      assert.equal(f.sequence, null);
      assert.match(f.lastRefreshError.message, /replay|rollback/);
    } finally {
      proxy.mode = "pass";
      await stopProcess(edge.child);
    }
  });

  test("a frozen origin makes the list stale within MAX_AGE_SECONDS and marketing is blocked", async () => {
    proxy.mode = "pass";
    const edge = await startEdge({ originPort: proxy.port, publicKey: stack.publicKey, env: { STOPGATE_REFRESH_SECONDS: 1, STOPGATE_MAX_AGE_SECONDS: 3 } });
    try {
      await stack.originInbound(phone()); // a fresh change, so even the file's own time is recent
      await waitFor(async () => {
        const st = await status(edge.edgeUrl);
        return st.sequence !== null && !st.stale;
      }, { what: "a fresh list" });
      proxy.mode = "frozen";
      const s = await waitFor(async () => {
        const st = await status(edge.edgeUrl);
        return st.stale ? st : null;
      }, { what: "the list to go stale", timeoutMs: 30000, intervalMs: 250 });
      assert.match(s.staleReason, /MAX_AGE_SECONDS=3/);
      const m = await stack.send(marketing(phone()), { url: edge.edgeUrl });
      assert.equal(m.status, 403, m.text);
      assert.equal(m.body.reason, "snapshot-stale");

      proxy.mode = "pass";
      await stack.originInbound(phone());
      await waitFor(async () => !(await status(edge.edgeUrl)).stale, { what: "fresh again" });
    } finally {
      proxy.mode = "pass";
      await stopProcess(edge.child);
    }
  });
});

describe("an origin restored from backup", () => {
  let stack;
  before(async () => {
    stack = await startStack({ seedCount: 10, refreshSeconds: 1 });
  });
  after(async () => {
    await stack?.stop();
  });

  test("edges resync to it (digest mismatch → full snapshot) once it is back at their sequence", async () => {
    const { verifyFreshness } = await pkg();
    const freshness = async () => {
      const q = `/v1/freshness?nonce=${Math.random().toString(36).slice(2)}`;
      const res = await fetch(`${stack.originUrl}${q}`, { headers: originSignature("GET", q) });
      assert.equal(res.status, 200);
      return verifyFreshness(new Uint8Array(await res.arrayBuffer()), stack.publicKey);
    };
    await stack.waitForSequence(0);
    const backup = `${stack.dataDir}-backup`;
    await stack.stopOrigin();
    cpSync(stack.dataDir, backup, { recursive: true });
    await stack.startOrigin();

    const lost = [phone(), phone(), phone()];
    let seq = 0;
    for (const n of lost) seq = (await stack.originInbound(n)).sequence;
    const ahead = await stack.waitForSequence(seq);
    assert.equal((await stack.send(marketing(lost[0]))).status, 403);

    // Restore the backup: the origin is back at the old sequence, then takes other changes.
    await stack.stopOrigin();
    rmSync(stack.dataDir, { recursive: true, force: true });
    cpSync(backup, stack.dataDir, { recursive: true });
    rmSync(backup, { recursive: true, force: true });
    await stack.startOrigin();
    assert.ok((await stack.originHealth()).sequence < seq);
    const kept = [phone(), phone(), phone()];
    for (const n of kept) await stack.originInbound(n);
    const f = await freshness();
    assert.equal(f.sequence, ahead.sequence, "the restored origin is back at the edge's sequence, with another list");
    assert.notEqual(f.digest, ahead.digest);

    const s = await waitFor(async () => {
      const st = await stack.status();
      return st.digest === f.digest ? st : null;
    }, { what: "the edge to resync to the restored origin", timeoutMs: 30000 });
    assert.ok(s.resyncs >= 1, JSON.stringify(s));
    assert.equal(s.sequence, f.sequence);
    assert.equal((await stack.send(marketing(kept[0]))).status, 403);
    // One more change arrives as an ordinary delta on the resynced list.
    const next = await stack.originInbound(phone());
    const moved = await stack.waitForSequence(next.sequence);
    assert.equal(moved.digest, (await freshness()).digest);
  });
});

describe("LOCAL_CHANGES_CACHE_MS", () => {
  let stack;
  let edge;
  before(async () => {
    stack = await startStack({ seedCount: 10, refreshSeconds: 30 });
    edge = await startEdge({ originPort: stack.originPort, publicKey: stack.publicKey, config: "tests/e2e/two-isolates.capnp",
      extraSockets: ["http-b"], env: { STOPGATE_REFRESH_SECONDS: 30, STOPGATE_LOCAL_CHANGES_CACHE_MS: 1500 } });
    for (const url of Object.values(edge.urls)) await waitFor(async () => (await status(url)).sequence !== null, { what: `snapshot at ${url}` });
  });
  after(async () => {
    if (edge) await stopProcess(edge.child);
    await stack?.stop();
  });

  test("with a cache interval: blocked at once where heard, in the other isolate within the interval (not through the snapshot)", async () => {
    const { http: a, "http-b": b } = edge.urls;
    const to = phone();
    assert.equal((await stack.send(marketing(to), { url: a })).status, 202); // both caches now hold the empty set
    assert.equal((await stack.send(marketing(to), { url: b })).status, 202);
    const seqBefore = (await status(b)).sequence;
    assert.equal((await stack.inbound({ From: to, Body: "STOP" }, { url: a })).status, 200);
    assert.equal((await stack.send(marketing(to), { url: a })).status, 403, "at once where it was heard");
    await waitFor(async () => (await stack.send(marketing(to), { url: b })).status === 403, { what: "the other isolate to block", timeoutMs: 10000, intervalMs: 100 });
    assert.equal((await status(b)).sequence, seqBefore, "through the Durable Object, not a snapshot refresh (30 s)");
  });
});
