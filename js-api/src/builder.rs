//! Building snapshots and deltas, and signing keys.

use crate::convert::*;
use serde::Serialize;
use stopgate::snapshot::{DeltaBuilder, SigningKey, SnapshotBuilder};
use wasm_bindgen::prelude::*;

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
    let programs = crate::programs::programs_option(&options, "options")?;
    for_each_item(&entries, "entries", |index, item| {
        let (number, scope) = entry_arg(&item, &format!("entries[{index}]"), &region, &programs)?;
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
    let changes = options_arg(&changes, "changes")?
        .ok_or_else(|| error("changes must be an object, got undefined"))?;
    let options = options_arg(&options, "options")?;
    let region =
        optional_region(&options, "options")?.unwrap_or_else(|| DEFAULT_REGION.to_string());
    let required = |name: &str| -> JsResult<u64> {
        let v = field(&changes, name, "changes")?
            .ok_or_else(|| error(format!("changes.{name} is required")))?;
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
    let programs = crate::programs::programs_option(&options, "options")?;
    if let Some(add) = field(&changes, "add", "changes")? {
        for_each_item(&add, "changes.add", |index, item| {
            let (number, scope) = entry_arg(&item, &format!("changes.add[{index}]"), &region, &programs)?;
            builder.add(number, scope);
            Ok(())
        })?;
    }
    if let Some(remove) = field(&changes, "remove", "changes")? {
        for_each_item(&remove, "changes.remove", |index, item| {
            let what = format!("changes.remove[{index}]");
            let text = string_arg(&item, &what, MAX_PHONE_UNITS)?;
            let number =
                parse_phone(&text, &region).map_err(|e| e.context(format!("{what} ({text:?})")))?;
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
