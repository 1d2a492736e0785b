//! Where the origin's list comes from besides inbound replies: a generated
//! seed of plausible US numbers, a few fixed demo numbers, and CSV or JSON
//! lines imports (the shapes `stopgate build` reads).

use super::db::Entry;
use std::path::Path;
use stopgate::{phone, Scope};

/// Fixed numbers every fresh database holds, so demos and tests have known
/// cases. `+1 415 555 0199` is deliberately *not* opted out.
pub const DEMO: &[(u64, Scope)] = &[
    (14155550100, Scope::All),
    (14155550101, Scope::Marketing),
    (14155550102, Scope::All),
];

/// Opt-out times in the seed fall between these (2024-01-01 and 2026-01-01 UTC).
const SEED_FROM: u64 = 1_704_067_200;
const SEED_SPAN: u64 = 63_158_400;

/// Real US area codes, so seeded numbers look like what people type.
const AREA_CODES: &[u16] = &[
    201, 202, 206, 212, 213, 214, 215, 216, 217, 303, 305, 310, 312, 313, 314, 404, 407, 408, 410,
    412, 415, 469, 503, 504, 510, 512, 602, 612, 614, 617, 619, 646, 650, 702, 704, 713, 718, 720,
    773, 801, 808, 813, 817, 832, 858, 901, 904, 916, 917, 919,
];

/// splitmix64: a tiny deterministic generator, good enough for a seed list.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// `count` distinct pseudo-random valid US numbers, the same ones on every
/// run, about one in ten opted out of marketing only. Exchanges are never
/// N11 or 555, so the seed cannot collide with the demo numbers.
pub fn seed(count: u64) -> Vec<Entry> {
    let mut rng = SplitMix(0x5709_6A7E);
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    while (out.len() as u64) < count {
        let area = u64::from(AREA_CODES[rng.below(AREA_CODES.len() as u64) as usize]);
        let exchange = 200 + rng.below(800);
        if exchange % 100 == 11 || exchange == 555 {
            continue;
        }
        let line = rng.below(10_000);
        let number = 10000000000 + area * 10_000_000 + exchange * 10_000 + line;
        if !seen.insert(number) {
            continue;
        }
        let scope = if rng.below(10) == 0 {
            Scope::Marketing
        } else {
            Scope::All
        };
        let opted_out_at = SEED_FROM + rng.below(SEED_SPAN);
        out.push(Entry {
            number,
            scope,
            opted_out_at,
            source: "seed".into(),
        });
    }
    out
}

/// The demo numbers as entries.
pub fn demo(now: u64) -> Vec<Entry> {
    DEMO.iter()
        .map(|&(number, scope)| Entry {
            number,
            scope,
            opted_out_at: now,
            source: "demo".into(),
        })
        .collect()
}

/// Reads a CSV (header with `phone`, optional `scope`, `opted_out_at`) or
/// JSON lines (`{"phone": ..., "scope": ..., "opted_out_at": ...}`) file, the
/// shapes `stopgate build` reads: `.jsonl`/`.ndjson` or a first `{` means
/// JSON lines; `opted_out_at` is Unix seconds or an RFC 3339 date or
/// date-time. National numbers are read in `region`. Any bad line fails the
/// whole import, with its line number, so a file is taken whole or not at all.
pub fn read(path: &Path, region: &str, now: u64) -> Result<Vec<Entry>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let json_lines = match ext.as_deref() {
        Some("jsonl" | "ndjson") => true,
        Some("csv") => false,
        _ => text.trim_start().starts_with('{'),
    };
    let result = if json_lines {
        read_jsonl(&text, region, now)
    } else {
        read_csv(&text, region, now)
    };
    result.map_err(|e| format!("{}: {e}", path.display()))
}

fn entry(
    phone_text: &str,
    scope: Option<&str>,
    at: Option<&str>,
    region: &str,
    now: u64,
) -> Result<Entry, String> {
    let number =
        phone::parse(phone_text, region).map_err(|e| format!("phone {phone_text:?}: {e}"))?;
    let scope: Scope = scope.unwrap_or("").parse().map_err(|e| format!("{e}"))?;
    let opted_out_at = match at.map(str::trim).filter(|a| !a.is_empty()) {
        None => now,
        Some(a) => unix_seconds(a).ok_or_else(|| {
            format!("opted_out_at {a:?} is neither Unix seconds nor an RFC 3339 date")
        })?,
    };
    Ok(Entry {
        number: number.as_u64(),
        scope,
        opted_out_at,
        source: "import".into(),
    })
}

fn read_jsonl(text: &str, region: &str, now: u64) -> Result<Vec<Entry>, String> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let at = |msg: String| format!("line {}: {msg}", i + 1);
        let value: serde_json::Value =
            serde_json::from_str(line).map_err(|e| at(format!("not JSON: {e}")))?;
        let serde_json::Value::Object(map) = value else {
            return Err(at("expected a JSON object with a `phone` field".into()));
        };
        // Strings, or numbers written as JSON numbers.
        let field = |name: &str| match map.get(name) {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(serde_json::Value::String(s)) => Ok(Some(s.clone())),
            Some(serde_json::Value::Number(n)) => Ok(Some(n.to_string())),
            Some(other) => Err(at(format!("field `{name}` is {other}, expected a string"))),
        };
        let phone = field("phone")?.ok_or_else(|| at("no `phone` field".into()))?;
        let (scope, when) = (field("scope")?, field("opted_out_at")?);
        out.push(entry(&phone, scope.as_deref(), when.as_deref(), region, now).map_err(at)?);
    }
    Ok(out)
}

/// Splits one CSV line, honouring double quotes (`""` inside quotes is a quote).
/// Quoted fields spanning lines are not supported.
fn csv_fields(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(std::mem::take(&mut field)),
            (c, _) => field.push(c),
        }
    }
    fields.push(field);
    fields.into_iter().map(|f| f.trim().to_string()).collect()
}

fn read_csv(text: &str, region: &str, now: u64) -> Result<Vec<Entry>, String> {
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty());
    let (_, header) = lines
        .next()
        .ok_or("the file is empty: expected a header row")?;
    let header: Vec<String> = csv_fields(header.trim_start_matches('\u{feff}'))
        .iter()
        .map(|h| h.to_ascii_lowercase())
        .collect();
    let col = |name: &str| header.iter().position(|h| h == name);
    let phone_col = col("phone").ok_or("the CSV header has no `phone` column")?;
    let (scope_col, at_col) = (col("scope"), col("opted_out_at"));
    let mut out = Vec::new();
    for (i, line) in lines {
        let at = |msg: String| format!("line {}: {msg}", i + 1);
        let fields = csv_fields(line);
        let get = |c: Option<usize>| {
            c.and_then(|c| fields.get(c))
                .map(String::as_str)
                .filter(|s| !s.is_empty())
        };
        let phone = get(Some(phone_col)).ok_or_else(|| at("no phone number".into()))?;
        out.push(entry(phone, get(scope_col), get(at_col), region, now).map_err(at)?);
    }
    Ok(out)
}

/// Unix seconds from digits, an RFC 3339 date (`2024-05-01`, midnight UTC) or
/// date-time (`2024-05-01T12:00:00Z`, `...+02:00`, fractions ignored).
fn unix_seconds(text: &str) -> Option<u64> {
    if text.bytes().all(|b| b.is_ascii_digit()) {
        return text.parse().ok();
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
        let mut rest = &text[19..];
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

    #[test]
    fn seed_is_deterministic_distinct_and_avoids_demo() {
        let a = seed(500);
        assert_eq!(a, seed(500));
        let mut numbers: Vec<u64> = a.iter().map(|e| e.number).collect();
        numbers.sort_unstable();
        numbers.dedup();
        assert_eq!(numbers.len(), 500);
        for n in numbers {
            assert!((12000000000..20_000_000_000).contains(&n), "{n}");
            assert_ne!((n / 10_000) % 1000, 555);
        }
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
        for bad in [
            "",
            "2024-13-01",
            "2024-01-01T25:00:00Z",
            "2024-01-01T10:00:00",
            "yesterday",
            "1e9",
        ] {
            assert_eq!(unix_seconds(bad), None, "{bad}");
        }
    }

    #[test]
    fn csv_quotes() {
        assert_eq!(
            csv_fields(r#""+1 (415) 555-0100", all ,"a ""b""""#),
            vec!["+1 (415) 555-0100", "all", r#"a "b""#]
        );
    }
}
