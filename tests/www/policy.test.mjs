// The policy exports the form and the edge call, against the built package (pkg/node.js):
// what they answer is the core's (tests/consent.rs, tests/screen.rs, tests/lint.rs hold the
// tables); these check the binding carries it across, argument checks included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as sg from '../../pkg/node.js';

test('consentEffect: a bare YES lifts nothing by default; START lifts; opt-outs suppress', () => {
  const cases = [
    ['STOP', {}, { effect: 'suppress', scope: 'all', reason: 'opt-out' }],
    ['stop the promos', {}, { effect: 'suppress', scope: 'marketing', reason: 'opt-out' }],
    ['START', {}, { effect: 'lift', scope: 'all', reason: 'explicit-opt-in' }],
    ['UNSTOP', { yesLifts: true }, { effect: 'lift', scope: 'all', reason: 'explicit-opt-in' }],
    ['YES', {}, { effect: 'nothing', scope: null, reason: 'answer-word' }],
    ['YES', undefined, { effect: 'nothing', scope: null, reason: 'answer-word' }],
    ['YES', { yesLifts: false }, { effect: 'nothing', scope: null, reason: 'answer-word' }],
    ['YES', { yesLifts: true }, { effect: 'lift', scope: 'transactional', reason: 'answer-word-lifts' }],
    ['HELP', { yesLifts: true }, { effect: 'nothing', scope: null, reason: 'not-consent' }],
  ];
  for (const [text, options, want] of cases) {
    assert.deepEqual(sg.consentEffect(sg.classify(text), options), want, `${text} ${JSON.stringify(options)}`);
  }
  // A classification that crossed the wire as JSON works the same.
  const wire = JSON.parse(JSON.stringify(sg.classify('yes')));
  assert.equal(sg.consentEffect(wire).effect, 'nothing');
  assert.equal(sg.consentEffect({ intent: 'opt_in', keyword: 'oui', rule: 'keyword', scope: null }).effect, 'nothing');
  assert.equal(sg.consentEffect({ intent: 'opt_in', keyword: null, rule: 'keyword' }).effect, 'nothing');
});

test('consentEffect refuses what is not a classification', () => {
  assert.throws(() => sg.consentEffect(undefined), /classification must be an object/);
  assert.throws(() => sg.consentEffect({}), /classification.intent is required/);
  assert.throws(() => sg.consentEffect({ intent: 'maybe' }), /classification.intent must be/);
  assert.throws(() => sg.consentEffect({ intent: 'opt_out', scope: 'sometimes' }), /unknown scope/);
  assert.throws(() => sg.consentEffect(sg.classify('YES'), { yesLifts: 'yes' }), /options.yesLifts must be a boolean/);
  assert.equal(sg.classify('STOP').intent, 'opt_out', 'the module still works');
});

const list = () => sg.buildSnapshot(
  [{ phone: '+14155550100', scope: 'all' }, { phone: '+14155550101', scope: 'marketing' }],
  { sequence: 7, createdAt: Date.now() },
);

test('Overrides: set / get / delete / clear / size, and screen consults them before the snapshot', () => {
  const snap = sg.Snapshot.fromBytes(list());
  const o = new sg.Overrides();
  assert.equal(o.size, 0);
  assert.equal(o.set('(415) 555-0199', 'all'), '+14155550199');
  assert.equal(o.set('+14155550100', null), '+14155550100');
  assert.deepEqual(o.get('4155550199'), { e164: '+14155550199', scope: 'all', recordedAt: null });
  assert.equal(o.get('+14155550123'), undefined);
  assert.deepEqual([o.size, o.optOuts], [2, 1]);
  const mkt = { body: 'Sale! Reply STOP to opt out', category: 'marketing' };
  // Quiet hours off: with the real clock the recipient may be in their night (this is about the overrides).
  const withO = (to) => sg.screen({ ...mkt, to }, snap, { overrides: o, quietHours: false });
  assert.deepEqual([withO('+14155550199').reason, withO('+14155550199').overridden], ['opted-out', true]);
  assert.deepEqual([withO('+14155550100').decision, withO('+14155550100').overridden], ['allow', true]);
  assert.equal(sg.screen({ ...mkt, to: '+14155550100' }, snap).reason, 'opted-out', 'without overrides');
  assert.equal(sg.screen({ ...mkt, to: '+14155550100' }, snap, { overrides: null }).reason, 'opted-out');
  // The same in screenMany.
  const many = sg.screenMany(['+14155550199', '(415) 555-0100', 'nope'], snap, { overrides: o, category: 'transactional' });
  assert.deepEqual(many.map((v) => [v.input, v.decision, v.reason]), [
    ['+14155550199', 'block', 'opted-out'], ['(415) 555-0100', 'allow', 'ok'], ['nope', 'block', 'invalid-recipient'],
  ]);
  assert.ok(many.every((v) => !('findings' in v)));
  assert.equal(o.delete('+14155550199'), true);
  assert.equal(o.delete('+14155550199'), false);
  o.clear();
  assert.equal(o.size, 0);
  assert.throws(() => sg.screen({ ...mkt, to: '+1' }, snap, { overrides: {} }), /options.overrides must be an Overrides/);
  assert.throws(() => o.set('+14155550199', 'sometimes'), /unknown scope/);
  assert.throws(() => o.set('hello', 'all'), Error);
});

test('Overrides.apply records a consent effect from the snapshot state; recorded / prune', () => {
  const snap = sg.Snapshot.fromBytes(list());
  const o = new sg.Overrides({ region: 'US' });
  // YES (with power) after an `all` opt-out: transactional resumes, marketing stays blocked.
  const yes = sg.consentEffect(sg.classify('YES'), { yesLifts: true });
  assert.equal(o.apply('+14155550100', yes, snap), 'marketing');
  // A default YES changes nothing and records nothing.
  assert.equal(o.apply('+14155550101', sg.consentEffect(sg.classify('YES')), snap), 'marketing');
  assert.equal(o.size, 1);
  assert.equal(o.apply('+14155550101', sg.consentEffect(sg.classify('START')), snap), null);
  assert.equal(o.apply('+14155550177', sg.consentEffect(sg.classify('STOP'))), 'all');
  assert.equal(o.recorded('+14155550177', 9), true);
  assert.equal(o.prune(8), 0);
  assert.equal(o.prune(9), 1);
  assert.equal(o.size, 2);
  assert.throws(() => o.apply('+14155550100', { effect: 'lift', scope: 'marketing' }), /effect must be what consentEffect returns/);
});

test('measure gives the segment limit and what is left; lint findings carry fields and stable kinds', () => {
  const d = sg.defaults();
  assert.deepEqual(d, {
    maxAgeSeconds: 86400, maxClockSkewSeconds: 300, region: 'US',
    segmentLimits: { 'GSM-7': { single: 160, part: 153 }, 'UCS-2': { single: 70, part: 67 } },
    quietHours: { start: '08:00', end: '21:00' },
  });
  assert.deepEqual(sg.measure('a'.repeat(161)), { encoding: 'GSM-7', chars: 161, units: 161, segments: 2, limit: 153, remaining: 145 });
  assert.deepEqual(sg.measure(''), { encoding: 'GSM-7', chars: 0, units: 0, segments: 0, limit: 160, remaining: 160 });
  const f = sg.lint('It’s here\u200B', { category: 'transactional' });
  const forced = f.filter((x) => x.kind === 'ucs2-forced');
  assert.deepEqual(forced.map((x) => [x.char, x.replacement, x.count, x.segments]), [['’', "'", 1, 1], ['\u200B', '', 1, 1]]);
  const seg = f.find((x) => x.kind === 'segments');
  assert.deepEqual([seg.segments, seg.limit, seg.char], [1, 70, null]);
  assert.equal(sg.covers('all', 'transactional'), true);
  assert.equal(sg.covers('marketing', 'transactional'), false);
  assert.equal(sg.covers('all', 'confirmation'), false);
  assert.throws(() => sg.covers('all', 'spam'), /unknown category/);
});

test('screen holds marketing by the recipient\'s local time, with sendAfter; { now } and { quietHours } set it', () => {
  const now = Date.UTC(2026, 11, 2, 1, 30); // 20:30 in Miami, 17:30 in San Francisco
  const snap = sg.buildSnapshot([], { createdAt: now - 60_000 });
  const s = sg.Snapshot.fromBytes(snap);
  const mkt = (to, options = {}) => sg.screen({ to, body: 'Sale! Reply STOP to opt out', category: 'marketing' }, s, { now, quietHours: true, ...options });
  const fl = mkt('+13055550100');
  assert.deepEqual([fl.decision, fl.reason, fl.sendAfter, fl.sendAfterMs], ['block', 'quiet-hours', '2026-12-02T08:00:00-05:00', Date.UTC(2026, 11, 2, 13, 0)]);
  assert.deepEqual(fl.hold, { region: 'US-FL', regionName: 'Florida', rule: 'US-FL', localTime: '20:30' });
  const ca = mkt('+14155550100');
  assert.deepEqual([ca.decision, 'sendAfter' in ca, 'hold' in ca], ['allow', false, false]);
  assert.equal(sg.screen({ to: '+13055550100', body: 'Your order shipped', category: 'transactional' }, s, { now, quietHours: true }).reason, 'ok');
  // On unless turned off on purpose (the core's Policy::default() is the law).
  assert.equal(sg.screen({ to: '+13055550100', body: 'Sale! Reply STOP to opt out', category: 'marketing' }, s, { now }).reason, 'quiet-hours');
  assert.equal(mkt('+13055550100', { quietHours: false }).reason, 'ok');
  assert.equal(mkt('+13055550100', { quietHours: { regionalRules: false } }).reason, 'ok');
  const many = sg.screenMany(['+13055550100', '+14155550100'], s, { now, quietHours: true });
  assert.deepEqual(many.map((v) => v.reason), ['quiet-hours', 'ok']);
  assert.throws(() => mkt('+1', { quietHours: { regionalRules: 'no' } }), /options.quietHours.regionalRules must be a boolean/);
  assert.throws(() => mkt('+1', { quietHours: 'yes' }), /options.quietHours must be an object/);
  // A deployment's own daily window replaces the federal one: 20:30 in California is then held.
  const own = mkt('+14155550100', { quietHours: { window: '09:00-17:00' } });
  assert.deepEqual([own.reason, own.sendAfter], ['quiet-hours', '2026-12-02T09:00:00-08:00']);
  assert.throws(() => mkt('+1', { quietHours: { window: '21:00-08:00' } }), /options.quietHours.window: the window "21:00-08:00" ends before it starts/);
  assert.deepEqual(sg.defaults().quietHours, { start: '08:00', end: '21:00' });
});
