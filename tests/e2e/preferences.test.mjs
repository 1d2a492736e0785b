// The preference link end to end (issue 16, contract C11), in Chromium against the real stack
// (workerd + origin): a signed STOP gets a confirmation with a link; the page records the
// channel picked as consent (method preference_page); a later marketing send to that number
// is blocked and names the channel; tampered and expired links are refused with a clear page.
import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { chromium } from "playwright-core";
import { SECRETS, authHeaders, call, phone, startStack } from "./harness.mjs";

let stack;
let browser;

before(async () => {
  stack = await startStack({ refreshSeconds: 1, brand: "Acme" });
  // The link is built on PUBLIC_URL, known once the edge has its port: restart it on that port.
  await stack.restartEdge({ STOPGATE_PUBLIC_URL: stack.edgeUrl });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_BIN || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
});
after(async () => {
  await browser?.close();
  await stack?.stop();
});

/** A token as contract C11 defines it, made here with Node's crypto (not the edge's code). */
function token(e164, expiresAt, secret = SECRETS.originSecret) {
  const key = createHmac("sha256", secret).update("stopgate preference link v1").digest();
  const payload = `${e164}.${expiresAt}`;
  return `${Buffer.from(payload).toString("base64url")}.${createHmac("sha256", key).update(payload).digest("base64url")}`;
}

async function stopAndGetLink(number) {
  const reply = await stack.inbound({ From: number, Body: "STOP" });
  assert.equal(reply.status, 200, reply.text);
  const m = /<Message>([^<]*)<\/Message>/.exec(reply.text);
  assert.ok(m, reply.text);
  assert.match(m[1], /unsubscribed/);
  const link = /(https?:\/\/\S+\/p\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/.exec(m[1]);
  assert.ok(link, `the confirmation carries a preference link: ${m[1]}`);
  assert.ok(link[1].startsWith(`${stack.edgeUrl}/p/`), link[1]);
  return link[1];
}

const marketing = (to) => ({ to, body: "Flash sale: 20% off today. Reply STOP to opt out.", category: "marketing" });

describe("preference link", () => {
  test("STOP → link → pick email on the page → recorded; a later send names the email channel", async () => {
    const number = phone();
    const link = await stopAndGetLink(number);

    const page = await browser.newPage();
    try {
      const res = await page.goto(link);
      assert.equal(res.status(), 200);
      assert.equal(res.headers()["referrer-policy"], "no-referrer");
      await page.getByRole("heading", { level: 1 }).waitFor();
      assert.match(await page.locator("main").innerText(), new RegExp(`ending ${number.slice(-4)}`));
      // Accessible names: every control is found by its label.
      await page.getByLabel("Email me instead").check();
      await page.getByLabel("Email address").fill("ana@example.com");
      await page.getByRole("button", { name: "Save my choices" }).click();
      await page.locator('[data-saved="true"]').waitFor();
      assert.match(await page.locator('li[data-kind="email"]').innerText(), /ana@example\.com/);

      // A bad address is refused on the page with a message tied to the field.
      await page.goto(link);
      await page.getByLabel("Email me instead").check();
      await page.getByLabel("Email address").fill("not-an-address@nowhere");
      // Bypass the browser's own type=email check: the server must refuse too.
      await page.locator("form").evaluate((f) => f.setAttribute("novalidate", ""));
      await page.getByRole("button", { name: "Save my choices" }).click();
      await page.getByRole("alert").waitFor();
      assert.match(await page.getByRole("alert").innerText(), /valid email address/);
      assert.equal(await page.getByLabel("Email address").getAttribute("aria-invalid"), "true");
    } finally {
      await page.close();
    }

    const receipt = await stack.originCall(`/v1/consent/${encodeURIComponent(number)}`);
    assert.equal(receipt.status, 200, receipt.text);
    const methods = receipt.body.records.map((r) => `${r.action}/${r.method}/${r.scope}`);
    assert.deepEqual(methods, ["opt_out/keyword/all", "opt_in/preference_page/channel:email"], receipt.text);
    assert.equal(receipt.body.records[1].text, "ana@example.com");
    assert.equal(receipt.body.records[1].pageVersion, "prefs-1");

    const sent = await stack.send(marketing(number));
    assert.equal(sent.status, 403, sent.text);
    assert.equal(sent.body.reason, "opted-out");
    assert.deepEqual(sent.body.channels, [{ kind: "email", address: "ana@example.com" }]);

    const clean = "+18005550177";
    const screened = await call(`${stack.edgeUrl}/v1/screen`, {
      method: "POST",
      headers: { "content-type": "application/json", ...authHeaders() },
      body: JSON.stringify({ recipients: [number, clean], body: "Sale today", category: "marketing" }),
    });
    assert.equal(screened.status, 200, screened.text);
    const [mine, theirs] = screened.body.results;
    assert.equal(mine.decision, "block");
    assert.deepEqual(mine.channels, [{ kind: "email", address: "ana@example.com" }]);
    assert.equal(theirs.decision, "allow");
    assert.ok(!("channels" in theirs), "an allow is never looked up");
  });

  test("an opt-out without channels: the blocked result has no `channels`", async () => {
    const number = phone();
    await stopAndGetLink(number);
    const sent = await stack.send(marketing(number));
    assert.equal(sent.status, 403);
    assert.ok(!("channels" in sent.body), sent.text);
  });

  test("a tampered link and an expired link are refused with a clear page", async () => {
    const number = phone();
    const link = await stopAndGetLink(number);
    const [base, tok] = link.split("/p/");
    const [payload, mac] = tok.split(".");
    const flip = (s) => (s[0] === "A" ? "B" : "A") + s.slice(1);
    const other = `${Buffer.from(`${phone()}.${Math.floor(Date.now() / 1000) + 3600}`).toString("base64url")}.${mac}`;
    const cases = [
      ["tampered MAC", `${base}/p/${payload}.${flip(mac)}`, /signature does not match/],
      ["another number, same MAC", `${base}/p/${other}`, /signature does not match/],
      ["expired", `${base}/p/${token(number, Math.floor(Date.now() / 1000) - 60)}`, /expired/],
      ["malformed", `${base}/p/${payload}`, /not valid/],
      // A malformed percent-escape: refused, not a 500 (security review).
      ["a bad escape", `${base}/p/%E0`, /not valid/],
      ["another secret", `${base}/p/${token(number, Math.floor(Date.now() / 1000) + 3600, "a-different-secret-0123456789")}`, /signature does not match/],
    ];
    const page = await browser.newPage();
    try {
      for (const [name, url, why] of cases) {
        const res = await page.goto(url);
        assert.equal(res.status(), 403, name);
        assert.match(await page.getByRole("heading", { level: 1 }).innerText(), /cannot be used/, name);
        assert.match(await page.getByRole("alert").innerText(), why, name);
        assert.equal(await page.locator("form").count(), 0, `${name}: no form`);
      }
    } finally {
      await page.close();
    }
    // POSTing a choice with a refused link records nothing.
    const expired = `${base}/p/${token(number, Math.floor(Date.now() / 1000) - 60)}`;
    const posted = await call(expired, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "email_on=1&email=mallory%40example.com" });
    assert.equal(posted.status, 403);
    const channels = await stack.originCall(`/v1/channels/${encodeURIComponent(number)}`);
    assert.deepEqual(channels.body.channels, []);
  });
});

// Issue 15 with issue 16: the page narrows the SMS opt-out to the programs ticked (C11
// keepPrograms, C9's rule), and a send to an opted-out number is linted as such.
describe("preference link with programs", () => {
  const PROGRAMS = [
    { id: "alerts", bit: 1, name: "Account alerts", kind: "transactional", words: ["alerts", "alert"] },
    { id: "promos", bit: 2, name: "Promotions", kind: "marketing", words: ["promos", "deals"] },
  ];
  const alerts = (to) => ({ to, body: "Your statement is ready.", category: "transactional", program: "alerts" });
  const promos = (to) => ({ to, body: "Deals today! Reply STOP to opt out.", category: "marketing", program: "promos" });
  let s2;
  before(async () => {
    s2 = await startStack({ refreshSeconds: 1, brand: "Acme", programs: PROGRAMS, revokeAll: "off" });
    await s2.restartEdge({ STOPGATE_PUBLIC_URL: s2.edgeUrl });
  });
  after(async () => {
    await s2?.stop();
  });

  test("STOP → link → keep Account alerts → alerts pass at once and after the snapshot; promos stay blocked", async () => {
    const number = phone();
    const reply = await s2.inbound({ From: number, Body: "STOP" });
    assert.equal(reply.status, 200, reply.text);
    const link = /(https?:\/\/\S+\/p\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/.exec(reply.text)[1];
    assert.equal((await s2.send(alerts(number))).status, 403, "STOP stops alerts too");

    const page = await browser.newPage();
    try {
      assert.equal((await page.goto(link)).status(), 200);
      await page.getByLabel("Account alerts").check();
      assert.equal(await page.getByLabel("Promotions").isChecked(), false);
      await page.getByRole("button", { name: "Save my choices" }).click();
      await page.locator('[data-saved="true"]').waitFor();
      assert.match(await page.locator("[data-kept]").innerText(), /keep getting Account alerts/);
    } finally {
      await page.close();
    }
    // At once (the edge's local change), before any snapshot carries it.
    const sent = await s2.send(alerts(number));
    assert.equal(sent.status, 202, sent.text);
    const blocked = await s2.send(promos(number));
    assert.equal(blocked.status, 403, blocked.text);
    // The origin's record, and the list the next snapshot carries.
    const receipt = await s2.originCall(`/v1/consent/${encodeURIComponent(number)}`);
    const last = receipt.body.records.at(-1);
    assert.deepEqual([last.action, last.method, last.scope, last.program], ["narrow", "preference_page", "marketing+promos", "alerts"], receipt.text);
    await s2.waitForSequence(last.sequence);
    assert.equal((await s2.send(alerts(number))).status, 202, "after the snapshot too");
    assert.equal((await s2.send(promos(number))).status, 403);
  });

  test("a marketing body asking an opted-out number back by SMS carries the re-engagement warning", async () => {
    const number = phone();
    await s2.inbound({ From: number, Body: "STOP" });
    const body = "We miss you! Reply START to rejoin and get 20% off.";
    const sent = await s2.send({ to: number, body, category: "marketing" });
    assert.equal(sent.status, 403, sent.text);
    assert.ok(sent.body.findings.some((f) => f.kind === "re-engagement"), sent.text);
    const screened = await call(`${s2.edgeUrl}/v1/screen`, {
      method: "POST",
      headers: { "content-type": "application/json", ...authHeaders() },
      body: JSON.stringify({ recipients: [number], body, category: "marketing" }),
    });
    assert.equal(screened.status, 200, screened.text);
    assert.ok(screened.body.findings.some((f) => f.kind === "re-engagement"), screened.text);
    // Nobody opted out: no such warning.
    const clean = await call(`${s2.edgeUrl}/v1/screen`, {
      method: "POST",
      headers: { "content-type": "application/json", ...authHeaders() },
      body: JSON.stringify({ recipients: ["+18005550177"], body, category: "marketing" }),
    });
    assert.ok(!clean.body.findings.some((f) => f.kind === "re-engagement"), clean.text);
  });
});
