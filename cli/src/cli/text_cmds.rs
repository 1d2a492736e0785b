//! `classify` and `lint`: the text side of the command line, JSON lines in and out.
//!
//! Each input line gets exactly one output line, in order, so the output can be
//! pasted next to the input. A line that cannot be read (not JSON, no `text`,
//! not UTF-8) gets an `{"line", "error"}` line and the run goes on.
use super::CliError;
use serde::Serialize;
use serde_json::Value;
use std::io::{self, BufRead, Write};
use std::process::ExitCode;
use stopgate::classify::{classify as classify_text, Classification, Intent};
use stopgate::lint::{lint as lint_text, LintReport};
use stopgate::{Category, Scope};

/// `stopgate classify`.
#[derive(clap::Args)]
pub struct ClassifyArgs {
    /// Read each stdin line as the reply text itself, not as JSON.
    #[arg(long)]
    plain: bool,
}

/// `stopgate lint`.
#[derive(clap::Args)]
pub struct LintArgs {
    /// Category of lines that do not name one: marketing, transactional or confirmation.
    #[arg(long, default_value = "marketing")]
    category: Category,
    /// Read each stdin line as the message text itself, not as JSON.
    #[arg(long)]
    plain: bool,
}

/// The core's `Classification`, field for field, after the input text.
#[derive(Serialize)]
struct Classified<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a Value>,
    text: &'a str,
    intent: Intent,
    scope: Option<Scope>,
    keyword: Option<String>,
    rule: &'static str,
    lang: Option<&'static str>,
    /// As the f32 prints (0.93), not as its f64 widening (0.9300000071525574).
    confidence: f64,
    strict: bool,
    review: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    evidence: Option<String>,
}

impl<'a> Classified<'a> {
    fn new(id: Option<&'a Value>, text: &'a str, classification: Classification) -> Classified<'a> {
        // No `..`: a field added to Classification must be added here too.
        let Classification {
            intent,
            scope,
            keyword,
            rule,
            lang,
            confidence,
            strict,
            review,
            evidence,
            // `stopgate classify` runs without a programs table: never set here.
            program: _,
        } = classification;
        let confidence = confidence
            .to_string()
            .parse()
            .unwrap_or(f64::from(confidence));
        Classified {
            id,
            text,
            intent,
            scope,
            keyword,
            rule,
            lang,
            confidence,
            strict,
            review,
            evidence,
        }
    }
}

#[derive(Serialize)]
struct LineError {
    line: usize,
    error: String,
}

#[derive(Serialize)]
struct Linted<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a Value>,
    text: &'a str,
    category: Category,
    #[serde(flatten)]
    report: LintReport,
}

pub fn classify(args: ClassifyArgs) -> Result<ExitCode, CliError> {
    for_each_line(args.plain, |input| {
        let classification = classify_text(input.text);
        Ok(serde_json::to_string(&Classified::new(
            input.id,
            input.text,
            classification,
        ))?)
    })?;
    Ok(ExitCode::SUCCESS)
}

pub fn lint(args: LintArgs) -> Result<ExitCode, CliError> {
    for_each_line(args.plain, |input| {
        let category = match input.object.and_then(|o| o.get("category")) {
            None | Some(Value::Null) => args.category,
            Some(Value::String(name)) => name.parse::<Category>()?,
            Some(other) => {
                return Err(format!("field `category` is {other}, expected a string").into())
            }
        };
        let report = lint_text(input.text, category);
        Ok(serde_json::to_string(&Linted {
            id: input.id,
            text: input.text,
            category,
            report,
        })?)
    })?;
    Ok(ExitCode::SUCCESS)
}

/// One input line, read.
struct Input<'a> {
    text: &'a str,
    id: Option<&'a Value>,
    object: Option<&'a serde_json::Map<String, Value>>,
}

/// Reads stdin line by line and prints what `each` makes of each line, or an
/// error line for a line it cannot use. Blank lines are skipped in JSON mode;
/// in plain mode they are messages too (an empty reply is still a reply).
fn for_each_line(
    plain: bool,
    each: impl FnMut(Input<'_>) -> Result<String, CliError>,
) -> Result<(), CliError> {
    until_reader_leaves(write_lines(plain, each))
}

/// A closed stdout (`stopgate check < list | head`) ends the run quietly, as it
/// would for any Unix filter; other errors stand.
pub(super) fn until_reader_leaves(result: Result<(), CliError>) -> Result<(), CliError> {
    match result {
        Err(e)
            if e.downcast_ref::<io::Error>()
                .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe) =>
        {
            Ok(())
        }
        other => other,
    }
}

fn write_lines(
    plain: bool,
    mut each: impl FnMut(Input<'_>) -> Result<String, CliError>,
) -> Result<(), CliError> {
    let stdin = io::stdin();
    let mut stdin = stdin.lock();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut buf = Vec::new();
    let mut line_no = 0usize;
    loop {
        buf.clear();
        if stdin.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        line_no += 1;
        let raw = buf.strip_suffix(b"\n").unwrap_or(&buf);
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        let result = match std::str::from_utf8(raw) {
            Err(e) => Err(format!("not UTF-8: {e}").into()),
            Ok(line) if plain => each(Input {
                text: line,
                id: None,
                object: None,
            }),
            Ok(line) if line.trim().is_empty() => continue,
            Ok(line) => from_json(line, &mut each),
        };
        let line = match result {
            Ok(line) => line,
            Err(e) => serde_json::to_string(&LineError {
                line: line_no,
                error: e.to_string(),
            })?,
        };
        writeln!(out, "{line}")?;
    }
    out.flush()?;
    Ok(())
}

fn from_json(
    line: &str,
    each: &mut impl FnMut(Input<'_>) -> Result<String, CliError>,
) -> Result<String, CliError> {
    let value: Value =
        serde_json::from_str(line).map_err(|e| format!("not JSON: {}", json_error(&e)))?;
    let object = value
        .as_object()
        .ok_or("expected a JSON object with a `text` field")?;
    let text = match object.get("text") {
        Some(Value::String(text)) => text.as_str(),
        None | Some(Value::Null) => return Err("no `text` field".into()),
        Some(other) => return Err(format!("field `text` is {other}, expected a string").into()),
    };
    each(Input {
        text,
        id: object.get("id"),
        object: Some(object),
    })
}

/// A serde_json error about one input line, without its "line 1": the caller
/// reports the line of the file.
pub(super) fn json_error(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(at) => format!("{} at column {}", &text[..at], e.column()),
        None => text,
    }
}
