//! Loaded snapshots: the `Snapshot` class and its lookups.

use crate::convert::*;
use js_sys::{JsString, Reflect};
use serde::Serialize;
use std::cell::RefCell;
use std::rc::Rc;
use stopgate::phone;
use stopgate::snapshot::{Delta, Freshness, ListDigest, VerifyingKey};
use stopgate::Scope;
use wasm_bindgen::convert::TryFromJsValue;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// A loaded suppression snapshot. Its bytes are copied into wasm memory once, by
/// `fromBytes`; lookups read them in place.
#[wasm_bindgen]
pub struct Snapshot {
    pub(crate) state: Rc<RefCell<LoadedSnapshot>>,
}

pub(crate) struct LoadedSnapshot {
    pub(crate) inner: stopgate::snapshot::Snapshot<Vec<u8>>,
    /// Verifies deltas when `applyDelta` is not given a key.
    key: Option<VerifyingKey>,
    /// Region that national numbers given to lookups are read in.
    pub(crate) region: String,
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
    scope: Option<std::borrow::Cow<'static, str>>,
    e164: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CheckManyJs<'a> {
    #[serde(with = "serde_wasm_bindgen::preserve")]
    input: JsValue,
    e164: Option<String>,
    suppressed: bool,
    scope: Option<std::borrow::Cow<'static, str>>,
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
            Some(key) => stopgate::snapshot::Snapshot::from_bytes_verified(bytes, key)?,
            None => stopgate::snapshot::Snapshot::from_bytes(bytes)?,
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
            return Err(error(format!(
                "number must be a string, got {}",
                type_name(&number)
            )));
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
        let number = parse_phone(
            &string_arg(&number, "number", MAX_PHONE_UNITS)?,
            &state.region,
        )?;
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
            let parsed = string_arg(&input, "number", MAX_PHONE_UNITS)
                .and_then(|text| parse_phone(&text, &state.region));
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
        let mut state = self.state.try_borrow_mut().map_err(|_| {
            ApiError::new(
                code::BUSY,
                "the snapshot is in use (applyDelta called from inside checkMany)",
            )
        })?;
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

    /// The list digest of the current state (base plus applied deltas), 32 hex digits.
    #[wasm_bindgen(getter)]
    pub fn digest(&self) -> String {
        self.state.borrow().inner.digest().to_hex()
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

/// The state behind a `Snapshot` argument, `None` for `null` or `undefined`.
pub(crate) fn snapshot_arg(value: &JsValue) -> JsResult<Option<Rc<RefCell<LoadedSnapshot>>>> {
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
    let method =
        Reflect::get(value, &JsValue::from_str(HANDLE_METHOD)).map_err(|_| not_a_snapshot())?;
    let method = method
        .dyn_into::<js_sys::Function>()
        .map_err(|_| not_a_snapshot())?;
    // A freed snapshot's method throws ("null pointer passed to rust"): refused like a stranger.
    let handle = method
        .call0(value)
        .map_err(|_| ApiError::new(code::FREED, "snapshot has been freed"))?;
    let handle = SnapshotHandle::try_from_js_value(handle).map_err(|_| not_a_snapshot())?;
    Ok(Some(handle.0))
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct FreshnessJs {
    sequence: f64,
    issued_at: f64,
    digest: String,
}

/// Verifies a 104-byte freshness statement with the snapshot public key (hex) and returns
/// `{ sequence, issuedAt, digest }` (`issuedAt` in milliseconds, `digest` in hex); throws on a
/// bad length, magic, version or signature.
#[wasm_bindgen(js_name = verifyFreshness)]
pub fn verify_freshness(bytes: JsValue, public_key: JsValue) -> JsResult<JsValue> {
    let key = verifying_key_arg(&public_key, "publicKey")?;
    let bytes = bytes_arg(&bytes, "bytes")?;
    let f = Freshness::from_bytes_verified(&bytes, &key)?;
    to_js(&FreshnessJs {
        sequence: f.sequence as f64,
        issued_at: seconds_to_ms(f.issued_at),
        digest: f.digest.to_hex(),
    })
}

/// Signs a freshness statement `{ sequence, issuedAt, digest }` (milliseconds, hex) with a
/// signing key (hex seed), for tests and tools: the 104 bytes.
#[wasm_bindgen(js_name = signFreshness)]
pub fn sign_freshness(statement: JsValue, secret_key: JsValue) -> JsResult<Vec<u8>> {
    let required = |name: &str| -> JsResult<JsValue> {
        field(&statement, name, "statement")?
            .ok_or_else(|| error(format!("statement.{name} is required")))
    };
    let sequence = integer_arg(&required("sequence")?, "statement.sequence")?;
    let issued_at = time_ms_arg(&required("issuedAt")?, "statement.issuedAt")?;
    let digest = ListDigest::from_hex(&string_arg(
        &required("digest")?,
        "statement.digest",
        MAX_SHORT_UNITS,
    )?)?;
    let key = signing_key_arg(&secret_key, "secretKey")?;
    Ok(Freshness { sequence, issued_at, digest }.sign(&key)?.to_vec())
}
