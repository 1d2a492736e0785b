//! Send screening. CONTRACT (skeleton; written by the lead once phone/snapshot/lint land).
use crate::lint::Finding;
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

/// A send request.
#[derive(Clone, Debug)]
pub struct SendRequest<'a> {
    /// Recipient as typed.
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
    /// Snapshot older than this (seconds) is stale.
    pub max_age_seconds: u64,
    /// Region for national numbers.
    pub default_region: String,
}

/// The verdict.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Screening {
    /// allow / block / warn.
    pub decision: Decision,
    /// Stable code: `opted-out`, `invalid-recipient`, `snapshot-missing`, `snapshot-stale`, `ok`...
    pub reason: &'static str,
    /// A sentence for a person.
    pub message: String,
    /// The recipient in E.164, when it parsed.
    pub e164: Option<String>,
    /// The opt-out scope found, if any.
    pub scope: Option<Scope>,
    /// Sequence of the snapshot consulted.
    pub snapshot_sequence: Option<u64>,
    /// Lint findings for the body.
    pub findings: Vec<Finding>,
}

/// Screens one send request.
pub fn screen<B: AsRef<[u8]>>(request: &SendRequest<'_>, snapshot: Option<&Snapshot<B>>, policy: &Policy) -> Screening {
    let _ = (request, snapshot, policy);
    todo!()
}
