// The trust boundary (issue 10), edge side and across the edge→origin hop: only a signed
// carrier webhook changes consent, only a key holder sends, screens or reads the list, the
// forwarded body is the one screened, a missing setting is refused loudly, the insecure
// switch works only when set. Real workerd, real origin.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, describe, test } from "node:test";
import {
  ROOT, SECRETS, authHeaders, call, nextSid, originSignature, phone, startEdge, startStack, stopProcess,
  twilioSignature, waitFor, webhookSignature,
} from "./harness.mjs";

let stack;
before(async () => {
  stack = await startStack({ seedCount: 5, refreshSeconds: 1 });
});
after(async () => {
  await stack?.stop();
});

const marketing = (to) => ({ to, body: "Sale today, 20% off. Reply STOP to opt out.", category: "marketing" });
const transactional = (to) => ({ to, body: "Your appointment is confirmed for 3pm.", category: "transactional" });

async function pkg() {
  const pkgJson = JSON.parse(readFileSync(path.join(ROOT, "pkg/package.json"), "utf8"));
  const e = pkgJson.exports?.["."];
  const entry = (e && (e.node?.import || e.node?.default || e.node || e.import || e.default)) || pkgJson.main;
  return import(pathToFileURL(path.join(ROOT, "pkg", typeof entry === "string" ? entry : "node.js")).href);
}
const { consentEffect } = await pkg();

describe("inbound webhooks must be signed", () => {
  test("unsigned or wrongly signed STOP and START are refused, and nothing changes", async () => {
    const out = phone();
    assert.equal((await stack.inbound({ From: out, Body: "STOP" })).status, 200);
    assert.equal((await stack.send(marketing(out))).status, 403);
    const fresh = phone();
    const before = await stack.originHealth();

    for (const [name, opts] of [["unsigned", { sign: false }], ["wrong token", { token: "not-the-token" }]]) {
      const start = await stack.inbound({ From: out, Body: "START" }, opts);
      assert.equal(start.status, 403, `${name} START: ${start.text}`);
      assert.equal(start.body.error, "bad-signature");
      const stop = await stack.inbound({ From: fresh, Body: "STOP" }, opts);
      assert.equal(stop.status, 403, `${name} STOP: ${stop.text}`);
    }
    // A signature over another URL (a replay against another host or path) does not match either.
    const form = new URLSearchParams({ From: out, To: "+15005550006", Body: "START", MessageSid: nextSid() });
    const elsewhere = await call(`${stack.edgeUrl}/v1/inbound`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": twilioSignature("https://elsewhere.example/v1/inbound", form) },
      body: form.toString(),
    });
    assert.equal(elsewhere.status, 403);

    assert.equal((await stack.send(marketing(out))).status, 403, "the opt-out still holds");
    assert.equal((await stack.send(marketing(fresh))).status, 202, "the forged STOP cut nobody off");
    assert.equal((await stack.originHealth()).sequence, before.sequence, "the origin recorded nothing");
  });

  test("a correctly signed START lifts, a signed STOP suppresses", async () => {
    const to = phone();
    assert.equal((await stack.inbound({ From: to, Body: "STOP" })).status, 200);
    assert.equal((await stack.send(transactional(to))).status, 403);
    const start = await stack.inbound({ From: to, Body: "START" });
    assert.equal(start.status, 200);
    assert.match(start.text, /resubscribed/);
    assert.equal((await stack.send(marketing(to))).status, 202);
  });

  test("a YES after a marketing-only opt-out leaves marketing blocked",
    { skip: typeof consentEffect !== "function" && "the package has no consentEffect (contract C6) yet" }, async () => {
      const to = phone();
      assert.equal((await stack.inbound({ From: to, Body: "stop sending promos" })).status, 200);
      assert.equal((await stack.send(marketing(to))).status, 403);
      const yes = await stack.inbound({ From: to, Body: "YES" });
      assert.equal(yes.status, 200);
      assert.doesNotMatch(yes.text, /resubscribed/);
      const { sequence } = await stack.originHealth();
      await stack.waitForSequence(sequence);
      const m = await stack.send(marketing(to));
      assert.equal(m.status, 403, m.text);
      assert.equal((await stack.send(transactional(to))).status, 202);
    });

  test("the generic JSON webhook: signed and inside the window, or refused", async () => {
    const url = `${stack.edgeUrl}/v1/inbound/webhook`;
    const to = phone();
    const payload = JSON.stringify({ id: nextSid(), from: to, to: "+15005550006", body: "STOP" });
    const post = (body, sig) => call(url, { method: "POST", headers: { "content-type": "application/json", ...(sig ? { "x-stopgate-webhook-signature": sig } : {}) }, body });

    assert.equal((await post(payload, null)).status, 403);
    assert.equal((await post(payload, webhookSignature(payload, "wrong-secret"))).status, 403);
    assert.equal((await post(payload, webhookSignature(payload, SECRETS.webhookSecret, Math.floor(Date.now() / 1000) - 301))).status, 403);
    const tampered = payload.replace("STOP", "HELP");
    assert.equal((await post(tampered, webhookSignature(payload))).status, 403);
    assert.equal((await stack.send(marketing(to))).status, 202, "nothing changed");

    const ok = await post(payload, webhookSignature(payload));
    assert.equal(ok.status, 200, ok.text);
    assert.equal(ok.body.duplicate, false);
    assert.equal(ok.body.intent, "opt_out");
    assert.equal((await stack.send(marketing(to))).status, 403);
    const replay = await post(payload, webhookSignature(payload));
    assert.equal(replay.status, 200);
    assert.equal(replay.body.duplicate, true, "a replay is answered idempotently by id");
    assert.equal(replay.body.reply, null);
  });

  test("the generic webhook's id from another number is another reply: recorded and blocked, at the edge and the origin", async () => {
    // A webhook's ids are chosen by whoever sends them; one may repeat across numbers.
    const url = `${stack.edgeUrl}/v1/inbound/webhook`;
    const id = nextSid();
    const [first, second] = [phone(), phone()];
    const post = (body) => call(url, { method: "POST", headers: { "content-type": "application/json", "x-stopgate-webhook-signature": webhookSignature(body) }, body });
    for (const from of [first, second]) {
      const r = await post(JSON.stringify({ id, from, to: "+15005550006", body: "STOP" }));
      assert.equal(r.status, 200, r.text);
      assert.equal(r.body.duplicate, false, `${from}: ${r.text}`);
      assert.equal((await stack.send(marketing(from))).status, 403, "blocked at once at the edge");
    }
    for (const from of [first, second]) {
      const records = await waitFor(async () => {
        const r = await stack.originCall(`/v1/consent/${encodeURIComponent(from)}?format=json`);
        return r.status === 200 && r.body.records.length > 0 ? r.body.records : null;
      }, { what: `the origin's consent record of ${from}` });
      assert.deepEqual(records.map((r) => r.action), ["opt_out"], `${from} recorded once at the origin`);
    }
    const again = await post(JSON.stringify({ id, from: second, to: "+15005550006", body: "STOP" }));
    assert.equal(again.body.duplicate, true, "the same id from the same number is a redelivery");
  });
});

describe("API keys", () => {
  test("sends, screening and list reads without a key or with a bad one get 401", async () => {
    const routes = [
      ["POST", "/v1/messages", JSON.stringify(marketing(phone()))],
      ["POST", "/v1/screen", JSON.stringify({ recipients: [phone()], body: "hi", category: "marketing" })],
      ["GET", "/v1/snapshot", undefined],
      ["GET", "/v1/snapshot/delta?since=1", undefined],
    ];
    for (const [method, p, body] of routes) {
      for (const headers of [{}, { authorization: "Bearer nope" }, { authorization: `Basic ${SECRETS.apiKey}` }, authHeaders(`${SECRETS.apiKey}x`)]) {
        const res = await call(`${stack.edgeUrl}${p}`, { method, headers: { "content-type": "application/json", ...headers }, body });
        assert.equal(res.status, 401, `${method} ${p} with ${JSON.stringify(headers)}: ${res.text}`);
        assert.equal(res.body.error, "unauthorized");
      }
      const ok = await call(`${stack.edgeUrl}${p}`, { method, headers: { "content-type": "application/json", ...authHeaders() }, body });
      assert.ok(ok.status < 400, `${method} ${p} with the key: ${ok.status} ${ok.text}`);
    }
  });

  test("several keys: any of them works (rotation); status reveals no list contents", async () => {
    const edge = await startEdge({ originPort: stack.originPort, publicKey: stack.publicKey, env: { STOPGATE_API_KEYS: `old-key, ${SECRETS.apiKey}` } });
    try {
      await waitFor(async () => (await (await fetch(`${edge.edgeUrl}/v1/status`)).json()).sequence !== null, { what: "edge snapshot" });
      for (const key of ["old-key", SECRETS.apiKey]) {
        const res = await stack.send(marketing(phone()), { key, url: edge.edgeUrl });
        assert.equal(res.status, 202, `${key}: ${res.text}`);
      }
      assert.equal((await stack.send(marketing(phone()), { key: "older-key", url: edge.edgeUrl })).status, 401);
      const out = phone();
      await stack.inbound({ From: out, Body: "STOP" }, { url: edge.edgeUrl });
      const s = await (await fetch(`${edge.edgeUrl}/v1/status`)).text();
      assert.ok(!s.includes(out.slice(1)), "status names no number");
    } finally {
      await stopProcess(edge.child);
    }
  });
});

describe("canonical forwarding", () => {
  test("duplicate keys, or keys differing only in case, are refused with 400", async () => {
    const a = phone();
    const b = phone();
    for (const raw of [
      `{"to":"${a}","To":"${b}","body":"Hello. Reply STOP to opt out.","category":"marketing"}`,
      `{"to":"${a}","body":"Hello. Reply STOP to opt out.","category":"marketing","to":"${b}"}`,
      `{"to":"${a}","body":"x","BODY":"y","category":"marketing"}`,
      `{"to":"${a}","body":"x","category":"marketing","meta":{"k":1,"K":2}}`,
    ]) {
      const res = await call(`${stack.edgeUrl}/v1/messages`, { method: "POST", headers: { "content-type": "application/json", ...authHeaders() }, body: raw });
      assert.equal(res.status, 400, `${raw}: ${res.text}`);
      assert.equal(res.body.error, "duplicate-key");
    }
  });

  test("the origin receives the screened fields, rebuilt (not the caller's bytes)", async () => {
    const marker = `canonical ${Math.random().toString(36).slice(2)}`;
    const raw = `{"to":"(415) 555-0177","body":"${marker}. Reply STOP to opt out.","category":"marketing","extra":"ignored","callback":"http://x"}`;
    const res = await call(`${stack.edgeUrl}/v1/messages`, { method: "POST", headers: { "content-type": "application/json", ...authHeaders() }, body: raw });
    assert.equal(res.status, 202, res.text);
    const entry = (await stack.originMessages()).find((e) => JSON.stringify(e).includes(marker));
    assert.ok(entry, "logged at the origin");
    assert.deepEqual(entry.body, { to: "+14155550177", body: `${marker}. Reply STOP to opt out.`, category: "marketing" });
  });
});

describe("the edge→origin hop", () => {
  test("the origin refuses unsigned and replayed edge requests and ignores a forged classification", async (t) => {
    const unsigned = await call(`${stack.originUrl}/v1/messages?limit=1`);
    if (unsigned.status === 200) return t.skip("this origin does not check edge signatures yet (contract C4)");
    assert.equal(unsigned.status, 401, unsigned.text);
    assert.equal(unsigned.body.error, "unauthorized");

    const to = phone();
    const body = JSON.stringify({ messageId: nextSid(), from: to, to: "+15005550006", body: "STOP", receivedAt: Date.now(), provider: "webhook", classification: { intent: "opt_out", scope: "all" } });
    const headers = { "content-type": "application/json", ...originSignature("POST", "/v1/inbound", body) };
    const first = await call(`${stack.originUrl}/v1/inbound`, { method: "POST", headers, body });
    assert.equal(first.status, 200, first.text);
    const replayed = await call(`${stack.originUrl}/v1/inbound`, { method: "POST", headers, body });
    assert.equal(replayed.status, 401, replayed.text);
    await stack.waitForSequence(first.body.sequence);
    const wrong = await call(`${stack.originUrl}/v1/inbound`, { method: "POST", headers: { "content-type": "application/json", ...originSignature("POST", "/v1/inbound", body, "not-the-secret") }, body });
    assert.equal(wrong.status, 401);

    // "opt_in" claimed for a text that is no opt-in: the origin reads the text itself.
    const before = await stack.originHealth();
    assert.equal((await stack.send(marketing(to))).status, 403);
    const forged = await stack.originInbound(to, "thanks, see you at 3", { classification: { intent: "opt_in", scope: null } });
    assert.notEqual(forged.recorded, true, JSON.stringify(forged));
    assert.equal((await stack.originHealth()).sequence, before.sequence);
    await stack.waitForSequence(before.sequence);
    assert.equal((await stack.send(marketing(to))).status, 403, "still opted out");
  });
});

describe("configuration", () => {
  test("nothing configured: the routes answer 503 naming the missing setting; status says what is on", async () => {
    const edge = await startEdge({ originPort: stack.originPort, publicKey: stack.publicKey,
      env: { STOPGATE_API_KEYS: "", STOPGATE_TWILIO_AUTH_TOKEN: "", STOPGATE_WEBHOOK_SECRET: "", STOPGATE_ORIGIN_SECRET: "" } });
    try {
      const cases = [
        ["POST", "/v1/messages", JSON.stringify(marketing(phone())), "STOPGATE_API_KEYS"],
        ["POST", "/v1/screen", JSON.stringify({ recipients: [phone()], body: "x", category: "marketing" }), "STOPGATE_API_KEYS"],
        ["GET", "/v1/snapshot", undefined, "STOPGATE_API_KEYS"],
        ["POST", "/v1/inbound", new URLSearchParams({ From: phone(), To: "+15005550006", Body: "START", MessageSid: nextSid() }).toString(), "STOPGATE_TWILIO_AUTH_TOKEN"],
        ["POST", "/v1/inbound/webhook", JSON.stringify({ id: "x", from: phone(), body: "STOP" }), "STOPGATE_WEBHOOK_SECRET"],
      ];
      for (const [method, p, body, setting] of cases) {
        const res = await call(`${edge.edgeUrl}${p}`, { method, headers: { "content-type": p === "/v1/inbound" ? "application/x-www-form-urlencoded" : "application/json" }, body });
        assert.equal(res.status, 503, `${p}: ${res.text}`);
        assert.equal(res.body.error, "not-configured");
        assert.ok(res.body.message.includes(setting), `${p} names ${setting}: ${res.body.message}`);
      }
      const s = await (await fetch(`${edge.edgeUrl}/v1/status`)).json();
      assert.deepEqual(s.security, { insecure: false, apiKeys: false, twilioSignature: false, webhookSignature: false, originAuth: false, listExport: true });
      assert.equal(s.sequence, null, "no unsigned origin calls: no snapshot");
      assert.match(s.lastRefreshError.message, /STOPGATE_ORIGIN_SECRET/);
    } finally {
      await stopProcess(edge.child);
    }
  });

  test("STOPGATE_INSECURE=1 opens only what is unconfigured, is logged and shown in status", async () => {
    const edge = await startEdge({ originPort: stack.originPort, publicKey: stack.publicKey,
      env: { STOPGATE_INSECURE: "1", STOPGATE_API_KEYS: "", STOPGATE_TWILIO_AUTH_TOKEN: "", STOPGATE_WEBHOOK_SECRET: "" } });
    try {
      await waitFor(async () => (await (await fetch(`${edge.edgeUrl}/v1/status`)).json()).sequence !== null, { what: "insecure edge snapshot" });
      const s = await (await fetch(`${edge.edgeUrl}/v1/status`)).json();
      assert.deepEqual(s.security, { insecure: true, apiKeys: false, twilioSignature: false, webhookSignature: false, originAuth: true, listExport: true });
      assert.ok(edge.child.stderrTail.some((l) => l.includes("STOPGATE_INSECURE=1")), `logged: ${edge.child.stderrTail.join("\n")}`);
      const to = phone();
      assert.equal((await stack.send(marketing(to), { key: null, url: edge.edgeUrl })).status, 202);
      const stop = await stack.inbound({ From: to, Body: "STOP" }, { sign: false, url: edge.edgeUrl });
      assert.equal(stop.status, 200, stop.text);
      assert.equal((await stack.send(marketing(to), { key: null, url: edge.edgeUrl })).status, 403);
    } finally {
      await stopProcess(edge.child);
    }
  });

  test("EXPORT_LIST=false turns the list routes off; screening still works", async () => {
    const edge = await startEdge({ originPort: stack.originPort, publicKey: stack.publicKey, env: { STOPGATE_EXPORT_LIST: "false" } });
    try {
      await waitFor(async () => (await (await fetch(`${edge.edgeUrl}/v1/status`)).json()).sequence !== null, { what: "edge snapshot" });
      for (const p of ["/v1/snapshot", "/v1/snapshot/delta?since=0"]) {
        const res = await call(`${edge.edgeUrl}${p}`, { headers: authHeaders() });
        assert.equal(res.status, 403, res.text);
        assert.equal(res.body.error, "export-disabled");
        assert.match(res.body.message, /EXPORT_LIST/);
      }
      const screen = await call(`${edge.edgeUrl}/v1/screen`, { method: "POST", headers: { "content-type": "application/json", ...authHeaders() },
        body: JSON.stringify({ recipients: [phone()], body: "Hi. Reply STOP to opt out.", category: "marketing" }) });
      assert.equal(screen.status, 200, screen.text);
      assert.equal((await (await fetch(`${edge.edgeUrl}/v1/status`)).json()).security.listExport, false);
    } finally {
      await stopProcess(edge.child);
    }
  });
});
