// The compose form. Text checks (measure, lint) and, by default, the recipient check run
// here in wasm; sending goes through the edge, which screens every message again and is
// the one that actually blocks.
//
// Two recipient-check modes:
//   browser (default) — fetch the edge's verified snapshot and check numbers locally;
//   server (?mode=server or <body data-mode="server">) — ask the edge (POST /v1/screen),
//     so the opt-out list never leaves the server. See README.md for the trade-off.
import {
  parseRecipients, formatRecipients, lookalikeFix, showChar, sentence,
  appendOptOut, OPT_OUT_SENTENCE, plural, formatAge,
} from './text.js';

const params = new URLSearchParams(location.search);
const MODE = (params.get('mode') || document.body.dataset.mode) === 'server' ? 'server' : 'browser';
const SHOWN_PER_KIND = 20;        // per-recipient warnings rendered per kind; the rest are summarised
const RESULTS_SHOWN = 200;        // result rows rendered per status
const CHECK_BATCH = 1000;         // numbers per checkMany / screen call, yielding in between
const REFRESH_MS = 5_000;         // snapshot poll: a delta request, 204 when nothing changed
const STALE_AFTER_MS = 86_400_000; // same default as screen()'s maxAgeSeconds
const SEND_CONCURRENCY = 6;

const $ = (id) => document.getElementById(id);
const el = {
  form: $('compose'), recipients: $('recipients'), message: $('message'), category: $('category'),
  count: $('recipient-count'), counter: $('counter'), warnings: $('warnings'), allClear: $('all-clear'),
  send: $('send'), sendStatus: $('send-status'), status: $('snapshot-status'), refresh: $('refresh-snapshot'),
  resultsSection: $('results-section'), results: $('results'), resultsSummary: $('results-summary'),
};
document.body.dataset.mode = MODE;

let sg = null;              // the stopgate package, once loaded
let packageError = null;
// publicKey: the key the edge verifies snapshots with (from GET /v1/status); with it the
// page checks the signatures of the full file and of every delta itself.
const snap = { current: null, etag: null, checkedAt: 0, error: null, publicKey: undefined };

// Recipient verdicts, keyed by the raw entry (browser mode) or category + entry (server
// mode, because the edge applies the category). Cleared when the snapshot changes.
const verdicts = new Map();
let entries = [];           // unique raw entries, in the order pasted
let recipientFindings = [];
let messageFindings = [];
let recipientRun = 0;       // generation counter: a newer run abandons an older one
let sending = false;

const actions = new Map();  // finding key -> fix to run when its button is pressed

// ---------- small utilities ----------

function debounce(fn, ms) {
  let t;
  return (...args) => { clearTimeout(t); t = setTimeout(() => fn(...args), ms); };
}

// Lets the browser paint and handle keystrokes between batches of a long list.
const yieldToBrowser = () => new Promise((r) => setTimeout(r, 0));

const category = () => el.category.value;

function covers(scope, cat) {
  if (scope === 'all') return true;
  if (scope === 'marketing') return cat === 'marketing';
  return false;
}

function scopeWords(scope) {
  return scope === 'marketing' ? 'marketing messages' : 'all messages';
}

// ---------- package ----------

async function loadPackage() {
  try {
    const mod = await import('stopgate');
    // wasm-bindgen "web" builds export an init function; entries that instantiate at
    // import time don't. Either way the functions are usable afterwards.
    if (typeof mod.default === 'function' && typeof mod.measure === 'function') {
      try { mod.measure(''); } catch { await mod.default(); }
    }
    sg = mod;
  } catch (err) {
    packageError = err;
    console.error('stopgate package failed to load', err);
  }
}

// ---------- snapshot (browser mode) ----------

// The origin rebuilds the full snapshot file on a schedule (minutes) and publishes signed
// deltas in between, which is how the edge stays current. The page does the same: one full
// file, then `GET /v1/snapshot/delta?since=N` through the edge. An edge without that route
// (404) leaves the page polling the full file, which is only as new as the origin's last
// rebuild.
let deltasAvailable = true;
let refreshing = null;

function refreshSnapshot() {
  if (MODE !== 'browser' || !sg) return Promise.resolve();
  refreshing ??= refreshOnce().finally(() => { refreshing = null; });
  return refreshing;
}

async function refreshOnce() {
  try {
    if (snap.publicKey === undefined) snap.publicKey = await edgePublicKey();
    let changed = false;
    if (snap.current && deltasAvailable) {
      const res = await fetch(`/v1/snapshot/delta?since=${snap.current.sequence}`, { cache: 'no-store' });
      if (res.status === 200) {
        const before = snap.current.sequence;
        try {
          const options = snap.publicKey ? { publicKey: snap.publicKey } : undefined;
          snap.current.applyDelta(new Uint8Array(await res.arrayBuffer()), options);
          changed = snap.current.sequence !== before;
        } catch (err) {
          console.warn('delta refused, loading the full snapshot', err);
          changed = await loadFull(true);
        }
      } else if (res.status === 204) {
        // Current.
      } else if (res.status === 410 || res.status === 409) {
        // Too old for a delta, or the origin went back: take the edge's full file.
        changed = await loadFull(true);
      } else if (res.status === 404 || res.status === 405) {
        deltasAvailable = false;
        changed = await loadFull(false);
      } else {
        throw new Error(await edgeError(res));
      }
    } else {
      changed = await loadFull(false);
    }
    snap.checkedAt = Date.now();
    snap.error = null;
    if (changed) {
      verdicts.clear();
      checkRecipients();
    }
  } catch (err) {
    snap.error = err.message;
  }
  renderSnapshotStatus();
}

// Loads GET /v1/snapshot; true when the list changed. `replace` takes the file even when
// it is older than what deltas brought us to (after a 409 / 410 or a refused delta).
async function loadFull(replace) {
  const headers = snap.etag && !replace ? { 'if-none-match': snap.etag } : {};
  const res = await fetch('/v1/snapshot', { headers, cache: 'no-store' });
  if (res.status === 304) return false;
  if (!res.ok) throw new Error(await edgeError(res));
  const options = snap.publicKey ? { publicKey: snap.publicKey } : {};
  const next = sg.Snapshot.fromBytes(new Uint8Array(await res.arrayBuffer()), options);
  snap.etag = res.headers.get('etag');
  const cur = snap.current;
  if (cur && !replace && next.sequence <= cur.sequence) {
    next.free();
    return false;
  }
  const changed = !cur || next.sequence !== cur.sequence || replace;
  snap.current = next;
  cur?.free();
  return changed;
}

// The edge's public key; null when it does not say (then the page relies on the edge
// having verified the full file, and deltas go unchecked here; sends are screened anyway),
// undefined when it could not be asked (asked again on the next refresh).
async function edgePublicKey() {
  try {
    const res = await fetch('/v1/status', { cache: 'no-store' });
    if (!res.ok) return undefined;
    const key = (await res.json()).publicKey;
    return typeof key === 'string' && /^[0-9a-f]{64}$/i.test(key) ? key : null;
  } catch {
    return undefined;
  }
}

async function edgeError(res) {
  const why = await res.json().then((b) => b.message, () => null);
  return why ? `${why} (${res.status})` : `the edge answered ${res.status}`;
}

function renderSnapshotStatus() {
  const s = el.status;
  if (MODE === 'server') {
    s.dataset.state = 'server';
    s.textContent = 'Recipients are checked by the edge; the opt-out list stays on the server.';
    return;
  }
  if (packageError) {
    s.dataset.state = 'error';
    s.textContent = 'The checks could not load in this browser. Sending still works: the edge screens every message.';
    return;
  }
  el.refresh.hidden = !sg;
  const cur = snap.current;
  if (!cur) {
    s.dataset.state = snap.error ? 'error' : 'loading';
    s.textContent = snap.error
      ? `The opt-out list could not be loaded (${snap.error}). Recipients are not checked here; the edge still blocks opted-out numbers.`
      : 'Loading the opt-out list…';
    return;
  }
  const now = Date.now();
  const age = now - cur.createdAt;
  s.dataset.state = snap.error ? 'error' : age > STALE_AFTER_MS ? 'stale' : 'fresh';
  s.dataset.sequence = String(cur.sequence);
  s.dataset.verified = String(Boolean(snap.publicKey));
  let text = `Opt-out list #${cur.sequence} · ${plural(cur.entries, 'number')} · built ${formatAge(age)} ago · checked ${formatAge(now - snap.checkedAt)} ago`;
  if (age > STALE_AFTER_MS) text += ' · out of date: the edge will hold marketing sends until it refreshes';
  if (snap.error) text += ` · last refresh failed (${snap.error})`;
  s.textContent = text;
}

// ---------- recipients ----------

const scheduleRecipients = debounce(() => checkRecipients(), 200);

function uniqueEntries(text) {
  return [...new Set(parseRecipients(text))];
}

function verdictKey(entry) {
  return MODE === 'server' ? `${category()}\u0000${entry}` : entry;
}

async function checkRecipients() {
  const run = ++recipientRun;
  entries = uniqueEntries(el.recipients.value);
  updateCount('checking');
  updateSendButton();

  const missing = entries.filter((e) => !verdicts.has(verdictKey(e)));
  if (missing.length) {
    el.recipients.setAttribute('aria-busy', 'true');
    try {
      if (MODE === 'browser') {
        if (!sg || !snap.current) {
          recipientFindings = entries.length && !packageError ? [unavailableFinding()] : [];
          finishRecipients(run, 'unchecked');
          return;
        }
        for (let i = 0; i < missing.length; i += CHECK_BATCH) {
          const batch = missing.slice(i, i + CHECK_BATCH);
          const out = snap.current.checkMany(batch);
          batch.forEach((entry, j) => verdicts.set(entry, out[j]));
          if (i + CHECK_BATCH < missing.length) {
            await yieldToBrowser();
            if (run !== recipientRun) return;
          }
        }
      } else {
        for (let i = 0; i < missing.length; i += CHECK_BATCH) {
          const batch = missing.slice(i, i + CHECK_BATCH);
          const out = await screenOnServer(batch);
          if (run !== recipientRun) return;
          batch.forEach((entry, j) => verdicts.set(verdictKey(entry), out[j]));
        }
      }
    } catch (err) {
      if (run !== recipientRun) return;
      recipientFindings = [{
        key: 'recipients-error', kind: 'check-failed', severity: 'warn',
        text: `Recipients could not be checked: ${err.message}. The edge still screens every message when you send.`,
      }];
      finishRecipients(run, 'error');
      return;
    }
  }
  if (run !== recipientRun) return;
  recipientFindings = recipientFindingsFor(entries);
  finishRecipients(run, 'checked');
}

function finishRecipients(run, state) {
  if (run !== recipientRun) return;
  el.recipients.removeAttribute('aria-busy');
  updateCount(state);
  renderWarnings();
}

// Normalises a POST /v1/screen verdict to the shape checkMany returns.
function fromScreenVerdict(v, input) {
  const reason = v?.reason ?? null;
  return {
    input,
    e164: v?.e164 ?? null,
    suppressed: reason === 'opted-out',
    scope: v?.scope ?? null,
    error: reason === 'invalid-recipient' ? (v.message || 'not a phone number') : null,
    // Blocked for another reason (no snapshot at the edge, a stale one): not about this number.
    otherBlock: v?.decision === 'block' && reason !== 'opted-out' && reason !== 'invalid-recipient'
      ? { reason, message: v.message || reason } : null,
  };
}

async function screenOnServer(batch) {
  const res = await fetch('/v1/screen', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ recipients: batch, body: el.message.value, category: category() }),
  });
  if (!res.ok) throw new Error(`the edge answered ${res.status}`);
  const data = await res.json();
  const list = Array.isArray(data) ? data : data.results ?? data.verdicts ?? data.recipients;
  if (!Array.isArray(list) || list.length !== batch.length) {
    throw new Error('the edge sent an answer this page does not understand');
  }
  return list.map((v, i) => fromScreenVerdict(v, batch[i]));
}

function unavailableFinding() {
  return {
    key: 'snapshot-unavailable', kind: 'snapshot-unavailable', severity: 'warn',
    text: 'Recipients are not checked yet: the opt-out list has not loaded. The edge still blocks opted-out numbers when you send.',
  };
}

function recipientFindingsFor(list) {
  const cat = category();
  const suppressed = [];
  const invalid = [];
  const seen = new Map(); // e164 -> count, for duplicates written differently
  const otherBlocks = new Map(); // reason -> { message, count } (server mode)
  for (const entry of list) {
    const v = verdicts.get(verdictKey(entry));
    if (!v) continue;
    if (v.error) { invalid.push(v); continue; }
    if (v.otherBlock) {
      const o = otherBlocks.get(v.otherBlock.reason) ?? { message: v.otherBlock.message, count: 0 };
      o.count++;
      otherBlocks.set(v.otherBlock.reason, o);
    }
    if (v.e164) seen.set(v.e164, (seen.get(v.e164) || 0) + 1);
    if (v.suppressed && (MODE === 'server' || covers(v.scope, cat))) suppressed.push(v);
  }

  const out = [];
  for (const v of suppressed.slice(0, SHOWN_PER_KIND)) {
    const key = `suppressed:${v.input}`;
    actions.set(key, () => removeEntries(new Set([v.input])));
    out.push({
      key, kind: 'suppressed', severity: 'warn', number: v.e164, scope: v.scope,
      text: `${v.e164} has opted out of ${scopeWords(v.scope)}. The edge will block this ${cat} message to them.`,
      actionLabel: 'Remove',
    });
  }
  if (suppressed.length > 1) {
    const key = 'suppressed-summary';
    actions.set(key, () => removeEntries(new Set(suppressed.map((v) => v.input))));
    const hidden = suppressed.length - Math.min(suppressed.length, SHOWN_PER_KIND);
    out.push({
      key, kind: 'suppressed-summary', severity: 'warn', count: suppressed.length,
      text: `${plural(suppressed.length, 'recipient has', 'recipients have')} opted out` +
        (hidden ? ` (${hidden.toLocaleString('en-US')} more not listed here).` : '.'),
      actionLabel: `Remove all ${suppressed.length.toLocaleString('en-US')}`,
    });
  }

  for (const v of invalid.slice(0, SHOWN_PER_KIND)) {
    const key = `invalid:${v.input}`;
    actions.set(key, () => removeEntries(new Set([v.input])));
    out.push({
      key, kind: 'invalid-number', severity: 'warn', number: v.input,
      text: `Can't send to “${v.input}”: ${v.error}.`,
      fix: 'Correct it, or remove it.', actionLabel: 'Remove',
    });
  }
  if (invalid.length > 1) {
    const key = 'invalid-summary';
    actions.set(key, () => removeEntries(new Set(invalid.map((v) => v.input))));
    const hidden = invalid.length - Math.min(invalid.length, SHOWN_PER_KIND);
    out.push({
      key, kind: 'invalid-number-summary', severity: 'warn', count: invalid.length,
      text: `${plural(invalid.length, 'entry is not a phone number', 'entries are not phone numbers')}` +
        (hidden ? ` (${hidden.toLocaleString('en-US')} more not listed here).` : '.'),
      actionLabel: `Remove all ${invalid.length.toLocaleString('en-US')}`,
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

function removeEntries(remove) {
  const kept = parseRecipients(el.recipients.value).filter((e) => !remove.has(e));
  el.recipients.value = formatRecipients(kept);
  checkRecipients();
  el.recipients.focus();
}

function updateCount(state) {
  const n = entries.length;
  el.count.dataset.count = String(n);
  el.count.dataset.state = state;
  if (!n) { el.count.textContent = 'No recipients yet.'; return; }
  const suffix = state === 'checking' ? ' · checking…' : state === 'checked' ? '' : ' · not checked';
  el.count.textContent = `${plural(n, 'recipient')}${suffix}`;
}

// For sending: one message per person, whichever way their number was written.
function sendList() {
  const out = [];
  const seen = new Set();
  for (const entry of entries) {
    const v = verdicts.get(verdictKey(entry));
    const id = v?.e164 || entry;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(v?.e164 || entry);
  }
  return out;
}

// ---------- message ----------

const scheduleLint = debounce(() => lintMessage(), 120);

function updateCounter() {
  const text = el.message.value;
  const c = el.counter;
  if (!sg) { c.textContent = `${plural([...text].length, 'character')}`; return; }
  let m;
  try { m = sg.measure(text); } catch (err) { c.textContent = err.message; return; }
  c.dataset.chars = String(m.chars);
  c.dataset.encoding = m.encoding;
  c.dataset.segments = String(m.segments);
  c.dataset.units = String(m.units);
  const gsm = m.encoding === 'GSM-7';
  const per = m.segments <= 1 ? (gsm ? 160 : 70) : (gsm ? 153 : 67);
  const left = Math.max(0, Math.max(1, m.segments) * per - m.units);
  c.textContent = `${plural(m.chars, 'character')} · ${m.encoding} · ${plural(m.segments, 'segment')}` +
    (text ? ` · ${left} left in this segment` : '');
}

function lintMessage() {
  const text = el.message.value;
  el.message.dataset.linted = 'true';
  if (!sg || !text.trim()) { messageFindings = []; renderWarnings(); return; }
  let findings;
  try {
    findings = sg.lint(text, { category: category() });
  } catch (err) {
    findings = [{ kind: 'lint-failed', severity: 'warn', message: `The message could not be checked: ${err.message}`, fix: null }];
  }
  messageFindings = [];
  findings.forEach((f, i) => {
    const item = { key: `lint:${f.kind}:${i}`, kind: f.kind, severity: f.severity, text: sentence(f.message), fix: f.fix };
    if (f.kind === 'missing-opt-out-language') {
      item.key = 'lint:missing-opt-out-language';
      item.text = 'This marketing message does not say how to opt out. Carriers expect every marketing message to carry it.';
      item.actionLabel = `Add “${OPT_OUT_SENTENCE}”`;
      item.fix = null; // the button says it
      actions.set(item.key, () => setMessage(appendOptOut(el.message.value)));
    } else if (f.kind === 'ucs2-forced') {
      const lf = lookalikeFix(f);
      // One finding per character: keyed by it so the item stays put while typing.
      item.key = `lint:ucs2-forced:${lf ? lf.char : f.message}`;
      if (lf) {
        item.actionLabel = lf.replacement
          ? `Replace ${showChar(lf.char)} with ${lf.replacement}`
          : `Delete ${showChar(lf.char)}`;
        item.fix = null;
        actions.set(item.key, () => setMessage(el.message.value.split(lf.char).join(lf.replacement)));
      }
    } else if (f.kind === 'segments') {
      // One segment is what the counter already says. For more, a sentence that changes
      // only when the segment count does, so the live region doesn't speak on every key.
      const m = sg.measure(text);
      if (m.segments <= 1) return;
      const single = m.encoding === 'GSM-7' ? 160 : 70;
      item.key = 'lint:segments';
      item.text = `This message takes ${m.segments} SMS segments: each recipient is billed for ${m.segments} messages.`;
      item.fix = `shorten it to ${single} characters or fewer (${m.encoding}) to send a single segment.`;
    }
    messageFindings.push(item);
  });
  renderWarnings();
}

function setMessage(text) {
  el.message.value = text;
  onMessageInput();
  lintMessage();
  el.message.focus();
}

function onMessageInput() {
  el.message.dataset.linted = 'false'; // until the debounced lint has run (tests wait on it)
  updateCounter();
  scheduleLint();
  updateSendButton();
}

// ---------- warnings rendering ----------

// Keyed so that only changed items are touched: screen readers announce additions to the
// polite live region, and re-creating every item on each keystroke would re-announce all.
function renderWarnings() {
  const items = [...recipientFindings, ...messageFindings];
  const existing = new Map([...el.warnings.children].map((li) => [li.dataset.key, li]));
  let prev = null;
  for (const f of items) {
    const sig = JSON.stringify([f.kind, f.severity, f.text, f.fix, f.actionLabel]);
    let li = existing.get(f.key);
    if (li) existing.delete(f.key);
    else { li = document.createElement('li'); li.dataset.key = f.key; }
    if (li.dataset.sig !== sig) {
      li.dataset.sig = sig;
      li.dataset.kind = f.kind;
      li.dataset.severity = f.severity;
      if (f.number) li.dataset.number = f.number; else delete li.dataset.number;
      if (f.scope) li.dataset.scope = f.scope; else delete li.dataset.scope;
      if (f.count) li.dataset.count = String(f.count); else delete li.dataset.count;
      li.replaceChildren(...warningContent(f));
    }
    const want = prev ? prev.nextSibling : el.warnings.firstChild;
    if (want !== li) el.warnings.insertBefore(li, want);
    prev = li;
  }
  for (const li of existing.values()) { actions.delete(li.dataset.key); li.remove(); }
  const anything = el.message.value.trim() || entries.length;
  el.allClear.hidden = !(anything && items.length === 0 && sg);
}

function warningContent(f) {
  const nodes = [];
  const p = document.createElement('p');
  p.className = 'msg';
  p.textContent = f.text;
  nodes.push(p);
  if (f.fix) {
    const fix = document.createElement('p');
    fix.className = 'fix';
    fix.textContent = `Fix: ${f.fix}`;
    nodes.push(fix);
  }
  if (f.actionLabel) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'fix-action';
    b.dataset.action = f.key;
    b.textContent = f.actionLabel;
    nodes.push(b);
  }
  return nodes;
}

el.warnings.addEventListener('click', (ev) => {
  const b = ev.target.closest('button[data-action]');
  if (b) actions.get(b.dataset.action)?.();
});

// ---------- sending ----------

function updateSendButton() {
  const n = entries.length;
  el.send.disabled = sending || !n || !el.message.value.trim();
  el.send.textContent = sending ? 'Sending…' : n ? `Send to ${plural(sendList().length, 'recipient')}` : 'Send';
}

async function sendOne(to, body, cat) {
  try {
    const res = await fetch('/v1/messages', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ to, body, category: cat }),
    });
    let data = null;
    try { data = await res.json(); } catch { /* not JSON: reported by status below */ }
    if (res.status === 403 && data?.blocked) {
      return { to, status: 'blocked', reason: data.reason, text: data.message || data.reason };
    }
    if (res.ok) {
      const decision = res.headers.get('x-stopgate-decision');
      return { to, status: 'sent', reason: decision || 'allow', text: decision === 'warn' ? 'sent, with warnings' : 'sent' };
    }
    return { to, status: 'failed', reason: String(res.status), text: data?.message || data?.error || `the edge answered ${res.status}` };
  } catch (err) {
    return { to, status: 'failed', reason: 'network', text: err.message };
  }
}

async function send() {
  const list = sendList();
  const body = el.message.value;
  const cat = category();
  if (!list.length || !body.trim() || sending) return;
  sending = true;
  updateSendButton();
  el.results.replaceChildren();
  el.resultsSection.hidden = false;
  const counts = { sent: 0, blocked: 0, failed: 0 };
  const shown = { sent: 0, blocked: 0, failed: 0 };
  const summarise = (done) => {
    el.resultsSummary.dataset.sent = String(counts.sent);
    el.resultsSummary.dataset.blocked = String(counts.blocked);
    el.resultsSummary.dataset.failed = String(counts.failed);
    el.resultsSummary.textContent =
      `${done ? 'Done' : `Sending ${list.length.toLocaleString('en-US')}…`}: ${counts.sent.toLocaleString('en-US')} sent · ` +
      `${counts.blocked.toLocaleString('en-US')} blocked · ${counts.failed.toLocaleString('en-US')} failed`;
  };
  summarise(false);

  let next = 0;
  const worker = async () => {
    while (next < list.length) {
      const r = await sendOne(list[next++], body, cat);
      counts[r.status]++;
      if (shown[r.status]++ < RESULTS_SHOWN) el.results.append(resultItem(r));
      summarise(false);
    }
  };
  await Promise.all(Array.from({ length: Math.min(SEND_CONCURRENCY, list.length) }, worker));
  summarise(true);
  el.sendStatus.textContent = `Finished: ${counts.sent} sent, ${counts.blocked} blocked, ${counts.failed} failed.`;
  sending = false;
  updateSendButton();
}

function resultItem(r) {
  const li = document.createElement('li');
  li.dataset.status = r.status;
  li.dataset.number = r.to;
  if (r.reason) li.dataset.reason = r.reason;
  const num = document.createElement('span');
  num.className = 'num';
  num.textContent = r.to;
  const what = document.createElement('span');
  what.className = 'what';
  what.textContent = r.status === 'blocked' ? `blocked: ${r.text}` : r.status === 'failed' ? `failed: ${r.text}` : r.text;
  li.append(num, what);
  return li;
}

// ---------- wiring ----------

el.recipients.addEventListener('input', () => { scheduleRecipients(); });
el.message.addEventListener('input', onMessageInput);
el.category.addEventListener('change', () => {
  lintMessage();
  if (MODE === 'server') checkRecipients();
  else { recipientFindings = recipientFindingsFor(entries); renderWarnings(); }
});
el.form.addEventListener('submit', (ev) => { ev.preventDefault(); send(); });
el.refresh.addEventListener('click', () => refreshSnapshot());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') refreshSnapshot();
});

async function start() {
  renderSnapshotStatus();
  await loadPackage();
  onMessageInput();
  lintMessage();
  if (MODE === 'browser') {
    await refreshSnapshot();
    setInterval(refreshSnapshot, REFRESH_MS);
    setInterval(renderSnapshotStatus, 5_000);
  }
  renderSnapshotStatus();
  await checkRecipients();
  document.body.dataset.ready = 'true';
}

start();
