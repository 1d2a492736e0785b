//! build, delta, check, inspect, keygen, normalize (skeleton).
use super::CliError;
use std::process::ExitCode;

macro_rules! stub_args { ($($name:ident),*) => { $( #[derive(clap::Args)] pub struct $name {} )* } }
stub_args!(BuildArgs, DeltaArgs, CheckArgs, InspectArgs, KeygenArgs, NormalizeArgs);

pub fn build(_: BuildArgs) -> Result<ExitCode, CliError> { Err("not built yet".into()) }
pub fn delta(_: DeltaArgs) -> Result<ExitCode, CliError> { Err("not built yet".into()) }
pub fn check(_: CheckArgs) -> Result<ExitCode, CliError> { Err("not built yet".into()) }
pub fn inspect(_: InspectArgs) -> Result<ExitCode, CliError> { Err("not built yet".into()) }
pub fn keygen(_: KeygenArgs) -> Result<ExitCode, CliError> { Err("not built yet".into()) }
pub fn normalize(_: NormalizeArgs) -> Result<ExitCode, CliError> { Err("not built yet".into()) }
