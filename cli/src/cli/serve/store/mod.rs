//! The origin's store: the current opt-outs, the change log that gives every
//! change its sequence number (with the list digest at each sequence), the
//! inbound message ids already processed, and the demo's send log.
//!
//! [`Store`] is the interface; two backends implement it:
//! - [`sqlite`]: one file in the data folder, the embedded default (what
//!   `make demo` uses). One process.
//! - [`postgres`]: `stopgate serve --database postgres://...`. Several origin
//!   processes may share one database: every write takes the `sequence` row
//!   lock first, so sequences form one total order across processes, an
//!   opt-out recorded through one is in the next delta from any other, and a
//!   message id is recorded once whichever process hears it.
//!
//! Every write is one transaction committed (durably: SQLite in WAL mode with
//! `synchronous=FULL`, PostgreSQL's commit) before the caller answers, so a
//! change the HTTP side acknowledged survives a crash or a kill.
//!
//! Sequences: the list a fresh database starts with (seed, demo numbers,
//! first import) is sequence 1 and is not in the change log; the *floor* is
//! the oldest sequence deltas can be built from. Each later batch of changes
//! that alters something takes the next sequence and logs one row per number
//! with the scope before and after, so the net change between any two
//! sequences is the "before" of the first row and the "after" of the last. A
//! heartbeat takes a sequence with no rows at all. Compaction ([`Retention`])
//! drops the log below a new floor; a `since` under it answers 410.

pub mod postgres;
pub mod prefs;
pub mod sqlite;

use std::collections::hash_map::{Entry as Slot, HashMap};
use std::fmt;
use stopgate::snapshot::ListDigest;
use stopgate::Scope;

/// A store operation that failed: the backend's message, with what was being done.
#[derive(Debug)]
pub struct StoreError {
    message: String,
}

impl StoreError {
    pub(crate) fn new(message: impl Into<String>) -> StoreError {
        StoreError {
            message: message.into(),
        }
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "store: {}", self.message)
    }
}

impl std::error::Error for StoreError {}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> StoreError {
        StoreError::new(format!("sqlite: {e}"))
    }
}

impl From<::postgres::Error> for StoreError {
    fn from(e: ::postgres::Error) -> StoreError {
        StoreError::new(format!("postgres: {e}"))
    }
}

/// Result of a store operation.
pub type Result<T> = std::result::Result<T, StoreError>;

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
    /// The reply's exact text (kept as consent evidence when `op` is set).
    pub text: &'a str,
    /// The classifier's confidence, 0..=1.
    pub confidence: f32,
    /// The program the reply names (C8), if any.
    pub program: Option<&'a str>,
    /// Revoke-all (C9) widened this opt-out to `all`: the scope the reply asked for, kept as
    /// evidence; the number gets a pending clarification.
    pub requested: Option<Scope>,
    /// The reply answers a pending clarification: the opt-out it narrows to. Accepted once
    /// (the store checks the clarification is still open); otherwise `op` applies.
    pub narrow: Option<Scope>,
}

/// A number's revoke-all clarification (C9).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clarification {
    /// The scope the opt-out asked for.
    pub requested: Scope,
    /// When it was opened (the opt-out's time), Unix seconds.
    pub at: u64,
    /// When a reply narrowed it, if one has.
    pub narrowed_at: Option<u64>,
}

/// One consent record: an opt-in or opt-out with its evidence. Append-only;
/// only retention ([`Retention::consent_seconds`]) removes records.
#[derive(Clone, Debug, PartialEq)]
pub struct ConsentRecord {
    /// Ascending across the store (and across processes on PostgreSQL).
    pub id: i64,
    /// E.164 digits as an integer.
    pub number: u64,
    /// Unix seconds.
    pub at: u64,
    /// `opt_out` or `opt_in`.
    pub action: String,
    /// `keyword` (a reply), `web_form`, `import`, `api` or `preference_page`.
    pub method: String,
    /// For an opt-out, `all` or `marketing`; for an opt-in, `all` or `transactional`.
    pub scope: Option<String>,
    /// The program, when there is one.
    pub program: Option<String>,
    /// The exact text the person sent.
    pub text: Option<String>,
    /// The classifier rule that fired.
    pub rule: Option<String>,
    /// The classifier's confidence.
    pub confidence: Option<f64>,
    /// The sender's number (or short code) the person wrote to.
    pub to: Option<String>,
    /// For web forms: the version of the disclosure page shown.
    pub page_version: Option<String>,
    /// The provider's message id, for replies.
    pub message_id: Option<String>,
    /// The list sequence the record changed, if it changed the list.
    pub sequence: Option<u64>,
    /// Revoke-all (C9) applied this opt-out as `all` (issue 15's evidence).
    pub revoke_all: bool,
    /// What the opt-out asked for, when revoke-all widened it.
    pub requested_scope: Option<String>,
}

/// What a change of a number's scope means as consent: (action, scope).
pub(crate) fn consent_of_change(
    before: Option<Scope>,
    after: Option<Scope>,
) -> (&'static str, String) {
    match (before, after) {
        (_, None) => ("opt_in", "all".into()),
        (Some(Scope::All), Some(Scope::Marketing)) => ("opt_in", "transactional".into()),
        (_, Some(scope)) => ("opt_out", text(scope)),
    }
}

/// The consent method of a batch applied under `source` (`import`, else `api`).
pub(crate) fn method_of(source: &str) -> &'static str {
    if source == "import" {
        "import"
    } else {
        "api"
    }
}

/// What a reply's change means as consent: (action, scope).
pub(crate) fn consent_of(op: Op) -> (&'static str, String) {
    match op {
        Op::Add(scope) => ("opt_out", text(scope)),
        Op::Remove => ("opt_in", "all".into()),
        Op::LiftTransactional => ("opt_in", "transactional".into()),
        Op::LiftPrograms(programs) => ("opt_in", text(programs)),
        Op::Narrow(scope) => ("narrow", text(scope)),
        Op::LiftConfirmed(lifted) => ("opt_in", text(lifted)),
    }
}

fn text(scope: Scope) -> String {
    super::programs::text(scope)
}

/// [`text`], for the backends.
pub(crate) fn scope_text_of(scope: Scope) -> String {
    text(scope)
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
    /// Opt back in to transactional messages only: an `all` opt-out narrows to
    /// `marketing`, a marketing one stays (contract C6's `Lift(Transactional)`).
    LiftTransactional,
    /// Opt back in to these programs (C8: "START ALERTS"); an `all` opt-out stays.
    LiftPrograms(Scope),
    /// The reply to the revoke-all question (C9): the `all` opt-out becomes this scope.
    Narrow(Scope),
    /// A double opt-in confirmed these bits (C10 with C8: the programs confirmed, and
    /// marketing when a marketing program was): a mask loses them; an `all` opt-out first
    /// reads as marketing and every configured program (as a lift to transactional does),
    /// so kept programs and program-less transactional messages pass.
    LiftConfirmed(Scope),
}

impl Op {
    /// The number's opt-out after this change, given the one it has.
    pub fn apply(self, current: Option<Scope>) -> Option<Scope> {
        use stopgate::consent::{Effect, LiftScope};
        match self {
            Op::Add(scope) => Effect::Suppress(scope).apply(current),
            Op::Remove => Effect::Lift(LiftScope::All).apply(current),
            Op::LiftTransactional => Effect::Lift(LiftScope::Transactional).apply(current),
            Op::LiftPrograms(programs) => Effect::Lift(LiftScope::Program(programs)).apply(current),
            Op::Narrow(scope) => current.map(|_| scope),
            // No bit (ids the table no longer has) lifts nothing: code 0 would read as `all`.
            Op::LiftConfirmed(lifted) if lifted.is_all() => current,
            Op::LiftConfirmed(lifted) => match current? {
                all if all.is_all() => {
                    let every = Scope::from_code(Scope::MARKETING.code() | super::programs::get().all_bits());
                    every.without(lifted)
                }
                mask => mask.without(lifted),
            },
        }
    }
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

/// How much history is kept. Each limit alone bounds growth; a zero turns it off.
#[derive(Clone, Copy, Debug)]
pub struct Retention {
    /// Change-log rows kept at most (deltas from older sequences get 410).
    pub changes: u64,
    /// Seconds of change log kept.
    pub change_seconds: u64,
    /// Send-log entries kept at most.
    pub messages: u64,
    /// Seconds of send log kept.
    pub message_seconds: u64,
    /// Seconds of consent records kept (0: kept forever, the default).
    pub consent_seconds: u64,
}

/// What a compaction removed.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Compacted {
    /// The floor afterwards.
    pub floor: u64,
    /// Change-log rows removed.
    pub changes: u64,
    /// Send-log entries removed.
    pub messages: u64,
}

/// The operations the origin needs of a store. Every method is one
/// transaction; the `&mut self` is a connection's.
pub trait Store: Send {
    /// Whether the store was never initialised.
    fn is_new(&mut self) -> Result<bool>;
    /// The current sequence (0 before initialisation).
    fn sequence(&mut self) -> Result<u64>;
    /// The oldest sequence deltas can be built from.
    fn floor(&mut self) -> Result<u64>;
    /// How many numbers are opted out.
    fn count(&mut self) -> Result<u64>;
    /// The current sequence and the list's digest at it.
    fn state(&mut self) -> Result<(u64, ListDigest)>;
    /// Fills a new store with its starting list, as sequence 1 (the floor).
    /// Duplicates keep the widest scope. `false`: the store was initialised
    /// already (by another process) and nothing was done.
    fn initialise(&mut self, entries: &mut dyn Iterator<Item = Entry>, at: u64) -> Result<bool>;
    /// Moves to the next sequence without changing the list when the current
    /// one is `every` seconds old, so the signed delta to it carries a fresh
    /// `created_at` and edges can tell a quiet list from a stuck origin.
    fn heartbeat(&mut self, now: u64, every: u64) -> Result<Option<u64>>;
    /// Applies a batch of changes as one sequence, if any of them alters the
    /// list. Returns the new sequence, or `None` when nothing changed.
    fn apply(&mut self, ops: &[(u64, Op)], at: u64, source: &str) -> Result<Option<u64>>;
    /// Records an inbound message once: a second call with the same id
    /// changes nothing and says so.
    fn inbound(&mut self, m: &Inbound<'_>, at: u64) -> Result<InboundOutcome>;
    /// The whole list, its sequence and its recorded digest, read consistently.
    fn list(&mut self) -> Result<(u64, ListDigest, List)>;
    /// The current sequence, the floor, and the net change from `since` to
    /// the current sequence, read consistently. The change set is empty when
    /// `since` is outside `floor..current`.
    fn changes_since(&mut self, since: u64) -> Result<(u64, u64, ChangeSet)>;
    /// Appends a request to the demo send log and returns its id.
    fn log_message(
        &mut self,
        at: u64,
        decision: Option<&str>,
        snapshot: Option<&str>,
        body: &str,
    ) -> Result<i64>;
    /// The most recent `limit` entries of the send log, oldest first.
    fn messages(&mut self, limit: u64) -> Result<Vec<LoggedMessage>>;
    /// A number's consent records, oldest first.
    fn consent(&mut self, number: u64) -> Result<Vec<ConsentRecord>>;
    /// Drops history past `keep`, moving the floor up.
    fn compact(&mut self, keep: &Retention, now: u64) -> Result<Compacted>;
    /// Closes the connection cleanly (SQLite: checkpoints the WAL).
    fn close(self: Box<Self>) -> Result<()>;

    // double opt-in (issue 16)
    /// Records a new opt-in request (state pending) and its one prompt in the
    /// send log, in one transaction. `Refused(retry_at)` when the number has a
    /// request younger than `gap` seconds (nothing is recorded or sent).
    fn optin_create(&mut self, req: &OptinRequest, prompt: &str, gap: u64) -> Result<OptinCreated>;
    /// One opt-in request by its id.
    fn optin_get(&mut self, id: &str) -> Result<Option<OptinRequest>>;
    /// A number's opt-in requests, oldest first (for the consent receipt).
    fn optin_requests(&mut self, number: u64) -> Result<Vec<OptinRequest>>;
    /// An affirmative reply from `reply.number`: confirms its newest pending,
    /// unexpired request (the lift, a consent record with method `web_form`,
    /// the state) in one transaction; marks expired ones expired. A message id
    /// seen before (as a reply or a confirmation) changes nothing.
    fn optin_reply(&mut self, reply: &OptinReply<'_>) -> Result<OptinOutcome>;

    // preferences and channels (issue 16)
    /// Records a preference-page choice in one transaction: the number's
    /// channels become `choice.channels`, and each change is a consent record
    /// (method `preference_page`). Returns the records made (none when nothing
    /// changed). The default refuses (a closed store).
    fn record_choice(&mut self, _choice: &prefs::Choice<'_>, _at: u64) -> Result<Vec<ConsentRecord>> {
        Err(StoreError::new("this store keeps no preferences"))
    }
    /// The channels a number accepted, by kind.
    fn channels(&mut self, _number: u64) -> Result<Vec<prefs::Channel>> {
        Err(StoreError::new("this store keeps no preferences"))
    }

    // programs and revoke-all (issue 15)
    /// The number's revoke-all clarification, if it has one.
    fn clarification(&mut self, number: u64) -> Result<Option<Clarification>>;
    /// The number's opt-out now, if any.
    fn current(&mut self, number: u64) -> Result<Option<Scope>>;

    // replay memory (contract C4)
    /// Claims an edge request's signature until `forget_after` (Unix seconds),
    /// forgetting the claims that expired before `now`. False when it was
    /// already claimed, through this origin or any other sharing the store, so
    /// a captured request is refused by every process and after a restart.
    fn claim_signature(&mut self, signature: &[u8; 32], forget_after: u64, now: u64) -> Result<bool>;
}

// double opt-in (issue 16)

/// An opt-in request made through the web form, as stored.
#[derive(Clone, Debug, PartialEq)]
pub struct OptinRequest {
    /// Random, 32 hex digits.
    pub id: String,
    /// E.164 digits as an integer.
    pub number: u64,
    /// The program ids asked for (empty: all messages).
    pub programs: Vec<String>,
    /// Whether what was asked for includes marketing (decides what a confirmation lifts).
    pub marketing: bool,
    /// The disclosure page's version.
    pub page_version: String,
    /// The disclosure text shown.
    pub disclosure: String,
    /// The submitter's address and browser, as the edge saw them.
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    /// The prompt's id in the send log.
    pub prompt_id: Option<i64>,
    /// Unix seconds.
    pub created_at: u64,
    pub expires_at: u64,
    /// `pending`, `confirmed` or `expired` (as stored: a pending one past
    /// `expires_at` is reported expired, see [`OptinRequest::state_at`]).
    pub state: String,
    /// When it was confirmed or marked expired.
    pub state_at: Option<u64>,
    /// The reply that confirmed it.
    pub message_id: Option<String>,
}

impl OptinRequest {
    /// The state at `now`: a pending request past its window is expired.
    pub fn state_at(&self, now: u64) -> &str {
        if self.state == "pending" && now >= self.expires_at {
            "expired"
        } else {
            &self.state
        }
    }

    /// What confirming it lifts: everything for all messages (no programs); with the
    /// origin's programs table (C8), exactly the programs confirmed and marketing when one
    /// of them is of kind marketing ([`Op::LiftConfirmed`]); without a table (an older
    /// setup), everything when it covers marketing, else transactional messages only.
    pub fn lift(&self) -> Op {
        let table = super::programs::get();
        if self.programs.is_empty() {
            return Op::Remove;
        }
        if !table.is_empty() {
            let mut bits = 0u8;
            for p in self.programs.iter().filter_map(|id| table.get(id)) {
                bits |= p.scope().code() | if p.is_marketing() { Scope::MARKETING.code() } else { 0 };
            }
            return Op::LiftConfirmed(Scope::from_code(bits));
        }
        if self.marketing {
            Op::Remove
        } else {
            Op::LiftTransactional
        }
    }
}

/// What [`Store::optin_create`] did.
#[derive(Debug, PartialEq, Eq)]
pub enum OptinCreated {
    /// Recorded; the prompt's id in the send log.
    Created(i64),
    /// The number had a request too recently; another may be made at this Unix second.
    Refused(u64),
}

/// An affirmative reply, with its evidence.
pub struct OptinReply<'a> {
    pub message_id: &'a str,
    pub number: u64,
    pub to: Option<&'a str>,
    pub text: &'a str,
    pub rule: &'a str,
    pub confidence: f32,
    /// Unix seconds.
    pub at: u64,
    /// The prompt's code the reply carries ("YES 4821"), if any.
    pub code: Option<&'a str>,
}

/// Whether a reply may confirm the number's pending request (C10, after the
/// security review): a reply carrying the prompt's code confirms; a wrong code
/// never does; a plain YES only when the number has no opt-out now AND the
/// prompt is still the newest message the origin logged to the number.
pub(crate) fn reply_confirms(reply: &OptinReply<'_>, prompt_body: Option<&str>, opted_out: bool, later_message: bool) -> bool {
    let code = prompt_body
        .and_then(|b| serde_json::from_str::<serde_json::Value>(b).ok())
        .and_then(|v| v.get("code").and_then(|c| c.as_str()).map(str::to_string));
    match (code, reply.code) {
        (Some(c), Some(r)) => c == r,
        (None, Some(_)) => false,
        (_, None) => !opted_out && !later_message,
    }
}

/// The two spellings of a number as a logged message's `to` (the prompt's
/// own JSON and the outbound log's bodies), for "a message logged since".
pub(crate) fn to_patterns(number: u64) -> (String, String) {
    (format!("\"to\":\"+{number}\""), format!("\"to\": \"+{number}\""))
}

/// What [`Store::optin_reply`] did.
#[derive(Debug, PartialEq, Eq)]
pub enum OptinOutcome {
    /// No pending request for the number: nothing recorded.
    NoRequest,
    /// A pending request the reply may not confirm (no code, or a wrong one,
    /// while the number is opted out or was texted since): nothing recorded.
    Unconfirmed(String),
    /// The message id was seen before: nothing recorded.
    Duplicate,
    /// The newest pending request had expired; it is marked so, nothing recorded.
    Expired(String),
    /// Confirmed: the request id, and the list sequence the lift made (if the
    /// number was opted out).
    Confirmed { id: String, sequence: Option<u64> },
}

/// The programs as the consent record's `program` text (`alerts+tips`), none when empty.
pub(crate) fn programs_text(programs: &[String]) -> Option<String> {
    (!programs.is_empty()).then(|| programs.join("+"))
}

/// The programs column (a JSON array) back as ids.
pub(crate) fn programs_from_sql(text: &str) -> Vec<String> {
    serde_json::from_str(text).unwrap_or_default()
}

/// The programs column.
pub(crate) fn programs_to_sql(programs: &[String]) -> String {
    serde_json::to_string(programs).unwrap_or_else(|_| "[]".into())
}

/// A number's scope before and after a batch.
pub(crate) type Change = (u64, Option<Scope>, Option<Scope>);

/// The changes a batch of `ops` makes, given each number's current scope
/// (`current` is asked once per number), in first-seen order; numbers that
/// end where they started are left out.
pub(crate) fn plan(
    ops: &[(u64, Op)],
    mut current: impl FnMut(u64) -> Result<Option<Scope>>,
) -> Result<Vec<Change>> {
    let mut order: Vec<u64> = Vec::new();
    let mut state: HashMap<u64, (Option<Scope>, Option<Scope>)> = HashMap::new();
    for &(number, op) in ops {
        let slot = match state.entry(number) {
            Slot::Occupied(slot) => slot.into_mut(),
            Slot::Vacant(slot) => {
                let before = current(number)?;
                order.push(number);
                slot.insert((before, before))
            }
        };
        slot.1 = op.apply(slot.1);
    }
    Ok(order
        .into_iter()
        .filter_map(|n| {
            state
                .get(&n)
                .filter(|(b, a)| b != a)
                .map(|&(b, a)| (n, b, a))
        })
        .collect())
}

/// The net change of change-log rows read in sequence order.
pub(crate) fn net(rows: impl IntoIterator<Item = Change>) -> (Vec<(u64, Scope)>, Vec<u64>) {
    // number -> (scope before the first change, scope after the last)
    let mut net: HashMap<u64, (Option<Scope>, Option<Scope>)> = HashMap::new();
    for (n, prev, now) in rows {
        net.entry(n)
            .and_modify(|e| e.1 = now)
            .or_insert((prev, now));
    }
    let (mut add, mut remove) = (Vec::new(), Vec::new());
    for (n, (before, after)) in net {
        match (before, after) {
            (b, a) if b == a => {}
            (_, Some(scope)) => add.push((n, scope)),
            (Some(_), None) => remove.push(n),
            (None, None) => {}
        }
    }
    add.sort_unstable();
    remove.sort_unstable();
    (add, remove)
}

/// A scope's column text: canonical, naming the process's programs (C8).
pub(crate) fn scope_str(scope: Option<Scope>) -> Option<String> {
    scope.map(text)
}

pub(crate) fn scope_from_sql(text: Option<String>) -> Option<Scope> {
    // The CHECK constraints keep empty text out; an id no longer configured reads as `all`.
    text.map(|t| super::programs::scope_of(&t))
}

pub(crate) fn to_sql(n: u64) -> i64 {
    // E.164 has at most 15 digits, sequences and times far below i64::MAX.
    i64::try_from(n).unwrap_or(i64::MAX)
}

pub(crate) fn from_sql(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

pub(crate) fn digest_from_blob(blob: Option<Vec<u8>>) -> Option<ListDigest> {
    blob.and_then(|b| <[u8; 16]>::try_from(b.as_slice()).ok())
        .map(ListDigest::from_bytes)
}

/// The new floor a retention policy asks for: the change log keeps at most
/// `keep.changes` rows and nothing older than `keep.change_seconds`.
/// `by_count`: the sequence of the newest row beyond the count limit, if any;
/// `by_age`: the newest sequence older than the age limit, if any.
pub(crate) fn new_floor(
    floor: u64,
    current: u64,
    by_count: Option<u64>,
    by_age: Option<u64>,
) -> u64 {
    floor
        .max(by_count.unwrap_or(0))
        .max(by_age.unwrap_or(0))
        .min(current)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plans_and_nets() {
        let current = |n: u64| Ok(if n == 1 { Some(Scope::All) } else { None });
        let ops = [
            (1, Op::Add(Scope::Marketing)),
            (2, Op::Add(Scope::Marketing)),
            (3, Op::Add(Scope::All)),
            (3, Op::Remove),
            (2, Op::Add(Scope::All)),
        ];
        assert_eq!(
            plan(&ops, current).unwrap(),
            vec![(2, None, Some(Scope::All))]
        );
        let rows = [
            (5, None, Some(Scope::All)),
            (6, Some(Scope::All), None),
            (5, Some(Scope::All), Some(Scope::Marketing)),
            (7, None, Some(Scope::All)),
            (7, Some(Scope::All), None),
        ];
        assert_eq!(net(rows), (vec![(5, Scope::Marketing)], vec![6]));
        let current = |n: u64| {
            Ok(if n == 1 {
                Some(Scope::All)
            } else {
                Some(Scope::Marketing)
            })
        };
        let lift = [(1, Op::LiftTransactional), (2, Op::LiftTransactional)];
        assert_eq!(
            plan(&lift, current).unwrap(),
            vec![(1, Some(Scope::All), Some(Scope::Marketing))]
        );
        assert_eq!(new_floor(3, 10, Some(5), Some(4)), 5);
        assert_eq!(new_floor(3, 10, None, Some(12)), 10);
        assert_eq!(new_floor(3, 10, None, None), 3);
    }
}
