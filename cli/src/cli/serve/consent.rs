//! Consent receipts: a number's consent records (every opt-in and opt-out the
//! origin recorded, with its evidence) as JSON or CSV, for `GET
//! /v1/consent/<e164>` and `stopgate consent`.

use super::store::ConsentRecord;
use serde_json::{json, Value};

/// The receipt's formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Json,
    Csv,
}

impl Format {
    /// `json` or `csv`.
    pub fn parse(s: &str) -> Option<Format> {
        match s {
            "json" => Some(Format::Json),
            "csv" => Some(Format::Csv),
            _ => None,
        }
    }
}

/// The CSV header, in column order.
/// (`revoke_all` and `requested_scope`, issue 15's evidence, come last so the earlier
/// columns keep their places.)
pub const CSV_HEADER: &str = "id,e164,at,action,method,scope,program,text,rule,confidence,to,page_version,message_id,sequence,revoke_all,requested_scope";

fn e164(number: u64) -> String {
    format!("+{number}")
}

fn record_json(r: &ConsentRecord) -> Value {
    let mut v = json!({
        "id": r.id,
        "e164": e164(r.number),
        "at": r.at,
        "action": r.action,
        "method": r.method,
        "scope": r.scope,
        "program": r.program,
        "text": r.text,
        "rule": r.rule,
        "confidence": r.confidence,
        "to": r.to,
        "pageVersion": r.page_version,
        "messageId": r.message_id,
        "sequence": r.sequence,
    });
    // Revoke-all's evidence (C9) only on the records it widened: the others read as before.
    if r.revoke_all {
        v["revokeAll"] = Value::Bool(true);
        v["requestedScope"] = json!(r.requested_scope);
    }
    v
}

/// `{"e164", "generatedAt", "records": [...]}`, records oldest first.
pub fn json(number: u64, records: &[ConsentRecord], generated_at: u64) -> Value {
    json!({
        "e164": e164(number),
        "generatedAt": generated_at,
        "records": records.iter().map(record_json).collect::<Vec<_>>(),
    })
}

/// One CSV field (RFC 4180): quoted when it holds a comma, quote or line break.
fn field(out: &mut String, value: &str) {
    if value.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&value.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(value);
    }
}

/// A header line and one row per record, oldest first; CRLF line ends.
pub fn csv(records: &[ConsentRecord]) -> String {
    csv_rows(records.iter().map(cells))
}

/// A record's CSV cells, in [`CSV_HEADER`]'s order.
pub fn cells(r: &ConsentRecord) -> Vec<String> {
    vec![
        r.id.to_string(),
        e164(r.number),
        r.at.to_string(),
        r.action.clone(),
        r.method.clone(),
        r.scope.clone().unwrap_or_default(),
        r.program.clone().unwrap_or_default(),
        r.text.clone().unwrap_or_default(),
        r.rule.clone().unwrap_or_default(),
        r.confidence.map(|c| c.to_string()).unwrap_or_default(),
        r.to.clone().unwrap_or_default(),
        r.page_version.clone().unwrap_or_default(),
        r.message_id.clone().unwrap_or_default(),
        r.sequence.map(|s| s.to_string()).unwrap_or_default(),
        if r.revoke_all { "true".into() } else { String::new() },
        r.requested_scope.clone().unwrap_or_default(),
    ]
}

/// The header line and these rows (each [`CSV_HEADER`]'s cells); CRLF line ends.
pub fn csv_rows(rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut out = String::from(CSV_HEADER);
    out.push_str("\r\n");
    for cells in rows {
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            field(&mut out, cell);
        }
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_what_needs_it() {
        let r = ConsentRecord {
            id: 3,
            number: 14155550199,
            at: 10,
            action: "opt_out".into(),
            method: "keyword".into(),
            scope: Some("all".into()),
            program: None,
            text: Some("stop, \"please\"\nnow".into()),
            rule: Some("keyword".into()),
            confidence: Some(0.5),
            to: Some("+14155550000".into()),
            page_version: None,
            message_id: Some("SM1".into()),
            sequence: None,
            revoke_all: false,
            requested_scope: None,
        };
        let text = csv(&[r]);
        let mut lines = text.split("\r\n");
        assert_eq!(lines.next(), Some(CSV_HEADER));
        assert_eq!(
            lines.next(),
            Some("3,+14155550199,10,opt_out,keyword,all,,\"stop, \"\"please\"\"\nnow\",keyword,0.5,+14155550000,,SM1,,,")
        );
    }
}
