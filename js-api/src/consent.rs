//! Consent: `consentEffect`, what a classified reply does to an opt-out.

use crate::convert::*;
use serde::Serialize;
use stopgate::classify::Intent;
use stopgate::consent::{decide, ConsentPolicy, Reply};
use wasm_bindgen::prelude::*;

#[derive(Serialize)]
struct EffectJs {
    effect: &'static str,
    scope: Option<&'static str>,
    reason: &'static str,
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
/// `suppress` (with the scope), `lift` (`all`, or `transactional` when `options.yesLifts`
/// gives answer words that power) or `nothing`, with a stable `reason`.
#[wasm_bindgen(js_name = consentEffect)]
pub fn consent_effect(classification: JsValue, options: JsValue) -> JsResult<JsValue> {
    let c = options_arg(&classification, "classification")?
        .ok_or_else(|| error("classification must be an object, got undefined"))?;
    let intent = field(&c, "intent", "classification")?
        .ok_or_else(|| error("classification.intent is required"))?;
    let intent = intent_arg(&intent, "classification.intent")?;
    let scope = match field(&c, "scope", "classification")? {
        Some(v) if !v.is_null() => Some(scope_arg(&v, "classification.scope")?),
        _ => None,
    };
    let keyword = optional_string(&c, "keyword", "classification")?;
    let rule = optional_string(&c, "rule", "classification")?.unwrap_or_default();
    let options = options_arg(&options, "options")?;
    let yes_lifts = match option(&options, "yesLifts", "options")? {
        Some(v) => v.as_bool().ok_or_else(|| {
            error(format!("options.yesLifts must be a boolean, got {}", type_name(&v)))
        })?,
        None => false,
    };
    let reply = Reply { intent, scope, keyword: keyword.as_deref(), rule: &rule };
    let d = decide(&reply, &ConsentPolicy { yes_lifts });
    to_js(&EffectJs { effect: d.effect.as_str(), scope: d.effect.scope_str(), reason: d.reason })
}
