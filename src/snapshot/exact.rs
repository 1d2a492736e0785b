//! The exact set: Elias-Fano over the sorted numbers, stored relative to the smallest.
//!
//! Each value `v = number - min` splits into `L` low bits, packed in `exact-low`, and a high
//! part `v >> L`, written in unary into the `exact-high` bit vector: element `i` sets bit
//! `(v_i >> L) + i`, and a trailing zero ends the last bucket. The zeros therefore separate
//! buckets: the elements whose high part is `h` are the ones between zero `h - 1` and zero
//! `h`. `exact-select` samples the position of every `2^s`-th zero so finding a bucket scans
//! a few words. A hit yields the element's rank, which keys the scope table.
//!
//! Reads go through `get` on byte slices: a crafted file can make answers wrong (the
//! checksum and the signature guard against that), never make a lookup panic.
use super::error::SnapshotError;

/// Parameters of the exact set, as the header stores them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Params {
    pub(crate) entries: u64,
    pub(crate) min: u64,
    pub(crate) max: u64,
    pub(crate) low_bits: u32,
    pub(crate) high_bits: u64,
    pub(crate) select_log2: u32,
}

/// Sampling rate of the select index used by this writer: every 256th zero.
pub(crate) const SELECT_LOG2: u32 = 8;

impl Params {
    /// The canonical parameters for `entries` distinct values in `[min, max]`.
    pub(crate) fn canonical(entries: u64, min: u64, max: u64, select_log2: u32) -> Option<Params> {
        if entries == 0 {
            return Some(Params { entries, min: 0, max: 0, low_bits: 0, high_bits: 0, select_log2 });
        }
        let range = max.checked_sub(min)?;
        let ratio = range / entries;
        let low_bits = if ratio == 0 { 0 } else { 63 - ratio.leading_zeros() };
        let high_bits = entries.checked_add(range >> low_bits)?.checked_add(1)?;
        Some(Params { entries, min, max, low_bits, high_bits, select_log2 })
    }

    pub(crate) fn zeros(&self) -> u64 {
        self.high_bits.saturating_sub(self.entries)
    }

    /// Bytes of each section: (high, low, select).
    pub(crate) fn section_lens(&self) -> Option<(u64, u64, u64)> {
        let high = self.high_bits.checked_add(63)? / 64 * 8;
        let low = self.entries.checked_mul(u64::from(self.low_bits))?.checked_add(63)? / 64 * 8;
        let step = 1u64.checked_shl(self.select_log2)?;
        let samples = self.zeros().checked_add(step - 1)? / step;
        Some((high, low, samples.checked_mul(4)?))
    }
}

#[inline]
fn word(bytes: &[u8], index: u64) -> u64 {
    let start = match usize::try_from(index).ok().and_then(|i| i.checked_mul(8)) {
        Some(s) => s,
        None => return 0,
    };
    match bytes.get(start..start.wrapping_add(8)) {
        Some(w) => {
            let mut a = [0u8; 8];
            a.copy_from_slice(w);
            u64::from_le_bytes(a)
        }
        None => 0,
    }
}

#[inline]
fn sample(bytes: &[u8], index: u64) -> Option<u64> {
    let start = usize::try_from(index).ok()?.checked_mul(4)?;
    let w = bytes.get(start..start.checked_add(4)?)?;
    Some(u64::from(u32::from_le_bytes([w[0], w[1], w[2], w[3]])))
}

/// Position of the `r`-th set bit of `x` (0-based); 64 or more when there is none.
/// Broadword: byte popcounts summed by a multiplication find the byte, then at most
/// seven clear-lowest-bit steps inside it (no data-dependent branch before that).
#[inline]
fn select_in_word(x: u64, r: u32) -> u32 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    if r >= 64 {
        return 64;
    }
    let mut s = x - ((x >> 1) & 0x5555_5555_5555_5555);
    s = (s & 0x3333_3333_3333_3333) + ((s >> 2) & 0x3333_3333_3333_3333);
    s = (s + (s >> 4)) & 0x0f0f_0f0f_0f0f_0f0f;
    // Byte i of `cum`: set bits in bytes 0..=i (at most 64, so no carries between bytes).
    let cum = s.wrapping_mul(ONES);
    // High bit of byte i set where cum_i <= r: those bytes hold fewer than r + 1 bits.
    let le = (((u64::from(r) * ONES) | HIGH) - cum) & HIGH;
    let byte = le.count_ones();
    if byte >= 8 {
        return 64;
    }
    let before = if byte == 0 { 0 } else { ((cum >> (8 * (byte - 1))) & 0xff) as u32 };
    let mut b = (x >> (8 * byte)) as u8;
    for _ in 0..(r - before) {
        b &= b.wrapping_sub(1);
    }
    byte * 8 + b.trailing_zeros()
}

/// Where a lookup's bucket starts: see [`Exact::bucket`].
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Bucket {
    pos: u64,
    rank: u64,
    lo: u64,
}

/// A read-only view of the three sections.
#[derive(Clone, Copy)]
pub(crate) struct Exact<'a> {
    pub(crate) p: Params,
    pub(crate) high: &'a [u8],
    pub(crate) low: &'a [u8],
    pub(crate) select: &'a [u8],
}

impl<'a> Exact<'a> {
    #[inline]
    fn low_value(&self, rank: u64) -> u64 {
        let l = self.p.low_bits;
        if l == 0 {
            return 0;
        }
        let bit = rank.wrapping_mul(u64::from(l));
        let (w, off) = (bit / 64, (bit % 64) as u32);
        let mut v = word(self.low, w) >> off;
        if off + l > 64 {
            v |= word(self.low, w + 1) << (64 - off);
        }
        v & ((1u64 << l) - 1)
    }

    #[inline]
    fn high_bit(&self, pos: u64) -> bool {
        pos < self.p.high_bits && (word(self.high, pos / 64) >> (pos % 64)) & 1 == 1
    }

    /// Position of zero number `k` (0-based) in the high bit vector.
    #[inline]
    fn select0(&self, k: u64) -> Option<u64> {
        let s = self.p.select_log2;
        let mut pos = sample(self.select, k >> s)?;
        let mut r = k & ((1u64 << s) - 1);
        let mut w = pos / 64;
        let mut x = !word(self.high, w) & (!0u64 << (pos % 64));
        loop {
            let c = u64::from(x.count_ones());
            if r < c {
                pos = w * 64 + u64::from(select_in_word(x, r as u32));
                return (pos < self.p.high_bits).then_some(pos);
            }
            r -= c;
            w += 1;
            if w.saturating_mul(64) >= self.p.high_bits {
                return None;
            }
            x = !word(self.high, w);
        }
    }

    /// The rank of `number` in the set, if it is a member.
    #[inline]
    pub(crate) fn rank_of(&self, number: u64) -> Option<u64> {
        self.bucket(number).and_then(|b| self.scan(b))
    }

    /// First half of a lookup: where `number`'s bucket starts in the high bits, the rank
    /// of its first element, and the low bits to look for; `None` when it cannot be a
    /// member. Batched lookups run this for a group, then `scan` for the group, so the
    /// cache misses of different numbers overlap.
    #[inline]
    pub(crate) fn bucket(&self, number: u64) -> Option<Bucket> {
        if self.p.entries == 0 || number < self.p.min || number > self.p.max {
            return None;
        }
        let v = number - self.p.min;
        let l = self.p.low_bits;
        let hi = v >> l;
        let lo = v & ((1u64 << l) - 1);
        let pos = if hi == 0 { 0 } else { self.select0(hi - 1)? + 1 };
        let rank = pos.checked_sub(hi)?;
        Some(Bucket { pos, rank, lo })
    }

    /// Reads (and so brings into cache) what `bucket` for `number` will read first: its
    /// select sample and the high word there. Returns a value to feed `black_box`.
    #[inline]
    pub(crate) fn touch_bucket(&self, number: u64) -> u64 {
        let v = number.wrapping_sub(self.p.min);
        let hi = v.checked_shr(self.p.low_bits).unwrap_or(0);
        match sample(self.select, hi.saturating_sub(1) >> self.p.select_log2) {
            Some(pos) => word(self.high, pos / 64),
            None => 0,
        }
    }

    /// Reads the low-bits word `scan` of `bucket` will read first.
    #[inline]
    pub(crate) fn touch_low(&self, bucket: &Bucket) -> u64 {
        word(self.low, bucket.rank.wrapping_mul(u64::from(self.p.low_bits)) / 64)
    }

    /// Second half of a lookup: walks the bucket.
    #[inline]
    pub(crate) fn scan(&self, bucket: Bucket) -> Option<u64> {
        let Bucket { mut pos, mut rank, lo } = bucket;
        while self.high_bit(pos) {
            let found = self.low_value(rank);
            if found == lo {
                return Some(rank);
            }
            if found > lo {
                return None;
            }
            pos += 1;
            rank += 1;
        }
        None
    }

    /// Every member with its rank, ascending.
    pub(crate) fn iter(self) -> Iter<'a> {
        Iter { exact: self, pos: 0, rank: 0 }
    }

    /// Checks what lookups rely on, in time linear in the file and without allocating:
    /// the high vector holds `entries` ones and ends with a zero, every select sample
    /// points at the zero it claims, and the first and last members are `min` and `max`.
    pub(crate) fn validate(&self) -> Result<(), SnapshotError> {
        let p = &self.p;
        if p.entries == 0 {
            return Ok(());
        }
        let words = p.high_bits.div_ceil(64);
        let tail = p.high_bits % 64;
        let step = 1u64 << p.select_log2;
        let samples = p.zeros().div_ceil(step);
        let (mut ones, mut zeros, mut next) = (0u64, 0u64, 0u64);
        for w in 0..words {
            let mut bits = word(self.high, w);
            let valid = if w + 1 == words && tail != 0 { (1u64 << tail) - 1 } else { !0 };
            if bits & !valid != 0 {
                return Err(SnapshotError::inconsistent("`exact-high` has bits set past its length"));
            }
            bits &= valid;
            ones += u64::from(bits.count_ones());
            let z = !bits & valid;
            let cz = u64::from(z.count_ones());
            while next < samples && next * step < zeros + cz {
                let at = w * 64 + u64::from(select_in_word(z, (next * step - zeros) as u32));
                if sample(self.select, next) != Some(at) {
                    return Err(SnapshotError::inconsistent(format!(
                        "`exact-select` sample {next} does not point at zero {}",
                        next * step
                    )));
                }
                next += 1;
            }
            zeros += cz;
        }
        if ones != p.entries {
            return Err(SnapshotError::inconsistent(format!(
                "`exact-high` holds {ones} members, header says {}",
                p.entries
            )));
        }
        if self.high_bit(p.high_bits - 1) {
            return Err(SnapshotError::inconsistent("`exact-high` does not end with a zero"));
        }
        let first = self.iter().next().map(|(_, n)| n);
        if first != Some(p.min) {
            return Err(SnapshotError::inconsistent("the first member is not the header's minimum"));
        }
        // The last one bit is the last member: it sits just before the trailing zeros.
        let last_pos = (0..words).rev().find_map(|w| {
            let bits = word(self.high, w);
            (bits != 0).then(|| w * 64 + 63 - u64::from(bits.leading_zeros()))
        });
        let last = last_pos.and_then(|pos| {
            let rank = p.entries - 1;
            let hi = pos.checked_sub(rank)?;
            Some(p.min.wrapping_add(hi.wrapping_shl(p.low_bits) | self.low_value(rank)))
        });
        if last != Some(p.max) {
            return Err(SnapshotError::inconsistent("the last member is not the header's maximum"));
        }
        Ok(())
    }
}

/// Ascending (rank, number) pairs of the exact set.
pub(crate) struct Iter<'a> {
    exact: Exact<'a>,
    pos: u64,
    rank: u64,
}

impl Iterator for Iter<'_> {
    type Item = (u64, u64);

    fn next(&mut self) -> Option<(u64, u64)> {
        let e = &self.exact;
        if self.rank >= e.p.entries || self.pos >= e.p.high_bits {
            return None;
        }
        let mut w = self.pos / 64;
        let mut x = word(e.high, w) & (!0u64 << (self.pos % 64));
        while x == 0 {
            w += 1;
            if w.saturating_mul(64) >= e.p.high_bits {
                return None;
            }
            x = word(e.high, w);
        }
        let pos = w * 64 + u64::from(x.trailing_zeros());
        if pos >= e.p.high_bits {
            return None;
        }
        let rank = self.rank;
        let hi = pos.wrapping_sub(rank);
        let number = e.p.min.wrapping_add(hi.wrapping_shl(e.p.low_bits) | e.low_value(rank));
        self.pos = pos + 1;
        self.rank += 1;
        Some((rank, number))
    }
}

/// The encoded exact set: its parameters and its three sections.
pub(crate) struct Encoded {
    pub(crate) params: Params,
    pub(crate) high: Vec<u8>,
    pub(crate) low: Vec<u8>,
    pub(crate) select: Vec<u8>,
}

/// Encodes sorted, distinct numbers.
pub(crate) fn build(sorted: &[u64]) -> Result<Encoded, SnapshotError> {
    let n = sorted.len() as u64;
    let (min, max) = match (sorted.first(), sorted.last()) {
        (Some(&a), Some(&b)) => (a, b),
        _ => (0, 0),
    };
    let p = Params::canonical(n, min, max, SELECT_LOG2)
        .ok_or_else(|| SnapshotError::build("exact set parameters overflow"))?;
    if p.high_bits > 1 << 32 {
        return Err(SnapshotError::build(format!("{n} entries are too many for one snapshot")));
    }
    let (high_len, low_len, _) = p.section_lens().ok_or_else(|| SnapshotError::build("exact set too large"))?;
    let mut high = vec![0u64; (high_len / 8) as usize];
    let mut low = vec![0u64; (low_len / 8) as usize];
    let l = p.low_bits;
    for (i, &x) in sorted.iter().enumerate() {
        let v = x - min;
        let pos = (v >> l) + i as u64;
        high[(pos / 64) as usize] |= 1 << (pos % 64);
        if l > 0 {
            let lo = v & ((1u64 << l) - 1);
            let bit = i as u64 * u64::from(l);
            let (w, off) = ((bit / 64) as usize, (bit % 64) as u32);
            low[w] |= lo << off;
            if off + l > 64 {
                low[w + 1] |= lo >> (64 - off);
            }
        }
    }
    let step = 1u64 << p.select_log2;
    let mut select = Vec::new();
    let mut zeros = 0u64;
    for pos in 0..p.high_bits {
        if high[(pos / 64) as usize] >> (pos % 64) & 1 == 0 {
            if zeros % step == 0 {
                select.extend_from_slice(&(pos as u32).to_le_bytes());
            }
            zeros += 1;
        }
    }
    let to_bytes = |words: Vec<u64>| words.iter().flat_map(|w| w.to_le_bytes()).collect::<Vec<u8>>();
    Ok(Encoded { params: p, high: to_bytes(high), low: to_bytes(low), select })
}

#[cfg(test)]
mod tests {
    use super::select_in_word;

    fn naive(x: u64, r: u32) -> u32 {
        (0..64).filter(|&i| x >> i & 1 == 1).nth(r as usize).unwrap_or(64)
    }

    #[test]
    fn select_in_word_matches_a_bit_by_bit_count() {
        let mut x = 0x2545_f491_4f6c_dd1du64;
        let mut words = vec![0, 1, u64::MAX, 1 << 63, 0x8000_0000_0000_0001, 0x00ff_0000_0000_ff00];
        for _ in 0..2000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            words.push(x);
            words.push(x & (x >> 3) & (x >> 5));
        }
        for &w in &words {
            for r in 0..66 {
                assert_eq!(select_in_word(w, r), naive(w, r), "word {w:#x}, r {r}");
            }
        }
    }
}
