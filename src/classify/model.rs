//! The learned component: a multinomial logistic model over hashed features
//! of the folded reply, for the long tail the rules do not name.
//!
//! Features (each hashed with FNV-1a into one of [`BUCKETS`] buckets): the
//! folded words, word pairs within a clause, the first and last word,
//! character 3- to 5-grams of each word (1- to 3-grams in scripts without
//! spaces), each word's lexicon classes and keyword, emoji, a length bucket,
//! the clause count, whether there is a question or exclamation mark, where a
//! keyword stands (first word, last word, inside) and what the rules decided
//! (rule and intent). The weights are `i8` in 13 steps with one scale, trained by
//! `examples/classify_train.rs` on `corpus/train/` and compiled in from
//! `model.bin`; `cargo test` never trains.
//!
//! The model never opts anyone in by itself. It may promote a reply the rules
//! read as `none` to `opt_out` or `help`, or (at a high probability, with
//! little of opt-out) to an `opt_in` that is always flagged `review`, carries
//! no keyword and rule `learned`, and that [`crate::consent::decide`] gives no
//! effect (`needs-review`): a person confirms it. It may veto a rule's opt-out
//! that reads like an ordinary person-to-person text, veto an opt-in it reads
//! as an opt-out, and lower the confidence where it disagrees (see [`decide`]).
use std::sync::OnceLock;

use super::rules::Word;
use super::{Classification, Intent};
use crate::Scope;

/// Hash buckets (a power of two).
pub const BUCKETS: usize = 8192;
/// Classes, in this order: opt_out, opt_in, help, none.
pub const CLASSES: usize = 4;
/// Classes whose weights the model file stores: all but the last (`none`, the reference class, whose weights are 0).
pub const STORED: usize = CLASSES - 1;
const HEADER: usize = 16;

static MODEL_BYTES: &[u8] = include_bytes!("model.bin");

/// Probabilities in class order.
pub type Probs = [f32; CLASSES];

pub(crate) fn class_index(i: Intent) -> usize {
    match i {
        Intent::OptOut => 0,
        Intent::OptIn => 1,
        Intent::Help => 2,
        Intent::None => 3,
    }
}

/// The compiled-in weights: `SGCM` · version u16 = 3 · classes u16 · buckets
/// u32 · scale f32 (little-endian) · the weights of the first [`STORED`] classes,
/// bucket-major, packed: one 2-bit code a weight, four to a byte, low bits first
/// (0 → 0, 1 → +1, 2 → −1, 3 → the next escape), then the escapes as signed 4-bit
/// values, two to a byte, low nibble first. Most weights are 0 or ±1, so this is
/// a fifth smaller than bytes once gzip'd, and exactly the same weights. The last
/// class (`none`) is the reference: its weights are 0 and not stored (round 15:
/// a quarter fewer weights, as accurate out of writer).
#[derive(Clone, Copy)]
pub(crate) struct Model<'a> {
    scale: f32,
    weights: &'a [u8],
}

/// Unpacks a model file into its scale and `i8` weights (as bytes, [`STORED`] a bucket);
/// `None` if it is not a version-3 model of this shape.
pub(crate) fn unpack(b: &[u8]) -> Option<(f32, Vec<u8>)> {
    let head = b.get(..HEADER)?;
    let u16_at = |i: usize| u16::from_le_bytes([head[i], head[i + 1]]);
    let u32_at = |i: usize| u32::from_le_bytes([head[i], head[i + 1], head[i + 2], head[i + 3]]);
    if &head[..4] != b"SGCM" || u16_at(4) != 3 || usize::from(u16_at(6)) != CLASSES || u32_at(8) as usize != BUCKETS {
        return None;
    }
    let scale = f32::from_bits(u32_at(12));
    let n = BUCKETS * STORED;
    let codes = b.get(HEADER..HEADER + n / 4)?;
    let escapes = b.get(HEADER + n / 4..)?;
    let mut out = Vec::with_capacity(n);
    let mut e = 0usize;
    for i in 0..n {
        let w: i8 = match codes[i / 4] >> (2 * (i % 4)) & 3 {
            0 => 0,
            1 => 1,
            2 => -1,
            _ => {
                let nib = escapes.get(e / 2)? >> (4 * (e % 2)) & 15;
                e += 1;
                if nib >= 8 { nib as i8 - 16 } else { nib as i8 }
            }
        };
        out.push(w as u8);
    }
    scale.is_finite().then_some((scale, out))
}

impl Model<'static> {
    pub(crate) fn builtin() -> Option<Model<'static>> {
        static WEIGHTS: OnceLock<Option<(f32, Vec<u8>)>> = OnceLock::new();
        let (scale, weights) = WEIGHTS.get_or_init(|| unpack(MODEL_BYTES)).as_ref()?;
        Some(Model { scale: *scale, weights })
    }
}

impl<'a> Model<'a> {
    /// Adds a bucket's weights to the class scores; `none`'s score, the reference, stays 0.
    fn add(&self, bucket: u32, s: &mut [i32; CLASSES]) {
        let at = bucket as usize * STORED;
        if let Some(w) = self.weights.get(at..at + STORED) {
            for c in 0..STORED {
                s[c] += i32::from(w[c] as i8);
            }
        }
    }

    pub(crate) fn predict(&self, feats: &[u32]) -> Probs {
        let mut s = [0i32; CLASSES];
        for &f in feats {
            self.add(f, &mut s);
        }
        softmax(s.map(|x| x as f32 * self.scale))
    }

    /// The score for class `c` minus the mean of the others, from these features alone.
    fn margin(&self, feats: &[u32], c: usize) -> f32 {
        let mut s = [0i32; CLASSES];
        for &f in feats {
            self.add(f, &mut s);
        }
        let others: i32 = (0..CLASSES).filter(|&k| k != c).map(|k| s[k]).sum();
        (s[c] as f32 - others as f32 / (CLASSES - 1) as f32) * self.scale
    }
}

/// Softmax of class scores.
pub fn softmax(s: [f32; CLASSES]) -> Probs {
    let m = s.iter().copied().fold(f32::MIN, f32::max);
    let e = s.map(|x| (x - m).exp());
    let z: f32 = e.iter().sum();
    e.map(|x| x / z)
}

/// FNV-1a, then a multiply-shift to a bucket.
#[derive(Clone, Copy)]
struct H(u32);

impl H {
    fn new(kind: u8) -> H {
        H((0x811c_9dc5 ^ u32::from(kind)).wrapping_mul(0x0100_0193))
    }
    fn bytes(mut self, s: &[u8]) -> H {
        for &b in s {
            self.0 = (self.0 ^ u32::from(b)).wrapping_mul(0x0100_0193);
        }
        self
    }
    fn byte(self, b: u8) -> H {
        self.bytes(&[b])
    }
    fn bucket(self) -> u32 {
        let h = self.0 ^ (self.0 >> 16);
        h.wrapping_mul(0x2c1b_3c6d) >> (32 - BUCKETS.trailing_zeros())
    }
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

/// The features of one word (its own text, classes, keyword, character n-grams).
fn word_features(w: &Word<'_>, out: &mut Vec<u32>) {
    let t = w.text.as_bytes();
    out.push(H::new(1).bytes(t).bucket());
    let mut c = w.e.class;
    while c != 0 {
        let b = c.trailing_zeros() as u8;
        out.push(H::new(3).byte(b).bucket());
        c &= c - 1;
    }
    if let Some(k) = w.keyword() {
        out.push(H::new(4).bytes(k.word.as_bytes()).bucket());
        out.push(H::new(5).byte(class_index(k.intent) as u8).byte(k.level as u8).byte(u8::from(w.typo)).bucket());
    }
    // Character n-grams over "<word>", by character.
    let mut ends = [0usize; 34];
    let mut n = 0;
    let padded_len = t.len() + 2;
    let byte_at = |i: usize| -> u8 {
        if i == 0 {
            b'<'
        } else if i == padded_len - 1 {
            b'>'
        } else {
            t[i - 1]
        }
    };
    // Character boundaries in the padded word (index just past each character).
    ends[n] = 1;
    n += 1;
    let mut cjk = false;
    for (i, ch) in w.text.char_indices() {
        if n >= ends.len() - 1 {
            return;
        }
        cjk |= is_cjk(ch);
        ends[n] = 1 + i + ch.len_utf8();
        n += 1;
    }
    ends[n] = padded_len;
    n += 1;
    let sizes: &[usize] = if cjk { &[1, 2, 3] } else { &[3, 4, 5] };
    for &g in sizes {
        for s in 0..n.saturating_sub(g - 1) {
            let from = if s == 0 { 0 } else { ends[s - 1] };
            let to = ends[s + g - 1];
            if g == 1 && (s == 0 || s + 1 == n) {
                continue;
            }
            let mut h = H::new(10 + g as u8);
            for i in from..to {
                h = h.byte(byte_at(i));
            }
            out.push(h.bucket());
        }
    }
}

/// The features of a reply: its words, what surrounds them, and the rules' verdict.
pub(crate) fn features(ws: &[Word<'_>], raw: &str, rules: &Classification, out: &mut Vec<u32>) {
    out.push(H::new(0).bucket());
    for (i, w) in ws.iter().enumerate() {
        word_features(w, out);
        let prev = if i > 0 && ws[i - 1].clause == w.clause { ws[i - 1].text.as_bytes() } else { b"|" };
        out.push(H::new(2).bytes(prev).byte(b' ').bytes(w.text.as_bytes()).bucket());
    }
    if let (Some(first), Some(last)) = (ws.first(), ws.last()) {
        out.push(H::new(6).bytes(first.text.as_bytes()).bucket());
        out.push(H::new(7).bytes(last.text.as_bytes()).bucket());
    }
    let len = match ws.len() {
        0 => 0,
        1 => 1,
        2 => 2,
        3..=4 => 3,
        5..=8 => 4,
        9..=16 => 5,
        _ => 6,
    };
    out.push(H::new(8).byte(len).bucket());
    // Clause count, exclamation, and where the keyword stands (first word, last word, inside).
    let clauses = ws.last().map_or(0, |w| w.clause + 1).min(4) as u8;
    out.push(H::new(23).byte(clauses).bucket());
    if raw.contains('!') || raw.contains('！') {
        out.push(H::new(24).bucket());
    }
    for (i, w) in ws.iter().enumerate() {
        if let Some(k) = w.keyword() {
            let at = if i == 0 { 0 } else if i + 1 == ws.len() { 1 } else { 2 };
            out.push(H::new(25).byte(class_index(k.intent) as u8).byte(at).byte(clauses).bucket());
            // The words on either side of a keyword, across a clause break too ("stop, how did you know").
            if let Some(n) = ws.get(i + 1) {
                out.push(H::new(26).byte(class_index(k.intent) as u8).bytes(n.text.as_bytes()).bucket());
            }
            if let Some(p) = i.checked_sub(1).and_then(|j| ws.get(j)) {
                out.push(H::new(27).byte(class_index(k.intent) as u8).bytes(p.text.as_bytes()).bucket());
            }
        }
    }
    if raw.contains('?') || !raw.is_ascii() && raw.contains('？') {
        out.push(H::new(9).bucket());
    }
    for ch in raw.chars().filter(|c| !c.is_ascii() && is_symbol(*c)).take(8) {
        let mut b = [0u8; 4];
        out.push(H::new(20).bytes(ch.encode_utf8(&mut b).as_bytes()).bucket());
    }
    out.push(H::new(21).bytes(rules.rule.as_bytes()).byte(class_index(rules.intent) as u8).bucket());
    out.push(H::new(22).byte(class_index(rules.intent) as u8).bucket());
    // Presence, not counts: "ok. " said 500 times weighs as much as once.
    let mut seen = [0u64; BUCKETS / 64];
    out.retain(|&f| {
        let (w, b) = (f as usize / 64, 1u64 << (f % 64));
        let new = seen[w] & b == 0;
        seen[w] |= b;
        new
    });
}

/// Emoji and pictographs (what the folder drops as separators).
pub(crate) fn is_symbol(c: char) -> bool {
    matches!(c as u32, 0x2190..=0x2BFF | 0x1F000..=0x1FAFF)
}

/// What the engine hands the model and the decision.
pub struct Analysis {
    /// The rules' verdict.
    pub rules: Classification,
    /// Feature buckets; empty when the rules are final (a platform keyword, a reaction).
    pub features: Vec<u32>,
    /// The scope an opt-out found by the model would have.
    pub scope: Scope,
    /// The message's language by its words' vote.
    pub lang: Option<&'static str>,
    /// Whether a word about messages, stopping, lists or consent is there:
    /// without one the model promotes nothing.
    pub gate: bool,
    /// Whether only a named pattern guard or a number keeps `gate` false: the model may
    /// still promote an opt-out, at [`Thresholds::promote_past_guard`].
    pub past_guard: bool,
    /// Whether the reply asks to be sent something ("send me more info"): the model does not read it as help.
    pub asks_to_send: bool,
    /// Whether the model may suggest an opt-in: no word of stopping, refusing or
    /// removing, no opt-out keyword, not a question.
    pub resume_ok: bool,
    /// Whether the rules' opt-out is one the model does not veto: the reply explains an earlier
    /// STOP as an accident and the rules still read an opt-out ("I accidentally texted stop, stop
    /// anyway": they weighed the accident), or a want says the keyword outright, ending its
    /// clause ("I want to unsubscribe, my wife too").
    pub restated: bool,
    /// Whether the model must not make help of it: a question ("information about the
    /// sale?"), a word "all" ("help all", "start all": only an opt-out keyword takes it),
    /// or the help word is what is thanked for ("Obrigado pela ajuda").
    pub no_help: bool,
    /// How many words the reply has: the model suggests an opt-in only from
    /// [`LEARNED_MIN_WORDS`] words on (a keyword and its styling are the rules' to read:
    /// "yes again").
    pub words: usize,
    /// Whether `classify()` shows this reply to the model at all.
    pub reads: bool,
}

/// Decision thresholds.
#[derive(Clone, Copy, Debug)]
pub struct Thresholds {
    /// A `none` becomes an opt-out at this model probability.
    pub promote_opt_out: f32,
    /// A `none` that only a named pattern guard or a number held back ("Je vous prie de ne
    /// plus me contacter sur ce numéro") becomes an opt-out at this model probability.
    pub promote_past_guard: f32,
    /// A `none` becomes help at this model probability.
    pub promote_help: f32,
    /// A rule's opt-out (not a whole-message keyword) becomes `none` at this probability of `none`.
    pub veto_opt_out: f32,
    /// A keyword rule's opt-out (a keyword among other words: "Stop! you did NOT
    /// say that to him", or a whole-message keyword with what the rules take for
    /// fillers: "ya para jajaja"; never a platform-exact keyword, which the model
    /// does not read, nor an explicit request such as cancel-subscription or
    /// remove-me) becomes `none` at this probability of `none`, and is flagged for review.
    pub veto_final: f32,
    /// The same for a keyword followed by its reason (rule `keyword-context`: "Para,
    /// cambié de operadora", where "para" is also "for").
    pub veto_sentence: f32,
    /// The same for a keyword inside a sentence (rule `keyword-in-sentence`: "I want to
    /// unsubscribe, my wife too", and between friends "how do I unsubscribe from this group chat lol").
    pub veto_in_sentence: f32,
    /// A rule's opt-in becomes `none` at this probability of opt-out.
    pub veto_opt_in: f32,
    /// A `none` becomes a (review-only) opt-in at this model probability of opt-in...
    pub promote_opt_in: f32,
    /// ...when the model's probability of opt-out is at most this.
    pub opt_in_max_out: f32,
    /// A `none` the rules flagged as a near miss (confidence 0.5: a person
    /// should look) becomes an opt-out only at this probability.
    pub promote_near_miss: f32,
}

/// Chosen on out-of-fold predictions over the training corpus (`examples/classify_train.rs`).
/// Round 15, out of writer over 47 writers with the re-encoded model: a keyword among other
/// words is vetoed once `none` is the likelier reading (`veto_final` 0.5, was 0.75: 411 texts
/// between people read as opt-outs instead of 468, for 0.001 of opt-out recall), and the learned
/// opt-in, review-only, stands at 0.94 (was 0.96: opt-in recall 0.817 instead of 0.814, for 5
/// more false ones, 137 against 132, where the 132 are nearly all the bare-YES label conflict; a
/// person confirms every learned opt-in and consent never acts on one).
pub const THRESHOLDS: Thresholds =
    Thresholds { promote_opt_out: 0.95, promote_past_guard: 0.99, promote_help: 0.8, veto_opt_out: 0.8, veto_final: 0.5, veto_sentence: 0.99, veto_in_sentence: 0.97, veto_opt_in: 0.85, promote_opt_in: 0.94, opt_in_max_out: 0.05, promote_near_miss: 0.98 };
/// The fewest words from which the model suggests an opt-in (two at `promote_near_miss`: "wznów wysyłanie", "再開希望").
pub const LEARNED_MIN_WORDS: usize = 3;
/// A learned opt-in's confidence is at most this, so it is always in the review band.
const LEARNED_OPT_IN_CONFIDENCE: f32 = 0.7;
/// Below this confidence a result is flagged `review`.
pub const REVIEW_BELOW: f32 = 0.75;

/// Rules whose opt-outs the model may veto: the patterns that also match
/// ordinary talk ("don't text me til 3", "stop it", "leave me alone"); never a
/// keyword (a STOP is a STOP), a removal or a revocation.
fn final_rule(rule: &str) -> bool {
    !super::guards::one_of(rule, "dont-text dont-want stop-it leave-me-alone no-more keyword-of threat fed-up")
}

/// Combines the rules' verdict with the model's probabilities.
pub fn decide(a: &Analysis, p: &Probs, t: &Thresholds) -> Classification {
    let r = &a.rules;
    let mut c = r.clone();
    let (p_out, p_in, p_help, p_none) = (p[0], p[1], p[2], p[3]);
    let top = (0..CLASSES).max_by(|&x, &y| p[x].total_cmp(&p[y])).unwrap_or(3);
    match r.intent {
        Intent::OptOut => {
            let veto = if !final_rule(r.rule) {
                t.veto_opt_out
            } else if r.rule == "keyword-in-sentence" {
                // "I want to unsubscribe, my wife too": a keyword the sentence asks for.
                t.veto_in_sentence
            } else if r.rule == "keyword-context" {
                // "Para, cambié de operadora": a keyword followed by its reason.
                t.veto_sentence
            } else if r.rule == "keyword-typo" {
                // "cacnel please": a misspelt keyword is a word the model has rarely seen.
                t.veto_sentence
            } else if r.rule == "keyword" {
                t.veto_final
            } else {
                // An explicit request ("cancel my subscription", "remove me"): the model does not overrule it.
                f32::INFINITY
            };
            if p_none >= veto && !r.strict && !a.restated {
                c = Classification { confidence: 0.5, rule: "model-veto", ..none_like(r) };
            } else if top != 0 {
                c.confidence = c.confidence.min(0.7).min(1.0 - p[top] * 0.5);
            }
        }
        Intent::OptIn => {
            if p_out >= t.veto_opt_in && !r.strict {
                c = Classification { confidence: 0.5, rule: "model-veto", ..none_like(r) };
            } else if top != 1 && p_in < 0.3 {
                c.confidence = c.confidence.min(0.7);
            }
        }
        Intent::Help => {
            if top != 2 && p_help < 0.3 {
                c.confidence = c.confidence.min(0.7);
            }
        }
        Intent::None => {
            // Two words ("para mensajes", "no more sale") are too few to promote on below the near-miss bar.
            let sure = p_out >= t.promote_near_miss;
            if p_out >= t.promote_opt_out && a.gate && (r.confidence > 0.5 && a.words > 2 || sure) || a.past_guard && p_out >= t.promote_past_guard {
                // Past a guard the rules and the model disagree: an opt-out, flagged for a person.
                c = learned(a, Intent::OptOut, Some(a.scope), p_out.min(if a.past_guard { 0.7 } else { 0.95 }));
            } else if p_in >= t.promote_opt_in && p_out <= t.opt_in_max_out && a.gate && a.resume_ok && (a.words >= LEARNED_MIN_WORDS || a.words == 2 && p_in >= t.promote_near_miss) && (r.confidence > 0.5 || p_in >= t.promote_near_miss) {
                // A resume the rules have no pattern for ("Proszę włączyć ponownie
                // powiadomienia"): reported, flagged for a person, and never consent by
                // itself: no keyword, rule `learned`, and `consent::decide` lifts nothing for it.
                c = learned(a, Intent::OptIn, None, p_in.min(LEARNED_OPT_IN_CONFIDENCE));
            } else if p_help >= t.promote_help && a.gate && !a.asks_to_send && !a.no_help {
                c = learned(a, Intent::Help, None, p_help.min(0.95));
            } else if top != 3 {
                // An opt-out, opt-in or help the model suspects: a person should look.
                c.confidence = c.confidence.min(0.5);
            } else if r.confidence > 0.5 {
                // Both say none: as sure as the model is (a near miss stays for a person).
                c.confidence = c.confidence.max(p_none.min(0.95));
            }
        }
    }
    c.review = c.confidence < REVIEW_BELOW;
    c
}

/// A result the model decided (rule `learned`, no keyword; `decide` sets `review` from the confidence).
fn learned(a: &Analysis, intent: Intent, scope: Option<Scope>, confidence: f32) -> Classification {
    Classification {
        intent,
        scope,
        keyword: None,
        rule: "learned",
        lang: a.lang.or(Some("en")),
        confidence,
        strict: false,
        review: false,
        evidence: None,
        program: None,
    }
}

fn none_like(r: &Classification) -> Classification {
    Classification {
        intent: Intent::None,
        scope: None,
        keyword: None,
        rule: "none",
        lang: None,
        confidence: 0.5,
        strict: false,
        review: true,
        evidence: Some(format!("{} {}", r.intent.as_str(), r.rule)),
        program: None,
    }
}

/// The words that pushed the model most towards `intent`, for a person to read.
pub(crate) fn evidence(m: &Model<'_>, ws: &[Word<'_>], intent: Intent, p: &Probs, prior: Option<String>) -> String {
    let c = class_index(intent);
    let mut scored: Vec<(f32, &str)> = Vec::with_capacity(ws.len());
    let mut buf = Vec::with_capacity(32);
    for w in ws {
        buf.clear();
        word_features(w, &mut buf);
        let s = m.margin(&buf, c);
        if s > 0.0 && !scored.iter().any(|(_, t)| *t == w.text) {
            scored.push((s, w.text));
        }
    }
    // The three that weigh most, by selection (no sort, no float formatting: bytes in the wasm build).
    let mut words: Vec<&str> = Vec::with_capacity(3);
    for _ in 0..3 {
        let Some(k) = (0..scored.len()).max_by(|&x, &y| scored[x].0.total_cmp(&scored[y].0)) else { break };
        words.push(scored.swap_remove(k).1);
    }
    let percent = (p[c] * 100.0).round() as u32;
    let mut s = format!("model {} {}%", intent.as_str(), percent);
    if !words.is_empty() {
        s.push_str(": ");
        s.push_str(&words.join(", "));
    }
    if let Some(prior) = prior {
        s.push_str("; rules said ");
        s.push_str(&prior);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compiled_in_model_unpacks_and_a_damaged_one_does_not() {
        let (scale, w) = unpack(MODEL_BYTES).expect("the compiled-in model unpacks");
        assert!(scale > 0.0 && w.len() == BUCKETS * STORED);
        assert!(w.iter().any(|&x| x as i8 >= 2 || (x as i8) <= -2), "escapes decoded");
        let m = Model { scale, weights: &w };
        let mut s = [0i32; CLASSES];
        (0..BUCKETS as u32).for_each(|b| m.add(b, &mut s));
        assert!(s[CLASSES - 1] == 0 && s[..STORED].iter().any(|&x| x != 0), "none is the reference class");
        assert!(unpack(&MODEL_BYTES[..MODEL_BYTES.len() / 2]).is_none(), "truncated");
        let mut v1 = MODEL_BYTES.to_vec();
        v1[4] = 1;
        assert!(unpack(&v1).is_none(), "another version");
        assert!(Model::builtin().is_some());
    }
}
