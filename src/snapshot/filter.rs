//! The fast filter: a split-block Bloom filter (the Parquet layout). Each key touches one
//! 32-byte block (eight 32-bit words) and sets one bit per word, so a lookup that says "no"
//! costs one hash and one cache line. It may say "maybe" for a number not on the list; the
//! exact set then decides.

/// Bytes in one block.
pub(crate) const BLOCK_BYTES: usize = 32;

/// The Parquet SBBF salts: odd multipliers, one per word of a block.
const SALT: [u32; 8] = [
    0x47b6_137b, 0x4497_4d91, 0x8824_ad5b, 0xa2b7_289d, 0x7054_95c7, 0x2df1_424b, 0x9efc_4947, 0x5c6b_fb31,
];

/// The filter hash of a number: xxh3-64 of its 8 little-endian bytes.
#[inline]
pub(crate) fn hash(number: u64) -> u64 {
    xxhash_rust::xxh3::xxh3_64(&number.to_le_bytes())
}

/// Which block a hash selects: "fastrange" on the upper 32 bits, `blocks` < 2^32.
#[inline]
pub(crate) fn block_index(hash: u64, blocks: u64) -> u64 {
    ((hash >> 32).wrapping_mul(blocks)) >> 32
}

/// The bit each word of the block must have.
#[inline]
fn masks(hash: u64) -> [u32; 8] {
    let key = hash as u32;
    let mut out = [0u32; 8];
    for (m, salt) in out.iter_mut().zip(SALT) {
        *m = 1u32 << (key.wrapping_mul(salt) >> 27);
    }
    out
}

/// Whether `hash` may be in the filter held by `bytes` (whole blocks). An empty filter
/// says "maybe" to everything.
#[inline]
pub(crate) fn may_contain(bytes: &[u8], hash: u64) -> bool {
    let blocks = (bytes.len() / BLOCK_BYTES) as u64;
    if blocks == 0 {
        return true;
    }
    // `index < blocks`, so the slice is in bounds; `get` keeps it panic-free regardless.
    let start = block_index(hash, blocks) as usize * BLOCK_BYTES;
    let block: &[u8; BLOCK_BYTES] = match bytes.get(start..start + BLOCK_BYTES).and_then(|b| b.try_into().ok()) {
        Some(b) => b,
        None => return true,
    };
    let masks = masks(hash);
    let mut all = true;
    for (i, mask) in masks.iter().enumerate() {
        let word = u32::from_le_bytes([block[4 * i], block[4 * i + 1], block[4 * i + 2], block[4 * i + 3]]);
        all &= word & mask != 0;
    }
    all
}

/// A filter under construction.
pub(crate) struct FilterBuilder {
    words: Vec<u32>,
}

impl FilterBuilder {
    pub(crate) fn new(blocks: usize) -> FilterBuilder {
        FilterBuilder { words: vec![0; blocks * 8] }
    }

    pub(crate) fn insert(&mut self, number: u64) {
        let blocks = (self.words.len() / 8) as u64;
        if blocks == 0 {
            return;
        }
        let h = hash(number);
        let base = block_index(h, blocks) as usize * 8;
        for (i, mask) in masks(h).iter().enumerate() {
            self.words[base + i] |= mask;
        }
    }

    pub(crate) fn write(&self, out: &mut Vec<u8>) {
        for w in &self.words {
            out.extend_from_slice(&w.to_le_bytes());
        }
    }
}
