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
    /// unique, a non-empty name, words non-empty and at most 256 bytes.
    pub fn new(mut list: Vec<Program>) -> Result<Programs, ProgramError> {
        for (i, p) in list.iter().enumerate() {
            // One message shape for every problem: each format! costs the wasm build bytes.
            let valid_id = (1..=32).contains(&p.id.len())
                && p.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            let problem = if !valid_id {
                "id must be 1 to 32 of a-z, 0-9 and -"
            } else if !(1..=7).contains(&p.bit) {
                "bit must be 1 to 7"
            } else if p.name.is_empty() {
                "name is empty"
            } else if p.words.iter().any(|w| w.is_empty() || w.len() > 256) {
                "every word must be 1 to 256 bytes"
            } else if list[..i].iter().any(|q| q.id == p.id) {
                "id is listed twice"
            } else if list[..i].iter().any(|q| q.bit == p.bit) {
                "bit is taken by another program (bits are unique and never reused)"
            } else {
                continue;
            };
            return Err(invalid(format!("program {i} (\"{}\", bit {}): {problem}", p.id, p.bit)));
        }
        // By bit; an insertion sort, as there are at most seven.
        for i in 1..list.len() {
            let mut j = i;
            while j > 0 && list[j - 1].bit > list[j].bit {
                list.swap(j - 1, j);
                j -= 1;
            }
        }
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
        for p in &self.list {
            if p.id == id {
                return Some(p);
            }
        }
        None
    }

    /// The program of this bit.
    pub fn by_bit(&self, bit: u8) -> Option<&Program> {
        for p in &self.list {
            if p.bit == bit {
                return Some(p);
            }
        }
        None
    }

    /// Every program's bit in one mask (0 when there are none).
    pub fn all_bits(&self) -> u8 {
        self.list.iter().fold(0, |m, p| m | 1 << p.bit)
    }

    /// The canonical text of a scope: `all`, `marketing`, or the parts joined by `+`,
    /// marketing first then program ids in bit order; a bit with no program is `program-k`.
    pub fn scope_text(&self, scope: Scope) -> String {
        if scope.is_all() {
            return "all".to_string();
        }
        let mut out = String::new();
        for bit in 0..=7u8 {
            if scope.code() & (1 << bit) == 0 {
                continue;
            }
            if !out.is_empty() {
                out.push('+');
            }
            match (bit, self.by_bit(bit)) {
                (0, _) => out.push_str("marketing"),
                (_, Some(p)) => out.push_str(&p.id),
                (_, None) => {
                    out.push_str("program-");
                    out.push(char::from(b'0' + bit));
                }
            }
        }
        out
    }

    /// Reads canonical scope text (any order, any case; `program-k` also accepted).
    pub fn parse_scope(&self, text: &str) -> Result<Scope, ParseScopeError> {
        parse_scope_with(text, self)
    }
}

/// Reads `all`, `marketing`, `program-k` and the ids of `programs`, joined by `+`.
pub(crate) fn parse_scope_with(text: &str, programs: &Programs) -> Result<Scope, ParseScopeError> {
    let whole = text.trim_ascii();
    if whole.is_empty() || whole.eq_ignore_ascii_case("all") {
        return Ok(Scope::ALL);
    }
    let mut code = 0u8;
    for part in whole.split('+') {
        let part = part.trim_ascii();
        let bit = match part.as_bytes() {
            p if p.eq_ignore_ascii_case(b"marketing") => 0,
            [b'p', b'r', b'o', b'g', b'r', b'a', b'm', b'-', k @ b'1'..=b'7'] => k - b'0',
            // Ids are lowercase; a reply or a header may not be.
            _ => match programs.iter().find(|p| p.id.eq_ignore_ascii_case(part)) {
                Some(p) => p.bit,
                None => return Err(ParseScopeError::new(text)),
            },
        };
        code |= 1 << bit;
    }
    Ok(Scope::from_code(code))
}
