//! Phone number parsing: every accepted format and every refusal, one case a line.
use proptest::prelude::*;
use stopgate::phone::{self, PhoneNumber};

struct Case {
    input: &'static str,
    region: &'static str,
    /// `Ok(e164)`, or `Err(part of the message)`.
    expected: Result<&'static str, &'static str>,
}

const fn ok(input: &'static str, region: &'static str, e164: &'static str) -> Case {
    Case { input, region, expected: Ok(e164) }
}

const fn err(input: &'static str, region: &'static str, message: &'static str) -> Case {
    Case { input, region, expected: Err(message) }
}

#[rustfmt::skip]
const CASES: &[Case] = &[
    // North America: every way people write the same number.
    ok("+1 415 555 0134", "US", "+14155550134"),
    ok("(415) 555-0134", "US", "+14155550134"),
    ok("1-415-555-0134", "US", "+14155550134"),
    ok("4155550134", "US", "+14155550134"),
    ok("415.555.0134", "US", "+14155550134"),
    ok("14155550134", "US", "+14155550134"),
    ok("+14155550134", "US", "+14155550134"),
    ok("tel:+14155550134", "US", "+14155550134"),
    ok("tel:+1-415-555-0134;ext=12", "US", "+14155550134"),
    ok("TEL:4155550134", "us", "+14155550134"),
    ok("  415 555 0134\t", "US", "+14155550134"),
    ok("+1 (415) 555-0134", "GB", "+14155550134"),
    ok("(+1) 415/555-0134", "DE", "+14155550134"),
    ok("415\u{a0}555\u{2013}0134", "US", "+14155550134"),
    ok("\u{200e}+1 415 555 0134\u{200f}", "US", "+14155550134"),
    ok("\u{ff0b}\u{ff11}\u{ff14}\u{ff11}\u{ff15}5550134", "US", "+14155550134"),
    ok("604 555 0134", "CA", "+16045550134"),
    ok("787 555 0134", "pr", "+17875550134"),
    ok("0014155550134", "US", "+14155550134"),
    // International prefixes: 00 everywhere, and the region's own.
    ok("+44 20 7946 0958", "US", "+442079460958"),
    ok("00 44 20 7946 0958", "GB", "+442079460958"),
    ok("00 44 20 7946 0958", "US", "+442079460958"),
    ok("011 44 20 7946 0958", "US", "+442079460958"),
    ok("011 52 55 1234 5678", "CA", "+525512345678"),
    ok("0011 44 20 7946 0958", "AU", "+442079460958"),
    ok("010 1 415 555 0134", "JP", "+14155550134"),
    ok("810 44 20 7946 0958", "RU", "+442079460958"),
    // National numbers with trunk prefixes.
    ok("020 7946 0958", "GB", "+442079460958"),
    ok("07700 900123", "gb", "+447700900123"),
    ok("44 20 7946 0958", "GB", "+442079460958"),
    ok("030 1234567", "DE", "+49301234567"),
    ok("0151 23456789", "DE", "+4915123456789"),
    ok("01 23 45 67 89", "FR", "+33123456789"),
    ok("06 12 34 56 78", "FR", "+33612345678"),
    ok("33 6 12 34 56 78", "FR", "+33612345678"),
    ok("8 (495) 123-45-67", "RU", "+74951234567"),
    ok("8 800 555 35 35", "RU", "+78005553535"),
    ok("800 555 35 35", "RU", "+78005553535"),
    ok("06 1 234 5678", "HU", "+3612345678"),
    ok("090-1234-5678", "JP", "+819012345678"),
    ok("03-1234-5678", "JP", "+81312345678"),
    ok("0412 345 678", "AU", "+61412345678"),
    ok("098765 43210", "IN", "+919876543210"),
    ok("+91 98765 43210", "US", "+919876543210"),
    ok("(11) 98765-4321", "BR", "+5511987654321"),
    ok("010-1234-5678", "KR", "+821012345678"),
    ok("138 0013 8000", "CN", "+8613800138000"),
    // No trunk prefix: Spain, and Italy keeps its leading 0.
    ok("612 34 56 78", "ES", "+34612345678"),
    ok("91 123 45 67", "es", "+34911234567"),
    ok("06 1234 5678", "IT", "+390612345678"),
    ok("+39 06 1234 5678", "US", "+390612345678"),
    ok("312 345 6789", "IT", "+393123456789"),
    ok("9123 4567", "SG", "+6591234567"),
    ok("2345 6789", "HK", "+85223456789"),
    // Mexico: no trunk prefix since 2019; the old +52 1 mobile form is folded in.
    ok("+52 55 1234 5678", "US", "+525512345678"),
    ok("55 1234 5678", "MX", "+525512345678"),
    ok("+52 1 55 1234 5678", "US", "+525512345678"),
    // Calling codes without national rules here: only + input, generic lengths.
    ok("+263 77 123 4567", "US", "+263771234567"),
    ok("+683 4002", "US", "+6834002"),
    ok("+800 1234 5678", "US", "+80012345678"),
    // Empty, letters, odd characters.
    err("", "US", "phone number is empty"),
    err("   ", "US", "phone number is empty"),
    err("call me", "US", "phone number \"call me\" contains letters"),
    err("415 555 0134 x12", "US", "contains letters"),
    err("1-800-FLOWERS", "US", "contains letters"),
    err("tel:", "US", "has no digits"),
    err("+", "US", "has no digits"),
    err("()- .", "US", "has no digits"),
    err("415#555#0134", "US", "contains '#', which is not part of a phone number"),
    err("415_555_0134", "US", "contains '_'"),
    err("415 555 0134 🙂", "US", "contains '🙂'"),
    err("415+555+0134", "US", "has a '+' that is not at the start"),
    err("++1 415 555 0134", "US", "has a '+' that is not at the start"),
    // Too short, too long, per the region or the calling code.
    err("555 0134", "US", "is too short for US: 7 digits, expected 10"),
    err("2 415 555 0134", "US", "is too long for US: 11 digits, expected 10"),
    err("+1 415 555 013", "US", "is too short for +1 (US): 9 digits, expected 10"),
    err("+44 20 7946 09581", "US", "is too long for +44 (GB): 11 digits, expected 7 to 10"),
    err("+44 123", "US", "is too short for +44 (GB): 3 digits, expected 7 to 10"),
    err("612 34 56 7", "ES", "is too short for ES: 8 digits, expected 9"),
    err("020 7946 0958 12", "GB", "is too long for GB"),
    err("+683 123", "US", "is too short for +683: 3 digits, expected 4 to 12"),
    err("+1 415 555 0134 5555 1234", "US", "is too long: 19 digits, E.164 allows at most 15"),
    err("1234567890123456789012345", "US", "is too long: 25 digits, E.164 allows at most 15"),
    err("+49 1234 5678 9012 34", "US", "is too long: 16 digits, E.164 allows at most 15"),
    err("0011", "AU", "is too short for AU"),
    // Calling codes that are not assigned.
    err("+999 1234 5678", "US", "has an unassigned country code (+999...)"),
    err("+0 20 7946 0958", "US", "has an unassigned country code (+020...)"),
    err("+28 1234 5678", "US", "unassigned country code (+281...)"),
    err("00 388 1234 5678", "DE", "unassigned country code (+388...)"),
    // Regions.
    err("415 555 0134", "XX", "no national numbering rules for region \"XX\""),
    err("415 555 0134", "USA", "unknown region \"USA\""),
    err("415 555 0134", "", "unknown region \"\""),
    err("077 123 4567", "zw", "no national numbering rules for region \"ZW\""),
    // NANP: area code and exchange start with 2-9.
    err("(015) 555-0134", "US", "has area code 015, but North American area codes cannot start with 0 or 1"),
    err("+1 115 555 0134", "US", "has area code 115"),
    err("415 055 0134", "US", "has exchange 055, but North American exchanges cannot start with 0 or 1"),
    err("+1 415 155 0134", "GB", "has exchange 155"),
];

#[test]
fn table() {
    let mut failures = Vec::new();
    for case in CASES {
        let got = phone::parse(case.input, case.region).map(|n| n.e164()).map_err(|e| e.to_string());
        let pass = match (&got, case.expected) {
            (Ok(e164), Ok(want)) => e164 == want,
            (Err(message), Err(want)) => message.contains(want),
            _ => false,
        };
        if !pass {
            failures
                .push(format!("parse({:?}, {:?}) = {:?}, expected {:?}", case.input, case.region, got, case.expected));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), CASES.len(), failures.join("\n"));
}

#[test]
fn messages_are_lowercase_and_one_line() {
    for case in CASES.iter().filter(|c| c.expected.is_err()) {
        let message = phone::parse(case.input, case.region).unwrap_err().to_string();
        assert!(message.starts_with(|c: char| c.is_lowercase()), "{message}");
        assert!(!message.contains('\n'), "{message}");
    }
}

#[test]
fn long_input_is_cut_in_messages() {
    let input = "a".repeat(10_000);
    let message = phone::parse(&input, "US").unwrap_err().to_string();
    assert!(message.len() < 200, "{message}");
    assert!(message.contains('…'));
}

#[test]
fn integer_form() {
    let n = phone::parse("+44 20 7946 0958", "US").unwrap();
    assert_eq!(n.as_u64(), 442079460958);
    assert_eq!(n.country_code(), 44);
    assert_eq!(n.national_number(), 2079460958);
    assert_eq!(n.to_string(), "+442079460958");
    assert_eq!(PhoneNumber::from_u64(442079460958), Ok(n));
    assert_eq!(phone::parse("+1 415 555 0134", "US").unwrap().country_code(), 1);
    assert_eq!(phone::parse("+263 77 123 4567", "US").unwrap().country_code(), 263);
    assert_eq!(phone::parse("06 1234 5678", "IT").unwrap().national_number(), 612345678);
}

#[test]
fn from_u64_refuses_implausible_numbers() {
    let refused = [
        (0, "has no country code"),
        (99_912_345_678, "unassigned country code (+999...)"),
        (10_155_550_134, "has area code 015"),
        (14_150_550_134, "has exchange 055"),
        (1_415_555_013, "too short for +1 (US)"),
        (44_12, "too short for +44 (GB)"),
        (1_234_567_890_123_456, "too long: 16 digits"),
        (u64::MAX, "too long: 20 digits"),
        (5_215_512_345_678, "too long for +52 (MX)"),
    ];
    for (value, want) in refused {
        let message = PhoneNumber::from_u64(value).unwrap_err().to_string();
        assert!(message.contains(want), "from_u64({value}) = {message:?}, expected {want:?}");
    }
    assert_eq!(PhoneNumber::from_u64(14155550134).unwrap().e164(), "+14155550134");
    assert_eq!(PhoneNumber::from_u64(6834002).unwrap().e164(), "+6834002");
}

#[test]
fn known_regions() {
    for region in ["US", "ca", " GB ", "DE", "FR", "ES", "IT", "MX", "BR", "IN", "AU", "JP"] {
        assert!(phone::is_known_region(region), "{region}");
    }
    assert!(!phone::is_known_region("XX"));
    assert!(!phone::is_known_region("USA"));
}

fn region() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec!["US", "GB", "DE", "FR", "ES", "IT", "MX", "BR", "IN", "AU", "JP", "RU", "HU", "xx", ""])
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings_never_panic(input in any::<String>(), region in region()) {
        let _ = phone::parse(&input, region);
    }

    #[test]
    fn phone_shaped_strings_never_panic(input in "[+]?[0-9 ().\\-+]{0,30}", region in region()) {
        let _ = phone::parse(&input, region);
    }

    #[test]
    fn arbitrary_integers_never_panic(value in any::<u64>()) {
        if let Ok(n) = PhoneNumber::from_u64(value) {
            prop_assert_eq!(n.as_u64(), value);
            prop_assert!(n.country_code() > 0);
        }
    }

    /// What `parse` accepts, `from_u64` accepts back: snapshots store the integer.
    #[test]
    fn parsed_numbers_round_trip(input in "[+]?[0-9]{4,16}", region in region()) {
        if let Ok(n) = phone::parse(&input, region) {
            prop_assert_eq!(PhoneNumber::from_u64(n.as_u64()), Ok(n));
            prop_assert_eq!(phone::parse(&n.e164(), "US"), Ok(n));
            prop_assert!(n.e164().len() <= 16);
        }
    }
}
