// The compose form: wiring. Text checks (measure, lint) and, by default, the recipient check
// run here in wasm; sending goes through the edge, which screens every message again and is
// the one that actually blocks.
//
// Two recipient-check modes:
//   browser (default) — fetch the edge's verified snapshot and check numbers locally;
//   server (?mode=server, <body data-mode="server">, or when the edge does not export its
//     list) — ask the edge (POST /v1/screen), so the list never leaves the server.
// See README.md for the trade-off. The modules: snapshot.js (snapshot sync), recipients.js
// (verdicts and their warnings), render.js (the DOM), edge.js (the API key and requests),
// text.js (pure helpers).
import { lookalikeFix, showChar, sentence, appendOptOut, OPT_OUT_SENTENCE, plural } from './text.js';
import { adoptFragmentKey, createEdgeFetch, createKeyStore } from './edge.js';
import { createSnapshotSync } from './snapshot.js';
import { createRecipients } from './recipients.js';
import { createWarnings, renderCounter, renderSnapshotStatus, renderCount, resultItem } from './render.js';
import { reEngagementItem } from './reengage.js';

const params = new URLSearchParams(location.search);
let mode = (params.get('mode') || document.body.dataset.mode) === 'server' ? 'server' : 'browser';
const RESULTS_SHOWN = 200;   // result rows rendered per status
const REFRESH_MS = 5_000;    // snapshot poll: a delta request, 204 when nothing changed
const SEND_CONCURRENCY = 6;
const RECHECK_MS = 60_000;   // verdicts depend on the time too (quiet hours): screened again each minute

const $ = (id) => document.getElementById(id);
const el = {
  form: $('compose'), recipients: $('recipients'), message: $('message'), category: $('category'),
  count: $('recipient-count'), counter: $('counter'), warnings: $('warnings'), allClear: $('all-clear'),
  send: $('send'), sendStatus: $('send-status'), status: $('snapshot-status'), refresh: $('refresh-snapshot'),
  resultsSection: $('results-section'), results: $('results'), resultsSummary: $('results-summary'),
  keyForm: $('key-form'), key: $('api-key'), keyState: $('key-state'), keyForget: $('forget-key'),
  program: $('program'), programField: $('program-field'),
};
document.body.dataset.mode = mode;

// The API key: from the fragment once, then this tab's sessionStorage.
const keys = createKeyStore();
adoptFragmentKey(keys);
const edgeFetch = createEdgeFetch(keys);

let sg = null;              // the stopgate package, once loaded
let packageError = null;
let snapshot = null;        // createSnapshotSync's, once the package loaded
let recipientFindings = [];
let messageFindings = [];
let sending = false;

const category = () => el.category.value;
// The deployment's programs (GET /v1/status, contract C8) and the one chosen, if any.
let programs = [];
const program = () => el.program.value || undefined;
const renderList = createWarnings(el.warnings);

const recipients = createRecipients({
  get sg() { return sg; },
  mode: () => mode,
  get snapshot() { return snapshot; },
  edgeFetch,
  category,
  program,
  programs: () => programs,
  body: () => el.message.value,
}, removeEntries);

/** Fills the program choice from the edge's status; hidden when the deployment has none. */
async function loadPrograms() {
  try {
    const res = await edgeFetch('/v1/status', { cache: 'no-store' });
    if (!res.ok) return;
    const list = (await res.json()).programs;
    if (!Array.isArray(list) || list.length === 0) return;
    programs = list;
    for (const p of list) {
      const option = document.createElement('option');
      option.value = p.id;
      option.textContent = `${p.name} (${p.kind})`;
      el.program.append(option);
    }
    el.programField.hidden = false;
  } catch {
    // No status: no program choice; sends go without one.
  }
}

function debounce(fn, ms) {
  let t;
  return (...args) => { clearTimeout(t); t = setTimeout(() => fn(...args), ms); };
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

// ---------- API key ----------

function renderKey() {
  const has = Boolean(keys.get());
  el.keyState.dataset.state = has ? 'set' : 'missing';
  el.keyState.textContent = has ? 'API key set for this tab.' : 'No API key: the edge refuses sends and list reads without one.';
  el.keyForget.hidden = !has;
  el.key.value = '';
}

el.keyForm.addEventListener('submit', (ev) => {
  ev.preventDefault();
  const key = el.key.value.trim();
  if (!key) return;
  keys.set(key);
  renderKey();
  onKeyChange();
});
el.keyForget.addEventListener('click', () => { keys.clear(); renderKey(); });

function onKeyChange() {
  if (mode === 'browser' && snapshot && !snapshot.state.current) refreshSnapshot();
  else { recipients.forget(); checkRecipients(); }
}

// ---------- snapshot ----------

async function refreshSnapshot() {
  if (mode !== 'browser' || !snapshot) return;
  await snapshot.refresh();
  if (snapshot.state.exportRefused) {
    // The deployment keeps its list on the server: ask the edge per recipient.
    mode = 'server';
    document.body.dataset.mode = mode;
    recipients.forget();
    checkRecipients();
  }
  renderStatus();
}

function renderStatus() {
  renderSnapshotStatus(el.status, el.refresh, {
    mode, packageError, sg, snap: snapshot?.state ?? { current: null, error: null },
    stale: snapshot?.isStale() ?? false, exportRefused: snapshot?.state.exportRefused ?? false,
  });
}

// ---------- recipients ----------

const scheduleRecipients = debounce(() => checkRecipients(), 200);

async function checkRecipients() {
  const result = await recipients.check(el.recipients.value, (entries) => {
    renderCount(el.count, entries.length, 'checking');
    el.recipients.setAttribute('aria-busy', 'true');
    updateSendButton();
  });
  if (!result) return; // a newer check took over
  recipientFindings = result.findings;
  lintMessage(); // whether a recipient opted out changes what the message may say
  el.recipients.removeAttribute('aria-busy');
  renderCount(el.count, recipients.entries.length, result.state);
  renderWarnings();
}

function removeEntries(remove) {
  el.recipients.value = recipients.without(el.recipients.value, remove);
  checkRecipients();
  el.recipients.focus();
}

// ---------- message ----------

const scheduleLint = debounce(() => lintMessage(), 120);

function updateCounter() {
  const text = el.message.value;
  let m = null;
  if (sg) {
    try { m = sg.measure(text); } catch (err) { el.counter.textContent = err.message; return; }
  }
  renderCounter(el.counter, text, m);
}

function lintMessage() {
  const text = el.message.value;
  el.message.dataset.linted = 'true';
  if (!sg || !text.trim()) { messageFindings = []; renderWarnings(); return; }
  let findings;
  try {
    findings = sg.lint(text, { category: category(), optedOut: recipients.optedOut().length > 0 });
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
      item.action = () => setMessage(appendOptOut(el.message.value));
    } else if (f.kind === 'ucs2-forced') {
      const lf = lookalikeFix(f);
      // One finding per character: keyed by it so the item stays put while typing.
      item.key = `lint:ucs2-forced:${lf ? lf.char : f.message}`;
      if (lf) {
        item.actionLabel = lf.replacement
          ? `Replace ${showChar(lf.char)} with ${lf.replacement}`
          : `Delete ${showChar(lf.char)}`;
        item.fix = null;
        item.action = () => setMessage(el.message.value.split(lf.char).join(lf.replacement));
      }
    } else if (f.kind === 're-engagement') {
      Object.assign(item, reEngagementItem(recipients.optedOut()));
    } else if (f.kind === 'segments') {
      // One segment is what the counter already says. For more, a sentence that changes
      // only when the segment count does, so the live region doesn't speak on every key.
      if (!(f.segments > 1)) return;
      item.key = 'lint:segments';
      item.text = `This message takes ${f.segments} SMS segments: each recipient is billed for ${f.segments} messages.`;
      item.fix = `shorten it to ${f.limit} characters or fewer to send a single segment.`;
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

function renderWarnings() {
  const items = [...recipientFindings, ...messageFindings];
  renderList(items);
  const anything = el.message.value.trim() || recipients.entries.length;
  el.allClear.hidden = !(anything && items.length === 0 && sg);
}

// ---------- sending ----------

function updateSendButton() {
  const n = recipients.entries.length;
  el.send.disabled = sending || !n || !el.message.value.trim();
  el.send.textContent = sending ? 'Sending…' : n ? `Send to ${plural(recipients.sendList().length, 'recipient')}` : 'Send';
}

async function sendOne(to, body, cat, prog) {
  try {
    const res = await edgeFetch('/v1/messages', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ to, body, category: cat, ...(prog ? { program: prog } : {}) }),
    });
    let data = null;
    try { data = await res.json(); } catch { /* not JSON: reported by status below */ }
    if (res.status === 403 && data?.blocked) {
      return { to, status: 'blocked', reason: data.reason, sendAfter: data.sendAfter ?? null, text: data.message || data.reason };
    }
    if (res.ok) {
      const decision = res.headers.get('x-stopgate-decision');
      return { to, status: 'sent', reason: decision || 'allow', text: decision === 'warn' ? 'sent, with warnings' : 'sent' };
    }
    const text = res.status === 401
      ? `${data?.message || 'unauthorized'}: enter a valid API key above`
      : data?.message || data?.error || `the edge answered ${res.status}`;
    return { to, status: 'failed', reason: String(res.status), text };
  } catch (err) {
    return { to, status: 'failed', reason: 'network', text: err.message };
  }
}

async function send() {
  const list = recipients.sendList();
  const body = el.message.value;
  const cat = category();
  const prog = program();
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
      const r = await sendOne(list[next++], body, cat, prog);
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

// ---------- wiring ----------

el.recipients.addEventListener('input', () => { scheduleRecipients(); });
el.message.addEventListener('input', onMessageInput);
el.category.addEventListener('change', () => {
  lintMessage();
  checkRecipients();
});
el.program.addEventListener('change', () => checkRecipients());
el.form.addEventListener('submit', (ev) => { ev.preventDefault(); send(); });
el.refresh.addEventListener('click', () => refreshSnapshot());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') refreshSnapshot();
});

async function start() {
  renderKey();
  renderStatus();
  await loadPrograms();
  await loadPackage();
  if (sg) {
    snapshot = createSnapshotSync({
      sg, edgeFetch,
      onChange: () => { recipients.forget(); checkRecipients(); },
    });
  }
  onMessageInput();
  lintMessage();
  if (mode === 'browser') {
    await refreshSnapshot();
    setInterval(refreshSnapshot, REFRESH_MS);
    setInterval(renderStatus, 5_000);
  }
  setInterval(() => { recipients.forget(); checkRecipients(); }, RECHECK_MS);
  renderStatus();
  await checkRecipients();
  document.body.dataset.ready = 'true';
}

start();
