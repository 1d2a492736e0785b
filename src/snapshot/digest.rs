//! The list digest (contract C1): a 16-byte fingerprint of a whole opt-out list that the
//! origin, every snapshot, every delta and every freshness statement agree on.
//!
//! It is the wrapping sum, mod 2^128, of `xxh3_128(number as u64 little-endian ‖ scope
//! code as u8)` over every entry, so it does not depend on order and a delta's changes
//! update it in O(changes): add an entry's term when it appears, subtract it when it goes,
//! both when its scope changes. The empty list's digest is 0. It names a list; it does not
//! protect one (anyone can compute it): the signatures over the files that carry it do.
use super::error::{Kind, SnapshotError};
use super::scope_code;
use crate::Scope;
use core::fmt;

/// The digest of an opt-out list (see the module docs of [`crate::snapshot`] and
/// `docs/snapshot-format.md`). Stored as the 16 little-endian bytes of the sum; its text
/// form is those 16 bytes in lowercase hex, in order (32 characters).
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ListDigest(u128);

impl ListDigest {
    /// The digest of the empty list.
    pub const EMPTY: ListDigest = ListDigest(0);

    /// The digest of a list of distinct numbers with their scopes, in any order.
    pub fn of<I: IntoIterator<Item = (u64, Scope)>>(entries: I) -> ListDigest {
        let mut d = ListDigest::EMPTY;
        for (number, scope) in entries {
            d.insert(number, scope);
        }
        d
    }

    /// The term one entry contributes.
    #[inline]
    fn term(number: u64, scope: Scope) -> u128 {
        let mut bytes = [0u8; 9];
        bytes[..8].copy_from_slice(&number.to_le_bytes());
        bytes[8] = scope_code(scope);
        xxhash_rust::xxh3::xxh3_128(&bytes)
    }

    /// Accounts for an entry joining the list.
    #[inline]
    pub fn insert(&mut self, number: u64, scope: Scope) {
        self.0 = self.0.wrapping_add(ListDigest::term(number, scope));
    }

    /// Accounts for an entry leaving the list (the scope it had).
    #[inline]
    pub fn remove(&mut self, number: u64, scope: Scope) {
        self.0 = self.0.wrapping_sub(ListDigest::term(number, scope));
    }

    /// Accounts for a number going from state `before` to `after` (`None`: not listed).
    #[inline]
    pub fn change(&mut self, number: u64, before: Option<Scope>, after: Option<Scope>) {
        if before == after {
            return;
        }
        if let Some(s) = before {
            self.remove(number, s);
        }
        if let Some(s) = after {
            self.insert(number, s);
        }
    }

    /// The 16 stored bytes (little-endian).
    pub fn to_bytes(self) -> [u8; 16] {
        self.0.to_le_bytes()
    }

    /// From the 16 stored bytes.
    pub fn from_bytes(bytes: [u8; 16]) -> ListDigest {
        ListDigest(u128::from_le_bytes(bytes))
    }

    /// 32 lowercase hex digits of the stored bytes, in order.
    pub fn to_hex(self) -> String {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        let mut out = String::with_capacity(32);
        for b in self.to_bytes() {
            out.push(DIGITS[usize::from(b >> 4)] as char);
            out.push(DIGITS[usize::from(b & 15)] as char);
        }
        out
    }

    /// Reads 32 hex digits (either case; whitespace around them ignored).
    pub fn from_hex(text: &str) -> Result<ListDigest, SnapshotError> {
        let text = text.trim();
        let err = |problem: String| SnapshotError::new(Kind::Hex { what: "list digest", problem });
        if text.len() != 32 || !text.is_ascii() {
            return Err(err(format!("expected 32 hex digits, got {} characters", text.chars().count())));
        }
        let mut out = [0u8; 16];
        for (i, slot) in out.iter_mut().enumerate() {
            let pair = &text[2 * i..2 * i + 2];
            *slot = u8::from_str_radix(pair, 16)
                .ok()
                .filter(|_| pair.bytes().all(|c| c.is_ascii_hexdigit()))
                .ok_or_else(|| err(format!("unexpected {pair:?} at position {}", 2 * i)))?;
        }
        Ok(ListDigest::from_bytes(out))
    }
}

impl fmt::Display for ListDigest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl fmt::Debug for ListDigest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ListDigest({})", self.to_hex())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_is_zero_and_order_does_not_matter() {
        assert_eq!(ListDigest::of([]).to_bytes(), [0; 16]);
        let a = ListDigest::of([(1, Scope::All), (2, Scope::Marketing), (3, Scope::All)]);
        let b = ListDigest::of([(3, Scope::All), (1, Scope::All), (2, Scope::Marketing)]);
        assert_eq!(a, b);
        assert_ne!(a, ListDigest::of([(1, Scope::All), (2, Scope::All), (3, Scope::All)]));
        let mut c = a;
        c.change(2, Some(Scope::Marketing), None);
        c.change(2, None, Some(Scope::Marketing));
        assert_eq!(c, a);
        c.remove(1, Scope::All);
        c.remove(2, Scope::Marketing);
        c.remove(3, Scope::All);
        assert_eq!(c, ListDigest::EMPTY);
    }

    #[test]
    fn hex_round_trips_and_refuses_junk() {
        let d = ListDigest::of([(12125550100, Scope::All)]);
        assert_eq!(d.to_hex().len(), 32);
        assert_eq!(ListDigest::from_hex(&d.to_hex().to_uppercase()).unwrap(), d);
        for bad in ["", "00", &"g".repeat(32), &"+1".repeat(16), &"é".repeat(16)] {
            assert!(ListDigest::from_hex(bad).is_err(), "{bad:?}");
        }
    }
}
