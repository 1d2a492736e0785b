//! Outbound text: `lint` and `measure`.

use crate::convert::*;
use stopgate::lint as core_lint;
use stopgate::Category;
use wasm_bindgen::prelude::*;

/// Findings about an outbound message (`options.category`, default `marketing`), each with a
/// stable `kind` and its facts as fields (`char`, `replacement`, `count`, `segments`, `limit`).
/// `options.optedOut: true`: the recipient opted out, so a marketing body asking them back
/// by SMS is a `re-engagement` warning (with `lang`).
#[wasm_bindgen]
pub fn lint(message: JsValue, options: JsValue) -> JsResult<JsValue> {
    let message = string_arg(&message, "message", MAX_TEXT_UNITS)?;
    let options = options_arg(&options, "options")?;
    let category = match option(&options, "category", "options")? {
        Some(v) => category_arg(&v, "options.category")?,
        None => Category::Marketing,
    };
    let opted_out = match option(&options, "optedOut", "options")? {
        Some(v) if !v.is_undefined() => v.as_bool().ok_or_else(|| {
            error(format!("options.optedOut must be a boolean, got {}", type_name(&v)))
        })?,
        _ => false,
    };
    let options = core_lint::LintOptions { category, opted_out };
    to_js(&core_lint::lint_with(&message, &options).findings)
}

/// Encoding, length and SMS segments of a message, with the units per segment at this length
/// (`limit`) and what still fits in the last one (`remaining`).
#[wasm_bindgen]
pub fn measure(message: JsValue) -> JsResult<JsValue> {
    let message = string_arg(&message, "message", MAX_TEXT_UNITS)?;
    to_js(&core_lint::measure(&message))
}
