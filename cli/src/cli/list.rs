//! Opt-out list files: the one reader behind `stopgate build`, `delta` and
//! `serve --import`.
//!
//! A list is CSV with a header row or JSON lines, with the same fields in
//! both: `phone` (required; a string, or a JSON number of digits), `scope`
//! (`all` or `marketing`; empty or missing means `all`) and `opted_out_at`
//! (Unix seconds, at most 12 digits so milliseconds are caught, or an
//! RFC 3339 date or date-time). Other columns and fields are ignored.
//! `.jsonl`/`.ndjson` files are JSON lines, `.csv` files are CSV, and any
//! other file is JSON lines when it starts with `{`. A leading byte-order
//! mark is dropped. CSV follows RFC 4180: fields may be double-quoted and
//! then hold commas, `""` and newlines.
//!
//! Every row comes back on its own, good or bad, with the line it starts on;
//! only a file that cannot be read as a whole (no header, no `phone` column,
//! an unclosed quote) is an error. What a bad row means, and what a missing
//! `opted_out_at` means, is for the caller: `build` reports bad rows and may
//! skip them, `serve --import` refuses the file. Duplicates are left in.

use serde_json::Value;
use std::fmt;
use std::path::Path;
use stopgate::{phone, Scope};

/// A good row.
#[derive(Debug, PartialEq)]
pub struct Row {
    /// Line (1-based) the row starts on.
    pub line: usize,
    /// E.164 digits as an integer.
    pub number: u64,
    pub scope: Scope,
    /// Unix seconds, when the row gives a time.
    pub opted_out_at: Option<u64>,
}

/// A row that cannot be read, and why.
#[derive(Debug, PartialEq)]
pub struct BadRow {
    /// Line (1-based) the row starts on.
    pub line: usize,
    pub reason: String,
}

impl fmt::Display for BadRow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

/// Reads the list in `text`, which came from `path` (its extension picks the
/// format; it also prefixes whole-file errors). National numbers are read in
/// `region`. Rows come back in file order, blank lines skipped.
pub fn parse(path: &Path, text: &str, region: &str) -> Result<Vec<Result<Row, BadRow>>, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let fields = if is_json_lines(path, text) {
        json_rows(text)
    } else {
        csv_rows(text).map_err(|e| format!("{}: {e}", path.display()))?
    };
    Ok(fields
        .into_iter()
        .map(|f| f.and_then(|f| check(f, region)))
        .collect())
}

/// One data row's fields by name, as written.
struct Fields {
    line: usize,
    phone: Option<String>,
    scope: Option<String>,
    opted_out_at: Option<String>,
}

fn check(fields: Fields, region: &str) -> Result<Row, BadRow> {
    let bad = |reason: String| BadRow {
        line: fields.line,
        reason,
    };
    let phone = fields
        .phone
        .as_deref()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .ok_or_else(|| bad("no phone number".into()))?;
    let number = phone::parse(phone, region).map_err(|e| bad(e.to_string()))?;
    let scope = match fields.scope.as_deref() {
        None => Scope::All,
        Some(s) => s.parse::<Scope>().map_err(|e| bad(e.to_string()))?,
    };
    let opted_out_at = match fields.opted_out_at.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(at) => Some(unix_seconds(at).ok_or_else(|| {
            bad(format!(
                "opted_out_at {at:?} is neither Unix seconds nor an RFC 3339 date"
            ))
        })?),
    };
    Ok(Row {
        line: fields.line,
        number: number.as_u64(),
        scope,
        opted_out_at,
    })
}

fn is_json_lines(path: &Path, text: &str) -> bool {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("jsonl" | "ndjson") => true,
        Some("csv") => false,
        _ => text.trim_start().starts_with('{'),
    }
}

fn json_rows(text: &str) -> Vec<Result<Fields, BadRow>> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| {
            json_fields(i + 1, line).map_err(|reason| BadRow {
                line: i + 1,
                reason,
            })
        })
        .collect()
}

fn json_fields(line: usize, text: &str) -> Result<Fields, String> {
    let object = match serde_json::from_str(text) {
        Err(e) => return Err(format!("not JSON: {}", super::text_cmds::json_error(&e))),
        Ok(Value::Object(object)) => object,
        Ok(_) => return Err("expected a JSON object with a `phone` field".into()),
    };
    // Strings, or numbers written as JSON numbers.
    let field = |name: &str| match object.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(Value::Number(n)) => Ok(Some(n.to_string())),
        Some(other) => Err(format!("field `{name}` is {other}, expected a string")),
    };
    Ok(Fields {
        line,
        phone: field("phone")?,
        scope: field("scope")?,
        opted_out_at: field("opted_out_at")?,
    })
}

/// The header names the columns; `phone` is required.
fn csv_rows(text: &str) -> Result<Vec<Result<Fields, BadRow>>, String> {
    let mut records = csv_records(text)?.into_iter();
    let (header_line, header) = records
        .next()
        .ok_or("the file is empty: expected a header row with a `phone` column")?;
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    let phone = column("phone").ok_or_else(|| {
        format!(
            "line {header_line}: no `phone` column in the header (columns: {})",
            header.join(", ")
        )
    })?;
    let (scope, at) = (column("scope"), column("opted_out_at"));
    let get = |fields: &[String], i: Option<usize>| i.and_then(|i| fields.get(i)).cloned();
    Ok(records
        .map(|(line, fields)| {
            // More fields than names means a comma crept in and shifted the row.
            if fields.len() > header.len() {
                return Err(BadRow {
                    line,
                    reason: format!("{} fields, the header has {}", fields.len(), header.len()),
                });
            }
            Ok(Fields {
                line,
                phone: get(&fields, Some(phone)),
                scope: get(&fields, scope),
                opted_out_at: get(&fields, at),
            })
        })
        .collect())
}

/// RFC 4180 records with the line each starts on; blank lines are skipped.
/// A quote opens a quoted field only at the start of a field (after any
/// spaces); elsewhere it is an ordinary character.
fn csv_records(text: &str) -> Result<Vec<(usize, Vec<String>)>, String> {
    let mut records = Vec::new();
    let mut chars = text.chars().peekable();
    let mut line = 1;
    while chars.peek().is_some() {
        let start = line;
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut quoted_field = false;
        loop {
            match chars.next() {
                None => break,
                Some('\n') => {
                    line += 1;
                    break;
                }
                Some('\r') if chars.peek() == Some(&'\n') => {}
                Some(',') => {
                    fields.push(std::mem::take(&mut field));
                    quoted_field = false;
                }
                Some('"') if field.trim().is_empty() && !quoted_field => {
                    field.clear();
                    quoted_field = true;
                    loop {
                        match chars.next() {
                            None => {
                                return Err(format!("line {start}: a quoted field is never closed"))
                            }
                            Some('"') if chars.peek() == Some(&'"') => {
                                chars.next();
                                field.push('"');
                            }
                            Some('"') => break,
                            Some(c) => {
                                if c == '\n' {
                                    line += 1;
                                }
                                field.push(c);
                            }
                        }
                    }
                }
                Some(c) => field.push(c),
            }
        }
        fields.push(field);
        let blank = fields.len() == 1 && fields[0].trim().is_empty() && !quoted_field;
        if !blank {
            records.push((start, fields));
        }
    }
    Ok(records)
}

/// Unix seconds from up to 12 digits, an RFC 3339 date (`2024-05-01`, midnight
/// UTC) or date-time (`2024-05-01T12:00:00Z`, `...+02:00`, fractions ignored).
/// Times before 1970 are refused.
fn unix_seconds(text: &str) -> Option<u64> {
    if text.bytes().all(|b| b.is_ascii_digit()) {
        return if text.len() <= 12 {
            text.parse().ok()
        } else {
            None
        };
    }
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let s = text.get(r)?;
        s.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| s.parse().ok())?
    };
    let b = text.as_bytes();
    if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Days from 1970-01-01 to y-m-d (Howard Hinnant's days_from_civil).
    let y2 = if m <= 2 { y - 1 } else { y };
    let era = y2.div_euclid(400);
    let yoe = y2 - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    let mut secs = days * 86_400;
    if b.len() > 10 {
        if !matches!(b[10], b'T' | b't' | b' ')
            || b.get(13) != Some(&b':')
            || b.get(16) != Some(&b':')
        {
            return None;
        }
        let (hh, mm, ss) = (num(11..13)?, num(14..16)?, num(17..19)?);
        if hh > 23 || mm > 59 || ss > 60 {
            return None;
        }
        secs += hh * 3600 + mm * 60 + ss;
        let mut rest = text.get(19..)?;
        if let Some(frac) = rest.strip_prefix('.') {
            let digits = frac.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 0 {
                return None;
            }
            rest = &frac[digits..];
        }
        match rest.as_bytes() {
            b"Z" | b"z" => {}
            [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
                let two = |a: u8, b: u8| -> Option<i64> {
                    (a.is_ascii_digit() && b.is_ascii_digit())
                        .then(|| i64::from(a - b'0') * 10 + i64::from(b - b'0'))
                };
                let offset = two(*h1, *h2)? * 3600 + two(*m1, *m2)? * 60;
                secs += if *sign == b'+' { -offset } else { offset };
            }
            _ => return None,
        }
    }
    u64::try_from(secs).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(text: &str) -> Vec<(usize, Vec<&'static str>)> {
        csv_records(text)
            .unwrap()
            .into_iter()
            .map(|(line, f)| (line, f.into_iter().map(|s| &*s.leak()).collect()))
            .collect()
    }

    #[test]
    fn csv_quoting_and_line_numbers() {
        assert_eq!(
            fields("a,b\r\n1,2\r\n"),
            [(1, vec!["a", "b"]), (2, vec!["1", "2"])]
        );
        assert_eq!(fields("a\n\n\"x,y\"\n"), [(1, vec!["a"]), (3, vec!["x,y"])]);
        assert_eq!(
            fields("\"say \"\"stop\"\"\",2\n"),
            [(1, vec!["say \"stop\"", "2"])]
        );
        assert_eq!(
            fields("\"two\nlines\",x\nnext\n"),
            [(1, vec!["two\nlines", "x"]), (3, vec!["next"])]
        );
        assert_eq!(fields("a,,\n"), [(1, vec!["a", "", ""])]);
        assert_eq!(fields("\"\"\n"), [(1, vec![""])]);
        assert_eq!(fields("last,no newline"), [(1, vec!["last", "no newline"])]);
        assert!(csv_records("a\n\"open,b\n").unwrap_err().contains("line 2"));
    }

    #[test]
    fn csv_quotes() {
        // Fields are used trimmed; quotes keep what they hold.
        let (_, record) = &fields(r#""+1 (415) 555-0100", all ,"a ""b""""#)[0];
        let trimmed: Vec<&str> = record.iter().map(|f| f.trim()).collect();
        assert_eq!(trimmed, vec!["+1 (415) 555-0100", "all", r#"a "b""#]);
    }

    #[test]
    fn times() {
        assert_eq!(unix_seconds("1700000000"), Some(1_700_000_000));
        assert_eq!(unix_seconds("2024-01-01"), Some(1_704_067_200));
        assert_eq!(unix_seconds("2024-02-29T12:30:00Z"), Some(1_709_209_800));
        assert_eq!(
            unix_seconds("2024-02-29T14:30:00.250+02:00"),
            Some(1_709_209_800)
        );
        assert_eq!(unix_seconds("1970-01-01T00:00:00-01:00"), Some(3600));
        assert_eq!(unix_seconds("999999999999"), Some(999_999_999_999));
        for bad in [
            "",
            "2024-13-01",
            "2024-01-01T25:00:00Z",
            "2024-01-01T10:00:00",
            "yesterday",
            "1e9",
            "1714560000000",
        ] {
            assert_eq!(unix_seconds(bad), None, "{bad}");
        }
    }

    #[test]
    fn timestamps() {
        for ok in [
            "0",
            "1714560000",
            "2024-05-01",
            "2024-05-01T12:00:00Z",
            "2024-05-01 12:00:00.123+02:00",
            "2024-12-31t23:59:59-05:00",
        ] {
            assert!(unix_seconds(ok).is_some(), "{ok}");
        }
        for bad in [
            "",
            "yesterday",
            "-1",
            "2024-13-01",
            "2024-05-00",
            "2024-05-01T12:00",
            "2024-05-01T12:00:00",
            "2024-05-01T12:00:00+2",
            "1e9",
            "２０２４-05-01",
        ] {
            assert!(unix_seconds(bad).is_none(), "{bad}");
        }
    }

    fn read(name: &str, text: &str) -> Vec<Result<Row, BadRow>> {
        parse(Path::new(name), text, "US").unwrap()
    }

    fn row(
        line: usize,
        number: u64,
        scope: Scope,
        opted_out_at: Option<u64>,
    ) -> Result<Row, BadRow> {
        Ok(Row {
            line,
            number,
            scope,
            opted_out_at,
        })
    }

    fn bad(line: usize, reason: &str) -> Result<Row, BadRow> {
        Err(BadRow {
            line,
            reason: reason.into(),
        })
    }

    #[test]
    fn csv_rows_with_a_bom_and_a_note_over_two_lines() {
        let text = "\u{feff}Phone, Scope ,opted_out_at,note\n\
                    \"(212) 736-0199\",marketing,2024-01-01,\"said\nstop\"\n\
                    +1 415 555 0199,,,\n\
                    call me,all,,\n\
                    +1 415 555 0100,all,1700000000,x,y\n";
        assert_eq!(
            read("list.csv", text),
            [
                row(2, 12127360199, Scope::Marketing, Some(1_704_067_200)),
                row(4, 14155550199, Scope::All, None),
                bad(5, "phone number \"call me\" contains letters"),
                bad(6, "5 fields, the header has 4"),
            ]
        );
    }

    #[test]
    fn json_rows_by_extension_or_first_character() {
        let text = "{\"phone\": 12127360100, \"opted_out_at\": 1700000000}\n\n\
                    {\"phone\": \"(646) 872-0100\", \"scope\": \"marketing\", \"opted_out_at\": \"2024-05-01\"}\n\
                    {\"scope\": \"all\"}\n\
                    {\"phone\": true}\n\
                    [1]\n\
                    {\"phone\": \"+14155550100\", \"opted_out_at\": \"yesterday\"}\n";
        for name in ["list.jsonl", "list.NDJSON", "list.txt", "list"] {
            assert_eq!(
                read(name, text),
                [
                    row(1, 12127360100, Scope::All, Some(1_700_000_000)),
                    row(3, 16468720100, Scope::Marketing, Some(1_714_521_600)),
                    bad(4, "no phone number"),
                    bad(5, "field `phone` is true, expected a string"),
                    bad(6, "expected a JSON object with a `phone` field"),
                    bad(
                        7,
                        "opted_out_at \"yesterday\" is neither Unix seconds nor an RFC 3339 date"
                    ),
                ],
                "{name}"
            );
        }
        // A `.csv` name wins over a first `{`.
        assert!(parse(Path::new("list.csv"), text, "US")
            .unwrap_err()
            .contains("no `phone` column"));
    }

    #[test]
    fn files_that_cannot_be_read_as_a_whole() {
        for (text, error) in [
            ("", "x.csv: the file is empty"),
            ("\n\n", "x.csv: the file is empty"),
            (
                "number\n1\n",
                "x.csv: line 1: no `phone` column in the header (columns: number)",
            ),
            (
                "phone\n\"+14155550100\n",
                "x.csv: line 2: a quoted field is never closed",
            ),
        ] {
            let e = parse(Path::new("x.csv"), text, "US").unwrap_err();
            assert!(e.starts_with(error), "{text:?}: {e}");
        }
    }
}
