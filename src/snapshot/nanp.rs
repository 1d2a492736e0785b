//! The dense key space for North American numbers: a valid NANP number `1 NPA NXX XXXX`
//! (NPA and NXX in 200..=999 except the N11 service codes) maps, in order, onto
//! `0 .. 792 * 792 * 10^4`, which is 1.28x denser than the ten-digit range the E.164 integers
//! spread over. The exact set stores these keys; every other number is an outlier, stored
//! as itself in its own small section.

/// Valid codes per NPA or NXX position: 200..=999 minus 211, 311, ..., 911.
const CODES: u64 = 792;
/// Keys in the dense space.
pub(crate) const DENSE_KEYS: u64 = CODES * CODES * 10_000;

/// The index of a three-digit NPA/NXX code, when it is a valid one: each hundred 2xx..9xx
/// holds 99 valid codes (all but x11).
#[inline]
fn code_index(code: u64) -> Option<u64> {
    let (hundred, rest) = (code / 100, code % 100);
    if !(2..=9).contains(&hundred) || rest == 11 {
        return None;
    }
    Some((hundred - 2) * 99 + if rest < 11 { rest } else { rest - 1 })
}

/// Inverse of `code_index` (`index` < 792).
#[inline]
fn code_at(index: u64) -> u64 {
    let (hundred, rest) = (2 + index / 99, index % 99);
    hundred * 100 + if rest < 11 { rest } else { rest + 1 }
}

/// The dense key of `number`, if it is a valid NANP number.
#[inline]
pub(crate) fn key(number: u64) -> Option<u64> {
    let national = number.checked_sub(10_000_000_000).filter(|&n| n < 10_000_000_000)?;
    let npa = code_index(national / 10_000_000)?;
    let nxx = code_index(national / 10_000 % 1000)?;
    Some((npa * CODES + nxx) * 10_000 + national % 10_000)
}

/// The number a dense key stands for (`key` < `DENSE_KEYS`).
#[inline]
pub(crate) fn number(key: u64) -> u64 {
    let line = key % 10_000;
    let pair = key / 10_000;
    let (npa, nxx) = (code_at(pair / CODES), code_at(pair % CODES));
    10_000_000_000 + npa * 10_000_000 + nxx * 10_000 + line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_skip_n11() {
        let valid: Vec<u64> = (200..=999).filter(|c| c % 100 != 11).collect();
        assert_eq!(valid.len() as u64, CODES);
        for (i, &c) in valid.iter().enumerate() {
            assert_eq!(code_index(c), Some(i as u64), "{c}");
            assert_eq!(code_at(i as u64), c, "{i}");
        }
        for bad in [0, 199, 211, 311, 911, 1000] {
            assert_eq!(code_index(bad), None);
        }
    }

    #[test]
    fn keys_are_dense_ordered_and_invertible() {
        assert_eq!(key(12002000000), Some(0));
        assert_eq!(key(19999999999), Some(DENSE_KEYS - 1));
        let samples = [12102129999u64, 12122100000, 12125550100, 12129100000, 14155552671, 16465550000, 19999990000];
        let mut last = None;
        for &n in &samples {
            let k = key(n).unwrap();
            assert!(k < DENSE_KEYS);
            assert_eq!(number(k), n);
            assert!(last < Some(k));
            last = Some(k);
        }
        for outlier in [0, 1, 12125550, 11995550100, 12115550100, 12129110000, 100_000_000_000, 20000000000, 447911123456, u64::MAX] {
            assert_eq!(key(outlier), None, "{outlier}");
        }
    }
}
