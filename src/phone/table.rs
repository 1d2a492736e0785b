//! The numbering facts `phone` needs, written by hand from the ITU-T E.164
//! assignment list and national numbering plans.
//!
//! Two tables, kept small on purpose (this ships in the wasm build):
//!
//! - [`CALLING_CODES`]: every assigned country calling code, to validate
//!   `+...` input. ITU assigns them prefix-free (no code is a prefix of
//!   another), so the longest 1–3 digit prefix found here is the code.
//! - [`REGIONS`]: per-region rules for reading national input: trunk prefix,
//!   international (IDD) prefixes and the length range of the national
//!   significant number (NSN: the digits after the country code). Ranges are
//!   the union of the lengths in use (fixed, mobile, freephone), not a check
//!   of number blocks; a number of the right length in an unused block passes.
//!
//! Codes reserved but not in service (379 Vatican, 388, 991, 999) are left out.

/// Every assigned country calling code, ascending, grouped by world zone.
#[rustfmt::skip]
pub(crate) const CALLING_CODES: &[u16] = &[
    1, 7, 20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49, 51, 52, 53, 54,
    55, 56, 57, 58, 60, 61, 62, 63, 64, 65, 66, 81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98,
    // Africa
    211, 212, 213, 216, 218, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233,
    234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252,
    253, 254, 255, 256, 257, 258, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 290, 291, 297,
    298, 299,
    // Europe
    350, 351, 352, 353, 354, 355, 356, 357, 358, 359, 370, 371, 372, 373, 374, 375, 376, 377, 378,
    380, 381, 382, 383, 385, 386, 387, 389, 420, 421, 423,
    // Americas
    500, 501, 502, 503, 504, 505, 506, 507, 508, 509, 590, 591, 592, 593, 594, 595, 596, 597, 598,
    599,
    // Oceania and South-East Asia
    670, 672, 673, 674, 675, 676, 677, 678, 679, 680, 681, 682, 683, 685, 686, 687, 688, 689, 690,
    691, 692,
    // East Asia and global services (800 freephone, 808 shared cost, 870 Inmarsat,
    // 878 UPT, 881 satellite, 882/883 international networks, 888 OCHA)
    800, 808, 850, 852, 853, 855, 856, 870, 878, 880, 881, 882, 883, 886, 888,
    // Middle East and Central Asia (979 international premium rate)
    960, 961, 962, 963, 964, 965, 966, 967, 968, 970, 971, 972, 973, 974, 975, 976, 977, 979, 992,
    993, 994, 995, 996, 998,
];

/// How national numbers are written in one region.
#[derive(Debug)]
pub(crate) struct Region {
    /// ISO 3166 alpha-2, uppercase.
    pub code: &'static str,
    /// Country calling code.
    pub calling_code: u16,
    /// Digits dialled before a national number inside the country ("" if none:
    /// Italy keeps its leading 0 as part of the number).
    pub trunk: &'static str,
    /// International call prefixes besides "00", which is read everywhere.
    pub idd: &'static [&'static str],
    /// Shortest and longest national significant number.
    pub nsn: (u8, u8),
}

const fn r(
    code: &'static str,
    calling_code: u16,
    trunk: &'static str,
    idd: &'static [&'static str],
    min: u8,
    max: u8,
) -> Region {
    Region { code, calling_code, trunk, idd, nsn: (min, max) }
}

const NANP_IDD: &[&str] = &["011"];
const NONE: &[&str] = &[];

/// National rules for common regions, grouped by calling code.
pub(crate) const REGIONS: &[Region] = &[
    // North American Numbering Plan: trunk 1, ten digits, IDD 011.
    r("US", 1, "1", NANP_IDD, 10, 10),
    r("CA", 1, "1", NANP_IDD, 10, 10),
    r("PR", 1, "1", NANP_IDD, 10, 10),
    r("VI", 1, "1", NANP_IDD, 10, 10),
    r("GU", 1, "1", NANP_IDD, 10, 10),
    r("AS", 1, "1", NANP_IDD, 10, 10),
    r("MP", 1, "1", NANP_IDD, 10, 10),
    r("AG", 1, "1", NANP_IDD, 10, 10),
    r("AI", 1, "1", NANP_IDD, 10, 10),
    r("BB", 1, "1", NANP_IDD, 10, 10),
    r("BM", 1, "1", NANP_IDD, 10, 10),
    r("BS", 1, "1", NANP_IDD, 10, 10),
    r("DM", 1, "1", NANP_IDD, 10, 10),
    r("DO", 1, "1", NANP_IDD, 10, 10),
    r("GD", 1, "1", NANP_IDD, 10, 10),
    r("JM", 1, "1", NANP_IDD, 10, 10),
    r("KN", 1, "1", NANP_IDD, 10, 10),
    r("KY", 1, "1", NANP_IDD, 10, 10),
    r("LC", 1, "1", NANP_IDD, 10, 10),
    r("MS", 1, "1", NANP_IDD, 10, 10),
    r("SX", 1, "1", NANP_IDD, 10, 10),
    r("TC", 1, "1", NANP_IDD, 10, 10),
    r("TT", 1, "1", NANP_IDD, 10, 10),
    r("VC", 1, "1", NANP_IDD, 10, 10),
    r("VG", 1, "1", NANP_IDD, 10, 10),
    // Russia and Kazakhstan share +7; trunk 8, IDD 8~10.
    r("RU", 7, "8", &["810"], 10, 10),
    r("KZ", 7, "8", &["810"], 10, 10),
    r("EG", 20, "0", NONE, 8, 10),
    r("ZA", 27, "0", NONE, 9, 9),
    r("GR", 30, "", NONE, 10, 10),
    r("NL", 31, "0", NONE, 7, 11),
    r("BE", 32, "0", NONE, 8, 9),
    r("FR", 33, "0", NONE, 9, 9),
    r("ES", 34, "", NONE, 9, 9),
    r("HU", 36, "06", NONE, 8, 9),
    r("IT", 39, "", NONE, 6, 11),
    r("RO", 40, "0", NONE, 9, 9),
    r("CH", 41, "0", NONE, 9, 9),
    r("AT", 43, "0", NONE, 4, 13),
    r("GB", 44, "0", NONE, 7, 10),
    r("GG", 44, "0", NONE, 10, 10),
    r("JE", 44, "0", NONE, 10, 10),
    r("IM", 44, "0", NONE, 10, 10),
    r("DK", 45, "", NONE, 8, 8),
    r("SE", 46, "0", NONE, 7, 10),
    r("NO", 47, "", NONE, 8, 8),
    r("PL", 48, "", NONE, 9, 9),
    r("DE", 49, "0", NONE, 5, 13),
    r("PE", 51, "0", NONE, 8, 9),
    // Mexico dropped its trunk prefixes (01, 044, 045) in 2019.
    r("MX", 52, "", NONE, 10, 10),
    r("AR", 54, "0", NONE, 10, 11),
    r("BR", 55, "0", &["0014", "0015", "0021", "0023", "0031", "0041", "0043"], 10, 11),
    r("CL", 56, "", NONE, 9, 9),
    r("CO", 57, "0", &["009", "007", "005"], 10, 10),
    r("VE", 58, "0", NONE, 10, 10),
    r("MY", 60, "0", NONE, 8, 10),
    r("AU", 61, "0", &["0011"], 9, 9),
    r("ID", 62, "0", &["001", "007"], 8, 12),
    r("PH", 63, "0", NONE, 8, 10),
    r("NZ", 64, "0", NONE, 8, 10),
    r("SG", 65, "", &["001", "008"], 8, 8),
    r("TH", 66, "0", &["001"], 8, 9),
    r("JP", 81, "0", &["010"], 9, 10),
    r("KR", 82, "0", &["001", "002"], 8, 10),
    r("VN", 84, "0", NONE, 9, 10),
    r("CN", 86, "0", NONE, 7, 11),
    r("TR", 90, "0", NONE, 10, 10),
    r("IN", 91, "0", NONE, 10, 10),
    r("PK", 92, "0", NONE, 8, 11),
    r("LK", 94, "0", NONE, 9, 9),
    r("MA", 212, "0", NONE, 9, 9),
    r("DZ", 213, "0", NONE, 8, 9),
    r("TN", 216, "", NONE, 8, 8),
    r("GH", 233, "0", NONE, 9, 9),
    r("NG", 234, "0", &["009"], 8, 10),
    r("KE", 254, "0", &["000"], 7, 10),
    r("PT", 351, "", NONE, 9, 9),
    r("LU", 352, "", NONE, 4, 11),
    r("IE", 353, "0", NONE, 7, 10),
    r("IS", 354, "", NONE, 7, 9),
    r("MT", 356, "", NONE, 8, 8),
    r("CY", 357, "", NONE, 8, 8),
    r("FI", 358, "0", NONE, 5, 12),
    r("BG", 359, "0", NONE, 6, 9),
    r("LV", 371, "", NONE, 8, 8),
    r("EE", 372, "", NONE, 7, 8),
    r("UA", 380, "0", NONE, 9, 9),
    r("RS", 381, "0", NONE, 6, 12),
    r("HR", 385, "0", NONE, 8, 9),
    r("SI", 386, "0", NONE, 8, 8),
    r("CZ", 420, "", NONE, 9, 9),
    r("SK", 421, "0", NONE, 9, 9),
    r("CR", 506, "", NONE, 8, 8),
    r("GT", 502, "", NONE, 8, 8),
    r("PA", 507, "", NONE, 7, 8),
    r("EC", 593, "0", NONE, 8, 9),
    r("UY", 598, "0", NONE, 8, 8),
    r("HK", 852, "", &["001"], 8, 8),
    r("MO", 853, "", NONE, 8, 8),
    r("BD", 880, "0", NONE, 6, 10),
    r("TW", 886, "0", &["002"], 8, 9),
    r("AE", 971, "0", NONE, 8, 9),
    r("IL", 972, "0", NONE, 8, 9),
    r("SA", 966, "0", NONE, 8, 9),
];

/// Whether `code` is an assigned country calling code.
pub(crate) fn is_assigned(code: u16) -> bool {
    CALLING_CODES.binary_search(&code).is_ok()
}

/// The region with this ISO code (case-insensitive), if the table knows it.
pub(crate) fn region(code: &str) -> Option<&'static Region> {
    REGIONS.iter().find(|r| r.code.eq_ignore_ascii_case(code))
}

/// The shortest and longest NSN under `calling_code`: the union over the
/// regions that share it, or what E.164 leaves room for when the table has
/// no region for it. A lookup in a table computed at compile time: this is
/// on the path of every snapshot lookup at the edge.
pub(crate) fn nsn_range(calling_code: u16) -> (u8, u8) {
    match CALLING_CODES.binary_search(&calling_code) {
        Ok(i) => NSN_RANGES[i],
        Err(_) => default_nsn_range(calling_code),
    }
}

/// The shortest numbers in service anywhere are 4 digits (Niue, Tokelau).
const fn default_nsn_range(calling_code: u16) -> (u8, u8) {
    (4, 15 - digit_count(calling_code))
}

/// `nsn_range` of each calling code, in `CALLING_CODES` order.
static NSN_RANGES: [(u8, u8); CALLING_CODES.len()] = nsn_ranges();

const fn nsn_ranges() -> [(u8, u8); CALLING_CODES.len()] {
    let mut out = [(0, 0); CALLING_CODES.len()];
    let mut i = 0;
    while i < CALLING_CODES.len() {
        let code = CALLING_CODES[i];
        let mut range: Option<(u8, u8)> = None;
        let mut j = 0;
        while j < REGIONS.len() {
            let nsn = REGIONS[j].nsn;
            if REGIONS[j].calling_code == code {
                range = Some(match range {
                    None => nsn,
                    Some((lo, hi)) => (if nsn.0 < lo { nsn.0 } else { lo }, if nsn.1 > hi { nsn.1 } else { hi }),
                });
            }
            j += 1;
        }
        out[i] = match range {
            Some(r) => r,
            None => default_nsn_range(code),
        };
        i += 1;
    }
    out
}

/// The regions' name for a calling code, for messages: the first region in
/// the table that uses it.
pub(crate) fn main_region(calling_code: u16) -> Option<&'static str> {
    REGIONS.iter().find(|r| r.calling_code == calling_code).map(|r| r.code)
}

pub(crate) const fn digit_count(code: u16) -> u8 {
    match code {
        0..=9 => 1,
        10..=99 => 2,
        _ => 3,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calling_codes_are_sorted_and_prefix_free() {
        assert!(CALLING_CODES.windows(2).all(|w| w[0] < w[1]));
        for &a in CALLING_CODES {
            for &b in CALLING_CODES {
                if a != b {
                    let (a, b) = (a.to_string(), b.to_string());
                    assert!(!b.starts_with(&a), "+{a} is a prefix of +{b}");
                }
            }
        }
    }

    #[test]
    fn regions_are_consistent() {
        for (i, r) in REGIONS.iter().enumerate() {
            assert!(is_assigned(r.calling_code), "{} has unassigned +{}", r.code, r.calling_code);
            assert!(r.code.len() == 2 && r.code.bytes().all(|b| b.is_ascii_uppercase()), "{}", r.code);
            assert!(r.nsn.0 <= r.nsn.1, "{}", r.code);
            assert!(usize::from(digit_count(r.calling_code) + r.nsn.1) <= 15, "{} exceeds E.164", r.code);
            assert!(REGIONS[..i].iter().all(|o| o.code != r.code), "{} listed twice", r.code);
            assert!(r.idd.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())));
        }
    }
}
