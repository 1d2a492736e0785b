//! The PostgreSQL backend (`stopgate serve --database postgres://...`), for a
//! sender whose list lives in PostgreSQL or who runs several origins.
//!
//! One total order of sequences across processes: every write transaction
//! first locks the `sequence` row of `meta` (`SELECT ... FOR UPDATE`), so
//! writers queue there, each sees the sequence the previous one committed,
//! and a message id is checked and recorded under the same lock (idempotent
//! across processes). Reads run in one `REPEATABLE READ` snapshot, so a
//! delta's sequence, rows and digests agree. Schema changes are the numbered
//! files of `cli/migrations/postgres/`, applied once each under an advisory
//! lock and recorded in `schema_migrations`.

use super::{
    consent_of, consent_of_change, digest_from_blob, from_sql, method_of, net, new_floor, plan,
    scope_from_sql, scope_str, to_sql, ChangeSet, Clarification, Compacted, ConsentRecord, Entry, Inbound,
    InboundOutcome, List, LoggedMessage, Op, Result, Retention, Store, StoreError,
};
use super::{programs_from_sql, programs_text, programs_to_sql, OptinCreated, OptinOutcome, OptinReply, OptinRequest};
use super::prefs::{self, Channel, Choice};
use postgres::{Client, GenericClient, IsolationLevel, NoTls, Transaction};
use std::collections::HashMap;
use stopgate::snapshot::ListDigest;
use stopgate::Scope;

/// The migrations, in order: (version, SQL).
const MIGRATIONS: &[(i32, &str)] = &[
    (
        1,
        include_str!("../../../../migrations/postgres/0001_init.sql"),
    ),
    (
        2,
        include_str!("../../../../migrations/postgres/0002_consent.sql"),
    ),
    (
        3,
        include_str!("../../../../migrations/postgres/0003_programs.sql"),
    ),
    (
        4,
        include_str!("../../../../migrations/postgres/0004_optin.sql"),
    ),
    (
        5,
        include_str!("../../../../migrations/postgres/0005_preferences.sql"),
    ),
    (
        6,
        include_str!("../../../../migrations/postgres/0006_reply_key.sql"),
    ),
    (
        7,
        include_str!("../../../../migrations/postgres/0007_signatures.sql"),
    ),
];

/// Held while migrating or initialising, so two processes starting at once
/// do not both do it.
const SETUP_LOCK: i64 = 0x5709_6A7E;

/// Rows per INSERT when filling a new list.
const CHUNK: usize = 10_000;

/// A connection to the database, made again when it was lost (a server
/// restart): the request that finds it closed fails, the next one reconnects.
pub struct Postgres {
    client: Client,
    url: String,
}

fn connect(url: &str) -> Result<Client> {
    let mut config: postgres::Config = url
        .parse()
        .map_err(|e| StoreError::new(format!("bad postgres URL: {e}")))?;
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(std::time::Duration::from_secs(10));
    }
    config
        .connect(NoTls)
        .map_err(|e| StoreError::new(format!("cannot connect to postgres: {e}")))
}

fn meta(c: &mut impl GenericClient, key: &str) -> Result<Option<u64>> {
    Ok(
        c.query_opt("SELECT value FROM meta WHERE key = $1", &[&key])?
            .map(|r| from_sql(r.get(0))),
    )
}

fn set_meta(c: &mut impl GenericClient, key: &str, value: u64) -> Result<()> {
    c.execute(
        "INSERT INTO meta (key, value) VALUES ($1, $2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        &[&key, &to_sql(value)],
    )?;
    Ok(())
}

/// A number's channels, by kind.
fn channels_of(c: &mut impl GenericClient, number: u64) -> Result<Vec<Channel>> {
    Ok(c
        .query(
            "SELECT kind, address, recorded_at FROM channels WHERE number = $1 ORDER BY kind",
            &[&to_sql(number)],
        )?
        .iter()
        .map(|r| Channel {
            kind: r.get(0),
            address: r.get(1),
            recorded_at: from_sql(r.get(2)),
        })
        .collect())
}

/// Takes the write lock: the `sequence` row. Returns the current sequence
/// and the list's digest at it (one round trip for both).
fn lock_sequence(tx: &mut Transaction<'_>) -> Result<Option<(u64, ListDigest)>> {
    Ok(tx
        .query_opt(
            "SELECT m.value, s.digest FROM meta m
             LEFT JOIN sequences s ON s.sequence = m.value
             WHERE m.key = 'sequence' FOR UPDATE OF m",
            &[],
        )?
        .map(|r| {
            let digest = digest_from_blob(r.get(1)).unwrap_or_default();
            (from_sql(r.get(0)), digest)
        }))
}

fn digest_at(c: &mut impl GenericClient, sequence: u64) -> Result<Option<ListDigest>> {
    let blob: Option<Vec<u8>> = c
        .query_opt(
            "SELECT digest FROM sequences WHERE sequence = $1",
            &[&to_sql(sequence)],
        )?
        .map(|r| r.get(0));
    Ok(digest_from_blob(blob))
}

fn record_sequence(
    c: &mut impl GenericClient,
    sequence: u64,
    digest: ListDigest,
    at: u64,
) -> Result<()> {
    // One statement (a round trip per statement is most of a write's cost).
    c.execute(
        "WITH recorded AS (
             INSERT INTO sequences (sequence, digest, at) VALUES ($1, $2, $3)
             ON CONFLICT (sequence) DO UPDATE SET digest = excluded.digest, at = excluded.at
         )
         INSERT INTO meta (key, value) VALUES ('sequence', $1), ('sequence_at', $3)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        &[&to_sql(sequence), &digest.to_bytes().to_vec(), &to_sql(at)],
    )?;
    Ok(())
}

impl Postgres {
    /// Connects and brings the schema up to date.
    pub fn connect(url: &str) -> Result<Postgres> {
        let mut store = Postgres {
            client: connect(url)?,
            url: url.to_string(),
        };
        store.migrate()?;
        Ok(store)
    }

    fn client(&mut self) -> Result<&mut Client> {
        if self.client.is_closed() {
            eprintln!("postgres: the connection was lost; reconnecting");
            self.client = connect(&self.url)?;
        }
        Ok(&mut self.client)
    }

    fn migrate(&mut self) -> Result<()> {
        let mut tx = self.client()?.transaction()?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&SETUP_LOCK])?;
        tx.batch_execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (
                 version    INTEGER PRIMARY KEY,
                 applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
             )",
        )?;
        for &(version, sql) in MIGRATIONS {
            let done = tx
                .query_opt(
                    "SELECT 1 FROM schema_migrations WHERE version = $1",
                    &[&version],
                )?
                .is_some();
            if !done {
                tx.batch_execute(sql).map_err(|e| {
                    StoreError::new(format!("postgres migration {version} failed: {e}"))
                })?;
                tx.execute(
                    "INSERT INTO schema_migrations (version) VALUES ($1)",
                    &[&version],
                )?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    fn read(&mut self) -> Result<Transaction<'_>> {
        Ok(self
            .client()?
            .build_transaction()
            .isolation_level(IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()?)
    }
}

fn apply_in(
    tx: &mut Transaction<'_>,
    (current_seq, current_digest): (u64, ListDigest),
    ops: &[(u64, Op)],
    at: u64,
    source: &str,
    method: Option<&str>,
) -> Result<Option<u64>> {
    // The numbers' current scopes in a few round trips, not one per number
    // (an import may be a million rows).
    let mut numbers: Vec<i64> = ops.iter().map(|&(n, _)| to_sql(n)).collect();
    numbers.sort_unstable();
    numbers.dedup();
    let mut current: HashMap<u64, Scope> = HashMap::with_capacity(numbers.len());
    for chunk in numbers.chunks(CHUNK) {
        let rows = tx.query(
            "SELECT number, scope FROM optouts WHERE number = ANY($1)",
            &[&chunk],
        )?;
        for r in rows {
            if let Some(scope) = scope_from_sql(r.get(1)) {
                current.insert(from_sql(r.get(0)), scope);
            }
        }
    }
    let changed = plan(ops, |number| Ok(current.get(&number).copied()))?;
    if changed.is_empty() {
        return Ok(None);
    }
    let seq = current_seq + 1;
    let mut digest = current_digest;
    for &(n, before, after) in &changed {
        digest.change(n, before, after);
    }
    for chunk in changed.chunks(CHUNK) {
        let numbers: Vec<i64> = chunk.iter().map(|c| to_sql(c.0)).collect();
        let ops: Vec<&str> = chunk
            .iter()
            .map(|c| if c.2.is_some() { "add" } else { "remove" })
            .collect();
        let after: Vec<Option<String>> = chunk.iter().map(|c| scope_str(c.2)).collect();
        let before: Vec<Option<String>> = chunk.iter().map(|c| scope_str(c.1)).collect();
        tx.execute(
            "INSERT INTO changes (sequence, number, op, scope, prev_scope, at, source)
             SELECT $1, n, o, s, p, $2, $3
             FROM unnest($4::bigint[], $5::text[], $6::text[], $7::text[]) AS u(n, o, s, p)",
            &[
                &to_sql(seq),
                &to_sql(at),
                &source,
                &numbers,
                &ops,
                &after,
                &before,
            ],
        )?;
        let (added, scopes): (Vec<i64>, Vec<String>) = chunk
            .iter()
            .filter_map(|c| c.2.map(|s| (to_sql(c.0), super::scope_text_of(s))))
            .unzip();
        if !added.is_empty() {
            tx.execute(
                "INSERT INTO optouts (number, scope, opted_out_at, source)
                 SELECT n, s, $1, $2 FROM unnest($3::bigint[], $4::text[]) AS u(n, s)
                 ON CONFLICT (number) DO UPDATE SET scope = excluded.scope,
                     opted_out_at = excluded.opted_out_at, source = excluded.source",
                &[&to_sql(at), &source, &added, &scopes],
            )?;
        }
        let removed: Vec<i64> = chunk
            .iter()
            .filter(|c| c.2.is_none())
            .map(|c| to_sql(c.0))
            .collect();
        if !removed.is_empty() {
            tx.execute("DELETE FROM optouts WHERE number = ANY($1)", &[&removed])?;
        }
        if let Some(method) = method {
            // Each change is consent evidence too (a reply records its own, with its text).
            let (actions, scopes): (Vec<&str>, Vec<String>) =
                chunk.iter().map(|c| consent_of_change(c.1, c.2)).unzip();
            tx.execute(
                "INSERT INTO consent (number, at, action, method, scope, sequence)
                 SELECT n, $1, a, $2, s, $3 FROM unnest($4::bigint[], $5::text[], $6::text[]) AS u(n, a, s)",
                &[&to_sql(at), &method, &to_sql(seq), &numbers, &actions, &scopes],
            )?;
        }
    }
    record_sequence(tx, seq, digest, at)?;
    Ok(Some(seq))
}

impl Store for Postgres {
    fn is_new(&mut self) -> Result<bool> {
        Ok(meta(self.client()?, "sequence")?.is_none())
    }

    fn sequence(&mut self) -> Result<u64> {
        Ok(meta(self.client()?, "sequence")?.unwrap_or(0))
    }

    fn floor(&mut self) -> Result<u64> {
        Ok(meta(self.client()?, "floor")?.unwrap_or(0))
    }

    fn count(&mut self) -> Result<u64> {
        let n: i64 = self
            .client()?
            .query_one("SELECT COUNT(*) FROM optouts", &[])?
            .get(0);
        Ok(from_sql(n))
    }

    fn state(&mut self) -> Result<(u64, ListDigest)> {
        let mut tx = self.read()?;
        let seq = meta(&mut tx, "sequence")?.unwrap_or(0);
        let digest = digest_at(&mut tx, seq)?.unwrap_or_default();
        tx.commit()?;
        Ok((seq, digest))
    }

    fn initialise(&mut self, entries: &mut dyn Iterator<Item = Entry>, at: u64) -> Result<bool> {
        let mut tx = self.client()?.transaction()?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&SETUP_LOCK])?;
        if meta(&mut tx, "sequence")?.is_some() {
            return Ok(false);
        }
        // Duplicates keep the widest scope (one INSERT may not touch a row twice).
        let mut list: HashMap<u64, Entry> = HashMap::new();
        for e in entries {
            match list.get_mut(&e.number) {
                Some(old) => old.scope = old.scope.widest(e.scope),
                None => {
                    list.insert(e.number, e);
                }
            }
        }
        let mut digest = ListDigest::EMPTY;
        let all: Vec<Entry> = list.into_values().collect();
        for chunk in all.chunks(CHUNK) {
            let numbers: Vec<i64> = chunk.iter().map(|e| to_sql(e.number)).collect();
            let scopes: Vec<String> = chunk.iter().map(|e| super::scope_text_of(e.scope)).collect();
            let times: Vec<i64> = chunk.iter().map(|e| to_sql(e.opted_out_at)).collect();
            let sources: Vec<&str> = chunk.iter().map(|e| e.source.as_str()).collect();
            tx.execute(
                "INSERT INTO optouts (number, scope, opted_out_at, source)
                 SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::text[])",
                &[&numbers, &scopes, &times, &sources],
            )?;
            for e in chunk {
                digest.insert(e.number, e.scope);
            }
        }
        tx.execute("DELETE FROM sequences", &[])?;
        record_sequence(&mut tx, 1, digest, at)?;
        set_meta(&mut tx, "floor", 1)?;
        tx.commit()?;
        Ok(true)
    }

    fn heartbeat(&mut self, now: u64, every: u64) -> Result<Option<u64>> {
        // Asked every second by every process: look before taking the lock.
        if now
            < meta(self.client()?, "sequence_at")?
                .unwrap_or(0)
                .saturating_add(every)
        {
            return Ok(None);
        }
        let mut tx = self.client()?.transaction()?;
        let Some((seq, digest)) = lock_sequence(&mut tx)? else {
            return Ok(None);
        };
        let last = meta(&mut tx, "sequence_at")?.unwrap_or(0);
        if now < last.saturating_add(every) {
            return Ok(None);
        }
        record_sequence(&mut tx, seq + 1, digest, now)?;
        tx.commit()?;
        Ok(Some(seq + 1))
    }

    fn apply(&mut self, ops: &[(u64, Op)], at: u64, source: &str) -> Result<Option<u64>> {
        let mut tx = self.client()?.transaction()?;
        let current = lock_sequence(&mut tx)?
            .ok_or_else(|| StoreError::new("the database is not initialised"))?;
        let seq = apply_in(&mut tx, current, ops, at, source, Some(method_of(source)))?;
        tx.commit()?;
        Ok(seq)
    }

    fn inbound(&mut self, m: &Inbound<'_>, at: u64) -> Result<InboundOutcome> {
        let mut tx = self.client()?.transaction()?;
        let state = lock_sequence(&mut tx)?
            .ok_or_else(|| StoreError::new("the database is not initialised"))?;
        let seen = tx.query_opt(
            "SELECT intent, scope, effect FROM inbound WHERE message_id = $1 AND number = $2",
            &[&m.message_id, &to_sql(m.number)],
        )?;
        if let Some(row) = seen {
            return Ok(InboundOutcome {
                recorded: false,
                duplicate: true,
                sequence: state.0,
                intent: row.get(0),
                scope: scope_from_sql(row.get(1)),
                effect: row.get(2),
            });
        }
        // The reply to the revoke-all question narrows once (C9); after that it is ordinary.
        let mut op = m.op;
        let mut effect = m.effect;
        if let Some(scope) = m.narrow {
            let open = tx.execute(
                "UPDATE clarifications SET narrowed_at = $2 WHERE number = $1 AND narrowed_at IS NULL",
                &[&to_sql(m.number), &to_sql(at)],
            )?;
            if open == 1 {
                op = Some(Op::Narrow(scope));
                effect = "narrow";
            }
        }
        let created = match op {
            Some(op) => apply_in(
                &mut tx,
                state,
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
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
            &[
                &m.message_id,
                &to_sql(m.number),
                &m.intent,
                &scope_str(m.scope),
                &created.map(to_sql),
                &to_sql(at),
                &m.to,
                &m.keyword,
                &m.rule,
                &effect,
                &m.hint_intent,
                &m.provider,
                &m.program,
            ],
        )?;
        let widened = m.requested.filter(|_| matches!(op, Some(Op::Add(_))));
        if let Some(op) = op {
            let (action, scope) = consent_of(op);
            tx.execute(
                "INSERT INTO consent (number, at, action, method, scope, text, rule, confidence,
                                      to_number, message_id, sequence, program, revoke_all, requested_scope)
                 VALUES ($1, $2, $3, 'keyword', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
                &[
                    &to_sql(m.number),
                    &to_sql(at),
                    &action,
                    &scope,
                    &m.text,
                    &m.rule,
                    &f64::from(m.confidence),
                    &m.to,
                    &m.message_id,
                    &created.map(to_sql),
                    &m.program,
                    &widened.is_some(),
                    &scope_str(widened),
                ],
            )?;
        }
        if let Some(requested) = widened {
            tx.execute(
                "INSERT INTO clarifications (number, requested_scope, at, narrowed_at)
                 VALUES ($1, $2, $3, NULL)
                 ON CONFLICT (number) DO UPDATE SET requested_scope = excluded.requested_scope,
                     at = excluded.at, narrowed_at = NULL",
                &[&to_sql(m.number), &scope_str(Some(requested)), &to_sql(at)],
            )?;
        }
        tx.commit()?;
        Ok(InboundOutcome {
            recorded: created.is_some(),
            duplicate: false,
            sequence: created.unwrap_or(state.0),
            intent: m.intent.to_string(),
            scope: m.scope,
            effect: Some(effect.to_string()),
        })
    }

    fn list(&mut self) -> Result<(u64, ListDigest, List)> {
        let mut tx = self.read()?;
        let seq = meta(&mut tx, "sequence")?.unwrap_or(0);
        let rows = tx.query("SELECT number, scope FROM optouts ORDER BY number", &[])?;
        let list: List = rows
            .iter()
            .filter_map(|r| scope_from_sql(r.get(1)).map(|s: Scope| (from_sql(r.get(0)), s)))
            .collect();
        let digest = digest_at(&mut tx, seq)?.unwrap_or_default();
        tx.commit()?;
        Ok((seq, digest, list))
    }

    fn changes_since(&mut self, since: u64) -> Result<(u64, u64, ChangeSet)> {
        let mut tx = self.read()?;
        let seq = meta(&mut tx, "sequence")?.unwrap_or(0);
        let floor = meta(&mut tx, "floor")?.unwrap_or(0);
        let mut set = ChangeSet::default();
        if since >= floor && since < seq {
            let rows = tx.query(
                "SELECT number, prev_scope, scope FROM changes
                 WHERE sequence > $1 AND sequence <= $2 ORDER BY sequence",
                &[&to_sql(since), &to_sql(seq)],
            )?;
            (set.add, set.remove) = net(rows.iter().map(|r| {
                (
                    from_sql(r.get(0)),
                    scope_from_sql(r.get(1)),
                    scope_from_sql(r.get(2)),
                )
            }));
            if let (Some(base), Some(current)) =
                (digest_at(&mut tx, since)?, digest_at(&mut tx, seq)?)
            {
                set.digests = Some((base, current));
            }
        }
        tx.commit()?;
        Ok((seq, floor, set))
    }

    fn log_message(
        &mut self,
        at: u64,
        decision: Option<&str>,
        snapshot: Option<&str>,
        body: &str,
    ) -> Result<i64> {
        Ok(self
            .client()?
            .query_one(
                "INSERT INTO messages (received_at, decision, snapshot, body)
                 VALUES ($1, $2, $3, $4) RETURNING id",
                &[&to_sql(at), &decision, &snapshot, &body],
            )?
            .get(0))
    }

    fn messages(&mut self, limit: u64) -> Result<Vec<LoggedMessage>> {
        let rows = self.client()?.query(
            "SELECT id, received_at, decision, snapshot, body FROM
               (SELECT * FROM messages ORDER BY id DESC LIMIT $1) AS recent ORDER BY id",
            &[&to_sql(limit)],
        )?;
        Ok(rows
            .iter()
            .map(|r| LoggedMessage {
                id: r.get(0),
                received_at: from_sql(r.get(1)),
                decision: r.get(2),
                snapshot: r.get(3),
                body: r.get(4),
            })
            .collect())
    }

    fn consent(&mut self, number: u64) -> Result<Vec<ConsentRecord>> {
        let rows = self.client()?.query(
            "SELECT id, number, at, action, method, scope, program, text, rule, confidence,
                    to_number, page_version, message_id, sequence, revoke_all, requested_scope
             FROM consent WHERE number = $1 ORDER BY id",
            &[&to_sql(number)],
        )?;
        Ok(rows
            .iter()
            .map(|r| ConsentRecord {
                id: r.get(0),
                number: from_sql(r.get(1)),
                at: from_sql(r.get(2)),
                action: r.get(3),
                method: r.get(4),
                scope: r.get(5),
                program: r.get(6),
                text: r.get(7),
                rule: r.get(8),
                confidence: r.get(9),
                to: r.get(10),
                page_version: r.get(11),
                message_id: r.get(12),
                sequence: r.get::<_, Option<i64>>(13).map(from_sql),
                revoke_all: r.get(14),
                requested_scope: r.get(15),
            })
            .collect())
    }

    fn compact(&mut self, keep: &Retention, now: u64) -> Result<Compacted> {
        let mut tx = self.client()?.transaction()?;
        let Some((current, _)) = lock_sequence(&mut tx)? else {
            return Ok(Compacted::default());
        };
        let floor = meta(&mut tx, "floor")?.unwrap_or(0);
        let by_count: Option<i64> = if keep.changes > 0 {
            tx.query_opt(
                "SELECT sequence FROM changes ORDER BY sequence DESC LIMIT 1 OFFSET $1",
                &[&to_sql(keep.changes)],
            )?
            .map(|r| r.get(0))
        } else {
            None
        };
        let by_age: Option<i64> = if keep.change_seconds > 0 {
            tx.query_one(
                "SELECT MAX(sequence) FROM sequences WHERE at < $1",
                &[&to_sql(now.saturating_sub(keep.change_seconds))],
            )?
            .get(0)
        } else {
            None
        };
        let floor = new_floor(floor, current, by_count.map(from_sql), by_age.map(from_sql));
        let changes = tx.execute(
            "DELETE FROM changes WHERE sequence <= $1",
            &[&to_sql(floor)],
        )?;
        tx.execute(
            "DELETE FROM sequences WHERE sequence < $1",
            &[&to_sql(floor)],
        )?;
        set_meta(&mut tx, "floor", floor)?;
        // The send log, but a pending opt-in's prompt (its code is how the reply
        // confirms). Past the newest row removed the log is no longer whole, and
        // a bare YES then needs the code (see `optin_reply`).
        let keep_prompts = "id NOT IN (SELECT prompt_id FROM optin
             WHERE state = 'pending' AND expires_at >= $2 AND prompt_id IS NOT NULL)";
        let mut cuts = Vec::new();
        if keep.message_seconds > 0 {
            cuts.push(("received_at < $1", now.saturating_sub(keep.message_seconds)));
        }
        if keep.messages > 0 {
            cuts.push(("id <= (SELECT id FROM messages ORDER BY id DESC LIMIT 1 OFFSET $1)", keep.messages));
        }
        let mut messages = 0;
        for (cut, value) in cuts {
            let newest: Option<i64> = tx
                .query_one(
                    &format!("SELECT MAX(id) FROM messages WHERE {cut} AND {keep_prompts}"),
                    &[&to_sql(value), &to_sql(now)],
                )?
                .get(0);
            messages += tx.execute(
                &format!("DELETE FROM messages WHERE {cut} AND {keep_prompts}"),
                &[&to_sql(value), &to_sql(now)],
            )?;
            if let Some(newest) = newest {
                let through = meta(&mut tx, "messages_trimmed_through")?.unwrap_or(0).max(from_sql(newest));
                set_meta(&mut tx, "messages_trimmed_through", through)?;
            }
        }
        if keep.consent_seconds > 0 {
            // The one path that removes consent records: retention.
            tx.execute(
                "DELETE FROM consent WHERE at < $1",
                &[&to_sql(now.saturating_sub(keep.consent_seconds))],
            )?;
            // double opt-in (issue 16): the requests are evidence too, kept as long.
            tx.execute(
                "DELETE FROM optin WHERE created_at < $1",
                &[&to_sql(now.saturating_sub(keep.consent_seconds))],
            )?;
        }
        tx.commit()?;
        Ok(Compacted {
            floor,
            changes,
            messages,
        })
    }

    fn record_choice(&mut self, choice: &Choice<'_>, at: u64) -> Result<Vec<ConsentRecord>> {
        let mut tx = self.client()?.transaction()?;
        // Under the write lock, so consent ids ascend in the order records were made.
        let state = lock_sequence(&mut tx)?;
        let current = channels_of(&mut tx, choice.number)?;
        let mut made = Vec::new();
        for rec in prefs::records(&current, choice.channels) {
            let row = tx.query_one(
                "INSERT INTO consent (number, at, action, method, scope, text, page_version)
                 VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                &[&to_sql(choice.number), &to_sql(at), &rec.0, &prefs::METHOD, &rec.1, &rec.2, &choice.page_version],
            )?;
            made.push(prefs::consent_record(row.get(0), choice, at, &rec));
            if rec.0 == "opt_out" {
                tx.execute(
                    "DELETE FROM channels WHERE number = $1 AND kind = $2",
                    &[&to_sql(choice.number), &prefs::kind_of(&rec)],
                )?;
            } else {
                tx.execute(
                    "INSERT INTO channels (number, kind, address, recorded_at) VALUES ($1, $2, $3, $4)
                     ON CONFLICT (number, kind) DO UPDATE
                     SET address = excluded.address, recorded_at = excluded.recorded_at",
                    &[&to_sql(choice.number), &prefs::kind_of(&rec), &rec.2, &to_sql(at)],
                )?;
            }
        }
        // keepPrograms (C11): the SMS opt-out narrowed in this transaction (see sqlite.rs).
        if let (Some((kept, ids)), Some(state)) = (&choice.keep, state) {
            let row = tx.query_opt("SELECT scope FROM optouts WHERE number = $1", &[&to_sql(choice.number)])?;
            let current = row.and_then(|r| scope_from_sql(r.get(0)));
            // Never lifted whole (the page refused it; an opt-out that changed since stays).
            if let Some(after) = prefs::narrowed(current, *kept).filter(|&a| Some(a) != current) {
                let op = Op::Narrow(after);
                let seq = apply_in(&mut tx, state, &[(choice.number, op)], at, prefs::METHOD, None)?;
                let scope = scope_str(Some(after)).unwrap_or_else(|| "none".into());
                let row = tx.query_one(
                    "INSERT INTO consent (number, at, action, method, scope, program, page_version, sequence)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
                    &[
                        &to_sql(choice.number),
                        &to_sql(at),
                        &prefs::NARROW,
                        &prefs::METHOD,
                        &scope,
                        ids,
                        &choice.page_version,
                        &seq.map(to_sql),
                    ],
                )?;
                made.push(prefs::narrow_record(row.get(0), choice, at, &scope, seq));
                tx.execute(
                    "UPDATE clarifications SET narrowed_at = $2 WHERE number = $1 AND narrowed_at IS NULL",
                    &[&to_sql(choice.number), &to_sql(at)],
                )?;
            }
        }
        tx.commit()?;
        Ok(made)
    }

    fn channels(&mut self, number: u64) -> Result<Vec<Channel>> {
        channels_of(self.client()?, number)
    }

    fn close(self: Box<Self>) -> Result<()> {
        Ok(self.client.close()?)
    }

    // replay memory (contract C4)
    fn claim_signature(&mut self, signature: &[u8; 32], forget_after: u64, now: u64) -> Result<bool> {
        // One round trip (the simple protocol; the values are our own integers
        // and hex digits), committed without waiting for its WAL flush: of two
        // origins inserting the same signature at once exactly one inserts the
        // row (the unique key decides before any flush), and a server crash
        // could lose only the claims of its last fraction of a second. The
        // expired claims go with it, skipping rows another origin is deleting.
        let hex: String = signature.iter().map(|b| format!("{b:02x}")).collect();
        let sql = format!(
            "BEGIN;
             SET LOCAL synchronous_commit TO OFF;
             WITH expired AS (
                 DELETE FROM edge_signatures WHERE signature IN (
                     SELECT signature FROM edge_signatures WHERE forget_after < {now}
                     FOR UPDATE SKIP LOCKED))
             INSERT INTO edge_signatures (signature, forget_after)
                 VALUES ('\\x{hex}'::bytea, {forget_after})
                 ON CONFLICT (signature) DO NOTHING;
             COMMIT;",
            now = to_sql(now),
            forget_after = to_sql(forget_after),
        );
        let client = self.client()?;
        let answers = match client.simple_query(&sql) {
            Ok(answers) => answers,
            Err(e) => {
                // Leave no transaction open on the connection.
                let _ = client.batch_execute("ROLLBACK");
                return Err(e.into());
            }
        };
        // BEGIN, SET, INSERT, COMMIT: the third command's count.
        let counts: Vec<u64> = answers
            .iter()
            .filter_map(|m| match m {
                postgres::SimpleQueryMessage::CommandComplete(n) => Some(*n),
                _ => None,
            })
            .collect();
        match counts.as_slice() {
            [_, _, inserted, _] => Ok(*inserted == 1),
            _ => Err(StoreError::new(format!("claiming a signature: unexpected answer {counts:?}"))),
        }
    }

    // programs and revoke-all (issue 15)
    fn clarification(&mut self, number: u64) -> Result<Option<Clarification>> {
        let row = self.client()?.query_opt(
            "SELECT requested_scope, at, narrowed_at FROM clarifications WHERE number = $1",
            &[&to_sql(number)],
        )?;
        Ok(row.map(|r| Clarification {
            requested: scope_from_sql(r.get(0)).unwrap_or(Scope::ALL),
            at: from_sql(r.get(1)),
            narrowed_at: r.get::<_, Option<i64>>(2).map(from_sql),
        }))
    }

    fn current(&mut self, number: u64) -> Result<Option<Scope>> {
        let row = self.client()?.query_opt("SELECT scope FROM optouts WHERE number = $1", &[&to_sql(number)])?;
        Ok(row.and_then(|r| scope_from_sql(r.get(0))))
    }

    // double opt-in (issue 16)
    fn optin_create(&mut self, req: &OptinRequest, prompt: &str, gap: u64) -> Result<OptinCreated> {
        let mut tx = self.client()?.transaction()?;
        // The number's requests are checked and made under the write lock, so two
        // origins cannot both send a prompt inside the gap.
        lock_sequence(&mut tx)?.ok_or_else(|| StoreError::new("the database is not initialised"))?;
        let last: Option<i64> = tx
            .query_one("SELECT MAX(created_at) FROM optin WHERE number = $1", &[&to_sql(req.number)])?
            .get(0);
        if let Some(last) = last.map(from_sql) {
            if req.created_at < last.saturating_add(gap) {
                return Ok(OptinCreated::Refused(last.saturating_add(gap)));
            }
        }
        // One pending request per number: another waits for it to be answered or expire.
        let pending: Option<i64> = tx
            .query_one(
                "SELECT MAX(expires_at) FROM optin WHERE number = $1 AND state = 'pending' AND expires_at > $2",
                &[&to_sql(req.number), &to_sql(req.created_at)],
            )?
            .get(0);
        if let Some(until) = pending.map(from_sql) {
            return Ok(OptinCreated::Refused(until));
        }
        let prompt_id: i64 = tx
            .query_one(
                "INSERT INTO messages (received_at, decision, snapshot, body)
                 VALUES ($1, 'optin-prompt', NULL, $2) RETURNING id",
                &[&to_sql(req.created_at), &prompt],
            )?
            .get(0);
        tx.execute(
            "INSERT INTO optin (id, number, programs, marketing, page_version, disclosure, ip, user_agent,
                                prompt_id, created_at, expires_at, state)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'pending')",
            &[
                &req.id,
                &to_sql(req.number),
                &programs_to_sql(&req.programs),
                &req.marketing,
                &req.page_version,
                &req.disclosure,
                &req.ip,
                &req.user_agent,
                &prompt_id,
                &to_sql(req.created_at),
                &to_sql(req.expires_at),
            ],
        )?;
        tx.commit()?;
        Ok(OptinCreated::Created(prompt_id))
    }

    fn optin_get(&mut self, id: &str) -> Result<Option<OptinRequest>> {
        let sql = format!("SELECT {OPTIN_COLUMNS} FROM optin WHERE id = $1");
        Ok(self.client()?.query_opt(&sql, &[&id])?.map(|r| optin_row(&r)))
    }

    fn optin_requests(&mut self, number: u64) -> Result<Vec<OptinRequest>> {
        let sql = format!("SELECT {OPTIN_COLUMNS} FROM optin WHERE number = $1 ORDER BY created_at, id");
        Ok(self.client()?.query(&sql, &[&to_sql(number)])?.iter().map(optin_row).collect())
    }

    fn optin_reply(&mut self, reply: &OptinReply<'_>) -> Result<OptinOutcome> {
        let mut tx = self.client()?.transaction()?;
        let state = lock_sequence(&mut tx)?
            .ok_or_else(|| StoreError::new("the database is not initialised"))?;
        let seen: bool = tx
            .query_one(
                "SELECT EXISTS (SELECT 1 FROM inbound WHERE message_id = $1 AND number = $2)
                     OR EXISTS (SELECT 1 FROM optin WHERE message_id = $1 AND number = $2)",
                &[&reply.message_id, &to_sql(reply.number)],
            )?
            .get(0);
        if seen {
            return Ok(OptinOutcome::Duplicate);
        }
        let (number, at) = (to_sql(reply.number), to_sql(reply.at));
        let newest_expired: Option<String> = tx
            .query(
                "UPDATE optin SET state = 'expired', state_at = $2
                 WHERE number = $1 AND state = 'pending' AND expires_at <= $2
                 RETURNING id, created_at",
                &[&number, &at],
            )?
            .iter()
            .max_by_key(|r| (r.get::<_, i64>(1), r.get::<_, String>(0)))
            .map(|r| r.get(0));
        let sql = format!(
            "SELECT {OPTIN_COLUMNS} FROM optin WHERE number = $1 AND state = 'pending'
             ORDER BY created_at DESC, id DESC LIMIT 1"
        );
        let pending = tx.query_opt(&sql, &[&number])?.map(|r| optin_row(&r));
        let Some(req) = pending else {
            tx.commit()?;
            return Ok(match newest_expired {
                Some(id) => OptinOutcome::Expired(id),
                None => OptinOutcome::NoRequest,
            });
        };
        let prompt_body: Option<String> = match req.prompt_id {
            Some(id) => tx.query_opt("SELECT body FROM messages WHERE id = $1", &[&id])?.map(|r| r.get(0)),
            None => None,
        };
        let opted_out: bool =
            tx.query_one("SELECT EXISTS (SELECT 1 FROM optouts WHERE number = $1)", &[&number])?.get(0);
        let (p1, p2) = super::to_patterns(reply.number);
        let later: bool = tx
            .query_one(
                "SELECT EXISTS (SELECT 1 FROM messages WHERE id > $1 AND (strpos(body, $2) > 0 OR strpos(body, $3) > 0))",
                &[&req.prompt_id.unwrap_or(i64::MAX), &p1, &p2],
            )?
            .get(0);
        // Retention removed messages after the prompt: one to the number may be among them.
        let trimmed = meta(&mut tx, "messages_trimmed_through")?.unwrap_or(0);
        let later = later || req.prompt_id.is_some_and(|id| trimmed >= from_sql(id));
        if !super::reply_confirms(reply, prompt_body.as_deref(), opted_out, later) {
            tx.commit()?;
            return Ok(OptinOutcome::Unconfirmed(req.id));
        }
        let op = req.lift();
        let sequence = apply_in(&mut tx, state, &[(reply.number, op)], reply.at, &format!("optin:{}", req.id), None)?;
        let (action, scope) = consent_of(op);
        tx.execute(
            "INSERT INTO consent (number, at, action, method, scope, program, text, rule, confidence,
                                  to_number, page_version, message_id, sequence)
             VALUES ($1, $2, $3, 'web_form', $4, $5, $6, $7, $8, $9, $10, $11, $12)",
            &[
                &number,
                &at,
                &action,
                &scope,
                &programs_text(&req.programs),
                &reply.text,
                &reply.rule,
                &f64::from(reply.confidence),
                &reply.to,
                &req.page_version,
                &reply.message_id,
                &sequence.map(to_sql),
            ],
        )?;
        tx.execute(
            "UPDATE optin SET state = 'confirmed', state_at = $2, message_id = $3 WHERE id = $1",
            &[&req.id, &at, &reply.message_id],
        )?;
        tx.commit()?;
        Ok(OptinOutcome::Confirmed { id: req.id, sequence })
    }
}

// double opt-in (issue 16)
const OPTIN_COLUMNS: &str = "id, number, programs, marketing, page_version, disclosure, ip, user_agent,
    prompt_id, created_at, expires_at, state, state_at, message_id";

fn optin_row(r: &postgres::Row) -> OptinRequest {
    OptinRequest {
        id: r.get(0),
        number: from_sql(r.get(1)),
        programs: programs_from_sql(r.get::<_, &str>(2)),
        marketing: r.get(3),
        page_version: r.get(4),
        disclosure: r.get(5),
        ip: r.get(6),
        user_agent: r.get(7),
        prompt_id: r.get(8),
        created_at: from_sql(r.get(9)),
        expires_at: from_sql(r.get(10)),
        state: r.get(11),
        state_at: r.get::<_, Option<i64>>(12).map(from_sql),
        message_id: r.get(13),
    }
}
