//! stopgate: SMS opt-out compliance at the edge.
//!
//! When a recipient replies STOP, no further marketing may reach them. This crate
//! is the pure-Rust core of that check, small enough to run in WebAssembly inside
//! an edge worker or a browser. It has one module per concept:
//!
//! - [`classify`]: reads an inbound reply and says [`classify::Intent::OptOut`],
//!   `OptIn`, `Help` or `None`, with the keyword, language, [`Scope`] and confidence.
//! - [`phone`]: parses what people type into E.164 ([`phone::PhoneNumber`], also a `u64`).
//! - [`snapshot`]: the suppression list as one compact, checksummed, signed file
//!   ([`snapshot::Snapshot`], built by [`snapshot::SnapshotBuilder`]), plus
//!   [`snapshot::Delta`]s between versions. Loading copies and parses nothing.
//! - [`lint`]: outbound checks: opt-out language, GSM-7 / UCS-2, SMS segments.
//! - [`screen`]: the send policy: allow, block or warn one message, with a reason.
//! - [`quiet`]: quiet hours by the recipient's local time (area code → zone and state).
//! - [`consent`]: what a classified reply does to an opt-out (suppress, lift, nothing);
//!   a bare YES never lifts one by default.
//!
//! The crate knows nothing of JavaScript, clocks, files or networks: the wasm-bindgen
//! binding is the separate crate `js-api/` (it only converts types and errors), and the CLI
//! with the origin server is the crate `cli/`. Both call into this one.
//!
//! ```
//! use stopgate::classify::{classify, Intent};
//! use stopgate::screen::{screen, Decision, Policy, SendRequest};
//! use stopgate::snapshot::{Snapshot, SnapshotBuilder};
//! use stopgate::{phone, Category, Scope};
//!
//! // A reply comes in: is it an opt-out?
//! let reply = classify("please stop texting me");
//! assert_eq!(reply.intent, Intent::OptOut);
//!
//! // The origin builds a snapshot of the opt-out list (signed in real use)...
//! let number = phone::parse("(415) 555-0134", "US")?;
//! let mut builder = SnapshotBuilder::new();
//! builder.region("US").sequence(1).created_at(1_700_000_000);
//! builder.insert(number.as_u64(), reply.scope.unwrap_or(Scope::All));
//! let snapshot = Snapshot::from_bytes(builder.build(None)?)?;
//!
//! // ...and the edge screens a send request against it.
//! let request = SendRequest {
//!     to: "+1 415 555 0134",
//!     body: "20% off today! Reply STOP to opt out",
//!     category: Category::Marketing,
//! };
//! let policy = Policy { now: 1_700_000_060, ..Policy::default() };
//! let verdict = screen(&request, Some(&snapshot), &policy);
//! assert_eq!(verdict.decision, Decision::Block);
//! assert_eq!(verdict.reason, "opted-out");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod classify;
pub mod consent;
pub mod lint;
pub mod phone;
pub mod quiet;
pub mod screen;
pub mod snapshot;

/// Region national numbers are read in when nothing else says which (ISO 3166 alpha-2).
pub const DEFAULT_REGION: &str = "US";

use core::fmt;
use core::str::FromStr;

/// What an opt-out covers.
///
/// `All` is the default and what a bare STOP means. `Marketing` covers
/// marketing (promotional) messages only; transactional messages still go.
/// The snapshot format keeps codes 2..=255 for named programs (not yet built).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    /// Every message to the number is suppressed.
    All,
    /// Only marketing messages are suppressed.
    Marketing,
}

impl Scope {
    /// The stable lowercase name: `all` or `marketing`.
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::All => "all",
            Scope::Marketing => "marketing",
        }
    }

    /// The wider of two scopes: a number opted out twice keeps the broader opt-out.
    pub fn widest(self, other: Scope) -> Scope {
        if self == Scope::All || other == Scope::All {
            Scope::All
        } else {
            Scope::Marketing
        }
    }

    /// Whether an opt-out of this scope applies to a message of `category`.
    pub fn covers(self, category: Category) -> bool {
        match self {
            Scope::All => category != Category::Confirmation,
            Scope::Marketing => category == Category::Marketing,
        }
    }
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A string that is not a known scope name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseScopeError(String);

impl fmt::Display for ParseScopeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown scope {:?}: expected \"all\" or \"marketing\"", self.0)
    }
}

impl std::error::Error for ParseScopeError {}

impl FromStr for Scope {
    type Err = ParseScopeError;

    fn from_str(s: &str) -> Result<Scope, ParseScopeError> {
        match s.trim().to_ascii_lowercase().as_str() {
            "" | "all" => Ok(Scope::All),
            "marketing" => Ok(Scope::Marketing),
            _ => Err(ParseScopeError(s.to_string())),
        }
    }
}

/// The kind of an outbound message, which decides which opt-outs apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    /// Promotional content: needs opt-out language, blocked by any opt-out.
    Marketing,
    /// Account, order or appointment messages: blocked only by an `all` opt-out.
    Transactional,
    /// The single confirmation reply to a fresh opt-out, which CTIA and the
    /// FCC allow; no opt-out blocks it.
    Confirmation,
}

impl Category {
    /// The stable lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Marketing => "marketing",
            Category::Transactional => "transactional",
            Category::Confirmation => "confirmation",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A string that is not a known category name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseCategoryError(String);

impl fmt::Display for ParseCategoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown category {:?}: expected \"marketing\", \"transactional\" or \"confirmation\"",
            self.0
        )
    }
}

impl std::error::Error for ParseCategoryError {}

impl FromStr for Category {
    type Err = ParseCategoryError;

    fn from_str(s: &str) -> Result<Category, ParseCategoryError> {
        match s.trim().to_ascii_lowercase().as_str() {
            "marketing" => Ok(Category::Marketing),
            "transactional" => Ok(Category::Transactional),
            "confirmation" => Ok(Category::Confirmation),
            _ => Err(ParseCategoryError(s.to_string())),
        }
    }
}
