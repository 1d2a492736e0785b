// Talking to the edge: the API key and the requests that carry it.
//
// The key never travels in a URL the server sees: it is typed once and kept in
// sessionStorage (this tab only, gone when it closes), or handed over in the URL *fragment*
// (`/#key=...`, which browsers do not send to the server), read once at start and removed
// from the address bar and the history entry. Every request to the edge carries it as
// `Authorization: Bearer <key>`.
//
// Nothing here touches the DOM or storage at import time, so Node can test it.

export const KEY_STORAGE = 'stopgate.apiKey';

/** An HTTP error from the edge, with its status. */
export class EdgeError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** The edge's error sentence for a failed response: its JSON `message`, else the status. */
export async function edgeError(res) {
  const why = await res.json().then((b) => b?.message, () => null);
  return why ? `${why} (${res.status})` : `the edge answered ${res.status}`;
}

/**
 * Splits a URL fragment into the API key it carries (`#key=...`, among other `&`-separated
 * parameters) and the fragment to leave in its place ('' when nothing else was there).
 */
export function keyFromFragment(hash) {
  const raw = String(hash ?? '').replace(/^#/, '');
  if (!raw) return { key: null, rest: '' };
  const params = new URLSearchParams(raw);
  const key = params.get('key');
  if (key === null) return { key: null, rest: hash };
  params.delete('key');
  const rest = params.toString();
  return { key: key.trim() || null, rest: rest ? `#${rest}` : '' };
}

/**
 * The key store: sessionStorage when the browser offers it (it may refuse, e.g. in a
 * sandboxed frame), else memory for this page only.
 */
export function createKeyStore(storage = globalThis.sessionStorage) {
  let memory = null;
  const safe = (fn, fallback) => { try { return fn(); } catch { return fallback; } };
  return {
    get() { return safe(() => storage?.getItem(KEY_STORAGE), null) ?? memory; },
    set(key) {
      memory = key || null;
      safe(() => (key ? storage?.setItem(KEY_STORAGE, key) : storage?.removeItem(KEY_STORAGE)));
    },
    clear() { this.set(null); },
  };
}

/**
 * Takes a key handed over in the address bar's fragment into `store`, and removes it from
 * the address bar and the current history entry. Returns whether there was one.
 */
export function adoptFragmentKey(store, loc = globalThis.location, hist = globalThis.history) {
  const { key, rest } = keyFromFragment(loc?.hash);
  if (!key) return false;
  store.set(key);
  hist?.replaceState(hist.state, '', `${loc.pathname}${loc.search}${rest}`);
  return true;
}

/** A fetch to the edge that carries the stored key as a bearer token. */
export function createEdgeFetch(store, fetchImpl = (...a) => globalThis.fetch(...a)) {
  return (path, init = {}) => {
    const key = store.get();
    const headers = new Headers(init.headers ?? {});
    if (key && !headers.has('authorization')) headers.set('authorization', `Bearer ${key}`);
    return fetchImpl(path, { ...init, headers });
  };
}
