//! JavaScript bindings for stopgate: the wasm-bindgen crate behind the npm package (`pkg/`).
//!
//! It converts JavaScript values to core types and results back to plain objects with
//! camelCase keys, and turns every failure into a thrown `Error` carrying the core's message
//! and a stable `code` ([`error`]: `ERR_SIGNATURE`, `ERR_INVALID_NUMBER`, ...).
//! It holds no policy of its own: the rules live in the core crate `stopgate` (`phone`,
//! `snapshot`, `classify`, `lint`, `screen`).
//!
//! Every argument arrives as a `JsValue` and is checked in [`convert`] (type, length, range)
//! before anything is copied into wasm memory. The release build aborts on panic, so a panic or
//! a failed allocation would trap and leave the instance unusable; a thrown `Error` leaves it
//! intact. JavaScript is only called through functions that catch what it throws (getters and
//! proxies run arbitrary code), so no exception unwinds through Rust frames either.
//!
//! Times are milliseconds since the epoch on the JavaScript side (the `Date.now()` convention)
//! and Unix seconds in the core.
//!
//! One module per concern: [`text`] (classify, lint, measure, normalize), [`builder`] (snapshots,
//! deltas, keys), [`snapshot`] (the `Snapshot` class), [`screen`].
#![cfg(target_arch = "wasm32")]

mod batch;
mod builder;
mod consent;
mod convert;
mod error;
mod lint;
mod programs;
mod screen;
mod snapshot;
mod text;

/// The allocator: talc rather than std's dlmalloc, for a smaller module (the wasm is
/// single-threaded: no atomics).
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
