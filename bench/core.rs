//! `make bench`: native figures for the core, each printed as a ratio against a
//! baseline measured in the same run.
mod classify;
mod snapshot;

fn main() {
    let filter = std::env::args().nth(1).filter(|a| !a.starts_with('-'));
    let wants = |name: &str| filter.as_deref().is_none_or(|f| name.contains(f));
    if wants("snapshot") {
        snapshot::run();
    }
    if wants("classify") {
        classify::run();
    }
}
