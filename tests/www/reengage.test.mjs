// The compose form and the re-engagement lint (issue 16, contract C11) in Chromium against the
// real stack: a marketing message asking recipients who opted out back by SMS gets a warning
// pointing to the allowed path: "send by email instead" when the edge names the email channel
// the recipient accepted on the preference page, else the preference page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { chromium } from 'playwright-core';
import { SECRETS, startStack } from '../e2e/harness.mjs';

const WITH_EMAIL = '+14155550171';
const WITHOUT = '+14155550172';
const CLEAN = '+18005550173';
const COME_BACK = 'We miss you! Reply START to rejoin and get 20% off';

let stack;
let browser;

/** A preference-link token (contract C11), signed here with the stack's origin secret. */
function token(e164) {
  const key = createHmac('sha256', SECRETS.originSecret).update('stopgate preference link v1').digest();
  const payload = `${e164}.${Math.floor(Date.now() / 1000) + 3600}`;
  return `${Buffer.from(payload).toString('base64url')}.${createHmac('sha256', key).update(payload).digest('base64url')}`;
}

before(async () => {
  stack = await startStack({ refreshSeconds: 1 });
  for (const n of [WITH_EMAIL, WITHOUT]) assert.equal((await stack.inbound({ From: n, Body: 'STOP' })).status, 200);
  const chose = await stack.originCall('/v1/preferences', {
    method: 'POST',
    body: JSON.stringify({ token: token(WITH_EMAIL), channels: [{ kind: 'email', address: 'ana@example.com' }] }),
  });
  assert.equal(chose.status, 200, chose.text);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_BIN || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
});
after(async () => {
  await browser?.close();
  await stack?.stop();
});

test('asking opted-out recipients back by text warns, and points to email or the preference page', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    // Server mode: the edge screens, and names the channels a blocked recipient accepted.
    await page.goto(`${stack.edgeUrl}/?mode=server#key=${encodeURIComponent(SECRETS.apiKey)}`);
    await page.locator('body[data-ready="true"]').waitFor({ timeout: 30_000 });
    await page.selectOption('#category', 'marketing');
    await page.fill('#message', COME_BACK);
    const warning = page.locator('#warnings li[data-kind="re-engagement"]');
    const recipients = async (list) => {
      await page.fill('#recipients', list.join('\n'));
      await page.locator(`#recipient-count[data-state="checked"][data-count="${list.length}"]`).waitFor({ timeout: 60_000 });
    };

    await recipients([WITH_EMAIL, CLEAN]);
    await warning.waitFor({ timeout: 10_000 });
    assert.equal(await warning.getAttribute('data-severity'), 'warn');
    assert.equal(await warning.getAttribute('data-channels'), 'email');
    const text = await warning.innerText();
    assert.match(text, /opt back in by text/);
    assert.match(text, /send by email instead: ana@example\.com/);

    await recipients([WITHOUT]);
    await page.locator('#warnings li[data-kind="re-engagement"]:not([data-channels])').waitFor({ timeout: 10_000 });
    assert.match(await warning.innerText(), /preference page/);

    // Nobody opted out, or a message that does not ask them back: no warning.
    await recipients([CLEAN]);
    await page.waitForFunction(() => !document.querySelector('#warnings li[data-kind="re-engagement"]'), null, { timeout: 10_000 });
    await recipients([WITHOUT]);
    await warning.waitFor({ timeout: 10_000 });
    await page.fill('#message', 'Flash sale today! Reply STOP to opt out');
    await page.waitForFunction(() => !document.querySelector('#warnings li[data-kind="re-engagement"]'), null, { timeout: 10_000 });
    assert.deepEqual(errors, [], 'the page threw');
  } finally {
    await page.close();
  }
});
