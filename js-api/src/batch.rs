//! Lookups without per-call conversion costs: the paths behind `has`, `check` and
//! `checkMany` (pkg/api.js calls them) and the packed `checkPacked`.
//!
//! A `JsValue` string argument costs several crossings between JavaScript and wasm (type
//! check, length, UTF-8 encoding into a fresh allocation, release of the externref): more
//! than the lookup itself. So pkg/api.js writes a short ASCII number straight into
//! [`SCRATCH`], a fixed buffer in wasm memory, and makes one call with its length; results
//! come back as one `f64` ([`encode`]). Lists arrive as one newline-joined string.
//! Anything unusual (non-ASCII, over-long, not a number) is answered "ask the slow path"
//! (a negative value), so the messages and limits stay those of snapshot.rs.
//!
//! The core has no batched lookup yet, so the batch paths loop over `Snapshot::check`.

use crate::convert::*;
use crate::snapshot::{LoadedSnapshot, Snapshot};
use core::sync::atomic::{AtomicU8, Ordering::Relaxed};
use js_sys::Float64Array;
use std::cell::Ref;
use stopgate::phone::{self, PhoneNumber};
use stopgate::Scope;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Longest number the scratch path takes; longer input goes through the slow path.
const SCRATCH_LEN: usize = 64;
/// Written by JavaScript (ASCII bytes of one number), read by the `__*Scratch` methods.
/// Atomics, so Rust reads memory that changes behind its back without undefined behaviour.
static SCRATCH: [AtomicU8; SCRATCH_LEN] = [const { AtomicU8::new(0) }; SCRATCH_LEN];

/// Verdict codes of `checkPacked` (one byte per number).
const NOT_SUPPRESSED: u8 = 0;
const SUPPRESSED_ALL: u8 = 1;
const SUPPRESSED_MARKETING: u8 = 2;
/// Suppressed for programs (a mask other than `marketing`): `check` gives the scope.
const SUPPRESSED_PROGRAMS: u8 = 3;
const INVALID: u8 = 255;

/// `-1`: not a phone number; `-2`: not decided here (non-ASCII or too long).
const NOT_A_NUMBER: f64 = -1.0;
const UNDECIDED: f64 = -2.0;

/// The number `text` names, read in `region`; one copy of the parser for every path here.
#[inline(never)]
fn parse(text: &str, region: &str) -> Option<PhoneNumber> {
    phone::parse(text, region).ok()
}

fn verdict(scope: Option<Scope>) -> u8 {
    match scope {
        None => NOT_SUPPRESSED,
        Some(Scope::All) => SUPPRESSED_ALL,
        Some(Scope::Marketing) => SUPPRESSED_MARKETING,
        Some(_) => SUPPRESSED_PROGRAMS,
    }
}

/// One lookup's answer as one number: `e164 * 8 + verdict + (4 if the input was already
/// the E.164 form)`. E.164 has at most 15 digits, so the value stays below 2^53.
fn encode(number: PhoneNumber, scope: Option<Scope>, canonical: bool) -> f64 {
    (number.as_u64() * 8 + u64::from(verdict(scope)) + if canonical { 4 } else { 0 }) as f64
}

fn lookup(state: &LoadedSnapshot, text: &str) -> f64 {
    if text.len() > MAX_PHONE_UNITS as usize || !text.is_ascii() {
        return UNDECIDED;
    }
    match parse(text, &state.region) {
        Some(number) => {
            let scope = state.inner.check(number.as_u64());
            if verdict(scope) == SUPPRESSED_PROGRAMS {
                // Two bits do not name a mask: the slow path gives its text.
                return UNDECIDED;
            }
            let canonical = text.len() > 1
                && text.as_bytes()[0] == b'+'
                && text[1..].bytes().all(|b| b.is_ascii_digit())
                && text[1..].parse::<u64>().ok() == Some(number.as_u64());
            encode(number, scope, canonical)
        }
        None => NOT_A_NUMBER,
    }
}

/// Copies the first `len` scratch bytes out (JavaScript wrote only ASCII there).
fn with_scratch<T>(len: u32, f: impl FnOnce(&str) -> T) -> Option<T> {
    let len = len as usize;
    if len > SCRATCH_LEN {
        return None;
    }
    let mut buf = [0u8; SCRATCH_LEN];
    for (to, from) in buf.iter_mut().zip(&SCRATCH[..len]) {
        *to = from.load(Relaxed);
    }
    core::str::from_utf8(&buf[..len]).ok().map(f)
}

/// Where pkg/api.js writes a number for the scratch methods, and how many bytes fit.
#[wasm_bindgen(js_name = __stopgateScratch, skip_typescript)]
#[doc(hidden)]
pub fn scratch() -> Vec<u32> {
    vec![SCRATCH.as_ptr() as usize as u32, SCRATCH_LEN as u32]
}

#[wasm_bindgen]
impl Snapshot {
    /// `has` for the number in the scratch buffer: 1 suppressed, 0 not (or no number), -2 ask
    /// the slow path.
    #[wasm_bindgen(js_name = __hasScratch, skip_typescript)]
    #[doc(hidden)]
    pub fn has_scratch(&self, len: u32) -> i32 {
        let Ok(state) = self.state.try_borrow() else {
            return -2;
        };
        with_scratch(len, |text| match parse(text, &state.region) {
            Some(n) => i32::from(state.inner.contains(n.as_u64())),
            None => 0,
        })
        .unwrap_or(-2)
    }

    /// `check` for the number in the scratch buffer, encoded as by [`encode`] (negative: ask
    /// the slow path, which also words the error).
    #[wasm_bindgen(js_name = __checkScratch, skip_typescript)]
    #[doc(hidden)]
    pub fn check_scratch(&self, len: u32) -> f64 {
        let Ok(state) = self.state.try_borrow() else {
            return UNDECIDED;
        };
        with_scratch(len, |text| lookup(&state, text)).unwrap_or(UNDECIDED)
    }

    /// `check` for each line of `text`, encoded as by [`encode`]; one value per line.
    #[wasm_bindgen(js_name = __checkLines, skip_typescript)]
    #[doc(hidden)]
    pub fn check_lines(&self, text: &str) -> JsResult<Vec<f64>> {
        let state = self.borrow_state()?;
        Ok(text.split('\n').map(|line| lookup(&state, line)).collect())
    }

    /// One verdict byte per number: 0 not suppressed, 1 suppressed (all messages),
    /// 2 suppressed for marketing only, 3 suppressed for programs (`check` gives the
    /// scope), 255 not a phone number. `numbers` is one string of
    /// newline-separated numbers (a final newline and `\r` before each newline are ignored)
    /// or a `Float64Array` of E.164 numbers as integers (`14155550134`).
    #[wasm_bindgen(js_name = checkPacked, skip_typescript)]
    pub fn check_packed(&self, numbers: JsValue) -> JsResult<Vec<u8>> {
        let state = self.borrow_state()?;
        if numbers.is_string() {
            let text = numbers.as_string().unwrap_or_default();
            let text = text.strip_suffix('\n').unwrap_or(&text);
            if text.is_empty() {
                return Ok(Vec::new());
            }
            return Ok(text
                .split('\n')
                .map(|line| {
                    let line = line.strip_suffix('\r').unwrap_or(line);
                    if line.len() > MAX_PHONE_UNITS as usize {
                        return INVALID;
                    }
                    match parse(line, &state.region) {
                        Some(n) => verdict(state.inner.check(n.as_u64())),
                        None => INVALID,
                    }
                })
                .collect());
        }
        if let Some(array) = numbers.dyn_ref::<Float64Array>() {
            if array.length() > MAX_ITEMS {
                return Err(error(format!(
                    "numbers has {} items; the limit is {MAX_ITEMS}",
                    array.length()
                )));
            }
            return Ok(array
                .to_vec()
                .into_iter()
                .map(|value| {
                    let valid = value.is_finite() && value >= 1.0 && value.fract() == 0.0;
                    match PhoneNumber::from_u64(value as u64) {
                        Ok(n) if valid && value <= MAX_SAFE_INTEGER => {
                            verdict(state.inner.check(n.as_u64()))
                        }
                        _ => INVALID,
                    }
                })
                .collect());
        }
        Err(error(format!(
            "numbers must be a newline-separated string, an array of strings or a Float64Array, got {}",
            type_name(&numbers)
        )))
    }
}

impl Snapshot {
    /// The loaded state, or `ERR_BUSY` when a call that changes it is running (only a proxy
    /// calling back in from inside `checkMany`'s list could see that).
    fn borrow_state(&self) -> JsResult<Ref<'_, LoadedSnapshot>> {
        self.state
            .try_borrow()
            .map_err(|_| ApiError::new(code::BUSY, "the snapshot is in use (called from inside applyDelta)"))
    }
}
