//! The `stopgate` command line: build, inspect and check snapshots, classify
//! replies, lint messages, and run the origin-side snapshot publisher.
//!
//! Output is JSON lines on stdout; errors go to stderr with a non-zero exit.
#![forbid(unsafe_code)]

mod cli;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "stopgate",
    version,
    about = "SMS opt-out compliance: snapshots, classifier, screening"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build a snapshot from a CSV or JSON-lines opt-out list.
    Build(cli::snapshot_cmds::BuildArgs),
    /// Build a delta: what changed between a snapshot and the current list.
    Delta(cli::snapshot_cmds::DeltaArgs),
    /// Check numbers against a snapshot (and deltas).
    Check(cli::snapshot_cmds::CheckArgs),
    /// Summarise (and optionally verify) a snapshot or delta file.
    Inspect(cli::snapshot_cmds::InspectArgs),
    /// Generate an Ed25519 signing key pair.
    Keygen(cli::snapshot_cmds::KeygenArgs),
    /// Normalise phone numbers to E.164.
    Normalize(cli::snapshot_cmds::NormalizeArgs),
    /// Classify inbound replies (JSON lines `{"text": ...}` on stdin).
    Classify(cli::text_cmds::ClassifyArgs),
    /// Lint outbound messages (JSON lines `{"text": ..., "category": ...}` on stdin).
    Lint(cli::text_cmds::LintArgs),
    /// Run the origin: opt-out database, snapshot and delta publisher, demo send backend.
    Serve(cli::serve::ServeArgs),
    /// Write a signed snapshot (and deltas) from the database to a folder, once.
    Publish(cli::serve::PublishArgs),
    /// Print a number's consent receipt (every opt-in and opt-out with its evidence).
    Consent(cli::serve::ConsentArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build(a) => cli::snapshot_cmds::build(a),
        Command::Delta(a) => cli::snapshot_cmds::delta(a),
        Command::Check(a) => cli::snapshot_cmds::check(a),
        Command::Inspect(a) => cli::snapshot_cmds::inspect(a),
        Command::Keygen(a) => cli::snapshot_cmds::keygen(a),
        Command::Normalize(a) => cli::snapshot_cmds::normalize(a),
        Command::Classify(a) => cli::text_cmds::classify(a),
        Command::Lint(a) => cli::text_cmds::lint(a),
        Command::Serve(a) => cli::serve::serve(a),
        Command::Publish(a) => cli::serve::publish(a),
        Command::Consent(a) => cli::serve::consent(a),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("stopgate: {err}");
            ExitCode::FAILURE
        }
    }
}
