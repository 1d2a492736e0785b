//! Class masks and strings as bytes, written at compile time: the form the classifier's
//! tables take in the WebAssembly module.
//!
//! A class mask is a `u128` with a few of its bits set. A table of them is mostly zero
//! bytes, which wasm-opt cuts into hundreds of data segments of a byte or two (each with a
//! header of its own) and which gzip cannot shrink; a table of `&str`s is pointers and
//! lengths, which gzip poorly too. So the tables are written in the source as they read
//! best (`Is(STOPV | SENDME)`, `k("stop", ...)`), and a `const fn` turns them into bytes
//! during compilation; the engine reads the bytes back once, at its first use. A table
//! that is read only in const context is not in the module at all.
//!
//! A packed mask is its number of set bits, then each bit's number (ascending, each
//! below 128): `STOPV | SENDME` (bits 0 and 3) is `2, 0, 3`. A packed string is its length
//! in bytes, then its bytes. This module does not know what the classes mean, nor how a
//! table lays its rows out (see `rules.rs` and `lexicon.rs`).

/// The bytes `m` packs into.
pub(crate) const fn mask_len(m: u128) -> usize {
    1 + m.count_ones() as usize
}

/// Writes `m` packed at `out[at..]`; the index after it.
pub(crate) const fn put_mask(out: &mut [u8], mut at: usize, m: u128) -> usize {
    out[at] = m.count_ones() as u8;
    at += 1;
    let mut bit = 0;
    while bit < 128 {
        if m & (1 << bit) != 0 {
            out[at] = bit as u8;
            at += 1;
        }
        bit += 1;
    }
    at
}

/// Reads one packed mask from `bytes` (`None` where they end).
pub(crate) fn take_mask(bytes: &mut impl Iterator<Item = u8>) -> Option<u128> {
    let n = bytes.next()?;
    Some((0..n).filter_map(|_| bytes.next()).fold(0, |m, bit| m | 1u128.wrapping_shl(u32::from(bit))))
}

/// The bytes a list of masks packs into.
pub(crate) const fn masks_len(masks: &[u128]) -> usize {
    let (mut n, mut i) = (0, 0);
    while i < masks.len() {
        n += mask_len(masks[i]);
        i += 1;
    }
    n
}

/// A list of masks, packed one after the other (`N` is [`masks_len`]).
pub(crate) const fn pack_masks<const N: usize>(masks: &[u128]) -> [u8; N] {
    let mut out = [0; N];
    let (mut at, mut i) = (0, 0);
    while i < masks.len() {
        at = put_mask(&mut out, at, masks[i]);
        i += 1;
    }
    assert!(at == N, "packed masks: the length given is not masks_len");
    out
}

/// The masks [`pack_masks`] wrote, in order.
pub(crate) fn masks(bytes: &[u8]) -> impl Iterator<Item = u128> + '_ {
    let mut it = bytes.iter().copied();
    std::iter::from_fn(move || take_mask(&mut it))
}

/// Writes `s` after its length in bytes at `out[at..]`; the index after it.
pub(crate) const fn put_str(out: &mut [u8], mut at: usize, s: &str) -> usize {
    let b = s.as_bytes();
    assert!(b.len() < 256, "a string of 256 bytes or more does not pack");
    out[at] = b.len() as u8;
    at += 1;
    let mut i = 0;
    while i < b.len() {
        out[at] = b[i];
        at += 1;
        i += 1;
    }
    at
}

/// Reads one string [`put_str`] wrote from the front of `bytes` ("" where they end early).
pub(crate) fn take_str(bytes: &mut &'static [u8]) -> &'static str {
    let (n, tail) = bytes.split_first().map_or((0, &[][..]), |(&n, tail)| (usize::from(n), tail));
    let (s, tail) = tail.split_at_checked(n).unwrap_or((tail, &[]));
    *bytes = tail;
    std::str::from_utf8(s).unwrap_or("")
}

/// The bytes a list of strings packs into.
pub(crate) const fn strs_len(strs: &[&str]) -> usize {
    let (mut n, mut i) = (0, 0);
    while i < strs.len() {
        n += 1 + strs[i].len();
        i += 1;
    }
    n
}

/// A list of strings, each after its length (`N` is [`strs_len`]): a `&str` is eight
/// bytes of pointer and length in the WebAssembly build, which gzip poorly.
pub(crate) const fn pack_strs<const N: usize>(strs: &[&str]) -> [u8; N] {
    let mut out = [0; N];
    let (mut at, mut i) = (0, 0);
    while i < strs.len() {
        at = put_str(&mut out, at, strs[i]);
        i += 1;
    }
    assert!(at == N, "packed strings: the length given is not strs_len");
    out
}

/// The strings [`pack_strs`] wrote, in order.
pub(crate) fn strs(mut bytes: &'static [u8]) -> impl Iterator<Item = &'static str> {
    std::iter::from_fn(move || (!bytes.is_empty()).then(|| take_str(&mut bytes)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_round_trip() {
        const MASKS: &[u128] = &[0, 1, 1 << 9 | 1 << 56, u128::MAX, 1 << 127, 0b1011 << 60];
        const PACKED: [u8; masks_len(MASKS)] = pack_masks(MASKS);
        assert_eq!(PACKED[..6], [0, 1, 0, 2, 9, 56]);
        assert_eq!(PACKED.len(), 1 + 2 + 3 + 129 + 2 + 4);
        assert_eq!(masks(&PACKED).collect::<Vec<_>>(), MASKS);
    }

    #[test]
    fn strs_round_trip() {
        const STRS: &[&str] = &["", "stop", "停止", "x"];
        static PACKED: [u8; strs_len(STRS)] = pack_strs(STRS);
        assert_eq!(PACKED[..6], [0, 4, b's', b't', b'o', b'p']);
        assert_eq!(PACKED.len(), 1 + 5 + 7 + 2);
        assert_eq!(strs(&PACKED).collect::<Vec<_>>(), STRS);
    }
}
