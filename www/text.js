// Pure helpers for the compose form: parsing recipient lists and the text fixes the
// warnings offer. No DOM and no package here, so Node can test them directly.

/** The sentence the "add opt-out language" fix appends. */
export const OPT_OUT_SENTENCE = 'Reply STOP to opt out.';

/**
 * Splits a pasted recipient list into entries: one per line, or separated by commas,
 * semicolons or tabs (spreadsheets paste tabs). Spaces are kept inside an entry because
 * people write numbers as "+1 555 010 0100" or "(555) 010-0100".
 */
export function parseRecipients(text) {
  const out = [];
  for (const part of text.split(/[\n\r,;\t]+/)) {
    const entry = part.trim();
    if (entry) out.push(entry);
  }
  return out;
}

/** Joins entries back into the textarea's one-per-line form. */
export function formatRecipients(entries) {
  return entries.join('\n');
}

// Characters that word processors and phones substitute for plain ones. Any of them
// forces the whole message into UCS-2 (70 characters a segment instead of 160).
const LOOKALIKES = new Map([
  ['\u2018', "'"], ['\u2019', "'"], ['\u201A', "'"], ['\u201B', "'"], ['\u2032', "'"],
  ['\u201C', '"'], ['\u201D', '"'], ['\u201E', '"'], ['\u201F', '"'], ['\u2033', '"'],
  ['\u2013', '-'], ['\u2014', '-'], ['\u2212', '-'], ['\u2010', '-'], ['\u2011', '-'],
  ['\u2026', '...'],
  ['\u00A0', ' '], ['\u2007', ' '], ['\u2009', ' '], ['\u202F', ' '], ['\u200B', ''],
  ['\u2022', '-'],
]);

/** The lookalike characters present in `text`, each once, in order of appearance. */
export function lookalikesIn(text) {
  const seen = [];
  for (const ch of text) {
    if (LOOKALIKES.has(ch) && !seen.includes(ch)) seen.push(ch);
  }
  return seen;
}

/** `text` with every lookalike replaced by its plain equivalent. */
export function replaceLookalikes(text) {
  let out = '';
  for (const ch of text) out += LOOKALIKES.has(ch) ? LOOKALIKES.get(ch) : ch;
  return out;
}

/** A readable name for a character in a sentence ("’ (curly apostrophe)"). */
export function describeChar(ch) {
  const names = {
    '\u2018': 'curly quote', '\u2019': 'curly apostrophe', '\u201C': 'curly quote',
    '\u201D': 'curly quote', '\u2013': 'en dash', '\u2014': 'em dash', '\u2026': 'ellipsis',
    '\u00A0': 'non-breaking space', '\u200B': 'invisible space', '\u2022': 'bullet',
  };
  const shown = /\s|\u200B/.test(ch) ? `U+${ch.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}` : ch;
  return names[ch] ? `${shown} (${names[ch]})` : shown;
}

/** `message` with the opt-out sentence appended, separated the way the text already is. */
export function appendOptOut(message) {
  const trimmed = message.replace(/\s+$/, '');
  if (!trimmed) return OPT_OUT_SENTENCE;
  const sep = /[.!?]$/.test(trimmed) ? ' ' : '. ';
  return trimmed + sep + OPT_OUT_SENTENCE;
}

/** "1 segment" / "3 segments". */
export function plural(n, one, many = `${one}s`) {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** "12 s", "4 min", "3 h", "2 days" for an age in milliseconds. */
export function formatAge(ms) {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 90) return `${s} s`;
  const m = Math.round(s / 60);
  if (m < 90) return `${m} min`;
  const h = Math.round(m / 60);
  if (h < 48) return `${h} h`;
  return plural(Math.round(h / 24), 'day');
}
