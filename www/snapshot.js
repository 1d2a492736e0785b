// Snapshot sync (browser mode): one verified full file from the edge, then its signed deltas.
//
// The origin rebuilds the full snapshot file on a schedule (minutes) and publishes signed
// deltas in between, which is how the edge stays current. The page does the same: one full
// file, then `GET /v1/snapshot/delta?since=N` through the edge. An edge without that route
// (404) leaves the page polling the full file, which is only as new as the origin's last
// rebuild. An edge that does not export its list at all (`EXPORT_LIST=false`: 403, or 404 on
// the full file) is reported as `exportRefused`, and the page checks recipients through
// `POST /v1/screen` instead.
import { EdgeError, edgeError } from './edge.js';

/**
 * `sg` is the stopgate package, `edgeFetch` a fetch that authenticates to the edge, and
 * `onChange` is called after the list changed (new sequence, or a different file).
 */
export function createSnapshotSync({ sg, edgeFetch, onChange }) {
  // publicKey: the key the edge verifies snapshots with (from GET /v1/status); with it the
  // page checks the signatures of the full file and of every delta itself.
  const state = {
    current: null, etag: null, checkedAt: 0, error: null, publicKey: undefined,
    deltasAvailable: true, exportRefused: false,
  };
  let refreshing = null;

  async function refreshOnce() {
    try {
      if (state.publicKey === undefined) state.publicKey = await edgePublicKey();
      let changed = false;
      if (state.current && state.deltasAvailable) {
        const res = await edgeFetch(`/v1/snapshot/delta?since=${state.current.sequence}`, { cache: 'no-store' });
        if (res.status === 200) {
          const before = state.current.sequence;
          try {
            const options = state.publicKey ? { publicKey: state.publicKey } : undefined;
            state.current.applyDelta(new Uint8Array(await res.arrayBuffer()), options);
            changed = state.current.sequence !== before;
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
          state.deltasAvailable = false;
          changed = await loadFull(false);
        } else {
          throw new EdgeError(res.status, await edgeError(res));
        }
      } else {
        changed = await loadFull(false);
      }
      state.checkedAt = Date.now();
      state.error = null;
      if (changed) onChange();
    } catch (err) {
      state.error = err.message;
      state.errorStatus = err.status ?? null;
    }
  }

  // Loads GET /v1/snapshot; true when the list changed. `replace` takes the file even when
  // it is older than what deltas brought us to (after a 409 / 410 or a refused delta).
  async function loadFull(replace) {
    const headers = state.etag && !replace ? { 'if-none-match': state.etag } : {};
    const res = await edgeFetch('/v1/snapshot', { headers, cache: 'no-store' });
    if (res.status === 304) return false;
    if ((res.status === 403 || res.status === 404) && !state.current) {
      // The deployment keeps its list on the server (EXPORT_LIST=false).
      state.exportRefused = true;
      throw new EdgeError(res.status, await edgeError(res));
    }
    if (!res.ok) throw new EdgeError(res.status, await edgeError(res));
    const options = state.publicKey ? { publicKey: state.publicKey } : {};
    const next = sg.Snapshot.fromBytes(new Uint8Array(await res.arrayBuffer()), options);
    state.etag = res.headers.get('etag');
    const cur = state.current;
    if (cur && !replace && next.sequence <= cur.sequence) {
      next.free();
      return false;
    }
    const changed = !cur || next.sequence !== cur.sequence || replace;
    state.current = next;
    cur?.free();
    return changed;
  }

  // The edge's public key; null when it does not say (then the page relies on the edge
  // having verified the full file, and deltas go unchecked here; sends are screened anyway),
  // undefined when it could not be asked (asked again on the next refresh).
  async function edgePublicKey() {
    try {
      const res = await edgeFetch('/v1/status', { cache: 'no-store' });
      if (!res.ok) return undefined;
      const key = (await res.json()).publicKey;
      return typeof key === 'string' && /^[0-9a-f]{64}$/i.test(key) ? key : null;
    } catch {
      return undefined;
    }
  }

  return {
    state,
    /** One refresh at a time; callers share the one in flight. */
    refresh() {
      refreshing ??= refreshOnce().finally(() => { refreshing = null; });
      return refreshing;
    },
    /** Whether the loaded list is older than the core's default age limit, or dated further ahead of this clock than its skew allows (as screen() decides). */
    isStale(now = Date.now()) {
      if (!state.current) return false;
      const { maxAgeSeconds, maxClockSkewSeconds } = sg.defaults();
      const age = now - state.current.createdAt;
      return age > maxAgeSeconds * 1000 || -age > maxClockSkewSeconds * 1000;
    },
  };
}
