//! Decision order: platform-exact keyword, quoted reaction, whole-message
//! keyword, clause-level opt-out (keyword, keyword in a sentence, pattern),
//! whole-message opt-in phrase.
use super::fold::fold;
use super::lexicon::{Keyword, Level, AGAIN, CONTEXT, FILLER, IPRON, ME, MKT, NEG, NOUNNEXT, OBJP, OBJV, REMOVEV, STOPV};
use super::rules::{match_at, negated, words, Lexicon, Word, OPT_IN_RULES, OPT_OUT_RULES};
use super::{Classification, Intent};
use crate::Scope;

/// What platforms match today: the trimmed message, any case, is one of these.
const STANDARD: &[(&str, Intent)] = &[
    ("stop", Intent::OptOut),
    ("stopall", Intent::OptOut),
    ("unsubscribe", Intent::OptOut),
    ("cancel", Intent::OptOut),
    ("end", Intent::OptOut),
    ("quit", Intent::OptOut),
    ("revoke", Intent::OptOut),
    ("optout", Intent::OptOut),
    ("opt out", Intent::OptOut),
    ("remove", Intent::OptOut),
    ("start", Intent::OptIn),
    ("unstop", Intent::OptIn),
    ("yes", Intent::OptIn),
    ("subscribe", Intent::OptIn),
    ("resume", Intent::OptIn),
    ("continue", Intent::OptIn),
    ("help", Intent::Help),
    ("info", Intent::Help),
];

/// iMessage / Android reactions that quote the message they react to.
const REACTIONS: &[&str] = &[
    "liked", "loved", "disliked", "laughed at", "emphasized", "emphasised", "questioned", "reacted",
    "removed a", "removed", "le gusto", "le encanto", "a aime", "hat", "gefallt",
];

const QUOTES: &[char] = &['"', '“', '”', '„', '«', '»', '‘', '’', '\'', '「'];

/// Words before a strong keyword that make it a noun ("the unsubscribe page").
const NOUN_BEFORE: &[&str] = &["the", "a", "an", "your", "this", "that", "their", "our", "its", "his", "her", "ur"];

pub(super) fn classify(text: &str) -> Classification {
    let trimmed = text.trim();
    if trimmed.len() <= 11 {
        if let Some(&(w, intent)) = STANDARD.iter().find(|(w, _)| trimmed.eq_ignore_ascii_case(w)) {
            return Classification {
                intent,
                scope: (intent == Intent::OptOut).then_some(Scope::All),
                keyword: Some(w.replace(' ', "")),
                rule: "keyword",
                lang: Some("en"),
                confidence: 0.99,
                strict: true,
            };
        }
    }
    if is_reaction(trimmed) {
        return Classification { confidence: 0.95, ..none("reaction") };
    }
    let folded = fold(text);
    let lex = Lexicon::get();
    let ws = words(lex, &folded);
    if ws.is_empty() {
        return none("none");
    }
    whole_message(&ws).or_else(|| clauses(&ws)).or_else(|| opt_in_phrase(&ws)).unwrap_or_else(|| {
        // Less sure when a keyword was there but did not count ("Cancel my order").
        let keyword_seen = ws.iter().any(|w| w.keyword().is_some() || w.is(STOPV | OBJV | REMOVEV));
        Classification { confidence: if keyword_seen { 0.6 } else { 0.9 }, ..none("none") }
    })
}

fn none(rule: &'static str) -> Classification {
    Classification { intent: Intent::None, scope: None, keyword: None, rule, lang: None, confidence: 0.7, strict: false }
}

fn is_reaction(t: &str) -> bool {
    // Android: `👍 to "…"`, `Reacted 😂 to “…”`.
    let after_emoji = t.trim_start_matches(|c: char| !c.is_ascii() && !QUOTES.contains(&c));
    if after_emoji.len() < t.len() {
        if let Some(rest) = after_emoji.strip_prefix(" to ") {
            if rest.starts_with(QUOTES) {
                return true;
            }
        }
    }
    REACTIONS.iter().any(|p| {
        let Some(head) = t.get(..p.len()) else { return false };
        if !head.eq_ignore_ascii_case(p) {
            return false;
        }
        let rest = &t[p.len()..];
        rest.starts_with(char::is_whitespace) && rest.chars().take(24).any(|c| QUOTES.contains(&c))
    })
}

/// A language hint from the message's other words ("STOP SVP" is French).
fn hint(ws: &[Word<'_>]) -> Option<&'static str> {
    ws.iter().find_map(|w| w.e.hint)
}

fn keyword_lang(k: &Keyword, ws: &[Word<'_>]) -> &'static str {
    if k.shared {
        hint(ws).unwrap_or(k.lang)
    } else {
        k.lang
    }
}

fn scope_of(ws: &[Word<'_>]) -> Scope {
    if ws.iter().any(|w| w.is(MKT)) {
        Scope::Marketing
    } else {
        Scope::All
    }
}

/// The whole message is one intent's keyword(s) plus fillers.
fn whole_message(ws: &[Word<'_>]) -> Option<Classification> {
    let mut first: Option<(&'static Keyword, bool)> = None;
    let (mut objp, mut extra, mut kws) = (0, 0, 0);
    for w in ws {
        if let Some(k) = w.keyword() {
            if first.is_some_and(|(f, _)| f.intent != k.intent) {
                return None;
            }
            kws += 1;
            // The most permissive keyword decides ("yes, sign me up").
            if first.is_none_or(|(f, _)| k.level > f.level) {
                first = Some((k, w.typo));
            }
        } else if w.is(FILLER | CONTEXT) {
        } else if w.is(OBJP) {
            objp += 1;
        } else if w.is(AGAIN | ME | IPRON) {
            extra += 1;
        } else {
            return None;
        }
    }
    let (k, typo) = first?;
    let ok = match k.intent {
        Intent::OptOut => extra == 0 && (objp == 0 || k.level >= Level::Clause),
        Intent::OptIn => objp == 0 && !typo && (k.level != Level::Exact || (ws.len() == 1 && kws == 1)),
        Intent::Help => objp == 0 && ws.iter().all(|w| w.keyword().is_some() || w.is(FILLER | ME)),
        Intent::None => false,
    };
    if !ok || typo && k.intent != Intent::OptOut {
        return None;
    }
    let confidence = if typo {
        0.8
    } else if ws.len() == 1 {
        0.95
    } else {
        0.93
    };
    Some(Classification {
        intent: k.intent,
        scope: (k.intent == Intent::OptOut).then_some(Scope::All),
        keyword: Some(k.word.to_string()),
        rule: if typo { "keyword-typo" } else { "keyword" },
        lang: Some(keyword_lang(k, ws)),
        confidence,
        strict: false,
    })
}

/// An opt-out found in one clause.
struct Found {
    keyword: String,
    rule: &'static str,
    lang: &'static str,
    confidence: f32,
    scope: Scope,
}

fn clauses(ws: &[Word<'_>]) -> Option<Classification> {
    let context = ws.iter().any(|w| w.is(CONTEXT));
    let mut best: Option<Found> = None;
    let mut scope: Option<Scope> = None;
    let mut start = 0;
    while start < ws.len() {
        let mut end = start + 1;
        while end < ws.len() && ws[end].clause == ws[start].clause {
            end += 1;
        }
        let cs = &ws[start..end];
        if let Some(f) = in_clause(cs, ws, context) {
            scope = Some(scope.map_or(f.scope, |s| s.widest(f.scope)));
            if best.as_ref().is_none_or(|b| f.confidence > b.confidence) {
                best = Some(f);
            }
        }
        start = end;
    }
    let f = best?;
    Some(Classification {
        intent: Intent::OptOut,
        scope: Some(scope.unwrap_or(f.scope)),
        keyword: Some(f.keyword),
        rule: f.rule,
        lang: Some(f.lang),
        confidence: f.confidence,
        strict: false,
    })
}

fn in_clause(cs: &[Word<'_>], all: &[Word<'_>], context: bool) -> Option<Found> {
    // The clause is an opt-out keyword plus fillers ("Stop! I never signed up").
    let mut kw: Option<(&'static Keyword, bool)> = None;
    let bare = cs.iter().all(|w| match w.keyword() {
        Some(k) if k.intent == Intent::OptOut && (k.level >= Level::Clause || context && k.level == Level::Whole) => {
            kw = kw.or(Some((k, w.typo)));
            true
        }
        Some(_) => false,
        None => w.is(FILLER | OBJP | CONTEXT),
    });
    if let (true, Some((k, typo))) = (bare, kw) {
        return Some(Found {
            keyword: k.word.to_string(),
            rule: if typo { "keyword-typo" } else if k.level == Level::Whole { "keyword-context" } else { "keyword" },
            lang: keyword_lang(k, all),
            confidence: if typo { 0.8 } else if k.level == Level::Whole { 0.85 } else { 0.9 },
            scope: Scope::All,
        });
    }
    // A strong keyword anywhere, unless negated or a noun ("I want to unsubscribe").
    for (i, w) in cs.iter().enumerate() {
        let Some(k) = w.keyword() else { continue };
        if k.intent != Intent::OptOut || k.level != Level::Anywhere || negated(cs, i) {
            continue;
        }
        let noun = (i > 0 && NOUN_BEFORE.contains(&cs[i - 1].text)) || cs.get(i + 1).is_some_and(|n| n.is(NOUNNEXT));
        if noun {
            continue;
        }
        return Some(Found {
            keyword: k.word.to_string(),
            rule: if w.typo { "keyword-typo" } else { "keyword-in-sentence" },
            lang: keyword_lang(k, all),
            confidence: if w.typo { 0.8 } else { 0.9 },
            scope: scope_of(cs),
        });
    }
    // Natural-language patterns.
    let starts = Lexicon::get().rule_starts;
    for i in 0..cs.len() {
        if !cs[i].is(starts) {
            continue;
        }
        for rule in OPT_OUT_RULES {
            let Some(end) = match_at(cs, i, rule.steps) else { continue };
            if rule.negatable && negated(cs, i) {
                continue;
            }
            let span = &cs[i..end.max(i + 1).min(cs.len())];
            return Some(Found {
                keyword: join(span),
                rule: rule.name,
                lang: span_lang(span, all),
                confidence: rule.confidence,
                scope: scope_of(cs),
            });
        }
    }
    None
}

fn join(span: &[Word<'_>]) -> String {
    let mut s = String::new();
    for (i, w) in span.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        s.push_str(w.text);
    }
    s
}

fn span_lang(span: &[Word<'_>], all: &[Word<'_>]) -> &'static str {
    match span.iter().find_map(|w| w.e.lang) {
        Some("en") | None => {
            let en_only = span.iter().any(|w| w.e.lang == Some("en") && w.keyword().is_none_or(|k| !k.shared));
            if en_only {
                "en"
            } else {
                hint(all).unwrap_or("en")
            }
        }
        Some(l) => l,
    }
}

/// "Please resume my texts", "start texting me again": the whole message.
fn opt_in_phrase(ws: &[Word<'_>]) -> Option<Classification> {
    if ws.iter().any(|w| w.is(NEG)) {
        return None;
    }
    for i in 0..ws.len() {
        for rule in OPT_IN_RULES {
            let Some(end) = match_at(ws, i, rule.steps) else { continue };
            let rest_ok = ws[..i].iter().chain(&ws[end..]).all(|w| w.is(FILLER | AGAIN | ME | IPRON));
            if !rest_ok {
                continue;
            }
            let span = &ws[i..end];
            return Some(Classification {
                intent: Intent::OptIn,
                scope: None,
                keyword: Some(join(span)),
                rule: rule.name,
                lang: Some(span_lang(span, ws)),
                confidence: rule.confidence,
                strict: false,
            });
        }
    }
    None
}
