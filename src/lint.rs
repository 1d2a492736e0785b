//! Outbound message checks: opt-out language, encoding and segments.
//!
//! [`lint`] reports the SMS encoding a message needs (GSM 03.38 7-bit or
//! UCS-2), its length in that encoding's units, the number of segments it is
//! billed as, and findings a sender can act on: marketing without opt-out
//! instructions, look-alike characters (curly quotes, dashes, ellipsis,
//! non-breaking spaces) that silently force UCS-2, and multi-part messages.
//! It does not judge content beyond that, and it never fails.
//!
//! Segment arithmetic: GSM-7 fits 160 septets in one SMS, or 153 per part
//! when concatenated (the user data header takes the rest); characters of the
//! extension table (`^ { } \ [ ~ ] | €` and form feed) take two septets and
//! are never split across parts. UCS-2 fits 70 UTF-16 code units, or 67 per
//! part, and a surrogate pair is never split.
use crate::classify::fold::fold;
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

impl Encoding {
    /// `GSM-7` or `UCS-2`.
    pub fn as_str(self) -> &'static str {
        match self {
            Encoding::Gsm7 => "GSM-7",
            Encoding::Ucs2 => "UCS-2",
        }
    }

    fn limits(self) -> (usize, usize) {
        match self {
            Encoding::Gsm7 => (160, 153),
            Encoding::Ucs2 => (70, 67),
        }
    }
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

/// Encoding and length of a message, without findings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Measure {
    /// Encoding the message needs.
    pub encoding: Encoding,
    /// Characters (Unicode scalar values).
    pub chars: usize,
    /// Length in the encoding's units (septets for GSM-7, UTF-16 code units for UCS-2).
    pub units: usize,
    /// SMS segments (0 for an empty message).
    pub segments: usize,
}

/// The GSM 03.38 default alphabet (basic table), in code order.
const GSM_BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?\
¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

/// The GSM 03.38 extension table (each costs an escape plus the character).
const GSM_EXTENSION: &str = "\u{0C}^{}\\[~]|€";

/// Septets a character takes in GSM-7, or `None` if GSM-7 cannot carry it.
fn gsm_septets(c: char) -> Option<usize> {
    if c.is_ascii() {
        // Every printable ASCII character is in one of the tables except the backtick.
        return match c {
            '^' | '{' | '}' | '\\' | '[' | ']' | '~' | '|' | '\u{0C}' => Some(2),
            '`' => None,
            '\n' | '\r' | ' '..='~' => Some(1),
            _ => None,
        };
    }
    if GSM_BASIC.contains(c) {
        Some(1)
    } else if GSM_EXTENSION.contains(c) {
        Some(2)
    } else {
        None
    }
}

/// Look-alikes that force UCS-2, with their GSM-7 replacement and name.
const LOOKALIKES: &[(char, &str, &str)] = &[
    ('\u{2018}', "'", "left single quotation mark"),
    ('\u{2019}', "'", "right single quotation mark"),
    ('\u{201A}', "'", "single low-9 quotation mark"),
    ('\u{201B}', "'", "single high-reversed-9 quotation mark"),
    ('\u{2032}', "'", "prime"),
    ('\u{00B4}', "'", "acute accent"),
    ('`', "'", "grave accent"),
    ('\u{201C}', "\"", "left double quotation mark"),
    ('\u{201D}', "\"", "right double quotation mark"),
    ('\u{201E}', "\"", "double low-9 quotation mark"),
    ('\u{2033}', "\"", "double prime"),
    ('\u{00AB}', "\"", "left-pointing double angle quotation mark"),
    ('\u{00BB}', "\"", "right-pointing double angle quotation mark"),
    ('\u{2013}', "-", "en dash"),
    ('\u{2014}', "-", "em dash"),
    ('\u{2012}', "-", "figure dash"),
    ('\u{2015}', "-", "horizontal bar"),
    ('\u{2010}', "-", "hyphen"),
    ('\u{2011}', "-", "non-breaking hyphen"),
    ('\u{2212}', "-", "minus sign"),
    ('\u{2026}', "...", "horizontal ellipsis"),
    ('\u{00A0}', " ", "no-break space"),
    ('\u{2002}', " ", "en space"),
    ('\u{2003}', " ", "em space"),
    ('\u{2007}', " ", "figure space"),
    ('\u{2008}', " ", "punctuation space"),
    ('\u{2009}', " ", "thin space"),
    ('\u{200A}', " ", "hair space"),
    ('\u{202F}', " ", "narrow no-break space"),
    ('\u{205F}', " ", "medium mathematical space"),
    ('\u{3000}', " ", "ideographic space"),
    ('\u{200B}', "", "zero width space"),
    ('\u{200C}', "", "zero width non-joiner"),
    ('\u{2060}', "", "word joiner"),
    ('\u{FEFF}', "", "zero width no-break space (BOM)"),
    ('\u{00AD}', "", "soft hyphen"),
    ('\u{2022}', "-", "bullet"),
    ('\u{00B7}', "-", "middle dot"),
    ('\u{00D7}', "x", "multiplication sign"),
    ('\u{2122}', "TM", "trade mark sign"),
    ('\u{00AE}', "(R)", "registered sign"),
    ('\u{00A9}', "(C)", "copyright sign"),
    ('\u{00E1}', "a", "a with acute"),
    ('\u{00ED}', "i", "i with acute"),
    ('\u{00F3}', "o", "o with acute"),
    ('\u{00FA}', "u", "u with acute"),
    ('\u{00E7}', "c", "c with cedilla"),
    ('\u{00EA}', "e", "e with circumflex"),
    ('\u{00E2}', "a", "a with circumflex"),
    ('\u{00F4}', "o", "o with circumflex"),
    ('\u{00EE}', "i", "i with circumflex"),
    ('\u{00EB}', "e", "e with diaeresis"),
    ('\u{00EF}', "i", "i with diaeresis"),
    ('\u{00E3}', "a", "a with tilde"),
    ('\u{00F5}', "o", "o with tilde"),
];

fn lookalike(c: char) -> Option<(&'static str, &'static str)> {
    LOOKALIKES.iter().find(|(l, _, _)| *l == c).map(|&(_, r, n)| (r, n))
}

/// Segments for a sequence of per-character costs, never splitting a character.
fn segments_of(costs: impl Iterator<Item = usize> + Clone, single: usize, part: usize) -> (usize, usize) {
    let total: usize = costs.clone().sum();
    if total == 0 {
        return (0, 0);
    }
    if total <= single {
        return (total, 1);
    }
    let (mut parts, mut used) = (1, 0);
    for c in costs {
        if used + c > part {
            parts += 1;
            used = 0;
        }
        used += c;
    }
    (total, parts)
}

/// Encoding, length and segments of `message`.
pub fn measure(message: &str) -> Measure {
    let chars = message.chars().count();
    let gsm = message.chars().all(|c| gsm_septets(c).is_some());
    let (encoding, (units, segments)) = if gsm {
        let (s, p) = Encoding::Gsm7.limits();
        (Encoding::Gsm7, segments_of(message.chars().map(|c| gsm_septets(c).unwrap_or(1)), s, p))
    } else {
        let (s, p) = Encoding::Ucs2.limits();
        (Encoding::Ucs2, segments_of(message.chars().map(char::len_utf16), s, p))
    };
    Measure { encoding, chars, units, segments }
}

/// Words that name the opt-out keyword in an instruction ("Reply STOP").
const OPT_OUT_WORDS: &[&str] = &[
    "stop", "stopall", "unsubscribe", "end", "quit", "cancel", "optout", "revoke", "alto", "baja", "arret",
    "stopp", "para", "parar", "sair", "basta", "stoppen", "annulla", "abmelden", "td",
];
/// Verbs that give the instruction.
const INSTRUCTION_WORDS: &[&str] = &[
    "reply", "text", "txt", "send", "respond", "answer", "msg", "sms", "responde", "responda", "contesta",
    "envia", "envie", "manda", "repondez", "repondre", "envoyez", "envoyer", "antworte", "antworten",
    "sende", "senden", "rispondi", "rispondere", "invia", "stuur", "reageer", "antwoord", "odpowiedz",
    "ответьте", "отправьте", "tra", "loi", "soan",
];
/// Words right after the keyword that make it an instruction ("STOP to end", "STOP al 12345").
const AFTER_WORDS: &[&str] = &["to", "2", "para", "pour", "au", "al", "an", "um", "zum", "per", "om", "a"];
/// Scripts without spaces: substrings that carry the instruction.
const CJK_INSTRUCTIONS: &[&str] = &["退订", "回复TD", "回复td", "配信停止", "配信解除", "수신거부"];

/// Whether `message` tells the recipient how to opt out.
fn has_opt_out_language(message: &str) -> bool {
    if CJK_INSTRUCTIONS.iter().any(|s| message.contains(s)) {
        return true;
    }
    let f = fold(message);
    let n = f.toks.len();
    (0..n).any(|i| {
        let w = f.text(i);
        if OPT_OUT_WORDS.contains(&w) {
            let before = (i.saturating_sub(3)..i).any(|j| INSTRUCTION_WORDS.contains(&f.text(j)));
            let after = i + 1 < n && AFTER_WORDS.contains(&f.text(i + 1));
            before || after
        } else if w == "opt" && i + 1 < n && f.text(i + 1) == "out" {
            true
        } else {
            // "unsubscribe at example.com/u", "unsubscribe here"
            matches!(w, "unsubscribe" | "optout") && i + 1 < n && matches!(f.text(i + 1), "at" | "here" | "via" | "link" | "https" | "http")
        }
    })
}

/// Checks an outbound message of `category`.
pub fn lint(message: &str, category: Category) -> LintReport {
    let m = measure(message);
    let mut findings = Vec::new();
    if message.trim().is_empty() {
        findings.push(Finding {
            kind: "empty-message",
            severity: "warn",
            message: "the message is empty".to_string(),
            fix: Some("write the message text".to_string()),
        });
        return LintReport { encoding: m.encoding, units: m.units, chars: m.chars, segments: m.segments, findings };
    }
    if category == Category::Marketing && !has_opt_out_language(message) {
        findings.push(Finding {
            kind: "missing-opt-out-language",
            severity: "warn",
            message: "marketing message without opt-out instructions (e.g. \"Reply STOP to opt out\")".to_string(),
            fix: Some("add 'Reply STOP to opt out'".to_string()),
        });
    }
    if m.encoding == Encoding::Ucs2 {
        ucs2_findings(message, m, &mut findings);
    }
    let (single, part) = m.encoding.limits();
    let unit = if m.encoding == Encoding::Gsm7 { "septets" } else { "UTF-16 units" };
    if m.segments > 1 {
        findings.push(Finding {
            kind: "segments",
            severity: "warn",
            message: format!(
                "{} {}, {} segments of up to {} each: billed as {} messages per recipient",
                m.units, unit, m.segments, part, m.segments
            ),
            fix: Some(format!("shorten to {} {} to send one segment", single, unit)),
        });
    } else {
        findings.push(Finding {
            kind: "segments",
            severity: "info",
            message: format!("{} of {} {}: one segment ({})", m.units, single, unit, m.encoding.as_str()),
            fix: None,
        });
    }
    LintReport { encoding: m.encoding, units: m.units, chars: m.chars, segments: m.segments, findings }
}

/// One finding per look-alike character; `warn` when replacing them all
/// would make the message GSM-7.
fn ucs2_findings(message: &str, m: Measure, findings: &mut Vec<Finding>) {
    let mut seen: Vec<char> = Vec::new();
    let mut only_lookalikes = true;
    for c in message.chars() {
        if gsm_septets(c).is_some() {
            continue;
        }
        if lookalike(c).is_some() {
            if !seen.contains(&c) {
                seen.push(c);
            }
        } else {
            only_lookalikes = false;
        }
    }
    if seen.is_empty() {
        return;
    }
    let replaced: String = message
        .chars()
        .map(|c| match lookalike(c) {
            Some((r, _)) if gsm_septets(c).is_none() => r.to_string(),
            _ => c.to_string(),
        })
        .collect();
    let after = measure(&replaced);
    for c in seen {
        let Some((r, name)) = lookalike(c) else { continue };
        let count = message.chars().filter(|&x| x == c).count();
        let (severity, message) = if only_lookalikes {
            (
                "warn",
                format!(
                    "{c} (U+{:04X} {name}, {count}×) forces UCS-2: {} segment(s) instead of {} in GSM-7",
                    c as u32, m.segments, after.segments
                ),
            )
        } else {
            (
                "info",
                format!("{c} (U+{:04X} {name}, {count}×) is not GSM-7; the message needs UCS-2 anyway for other characters", c as u32),
            )
        };
        findings.push(Finding {
            kind: "ucs2-forced",
            severity,
            message,
            fix: Some(if r.is_empty() { format!("delete {c} (U+{:04X})", c as u32) } else { format!("replace {c} with {r}") }),
        });
    }
}
