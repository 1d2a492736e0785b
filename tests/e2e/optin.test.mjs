// Double opt-in through the real stack (issue 16, contract C10), in Chromium: the edge's
// form at /optin, the public POST /v1/optin it makes, the origin's one prompt in its
// outbound log, and a signed YES from that number recording consent with its evidence.
// Real workerd, real origin; playwright-core drives the system's Chromium.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { chromium } from "playwright-core";
import { call, phone, startStack, waitFor } from "./harness.mjs";

const PROGRAMS = [
  { id: "alerts", bit: 1, name: "Account alerts", kind: "transactional", words: ["alerts"] },
  { id: "promos", bit: 2, name: "Promotions", kind: "marketing", words: ["promos"] },
];

let browser;
before(async () => {
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
});
after(async () => {
  await browser?.close();
});

/** Opens the form, fills it and submits; returns the page (still open), its page version and what it said. */
async function signUp(stack, number, labels) {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${stack.edgeUrl}/optin`);
  await page.getByLabel("Mobile number").fill(number);
  for (const label of labels) await page.getByLabel(label).check();
  const pageVersion = await page.locator("input[name=pageVersion]").inputValue();
  await page.getByRole("button", { name: "Sign up" }).click();
  const status = page.getByRole("status");
  await waitFor(async () => (await status.textContent()).trim() !== "", { what: "the form's answer" });
  assert.deepEqual(errors, []);
  return { page, pageVersion, said: (await status.textContent()).trim() };
}

async function prompts(stack, number) {
  return (await stack.originMessages()).filter((m) => m.body?.kind === "optin-prompt" && m.body.to === number);
}

async function receipt(stack, number, format = "json") {
  const res = await stack.originCall(`/v1/consent/${encodeURIComponent(number)}?format=${format}`);
  assert.equal(res.status, 200, res.text);
  return format === "json" ? res.body : res.text;
}

describe("double opt-in with programs", () => {
  let stack;
  before(async () => {
    stack = await startStack({ seedCount: 5, brand: "Acme", originArgs: ["--brand", "Acme"],
      edgeEnv: { STOPGATE_PROGRAMS: JSON.stringify(PROGRAMS), STOPGATE_OPTIN_TERMS_URL: "https://acme.example/terms" } });
  });
  after(async () => {
    await stack?.stop();
  });

  test("the form shows the disclosure carriers require, with accessible labels", async () => {
    const page = await browser.newPage();
    await page.goto(`${stack.edgeUrl}/optin`);
    const text = await page.locator("#disclosure").textContent();
    for (const needed of ["Acme", "Account alerts, Promotions", "Msg frequency varies.", "Msg & data rates may apply.",
      "Reply HELP for help, STOP to cancel."]) assert.ok(text.includes(needed), `${needed} in ${text}`);
    assert.equal(await page.getByRole("link", { name: "https://acme.example/terms" }).count(), 1);
    for (const label of ["Mobile number", "Account alerts", "Promotions"]) assert.equal(await page.getByLabel(label).count(), 1, label);
    assert.equal(await page.locator("input[type=checkbox]:checked").count(), 0, "nothing is ticked in advance");
    await page.close();
  });

  test("a sign-up sends one prompt; a signed YES from that number records consent with its evidence; another number's YES records nothing", async () => {
    const number = phone();
    const stranger = phone();
    // The number's history starts with an opt-out.
    assert.equal((await stack.inbound({ From: number, Body: "STOP" })).status, 200);
    await waitFor(async () => (await receipt(stack, number)).records.length === 1, { what: "the STOP recorded" });

    const { page, pageVersion, said } = await signUp(stack, number, ["Promotions"]);
    assert.match(said, /reply YES/i);
    assert.match(pageVersion, /^sha256-[0-9a-f]{12}$/);
    const sent = await prompts(stack, number);
    assert.equal(sent.length, 1);
    const code = sent[0].body.code;
    assert.match(code, /^[0-9]{4}$/);
    assert.equal(sent[0].body.body, `Acme: Reply YES ${code} to confirm promos texts. Msg freq varies. Msg & data rates may apply. Reply HELP for help, STOP to cancel.`);

    // Submitting again within ten minutes sends nothing more.
    await page.getByRole("button", { name: "Sign up" }).click();
    await waitFor(async () => /few minutes ago/.test(await page.getByRole("status").textContent()), { what: "the rate-limit answer" });
    assert.equal((await prompts(stack, number)).length, 1);
    await page.close();

    // A YES from a number that asked for nothing records nothing.
    const other = await stack.inbound({ From: stranger, Body: "YES" });
    assert.equal(other.status, 200);
    const none = await receipt(stack, stranger);
    assert.deepEqual([none.records.length, none.optin.length], [0, 0]);

    // The number is opted out: a plain YES from it confirms nothing (anyone can fill the
    // form); the YES with the prompt's code confirms.
    assert.equal((await stack.inbound({ From: number, Body: "YES" })).status, 200);
    assert.deepEqual((await receipt(stack, number)).records.map((x) => x.method), ["keyword"]);
    const yes = await stack.inbound({ From: number, Body: `YES ${code}` });
    assert.equal(yes.status, 200);
    assert.match(yes.text, /resubscribed/, "the confirmation reply");
    const r = await receipt(stack, number);
    assert.deepEqual(r.records.map((x) => [x.action, x.method]), [["opt_out", "keyword"], ["opt_in", "web_form"]]);
    const consent = r.records[1];
    assert.equal(consent.pageVersion, pageVersion);
    assert.equal(consent.text, `YES ${code}`);
    assert.equal(consent.program, "promos");
    assert.equal(consent.scope, "all");
    assert.equal(consent.to, "+15005550006");
    assert.ok(consent.rule && consent.confidence > 0);
    assert.equal(r.optin.length, 1);
    assert.equal(r.optin[0].state, "confirmed");
    assert.ok(r.optin[0].disclosure.includes("Msg & data rates may apply."));
    const byId = await stack.originCall(`/v1/optin/${r.optin[0].id}`);
    assert.equal(byId.body.state, "confirmed");
    assert.ok(byId.body.confirmedAt >= byId.body.createdAt);

    // The export shows the whole history, in order: opt-out, opt-in request, confirmation.
    const csv = (await receipt(stack, number, "csv")).trim().split("\r\n");
    assert.equal(csv.length, 4, csv.join("\n"));
    assert.match(csv[1], /,opt_out,keyword,all,/);
    assert.match(csv[2], /,optin_request,web_form,confirmed,promos,/);
    assert.ok(csv[3].includes(`,opt_in,web_form,all,promos,YES ${code},`), csv[3]);

    // And marketing to the number goes through again once the edge has the lift.
    const { sequence } = await stack.originHealth();
    await stack.waitForSequence(sequence, { timeoutMs: 60000 });
    const send = await stack.send({ to: number, body: "Acme: 20% off today. Reply STOP to cancel.", category: "marketing" });
    assert.equal(send.status, 202, send.text);
  });

  test("the public route checks what it forwards", async () => {
    const post = (body) => call(`${stack.edgeUrl}/v1/optin`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const page = await browser.newPage();
    await page.goto(`${stack.edgeUrl}/optin`);
    const pageVersion = await page.locator("input[name=pageVersion]").inputValue();
    await page.close();
    const bad = await post({ number: "12", programs: ["alerts"], pageVersion });
    assert.deepEqual([bad.status, bad.body.field], [400, "number"]);
    const unknown = await post({ number: phone(), programs: ["nope"], pageVersion });
    assert.deepEqual([unknown.status, unknown.body.field], [400, "programs"]);
    const nothing = await post({ number: phone(), programs: [], pageVersion });
    assert.deepEqual([nothing.status, nothing.body.field], [400, "programs"]);
    const stale = await post({ number: phone(), programs: ["alerts"], pageVersion: "sha256-000000000000" });
    assert.equal(stale.status, 409);
    // The origin takes no unsigned request for a prompt.
    const direct = await call(`${stack.originUrl}/v1/optin`, { method: "POST", headers: { "content-type": "application/json" },
      body: JSON.stringify({ number: phone(), pageVersion, disclosure: "x" }) });
    assert.equal(direct.status, 401);
  });
});

describe("an expired prompt", () => {
  let stack;
  before(async () => {
    stack = await startStack({ seedCount: 5, originArgs: ["--optin-window", "2"] });
  });
  after(async () => {
    await stack?.stop();
  });

  test("a YES after the window confirms nothing", async () => {
    const number = phone();
    const { page, said } = await signUp(stack, number, ["Text messages from Stopgate Demo"]);
    await page.close();
    assert.match(said, /reply YES/i);
    assert.equal((await prompts(stack, number)).length, 1);
    // Not a timing assertion: waiting out a 2-second window.
    await new Promise((r) => setTimeout(r, 3000));
    assert.equal((await stack.inbound({ From: number, Body: "YES" })).status, 200);
    const r = await receipt(stack, number);
    assert.equal(r.records.length, 0, JSON.stringify(r));
    assert.equal(r.optin.length, 1);
    assert.equal(r.optin[0].state, "expired");
  });
});

// Issue 15 with issue 16: the same programs at the origin (--programs) and the edge; a
// confirmation lifts exactly the programs confirmed, at the edge at once (resultScope).
describe("double opt-in with programs at both ends", () => {
  let stack;
  before(async () => {
    stack = await startStack({ refreshSeconds: 1, brand: "Acme", originArgs: ["--brand", "Acme"], programs: PROGRAMS, revokeAll: "off" });
  });
  after(async () => {
    await stack?.stop();
  });
  const alerts = (to) => ({ to, body: "Your statement is ready.", category: "transactional", program: "alerts" });
  const promos = (to) => ({ to, body: "Deals today! Reply STOP to opt out.", category: "marketing", program: "promos" });

  test("out of promos and alerts, a confirmed sign-up to alerts lets alerts through and keeps promos blocked", async () => {
    const number = phone();
    for (const body of ["STOP PROMOS", "STOP ALERTS"]) assert.equal((await stack.inbound({ From: number, Body: body })).status, 200);
    await waitFor(async () => (await receipt(stack, number)).records.length === 2, { what: "both opt-outs recorded" });
    assert.equal((await stack.send(alerts(number))).status, 403);
    const { page } = await signUp(stack, number, ["Account alerts"]);
    await page.close();
    const [prompt] = await prompts(stack, number);
    assert.equal((await stack.inbound({ From: number, Body: `YES ${prompt.body.code}` })).status, 200);
    // At once (the Durable Object's local change from the origin's answer), then after the snapshot.
    const sent = await waitFor(async () => {
      const r = await stack.send(alerts(number));
      return r.status === 202 ? r : null;
    }, { what: "alerts pass after the confirmation" });
    assert.equal(sent.status, 202);
    assert.equal((await stack.send(promos(number))).status, 403, "promos stay blocked");
    const r = await receipt(stack, number);
    const confirmed = r.records.at(-1);
    assert.deepEqual([confirmed.action, confirmed.method, confirmed.scope, confirmed.program], ["opt_in", "web_form", "alerts", "alerts"], JSON.stringify(r));
    await stack.waitForSequence(confirmed.sequence);
    assert.equal((await stack.send(alerts(number))).status, 202, "after the snapshot too");
    assert.equal((await stack.send(promos(number))).status, 403);
  });
});
