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
//!   a bare YES never lifts one by default; the FCC's revoke-all rule ([`consent::RevokeAll`]).
//! - [`program`]: the deployment's named programs ("alerts", "promos"), which opt-outs and
//!   send requests can name; [`Scope`] is a bit mask over them.
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
//!     program: None,
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
pub mod program;
pub mod quiet;
pub mod screen;
pub mod snapshot;

/// Region national numbers are read in when nothing else says which (ISO 3166 alpha-2).
pub const DEFAULT_REGION: &str = "US";

use core::fmt;
use core::str::FromStr;

/// What an opt-out covers: the snapshot's scope code byte.
///
/// `Scope::ALL` (code 0) is the default and what a bare STOP means: every message. Any other
/// code is a bit mask: bit 0 (value 1, [`Scope::MARKETING`]) covers marketing messages, bit k
/// (value `1 << k`, k = 1..=7) covers the [`program::Program`] whose `bit` is k. So code 1 is
/// "marketing", 2 "the program of bit 1", 3 "marketing and that program". A number opted out
/// twice keeps the union ([`Scope::widest`]); `all` absorbs everything.
///
/// `Scope::All` and `Scope::Marketing` are the same constants under the names the type had
/// when it was an enum of those two.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Scope(u8);

#[allow(non_upper_case_globals)]
impl Scope {
    /// Every message to the number is suppressed (code 0).
    pub const ALL: Scope = Scope(0);
    /// Only marketing messages are suppressed (code 1).
    pub const MARKETING: Scope = Scope(1);
    /// [`Scope::ALL`], under its old name.
    pub const All: Scope = Scope::ALL;
    /// [`Scope::MARKETING`], under its old name.
    pub const Marketing: Scope = Scope::MARKETING;

    /// The scope a code byte stores (every byte is one).
    pub const fn from_code(code: u8) -> Scope {
        Scope(code)
    }

    /// The code byte: 0 for `all`, else the mask.
    pub const fn code(self) -> u8 {
        self.0
    }

    /// The scope of one program bit (1..=7); `None` for any other bit.
    pub const fn program(bit: u8) -> Option<Scope> {
        if bit >= 1 && bit <= 7 {
            Some(Scope(1 << bit))
        } else {
            None
        }
    }

    /// Whether this is `all`.
    pub const fn is_all(self) -> bool {
        self.0 == 0
    }

    /// Whether marketing messages are covered (true for `all`).
    pub const fn has_marketing(self) -> bool {
        self.0 == 0 || self.0 & 1 != 0
    }

    /// Whether the program of `bit` is covered (true for `all`).
    pub const fn has_program(self, bit: u8) -> bool {
        self.0 == 0 || (bit >= 1 && bit <= 7 && self.0 & (1 << bit) != 0)
    }

    /// The program bits of a mask (0 for `all` and for `marketing`).
    pub const fn program_bits(self) -> u8 {
        self.0 & !1
    }

    /// `all`, `marketing`, or (for program masks) the canonical text with `program-k` for
    /// bit k: what [`fmt::Display`] writes. [`program::Programs::scope_text`] names the bits.
    pub fn as_str(self) -> std::borrow::Cow<'static, str> {
        match self.0 {
            0 => "all".into(),
            1 => "marketing".into(),
            _ => program::Programs::none().scope_text(self).into(),
        }
    }

    /// The union of two scopes: a number opted out twice keeps both opt-outs.
    pub fn widest(self, other: Scope) -> Scope {
        if self.is_all() || other.is_all() {
            Scope::ALL
        } else {
            Scope(self.0 | other.0)
        }
    }

    /// This scope without the bits of `other` (`None` when nothing is left). `all` loses
    /// nothing this way: what an `all` opt-out narrows to is a policy decision
    /// ([`consent`]), not set arithmetic.
    pub fn without(self, other: Scope) -> Option<Scope> {
        if self.is_all() {
            return Some(self);
        }
        if other.is_all() {
            return None;
        }
        match self.0 & !other.0 {
            0 => None,
            rest => Some(Scope(rest)),
        }
    }

    /// Whether an opt-out of this scope applies to a message of `category` that belongs to
    /// no program.
    pub fn covers(self, category: Category) -> bool {
        self.covers_message(category, None, false)
    }

    /// Whether an opt-out of this scope applies to a message of `category` in the program
    /// of bit `program_bit` (if any), whose kind is marketing when `program_is_marketing`.
    /// The confirmation reply is never covered.
    pub fn covers_message(self, category: Category, program_bit: Option<u8>, program_is_marketing: bool) -> bool {
        if category == Category::Confirmation {
            return false;
        }
        if self.is_all() {
            return true;
        }
        let marketing = category == Category::Marketing || program_is_marketing;
        (marketing && self.has_marketing()) || program_bit.is_some_and(|b| self.has_program(b))
    }
}

impl fmt::Display for Scope {
    /// The canonical text without a programs table: `all`, `marketing`, or the parts joined
    /// by `+`, marketing first then `program-k` in bit order (`marketing+program-1`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.as_str())
    }
}

impl serde::Serialize for Scope {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Scope {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Scope, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// A string that is not a known scope name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseScopeError(String);

impl fmt::Display for ParseScopeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown scope {:?}: expected \"all\", \"marketing\", program ids or \"program-1\"..\"program-7\" joined by \"+\"",
            self.0
        )
    }
}

impl std::error::Error for ParseScopeError {}

impl ParseScopeError {
    pub(crate) fn new(text: &str) -> ParseScopeError {
        ParseScopeError(text.to_string())
    }
}

impl FromStr for Scope {
    type Err = ParseScopeError;

    /// `all` (or empty), `marketing`, `program-k`, or parts joined by `+`. Program ids need
    /// the deployment's table: [`program::Programs::parse_scope`].
    fn from_str(s: &str) -> Result<Scope, ParseScopeError> {
        program::parse_scope_with(s, &program::Programs::none())
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
