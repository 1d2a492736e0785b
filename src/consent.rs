//! Consent: what a classified reply does to a number's opt-out.
//!
//! [`effect`] turns a [`Classification`] into an [`Effect`]: suppress the number (an
//! opt-out, with its [`Scope`]), lift its opt-out ([`LiftScope`]), or nothing. The edge and
//! the origin both call it, so a reply means the same thing wherever it lands. It does not
//! store anything: [`Effect::apply`] says what the number's opt-out becomes, and the caller
//! records it.
//!
//! # Why a bare YES does not lift an opt-out
//!
//! Once someone has revoked consent, the FCC's 2024 consent-revocation order (47 CFR
//! 64.1200(a)(10)–(12)) and the TCPA's "prior express consent" leave the sender one thing
//! to go on before texting them again: a new, *express* consent. START, UNSTOP, SUBSCRIBE,
//! RESUME or "resubscribe me" can only mean that. YES, OK, SURE, SÍ, OUI, JA... answer
//! every question a business asks by text: "Reply YES to confirm your appointment" is the
//! most common transactional flow there is, and a recipient who asked for no promotions and
//! then confirms a dentist's appointment has not asked for promotions back. So by default
//! an answer word is [`Effect::Nothing`], whatever prompt it answers.
//!
//! A deployment whose only prompt is its own opt-in question can set
//! [`ConsentPolicy::yes_lifts`]. Even then an answer word lifts only for transactional
//! messages ([`LiftScope::Transactional`]): an `all` opt-out narrows to `marketing`, and a
//! marketing-only opt-out stays as it is, because a reply to a transactional prompt never
//! lifts a marketing-only opt-out. Only an explicit opt-in word lifts marketing.
//!
//! # Revoke-all
//!
//! The FCC's revoke-all rule (47 CFR 64.1200(a)(10), effective 31 January 2027) makes an
//! opt-out apply to every unrelated message unless the consumer says otherwise. This module
//! already reads replies that way: a bare STOP (or any opt-out that names no kind of message)
//! is `Suppress(All)`, whatever it answered; only a reply that names marketing ("stop the
//! promos", or the reply to the confirmation's clarifying question) is `Suppress(Marketing)`.
//! Per-program opt-outs (one program stopped, another kept) are not built yet: the snapshot's
//! program scope codes (2..=255) are reserved, and until they exist there is no narrower
//! scope than `marketing` for a switch to widen.
//!
//! | reply | default | `yes_lifts: true` |
//! |---|---|---|
//! | an opt-out (STOP, "no more promos") | `Suppress(scope)` | `Suppress(scope)` |
//! | START, UNSTOP, SUBSCRIBE, RESUME, "add me back to the texts" | `Lift(All)` | `Lift(All)` |
//! | YES, Y, OK, SURE, CONTINUE, SÍ, OUI, JA, SIM, TAK, ДА, 是, はい, 네, CÓ... | `Nothing` | `Lift(Transactional)` |
//! | HELP, anything else | `Nothing` | `Nothing` |
//!
//! ```
//! use stopgate::classify::classify;
//! use stopgate::consent::{effect, ConsentPolicy, Effect, LiftScope};
//! use stopgate::Scope;
//!
//! let policy = ConsentPolicy::default();
//! assert_eq!(effect(&classify("YES"), &policy), Effect::Nothing);
//! assert_eq!(effect(&classify("START"), &policy), Effect::Lift(LiftScope::All));
//! assert_eq!(effect(&classify("stop the promos"), &policy), Effect::Suppress(Scope::Marketing));
//! // What a marketing-only opt-out becomes after each reply:
//! assert_eq!(effect(&classify("YES"), &policy).apply(Some(Scope::Marketing)), Some(Scope::Marketing));
//! assert_eq!(effect(&classify("START"), &policy).apply(Some(Scope::Marketing)), None);
//! ```
use crate::classify::fold::fold;
use crate::classify::{Classification, Intent};
use crate::Scope;

/// How much a reply may lift.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct ConsentPolicy {
    /// Whether an answer word (YES, OK, SÍ, OUI...) restores consent. Off by default: after
    /// a revocation consent must be express, and these words answer ordinary questions. Even
    /// when on, they restore transactional messages only (see the module doc).
    pub yes_lifts: bool,
}

/// Which messages a lift restores.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LiftScope {
    /// Every message: the number's opt-out, of any scope, is removed.
    All,
    /// Transactional messages only: an `all` opt-out narrows to `marketing`; a
    /// marketing-only opt-out stays.
    Transactional,
}

impl LiftScope {
    /// `all` or `transactional`.
    pub fn as_str(self) -> &'static str {
        match self {
            LiftScope::All => "all",
            LiftScope::Transactional => "transactional",
        }
    }
}

/// What a reply does to the sender's opt-out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Effect {
    /// Opt the number out of this scope (widening any opt-out it has).
    Suppress(Scope),
    /// Restore consent for these messages.
    Lift(LiftScope),
    /// Change nothing.
    Nothing,
}

impl Effect {
    /// `suppress`, `lift` or `nothing`.
    pub fn as_str(self) -> &'static str {
        match self {
            Effect::Suppress(_) => "suppress",
            Effect::Lift(_) => "lift",
            Effect::Nothing => "nothing",
        }
    }

    /// The scope name: the suppressed scope, the lifted one, or `None`.
    pub fn scope_str(self) -> Option<&'static str> {
        match self {
            Effect::Suppress(scope) => Some(scope.as_str()),
            Effect::Lift(lift) => Some(lift.as_str()),
            Effect::Nothing => None,
        }
    }

    /// The number's opt-out after this effect, given the one it has (`None`: not opted out).
    /// An opt-out never narrows another ("stop the promos" after STOP keeps `all`).
    pub fn apply(self, current: Option<Scope>) -> Option<Scope> {
        match (self, current) {
            (Effect::Suppress(new), Some(old)) => Some(old.widest(new)),
            (Effect::Suppress(new), None) => Some(new),
            (Effect::Lift(LiftScope::All), _) => None,
            (Effect::Lift(LiftScope::Transactional), Some(Scope::All)) => Some(Scope::Marketing),
            (Effect::Lift(LiftScope::Transactional), other) => other,
            (Effect::Nothing, other) => other,
        }
    }
}

/// Why [`effect`] decided what it did: a stable code and the effect.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Decision {
    /// The effect.
    pub effect: Effect,
    /// Stable code: `opt-out`, `explicit-opt-in`, `answer-word` (an opt-in word that also
    /// answers ordinary questions, not lifting), `answer-word-lifts` (the same under
    /// `yes_lifts`: transactional only), `not-consent` (help or anything else).
    pub reason: &'static str,
}

/// The parts of a reply's classification that decide its effect, borrowed; what a binding
/// rebuilds from a classification that crossed a language boundary.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reply<'a> {
    /// What the reply asks for.
    pub intent: Intent,
    /// An opt-out's scope (`None` reads as `all`).
    pub scope: Option<Scope>,
    /// The keyword or phrase that matched.
    pub keyword: Option<&'a str>,
    /// The classifier rule that fired.
    pub rule: &'a str,
}

impl<'a> From<&'a Classification> for Reply<'a> {
    fn from(c: &'a Classification) -> Reply<'a> {
        Reply { intent: c.intent, scope: c.scope, keyword: c.keyword.as_deref(), rule: c.rule }
    }
}

/// Opt-in words that also answer ordinary questions ("Reply YES to confirm", "OK?",
/// "¿Vienes? Sí"), folded (lowercase, no diacritics), in the classifier's 13 languages.
/// A keyword made only of these (and request words: "yes please") is an answer word.
const ANSWER_WORDS: &[&str] = &[
    // en
    "yes", "y", "ya", "yah", "yea", "yeah", "yep", "yup", "yess", "ok", "okay", "okey", "k", "kk", "sure",
    "fine", "alright", "right", "correct", "confirm", "confirmed", "agree", "accept", "continue", "go",
    "c", "1",
    // es, pt, it
    "si", "claro", "vale", "bueno", "confirmo", "acepto", "continuar", "sim", "certo", "confermo",
    "continua", "va", "bene", "dale",
    // fr
    "oui", "ouais", "daccord", "dac", "confirme", "continuer",
    // de, nl
    "ja", "jawohl", "jep", "genau", "klar", "einverstanden", "weiter", "jawel", "prima", "akkoord",
    // pl, ru
    "tak", "dobrze", "potwierdzam", "да", "ага", "хорошо", "ок", "подтверждаю",
    // zh, ja, ko, vi
    "是", "是的", "好", "好的", "对", "確認", "确认", "可以", "はい", "ええ", "うん", "了解", "네", "예", "응",
    "확인", "co", "vang", "da", "u", "dong",
    // hi (Devanagari and romanised)
    "हाँ", "हां", "हा", "जी", "ठीक", "haan", "han", "haa", "ji", "theek",
];

/// Request words that may stand with an answer word without making it explicit.
const REQUEST_WORDS: &[&str] = &["please", "pls", "plz", "por", "favor", "bitte", "sil", "vous", "plait", "prego", "alstublieft"];

/// Whether `keyword` can only mean "opt me back in": it has a word that is neither an
/// answer word nor a request word. An empty keyword shows no consent.
fn is_express(keyword: &str) -> bool {
    let f = fold(keyword);
    (0..f.toks.len()).any(|i| {
        let w = f.text(i);
        !ANSWER_WORDS.contains(&w) && !REQUEST_WORDS.contains(&w)
    })
}

/// The effect of a classified reply under `policy`.
pub fn effect(classification: &Classification, policy: &ConsentPolicy) -> Effect {
    decide(&Reply::from(classification), policy).effect
}

/// [`effect`] with its reason, for a reply's parts.
pub fn decide(reply: &Reply<'_>, policy: &ConsentPolicy) -> Decision {
    match reply.intent {
        Intent::OptOut => Decision { effect: Effect::Suppress(reply.scope.unwrap_or(Scope::All)), reason: "opt-out" },
        // A typo is never read as consent (the classifier does not emit one; a caller might).
        Intent::OptIn if reply.rule == "keyword-typo" => Decision { effect: Effect::Nothing, reason: "not-consent" },
        Intent::OptIn => {
            // No keyword reads as the weakest one: consent must be shown, not assumed.
            let express = reply.keyword.is_some_and(is_express);
            match (express, policy.yes_lifts) {
                (true, _) => Decision { effect: Effect::Lift(LiftScope::All), reason: "explicit-opt-in" },
                (false, false) => Decision { effect: Effect::Nothing, reason: "answer-word" },
                (false, true) => Decision { effect: Effect::Lift(LiftScope::Transactional), reason: "answer-word-lifts" },
            }
        }
        Intent::Help | Intent::None => Decision { effect: Effect::Nothing, reason: "not-consent" },
    }
}
