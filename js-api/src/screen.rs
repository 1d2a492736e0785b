//! Screening: `screen`, `screenMany`, the `Overrides` class, `covers` and `defaults`.

use crate::convert::*;
use crate::programs::{program_scope_arg, programs_option, revoke_all_option};
use crate::snapshot::{snapshot_arg, LoadedSnapshot};
use js_sys::Reflect;
use serde::Serialize;
use std::cell::{Ref, RefCell};
use std::rc::Rc;
use stopgate::consent::{Effect, LiftScope};
use stopgate::program::Programs;
use stopgate::lint::{Encoding, Finding};
use stopgate::quiet::{self, QuietHours};
use stopgate::screen as core_screen;
use stopgate::Category;
use wasm_bindgen::convert::TryFromJsValue;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ScreeningJs<'a> {
    #[serde(skip_serializing_if = "JsValue::is_undefined", with = "serde_wasm_bindgen::preserve")]
    input: JsValue,
    decision: core_screen::Decision,
    reason: &'static str,
    message: &'a str,
    e164: Option<&'a str>,
    scope: Option<String>,
    overridden: bool,
    snapshot_sequence: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    send_after: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    send_after_ms: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    hold: Option<HoldJs>,
    #[serde(skip_serializing_if = "Option::is_none")]
    findings: Option<&'a [Finding]>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct HoldJs {
    region: &'static str,
    region_name: Option<&'static str>,
    rule: &'static str,
    local_time: String,
}

impl<'a> ScreeningJs<'a> {
    fn new(s: &'a core_screen::Screening, input: JsValue, findings: bool, programs: &Programs) -> ScreeningJs<'a> {
        ScreeningJs {
            input,
            decision: s.decision,
            reason: s.reason,
            message: &s.message,
            e164: s.e164.as_deref(),
            scope: s.scope.map(|scope| programs.scope_text(scope)),
            overridden: s.overridden,
            snapshot_sequence: s.snapshot_sequence,
            send_after: s.hold.and_then(|h| h.send_after_iso()),
            send_after_ms: s.hold.and_then(|h| h.send_after).map(seconds_to_ms),
            hold: s.hold.map(|h| HoldJs {
                region: h.region,
                region_name: quiet::region_name(h.region),
                rule: h.rule,
                local_time: format!("{:02}:{:02}", h.local_minutes_now / 60, h.local_minutes_now % 60),
            }),
            findings: findings.then_some(&s.findings[..]),
        }
    }
}

/// `screen`'s and `screenMany`'s options, read once.
struct ScreenOptions {
    policy: core_screen::Policy,
    overrides: Option<Rc<RefCell<core_screen::Overrides>>>,
}

fn screen_options(options: &JsValue, snapshot: Option<&Ref<'_, LoadedSnapshot>>) -> JsResult<ScreenOptions> {
    let options = options_arg(options, "options")?;
    let now = crate::programs::now_option(&options)?;
    let max_age_seconds = match option(&options, "maxAgeSeconds", "options")? {
        Some(v) => integer_arg(&v, "options.maxAgeSeconds")?,
        None => core_screen::DEFAULT_MAX_AGE_SECONDS,
    };
    let default_region = match optional_region(&options, "options")? {
        Some(region) => region,
        None => snapshot.map_or_else(|| DEFAULT_REGION.to_string(), |s| s.region.clone()),
    };
    let overrides = match option(&options, "overrides", "options")? {
        Some(v) if !v.is_null() => Some(overrides_arg(&v)?),
        _ => None,
    };
    let quiet_hours = match option(&options, "quietHours", "options")? {
        Some(v) => quiet_hours_arg(&v)?,
        None => core_screen::Policy::default().quiet_hours,
    };
    let fresh_at = option(&options, "freshAt", "options")?
        .map(|v| time_ms_arg(&v, "options.freshAt"))
        .transpose()?;
    let programs = programs_option(&options, "options")?;
    // Checked here so a misspelt setting fails loudly; it decides what an opt-out records
    // (`consentEffect`), not how a send is screened.
    revoke_all_option(&options, "options")?;
    Ok(ScreenOptions {
        policy: core_screen::Policy { now, max_age_seconds, default_region, quiet_hours, fresh_at, programs },
        overrides,
    })
}

/// `options.quietHours`: `true` (the law, the default), `false` (none), or `{ regionalRules:
/// false }` (the federal window only) and/or `{ window: "HH:MM-HH:MM" }` (a deployment's own
/// daily window, local time, in place of the federal one).
fn quiet_hours_arg(value: &JsValue) -> JsResult<QuietHours> {
    if let Some(on) = value.as_bool() {
        return Ok(if on { QuietHours::default() } else { QuietHours::off() });
    }
    let what = "options.quietHours";
    let mut q = QuietHours::default();
    if let Some(o) = options_arg(value, what)? {
        if let Some(v) = field(&o, "regionalRules", what)? {
            q.regional_rules = v.as_bool().ok_or_else(|| error(format!("{what}.regionalRules must be a boolean, got {}", type_name(&v))))?;
        }
        if let Some(v) = field(&o, "window", what)? {
            let text = string_arg(&v, &format!("{what}.window"), MAX_SHORT_UNITS)?;
            q.default_window = stopgate::quiet::Week::parse_daily(&text).map_err(|e| error(format!("{what}.window: {e}")))?;
        }
    }
    Ok(q)
}

fn program_field(object: &JsValue, what: &str) -> JsResult<Option<String>> {
    field(object, "program", what)?.map(|v| string_arg(&v, &format!("{what}.program"), MAX_SHORT_UNITS)).transpose()
}

fn category_field(object: &JsValue, what: &str) -> JsResult<Category> {
    match field(object, "category", what)? {
        Some(v) if !v.is_undefined() => category_arg(&v, &format!("{what}.category")),
        _ => Ok(Category::Marketing),
    }
}

/// Decides whether a message may go: local overrides (`options.overrides`), then the
/// recipient against the snapshot, the body through `lint`, the snapshot's age against
/// `options.maxAgeSeconds`.
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
    let category = category_field(&request, "request")?;
    let program = program_field(&request, "request")?;
    let o = screen_options(&options, snapshot.as_ref())?;
    let overrides = o.overrides.as_ref().map(|o| o.borrow());
    let request = core_screen::SendRequest { to: &to, body: &body, category, program: program.as_deref() };
    let s = core_screen::screen_with(
        &request,
        snapshot.as_ref().map(|s| &s.inner),
        overrides.as_deref().unwrap_or(&core_screen::Overrides::new()),
        &o.policy,
    );
    to_js(&ScreeningJs::new(&s, JsValue::UNDEFINED, true, &o.policy.programs))
}

/// `screen` for a list of recipients of one message of `options.category` (default
/// `marketing`), without linting a body: one verdict per input, in order, with `input` set.
#[wasm_bindgen(js_name = screenMany)]
pub fn screen_many(recipients: JsValue, snapshot: JsValue, options: JsValue) -> JsResult<JsValue> {
    let snapshot = snapshot_arg(&snapshot)?;
    let snapshot = snapshot.as_ref().map(|s| s.borrow());
    let (category, program) = match options_arg(&options, "options")? {
        Some(o) => (category_field(&o, "options")?, program_field(&o, "options")?),
        None => (Category::Marketing, None),
    };
    let o = screen_options(&options, snapshot.as_ref())?;
    let overrides = o.overrides.as_ref().map(|o| o.borrow());
    let empty = core_screen::Overrides::new();
    let overrides = overrides.as_deref().unwrap_or(&empty);
    let out = js_sys::Array::new();
    for_each_item(&recipients, "recipients", |index, input| {
        // A list is data: a recipient too long to be a number is that recipient's
        // verdict (block, `invalid-recipient`), not an error for the whole list.
        // A recipient that is not a string is the caller's mistake, and throws.
        let too_long = input.dyn_ref::<js_sys::JsString>().is_some_and(|js| js.length() > MAX_PHONE_UNITS);
        let to = if too_long {
            String::new()
        } else {
            string_arg(&input, &format!("recipients[{index}]"), MAX_PHONE_UNITS)?
        };
        let mut s = core_screen::screen_recipient(&to, category, program.as_deref(), snapshot.as_ref().map(|s| &s.inner), overrides, &o.policy);
        if too_long {
            // No digits: blocked as `invalid-recipient`; said as what it is.
            s.message = "the recipient cannot be texted: it is longer than 256 characters, and no phone number is".into();
        }
        out.push(&to_js(&ScreeningJs::new(&s, input, false, &o.policy.programs))?);
        Ok(())
    })?;
    Ok(out.into())
}

/// Whether an opt-out of `scope` applies to a message of `category`.
#[wasm_bindgen]
pub fn covers(scope: JsValue, category: JsValue) -> JsResult<bool> {
    Ok(scope_arg(&scope, "scope")?.covers(category_arg(&category, "category")?))
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SegmentLimitsJs {
    single: usize,
    part: usize,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct AllDefaultsJs {
    max_age_seconds: u64,
    max_clock_skew_seconds: u64,
    region: &'static str,
    segment_limits: Limits,
    quiet_hours: WindowJs,
}

#[derive(Serialize)]
struct WindowJs {
    start: String,
    end: String,
}

#[derive(Serialize)]
struct Limits {
    #[serde(rename = "GSM-7")]
    gsm7: SegmentLimitsJs,
    #[serde(rename = "UCS-2")]
    ucs2: SegmentLimitsJs,
}

fn limits(e: Encoding) -> SegmentLimitsJs {
    SegmentLimitsJs { single: e.single_limit(), part: e.part_limit() }
}

/// The core's defaults: `maxAgeSeconds` (a snapshot older than this is stale), `region`
/// (national numbers are read in it) and the SMS segment limits per encoding.
#[wasm_bindgen]
pub fn defaults() -> JsResult<JsValue> {
    to_js(&AllDefaultsJs {
        max_age_seconds: core_screen::DEFAULT_MAX_AGE_SECONDS,
        max_clock_skew_seconds: core_screen::MAX_CLOCK_SKEW_SECONDS,
        region: DEFAULT_REGION,
        segment_limits: Limits { gsm7: limits(Encoding::Gsm7), ucs2: limits(Encoding::Ucs2) },
        quiet_hours: {
            let w = quiet::rules::FEDERAL.day(1);
            let hm = |m: u16| format!("{:02}:{:02}", m / 60, m % 60);
            WindowJs { start: hm(w.start), end: hm(w.end) }
        },
    })
}

/// Numbers whose opt-out state this process heard after its snapshot was built (a reply
/// just received), consulted by `screen` before the snapshot (`options.overrides`).
#[wasm_bindgen]
pub struct Overrides {
    state: Rc<RefCell<core_screen::Overrides>>,
    region: String,
    programs: Programs,
}

/// A second reference to an `Overrides`' state, handed to `screen` (see `SnapshotHandle`).
#[wasm_bindgen]
#[doc(hidden)]
pub struct OverridesHandle(Rc<RefCell<core_screen::Overrides>>);

const HANDLE_METHOD: &str = "__stopgateOverrides";

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct OverrideJs {
    e164: String,
    scope: Option<String>,
    recorded_at: Option<u64>,
}

fn effect_arg(value: &JsValue, programs: &Programs) -> JsResult<Effect> {
    let effect = field(value, "effect", "effect")?.ok_or_else(|| error("effect.effect is required"))?;
    let effect = string_arg(&effect, "effect.effect", MAX_SHORT_UNITS)?;
    let scope = match field(value, "scope", "effect")? {
        Some(v) if !v.is_null() => Some(string_arg(&v, "effect.scope", MAX_SHORT_UNITS)?),
        _ => None,
    };
    match (effect.as_str(), scope.as_deref()) {
        ("nothing", _) => Ok(Effect::Nothing),
        ("lift", Some("all")) => Ok(Effect::Lift(LiftScope::All)),
        ("lift", Some("transactional")) => Ok(Effect::Lift(LiftScope::Transactional)),
        ("suppress", Some(scope)) => Ok(Effect::Suppress(programs.parse_scope(scope)?)),
        // A program lift (START ALERTS) names program bits only.
        ("lift", Some(scope)) if programs.parse_scope(scope).is_ok_and(|s| !s.is_all() && s.code() & 1 == 0) => {
            Ok(Effect::Lift(LiftScope::Program(programs.parse_scope(scope)?)))
        }
        _ => Err(error(format!(
            "effect must be what consentEffect returns, got effect \"{effect}\" with scope {}",
            scope.as_deref().unwrap_or("null")
        ))),
    }
}

#[wasm_bindgen]
impl Overrides {
    /// No overrides yet; national numbers are read in `options.region` (default `US`);
    /// scopes name `options.programs` (the deployment's programs table).
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> JsResult<Overrides> {
        let options = options_arg(&options, "options")?;
        let region = optional_region(&options, "options")?.unwrap_or_else(|| DEFAULT_REGION.to_string());
        let programs = programs_option(&options, "options")?;
        Ok(Overrides { state: Rc::new(RefCell::new(core_screen::Overrides::new())), region, programs })
    }

    fn number(&self, number: &JsValue) -> JsResult<stopgate::phone::PhoneNumber> {
        parse_phone(&string_arg(number, "number", MAX_PHONE_UNITS)?, &self.region)
    }

    fn state_mut(&self) -> JsResult<std::cell::RefMut<'_, core_screen::Overrides>> {
        self.state.try_borrow_mut().map_err(|_| error("the overrides are in use (changed from inside screenMany)"))
    }

    /// Sets the number's state: opted out of `scope` (`"all"`, `"marketing"`), or opted in
    /// (`null`). Returns the number in E.164.
    pub fn set(&self, number: JsValue, scope: JsValue) -> JsResult<String> {
        let n = self.number(&number)?;
        let scope = if scope.is_null() || scope.is_undefined() { None } else { Some(program_scope_arg(&scope, "scope", &self.programs)?) };
        self.state_mut()?.set(n.as_u64(), scope);
        Ok(n.e164())
    }

    /// Records what `consentEffect` said a reply from `number` does; the number's state in
    /// `snapshot` (optional) is the starting point when it has no override yet. Returns the
    /// state afterwards: a scope, or `null` (not opted out).
    pub fn apply(&self, number: JsValue, effect: JsValue, snapshot: JsValue) -> JsResult<JsValue> {
        let n = self.number(&number)?;
        let effect = effect_arg(&effect, &self.programs)?;
        let in_snapshot = match snapshot_arg(&snapshot)? {
            Some(s) => s.borrow().inner.check(n.as_u64()),
            None => None,
        };
        let after = self.state_mut()?.apply(n.as_u64(), effect, in_snapshot);
        Ok(after.map_or(JsValue::NULL, |s| JsValue::from_str(&self.programs.scope_text(s))))
    }

    /// The number's override: `{ e164, scope, recordedAt }`, or `undefined`.
    pub fn get(&self, number: JsValue) -> JsResult<JsValue> {
        let n = self.number(&number)?;
        match self.state.borrow().get(n.as_u64()) {
            Some(o) => to_js(&OverrideJs { e164: n.e164(), scope: o.scope.map(|s| self.programs.scope_text(s)), recorded_at: o.recorded_at }),
            None => Ok(JsValue::UNDEFINED),
        }
    }

    /// Removes the number's override; whether it had one.
    pub fn delete(&self, number: JsValue) -> JsResult<bool> {
        let n = self.number(&number)?;
        Ok(self.state_mut()?.remove(n.as_u64()))
    }

    /// The origin recorded the number's change at list sequence `sequence`; whether it had
    /// an override to mark.
    pub fn recorded(&self, number: JsValue, sequence: JsValue) -> JsResult<bool> {
        let n = self.number(&number)?;
        let sequence = integer_arg(&sequence, "sequence")?;
        Ok(self.state_mut()?.recorded(n.as_u64(), sequence))
    }

    /// Drops the overrides recorded at or before `sequence` (a snapshot at that sequence has
    /// them); returns how many went.
    pub fn prune(&self, sequence: JsValue) -> JsResult<u32> {
        let sequence = integer_arg(&sequence, "sequence")?;
        Ok(self.state_mut()?.prune(sequence) as u32)
    }

    /// Removes every override.
    pub fn clear(&self) -> JsResult<()> {
        self.state_mut()?.clear();
        Ok(())
    }

    /// Numbers with an override.
    #[wasm_bindgen(getter)]
    pub fn size(&self) -> u32 {
        self.state.borrow().len() as u32
    }

    /// Overrides that are opt-outs (the rest, `size - optOuts`, are opt-ins).
    #[wasm_bindgen(getter, js_name = optOuts)]
    pub fn opt_outs(&self) -> u32 {
        self.state.borrow().opt_outs() as u32
    }

    /// See `OverridesHandle`.
    #[wasm_bindgen(js_name = __stopgateOverrides, skip_typescript)]
    #[doc(hidden)]
    pub fn handle(&self) -> OverridesHandle {
        OverridesHandle(Rc::clone(&self.state))
    }
}

/// The state behind an `Overrides` argument.
fn overrides_arg(value: &JsValue) -> JsResult<Rc<RefCell<core_screen::Overrides>>> {
    let not_overrides = || error(format!("options.overrides must be an Overrides, got {}", type_name(value)));
    if !value.is_object() {
        return Err(not_overrides());
    }
    let method = Reflect::get(value, &JsValue::from_str(HANDLE_METHOD)).map_err(|_| not_overrides())?;
    let method = method.dyn_into::<js_sys::Function>().map_err(|_| not_overrides())?;
    let handle = method.call0(value).map_err(|_| error("options.overrides has been freed"))?;
    let handle = OverridesHandle::try_from_js_value(handle).map_err(|_| not_overrides())?;
    Ok(handle.0)
}
