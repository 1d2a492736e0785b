//! Class masks as bytes, written at compile time: the form the classifier's tables take in
//! the WebAssembly module.
//!
//! A class mask is a `u128` with a few of its bits set. A table of them is mostly zero
//! bytes, which wasm-opt cuts into hundreds of data segments of a byte or two (each with a
//! header of its own) and which gzip cannot shrink. So the tables are written in the source
//! as they read best (`Is(STOPV | SENDME)`), and a `const fn` turns them into bytes during
//! compilation; the engine reads the bytes back once, at its first use. A table that is
//! read only in const context is not in the module at all.
//!
//! A packed mask is its number of set bits, then each bit's number (ascending, each
//! below 128): `STOPV | SENDME` (bits 0 and 3) is `2, 0, 3`. This module does not know
//! what the classes mean, nor how a table lays its rows out (see `rules.rs` and
//! `lexicon.rs`).

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
}
