// Quiet hours at the edge: marketing outside the recipient's local window is refused with
// `quiet-hours` and the moment it may go (`sendAfter`); transactional goes. The real clock
// cannot be set inside workerd, so the deployment's own window (QUIET_HOURS=HH:MM-HH:MM) is
// placed six hours away from now in Hawaii (UTC-10 all year, no daylight saving), which
// makes the verdict certain whatever the time the test runs. The law's windows at fixed
// times (Florida and California at 20:30, DST boundaries) are tested in tests/quiet.rs and
// through the package in tests/pkg/shared/checks.mjs.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { authHeaders, startStack } from "./harness.mjs";

const HAWAII_OFFSET_MIN = -600;
const now = Date.now();
const local = new Date(now + HAWAII_OFFSET_MIN * 60_000); // its UTC fields are Hawaii's wall clock
const start = (local.getUTCHours() + 6) % 24;
const window = `${String(start).padStart(2, "0")}:00-${String(start).padStart(2, "0")}:01`;
// The next start:00 in Hawaii: today if it is still ahead, else tomorrow.
const day = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + (start > local.getUTCHours() ? 0 : 1)));
const expectedIso = `${day.toISOString().slice(0, 10)}T${String(start).padStart(2, "0")}:00:00-10:00`;
const expectedMs = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), start) - HAWAII_OFFSET_MIN * 60_000;

let stack;
before(async () => {
  stack = await startStack({ seedCount: 10, refreshSeconds: 1, edgeEnv: { STOPGATE_QUIET_HOURS: window } });
});
after(async () => {
  await stack?.stop();
});

describe("quiet hours at the edge", () => {
  test("status names the configured window", async () => {
    const res = await fetch(`${stack.edgeUrl}/v1/status`);
    const body = await res.json();
    assert.deepEqual(body.quietHours, { window });
  });

  test("marketing outside the window is refused with quiet-hours and sendAfter", async () => {
    const res = await stack.send({ to: "+18085550142", body: "Aloha sale! Reply STOP to opt out.", category: "marketing" });
    assert.equal(res.status, 403, res.text);
    assert.equal(res.body.reason, "quiet-hours");
    assert.equal(res.body.sendAfter, expectedIso);
    assert.equal(res.body.sendAfterMs, expectedMs);
    assert.equal(res.body.hold.region, "US-HI");
    assert.equal(res.headers.get("x-stopgate-reason"), "quiet-hours");
  });

  test("transactional is not held", async () => {
    const res = await stack.send({ to: "+18085550142", body: "Your order #1234 has shipped.", category: "transactional" });
    assert.equal(res.status, 202, res.text);
  });

  test("the batch screening route holds the same recipients", async () => {
    const res = await fetch(`${stack.edgeUrl}/v1/screen`, {
      method: "POST",
      headers: { "content-type": "application/json", ...authHeaders() },
      body: JSON.stringify({ recipients: ["+18085550142"], body: "Aloha sale! Reply STOP to opt out.", category: "marketing" }),
    });
    const body = await res.json();
    assert.equal(res.status, 200, JSON.stringify(body));
    const verdict = body.results[0];
    assert.equal(verdict.reason, "quiet-hours", JSON.stringify(body));
  });
});
