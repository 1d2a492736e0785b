//! stopgate: SMS opt-out compliance at the edge.
//!
//! (Crate overview written last; see README.)
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod classify;
pub mod lint;
pub mod phone;
pub mod screen;
pub mod snapshot;

#[cfg(target_arch = "wasm32")]
mod wasm;

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
