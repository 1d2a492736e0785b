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

/**
 * The character a `ucs2-forced` finding of `lint()` is about and what its fix puts in its
 * place (`''`: delete it), or null when the finding names none. Read from the finding's
 * fields: the lint owns the table of look-alikes.
 */
export function lookalikeFix(finding) {
  const char = finding?.char;
  const replacement = finding?.replacement;
  if (typeof char !== 'string' || !char || typeof replacement !== 'string') return null;
  return { char, replacement };
}

/** A character as a person can see it in a label: invisible ones by code point. */
export function showChar(ch) {
  return /^[\s\p{Cf}]$/u.test(ch) ? `U+${ch.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}` : ch;
}

/** A finding's sentence, starting with a capital and ending with a full stop. */
export function sentence(text) {
  const t = String(text ?? '').trim();
  if (!t) return t;
  const s = t[0].toUpperCase() + t.slice(1);
  return /[.!?)"”]$/.test(s) ? s : `${s}.`;
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

/**
 * "8:00 am" for the local clock time of an ISO 8601 timestamp with an offset
 * (`2026-12-02T08:00:00-05:00`, as `screen()` gives `sendAfter`): the time at the recipient,
 * read from the text, not converted to this browser's zone. Null for anything else.
 */
export function localClock(iso) {
  const m = /T(\d{2}):(\d{2})/.exec(String(iso ?? ''));
  if (!m) return null;
  const h = Number(m[1]);
  const ampm = h < 12 ? 'am' : 'pm';
  return `${h % 12 === 0 ? 12 : h % 12}:${m[2]} ${ampm}`;
}
