//! The JsValue toolkit: every argument arrives as a `JsValue` and is checked here (type,
//! length, range) before anything is copied into wasm memory, and every failure becomes a
//! thrown `Error` carrying the core's message and a stable `code` ([`crate::error`]).
//! No policy lives here.

use js_sys::{ArrayBuffer, JsString, Reflect, SharedArrayBuffer, Uint8Array};
use serde::Serialize;
use stopgate::phone;
use stopgate::snapshot::{SigningKey, VerifyingKey};
use stopgate::{Category, Scope};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub(crate) use crate::error::{code, error, ApiError, JsResult};

/// Longest message text accepted (UTF-16 code units). Ten concatenated SMS segments are
/// about 1,600 characters; 64 Ki keeps the worst case of a call to a few milliseconds.
pub(crate) const MAX_TEXT_UNITS: u32 = 1 << 16;
/// Most items in one array argument. Building a snapshot holds about 40 bytes per entry
/// at its peak, and wasm aborts when an allocation fails: 30M entries stay near 1.2 GB.
pub(crate) const MAX_ITEMS: u32 = 30_000_000;
/// Longest phone number input accepted; nobody types 256 characters for one number.
pub(crate) const MAX_PHONE_UNITS: u32 = 256;
/// Longest key, region or option name accepted.
pub(crate) const MAX_SHORT_UNITS: u32 = 256;
/// `Number.MAX_SAFE_INTEGER`: larger integers do not survive a trip through a JS number.
pub(crate) const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;
/// Region used for national numbers when nothing else says which.
pub(crate) use stopgate::DEFAULT_REGION;

/// The value as a plain object with camelCase keys; `None` becomes `null`.
pub(crate) fn to_js<T: Serialize + ?Sized>(value: &T) -> JsResult<JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(error)
}

/// `typeof value`, for error messages (`typeof` is the one check no proxy can intercept).
pub(crate) fn type_name(value: &JsValue) -> String {
    if value.is_null() {
        return "null".into();
    }
    value.js_typeof().as_string().unwrap_or_default()
}

/// A string argument of at most `max_units` UTF-16 code units, checked before it is copied.
pub(crate) fn string_arg(value: &JsValue, what: &str, max_units: u32) -> JsResult<String> {
    let Some(js) = value.dyn_ref::<JsString>() else {
        return Err(error(format!(
            "{what} must be a string, got {}",
            type_name(value)
        )));
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
pub(crate) fn field(object: &JsValue, name: &str, what: &str) -> JsResult<Option<JsValue>> {
    let value = Reflect::get(object, &JsValue::from_str(name)).map_err(|e| {
        error(format!(
            "reading {what}.{name} threw: {}",
            thrown_message(&e)
        ))
    })?;
    Ok((!value.is_undefined() && !value.is_null()).then_some(value))
}

/// The message of something JavaScript threw, read without running more of its code than
/// a catching `Reflect.get` of `message`.
pub(crate) fn thrown_message(thrown: &JsValue) -> String {
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
pub(crate) fn options_arg(value: &JsValue, what: &str) -> JsResult<Option<JsValue>> {
    if value.is_undefined() || value.is_null() {
        Ok(None)
    } else if value.is_object() && !value.is_function() {
        Ok(Some(value.clone()))
    } else {
        Err(error(format!(
            "{what} must be an object, got {}",
            type_name(value)
        )))
    }
}

/// Reads optional field `name` of an options object (absent when the object is absent).
pub(crate) fn option(
    options: &Option<JsValue>,
    name: &str,
    what: &str,
) -> JsResult<Option<JsValue>> {
    match options {
        Some(object) => field(object, name, what),
        None => Ok(None),
    }
}

/// A non-negative integer a JS number holds exactly.
pub(crate) fn integer_arg(value: &JsValue, what: &str) -> JsResult<u64> {
    let Some(n) = value.as_f64() else {
        return Err(error(format!(
            "{what} must be a number, got {}",
            type_name(value)
        )));
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
pub(crate) fn time_ms_arg(value: &JsValue, what: &str) -> JsResult<u64> {
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
pub(crate) fn region_arg(value: &JsValue, what: &str) -> JsResult<String> {
    let text = string_arg(value, what, MAX_SHORT_UNITS)?;
    let region = text.trim().to_ascii_uppercase();
    if !phone::is_known_region(&region) {
        return Err(error(format!(
            "{what} must be a region code such as \"US\", \"GB\" or \"DE\", got {text:?}"
        )));
    }
    Ok(region)
}

pub(crate) fn optional_region(options: &Option<JsValue>, what: &str) -> JsResult<Option<String>> {
    option(options, "region", what)?
        .map(|v| region_arg(&v, &format!("{what}.region")))
        .transpose()
}

pub(crate) fn category_arg(value: &JsValue, what: &str) -> JsResult<Category> {
    Ok(string_arg(value, what, MAX_SHORT_UNITS)?.parse::<Category>()?)
}

pub(crate) fn scope_arg(value: &JsValue, what: &str) -> JsResult<Scope> {
    Ok(string_arg(value, what, MAX_SHORT_UNITS)?.parse::<Scope>()?)
}

pub(crate) fn signing_key_arg(value: &JsValue, what: &str) -> JsResult<SigningKey> {
    Ok(SigningKey::from_hex(&string_arg(
        value,
        what,
        MAX_SHORT_UNITS,
    )?)?)
}

pub(crate) fn verifying_key_arg(value: &JsValue, what: &str) -> JsResult<VerifyingKey> {
    Ok(VerifyingKey::from_hex(&string_arg(
        value,
        what,
        MAX_SHORT_UNITS,
    )?)?)
}

/// Bytes from a `Uint8Array` (a Node `Buffer` is one), an `ArrayBuffer` or a
/// `SharedArrayBuffer`, copied into wasm memory once. Shared memory is copied like any other
/// (what is read is what the checksum then verifies); a detached buffer is refused.
pub(crate) fn bytes_arg(value: &JsValue, what: &str) -> JsResult<Vec<u8>> {
    let view = if let Some(view) = value.dyn_ref::<Uint8Array>() {
        // A detached buffer's views read as empty; refuse them with a clear message.
        if view.byte_length() == 0 && view.buffer().byte_length() == 0 {
            return Err(error(format!(
                "{what} is empty (a detached or zero-length buffer)"
            )));
        }
        view.clone()
    } else if let Some(buffer) = value.dyn_ref::<ArrayBuffer>() {
        // `new Uint8Array(detached)` throws, so check before constructing.
        if buffer.byte_length() == 0 {
            return Err(error(format!(
                "{what} is empty (a detached or zero-length buffer)"
            )));
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
    bytes.try_reserve_exact(len).map_err(|_| {
        ApiError::new(
            code::MEMORY,
            format!("{what}: cannot allocate {len} bytes in wasm memory"),
        )
    })?;
    bytes.resize(len, 0);
    view.copy_to(&mut bytes);
    Ok(bytes)
}

/// Calls `f` with each element of a JS array, read one at a time through a catching
/// `Reflect.get`. One at a time: each element held in Rust takes a slot in wasm-bindgen's
/// externref table, and 20M of them at once would exhaust it.
pub(crate) fn for_each_item(
    value: &JsValue,
    what: &str,
    mut f: impl FnMut(u32, JsValue) -> JsResult<()>,
) -> JsResult<u32> {
    if !js_sys::Array::is_array(value) {
        return Err(error(format!(
            "{what} must be an array, got {}",
            type_name(value)
        )));
    }
    let len = field(value, "length", what)?
        .and_then(|v| v.as_f64())
        .ok_or_else(|| error(format!("{what} has no length")))?;
    if len > f64::from(MAX_ITEMS) {
        // show_number, not `{len}`: Display of an f64 links Rust's float printing (~5 kB gzip'd).
        return Err(error(format!(
            "{what} has {} items; the limit is {MAX_ITEMS} (build larger lists with the `stopgate build` CLI)",
            show_number(len)
        )));
    }
    let len = len as u32;
    for index in 0..len {
        let item = Reflect::get_u32(value, index).map_err(|e| {
            error(format!(
                "reading {what}[{index}] threw: {}",
                thrown_message(&e)
            ))
        })?;
        f(index, item)?;
    }
    Ok(len)
}

pub(crate) fn parse_phone(input: &str, region: &str) -> JsResult<phone::PhoneNumber> {
    Ok(phone::parse(input, region)?)
}

/// An opt-out entry: `"+14155550134"` or `{ phone, scope?, programs? }` (scope text may
/// name `programs`' ids: `"marketing+alerts"`; `programs: ["alerts"]` adds those).
pub(crate) fn entry_arg(value: &JsValue, what: &str, region: &str, programs: &stopgate::program::Programs) -> JsResult<(u64, Scope)> {
    let (text, scope) = if value.is_string() {
        (string_arg(value, what, MAX_PHONE_UNITS)?, Scope::All)
    } else if value.is_object() {
        let phone =
            field(value, "phone", what)?.ok_or_else(|| error(format!("{what} has no `phone`")))?;
        let has_programs = field(value, "programs", what)?.is_some();
        let scope = match field(value, "scope", what)? {
            _ if has_programs => crate::programs::program_scope_arg(value, what, programs)?,
            Some(scope) => crate::programs::program_scope_arg(&scope, &format!("{what}.scope"), programs)?,
            None => Scope::All,
        };
        (
            string_arg(&phone, &format!("{what}.phone"), MAX_PHONE_UNITS)?,
            scope,
        )
    } else {
        return Err(error(format!(
            "{what} must be a phone number string or {{ phone, scope }}, got {}",
            type_name(value)
        )));
    };
    let number = parse_phone(&text, region).map_err(|e| e.context(format!("{what} ({text:?})")))?;
    Ok((number.as_u64(), scope))
}

/// The message an error carries (its code dropped), e.g. for `checkMany`'s `error` field.
pub(crate) fn message(err: ApiError) -> String {
    err.message
}

/// An `f32` score as the number it was meant to be (0.9, not 0.8999999761581421). Rounding
/// rather than formatting keeps Rust's float printing code out of the module.
pub(crate) fn score(value: f32) -> f64 {
    (value as f64 * 1e6).round() / 1e6
}

/// A number as JavaScript prints it (`NaN`, `-1`, `1.5`), for error messages.
pub(crate) fn show_number(n: f64) -> String {
    js_sys::Number::from(n)
        .to_string_with_radix(10)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

pub(crate) fn seconds_to_ms(seconds: u64) -> f64 {
    seconds as f64 * 1000.0
}
