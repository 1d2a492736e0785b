//! The SQLite backend: one file, `stopgate.db`, in the data folder (created
//! 0600, so its WAL and shared-memory files are too), in WAL mode with
//! `synchronous=FULL`. One process; two connections in it (writes, and the
//! whole-list reads of snapshot and delta builds).

use super::{
    consent_of, consent_of_change, digest_from_blob, from_sql, method_of, net, new_floor, plan,
    scope_from_sql, scope_str, to_sql, ChangeSet, Clarification, Compacted, ConsentRecord, Entry, Inbound,
    InboundOutcome, List, LoggedMessage, Op, Result, Retention, Store,
};
use super::{programs_from_sql, programs_text, programs_to_sql, OptinCreated, OptinOutcome, OptinReply, OptinRequest};
use super::prefs::{self, Channel, Choice};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use std::path::Path;
use stopgate::snapshot::ListDigest;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS optouts (
    number       INTEGER PRIMARY KEY,  -- the E.164 digits as an integer
    scope        TEXT NOT NULL CHECK (scope <> ''), -- all, marketing, or marketing+alerts... (C8)
    opted_out_at INTEGER NOT NULL,     -- Unix seconds
    source       TEXT NOT NULL         -- seed, demo, import, inbound:<messageId>
);
CREATE TABLE IF NOT EXISTS changes (
    sequence   INTEGER NOT NULL,
    number     INTEGER NOT NULL,
    op         TEXT NOT NULL CHECK (op IN ('add', 'remove')),
    scope      TEXT,                   -- after the change; NULL for remove
    prev_scope TEXT,                   -- before the change; NULL when absent
    at         INTEGER NOT NULL,
    source     TEXT NOT NULL,
    PRIMARY KEY (sequence, number)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS inbound (
    message_id  TEXT NOT NULL,         -- with the number, the idempotency key (inbound_key)
    number      INTEGER NOT NULL,
    intent      TEXT NOT NULL,
    scope       TEXT,
    sequence    INTEGER,               -- the sequence this message created, if any
    received_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS sequences (
    sequence INTEGER PRIMARY KEY,
    digest   BLOB NOT NULL,            -- the list digest (contract C1) at this sequence, 16 bytes
    at       INTEGER NOT NULL          -- Unix seconds
);
CREATE TABLE IF NOT EXISTS messages (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    received_at INTEGER NOT NULL,
    decision    TEXT,
    snapshot    TEXT,
    body        TEXT NOT NULL
);
-- Consent evidence: one row per opt-in or opt-out, written in the transaction
-- that records it; append-only (only retention deletes).
CREATE TABLE IF NOT EXISTS consent (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    number       INTEGER NOT NULL,
    at           INTEGER NOT NULL,     -- Unix seconds
    action       TEXT NOT NULL CHECK (action IN ('opt_in', 'opt_out', 'narrow')),
    method       TEXT NOT NULL CHECK (method IN ('keyword', 'web_form', 'import', 'api',
                                                 'preference_page')),
    scope        TEXT,
    program      TEXT,
    text         TEXT,                 -- the exact text the person sent
    rule         TEXT,                 -- the classifier rule that fired
    confidence   REAL,
    to_number    TEXT,                 -- the sender's number the person wrote to
    page_version TEXT,                 -- web forms: the disclosure page's version
    message_id   TEXT,
    sequence     INTEGER,              -- the list sequence it made, if any
    revoke_all   INTEGER NOT NULL DEFAULT 0, -- issue 15: widened to all by revoke-all
    requested_scope TEXT               -- issue 15: what the opt-out asked for, then
);
CREATE INDEX IF NOT EXISTS consent_number ON consent (number, id);
CREATE TRIGGER IF NOT EXISTS consent_append_only BEFORE UPDATE ON consent
BEGIN SELECT RAISE(ABORT, 'consent records are append-only'); END;
-- double opt-in (issue 16): web-form requests and their state; the consent
-- record a confirmation makes is in `consent` (method web_form).
CREATE TABLE IF NOT EXISTS optin (
    id           TEXT PRIMARY KEY,     -- random, 32 hex digits
    number       INTEGER NOT NULL,
    programs     TEXT NOT NULL,        -- JSON array of program ids ([]: all messages)
    marketing    INTEGER NOT NULL,     -- 1 when what was asked for includes marketing
    page_version TEXT NOT NULL,
    disclosure   TEXT NOT NULL,        -- the disclosure text the person was shown
    ip           TEXT,
    user_agent   TEXT,
    prompt_id    INTEGER,              -- the prompt in `messages`
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('pending', 'confirmed', 'expired')),
    state_at     INTEGER,
    message_id   TEXT                  -- the reply that confirmed it
);
CREATE INDEX IF NOT EXISTS optin_number ON optin (number, created_at);
-- A reply is the same reply only from the same number: a generic webhook's ids are chosen by
-- whoever sends them and may repeat across numbers.
CREATE UNIQUE INDEX IF NOT EXISTS inbound_key ON inbound (message_id, number);
-- Other channels a number accepted on the preference page (issue 16), one per kind.
CREATE TABLE IF NOT EXISTS channels (
    number      INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('email', 'push')),
    address     TEXT NOT NULL,
    recorded_at INTEGER NOT NULL,      -- Unix seconds
    PRIMARY KEY (number, kind)
) WITHOUT ROWID;
-- Programs and revoke-all (issue 15; PostgreSQL: 0003_programs.sql): a number whose
-- narrower opt-out revoke-all applied as `all`, until a reply narrows it (once).
CREATE TABLE IF NOT EXISTS clarifications (
    number          INTEGER PRIMARY KEY,
    requested_scope TEXT NOT NULL,     -- what the opt-out asked for
    at              INTEGER NOT NULL,  -- Unix seconds: the opt-out
    narrowed_at     INTEGER            -- when a reply narrowed it
);
-- Replay memory (contract C4; PostgreSQL: 0007_signatures.sql): the edge request
-- signatures accepted inside their window, so a restarted origin refuses them too.
CREATE TABLE IF NOT EXISTS signatures (
    signature    BLOB PRIMARY KEY,
    forget_after INTEGER NOT NULL      -- Unix seconds: past it the window refuses it anyway
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS signatures_forget_after ON signatures (forget_after);
";

/// Values the consent table's CHECKs must allow. SQLite cannot change a CHECK,
/// so a database made before one was added gets its consent table rebuilt from
/// SCHEMA when it is opened (rows and ids kept; see [`widen_consent`]).
const CONSENT_VALUES: &[&str] = &["'preference_page'", "'narrow'"];

/// Columns added after the first schema, as (table, column, type); added to
/// an older database when it is opened.
const ADDED_COLUMNS: &[(&str, &str, &str)] = &[
    ("inbound", "to_number", "TEXT"), // the sender's number the reply went to
    ("inbound", "keyword", "TEXT"),   // what the origin's classifier matched
    ("inbound", "rule", "TEXT"),
    ("inbound", "effect", "TEXT"),      // suppress, lift or nothing
    ("inbound", "hint_intent", "TEXT"), // what the edge said (a hint only)
    ("inbound", "provider", "TEXT"),
    // programs and revoke-all (issue 15)
    ("inbound", "program", "TEXT"),            // the program the reply names
    // (also in SCHEMA's consent table, which `widen_consent` rebuilds older ones from)
    ("consent", "revoke_all", "INTEGER NOT NULL DEFAULT 0"), // widened to all by revoke-all
    ("consent", "requested_scope", "TEXT"),    // what the opt-out asked for, then
];

/// Rebuilds the consent table when its CHECKs predate a value of
/// [`CONSENT_VALUES`]: the table as SCHEMA defines it now, every row copied
/// with its id, then the index and the append-only trigger made again.
fn widen_consent(conn: &Connection) -> Result<()> {
    let sql: String = conn.query_row(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'consent'",
        [],
        |r| r.get(0),
    )?;
    if CONSENT_VALUES.iter().all(|v| sql.contains(v)) {
        return Ok(());
    }
    let head = "CREATE TABLE IF NOT EXISTS consent (";
    let create = SCHEMA
        .find(head)
        .and_then(|start| SCHEMA[start..].find("\n);").map(|len| &SCHEMA[start..start + len + 3]))
        .ok_or_else(|| super::StoreError::new("the schema has no consent table"))?
        .replacen(head, "CREATE TABLE consent_rebuilt (", 1);
    let columns: Vec<String> = conn
        .prepare("SELECT name FROM pragma_table_info('consent')")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let columns = columns.join(", ");
    conn.execute_batch(&format!(
        "BEGIN IMMEDIATE;
         {create}
         INSERT INTO consent_rebuilt ({columns}) SELECT {columns} FROM consent;
         DROP TABLE consent;
         ALTER TABLE consent_rebuilt RENAME TO consent;
         COMMIT;"
    ))?;
    conn.execute_batch(SCHEMA)?;
    Ok(())
}

/// A number's channels, by kind.
fn channels_of(conn: &Connection, number: u64) -> Result<Vec<Channel>> {
    let mut stmt = conn.prepare(
        "SELECT kind, address, recorded_at FROM channels WHERE number = ?1 ORDER BY kind",
    )?;
    let rows = stmt.query_map([to_sql(number)], |r| {
        Ok(Channel {
            kind: r.get(0)?,
            address: r.get(1)?,
            recorded_at: from_sql(r.get(2)?),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Databases made before programs (issue 15) refuse program scopes in the optouts table's
/// CHECK constraint, and those made before round 18 key replies by message id alone (a
/// generic webhook's ids may repeat across numbers, and a STOP from the second number was
/// answered as a duplicate and never recorded); SQLite changes a constraint only by copying
/// the table, so each is copied once into one with the new constraint (the composite key is
/// SCHEMA's `inbound_key` index). (The consent table's `narrow` is [`CONSENT_VALUES`].)
fn relax_checks(conn: &Connection) -> Result<()> {
    let tables = [
        ("optouts", "CHECK (scope IN ('all', 'marketing'))", "CHECK (scope <> '')"),
        ("inbound", "message_id  TEXT PRIMARY KEY", "message_id  TEXT NOT NULL"),
        ("optin", "message_id   TEXT UNIQUE", "message_id   TEXT"),
    ];
    let mut changed = false;
    for (table, old, new) in tables {
        let sql: Option<String> = conn
            .query_row("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?1", [table], |r| r.get(0))
            .optional()?;
        let Some(sql) = sql.filter(|s| s.contains(old)) else { continue };
        let create = sql
            .replacen(old, new, 1)
            .replacen(&format!("CREATE TABLE {table}"), &format!("CREATE TABLE {table}_v3"), 1);
        conn.execute_batch(&format!(
            "BEGIN IMMEDIATE; {create}; INSERT INTO {table}_v3 SELECT * FROM {table}; DROP TABLE {table};
             ALTER TABLE {table}_v3 RENAME TO {table}; COMMIT;"
        ))?;
        changed = true;
    }
    if changed {
        conn.execute_batch(SCHEMA)?;
    }
    Ok(())
}

/// A connection to `stopgate.db`.
pub struct Sqlite {
    conn: Connection,
}

fn meta(conn: &Connection, key: &str) -> Result<Option<u64>> {
    Ok(conn
        .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| {
            r.get::<_, i64>(0)
        })
        .optional()?
        .map(from_sql))
}

fn set_meta(conn: &Connection, key: &str, value: u64) -> Result<()> {
    conn.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)",
        params![key, to_sql(value)],
    )?;
    Ok(())
}

/// The digest recorded for `sequence`, if it is kept.
fn digest_at(conn: &Connection, sequence: u64) -> Result<Option<ListDigest>> {
    let blob: Option<Vec<u8>> = conn
        .query_row(
            "SELECT digest FROM sequences WHERE sequence = ?1",
            [to_sql(sequence)],
            |r| r.get(0),
        )
        .optional()?;
    Ok(digest_from_blob(blob))
}

fn record_sequence(conn: &Connection, sequence: u64, digest: ListDigest, at: u64) -> Result<()> {
    conn.execute(
        "INSERT OR REPLACE INTO sequences (sequence, digest, at) VALUES (?1, ?2, ?3)",
        params![to_sql(sequence), digest.to_bytes().to_vec(), to_sql(at)],
    )?;
    set_meta(conn, "sequence", sequence)?;
    set_meta(conn, "sequence_at", at)
}

/// The digest of the whole current list, computed from the rows.
fn digest_of_list(conn: &Connection) -> Result<ListDigest> {
    let mut stmt = conn.prepare("SELECT number, scope FROM optouts")?;
    let mut digest = ListDigest::EMPTY;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        if let Some(scope) = scope_from_sql(row.get(1)?) {
            digest.insert(from_sql(row.get(0)?), scope);
        }
    }
    Ok(digest)
}

/// Creates `path` empty with mode 0600 if it does not exist, so SQLite (which
/// gives its WAL and shm files the database's mode) never makes it world-readable.
fn create_private(path: &Path) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
    }
    Ok(())
}

impl Sqlite {
    /// Opens (creating) `dir/stopgate.db`.
    pub fn open(dir: &Path) -> Result<Sqlite> {
        let path = dir.join("stopgate.db");
        create_private(&path).map_err(|e| {
            super::StoreError::new(format!("cannot create {}: {e}", path.display()))
        })?;
        let conn = Connection::open(&path)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let _: String = conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))?;
        conn.execute_batch("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;")?;
        conn.execute_batch(SCHEMA)?;
        widen_consent(&conn)?;
        for (table, column, kind) in ADDED_COLUMNS {
            let present: bool = conn.query_row(
                &format!("SELECT COUNT(*) > 0 FROM pragma_table_info('{table}') WHERE name = ?1"),
                [column],
                |r| r.get(0),
            )?;
            if !present {
                conn.execute_batch(&format!("ALTER TABLE {table} ADD COLUMN {column} {kind}"))?;
            }
        }
        conn.execute_batch(
            "CREATE INDEX IF NOT EXISTS messages_received ON messages (received_at)",
        )?;
        relax_checks(&conn)?;
        let mut store = Sqlite { conn };
        store.backfill_digest()?;
        Ok(store)
    }

    /// A database from before digests: the current list's digest becomes the
    /// only one known, so deltas start from the current sequence (an edge on
    /// an older one gets 410 and reloads the full snapshot once).
    fn backfill_digest(&mut self) -> Result<()> {
        let tx = self.conn.transaction()?;
        let known: i64 = tx.query_row("SELECT COUNT(*) FROM sequences", [], |r| r.get(0))?;
        if let (Some(seq), 0) = (meta(&tx, "sequence")?, known) {
            let digest = digest_of_list(&tx)?;
            let at = meta(&tx, "sequence_at")?.unwrap_or(0);
            record_sequence(&tx, seq, digest, at)?;
            set_meta(&tx, "floor", seq)?;
        }
        tx.commit()?;
        Ok(())
    }
}

impl Store for Sqlite {
    fn is_new(&mut self) -> Result<bool> {
        Ok(meta(&self.conn, "sequence")?.is_none())
    }

    fn sequence(&mut self) -> Result<u64> {
        Ok(meta(&self.conn, "sequence")?.unwrap_or(0))
    }

    fn floor(&mut self) -> Result<u64> {
        Ok(meta(&self.conn, "floor")?.unwrap_or(0))
    }

    fn count(&mut self) -> Result<u64> {
        Ok(self
            .conn
            .query_row("SELECT COUNT(*) FROM optouts", [], |r| r.get::<_, i64>(0))
            .map(from_sql)?)
    }

    fn state(&mut self) -> Result<(u64, ListDigest)> {
        let tx = self.conn.transaction()?;
        let seq = meta(&tx, "sequence")?.unwrap_or(0);
        let digest = digest_at(&tx, seq)?.unwrap_or_default();
        drop(tx);
        Ok((seq, digest))
    }

    fn initialise(&mut self, entries: &mut dyn Iterator<Item = Entry>, at: u64) -> Result<bool> {
        let tx = self.conn.transaction()?;
        if meta(&tx, "sequence")?.is_some() {
            return Ok(false);
        }
        {
            let mut insert = tx.prepare(
                "INSERT INTO optouts (number, scope, opted_out_at, source) VALUES (?1, ?2, ?3, ?4)",
            )?;
            // Duplicates merge to the union of their scopes (program masks too).
            let mut merged: std::collections::BTreeMap<u64, Entry> = std::collections::BTreeMap::new();
            for e in entries {
                match merged.entry(e.number) {
                    std::collections::btree_map::Entry::Occupied(mut o) => {
                        let scope = o.get().scope.widest(e.scope);
                        o.get_mut().scope = scope;
                    }
                    std::collections::btree_map::Entry::Vacant(v) => {
                        v.insert(e);
                    }
                }
            }
            for e in merged.into_values() {
                insert.execute(params![
                    to_sql(e.number),
                    scope_str(Some(e.scope)),
                    to_sql(e.opted_out_at),
                    e.source
                ])?;
            }
        }
        let digest = digest_of_list(&tx)?;
        tx.execute("DELETE FROM sequences", [])?;
        record_sequence(&tx, 1, digest, at)?;
        set_meta(&tx, "floor", 1)?;
        tx.commit()?;
        Ok(true)
    }

    fn heartbeat(&mut self, now: u64, every: u64) -> Result<Option<u64>> {
        // Asked every second: look before taking the write lock.
        if now
            < meta(&self.conn, "sequence_at")?
                .unwrap_or(0)
                .saturating_add(every)
        {
            return Ok(None);
        }
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let last = meta(&tx, "sequence_at")?.unwrap_or(0);
        if now < last.saturating_add(every) {
            return Ok(None);
        }
        let seq = meta(&tx, "sequence")?.unwrap_or(0);
        let digest = digest_at(&tx, seq)?.unwrap_or_default();
        record_sequence(&tx, seq + 1, digest, now)?;
        tx.commit()?;
        Ok(Some(seq + 1))
    }

    fn apply(&mut self, ops: &[(u64, Op)], at: u64, source: &str) -> Result<Option<u64>> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let seq = apply_in(&tx, ops, at, source, Some(method_of(source)))?;
        tx.commit()?;
        Ok(seq)
    }

    fn inbound(&mut self, m: &Inbound<'_>, at: u64) -> Result<InboundOutcome> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let seen: Option<(String, Option<String>, Option<String>)> = tx
            .query_row(
                "SELECT intent, scope, effect FROM inbound WHERE message_id = ?1 AND number = ?2",
                params![m.message_id, to_sql(m.number)],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        if let Some((intent, scope, effect)) = seen {
            let sequence = meta(&tx, "sequence")?.unwrap_or(0);
            return Ok(InboundOutcome {
                recorded: false,
                duplicate: true,
                sequence,
                intent,
                scope: scope_from_sql(scope),
                effect,
            });
        }
        // The reply to the revoke-all question narrows once (C9); after that it is ordinary.
        let mut op = m.op;
        let mut effect = m.effect;
        if let Some(scope) = m.narrow {
            let open = tx.execute(
                "UPDATE clarifications SET narrowed_at = ?2 WHERE number = ?1 AND narrowed_at IS NULL",
                params![to_sql(m.number), to_sql(at)],
            )?;
            if open == 1 {
                op = Some(Op::Narrow(scope));
                effect = "narrow";
            }
        }
        let created = match op {
            Some(op) => apply_in(
                &tx,
                &[(m.number, op)],
                at,
                &format!("inbound:{}", m.message_id),
                None,
            )?,
            None => None,
        };
        tx.execute(
            "INSERT INTO inbound (message_id, number, intent, scope, sequence, received_at,
                                  to_number, keyword, rule, effect, hint_intent, provider, program)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            params![
                m.message_id,
                to_sql(m.number),
                m.intent,
                scope_str(m.scope),
                created.map(to_sql),
                to_sql(at),
                m.to,
                m.keyword,
                m.rule,
                effect,
                m.hint_intent,
                m.provider,
                m.program,
            ],
        )?;
        let widened = m.requested.filter(|_| matches!(op, Some(Op::Add(_))));
        if let Some(op) = op {
            let (action, scope) = consent_of(op);
            tx.execute(
                "INSERT INTO consent (number, at, action, method, scope, text, rule, confidence,
                                      to_number, message_id, sequence, program, revoke_all, requested_scope)
                 VALUES (?1, ?2, ?3, 'keyword', ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                params![
                    to_sql(m.number),
                    to_sql(at),
                    action,
                    scope,
                    m.text,
                    m.rule,
                    f64::from(m.confidence),
                    m.to,
                    m.message_id,
                    created.map(to_sql),
                    m.program,
                    widened.is_some(),
                    scope_str(widened),
                ],
            )?;
        }
        if let Some(requested) = widened {
            tx.execute(
                "INSERT OR REPLACE INTO clarifications (number, requested_scope, at, narrowed_at)
                 VALUES (?1, ?2, ?3, NULL)",
                params![to_sql(m.number), scope_str(Some(requested)), to_sql(at)],
            )?;
        }
        let sequence = meta(&tx, "sequence")?.unwrap_or(0);
        tx.commit()?;
        Ok(InboundOutcome {
            recorded: created.is_some(),
            duplicate: false,
            sequence,
            intent: m.intent.to_string(),
            scope: m.scope,
            effect: Some(effect.to_string()),
        })
    }

    fn list(&mut self) -> Result<(u64, ListDigest, List)> {
        let tx = self.conn.transaction()?;
        let seq = meta(&tx, "sequence")?.unwrap_or(0);
        let mut out = Vec::new();
        {
            let mut stmt = tx.prepare("SELECT number, scope FROM optouts ORDER BY number")?;
            let mut rows = stmt.query([])?;
            while let Some(row) = rows.next()? {
                if let Some(scope) = scope_from_sql(row.get(1)?) {
                    out.push((from_sql(row.get(0)?), scope));
                }
            }
        }
        let digest = digest_at(&tx, seq)?.unwrap_or_default();
        tx.commit()?;
        Ok((seq, digest, out))
    }

    fn changes_since(&mut self, since: u64) -> Result<(u64, u64, ChangeSet)> {
        let tx = self.conn.transaction()?;
        let seq = meta(&tx, "sequence")?.unwrap_or(0);
        let floor = meta(&tx, "floor")?.unwrap_or(0);
        let mut set = ChangeSet::default();
        if since >= floor && since < seq {
            let mut rows = Vec::new();
            {
                let mut stmt = tx.prepare(
                    "SELECT number, prev_scope, scope FROM changes WHERE sequence > ?1 AND sequence <= ?2
                     ORDER BY sequence",
                )?;
                let mut q = stmt.query(params![to_sql(since), to_sql(seq)])?;
                while let Some(r) = q.next()? {
                    rows.push((
                        from_sql(r.get(0)?),
                        scope_from_sql(r.get(1)?),
                        scope_from_sql(r.get(2)?),
                    ));
                }
            }
            (set.add, set.remove) = net(rows);
            if let (Some(base), Some(current)) = (digest_at(&tx, since)?, digest_at(&tx, seq)?) {
                set.digests = Some((base, current));
            }
        }
        drop(tx);
        Ok((seq, floor, set))
    }

    fn log_message(
        &mut self,
        at: u64,
        decision: Option<&str>,
        snapshot: Option<&str>,
        body: &str,
    ) -> Result<i64> {
        self.conn.execute(
            "INSERT INTO messages (received_at, decision, snapshot, body) VALUES (?1, ?2, ?3, ?4)",
            params![to_sql(at), decision, snapshot, body],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    fn messages(&mut self, limit: u64) -> Result<Vec<LoggedMessage>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, received_at, decision, snapshot, body FROM
               (SELECT * FROM messages ORDER BY id DESC LIMIT ?1) ORDER BY id",
        )?;
        let rows = stmt.query_map([to_sql(limit)], |r| {
            Ok(LoggedMessage {
                id: r.get(0)?,
                received_at: from_sql(r.get(1)?),
                decision: r.get(2)?,
                snapshot: r.get(3)?,
                body: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn consent(&mut self, number: u64) -> Result<Vec<ConsentRecord>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, number, at, action, method, scope, program, text, rule, confidence,
                    to_number, page_version, message_id, sequence, revoke_all, requested_scope
             FROM consent WHERE number = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([to_sql(number)], |r| {
            Ok(ConsentRecord {
                id: r.get(0)?,
                number: from_sql(r.get(1)?),
                at: from_sql(r.get(2)?),
                action: r.get(3)?,
                method: r.get(4)?,
                scope: r.get(5)?,
                program: r.get(6)?,
                text: r.get(7)?,
                rule: r.get(8)?,
                confidence: r.get(9)?,
                to: r.get(10)?,
                page_version: r.get(11)?,
                message_id: r.get(12)?,
                sequence: r.get::<_, Option<i64>>(13)?.map(from_sql),
                revoke_all: r.get(14)?,
                requested_scope: r.get(15)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn compact(&mut self, keep: &Retention, now: u64) -> Result<Compacted> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let (Some(current), Some(floor)) = (meta(&tx, "sequence")?, meta(&tx, "floor")?) else {
            return Ok(Compacted::default());
        };
        let by_count: Option<i64> = if keep.changes > 0 {
            tx.query_row(
                "SELECT sequence FROM changes ORDER BY sequence DESC LIMIT 1 OFFSET ?1",
                [to_sql(keep.changes)],
                |r| r.get(0),
            )
            .optional()?
        } else {
            None
        };
        let by_age: Option<i64> = if keep.change_seconds > 0 {
            tx.query_row(
                "SELECT MAX(sequence) FROM sequences WHERE at < ?1",
                [to_sql(now.saturating_sub(keep.change_seconds))],
                |r| r.get(0),
            )?
        } else {
            None
        };
        let floor = new_floor(floor, current, by_count.map(from_sql), by_age.map(from_sql));
        let changes = tx.execute("DELETE FROM changes WHERE sequence <= ?1", [to_sql(floor)])?;
        tx.execute("DELETE FROM sequences WHERE sequence < ?1", [to_sql(floor)])?;
        set_meta(&tx, "floor", floor)?;
        // The send log, but a pending opt-in's prompt (its code is how the reply
        // confirms). Past the newest row removed the log is no longer whole, and
        // a bare YES then needs the code (see `optin_reply`).
        let keep_prompts = "id NOT IN (SELECT prompt_id FROM optin
             WHERE state = 'pending' AND expires_at >= ?2 AND prompt_id IS NOT NULL)";
        let mut cuts = Vec::new();
        if keep.message_seconds > 0 {
            cuts.push(("received_at < ?1", now.saturating_sub(keep.message_seconds)));
        }
        if keep.messages > 0 {
            cuts.push(("id <= (SELECT id FROM messages ORDER BY id DESC LIMIT 1 OFFSET ?1)", keep.messages));
        }
        let mut messages = 0;
        for (cut, value) in cuts {
            let newest: Option<i64> = tx.query_row(
                &format!("SELECT MAX(id) FROM messages WHERE {cut} AND {keep_prompts}"),
                params![to_sql(value), to_sql(now)],
                |r| r.get(0),
            )?;
            messages += tx.execute(
                &format!("DELETE FROM messages WHERE {cut} AND {keep_prompts}"),
                params![to_sql(value), to_sql(now)],
            )?;
            if let Some(newest) = newest {
                let through = meta(&tx, "messages_trimmed_through")?.unwrap_or(0).max(from_sql(newest));
                set_meta(&tx, "messages_trimmed_through", through)?;
            }
        }
        if keep.consent_seconds > 0 {
            // The one path that removes consent records: retention.
            tx.execute(
                "DELETE FROM consent WHERE at < ?1",
                [to_sql(now.saturating_sub(keep.consent_seconds))],
            )?;
            // double opt-in (issue 16): the requests are evidence too, kept as long.
            tx.execute(
                "DELETE FROM optin WHERE created_at < ?1",
                [to_sql(now.saturating_sub(keep.consent_seconds))],
            )?;
        }
        tx.commit()?;
        Ok(Compacted {
            floor,
            changes: changes as u64,
            messages: messages as u64,
        })
    }

    fn record_choice(&mut self, choice: &Choice<'_>, at: u64) -> Result<Vec<ConsentRecord>> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let current = channels_of(&tx, choice.number)?;
        let mut made = Vec::new();
        for rec in prefs::records(&current, choice.channels) {
            tx.execute(
                "INSERT INTO consent (number, at, action, method, scope, text, page_version)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![to_sql(choice.number), to_sql(at), rec.0, prefs::METHOD, rec.1, rec.2, choice.page_version],
            )?;
            made.push(prefs::consent_record(tx.last_insert_rowid(), choice, at, &rec));
            if rec.0 == "opt_out" {
                tx.execute(
                    "DELETE FROM channels WHERE number = ?1 AND kind = ?2",
                    params![to_sql(choice.number), prefs::kind_of(&rec)],
                )?;
            } else {
                tx.execute(
                    "INSERT OR REPLACE INTO channels (number, kind, address, recorded_at)
                     VALUES (?1, ?2, ?3, ?4)",
                    params![to_sql(choice.number), prefs::kind_of(&rec), rec.2, to_sql(at)],
                )?;
            }
        }
        // keepPrograms (C11): the SMS opt-out narrowed in this transaction, so the next
        // snapshot or delta carries the mask the record names.
        if let Some((kept, _)) = choice.keep {
            let current: Option<String> = tx
                .query_row("SELECT scope FROM optouts WHERE number = ?1", [to_sql(choice.number)], |r| r.get(0))
                .optional()?;
            let current = scope_from_sql(current);
            // Never lifted whole (the page refused it; an opt-out that changed since stays).
            if let Some(after) = prefs::narrowed(current, kept).filter(|&a| Some(a) != current) {
                let op = Op::Narrow(after);
                let seq = apply_in(&tx, &[(choice.number, op)], at, prefs::METHOD, None)?;
                let scope = scope_str(Some(after)).unwrap_or_else(|| "none".into());
                tx.execute(
                    "INSERT INTO consent (number, at, action, method, scope, program, page_version, sequence)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                    params![
                        to_sql(choice.number),
                        to_sql(at),
                        prefs::NARROW,
                        prefs::METHOD,
                        scope,
                        choice.keep.as_ref().map(|k| k.1.as_str()),
                        choice.page_version,
                        seq.map(to_sql)
                    ],
                )?;
                made.push(prefs::narrow_record(tx.last_insert_rowid(), choice, at, &scope, seq));
                // A pending revoke-all question is answered by this choice (accepted once).
                tx.execute(
                    "UPDATE clarifications SET narrowed_at = ?2 WHERE number = ?1 AND narrowed_at IS NULL",
                    params![to_sql(choice.number), to_sql(at)],
                )?;
            }
        }
        tx.commit()?;
        Ok(made)
    }

    fn channels(&mut self, number: u64) -> Result<Vec<Channel>> {
        channels_of(&self.conn, number)
    }

    fn close(self: Box<Self>) -> Result<()> {
        // The last connection to close checkpoints the WAL into the database.
        let _ = self.conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)");
        self.conn.close().map_err(|(_, e)| e.into())
    }

    // double opt-in (issue 16)
    fn optin_create(&mut self, req: &OptinRequest, prompt: &str, gap: u64) -> Result<OptinCreated> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let last: Option<i64> = tx.query_row(
            "SELECT MAX(created_at) FROM optin WHERE number = ?1",
            [to_sql(req.number)],
            |r| r.get(0),
        )?;
        if let Some(last) = last.map(from_sql) {
            if req.created_at < last.saturating_add(gap) {
                return Ok(OptinCreated::Refused(last.saturating_add(gap)));
            }
        }
        // One pending request per number: another waits for it to be answered or expire.
        let pending: Option<i64> = tx.query_row(
            "SELECT MAX(expires_at) FROM optin WHERE number = ?1 AND state = 'pending' AND expires_at > ?2",
            params![to_sql(req.number), to_sql(req.created_at)],
            |r| r.get(0),
        )?;
        if let Some(until) = pending.map(from_sql) {
            return Ok(OptinCreated::Refused(until));
        }
        tx.execute(
            "INSERT INTO messages (received_at, decision, snapshot, body) VALUES (?1, 'optin-prompt', NULL, ?2)",
            params![to_sql(req.created_at), prompt],
        )?;
        let prompt_id = tx.last_insert_rowid();
        tx.execute(
            "INSERT INTO optin (id, number, programs, marketing, page_version, disclosure, ip, user_agent,
                                prompt_id, created_at, expires_at, state)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'pending')",
            params![
                req.id,
                to_sql(req.number),
                programs_to_sql(&req.programs),
                req.marketing,
                req.page_version,
                req.disclosure,
                req.ip,
                req.user_agent,
                prompt_id,
                to_sql(req.created_at),
                to_sql(req.expires_at),
            ],
        )?;
        tx.commit()?;
        Ok(OptinCreated::Created(prompt_id))
    }

    fn optin_get(&mut self, id: &str) -> Result<Option<OptinRequest>> {
        let sql = format!("SELECT {OPTIN_COLUMNS} FROM optin WHERE id = ?1");
        Ok(self.conn.query_row(&sql, [id], optin_row).optional()?)
    }

    fn optin_requests(&mut self, number: u64) -> Result<Vec<OptinRequest>> {
        let sql = format!("SELECT {OPTIN_COLUMNS} FROM optin WHERE number = ?1 ORDER BY created_at, rowid");
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map([to_sql(number)], optin_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn optin_reply(&mut self, reply: &OptinReply<'_>) -> Result<OptinOutcome> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let seen: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM inbound WHERE message_id = ?1 AND number = ?2)
                 OR EXISTS (SELECT 1 FROM optin WHERE message_id = ?1 AND number = ?2)",
            params![reply.message_id, to_sql(reply.number)],
            |r| r.get(0),
        )?;
        if seen {
            return Ok(OptinOutcome::Duplicate);
        }
        let number = to_sql(reply.number);
        let newest_expired: Option<String> = tx
            .query_row(
                "SELECT id FROM optin WHERE number = ?1 AND state = 'pending' AND expires_at <= ?2
                 ORDER BY created_at DESC, rowid DESC LIMIT 1",
                params![number, to_sql(reply.at)],
                |r| r.get(0),
            )
            .optional()?;
        tx.execute(
            "UPDATE optin SET state = 'expired', state_at = ?2
             WHERE number = ?1 AND state = 'pending' AND expires_at <= ?2",
            params![number, to_sql(reply.at)],
        )?;
        let sql = format!(
            "SELECT {OPTIN_COLUMNS} FROM optin WHERE number = ?1 AND state = 'pending'
             ORDER BY created_at DESC, rowid DESC LIMIT 1"
        );
        let Some(req) = tx.query_row(&sql, [number], optin_row).optional()? else {
            tx.commit()?;
            return Ok(match newest_expired {
                Some(id) => OptinOutcome::Expired(id),
                None => OptinOutcome::NoRequest,
            });
        };
        let prompt_body: Option<String> = match req.prompt_id {
            Some(id) => tx.query_row("SELECT body FROM messages WHERE id = ?1", [id], |r| r.get(0)).optional()?,
            None => None,
        };
        let opted_out: bool =
            tx.query_row("SELECT EXISTS (SELECT 1 FROM optouts WHERE number = ?1)", [number], |r| r.get(0))?;
        let (p1, p2) = super::to_patterns(reply.number);
        let later: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM messages WHERE id > ?1 AND (instr(body, ?2) > 0 OR instr(body, ?3) > 0))",
            params![req.prompt_id.unwrap_or(i64::MAX), p1, p2],
            |r| r.get(0),
        )?;
        // Retention removed messages after the prompt: one to the number may be among them.
        let trimmed = meta(&tx, "messages_trimmed_through")?.unwrap_or(0);
        let later = later || req.prompt_id.is_some_and(|id| trimmed >= from_sql(id));
        if !super::reply_confirms(reply, prompt_body.as_deref(), opted_out, later) {
            tx.commit()?;
            return Ok(OptinOutcome::Unconfirmed(req.id));
        }
        let op = req.lift();
        let sequence = apply_in(&tx, &[(reply.number, op)], reply.at, &format!("optin:{}", req.id), None)?;
        let (action, scope) = consent_of(op);
        tx.execute(
            "INSERT INTO consent (number, at, action, method, scope, program, text, rule, confidence,
                                  to_number, page_version, message_id, sequence)
             VALUES (?1, ?2, ?3, 'web_form', ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            params![
                number,
                to_sql(reply.at),
                action,
                scope,
                programs_text(&req.programs),
                reply.text,
                reply.rule,
                f64::from(reply.confidence),
                reply.to,
                req.page_version,
                reply.message_id,
                sequence.map(to_sql),
            ],
        )?;
        tx.execute(
            "UPDATE optin SET state = 'confirmed', state_at = ?2, message_id = ?3 WHERE id = ?1",
            params![req.id, to_sql(reply.at), reply.message_id],
        )?;
        tx.commit()?;
        Ok(OptinOutcome::Confirmed { id: req.id, sequence })
    }

    // replay memory (contract C4)
    fn claim_signature(&mut self, signature: &[u8; 32], forget_after: u64, now: u64) -> Result<bool> {
        // Committed without its own flush (WAL, synchronous=NORMAL for this one
        // commit): it outlives the process, as a restart needs, and the next
        // list or log commit's flush makes it durable with everything before it.
        // What a power cut could lose is a claim of the last instant.
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        let claimed = (|| -> Result<usize> {
            let tx = self
                .conn
                .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            tx.execute("DELETE FROM signatures WHERE forget_after < ?1", [to_sql(now)])?;
            let claimed = tx.execute(
                "INSERT OR IGNORE INTO signatures (signature, forget_after) VALUES (?1, ?2)",
                params![&signature[..], to_sql(forget_after)],
            )?;
            tx.commit()?;
            Ok(claimed)
        })();
        self.conn.pragma_update(None, "synchronous", "FULL")?;
        Ok(claimed? == 1)
    }

    // programs and revoke-all (issue 15)
    fn clarification(&mut self, number: u64) -> Result<Option<Clarification>> {
        let row: Option<(String, i64, Option<i64>)> = self
            .conn
            .query_row(
                "SELECT requested_scope, at, narrowed_at FROM clarifications WHERE number = ?1",
                [to_sql(number)],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        Ok(row.map(|(requested, at, narrowed)| Clarification {
            requested: scope_from_sql(Some(requested)).unwrap_or(stopgate::Scope::ALL),
            at: from_sql(at),
            narrowed_at: narrowed.map(from_sql),
        }))
    }

    fn current(&mut self, number: u64) -> Result<Option<stopgate::Scope>> {
        let scope: Option<String> = self
            .conn
            .query_row("SELECT scope FROM optouts WHERE number = ?1", [to_sql(number)], |r| r.get(0))
            .optional()?;
        Ok(scope_from_sql(scope))
    }
}

// double opt-in (issue 16)
const OPTIN_COLUMNS: &str = "id, number, programs, marketing, page_version, disclosure, ip, user_agent,
    prompt_id, created_at, expires_at, state, state_at, message_id";

fn optin_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<OptinRequest> {
    Ok(OptinRequest {
        id: r.get(0)?,
        number: from_sql(r.get(1)?),
        programs: programs_from_sql(&r.get::<_, String>(2)?),
        marketing: r.get(3)?,
        page_version: r.get(4)?,
        disclosure: r.get(5)?,
        ip: r.get(6)?,
        user_agent: r.get(7)?,
        prompt_id: r.get(8)?,
        created_at: from_sql(r.get(9)?),
        expires_at: from_sql(r.get(10)?),
        state: r.get(11)?,
        state_at: r.get::<_, Option<i64>>(12)?.map(from_sql),
        message_id: r.get(13)?,
    })
}

/// Applies `ops` inside `tx` under the next sequence; `None` if nothing changed.
/// With a consent `method`, each change is also recorded as consent (a reply
/// records its own, with its text).
fn apply_in(
    tx: &Transaction<'_>,
    ops: &[(u64, Op)],
    at: u64,
    source: &str,
    method: Option<&str>,
) -> Result<Option<u64>> {
    let changed = {
        let mut current = tx.prepare("SELECT scope FROM optouts WHERE number = ?1")?;
        plan(ops, |number| {
            let scope: Option<String> = current
                .query_row([to_sql(number)], |r| r.get(0))
                .optional()?;
            Ok(scope_from_sql(scope))
        })?
    };
    if changed.is_empty() {
        return Ok(None);
    }
    let prev = meta(tx, "sequence")?.unwrap_or(0);
    let seq = prev + 1;
    let mut digest = digest_at(tx, prev)?.unwrap_or_default();
    for &(n, before, after) in &changed {
        digest.change(n, before, after);
    }
    {
        let mut log = tx.prepare(
            "INSERT INTO changes (sequence, number, op, scope, prev_scope, at, source) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        let mut upsert = tx.prepare(
            "INSERT INTO optouts (number, scope, opted_out_at, source) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (number) DO UPDATE SET scope = excluded.scope, opted_out_at = excluded.opted_out_at,
                 source = excluded.source",
        )?;
        let mut delete = tx.prepare("DELETE FROM optouts WHERE number = ?1")?;
        let mut consent = tx.prepare(
            "INSERT INTO consent (number, at, action, method, scope, sequence)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for (n, before, after) in changed {
            if let Some(method) = method {
                let (action, scope) = consent_of_change(before, after);
                consent.execute(params![
                    to_sql(n),
                    to_sql(at),
                    action,
                    method,
                    scope,
                    to_sql(seq)
                ])?;
            }
            let op = if after.is_some() { "add" } else { "remove" };
            log.execute(params![
                to_sql(seq),
                to_sql(n),
                op,
                scope_str(after),
                scope_str(before),
                to_sql(at),
                source
            ])?;
            match after {
                Some(scope) => {
                    upsert.execute(params![to_sql(n), scope.as_str(), to_sql(at), source])?
                }
                None => delete.execute([to_sql(n)])?,
            };
        }
    }
    record_sequence(tx, seq, digest, at)?;
    Ok(Some(seq))
}

#[cfg(test)]
mod tests {
    use super::*;
    use stopgate::Scope;

    fn temp_store(name: &str) -> (Sqlite, std::path::PathBuf) {
        let dir = std::env::temp_dir().join(format!("stopgate-db-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        (Sqlite::open(&dir).unwrap(), dir)
    }

    fn entry(number: u64, scope: Scope) -> Entry {
        Entry {
            number,
            scope,
            opted_out_at: 1,
            source: "test".into(),
        }
    }

    #[test]
    fn net_changes_between_sequences() {
        let (mut db, dir) = temp_store("net");
        db.initialise(
            &mut [
                entry(10, Scope::All),
                entry(11, Scope::Marketing),
                entry(10, Scope::Marketing),
            ]
            .into_iter(),
            1,
        )
        .unwrap();
        let (seq, digest, list) = db.list().unwrap();
        assert_eq!(
            (seq, list.as_slice()),
            (1, &[(10, Scope::All), (11, Scope::Marketing)][..])
        );
        assert_eq!(digest, ListDigest::of(list));
        // No-op: already opted out with a wider scope.
        assert_eq!(
            db.apply(&[(10, Op::Add(Scope::Marketing))], 5, "t")
                .unwrap(),
            None
        );
        assert_eq!(
            db.apply(&[(12, Op::Add(Scope::Marketing))], 5, "t")
                .unwrap(),
            Some(2)
        );
        assert_eq!(
            db.apply(&[(11, Op::Add(Scope::All))], 5, "t").unwrap(),
            Some(3)
        );
        assert_eq!(
            db.apply(&[(12, Op::Remove), (10, Op::Remove)], 5, "t")
                .unwrap(),
            Some(4)
        );
        let (seq, floor, set) = db.changes_since(1).unwrap();
        assert_eq!((seq, floor), (4, 1));
        let (_, digest, list) = db.list().unwrap();
        assert_eq!(digest, ListDigest::of(list));
        let base = ListDigest::of([(10, Scope::All), (11, Scope::Marketing)]);
        assert_eq!(set.digests, Some((base, digest)));
        assert_eq!(set.add, vec![(11, Scope::All)]);
        assert_eq!(set.remove, vec![10]); // 12 came and went
        let (_, _, set) = db.changes_since(2).unwrap();
        assert_eq!(set.remove, vec![10, 12]);
        let (_, _, set) = db.changes_since(4).unwrap();
        assert!(set.add.is_empty() && set.remove.is_empty());
        drop(db);
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_signature_is_claimed_once_until_it_is_forgotten() {
        let (mut db, dir) = temp_store("signatures");
        let (one, two) = ([1u8; 32], [2u8; 32]);
        assert!(db.claim_signature(&one, 400, 100).unwrap());
        assert!(!db.claim_signature(&one, 400, 150).unwrap(), "claimed twice");
        assert!(db.claim_signature(&two, 450, 150).unwrap());
        // Kept through a reopen.
        drop(db);
        let mut db = Sqlite::open(&dir).unwrap();
        assert!(!db.claim_signature(&one, 400, 400).unwrap(), "forgotten on reopen or too early");
        // Past its window it is forgotten (the timestamp check refuses it by then), the other is not.
        assert!(db.claim_signature(&one, 700, 401).unwrap());
        assert!(!db.claim_signature(&two, 450, 401).unwrap());
        let rows: i64 = db.conn.query_row("SELECT count(*) FROM signatures", [], |r| r.get(0)).unwrap();
        assert_eq!(rows, 2);
        assert!(db.claim_signature(&[3u8; 32], 800, 451).unwrap());
        let rows: i64 = db.conn.query_row("SELECT count(*) FROM signatures", [], |r| r.get(0)).unwrap();
        assert_eq!(rows, 2, "the expired claim of `two` was not removed");
        drop(db);
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn heartbeat_moves_a_quiet_sequence_only() {
        let (mut db, dir) = temp_store("heartbeat");
        db.initialise(&mut [entry(10, Scope::All)].into_iter(), 100)
            .unwrap();
        assert_eq!(db.heartbeat(150, 60).unwrap(), None);
        assert_eq!(
            db.apply(&[(11, Op::Add(Scope::All))], 150, "t").unwrap(),
            Some(2)
        );
        assert_eq!(db.heartbeat(200, 60).unwrap(), None);
        assert_eq!(db.heartbeat(210, 60).unwrap(), Some(3));
        assert_eq!(db.heartbeat(260, 60).unwrap(), None);
        let (seq, _, set) = db.changes_since(2).unwrap();
        assert_eq!(seq, 3);
        assert!(set.add.is_empty() && set.remove.is_empty());
        drop(db);
        std::fs::remove_dir_all(dir).unwrap();
    }

    fn reply<'a>(id: &'a str, intent: &'a str, effect: &'a str, op: Option<Op>) -> Inbound<'a> {
        Inbound {
            message_id: id,
            number: 20,
            to: Some("+15005550006"),
            intent,
            scope: None,
            keyword: None,
            rule: "keyword",
            effect,
            hint_intent: intent,
            provider: None,
            op,
            text: intent,
            confidence: 1.0,
            program: None,
            requested: None,
            narrow: None,
        }
    }

    /// A generic webhook's ids may repeat across numbers: the same id from another number is
    /// another reply (recorded, the number suppressed), in a database made before round 18 (keyed
    /// by the id alone, rebuilt when opened) as in a new one; from the same number it is a redelivery.
    #[test]
    fn a_message_id_from_another_number_is_another_reply() {
        for old in [true, false] {
            let dir = std::env::temp_dir().join(format!("stopgate-db-key-{old}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).unwrap();
            if old {
                let schema = SCHEMA
                    .replace("message_id  TEXT NOT NULL,", "message_id  TEXT PRIMARY KEY,")
                    .replace("message_id   TEXT                  -- the reply", "message_id   TEXT UNIQUE           -- the reply")
                    .replace("CREATE UNIQUE INDEX IF NOT EXISTS inbound_key ON inbound (message_id, number);", "");
                assert_ne!(schema, SCHEMA);
                let conn = Connection::open(dir.join("stopgate.db")).unwrap();
                conn.execute_batch(&schema).unwrap();
                conn.execute("INSERT INTO inbound (message_id, number, intent, received_at) VALUES ('m0', 30, 'none', 1)", []).unwrap();
                let refused = conn.execute("INSERT INTO inbound (message_id, number, intent, received_at) VALUES ('m0', 31, 'none', 1)", []);
                assert!(refused.is_err(), "the old key refuses the id from another number");
            }
            let mut db = Sqlite::open(&dir).unwrap();
            db.initialise(&mut std::iter::empty(), 1).unwrap();
            let first = db.inbound(&reply("m1", "opt_out", "suppress", Some(Op::Add(Scope::All))), 2).unwrap();
            assert!(first.recorded && !first.duplicate);
            let mut other = reply("m1", "opt_out", "suppress", Some(Op::Add(Scope::All)));
            other.number = 21;
            let second = db.inbound(&other, 3).unwrap();
            assert_eq!((second.recorded, second.duplicate), (true, false), "old schema: {old}");
            assert_eq!(db.current(21).unwrap(), Some(Scope::All));
            let again = db.inbound(&other, 4).unwrap();
            assert_eq!((again.recorded, again.duplicate), (false, true));
            assert_eq!(db.consent(21).unwrap().len(), 1);
            if old {
                let kept: i64 = db.conn.query_row("SELECT count(*) FROM inbound WHERE message_id = 'm0'", [], |r| r.get(0)).unwrap();
                assert_eq!(kept, 1, "rows kept through the copy");
            }
            drop(db);
            std::fs::remove_dir_all(dir).unwrap();
        }
    }

    #[test]
    fn a_database_from_before_programs_takes_program_scopes_and_narrowings() {
        let dir = std::env::temp_dir().join(format!("stopgate-db-v2-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        {
            // The two tables as the schema before issue 15 made them.
            let old = SCHEMA
                .replace("CHECK (scope <> '')", "CHECK (scope IN ('all', 'marketing'))")
                .replace("CHECK (action IN ('opt_in', 'opt_out', 'narrow'))", "CHECK (action IN ('opt_in', 'opt_out'))");
            let conn = Connection::open(dir.join("stopgate.db")).unwrap();
            conn.execute_batch(&old).unwrap();
            conn.execute("INSERT INTO optouts VALUES (5, 'marketing', 1, 'seed')", []).unwrap();
            let refused = conn.execute("INSERT INTO optouts VALUES (6, 'program-1', 1, 'seed')", []);
            assert!(refused.is_err(), "the old CHECK refuses program scopes");
        }
        let mut db = Sqlite::open(&dir).unwrap();
        db.initialise(&mut std::iter::empty(), 1).unwrap();
        let alerts = Scope::program(1).unwrap();
        db.apply(&[(7, Op::Add(alerts))], 2, "api").unwrap();
        assert_eq!(db.current(7).unwrap(), Some(alerts));
        assert_eq!(db.current(5).unwrap(), Some(Scope::Marketing), "rows kept through the copy");
        let mut early = reply("n1", "none", "nothing", None);
        early.narrow = Some(Scope::Marketing);
        assert!(!db.inbound(&early, 3).unwrap().recorded, "no clarification: no narrowing");
        let mut stop = reply("n2", "opt_out", "suppress", Some(Op::Add(Scope::All)));
        stop.requested = Some(alerts);
        db.inbound(&stop, 4).unwrap();
        assert_eq!(db.clarification(20).unwrap().map(|c| (c.requested, c.at, c.narrowed_at)), Some((alerts, 4, None)));
        let mut answer = reply("n3", "none", "nothing", None);
        answer.narrow = Some(Scope::Marketing);
        let out = db.inbound(&answer, 5).unwrap();
        assert_eq!((out.recorded, out.effect.as_deref()), (true, Some("narrow")));
        assert_eq!(db.current(20).unwrap(), Some(Scope::Marketing));
        let again = db.inbound(&reply("n4", "none", "nothing", None), 6).unwrap();
        assert!(!again.recorded);
        let actions: Vec<String> = db.consent(20).unwrap().into_iter().map(|r| r.action).collect();
        assert_eq!(actions, ["opt_out", "narrow"]);
        drop(db);
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn inbound_is_idempotent() {
        let (mut db, dir) = temp_store("inbound");
        db.initialise(&mut std::iter::empty(), 1).unwrap();
        let stop = reply("m1", "opt_out", "suppress", Some(Op::Add(Scope::All)));
        let first = db.inbound(&stop, 7).unwrap();
        assert_eq!(
            (first.recorded, first.duplicate, first.sequence),
            (true, false, 2)
        );
        let again = db.inbound(&stop, 7).unwrap();
        assert_eq!(
            (again.recorded, again.duplicate, again.sequence),
            (false, true, 2)
        );
        assert_eq!(again.intent, "opt_out");
        // A second delivery under the same id with another verdict still changes nothing.
        let start = reply("m1", "opt_in", "lift", Some(Op::Remove));
        let forged = db.inbound(&start, 8).unwrap();
        assert_eq!(
            (forged.recorded, forged.duplicate, forged.intent.as_str()),
            (false, true, "opt_out")
        );
        let help = db
            .inbound(&reply("m2", "help", "nothing", None), 7)
            .unwrap();
        assert_eq!(
            (help.recorded, help.duplicate, help.sequence),
            (false, false, 2)
        );
        drop(db);
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn consent_records_are_append_only_and_kept_by_retention() {
        let (mut db, dir) = temp_store("consent");
        db.initialise(&mut std::iter::empty(), 1).unwrap();
        db.inbound(
            &reply("m1", "opt_out", "suppress", Some(Op::Add(Scope::All))),
            100,
        )
        .unwrap();
        db.inbound(&reply("m2", "help", "nothing", None), 150)
            .unwrap();
        db.inbound(&reply("m3", "opt_in", "lift", Some(Op::Remove)), 200)
            .unwrap();
        let records = db.consent(20).unwrap();
        let got: Vec<_> = records
            .iter()
            .map(|r| (r.action.as_str(), r.at, r.text.as_deref(), r.sequence))
            .collect();
        assert_eq!(
            got,
            [
                ("opt_out", 100, Some("opt_out"), Some(2)),
                ("opt_in", 200, Some("opt_in"), Some(3))
            ]
        );
        assert!(db.consent(21).unwrap().is_empty());
        db.apply(
            &[(21, Op::Add(Scope::Marketing)), (20, Op::Add(Scope::All))],
            300,
            "import",
        )
        .unwrap();
        assert_eq!(
            db.apply(&[(21, Op::Add(Scope::Marketing))], 310, "import")
                .unwrap(),
            None
        );
        let imported = db.consent(21).unwrap();
        let got: Vec<_> = imported
            .iter()
            .map(|r| {
                (
                    r.action.as_str(),
                    r.method.as_str(),
                    r.scope.as_deref(),
                    r.sequence,
                )
            })
            .collect();
        assert_eq!(
            got,
            [("opt_out", "import", Some("marketing"), Some(4))],
            "changes only"
        );
        assert_eq!(db.consent(20).unwrap().len(), 3);
        let records = db.consent(20).unwrap()[..2].to_vec();
        let changed = db.conn.execute("UPDATE consent SET text = 'YES'", []);
        assert!(changed.unwrap_err().to_string().contains("append-only"));
        let keep = |consent_seconds| Retention {
            changes: 0,
            change_seconds: 0,
            messages: 0,
            message_seconds: 0,
            consent_seconds,
        };
        db.compact(&keep(0), 1_000_000).unwrap();
        assert_eq!(db.consent(20).unwrap().len(), 3, "0 keeps forever");
        db.compact(&keep(850), 1000).unwrap();
        assert_eq!(db.consent(20).unwrap()[..1], records[1..]);
        drop(db);
        std::fs::remove_dir_all(dir).unwrap();
    }

    // double opt-in (issue 16)
    #[test]
    fn retention_keeps_a_pending_prompt_and_then_wants_its_code() {
        let (mut db, dir) = temp_store("optin-retention");
        db.initialise(&mut std::iter::empty(), 1).unwrap();
        let request = |id: &str, number: u64, at: u64| OptinRequest {
            id: id.into(),
            number,
            programs: vec![],
            marketing: true,
            page_version: "v1".into(),
            disclosure: "d".into(),
            ip: None,
            user_agent: None,
            prompt_id: None,
            created_at: at,
            expires_at: at + 86_400,
            state: "pending".into(),
            state_at: None,
            message_id: None,
        };
        let reply = |id: &'static str, number: u64, at: u64, code: Option<&'static str>| OptinReply {
            message_id: id,
            number,
            to: None,
            text: "YES",
            rule: "keyword",
            confidence: 0.9,
            at,
            code,
        };
        let prompt = r#"{"to":"+14155550130","code":"5555"}"#;
        assert!(matches!(db.optin_create(&request("p", 14155550130, 1000), prompt, 600).unwrap(), OptinCreated::Created(_)));
        // Busy sending to others: the count limit (2) reaches past the prompt.
        for i in 0..5 {
            db.log_message(1001 + i, None, None, r#"{"to":"+14155550999","body":"x"}"#).unwrap();
        }
        let keep = Retention { changes: 0, change_seconds: 0, messages: 2, message_seconds: 0, consent_seconds: 0 };
        assert_eq!(db.compact(&keep, 1010).unwrap().messages, 3, "three sends removed, the prompt kept");
        let bodies: Vec<String> = db.messages(100).unwrap().into_iter().map(|m| m.body).collect();
        assert!(bodies.iter().any(|b| b == prompt), "{bodies:?}");
        // The log no longer shows whether the number was texted since: a bare YES
        // confirms nothing, the prompt's code does.
        assert_eq!(db.optin_reply(&reply("y1", 14155550130, 1020, None)).unwrap(), OptinOutcome::Unconfirmed("p".into()));
        assert!(matches!(
            db.optin_reply(&reply("y2", 14155550130, 1030, Some("5555"))).unwrap(),
            OptinOutcome::Confirmed { .. }
        ));
        // A prompt after the cut: its log is whole, and a bare YES confirms it.
        let prompt = r#"{"to":"+14155550131","code":"6666"}"#;
        assert!(matches!(db.optin_create(&request("q", 14155550131, 1040), prompt, 600).unwrap(), OptinCreated::Created(_)));
        assert!(matches!(
            db.optin_reply(&reply("y3", 14155550131, 1050, None)).unwrap(),
            OptinOutcome::Confirmed { .. }
        ));
        // Once nothing is pending, its prompt goes like any other send.
        assert_eq!(db.compact(&keep, 1060).unwrap().messages, 2);
        drop(db);
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn optin_requests_confirm_once_expire_and_are_rate_limited() {
        let (mut db, dir) = temp_store("optin");
        db.initialise(&mut [entry(20, Scope::All)].into_iter(), 1).unwrap();
        let request = |id: &str, at: u64, window: u64| OptinRequest {
            id: id.into(),
            number: 20,
            programs: vec!["alerts".into()],
            marketing: true,
            page_version: "v1".into(),
            disclosure: "d".into(),
            ip: None,
            user_agent: None,
            prompt_id: None,
            created_at: at,
            expires_at: at + window,
            state: "pending".into(),
            state_at: None,
            message_id: None,
        };
        let coded = |id: &'static str, at: u64, code: Option<&'static str>| OptinReply {
            message_id: id,
            number: 20,
            to: None,
            text: "YES",
            rule: "keyword",
            confidence: 0.9,
            at,
            code,
        };
        let yes = |id: &'static str, at: u64| coded(id, at, None);
        assert!(matches!(db.optin_create(&request("a", 100, 50), "{}", 600).unwrap(), OptinCreated::Created(_)));
        assert_eq!(db.optin_create(&request("b", 300, 50), "{}", 600).unwrap(), OptinCreated::Refused(700));
        assert_eq!(db.messages(10).unwrap().len(), 1, "a refused request sends nothing");
        assert_eq!(db.optin_reply(&yes("m1", 200)).unwrap(), OptinOutcome::Expired("a".into()));
        assert_eq!(db.optin_reply(&yes("m2", 210)).unwrap(), OptinOutcome::NoRequest);
        // An older expired request and a newer pending one: the newer is confirmed.
        assert!(matches!(db.optin_create(&request("c", 800, 1000), r#"{"code":"1234"}"#, 600).unwrap(), OptinCreated::Created(_)));
        // One pending request per number, even after the gap.
        assert_eq!(db.optin_create(&request("d", 1500, 1000), "{}", 600).unwrap(), OptinCreated::Refused(1800));
        // The number is opted out: a plain YES, or a wrong code, confirms nothing.
        assert_eq!(db.optin_reply(&yes("m5", 850)).unwrap(), OptinOutcome::Unconfirmed("c".into()));
        assert_eq!(db.optin_reply(&coded("m6", 860, Some("4321"))).unwrap(), OptinOutcome::Unconfirmed("c".into()));
        assert_eq!(
            db.optin_reply(&coded("m3", 900, Some("1234"))).unwrap(),
            OptinOutcome::Confirmed { id: "c".into(), sequence: Some(2) }
        );
        assert_eq!(db.optin_reply(&yes("m3", 901)).unwrap(), OptinOutcome::Duplicate);
        assert_eq!(db.optin_reply(&yes("m4", 902)).unwrap(), OptinOutcome::NoRequest);
        let states: Vec<_> = db.optin_requests(20).unwrap().into_iter().map(|r| (r.id, r.state, r.message_id)).collect();
        assert_eq!(
            states,
            [("a".into(), "expired".into(), None), ("c".into(), "confirmed".into(), Some("m3".into()))]
        );
        let records = db.consent(20).unwrap();
        assert_eq!(records.len(), 1);
        assert_eq!(
            (records[0].method.as_str(), records[0].program.as_deref(), records[0].page_version.as_deref()),
            ("web_form", Some("alerts"), Some("v1"))
        );
        assert_eq!(db.count().unwrap(), 0, "the opt-out was lifted");
        drop(db);
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn compaction_moves_the_floor_by_count_and_by_age() {
        let (mut db, dir) = temp_store("compact");
        db.initialise(&mut std::iter::empty(), 100).unwrap();
        for i in 0..10u64 {
            // Sequence 2 + i at time 1000 + 100 i, one row each.
            db.apply(&[(50 + i, Op::Add(Scope::All))], 1000 + 100 * i, "t")
                .unwrap();
        }
        for i in 0..20 {
            db.log_message(1000 + i, None, None, "{}").unwrap();
        }
        assert_eq!(db.sequence().unwrap(), 11);
        let keep = |changes, change_seconds| Retention {
            changes,
            change_seconds,
            messages: 15,
            message_seconds: 0,
            consent_seconds: 0,
        };
        // At most 4 rows: sequences 8..=11 stay, the floor is 7.
        let c = db.compact(&keep(4, 0), 5000).unwrap();
        assert_eq!(
            c,
            Compacted {
                floor: 7,
                changes: 6,
                messages: 5
            }
        );
        assert_eq!(db.floor().unwrap(), 7);
        assert_eq!(db.messages(100).unwrap().len(), 15);
        let (_, _, set) = db.changes_since(7).unwrap();
        assert_eq!(set.add.len(), 4);
        assert!(set.digests.is_some());
        let (_, floor, set) = db.changes_since(6).unwrap();
        assert_eq!(floor, 7);
        assert!(set.add.is_empty());
        // Nothing older than 250 s at t = 2050: sequences at 1800 and 1900 stay (10, 11).
        let c = db.compact(&keep(0, 250), 2050).unwrap();
        assert_eq!(c.floor, 9);
        // Never past the current sequence.
        let c = db.compact(&keep(0, 1), 1_000_000).unwrap();
        assert_eq!(c.floor, 11);
        assert_eq!(db.changes_since(11).unwrap().0, 11);
        let (seq, digest) = db.state().unwrap();
        let (_, recorded, list) = db.list().unwrap();
        assert_eq!((seq, digest), (11, recorded));
        assert_eq!(digest, ListDigest::of(list));
        Box::new(db).close().unwrap();
        std::fs::remove_dir_all(dir).unwrap();
    }
}
