//! The binding's one error type: every failure reaches JavaScript as a real `Error` with a
//! stable `code` (documented in pkg/index.d.ts) and the core's lowercase message.
//!
//! Modules return [`JsResult`]; `?` on any core error converts it here, and the code comes
//! from the error's type (and, for snapshot errors, its [`SnapshotErrorKind`]). A module with
//! a new core error type gets `ERR_ARGUMENT` until a line is added to [`code_of`].

use core::any::Any;
use stopgate::phone::PhoneError;
use stopgate::snapshot::{SnapshotError, SnapshotErrorKind};
use wasm_bindgen::prelude::*;

pub type JsResult<T> = Result<T, ApiError>;

/// The stable codes. Adding one is fine; renaming one breaks callers.
pub(crate) mod code {
    /// A wrong type, a value out of range, an unknown option value, an input over a limit.
    pub const ARGUMENT: &str = "ERR_ARGUMENT";
    /// A string that is not a phone number (`normalize`, `check`, list entries).
    pub const INVALID_NUMBER: &str = "ERR_INVALID_NUMBER";
    /// A snapshot or delta without the required signature, or signed by another key.
    pub const SIGNATURE: &str = "ERR_SIGNATURE";
    /// A snapshot or delta whose checksum does not match (corrupted).
    pub const CHECKSUM: &str = "ERR_CHECKSUM";
    /// Not a stopgate file of the expected kind, truncated, or malformed.
    pub const FORMAT: &str = "ERR_FORMAT";
    /// A file format version (or flags) this build does not read.
    pub const VERSION: &str = "ERR_VERSION";
    /// A delta that does not start at the snapshot's current sequence.
    pub const SEQUENCE: &str = "ERR_SEQUENCE";
    /// A delta whose base list digest is not the snapshot's (the copies diverged).
    pub const DIGEST: &str = "ERR_DIGEST";
    /// A key that is not valid hex, or not a usable Ed25519 key.
    pub const KEY: &str = "ERR_KEY";
    /// A snapshot or delta the builder refused to write.
    pub const BUILD: &str = "ERR_BUILD";
    /// A `Snapshot` used after `free()` (or after `using` disposed of it).
    pub const FREED: &str = "ERR_FREED";
    /// A `Snapshot` changed from inside one of its own calls (a proxy calling back in).
    pub const BUSY: &str = "ERR_BUSY";
    /// wasm memory could not hold the input.
    pub const MEMORY: &str = "ERR_MEMORY";
}

/// A failure on its way to JavaScript: becomes `Object.assign(new Error(message), { code })`.
#[derive(Debug)]
pub struct ApiError {
    pub(crate) code: &'static str,
    pub(crate) message: String,
}

impl ApiError {
    pub(crate) fn new(code: &'static str, message: impl core::fmt::Display) -> ApiError {
        ApiError {
            code,
            message: message.to_string(),
        }
    }

    /// The same error with `prefix: ` in front of its message (its code kept).
    pub(crate) fn context(self, prefix: impl core::fmt::Display) -> ApiError {
        ApiError {
            code: self.code,
            message: format!("{prefix}: {}", self.message),
        }
    }
}

/// Any core error (`?` converts it): the code from its type, the message from `Display`.
/// (`ApiError` itself is no `std::error::Error`, so this does not collide with `From<T> for T`.)
impl<E: std::error::Error + 'static> From<E> for ApiError {
    fn from(err: E) -> ApiError {
        ApiError {
            code: code_of(&err),
            message: err.to_string(),
        }
    }
}

/// The code for a core error, found by its type.
fn code_of(err: &dyn Any) -> &'static str {
    if let Some(err) = err.downcast_ref::<SnapshotError>() {
        return match err.kind() {
            SnapshotErrorKind::Signature => code::SIGNATURE,
            SnapshotErrorKind::Checksum => code::CHECKSUM,
            SnapshotErrorKind::Version => code::VERSION,
            SnapshotErrorKind::Sequence => code::SEQUENCE,
            SnapshotErrorKind::Digest => code::DIGEST,
            SnapshotErrorKind::Key => code::KEY,
            SnapshotErrorKind::Build => code::BUILD,
            _ => code::FORMAT,
        };
    }
    if err.is::<PhoneError>() {
        return code::INVALID_NUMBER;
    }
    code::ARGUMENT
}

impl From<ApiError> for JsValue {
    fn from(err: ApiError) -> JsValue {
        to_error(err)
    }
}

/// One copy of the conversion, not one inlined into every export's shim.
#[inline(never)]
fn to_error(err: ApiError) -> JsValue {
    let error = js_sys::Error::new(&err.message);
    // Setting an own property on a fresh Error cannot throw.
    let _ = js_sys::Reflect::set(&error, &"code".into(), &err.code.into());
    error.into()
}

/// An `ERR_ARGUMENT` error: what most checks of a JavaScript argument raise.
pub(crate) fn error(msg: impl core::fmt::Display) -> ApiError {
    ApiError::new(code::ARGUMENT, msg)
}
