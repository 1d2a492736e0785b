//! classify, lint (skeleton).
use super::CliError;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct ClassifyArgs {}
#[derive(clap::Args)]
pub struct LintArgs {}

pub fn classify(_: ClassifyArgs) -> Result<ExitCode, CliError> { Err("not built yet".into()) }
pub fn lint(_: LintArgs) -> Result<ExitCode, CliError> { Err("not built yet".into()) }
