// When things go wrong: the origin down during an inbound opt-out (acknowledged, held in
// the edge's durable outbox, delivered when the origin returns), corrupt or wrongly signed
// snapshots (refused, the last good one kept), a stale snapshot (marketing fails closed).
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { authHeaders, call, nextSid, phone, startStack, waitFor } from "./harness.mjs";

const marketing = (to) => ({ to, body: "Big sale this weekend. Reply STOP to opt out.", category: "marketing" });
const transactional = (to) => ({ to, body: "Your code is 123456.", category: "transactional" });

/** Records an opt-out straight at the origin (signed, as an edge would), to move the sequence. */
async function optOutAtOrigin(stack, from) {
  return (await stack.originInbound(from, "STOP")).sequence;
}

describe("origin down during an inbound opt-out", () => {
  let stack;
  before(async () => {
    stack = await startStack({ refreshSeconds: 1 });
  });
  after(async () => {
    await stack?.stop();
  });

  test("200 with TwiML while it is down; blocked at once; delivered from the outbox when it returns", async () => {
    const to = phone();
    const sid = nextSid();
    const before = await stack.originHealth();

    await stack.stopOrigin();
    const first = await stack.inbound({ From: to, Body: "STOP", MessageSid: sid });
    // Twilio does not retry a 5xx: the edge stores the reply and confirms it.
    assert.equal(first.status, 200, first.text);
    assert.match(first.text, /<Message>[^<]*unsubscribed/);
    assert.equal(first.headers.get("x-stopgate-recorded"), "pending");
    const meanwhile = await stack.send(marketing(to));
    assert.equal(meanwhile.status, 403, meanwhile.text);
    const pending = await stack.status();
    assert.ok(pending.outbox.pending >= 1, JSON.stringify(pending.outbox));
    assert.equal(typeof pending.outbox.oldestAgeSeconds, "number");

    // An opt-in the origin has not recorded lifts nothing.
    const start = await stack.inbound({ From: to, Body: "START" });
    assert.equal(start.status, 200, start.text);
    assert.equal((await stack.send(marketing(to))).status, 403, "still blocked after an unrecorded START");

    // The carrier redelivers the STOP: the same message id, answered without a second confirmation.
    const again = await stack.inbound({ From: to, Body: "STOP", MessageSid: sid });
    assert.equal(again.status, 200);
    assert.match(again.text, /<Response\/>/);

    await stack.startOrigin();
    const drained = await waitFor(async () => {
      const st = await stack.status();
      return st.outbox.pending === 0 ? st : null;
    }, { what: "the outbox to drain", timeoutMs: 60000, intervalMs: 250 });
    assert.equal(drained.outbox.refused, 0);
    const health = await stack.originHealth();
    assert.ok(health.sequence > before.sequence, `the origin recorded it: ${JSON.stringify(before)} → ${JSON.stringify(health)}`);
    // STOP then START, in that order: the number is subscribed again once both are recorded.
    await stack.waitForSequence(health.sequence);
    await waitFor(async () => (await stack.send(marketing(to))).status === 202, { what: "the recorded START to lift" });
  });
});

describe("bad snapshots from the origin", () => {
  let stack;
  before(async () => {
    stack = await startStack({ refreshSeconds: 1 });
  });
  after(async () => {
    await stack?.setFault("ok").catch(() => {});
    await stack?.stop();
  });

  for (const fault of ["corrupt", "wrong-key"]) {
    test(`a ${fault} delta is refused and the last good snapshot kept`, async () => {
      const known = phone();
      const good = await optOutAtOrigin(stack, known);
      await stack.waitForSequence(good);

      await stack.setFault(fault);
      const hidden = phone();
      const next = await optOutAtOrigin(stack, hidden);
      assert.ok(next > good);
      // Requests drive the refresh; poll status until the refusal is reported.
      const s = await waitFor(async () => {
        const st = await stack.status();
        return st.lastRefreshError ? st : null;
      }, { what: `the edge to report the ${fault} refresh` });
      assert.equal(s.sequence, good, "the sequence did not move");
      assert.equal(typeof s.lastRefreshError.message, "string");

      // The last good snapshot still answers: the known opt-out is blocked, others go.
      assert.equal((await stack.send(marketing(known))).status, 403);
      assert.equal((await stack.send(marketing(phone()))).status, 202);

      await stack.setFault("ok");
      const healed = await stack.waitForSequence(next);
      await waitFor(async () => (await stack.status()).lastRefreshError === null, { what: "the error to clear" });
      assert.ok(healed.sequence >= next);
      assert.equal((await stack.send(marketing(hidden))).status, 403);
    });
  }

  test("a fresh edge refuses a corrupt full snapshot and fails closed for marketing", async () => {
    await stack.setFault("corrupt");
    try {
      await stack.restartEdge({}, { wait: false });
      const s = await waitFor(async () => {
        const st = await stack.status();
        return st.lastRefreshError ? st : null;
      }, { what: "the edge to report the refused snapshot" });
      assert.equal(s.sequence, null);
      const m = await stack.send(marketing(phone()));
      assert.equal(m.status, 403, m.text);
      assert.equal(m.body.reason, "snapshot-missing");
      const snap = await call(`${stack.edgeUrl}/v1/snapshot`, { headers: authHeaders() });
      assert.equal(snap.status, 503);
    } finally {
      await stack.setFault("ok");
    }
    await stack.waitForSequence(0);
  });
});

describe("rollback", () => {
  let stack;
  let otherDir;
  before(async () => {
    stack = await startStack({ refreshSeconds: 1 });
  });
  after(async () => {
    await stack?.stop();
    if (otherDir) rmSync(otherDir, { recursive: true, force: true });
  });

  test("an origin that went back in sequence (same key, other data) is refused; the edge keeps its list", async () => {
    const known = phone();
    await optOutAtOrigin(stack, phone());
    const seq = await optOutAtOrigin(stack, known);
    await stack.waitForSequence(seq);

    // Same signing key, fresh database: validly signed, but behind what the edge has seen.
    await stack.stopOrigin();
    otherDir = mkdtempSync(path.join(tmpdir(), "stopgate-e2e-rollback-"));
    copyFileSync(path.join(stack.dataDir, "signing.key"), path.join(otherDir, "signing.key"));
    await stack.startOrigin({ dataDir: otherDir });
    assert.ok((await stack.originHealth()).sequence < seq, "the replacement origin is behind");

    const s = await waitFor(async () => {
      const st = await stack.status();
      return st.lastRefreshError ? st : null;
    }, { what: "the edge to refuse the older origin" });
    assert.equal(s.sequence, seq, "no rollback");
    assert.equal((await stack.send(marketing(known))).status, 403);

    await stack.stopOrigin();
    await stack.startOrigin({ dataDir: stack.dataDir });
  });
});

describe("stale snapshot", () => {
  let stack;
  before(async () => {
    stack = await startStack({ refreshSeconds: 1, maxAgeSeconds: 3 });
  });
  after(async () => {
    await stack?.stop();
  });

  test("marketing fails closed once the snapshot is older than MAX_AGE_SECONDS; transactional still screens", async () => {
    await stack.stopOrigin();
    const s = await waitFor(async () => {
      const st = await stack.status();
      return st.stale ? st : null;
    }, { what: "the snapshot to go stale", timeoutMs: 30000, intervalMs: 250 });
    assert.ok(s.ageSeconds > 3);

    const m = await stack.send(marketing(phone()));
    assert.equal(m.status, 403, m.text);
    assert.equal(m.body.reason, "snapshot-stale");
    const t = await stack.send(transactional(phone()));
    assert.notEqual(t.status, 403, `transactional is not failed closed: ${t.text}`);
    assert.match(t.headers.get("x-stopgate-decision") || "", /^(allow|warn)$/);

    // Back up, a new change gives a fresh signed delta and marketing flows again.
    await stack.startOrigin();
    const seq = await optOutAtOrigin(stack, phone());
    await stack.waitForSequence(seq);
    await waitFor(async () => (await stack.send(marketing(phone()))).status === 202, { what: "marketing to flow again" });
  });

  test("a backdated snapshot from the origin (stale fault) fails closed for marketing at once", async () => {
    await stack.setFault("stale", { ageSeconds: 7200 });
    try {
      // A fresh isolate loads the origin's (old, validly signed) snapshot.
      await stack.restartEdge();
      const s = await stack.status();
      assert.equal(s.stale, true, JSON.stringify(s));
      assert.ok(s.ageSeconds >= 7200);
      const m = await stack.send(marketing(phone()));
      assert.equal(m.status, 403, m.text);
      assert.equal(m.body.reason, "snapshot-stale");
      const t = await stack.send(transactional(phone()));
      assert.equal(t.status, 202, t.text);
      assert.equal(t.headers.get("x-stopgate-decision"), "warn");
    } finally {
      await stack.setFault("ok");
    }
  });
});
