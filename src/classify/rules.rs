//! The engine: looks folded tokens up in the lexicon, merges phrases, and
//! runs keyword levels and token-class patterns over each clause.
//!
//! Patterns are short sequences of [`Step`]s over word classes, tried at
//! every token of a clause with bounded backtracking, so the work is linear
//! in the number of tokens.
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use super::fold::{collapse_doubles, Folded};
use super::lexicon::*;
use super::pack;
use super::Intent;

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
    pub class: u128,
    pub kw: Option<u16>,
    pub lang: Option<&'static str>,
    pub hint: Option<&'static str>,
}

/// A phrase's words, and the token they merge into.
type Phrase = (Vec<&'static str>, &'static str);

pub(crate) struct Lexicon {
    words: HashMap<&'static str, Entry, BuildHasherDefault<Fx>>,
    /// Words written in scripts without spaces, longest first, for segmenting.
    cjk: Vec<&'static str>,
    /// Keywords whose near misses count.
    typo_kws: Vec<u16>,
    /// Opt-out keywords in scripts without spaces that count anywhere.
    strong_cjk: Vec<u16>,
    /// Classes that can start an opt-out rule: other tokens are skipped.
    pub(crate) rule_starts: u128,
    /// Per opt-out rule, the classes its first token must have.
    pub(crate) rule_first: Vec<u128>,
    /// Phrase merges by first word, in table order.
    phrases: HashMap<&'static str, Vec<Phrase>, BuildHasherDefault<Fx>>,
    /// [`KEYWORDS`], [`OPT_OUT_RULES`] and [`OPT_IN_RULES`], read back from their packed bytes.
    pub(crate) keywords: Vec<Keyword>,
    pub(crate) opt_out: Vec<Rule>,
    pub(crate) opt_in: Vec<Rule>,
}

pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

impl Lexicon {
    fn build() -> Lexicon {
        let keywords = unpack_keywords(&KEYWORDS_PACKED);
        let mut words: HashMap<&'static str, Entry, BuildHasherDefault<Fx>> = HashMap::default();
        for (i, kw) in keywords.iter().enumerate() {
            let e = words.entry(kw.word).or_default();
            if e.kw.is_none() {
                e.kw = Some(i as u16);
                e.lang = Some(kw.lang);
            }
        }
        for (i, kw) in keywords.iter().enumerate() {
            if kw.intent == super::Intent::OptOut
                && !matches!(kw.word, "para" | "nomore" | "nomas")
                && words.get(kw.word).and_then(|e| e.kw) == Some(i as u16)
            {
                words.entry(kw.word).or_default().class |= KWOUT;
            }
        }
        for (class, lang, list) in classes() {
            for w in list.split(' ') {
                let e = words.entry(w).or_default();
                e.class |= class;
                if e.lang.is_none() && lang != "*" {
                    e.lang = Some(lang);
                }
            }
        }
        for (phrase, canon) in phrases() {
            if let Some(first) = phrase.split(' ').next() {
                words.entry(first).or_default().class |= PSTART;
            }
            words.entry(canon).or_default();
        }
        for &(lang, list) in HINTS {
            for w in list.split(' ') {
                words.entry(w).or_default().hint = Some(lang);
            }
        }
        // Longest first, in the order of the map among words of one length: a stable sort by
        // length, one pass per length (the wasm links no sort for it).
        let all: Vec<&'static str> = words.keys().copied().filter(|w| w.chars().any(is_cjk)).collect();
        let longest = all.iter().map(|w| w.len()).max().unwrap_or(0);
        let cjk: Vec<&'static str> = (1..=longest).rev().flat_map(|n| all.iter().copied().filter(move |w| w.len() == n)).collect();
        let typo_kws = (0..keywords.len() as u16).zip(&keywords).filter(|(_, k)| k.typos).map(|(i, _)| i).collect();
        let strong_cjk = (0..keywords.len() as u16)
            .zip(&keywords)
            .filter(|&(_, k)| {
                k.intent == super::Intent::OptOut && k.level == Level::Anywhere && k.word.chars().any(is_cjk)
            })
            .map(|(i, _)| i)
            .collect();
        let opt_out = unpack(&OPT_OUT_HEADS, &OPT_OUT_STEPS);
        let opt_in = unpack(&OPT_IN_HEADS, &OPT_IN_STEPS);
        let rule_first: Vec<u128> = opt_out.iter().map(|r| first_classes(r.steps)).collect();
        let rule_starts = rule_first.iter().fold(0, |m, c| m | c);
        let mut phrases: HashMap<&'static str, Vec<Phrase>, BuildHasherDefault<Fx>> = HashMap::default();
        for (p, canon) in super::lexicon::phrases() {
            let parts: Vec<&'static str> = p.split(' ').collect();
            phrases.entry(parts[0]).or_default().push((parts, canon));
        }
        Lexicon { words, cjk, typo_kws, strong_cjk, rule_starts, rule_first, phrases, keywords, opt_out, opt_in }
    }

    pub(crate) fn get() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(Lexicon::build)
    }

    /// Keyword number `i` (the `kw` of an [`Entry`]).
    pub(crate) fn keyword(&self, i: u16) -> Option<&Keyword> {
        self.keywords.get(usize::from(i))
    }

    pub(crate) fn entry(&self, w: &str) -> Entry {
        self.words.get(w).copied().unwrap_or_default()
    }

    /// What an unknown word written with doubled or stretched letters reads
    /// as: a filler ("thankss", "plss") or a stretched slang keyword
    /// ("staaap", "staahp"); never any other keyword ("stoop" is not STOP).
    fn stretched(&self, w: &str, squeezed: bool) -> Option<Entry> {
        let collapsed = collapse_doubles(w);
        let form = collapsed.as_deref().unwrap_or(w);
        if squeezed || collapsed.is_some() {
            if let Some(&(_, kw)) = STRETCHED.iter().find(|(s, _)| *s == form) {
                return Some(self.entry(kw));
            }
        }
        let e = self.entry(collapsed.as_deref()?);
        (e.class & FILLER != 0 && e.kw.is_none()).then_some(e)
    }

    /// The whole-message keyword `w` is with its last letter doubled ("yess", "sii", "ouii",
    /// "infoo"), if any: a keyword too short for [`Self::typo_of`] (one edit from "yes" is
    /// also "yet"), stretched the way people stretch a word. Only keywords that count for the
    /// whole message alone or with fillers (a doubled letter never makes a keyword of a word in
    /// a sentence), and of the opt-ins only the answer words said alone (not "startt").
    fn doubled_last(&self, w: &str) -> Option<u16> {
        let b = w.as_bytes();
        let n = b.len();
        if !w.is_ascii() || n < 2 || b[n - 1] != b[n - 2] || !b[n - 1].is_ascii_alphabetic() {
            return None;
        }
        let i = self.entry(&w[..n - 1]).kw?;
        self.keyword(i).filter(|k| k.level == Level::Exact || k.level == Level::Whole && k.intent != super::Intent::OptIn).map(|_| i)
    }

    /// The keyword `w` is a safe near miss of, if any.
    fn typo_of(&self, w: &str) -> Option<u16> {
        if !w.is_ascii() || w.len() < 3 {
            return None;
        }
        let hit = self.typo_kws.iter().copied().find(|&i| {
            let Some(kw) = self.keyword(i).map(|k| k.word) else {
                return false;
            };
            // Short words: the first letter must agree ("istop", "atop" are not STOP),
            // or be its neighbour on a keyboard, the rest exact ("dtop", "xtop").
            let (a, b) = (w.as_bytes(), kw.as_bytes());
            (kw.len() > 5 || a[0] == b[0]) && within_one_edit(a, b) || a.len() == b.len() && a[1..] == b[1..] && neighbours(b[0]).contains(&a[0])
        });
        hit.filter(|_| !pack::strs(&NOT_TYPOS_PACKED).any(|t| t == w))
    }
}

/// The classes the first token of a match can have: through optional steps
/// and gaps to the first required one (any class where that cannot be told).
fn first_classes(steps: &[Step]) -> u128 {
    let mut c = 0;
    for s in steps {
        match *s {
            Step::Begin | Step::After(_) => {}
            Step::Is(x) => return c | x,
            Step::Opt(x) | Step::Gap(_, x) => c |= x,
            _ => return u128::MAX,
        }
    }
    u128::MAX
}

/// Keys next to a letter on a QWERTY keyboard (and the digit that stands for it).
fn neighbours(c: u8) -> &'static [u8] {
    match c {
        b's' => b"awedxz5",
        b'b' => b"vgnh",
        b'h' => b"gjyubn",
        b'e' => b"wrsd3",
        _ => b"",
    }
}

/// Endings of compound words that name a kind of message (German, Dutch):
/// "Abholbenachrichtigungen", "Fluginfos", "Rabattangebote"; whether marketing.
const COMPOUND_MSG: &[(&str, bool)] = &[
    ("nachrichten", false),
    ("benachrichtigungen", false),
    ("verzoeken", false),
    ("aufrufe", false),
    ("updates", false),
    ("aktionen", true),
    ("acties", true),
    ("alarme", false),
    ("erinnerungen", false),
    ("infos", false),
    ("hinweise", false),
    ("meldungen", false),
    ("mails", false),
    ("sms", false),
    ("alerts", false),
    ("texts", false),
    ("berichten", false),
    ("herinneringen", false),
    ("meldingen", false),
    ("angebote", true),
    ("gutscheine", true),
    ("werbung", true),
    ("newsletter", true),
    ("aanbiedingen", true),
    ("promos", true),
    ("codes", true),
    ("offers", true),
    ("deals", true),
    ("coupons", true),
];

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
    // Past the common prefix: one substitution, one transposition, or one letter more on
    // either side (slice patterns: no bounds check can panic).
    let (a, b) = (a.get(p..).unwrap_or_default(), b.get(p..).unwrap_or_default());
    match (a, b) {
        ([_, ra @ ..], [_, rb @ ..]) if ra == rb => true,
        ([x, y, ra @ ..], [y2, x2, rb @ ..]) if a.len() == b.len() => x == x2 && y == y2 && ra == rb,
        _ if a.len() < b.len() => b.get(1..) == Some(a),
        _ if a.len() > b.len() => a.get(1..) == Some(b),
        _ => false,
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
    pub fn is(&self, class: u128) -> bool {
        self.e.class & class != 0
    }
    pub fn keyword(&self) -> Option<&'static Keyword> {
        self.e.kw.and_then(|i| Lexicon::get().keyword(i))
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
            if let Some(parts) = segment(lex, text, false) {
                for p in parts {
                    raw.push(Word { text: p, clause, e: lex.entry(p), typo: false });
                }
                continue;
            }
            // Unsegmentable: a strong keyword inside still counts ("回复退订"),
            // unless a negation comes right before it ("不要退订").
            if let Some(k) = strong_inside(lex, text).and_then(|k| lex.keyword(k)) {
                raw.push(Word { text, clause, e: lex.entry(k.word), typo: false });
                continue;
            }
            // Otherwise the known words, and the unknown runs between them as
            // words of their own (a program or kind of message: "フライト通知をまた受け取りたい").
            // Not Hangul: Korean writes spaces, and its phrase merges are across them.
            if let Some(parts) = segment(lex, text, true).filter(|_| !text.chars().any(|c| matches!(c as u32, 0xAC00..=0xD7AF))) {
                for p in parts {
                    raw.push(Word { text: p, clause, e: lex.entry(p), typo: false });
                }
                continue;
            }
        }
        let mut w = Word { text, clause, e, typo: false };
        if e.class == 0 && e.kw.is_none() && text.len() >= 3 && text.bytes().all(|b| b.is_ascii_digit()) {
            w.e.class = DIGITS;
            raw.push(w);
            continue;
        }
        if e.class == 0 && e.kw.is_none() && e.hint.is_none() {
            if let Some(&(_, mkt)) = COMPOUND_MSG.iter().find(|(sfx, _)| text.len() > sfx.len() + 2 && text.ends_with(sfx)) {
                w.e.class = MSGN | MSGPL | if mkt { MKT } else { 0 };
                raw.push(w);
                continue;
            }
            if let Some(k) = lex.typo_of(text).and_then(|k| lex.keyword(k)) {
                w.e = lex.entry(k.word);
                w.typo = true;
            } else if let Some(k) = lex.doubled_last(text).and_then(|k| lex.keyword(k)) {
                // A stretched answer word is that word ("yess" is YES, as "yesss" is); any other
                // keyword is read as a typo of itself.
                w.e = lex.entry(k.word);
                w.typo = k.intent != super::Intent::OptIn;
            } else {
                w.e = lex.stretched(text, f.toks[i].stretched).unwrap_or(e);
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
            let starting = lex.phrases.get(raw[i].text).map_or(&[][..], Vec::as_slice);
            let hit = starting.iter().find(|(p, _)| {
                i + p.len() <= raw.len() && p.iter().enumerate().all(|(k, t)| raw[i + k].text == *t && raw[i + k].clause == raw[i].clause)
            });
            if let Some((p, canon)) = hit {
                let canon: &'static str = canon;
                word = Word { text: canon, clause: raw[i].clause, e: lex.entry(canon), typo: false };
                used = p.len();
            }
        }
        raw[w] = word;
        w += 1;
        i += used;
    }
    raw.truncate(w);
    for w in &mut raw {
        if w.e.class == 0 && w.e.kw.is_none() {
            w.e.class = UNK;
        }
    }
    // French and Italian elision: "d'alertes", "l'offre" fold to one word.
    for w in &mut raw {
        if w.is(UNK) && w.text.is_ascii() {
            for p in ["d", "l", "qu"] {
                if let Some(rest) = w.text.strip_prefix(p).filter(|r| r.len() >= 4) {
                    let e = lex.entry(rest);
                    if e.class & (MSGN | MSGPL | MKT | SENDV | GETV) != 0 || e.kw.and_then(|k| lex.keyword(k)).is_some_and(|k| k.intent == super::Intent::Help)
                    {
                        w.e = e;
                    }
                }
            }
        }
    }
    // "top texting me", "atop sending me texts": STOP with a letter lost, at the start.
    if raw.len() > 1 && matches!(raw[0].text, "top" | "atop" | "sop") && raw[1].is(SENDV | SENDME | SENDGEN | GETV) && raw[1].clause == raw[0].clause
    {
        raw[0].e = lex.entry("stop");
        raw[0].typo = true;
    }
    // "sopt", "sotpp", "сотп": the whole message is STOP's letters out of order (doubles
    // collapsed), first letter kept; "spot" and "спот" are words.
    if raw.len() == 1 && raw[0].e.kw.is_none() && stop_anagram(raw[0].text) {
        raw[0].e = lex.entry("stop");
        raw[0].typo = true;
    }
    // "거부" (refuse) as the whole message is 수신거부; not a word of the lexicon, so
    // "실수로 거부 눌렀어요, 계속 보내주세요" (pressed refuse by mistake) stays an opt-in.
    if raw.len() == 1 && raw[0].text == "거부" {
        raw[0].e = lex.entry("수신거부");
    }
    glue_filler_clauses(&mut raw);
    raw
}

/// Whether `t`, with runs of a letter collapsed, has exactly the letters of STOP (or
/// СТОП) starting with its first letter, and is not a word ("spot", "stoop").
fn stop_anagram(t: &str) -> bool {
    let mut cs: Vec<char> = t.chars().collect();
    cs.dedup();
    // "stoop" is a word; STOP's own doubled letters are read elsewhere.
    if cs.len() != 4 || matches!(t, "spot" | "спот" | "spott") || cs == ['s', 't', 'o', 'p'] {
        return false;
    }
    // Four letters holding each of STOP's four (distinct) letters are its letters in some
    // order: no sort needed (the wasm links none for it).
    ["stop", "стоп"].iter().any(|kw| {
        // (Not `starts_with`: its char pattern costs the wasm 60 bytes more.)
        let mut letters = kw.chars();
        letters.next() == Some(cs[0]) && kw.chars().all(|c| cs.contains(&c))
    })
}

/// A clause of fillers only ("Удалите, пожалуйста, мой номер", "Hi, stop
/// texting me") joins the clauses on both sides.
fn glue_filler_clauses(ws: &mut [Word<'_>]) {
    let (mut k, mut prev, mut glue) = (0, None, false);
    while k < ws.len() {
        let c = ws[k].clause;
        let mut e = k;
        while e < ws.len() && ws[e].clause == c {
            e += 1;
        }
        let only_fill = ws[k..e].iter().all(|w| w.is(FILLER) && w.e.kw.is_none());
        let id = match prev {
            Some(p) if glue || only_fill => p,
            _ => c,
        };
        for w in &mut ws[k..e] {
            w.clause = id;
        }
        (prev, glue) = (Some(id), only_fill);
        k = e;
    }
}

fn strong_inside(lex: &Lexicon, text: &str) -> Option<u16> {
    lex.strong_cjk.iter().copied().find(|&i| {
        let Some(kw) = lex.keyword(i).map(|k| k.word) else {
            return false;
        };
        text.match_indices(kw).any(|(at, _)| {
            let before = &text[..at];
            !["不", "别", "勿", "別"].iter().any(|n| before.ends_with(n))
        })
    })
}

/// Splits a run of Han/kana/Hangul into known words, longest first. Strict:
/// `None` when some part is unknown. Loose: the unknown runs between known
/// words are words too, and `None` when no known word of two or more
/// characters is there (then the run stays one word).
fn segment<'a>(lex: &Lexicon, text: &'a str, loose: bool) -> Option<Vec<&'a str>> {
    let mut parts = Vec::new();
    let (mut at, mut unknown, mut known) = (0, 0, !loose);
    while at < text.len() {
        let rest = &text[at..];
        match lex.cjk.iter().find(|w| rest.starts_with(**w)) {
            Some(w) => {
                if unknown < at {
                    parts.push(&text[unknown..at]);
                }
                known |= w.chars().nth(1).is_some();
                parts.push(&text[at..at + w.len()]);
                at += w.len();
                unknown = at;
            }
            None if loose => at += rest.chars().next().map_or(1, char::len_utf8),
            None => return None,
        }
    }
    if unknown < at {
        parts.push(&text[unknown..at]);
    }
    known.then_some(parts)
}

/// One step of a pattern.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Step {
    /// A token of one of these classes.
    Is(u128),
    /// Optionally a token of one of these classes.
    Opt(u128),
    /// Up to n tokens of these classes.
    Gap(u8, u128),
    /// Up to n tokens of any class but these.
    GapNot(u8, u128),
    /// Only fillers until the end of the clause.
    End,
    /// The start of the clause, fillers aside ("SMS stop", "请别发了", not
    /// "when do the texts stop").
    Begin,
    /// Only tokens of these classes before, in the clause ("I already opted out").
    After(u128),
    /// Only tokens of these classes until the end.
    Rest(u128),
    /// Not "to" and then a token of these classes ("I never want these
    /// texts to end" wants them).
    NotTo(u128),
}

/// A natural-language rule.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Rule {
    pub name: &'static str,
    pub steps: &'static [Step],
    pub confidence: f32,
    /// A negation shortly before the match cancels it ("don't stop the updates").
    pub negatable: bool,
    /// The object is a pronoun that counts only when the message names the
    /// number ("Wrong number, please remove it from your list", not "remove
    /// it from your list" about a product).
    pub refers_back: bool,
}

use Step::{After, Begin, End, Gap, GapNot, Is, NotTo, Opt, Rest};

pub(crate) const FILL: u128 = FILLER | OBJP | ALL;
const ANY_LIST: u128 = LISTN | WHEN | PREP | ONTO | TOW;
const SMALL: u128 = DET | MYDET | ADJ | MORE | OBJP | MKTMOD;

/// Opt-out rules, tried in every clause.
pub(crate) const OPT_OUT_RULES: &[Rule] = &[
    r("stop-sending", &[Is(STOPV), Opt(ME | FILLER), Is(SENDV | SENDME)], 0.9, true),
    r("stop-sending", &[Is(STOPV), Is(SENDGEN), Opt(ME), Gap(2, SMALL), Is(MSGN)], 0.9, true),
    // "quit sending the carpool notices": any kind of message.
    r("stop-sending", &[Is(STOPV), Is(SENDGEN), Opt(ME), GapNot(3, NEG | GUARD | SENDV | SENDME | IPRON | SELF), Is(MSGPL)], 0.88, true),
    r("stop-sending", &[Is(STOPV), Is(SENDGEN), Opt(ME), End], 0.88, true),
    r("stop-getting", &[Is(STOPV), Is(GETV), Gap(3, SMALL), Is(MSGN | OBJP)], 0.9, true),
    r("stop-getting", &[Is(STOPV), Is(GETV), End], 0.85, true),
    r("stop-it", &[Is(WANT), Opt(IPRON), Is(STOPV), End], 0.85, true),
    r("stop-sending", &[Is(STOPDE), Opt(SIE), Is(PREP), Gap(3, ME | DET | SIE | FILLER | PREP | MSGN), Is(SENDV | SENDME | GETV)], 0.88, true),
    // "Hört auf!", "Hören Sie auf, mir zu schreiben": the verb alone is the request.
    r("stop-it", &[Is(STOPDE), Opt(SIE), Opt(FILLER), Is(PREP), End], 0.85, true),
    r("stop-it", &[Begin, Is(MSGN), Is(STOPV), End], 0.85, true),
    r("stop-messages", &[Is(TURNV), Gap(3, SMALL), Is(MSGN), Is(OFF)], 0.88, true),
    r("cancel-subscription", &[Is(CANCELV), Gap(2, SMALL), Is(SUBN), End], 0.85, true),
    r("cancel-subscription", &[Is(CANCELV), Gap(2, SMALL), Is(SUBN), Gap(4, IPRON | PREP | OUTFROM | ONTO | SMALL), Is(MSGN)], 0.88, true),
    r("cancel-subscription", &[Is(SUBN), Opt(FILLER), Is(CANCELV), End], 0.85, true),
    r("stop-messages", &[Is(OBJV), Gap(3, SMALL), Is(MSGN)], 0.88, true),
    // "stop the reward-points offers", "stop the daily deal blasts": any kind of message.
    r("stop-messages", &[Is(OBJV), Is(DET | MYDET), GapNot(3, NEG | GUARD | SENDV | SENDME | IPRON | SELF | YOUSUBJ), Is(MSGPL)], 0.86, true),
    r("stop-it", &[Is(STOPV), Is(OBJP), End], 0.88, true),
    // "stop with the marketing", "quit with the sale texts".
    r("stop-messages", &[Is(STOPV), Is(PREP), Gap(3, SMALL | UNK), Is(MSGN)], 0.88, true),
    r("stop-it", &[Is(STOPV), Is(OBJP), Is(PREP), Gap(2, SMALL), Is(MSGN)], 0.88, true),
    r("dont-want", &[Is(NOTINT), GapNot(4, GUARD), Is(MSGN), NotTo(ENDING)], 0.85, true),
    r("stop-it", &[Is(MAKEV), Gap(2, SMALL), Is(OBJP | MSGN), Is(STOPV), End], 0.85, true),
    r("stop-messages", &[Is(MSGCJK), Opt(FILLER), Is(STOPV)], 0.88, true),
    r("remove-me", &[Is(REMOVEV), Gap(2, SIE | FILLER), Gap(2, MYDET), Opt(THIRD), Is(ME | NUMBER), Opt(NUMBER), End], 0.9, true),
    r(
        "remove-me",
        &[Is(REMOVEV), Gap(2, SIE | FILLER), Gap(2, MYDET | DET), Is(NUMBER), Opt(NUMBER), Is(OUTFROM), Gap(3, SMALL), Is(LISTN)],
        0.9,
        true,
    ),
    // Verb last (Hindi, Japanese, Korean word order): "मैसेज भेजना बंद करें", "message mat bhejo",
    // "reminder ab mat bhejiye" (a filler such as ab, now, before the negation),
    // "mujhe aur messages nahi chahiye", "list se mera naam hatao".
    r("stop-messages", &[Begin, Gap(4, UNK | PREP | ADJ | MKT | MKTMOD | MSGN), Opt(ME), Is(MSGN), Opt(SENDV | SENDGEN), Is(STOPV), End], 0.85, true),
    r(
        "dont-text",
        &[Begin, Gap(4, UNK | PREP | ADJ | MKT | MKTMOD | NOTHING), Opt(ME), Opt(MORE | FILLER), Opt(MSGN), Opt(FILLER), Is(IMPNEG), Is(SENDV | SENDME), End],
        0.85,
        false,
    ),
    r("dont-text", &[Begin, Gap(4, UNK | PREP | ADJ | MKT | MKTMOD), Opt(ME), Is(MSGN), Is(IMPNEG), End], 0.82, false),
    r("dont-want", &[Begin, Gap(4, UNK | PREP | ADJ | MKT | MKTMOD), Opt(ME), Opt(MORE), Is(MSGN), Is(NEG), Is(WANT), End], 0.85, false),
    r("remove-me", &[Begin, Opt(ME), Is(LISTN), Is(OUTFROM), Opt(MYDET), Opt(NUMBER), Is(REMOVEV), End], 0.85, true),
    // "mera number list se hata do", "mujhe is list se nikaal do": who or what first, then the list.
    r("remove-me", &[Begin, Opt(ME | MYDET), Opt(NUMBER), Opt(DET), Is(LISTN), Is(OUTFROM), Opt(MYDET), Opt(NUMBER), Is(REMOVEV | REMOVEHI), Opt(FILLER), End], 0.85, true),
    // 'no more "you might also like" texts', 'stop the "items in your cart" texts': a
    // quoted kind of message, the message noun ending the clause.
    r("no-more", &[Begin, Is(NOMORE), GapNot(6, NEG | SENDV | SENDME | STOPV | OUTFROM), Is(MSGPL), End], 0.84, true),
    r("stop-messages", &[Begin, Is(OBJV), Is(DET), GapNot(6, NEG | SENDV | SENDME | STOPV), Is(MSGPL), End], 0.84, true),
    // "nie wysyłajcie powiadomień o paczce", "не присылайте уведомления о посылке".
    r("dont-text", &[Begin, Is(IMPNEG), Opt(MORE | AGAIN), Is(SENDV | SENDME), Opt(ME), Is(MSGN | MSGPL)], 0.85, false),
    // "bez powiadomień o locie", "sem lembretes de consulta".
    r("no-more", &[Begin, Is(NOWORD), Opt(ADJ), Is(MSGPL | MKT), Is(PREP | OUTFROM | MYDET), Gap(3, UNK | SMALL | DET), End], 0.82, false),
    // "quiten las ofertas", "¿cómo quito estos mensajes?".
    r("stop-messages", &[Is(REMOVEV), Gap(2, SMALL), Is(MSGN)], 0.85, true),
    // "paren con las ofertas", "parem com as mensagens".
    r("stop-messages", &[Is(STOPDE), Opt(SIE), Is(PREP), Gap(3, SMALL), Is(MSGN)], 0.86, true),
    // "reportar a PROFECO", "si me vuelven a escribir los voy a denunciar".
    r("threat", &[Is(REPORTV), Rest(FILL | OBJP | ME | YOUSUBJ | TEMPORAL | ALL)], 0.8, true),
    // "baja de publicidad", "alto a todos los mensajes", "basta coupon".
    r("keyword-of", &[Begin, Is(KWOUT), Opt(PREP | OUTFROM | ONTO | TOW), Gap(3, SMALL | ALL | UNK), Is(MSGN | MKT)], 0.85, true),
    // Object first: "meine Nummer bitte löschen", "me tira da lista".
    r("remove-me", &[Opt(MYDET), Is(NUMBER), Opt(NUMBER), Opt(FILLER), Is(REMOVEV), End], 0.88, true),
    // "Wilt u mijn nummer uit uw bestand verwijderen", "Bitte von der Liste nehmen": the verb last.
    r("remove-me", &[Opt(MYDET), Opt(NUMBER), Is(OUTFROM), Gap(2, SMALL), Is(LISTN), Opt(FILLER), Is(REMOVEV | TAKEV), End], 0.86, true),
    // "ik wil van de lijst af".
    r("take-me-off", &[Is(WANT), Is(OUTFROM), Gap(2, SMALL), Is(LISTN), Is(OFF)], 0.86, true),
    // "Erreur de numéro. Supprimez-le svp".
    back(r("remove-me", &[Is(REMOVEV), Is(BACKREF | DET), Rest(FILL)], 0.82, true)),
    // "wie stoppe ich diese SMS?", "hoe stop ik deze berichten?".
    r("stop-messages", &[Is(OBJV), Is(SELF), Gap(2, SMALL), Is(MSGN)], 0.86, true),
    // "mich nicht mehr zu kontaktieren", "mij niet meer te benaderen".
    r("dont-text", &[Is(ME), Is(NEG), Opt(MORE), Opt(PREP), Is(SENDV | SENDME)], 0.85, false),
    // "Ich will diese Nachrichten nicht".
    r("dont-want", &[Is(WANT), Gap(2, SMALL), Is(MSGN), Is(NEG), End], 0.85, false),
    r("remove-me", &[Is(ME), Opt(FILLER), Is(REMOVEV), End], 0.85, true),
    r("remove-me", &[Is(ME), Opt(FILLER), Is(REMOVEV), Is(OUTFROM), Gap(3, SMALL), Is(LISTN)], 0.88, true),
    r("remove-me", &[Is(ADDV | TAKEV), Opt(MYDET), Is(ME | NUMBER), Gap(4, ONTO | SMALL | IPRON | PREP), Is(DNCN)], 0.9, true),
    r(
        "remove-me",
        &[Is(REMOVEV), Opt(SIE), Opt(MYDET), Opt(THIRD), Is(ME | NUMBER), Opt(NUMBER), Is(OUTFROM), Gap(3, SMALL), Is(LISTN | MSGN | OBJP)],
        0.9,
        true,
    ),
    // "remove this number from the school alerts list": a named list.
    r(
        "remove-me",
        &[Is(REMOVEV), Opt(SIE), Opt(MYDET), Opt(THIRD), Is(ME | NUMBER), Opt(NUMBER), Is(OUTFROM), GapNot(3, NEG | GUARD), Is(LISTN | MSGN)],
        0.88,
        true,
    ),
    r("remove-me", &[Is(REMOVEME)], 0.9, true),
    r("remove-me", &[Is(LOSEV), Opt(SIE), Is(MYDET), Is(NUMBER), Opt(NUMBER), End], 0.88, true),
    r("take-me-off", &[Is(TAKEV), Opt(MYDET), Is(ME | NUMBER), Is(OFF), End], 0.9, true),
    r("take-me-off", &[Is(TAKEV), Opt(MYDET), Is(ME | NUMBER), Is(OFF), GapNot(3, NEG | GUARD), Is(LISTN | MSGN)], 0.9, true),
    r("take-me-off", &[Is(TAKEV), Opt(SIE), Opt(MYDET), Is(ME | NUMBER), Is(OUTFROM), Gap(3, SMALL), Is(LISTN)], 0.9, true),
    r("remove-me", &[Is(REMOVEV), Is(OUTFROM), Gap(3, SMALL), Is(LISTN)], 0.85, true),
    // "take it off your list": the number, named by a pronoun.
    r("take-me-off", &[Is(TAKEV), Is(BACKREF), Is(OFF), Gap(3, SMALL | OUTFROM | LISTN), Is(LISTN), End], 0.85, true),
    // "Wrong number, please remove it from your list": the same, with a remove verb.
    back(r("remove-me", &[Is(REMOVEV), Is(BACKREF), Is(OUTFROM | OFF), Gap(3, SMALL | OUTFROM), Is(LISTN), End], 0.85, true)),
    r("take-me-off", &[Is(TAKEV), Is(OFF), Gap(2, SMALL), Is(LISTN)], 0.85, true),
    r("take-me-off", &[Is(WANT), Is(OFF), Gap(3, SMALL | OUTFROM), Is(LISTN | MSGN)], 0.85, true),
    r("dont-text", &[Is(NEG), Opt(ME | AGAIN | MORE | SIE), Is(SENDME)], 0.88, false),
    r("dont-text", &[Is(NEG), Opt(MORE), Is(ME | AGAIN), Gap(2, AGAIN | MORE | ME | PREP), Is(SENDV | SENDME)], 0.88, false),
    r("dont-text", &[Is(MORE), Is(NEG), Is(SENDV | SENDME)], 0.85, false),
    r("dont-text", &[Begin, Is(IMPNEG), Opt(MORE | AGAIN), Is(SENDV | SENDME), End], 0.85, false),
    // "别给我发信息", "不要再打扰我".
    r("dont-text", &[Begin, Is(IMPNEG), Opt(MORE | AGAIN), Opt(PREP), Is(SENDV | SENDME), Opt(ME | MSGN), End], 0.85, false),
    r("dont-text", &[Is(DONTSEND)], 0.85, true),
    // "je veux plus recevoir vos sms", "jveux plus rien recevoir de vous": the ne dropped.
    r("dont-want", &[Begin, Opt(IPRON), Is(WANTFR), Is(MORE), Opt(MORE | NOTHING), Is(GETV)], 0.84, true),
    // "não me manda mais", "não me manda mais mensagem": Brazilian informal, with mais.
    r("dont-text", &[Is(NEG), Opt(ME), Is(SENDPTI), Opt(MSGN), Is(MORE), Opt(MSGN), Opt(FILLER), End], 0.85, false),
    // "문자 안 받을게요", "이제 안 받을래요": will not receive, the whole clause ("돈 안 받을게요", money, is not).
    r("dont-want", &[Begin, Gap(2, MSGCJK | MSGN | MORE | FILLER), Is(NOGET), Opt(FILLER), End], 0.84, true),
    // "请勿再通过此号码联系我": not (again) through this number.
    r("dont-text", &[Is(IMPNEG), Opt(MORE | AGAIN), Gap(2, UNK), Is(NUMBER), Is(SENDV), Is(ME)], 0.85, false),
    r("dont-text", &[Is(NEG), Opt(AGAIN), Is(SENDV), Is(ME | MYDET | NUMBER | AGAIN | MORE)], 0.88, false),
    r("dont-text", &[Is(SENDV), Opt(SIE), Opt(ME), Is(NEG), Is(MORE)], 0.85, false),
    // "schreibt mir bitte nicht mehr": the ihr-imperative, only first in its clause.
    r("dont-text", &[Begin, Is(SENDIHR), Opt(ME), Opt(PLEASE), Is(NEG), Is(MORE)], 0.85, false),
    // "m'écrivez plus", "m'envoyez plus rien": informal French drops the ne; only first in the
    // clause ("tu m'écris plus" is a complaint to a friend) and ending it ("m'envoie plus de photos").
    r("dont-text", &[Begin, Opt(PLEASE), Is(SENDMEFR), Is(MORE), Opt(MORE), Opt(FILLER), End], 0.84, false),
    r("dont-text", &[Is(NEG), Is(SENDGEN), Opt(ME), Gap(2, SMALL), Is(MSGN)], 0.85, false),
    r("dont-text", &[Is(NEG), Is(MORE), Is(SENDV | SENDME)], 0.85, false),
    r("no-more", &[Is(NOMORE), Gap(4, SMALL | PREP | FILLER), Is(MSGN)], 0.9, true),
    // "no more pledge-drive texts": any kind of message.
    r("no-more", &[Begin, Is(NOMORE), GapNot(3, NEG | GUARD | SENDV | SENDME | IPRON | SELF | YOUSUBJ | TEMPORAL | OUTFROM), Is(MSGPL)], 0.86, true),
    r("no-more", &[Is(KEINE), GapNot(2, NEG | GUARD), Is(MSGPL), Opt(MORE), Opt(FILLER), End], 0.86, false),
    r("no-more", &[Is(KEINE), Gap(2, SMALL), Is(MSGN), Is(MORE)], 0.9, false),
    r("no-more", &[Is(KEINE), Gap(2, SMALL), Is(MSGN), End], 0.85, false),
    r("no-more", &[Begin, Is(NOWORD), Opt(ADJ), Is(MSGPL | MKT), End], 0.85, false),
    // "nada de ofertas", "nada de promos por favor": none of + a promo noun, the whole clause.
    r("no-more", &[Begin, Is(NOTHING), Is(PREP | OUTFROM), Opt(DET), Opt(ADJ), Is(MKT), End], 0.84, false),
    // The promo noun first, the no after it: "propaganda não", "promoción no", "рекламу не надо", "offers nahi".
    r("no-more", &[Begin, Opt(DET), Is(MKT), Is(NOWORD | NEG | NOMORE), End], 0.82, false),
    // "no more texting me", "no more of these".
    r("no-more", &[Begin, Is(NOMORE), Is(SENDV | SENDME), Opt(ME), End], 0.85, true),
    r("no-more", &[Begin, Is(NOMORE), Opt(OUTFROM), Is(OBJP), End], 0.82, true),
    // "I'm so sick of these texts", "tired of the messages".
    r("fed-up", &[Is(TIRED), Is(OUTFROM | PREP), Gap(3, SMALL | UNK), Is(MSGN | SENDV)], 0.85, true),
    // "I want these texts to stop", "this is spam and I want it to end".
    r("stop-it", &[Is(WANT), Gap(2, SMALL), Is(MSGN | OBJP), Is(TOW), Is(ENDING), End], 0.85, true),
    // "I'd prefer not to receive any further texts", "I no longer wish to be contacted".
    r("dont-want", &[Is(WANT), Opt(TOW), Is(NEG), Opt(TOW), Is(GETV | SENDV), Gap(3, SMALL | MORE), Is(MSGN)], 0.85, false),
    r("dont-want", &[Is(NEG), Is(WANT), Gap(3, IPRON | TOW | FILLER), Is(SENDV | REMOVED), End], 0.85, false),
    // "I formally request to be unsubscribed", "I'd like to be removed".
    r("remove-me", &[After(SELF | IPRON | FILLER | WANT), Is(WANT | IPRON), Gap(3, IPRON | TOW | FILLER), Is(REMOVED), End], 0.85, true),
    // "don't send me these".
    r("dont-text", &[Is(NEG | IMPNEG), Is(SENDGEN), Opt(ME), Is(OBJP), Opt(MORE | AGAIN), End], 0.85, false),
    // "Cancel flight notifications", "Stop pharmacy texts".
    r("stop-messages", &[Begin, Is(OBJV), Gap(2, UNK | SMALL), Is(MSGPL)], 0.85, true),
    // "I never signed up for this", "never asked for these texts".
    r(
        "never-signed-up",
        &[Is(NEVERSIGNED), Rest(FOR | OBJP | DET | MYDET | MSGN | SMALL | FILLER | ANY_LIST | GETV | TOW | SENDV | ME | IPRON)],
        0.85,
        false,
    ),
    // "kindly refrain from contacting me", "Unterlassen Sie jede weitere Kontaktaufnahme".
    r("refrain", &[Is(REFRAINV), Is(OUTFROM), Gap(3, SMALL | ME | FILLER), Is(SENDV | SENDME | SENDGEN | MSGN | GETV)], 0.88, true),
    r("refrain", &[Is(REFRAINV), Opt(SIE), Gap(3, SMALL), Is(MSGN)], 0.86, true),
    // "text me again and I'm reporting you to the FCC".
    r("threat", &[Is(REPORTV), GapNot(4, NEG), Is(AUTHN | DIGITS)], 0.85, true),
    // Japanese names the authority first, the polite verb after: "消費者センターに相談します"
    // ("警察に相談したよ" tells what happened).
    r("threat", &[Is(AUTHN), Is(REPORTV), Is(FILLER)], 0.85, true),
    r("threat", &[Is(REPORTV), Gap(3, OBJP | DET | MYDET | PREP | OUTFROM | TOW | SMALL), Is(MSGN)], 0.82, true),
    r("dont-want", &[Is(NEG), Is(WANT), GapNot(4, GUARD), Is(MSGN), NotTo(ENDING)], 0.85, false),
    r("dont-want", &[Is(NEG), Is(WANT), GapNot(4, GUARD), Is(OBJP), Opt(MORE | AGAIN | NOMORE), End], 0.85, false),
    r("dont-want", &[Is(NEG), Is(WANT), Is(QUE), Gap(3, ME | MORE | SIE), Is(SENDV | SENDME)], 0.85, false),
    r("dont-want", &[Is(NEG), Is(WANT), Gap(2, MORE | IPRON | PREP), Is(GETV), Opt(MORE | AGAIN), End], 0.85, false),
    // Nothing (more) as what is not wanted, the verb before or after it: "non voglio più ricevere
    // niente da voi", "não quero mais receber nada de vocês", "ik wil niks meer van jullie ontvangen",
    // "je ne veux plus rien recevoir de votre part", "не хочу больше ничего получать".
    r(
        "dont-want",
        &[Is(NEG), Is(WANT), Gap(2, MORE | IPRON | PREP | TOW), Is(GETV), Opt(MORE), Is(NOTHING), Opt(MORE), Rest(OUTFROM | PREP | DET | MYDET | UNK | FILLER | SIE | YOUSUBJ | MORE)],
        0.85,
        false,
    ),
    r(
        "dont-want",
        &[Is(WANT), Opt(MORE), Is(NOTHING), Opt(MORE), Gap(3, OUTFROM | PREP | DET | MYDET | UNK | SIE | YOUSUBJ), Is(GETV), Rest(OUTFROM | PREP | DET | MYDET | UNK | FILLER | SIE | YOUSUBJ | MORE)],
        0.85,
        false,
    ),
    // "I opted out already!", "I've unsubscribed": said again, it asks again
    // (not "I opted out by mistake", not "she unsubscribed").
    r("remove-me", &[After(SELF | IPRON | FILLER), Is(PASTOUT), Rest(FILL | WHEN)], 0.85, true),
    r("remove-me", &[Is(REMOVED), Is(OUTFROM | OFF), Gap(3, SMALL), Is(LISTN)], 0.85, true),
    r("remove-me", &[Is(REMOVED), Is(OUTFROM), Gap(2, SMALL), Is(MSGN | SUBN)], 0.85, true),
    r("leave-me-alone", &[Is(LEAVE)], 0.85, true),
    r("revoke-consent", &[Is(REVOKEV), Gap(3, SMALL | ME | UNK), Is(CONSENT)], 0.9, true),
    r("revoke-consent", &[Is(CONSENT), Is(REVOKEV)], 0.9, true),
    // "I do not consent (to receive texts)", not "I don't consent to the new fees".
    r("revoke-consent", &[Is(NEG), Opt(FILLER), Is(CONSENT), End], 0.85, false),
    r(
        "revoke-consent",
        &[Is(NEG), Opt(FILLER), Is(CONSENT), Gap(4, IPRON | PREP | SMALL | ME | ONTO | QUE), Is(MSGN | SENDV | SENDGEN | GETV)],
        0.85,
        false,
    ),
    // "不要余额提醒了", "不需要优惠券短信了": no (more) <kind of> messages, the whole clause.
    r("no-more", &[Begin, Is(STOPV), Opt(MORE), Opt(SENDV), Gap(2, UNK | SMALL), Is(MSGPL | MSGN | MSGCJK), Opt(FILLER), End], 0.84, false),
    // "zły numer, proszę usunąć", "numero sbagliato, cancellatelo": a bare removal after the message names the number.
    back(r("remove-me", &[Begin, Is(REMOVEV), Opt(OBJP | DET), Opt(NUMBER), End], 0.82, true)),
];

/// Classes one of which every opt-in rule needs (checked before trying them).
pub(crate) const OPT_IN_CUES: u128 = OPTINV | AGAINX | BACK | ONTO | SIGNUP | UNDOV | WANT | YESW;

/// What may stand around an opt-in phrase: "please", "again", "I want to", "can you".
pub(crate) const AROUND: u128 = FILLER | AGAIN | AGAINX | ME | IPRON | FRAME | YESW | WILLING;

/// Opt-in phrases (the rule's intent is opt-in): count only when the rest of the message is fillers.
///
/// Each needs a resume cue (resume/restart/turn on, again, back on) and a
/// messaging word; plural nouns only, so "send the text again" (resend one
/// message) is not an opt-in.
pub(crate) const OPT_IN_RULES: &[Rule] = &[
    r("resume-messages", &[Is(OPTINV), Gap(2, SMALL), Is(MSGN), Rest(AROUND)], 0.85, false),
    // "rejoin the text list", "resubscribe me to texts", "add me back to the texts".
    r("resume-messages", &[Is(OPTINV), Opt(ME), GapNot(4, NEG | STOPV | GUARD | KWOUT), Is(MSGN | LISTN), Opt(LISTN), Rest(AROUND)], 0.85, false),
    // "reactiven los avisos del banco", "vuelvan a mandar los recordatorios de la farmacia": a tail naming whose.
    r(
        "resume-messages",
        &[
            Is(OPTINV | AGAINX),
            Opt(GETV | SENDV | SENDME | SENDGEN),
            Opt(ME),
            Gap(2, SMALL),
            Is(MSGPL),
            Is(PREP | OUTFROM),
            Gap(3, DET | UNK | SMALL),
            Rest(AROUND),
        ],
        0.82,
        false,
    ),
    // "quiero las alertas de vuelo otra vez".
    r(
        "resume-messages",
        &[Is(WANT), Gap(2, SMALL), Is(MSGPL), Opt(PREP | OUTFROM), Gap(3, DET | UNK | SMALL), Is(AGAINX), Rest(AROUND)],
        0.82,
        false,
    ),
    // "Please start sending me the shift alerts again".
    r("resume-messages", &[Is(OPTINV), Is(SENDGEN | SENDV | GETV), Opt(ME), Gap(3, SMALL | UNK), Is(MSGPL), Rest(AROUND)], 0.85, false),
    // "turn them back on".
    r("resume-messages", &[Is(TURNV), Is(OBJP | BACKREF), Is(BACK), Is(ONTO), Rest(AROUND)], 0.85, false),
    // "I want the boarding alerts again", "ich möchte die Erinnerungen wieder", "I want my texts back".
    r("resume-messages", &[Is(WANT), GapNot(3, NEG | STOPV | GUARD), Is(MSGPL), Is(AGAINX | BACK), Rest(AROUND)], 0.85, false),
    r("resume-messages", &[Is(WANT), Is(AGAINX), GapNot(3, NEG | STOPV | GUARD), Is(MSGPL), Rest(AROUND)], 0.85, false),
    // "I want to receive your texts", "Yes I want to receive messages".
    r("resume-messages", &[Is(WANT), Opt(IPRON), Opt(AGAINX), Is(GETV), Opt(AGAINX), Gap(2, SMALL), Is(MSGPL), Rest(AROUND)], 0.82, false),
    // "yes, send me texts".
    r("resume-messages", &[Is(YESW), Opt(FILLER), Is(SENDGEN | SENDV | SENDME), Opt(ME), Gap(2, UNK | SMALL), Is(MSGPL), Rest(AROUND)], 0.82, false),
    // "undo my opt out", "reverse the unsubscribe".
    r("resume-messages", &[Is(UNDOV), Gap(2, SMALL), Is(OUTNOUN), Rest(AROUND)], 0.85, false),
    // "मुझे फिर से मैसेज चाहिए", "flight alerts dobara chahiye".
    r("resume-messages", &[Opt(ME), Opt(AGAINX), Gap(2, SMALL | UNK), Is(MSGPL | MSGN), Opt(AGAINX), Is(WANT), Rest(AROUND)], 0.8, false),
    // Verb last, object first: "通知をまたオンにして", "配信を再開して", "알림 다시 받고 싶어요",
    // "reminder wapas chalu karo", "pharmacy reminder dobara chalu karo".
    r("resume-messages", &[Gap(2, UNK), Is(MSGPL), Opt(FILLER), Opt(AGAINX), Is(OPTINV | GETV | SENDV), Opt(WANT), Rest(AROUND)], 0.82, false),
    r("resume-messages", &[Is(AGAINX), Gap(2, UNK), Is(MSGPL), Opt(FILLER), Is(OPTINV | GETV), Opt(WANT), Rest(AROUND)], 0.82, false),
    // "Nachrichten wieder aktivieren": the verb last.
    r("resume-messages", &[Opt(DET | MYDET), Is(MSGPL), Opt(AGAINX), Is(OPTINV), Rest(AROUND)], 0.85, false),
    r("resume-messages", &[Is(OPTINV), Opt(ME), Is(SENDV | SENDGEN), Opt(ME), Gap(2, SMALL), Opt(MSGPL), Rest(AROUND)], 0.85, false),
    r("resume-messages", &[Is(GETV), Opt(ME), Gap(2, SMALL), Is(MSGPL), Is(AGAINX), Rest(AROUND)], 0.85, false),
    // "recevoir à nouveau les messages", "ricevere di nuovo i messaggi".
    r("resume-messages", &[Is(GETV), Opt(ME), Is(AGAINX), Gap(2, SMALL), Is(MSGPL), Rest(AROUND)], 0.85, false),
    // "sign me back up for the school alerts".
    r("resume-messages", &[Is(SIGNUP), Is(FOR), GapNot(3, NEG), Is(MSGN | LISTN), Rest(AROUND)], 0.85, false),
    // "start getting texts again", "I'd like to start receiving your messages again".
    r("resume-messages", &[Is(OPTINV), Is(GETV), Opt(ME), Gap(2, SMALL), Is(MSGPL), Rest(AROUND)], 0.85, false),
    // "send me texts again", but "send me the texts again" asks to resend some.
    r("resume-messages", &[Is(SENDV | SENDGEN | SENDME), Opt(ME), GapNot(2, NOUNCUE), Is(MSGPL), Is(AGAINX), Rest(AROUND)], 0.85, false),
    r("resume-messages", &[Is(TXTV), Opt(ME), Is(AGAINX), Rest(AROUND)], 0.8, false),
    r("resume-messages", &[Is(AGAINX), Is(GETV | SENDV | SENDME | SENDGEN), Opt(ME), Gap(2, SMALL), Is(MSGPL), Rest(AROUND)], 0.85, false),
    r("resume-messages", &[Is(AGAINX), Gap(2, SMALL), Is(MSGPL), Is(GETV | SENDV), Rest(AROUND)], 0.85, false),
    r("resume-messages", &[Opt(DET | MYDET), Is(MSGPL), Is(AGAINX), Is(GETV), Rest(AROUND)], 0.85, false),
    r("resume-messages", &[Is(TURNV), GapNot(3, NEG | STOPV | GUARD | KWOUT), Is(MSGN), Opt(BACK | AGAINX), Is(ONTO), Rest(AROUND)], 0.85, false),
    // "ik wil de aanbiedingen weer ontvangen", "Ich möchte die Abholbenachrichtigungen wieder bekommen".
    r("resume-messages", &[Is(WANT), Gap(2, SMALL), Is(MSGPL), Is(AGAINX), Is(GETV), Rest(AROUND)], 0.85, false),
    // "bitte wieder in die Liste aufnehmen".
    r("resume-messages", &[Is(AGAINX), Gap(3, PREP | ONTO | DET | SMALL), Is(LISTN), Is(OPTINV), Rest(AROUND)], 0.85, false),
    // "voltem a me mandar as ofertas".
    r("resume-messages", &[Is(AGAINX), Is(ME), Is(GETV | SENDV | SENDME | SENDGEN), Gap(2, SMALL), Is(MSGPL), Rest(AROUND)], 0.85, false),
    r(
        "resume-messages",
        &[Is(ADDV), Opt(MYDET), Is(ME | NUMBER), Is(BACK), Opt(ONTO | IPRON), Gap(2, SMALL), Opt(LISTN | MSGPL), Rest(AROUND)],
        0.85,
        false,
    ),
    r("resume-messages", &[Is(TAKEV), Opt(MYDET), Is(ME | NUMBER), Is(BACK), Opt(ONTO | IPRON), Gap(2, SMALL), Is(LISTN), Rest(AROUND)], 0.85, false),
    // "me coloquem de volta", "подпишите меня снова", "zet me weer op de lijst", "dodajcie mnie z powrotem do listy".
    r(
        "resume-messages",
        &[Opt(ME), Is(ADDV | OPTINV | TURNV), Opt(ME), Is(BACK | AGAINX), Opt(BACK), Gap(3, PREP | ONTO | DET | SMALL | TOW), Opt(LISTN | MSGPL), Rest(AROUND)],
        0.82,
        false,
    ),
    // "vuelvan a agregarme a las alertas", "me adicionem de novo nos avisos".
    r("resume-messages", &[Opt(ME), Is(AGAINX), Is(ADDV | OPTINV), Opt(ME), Gap(3, PREP | ONTO | DET | SMALL | TOW | ME), Is(MSGPL | LISTN), Opt(LISTN), Rest(AROUND)], 0.82, false),
    r("resume-messages", &[Opt(ME), Is(ADDV | OPTINV), Opt(ME), Is(AGAINX), Gap(3, PREP | ONTO | DET | SMALL | TOW | ME), Is(MSGPL | LISTN), Rest(AROUND)], 0.82, false),
    // "bitte schickt mir wieder die Schulnachrichten".
    r("resume-messages", &[Is(SENDV | SENDGEN | SENDME), Opt(ME), Is(AGAINX), Gap(2, SMALL), Is(MSGPL), Rest(AROUND)], 0.8, false),
    // "mujhe list me wapas daalo".
    r("resume-messages", &[Opt(ME), Is(LISTN), Opt(ONTO | ME), Opt(AGAINX | BACK), Is(ADDV | OPTINV), Rest(AROUND)], 0.8, false),
    // An explicit yes with what it wants: "Yes I want outage texts", "sí quiero las alertas", "YES to text reminders".
    r("resume-messages", &[Is(YESW), Opt(FILLER), Opt(IPRON), Is(WANT), Opt(IPRON), Opt(GETV), Gap(2, SMALL), Is(MSGPL), Rest(AROUND)], 0.8, false),
    r("resume-messages", &[Is(YESW), Is(TOW), Opt(TXTV), Is(MSGPL), Rest(AROUND)], 0.8, false),
];

const fn r(name: &'static str, steps: &'static [Step], confidence: f32, negatable: bool) -> Rule {
    Rule { name, steps, confidence, negatable, refers_back: false }
}

const fn back(rule: Rule) -> Rule {
    Rule { refers_back: true, ..rule }
}

// The rule tables as the module holds them. A step is 32 bytes (its `u128` aligned to 16),
// mostly zeros: packed, the tables are a tenth of that (see `pack.rs`). The engine reads
// the rules back once, into the lexicon ([`Lexicon::opt_out`], [`Lexicon::opt_in`]).
static OPT_OUT_STEPS: [u8; steps_len(OPT_OUT_RULES)] = pack_steps(OPT_OUT_RULES);
static OPT_OUT_HEADS: [Head; OPT_OUT_RULES.len()] = heads(OPT_OUT_RULES);
static OPT_IN_STEPS: [u8; steps_len(OPT_IN_RULES)] = pack_steps(OPT_IN_RULES);
static OPT_IN_HEADS: [Head; OPT_IN_RULES.len()] = heads(OPT_IN_RULES);

// The keyword table as the module holds it: a row of `&str`s and flags was 20 bytes, 16 of
// them pointers and lengths that gzip poorly. Packed, a row is its word and its language,
// each after its length in bytes, then `intent | level << 2 | shared << 4 | typos << 5`.
static KEYWORDS_PACKED: [u8; keywords_len(KEYWORDS)] = pack_keywords(KEYWORDS);
static NOT_TYPOS_PACKED: [u8; pack::strs_len(NOT_TYPOS)] = pack::pack_strs(NOT_TYPOS);

const fn keywords_len(kws: &[Keyword]) -> usize {
    let (mut len, mut i) = (0, 0);
    while i < kws.len() {
        len += 3 + kws[i].word.len() + kws[i].lang.len();
        i += 1;
    }
    len
}

const fn pack_keywords<const N: usize>(kws: &[Keyword]) -> [u8; N] {
    let mut out = [0; N];
    let (mut at, mut i) = (0, 0);
    while i < kws.len() {
        let k = kws[i];
        at = pack::put_str(&mut out, at, k.word);
        at = pack::put_str(&mut out, at, k.lang);
        out[at] = k.intent as u8 | (k.level as u8) << 2 | (k.shared as u8) << 4 | (k.typos as u8) << 5;
        at += 1;
        i += 1;
    }
    assert!(at == N, "packed keywords: the length given is not keywords_len");
    out
}

/// The keywords [`pack_keywords`] wrote.
fn unpack_keywords(bytes: &'static [u8]) -> Vec<Keyword> {
    let mut rest = bytes;
    let mut out = Vec::new();
    while !rest.is_empty() {
        let word = pack::take_str(&mut rest);
        let lang = pack::take_str(&mut rest);
        let (bits, tail) = rest.split_first().map_or((0, &[][..]), |(&b, tail)| (b, tail));
        rest = tail;
        let intent = [Intent::OptOut, Intent::OptIn, Intent::Help].into_iter().find(|&x| x as u8 == bits & 3).unwrap_or(Intent::None);
        let level = [Level::Exact, Level::Whole, Level::Clause].into_iter().find(|&x| x as u8 == bits >> 2 & 3).unwrap_or(Level::Anywhere);
        out.push(Keyword { word, intent, level, lang, shared: bits & 16 != 0, typos: bits & 32 != 0 });
    }
    out
}

/// A rule but for its steps, which are packed apart.
#[derive(Clone, Copy)]
struct Head {
    name: &'static str,
    confidence: f32,
    negatable: bool,
    refers_back: bool,
}

const fn heads<const N: usize>(rules: &[Rule]) -> [Head; N] {
    let mut out = [Head { name: "", confidence: 0.0, negatable: false, refers_back: false }; N];
    let mut i = 0;
    while i < N {
        let r = rules[i];
        out[i] = Head { name: r.name, confidence: r.confidence, negatable: r.negatable, refers_back: r.refers_back };
        i += 1;
    }
    out
}

impl Step {
    /// The step as a kind, a count and a mask (0 where the kind has none).
    const fn parts(self) -> (u8, u8, u128) {
        match self {
            Is(m) => (0, 0, m),
            Opt(m) => (1, 0, m),
            Gap(n, m) => (2, n, m),
            GapNot(n, m) => (3, n, m),
            End => (4, 0, 0),
            Begin => (5, 0, 0),
            After(m) => (6, 0, m),
            Rest(m) => (7, 0, m),
            NotTo(m) => (8, 0, m),
        }
    }

    const fn has_mask(kind: u8) -> bool {
        !matches!(kind, 4 | 5)
    }

    fn from_parts(kind: u8, n: u8, m: u128) -> Step {
        match kind {
            0 => Is(m),
            1 => Opt(m),
            2 => Gap(n, m),
            3 => GapNot(n, m),
            5 => Begin,
            6 => After(m),
            7 => Rest(m),
            8 => NotTo(m),
            _ => End,
        }
    }
}

/// The bytes [`pack_steps`] writes for `rules`: per rule, its number of steps, then each
/// step as `kind | count << 4` and, for the kinds with one, its mask.
const fn steps_len(rules: &[Rule]) -> usize {
    let (mut len, mut r) = (0, 0);
    while r < rules.len() {
        let steps = rules[r].steps;
        len += 1;
        let mut s = 0;
        while s < steps.len() {
            let (kind, _, m) = steps[s].parts();
            len += if Step::has_mask(kind) { 1 + pack::mask_len(m) } else { 1 };
            s += 1;
        }
        r += 1;
    }
    len
}

const fn pack_steps<const N: usize>(rules: &[Rule]) -> [u8; N] {
    let mut out = [0; N];
    let (mut at, mut r) = (0, 0);
    while r < rules.len() {
        let steps = rules[r].steps;
        assert!(steps.len() < 256, "a rule has more than 255 steps");
        out[at] = steps.len() as u8;
        at += 1;
        let mut s = 0;
        while s < steps.len() {
            let (kind, n, m) = steps[s].parts();
            assert!(n < 16, "a gap of more than 15 tokens does not pack");
            out[at] = kind | n << 4;
            at += 1;
            if Step::has_mask(kind) {
                at = pack::put_mask(&mut out, at, m);
            }
            s += 1;
        }
        r += 1;
    }
    assert!(at == N, "packed steps: the length given is not steps_len");
    out
}

/// The rules [`heads`] and [`pack_steps`] wrote. Each rule's steps are leaked: they live
/// as long as the program, like the static tables they stand for.
fn unpack(heads: &[Head], steps: &[u8]) -> Vec<Rule> {
    let mut bytes = steps.iter().copied();
    heads
        .iter()
        .map(|h| {
            let n = bytes.next().unwrap_or(0);
            let steps: Vec<Step> = (0..n)
                .map(|_| {
                    let b = bytes.next().unwrap_or(4);
                    let kind = b & 15;
                    let m = if Step::has_mask(kind) { pack::take_mask(&mut bytes).unwrap_or(0) } else { 0 };
                    Step::from_parts(kind, b >> 4, m)
                })
                .collect();
            Rule { name: h.name, steps: steps.leak(), confidence: h.confidence, negatable: h.negatable, refers_back: h.refers_back }
        })
        .collect()
}

/// Matches `steps` at `i` in `ws` (one clause); the end of the match.
pub(crate) fn match_at(ws: &[Word<'_>], i: usize, steps: &[Step]) -> Option<usize> {
    let Some((&step, rest)) = steps.split_first() else {
        return Some(i);
    };
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
        // Backwards from `i`, stopping at the first other token: linear,
        // since the rules' first tokens are not of these classes.
        Begin => ws[..i.min(ws.len())].iter().rev().all(|w| w.is(FILLER)).then(|| match_at(ws, i, rest)).flatten(),
        After(c) => ws[..i.min(ws.len())].iter().rev().all(|w| w.is(c)).then(|| match_at(ws, i, rest)).flatten(),
        Rest(c) => ws.get(i..).is_some_and(|t| t.iter().all(|w| w.is(c))).then_some(ws.len()),
        NotTo(c) => {
            let to_end = ws.get(i).is_some_and(|w| w.is(TOW)) && ws.get(i + 1).is_some_and(|w| w.is(c));
            if to_end {
                None
            } else {
                match_at(ws, i, rest)
            }
        }
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
        // "why won't you stop texting me": a demand.
        if ws[..j].iter().any(|x| x.is(WHY)) {
            return false;
        }
        // "I don't know how to unsubscribe": the negation is about something else.
        !ws[j + 1..i].iter().take(2).any(|x| x.is(NEGLIFT))
            // "no vendo mi casa borren mi numero", "квартиру не продаю удалите мой номер": a verb
            // of its own right after the negation, and more between, takes the negation with it;
            // not where the stop is its infinitive ("not trying to unsubscribe", "nie pozwala mi
            // się wypisać").
            && !(i >= j + 3 && unknown(&ws[j + 1]) && !super::guards::one_of(ws[i - 1].text, INFINITIVE_MARKS))
    })
}

/// Words just before an infinitive: en, de, nl, it, es/fr/pt, pl (folded "się"), ru.
const INFINITIVE_MARKS: &str = "to zu te di de a sie чтобы";

/// A word the lexicon has no class for (`UNK`) and no keyword.
fn unknown(w: &Word<'_>) -> bool {
    w.e.class == super::lexicon::UNK && w.e.kw.is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_keywords_round_trip() {
        let unpacked = unpack_keywords(&KEYWORDS_PACKED);
        assert_eq!(unpacked.len(), KEYWORDS.len());
        for (u, k) in unpacked.iter().zip(KEYWORDS) {
            let fields = |k: &Keyword| (k.word, k.intent, k.level, k.lang, k.shared, k.typos);
            assert_eq!(fields(u), fields(k));
        }
        assert_eq!(pack::strs(&NOT_TYPOS_PACKED).collect::<Vec<_>>(), NOT_TYPOS);
        const ONE: &[Keyword] = &[Keyword { word: "stop", intent: Intent::OptOut, level: Level::Clause, lang: "en", shared: false, typos: true }];
        assert_eq!(pack_keywords::<{ keywords_len(ONE) }>(ONE), [4, b's', b't', b'o', b'p', 2, b'e', b'n', 2 << 2 | 1 << 5]);
    }

    #[test]
    fn packed_rules_round_trip() {
        for (source, heads, steps) in [(OPT_OUT_RULES, &OPT_OUT_HEADS[..], &OPT_OUT_STEPS[..]), (OPT_IN_RULES, &OPT_IN_HEADS[..], &OPT_IN_STEPS[..])] {
            let unpacked = unpack(heads, steps);
            assert_eq!(unpacked.len(), source.len());
            for (u, s) in unpacked.iter().zip(source) {
                assert_eq!(u, s);
            }
        }
        // The bytes of one rule, as the module doc of `pack.rs` and `steps_len` describe them.
        const ONE: &[Rule] = &[r("x", &[Is(STOPV | SENDME), Gap(2, ME), End], 0.9, true)];
        assert_eq!(pack_steps::<{ steps_len(ONE) }>(ONE), [3, 0, 2, 0, 3, 2 | 2 << 4, 1, 5, 4]);
    }

    /// `within_one_edit` against the indexing it replaced, on every pair of words of up to
    /// four letters from three.
    #[test]
    fn within_one_edit_as_indexed() {
        fn indexed(a: &[u8], b: &[u8]) -> bool {
            if a.len().abs_diff(b.len()) > 1 {
                return false;
            }
            let p = a.iter().zip(b).take_while(|(x, y)| x == y).count();
            if p == a.len() && p == b.len() {
                return true;
            }
            let (a, b) = (&a[p..], &b[p..]);
            match a.len().cmp(&b.len()) {
                std::cmp::Ordering::Equal => a[1..] == b[1..] || (a.len() >= 2 && a[0] == b[1] && a[1] == b[0] && a[2..] == b[2..]),
                std::cmp::Ordering::Less => a == &b[1..],
                std::cmp::Ordering::Greater => &a[1..] == b,
            }
        }
        let (mut words, mut last) = (vec![Vec::new()], vec![Vec::new()]);
        for _ in 0..4 {
            last = last.iter().flat_map(|w: &Vec<u8>| b"abc".iter().map(move |&c| [&w[..], &[c]].concat())).collect();
            words.extend(last.iter().cloned());
        }
        let mut hits = 0;
        for a in &words {
            for b in &words {
                assert_eq!(within_one_edit(a, b), indexed(a, b), "{a:?} {b:?}");
                hits += usize::from(indexed(a, b));
            }
        }
        assert!(hits > 1000, "{hits}");
    }

    /// `stop_anagram` against the sort it replaced, on every word of up to five letters
    /// from STOP's, СТОП's and two others.
    #[test]
    fn stop_anagram_as_sorted() {
        fn sorted_anagram(t: &str) -> bool {
            let mut cs: Vec<char> = t.chars().collect();
            cs.dedup();
            if cs.len() != 4 || matches!(t, "spot" | "спот" | "spott") || cs.iter().collect::<String>() == "stop" {
                return false;
            }
            let mut sorted = cs.clone();
            sorted.sort_unstable();
            ["stop", "стоп"].iter().any(|kw| {
                let mut k: Vec<char> = kw.chars().collect();
                let first = k[0];
                k.sort_unstable();
                cs[0] == first && sorted == k
            })
        }
        let letters: Vec<char> = "stopaсто".chars().chain(['п']).collect();
        let (mut words, mut last) = (Vec::new(), vec![String::new()]);
        for _ in 0..5 {
            last = last.iter().flat_map(|w| letters.iter().map(move |c| format!("{w}{c}"))).collect();
            words.extend(last.iter().cloned());
        }
        let mut hits = 0;
        for w in &words {
            assert_eq!(stop_anagram(w), sorted_anagram(w), "{w}");
            hits += usize::from(stop_anagram(w));
        }
        assert!(hits > 20, "{hits}");
    }
}
