//! What a reply does to the list (contract C6).
//!
//! STOP-GAP, TO BE REPLACED by `stopgate::consent::effect` once the policy
//! engineer's core module lands on main: this is the same rule in one
//! function, so the origin is safe in the meantime. A bare YES (and any
//! opt-in word that also answers ordinary questions: Y, OK, SURE, SI, OUI,
//! JA...) changes nothing unless `yes_lifts`; START / UNSTOP / SUBSCRIBE /
//! RESUME and explicit "resubscribe me" requests lift; an opt-out suppresses
//! with its scope.

use stopgate::classify::{Classification, Intent};
use stopgate::Scope;

/// What a reply does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Opt the number out with this scope.
    Suppress(Scope),
    /// Lift the number's opt-out.
    Lift,
    /// Leave the list alone.
    Nothing,
}

impl Effect {
    /// `suppress`, `lift` or `nothing`.
    pub fn as_str(self) -> &'static str {
        match self {
            Effect::Suppress(_) => "suppress",
            Effect::Lift => "lift",
            Effect::Nothing => "nothing",
        }
    }
}

/// Opt-in words that also answer ordinary questions ("Reply YES to confirm
/// your appointment"): consent after a revocation must be express.
const AMBIGUOUS: &[&str] = &[
    "yes",
    "y",
    "yeah",
    "yep",
    "yup",
    "ok",
    "okay",
    "k",
    "sure",
    "si",
    "sí",
    "oui",
    "ja",
    "sim",
    "da",
    "hai",
    "confirm",
    "confirmed",
    "agree",
    "accept",
    "1",
];

/// The effect of a classified reply.
pub fn effect(c: &Classification, yes_lifts: bool) -> Effect {
    match c.intent {
        Intent::OptOut => Effect::Suppress(c.scope.unwrap_or(Scope::All)),
        Intent::OptIn => {
            let ambiguous = c
                .keyword
                .as_deref()
                .is_some_and(|k| AMBIGUOUS.contains(&k.trim().to_lowercase().as_str()));
            if ambiguous && !yes_lifts {
                Effect::Nothing
            } else {
                Effect::Lift
            }
        }
        Intent::Help | Intent::None => Effect::Nothing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use stopgate::classify::classify;

    #[test]
    fn only_express_opt_ins_lift() {
        let cases: &[(&str, bool, Effect)] = &[
            ("STOP", false, Effect::Suppress(Scope::All)),
            ("stop the promos", false, Effect::Suppress(Scope::Marketing)),
            ("START", false, Effect::Lift),
            ("UNSTOP", false, Effect::Lift),
            ("YES", false, Effect::Nothing),
            ("yes", true, Effect::Lift),
            ("HELP", false, Effect::Nothing),
            ("see you at 5", false, Effect::Nothing),
        ];
        for &(text, yes_lifts, want) in cases {
            assert_eq!(effect(&classify(text), yes_lifts), want, "{text}");
        }
    }
}
