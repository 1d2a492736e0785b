//! Send screening: one verdict for one outbound message, with the reason a
//! person can read.
//!
//! This is the compliance policy in one place. It parses the recipient,
//! consults a suppression [`Snapshot`] and lints the body; it does not send,
//! log or fetch anything.
//!
//! | situation | marketing | transactional | confirmation |
//! |---|---|---|---|
//! | recipient is not a phone number | block `invalid-recipient` | block | block |
//! | a local override says opted out (see [`Overrides`]) | as its scope, below | as its scope | allow |
//! | no snapshot loaded | block `snapshot-missing` | warn `snapshot-missing` | allow |
//! | snapshot older than `max_age_seconds` (or dated more than [`MAX_CLOCK_SKEW_SECONDS`] ahead) | block `snapshot-stale` | checked, then warn `snapshot-stale` | allow |
//! | opted out, scope `all` | block `opted-out` | block `opted-out` | allow `confirmation` |
//! | opted out, scope `marketing` | block `opted-out` | allow | allow `confirmation` |
//! | opted out of the request's program (scope mask has its bit) | block `opted-out-program` | block `opted-out-program` | allow `confirmation` |
//! | the request names a program the policy does not know | block `unknown-program` | block | block |
//! | outside the recipient's quiet-hours window ([`crate::quiet`], when the policy has them) | block `quiet-hours`, with `hold.send_after` | allow | allow |
//! | lint warnings (e.g. no opt-out language) | warn `lint-warnings` | warn | warn |
//! | otherwise | allow `ok` | allow `ok` | allow `confirmation` |
//!
//! Missing or stale data fails **closed** for marketing (the law punishes a
//! message sent to someone who opted out, not one delayed) and **open, with a
//! warning,** for transactional messages, which people depend on (a stale
//! snapshot is still consulted, so a known `all` opt-out still blocks).
//! `confirmation` is the single reply that confirms a fresh opt-out, which CTIA
//! and the FCC allow; callers must send at most one per opt-out (the edge
//! worker enforces that), so no opt-out blocks it.
//!
//! A request may belong to one of the deployment's [`Programs`] (`program: Some("alerts")`):
//! it is then also blocked by an opt-out of that program, and a program of kind marketing is
//! screened as marketing whatever the request's category says (quiet hours, fail-closed, and
//! a marketing opt-out all apply to it).
//!
//! [`Overrides`] are what this process heard since its snapshot was built: an opt-out reply
//! received a second ago, or an opt-in. They replace the snapshot's entry for their number,
//! so a fresh STOP blocks at once and a fresh START is not blocked by an old opt-out.
use crate::consent::Effect;
use crate::lint::{lint, Finding, Severity};
use crate::phone;
use crate::program::{Program, Programs};
use crate::quiet::{self, Hold, QuietHours};
use crate::snapshot::Snapshot;
use crate::{Category, Scope};

/// allow / block / warn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Decision {
    /// Send it.
    Allow,
    /// Do not send it.
    Block,
    /// Send it, but a person should look at the findings.
    Warn,
}

impl Decision {
    /// `allow`, `block` or `warn`.
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Allow => "allow",
            Decision::Block => "block",
            Decision::Warn => "warn",
        }
    }
}

/// A send request.
#[derive(Clone, Debug)]
pub struct SendRequest<'a> {
    /// Recipient as typed (E.164 or national in the policy's region).
    pub to: &'a str,
    /// Message text.
    pub body: &'a str,
    /// Message category.
    pub category: Category,
    /// The program the message belongs to (an id of [`Policy::programs`]), if any.
    pub program: Option<&'a str>,
}

/// Policy knobs.
#[derive(Clone, Debug)]
pub struct Policy {
    /// Now, Unix seconds.
    pub now: u64,
    /// A snapshot older than this many seconds is stale.
    pub max_age_seconds: u64,
    /// Region for national numbers (ISO 3166 alpha-2, e.g. `US`).
    pub default_region: String,
    /// When marketing may reach a recipient (see [`crate::quiet`]). On in
    /// `Policy::default()` (the law: the federal window and the state rules); a caller that
    /// must not depend on the time of day says so with `QuietHours::off()`.
    pub quiet_hours: QuietHours,
    /// When the list was last known to be current (Unix seconds), if later than the
    /// snapshot's own `created_at`: an edge that has verified a signed freshness statement
    /// for the list it holds counts the age from that statement, not from the file.
    pub fresh_at: Option<u64>,
    /// The deployment's programs, which requests and opt-outs may name (none by default).
    pub programs: Programs,
}

/// How old a snapshot may be before marketing fails closed, by default (seconds).
pub const DEFAULT_MAX_AGE_SECONDS: u64 = 86_400;

/// How far a snapshot's time (or `fresh_at`) may run ahead of `now`, in seconds:
/// clocks differ a little. Further ahead one of the clocks is wrong, the list's
/// age is unknown, and it counts as stale (else a list dated a year ahead
/// would pass as fresh for a year).
pub const MAX_CLOCK_SKEW_SECONDS: u64 = 300;

impl Default for Policy {
    /// Now = 0 (callers set it), a day of freshness, region `US`, the law's quiet hours.
    fn default() -> Policy {
        Policy {
            now: 0,
            max_age_seconds: DEFAULT_MAX_AGE_SECONDS,
            default_region: crate::DEFAULT_REGION.to_string(),
            quiet_hours: QuietHours::default(),
            fresh_at: None,
            programs: Programs::none(),
        }
    }
}

/// Numbers whose opt-out state this process knows to be newer than its snapshot's: replies
/// it just heard (an opt-out with its scope, or an opt-in), until the snapshot catches up.
///
/// [`screen_with`] consults them before the snapshot. An entry can be marked with the
/// sequence the origin recorded it at ([`Overrides::recorded`]); [`Overrides::prune`] drops
/// those a snapshot of that sequence already carries.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Overrides {
    /// Sorted by number. A sorted vector, not a map: a process hears few replies between two
    /// snapshots, and a B-tree would add some 10 kB to the wasm.
    entries: Vec<(u64, Override)>,
}

/// One number's local state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Override {
    /// The opt-out it has now (`None`: opted in, not suppressed).
    pub scope: Option<Scope>,
    /// The list sequence the origin recorded the change at, once known.
    pub recorded_at: Option<u64>,
}

impl Overrides {
    /// No overrides.
    pub const fn new() -> Overrides {
        Overrides { entries: Vec::new() }
    }

    fn find(&self, number: u64) -> Result<usize, usize> {
        self.entries.binary_search_by_key(&number, |&(n, _)| n)
    }

    /// Sets `number`'s state: opted out of `scope`, or (`None`) opted in. Forgets any
    /// sequence it was recorded at: this is a newer change.
    pub fn set(&mut self, number: u64, scope: Option<Scope>) {
        let entry = Override { scope, recorded_at: None };
        match self.find(number) {
            Ok(i) => self.entries[i].1 = entry,
            Err(i) => self.entries.insert(i, (number, entry)),
        }
    }

    /// Records a reply's effect for `number`, whose state in the snapshot is `in_snapshot`:
    /// the new state is the effect applied to the override if there is one, else to the
    /// snapshot's. `Nothing` changes nothing. Returns the number's state afterwards.
    pub fn apply(&mut self, number: u64, effect: Effect, in_snapshot: Option<Scope>) -> Option<Scope> {
        let current = self.get(number).map_or(in_snapshot, |o| o.scope);
        if effect == Effect::Nothing {
            return current;
        }
        let next = effect.apply(current);
        self.set(number, next);
        next
    }

    /// `number`'s override, if it has one.
    pub fn get(&self, number: u64) -> Option<Override> {
        self.find(number).ok().map(|i| self.entries[i].1)
    }

    /// Removes `number`'s override; whether it had one.
    pub fn remove(&mut self, number: u64) -> bool {
        match self.find(number) {
            Ok(i) => {
                self.entries.remove(i);
                true
            }
            Err(_) => false,
        }
    }

    /// Removes every override.
    pub fn clear(&mut self) {
        self.entries.clear();
    }

    /// Numbers with an override.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Overrides that are opt-outs (the rest are opt-ins).
    pub fn opt_outs(&self) -> usize {
        self.entries.iter().filter(|(_, o)| o.scope.is_some()).count()
    }

    /// The origin recorded `number`'s change at list sequence `sequence`; whether it had an
    /// override to mark.
    pub fn recorded(&mut self, number: u64, sequence: u64) -> bool {
        match self.find(number) {
            Ok(i) => {
                self.entries[i].1.recorded_at = Some(sequence);
                true
            }
            Err(_) => false,
        }
    }

    /// Drops the overrides recorded at or before `sequence` (a snapshot at that sequence
    /// carries them); returns how many went.
    pub fn prune(&mut self, sequence: u64) -> usize {
        let before = self.entries.len();
        self.entries.retain(|(_, o)| o.recorded_at.is_none_or(|at| at > sequence));
        before - self.entries.len()
    }

    /// The overrides, by number.
    pub fn iter(&self) -> impl Iterator<Item = (u64, Override)> + '_ {
        self.entries.iter().copied()
    }
}

static NO_OVERRIDES: Overrides = Overrides::new();

/// The verdict.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Screening {
    /// allow / block / warn.
    pub decision: Decision,
    /// Stable code: `ok`, `opted-out`, `opted-out-program`, `quiet-hours`,
    /// `invalid-recipient`, `unknown-program`, `snapshot-missing`, `snapshot-stale`,
    /// `lint-warnings`, `confirmation`.
    pub reason: &'static str,
    /// A sentence for a person.
    pub message: String,
    /// The recipient in E.164, when it parsed.
    pub e164: Option<String>,
    /// The opt-out scope found, if any (also when it does not apply to the category).
    pub scope: Option<Scope>,
    /// Whether a local override, not the snapshot, gave the number's state.
    pub overridden: bool,
    /// For `quiet-hours`: where the recipient is and when the message may go.
    #[serde(skip)]
    pub hold: Option<Hold>,
    /// Sequence of the snapshot consulted.
    pub snapshot_sequence: Option<u64>,
    /// Lint findings for the body.
    pub findings: Vec<Finding>,
}

/// Screens one send request against `snapshot` (or none) under `policy`.
pub fn screen<B: AsRef<[u8]>>(
    request: &SendRequest<'_>,
    snapshot: Option<&Snapshot<B>>,
    policy: &Policy,
) -> Screening {
    screen_with(request, snapshot, &NO_OVERRIDES, policy)
}

/// [`screen`], with local overrides consulted before the snapshot.
pub fn screen_with<B: AsRef<[u8]>>(
    request: &SendRequest<'_>,
    snapshot: Option<&Snapshot<B>>,
    overrides: &Overrides,
    policy: &Policy,
) -> Screening {
    let mut verdict = screen_recipient(request.to, request.category, request.program, snapshot, overrides, policy);
    let category = effective_category(request.category, request.program.and_then(|id| policy.programs.get(id)));
    verdict.findings = lint(request.body, category).findings;
    if verdict.decision == Decision::Block || verdict.reason == "snapshot-missing" || verdict.reason == "snapshot-stale" {
        return verdict;
    }
    with_lint(verdict)
}

/// A message of a marketing program is marketing, whatever its category says.
fn effective_category(category: Category, program: Option<&Program>) -> Category {
    match program {
        Some(p) if p.is_marketing() && category == Category::Transactional => Category::Marketing,
        _ => category,
    }
}

/// The recipient half of [`screen_with`]: the same verdict for a message of `category` (in
/// `program`, if any) to `to`, without linting a body (`findings` is empty). For checking a
/// list of recipients against one message, whose body is linted once.
pub fn screen_recipient<B: AsRef<[u8]>>(
    to: &str,
    category: Category,
    program: Option<&str>,
    snapshot: Option<&Snapshot<B>>,
    overrides: &Overrides,
    policy: &Policy,
) -> Screening {
    let mut verdict = Screening {
        decision: Decision::Allow,
        reason: "ok",
        message: String::new(),
        e164: None,
        scope: None,
        overridden: false,
        hold: None,
        snapshot_sequence: snapshot.map(|s| s.sequence()),
        findings: Vec::new(),
    };

    let number = match phone::parse(to, &policy.default_region) {
        Ok(number) => number,
        Err(err) => {
            verdict.decision = Decision::Block;
            verdict.reason = "invalid-recipient";
            verdict.message = format!("the recipient cannot be texted: {err}");
            return verdict;
        }
    };
    let e164 = number.e164();
    verdict.e164 = Some(e164.clone());

    let program = match program {
        None => None,
        Some(id) => match policy.programs.get(id) {
            Some(p) => Some(p),
            None => {
                // Never an allow: a misspelt program would otherwise skip its opt-outs.
                verdict.decision = Decision::Block;
                verdict.reason = "unknown-program";
                verdict.message = if policy.programs.is_empty() {
                    format!("the message names program {id:?}, but no programs are configured")
                } else {
                    let mut known = String::new();
                    for p in policy.programs.iter() {
                        known.push_str(if known.is_empty() { "" } else { ", " });
                        known.push_str(&p.id);
                    }
                    format!("the message names program {id:?}, which is not one of {known}")
                };
                return verdict;
            }
        },
    };
    let category = effective_category(category, program);
    let covers = |scope: Scope| scope.covers_message(category, program.map(|p| p.bit), false);

    if category == Category::Confirmation {
        verdict.reason = "confirmation";
        verdict.message = format!(
            "{e164}: the one confirmation reply to an opt-out is allowed; send no other message after it"
        );
        return verdict;
    }

    let local = overrides.get(number.as_u64());
    if let Some(local) = local {
        verdict.overridden = true;
        verdict.scope = local.scope;
        if let Some(scope) = local.scope.filter(|&s| covers(s)) {
            opted_out(&mut verdict, &e164, scope, category, program, &policy.programs, " (a reply just received here)");
            return verdict;
        }
    }

    let Some(snapshot) = snapshot else {
        verdict.reason = "snapshot-missing";
        if category == Category::Marketing {
            verdict.decision = Decision::Block;
            verdict.message = format!(
                "no opt-out list is loaded, so marketing to {e164} is held back until one is"
            );
        } else {
            verdict.decision = Decision::Warn;
            verdict.message = format!(
                "no opt-out list is loaded; this {category} message to {e164} was not checked against opt-outs"
            );
        }
        return verdict;
    };

    let as_of = policy.fresh_at.map_or(snapshot.created_at(), |t| t.max(snapshot.created_at()));
    let age = policy.now.saturating_sub(as_of);
    let ahead = as_of.saturating_sub(policy.now);
    let stale = age > policy.max_age_seconds || ahead > MAX_CLOCK_SKEW_SECONDS;
    let how_old = || {
        if ahead > MAX_CLOCK_SKEW_SECONDS {
            return format!(
                "the opt-out list is dated {} ahead of this clock, so how old it is is unknown",
                human_duration(ahead)
            );
        }
        format!(
            "the opt-out list is {} old (the limit is {})",
            human_duration(age),
            human_duration(policy.max_age_seconds)
        )
    };
    if stale && category == Category::Marketing {
        verdict.decision = Decision::Block;
        verdict.reason = "snapshot-stale";
        verdict.message = format!("{}, so marketing to {e164} is held back until it refreshes", how_old());
        return verdict;
    }

    // An override is newer than the snapshot: its number's entry there is out of date.
    if local.is_none() {
        if let Some(scope) = snapshot.check(number.as_u64()) {
            verdict.scope = Some(scope);
            if covers(scope) {
                opted_out(&mut verdict, &e164, scope, category, program, &policy.programs, "");
                return verdict;
            }
        }
    }

    if category == Category::Marketing {
        if let Some(hold) = quiet::check(number.as_u64(), policy.now, &policy.quiet_hours) {
            let place = quiet::region_name(hold.region).unwrap_or(hold.region);
            let (h, m) = (hold.local_minutes_now / 60, hold.local_minutes_now % 60);
            // e.g. "+13055550100 is in Florida, where it is 20:30: its quiet hours hold
            // marketing; held until 08:00 their time (2026-12-02T08:00:00-05:00)"
            let rule = if hold.rule == "federal" { "the federal quiet hours" } else { "its quiet hours" };
            verdict.decision = Decision::Block;
            verdict.reason = "quiet-hours";
            verdict.message = format!("{e164} is in {place}, where it is {h}:{m:02}: {rule} hold marketing; {hold}");
            verdict.hold = Some(hold);
            return verdict;
        }
    }

    if stale {
        verdict.decision = Decision::Warn;
        verdict.reason = "snapshot-stale";
        verdict.message = format!("{}; this {category} message to {e164} was checked against it anyway", how_old());
        return verdict;
    }

    verdict.message = match (verdict.scope, verdict.overridden) {
        (Some(scope), _) => format!(
            "{e164} opted out of {} messages only; this {category} message may be sent",
            policy.programs.scope_text(scope)
        ),
        (None, true) => format!("{e164} opted back in (a reply just received here)"),
        (None, false) => format!("{e164} has not opted out"),
    };
    verdict
}

fn opted_out(
    verdict: &mut Screening,
    e164: &str,
    scope: Scope,
    category: Category,
    program: Option<&Program>,
    programs: &Programs,
    source: &str,
) {
    verdict.decision = Decision::Block;
    verdict.reason = "opted-out";
    verdict.message = if scope.is_all() {
        format!("{e164} opted out of all messages{source}; nothing may be sent to it")
    } else if category == Category::Marketing && scope.has_marketing() {
        format!("{e164} opted out of marketing messages{source}; this marketing message may not be sent")
    } else {
        // Only the program's own bit can be what covers it now.
        let (id, name) = program.map_or(("", ""), |p| (p.id.as_str(), p.name.as_str()));
        verdict.reason = "opted-out-program";
        format!(
            "{e164} opted out of the program {id} ({name}){source}; its opt-outs: {}",
            programs.scope_text(scope)
        )
    };
}

/// Turns an allow into a warn when the body has warnings a person should see.
fn with_lint(mut verdict: Screening) -> Screening {
    let warnings: Vec<&str> = verdict
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Warn)
        .map(|f| f.message.as_str())
        .collect();
    if verdict.decision == Decision::Allow && !warnings.is_empty() {
        verdict.decision = Decision::Warn;
        if verdict.reason == "ok" {
            verdict.reason = "lint-warnings";
        }
        verdict.message = format!("{}; but: {}", verdict.message, warnings.join("; "));
    }
    verdict
}

/// `90` → `1m 30s`, `7200` → `2h 0m`: ages people read at a glance.
fn human_duration(seconds: u64) -> String {
    match seconds {
        s if s < 60 => format!("{s}s"),
        s if s < 3600 => format!("{}m {}s", s / 60, s % 60),
        s if s < 86_400 => format!("{}h {}m", s / 3600, (s % 3600) / 60),
        s => format!("{}d {}h", s / 86_400, (s % 86_400) / 3600),
    }
}

#[cfg(test)]
mod tests {
    use super::human_duration;

    #[test]
    fn durations_read_naturally() {
        for (secs, want) in [(0, "0s"), (59, "59s"), (90, "1m 30s"), (7200, "2h 0m"), (90_000, "1d 1h")] {
            assert_eq!(human_duration(secs), want);
        }
    }
}
