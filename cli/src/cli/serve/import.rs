//! Where the origin's list comes from besides inbound replies: a generated
//! seed of plausible US numbers, a few fixed demo numbers, and CSV or JSON
//! lines imports (the shapes `stopgate build` reads).

use super::store::Entry;
use crate::cli::list;
use std::path::Path;
use stopgate::Scope;

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

/// `count` distinct pseudo-random valid US numbers, the same ones on every
/// run, about one in ten opted out of marketing only. Exchanges are never
/// N11 or 555, so the seed cannot collide with the demo numbers.
pub fn seed(count: u64) -> Vec<Entry> {
    let mut rng = fastrand::Rng::with_seed(0x5709_6A7E);
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    while (out.len() as u64) < count {
        let area = u64::from(AREA_CODES[rng.usize(..AREA_CODES.len())]);
        let exchange = rng.u64(200..1000);
        if exchange % 100 == 11 || exchange == 555 {
            continue;
        }
        let line = rng.u64(..10_000);
        let number = 10000000000 + area * 10_000_000 + exchange * 10_000 + line;
        if !seen.insert(number) {
            continue;
        }
        let scope = if rng.u8(..10) == 0 {
            Scope::Marketing
        } else {
            Scope::All
        };
        let opted_out_at = SEED_FROM + rng.u64(..SEED_SPAN);
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

/// Reads an opt-out list in the shapes `stopgate build` reads
/// ([`crate::cli::list`]), national numbers in `region`; rows without
/// `opted_out_at` are stamped `now`. Any bad row fails the whole import, with
/// its line number, so a file is taken whole or not at all.
pub fn read(path: &Path, region: &str, now: u64) -> Result<Vec<Entry>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    list::parse(path, &text, region)?
        .into_iter()
        .map(|row| match row {
            Ok(row) => Ok(Entry {
                number: row.number,
                scope: row.scope,
                opted_out_at: row.opted_out_at.unwrap_or(now),
                source: "import".into(),
            }),
            Err(bad) => Err(format!("{}: {bad}", path.display())),
        })
        .collect()
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
    fn import_stamps_now_and_fails_whole_on_a_bad_row() {
        let dir = std::env::temp_dir().join(format!("stopgate-import-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("list.csv");
        let two_lines =
            "phone,opted_out_at,note\n+14155550100,,\"two\nlines\"\n+14155550101,2024-01-01,\n";
        std::fs::write(&path, two_lines).unwrap();
        let entries = read(&path, "US", 42).unwrap();
        let got: Vec<_> = entries.iter().map(|e| (e.number, e.opted_out_at)).collect();
        assert_eq!(got, [(14155550100, 42), (14155550101, 1_704_067_200)]);
        assert!(entries.iter().all(|e| e.source == "import"));
        std::fs::write(&path, "phone\n+14155550100\ncall me\n").unwrap();
        let e = read(&path, "US", 42).unwrap_err();
        assert!(
            e.ends_with("list.csv: line 3: phone number \"call me\" contains letters"),
            "{e}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
