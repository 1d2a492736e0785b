//! Programs and revoke-all: `options.programs` (the deployment's programs table, C8),
//! `options.revokeAll` (C9), program scope text, and `narrowing`.

use crate::convert::*;
use stopgate::classify::{classify_with, ClassifyOptions};
use stopgate::consent::{self, RevokeAll};
use stopgate::program::{Program, ProgramKind, Programs};
use stopgate::Scope;
use wasm_bindgen::prelude::*;

/// `options.programs`, as pkg/api.js encodes the array `[{ id, bit, name, kind, words }]`
/// (decoding the objects here would cost the wasm some 2 kB gzip'd): one program per line,
/// fields `id`, `bit`, `kind`, `name`, `words` separated by tabs, words by U+001F. Checked by
/// the core. Absent: no programs.
pub(crate) fn programs_option(options: &Option<JsValue>, what: &str) -> JsResult<Programs> {
    let Some(v) = option(options, "programs", what)? else {
        return Ok(Programs::none());
    };
    let what = format!("{what}.programs");
    let text = string_arg(&v, &what, MAX_TEXT_UNITS)
        .map_err(|_| error(format!("{what} must be an array of {{ id, bit, name, kind, words }}")))?;
    let mut out = Vec::new();
    for line in text.split('\n').filter(|l| !l.is_empty()) {
        let mut f = line.split('\t');
        let mut next = || f.next().unwrap_or("");
        let (id, bit, kind, name, words) = (next(), next(), next(), next(), next());
        let kind = match kind {
            "marketing" => ProgramKind::Marketing,
            "transactional" => ProgramKind::Transactional,
            _ => return Err(error(format!("{what}: program {id:?}: kind must be \"marketing\" or \"transactional\""))),
        };
        let mut list = Vec::new();
        for w in words.split('\u{1f}').filter(|w| !w.is_empty()) {
            list.push(w.to_string());
        }
        out.push(Program { id: id.to_string(), bit: bit.parse().unwrap_or(0), name: name.to_string(), kind, words: list });
    }
    Programs::new(out).map_err(|e| error(format!("{what}: {e}")))
}

/// `options.revokeAll`: `"on"`, `"off"` or `"auto"` (the default); pkg/api.js checks the
/// text and passes 0 (off), 1 (on) or 2 (auto).
pub(crate) fn revoke_all_option(options: &Option<JsValue>, what: &str) -> JsResult<RevokeAll> {
    match option(options, "revokeAll", what)?.and_then(|v| v.as_f64()) {
        Some(v) if v == 0.0 => Ok(RevokeAll::Off),
        Some(v) if v == 1.0 => Ok(RevokeAll::On),
        _ => Ok(RevokeAll::Auto),
    }
}

/// A scope's text: `"marketing+alerts"` (program ids from `programs`). pkg/api.js turns
/// `{ scope, programs: [ids] }` into that text.
pub(crate) fn program_scope_arg(value: &JsValue, what: &str, programs: &Programs) -> JsResult<Scope> {
    Ok(programs.parse_scope(&string_arg(value, what, MAX_SHORT_UNITS)?)?)
}

/// Whether `text`, from a number with a pending revoke-all clarification, narrows its `all`
/// opt-out: the scope it becomes (marketing and every program not kept), or `null`.
/// `options`: `pendingAt` (ms, when the clarification opened), `current` (the number's
/// opt-out now, a scope or `null`), `now` (ms, default `Date.now()`), `programs`.
#[wasm_bindgen]
pub fn narrowing(text: JsValue, options: JsValue) -> JsResult<JsValue> {
    let text = string_arg(&text, "text", MAX_TEXT_UNITS)?;
    let options = options_arg(&options, "options")?;
    let programs = programs_option(&options, "options")?;
    let pending_at = option(&options, "pendingAt", "options")?.map(|v| time_ms_arg(&v, "options.pendingAt")).transpose()?;
    let current = option(&options, "current", "options")?
        .map(|v| program_scope_arg(&v, "options.current", &programs))
        .transpose()?;
    let now = now_option(&options)?;
    let c = classify_with(&text, &ClassifyOptions { programs: &programs });
    match consent::narrowing(&text, &c, pending_at, current, now, &programs) {
        Some(n) => Ok(JsValue::from_str(&programs.scope_text(n.scope))),
        None => Ok(JsValue::NULL),
    }
}

/// `options.now` (ms), or `Date.now()`, in Unix seconds.
pub(crate) fn now_option(options: &Option<JsValue>) -> JsResult<u64> {
    match option(options, "now", "options")? {
        Some(v) => time_ms_arg(&v, "options.now"),
        None => time_ms_arg(&JsValue::from_f64(js_sys::Date::now()), "Date.now()"),
    }
}
