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
//! | no snapshot loaded | block `snapshot-missing` | warn `snapshot-missing` | allow |
//! | snapshot older than `max_age_seconds` | block `snapshot-stale` | checked, then warn `snapshot-stale` | allow |
//! | opted out, scope `all` | block `opted-out` | block `opted-out` | allow `confirmation` |
//! | opted out, scope `marketing` | block `opted-out` | allow | allow `confirmation` |
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
use crate::lint::{lint, Finding};
use crate::phone;
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
}

/// How old a snapshot may be before marketing fails closed, by default (seconds).
pub const DEFAULT_MAX_AGE_SECONDS: u64 = 86_400;

impl Default for Policy {
    /// Now = 0 (callers set it), a day of freshness, region `US`.
    fn default() -> Policy {
        Policy { now: 0, max_age_seconds: DEFAULT_MAX_AGE_SECONDS, default_region: crate::DEFAULT_REGION.to_string() }
    }
}

/// The verdict.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Screening {
    /// allow / block / warn.
    pub decision: Decision,
    /// Stable code: `ok`, `opted-out`, `invalid-recipient`, `snapshot-missing`,
    /// `snapshot-stale`, `lint-warnings`, `confirmation`.
    pub reason: &'static str,
    /// A sentence for a person.
    pub message: String,
    /// The recipient in E.164, when it parsed.
    pub e164: Option<String>,
    /// The opt-out scope found, if any (also when it does not apply to the category).
    pub scope: Option<Scope>,
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
    let findings = lint(request.body, request.category).findings;
    let category = request.category;
    let mut verdict = Screening {
        decision: Decision::Allow,
        reason: "ok",
        message: String::new(),
        e164: None,
        scope: None,
        snapshot_sequence: snapshot.map(|s| s.sequence()),
        findings,
    };

    let number = match phone::parse(request.to, &policy.default_region) {
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

    if category == Category::Confirmation {
        verdict.reason = "confirmation";
        verdict.message = format!(
            "{e164}: the one confirmation reply to an opt-out is allowed; send no other message after it"
        );
        return with_lint(verdict);
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

    let age = policy.now.saturating_sub(snapshot.created_at());
    let stale = age > policy.max_age_seconds;
    let how_old = || {
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

    if let Some(scope) = snapshot.check(number.as_u64()) {
        verdict.scope = Some(scope);
        if scope.covers(category) {
            verdict.decision = Decision::Block;
            verdict.reason = "opted-out";
            verdict.message = match scope {
                Scope::All => format!("{e164} opted out of all messages; nothing may be sent to it"),
                Scope::Marketing => {
                    format!("{e164} opted out of marketing messages; this marketing message may not be sent")
                }
            };
            return verdict;
        }
    }

    if stale {
        verdict.decision = Decision::Warn;
        verdict.reason = "snapshot-stale";
        verdict.message = format!("{}; this {category} message to {e164} was checked against it anyway", how_old());
        return verdict;
    }

    verdict.message = match verdict.scope {
        Some(scope) => format!(
            "{e164} opted out of {scope} messages only; this {category} message may be sent"
        ),
        None => format!("{e164} has not opted out"),
    };
    with_lint(verdict)
}

/// Turns an allow into a warn when the body has warnings a person should see.
fn with_lint(mut verdict: Screening) -> Screening {
    let warnings: Vec<&str> = verdict
        .findings
        .iter()
        .filter(|f| f.severity == "warn")
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
