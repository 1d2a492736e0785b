//! Text: `classify`, `normalize` (`lint` and `measure` are in [`crate::lint`]).

use crate::convert::*;
use serde::Serialize;
use stopgate::classify as core_classify;
use stopgate::Scope;
use wasm_bindgen::prelude::*;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ClassificationJs<'a> {
    intent: &'static str,
    scope: Option<&'static str>,
    keyword: Option<&'a str>,
    rule: &'static str,
    lang: Option<&'static str>,
    confidence: f64,
    strict: bool,
    review: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    evidence: Option<&'a str>,
}

/// Classifies one inbound reply: opt-out (with its scope), opt-in, help or none.
#[wasm_bindgen]
pub fn classify(text: JsValue) -> JsResult<JsValue> {
    let text = string_arg(&text, "text", MAX_TEXT_UNITS)?;
    let c = core_classify::classify(&text);
    to_js(&ClassificationJs {
        intent: c.intent.as_str(),
        scope: c.scope.map(Scope::as_str),
        keyword: c.keyword.as_deref(),
        rule: c.rule,
        lang: c.lang,
        confidence: score(c.confidence),
        strict: c.strict,
        review: c.review,
        evidence: c.evidence.as_deref(),
    })
}

/// A typed phone number in E.164, national numbers read in `region` (default `US`).
#[wasm_bindgen]
pub fn normalize(input: JsValue, region: JsValue) -> JsResult<String> {
    let input = string_arg(&input, "input", MAX_PHONE_UNITS)?;
    let region = if region.is_undefined() || region.is_null() {
        DEFAULT_REGION.to_string()
    } else {
        region_arg(&region, "region")?
    };
    Ok(parse_phone(&input, &region)?.e164())
}
