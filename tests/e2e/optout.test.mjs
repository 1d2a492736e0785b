// Opt-outs end to end: an inbound reply at the edge, classified, recorded by the
// origin, enforced on the next send at this edge at once and at another edge
// through the origin's deltas. Real workerd, real origin.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { authHeaders, findHeader, nextSid, phone, startEdge, startStack, stopProcess, waitFor } from "./harness.mjs";

const BRAND = "Acme & Co <Test>";
let stack;

before(async () => {
  stack = await startStack({ seedCount: 50, refreshSeconds: 1, brand: BRAND });
});
after(async () => {
  await stack?.stop();
});

const marketing = (to, body = "Flash sale: 20% off today. Reply STOP to opt out.") => ({ to, body, category: "marketing" });
const transactional = (to, body = "Your order #1234 has shipped.") => ({ to, body, category: "transactional" });

describe("inbound opt-outs", () => {
  const cases = [
    { name: "STOP keyword", text: "STOP" },
    { name: "natural language", text: "Please take me off your list" },
    { name: "Spanish", text: "alto por favor" },
  ];
  for (const c of cases) {
    test(`${c.name} (${JSON.stringify(c.text)}) blocks the next marketing send`, async () => {
      const to = phone();
      const first = await stack.send(marketing(to));
      assert.equal(first.status, 202, `before the opt-out: ${first.text}`);

      const reply = await stack.inbound({ From: to, Body: c.text });
      assert.equal(reply.status, 200, reply.text);
      assert.match(reply.headers.get("content-type"), /xml/);
      assert.match(reply.text, /<Response><Message>[^<]*unsubscribed[^<]*Reply START to resubscribe[^<]*<\/Message><\/Response>/);

      const after = await stack.send(marketing(to));
      assert.equal(after.status, 403, after.text);
      assert.equal(after.body.blocked, true);
      assert.equal(after.body.reason, "opted-out");
      assert.equal(after.body.scope, "all");
      assert.equal(typeof after.body.message, "string");
      assert.ok("snapshot" in after.body);
    });
  }

  test("the confirmation carries the configured brand, XML-escaped", async () => {
    const reply = await stack.inbound({ From: phone(), Body: "STOP" });
    assert.equal(reply.status, 200);
    assert.ok(reply.text.includes("Acme &amp; Co &lt;Test&gt;"), reply.text);
    assert.ok(!reply.text.includes(BRAND), "the raw brand must not appear unescaped");
  });

  test("a redelivered reply (same MessageSid) is not confirmed twice", async () => {
    const from = phone();
    const sid = nextSid();
    const first = await stack.inbound({ From: from, Body: "STOP", MessageSid: sid });
    assert.match(first.text, /<Message>/);
    const again = await stack.inbound({ From: from, Body: "STOP", MessageSid: sid });
    assert.equal(again.status, 200);
    assert.match(again.text, /<Response\/>/);
  });

  test("START lifts an opt-out", async () => {
    const to = phone();
    assert.equal((await stack.inbound({ From: to, Body: "STOP" })).status, 200);
    assert.equal((await stack.send(marketing(to))).status, 403);
    const reply = await stack.inbound({ From: to, Body: "START" });
    assert.equal(reply.status, 200);
    assert.match(reply.text, /<Message>[^<]*resubscribed[^<]*<\/Message>/);
    const res = await stack.send(marketing(to));
    assert.equal(res.status, 202, res.text);
  });

  test("START lifts an opt-out that arrived through the snapshot", async () => {
    const to = phone();
    assert.equal((await stack.inbound({ From: to, Body: "STOP" })).status, 200);
    // Let the snapshot carry it, then opt in: the overlay must override the snapshot.
    const { sequence } = await stack.originHealth();
    await stack.waitForSequence(sequence);
    assert.equal((await stack.inbound({ From: to, Body: "START" })).status, 200);
    assert.equal((await stack.send(marketing(to))).status, 202);
  });

  test("HELP gets the help reply; an ordinary reply gets an empty response", async () => {
    const help = await stack.inbound({ From: phone(), Body: "HELP" });
    assert.equal(help.status, 200);
    assert.match(help.text, /<Response><Message>[^<]+<\/Message><\/Response>/);
    const none = await stack.inbound({ From: phone(), Body: "thanks, see you tomorrow" });
    assert.equal(none.status, 200);
    assert.match(none.text, /<Response\/>/);
  });

  test('"stop by at 3" does not suppress', async () => {
    const to = phone();
    const reply = await stack.inbound({ From: to, Body: "Can you stop by at 3?" });
    assert.equal(reply.status, 200);
    assert.match(reply.text, /<Response\/>/);
    const res = await stack.send(marketing(to));
    assert.equal(res.status, 202, res.text);
  });
});

describe("scope rules", () => {
  test("a marketing-scope opt-out blocks marketing, lets transactional through", async () => {
    const to = phone();
    const reply = await stack.inbound({ From: to, Body: "stop sending promos" });
    assert.equal(reply.status, 200);
    const m = await stack.send(marketing(to));
    assert.equal(m.status, 403, m.text);
    assert.equal(m.body.scope, "marketing");
    const t = await stack.send(transactional(to));
    assert.equal(t.status, 202, t.text);
  });

  test("an opt-out of everything blocks transactional too", async () => {
    const to = phone();
    assert.equal((await stack.inbound({ From: to, Body: "STOP" })).status, 200);
    const t = await stack.send(transactional(to));
    assert.equal(t.status, 403, t.text);
    assert.equal(t.body.scope, "all");
  });

  test("the same holds once the opt-out comes from the snapshot (fresh isolate)", async () => {
    const all = phone();
    const mkt = phone();
    assert.equal((await stack.inbound({ From: all, Body: "STOP" })).status, 200);
    assert.equal((await stack.inbound({ From: mkt, Body: "no more marketing please" })).status, 200);
    const { sequence } = await stack.originHealth();
    await stack.restartEdge();
    await stack.waitForSequence(sequence);
    assert.equal((await stack.status()).overlay.size, 0, "a fresh isolate has no overlay");
    assert.equal((await stack.send(transactional(all))).status, 403);
    assert.equal((await stack.send(marketing(mkt))).status, 403);
    assert.equal((await stack.send(transactional(mkt))).status, 202);
  });
});

describe("forwarding", () => {
  test("allowed sends reach the origin unchanged with the decision headers; blocked ones never do", async () => {
    const ok = phone();
    const out = phone();
    assert.equal((await stack.inbound({ From: out, Body: "STOP" })).status, 200);
    const okBody = `Allowed marker ${Math.random().toString(36).slice(2)}. Reply STOP to opt out.`;
    const blockedBody = `Blocked marker ${Math.random().toString(36).slice(2)}. Reply STOP to opt out.`;

    const sent = await stack.send(marketing(ok, okBody));
    assert.equal(sent.status, 202, sent.text);
    assert.match(sent.headers.get("x-stopgate-decision"), /^(allow|warn)$/);
    const blocked = await stack.send(marketing(out, blockedBody));
    assert.equal(blocked.status, 403);

    const log = await stack.originMessages();
    const entry = log.find((e) => JSON.stringify(e).includes(okBody));
    assert.ok(entry, "the allowed request is in the origin's log");
    assert.match(String(findHeader(entry, "x-stopgate-decision")), /^(allow|warn)$/);
    const seq = findHeader(entry, "x-stopgate-snapshot");
    assert.ok(seq !== undefined && /^\d+$/.test(String(seq)), `x-stopgate-snapshot is a sequence: ${seq}`);
    assert.equal(String(seq), sent.headers.get("x-stopgate-snapshot"));
    assert.ok(!log.some((e) => JSON.stringify(e).includes(blockedBody)), "the blocked request never reached the origin");
  });
});

describe("fleet", () => {
  test("an opt-out at one edge reaches another edge through the origin's delta", async () => {
    const other = await startEdge({ originPort: stack.originPort, publicKey: stack.publicKey, env: { STOPGATE_REFRESH_SECONDS: 1 } });
    try {
      const status = async () => (await fetch(`${other.edgeUrl}/v1/status`)).json();
      await waitFor(async () => (await status()).sequence !== null, { what: "second edge snapshot" });
      const to = phone();
      const send = () => fetch(`${other.edgeUrl}/v1/messages`, {
        method: "POST",
        headers: { "content-type": "application/json", ...authHeaders() },
        body: JSON.stringify(marketing(to)),
      });
      assert.equal((await send()).status, 202);
      assert.equal((await stack.inbound({ From: to, Body: "STOP" })).status, 200);
      const { sequence } = await stack.originHealth();
      // Requests drive the background refresh: poll with sends until it is blocked.
      await waitFor(async () => (await send()).status === 403, { what: "the second edge to block the number" });
      const s = await status();
      assert.ok(s.sequence >= sequence);
      assert.ok(s.deltasApplied >= 1, `the second edge applied deltas: ${JSON.stringify(s)}`);
    } finally {
      await stopProcess(other.child);
    }
  });
});
