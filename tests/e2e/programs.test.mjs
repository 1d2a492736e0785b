// Programs (contract C8) and revoke-all (C9) end to end: real workerd, real origin, the
// same programs JSON given to both. "STOP ALERTS" blocks alerts and not promos; under
// revoke-all a marketing opt-out ("STOP PROMOS") blocks a transactional send too, and the
// confirmation asks the FCC's clarifying question; the reply to it ("keep my account
// alerts" / "ALERTS") narrows the opt-out, after which alerts pass and promos stay blocked.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { phone, startStack, waitFor } from "./harness.mjs";

const PROGRAMS = [
  { id: "alerts", bit: 1, name: "Account alerts", kind: "transactional", words: ["alerts", "alert", "account alerts"] },
  { id: "promos", bit: 2, name: "Promotions", kind: "marketing", words: ["promos", "promo", "deals", "offers"] },
];
const alerts = (to) => ({ to, body: "Your statement is ready.", category: "transactional", program: "alerts" });
const promos = (to) => ({ to, body: "Deals today! Reply STOP to opt out.", category: "marketing", program: "promos" });
const plain = (to) => ({ to, body: "Your order has shipped.", category: "transactional" });

describe("programs, revoke-all off", () => {
  let stack;
  before(async () => {
    stack = await startStack({ seedCount: 10, refreshSeconds: 1, programs: PROGRAMS, revokeAll: "off" });
  });
  after(async () => {
    await stack?.stop();
  });

  test("status lists the programs for the compose form", async () => {
    const s = await stack.status();
    assert.deepEqual(s.programs, PROGRAMS.map(({ id, bit, name, kind }) => ({ id, bit, name, kind })));
    assert.equal(s.revokeAll, "off");
  });

  test("STOP ALERTS blocks alerts and not promos, at once and after the snapshot catches up", async () => {
    const to = phone();
    assert.equal((await stack.send(alerts(to))).status, 202);
    const reply = await stack.inbound({ From: to, Body: "STOP ALERTS" });
    assert.equal(reply.status, 200, reply.text);
    assert.match(reply.text, /unsubscribed from Account alerts/, reply.text);
    const blocked = await stack.send(alerts(to));
    assert.equal(blocked.status, 403, blocked.text);
    assert.equal(blocked.body.reason, "opted-out-program");
    assert.equal(blocked.body.scope, "alerts");
    assert.equal((await stack.send(promos(to))).status, 202, "promos still go");
    assert.equal((await stack.send(plain(to))).status, 202, "program-less transactional still goes");
    // Once the origin's delta reaches the edge, the snapshot says the same.
    const answered = await waitFor(async () => {
      const r = await stack.originCall(`/v1/consent/${encodeURIComponent(to)}?format=json`);
      return r.status === 200 && r.body.records.length > 0 ? r.body : null;
    }, { what: "the origin's consent record" });
    assert.equal(answered.records[0].scope, "alerts");
    assert.equal(answered.records[0].program, "alerts");
  });

  test("an unknown program is refused, never sent unchecked", async () => {
    const res = await stack.send({ ...alerts(phone()), program: "weather" });
    assert.equal(res.status, 400, res.text);
    assert.equal(res.body.error, "unknown-program");
  });
});

describe("programs, revoke-all on", () => {
  let stack;
  before(async () => {
    stack = await startStack({ seedCount: 10, refreshSeconds: 1, programs: PROGRAMS, revokeAll: "on", brand: "Acme" });
  });
  after(async () => {
    await stack?.stop();
  });

  for (const answer of ["keep my account alerts", "ALERTS"]) {
    test(`STOP PROMOS stops everything until ${JSON.stringify(answer)} narrows it`, async () => {
      const to = phone();
      const reply = await stack.inbound({ From: to, Body: "STOP PROMOS" });
      assert.equal(reply.status, 200, reply.text);
      assert.match(reply.text, /Acme: You(?:'|&apos;)re unsubscribed from all texts\. To keep getting Account alerts, reply ALERTS\. Reply HELP for help\./, reply.text);
      for (const message of [alerts(to), plain(to), promos(to)]) {
        const res = await stack.send(message);
        assert.equal(res.status, 403, `${JSON.stringify(message)} before the answer: ${res.text}`);
        assert.equal(res.body.scope, "all");
      }
      const narrowed = await stack.inbound({ From: to, Body: answer });
      assert.equal(narrowed.status, 200, narrowed.text);
      assert.match(narrowed.text, /keep getting Account alerts/, narrowed.text);
      assert.equal((await stack.send(alerts(to))).status, 202, "alerts pass after the answer");
      assert.equal((await stack.send(plain(to))).status, 202, "program-less transactional passes");
      const still = await stack.send(promos(to));
      assert.equal(still.status, 403, still.text);
      assert.equal(still.body.reason, "opted-out", "the marketing bit still covers promos");
      // A narrowing is accepted once: a second answer is an ordinary reply.
      const again = await stack.inbound({ From: to, Body: "ALERTS" });
      assert.doesNotMatch(again.text, /keep getting/, again.text);
      // The origin recorded the same: the widened opt-out, then the narrowing.
      const records = await waitFor(async () => {
        const r = await stack.originCall(`/v1/consent/${encodeURIComponent(to)}?format=json`);
        return r.status === 200 && r.body.records.length >= 2 ? r.body.records : null;
      }, { what: "the origin's consent records" });
      assert.deepEqual(records.map((r) => [r.action, r.scope]), [["opt_out", "all"], ["narrow", "marketing+promos"]]);
      // And once the edge's snapshot carries it, the verdicts are the same.
      await waitFor(async () => {
        const s = await stack.status();
        return s.overlay && s.overlay.size === 0 ? s : null;
      }, { what: "the edge's snapshot to carry the local changes", timeoutMs: 30000 }).catch(() => null);
      assert.equal((await stack.send(alerts(to))).status, 202);
      assert.equal((await stack.send(promos(to))).status, 403);
    });
  }
});
