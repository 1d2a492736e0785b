//! Programs and revoke-all: `options.programs` (the deployment's programs table, C8),
//! `options.revokeAll` (C9), program scope text, and `narrowing`.

use crate::convert::*;
use stopgate::consent::RevokeAll;
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
    let text = string_arg(&v, what, MAX_TEXT_UNITS)
        .map_err(|_| error("options.programs must be an array of { id, bit, name, kind, words }"))?;
    let mut out = Vec::new();
    // Separators are single ASCII bytes, so the fields split on bytes (one small loop
    // rather than three pattern searchers in the module).
    for line in text.split(|c| c == '\n') {
        if line.is_empty() {
            continue;
        }
        let mut f = line.split(|c| c == '\t');
        let mut next = || f.next().unwrap_or("");
        let (id, bit, kind, name, words) = (next(), next(), next(), next(), next());
        let kind = match kind {
            "marketing" => ProgramKind::Marketing,
            "transactional" => ProgramKind::Transactional,
            _ => return Err(error("options.programs: every kind must be \"marketing\" or \"transactional\"")),
        };
        let bit = match bit.as_bytes() {
            [d @ b'0'..=b'9'] => d - b'0',
            _ => 0, // refused by the core: 1 to 7
        };
        let mut list = Vec::new();
        for w in words.split(|c| c == '\u{1f}') {
            if !w.is_empty() {
                list.push(w.to_string());
            }
        }
        out.push(Program { id: id.to_string(), bit, name: name.to_string(), kind, words: list });
    }
    Programs::new(out).map_err(error)
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

/// `options.now` (ms), or `Date.now()`, in Unix seconds.
pub(crate) fn now_option(options: &Option<JsValue>) -> JsResult<u64> {
    match option(options, "now", "options")? {
        Some(v) => time_ms_arg(&v, "options.now"),
        None => time_ms_arg(&JsValue::from_f64(js_sys::Date::now()), "Date.now()"),
    }
}
