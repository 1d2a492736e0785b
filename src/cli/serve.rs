//! serve, publish (skeleton).
use super::CliError;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct ServeArgs {}
#[derive(clap::Args)]
pub struct PublishArgs {}

pub fn serve(_: ServeArgs) -> Result<ExitCode, CliError> { Err("not built yet".into()) }
pub fn publish(_: PublishArgs) -> Result<ExitCode, CliError> { Err("not built yet".into()) }
