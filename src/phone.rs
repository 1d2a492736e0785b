//! Phone numbers: what people type, parsed into E.164.
//!
//! CONTRACT (skeleton; the phone helper replaces this file).
use core::fmt;

/// A valid E.164 number, stored as the integer its digits spell (no leading zero is possible).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PhoneNumber(u64);

impl PhoneNumber {
    /// The number as the integer the snapshot stores (`+14155550134` is `14155550134`).
    pub fn as_u64(self) -> u64 {
        self.0
    }
    /// Rebuilds a number from its integer form, checking it is plausible E.164.
    pub fn from_u64(value: u64) -> Result<PhoneNumber, PhoneError> {
        let _ = value;
        todo!()
    }
    /// `+` and the digits.
    pub fn e164(self) -> String {
        format!("+{}", self.0)
    }
    /// The country calling code (`1`, `44`, `52`...).
    pub fn country_code(self) -> u16 {
        todo!()
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
    msg: String,
}

impl fmt::Display for PhoneError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.msg)
    }
}

impl std::error::Error for PhoneError {}

/// Parses what a person typed into E.164, reading national numbers in `default_region`
/// (an ISO 3166 alpha-2 code such as `US`, `GB`, `DE`, `MX`).
pub fn parse(input: &str, default_region: &str) -> Result<PhoneNumber, PhoneError> {
    let _ = (input, default_region);
    todo!()
}
