//! Phone numbers: what people type, parsed into E.164.
//!
//! [`parse`] reads the forms people write — `+1 415 555 0134`, `(415) 555-0134`,
//! `1-415-555-0134`, `415.555.0134`, `00 44 20 7946 0958`, `011 44 20 7946 0958`,
//! `tel:+14155550134` — and returns a [`PhoneNumber`]: the E.164 digits held as the
//! `u64` they spell, which is what snapshots store. National input is read with the
//! rules of a default region (trunk prefix, international prefixes, length range);
//! `+` input only needs an assigned country calling code and a plausible length.
//!
//! This is a plausibility check, not libphonenumber: the table in `table.rs` knows
//! every assigned calling code and the national rules of about a hundred regions,
//! but not which number blocks are in service, nor number types (mobile, fixed).
//! Extensions (`x123`) are refused, since an SMS cannot reach one.
//!
//! Nothing here panics or allocates on the success path; every input is scanned once.
//!
//! ```
//! use stopgate::phone;
//! let n = phone::parse("(415) 555-0134", "US").unwrap();
//! assert_eq!(n.e164(), "+14155550134");
//! assert_eq!(n.as_u64(), 14155550134);
//! assert_eq!(phone::parse("020 7946 0958", "gb").unwrap(), phone::parse("+44 20 7946 0958", "US").unwrap());
//! ```
use core::fmt;

mod table;

use table::Region;

/// E.164 allows at most 15 digits, country code included.
pub const E164_MAX_DIGITS: usize = 15;

/// Digits kept while scanning: a long international prefix ("0011") plus 15
/// digits fits; anything longer is refused as too long.
const SCAN_DIGITS: usize = 20;

/// A valid E.164 number, stored as the integer its digits spell (no leading zero is possible).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PhoneNumber(u64);

impl PhoneNumber {
    /// The number as the integer the snapshot stores (`+14155550134` is `14155550134`).
    pub fn as_u64(self) -> u64 {
        self.0
    }

    /// Rebuilds a number from its integer form, checking it is plausible E.164:
    /// an assigned country code, a national number of a length in use there
    /// (and the NANP rules under +1).
    pub fn from_u64(value: u64) -> Result<PhoneNumber, PhoneError> {
        let err = |kind| PhoneError::new(kind, &format!("+{value}"));
        if value == 0 {
            return Err(err(Kind::NoCountryCode));
        }
        let digits = Digits::from_u64(value);
        if digits.len > E164_MAX_DIGITS {
            return Err(err(Kind::OverE164 { digits: digits.len }));
        }
        let (code, national) =
            split_calling_code(digits.as_slice()).ok_or_else(|| err(unassigned(digits.as_slice())))?;
        check_national(code, national, table::nsn_range(code), Place::CallingCode(code)).map_err(err)
    }

    /// `+` and the digits.
    pub fn e164(self) -> String {
        format!("+{}", self.0)
    }

    /// The country calling code (`1`, `44`, `52`...).
    pub fn country_code(self) -> u16 {
        split_calling_code(Digits::from_u64(self.0).as_slice()).map_or(0, |(code, _)| code)
    }

    /// The national significant number: the digits after the country code, as an
    /// integer (Italian numbers lose their leading 0 here; use `e164` for text).
    pub fn national_number(self) -> u64 {
        split_calling_code(Digits::from_u64(self.0).as_slice()).map_or(0, |(_, national)| digits_value(national))
    }
}

impl fmt::Display for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "+{}", self.0)
    }
}

/// Why a string is not a phone number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhoneError {
    kind: Kind,
    /// The input as given (shortened if long), for the message.
    input: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Kind {
    Empty,
    Letters,
    BadChar(char),
    MisplacedPlus,
    NoDigits,
    NoCountryCode,
    Unassigned(String),
    TooShort { digits: usize, range: (u8, u8), place: Place },
    TooLong { digits: usize, range: (u8, u8), place: Place },
    OverE164 { digits: usize },
    UnknownRegion(String),
    UnsupportedRegion(String),
    NanpAreaCode(String),
    NanpExchange(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    Region(&'static str),
    CallingCode(u16),
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Region(code) => f.write_str(code),
            Place::CallingCode(code) => match table::main_region(*code) {
                Some(region) => write!(f, "+{code} ({region})"),
                None => write!(f, "+{code}"),
            },
        }
    }
}

impl PhoneError {
    fn new(kind: Kind, input: &str) -> PhoneError {
        // Long inputs are cut so one bad CSV cell cannot produce a megabyte message.
        const SHOWN: usize = 40;
        let input = match input.char_indices().nth(SHOWN) {
            Some((at, _)) => format!("{}…", &input[..at]),
            None => input.to_string(),
        };
        PhoneError { kind, input }
    }
}

impl fmt::Display for PhoneError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let input = &self.input;
        let expected = |f: &mut fmt::Formatter<'_>, (lo, hi): (u8, u8)| {
            if lo == hi {
                write!(f, "expected {lo}")
            } else {
                write!(f, "expected {lo} to {hi}")
            }
        };
        match &self.kind {
            Kind::Empty => f.write_str("phone number is empty"),
            Kind::Letters => write!(f, "phone number {input:?} contains letters"),
            Kind::BadChar(c) => write!(f, "phone number {input:?} contains {c:?}, which is not part of a phone number"),
            Kind::MisplacedPlus => write!(f, "phone number {input:?} has a '+' that is not at the start"),
            Kind::NoDigits => write!(f, "phone number {input:?} has no digits"),
            Kind::NoCountryCode => write!(f, "phone number {input:?} has no country code"),
            Kind::Unassigned(prefix) => {
                write!(f, "phone number {input:?} has an unassigned country code (+{prefix}...)")
            }
            Kind::TooShort { digits, range, place } => {
                write!(f, "phone number {input:?} is too short for {place}: {digits} digits, ")?;
                expected(f, *range)
            }
            Kind::TooLong { digits, range, place } => {
                write!(f, "phone number {input:?} is too long for {place}: {digits} digits, ")?;
                expected(f, *range)
            }
            Kind::OverE164 { digits } => write!(
                f,
                "phone number {input:?} is too long: {digits} digits, E.164 allows at most {E164_MAX_DIGITS}"
            ),
            Kind::UnknownRegion(region) => write!(
                f,
                "unknown region {region:?} for phone number {input:?}: expected an ISO 3166 alpha-2 code such as US, GB or DE"
            ),
            Kind::UnsupportedRegion(region) => write!(
                f,
                "no national numbering rules for region {region:?}: write phone number {input:?} with '+' and its country code"
            ),
            Kind::NanpAreaCode(area) => write!(
                f,
                "phone number {input:?} has area code {area}, but North American area codes cannot start with 0 or 1"
            ),
            Kind::NanpExchange(exchange) => write!(
                f,
                "phone number {input:?} has exchange {exchange}, but North American exchanges cannot start with 0 or 1"
            ),
        }
    }
}

impl std::error::Error for PhoneError {}

/// Whether national numbers can be read in `region` (ISO 3166 alpha-2, any case).
pub fn is_known_region(region: &str) -> bool {
    table::region(region.trim()).is_some()
}

/// Parses what a person typed into E.164, reading national numbers in `default_region`
/// (an ISO 3166 alpha-2 code such as `US`, `GB`, `DE`, `MX`; any case).
///
/// Input that starts with `+` (or an international prefix: `00` anywhere, or the
/// region's own such as `011` in North America) does not consult the region.
pub fn parse(input: &str, default_region: &str) -> Result<PhoneNumber, PhoneError> {
    let err = |kind| PhoneError::new(kind, input);
    // The hot path at the edge: input already in E.164 (`+` and digits only) needs no
    // scanning for separators, letters or prefixes; the same checks as below follow.
    if let Some(rest) = input.strip_prefix('+') {
        let digits = rest.as_bytes();
        if (1..=E164_MAX_DIGITS).contains(&digits.len()) && digits.iter().all(u8::is_ascii_digit) {
            let (code, national) = split_calling_code(digits).ok_or_else(|| err(unassigned(digits)))?;
            let national = mexico_mobile_one(code, national);
            return check_national(code, national, table::nsn_range(code), Place::CallingCode(code)).map_err(err);
        }
    }
    let scanned = scan(input).map_err(err)?;
    let digits = scanned.digits.as_slice();

    let (rest, region) = if scanned.plus {
        (digits, None)
    } else {
        let region = lookup_region(default_region).map_err(err)?;
        match international_prefix(digits, region) {
            Some(rest) => (rest, None),
            None => (digits, Some(region)),
        }
    };
    match region {
        Some(region) => {
            let national = national_significant(rest, region);
            check_national(region.calling_code, national, region.nsn, Place::Region(region.code)).map_err(err)
        }
        None => {
            if rest.len() > E164_MAX_DIGITS {
                return Err(err(Kind::OverE164 { digits: rest.len() }));
            }
            let (code, national) = split_calling_code(rest).ok_or_else(|| err(unassigned(rest)))?;
            let national = mexico_mobile_one(code, national);
            check_national(code, national, table::nsn_range(code), Place::CallingCode(code)).map_err(err)
        }
    }
}

/// Digits of a number, kept on the stack.
#[derive(Clone, Copy)]
struct Digits {
    buf: [u8; SCAN_DIGITS],
    len: usize,
}

impl Digits {
    fn new() -> Digits {
        Digits { buf: [0; SCAN_DIGITS], len: 0 }
    }

    /// The decimal digits of `value` (at most 20, which always fit).
    fn from_u64(mut value: u64) -> Digits {
        let mut reversed = Digits::new();
        loop {
            reversed.push(b'0' + (value % 10) as u8);
            value /= 10;
            if value == 0 {
                break;
            }
        }
        let mut d = Digits::new();
        for &b in reversed.as_slice().iter().rev() {
            d.push(b);
        }
        d
    }

    /// Adds an ASCII digit; false when full.
    fn push(&mut self, digit: u8) -> bool {
        match self.buf.get_mut(self.len) {
            Some(slot) => {
                *slot = digit;
                self.len += 1;
                true
            }
            None => false,
        }
    }

    fn as_slice(&self) -> &[u8] {
        self.buf.get(..self.len).unwrap_or(&[])
    }
}

struct Scanned {
    plus: bool,
    digits: Digits,
}

/// One pass over the input: digits collected, separators skipped, anything else refused.
fn scan(input: &str) -> Result<Scanned, Kind> {
    let mut text = input.trim();
    if text.is_empty() {
        return Err(Kind::Empty);
    }
    // RFC 3966: `tel:+1-415-555-0134;ext=...`; parameters are dropped.
    if text.len() >= 4 && text.as_bytes()[..4].eq_ignore_ascii_case(b"tel:") {
        text = &text[4..];
        text = text.split(';').next().unwrap_or("").trim();
    }
    let mut plus = false;
    let mut digits = Digits::new();
    let mut count = 0usize;
    let mut letters = false;
    let mut bad = None;
    let mut misplaced_plus = false;
    for c in text.chars() {
        match c {
            '0'..='9' => {
                count += 1;
                digits.push(c as u8);
            }
            // Fullwidth digits, as East Asian input methods type them.
            '\u{FF10}'..='\u{FF19}' => {
                count += 1;
                digits.push(b'0' + (c as u32 - 0xFF10) as u8);
            }
            '+' | '\u{FF0B}' => {
                if plus || count > 0 {
                    misplaced_plus = true;
                }
                plus = true;
            }
            ' ' | '\t' | '-' | '.' | '(' | ')' | '[' | ']' | '/' => {}
            // No-break and thin spaces, dashes and minus signs from word processors,
            // and the invisible direction marks copied along with numbers in RTL text.
            '\u{A0}'
            | '\u{2007}'
            | '\u{2009}'
            | '\u{202F}'
            | '\u{3000}'
            | '\u{2010}'..='\u{2015}'
            | '\u{2212}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}' => {}
            c if c.is_alphabetic() => letters = true,
            c => {
                bad.get_or_insert(c);
            }
        }
    }
    // Letters first: "call me" says more than its first odd character would.
    if letters {
        return Err(Kind::Letters);
    }
    if let Some(c) = bad {
        return Err(Kind::BadChar(c));
    }
    if misplaced_plus {
        return Err(Kind::MisplacedPlus);
    }
    if count == 0 {
        return Err(Kind::NoDigits);
    }
    if count > SCAN_DIGITS {
        return Err(Kind::OverE164 { digits: count });
    }
    Ok(Scanned { plus, digits })
}

fn lookup_region(region: &str) -> Result<&'static Region, Kind> {
    let region = region.trim();
    if let Some(r) = table::region(region) {
        return Ok(r);
    }
    if region.len() == 2 && region.bytes().all(|b| b.is_ascii_alphabetic()) {
        Err(Kind::UnsupportedRegion(region.to_ascii_uppercase()))
    } else {
        Err(Kind::UnknownRegion(region.chars().take(16).collect()))
    }
}

/// The digits after an international prefix, if the national input starts with one
/// and has something after it.
fn international_prefix<'a>(digits: &'a [u8], region: &Region) -> Option<&'a [u8]> {
    // "00" is the ITU-recommended prefix and no national number starts with it,
    // so it is read in every region, besides the region's own.
    core::iter::once("00")
        .chain(region.idd.iter().copied())
        .filter_map(|p| digits.strip_prefix(p.as_bytes()))
        // The longest prefix wins ("0011" over "00" in Australia).
        .min_by_key(|rest| rest.len())
        .filter(|rest| !rest.is_empty())
}

/// National input reduced to the national significant number.
fn national_significant<'a>(digits: &'a [u8], region: &Region) -> &'a [u8] {
    let (lo, hi) = region.nsn;
    let fits = |d: &[u8]| (usize::from(lo)..=usize::from(hi)).contains(&d.len());
    let mut digits = digits;
    // "44 20 7946 0958" typed in GB: the country code without '+'. Only when the
    // digits do not fit as they are, since a national number may start the same way.
    let code = Digits::from_u64(u64::from(region.calling_code));
    if !fits(digits) {
        if let Some(rest) = digits.strip_prefix(code.as_slice()) {
            let rest = rest.strip_prefix(region.trunk.as_bytes()).filter(|r| fits(r)).unwrap_or(rest);
            if fits(rest) {
                return rest;
            }
        }
    }
    // The trunk prefix goes when what follows it has a valid length; Russia's
    // trunk 8 is also the first digit of its 800 numbers.
    if !region.trunk.is_empty() {
        if let Some(rest) = digits.strip_prefix(region.trunk.as_bytes()) {
            if fits(rest) || !fits(digits) {
                digits = rest;
            }
        }
    }
    digits
}

/// Mexican mobiles were dialled from abroad as +52 1 + ten digits until 2019;
/// lists still hold that form, which must match the number as it is now.
fn mexico_mobile_one(code: u16, national: &[u8]) -> &[u8] {
    match national {
        [b'1', rest @ ..] if code == 52 && rest.len() == 10 => rest,
        _ => national,
    }
}

/// The calling code at the start of `digits` and what follows it.
fn split_calling_code(digits: &[u8]) -> Option<(u16, &[u8])> {
    (1..=3).rev().find_map(|n| {
        let prefix = digits.get(..n)?;
        if prefix.first() == Some(&b'0') {
            return None;
        }
        let code = u16::try_from(digits_value(prefix)).ok()?;
        table::is_assigned(code).then(|| (code, digits.get(n..).unwrap_or(&[])))
    })
}

fn unassigned(digits: &[u8]) -> Kind {
    let shown = digits.get(..3).unwrap_or(digits);
    Kind::Unassigned(shown.iter().map(|&d| char::from(d)).collect())
}

/// Checks the national significant number and builds the E.164 integer.
fn check_national(code: u16, national: &[u8], range: (u8, u8), place: Place) -> Result<PhoneNumber, Kind> {
    let len = national.len();
    let total = len + usize::from(table::digit_count(code));
    if total > E164_MAX_DIGITS {
        return Err(Kind::OverE164 { digits: total });
    }
    if len < usize::from(range.0) {
        return Err(Kind::TooShort { digits: len, range, place });
    }
    if len > usize::from(range.1) {
        return Err(Kind::TooLong { digits: len, range, place });
    }
    if code == 1 {
        check_nanp(national)?;
    }
    // At most 15 digits, so the value fits a u64 (< 10^15).
    let value = u64::from(code) * 10u64.pow(len as u32) + digits_value(national);
    Ok(PhoneNumber(value))
}

/// NPA-NXX-XXXX: neither the area code nor the exchange starts with 0 or 1.
fn check_nanp(national: &[u8]) -> Result<(), Kind> {
    let text = |d: &[u8]| d.iter().map(|&b| char::from(b)).collect::<String>();
    match (national.get(..3), national.get(3..6)) {
        (Some(area @ [b'0' | b'1', ..]), _) => Err(Kind::NanpAreaCode(text(area))),
        (_, Some(exchange @ [b'0' | b'1', ..])) => Err(Kind::NanpExchange(text(exchange))),
        _ => Ok(()),
    }
}

/// The integer ASCII digits spell; callers pass at most 15 digits, and the
/// arithmetic saturates rather than wraps should that ever change.
fn digits_value(digits: &[u8]) -> u64 {
    digits.iter().fold(0u64, |acc, &d| acc.saturating_mul(10).saturating_add(u64::from(d.wrapping_sub(b'0') % 10)))
}
