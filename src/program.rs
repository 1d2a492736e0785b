//! Programs: the named kinds of message a deployment sends ("alerts", "promos", "tips"),
//! which a reply can opt out of one at a time and a send request can belong to.
//!
//! A deployment lists its programs once (the same JSON document goes to the origin, the edge
//! and the package): an id (`[a-z0-9-]{1,32}`), a `bit` (1..=7, the bit of the snapshot's
//! scope mask that stands for it, stable forever for that id), a name people read, a kind
//! (`marketing` or `transactional`) and the words people call it by. [`Programs::new`]
//! checks all of it. A [`Scope`] names programs by their bits; [`Programs::scope_text`] and
//! [`Programs::parse_scope`] convert to and from the canonical text (`marketing+alerts`).
//!
//! ```
//! use stopgate::program::{Program, ProgramKind, Programs};
//! let programs = Programs::new(vec![
//!     Program::new("alerts", 1, "Account alerts", ProgramKind::Transactional, &["alerts", "account alerts"]),
//!     Program::new("promos", 2, "Promotions", ProgramKind::Marketing, &["promos", "deals"]),
//! ])?;
//! let scope = programs.parse_scope("marketing+alerts")?;
//! assert_eq!(scope.code(), 0b011);
//! assert_eq!(programs.scope_text(scope), "marketing+alerts");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! It does not read JSON (the CLI and the binding do, into [`Program`]s) or match replies
//! (the classifier's program matcher does, with these words).
use core::fmt;

use crate::{ParseScopeError, Scope};

/// What kind of message a program sends: marketing ones are also covered by a
/// marketing opt-out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ProgramKind {
    /// Promotions, offers, newsletters.
    Marketing,
    /// Account alerts, reminders, deliveries.
    Transactional,
}

impl ProgramKind {
    /// `marketing` or `transactional`.
    pub fn as_str(self) -> &'static str {
        match self {
            ProgramKind::Marketing => "marketing",
            ProgramKind::Transactional => "transactional",
        }
    }
}

/// One program of a deployment.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Program {
    /// Stable id, `[a-z0-9-]{1,32}`.
    pub id: String,
    /// The scope-mask bit that stands for it, 1..=7; never reused for another id.
    pub bit: u8,
    /// What people read ("Account alerts").
    pub name: String,
    /// Marketing or transactional.
    pub kind: ProgramKind,
    /// What people call it in replies ("alerts", "account alerts"), in any language.
    #[serde(default)]
    pub words: Vec<String>,
}

impl Program {
    /// A program from its parts (checked by [`Programs::new`]).
    pub fn new(id: &str, bit: u8, name: &str, kind: ProgramKind, words: &[&str]) -> Program {
        Program { id: id.to_string(), bit, name: name.to_string(), kind, words: words.iter().map(|w| w.to_string()).collect() }
    }

    /// The scope of this program alone.
    pub fn scope(&self) -> Scope {
        Scope::program(self.bit).unwrap_or(Scope::ALL)
    }

    /// Whether it is a marketing program.
    pub fn is_marketing(&self) -> bool {
        self.kind == ProgramKind::Marketing
    }
}

/// A deployment's programs, checked: ids and bits unique and well-formed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Programs {
    /// By bit, ascending.
    list: Vec<Program>,
}

/// A programs table that is not valid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProgramError {
    message: String,
}

impl fmt::Display for ProgramError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ProgramError {}

fn invalid(message: String) -> ProgramError {
    ProgramError { message }
}

impl Programs {
    /// No programs: scopes are `all` and `marketing` only.
    pub const fn none() -> Programs {
        Programs { list: Vec::new() }
    }

    /// Checks and keeps `list`: every id `[a-z0-9-]{1,32}` and unique, every bit 1..=7 and
    /// unique, a non-empty name, words non-empty and at most 64 characters.
    pub fn new(mut list: Vec<Program>) -> Result<Programs, ProgramError> {
        for (i, p) in list.iter().enumerate() {
            let valid_id = (1..=32).contains(&p.id.len())
                && p.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !valid_id {
                return Err(invalid(format!("program {i}: id {:?} must be 1 to 32 of a-z, 0-9 and -", p.id)));
            }
            if !(1..=7).contains(&p.bit) {
                return Err(invalid(format!("program {:?}: bit {} must be 1 to 7", p.id, p.bit)));
            }
            if p.name.trim().is_empty() {
                return Err(invalid(format!("program {:?}: name is empty", p.id)));
            }
            if let Some(w) = p.words.iter().find(|w| w.trim().is_empty() || w.chars().count() > 64) {
                return Err(invalid(format!("program {:?}: word {w:?} must be 1 to 64 characters", p.id)));
            }
            if let Some(q) = list[..i].iter().find(|q| q.id == p.id) {
                return Err(invalid(format!("program id {:?} is listed twice (bits {} and {})", p.id, q.bit, p.bit)));
            }
            if let Some(q) = list[..i].iter().find(|q| q.bit == p.bit) {
                return Err(invalid(format!("programs {:?} and {:?} both have bit {}", q.id, p.id, p.bit)));
            }
        }
        list.sort_by_key(|p| p.bit);
        Ok(Programs { list })
    }

    /// The programs, by bit.
    pub fn iter(&self) -> impl Iterator<Item = &Program> + '_ {
        self.list.iter()
    }

    /// How many.
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The program of this id.
    pub fn get(&self, id: &str) -> Option<&Program> {
        self.list.iter().find(|p| p.id == id)
    }

    /// The program of this bit.
    pub fn by_bit(&self, bit: u8) -> Option<&Program> {
        self.list.iter().find(|p| p.bit == bit)
    }

    /// Every program's bit in one mask (0 when there are none).
    pub fn all_bits(&self) -> u8 {
        self.list.iter().fold(0, |m, p| m | 1 << p.bit)
    }

    /// The canonical text of a scope: `all`, `marketing`, or the parts joined by `+`,
    /// marketing first then program ids in bit order; a bit with no program is `program-k`.
    pub fn scope_text(&self, scope: Scope) -> String {
        if scope.is_all() || scope.program_bits() == 0 {
            return scope.as_str().into_owned();
        }
        let mut parts: Vec<String> = Vec::new();
        if scope.code() & 1 != 0 {
            parts.push("marketing".to_string());
        }
        for bit in 1..=7u8 {
            if scope.code() & (1 << bit) != 0 {
                parts.push(self.by_bit(bit).map_or_else(|| format!("program-{bit}"), |p| p.id.clone()));
            }
        }
        parts.join("+")
    }

    /// Reads canonical scope text (any order, any case; `program-k` also accepted).
    pub fn parse_scope(&self, text: &str) -> Result<Scope, ParseScopeError> {
        parse_scope_with(text, |id| self.get(id).map(|p| p.bit))
    }
}

/// Reads `all`, `marketing`, `program-k` and ids `lookup` knows, joined by `+`.
pub(crate) fn parse_scope_with(text: &str, lookup: impl Fn(&str) -> Option<u8>) -> Result<Scope, ParseScopeError> {
    let lower = text.trim().to_ascii_lowercase();
    if lower.is_empty() || lower == "all" {
        return Ok(Scope::ALL);
    }
    let mut code = 0u8;
    for part in lower.split('+').map(str::trim) {
        let bit = match part {
            "marketing" => 0,
            _ => match part.strip_prefix("program-").and_then(|k| k.parse::<u8>().ok()) {
                Some(k @ 1..=7) => k,
                _ => lookup(part).ok_or_else(|| ParseScopeError::new(text))?,
            },
        };
        code |= 1 << bit;
    }
    Ok(Scope::from_code(code))
}
