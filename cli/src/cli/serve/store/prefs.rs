//! What the store keeps of preference-page choices (contract C11): the other
//! channels a number accepted (one address per kind), and how a choice turns
//! into consent records (method `preference_page`), which both backends write
//! in the transaction that changes the channels.

/// The consent method of a choice made on the preference page.
pub const METHOD: &str = "preference_page";

/// One channel a number accepted instead of SMS.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Channel {
    /// `email` or `push`.
    pub kind: String,
    /// The email address, or the push device/subscription label.
    pub address: String,
    /// Unix seconds.
    pub recorded_at: u64,
}

/// A choice made on the preference page, checked (the token verified, the
/// addresses validated) before it reaches the store.
pub struct Choice<'a> {
    /// E.164 digits as an integer: the number the token was made for.
    pub number: u64,
    /// The channels the number accepts now, as (kind, address), one per kind:
    /// this is the whole set, so a kind left out is withdrawn.
    pub channels: &'a [(String, String)],
    /// The page's version (kept with each record as the evidence of what was shown).
    pub page_version: &'a str,
    /// The programs ticked to keep by SMS (C11 `keepPrograms`, checked against the
    /// origin's table): their bits, and their ids as the record's `program` text.
    /// `None`: the choice does not touch the SMS opt-out.
    pub keep: Option<(stopgate::Scope, String)>,
}

/// The consent action of a preference-page narrowing.
pub const NARROW: &str = "narrow";

/// The number's opt-out after keeping `kept` on the page: an `all` opt-out narrows by the
/// core's rule (C9: marketing and every program not kept); a narrower one loses the kept
/// bits (never widened). `None` when nothing would be left or there was no opt-out: the page
/// refuses the first (it never lifts an opt-out whole), and the stores change nothing then.
pub(crate) fn narrowed(current: Option<stopgate::Scope>, kept: stopgate::Scope) -> Option<stopgate::Scope> {
    match current? {
        all if all.is_all() => Some(stopgate::consent::narrowed(kept, super::super::programs::get())),
        mask => mask.without(kept),
    }
}

/// The consent record of a narrowing made on the page (scope: the opt-out it leaves, `none`
/// when it leaves none), once written with `id` at list sequence `sequence`.
pub(crate) fn narrow_record(id: i64, choice: &Choice<'_>, at: u64, scope: &str, sequence: Option<u64>) -> super::ConsentRecord {
    let mut r = consent_record(id, choice, at, &(NARROW, scope.to_string(), String::new()));
    r.text = None;
    r.program = choice.keep.as_ref().map(|(_, ids)| ids.clone());
    r.sequence = sequence;
    r
}

/// One consent record a choice makes: (action, scope, text).
pub(crate) type Record = (&'static str, String, String);

/// The records that turn `current` into `choice`: an `opt_in` with scope
/// `channel:<kind>` and the address as text for each new or changed channel,
/// an `opt_out` with the old address for each one withdrawn. Nothing for a
/// channel that stays as it was.
pub(crate) fn records(current: &[Channel], choice: &[(String, String)]) -> Vec<Record> {
    let mut out = Vec::new();
    for old in current {
        if !choice.iter().any(|(kind, _)| *kind == old.kind) {
            out.push(("opt_out", format!("channel:{}", old.kind), old.address.clone()));
        }
    }
    for (kind, address) in choice {
        let same = current.iter().any(|c| c.kind == *kind && c.address == *address);
        if !same {
            out.push(("opt_in", format!("channel:{kind}"), address.clone()));
        }
    }
    out
}

/// The consent record `rec` became, once written with `id`.
pub(crate) fn consent_record(id: i64, choice: &Choice<'_>, at: u64, rec: &Record) -> super::ConsentRecord {
    super::ConsentRecord {
        id,
        number: choice.number,
        at,
        action: rec.0.to_string(),
        method: METHOD.to_string(),
        scope: Some(rec.1.clone()),
        program: None,
        text: Some(rec.2.clone()),
        rule: None,
        confidence: None,
        to: None,
        page_version: Some(choice.page_version.to_string()),
        message_id: None,
        sequence: None,
        revoke_all: false,
        requested_scope: None,
    }
}

/// The channel kind a record's scope names.
pub(crate) fn kind_of(rec: &Record) -> &str {
    rec.1.strip_prefix("channel:").unwrap_or(&rec.1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_follow_the_changes() {
        let c = |kind: &str, address: &str| Channel { kind: kind.into(), address: address.into(), recorded_at: 1 };
        let s = |kind: &str, address: &str| (kind.to_string(), address.to_string());
        let current = [c("email", "a@x.org"), c("push", "phone")];
        assert!(records(&current, &[s("email", "a@x.org"), s("push", "phone")]).is_empty());
        assert_eq!(
            records(&current, &[s("email", "b@x.org")]),
            vec![
                ("opt_out", "channel:push".to_string(), "phone".to_string()),
                ("opt_in", "channel:email".to_string(), "b@x.org".to_string()),
            ]
        );
        assert_eq!(records(&[], &[s("push", "tab")]), vec![("opt_in", "channel:push".to_string(), "tab".to_string())]);
    }
}
