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
//! what the classes mean, nor how a table lays its rows out (see `rules.rs`).

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

/// Reads one packed mask from `bytes` (0 where they end early).
pub(crate) fn take_mask(bytes: &mut impl Iterator<Item = u8>) -> u128 {
    let n = bytes.next().unwrap_or(0);
    (0..n).filter_map(|_| bytes.next()).fold(0, |m, bit| m | 1u128.wrapping_shl(u32::from(bit)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_round_trip() {
        for m in [0, 1, 1 << 9 | 1 << 56, u128::MAX, 1 << 127, 0b1011 << 60] {
            let mut out = [0; 129];
            let end = put_mask(&mut out, 0, m);
            assert_eq!(end, mask_len(m));
            assert_eq!(take_mask(&mut out[..end].iter().copied()), m);
        }
        const PACKED: [u8; 3] = {
            let mut out = [0; 3];
            put_mask(&mut out, 0, 1 << 9 | 1 << 56);
            out
        };
        assert_eq!(PACKED, [2, 9, 56]);
    }
}
