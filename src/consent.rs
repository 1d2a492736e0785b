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
//! opt-out apply to every unrelated message unless the consumer says otherwise, in reply to
//! the one confirmation text (which may ask which messages to stop). A bare STOP (or any
//! opt-out that names no kind of message) is `Suppress(All)` either way. Under
//! [`RevokeAll`] (on, off, or `Auto`: on from 2027-01-31T00:00:00Z, the default), an opt-out
//! of something narrower (marketing, or one of the deployment's [`Programs`]) is applied as
//! `all` ([`revocation`]); the requested scope is kept as evidence and the number gets a
//! pending clarification. The confirmation asks which programs to keep; a reply within
//! [`CLARIFY_WINDOW_SECONDS`] that names programs ("keep my account alerts", "ALERTS")
//! narrows the opt-out to marketing plus every program not kept ([`narrowing`]), so the
//! kept programs and program-less transactional messages pass again. The edge (at once,
//! in its local override) and the origin (in the list and the consent record) call the same
//! functions, so they agree.
//!
//! An explicit opt-in that names programs ("START ALERTS") lifts those programs
//! ([`LiftScope::Program`]); from an `all` opt-out that lifts nothing, because a mask cannot
//! say "everything but alerts" without the programs table: the clarification (or START)
//! is the way back.
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
use std::borrow::Cow;

use crate::classify::fold::fold;
use crate::classify::{programs_named, Classification, Intent};
use crate::program::Programs;
use crate::Scope;

/// How much a reply may lift, and whether an opt-out revokes all.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct ConsentPolicy {
    /// Whether an answer word (YES, OK, SÍ, OUI...) restores consent. Off by default: after
    /// a revocation consent must be express, and these words answer ordinary questions. Even
    /// when on, they restore transactional messages only (see the module doc).
    pub yes_lifts: bool,
    /// Whether a narrower opt-out revokes all consent until the recipient narrows it
    /// ([`revocation`]). `Auto` by default.
    pub revoke_all: RevokeAll,
}

/// When the FCC's revoke-all rule takes effect: 2027-01-31T00:00:00Z, Unix seconds.
pub const REVOKE_ALL_EFFECTIVE: u64 = 1_801_353_600;

/// How long the reply to the clarifying question may narrow a revoke-all opt-out, seconds.
pub const CLARIFY_WINDOW_SECONDS: u64 = 86_400;

/// The revoke-all policy switch.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum RevokeAll {
    /// Always: every narrower opt-out is applied as `all` until narrowed.
    On,
    /// Never: an opt-out has the scope it names.
    Off,
    /// On from [`REVOKE_ALL_EFFECTIVE`] (by the decision's `now`).
    #[default]
    Auto,
}

impl RevokeAll {
    /// Whether it applies to a decision made at `now` (Unix seconds).
    pub fn is_on(self, now: u64) -> bool {
        match self {
            RevokeAll::On => true,
            RevokeAll::Off => false,
            RevokeAll::Auto => now >= REVOKE_ALL_EFFECTIVE,
        }
    }

    /// `on`, `off` or `auto`.
    pub fn as_str(self) -> &'static str {
        match self {
            RevokeAll::On => "on",
            RevokeAll::Off => "off",
            RevokeAll::Auto => "auto",
        }
    }

    /// Reads `on`, `off` or `auto` (any case).
    pub fn parse(text: &str) -> Option<RevokeAll> {
        match text.trim_ascii().as_bytes() {
            b"on" | b"ON" | b"On" => Some(RevokeAll::On),
            b"off" | b"OFF" | b"Off" => Some(RevokeAll::Off),
            b"auto" | b"AUTO" | b"Auto" => Some(RevokeAll::Auto),
            _ => None,
        }
    }
}

/// What an opt-out records, under the policy's revoke-all switch.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Revocation {
    /// The scope applied to the number.
    pub applied: Scope,
    /// The scope the reply asked for (kept as evidence).
    pub requested: Scope,
    /// Whether revoke-all widened it: the number then has a pending clarification (the
    /// requested scope, at `now`) and the confirmation asks the clarifying question.
    pub revoke_all: bool,
}

/// The opt-out an opt-out reply of `requested` scope records at `now` under `policy`.
pub fn revocation(requested: Scope, policy: &ConsentPolicy, now: u64) -> Revocation {
    let widen = !requested.is_all() && policy.revoke_all.is_on(now);
    Revocation { applied: if widen { Scope::ALL } else { requested }, requested, revoke_all: widen }
}

/// A narrowing of a revoke-all opt-out by the reply to the clarifying question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Narrowing {
    /// The programs the reply keeps (their bits).
    pub kept: Scope,
    /// The opt-out it becomes: marketing and every program not kept.
    pub scope: Scope,
}

/// Whether a reply narrows a revoke-all opt-out, and to what. `pending_at` is when the
/// clarification was opened (the opt-out's time; `None`: none is pending), `current` the
/// number's opt-out now, `intent` what the reply was classified as. It narrows only an
/// `all` opt-out, within [`CLARIFY_WINDOW_SECONDS`], by a reply that is not itself an
/// opt-out and answers the question: it names at least one of `programs` and says nothing
/// else but yes, keep, please or thanks ([`programs_named`]; a question or a complaint
/// that names a program keeps nothing). The caller accepts one narrowing per clarification.
pub fn narrowing(
    text: &str,
    intent: Intent,
    pending_at: Option<u64>,
    current: Option<Scope>,
    now: u64,
    programs: &Programs,
) -> Option<Narrowing> {
    let at = pending_at?;
    // A clock a little behind the opt-out's still counts (5 minutes); then 24 hours.
    let in_window = now.saturating_add(300) >= at && now.saturating_sub(at) <= CLARIFY_WINDOW_SECONDS;
    if !in_window || current != Some(Scope::ALL) || intent == Intent::OptOut {
        return None;
    }
    let kept = programs_named(text, programs)?;
    Some(Narrowing { kept, scope: narrowed(kept, programs) })
}

/// The opt-out an `all` opt-out narrows to when the person keeps the programs of `kept`
/// (their bits): marketing and every program of `programs` not kept, so kept programs and
/// program-less transactional messages pass. [`narrowing`] applies it to a reply; the
/// origin's preference page to the programs ticked there.
pub fn narrowed(kept: Scope, programs: &Programs) -> Scope {
    let rest = programs.all_bits() & !kept.program_bits();
    Scope::from_code(Scope::MARKETING.code() | rest)
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
    /// These programs (their bits): removed from a narrower opt-out; an `all` opt-out stays.
    Program(Scope),
}

impl LiftScope {
    /// `all` or `transactional`.
    pub fn as_str(self) -> &'static str {
        match self {
            LiftScope::All => "all",
            LiftScope::Transactional => "transactional",
            LiftScope::Program(_) => "program",
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

    /// The scope name: the suppressed scope, the lifted one, or `None` (program bits as
    /// `program-k`; [`Programs::scope_text`] names them).
    pub fn scope_str(self) -> Option<Cow<'static, str>> {
        match self {
            Effect::Suppress(scope) | Effect::Lift(LiftScope::Program(scope)) => Some(scope.as_str()),
            Effect::Lift(lift) => Some(lift.as_str().into()),
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
            (Effect::Lift(LiftScope::Program(_)), Some(Scope::All)) => Some(Scope::All),
            (Effect::Lift(LiftScope::Program(lifted)), Some(old)) => old.without(lifted),
            (Effect::Lift(LiftScope::Program(_)), None) => None,
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
    /// `yes_lifts`: transactional only), `needs-review` (the learned model's opt-in: a
    /// person confirms it, nothing is lifted), `not-consent` (help or anything else).
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
const ANSWER_WORDS: &str = concat!(
    // en
    "yes y ya yah yea yeah yep yup yess ok okay okey k kk sure ",
    "fine alright right correct confirm confirmed agree accept continue go ",
    "c 1 ",
    // es, pt, it
    "si claro vale bueno confirmo acepto continuar sim certo confermo ",
    "continua va bene dale ",
    // fr
    "oui ouais daccord dac confirme continuer ",
    // de, nl
    "ja jawohl jep genau klar einverstanden weiter jawel prima akkoord doorgaan ",
    // pl, ru
    "tak dobrze potwierdzam да ага хорошо ок подтверждаю продолжить продолжаите ",
    // zh, ja, ko, vi
    "是 是的 好 好的 对 確認 确认 可以 はい ええ うん 了解 네 예 응 ",
    "확인 계속 継続 続ける 登録 继续 co vang da u dong ",
    // hi (Devanagari and romanised)
    "हाँ हां हा जी ठीक haan han haa ji theek jaarirakhen ",
    // "I agree" (the classifier's merged forms): it answers a consent prompt, and much else.
    "aceito accetto jaccepte stimmezu zgadzamsie согласен согласна 同意 同意します ",
    "동의합니다 동의해요 manzoor मंजूर सहमत",
);

/// Request words that may stand with an answer word without making it explicit.
const REQUEST_WORDS: &str = "please pls plz por favor bitte sil vous plait prego alstublieft";

/// Whether `keyword` can only mean "opt me back in": it has a word that is neither an
/// answer word nor a request word. An empty keyword shows no consent.
fn is_express(keyword: &str) -> bool {
    let f = fold(keyword);
    (0..f.toks.len()).any(|i| {
        let w = f.text(i);
        !crate::classify::guards::one_of(w, ANSWER_WORDS) && !crate::classify::guards::one_of(w, REQUEST_WORDS)
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
        // The learned model's opt-in (no keyword, always in the review band): a person confirms it; it lifts nothing.
        Intent::OptIn if reply.rule == "learned" => Decision { effect: Effect::Nothing, reason: "needs-review" },
        Intent::OptIn => {
            // No keyword reads as the weakest one: consent must be shown, not assumed.
            let express = reply.keyword.is_some_and(is_express);
            let programs = reply.scope.filter(|s| s.program_bits() != 0);
            match (express, policy.yes_lifts) {
                (true, _) if programs.is_some() => Decision {
                    effect: Effect::Lift(LiftScope::Program(Scope::from_code(programs.map_or(0, |s| s.program_bits())))),
                    reason: "explicit-opt-in-program",
                },
                (true, _) => Decision { effect: Effect::Lift(LiftScope::All), reason: "explicit-opt-in" },
                (false, false) => Decision { effect: Effect::Nothing, reason: "answer-word" },
                (false, true) => Decision { effect: Effect::Lift(LiftScope::Transactional), reason: "answer-word-lifts" },
            }
        }
        Intent::Help | Intent::None => Decision { effect: Effect::Nothing, reason: "not-consent" },
    }
}
