//! The fast filter: a blocked Bloom filter with one 64-byte block (a cache line, when the
//! file is held 64-byte aligned: the section starts at a multiple of 64 in the file) per
//! number and four bits set in it. A lookup that says "no" costs one cheap hash and one
//! cache line. It may say "maybe" for a number not on the list; the exact set then
//! decides. Measured false-positive rates are in the README (bench/snapshot.rs).

/// Bytes in one block.
pub(crate) const BLOCK_BYTES: usize = 64;
/// Bits set per number, each anywhere in its block.
pub(crate) const HASHES: usize = 4;

/// The filter hash of a number: murmur3's 64-bit finaliser (a bijection that mixes every
/// input bit into every output bit, two multiplications).
#[inline]
pub(crate) fn hash(number: u64) -> u64 {
    let mut x = number;
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    x ^ (x >> 33)
}

/// Which block a hash selects: "fastrange" on the upper 32 bits, `blocks` < 2^32.
#[inline]
pub(crate) fn block_index(hash: u64, blocks: u64) -> u64 {
    ((hash >> 32).wrapping_mul(blocks)) >> 32
}

/// The bit positions (0..512) in the block: four 9-bit fields from the top of
/// `hash * 0x9e3779b97f4a7c15` (an odd multiplier, so every bit of the hash counts).
#[inline]
pub(crate) fn positions(hash: u64) -> [usize; HASHES] {
    let g = hash.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    [(g >> 55) as usize, (g >> 46) as usize & 511, (g >> 37) as usize & 511, (g >> 28) as usize & 511]
}

/// Whether `number` may be in the filter of `blocks` blocks starting at byte `start` of
/// `file` (as `from_bytes` validated them). No filter (`blocks == 0`) says "maybe".
///
/// The whole negative lookup is these few instructions: a short path lets the processor
/// keep more probes of a loop in flight, so their cache misses overlap.
#[inline(always)]
pub(crate) fn maybe(file: &[u8], start: usize, blocks: u64, number: u64) -> bool {
    let h = hash(number);
    let at = start.wrapping_add(block_index(h, blocks) as usize * BLOCK_BYTES);
    // In bounds for a validated layout; `get` keeps a lookup panic-free regardless.
    match file.get(at..at.wrapping_add(BLOCK_BYTES)) {
        Some(block) if blocks != 0 => {
            let mut all = 1u8;
            for p in positions(h) {
                all &= block[p >> 3] >> (p & 7);
            }
            all & 1 == 1
        }
        _ => true,
    }
}

/// A filter under construction.
pub(crate) struct FilterBuilder {
    bytes: Vec<u8>,
}

impl FilterBuilder {
    pub(crate) fn new(blocks: usize) -> FilterBuilder {
        FilterBuilder { bytes: vec![0; blocks * BLOCK_BYTES] }
    }

    pub(crate) fn insert(&mut self, number: u64) {
        let blocks = (self.bytes.len() / BLOCK_BYTES) as u64;
        if blocks == 0 {
            return;
        }
        let h = hash(number);
        let base = block_index(h, blocks) as usize * BLOCK_BYTES;
        for p in positions(h) {
            self.bytes[base + (p >> 3)] |= 1 << (p & 7);
        }
    }

    pub(crate) fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }
}
