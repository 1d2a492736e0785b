//! Inbound reply classifier: reads an SMS reply and says whether it asks to
//! stop messages (`opt_out`), to start them again (`opt_in`), for help, or
//! none of these.
//!
//! It is data plus a small engine: `fold` turns the text into lowercase
//! tokens grouped in clauses (full-width, styled, spaced, dotted and
//! stretched letters folded away); the tables in `lexicon` give each word its
//! keyword row and word classes, per language; `rules` looks words up and
//! matches token-class patterns such as "stop texting", "take me off your
//! list", "don't text me", "no more promos"; `engine` decides: a
//! platform-exact keyword (`strict`), a quoted iMessage/Android reaction
//! (`none`), a whole-message keyword plus fillers, then per clause an opt-out
//! keyword, a strong keyword in a sentence, or a pattern; opt-in phrases
//! only when they are the whole message, carry a resume cue (resume, again,
//! back on) and no negation, and no opt-out was found.
//!
//! Word forms are tolerated where they are unambiguous: chat spellings of
//! politeness ("thank u", "tysm", doubled letters as in "plss"), stretched
//! slang ("staaahp"), "opting out", "I opted out already". A bare YES opts in
//! alone or with a request word ("yes please"), not with thanks ("yes thank
//! you" acknowledges). A strong keyword whose subject is someone else ("my
//! wife wants to unsubscribe") is not the sender's request. A `none` with a
//! message noun and a negative or resume cue gets confidence 0.5, so callers
//! can route it to a person.
//!
//! Some words are read with what follows or precedes them: an opt-out of a
//! known non-messaging thing ("opt out of the field trip") is not one; "I
//! never want these texts to end" wants them; a keyword quoted in an
//! explanation ("I accidentally texted STOP, turn them back on") is not a
//! request, and the rest of the message may still opt in; "stop those"
//! after a clause naming only promos keeps the marketing scope, and so does a
//! stop after the sender asks to keep something ("keep the appointment
//! reminders but stop the promos"); "remove it from your list" counts when
//! the message names the number ("Wrong number, ..."); a bare STOP
//! followed only by praise ("Stop!! you're too kind") is `none` at 0.5.
//!
//! It does not guess beyond its tables: an unknown language or phrasing is
//! `none`, and a false opt-in is avoided harder than a missed one (no typo
//! matching for opt-in words, opt-in only when the whole message asks for
//! it). Languages covered: en, es, fr, de, pt, it, nl, pl, ru, zh, ja, ko, hi, vi.
//!
//! Stable `rule` names: `keyword`, `keyword-typo`, `keyword-context` (a
//! weak keyword next to "wrong number" / "not interested"),
//! `keyword-in-sentence`, `stop-sending`, `stop-getting`, `stop-messages`,
//! `stop-it`, `remove-me`, `take-me-off`, `dont-text`, `no-more`,
//! `dont-want`, `leave-me-alone`, `revoke-consent`, `cancel-subscription`,
//! `resume-messages` (opt-in), `reaction` and `none`; where the learned model
//! decided, `learned` (an opt-out or help it found, or an opt-in it suggests for
//! a person to confirm) and `model-veto` (a rule's answer it overruled, `none` and
//! flagged for review, with the rule in `evidence`: "ya para jajaja", said between
//! friends). The model never reads a bare platform keyword ("STOP").
//!
//! ```
//! use stopgate::classify::{classify, Intent};
//! let c = classify("quit texting me!!");
//! assert_eq!(c.intent, Intent::OptOut);
//! assert!(!c.strict);
//! assert_eq!(classify("STOP").strict, true);
//! assert_eq!(classify("Which stop do I get off at?").intent, Intent::None);
//! ```
use crate::Scope;

pub(crate) mod fold;
pub(crate) mod guards;
mod lexicon;
mod model;
mod pack;
mod rules;

/// What a reply asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Intent {
    /// Stop messaging me.
    OptOut,
    /// Start (again).
    OptIn,
    /// Send me help / info.
    Help,
    /// Anything else.
    None,
}

impl Intent {
    /// `opt_out`, `opt_in`, `help` or `none`.
    pub fn as_str(self) -> &'static str {
        match self {
            Intent::OptOut => "opt_out",
            Intent::OptIn => "opt_in",
            Intent::Help => "help",
            Intent::None => "none",
        }
    }
}

/// The classifier's answer, with what matched so a person can see why.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Classification {
    /// What the reply asks for.
    pub intent: Intent,
    /// For opt-outs: `all`, `marketing` or (from [`classify_with`]) the programs named; for
    /// an opt-in that names programs ("START ALERTS"), those programs; `None` otherwise.
    pub scope: Option<Scope>,
    /// The keyword or phrase that matched, folded (e.g. `stop`, `take me off`).
    pub keyword: Option<String>,
    /// The rule that fired (stable name, e.g. `keyword`, `keyword-typo`, `stop-sending`, `reaction`).
    pub rule: &'static str,
    /// BCP-47 language of the match, where known.
    pub lang: Option<&'static str>,
    /// 0..=1.
    pub confidence: f32,
    /// Whether a whole-message exact keyword matched (what carriers/platforms do today).
    pub strict: bool,
    /// Whether a person should look before acting: the confidence is below
    /// 0.75, or the rules and the learned model disagree.
    pub review: bool,
    /// When the learned model decided or vetoed: its probability and the words
    /// that weighed most, and what the rules had said.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
    /// The id of the deployment's program the reply names ("STOP ALERTS" → `alerts`), from
    /// [`classify_with`]; the first one when it names several (`scope` has them all).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub program: Option<String>,
}

/// Classifies one inbound reply. Never panics; linear in the input length. Of a reply
/// longer than 2,048 words (no SMS is), the first and the last 1,024 words are read.
pub fn classify(text: &str) -> Classification {
    engine::classify(text)
}

mod engine;
mod program;

/// What [`classify_with`] knows about the deployment.
#[derive(Clone, Copy, Debug)]
pub struct ClassifyOptions<'a> {
    /// The deployment's programs, whose words a reply may name.
    pub programs: &'a crate::program::Programs,
}

/// [`classify`], then the deployment's programs: an opt-out or opt-in that names programs
/// ("STOP ALERTS", "no more tips", "START ALERTS") is scoped to them and says which
/// (`program`). Without programs it is [`classify`].
pub fn classify_with(text: &str, options: &ClassifyOptions<'_>) -> Classification {
    let mut c = classify(text);
    if !options.programs.is_empty() {
        program::refine(&mut c, text, options.programs);
    }
    c
}

/// The programs a reply to the revoke-all question keeps, as a scope of their bits (`None`
/// when it keeps none): what [`crate::consent::narrowing`] reads. The reply names them and
/// says nothing else but yes, keep, please or thanks ("ALERTS", "keep my account alerts",
/// "ja bitte alerts behalten"); a question or a complaint that names one ("why do I still get
/// alerts?", "I hate your alerts") keeps nothing, and the opt-out stays `all`.
pub fn programs_named(text: &str, programs: &crate::program::Programs) -> Option<Scope> {
    program::kept_by_answer(text, programs)
}

/// For the trainer and the evaluation (`examples/classify_train.rs`): the
/// rules' verdict and the model's features, and the decision given
/// probabilities. Not a stable interface.
#[doc(hidden)]
pub mod learn {
    pub use super::guards::{Guard, GUARDS};
    pub use super::model::{decide, softmax, Analysis, Probs, Thresholds, BUCKETS, CLASSES, STORED, THRESHOLDS};

    /// The rules' verdict and the features the model reads.
    pub fn analyse(text: &str) -> Analysis {
        super::engine::analyse(text)
    }

    /// The same, with features also for replies `classify()` does not show the model (training data).
    pub fn analyse_all(text: &str) -> Analysis {
        super::engine::analyse_for(text, true)
    }

    /// The folded words with their class bits and clause (for the trainer's `words` command).
    pub fn words(text: &str) -> Vec<(String, u128, u32)> {
        let folded = super::fold::fold(text);
        super::rules::words(super::rules::Lexicon::get(), &folded).iter().map(|w| (w.text.to_string(), w.e.class, w.clause)).collect()
    }

    /// The compiled-in model's probabilities for these features, if a model is compiled in.
    pub fn predict(features: &[u32]) -> Option<Probs> {
        super::model::Model::builtin().map(|m| m.predict(features))
    }
}
