//! Where the origin's list comes from besides inbound replies: a generated
//! seed of plausible US numbers, a few fixed demo numbers, and CSV or JSON
//! lines imports (the shapes `stopgate build` reads).

use super::db::Entry;
use std::path::Path;
use stopgate::{phone, Scope};

/// Fixed numbers every fresh database holds, so demos and tests have known
/// cases. `+1 415 555 0199` is deliberately *not* opted out.
pub const DEMO: &[(u64, Scope)] = &[
    (1_415_555_0100, Scope::All),
    (1_415_555_0101, Scope::Marketing),
    (1_415_555_0102, Scope::All),
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
        let number = 10_000_000_000 + area * 10_000_000 + exchange * 10_000 + line;
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
/// JSON lines (`{"phone": ..., "scope": ..., "opted_out_at": ...}`) file.
/// National numbers are read in `region`. Any bad line fails the whole
/// import, with its line number, so a file is taken whole or not at all.
pub fn read(path: &Path, region: &str, now: u64) -> Result<Vec<Entry>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let first = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    let result = if first.starts_with('{') || first.starts_with('"') {
        read_jsonl(&text, region, now)
    } else {
        read_csv(&text, region, now)
    };
    result.map_err(|e| format!("{}: {e}", path.display()))
}

fn entry(
    phone_text: &str,
    scope: Option<&str>,
    at: Option<u64>,
    region: &str,
    now: u64,
) -> Result<Entry, String> {
    let number =
        phone::parse(phone_text, region).map_err(|e| format!("phone {phone_text:?}: {e}"))?;
    let scope: Scope = scope.unwrap_or("").parse().map_err(|e| format!("{e}"))?;
    Ok(Entry {
        number: number.as_u64(),
        scope,
        opted_out_at: at.unwrap_or(now),
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
            serde_json::from_str(line).map_err(|e| at(format!("bad JSON: {e}")))?;
        let e = match &value {
            serde_json::Value::String(p) => entry(p, None, None, region, now),
            serde_json::Value::Object(map) => {
                let phone = map
                    .get("phone")
                    .and_then(|v| v.as_str())
                    .ok_or_else(|| at("missing string field `phone`".into()))?;
                let scope = match map.get("scope") {
                    None | Some(serde_json::Value::Null) => None,
                    Some(serde_json::Value::String(s)) => Some(s.as_str()),
                    Some(_) => return Err(at("field `scope` must be a string".into())),
                };
                let when =
                    match map.get("opted_out_at") {
                        None | Some(serde_json::Value::Null) => None,
                        Some(v) => Some(v.as_u64().ok_or_else(|| {
                            at("field `opted_out_at` must be Unix seconds".into())
                        })?),
                    };
                entry(phone, scope, when, region, now)
            }
            _ => return Err(at("expected an object or a string".into())),
        };
        out.push(e.map_err(at)?);
    }
    Ok(out)
}

/// Splits one CSV line, honouring double quotes (`""` inside quotes is a quote).
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
    let (_, header) = lines.next().ok_or("empty file")?;
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
        let phone = get(Some(phone_col)).ok_or_else(|| at("empty `phone`".into()))?;
        let when = match get(at_col) {
            Some(s) => Some(
                s.parse::<u64>()
                    .map_err(|_| at(format!("`opted_out_at` {s:?} is not Unix seconds")))?,
            ),
            None => None,
        };
        out.push(entry(phone, get(scope_col), when, region, now).map_err(at)?);
    }
    Ok(out)
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
            assert!((12_000_000_000..20_000_000_000).contains(&n), "{n}");
            assert_ne!((n / 10_000) % 1000, 555);
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
