//! Where everything is in a snapshot file, as `Snapshot::from_bytes` validated it, and the
//! lookups that read the base file through it (range check, filter, exact set, scopes).
use super::error::{File, Kind, SnapshotError};
use super::exact::{self, Exact, Params};
use super::header::{self, Header, FILTER, HIGH, LOW, OUTLIERS, SCOPES, SECTIONS, SECTION_COUNT, SELECT};
use super::keys::SIGNATURE_LEN;
use super::wire::{self, CHECKSUM_LEN, FLAG_SIGNED};
use super::filter;
use super::{nanp, scope_from_code, ListDigest, MAX_ENTRIES};
use crate::Scope;

/// Where everything is, as validated by `from_bytes`. Ranges index the file.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Layout {
    // All entries: the exact set's (`params.entries`) then the outliers.
    pub(crate) entries: u64,
    // The filter: where it starts in the file, and its blocks.
    pub(crate) filter_start: usize,
    pub(crate) filter_blocks: u64,
    pub(crate) params: Params,
    pub(crate) sections: [(usize, usize); SECTION_COUNT],
    pub(crate) scoped: usize,
    // The scope table's rank set and its parts: high, low, select, codes.
    pub(crate) scope_params: Params,
    pub(crate) scope_parts: [(usize, usize); 4],
    pub(crate) signed: bool,
    pub(crate) sequence: u64,
    pub(crate) created_at: u64,
    pub(crate) region: [u8; 8],
    pub(crate) digest: ListDigest,
}

impl Layout {
    pub(crate) fn parse(bytes: &[u8]) -> Result<Layout, SnapshotError> {
        wire::check_start(bytes, File::Snapshot, header::LEN)?;
        let len = bytes.len() as u64;
        let h = Header::read(bytes)?;
        if h.header_len as usize != header::LEN {
            return Err(SnapshotError::new(Kind::HeaderLen { found: h.header_len, expected: header::LEN as u32 }));
        }
        if h.section_count as usize != SECTIONS.len() {
            return Err(SnapshotError::new(Kind::SectionCount {
                found: h.section_count,
                expected: SECTIONS.len() as u32,
            }));
        }
        if h.file_len != len {
            return Err(SnapshotError::new(Kind::FileLen { file: File::Snapshot, header: h.file_len, actual: len }));
        }
        wire::check_checksum(bytes, File::Snapshot)?;

        let (flags, entries, sequence, created_at, region) = (h.flags, h.entries, h.sequence, h.created_at, h.region);
        let region_len = region.iter().position(|&b| b == 0).unwrap_or(8);
        if !region[..region_len].iter().all(u8::is_ascii_graphic) || region[region_len..].iter().any(|&b| b != 0) {
            return Err(SnapshotError::new(Kind::Region { bytes: region }));
        }
        let (min, max, high_bits) = (h.min, h.max, h.high_bits);
        let (scoped, blocks) = (h.scoped, h.blocks);
        let (low_bits, select_log2) = (u32::from(h.low_bits), u32::from(h.select_log2));
        let digest = h.digest;
        if let Some(i) = h.reserved.iter().position(|&b| b != 0) {
            let offset = (header::at::RESERVED + i) as u64;
            return Err(SnapshotError::new(Kind::Padding { file: File::Snapshot, offset }));
        }
        if entries > MAX_ENTRIES {
            return Err(SnapshotError::inconsistent(format!("{entries} entries, at most {MAX_ENTRIES} allowed")));
        }
        let outliers = u64::from(h.outliers);
        let dense = entries.checked_sub(outliers).ok_or_else(|| {
            SnapshotError::inconsistent(format!("{outliers} outliers exceed {entries} entries"))
        })?;
        if !(5..=20).contains(&select_log2) {
            return Err(SnapshotError::inconsistent(format!("select sampling 2^{select_log2} is out of range")));
        }
        let params = Params::canonical(dense, min, max, select_log2)
            .ok_or_else(|| SnapshotError::inconsistent(format!("minimum {min} exceeds maximum {max}")))?;
        let stored = Params { entries: dense, min, max, low_bits, high_bits, select_log2 };
        if stored != params {
            return Err(SnapshotError::inconsistent(format!(
                "exact-set parameters (min {min}, max {max}, {low_bits} low bits, {high_bits} high bits) do not match {dense} entries"
            )));
        }
        if dense > 0 && max >= nanp::DENSE_KEYS {
            return Err(SnapshotError::inconsistent(format!("exact-set maximum {max} is not a dense NANP key")));
        }
        if params.high_bits > 1 << 32 {
            return Err(SnapshotError::inconsistent(format!("{high_bits} high bits exceed 2^32")));
        }
        if scoped > entries {
            return Err(SnapshotError::inconsistent(format!("{scoped} scoped entries exceed {entries} entries")));
        }
        if blocks > u64::from(u32::MAX) || (entries == 0 && blocks != 0) {
            return Err(SnapshotError::inconsistent(format!("{blocks} filter blocks for {entries} entries")));
        }
        let signed = flags & FLAG_SIGNED != 0;
        let (high_len, low_len, select_len) =
            params.section_lens().ok_or_else(|| SnapshotError::inconsistent("section sizes overflow"))?;
        let expected = [
            blocks * filter::BLOCK_BYTES as u64,
            high_len,
            low_len,
            select_len,
            outliers * 8,
            0, // computed from the section's own first and last rank below
            if signed { SIGNATURE_LEN as u64 } else { 0 },
        ];

        let mut sections = [(0usize, 0usize); SECTION_COUNT];
        let mut scope_params = Params::canonical(0, 0, 0, exact::SELECT_LOG2).unwrap_or(params);
        let mut scope_parts = [(0usize, 0usize); 4];
        let mut end = header::LEN as u64;
        for (i, ((name, tag), entry)) in SECTIONS.iter().zip(h.table).enumerate() {
            let at = header::at::TABLE + i * header::TABLE_ENTRY;
            let found = entry.tag;
            if &found != *tag {
                return Err(SnapshotError::new(Kind::SectionTag {
                    index: i,
                    found,
                    expected: core::str::from_utf8(&tag[..]).unwrap_or("?"),
                }));
            }
            if entry.reserved != 0 {
                return Err(SnapshotError::new(Kind::Padding { file: File::Snapshot, offset: (at + 4) as u64 }));
            }
            let (offset, length) = (entry.offset, entry.length);
            let start = if i == FILTER { end.checked_add(63).map(|e| e & !63) } else { wire::align8(end) };
            let start = start.unwrap_or(u64::MAX);
            if offset != start {
                return Err(SnapshotError::new(Kind::SectionOffset { name, offset, expected: start }));
            }
            let mut expected_len = expected[i];
            if i == SCOPES && scoped > 0 {
                let at = usize::try_from(offset).ok().filter(|&a| a.checked_add(16).is_some_and(|e| e <= bytes.len()));
                let at = at.ok_or_else(|| {
                    SnapshotError::inconsistent(format!("section `{name}` at {offset} runs past the end of the file"))
                })?;
                let first = wire::u64_at(bytes, at, File::Snapshot, "scope table first rank")?;
                let last = wire::u64_at(bytes, at + 8, File::Snapshot, "scope table last rank")?;
                if first > last || last >= entries {
                    return Err(SnapshotError::inconsistent(format!(
                        "scope table ranks {first}..={last} do not fit {entries} entries"
                    )));
                }
                let (p, parts) = locate_scope_parts(offset, scoped, first, last)
                    .ok_or_else(|| SnapshotError::inconsistent("scope table sizes overflow"))?;
                expected_len = parts[3].1 - offset;
                scope_params = p;
                for (slot, (a, b)) in scope_parts.iter_mut().zip(parts) {
                    // Bounded by the file once the section is (checked just below).
                    *slot = (a.min(len) as usize, b.min(len) as usize);
                }
            }
            if length != expected_len {
                return Err(SnapshotError::new(Kind::SectionLen { name, len: length, expected: expected_len }));
            }
            let stop = offset.checked_add(length).filter(|&s| s <= len - CHECKSUM_LEN as u64).ok_or_else(|| {
                SnapshotError::inconsistent(format!(
                    "section `{name}` ({length} bytes at {offset}) runs past the end of the {len}-byte file"
                ))
            })?;
            // Padding between sections is zero, so every byte of the file has one meaning.
            if let Some(p) = bytes[end as usize..offset as usize].iter().position(|&b| b != 0) {
                return Err(SnapshotError::new(Kind::Padding { file: File::Snapshot, offset: end + p as u64 }));
            }
            sections[i] = (offset as usize, stop as usize);
            end = stop;
        }
        let checksum_at = wire::align8(end).unwrap_or(u64::MAX);
        if checksum_at != len - CHECKSUM_LEN as u64 {
            return Err(SnapshotError::inconsistent(format!(
                "sections end at byte {end}, but the checksum is at {}",
                len - CHECKSUM_LEN as u64
            )));
        }
        if let Some(p) = bytes[end as usize..checksum_at as usize].iter().position(|&b| b != 0) {
            return Err(SnapshotError::new(Kind::Padding { file: File::Snapshot, offset: end + p as u64 }));
        }
        let layout = Layout {
            entries,
            filter_start: sections[FILTER].0,
            filter_blocks: blocks,
            params,
            sections,
            scoped: scoped as usize,
            scope_params,
            scope_parts,
            signed,
            sequence,
            created_at,
            region,
            digest,
        };
        layout.exact(bytes).validate()?;
        layout.validate_outliers(bytes)?;
        layout.validate_scopes(bytes)?;
        Ok(layout)
    }

    #[inline]
    pub(crate) fn section<'a>(&self, bytes: &'a [u8], i: usize) -> &'a [u8] {
        let (a, b) = self.sections[i];
        bytes.get(a..b).unwrap_or(&[])
    }

    #[inline]
    pub(crate) fn exact<'a>(&self, bytes: &'a [u8]) -> Exact<'a> {
        Exact {
            p: self.params,
            high: self.section(bytes, HIGH),
            low: self.section(bytes, LOW),
            select: self.section(bytes, SELECT),
        }
    }

    /// The outliers: numbers outside the dense NANP space, ascending, as stored.
    #[inline]
    pub(crate) fn outlier(&self, bytes: &[u8], i: u64) -> Option<u64> {
        let at = usize::try_from(i).ok()?.checked_mul(8)?;
        let w = self.section(bytes, OUTLIERS).get(at..at.checked_add(8)?)?;
        w.try_into().ok().map(u64::from_le_bytes)
    }

    pub(crate) fn outlier_count(&self) -> u64 {
        self.entries - self.params.entries
    }

    /// Rank among the outliers of `number` (binary search).
    #[inline]
    fn outlier_rank(&self, bytes: &[u8], number: u64) -> Option<u64> {
        let (mut lo, mut hi) = (0u64, self.outlier_count());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match self.outlier(bytes, mid)?.cmp(&number) {
                core::cmp::Ordering::Less => lo = mid + 1,
                core::cmp::Ordering::Greater => hi = mid,
                core::cmp::Ordering::Equal => return Some(mid),
            }
        }
        None
    }

    fn validate_outliers(&self, bytes: &[u8]) -> Result<(), SnapshotError> {
        let mut prev = None;
        for i in 0..self.outlier_count() {
            let x = self.outlier(bytes, i).unwrap_or(0);
            if prev.is_some_and(|p| x <= p) {
                return Err(SnapshotError::inconsistent(format!("outlier {i} ({x}) is out of order")));
            }
            if nanp::key(x).is_some() {
                return Err(SnapshotError::inconsistent(format!(
                    "outlier {i} ({x}) is a NANP number and belongs in the exact set"
                )));
            }
            prev = Some(x);
        }
        Ok(())
    }

    /// The scope table's rank set.
    #[inline]
    pub(crate) fn scope_ranks<'a>(&self, bytes: &'a [u8]) -> Exact<'a> {
        let part = |i: usize| bytes.get(self.scope_parts[i].0..self.scope_parts[i].1).unwrap_or(&[]);
        Exact { p: self.scope_params, high: part(0), low: part(1), select: part(2) }
    }

    pub(crate) fn code_at(&self, bytes: &[u8], i: u64) -> u8 {
        let (a, b) = self.scope_parts[3];
        let codes = bytes.get(a..b).unwrap_or(&[]);
        usize::try_from(i).ok().and_then(|i| codes.get(i)).copied().unwrap_or(0)
    }

    pub(crate) fn validate_scopes(&self, bytes: &[u8]) -> Result<(), SnapshotError> {
        if self.scoped == 0 {
            return Ok(());
        }
        let ranks = self.scope_ranks(bytes);
        ranks.validate().map_err(|e| SnapshotError::inconsistent(format!("scope table: {e}")))?;
        let mut prev = None;
        for (i, rank) in ranks.iter() {
            if prev.is_some_and(|p| rank <= p) {
                return Err(SnapshotError::inconsistent(format!("scope table rank {rank} is out of order")));
            }
            prev = Some(rank);
            match self.code_at(bytes, i) {
                0 => return Err(SnapshotError::new(Kind::ScopeAllStored { rank })),
                // Every other code is a mask: marketing and program bits.
                _ => {}
            }
        }
        Ok(())
    }

    /// The scope of the entry of rank `rank`.
    #[inline]
    pub(crate) fn scope_of(&self, bytes: &[u8], rank: u64) -> Scope {
        if self.scoped == 0 {
            return Scope::All;
        }
        match self.scope_ranks(bytes).rank_of(rank) {
            Some(i) => scope_from_code(self.code_at(bytes, i)),
            None => Scope::All,
        }
    }

    /// Rank of `number` in the base file, if present: range check, filter, exact set.
    #[inline]
    pub(crate) fn rank(&self, bytes: &[u8], number: u64) -> Option<u64> {
        if !self.maybe(bytes, number) {
            return None;
        }
        self.rank_after_filter(bytes, number)
    }

    /// Whether the filter lets `number` through (never, for an empty file).
    #[inline(always)]
    pub(crate) fn maybe(&self, bytes: &[u8], number: u64) -> bool {
        self.entries != 0 && filter::maybe(bytes, self.filter_start, self.filter_blocks, number)
    }

    /// `rank` for a number the filter let through: dense NANP numbers in the exact set,
    /// others among the outliers.
    #[inline]
    pub(crate) fn rank_after_filter(&self, bytes: &[u8], number: u64) -> Option<u64> {
        match nanp::key(number) {
            Some(key) => {
                let p = &self.params;
                if p.entries == 0 || key < p.min || key > p.max {
                    return None;
                }
                self.exact(bytes).rank_of(key)
            }
            None => self.outlier_rank(bytes, number).map(|i| self.params.entries + i),
        }
    }

    #[inline]
    pub(crate) fn check(&self, bytes: &[u8], number: u64) -> Option<Scope> {
        self.rank(bytes, number).map(|rank| self.scope_of(bytes, rank))
    }
}

/// Where the parts of a `scopes` section of `scoped` ranks starting at `offset` are, given
/// its first and last rank: (params, high, low, select, codes) as absolute ranges.
fn locate_scope_parts(offset: u64, scoped: u64, first: u64, last: u64) -> Option<(Params, [(u64, u64); 4])> {
    let params = Params::canonical(scoped, first, last, exact::SELECT_LOG2)?;
    let (high, low, select) = params.section_lens()?;
    let high_at = offset.checked_add(16)?;
    let low_at = high_at.checked_add(high)?;
    let select_at = low_at.checked_add(low)?;
    let codes_at = wire::align8(select_at.checked_add(select)?)?;
    let end = codes_at.checked_add(scoped)?;
    Some((params, [(high_at, low_at), (low_at, select_at), (select_at, select_at + select), (codes_at, end)]))
}
