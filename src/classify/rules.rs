//! The engine: looks folded tokens up in the lexicon, merges phrases, and
//! runs keyword levels and token-class patterns over each clause.
//!
//! Patterns are short sequences of [`Step`]s over word classes, tried at
//! every token of a clause with bounded backtracking, so the work is linear
//! in the number of tokens.
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use super::fold::Folded;
use super::lexicon::*;

/// A small, fast hasher for short keys (FxHash's mixing step).
#[derive(Default)]
struct Fx(u64);

impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// What the lexicon knows about one word.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Entry {
    pub class: u64,
    pub kw: Option<u16>,
    pub lang: Option<&'static str>,
    pub hint: Option<&'static str>,
}

pub(crate) struct Lexicon {
    words: HashMap<&'static str, Entry, BuildHasherDefault<Fx>>,
    /// Words written in scripts without spaces, longest first, for segmenting.
    cjk: Vec<&'static str>,
    /// Keywords whose near misses count.
    typo_kws: Vec<u16>,
    /// Opt-out keywords in scripts without spaces that count anywhere.
    strong_cjk: Vec<u16>,
    /// Classes that can start an opt-out rule: other tokens are skipped.
    pub(crate) rule_starts: u64,
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

impl Lexicon {
    fn build() -> Lexicon {
        let mut words: HashMap<&'static str, Entry, BuildHasherDefault<Fx>> = HashMap::default();
        for (i, kw) in KEYWORDS.iter().enumerate() {
            let e = words.entry(kw.word).or_default();
            if e.kw.is_none() {
                e.kw = Some(i as u16);
                e.lang = Some(kw.lang);
            }
        }
        for &(class, lang, list) in CLASSES {
            for &w in list {
                let e = words.entry(w).or_default();
                e.class |= class;
                if e.lang.is_none() && lang != "*" {
                    e.lang = Some(lang);
                }
            }
        }
        for &(phrase, canon) in PHRASES {
            if let Some(first) = phrase.first() {
                words.entry(first).or_default().class |= PSTART;
            }
            words.entry(canon).or_default();
        }
        for &(lang, list) in HINTS {
            for &w in list {
                words.entry(w).or_default().hint = Some(lang);
            }
        }
        let mut cjk: Vec<&'static str> = words.keys().copied().filter(|w| w.chars().any(is_cjk)).collect();
        cjk.sort_by_key(|w| std::cmp::Reverse(w.len()));
        let typo_kws = (0..KEYWORDS.len() as u16).filter(|&i| KEYWORDS[i as usize].typos).collect();
        let strong_cjk = (0..KEYWORDS.len() as u16)
            .filter(|&i| {
                let k = &KEYWORDS[i as usize];
                k.intent == super::Intent::OptOut && k.level == Level::Anywhere && k.word.chars().any(is_cjk)
            })
            .collect();
        let rule_starts = OPT_OUT_RULES.iter().fold(0, |m, r| match r.steps.first() {
            Some(Step::Is(c)) => m | c,
            _ => u64::MAX,
        });
        Lexicon { words, cjk, typo_kws, strong_cjk, rule_starts }
    }

    pub(crate) fn get() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(Lexicon::build)
    }

    fn entry(&self, w: &str) -> Entry {
        self.words.get(w).copied().unwrap_or_default()
    }

    /// The keyword `w` is a safe near miss of, if any.
    fn typo_of(&self, w: &str) -> Option<u16> {
        if !w.is_ascii() || w.len() < 3 {
            return None;
        }
        let hit = self.typo_kws.iter().copied().find(|&i| {
            let kw = KEYWORDS[i as usize].word;
            // Short words: the first letter must agree ("istop", "atop" are not STOP).
            (kw.len() > 5 || w.as_bytes()[0] == kw.as_bytes()[0]) && within_one_edit(w.as_bytes(), kw.as_bytes())
        });
        hit.filter(|_| !NOT_TYPOS.contains(&w))
    }
}

/// Whether `a` is at most one insertion, deletion, substitution or adjacent
/// transposition away from `b` (optimal string alignment distance ≤ 1).
fn within_one_edit(a: &[u8], b: &[u8]) -> bool {
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let p = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if p == a.len() && p == b.len() {
        return true;
    }
    let (a, b) = (&a[p..], &b[p..]);
    match a.len().cmp(&b.len()) {
        std::cmp::Ordering::Equal => {
            a[1..] == b[1..] || (a.len() >= 2 && a[0] == b[1] && a[1] == b[0] && a[2..] == b[2..])
        }
        std::cmp::Ordering::Less => a == &b[1..],
        std::cmp::Ordering::Greater => &a[1..] == b,
    }
}

/// A looked-up token.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Word<'a> {
    pub text: &'a str,
    pub clause: u32,
    pub e: Entry,
    /// Read as a keyword through a near miss.
    pub typo: bool,
}

impl Word<'_> {
    pub fn is(&self, class: u64) -> bool {
        self.e.class & class != 0
    }
    pub fn keyword(&self) -> Option<&'static Keyword> {
        self.e.kw.map(|i| &KEYWORDS[i as usize])
    }
}

/// Looks tokens up: segments Han/kana/Hangul runs, reads typos, merges phrases.
pub(crate) fn words<'a>(lex: &Lexicon, f: &'a Folded) -> Vec<Word<'a>> {
    let mut raw: Vec<Word<'a>> = Vec::with_capacity(f.toks.len());
    for i in 0..f.toks.len() {
        let text = f.text(i);
        let clause = f.toks[i].clause;
        let e = lex.entry(text);
        if e.class == 0 && e.kw.is_none() && e.hint.is_none() && text.chars().any(is_cjk) {
            if let Some(parts) = segment(lex, text) {
                for p in parts {
                    raw.push(Word { text: p, clause, e: lex.entry(p), typo: false });
                }
                continue;
            }
            // Unsegmentable: a strong keyword inside still counts ("回复退订"),
            // unless a negation comes right before it ("不要退订").
            if let Some(k) = strong_inside(lex, text) {
                raw.push(Word { text, clause, e: lex.entry(KEYWORDS[k as usize].word), typo: false });
                continue;
            }
        }
        let mut w = Word { text, clause, e, typo: false };
        if e.class == 0 && e.kw.is_none() && e.hint.is_none() {
            if let Some(k) = lex.typo_of(text) {
                w.e = lex.entry(KEYWORDS[k as usize].word);
                w.typo = true;
            }
        }
        raw.push(w);
    }
    // Phrase merges ("opt out" → optout), within a clause, compacting in place.
    let (mut i, mut w) = (0, 0);
    while i < raw.len() {
        let mut word = raw[i];
        let mut used = 1;
        if word.is(PSTART) {
            let hit = PHRASES.iter().find(|(p, _)| {
                i + p.len() <= raw.len()
                    && p.iter().enumerate().all(|(k, t)| raw[i + k].text == *t && raw[i + k].clause == raw[i].clause)
            });
            if let Some(&(p, canon)) = hit {
                word = Word { text: canon, clause: raw[i].clause, e: lex.entry(canon), typo: false };
                used = p.len();
            }
        }
        raw[w] = word;
        w += 1;
        i += used;
    }
    raw.truncate(w);
    raw
}

fn strong_inside(lex: &Lexicon, text: &str) -> Option<u16> {
    lex.strong_cjk.iter().copied().find(|&i| {
        let kw = KEYWORDS[i as usize].word;
        text.match_indices(kw).any(|(at, _)| {
            let before = &text[..at];
            !["不", "别", "勿", "別"].iter().any(|n| before.ends_with(n))
        })
    })
}

/// Splits a run of Han/kana/Hangul into known words, longest first; `None`
/// when some part is unknown.
fn segment<'a>(lex: &Lexicon, text: &'a str) -> Option<Vec<&'a str>> {
    let mut parts = Vec::new();
    let mut rest = text;
    let mut start = 0;
    while !rest.is_empty() {
        let w = lex.cjk.iter().find(|w| rest.starts_with(**w))?;
        parts.push(&text[start..start + w.len()]);
        start += w.len();
        rest = &text[start..];
    }
    Some(parts)
}

/// One step of a pattern.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Step {
    /// A token of one of these classes.
    Is(u64),
    /// Optionally a token of one of these classes.
    Opt(u64),
    /// Up to n tokens of these classes.
    Gap(u8, u64),
    /// Up to n tokens of any class but these.
    GapNot(u8, u64),
    /// Only fillers until the end of the clause.
    End,
}

/// A natural-language rule.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Rule {
    pub name: &'static str,
    pub steps: &'static [Step],
    pub confidence: f32,
    /// A negation shortly before the match cancels it ("don't stop the updates").
    pub negatable: bool,
}

use Step::{End, Gap, GapNot, Is, Opt};

const FILL: u64 = FILLER | OBJP;
const SMALL: u64 = DET | MYDET | ADJ | MORE | OBJP;

/// Opt-out rules, tried in every clause.
pub(crate) const OPT_OUT_RULES: &[Rule] = &[
    r("stop-sending", &[Is(STOPV), Opt(ME | FILLER), Is(SENDV | SENDME)], 0.9, true),
    r("stop-sending", &[Is(STOPV), Is(SENDGEN), Opt(ME), Gap(2, SMALL), Is(MSGN)], 0.9, true),
    r("stop-sending", &[Is(STOPV), Is(SENDGEN), Opt(ME), End], 0.88, true),
    r("stop-getting", &[Is(STOPV), Is(GETV), Gap(3, SMALL), Is(MSGN | OBJP)], 0.9, true),
    r("stop-getting", &[Is(STOPV), Is(GETV), End], 0.85, true),
    r("stop-it", &[Is(WANT), Opt(IPRON), Is(STOPV), End], 0.85, true),
    r("stop-sending", &[Is(STOPDE), Is(PREP), Gap(2, ME | DET | SIE | FILLER | PREP), Is(SENDV | SENDME | GETV)], 0.88, true),
    r("stop-messages", &[Is(OBJV), Gap(3, SMALL), Is(MSGN)], 0.88, true),
    r("stop-it", &[Is(STOPV), Is(OBJP), End], 0.88, true),
    r("stop-it", &[Is(STOPV), Is(OBJP), Is(PREP), Gap(2, SMALL), Is(MSGN)], 0.88, true),
    r("dont-want", &[Is(NOTINT), GapNot(4, GUARD), Is(MSGN)], 0.85, true),
    r("stop-it", &[Is(MAKEV), Gap(2, SMALL), Is(OBJP | MSGN), Is(STOPV), End], 0.85, true),
    r("stop-messages", &[Is(MSGCJK), Opt(FILLER), Is(STOPV)], 0.88, true),
    r("remove-me", &[Is(REMOVEV), Opt(SIE), Opt(MYDET), Is(ME | NUMBER), End], 0.9, true),
    r("remove-me", &[Is(REMOVEV), Opt(SIE), Opt(MYDET), Is(ME | NUMBER), Is(OUTFROM), Gap(3, SMALL), Is(LISTN | MSGN | OBJP)], 0.9, true),
    r("remove-me", &[Is(REMOVEME)], 0.9, true),
    r("remove-me", &[Is(LOSEV), Opt(SIE), Is(MYDET), Is(NUMBER), End], 0.88, true),
    r("take-me-off", &[Is(TAKEV), Opt(MYDET), Is(ME | NUMBER), Is(OFF), End], 0.9, true),
    r("take-me-off", &[Is(TAKEV), Opt(MYDET), Is(ME | NUMBER), Is(OFF), Gap(3, SMALL | OUTFROM), Is(LISTN | MSGN)], 0.9, true),
    r("take-me-off", &[Is(TAKEV), Opt(MYDET), Is(ME | NUMBER), Is(OUTFROM), Gap(3, SMALL), Is(LISTN)], 0.9, true),
    r("remove-me", &[Is(REMOVEV), Is(OUTFROM), Gap(3, SMALL), Is(LISTN)], 0.85, true),
    r("take-me-off", &[Is(TAKEV), Is(OFF), Gap(2, SMALL), Is(LISTN)], 0.85, true),
    r("dont-text", &[Is(NEG), Opt(ME | AGAIN | MORE | SIE), Is(SENDME)], 0.88, false),
    r("dont-text", &[Is(NEG), Is(ME | AGAIN), Gap(2, AGAIN | MORE | ME | PREP), Is(SENDV | SENDME)], 0.88, false),
    r("dont-text", &[Is(DONTSEND)], 0.85, true),
    r("dont-text", &[Is(NEG), Opt(AGAIN), Is(SENDV), Is(ME | MYDET | NUMBER | AGAIN | MORE)], 0.88, false),
    r("dont-text", &[Is(SENDV), Opt(SIE), Opt(ME), Is(NEG), Is(MORE)], 0.85, false),
    r("dont-text", &[Is(NEG), Is(SENDGEN), Opt(ME), Gap(2, SMALL), Is(MSGN)], 0.85, false),
    r("dont-text", &[Is(NEG), Is(MORE), Is(SENDV | SENDME)], 0.85, false),
    r("no-more", &[Is(NOMORE), Gap(2, SMALL | PREP), Is(MSGN)], 0.9, true),
    r("no-more", &[Is(KEINE), Gap(2, SMALL), Is(MSGN), Is(MORE)], 0.9, false),
    r("no-more", &[Is(KEINE), Gap(2, SMALL), Is(MSGN), End], 0.85, false),
    r("dont-want", &[Is(NEG), Is(WANT), GapNot(4, GUARD), Is(MSGN)], 0.85, false),
    r("dont-want", &[Is(NEG), Is(WANT), GapNot(4, GUARD), Is(OBJP), End], 0.85, false),
    r("dont-want", &[Is(NEG), Is(WANT), Gap(2, MORE | IPRON | PREP), Is(GETV), Opt(MORE | AGAIN), End], 0.85, false),
    r("remove-me", &[Is(REMOVED), Is(OUTFROM | OFF), Gap(3, SMALL), Is(LISTN)], 0.85, true),
    r("leave-me-alone", &[Is(LEAVE)], 0.85, true),
    r("revoke-consent", &[Is(REVOKEV), Gap(3, SMALL | ME), Is(CONSENT)], 0.9, true),
    r("revoke-consent", &[Is(CONSENT), Is(REVOKEV)], 0.9, true),
];

/// Opt-in phrases (the rule's intent is opt-in): count only when the rest of the message is fillers.
pub(crate) const OPT_IN_RULES: &[Rule] = &[
    Rule { name: "resume-messages", steps: &[Is(OPTINV), Gap(2, SMALL), Is(MSGN)], confidence: 0.85, negatable: false },
    Rule { name: "resume-messages", steps: &[Is(OPTINV), Opt(ME), Is(SENDV)], confidence: 0.85, negatable: false },
];

const fn r(name: &'static str, steps: &'static [Step], confidence: f32, negatable: bool) -> Rule {
    Rule { name, steps, confidence, negatable }
}

/// Matches `steps` at `i` in `ws` (one clause); the end of the match.
pub(crate) fn match_at(ws: &[Word<'_>], i: usize, steps: &[Step]) -> Option<usize> {
    let Some((&step, rest)) = steps.split_first() else { return Some(i) };
    match step {
        Is(c) => (i < ws.len() && ws[i].is(c)).then(|| match_at(ws, i + 1, rest)).flatten(),
        Opt(c) => {
            if i < ws.len() && ws[i].is(c) {
                if let Some(e) = match_at(ws, i + 1, rest) {
                    return Some(e);
                }
            }
            match_at(ws, i, rest)
        }
        Gap(n, c) | GapNot(n, c) => {
            let not = matches!(step, GapNot(..));
            let mut j = i;
            loop {
                if let Some(e) = match_at(ws, j, rest) {
                    return Some(e);
                }
                if j >= ws.len() || j - i >= n as usize || ws[j].is(c) == not {
                    return None;
                }
                j += 1;
            }
        }
        End => ws[i..].iter().all(|w| w.is(FILL)).then_some(ws.len()),
    }
}

/// Whether a negation shortly before `i` cancels what starts there.
pub(crate) fn negated(ws: &[Word<'_>], i: usize) -> bool {
    let from = i.saturating_sub(4);
    (from..i).any(|j| {
        let w = &ws[j];
        if !w.is(NEG) {
            return false;
        }
        // "no, stop" / "no stop texting": an interjection, not a negation.
        if w.text == "no" && j + 1 == i && ws[i].e.lang == Some("en") {
            return false;
        }
        // "I don't know how to unsubscribe": the negation is about something else.
        !ws[j + 1..i].iter().take(2).any(|x| x.is(NEGLIFT))
    })
}
