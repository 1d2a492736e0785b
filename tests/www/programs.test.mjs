// The compose form's program choice (contract C8) in Chromium against the real stack with
// programs configured: the select is filled from the edge's GET /v1/status, the form warns
// about a recipient opted out of the chosen program (and not of another), and a send carries
// the program, which the edge screens by.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import * as harness from '../e2e/harness.mjs';

const PROGRAMS = [
  { id: 'alerts', bit: 1, name: 'Account alerts', kind: 'transactional', words: ['alerts', 'alert'] },
  { id: 'promos', bit: 2, name: 'Promotions', kind: 'marketing', words: ['promos', 'deals'] },
];
const API_KEY = harness.SECRETS?.apiKey ?? 'sk_www_test_key';
// Toll-free numbers: no quiet hours hold them whatever the time the test runs at.
const OUT_OF_ALERTS = '+18005550171';
const CLEAN = '+18005550172';

let stack;
let browser;

before(async () => {
  stack = await harness.startStack({ refreshSeconds: 1, seedCount: 10, programs: PROGRAMS, revokeAll: 'off' });
  const res = await stack.inbound({ From: OUT_OF_ALERTS, Body: 'STOP ALERTS' });
  assert.equal(res.status, 200, res.text);
  const { sequence } = await stack.originHealth();
  await stack.waitForSequence(sequence, { timeoutMs: 60_000 });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
});

after(async () => {
  await browser?.close();
  await stack?.stop();
});

test('the program choice comes from the deployment, warns per program and goes with the send', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  try {
    await page.goto(`${stack.edgeUrl}/#key=${encodeURIComponent(API_KEY)}`);
    await page.locator('body[data-ready="true"]').waitFor({ timeout: 30_000 });
    assert.equal(await page.locator('#program-field').isVisible(), true, 'the program choice is shown');
    const options = await page.locator('#program option').evaluateAll((os) => os.map((o) => [o.value, o.textContent]));
    assert.deepEqual(options, [['', 'None'], ['alerts', 'Account alerts (transactional)'], ['promos', 'Promotions (marketing)']]);
    await page.locator('#snapshot-status[data-state="fresh"]').waitFor({ timeout: 30_000 });

    await page.selectOption('#category', 'transactional');
    await page.selectOption('#program', 'alerts');
    await page.fill('#recipients', [OUT_OF_ALERTS, CLEAN].join('\n'));
    const warned = page.locator(`#warnings li[data-kind="suppressed"][data-number="${OUT_OF_ALERTS}"]`);
    await warned.waitFor({ timeout: 30_000 });
    assert.match(await warned.innerText(), /opted out of alerts messages/);

    // Another program: that opt-out does not apply, so no warning.
    await page.selectOption('#program', 'promos');
    await page.selectOption('#category', 'marketing');
    await warned.waitFor({ state: 'detached', timeout: 30_000 });

    // Back to alerts and send: the edge blocks the one, sends the other, with the program.
    await page.selectOption('#category', 'transactional');
    await page.selectOption('#program', 'alerts');
    await warned.waitFor({ timeout: 30_000 });
    const body = `Your statement is ready ${Date.now()}.`;
    await page.fill('#message', body);
    await page.click('#send');
    await page.locator('#results-summary', { hasText: /^Done/ }).waitFor({ timeout: 30_000 });
    const blocked = page.locator(`#results li[data-status="blocked"][data-number="${OUT_OF_ALERTS}"]`);
    assert.equal(await blocked.getAttribute('data-reason'), 'opted-out-program');
    assert.equal(await page.locator(`#results li[data-status="sent"][data-number="${CLEAN}"]`).count(), 1);
    const logged = (await stack.originMessages()).filter((m) => JSON.stringify(m).includes(body));
    assert.equal(logged.length, 1, 'only the clean send reached the origin');
    const sent = typeof logged[0].body === 'string' ? JSON.parse(logged[0].body) : logged[0].body;
    assert.equal(sent.program, 'alerts', 'the send carried its program');
    assert.deepEqual(errors, [], 'the page threw');
  } finally {
    await context.close();
  }
});
