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
