//! The deployment's programs at the origin (contract C8) and its revoke-all switch (C9):
//! `--programs FILE` (or STOPGATE_PROGRAMS_FILE), the JSON array the edge gets as PROGRAMS,
//! and `--revoke-all on|off|auto`.
//!
//! The programs table is read once at start and kept for the process: scope text in the
//! store's columns and in JSON names program ids ("marketing+alerts"), and a bit is stable
//! for its id, so the text reads back to the same mask. A stored id the table no longer has
//! reads back as `all` (the broadest reading: an opt-out is never lost to a config change).
use std::sync::OnceLock;
use stopgate::consent::RevokeAll;
use stopgate::program::{Program, Programs};
use stopgate::Scope;

static PROGRAMS: OnceLock<Programs> = OnceLock::new();
static NONE: Programs = Programs::none();

/// The process's programs (none until [`set`]).
pub(crate) fn get() -> &'static Programs {
    PROGRAMS.get().unwrap_or(&NONE)
}

/// Sets the process's programs, once; later calls change nothing.
pub(crate) fn set(programs: Programs) {
    let _ = PROGRAMS.set(programs);
}

/// Reads and checks a programs file (C8's JSON array).
pub(crate) fn load(path: &std::path::Path) -> Result<Programs, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read programs file {}: {e}", path.display()))?;
    parse(&text).map_err(|e| format!("programs file {}: {e}", path.display()))
}

/// Checks C8's JSON array.
pub(crate) fn parse(text: &str) -> Result<Programs, String> {
    let list: Vec<Program> = serde_json::from_str(text).map_err(|e| format!("not a JSON array of programs: {e}"))?;
    Programs::new(list).map_err(|e| e.to_string())
}

/// Program ids (a JSON array, e.g. C10's `programs` or C11's `keepPrograms`) checked against
/// this process's table: their bits, and their ids joined in bit order (`alerts+tips`).
/// An id the table does not have, or no table at all, is an error naming it.
pub(crate) fn kept(ids: &[serde_json::Value]) -> Result<(Scope, String), String> {
    let table = get();
    if table.is_empty() {
        return Err("no programs are configured on this origin (--programs FILE): name none".into());
    }
    let mut bits = 0u8;
    for id in ids {
        let program = id
            .as_str()
            .and_then(|id| table.get(id))
            .ok_or_else(|| format!("unknown program {id}: this origin's programs are {}", ids_of(table)))?;
        bits |= program.scope().code();
    }
    let scope = Scope::from_code(bits);
    Ok((scope, table.scope_text(scope)))
}

fn ids_of(table: &Programs) -> String {
    table.iter().map(|p| p.id.as_str()).collect::<Vec<_>>().join(", ")
}

/// `--revoke-all`'s value.
pub(crate) fn parse_revoke_all(text: &str) -> Result<RevokeAll, String> {
    RevokeAll::parse(text).ok_or_else(|| format!("--revoke-all must be on, off or auto, got {text:?}"))
}

/// The canonical text of a scope, naming this process's programs.
pub(crate) fn text(scope: Scope) -> String {
    get().scope_text(scope)
}

/// A stored or sent scope text; an unknown id reads as `all` (see the module doc).
pub(crate) fn scope_of(text: &str) -> Scope {
    get().parse_scope(text).unwrap_or(Scope::ALL)
}
