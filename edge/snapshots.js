// The isolate's view of the opt-out list: the last verified snapshot from the origin
// (full file, then signed deltas that must produce the digest they state), the newest
// verified freshness statement about it, and the local changes the Durable Object holds
// (opt-outs heard at this edge, lifts the origin has recorded), consulted on every
// screening.
//
// What it guarantees: a snapshot is only replaced by one that verifies with PUBLIC_KEY and
// does not go below the highest sequence any isolate of this edge has verified (the mark
// is kept in the Durable Object, so a restart or a fresh isolate cannot be rolled back
// either); a freshness statement older than the newest one verified is a replay and is
// refused; freshness is counted from the newest verified statement about the list we
// hold (never from our own clock alone), so a frozen or replaying origin makes the list
// stale within MAX_AGE_SECONDS; a digest mismatch, a 410 or a 409 reloads the full
// snapshot; a failed refresh keeps the last good snapshot and is reported.
// What it does not: decide policy. Staleness, scope coverage, lint and what a local change
// does to a number are the core's (screen() with the package's Overrides).
import { Overrides, Snapshot, defaults, screen, screenMany, verifyFreshness } from "stopgate";
import { config } from "./config.js";
import { originFetch } from "./origin.js";

const FIRST_LOAD_WAIT_MS = 5000;
const FIRST_LOAD_RETRY_MS = 1000;
const FRESHNESS_HEADER = "x-stopgate-freshness";
/** How far a list's time may run ahead of this clock (the core's, as screen() uses it). */
let clockSkew = null;
const maxClockSkewSeconds = () => (clockSkew ??= defaults().maxClockSkewSeconds);

const message = (e) => (e && e.message) || String(e);

/** The Durable Object holding the outbox, the local changes and the rollback mark. */
export function edgeState(env) {
  if (!env.EDGE_STATE) throw new Error("the EDGE_STATE Durable Object binding is not configured (edge/workerd.capnp, wrangler.toml)");
  return env.EDGE_STATE.get(env.EDGE_STATE.idFromName("edge"));
}

function base64urlToBytes(text) {
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const bin = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

export class SnapshotStore {
  constructor() {
    /** @type {Snapshot|null} */
    this.snapshot = null;
    this.fullBytes = null;
    this.fullSequence = null;
    this.deltasApplied = 0;
    this.fullLoads = 0;
    this.resyncs = 0;
    this.lastRefresh = null;
    this.lastAttempt = null;
    this.lastRefreshError = null;
    this.refreshing = null;
    this.bytesAttempt = null;
    /** The newest verified freshness statement (any), its raw header, and the newest one about our list. */
    this.freshness = null;
    this.freshnessHeader = null;
    this.freshAt = null;
    /** The local changes of the request being screened (refilled per request). */
    this.overrides = null;
    /** With LOCAL_CHANGES_CACHE_MS > 0: { at, sequence, changes } from the Durable Object. */
    this.changesCache = null;
  }

  get sequence() {
    return this.snapshot ? this.snapshot.sequence : null;
  }

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

  refresh(env) {
    if (!this.refreshing) {
      this.lastAttempt = Date.now();
      this.problem = null;
      this.refreshing = this.#refresh(env)
        .then(() => {
          if (this.problem) throw new Error(this.problem);
          this.lastRefresh = Date.now();
          this.lastRefreshError = null;
        })
        .catch((e) => {
          this.lastRefreshError = { message: message(e), at: new Date().toISOString() };
          console.warn(`stopgate edge: snapshot refresh failed: ${message(e)}`);
        })
        .finally(() => {
          this.refreshing = null;
        });
    }
    return this.refreshing;
  }

  async #refresh(env) {
    const cfg = config(env);
    if (!cfg.publicKey) throw new Error("PUBLIC_KEY is not configured; refusing to load unverified snapshots");
    const state = edgeState(env);
    let mark = await state.mark();
    if (!this.snapshot) return this.#loadFull(env, cfg, state, mark);
    // A fresh isolate elsewhere may have moved the mark past us: catch up, never go back.
    const since = this.snapshot.sequence;
    const res = await originFetch(env, cfg, `/v1/snapshot/delta?since=${since}`);
    if (res.status === 410 || res.status === 409) {
      await res.body?.cancel();
      this.resyncs += 1;
      return this.#loadFull(env, cfg, state, mark, res.status === 409
        ? `the origin is behind this edge (409 for since=${since})` : null);
    }
    if (res.status !== 200 && res.status !== 204) {
      await res.body?.cancel();
      throw new Error(`origin answered ${res.status} for delta since ${since}`);
    }
    const statement = this.#statement(res, cfg, mark);
    if (res.status === 200) {
      const bytes = new Uint8Array(await res.arrayBuffer());
      try {
        // applyDelta verifies the signature, the base sequence and the base digest first.
        this.snapshot.applyDelta(bytes);
      } catch (e) {
        if (!/digest/i.test(message(e))) throw e;
        this.resyncs += 1;
        return this.#loadFull(env, cfg, state, mark, `delta refused: ${message(e)}`);
      }
      if (this.snapshot.sequence <= since) {
        throw new Error(`delta since ${since} did not advance the sequence (now ${this.snapshot.sequence})`);
      }
      this.deltasApplied += 1;
    }
    if (statement && statement.sequence === this.snapshot.sequence && statement.digest !== this.snapshot.digest) {
      // Same sequence, another list: the origin was restored or rebuilt. Take its list.
      this.resyncs += 1;
      return this.#loadFull(env, cfg, state, mark, `list digest ${this.snapshot.digest} differs from the origin's ${statement.digest} at sequence ${statement.sequence}`);
    }
    this.#accepted(statement);
    mark = await state.raise({ sequence: this.snapshot.sequence, digest: this.snapshot.digest, freshIssuedAt: statement?.issuedAt });
  }

  /** The response's freshness statement, verified; null when the origin sent none or an old one (see below). Throws on a bad one. */
  #statement(res, cfg, mark) {
    const header = res.headers.get(FRESHNESS_HEADER);
    if (!header) return null;
    let f;
    try {
      f = verifyFreshness(base64urlToBytes(header.trim()), cfg.publicKey);
    } catch (e) {
      throw new Error(`freshness statement refused: ${message(e)}`);
    }
    // A statement older than one already verified (here or by any isolate: the mark) is a
    // replay, and one below the mark's sequence speaks of a list this edge has left behind.
    // Neither counts as freshness; the refresh reports it (lastRefreshError) but whatever
    // else verified in the same answer still applies.
    // One issued ahead of this clock would also become the mark every later statement is
    // measured against (and refused as older than): refused until the clocks agree.
    if (f.issuedAt > Date.now() + maxClockSkewSeconds() * 1000) {
      this.problem = `freshness statement refused: issued ${new Date(f.issuedAt).toISOString()}, more than ${maxClockSkewSeconds()} s ahead of this edge's clock`;
      return null;
    }
    if (f.issuedAt < mark.freshIssuedAt || (this.freshness && f.issuedAt < this.freshness.issuedAt)) {
      this.problem = `freshness statement refused: issued ${new Date(f.issuedAt).toISOString()}, older than one this edge verified (${new Date(Math.max(mark.freshIssuedAt, this.freshness?.issuedAt ?? 0)).toISOString()}): a replay`;
      return null;
    }
    if (f.sequence < mark.sequence) {
      this.problem = `freshness statement refused: sequence ${f.sequence} is below the highest this edge verified (${mark.sequence}); no rollback`;
      return null;
    }
    f.header = header.trim();
    return f;
  }

  /** Takes a verified statement: it counts as freshness when it is about the list we hold. */
  #accepted(statement) {
    if (!statement) return;
    this.freshness = statement;
    this.freshnessHeader = statement.header;
    if (this.snapshot && statement.sequence === this.snapshot.sequence && statement.digest === this.snapshot.digest) {
      this.freshAt = Math.max(this.freshAt ?? 0, statement.issuedAt);
    }
  }

  /** The full snapshot file: from the R2 bucket when one is bound, else from the origin. */
  async #fullResponse(env, cfg, conditional) {
    if (env.SNAPSHOTS) {
      const key = env.SNAPSHOT_KEY || "stopgate/snapshot.bin";
      const object = await env.SNAPSHOTS.get(key);
      if (!object) throw new Error(`no object ${key} in the snapshot bucket`);
      return { bytes: new Uint8Array(await object.arrayBuffer()), statement: null };
    }
    const headers = {};
    if (conditional && this.fullBytes) headers["if-none-match"] = `"${this.fullSequence}"`;
    const res = await originFetch(env, cfg, "/v1/snapshot", { headers });
    if (res.status === 304) {
      await res.body?.cancel();
      return { bytes: null, res };
    }
    if (res.status !== 200) {
      await res.body?.cancel();
      throw new Error(`origin answered ${res.status} for the full snapshot`);
    }
    return { bytes: new Uint8Array(await res.arrayBuffer()), res };
  }

  async #loadFull(env, cfg, state, mark, why = null) {
    const { bytes, res } = await this.#fullResponse(env, cfg, why === null);
    let statement = res ? this.#statement(res, cfg, mark) : null;
    if (bytes === null) {
      this.#accepted(statement);
      await state.raise({ sequence: this.snapshot?.sequence, digest: this.snapshot?.digest, freshIssuedAt: statement?.issuedAt });
      return;
    }
    let next;
    try {
      next = Snapshot.fromBytes(bytes, { publicKey: cfg.publicKey, region: cfg.region });
    } catch (e) {
      throw new Error(`full snapshot refused: ${message(e)}`);
    }
    const fileSequence = next.sequence;
    const floor = Math.max(mark.sequence, this.snapshot ? this.snapshot.sequence : -1);
    const current = this.snapshot;
    const behind = (snap, st) => {
      const vouched = st && st.sequence === snap.sequence && st.digest === snap.digest;
      return snap.sequence < floor
        || (snap.sequence === floor && current && snap.digest !== current.digest && !vouched)
        || (snap.sequence === mark.sequence && mark.digest && snap.digest !== mark.digest && !vouched);
    };
    // The full file may be older than what this edge has verified (the origin rebuilds it
    // now and then; deltas carry the rest): bring it forward before it may replace anything.
    for (let hop = 0; behind(next, statement) && hop < 4; hop++) {
      const res2 = await originFetch(env, cfg, `/v1/snapshot/delta?since=${next.sequence}`);
      if (res2.status !== 200) {
        await res2.body?.cancel();
        if (res2.status === 204) statement = this.#statement(res2, cfg, mark) ?? statement;
        break;
      }
      statement = this.#statement(res2, cfg, mark) ?? statement;
      try {
        next.applyDelta(new Uint8Array(await res2.arrayBuffer()));
      } catch (e) {
        next.free();
        throw new Error(`full snapshot refused: its delta did not apply: ${message(e)}`);
      }
    }
    if (behind(next, statement)) {
      const refused = next.sequence;
      next.free();
      throw new Error(`full snapshot refused: sequence ${refused} is older than the highest this edge has verified (${floor}); no rollback` +
        (why ? ` (resync after: ${why})` : ""));
    }
    const old = this.snapshot;
    this.snapshot = next;
    this.fullBytes = bytes;
    this.fullSequence = fileSequence;
    this.fullLoads += 1;
    if (next.sequence > fileSequence) this.deltasApplied += 1;
    this.freshAt = null;
    if (old) old.free();
    this.#accepted(statement);
    await state.raise({ sequence: next.sequence, digest: next.digest, freshIssuedAt: statement?.issuedAt });
    if (why) console.warn(`stopgate edge: reloaded the full snapshot (sequence ${next.sequence}): ${why}`);
  }

  /** Verified full snapshot bytes for the compose form, as new as the origin has them. */
  async currentBytes(env) {
    const cfg = config(env);
    const s = this.snapshot;
    const tried = this.bytesAttempt;
    if (s && cfg.publicKey && this.fullSequence !== s.sequence
      && (!tried || tried.sequence !== s.sequence || Date.now() - tried.at >= cfg.refreshMs)) {
      this.bytesAttempt = { sequence: s.sequence, at: Date.now() };
      try {
        const { bytes } = await this.#fullResponse(env, cfg, true);
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

  /** When the list we hold was last vouched for: the newest statement about it, else its own creation time. */
  freshSince() {
    if (!this.snapshot) return null;
    return Math.max(this.snapshot.createdAt, this.freshAt ?? 0);
  }

  /** Whether nothing newer is known: the last refresh is recent and succeeded. */
  upToDate(cfg) {
    return this.snapshot !== null && this.lastRefreshError === null
      && this.lastRefresh !== null && Date.now() - this.lastRefresh < cfg.refreshMs;
  }

  /**
   * screen()'s options: the list's age counts from the last verified freshness statement
   * (`freshAt`) instead of from the file's creation time, and quiet hours by the real clock;
   * the rules (and their messages) stay the core's.
   */
  #screenOptions(cfg) {
    const since = this.freshSince();
    return { now: Date.now(), freshAt: since ?? undefined, maxAgeSeconds: cfg.maxAgeSeconds, region: cfg.region, quietHours: cfg.quietHours, programs: cfg.programs };
  }

  /** Local changes for `numbers` (e164 or null) from the Durable Object: e164 → change. */
  async localChanges(env, numbers, cfg = config(env)) {
    const wanted = [...new Set(numbers.filter(Boolean))];
    if (wanted.length === 0) return {};
    if (cfg.changesCacheMs <= 0) return edgeState(env).lookup(wanted, this.sequence);
    // LOCAL_CHANGES_CACHE_MS > 0: the whole set of pending local changes, fetched at most
    // once per interval (opt-outs heard by other isolates reach this one within it; those
    // heard here are added at once by noteLocal).
    const now = Date.now();
    const c = this.changesCache;
    if (!c || c.sequence !== this.sequence || now - c.at >= cfg.changesCacheMs) {
      this.changesCache = { at: now, sequence: this.sequence, changes: await edgeState(env).changes(this.sequence) };
    }
    const out = {};
    for (const n of wanted) if (this.changesCache.changes[n]) out[n] = this.changesCache.changes[n];
    return out;
  }

  /** A change accepted by this isolate: effective here at once, whatever the cache interval. */
  noteLocal(e164, effect) {
    if (this.changesCache && effect && effect.effect === "suppress") this.changesCache.changes[e164] = { effect: "suppress", scope: effect.scope || "all" };
    if (this.changesCache && effect && effect.effect === "narrow") this.changesCache.changes[e164] = { effect: "set", scope: effect.scope };
  }

  /**
   * The package's Overrides holding `changes` (e164 → effect from the Durable Object), each
   * applied to this isolate's snapshot state by the core's rule.
   */
  overridesFor(changes, cfg) {
    if (!this.overrides || this.overridesPrograms !== cfg.programs) {
      this.overrides = new Overrides({ region: cfg.region, programs: cfg.programs });
      this.overridesPrograms = cfg.programs;
    }
    this.overrides.clear();
    for (const [e164, effect] of Object.entries(changes || {})) {
      // "set" (a narrowed revoke-all opt-out, C9) replaces the state; the rest apply to it.
      if (effect.effect === "set") this.overrides.set(e164, effect.scope);
      else this.overrides.apply(e164, effect, this.snapshot);
    }
    return this.overrides;
  }

  /** The number's opt-out now (scope text, or null), its local change first; undefined before a snapshot. */
  async optOutOf(env, e164, cfg) {
    const local = this.overridesFor(await this.localChanges(env, [e164], cfg), cfg).get(e164);
    if (local) return local.scope;
    return this.snapshot ? this.snapshot.check(e164).scope : undefined;
  }

  /** Screens one request: local changes first, then the snapshot (screen()'s rule). */
  screen(request, cfg, overrides) {
    const options = this.snapshot ? this.#screenOptions(cfg) : { maxAgeSeconds: cfg.maxAgeSeconds, region: cfg.region, quietHours: cfg.quietHours, programs: cfg.programs };
    return screen(request, this.snapshot, { ...options, overrides });
  }

  /** screenMany: one verdict per recipient of one message. */
  screenMany(recipients, category, cfg, overrides, program) {
    const options = this.snapshot ? this.#screenOptions(cfg) : { maxAgeSeconds: cfg.maxAgeSeconds, region: cfg.region, quietHours: cfg.quietHours, programs: cfg.programs };
    return screenMany(recipients, this.snapshot, { ...options, category, overrides, ...(program ? { program } : {}) });
  }

  status(env, extra) {
    const cfg = config(env);
    const s = this.snapshot;
    const now = Date.now();
    const since = this.freshSince();
    // Whole seconds, the way screen() counts, so `stale` here agrees with its verdicts.
    const ageSeconds = since === null ? null : Math.max(0, Math.floor(now / 1000) - Math.floor(since / 1000));
    // Dated ahead of this clock by more than screen() allows: its age is unknown (stale).
    const aheadSeconds = since === null ? 0 : Math.max(0, Math.floor(since / 1000) - Math.floor(now / 1000));
    const stale = s ? ageSeconds > cfg.maxAgeSeconds || aheadSeconds > maxClockSkewSeconds() : true;
    let staleReason = null;
    if (!s) staleReason = this.lastRefreshError ? `no verified snapshot: ${this.lastRefreshError.message}` : "no snapshot loaded yet";
    else if (aheadSeconds > maxClockSkewSeconds()) {
      staleReason = `the list is dated ${aheadSeconds} s ahead of this edge's clock (more than ${maxClockSkewSeconds()} s): one of the clocks is wrong, so its age is unknown`;
    } else if (stale) {
      staleReason = `the list was last vouched for ${ageSeconds} s ago (${this.freshAt ? "freshness statement" : "snapshot creation time"}), more than MAX_AGE_SECONDS=${cfg.maxAgeSeconds}` +
        (this.lastRefreshError ? `; last refresh failed: ${this.lastRefreshError.message}` : "");
    }
    const f = this.freshness;
    return {
      sequence: s ? s.sequence : null,
      entries: s ? s.entries : null,
      digest: s ? s.digest : null,
      createdAt: s ? new Date(s.createdAt).toISOString() : null,
      ageSeconds,
      maxAgeSeconds: cfg.maxAgeSeconds,
      stale,
      staleReason,
      freshness: {
        verified: f !== null,
        sequence: f ? f.sequence : null,
        issuedAt: f ? new Date(f.issuedAt).toISOString() : null,
        digest: f ? f.digest : null,
        matchesList: Boolean(f && s && f.sequence === s.sequence && f.digest === s.digest),
        lastVouchedAt: since === null ? null : new Date(since).toISOString(),
      },
      deltasApplied: this.deltasApplied,
      fullLoads: this.fullLoads,
      resyncs: this.resyncs,
      refreshSeconds: cfg.refreshMs / 1000,
      lastRefresh: this.lastRefresh ? new Date(this.lastRefresh).toISOString() : null,
      lastRefreshAttempt: this.lastAttempt ? new Date(this.lastAttempt).toISOString() : null,
      lastRefreshError: this.lastRefreshError,
      ...extra,
      overlaySize: extra?.overlay?.size ?? null,
      publicKeyConfigured: cfg.publicKey !== null,
      publicKey: cfg.publicKey,
      region: cfg.region,
    };
  }
}
