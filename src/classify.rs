//! Inbound reply classifier. CONTRACT (skeleton; the classifier helper replaces this file).
use crate::Scope;

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
    /// For opt-outs: `all` or `marketing`; `None` otherwise.
    pub scope: Option<Scope>,
    /// The keyword or phrase that matched, folded (e.g. `stop`, `take me off`).
    pub keyword: Option<String>,
    /// The rule that fired (stable name, e.g. `keyword`, `keyword-typo`, `phrase`, `reaction`).
    pub rule: &'static str,
    /// BCP-47 language of the match, where known.
    pub lang: Option<&'static str>,
    /// 0..=1.
    pub confidence: f32,
    /// Whether a whole-message exact keyword matched (what carriers/platforms do today).
    pub strict: bool,
}

/// Classifies one inbound reply. Never panics; linear in the input length.
pub fn classify(text: &str) -> Classification {
    let _ = text;
    todo!()
}
