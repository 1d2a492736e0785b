// Rendering: the warnings list, the counter, the list status, the recipient count and the
// send results. Only the DOM; what to say comes from the callers (and the package).
import { plural, formatAge } from './text.js';

/**
 * Renders `items` into the `ul` `list`, keyed so that only changed items are touched:
 * screen readers announce additions to the polite live region, and re-creating every item
 * on each keystroke would re-announce all. Each item's `action` (if any) runs when its
 * button is pressed.
 */
export function createWarnings(list) {
  const actions = new Map(); // item key -> function
  list.addEventListener('click', (ev) => {
    const b = ev.target.closest('button[data-action]');
    if (b) actions.get(b.dataset.action)?.();
  });
  return function render(items) {
    const existing = new Map([...list.children].map((li) => [li.dataset.key, li]));
    let prev = null;
    for (const f of items) {
      if (f.action) actions.set(f.key, f.action); else actions.delete(f.key);
      const sig = JSON.stringify([f.kind, f.severity, f.text, f.fix, f.actionLabel]);
      let li = existing.get(f.key);
      if (li) existing.delete(f.key);
      else { li = document.createElement('li'); li.dataset.key = f.key; }
      if (li.dataset.sig !== sig) {
        li.dataset.sig = sig;
        li.dataset.kind = f.kind;
        li.dataset.severity = f.severity;
        for (const attr of ['number', 'scope', 'count', 'sendAfter', 'channels']) {
          if (f[attr] !== undefined && f[attr] !== null) li.dataset[attr] = String(f[attr]); else delete li.dataset[attr];
        }
        li.replaceChildren(...warningContent(f));
      }
      const want = prev ? prev.nextSibling : list.firstChild;
      if (want !== li) list.insertBefore(li, want);
      prev = li;
    }
    for (const li of existing.values()) { actions.delete(li.dataset.key); li.remove(); }
  };
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

/** The live counter from `measure()`: what the message costs, and what still fits. */
export function renderCounter(c, text, m) {
  if (!m) { c.textContent = `${plural([...text].length, 'character')}`; return; }
  c.dataset.chars = String(m.chars);
  c.dataset.encoding = m.encoding;
  c.dataset.segments = String(m.segments);
  c.dataset.units = String(m.units);
  c.dataset.limit = String(m.limit);
  c.dataset.remaining = String(m.remaining);
  c.textContent = `${plural(m.chars, 'character')} · ${m.encoding} · ${plural(m.segments, 'segment')}` +
    (text ? ` · ${m.remaining} left in this segment` : '');
}

/** The opt-out list's status line. `view`: `{ mode, packageError, sg, snap (state), stale, keyNeeded }`. */
export function renderSnapshotStatus(s, refresh, view) {
  if (view.mode === 'server') {
    s.dataset.state = 'server';
    s.textContent = view.exportRefused
      ? 'This edge keeps its opt-out list on the server: recipients are checked by the edge.'
      : 'Recipients are checked by the edge; the opt-out list stays on the server.';
    return;
  }
  if (view.packageError) {
    s.dataset.state = 'error';
    s.textContent = 'The checks could not load in this browser. Sending still works: the edge screens every message.';
    return;
  }
  refresh.hidden = !view.sg;
  const snap = view.snap;
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
  s.dataset.state = snap.error ? 'error' : view.stale ? 'stale' : 'fresh';
  s.dataset.sequence = String(cur.sequence);
  s.dataset.verified = String(Boolean(snap.publicKey));
  let text = `Opt-out list #${cur.sequence} · ${plural(cur.entries, 'number')} · built ${formatAge(age)} ago · checked ${formatAge(now - snap.checkedAt)} ago`;
  if (view.stale) text += ' · out of date: the edge will hold marketing sends until it refreshes';
  if (snap.error) text += ` · last refresh failed (${snap.error})`;
  s.textContent = text;
}

/** "3 recipients · checking…". */
export function renderCount(el, n, state) {
  el.dataset.count = String(n);
  el.dataset.state = state;
  if (!n) { el.textContent = 'No recipients yet.'; return; }
  const suffix = state === 'checking' ? ' · checking…' : state === 'checked' ? '' : ' · not checked';
  el.textContent = `${plural(n, 'recipient')}${suffix}`;
}

/** One row of the send results. */
export function resultItem(r) {
  const li = document.createElement('li');
  li.dataset.status = r.status;
  li.dataset.number = r.to;
  if (r.reason) li.dataset.reason = r.reason;
  if (r.sendAfter) li.dataset.sendAfter = r.sendAfter;
  const num = document.createElement('span');
  num.className = 'num';
  num.textContent = r.to;
  const what = document.createElement('span');
  what.className = 'what';
  what.textContent = r.status === 'blocked' ? `blocked: ${r.text}` : r.status === 'failed' ? `failed: ${r.text}` : r.text;
  li.append(num, what);
  return li;
}
