//! Outbound message checks: opt-out language, encoding and segments.
//!
//! Opt-out language is recognised in the forms marketing texts use, in the classifier's 13
//! languages: an instruction verb before a keyword ("Reply STOP", "Responde BAJA", "soạn HUY"),
//! a keyword before its destination ("STOP au 36180", "STOP 2 end"), "opt out" / "OptOut",
//! an opt-out noun with what to do ("Unsubscribe with STOP", "Désinscription : STOP 36111",
//! "Rezygnacja: wyślij STOP"), a purpose clause followed by an action ("To stop texts call
//! 0871...", "2 stop our texts reply NO", "Para no recibir más mensajes responde NO", "Zum
//! Abmelden STOPP an 80888", "Для отписки отправьте СТОП"), and the fixed phrases of scripts
//! without spaces ("退订回T", "拒收", "配信停止", "受信拒否", "수신거부").
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
use crate::classify::fold::{fold, Folded};
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

    /// Units one SMS carries in this encoding: 160 septets, or 70 UTF-16 units.
    pub fn single_limit(self) -> usize {
        self.limits().0
    }

    /// Units each part of a concatenated SMS carries (the user data header takes the rest):
    /// 153 septets, or 67 UTF-16 units.
    pub fn part_limit(self) -> usize {
        self.limits().1
    }

    /// What a unit is called: `septets` or `UTF-16 units`.
    pub fn unit_name(self) -> &'static str {
        match self {
            Encoding::Gsm7 => "septets",
            Encoding::Ucs2 => "UTF-16 units",
        }
    }

    fn limits(self) -> (usize, usize) {
        match self {
            Encoding::Gsm7 => (160, 153),
            Encoding::Ucs2 => (70, 67),
        }
    }
}

/// What a finding is about. The names (`as_str`, and serde) are stable codes callers key on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingKind {
    /// The message is empty or only spaces.
    EmptyMessage,
    /// A marketing message without opt-out instructions.
    MissingOptOutLanguage,
    /// A look-alike character that is not GSM-7 (one finding per character).
    Ucs2Forced,
    /// How many SMS segments the message is billed as.
    Segments,
    /// A marketing message to an opted-out recipient that asks them back by SMS ("reply
    /// START to rejoin"): only the recipient's own message may undo an opt-out.
    ReEngagement,
}

impl FindingKind {
    /// `empty-message`, `missing-opt-out-language`, `ucs2-forced`, `segments` or `re-engagement`.
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::EmptyMessage => "empty-message",
            FindingKind::MissingOptOutLanguage => "missing-opt-out-language",
            FindingKind::Ucs2Forced => "ucs2-forced",
            FindingKind::Segments => "segments",
            FindingKind::ReEngagement => "re-engagement",
        }
    }
}

impl PartialEq<&str> for FindingKind {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl core::fmt::Display for FindingKind {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How much a finding matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// A person should act on it before sending (screening turns an allow into a warn).
    Warn,
    /// For information.
    Info,
}

impl Severity {
    /// `warn` or `info`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Warn => "warn",
            Severity::Info => "info",
        }
    }
}

impl PartialEq<&str> for Severity {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// One finding about an outbound message: a stable kind, a sentence, and the facts behind
/// it as fields, so a form can act on it without reading the sentence.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Finding {
    /// What it is about (stable code).
    pub kind: FindingKind,
    /// `warn` or `info`.
    pub severity: Severity,
    /// A sentence a person understands.
    pub message: String,
    /// A suggested fix, in words, where there is one.
    pub fix: Option<String>,
    /// `ucs2-forced`: the character.
    pub char: Option<char>,
    /// `ucs2-forced`: what to put in its place (`""`: delete it).
    pub replacement: Option<&'static str>,
    /// `ucs2-forced`: how many times the character occurs.
    pub count: Option<usize>,
    /// `segments`: the segments the message takes; `ucs2-forced` (warn): the segments it would
    /// take in GSM-7 with every look-alike replaced.
    pub segments: Option<usize>,
    /// `segments`: the units one segment carries in the message's encoding (shorten to this
    /// many to send one).
    pub limit: Option<usize>,
    /// `re-engagement`: the language of the request (`en`, `es`, ...); left out of JSON otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<&'static str>,
}

impl Finding {
    fn new(kind: FindingKind, severity: Severity, message: String, fix: Option<String>) -> Finding {
        Finding { kind, severity, message, fix, char: None, replacement: None, count: None, segments: None, limit: None, lang: None }
    }
}

/// What [`lint_with`] checks a message for.
#[derive(Clone, Copy, Debug)]
pub struct LintOptions {
    /// The message's category.
    pub category: Category,
    /// The recipient opted out: a marketing message asking them back by SMS is a
    /// `re-engagement` warning.
    pub opted_out: bool,
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

/// Encoding and length of a message, without findings: what a live counter shows.
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
    /// Units per segment at this length: the single-SMS limit (160 / 70) up to one segment,
    /// the per-part limit (153 / 67) beyond.
    pub limit: usize,
    /// Units that still fit in the last segment before another one is needed (a character
    /// is never split, so an escape pair or a surrogate pair may need two).
    pub remaining: usize,
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

/// Units, segments and units used in the last segment for a sequence of per-character
/// costs, never splitting a character.
fn segments_of(costs: impl Iterator<Item = usize> + Clone, single: usize, part: usize) -> (usize, usize, usize) {
    let total: usize = costs.clone().sum();
    if total == 0 {
        return (0, 0, 0);
    }
    if total <= single {
        return (total, 1, total);
    }
    let (mut parts, mut used) = (1, 0);
    for c in costs {
        if used + c > part {
            parts += 1;
            used = 0;
        }
        used += c;
    }
    (total, parts, used)
}

/// Encoding, length and segments of `message`.
pub fn measure(message: &str) -> Measure {
    let chars = message.chars().count();
    let gsm = message.chars().all(|c| gsm_septets(c).is_some());
    let encoding = if gsm { Encoding::Gsm7 } else { Encoding::Ucs2 };
    let (single, part) = encoding.limits();
    let (units, segments, used) = if gsm {
        segments_of(message.chars().map(|c| gsm_septets(c).unwrap_or(1)), single, part)
    } else {
        segments_of(message.chars().map(char::len_utf16), single, part)
    };
    let limit = if segments <= 1 { single } else { part };
    Measure { encoding, chars, units, segments, limit, remaining: limit.saturating_sub(used) }
}

/// Words that name the opt-out keyword in an instruction ("Reply STOP").
const OPT_OUT_WORDS: &str = "stop stopall unsubscribe end quit cancel optout revoke alto baja arret stopp para parar sair basta stoppen annulla abmelden td стоп huy tc";
/// Verbs that give the instruction.
/// Tagged by language (`en:` ...; a tag never equals a folded word): a re-engagement
/// request with a shared keyword ("Antworte START") takes its verb's language.
const INSTRUCTION_WORDS: &str = "en: reply text txt send respond answer msg sms es: responde responda contesta envia envie manda fr: repondez repondre envoyez envoyer de: antworte antworten sende senden it: rispondi rispondere invia nl: stuur reageer antwoord pl: odpowiedz ru: ответьте отправьте vi: tra loi soan";
/// Words right after the keyword that make it an instruction ("STOP to end", "STOP al 12345").
const AFTER_WORDS: &str = "to 2 para pour au al an um zum per om a";
/// Scripts without spaces: substrings that carry the instruction.
const CJK_INSTRUCTIONS: &[&str] = &[
    "退订", "回复TD", "回复td", "回T", "回t", "拒收", "配信停止", "配信解除", "受信拒否", "登録解除", "수신거부", "수신 거부",
];

/// Words that open a purpose clause: "To stop texts, call...", "2 stop our texts reply...",
/// "Para darte de baja...", "Pour vous désabonner...", "Zum Abmelden...", "Для отписки...".
const PURPOSE_WORDS: &str = "to 2 para pour zum um per om aby zeby для чтобы";
/// What a purpose clause asks for when it tells how to opt out.
const OPT_OUT_TERMS: &str = "stop unsubscribe unsub optout opt cancel end quit remove baja darte darse dejar cancelar desuscribirte desuscribirse desabonner desinscrire arreter stopper abmelden abbestellen austragen sair descadastrar parar annullare disiscriverti disiscriversi cancellarti afmelden af uitschrijven zrezygnowac wypisac отписаться отписки отказаться";
/// English terms that are opt-outs only when messages follow ("to stop texts", not "to stop you").
const GENERIC_TERMS: &str = "stop end cancel quit remove";
/// What may follow a generic term for it to be about the messages.
const MESSAGE_WORDS: &str = "texts text txts messages message msgs sms alerts these our all receiving getting marketing promos offers notifications subscription";
/// Pronouns between a purpose word and its verb ("pour vous désabonner", "om je af te melden").
const REFLEXIVES: &str = "vous te se me je zich sich si ti sie";
/// "no longer receive": a negation, then a receive verb.
const NEGATIONS: &str = "no not ne keine kein nao non niet nie не";
const RECEIVE_WORDS: &str = "receive recibir recevoir erhalten bekommen receber ricevere ontvangen otrzymywac получать";
/// Opt-out nouns and verbs that name the matter on their own ("Unsubscribe with STOP",
/// "OptOut 0871...", "Désinscription : STOP 36111", "Rezygnacja: wyślij STOP").
const OPT_OUT_NAMES: &str = "unsubscribe unsub optout abmelden abmeldung desinscription desabonnement rezygnacja отписка отписки afmelden uitschrijven disiscriviti desuscribete";
/// What the instruction's action may be besides the instruction verbs: call, visit, click...
const ACTION_WORDS: &str = "call visit click go tap llama llame visita appelez rufen ruf ligue chiama bel zadzwon позвоните gui";

/// Whether `word` is one of the space-separated words of `list`. Word lists are single strings:
/// a slice of `&str` costs a pointer and a length per word in the wasm.
fn listed(list: &str, word: &str) -> bool {
    !word.is_empty() && list.split(' ').any(|x| x == word)
}

/// A phone number, short code or link: where an instruction sends the reader.
fn is_destination(w: &str) -> bool {
    (w.len() >= 4 && w.bytes().all(|b| b.is_ascii_digit())) || matches!(w, "http" | "https" | "www")
}

/// Whether `message` tells the recipient how to opt out.
fn has_opt_out_language(message: &str, f: &Folded) -> bool {
    if CJK_INSTRUCTIONS.iter().any(|s| message.contains(s)) {
        return true;
    }
    let n = f.toks.len();
    let w = |i: usize| if i < n { f.text(i) } else { "" };
    // An action within the next few words: an instruction verb, a keyword, a number or a link.
    let action_after = |from: usize, within: usize| {
        (from..(from + within).min(n)).any(|j| {
            let x = w(j);
            listed(INSTRUCTION_WORDS, x) || listed(ACTION_WORDS, x) || listed(OPT_OUT_WORDS, x) || is_destination(x)
        })
    };
    (0..n).any(|i| {
        let word = w(i);
        if listed(OPT_OUT_WORDS, word) {
            let before = (i.saturating_sub(3)..i).any(|j| listed(INSTRUCTION_WORDS, w(j)));
            let after = listed(AFTER_WORDS, w(i + 1));
            if before || after {
                return true;
            }
        }
        if (word == "opt" && w(i + 1) == "out") || word == "optout" {
            return true;
        }
        // "unsubscribe at example.com/u", "unsubscribe with STOP", "Désinscription : STOP 36111"
        if listed(OPT_OUT_NAMES, word) && (matches!(w(i + 1), "at" | "here" | "via" | "link") || action_after(i + 1, 4)) {
            return true;
        }
        // "To stop texts call 0871...", "Para no recibir más mensajes responde NO": the term
        // right after the purpose word (reflexive pronouns aside: "pour vous désabonner").
        if listed(PURPOSE_WORDS, word) {
            let j = (i + 1..(i + 3).min(n)).find(|&j| !listed(REFLEXIVES, w(j))).unwrap_or(n);
            let asks = if listed(GENERIC_TERMS, w(j)) {
                // "to stop texts", "2 stop our texts", "to stop, reply": not "to stop you".
                listed(MESSAGE_WORDS, w(j + 1)) || action_after(j + 1, 1)
            } else {
                listed(OPT_OUT_TERMS, w(j))
                    || listed(NEGATIONS, w(j)) && (j + 1..(j + 4).min(n)).any(|k| listed(RECEIVE_WORDS, w(k)))
            };
            if asks {
                return action_after(j + 1, 8);
            }
        }
        false
    })
}

/// Keywords asking an opted-out recipient back ("Reply START to rejoin"), by language;
/// `start`, `si` and `ja` are shared and take the verb's language. Words of three-byte
/// scripts (zh, ja, ko, hi: not split into words, or split inside them) are phrases found
/// anywhere in the message.
const COME_BACK_WORDS: &str = "en: start unstop rejoin join yes subscribe es: alta si unete fr: oui de: ja pt: sim pl: tak ru: да старт vi: co hi: haan शुरू zh: 回复是 回复y 回复开始 ja: はいと返信 ko: 시작이라고";

/// The tag (`en:` ...) before `word` in a tagged list.
fn tag_of(list: &'static str, word: &str) -> Option<&'static str> {
    let mut tag = None;
    for w in list.split(' ') {
        match w.strip_suffix(':') {
            Some(t) => tag = Some(t),
            None if w == word => return tag,
            None => {}
        }
    }
    None
}

/// The language of a request to opt back in by SMS in `message`, if it makes one: an
/// instruction verb followed within three words by a come-back keyword ("Reply START to
/// rejoin", "Responde ALTA"), or a phrase of the scripts without spaces ("回复是").
fn re_engagement(message: &str, f: &Folded) -> Option<&'static str> {
    let mut tag = None;
    for w in COME_BACK_WORDS.split(' ') {
        match w.strip_suffix(':') {
            Some(t) => tag = Some(t),
            None if w.as_bytes().first().is_some_and(|&b| b >= 0xE0) && message.contains(w) => return tag,
            None => {}
        }
    }
    let n = f.toks.len();
    for i in 0..n {
        let Some(verb_lang) = tag_of(INSTRUCTION_WORDS, f.text(i)) else { continue };
        for j in i + 1..(i + 4).min(n) {
            let key = f.text(j);
            if let Some(lang) = tag_of(COME_BACK_WORDS, key) {
                return Some(if listed("start si ja", key) { verb_lang } else { lang });
            }
        }
    }
    None
}

/// Checks an outbound message of `category`.
pub fn lint(message: &str, category: Category) -> LintReport {
    lint_with(message, &LintOptions { category, opted_out: false })
}

/// Checks an outbound message as `options` say.
// One copy in the wasm: `lint` (used by screening) would otherwise inline its own.
#[inline(never)]
pub fn lint_with(message: &str, options: &LintOptions) -> LintReport {
    let category = options.category;
    let m = measure(message);
    let mut findings = Vec::new();
    if message.trim().is_empty() {
        findings.push(Finding::new(
            FindingKind::EmptyMessage,
            Severity::Warn,
            "the message is empty".to_string(),
            Some("write the message text".to_string()),
        ));
        return LintReport { encoding: m.encoding, units: m.units, chars: m.chars, segments: m.segments, findings };
    }
    // Folded once for both checks, and only for marketing (transactional needs neither).
    let folded = if category == Category::Marketing { fold(message) } else { Folded::default() };
    if category == Category::Marketing && !has_opt_out_language(message, &folded) {
        findings.push(Finding::new(
            FindingKind::MissingOptOutLanguage,
            Severity::Warn,
            "marketing message without opt-out instructions (e.g. \"Reply STOP to opt out\")".to_string(),
            Some("add 'Reply STOP to opt out'".to_string()),
        ));
    }
    if let Some(lang) = (category == Category::Marketing && options.opted_out).then(|| re_engagement(message, &folded)).flatten() {
        let mut f = Finding::new(
            FindingKind::ReEngagement,
            Severity::Warn,
            "asks an opted-out recipient to opt back in by text".to_string(),
            Some("use the preference page or a channel they accepted".to_string()),
        );
        f.lang = Some(lang);
        findings.push(f);
    }
    if m.encoding == Encoding::Ucs2 {
        ucs2_findings(message, m, &mut findings);
    }
    let (single, part) = m.encoding.limits();
    let unit = m.encoding.unit_name();
    let mut f = if m.segments > 1 {
        Finding::new(
            FindingKind::Segments,
            Severity::Warn,
            format!(
                "{} {}, {} segments of up to {} each: billed as {} messages per recipient",
                m.units, unit, m.segments, part, m.segments
            ),
            Some(format!("shorten to {} {} to send one segment", single, unit)),
        )
    } else {
        Finding::new(
            FindingKind::Segments,
            Severity::Info,
            format!("{} of {} {}: one segment ({})", m.units, single, unit, m.encoding.as_str()),
            None,
        )
    };
    f.segments = Some(m.segments);
    f.limit = Some(single);
    findings.push(f);
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
                Severity::Warn,
                format!(
                    "{c} (U+{:04X} {name}, {count}×) forces UCS-2: {} segment(s) instead of {} in GSM-7",
                    c as u32, m.segments, after.segments
                ),
            )
        } else {
            (
                Severity::Info,
                format!("{c} (U+{:04X} {name}, {count}×) is not GSM-7; the message needs UCS-2 anyway for other characters", c as u32),
            )
        };
        let fix = if r.is_empty() { format!("delete {c} (U+{:04X})", c as u32) } else { format!("replace {c} with {r}") };
        let mut f = Finding::new(FindingKind::Ucs2Forced, severity, message, Some(fix));
        f.char = Some(c);
        f.replacement = Some(r);
        f.count = Some(count);
        if only_lookalikes {
            f.segments = Some(after.segments);
        }
        findings.push(f);
    }
}
