//! Subcommand implementations. Each returns `Ok(exit code)` or an error
//! whose message is printed as one line on stderr.

mod list;
pub mod serve;
pub mod snapshot_cmds;
pub mod text_cmds;

/// The error every subcommand returns: a message for a person.
pub type CliError = Box<dyn std::error::Error>;
