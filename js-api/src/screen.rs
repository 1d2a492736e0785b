//! Screening one send request against a loaded snapshot.

use crate::convert::*;
use crate::snapshot::snapshot_arg;
use serde::Serialize;
use stopgate::{lint::Finding, screen as core_screen};
use stopgate::{Category, Scope};
use wasm_bindgen::prelude::*;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ScreeningJs<'a> {
    decision: core_screen::Decision,
    reason: &'static str,
    message: &'a str,
    e164: Option<&'a str>,
    scope: Option<&'static str>,
    snapshot_sequence: Option<u64>,
    findings: &'a [Finding],
}

/// Decides whether a message may go: the recipient against the snapshot, the body through
/// `lint`, the snapshot's age against `options.maxAgeSeconds`.
#[wasm_bindgen]
pub fn screen(request: JsValue, snapshot: JsValue, options: JsValue) -> JsResult<JsValue> {
    let snapshot = snapshot_arg(&snapshot)?;
    let snapshot = snapshot.as_ref().map(|s| s.borrow());
    let request = options_arg(&request, "request")?
        .ok_or_else(|| error("request must be an object, got undefined"))?;
    let to = field(&request, "to", "request")?.ok_or_else(|| error("request.to is required"))?;
    let to = string_arg(&to, "request.to", MAX_PHONE_UNITS)?;
    let body =
        field(&request, "body", "request")?.ok_or_else(|| error("request.body is required"))?;
    let body = string_arg(&body, "request.body", MAX_TEXT_UNITS)?;
    let category = match field(&request, "category", "request")? {
        Some(v) => category_arg(&v, "request.category")?,
        None => Category::Marketing,
    };
    let options = options_arg(&options, "options")?;
    let now = match option(&options, "now", "options")? {
        Some(v) => time_ms_arg(&v, "options.now")?,
        None => time_ms_arg(&JsValue::from_f64(js_sys::Date::now()), "Date.now()")?,
    };
    let max_age_seconds = match option(&options, "maxAgeSeconds", "options")? {
        Some(v) => integer_arg(&v, "options.maxAgeSeconds")?,
        None => core_screen::DEFAULT_MAX_AGE_SECONDS,
    };
    let default_region = match optional_region(&options, "options")? {
        Some(region) => region,
        None => snapshot
            .as_ref()
            .map_or_else(|| DEFAULT_REGION.to_string(), |s| s.region.clone()),
    };
    let policy = core_screen::Policy {
        now,
        max_age_seconds,
        default_region,
    };
    let request = core_screen::SendRequest {
        to: &to,
        body: &body,
        category,
    };
    let s = core_screen::screen(&request, snapshot.as_ref().map(|s| &s.inner), &policy);
    to_js(&ScreeningJs {
        decision: s.decision,
        reason: s.reason,
        message: &s.message,
        e164: s.e164.as_deref(),
        scope: s.scope.map(Scope::as_str),
        snapshot_sequence: s.snapshot_sequence,
        findings: &s.findings,
    })
}
