// Recipients: the pasted list, one verdict per entry, and the warnings they give.
//
// Both modes get the same verdicts, the ones `screen()` gives: in browser mode from
// `screenMany` against the page's copy of the snapshot, in server mode from the edge's
// `POST /v1/screen`. The page decides nothing about opt-outs itself: which opt-out covers
// which kind of message is the core's answer, carried by the verdict's `reason`.
import { parseRecipients, formatRecipients, plural, localClock } from './text.js';
import { EdgeError, edgeError } from './edge.js';

export const SHOWN_PER_KIND = 20;  // per-recipient warnings rendered per kind; the rest are summarised
const CHECK_BATCH = 1000;          // numbers per screenMany / screen call, yielding in between

// Lets the browser paint and handle keystrokes between batches of a long list.
const yieldToBrowser = () => new Promise((r) => setTimeout(r, 0));

/** A verdict of `screen()` (local or the edge's), as this page keeps it. */
export function fromVerdict(v, input) {
  const reason = v?.reason ?? null;
  return {
    input,
    e164: v?.e164 ?? null,
    reason,
    suppressed: reason === 'opted-out' || reason === 'opted-out-program',
    scope: v?.scope ?? null,
    channels: Array.isArray(v?.channels) ? v.channels : null, // accepted instead of SMS (the edge's)
    error: reason === 'invalid-recipient' ? (v.message || 'not a phone number') : null,
    // Marketing outside the recipient's quiet hours: when it may go, and where they are.
    held: reason === 'quiet-hours'
      ? { sendAfter: v.sendAfter ?? null, region: v.hold?.region ?? null, regionName: v.hold?.regionName ?? v.hold?.region ?? null, message: v.message || reason }
      : null,
    // Blocked for another reason (no snapshot, a stale one): not about this number.
    otherBlock: v?.decision === 'block' && !['opted-out', 'opted-out-program', 'invalid-recipient', 'quiet-hours'].includes(reason)
      ? { reason, message: v.message || reason } : null,
  };
}

function scopeWords(scope) {
  if (scope === 'marketing') return 'marketing messages';
  if (scope && scope !== 'all') return `${scope.split('+').join(', ')} messages`; // programs (C8)
  return 'all messages';
}

/**
 * `ctx`: `{ sg, mode(), snapshot (createSnapshotSync's), edgeFetch, category(), body() }`,
 * and optionally `program()` (the chosen program id) and `programs()` (the deployment's).
 * `onRemove(set of entries)` takes entries out of the list (the warnings' buttons).
 */
export function createRecipients(ctx, onRemove) {
  // Verdicts keyed by category + entry: the category decides which opt-outs apply.
  // Cleared when the list (snapshot) changes.
  const verdicts = new Map();
  let entries = [];  // unique raw entries, in the order pasted
  let run = 0;       // generation counter: a newer check abandons an older one

  const prog = () => (ctx.program ? ctx.program() : undefined);
  const key = (entry) => `${ctx.category()}\u0000${prog() ?? ''}\u0000${entry}`;

  async function screenOnServer(batch) {
    const res = await ctx.edgeFetch('/v1/screen', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ recipients: batch, body: ctx.body(), category: ctx.category(), ...(prog() ? { program: prog() } : {}) }),
    });
    if (!res.ok) throw new EdgeError(res.status, await edgeError(res));
    const data = await res.json();
    const list = Array.isArray(data) ? data : data.results ?? data.verdicts ?? data.recipients;
    if (!Array.isArray(list) || list.length !== batch.length) {
      throw new Error('the edge sent an answer this page does not understand');
    }
    return list.map((v, i) => fromVerdict(v, batch[i]));
  }

  function screenHere(batch) {
    // Quiet hours on, as a deployment's edge has them: the form shows holds; the edge decides.
    const programs = ctx.programs ? ctx.programs() : [];
    const chosen = prog();
    const out = ctx.sg.screenMany(batch, ctx.snapshot.state.current, {
      category: ctx.category(), quietHours: true,
      // The status lists each program's id, bit, name and kind: what the core screens by.
      ...(programs.length && chosen ? { programs, program: chosen } : {}),
    });
    return out.map((v, i) => fromVerdict(v, batch[i]));
  }

  /**
   * Checks the entries of `text`. Resolves with `{ state, findings }` (`state`: `checked`,
   * `unchecked`, `error`), or null when a newer check started meanwhile. `onProgress` is
   * called with the entries at once, before any verdict.
   */
  async function check(text, onProgress) {
    const mine = ++run;
    entries = [...new Set(parseRecipients(text))];
    onProgress?.(entries);
    const missing = entries.filter((e) => !verdicts.has(key(e)));
    const server = ctx.mode() === 'server';
    if (missing.length) {
      try {
        if (!server && (!ctx.sg || !ctx.snapshot.state.current)) {
          const findings = entries.length && ctx.sg ? [unavailableFinding()] : [];
          return { state: 'unchecked', findings };
        }
        for (let i = 0; i < missing.length; i += CHECK_BATCH) {
          const batch = missing.slice(i, i + CHECK_BATCH);
          const out = server ? await screenOnServer(batch) : screenHere(batch);
          if (mine !== run) return null;
          batch.forEach((entry, j) => verdicts.set(key(entry), out[j]));
          if (!server && i + CHECK_BATCH < missing.length) {
            await yieldToBrowser();
            if (mine !== run) return null;
          }
        }
      } catch (err) {
        if (mine !== run) return null;
        const why = err.status === 401 ? 'the edge needs an API key (enter it above)' : err.message;
        return {
          state: 'error',
          findings: [{
            key: 'recipients-error', kind: 'check-failed', severity: 'warn',
            text: `Recipients could not be checked: ${why}. The edge still screens every message when you send.`,
          }],
        };
      }
    }
    if (mine !== run) return null;
    return { state: 'checked', findings: findingsFor(entries) };
  }

  function unavailableFinding() {
    return {
      key: 'snapshot-unavailable', kind: 'snapshot-unavailable', severity: 'warn',
      text: 'Recipients are not checked yet: the opt-out list has not loaded. The edge still blocks opted-out numbers when you send.',
    };
  }

  function findingsFor(list) {
    const cat = ctx.category();
    const suppressed = [];
    const invalid = [];
    const seen = new Map(); // e164 -> count, for duplicates written differently
    const otherBlocks = new Map(); // reason -> { message, count }
    const holds = new Map(); // region + sendAfter -> { region name, sendAfter, entries }
    for (const entry of list) {
      const v = verdicts.get(key(entry));
      if (!v) continue;
      if (v.error) { invalid.push(v); continue; }
      if (v.otherBlock) {
        const o = otherBlocks.get(v.otherBlock.reason) ?? { message: v.otherBlock.message, count: 0 };
        o.count++;
        otherBlocks.set(v.otherBlock.reason, o);
      }
      if (v.held) {
        const k = `${v.held.region}\u0000${v.held.sendAfter}`;
        const h = holds.get(k) ?? { ...v.held, entries: [] };
        h.entries.push(v);
        holds.set(k, h);
      }
      if (v.e164) seen.set(v.e164, (seen.get(v.e164) || 0) + 1);
      if (v.suppressed) suppressed.push(v);
    }

    const out = [];
    for (const v of suppressed.slice(0, SHOWN_PER_KIND)) {
      out.push({
        key: `suppressed:${v.input}`, kind: 'suppressed', severity: 'warn', number: v.e164, scope: v.scope,
        text: `${v.e164} has opted out of ${scopeWords(v.scope)}. The edge will block this ${cat} message to them.`,
        actionLabel: 'Remove', action: () => onRemove(new Set([v.input])),
      });
    }
    if (suppressed.length > 1) {
      const hidden = suppressed.length - Math.min(suppressed.length, SHOWN_PER_KIND);
      out.push({
        key: 'suppressed-summary', kind: 'suppressed-summary', severity: 'warn', count: suppressed.length,
        text: `${plural(suppressed.length, 'recipient has', 'recipients have')} opted out` +
          (hidden ? ` (${hidden.toLocaleString('en-US')} more not listed here).` : '.'),
        actionLabel: `Remove all ${suppressed.length.toLocaleString('en-US')}`,
        action: () => onRemove(new Set(suppressed.map((v) => v.input))),
      });
    }

    for (const v of invalid.slice(0, SHOWN_PER_KIND)) {
      out.push({
        key: `invalid:${v.input}`, kind: 'invalid-number', severity: 'warn', number: v.input,
        text: `Can't send to “${v.input}”: ${v.error}.`,
        fix: 'Correct it, or remove it.', actionLabel: 'Remove', action: () => onRemove(new Set([v.input])),
      });
    }
    if (invalid.length > 1) {
      const hidden = invalid.length - Math.min(invalid.length, SHOWN_PER_KIND);
      out.push({
        key: 'invalid-summary', kind: 'invalid-number-summary', severity: 'warn', count: invalid.length,
        text: `${plural(invalid.length, 'entry is not a phone number', 'entries are not phone numbers')}` +
          (hidden ? ` (${hidden.toLocaleString('en-US')} more not listed here).` : '.'),
        actionLabel: `Remove all ${invalid.length.toLocaleString('en-US')}`,
        action: () => onRemove(new Set(invalid.map((v) => v.input))),
      });
    }

    // One line per place and time: "12 recipients are in Florida: held until 8:00 am their time".
    for (const h of holds.values()) {
      const n = h.entries.length;
      const where = h.regionName ? ` in ${h.regionName}` : '';
      const until = localClock(h.sendAfter);
      out.push({
        key: `quiet-hours:${h.region}:${h.sendAfter}`, kind: 'quiet-hours', severity: 'warn', count: n,
        number: n === 1 ? h.entries[0].e164 : null, sendAfter: h.sendAfter,
        text: `${plural(n, 'recipient is', 'recipients are')}${where}, where it is outside the hours marketing may be sent: ` +
          (until ? `held until ${until} their time (${h.sendAfter}).` : `held (${h.message}).`),
        fix: 'Send later, send the others now, or schedule for the time given.',
      });
    }

    for (const [reason, o] of otherBlocks) {
      out.push({
        key: `edge-block:${reason}`, kind: 'edge-block', severity: 'warn', count: o.count,
        text: `The edge would block ${plural(o.count, 'recipient')} right now: ${o.message}`,
      });
    }

    let dupes = 0;
    for (const n of seen.values()) dupes += n - 1;
    if (dupes) {
      out.push({
        key: 'duplicates', kind: 'duplicates', severity: 'info',
        text: `${plural(dupes, 'number appears', 'numbers appear')} more than once, written differently. Each person gets one message.`,
      });
    }
    return out;
  }

  return {
    check,
    /** Findings for the current entries from the verdicts known (after a category change). */
    findings: () => findingsFor(entries),
    /** The verdicts of the current entries that are opted out (the re-engagement lint). */
    optedOut: () => entries.map((e) => verdicts.get(key(e))).filter((v) => v?.suppressed),
    /** Forgets every verdict (the list changed). */
    forget: () => verdicts.clear(),
    get entries() { return entries; },
    /** For sending: one message per person, whichever way their number was written. */
    sendList() {
      const out = [];
      const seen = new Set();
      for (const entry of entries) {
        const id = verdicts.get(key(entry))?.e164 || entry;
        if (seen.has(id)) continue;
        seen.add(id);
        out.push(id);
      }
      return out;
    },
    /** `text` without the entries in `remove`. */
    without: (text, remove) => formatRecipients(parseRecipients(text).filter((e) => !remove.has(e))),
  };
}
