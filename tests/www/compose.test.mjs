// The compose form in Chromium against the real demo stack: the origin publisher and the
// edge worker in workerd (tests/e2e/harness.mjs), the page served by the edge at `/`, the
// package loaded from the edge's `/pkg/`. Timings are printed, never asserted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import * as harness from '../e2e/harness.mjs';

const { startStack } = harness;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ARTIFACTS = path.join(ROOT, 'tests/artifacts');

// Numbers this file opts out itself, through the edge, as a recipient replying STOP would.
// CLEAN is never opted out.
const OPTED = '+14155550161';      // opted out before the tests run
const OPTED_LIVE = '+14155550162'; // opted out while a form is open
// Toll-free: a number whose location nobody can tell, so no quiet hours hold it whatever
// the time the tests run at (sends go through the edge, on the real clock).
const CLEAN = '+18005550163';
// A demo number every fresh origin database holds, opted out of marketing only
// (src/cli/serve/import.rs, DEMO).
const DEMO_MARKETING = '+14155550101';

// The API key the stack's edge accepts (the harness's, when the edge asks for keys: contract
// C5); a made-up one otherwise, which an edge without keys ignores. The form is handed it the
// way a user would be: in the URL fragment, which never reaches the server.
const SECURE = Boolean(harness.SECRETS?.apiKey);
const API_KEY = harness.SECRETS?.apiKey ?? 'sk_www_test_key';

let stack;
let browser;

const log = (...args) => console.log('www:', ...args);

// A STOP reply through the edge's carrier webhook, as a recipient would send it.
async function optOut(number, body = 'STOP') {
  const res = await stack.inbound({ From: number, Body: body });
  assert.equal(res.status, 200, `edge /v1/inbound answered ${res.status}: ${res.text}`);
}

// Waits until the edge's snapshot has caught up with the origin (the opt-outs so far).
async function edgeCaughtUp() {
  const started = Date.now();
  const { sequence } = await stack.originHealth();
  await stack.waitForSequence(sequence, { timeoutMs: 60_000 });
  return Date.now() - started;
}

async function openForm(query = '', viewport = { width: 1000, height: 900 }, { key = API_KEY } = {}) {
  const context = await browser.newContext({ viewport });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stack.edgeUrl });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(`${stack.edgeUrl}/${query}${key ? `#key=${encodeURIComponent(key)}` : ''}`);
  await page.locator('body[data-ready="true"]').waitFor({ timeout: 30_000 });
  assert.deepEqual(errors, [], 'the page threw');
  return { page, context, errors };
}

async function setRecipients(page, list) {
  await page.fill('#recipients', list.join('\n'));
  await page.locator(`#recipient-count[data-state="checked"][data-count="${list.length}"]`).waitFor({ timeout: 60_000 });
}

const warning = (page, kind, number) =>
  page.locator(number ? `#warnings li[data-kind="${kind}"][data-number="${number}"]` : `#warnings li[data-kind="${kind}"]`);

before(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  // The edge's default refresh interval, so the time an opt-out takes to reach an open form
  // is the one a deployment would see (the harness defaults to 1 s for its own tests).
  // A seeded list of 10,000 makes the snapshot the size of a small sender's.
  stack = await startStack({ refreshSeconds: 15, seedCount: 10000 });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  await optOut(OPTED);
  const ms = await edgeCaughtUp();
  log(`opt-out of ${OPTED} reached the edge's snapshot in ${(ms / 1000).toFixed(1)} s`);
});

after(async () => {
  await browser?.close();
  await stack?.stop();
});

test('the import map points at the browser entry of pkg/package.json', () => {
  const html = fs.readFileSync(path.join(ROOT, 'www/index.html'), 'utf8');
  const map = JSON.parse(html.match(/<script type="importmap">([\s\S]*?)<\/script>/)[1]);
  const pkgJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'pkg/package.json'), 'utf8'));
  const exp = pkgJson.exports['.'] ?? pkgJson.exports;
  const browserEntry = typeof exp.browser === 'string' ? exp.browser : exp.browser.import ?? exp.browser.default;
  assert.equal(map.imports.stopgate, `/pkg/${browserEntry.replace(/^\.\//, '')}`);
});

test('an opted-out recipient is warned and a clean one is not; a new opt-out reaches an open form', async () => {
  const { page, context } = await openForm();
  try {
    await page.locator('#snapshot-status[data-state="fresh"]').waitFor({ timeout: 30_000 });
    const firstSequence = Number(await page.locator('#snapshot-status').getAttribute('data-sequence'));
    assert.equal(await page.locator('#snapshot-status').getAttribute('data-verified'), 'true',
      'the page did not verify the snapshot with the edge\'s public key');
    await page.selectOption('#category', 'marketing');
    await setRecipients(page, [OPTED, OPTED_LIVE, CLEAN]);

    const opted = warning(page, 'suppressed', OPTED);
    await opted.waitFor();
    assert.match(await opted.innerText(), /\+14155550161 has opted out of all messages/);
    assert.equal(await warning(page, 'suppressed', CLEAN).count(), 0, 'clean number warned');
    assert.equal(await warning(page, 'suppressed', OPTED_LIVE).count(), 0, 'not yet opted out, but warned');

    // The page is left open: the opt-out has to arrive by the page's own refresh.
    const started = Date.now();
    await optOut(OPTED_LIVE);
    await warning(page, 'suppressed', OPTED_LIVE).waitFor({ timeout: 90_000 });
    log(`opt-out of ${OPTED_LIVE} reached the open form in ${((Date.now() - started) / 1000).toFixed(1)} s (issue asks for 30 s)`);
    const sequence = Number(await page.locator('#snapshot-status').getAttribute('data-sequence'));
    assert.ok(sequence > firstSequence, `sequence ${sequence} shown, was ${firstSequence}`);
    assert.match(await page.locator('#snapshot-status').innerText(),
      new RegExp(`^Opt-out list #${sequence} · [\\d,]+ numbers · built .+ ago · checked .+ ago$`));
    assert.equal(await warning(page, 'suppressed', CLEAN).count(), 0, 'clean number warned');

    // The remove fix takes the number out of the list and the warning goes.
    await warning(page, 'suppressed', OPTED).locator('button').click();
    await warning(page, 'suppressed', OPTED).waitFor({ state: 'detached' });
    assert.ok(!(await page.inputValue('#recipients')).includes(OPTED));
  } finally {
    await context.close();
  }
});

test('an opt-out of marketing only is warned for marketing and not for transactional messages', async () => {
  const { page, context } = await openForm();
  try {
    await page.locator('#snapshot-status[data-state="fresh"]').waitFor({ timeout: 30_000 });
    await page.selectOption('#category', 'marketing');
    await setRecipients(page, [DEMO_MARKETING, CLEAN]);
    const w = warning(page, 'suppressed', DEMO_MARKETING);
    await w.waitFor();
    assert.equal(await w.getAttribute('data-scope'), 'marketing');
    assert.match(await w.innerText(), /opted out of marketing messages/);
    await page.selectOption('#category', 'transactional');
    await w.waitFor({ state: 'detached' });
    assert.equal(await warning(page, 'suppressed').count(), 0);
  } finally {
    await context.close();
  }
});

test('entries that are not phone numbers are warned', async () => {
  const { page, context } = await openForm();
  try {
    await page.fill('#recipients', `${CLEAN}, 12345`);
    const bad = page.locator('#warnings li[data-kind="invalid-number"][data-number="12345"]');
    await bad.waitFor();
    assert.match(await bad.innerText(), /Can't send to “12345”: .+/);
    assert.equal(await page.locator('#warnings li[data-kind="invalid-number"]').count(), 1, 'the valid number was flagged');
  } finally {
    await context.close();
  }
});

test('missing opt-out language is warned, and the warning clears when fixed (typed or by the button)', async () => {
  const { page, context } = await openForm();
  try {
    await page.selectOption('#category', 'marketing');
    await page.fill('#message', 'Big sale this weekend: 20% off everything in store');
    const missing = warning(page, 'missing-opt-out-language');
    await missing.waitFor();
    assert.ok((await missing.innerText()).trim().length > 20, 'the warning says something');

    await page.locator('#message').press('End');
    await page.keyboard.type('. Reply STOP to opt out');
    await missing.waitFor({ state: 'detached' });

    await page.fill('#message', 'Flash sale today only');
    await missing.waitFor();
    await missing.getByRole('button', { name: /Reply STOP to opt out/ }).click();
    await missing.waitFor({ state: 'detached' });
    assert.equal(await page.inputValue('#message'), 'Flash sale today only. Reply STOP to opt out.');
  } finally {
    await context.close();
  }
});

test('the counter gives characters, encoding and segments for GSM-7 and UCS-2 messages', async () => {
  const { page, context } = await openForm();
  try {
    const counter = page.locator('#counter');
    const cases = [
      // text, encoding, chars, segments
      ['a'.repeat(160), 'GSM-7', 160, 1],
      ['a'.repeat(161), 'GSM-7', 161, 2],
      ['a'.repeat(307), 'GSM-7', 307, 3],
      ['你'.repeat(70), 'UCS-2', 70, 1],
      ['你'.repeat(71), 'UCS-2', 71, 2],
      ['Hello, it’s 5 o’clock', 'UCS-2', 21, 1],
    ];
    for (const [text, encoding, chars, segments] of cases) {
      await page.fill('#message', text);
      await page.locator(`#counter[data-chars="${chars}"]`).waitFor();
      assert.equal(await counter.getAttribute('data-encoding'), encoding, text.slice(0, 12));
      assert.equal(Number(await counter.getAttribute('data-segments')), segments, text.slice(0, 12));
      assert.match(await counter.innerText(), new RegExp(`${chars} characters · ${encoding} · ${segments} segments?`));
    }

    // The curly apostrophe forces UCS-2; the fix replaces it and the message is GSM-7 again.
    const ucs2 = warning(page, 'ucs2-forced');
    await ucs2.waitFor();
    assert.match(await ucs2.innerText(), /U\+2019/);
    await ucs2.getByRole('button', { name: "Replace ’ with '" }).click();
    await ucs2.waitFor({ state: 'detached' });
    assert.equal(await page.inputValue('#message'), "Hello, it's 5 o'clock");
    assert.equal(await counter.getAttribute('data-encoding'), 'GSM-7');

    // One segment is the counter's business; past one, a warning says what it costs.
    await page.fill('#message', 'Your order has shipped.');
    await page.locator('#counter[data-chars="23"]').waitFor();
    await page.locator('#message[data-linted="true"]').waitFor();
    assert.equal(await warning(page, 'segments').count(), 0);
    await page.fill('#message', `${'a'.repeat(200)} Reply STOP to opt out`);
    const segments = warning(page, 'segments');
    await segments.waitFor();
    assert.match(await segments.innerText(), /2 SMS segments/);
  } finally {
    await context.close();
  }
});

test('5,000 pasted recipients are checked in batches and typing stays responsive', async () => {
  const { page, context } = await openForm();
  try {
    await page.locator('#snapshot-status[data-state="fresh"]').waitFor({ timeout: 30_000 });
    const list = [];
    for (let i = 0; i < 5000; i++) list.push(`+1415556${String(i).padStart(4, '0')}`);
    list[2500] = OPTED;
    await page.evaluate(() => {
      window.__longest = 0;
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    await page.fill('#message', 'Sale today');

    // A real paste through the clipboard: Playwright's fill() types the text through the
    // editing pipeline, which Chromium makes quadratic in the number of lines.
    await page.evaluate((text) => navigator.clipboard.writeText(text), list.join('\n'));
    await page.focus('#recipients');
    const started = Date.now();
    await page.keyboard.press('ControlOrMeta+V');
    // Typing right after the paste: the counter should follow the keystrokes.
    const typedAt = Date.now();
    await page.locator('#message').press('End');
    await page.keyboard.type('!');
    await page.locator('#counter[data-chars="11"]').waitFor();
    const typed = Date.now() - typedAt;
    await page.locator('#recipient-count[data-state="checked"][data-count="5000"]').waitFor({ timeout: 60_000 });
    const checked = Date.now() - started;
    const longest = await page.evaluate(() => window.__longest);
    log(`5,000 recipients: checked and rendered ${checked} ms after the paste; a keystroke typed during the check showed in the counter after ${typed} ms; longest main-thread task ${Math.round(longest)} ms`);

    await warning(page, 'suppressed', OPTED).waitFor();
    const perRecipient = await warning(page, 'suppressed').count();
    assert.ok(perRecipient >= 1 && perRecipient <= 20, `${perRecipient} per-recipient warnings rendered`);
    assert.match(await page.locator('#recipient-count').innerText(), /5,000 recipients/);
    assert.match(await page.locator('#send').innerText(), /Send to 5,000 recipients/);
  } finally {
    await context.close();
  }
});

test('sending shows blocked and sent recipients with the edge\'s reason', async () => {
  const { page, context } = await openForm();
  try {
    await page.locator('#snapshot-status[data-state="fresh"]').waitFor({ timeout: 30_000 });
    await page.selectOption('#category', 'marketing');
    await setRecipients(page, [OPTED, CLEAN]);
    const body = `Spring sale ${Date.now()}. Reply STOP to opt out.`;
    await page.fill('#message', body);
    await page.click('#send');
    await page.locator('#results-summary', { hasText: /^Done/ }).waitFor({ timeout: 30_000 });

    const blocked = page.locator(`#results li[data-status="blocked"][data-number="${OPTED}"]`);
    const sent = page.locator(`#results li[data-status="sent"][data-number="${CLEAN}"]`);
    assert.equal(await blocked.count(), 1, 'opted-out recipient not shown as blocked');
    assert.equal(await blocked.getAttribute('data-reason'), 'opted-out');
    assert.match(await blocked.innerText(), /blocked: .+/);
    assert.equal(await sent.count(), 1, 'clean recipient not shown as sent');
    assert.equal(await page.locator('#results-summary').getAttribute('data-blocked'), '1');
    assert.equal(await page.locator('#results-summary').getAttribute('data-sent'), '1');

    // The origin got the clean send and not the blocked one.
    const logged = await stack.originMessages();
    const mine = logged.filter((m) => JSON.stringify(m).includes(body));
    assert.equal(mine.length, 1, `origin received ${mine.length} copies of this campaign`);
    assert.ok(JSON.stringify(mine[0]).includes(CLEAN));
  } finally {
    await context.close();
  }
});

test('server mode asks the edge (POST /v1/screen) and never fetches the snapshot', async () => {
  const requests = [];
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  try {
    await page.goto(`${stack.edgeUrl}/?mode=server#key=${encodeURIComponent(API_KEY)}`);
    await page.locator('body[data-ready="true"]').waitFor({ timeout: 30_000 });
    assert.equal(await page.locator('#snapshot-status').getAttribute('data-state'), 'server');
    await page.selectOption('#category', 'marketing');
    await setRecipients(page, [OPTED, CLEAN]);
    await warning(page, 'suppressed', OPTED).waitFor();
    assert.equal(await warning(page, 'suppressed', CLEAN).count(), 0);
    // Text checks still run locally.
    await page.fill('#message', 'Sale’s on');
    await page.locator('#counter[data-encoding="UCS-2"]').waitFor();
    assert.ok(requests.includes('/v1/screen'), 'no /v1/screen request');
    assert.ok(!requests.some((p) => p.startsWith('/v1/snapshot')), 'server mode fetched the snapshot');
  } finally {
    await context.close();
  }
});

test('at phone width the form fits, fields are labelled, focus follows the form; screenshots', async () => {
  for (const [name, viewport] of [['compose-phone', { width: 390, height: 844 }], ['compose', { width: 1000, height: 900 }]]) {
    const { page, context } = await openForm('', viewport);
    try {
      await page.locator('#snapshot-status[data-state="fresh"]').waitFor({ timeout: 30_000 });
      await page.selectOption('#category', 'marketing');
      await setRecipients(page, [CLEAN, OPTED, '+1 (415) 555-0199', '555-01']);
      await page.fill('#message', 'Our spring sale starts today – 20% off everything, it’s our biggest yet! Show this text at the till.');
      await warning(page, 'missing-opt-out-language').waitFor();
      await warning(page, 'ucs2-forced').first().waitFor();
      await warning(page, 'suppressed', OPTED).waitFor();

      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${name}: page is ${overflow}px wider than the ${viewport.width}px viewport`);

      for (const label of ['Recipients', 'Message', 'Kind of message']) {
        assert.equal(await page.getByLabel(label, { exact: true }).count(), 1, `no field labelled ${label}`);
      }
      assert.equal(await page.locator('#warnings').getAttribute('aria-live'), 'polite');

      await page.evaluate(() => document.activeElement?.blur());
      await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
      assert.ok(fs.statSync(path.join(ARTIFACTS, `${name}.png`)).size > 10_000);

      await page.focus('#recipients');
      const order = ['recipients'];
      for (let i = 0; i < 3; i++) {
        await page.keyboard.press('Tab');
        order.push(await page.evaluate(() => document.activeElement.id || document.activeElement.dataset.action));
      }
      assert.deepEqual(order, ['recipients', 'message', 'category', 'suppressed:' + OPTED]);
    } finally {
      await context.close();
    }
  }
});

test('the API key: taken from the fragment once, removed from the address bar, sent as a bearer token, never in a URL', async () => {
  const { page, context } = await openForm();
  const seen = [];
  page.on('request', (r) => seen.push({ url: r.url(), auth: r.headers().authorization ?? null }));
  try {
    assert.equal(new URL(page.url()).hash, '', 'the key is still in the address bar');
    assert.equal(await page.evaluate(() => sessionStorage.getItem('stopgate.apiKey')), API_KEY);
    assert.equal(await page.locator('#key-state').getAttribute('data-state'), 'set');
    await page.click('#refresh-snapshot');
    await page.selectOption('#category', 'marketing');
    await setRecipients(page, [CLEAN]);
    await page.fill('#message', `Key check ${Date.now()}. Reply STOP to opt out.`);
    await page.click('#send');
    await page.locator('#results-summary', { hasText: /^Done/ }).waitFor({ timeout: 30_000 });
    const api = seen.filter((r) => new URL(r.url).pathname.startsWith('/v1/'));
    assert.ok(api.some((r) => new URL(r.url).pathname === '/v1/messages'), 'no send seen');
    for (const r of api) assert.equal(r.auth, `Bearer ${API_KEY}`, `${r.url} without the key`);
    assert.ok(!seen.some((r) => r.url.includes(API_KEY)), 'the key appeared in a URL');
    assert.equal(await page.locator(`#results li[data-status="sent"][data-number="${CLEAN}"]`).count(), 1);

    // A reload keeps it (same tab), "Forget it" drops it.
    await page.reload();
    await page.locator('body[data-ready="true"]').waitFor({ timeout: 30_000 });
    assert.equal(await page.locator('#key-state').getAttribute('data-state'), 'set');
    await page.click('#forget-key');
    assert.equal(await page.evaluate(() => sessionStorage.getItem('stopgate.apiKey')), null);
    assert.equal(await page.locator('#key-state').getAttribute('data-state'), 'missing');
  } finally {
    await context.close();
  }
});

test('a key typed once is kept for the tab and used from then on', async () => {
  const { page, context } = await openForm('', undefined, { key: null });
  const auth = [];
  page.on('request', (r) => { if (new URL(r.url()).pathname.startsWith('/v1/')) auth.push(r.headers().authorization ?? null); });
  try {
    assert.equal(await page.locator('#key-state').getAttribute('data-state'), 'missing');
    if (SECURE) {
      // Without a key a secure edge refuses the list: the page says so instead of checking.
      await page.locator('#snapshot-status[data-state="error"]').waitFor({ timeout: 30_000 });
    }
    await page.fill('#api-key', API_KEY);
    await page.click('#use-key');
    assert.equal(await page.locator('#key-state').getAttribute('data-state'), 'set');
    assert.equal(await page.inputValue('#api-key'), '', 'the field keeps the key on screen');
    assert.equal(await page.evaluate(() => sessionStorage.getItem('stopgate.apiKey')), API_KEY);
    auth.length = 0;
    await page.click('#refresh-snapshot');
    await page.locator('#snapshot-status[data-state="fresh"]').waitFor({ timeout: 30_000 });
    assert.ok(auth.length > 0 && auth.every((a) => a === `Bearer ${API_KEY}`), JSON.stringify(auth));
  } finally {
    await context.close();
  }
});

test('an edge that does not export its list (EXPORT_LIST=false) puts the form in server mode', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  // What such an edge answers (contract C5); the real one is tested below when the stack has it.
  await page.route('**/v1/snapshot', (route) => route.fulfill({
    status: 403, contentType: 'application/json',
    body: JSON.stringify({ error: 'export-disabled', message: 'list export is turned off on this edge' }),
  }));
  try {
    await page.goto(`${stack.edgeUrl}/#key=${encodeURIComponent(API_KEY)}`);
    await page.locator('body[data-ready="true"]').waitFor({ timeout: 30_000 });
    await page.locator('#snapshot-status[data-state="server"]').waitFor({ timeout: 30_000 });
    assert.equal(await page.locator('body').getAttribute('data-mode'), 'server');
    await page.selectOption('#category', 'marketing');
    await setRecipients(page, [OPTED, CLEAN]);
    await warning(page, 'suppressed', OPTED).waitFor();
    assert.equal(await warning(page, 'suppressed', CLEAN).count(), 0);
    assert.ok(requests.includes('/v1/screen'), 'no /v1/screen request');
    assert.ok(!requests.includes('/v1/snapshot/delta'), 'kept polling the list');
  } finally {
    await context.close();
  }
});

test('the real edge with EXPORT_LIST=false: the form checks recipients through /v1/screen', { skip: !SECURE && 'this harness starts no edge with list export settings (contract C5 not on this branch yet)' }, async () => {
  const closed = await startStack({ seedCount: 0, edgeEnv: { STOPGATE_EXPORT_LIST: 'false' } });
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  try {
    await page.goto(`${closed.edgeUrl}/#key=${encodeURIComponent(API_KEY)}`);
    await page.locator('body[data-ready="true"]').waitFor({ timeout: 30_000 });
    await page.locator('#snapshot-status[data-state="server"]').waitFor({ timeout: 30_000 });
    await page.selectOption('#category', 'marketing');
    await setRecipients(page, [DEMO_MARKETING, CLEAN]);
    await warning(page, 'suppressed', DEMO_MARKETING).waitFor();
    assert.ok(requests.includes('/v1/screen'));
  } finally {
    await context.close();
    await closed.stop();
  }
});

// The next moment within a day when it is `hhmm` in `timeZone` (a whole or half hour).
function nextLocal(timeZone, hhmm) {
  const fmt = new Intl.DateTimeFormat('en-US', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const start = Math.ceil(Date.now() / 1_800_000) * 1_800_000;
  for (let t = start; t < start + 86_400_000; t += 1_800_000) if (fmt.format(t) === hhmm) return t;
  throw new Error(`no ${hhmm} in ${timeZone} within a day`);
}

test('quiet hours: at 20:30 in Florida the form holds the Florida recipient until 8:00 am their time, not the Californian', async () => {
  const FLORIDA = '+13055550188';
  const CALIFORNIA = '+14155550164';
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    // The page's clock (and so screen()'s `now` in wasm) at 20:30 Miami time; timers still run.
    await page.clock.setFixedTime(nextLocal('America/New_York', '20:30'));
    await page.goto(`${stack.edgeUrl}/#key=${encodeURIComponent(API_KEY)}`);
    await page.locator('body[data-ready="true"]').waitFor({ timeout: 30_000 });
    await page.locator('#snapshot-status[data-state="fresh"]').waitFor({ timeout: 30_000 });
    await page.selectOption('#category', 'marketing');
    await setRecipients(page, [FLORIDA, CALIFORNIA]);
    const hold = page.locator('#warnings li[data-kind="quiet-hours"]');
    await hold.waitFor();
    assert.equal(await hold.count(), 1, 'one hold line (Florida only)');
    assert.equal(await hold.getAttribute('data-count'), '1');
    assert.equal(await hold.getAttribute('data-number'), FLORIDA);
    assert.match(await hold.getAttribute('data-send-after'), /T08:00:00-0[45]:00$/);
    assert.match(await hold.innerText(), /1 recipient is in Florida, .+held until 8:00 am their time/);
    // Transactional messages are not held.
    await page.selectOption('#category', 'transactional');
    await hold.waitFor({ state: 'detached' });
  } finally {
    await context.close();
  }
});
