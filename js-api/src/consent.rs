//! Consent: `consentEffect`, what a classified reply does to an opt-out.

use crate::convert::*;
use serde::Serialize;
use stopgate::classify::Intent;
use crate::programs::{program_scope_arg, programs_option, revoke_all_option};
use stopgate::consent::LiftScope;
use stopgate::consent::{decide, narrowing, revocation, ConsentPolicy, Effect, Reply};
use wasm_bindgen::prelude::*;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct EffectJs {
    effect: &'static str,
    scope: Option<String>,
    reason: &'static str,
    /// Under revoke-all: the scope the reply asked for (the effect's scope is `all`).
    #[serde(skip_serializing_if = "Option::is_none")]
    requested_scope: Option<String>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    revoke_all: bool,
}

fn intent_arg(value: &JsValue, what: &str) -> JsResult<Intent> {
    let text = string_arg(value, what, MAX_SHORT_UNITS)?;
    match text.as_str() {
        "opt_out" => Ok(Intent::OptOut),
        "opt_in" => Ok(Intent::OptIn),
        "help" => Ok(Intent::Help),
        "none" => Ok(Intent::None),
        _ => Err(error(format!(
            "{what} must be \"opt_out\", \"opt_in\", \"help\" or \"none\", got {text:?}"
        ))),
    }
}

/// The string field `name` of `object`, `None` when absent or `null`.
fn optional_string(object: &JsValue, name: &str, what: &str) -> JsResult<Option<String>> {
    match field(object, name, what)? {
        Some(v) if !v.is_null() => Ok(Some(string_arg(&v, &format!("{what}.{name}"), MAX_TEXT_UNITS)?)),
        _ => Ok(None),
    }
}

/// What a classified reply (as `classify` returns it) does to the sender's opt-out:
/// `suppress` (with the scope), `lift` (`all`, `transactional` when `options.yesLifts`
/// gives answer words that power, or the programs an opt-in names) or `nothing`, with a
/// stable `reason`. Under revoke-all (`options.revokeAll`, default `auto`: on from
/// 2027-01-31 by `options.now`), a narrower opt-out suppresses `all`, with
/// `requestedScope` and `revokeAll: true`.
#[wasm_bindgen(js_name = consentEffect)]
pub fn consent_effect(classification: JsValue, options: JsValue) -> JsResult<JsValue> {
    let c = options_arg(&classification, "classification")?
        .ok_or_else(|| error("classification must be an object, got undefined"))?;
    let intent = field(&c, "intent", "classification")?
        .ok_or_else(|| error("classification.intent is required"))?;
    let intent = intent_arg(&intent, "classification.intent")?;
    let keyword = optional_string(&c, "keyword", "classification")?;
    let rule = optional_string(&c, "rule", "classification")?.unwrap_or_default();
    let options = options_arg(&options, "options")?;
    let programs = programs_option(&options, "options")?;
    let yes_lifts = match option(&options, "yesLifts", "options")? {
        Some(v) => v.as_bool().ok_or_else(|| {
            error(format!("options.yesLifts must be a boolean, got {}", type_name(&v)))
        })?,
        None => false,
    };
    let scope = match field(&c, "scope", "classification")? {
        Some(v) => Some(program_scope_arg(&v, "classification.scope", &programs)?),
        None => None,
    };
    let revoke_all = revoke_all_option(&options, "options")?;
    let now = crate::programs::now_option(&options)?;
    let policy = ConsentPolicy { yes_lifts, revoke_all };
    let reply = Reply { intent, scope, keyword: keyword.as_deref(), rule: &rule };
    let d = decide(&reply, &policy);
    // The reply to the revoke-all question (C9): `options.text`, `pendingAt`, `current`.
    if let Some(text) = option(&options, "text", "options")? {
        let text = string_arg(&text, "options.text", MAX_TEXT_UNITS)?;
        let pending_at = option(&options, "pendingAt", "options")?.map(|v| time_ms_arg(&v, "options.pendingAt")).transpose()?;
        let current = option(&options, "current", "options")?
            .map(|v| program_scope_arg(&v, "options.current", &programs))
            .transpose()?;
        if let Some(n) = narrowing(&text, intent, pending_at, current, now, &programs) {
            return to_js(&EffectJs { effect: "narrow", scope: Some(programs.scope_text(n.scope)), reason: "narrow", requested_scope: None, revoke_all: false });
        }
    }
    let (effect, requested) = match d.effect {
        Effect::Suppress(asked) => {
            let r = revocation(asked, &policy, now);
            (Effect::Suppress(r.applied), r.revoke_all.then_some(asked))
        }
        other => (other, None),
    };
    let scope = match effect {
        Effect::Suppress(s) | Effect::Lift(LiftScope::Program(s)) => Some(programs.scope_text(s)),
        other => other.scope_str().map(|s| s.into_owned()),
    };
    to_js(&EffectJs {
        effect: effect.as_str(),
        scope,
        reason: d.reason,
        requested_scope: requested.map(|s| programs.scope_text(s)),
        revoke_all: requested.is_some(),
    })
}
