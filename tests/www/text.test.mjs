// Unit tests for the compose form's pure helpers (no browser, no package).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  parseRecipients, formatRecipients, lookalikeFix, showChar, sentence, appendOptOut,
  OPT_OUT_SENTENCE, plural, formatAge, localClock,
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

test("a ucs2-forced finding names the character and its replacement", () => {
  // As lint() reports them: the facts are fields; the sentence is for people only.
  const cases = [
    [{ message: 'whatever the sentence says', char: '\u2019', replacement: "'", count: 2, fix: "replace \u2019 with '" },
      { char: '\u2019', replacement: "'" }],
    [{ message: '\u2026 (U+2026 horizontal ellipsis, 1\u00D7) forces UCS-2', char: '\u2026', replacement: '...', fix: 'replace \u2026 with ...' },
      { char: '\u2026', replacement: '...' }],
    [{ message: '\u2122 (U+2122 trade mark sign, 1\u00D7) is not GSM-7', char: '\u2122', replacement: 'TM', fix: 'replace \u2122 with TM' },
      { char: '\u2122', replacement: 'TM' }],
    [{ message: '\u200B (U+200B zero width space, 3\u00D7) forces UCS-2', char: '\u200B', replacement: '', fix: 'delete \u200B (U+200B)' },
      { char: '\u200B', replacement: '' }],
    [{ message: 'the message needs UCS-2', char: null, replacement: null, fix: null }, null],
    // The prose alone names a character, but the page no longer reads prose.
    [{ message: '\u2019 (U+2019 right single quotation mark, 2\u00D7) forces UCS-2', fix: "replace \u2019 with '" }, null],
  ];
  for (const [finding, expected] of cases) assert.deepEqual(lookalikeFix(finding), expected, finding.message);
  assert.equal(showChar('\u2019'), '\u2019');
  assert.equal(showChar('\u00A0'), 'U+00A0');
  assert.equal(showChar('\u200B'), 'U+200B');
});

test('finding messages read as sentences', () => {
  assert.equal(sentence('marketing message without opt-out instructions'), 'Marketing message without opt-out instructions.');
  assert.equal(sentence('Already one.'), 'Already one.');
  assert.equal(sentence('ends with a quote (e.g. "Reply STOP")'), 'Ends with a quote (e.g. "Reply STOP")');
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

test('a hold reads in the recipient\'s own clock time', () => {
  const cases = [
    ['2026-12-02T08:00:00-05:00', '8:00 am'],
    ['2026-12-06T12:00:00-06:00', '12:00 pm'],
    ['2026-12-05T10:00:00+01:00', '10:00 am'],
    ['2026-12-05T00:30:00Z', '12:30 am'],
    ['2026-12-05T21:30:00-03:30', '9:30 pm'],
    [null, null],
    ['tomorrow', null],
  ];
  for (const [iso, want] of cases) assert.equal(localClock(iso), want, String(iso));
});
