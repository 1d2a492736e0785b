//! Text: `classify`, `normalize` (`lint` and `measure` are in [`crate::lint`]).

use crate::convert::*;
use serde::Serialize;
use stopgate::classify as core_classify;
use wasm_bindgen::prelude::*;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ClassificationJs<'a> {
    intent: &'static str,
    scope: Option<String>,
    keyword: Option<&'a str>,
    rule: &'static str,
    lang: Option<&'static str>,
    confidence: f64,
    strict: bool,
    review: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    evidence: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    program: Option<&'a str>,
}

/// Classifies one inbound reply: opt-out (with its scope), opt-in, help or none; with
/// `options.programs`, an opt-out or opt-in naming programs is scoped to them (`program`).
#[wasm_bindgen]
pub fn classify(text: JsValue, options: JsValue) -> JsResult<JsValue> {
    let text = string_arg(&text, "text", MAX_TEXT_UNITS)?;
    let options = options_arg(&options, "options")?;
    let programs = crate::programs::programs_option(&options, "options")?;
    let c = core_classify::classify_with(&text, &core_classify::ClassifyOptions { programs: &programs });
    to_js(&ClassificationJs {
        intent: c.intent.as_str(),
        scope: c.scope.map(|s| programs.scope_text(s)),
        keyword: c.keyword.as_deref(),
        rule: c.rule,
        lang: c.lang,
        confidence: score(c.confidence),
        strict: c.strict,
        review: c.review,
        evidence: c.evidence.as_deref(),
        program: c.program.as_deref(),
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
