//! Outbound message checks. CONTRACT (skeleton; the classifier helper replaces this file).
use crate::Category;

/// SMS character encoding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum Encoding {
    /// GSM 03.38 7-bit (160 / 153 per part).
    #[serde(rename = "GSM-7")]
    Gsm7,
    /// UCS-2 (70 / 67 per part).
    #[serde(rename = "UCS-2")]
    Ucs2,
}

/// One finding about an outbound message.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Finding {
    /// Stable kind: `missing-opt-out-language`, `ucs2-forced`, `segments`, `empty-message`...
    pub kind: &'static str,
    /// `warn` or `info`.
    pub severity: &'static str,
    /// A sentence a person understands.
    pub message: String,
    /// A suggested fix, where there is one.
    pub fix: Option<String>,
}

/// Encoding, length and findings for a message.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct LintReport {
    /// Encoding the message needs.
    pub encoding: Encoding,
    /// Length in the encoding's units (septets for GSM-7, UTF-16 code units for UCS-2).
    pub units: usize,
    /// Characters (Unicode scalar values).
    pub chars: usize,
    /// SMS segments.
    pub segments: usize,
    /// Findings, most important first.
    pub findings: Vec<Finding>,
}

/// Checks an outbound message of `category`.
pub fn lint(message: &str, category: Category) -> LintReport {
    let _ = (message, category);
    todo!()
}
