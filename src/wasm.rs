//! JavaScript bindings: the one wasm-bindgen module behind the npm package.
//!
//! It converts JavaScript values to core types and results back to plain objects with
//! camelCase keys, and turns every failure into a thrown `Error` carrying the core's message.
//! It holds no logic of its own: the rules live in `phone`, `snapshot`, `classify`, `lint` and
//! `screen`.
//!
//! Every argument arrives as a `JsValue` and is checked here (type, length, range) before
//! anything is copied into wasm memory. The release build aborts on panic, so a panic or a
//! failed allocation would trap and leave the instance unusable; a thrown `Error` leaves it
//! intact. JavaScript is only called through functions that catch what it throws (getters and
//! proxies run arbitrary code), so no exception unwinds through Rust frames either.
//!
//! Times are milliseconds since the epoch on the JavaScript side (the `Date.now()` convention)
//! and Unix seconds in the core.

use crate::lint::Finding;
use crate::snapshot::{Delta, DeltaBuilder, SigningKey, SnapshotBuilder, VerifyingKey};
use crate::{classify as core_classify, lint as core_lint, phone, screen as core_screen};
use crate::{Category, Scope};
use js_sys::{ArrayBuffer, JsString, Reflect, SharedArrayBuffer, Uint8Array};
use serde::Serialize;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::convert::TryFromJsValue;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

type JsResult<T> = Result<T, JsError>;

/// Longest message text accepted (UTF-16 code units). Ten concatenated SMS segments are
/// about 1,600 characters; 64 Ki keeps the worst case of a call to a few milliseconds.
const MAX_TEXT_UNITS: u32 = 1 << 16;
/// Most items in one array argument. Building a snapshot holds about 40 bytes per entry
/// at its peak, and wasm aborts when an allocation fails: 30M entries stay near 1.2 GB.
const MAX_ITEMS: u32 = 30_000_000;
/// Longest phone number input accepted; nobody types 256 characters for one number.
const MAX_PHONE_UNITS: u32 = 256;
/// Longest key, region or option name accepted.
const MAX_SHORT_UNITS: u32 = 256;
/// `Number.MAX_SAFE_INTEGER`: larger integers do not survive a trip through a JS number.
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;
/// Region used for national numbers when nothing else says which.
const DEFAULT_REGION: &str = "US";

/// The one bridge into JavaScript: a real `Error` whose message is `msg`.
/// (Core errors convert through `JsError`'s `From<E: std::error::Error>` with `?`.)
fn error(msg: impl core::fmt::Display) -> JsError {
    JsError::new(&msg.to_string())
}

/// The value as a plain object with camelCase keys; `None` becomes `null`.
fn to_js<T: Serialize + ?Sized>(value: &T) -> JsResult<JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(error)
}

/// `typeof value`, for error messages (`typeof` is the one check no proxy can intercept).
fn type_name(value: &JsValue) -> String {
    if value.is_null() {
        return "null".into();
    }
    value.js_typeof().as_string().unwrap_or_default()
}

/// A string argument of at most `max_units` UTF-16 code units, checked before it is copied.
fn string_arg(value: &JsValue, what: &str, max_units: u32) -> JsResult<String> {
    let Some(js) = value.dyn_ref::<JsString>() else {
        return Err(error(format!("{what} must be a string, got {}", type_name(value))));
    };
    let units = js.length();
    if units > max_units {
        return Err(error(format!(
            "{what} is {units} UTF-16 code units long; the limit is {max_units}"
        )));
    }
    value
        .as_string()
        .ok_or_else(|| error(format!("{what} must be a string")))
}

/// `value[name]`, with `undefined` and `null` read as absent. A throwing getter becomes an error.
fn field(object: &JsValue, name: &str, what: &str) -> JsResult<Option<JsValue>> {
    let value = Reflect::get(object, &JsValue::from_str(name))
        .map_err(|e| error(format!("reading {what}.{name} threw: {}", thrown_message(&e))))?;
    Ok((!value.is_undefined() && !value.is_null()).then_some(value))
}

/// The message of something JavaScript threw, read without running more of its code than
/// a catching `Reflect.get` of `message`.
fn thrown_message(thrown: &JsValue) -> String {
    if let Some(text) = thrown.as_string() {
        return text;
    }
    if thrown.is_object() {
        if let Some(text) = Reflect::get(thrown, &JsValue::from_str("message"))
            .ok()
            .and_then(|m| m.as_string())
        {
            return text;
        }
    }
    format!("a {}", type_name(thrown))
}

/// An options object, or `None` when the caller passed `undefined` or `null`.
fn options_arg(value: &JsValue, what: &str) -> JsResult<Option<JsValue>> {
    if value.is_undefined() || value.is_null() {
        Ok(None)
    } else if value.is_object() && !value.is_function() {
        Ok(Some(value.clone()))
    } else {
        Err(error(format!("{what} must be an object, got {}", type_name(value))))
    }
}

/// Reads optional field `name` of an options object (absent when the object is absent).
fn option(options: &Option<JsValue>, name: &str, what: &str) -> JsResult<Option<JsValue>> {
    match options {
        Some(object) => field(object, name, what),
        None => Ok(None),
    }
}

/// A non-negative integer a JS number holds exactly.
fn integer_arg(value: &JsValue, what: &str) -> JsResult<u64> {
    let Some(n) = value.as_f64() else {
        return Err(error(format!("{what} must be a number, got {}", type_name(value))));
    };
    if !(n.is_finite() && n >= 0.0 && n.fract() == 0.0 && n <= MAX_SAFE_INTEGER) {
        return Err(error(format!(
            "{what} must be a non-negative safe integer, got {}",
            show_number(n)
        )));
    }
    Ok(n as u64)
}

/// A time in milliseconds (a number or a `Date`), as Unix seconds.
fn time_ms_arg(value: &JsValue, what: &str) -> JsResult<u64> {
    let ms = match value.dyn_ref::<js_sys::Date>() {
        Some(date) => date.get_time(),
        None => value.as_f64().ok_or_else(|| {
            error(format!(
                "{what} must be milliseconds since the epoch, got {}",
                type_name(value)
            ))
        })?,
    };
    if !(ms.is_finite() && (0.0..=MAX_SAFE_INTEGER).contains(&ms)) {
        return Err(error(format!(
            "{what} must be milliseconds since the epoch, got {}",
            show_number(ms)
        )));
    }
    Ok((ms / 1000.0).floor() as u64)
}

/// A region whose national numbers the phone module can read (`US`, `gb`, ...), upper-cased.
/// Refused here rather than later: an unknown region would make every national number
/// unparseable, and `has()` answer `false` for all of them.
fn region_arg(value: &JsValue, what: &str) -> JsResult<String> {
    let text = string_arg(value, what, MAX_SHORT_UNITS)?;
    let region = text.trim().to_ascii_uppercase();
    if !phone::is_known_region(&region) {
        return Err(error(format!(
            "{what} must be a region code such as \"US\", \"GB\" or \"DE\", got {text:?}"
        )));
    }
    Ok(region)
}

fn optional_region(options: &Option<JsValue>, what: &str) -> JsResult<Option<String>> {
    option(options, "region", what)?
        .map(|v| region_arg(&v, &format!("{what}.region")))
        .transpose()
}

fn category_arg(value: &JsValue, what: &str) -> JsResult<Category> {
    Ok(string_arg(value, what, MAX_SHORT_UNITS)?.parse::<Category>()?)
}

fn scope_arg(value: &JsValue, what: &str) -> JsResult<Scope> {
    Ok(string_arg(value, what, MAX_SHORT_UNITS)?.parse::<Scope>()?)
}

fn signing_key_arg(value: &JsValue, what: &str) -> JsResult<SigningKey> {
    Ok(SigningKey::from_hex(&string_arg(value, what, MAX_SHORT_UNITS)?)?)
}

fn verifying_key_arg(value: &JsValue, what: &str) -> JsResult<VerifyingKey> {
    Ok(VerifyingKey::from_hex(&string_arg(value, what, MAX_SHORT_UNITS)?)?)
}

/// Bytes from a `Uint8Array` (a Node `Buffer` is one), an `ArrayBuffer` or a
/// `SharedArrayBuffer`, copied into wasm memory once. Shared memory is copied like any other
/// (what is read is what the checksum then verifies); a detached buffer is refused.
fn bytes_arg(value: &JsValue, what: &str) -> JsResult<Vec<u8>> {
    let view = if let Some(view) = value.dyn_ref::<Uint8Array>() {
        // A detached buffer's views read as empty; refuse them with a clear message.
        if view.byte_length() == 0 && view.buffer().byte_length() == 0 {
            return Err(error(format!("{what} is empty (a detached or zero-length buffer)")));
        }
        view.clone()
    } else if let Some(buffer) = value.dyn_ref::<ArrayBuffer>() {
        // `new Uint8Array(detached)` throws, so check before constructing.
        if buffer.byte_length() == 0 {
            return Err(error(format!("{what} is empty (a detached or zero-length buffer)")));
        }
        Uint8Array::new(buffer)
    } else if let Some(buffer) = value.dyn_ref::<SharedArrayBuffer>() {
        if buffer.byte_length() == 0 {
            return Err(error(format!("{what} is empty")));
        }
        Uint8Array::new(buffer)
    } else {
        return Err(error(format!(
            "{what} must be a Uint8Array or an ArrayBuffer, got {}",
            type_name(value)
        )));
    };
    let len = view.length() as usize;
    let mut bytes = Vec::new();
    // A failed allocation must be an error here, not an abort (which would trap).
    bytes
        .try_reserve_exact(len)
        .map_err(|_| error(format!("{what}: cannot allocate {len} bytes in wasm memory")))?;
    bytes.resize(len, 0);
    view.copy_to(&mut bytes);
    Ok(bytes)
}

/// Calls `f` with each element of a JS array, read one at a time through a catching
/// `Reflect.get`. One at a time: each element held in Rust takes a slot in wasm-bindgen's
/// externref table, and 20M of them at once would exhaust it.
fn for_each_item(value: &JsValue, what: &str, mut f: impl FnMut(u32, JsValue) -> JsResult<()>) -> JsResult<u32> {
    if !js_sys::Array::is_array(value) {
        return Err(error(format!("{what} must be an array, got {}", type_name(value))));
    }
    let len = field(value, "length", what)?
        .and_then(|v| v.as_f64())
        .ok_or_else(|| error(format!("{what} has no length")))?;
    if len > f64::from(MAX_ITEMS) {
        return Err(error(format!(
            "{what} has {len} items; the limit is {MAX_ITEMS} (build larger lists with the `stopgate build` CLI)"
        )));
    }
    let len = len as u32;
    for index in 0..len {
        let item = Reflect::get_u32(value, index)
            .map_err(|e| error(format!("reading {what}[{index}] threw: {}", thrown_message(&e))))?;
        f(index, item)?;
    }
    Ok(len)
}

fn parse_phone(input: &str, region: &str) -> JsResult<phone::PhoneNumber> {
    Ok(phone::parse(input, region)?)
}

/// An opt-out entry: `"+14155550134"` or `{ phone, scope? }`.
fn entry_arg(value: &JsValue, what: &str, region: &str) -> JsResult<(u64, Scope)> {
    let (text, scope) = if value.is_string() {
        (string_arg(value, what, MAX_PHONE_UNITS)?, Scope::All)
    } else if value.is_object() {
        let phone = field(value, "phone", what)?.ok_or_else(|| error(format!("{what} has no `phone`")))?;
        let scope = match field(value, "scope", what)? {
            Some(scope) => scope_arg(&scope, &format!("{what}.scope"))?,
            None => Scope::All,
        };
        (string_arg(&phone, &format!("{what}.phone"), MAX_PHONE_UNITS)?, scope)
    } else {
        return Err(error(format!(
            "{what} must be a phone number string or {{ phone, scope }}, got {}",
            type_name(value)
        )));
    };
    let number = parse_phone(&text, region).map_err(|e| error(format!("{what} ({text:?}): {}", message(e))))?;
    Ok((number.as_u64(), scope))
}

/// The message a `JsError` carries, to prefix it with context.
fn message(err: JsError) -> String {
    let value = JsValue::from(err);
    value
        .dyn_ref::<js_sys::Error>()
        .and_then(|e| e.message().as_string())
        .unwrap_or_default()
}

/// An `f32` score as the number it was meant to be (0.9, not 0.8999999761581421). Rounding
/// rather than formatting keeps Rust's float printing code out of the module.
fn score(value: f32) -> f64 {
    (value as f64 * 1e6).round() / 1e6
}

/// A number as JavaScript prints it (`NaN`, `-1`, `1.5`), for error messages.
fn show_number(n: f64) -> String {
    js_sys::Number::from(n)
        .to_string_with_radix(10)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

fn seconds_to_ms(seconds: u64) -> f64 {
    seconds as f64 * 1000.0
}

// ---------------------------------------------------------------------------------------
// Text: classify, lint, measure, normalize

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
    })
}

/// Findings about an outbound message (`options.category`, default `marketing`).
#[wasm_bindgen]
pub fn lint(message: JsValue, options: JsValue) -> JsResult<JsValue> {
    let message = string_arg(&message, "message", MAX_TEXT_UNITS)?;
    let options = options_arg(&options, "options")?;
    let category = match option(&options, "category", "options")? {
        Some(v) => category_arg(&v, "options.category")?,
        None => Category::Marketing,
    };
    to_js(&core_lint::lint(&message, category).findings)
}

/// Encoding, length and SMS segments of a message.
#[wasm_bindgen]
pub fn measure(message: JsValue) -> JsResult<JsValue> {
    let message = string_arg(&message, "message", MAX_TEXT_UNITS)?;
    to_js(&core_lint::measure(&message))
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

// ---------------------------------------------------------------------------------------
// Building snapshots and deltas

/// A snapshot file from an opt-out list.
#[wasm_bindgen(js_name = buildSnapshot)]
pub fn build_snapshot(entries: JsValue, options: JsValue) -> JsResult<Vec<u8>> {
    let options = options_arg(&options, "options")?;
    let label = optional_region(&options, "options")?;
    let region = label.clone().unwrap_or_else(|| DEFAULT_REGION.to_string());
    let mut builder = SnapshotBuilder::new();
    if let Some(label) = &label {
        builder.region(label);
    }
    if let Some(v) = option(&options, "sequence", "options")? {
        builder.sequence(integer_arg(&v, "options.sequence")?);
    }
    builder.created_at(created_at_option(&options)?);
    let key = option(&options, "signingKey", "options")?
        .map(|v| signing_key_arg(&v, "options.signingKey"))
        .transpose()?;
    for_each_item(&entries, "entries", |index, item| {
        let (number, scope) = entry_arg(&item, &format!("entries[{index}]"), &region)?;
        builder.insert(number, scope);
        Ok(())
    })?;
    Ok(builder.build(key.as_ref())?)
}

/// `options.createdAt` in Unix seconds; now when absent (a file stamped at the epoch would
/// be stale on arrival).
fn created_at_option(options: &Option<JsValue>) -> JsResult<u64> {
    match option(options, "createdAt", "options")? {
        Some(v) => time_ms_arg(&v, "options.createdAt"),
        None => Ok((js_sys::Date::now() / 1000.0) as u64),
    }
}

/// A delta file: `changes.add` opted out, `changes.remove` opted back in.
#[wasm_bindgen(js_name = buildDelta)]
pub fn build_delta(changes: JsValue, options: JsValue) -> JsResult<Vec<u8>> {
    let changes = options_arg(&changes, "changes")?.ok_or_else(|| error("changes must be an object, got undefined"))?;
    let options = options_arg(&options, "options")?;
    let region = optional_region(&options, "options")?.unwrap_or_else(|| DEFAULT_REGION.to_string());
    let required = |name: &str| -> JsResult<u64> {
        let v = field(&changes, name, "changes")?.ok_or_else(|| error(format!("changes.{name} is required")))?;
        integer_arg(&v, &format!("changes.{name}"))
    };
    let base = required("baseSequence")?;
    let sequence = required("sequence")?;
    if sequence <= base {
        return Err(error(format!(
            "changes.sequence ({sequence}) must be greater than changes.baseSequence ({base})"
        )));
    }
    let mut builder = DeltaBuilder::new(base, sequence);
    builder.created_at(created_at_option(&options)?);
    let key = option(&options, "signingKey", "options")?
        .map(|v| signing_key_arg(&v, "options.signingKey"))
        .transpose()?;
    if let Some(add) = field(&changes, "add", "changes")? {
        for_each_item(&add, "changes.add", |index, item| {
            let (number, scope) = entry_arg(&item, &format!("changes.add[{index}]"), &region)?;
            builder.add(number, scope);
            Ok(())
        })?;
    }
    if let Some(remove) = field(&changes, "remove", "changes")? {
        for_each_item(&remove, "changes.remove", |index, item| {
            let what = format!("changes.remove[{index}]");
            let text = string_arg(&item, &what, MAX_PHONE_UNITS)?;
            let number =
                parse_phone(&text, &region).map_err(|e| error(format!("{what} ({text:?}): {}", message(e))))?;
            builder.remove(number.as_u64());
            Ok(())
        })?;
    }
    Ok(builder.build(key.as_ref())?)
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct KeyPairJs {
    secret_key: String,
    public_key: String,
}

/// A fresh Ed25519 key pair, as hex, from the runtime's `crypto.getRandomValues`.
#[wasm_bindgen(js_name = generateKeyPair)]
pub fn generate_key_pair() -> JsResult<JsValue> {
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).map_err(|e| error(format!("no randomness available: {e}")))?;
    let key = SigningKey::from_seed(seed);
    to_js(&KeyPairJs {
        secret_key: key.to_hex(),
        public_key: key.verifying_key().to_hex(),
    })
}

// ---------------------------------------------------------------------------------------
// Loaded snapshots

/// A loaded suppression snapshot. Its bytes are copied into wasm memory once, by
/// `fromBytes`; lookups read them in place.
#[wasm_bindgen]
pub struct Snapshot {
    state: Rc<RefCell<LoadedSnapshot>>,
}

struct LoadedSnapshot {
    inner: crate::snapshot::Snapshot<Vec<u8>>,
    /// Verifies deltas when `applyDelta` is not given a key.
    key: Option<VerifyingKey>,
    /// Region that national numbers given to lookups are read in.
    region: String,
}

/// A second reference to a `Snapshot`'s state, handed to `screen`.
///
/// wasm-bindgen cannot take `Option<&Snapshot>`, and taking a `Snapshot` by value would
/// consume the caller's object; so `screen` takes the argument as a `JsValue` and asks it for
/// a handle through a hidden method. Anything that is not a `Snapshot` has no such method.
#[wasm_bindgen]
#[doc(hidden)]
pub struct SnapshotHandle(Rc<RefCell<LoadedSnapshot>>);

const HANDLE_METHOD: &str = "__stopgateHandle";

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CheckJs {
    suppressed: bool,
    scope: Option<&'static str>,
    e164: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CheckManyJs<'a> {
    #[serde(with = "serde_wasm_bindgen::preserve")]
    input: JsValue,
    e164: Option<String>,
    suppressed: bool,
    scope: Option<&'static str>,
    error: Option<&'a str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct InfoJs {
    version: u16,
    entries: u64,
    bytes: u64,
    bits_per_entry: f64,
    sequence: u64,
    created_at: f64,
    region: String,
    signed: bool,
    deltas_applied: u64,
}

#[wasm_bindgen]
impl Snapshot {
    /// Validates and loads a snapshot file; with `options.publicKey` its signature must verify.
    #[wasm_bindgen(js_name = fromBytes)]
    pub fn from_bytes(bytes: JsValue, options: JsValue) -> JsResult<Snapshot> {
        let options = options_arg(&options, "options")?;
        let key = option(&options, "publicKey", "options")?
            .map(|v| verifying_key_arg(&v, "options.publicKey"))
            .transpose()?;
        let region = optional_region(&options, "options")?;
        let bytes = bytes_arg(&bytes, "bytes")?;
        let inner = match &key {
            Some(key) => crate::snapshot::Snapshot::from_bytes_verified(bytes, key)?,
            None => crate::snapshot::Snapshot::from_bytes(bytes)?,
        };
        let region = region.unwrap_or_else(|| default_region(inner.region()));
        let state = LoadedSnapshot { inner, key, region };
        Ok(Snapshot {
            state: Rc::new(RefCell::new(state)),
        })
    }

    /// Whether the number is suppressed in any scope; `false` for input that is not a number.
    pub fn has(&self, number: JsValue) -> JsResult<bool> {
        let Some(js) = number.dyn_ref::<JsString>() else {
            return Err(error(format!("number must be a string, got {}", type_name(&number))));
        };
        // Over-long input is no phone number, so it is not suppressed either; it is not copied.
        if js.length() > MAX_PHONE_UNITS {
            return Ok(false);
        }
        let number = number.as_string().unwrap_or_default();
        let state = self.state.borrow();
        Ok(match phone::parse(&number, &state.region) {
            Ok(n) => state.inner.contains(n.as_u64()),
            Err(_) => false,
        })
    }

    /// Whether the number is suppressed, for which scope, and its E.164 form.
    pub fn check(&self, number: JsValue) -> JsResult<JsValue> {
        let state = self.state.borrow();
        let number = parse_phone(&string_arg(&number, "number", MAX_PHONE_UNITS)?, &state.region)?;
        let scope = state.inner.check(number.as_u64());
        to_js(&CheckJs {
            suppressed: scope.is_some(),
            scope: scope.map(Scope::as_str),
            e164: number.e164(),
        })
    }

    /// `check` for many numbers: one result per input, with `error` set instead of throwing.
    #[wasm_bindgen(js_name = checkMany)]
    pub fn check_many(&self, numbers: JsValue) -> JsResult<JsValue> {
        let state = self.state.borrow();
        let out = js_sys::Array::new();
        for_each_item(&numbers, "numbers", |_, input| {
            let parsed =
                string_arg(&input, "number", MAX_PHONE_UNITS).and_then(|text| parse_phone(&text, &state.region));
            let result = match parsed {
                Ok(number) => {
                    let scope = state.inner.check(number.as_u64());
                    to_js(&CheckManyJs {
                        input,
                        e164: Some(number.e164()),
                        suppressed: scope.is_some(),
                        scope: scope.map(Scope::as_str),
                        error: None,
                    })?
                }
                Err(e) => to_js(&CheckManyJs {
                    input,
                    e164: None,
                    suppressed: false,
                    scope: None,
                    error: Some(&message(e)),
                })?,
            };
            out.push(&result);
            Ok(())
        })?;
        Ok(out.into())
    }

    /// Applies a delta whose base is this snapshot's sequence. It is verified with
    /// `options.publicKey`, else with the key given to `fromBytes`, if any.
    #[wasm_bindgen(js_name = applyDelta)]
    pub fn apply_delta(&self, bytes: JsValue, options: JsValue) -> JsResult<()> {
        let options = options_arg(&options, "options")?;
        let key = option(&options, "publicKey", "options")?
            .map(|v| verifying_key_arg(&v, "options.publicKey"))
            .transpose()?;
        let bytes = bytes_arg(&bytes, "bytes")?;
        // Only a proxy in `checkMany`'s list calling back in could find the state borrowed.
        let mut state = self
            .state
            .try_borrow_mut()
            .map_err(|_| error("the snapshot is in use (applyDelta called from inside checkMany)"))?;
        let delta = Delta::from_bytes(&bytes, key.as_ref().or(state.key.as_ref()))?;
        state.inner.apply_delta(&delta)?;
        Ok(())
    }

    /// Suppressed numbers, base plus applied deltas.
    #[wasm_bindgen(getter)]
    pub fn entries(&self) -> f64 {
        self.state.borrow().inner.len() as f64
    }

    /// Current sequence (after deltas).
    #[wasm_bindgen(getter)]
    pub fn sequence(&self) -> f64 {
        self.state.borrow().inner.sequence() as f64
    }

    /// Creation time in milliseconds, of the base or of the newest delta applied.
    #[wasm_bindgen(getter, js_name = createdAt)]
    pub fn created_at(&self) -> f64 {
        seconds_to_ms(self.state.borrow().inner.created_at())
    }

    /// Region label from the file's header.
    #[wasm_bindgen(getter)]
    pub fn region(&self) -> String {
        self.state.borrow().inner.region().to_string()
    }

    /// See `SnapshotHandle`.
    #[wasm_bindgen(js_name = __stopgateHandle, skip_typescript)]
    #[doc(hidden)]
    pub fn handle(&self) -> SnapshotHandle {
        SnapshotHandle(Rc::clone(&self.state))
    }

    /// A summary for status pages.
    pub fn info(&self) -> JsResult<JsValue> {
        let i = self.state.borrow().inner.info();
        to_js(&InfoJs {
            version: i.version,
            entries: i.entries,
            bytes: i.bytes,
            bits_per_entry: i.bits_per_entry,
            sequence: i.sequence,
            created_at: seconds_to_ms(i.created_at),
            region: i.region,
            signed: i.signed,
            deltas_applied: i.deltas_applied,
        })
    }
}

/// The header's region label when national numbers can be read there, else `US`.
fn default_region(label: &str) -> String {
    if phone::is_known_region(label) {
        label.trim().to_ascii_uppercase()
    } else {
        DEFAULT_REGION.to_string()
    }
}

// ---------------------------------------------------------------------------------------
// Screening

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
    let request = options_arg(&request, "request")?.ok_or_else(|| error("request must be an object, got undefined"))?;
    let to = field(&request, "to", "request")?.ok_or_else(|| error("request.to is required"))?;
    let to = string_arg(&to, "request.to", MAX_PHONE_UNITS)?;
    let body = field(&request, "body", "request")?.ok_or_else(|| error("request.body is required"))?;
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
        None => 86_400,
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

/// The state behind a `Snapshot` argument, `None` for `null` or `undefined`.
fn snapshot_arg(value: &JsValue) -> JsResult<Option<Rc<RefCell<LoadedSnapshot>>>> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    let not_a_snapshot = || {
        error(format!(
            "snapshot must be a Snapshot, null or undefined, got {}",
            type_name(value)
        ))
    };
    if !value.is_object() {
        return Err(not_a_snapshot());
    }
    let method = Reflect::get(value, &JsValue::from_str(HANDLE_METHOD)).map_err(|_| not_a_snapshot())?;
    let method = method.dyn_into::<js_sys::Function>().map_err(|_| not_a_snapshot())?;
    // A freed snapshot's method throws ("null pointer passed to rust"): refused like a stranger.
    let handle = method.call0(value).map_err(|_| error("snapshot has been freed"))?;
    let handle = SnapshotHandle::try_from_js_value(handle).map_err(|_| not_a_snapshot())?;
    Ok(Some(handle.0))
}
