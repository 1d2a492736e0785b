//! The origin's SQLite store: the current opt-outs, the change log that gives
//! every change its sequence number, the inbound message ids already
//! processed, and the demo's send log.
//!
//! The database runs in WAL mode with `synchronous=FULL`, and every write is
//! one transaction committed before the caller answers, so a change the HTTP
//! side acknowledged survives a crash or a kill.
//!
//! Sequences: the list a fresh database starts with (seed, demo numbers,
//! first import) is sequence 1 and is not in the change log; the *floor*
//! remembers that, so deltas can be built from any sequence at or after it.
//! Each later batch of changes that alters something takes the next sequence
//! and logs one row per number with the scope before and after, so the net
//! change between any two sequences is the "before" of the first row and the
//! "after" of the last. A heartbeat takes a sequence with no rows at all.

use rusqlite::{params, Connection, OptionalExtension, Transaction};
use std::collections::hash_map::{Entry as Slot, HashMap};
use std::path::Path;
use stopgate::snapshot::ListDigest;
use stopgate::Scope;

/// Result of a store operation.
pub type Result<T> = std::result::Result<T, rusqlite::Error>;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS optouts (
    number       INTEGER PRIMARY KEY,  -- the E.164 digits as an integer
    scope        TEXT NOT NULL CHECK (scope IN ('all', 'marketing')),
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
    message_id  TEXT PRIMARY KEY,
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
";

/// Columns added after the first schema, as (table, column, type); added to
/// an older database when it is opened.
const ADDED_COLUMNS: &[(&str, &str, &str)] = &[
    ("inbound", "to_number", "TEXT"), // the sender's number the reply went to
    ("inbound", "keyword", "TEXT"),   // what the origin's classifier matched
    ("inbound", "rule", "TEXT"),
    ("inbound", "effect", "TEXT"),      // suppress, lift or nothing
    ("inbound", "hint_intent", "TEXT"), // what the edge said (a hint only)
    ("inbound", "provider", "TEXT"),
];

/// A classified inbound reply, as recorded.
pub struct Inbound<'a> {
    /// The provider's message id (idempotency key).
    pub message_id: &'a str,
    /// Who replied.
    pub number: u64,
    /// The sender's number the reply went to, if known.
    pub to: Option<&'a str>,
    /// The origin's verdict.
    pub intent: &'a str,
    /// The origin's scope, for opt-outs.
    pub scope: Option<Scope>,
    /// The keyword that matched.
    pub keyword: Option<&'a str>,
    /// The classifier rule that fired.
    pub rule: &'a str,
    /// What the reply does to the list (`suppress`, `lift`, `nothing`).
    pub effect: &'a str,
    /// The edge's verdict.
    pub hint_intent: &'a str,
    /// `twilio`, `webhook`, ...
    pub provider: Option<&'a str>,
    /// The change, if any.
    pub op: Option<Op>,
}

/// The whole list, ascending by number.
pub type List = Vec<(u64, Scope)>;

/// One opt-out as the list holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// E.164 digits as an integer.
    pub number: u64,
    /// What the opt-out covers.
    pub scope: Scope,
    /// Unix seconds.
    pub opted_out_at: u64,
    /// Where it came from.
    pub source: String,
}

/// One requested change to the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    /// Opt out (an existing opt-out keeps the wider scope).
    Add(Scope),
    /// Opt back in.
    Remove,
}

/// The net change between two sequences.
#[derive(Debug, Default)]
pub struct ChangeSet {
    /// The list's digest at the base sequence and at the current one
    /// (`None` when the base is outside the kept log).
    pub digests: Option<(ListDigest, ListDigest)>,
    /// Numbers now opted out (or whose scope changed), ascending.
    pub add: Vec<(u64, Scope)>,
    /// Numbers opted back in, ascending.
    pub remove: Vec<u64>,
}

/// What happened to an inbound message.
#[derive(Debug, PartialEq, Eq)]
pub struct InboundOutcome {
    /// Whether the list changed.
    pub recorded: bool,
    /// The message id was seen before; nothing was done.
    pub duplicate: bool,
    /// The list's sequence after the message.
    pub sequence: u64,
    /// The verdict recorded for the message id (the first one, for a duplicate).
    pub intent: String,
    /// Its scope.
    pub scope: Option<Scope>,
    /// Its effect.
    pub effect: Option<String>,
}

/// One request the demo send backend received.
#[derive(Debug)]
pub struct LoggedMessage {
    /// Its id, ascending.
    pub id: i64,
    /// Unix seconds.
    pub received_at: u64,
    /// The `x-stopgate-decision` header, if sent.
    pub decision: Option<String>,
    /// The `x-stopgate-snapshot` header, if sent.
    pub snapshot: Option<String>,
    /// The body as received.
    pub body: String,
}

/// A connection to the store.
pub struct Store {
    conn: Connection,
}

fn scope_str(scope: Option<Scope>) -> Option<&'static str> {
    scope.map(Scope::as_str)
}

fn scope_from_sql(text: Option<String>) -> Option<Scope> {
    // The CHECK constraints keep anything else out of the tables.
    text.and_then(|t| t.parse().ok())
}

fn to_sql(n: u64) -> i64 {
    // E.164 has at most 15 digits, far below i64::MAX.
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn from_sql(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

impl Store {
    /// Opens (creating) `dir/stopgate.db`.
    pub fn open(dir: &Path) -> Result<Store> {
        let conn = Connection::open(dir.join("stopgate.db"))?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let _: String = conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))?;
        conn.execute_batch("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;")?;
        conn.execute_batch(SCHEMA)?;
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
        let mut store = Store { conn };
        store.backfill_digest()?;
        Ok(store)
    }

    /// A database from before digests: the current list's digest becomes the
    /// only one known, so deltas start from the current sequence (an edge on
    /// an older one gets 410 and reloads the full snapshot once).
    fn backfill_digest(&mut self) -> Result<()> {
        let tx = self.conn.transaction()?;
        let seq: Option<i64> = tx
            .query_row("SELECT value FROM meta WHERE key = 'sequence'", [], |r| {
                r.get(0)
            })
            .optional()?;
        let known: i64 = tx.query_row("SELECT COUNT(*) FROM sequences", [], |r| r.get(0))?;
        if let (Some(seq), 0) = (seq, known) {
            let digest = digest_of_list(&tx)?;
            tx.execute(
                "INSERT INTO sequences (sequence, digest, at) VALUES (?1, ?2, strftime('%s','now'))",
                params![seq, digest.to_bytes().to_vec()],
            )?;
            tx.execute("UPDATE meta SET value = ?1 WHERE key = 'floor'", [seq])?;
        }
        tx.commit()
    }

    /// The current sequence and the list's digest at it.
    pub fn state(&self) -> Result<(u64, ListDigest)> {
        let seq = self.sequence()?;
        Ok((seq, digest_at(&self.conn, seq)?.unwrap_or_default()))
    }

    fn meta(&self, key: &str) -> Result<Option<u64>> {
        self.conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| {
                r.get::<_, i64>(0)
            })
            .optional()
            .map(|v| v.map(from_sql))
    }

    /// Whether the store was never initialised.
    pub fn is_new(&self) -> Result<bool> {
        Ok(self.meta("sequence")?.is_none())
    }

    /// The current sequence (0 before initialisation).
    pub fn sequence(&self) -> Result<u64> {
        Ok(self.meta("sequence")?.unwrap_or(0))
    }

    /// The oldest sequence deltas can be built from.
    pub fn floor(&self) -> Result<u64> {
        Ok(self.meta("floor")?.unwrap_or(0))
    }

    /// How many numbers are opted out.
    pub fn count(&self) -> Result<u64> {
        self.conn
            .query_row("SELECT COUNT(*) FROM optouts", [], |r| r.get::<_, i64>(0))
            .map(from_sql)
    }

    /// Fills a new store with its starting list, as sequence 1 (the floor).
    /// Duplicates keep the widest scope.
    pub fn initialise(&mut self, entries: impl IntoIterator<Item = Entry>, at: u64) -> Result<u64> {
        let tx = self.conn.transaction()?;
        {
            let mut insert = tx.prepare(
                "INSERT INTO optouts (number, scope, opted_out_at, source) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (number) DO UPDATE SET scope = CASE
                     WHEN optouts.scope = 'all' OR excluded.scope = 'all' THEN 'all' ELSE 'marketing' END",
            )?;
            for e in entries {
                insert.execute(params![
                    to_sql(e.number),
                    e.scope.as_str(),
                    to_sql(e.opted_out_at),
                    e.source
                ])?;
            }
        }
        tx.execute(
            "INSERT OR REPLACE INTO meta (key, value)
             VALUES ('sequence', 1), ('floor', 1), ('sequence_at', ?1)",
            [to_sql(at)],
        )?;
        let digest = digest_of_list(&tx)?;
        tx.execute("DELETE FROM sequences", [])?;
        tx.execute(
            "INSERT INTO sequences (sequence, digest, at) VALUES (1, ?1, ?2)",
            params![digest.to_bytes().to_vec(), to_sql(at)],
        )?;
        tx.commit()?;
        Ok(1)
    }

    /// Moves to the next sequence without changing the list when the current
    /// one is `every` seconds old, so the signed delta to it carries a fresh
    /// `created_at` and edges can tell a quiet list from a stuck origin.
    pub fn heartbeat(&mut self, now: u64, every: u64) -> Result<Option<u64>> {
        let tx = self.conn.transaction()?;
        let last: Option<i64> = tx
            .query_row(
                "SELECT value FROM meta WHERE key = 'sequence_at'",
                [],
                |r| r.get(0),
            )
            .optional()?;
        if now < from_sql(last.unwrap_or(0)).saturating_add(every) {
            return Ok(None);
        }
        let seq: i64 = tx.query_row("SELECT value FROM meta WHERE key = 'sequence'", [], |r| {
            r.get(0)
        })?;
        tx.execute(
            "UPDATE meta SET value = ?1 WHERE key = 'sequence'",
            [seq + 1],
        )?;
        tx.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('sequence_at', ?1)",
            [to_sql(now)],
        )?;
        let digest = digest_at(&tx, from_sql(seq))?.unwrap_or_default();
        tx.execute(
            "INSERT OR REPLACE INTO sequences (sequence, digest, at) VALUES (?1, ?2, ?3)",
            params![seq + 1, digest.to_bytes().to_vec(), to_sql(now)],
        )?;
        tx.commit()?;
        Ok(Some(from_sql(seq + 1)))
    }

    /// Applies a batch of changes as one sequence, if any of them alters the
    /// list. Returns the new sequence, or `None` when nothing changed.
    pub fn apply(&mut self, ops: &[(u64, Op)], at: u64, source: &str) -> Result<Option<u64>> {
        let tx = self.conn.transaction()?;
        let seq = apply_in(&tx, ops, at, source)?;
        tx.commit()?;
        Ok(seq)
    }

    /// Records an inbound message once: a second call with the same id
    /// changes nothing and says so.
    pub fn inbound(&mut self, m: &Inbound<'_>, at: u64) -> Result<InboundOutcome> {
        let tx = self.conn.transaction()?;
        let seen: Option<(String, Option<String>, Option<String>)> = tx
            .query_row(
                "SELECT intent, scope, effect FROM inbound WHERE message_id = ?1",
                [m.message_id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        if let Some((intent, scope, effect)) = seen {
            let sequence = from_sql(tx.query_row(
                "SELECT value FROM meta WHERE key = 'sequence'",
                [],
                |r| r.get(0),
            )?);
            return Ok(InboundOutcome {
                recorded: false,
                duplicate: true,
                sequence,
                intent,
                scope: scope_from_sql(scope),
                effect,
            });
        }
        let created = match m.op {
            Some(op) => apply_in(
                &tx,
                &[(m.number, op)],
                at,
                &format!("inbound:{}", m.message_id),
            )?,
            None => None,
        };
        tx.execute(
            "INSERT INTO inbound (message_id, number, intent, scope, sequence, received_at,
                                  to_number, keyword, rule, effect, hint_intent, provider)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
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
                m.effect,
                m.hint_intent,
                m.provider,
            ],
        )?;
        let sequence = from_sql(tx.query_row(
            "SELECT value FROM meta WHERE key = 'sequence'",
            [],
            |r| r.get(0),
        )?);
        tx.commit()?;
        Ok(InboundOutcome {
            recorded: created.is_some(),
            duplicate: false,
            sequence,
            intent: m.intent.to_string(),
            scope: m.scope,
            effect: Some(m.effect.to_string()),
        })
    }

    /// The whole list, its sequence and its recorded digest, read consistently.
    pub fn list(&mut self) -> Result<(u64, ListDigest, List)> {
        let tx = self.conn.transaction()?;
        let seq = from_sql(tx.query_row(
            "SELECT value FROM meta WHERE key = 'sequence'",
            [],
            |r| r.get(0),
        )?);
        let mut out = Vec::new();
        {
            let mut stmt = tx.prepare("SELECT number, scope FROM optouts ORDER BY number")?;
            let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
            for row in rows {
                let (n, s) = row?;
                if let Some(scope) = scope_from_sql(Some(s)) {
                    out.push((from_sql(n), scope));
                }
            }
        }
        let digest = digest_at(&tx, seq)?.unwrap_or_default();
        tx.commit()?;
        Ok((seq, digest, out))
    }

    /// The current sequence, the floor, and the net change from `since` to
    /// the current sequence, read consistently. The change set is empty when
    /// `since` is outside `floor..current`.
    pub fn changes_since(&mut self, since: u64) -> Result<(u64, u64, ChangeSet)> {
        let tx = self.conn.transaction()?;
        let seq = from_sql(tx.query_row(
            "SELECT value FROM meta WHERE key = 'sequence'",
            [],
            |r| r.get(0),
        )?);
        let floor = from_sql(tx.query_row(
            "SELECT value FROM meta WHERE key = 'floor'",
            [],
            |r| r.get(0),
        )?);
        let mut set = ChangeSet::default();
        if since >= floor && since < seq {
            // number -> (scope before the first change, scope after the last)
            let mut net: HashMap<u64, (Option<Scope>, Option<Scope>)> = HashMap::new();
            let mut stmt = tx.prepare(
                "SELECT number, prev_scope, scope FROM changes WHERE sequence > ?1 AND sequence <= ?2
                 ORDER BY sequence",
            )?;
            let rows = stmt.query_map(params![to_sql(since), to_sql(seq)], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, Option<String>>(1)?,
                    r.get::<_, Option<String>>(2)?,
                ))
            })?;
            for row in rows {
                let (n, prev, now) = row?;
                let (prev, now) = (scope_from_sql(prev), scope_from_sql(now));
                net.entry(from_sql(n))
                    .and_modify(|e| e.1 = now)
                    .or_insert((prev, now));
            }
            for (n, (before, after)) in net {
                match (before, after) {
                    (b, a) if b == a => {}
                    (_, Some(scope)) => set.add.push((n, scope)),
                    (Some(_), None) => set.remove.push(n),
                    (None, None) => {}
                }
            }
            set.add.sort_unstable();
            set.remove.sort_unstable();
            if let (Some(base), Some(current)) = (digest_at(&tx, since)?, digest_at(&tx, seq)?) {
                set.digests = Some((base, current));
            }
        }
        drop(tx);
        Ok((seq, floor, set))
    }

    /// Appends a request to the demo send log and returns its id.
    pub fn log_message(
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

    /// The most recent `limit` entries of the send log, oldest first.
    pub fn messages(&self, limit: u64) -> Result<Vec<LoggedMessage>> {
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
        rows.collect()
    }
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
    Ok(blob
        .and_then(|b| <[u8; 16]>::try_from(b.as_slice()).ok())
        .map(ListDigest::from_bytes))
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

/// Applies `ops` inside `tx` under the next sequence; `None` if nothing changed.
fn apply_in(tx: &Transaction<'_>, ops: &[(u64, Op)], at: u64, source: &str) -> Result<Option<u64>> {
    // number -> (scope before this batch, scope after it), in first-seen order
    let mut order: Vec<u64> = Vec::new();
    let mut state: HashMap<u64, (Option<Scope>, Option<Scope>)> = HashMap::new();
    {
        let mut current = tx.prepare("SELECT scope FROM optouts WHERE number = ?1")?;
        for &(number, op) in ops {
            let slot = match state.entry(number) {
                Slot::Occupied(slot) => slot.into_mut(),
                Slot::Vacant(slot) => {
                    let before: Option<String> = current
                        .query_row([to_sql(number)], |r| r.get(0))
                        .optional()?;
                    let before = scope_from_sql(before);
                    order.push(number);
                    slot.insert((before, before))
                }
            };
            slot.1 = match op {
                Op::Add(scope) => Some(slot.1.map_or(scope, |s| s.widest(scope))),
                Op::Remove => None,
            };
        }
    }
    let changed: Vec<(u64, Option<Scope>, Option<Scope>)> = order
        .into_iter()
        .filter_map(|n| {
            state
                .get(&n)
                .filter(|(b, a)| b != a)
                .map(|&(b, a)| (n, b, a))
        })
        .collect();
    if changed.is_empty() {
        return Ok(None);
    }
    let seq: i64 = tx.query_row("SELECT value FROM meta WHERE key = 'sequence'", [], |r| {
        r.get(0)
    })?;
    let seq = seq + 1;
    let mut digest = digest_at(tx, from_sql(seq - 1))?.unwrap_or_default();
    for &(n, before, after) in &changed {
        digest.change(n, before, after);
    }
    tx.execute(
        "INSERT OR REPLACE INTO sequences (sequence, digest, at) VALUES (?1, ?2, ?3)",
        params![seq, digest.to_bytes().to_vec(), to_sql(at)],
    )?;
    let mut log = tx.prepare(
        "INSERT INTO changes (sequence, number, op, scope, prev_scope, at, source) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    let mut upsert = tx.prepare(
        "INSERT INTO optouts (number, scope, opted_out_at, source) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (number) DO UPDATE SET scope = excluded.scope, opted_out_at = excluded.opted_out_at,
             source = excluded.source",
    )?;
    let mut delete = tx.prepare("DELETE FROM optouts WHERE number = ?1")?;
    for (n, before, after) in changed {
        let op = if after.is_some() { "add" } else { "remove" };
        log.execute(params![
            seq,
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
    tx.execute("UPDATE meta SET value = ?1 WHERE key = 'sequence'", [seq])?;
    tx.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('sequence_at', ?1)",
        [to_sql(at)],
    )?;
    Ok(Some(from_sql(seq)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_store(name: &str) -> (Store, std::path::PathBuf) {
        let dir = std::env::temp_dir().join(format!("stopgate-db-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        (Store::open(&dir).unwrap(), dir)
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
            [
                entry(10, Scope::All),
                entry(11, Scope::Marketing),
                entry(10, Scope::Marketing),
            ],
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
    fn heartbeat_moves_a_quiet_sequence_only() {
        let (mut db, dir) = temp_store("heartbeat");
        db.initialise([entry(10, Scope::All)], 100).unwrap();
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
        }
    }

    #[test]
    fn inbound_is_idempotent() {
        let (mut db, dir) = temp_store("inbound");
        db.initialise([], 1).unwrap();
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
}
