// The isolate's view of the opt-out list: the last verified snapshot from the
// origin (full file, then signed deltas), and a local overlay of the opt-outs and
// opt-ins this isolate has seen since, consulted first.
//
// What it guarantees: a snapshot is only ever replaced by one that verifies with
// the configured public key and does not go back in sequence; a failed refresh keeps
// the last good snapshot and is reported; refresh never blocks a request once a
// snapshot is loaded. What it does not: persist anything (a new isolate starts from
// the origin again), or decide policy — staleness and scope rules are `screen()`'s.
import { Snapshot, buildSnapshot, screen } from "stopgate";

const FIRST_LOAD_WAIT_MS = 5000;
const FIRST_LOAD_RETRY_MS = 1000;

const number = (value, fallback) => {
  const n = Number(value);
  return value !== undefined && value !== null && value !== "" && Number.isFinite(n) && n >= 0 ? n : fallback;
};

/** Configuration from the worker's vars (strings in workerd, strings or numbers in wrangler). */
export function config(env) {
  return {
    publicKey: (env.PUBLIC_KEY || "").trim() || null,
    refreshMs: number(env.REFRESH_SECONDS, 15) * 1000,
    maxAgeSeconds: number(env.MAX_AGE_SECONDS, 86400),
    region: env.REGION || "US",
    brand: env.BRAND_NAME || "Stopgate Demo",
    helpText: env.HELP_TEXT || "",
    maxBodyBytes: number(env.MAX_BODY_BYTES, 65536),
    originTimeoutMs: number(env.ORIGIN_TIMEOUT_MS, 10000),
    twilioAuthToken: env.TWILIO_AUTH_TOKEN || null,
  };
}

/** Calls the origin: through a service binding when there is one, else over the network. */
export function originFetch(env, path, init = {}, timeoutMs = 10000) {
  const base = String(env.ORIGIN_URL || "http://origin").replace(/\/+$/, "");
  const request = new Request(base + path, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  return env.ORIGIN ? env.ORIGIN.fetch(request) : fetch(request);
}

const message = (e) => (e && e.message) || String(e);

export class SnapshotStore {
  constructor() {
    /** @type {Snapshot|null} */
    this.snapshot = null;
    /** Bytes of the last verified full snapshot, for `GET /v1/snapshot`, and its sequence. */
    this.fullBytes = null;
    this.fullSequence = null;
    this.deltasApplied = 0;
    this.fullLoads = 0;
    this.lastRefresh = null; // ms: last time the origin confirmed or moved our sequence
    this.lastAttempt = null;
    this.lastRefreshError = null; // { message, at }
    this.refreshing = null;
    this.bytesAttempt = null; // { sequence, at }: the last refetch of the full file for GET /v1/snapshot
    /** e164 → { state: "out"|"in", scope, sequence, at }; `sequence` is the origin's once recorded. */
    this.overlay = new Map();
    this.emptyLike = null;
  }

  get sequence() {
    return this.snapshot ? this.snapshot.sequence : null;
  }

  /**
   * Called on every API request: loads the first snapshot (waiting a bounded time),
   * and afterwards refreshes in the background once `REFRESH_SECONDS` have passed.
   */
  async ensureFresh(env, ctx) {
    const cfg = config(env);
    const now = Date.now();
    if (!this.snapshot) {
      if (this.refreshing || this.lastAttempt === null || now - this.lastAttempt >= FIRST_LOAD_RETRY_MS) {
        const attempt = this.refresh(env);
        ctx.waitUntil(attempt);
        await Promise.race([attempt, new Promise((r) => setTimeout(r, FIRST_LOAD_WAIT_MS))]);
      }
      return;
    }
    if (!this.refreshing && (this.lastAttempt === null || now - this.lastAttempt >= cfg.refreshMs)) {
      ctx.waitUntil(this.refresh(env));
    }
  }

  /** One refresh, shared by concurrent callers. Never throws: errors go to `lastRefreshError`. */
  refresh(env) {
    if (!this.refreshing) {
      this.lastAttempt = Date.now();
      this.refreshing = this.#refresh(env)
        .then(() => {
          this.lastRefresh = Date.now();
          this.lastRefreshError = null;
        })
        .catch((e) => {
          this.lastRefreshError = { message: message(e), at: new Date().toISOString() };
          console.warn(`stopgate edge: snapshot refresh failed: ${message(e)}`);
        })
        .finally(() => {
          this.refreshing = null;
          this.#pruneOverlay();
        });
    }
    return this.refreshing;
  }

  async #refresh(env) {
    const cfg = config(env);
    if (!cfg.publicKey) throw new Error("PUBLIC_KEY is not configured; refusing to load unverified snapshots");
    if (!this.snapshot) return this.#loadFull(env, cfg);
    const since = this.snapshot.sequence;
    const res = await originFetch(env, `/v1/snapshot/delta?since=${since}`, {}, cfg.originTimeoutMs);
    if (res.status === 204) return;
    if (res.status === 410) {
      await res.body?.cancel();
      return this.#loadFull(env, cfg);
    }
    if (res.status === 409) {
      await res.body?.cancel();
      throw new Error(`origin refused delta since ${since}: it is behind this edge (rollback refused; keeping sequence ${since})`);
    }
    if (res.status !== 200) {
      await res.body?.cancel();
      throw new Error(`origin answered ${res.status} for delta since ${since}`);
    }
    const bytes = new Uint8Array(await res.arrayBuffer());
    // applyDelta verifies the signature and the base sequence before it changes anything.
    this.snapshot.applyDelta(bytes);
    if (this.snapshot.sequence <= since) {
      throw new Error(`delta since ${since} did not advance the sequence (now ${this.snapshot.sequence})`);
    }
    this.deltasApplied += 1;
    this.emptyLike = null;
  }

  /** The full snapshot file: from the R2 bucket when one is bound, else from the origin. Null: unchanged. */
  async #fullBytes(env, cfg) {
    if (env.SNAPSHOTS) {
      const key = env.SNAPSHOT_KEY || "stopgate/snapshot.bin";
      const object = await env.SNAPSHOTS.get(key);
      if (!object) throw new Error(`no object ${key} in the snapshot bucket`);
      return new Uint8Array(await object.arrayBuffer());
    }
    const headers = {};
    if (this.fullBytes) headers["if-none-match"] = `"${this.fullSequence}"`;
    const res = await originFetch(env, "/v1/snapshot", { headers }, cfg.originTimeoutMs);
    if (res.status === 304) return null;
    if (res.status !== 200) {
      await res.body?.cancel();
      throw new Error(`origin answered ${res.status} for the full snapshot`);
    }
    return new Uint8Array(await res.arrayBuffer());
  }

  async #loadFull(env, cfg) {
    const bytes = await this.#fullBytes(env, cfg);
    if (bytes === null) return;
    let next;
    try {
      next = Snapshot.fromBytes(bytes, { publicKey: cfg.publicKey, region: cfg.region });
    } catch (e) {
      throw new Error(`full snapshot refused: ${message(e)}`);
    }
    if (this.snapshot && next.sequence < this.snapshot.sequence) {
      const refused = next.sequence;
      next.free();
      throw new Error(`full snapshot refused: sequence ${refused} is older than ours (${this.snapshot.sequence}); no rollback`);
    }
    const old = this.snapshot;
    this.snapshot = next;
    this.fullBytes = bytes;
    this.fullSequence = next.sequence;
    this.fullLoads += 1;
    this.emptyLike = null;
    if (old) old.free();
  }

  /**
   * Verified full snapshot bytes for the compose form, as new as the origin has them.
   * After deltas our view is newer than the bytes we hold, so ask the origin for its
   * file (at most once per sequence and refresh interval; 304 while it has not
   * rebuilt) and keep it if it verifies and is newer. This never touches the live
   * snapshot, so it cannot race a refresh.
   */
  async currentBytes(env) {
    const cfg = config(env);
    const s = this.snapshot;
    const tried = this.bytesAttempt;
    if (s && cfg.publicKey && this.fullSequence !== s.sequence
      && (!tried || tried.sequence !== s.sequence || Date.now() - tried.at >= cfg.refreshMs)) {
      this.bytesAttempt = { sequence: s.sequence, at: Date.now() };
      try {
        const bytes = await this.#fullBytes(env, cfg);
        if (bytes) {
          const check = Snapshot.fromBytes(bytes, { publicKey: cfg.publicKey, region: cfg.region });
          const sequence = check.sequence;
          check.free();
          if (this.fullSequence === null || sequence > this.fullSequence) {
            this.fullBytes = bytes;
            this.fullSequence = sequence;
          }
        }
      } catch (e) {
        console.warn(`stopgate edge: could not refetch the full snapshot: ${message(e)}`);
      }
    }
    return this.fullBytes ? { bytes: this.fullBytes, sequence: this.fullSequence } : null;
  }

  /** Whether nothing newer is known: the last refresh is recent and succeeded, and no local reply is pending. */
  upToDate(cfg) {
    return this.snapshot !== null && this.lastRefreshError === null && this.overlay.size === 0
      && this.lastRefresh !== null && Date.now() - this.lastRefresh < cfg.refreshMs;
  }

  /** Records an inbound opt-out / opt-in in the overlay, at once. */
  noteReply(e164, intent, scope) {
    if (intent === "opt_out") {
      this.overlay.set(e164, { state: "out", scope: scope || "all", sequence: null, at: Date.now() });
    } else if (intent === "opt_in") {
      this.overlay.set(e164, { state: "in", scope: null, sequence: null, at: Date.now() });
    }
  }

  /** The origin recorded the change at `sequence`: once our snapshot reaches it, the overlay entry can go. */
  noteRecorded(e164, sequence) {
    const entry = this.overlay.get(e164);
    if (entry && Number.isFinite(sequence)) entry.sequence = sequence;
    this.#pruneOverlay();
  }

  #pruneOverlay() {
    if (!this.snapshot) return;
    const seq = this.snapshot.sequence;
    for (const [k, v] of this.overlay) if (v.sequence !== null && v.sequence <= seq) this.overlay.delete(k);
  }

  /**
   * Screens one request: the overlay first, then the snapshot through `screen()`.
   * A local opt-out that covers the category blocks; a local opt-in (or a narrower
   * opt-out) means the snapshot's entry for this number is out of date, so the
   * request is screened against an empty snapshot of the same age and sequence, which
   * keeps `screen()`'s staleness and lint policy.
   */
  screen(request, e164, cfg) {
    const entry = e164 ? this.overlay.get(e164) : undefined;
    if (entry && entry.state === "out" && (entry.scope === "all" || request.category === "marketing")) {
      return {
        decision: "block",
        reason: "opted-out",
        message: entry.scope === "all"
          ? `${e164} opted out of all messages (reply just received at this edge); nothing may be sent to it`
          : `${e164} opted out of marketing messages (reply just received at this edge); this marketing message may not be sent`,
        e164,
        scope: entry.scope,
        snapshotSequence: this.sequence,
        findings: [],
        source: "overlay",
      };
    }
    let snapshot = this.snapshot;
    if (entry && snapshot) snapshot = this.#emptyLike(cfg);
    const result = screen(request, snapshot, { maxAgeSeconds: cfg.maxAgeSeconds, region: cfg.region });
    return { ...result, source: entry ? "overlay" : "snapshot" };
  }

  #emptyLike(cfg) {
    const s = this.snapshot;
    if (!this.emptyLike || this.emptyLike.sequence !== s.sequence || this.emptyLike.createdAt !== s.createdAt) {
      if (this.emptyLike) this.emptyLike.free();
      const bytes = buildSnapshot([], { region: s.region || cfg.region, sequence: s.sequence, createdAt: s.createdAt });
      this.emptyLike = Snapshot.fromBytes(bytes, { region: s.region || cfg.region });
    }
    return this.emptyLike;
  }

  status(env) {
    const cfg = config(env);
    const s = this.snapshot;
    // Whole seconds, computed the way screen() does, so `stale` here agrees with its verdicts.
    const ageSeconds = s ? Math.max(0, Math.floor(Date.now() / 1000) - Math.floor(s.createdAt / 1000)) : null;
    let outs = 0;
    for (const v of this.overlay.values()) if (v.state === "out") outs += 1;
    return {
      sequence: s ? s.sequence : null,
      entries: s ? s.entries : null,
      createdAt: s ? new Date(s.createdAt).toISOString() : null,
      ageSeconds,
      maxAgeSeconds: cfg.maxAgeSeconds,
      stale: s ? ageSeconds > cfg.maxAgeSeconds : true,
      deltasApplied: this.deltasApplied,
      fullLoads: this.fullLoads,
      refreshSeconds: cfg.refreshMs / 1000,
      lastRefresh: this.lastRefresh ? new Date(this.lastRefresh).toISOString() : null,
      lastRefreshAttempt: this.lastAttempt ? new Date(this.lastAttempt).toISOString() : null,
      lastRefreshError: this.lastRefreshError,
      overlay: { size: this.overlay.size, optOuts: outs, optIns: this.overlay.size - outs },
      overlaySize: this.overlay.size,
      publicKeyConfigured: cfg.publicKey !== null,
      // Public by definition; the compose form checks the snapshot and deltas it gets with it.
      publicKey: cfg.publicKey,
      region: cfg.region,
    };
  }
}
