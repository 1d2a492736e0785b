// Unit tests for the compose form's pure helpers (no browser, no package).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  parseRecipients, formatRecipients, lookalikesIn, replaceLookalikes, appendOptOut,
  OPT_OUT_SENTENCE, plural, formatAge,
} from '../../www/text.js';

test('recipients split on lines, commas, semicolons and tabs, keeping spaces inside numbers', () => {
  const cases = [
    ['', []],
    ['+15550100001', ['+15550100001']],
    ['+15550100001\n+15550100002\r\n', ['+15550100001', '+15550100002']],
    ['+15550100001, +15550100002;+15550100003', ['+15550100001', '+15550100002', '+15550100003']],
    ['+1 555 010 0001\t(555) 010-0002', ['+1 555 010 0001', '(555) 010-0002']],
    [' , \n ,, \n', []],
  ];
  for (const [text, expected] of cases) assert.deepEqual(parseRecipients(text), expected, JSON.stringify(text));
  assert.equal(formatRecipients(['a', 'b']), 'a\nb');
});

test('lookalike characters are found and replaced with plain ones', () => {
  const cases = [
    ['It\u2019s on \u2013 \u201Cnow\u201D\u2026', "It's on - \"now\"...", ['\u2019', '\u2013', '\u201C', '\u201D', '\u2026']],
    ['plain text', 'plain text', []],
    ['a\u00A0b\u200Bc', 'a bc', ['\u00A0', '\u200B']],
    ['\u{1F600} stays', '\u{1F600} stays', []],
  ];
  for (const [text, replaced, found] of cases) {
    assert.equal(replaceLookalikes(text), replaced, text);
    assert.deepEqual(lookalikesIn(text), found, text);
  }
});

test('the opt-out sentence is appended as a new sentence', () => {
  const cases = [
    ['', OPT_OUT_SENTENCE],
    ['Sale today', `Sale today. ${OPT_OUT_SENTENCE}`],
    ['Sale today!  \n', `Sale today! ${OPT_OUT_SENTENCE}`],
    ['Sale today.', `Sale today. ${OPT_OUT_SENTENCE}`],
  ];
  for (const [text, expected] of cases) assert.equal(appendOptOut(text), expected, JSON.stringify(text));
});

test('counts and ages read naturally', () => {
  assert.equal(plural(1, 'segment'), '1 segment');
  assert.equal(plural(5000, 'recipient'), '5,000 recipients');
  assert.equal(plural(2, 'entry', 'entries'), '2 entries');
  assert.equal(formatAge(12_000), '12 s');
  assert.equal(formatAge(5 * 60_000), '5 min');
  assert.equal(formatAge(3 * 3_600_000), '3 h');
  assert.equal(formatAge(3 * 86_400_000), '3 days');
});
