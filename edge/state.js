// The edge's durable state, one Durable Object (SQLite-backed storage) shared by every
// isolate of the worker:
//
// - the inbound outbox: every reply the edge acknowledges is stored here first (keyed by
//   message id and number, so a redelivery is a duplicate), then forwarded to the origin in
//   arrival order, with retries on an alarm and exponential backoff, until the origin answers;
// - the local changes: the opt-outs heard here (at once) and the lifts the origin recorded,
//   which every isolate consults on every screening until its snapshot carries them;
// - the rollback mark: the highest snapshot sequence (and its digest) and the newest
//   freshness statement any isolate has verified, so a fresh isolate refuses older ones.
//
// It decides no policy: which reply suppresses or lifts what is the core's (consentEffect,
// and the origin's own re-classification); coverage of a category is screen()'s.
import { DurableObject } from "cloudflare:workers";
import { config } from "./config.js";
import { OriginNotConfigured, originFetch } from "./origin.js";

const FIRST_TRY_TIMEOUT_MS = 3000;
const MAX_BACKOFF_MS = 60000;
/** Recorded local changes are kept this long after the snapshots reached them (lagging isolates). */
const KEEP_RECORDED_MS = 10 * 60 * 1000;

/**
 * The outbox key (its `message_id` column): the message id with the number it came from. A
 * generic webhook's ids are chosen by whoever sends them and may repeat across numbers; keyed
 * by the id alone, a STOP from a second number was taken for a redelivery and neither blocked
 * nor forwarded. (Rows stored before keep their plain id: a redelivery of one is forwarded
 * again, and the origin, keyed the same way, answers it as the duplicate it is.)
 */
const outboxKey = (item) => JSON.stringify([item.messageId, item.from]);

export class EdgeState extends DurableObject {
  constructor(ctx, env) {
    super(ctx, env);
    this.sql = ctx.storage.sql;
    this.draining = null;
    /**
     * e164 → { effect, at, sequence, messageId }: a mirror of `overrides`. `effect` is what
     * consentEffect says (`{ effect: "suppress"|"lift", scope }`); isolates apply it to their
     * snapshot's state with the package's Overrides, so the rule stays the core's.
     */
    this.overrides = new Map();
    ctx.blockConcurrencyWhile(async () => {
      this.sql.exec(`CREATE TABLE IF NOT EXISTS outbox (
        message_id TEXT PRIMARY KEY, payload TEXT NOT NULL, received_at INTEGER NOT NULL,
        state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, next_at INTEGER NOT NULL,
        last_error TEXT, answer TEXT, done_at INTEGER)`);
      this.sql.exec("CREATE INDEX IF NOT EXISTS outbox_pending ON outbox (state, received_at)");
      this.sql.exec(`CREATE TABLE IF NOT EXISTS overrides (
        e164 TEXT PRIMARY KEY, effect TEXT NOT NULL, at INTEGER NOT NULL,
        sequence INTEGER, message_id TEXT)`);
      this.sql.exec("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
      // Revoke-all (C9): numbers whose narrower opt-out was applied as `all`, until narrowed once.
      this.sql.exec(`CREATE TABLE IF NOT EXISTS clarifications (
        e164 TEXT PRIMARY KEY, requested TEXT NOT NULL, at INTEGER NOT NULL, narrowed_at INTEGER)`);
      for (const r of this.sql.exec("SELECT * FROM overrides")) {
        this.overrides.set(r.e164, { effect: JSON.parse(r.effect), at: r.at, sequence: r.sequence, messageId: r.message_id });
      }
      // An edge restarted with replies pending: make sure they are retried.
      if (this.#pendingCount() > 0 && (await ctx.storage.getAlarm()) === null) await ctx.storage.setAlarm(Date.now());
    });
  }

  #pendingCount() {
    return this.sql.exec("SELECT count(*) AS n FROM outbox WHERE state = 'pending'").one().n;
  }

  #setOverride(e164, entry) {
    this.overrides.set(e164, entry);
    this.sql.exec("INSERT OR REPLACE INTO overrides (e164, effect, at, sequence, message_id) VALUES (?, ?, ?, ?, ?)",
      e164, JSON.stringify(entry.effect), entry.at, entry.sequence ?? null, entry.messageId ?? null);
  }

  /**
   * Stores an inbound reply (idempotent by message id and number) and, for an opt-out, blocks the
   * number at once; then tries the origin once, briefly. Returns `{ duplicate, answer }`:
   * `answer` is the origin's when it recorded the reply now (or had before), else null
   * (it stays pending and is retried).
   */
  async accept(item, effect) {
    const now = Date.now();
    const key = outboxKey(item);
    const existing = this.sql.exec("SELECT state, answer FROM outbox WHERE message_id = ?", key).toArray()[0];
    if (existing) {
      return { duplicate: true, answer: existing.answer ? JSON.parse(existing.answer) : null, pending: existing.state === "pending" };
    }
    this.sql.exec("INSERT INTO outbox (message_id, payload, received_at, state, next_at) VALUES (?, ?, ?, 'pending', ?)",
      key, JSON.stringify(item), item.receivedAt, now);
    let narrowed = false;
    if (effect && effect.effect === "narrow") {
      // The reply to the revoke-all question: accepted once, then it is an ordinary reply.
      narrowed = this.sql.exec("UPDATE clarifications SET narrowed_at = ? WHERE e164 = ? AND narrowed_at IS NULL",
        item.receivedAt, item.from).rowsWritten === 1;
      if (narrowed) {
        // "set": the opt-out becomes this scope (a suppress would only widen the snapshot's `all`).
        this.#setOverride(item.from, { effect: { effect: "set", scope: effect.scope }, at: item.receivedAt, sequence: null, messageId: item.messageId });
      }
    }
    if (effect && effect.effect === "suppress") {
      const prior = this.overrides.get(item.from);
      if (!prior || prior.at <= item.receivedAt) {
        this.#setOverride(item.from, { effect: { effect: "suppress", scope: effect.scope || "all" }, at: item.receivedAt, sequence: null, messageId: item.messageId });
      }
      if (effect.revokeAll) {
        this.sql.exec("INSERT OR REPLACE INTO clarifications (e164, requested, at, narrowed_at) VALUES (?, ?, ?, NULL)",
          item.from, effect.requestedScope || "all", item.receivedAt);
      }
    }
    await this.ctx.storage.setAlarm(now + 1000);
    // The first try, unless older replies are queued (they go first: order matters per number).
    if (this.#pendingCount() === 1) await this.#drain(FIRST_TRY_TIMEOUT_MS);
    const row = this.sql.exec("SELECT state, answer FROM outbox WHERE message_id = ?", key).one();
    return { duplicate: false, answer: row.answer ? JSON.parse(row.answer) : null, pending: row.state === "pending", narrowed };
  }

  /** The number's revoke-all clarification: `{ requested, at, narrowedAt }` (ms), or null. */
  clarification(e164) {
    const r = this.sql.exec("SELECT requested, at, narrowed_at FROM clarifications WHERE e164 = ?", e164).toArray()[0];
    return r ? { requested: r.requested, at: r.at, narrowedAt: r.narrowed_at } : null;
  }

  async alarm() {
    await this.#drain();
  }

  /** Forwards pending replies in arrival order until one fails; reschedules the rest. */
  #drain(timeoutMs) {
    if (!this.draining) {
      this.draining = this.#drainOnce(timeoutMs).finally(() => {
        this.draining = null;
      });
    }
    return this.draining;
  }

  async #drainOnce(timeoutMs) {
    const cfg = config(this.env);
    const now = () => Date.now();
    for (;;) {
      const row = this.sql.exec("SELECT * FROM outbox WHERE state = 'pending' ORDER BY received_at, rowid LIMIT 1").toArray()[0];
      if (!row) break;
      if (row.next_at > now() && timeoutMs === undefined) break;
      const item = JSON.parse(row.payload);
      let failure = null;
      let answer = null;
      try {
        const res = await originFetch(this.env, cfg, "/v1/inbound", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(item),
          timeoutMs: timeoutMs ?? cfg.originTimeoutMs,
        });
        const text = await res.text();
        if (res.ok) {
          try {
            answer = JSON.parse(text);
          } catch {
            failure = `origin answered ${res.status} with a body that is not JSON`;
          }
        } else if (res.status === 400 || res.status === 422) {
          // The origin refuses this reply for good: keep it, out of the queue, for a person.
          this.sql.exec("UPDATE outbox SET state = 'refused', last_error = ?, attempts = attempts + 1, done_at = ? WHERE message_id = ?",
            `origin answered ${res.status}: ${text.slice(0, 300)}`, now(), row.message_id);
          console.error(`stopgate edge: the origin refused inbound ${item.messageId} (${res.status}): ${text.slice(0, 300)}`);
          continue;
        } else {
          failure = `origin answered ${res.status}: ${text.slice(0, 200)}`;
        }
      } catch (e) {
        failure = e instanceof OriginNotConfigured ? e.message : `origin unreachable: ${(e && e.message) || e}`;
      }
      if (failure !== null) {
        const attempts = row.attempts + 1;
        const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** Math.min(attempts - 1, 10));
        this.sql.exec("UPDATE outbox SET attempts = ?, next_at = ?, last_error = ? WHERE message_id = ?",
          attempts, now() + delay, failure, row.message_id);
        break;
      }
      this.sql.exec("UPDATE outbox SET state = 'done', answer = ?, attempts = attempts + 1, last_error = NULL, done_at = ? WHERE message_id = ?",
        JSON.stringify(answer), now(), row.message_id);
      this.#recorded(item, answer);
    }
    this.#prune();
    const next = this.sql.exec("SELECT min(next_at) AS t FROM outbox WHERE state = 'pending'").one().t;
    if (next !== null) await this.ctx.storage.setAlarm(Math.max(next, now() + 100));
  }

  /**
   * The origin recorded `item`: its answer (its own verdict, not the edge's) says what the
   * number's state is now, and that is the local change until the snapshot carries it.
   */
  #recorded(item, answer) {
    const sequence = Number.isFinite(Number(answer.sequence)) ? Number(answer.sequence) : null;
    const prior = this.overrides.get(item.from);
    if (prior && prior.at > item.receivedAt) return; // a newer reply from this number decides
    const mine = prior && prior.messageId === item.messageId;
    let effect = null;
    if (answer.recorded && !answer.duplicate) {
      const kind = answer.effect ?? (answer.intent === "opt_out" ? "suppress" : answer.intent === "opt_in" ? "lift" : "nothing");
      // effectScope: what the origin applied (under revoke-all `all`, not the reply's scope).
      if (kind === "suppress") effect = { effect: "suppress", scope: answer.effectScope || answer.scope || "all" };
      else if (kind === "narrow") effect = { effect: "set", scope: answer.effectScope || "all" };
      // A double opt-in confirmation (C10) names the number's opt-out after it: set as is
      // (a program lift from `all` is the origin's rule, not the package's lift).
      else if (kind === "lift" && answer.optin && answer.optin.state === "confirmed" && "resultScope" in answer) {
        effect = answer.resultScope === null ? { effect: "lift", scope: "all" } : { effect: "set", scope: answer.resultScope };
      }
      else if (kind === "lift" && answer.effectScope && !["all", "transactional"].includes(answer.effectScope)) {
        effect = { effect: "lift", scope: answer.effectScope }; // programs lifted (START ALERTS)
      } else if (kind === "lift") {
        effect = answer.scope === "marketing" ? { effect: "suppress", scope: "marketing" } // narrowed: still out of marketing
          : { effect: "lift", scope: answer.scope === "transactional" ? "transactional" : "all" };
      }
    }
    if (effect) this.#setOverride(item.from, { effect, at: item.receivedAt, sequence, messageId: item.messageId });
    // Not recorded (a duplicate, or nothing to change): an opt-out we blocked on at once
    // stays blocked here until the snapshot passes this sequence (suppressing more is safe).
    else if (mine) this.#setOverride(item.from, { ...prior, sequence });
  }

  #prune() {
    const mark = this.#mark();
    const cutoff = Date.now() - KEEP_RECORDED_MS;
    for (const [k, v] of this.overrides) {
      if (v.sequence !== null && v.sequence <= mark.sequence && v.at < cutoff) {
        this.overrides.delete(k);
        this.sql.exec("DELETE FROM overrides WHERE e164 = ?", k);
      }
    }
    this.sql.exec("DELETE FROM outbox WHERE state = 'done' AND done_at < ?", Date.now() - 24 * 3600 * 1000);
  }

  /**
   * A change the origin recorded outside a reply (the preference page's narrowing, C11):
   * `effect` is the number's state until a snapshot at `sequence` carries it.
   */
  noteChange(e164, effect, sequence) {
    this.#setOverride(e164, { effect, at: Date.now(), sequence: Number.isFinite(sequence) ? sequence : null, messageId: null });
  }

  /** Local changes (e164 → effect) for `numbers` that a snapshot at `sequence` does not carry yet. */
  lookup(numbers, sequence) {
    const out = {};
    for (const n of numbers) {
      const v = this.overrides.get(n);
      if (v && (v.sequence === null || sequence === null || v.sequence > sequence)) out[n] = v.effect;
    }
    return out;
  }

  /** Every local change a snapshot at `sequence` does not carry yet (e164 → effect), for isolates that cache them. */
  changes(sequence) {
    const out = {};
    for (const [n, v] of this.overrides) {
      if (v.sequence === null || sequence === null || v.sequence > sequence) out[n] = v.effect;
    }
    return out;
  }

  #mark() {
    const get = (k) => this.sql.exec("SELECT value FROM meta WHERE key = ?", k).toArray()[0]?.value ?? null;
    const seq = get("sequence");
    const issued = get("freshIssuedAt");
    return { sequence: seq === null ? -1 : Number(seq), digest: get("digest"), freshIssuedAt: issued === null ? 0 : Number(issued) };
  }

  /** The rollback mark: `{ sequence, digest, freshIssuedAt }` (-1 / null / 0 when nothing is verified yet). */
  mark() {
    return this.#mark();
  }

  /** Raises the mark to a verified state; never lowers it. Returns the new mark. */
  raise({ sequence, digest, freshIssuedAt }) {
    const m = this.#mark();
    const set = (k, v) => this.sql.exec("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", k, String(v));
    if (Number.isFinite(sequence) && sequence >= m.sequence) {
      set("sequence", sequence);
      if (digest) set("digest", digest);
    }
    if (Number.isFinite(freshIssuedAt) && freshIssuedAt > m.freshIssuedAt) set("freshIssuedAt", freshIssuedAt);
    return this.#mark();
  }

  /** Outbox and local-change counts for GET /v1/status (no numbers in it). */
  stats(sequence) {
    const p = this.sql.exec("SELECT count(*) AS n, min(received_at) AS oldest, max(attempts) AS attempts FROM outbox WHERE state = 'pending'").one();
    const last = this.sql.exec("SELECT last_error FROM outbox WHERE state = 'pending' AND last_error IS NOT NULL ORDER BY received_at LIMIT 1").toArray()[0];
    const refused = this.sql.exec("SELECT count(*) AS n FROM outbox WHERE state = 'refused'").one().n;
    const delivered = this.sql.exec("SELECT count(*) AS n FROM outbox WHERE state = 'done'").one().n;
    let optOuts = 0;
    let optIns = 0;
    for (const v of this.overrides.values()) {
      if (v.sequence !== null && sequence !== null && v.sequence <= sequence) continue;
      if (v.effect.effect === "suppress") optOuts += 1;
      else optIns += 1;
    }
    return {
      outbox: {
        pending: p.n,
        oldestAgeSeconds: p.oldest === null ? null : Math.max(0, Math.round((Date.now() - p.oldest) / 1000)),
        maxAttempts: p.attempts ?? 0,
        lastError: last ? last.last_error : null,
        delivered,
        refused,
      },
      overlay: { size: optOuts + optIns, optOuts, optIns },
      mark: this.#mark(),
    };
  }
}
