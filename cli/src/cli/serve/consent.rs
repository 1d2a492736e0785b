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
/// A field a spreadsheet would run as a formula (it starts with `=`, `+`, `-`,
/// `@`, a tab or a carriage return and is not a plain number such as an E.164
/// number) gets a leading `'`, so a reply's text ("=HYPERLINK(…)", written by
/// whoever texted in) shows as text when a receipt is opened; the JSON receipt
/// keeps the exact text.
fn field(out: &mut String, value: &str) {
    let neutral;
    let value = if runs_as_formula(value) {
        neutral = format!("'{value}");
        neutral.as_str()
    } else {
        value
    };
    if value.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&value.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(value);
    }
}

/// Whether a spreadsheet would read the cell as a formula (OWASP's CSV injection list).
fn runs_as_formula(value: &str) -> bool {
    let Some(first) = value.chars().next() else { return false };
    if !matches!(first, '=' | '+' | '-' | '@' | '\t' | '\r') {
        return false;
    }
    // "+14155550199", "-0.5": numbers, shown as numbers.
    let rest = &value[1..];
    let number = matches!(first, '+' | '-')
        && !rest.is_empty()
        && rest.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && rest.bytes().filter(|&b| b == b'.').count() <= 1
        && rest.as_bytes()[0].is_ascii_digit();
    !number
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

    /// An SMS opt-out's record, with the fields a test sets.
    fn record(id: i64, text: Option<&str>, rule: Option<&str>, confidence: Option<f64>, message_id: &str) -> ConsentRecord {
        ConsentRecord {
            id,
            number: 14155550199,
            at: 10,
            action: "opt_out".into(),
            method: "keyword".into(),
            scope: Some("all".into()),
            program: None,
            text: text.map(Into::into),
            rule: rule.map(Into::into),
            confidence,
            to: Some("+14155550000".into()),
            page_version: None,
            message_id: Some(message_id.into()),
            sequence: None,
            revoke_all: false,
            requested_scope: None,
        }
    }

    #[test]
    fn csv_quotes_what_needs_it() {
        let r = record(3, Some("stop, \"please\"\nnow"), Some("keyword"), Some(0.5), "SM1");
        let text = csv(&[r]);
        let mut lines = text.split("\r\n");
        assert_eq!(lines.next(), Some(CSV_HEADER));
        assert_eq!(
            lines.next(),
            Some("3,+14155550199,10,opt_out,keyword,all,,\"stop, \"\"please\"\"\nnow\",keyword,0.5,+14155550000,,SM1,,,")
        );
    }

    #[test]
    fn a_text_a_spreadsheet_would_run_is_written_as_text() {
        let mut r = record(4, None, None, None, "@SM2");
        for (text, cell) in [
            ("=HYPERLINK(\"http://x\",\"STOP\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"STOP\"\")\""),
            ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
            ("-2+3", "'-2+3"),
            ("\tSTOP", "'\tSTOP"),
            ("- stop", "'- stop"),
            ("STOP = enough", "STOP = enough"),
            ("+14155550123", "+14155550123"),
            ("-0.5", "-0.5"),
        ] {
            r.text = Some(text.into());
            let csv = csv(std::slice::from_ref(&r));
            let row = csv.split("\r\n").nth(1).unwrap();
            assert_eq!(
                row,
                format!("4,+14155550199,10,opt_out,keyword,all,,{cell},,,+14155550000,,'@SM2,,,"),
                "{text:?}"
            );
        }
    }
}
