//! Suppression snapshots: the opt-out list as one compact, versioned, signed file that an
//! origin builds and edge workers and browsers query, plus small deltas between them.
//!
//! A [`Snapshot`] answers "is this number suppressed, and for which [`Scope`]?" without
//! copying or decoding its bytes: [`Snapshot::from_bytes`] checks the header, every section
//! bound and the checksum, and lookups read words straight from the buffer. A lookup first
//! asks a split-block Bloom filter (one 32-byte block per number, so most numbers that are
//! not on the list cost one cache line), then an Elias-Fano encoding of the sorted numbers,
//! so a "suppressed" answer is never a false positive. Entries default to [`Scope::All`]; a
//! small table keyed by rank (itself Elias-Fano coded) lists the exceptions. [`Delta`]s
//! carry the changes between two sequences and are applied in memory
//! ([`Snapshot::apply_delta`]), in order, without gaps.
//!
//! Every copy of a list can be named by its [`ListDigest`] (a sum of per-entry hashes, kept
//! up to date as deltas apply): the header stores it, a delta states the digests before and
//! after it, and a signed [`Freshness`] statement tells an edge which digest is current.
//!
//! File layout (all integers little-endian; the full byte-level spec is
//! `docs/snapshot-format.md`):
//!
//! ```text
//! header (272 bytes): magic "\x89SGSNAP\n", endianness marker, version 2, flags (bit 0: signed),
//!   header length, section count, file length, entries, sequence, created_at, region,
//!   exact-set parameters (min, max, high bits, low bits, select rate), scoped count,
//!   filter blocks, the list digest, then the table of 6 sections (tag, offset, length)
//! filter        split-block Bloom filter, 32-byte blocks
//! exact-high    Elias-Fano high bits (unary buckets)
//! exact-low     Elias-Fano low bits, packed
//! exact-select  u32 position of every 256th zero of exact-high
//! scopes        ranks of entries whose scope is not `all` (Elias-Fano), then one code byte each
//! signature     Ed25519 over every byte before it (64 bytes, or empty when unsigned)
//! checksum      xxh3-64 of every byte before it
//! ```
//!
//! ```
//! use stopgate::snapshot::{Delta, DeltaBuilder, SigningKey, Snapshot, SnapshotBuilder};
//! use stopgate::Scope;
//!
//! let key = SigningKey::from_seed([7; 32]); // bring 32 random bytes in real use
//! let mut builder = SnapshotBuilder::new();
//! builder.region("US").sequence(1).created_at(1_700_000_000);
//! builder.insert(12125550100, Scope::All).insert(14155552671, Scope::Marketing);
//! let bytes = builder.build(Some(&key))?;
//!
//! let mut snapshot = Snapshot::from_bytes_verified(bytes.as_slice(), &key.verifying_key())?;
//! assert_eq!(snapshot.check(14155552671), Some(Scope::Marketing));
//! assert!(!snapshot.contains(13035550000));
//!
//! let mut delta = DeltaBuilder::new(1, 2);
//! delta.add(13035550000, Scope::All).remove(12125550100);
//! let delta = Delta::from_bytes(&delta.build(Some(&key))?, Some(&key.verifying_key()))?;
//! snapshot.apply_delta(&delta)?;
//! assert!(snapshot.contains(13035550000) && !snapshot.contains(12125550100));
//! assert_eq!((snapshot.sequence(), snapshot.len()), (2, 2));
//! # Ok::<(), stopgate::snapshot::SnapshotError>(())
//! ```
//!
//! What it does not do: fetch, schedule or store files (the CLI and the edge do), draw
//! randomness for keys (callers bring seeds), or know about phone-number syntax (numbers are
//! the `u64` their E.164 digits spell).
use crate::Scope;
use std::collections::HashMap;

mod delta;
mod digest;
mod error;
mod exact;
mod filter;
mod freshness;
mod keys;
mod wire;

pub use delta::{Delta, DeltaBuilder};
pub use digest::ListDigest;
pub use error::SnapshotError;
pub use freshness::Freshness;
pub use keys::{SigningKey, VerifyingKey};

use error::{File, Kind};
use exact::{Exact, Params};
use keys::SIGNATURE_LEN;
use wire::{u32_at, u64_at, CHECKSUM_LEN, FLAG_SIGNED, SNAPSHOT_MAGIC};

/// Bytes of the version 2 header, section table included.
const HEADER_LEN: usize = 272;
/// Where the list digest is.
const DIGEST_OFFSET: usize = 112;
/// Where the section table starts.
const TABLE_OFFSET: usize = 128;
/// Bytes of one section table entry: tag, reserved u32, offset u64, length u64.
const TABLE_ENTRY: usize = 24;
/// The sections of version 1, in file order: (name in messages, tag in the file).
const SECTIONS: [(&str, &[u8; 4]); 6] = [
    ("filter", b"FLTR"),
    ("exact-high", b"EFHI"),
    ("exact-low", b"EFLO"),
    ("exact-select", b"EFSL"),
    ("scopes", b"SCOP"),
    ("signature", b"SIGN"),
];
const FILTER: usize = 0;
const HIGH: usize = 1;
const LOW: usize = 2;
const SELECT: usize = 3;
const SCOPES: usize = 4;
const SIGNATURE: usize = 5;

/// Most entries one snapshot holds: ranks are stored as u32.
const MAX_ENTRIES: u64 = u32::MAX as u64;
/// Default size of the fast filter.
pub const DEFAULT_FILTER_BITS_PER_ENTRY: f64 = 8.0;

/// The stored code of a scope: 0 `all`, 1 `marketing`; 2..=255 are reserved for named
/// programs.
pub(crate) fn scope_code(scope: Scope) -> u8 {
    match scope {
        Scope::All => 0,
        Scope::Marketing => 1,
    }
}

pub(crate) fn scope_from_code(code: u8) -> Option<Scope> {
    match code {
        0 => Some(Scope::All),
        1 => Some(Scope::Marketing),
        _ => None,
    }
}

/// Builds a snapshot file from an opt-out list.
#[derive(Clone, Debug)]
pub struct SnapshotBuilder {
    region: String,
    sequence: u64,
    created_at: u64,
    filter_bits: f64,
    all: Vec<u64>,
    marketing: Vec<u64>,
}

impl SnapshotBuilder {
    /// An empty builder: region "", sequence 0, created_at 0, default filter size.
    pub fn new() -> SnapshotBuilder {
        SnapshotBuilder {
            region: String::new(),
            sequence: 0,
            created_at: 0,
            filter_bits: DEFAULT_FILTER_BITS_PER_ENTRY,
            all: Vec::new(),
            marketing: Vec::new(),
        }
    }

    /// The region/universe label stored in the header (e.g. `US`), at most 8 ASCII bytes.
    pub fn region(&mut self, region: &str) -> &mut Self {
        self.region = region.to_string();
        self
    }

    /// The sequence number; deltas chain from it.
    pub fn sequence(&mut self, sequence: u64) -> &mut Self {
        self.sequence = sequence;
        self
    }

    /// Creation time, Unix seconds.
    pub fn created_at(&mut self, unix_seconds: u64) -> &mut Self {
        self.created_at = unix_seconds;
        self
    }

    /// Size of the fast filter in bits per entry (default 8, about 2% of absent numbers
    /// reach the exact set). 0 leaves the filter out: smallest file, slower misses.
    /// `build` refuses values outside 0..=64.
    pub fn filter_bits_per_entry(&mut self, bits: f64) -> &mut Self {
        self.filter_bits = bits;
        self
    }

    /// Adds a number (E.164 as integer). Duplicates merge to the widest scope.
    pub fn insert(&mut self, number: u64, scope: Scope) -> &mut Self {
        match scope {
            Scope::All => self.all.push(number),
            Scope::Marketing => self.marketing.push(number),
        }
        self
    }

    /// Serialises, signing with `key` when given.
    pub fn build(&self, key: Option<&SigningKey>) -> Result<Vec<u8>, SnapshotError> {
        let region = region_bytes(&self.region)?;
        if !(self.filter_bits.is_finite() && (0.0..=64.0).contains(&self.filter_bits)) {
            return Err(SnapshotError::build(format!(
                "filter bits per entry must be between 0 and 64, got {}",
                self.filter_bits
            )));
        }
        let (numbers, scoped) = self.merged();
        let n = numbers.len() as u64;
        if n > MAX_ENTRIES {
            return Err(SnapshotError::build(format!("{n} entries; a snapshot holds at most {MAX_ENTRIES}")));
        }
        let exact::Encoded { params, high, low, select } = exact::build(&numbers)?;
        let blocks = if n == 0 || self.filter_bits == 0.0 {
            0
        } else {
            ((n as f64 * self.filter_bits / 256.0).ceil() as u64).max(1)
        };
        if blocks > u64::from(u32::MAX) {
            return Err(SnapshotError::build(format!("a filter of {blocks} blocks is too large")));
        }
        let mut filter = filter::FilterBuilder::new(blocks as usize);
        for &x in &numbers {
            filter.insert(x);
        }
        let mut filter_bytes = Vec::with_capacity(blocks as usize * filter::BLOCK_BYTES);
        filter.write(&mut filter_bytes);
        let scopes = encode_scopes(&scoped)?;
        let digest = list_digest(&numbers, &scoped);

        let mut out = vec![0u8; HEADER_LEN];
        out.reserve(filter_bytes.len() + high.len() + low.len() + select.len() + scopes.len() + 128);
        let mut table = [(0u64, 0u64); 6];
        for (i, section) in [&filter_bytes, &high, &low, &select, &scopes].into_iter().enumerate() {
            pad8(&mut out);
            table[i] = (out.len() as u64, section.len() as u64);
            out.extend_from_slice(section);
        }
        pad8(&mut out);
        let sig_off = out.len();
        let signed = key.is_some();
        table[SIGNATURE] = (sig_off as u64, if signed { SIGNATURE_LEN as u64 } else { 0 });
        let total = table[SIGNATURE].0 + table[SIGNATURE].1 + CHECKSUM_LEN as u64;

        let h = &mut out[..HEADER_LEN];
        wire::put_prefix(h, SNAPSHOT_MAGIC, if signed { FLAG_SIGNED } else { 0 });
        wire::put_u32(h, 16, HEADER_LEN as u32);
        wire::put_u32(h, 20, SECTIONS.len() as u32);
        wire::put_u64(h, 24, total);
        wire::put_u64(h, 32, n);
        wire::put_u64(h, 40, self.sequence);
        wire::put_u64(h, 48, self.created_at);
        h[56..64].copy_from_slice(&region);
        wire::put_u64(h, 64, params.min);
        wire::put_u64(h, 72, params.max);
        wire::put_u64(h, 80, params.high_bits);
        wire::put_u64(h, 88, scoped.len() as u64);
        wire::put_u64(h, 96, blocks);
        h[104] = params.low_bits as u8;
        h[105] = params.select_log2 as u8;
        h[DIGEST_OFFSET..DIGEST_OFFSET + 16].copy_from_slice(&digest.to_bytes());
        for (i, ((_, tag), (off, len))) in SECTIONS.iter().zip(table).enumerate() {
            let at = TABLE_OFFSET + i * TABLE_ENTRY;
            h[at..at + 4].copy_from_slice(&tag[..]);
            wire::put_u64(h, at + 8, off);
            wire::put_u64(h, at + 16, len);
        }
        if let Some(key) = key {
            let sig = key.sign(&out)?;
            out.extend_from_slice(&sig);
        }
        wire::push_checksum(&mut out);
        debug_assert_eq!(out.len() as u64, total);
        Ok(out)
    }

    /// Sorted distinct numbers, and (rank, code) of those whose widest scope is not `all`.
    fn merged(&self) -> (Vec<u64>, Vec<(u32, u8)>) {
        let mut all = self.all.clone();
        all.sort_unstable();
        all.dedup();
        let mut marketing = self.marketing.clone();
        marketing.sort_unstable();
        marketing.dedup();
        let mut numbers = Vec::with_capacity(all.len() + marketing.len());
        let mut scoped = Vec::new();
        let (mut i, mut j) = (0, 0);
        while i < all.len() || j < marketing.len() {
            let a = all.get(i).copied();
            let m = marketing.get(j).copied();
            match (a, m) {
                (Some(a), Some(m)) if a == m => {
                    numbers.push(a);
                    i += 1;
                    j += 1;
                }
                (Some(a), Some(m)) if a < m => {
                    numbers.push(a);
                    i += 1;
                }
                (Some(a), None) => {
                    numbers.push(a);
                    i += 1;
                }
                (_, Some(m)) => {
                    scoped.push((numbers.len() as u32, scope_code(Scope::Marketing)));
                    numbers.push(m);
                    j += 1;
                }
                (None, None) => break,
            }
        }
        (numbers, scoped)
    }
}

impl Default for SnapshotBuilder {
    fn default() -> Self {
        SnapshotBuilder::new()
    }
}

/// The digest of the merged list: `numbers` ascending, `scoped` the (rank, code) exceptions.
fn list_digest(numbers: &[u64], scoped: &[(u32, u8)]) -> ListDigest {
    let mut d = ListDigest::EMPTY;
    let mut exceptions = scoped.iter().peekable();
    for (rank, &n) in numbers.iter().enumerate() {
        let scope = match exceptions.next_if(|&&(r, _)| r as usize == rank) {
            Some(&(_, code)) => scope_from_code(code).unwrap_or(Scope::All),
            None => Scope::All,
        };
        d.insert(n, scope);
    }
    d
}

/// The `scopes` section: the ranks as an Elias-Fano set (first and last rank, high, low,
/// select padded to 8), then one code byte per rank. Empty when every entry is `all`.
fn encode_scopes(scoped: &[(u32, u8)]) -> Result<Vec<u8>, SnapshotError> {
    if scoped.is_empty() {
        return Ok(Vec::new());
    }
    let ranks: Vec<u64> = scoped.iter().map(|&(r, _)| u64::from(r)).collect();
    let e = exact::build(&ranks)?;
    let mut out = Vec::with_capacity(16 + e.high.len() + e.low.len() + e.select.len() + 8 + scoped.len());
    out.extend_from_slice(&e.params.min.to_le_bytes());
    out.extend_from_slice(&e.params.max.to_le_bytes());
    out.extend_from_slice(&e.high);
    out.extend_from_slice(&e.low);
    out.extend_from_slice(&e.select);
    pad8(&mut out);
    out.extend(scoped.iter().map(|&(_, code)| code));
    Ok(out)
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

fn pad8(out: &mut Vec<u8>) {
    while out.len() % 8 != 0 {
        out.push(0);
    }
}

fn region_bytes(region: &str) -> Result<[u8; 8], SnapshotError> {
    let bytes = region.as_bytes();
    if bytes.len() > 8 || !bytes.iter().all(|b| b.is_ascii_graphic()) {
        return Err(SnapshotError::build(format!(
            "region {region:?} must be at most 8 printable ascii characters"
        )));
    }
    let mut out = [0u8; 8];
    out[..bytes.len()].copy_from_slice(bytes);
    Ok(out)
}

/// Summary of a loaded snapshot (for `inspect` and status pages).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct SnapshotInfo {
    /// Format version.
    pub version: u16,
    /// Entries in the base file.
    pub entries: u64,
    /// File size in bytes.
    pub bytes: u64,
    /// bits per entry (file bits / entries).
    pub bits_per_entry: f64,
    /// Sequence (after deltas).
    pub sequence: u64,
    /// Creation time, Unix seconds (of the newest delta applied, or the base).
    pub created_at: u64,
    /// Region label.
    pub region: String,
    /// Whether the file carries a signature.
    pub signed: bool,
    /// (name, offset, length) of each section.
    pub sections: Vec<(String, u64, u64)>,
    /// Deltas applied since load.
    pub deltas_applied: u64,
    /// The current list digest, 32 hex digits.
    pub digest: String,
}

/// Where everything is, as validated by `from_bytes`. Ranges index the file.
#[derive(Clone, Copy, Debug)]
struct Layout {
    params: Params,
    sections: [(usize, usize); 6],
    scoped: usize,
    // The scope table's rank set and its parts: high, low, select, codes.
    scope_params: Params,
    scope_parts: [(usize, usize); 4],
    signed: bool,
    sequence: u64,
    created_at: u64,
    region: [u8; 8],
    digest: ListDigest,
}

impl Layout {
    fn parse(bytes: &[u8]) -> Result<Layout, SnapshotError> {
        let flags = wire::check_start(bytes, File::Snapshot, HEADER_LEN)?;
        let len = bytes.len() as u64;
        let header_len = u32_at(bytes, 16);
        if header_len as usize != HEADER_LEN {
            return Err(SnapshotError::new(Kind::HeaderLen { found: header_len, expected: HEADER_LEN as u32 }));
        }
        let count = u32_at(bytes, 20);
        if count as usize != SECTIONS.len() {
            return Err(SnapshotError::new(Kind::SectionCount { found: count, expected: SECTIONS.len() as u32 }));
        }
        let file_len = u64_at(bytes, 24);
        if file_len != len {
            return Err(SnapshotError::new(Kind::FileLen { file: File::Snapshot, header: file_len, actual: len }));
        }
        wire::check_checksum(bytes, File::Snapshot)?;

        let entries = u64_at(bytes, 32);
        let sequence = u64_at(bytes, 40);
        let created_at = u64_at(bytes, 48);
        let mut region = [0u8; 8];
        region.copy_from_slice(&bytes[56..64]);
        let region_len = region.iter().position(|&b| b == 0).unwrap_or(8);
        if !region[..region_len].iter().all(u8::is_ascii_graphic) || region[region_len..].iter().any(|&b| b != 0) {
            return Err(SnapshotError::new(Kind::Region { bytes: region }));
        }
        let (min, max, high_bits) = (u64_at(bytes, 64), u64_at(bytes, 72), u64_at(bytes, 80));
        let scoped = u64_at(bytes, 88);
        let blocks = u64_at(bytes, 96);
        let (low_bits, select_log2) = (u32::from(bytes[104]), u32::from(bytes[105]));
        let mut digest = [0u8; 16];
        digest.copy_from_slice(&bytes[DIGEST_OFFSET..DIGEST_OFFSET + 16]);
        let digest = ListDigest::from_bytes(digest);
        if let Some(i) = bytes[106..DIGEST_OFFSET].iter().position(|&b| b != 0) {
            return Err(SnapshotError::new(Kind::Padding { file: File::Snapshot, offset: (106 + i) as u64 }));
        }
        if entries > MAX_ENTRIES {
            return Err(SnapshotError::inconsistent(format!("{entries} entries, at most {MAX_ENTRIES} allowed")));
        }
        if !(5..=20).contains(&select_log2) {
            return Err(SnapshotError::inconsistent(format!("select sampling 2^{select_log2} is out of range")));
        }
        let params = Params::canonical(entries, min, max, select_log2)
            .ok_or_else(|| SnapshotError::inconsistent(format!("minimum {min} exceeds maximum {max}")))?;
        let stored = Params { entries, min, max, low_bits, high_bits, select_log2 };
        if stored != params {
            return Err(SnapshotError::inconsistent(format!(
                "exact-set parameters (min {min}, max {max}, {low_bits} low bits, {high_bits} high bits) do not match {entries} entries"
            )));
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
            0, // computed from the section's own first and last rank below
            if signed { SIGNATURE_LEN as u64 } else { 0 },
        ];

        let mut sections = [(0usize, 0usize); 6];
        let mut scope_params = Params::canonical(0, 0, 0, exact::SELECT_LOG2).unwrap_or(params);
        let mut scope_parts = [(0usize, 0usize); 4];
        let mut end = HEADER_LEN as u64;
        for (i, (name, tag)) in SECTIONS.iter().enumerate() {
            let at = TABLE_OFFSET + i * TABLE_ENTRY;
            let mut found = [0u8; 4];
            found.copy_from_slice(&bytes[at..at + 4]);
            if &found != *tag {
                return Err(SnapshotError::new(Kind::SectionTag {
                    index: i,
                    found,
                    expected: core::str::from_utf8(&tag[..]).unwrap_or("?"),
                }));
            }
            if u32_at(bytes, at + 4) != 0 {
                return Err(SnapshotError::new(Kind::Padding { file: File::Snapshot, offset: (at + 4) as u64 }));
            }
            let (offset, length) = (u64_at(bytes, at + 8), u64_at(bytes, at + 16));
            let start = wire::align8(end).unwrap_or(u64::MAX);
            if offset != start {
                return Err(SnapshotError::new(Kind::SectionOffset { name, offset, expected: start }));
            }
            let mut expected_len = expected[i];
            if i == SCOPES && scoped > 0 {
                let at = usize::try_from(offset).ok().filter(|&a| a.checked_add(16).is_some_and(|e| e <= bytes.len()));
                let at = at.ok_or_else(|| {
                    SnapshotError::inconsistent(format!("section `{name}` at {offset} runs past the end of the file"))
                })?;
                let (first, last) = (u64_at(bytes, at), u64_at(bytes, at + 8));
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
        layout.validate_scopes(bytes)?;
        Ok(layout)
    }

    #[inline]
    fn section<'a>(&self, bytes: &'a [u8], i: usize) -> &'a [u8] {
        let (a, b) = self.sections[i];
        bytes.get(a..b).unwrap_or(&[])
    }

    #[inline]
    fn exact<'a>(&self, bytes: &'a [u8]) -> Exact<'a> {
        Exact {
            p: self.params,
            high: self.section(bytes, HIGH),
            low: self.section(bytes, LOW),
            select: self.section(bytes, SELECT),
        }
    }

    /// The scope table's rank set.
    #[inline]
    fn scope_ranks<'a>(&self, bytes: &'a [u8]) -> Exact<'a> {
        let part = |i: usize| bytes.get(self.scope_parts[i].0..self.scope_parts[i].1).unwrap_or(&[]);
        Exact { p: self.scope_params, high: part(0), low: part(1), select: part(2) }
    }

    fn code_at(&self, bytes: &[u8], i: u64) -> u8 {
        let (a, b) = self.scope_parts[3];
        let codes = bytes.get(a..b).unwrap_or(&[]);
        usize::try_from(i).ok().and_then(|i| codes.get(i)).copied().unwrap_or(0)
    }

    fn validate_scopes(&self, bytes: &[u8]) -> Result<(), SnapshotError> {
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
                1 => {}
                code => {
                    return Err(SnapshotError::new(Kind::ReservedScope {
                        file: File::Snapshot,
                        code,
                        at: format!("entry {rank}"),
                    }))
                }
            }
        }
        Ok(())
    }

    /// The scope of the entry of rank `rank`.
    #[inline]
    fn scope_of(&self, bytes: &[u8], rank: u64) -> Scope {
        if self.scoped == 0 {
            return Scope::All;
        }
        match self.scope_ranks(bytes).rank_of(rank) {
            Some(i) => scope_from_code(self.code_at(bytes, i)).unwrap_or(Scope::All),
            None => Scope::All,
        }
    }

    /// Rank of `number` in the base file, if present: range check, filter, exact set.
    #[inline]
    fn rank(&self, bytes: &[u8], number: u64) -> Option<u64> {
        let p = &self.params;
        if p.entries == 0 || number < p.min || number > p.max {
            return None;
        }
        if !filter::may_contain(self.section(bytes, FILTER), filter::hash(number)) {
            return None;
        }
        self.exact(bytes).rank_of(number)
    }

    #[inline]
    fn check(&self, bytes: &[u8], number: u64) -> Option<Scope> {
        self.rank(bytes, number).map(|rank| self.scope_of(bytes, rank))
    }
}

/// A loaded snapshot: zero-copy over its bytes, plus an overlay of applied deltas.
pub struct Snapshot<B: AsRef<[u8]>> {
    bytes: B,
    layout: Layout,
    // Numbers whose state differs from the base file: `None` opted back in.
    overlay: HashMap<u64, Option<Scope>>,
    len: u64,
    sequence: u64,
    created_at: u64,
    digest: ListDigest,
    deltas_applied: u64,
}

impl<B: AsRef<[u8]>> Snapshot<B> {
    /// Validates header, bounds and checksum; a signature, if present, is not checked.
    ///
    /// Takes time linear in the file (checksum and index checks), allocates nothing
    /// proportional to it and copies nothing.
    pub fn from_bytes(bytes: B) -> Result<Self, SnapshotError> {
        let layout = Layout::parse(bytes.as_ref())?;
        Ok(Snapshot {
            bytes,
            len: layout.params.entries,
            sequence: layout.sequence,
            created_at: layout.created_at,
            digest: layout.digest,
            layout,
            overlay: HashMap::new(),
            deltas_applied: 0,
        })
    }

    /// As `from_bytes`, and requires a valid signature by `key`.
    pub fn from_bytes_verified(bytes: B, key: &VerifyingKey) -> Result<Self, SnapshotError> {
        let snapshot = Snapshot::from_bytes(bytes)?;
        if !snapshot.layout.signed {
            return Err(SnapshotError::new(Kind::Unsigned { file: File::Snapshot }));
        }
        let all = snapshot.bytes.as_ref();
        let sig = snapshot.layout.section(all, SIGNATURE);
        let signed_part = all.get(..snapshot.layout.sections[SIGNATURE].0).unwrap_or(&[]);
        if !key.verify(signed_part, sig) {
            return Err(SnapshotError::new(Kind::Signature { file: File::Snapshot }));
        }
        Ok(snapshot)
    }

    /// Fast membership: is the number suppressed in any scope?
    #[inline]
    pub fn contains(&self, number: u64) -> bool {
        if !self.overlay.is_empty() {
            if let Some(state) = self.overlay.get(&number) {
                return state.is_some();
            }
        }
        self.layout.rank(self.bytes.as_ref(), number).is_some()
    }

    /// The scope the number is suppressed for, if any.
    pub fn check(&self, number: u64) -> Option<Scope> {
        if !self.overlay.is_empty() {
            if let Some(state) = self.overlay.get(&number) {
                return *state;
            }
        }
        self.layout.check(self.bytes.as_ref(), number)
    }

    /// Applies a delta whose base is this snapshot's current sequence.
    ///
    /// Additions set the number's scope (a scope change replaces, it does not widen);
    /// removals un-suppress it. Refused, changing nothing, when the delta does not start
    /// at the current sequence: no gaps, no rollback.
    ///
    /// A delta that names list digests (one built with [`DeltaBuilder::digests`] or
    /// [`DeltaBuilder::build_on`]) is also refused, changing nothing, when its base digest
    /// is not [`Snapshot::digest`] or applying it would not give the digest it names: the
    /// two copies of the list have diverged ([`SnapshotError::is_digest_error`]).
    pub fn apply_delta(&mut self, delta: &Delta) -> Result<(), SnapshotError> {
        if delta.base_sequence() != self.sequence {
            return Err(SnapshotError::new(Kind::DeltaBase {
                delta_base: delta.base_sequence(),
                snapshot: self.sequence,
            }));
        }
        if let (Some(base), Some(result)) = (delta.base_digest(), delta.digest()) {
            let mismatch = |which, delta: ListDigest, snapshot: ListDigest| {
                SnapshotError::new(Kind::DeltaDigest { which, delta: delta.to_hex(), snapshot: snapshot.to_hex() })
            };
            if base != self.digest {
                return Err(mismatch("base", base, self.digest));
            }
            let after = self.digest_after(delta);
            if after != result {
                return Err(mismatch("resulting", result, after));
            }
        }
        for &(number, scope) in delta.additions() {
            self.set(number, Some(scope));
        }
        for &number in delta.removals() {
            self.set(number, None);
        }
        self.sequence = delta.sequence();
        self.created_at = delta.created_at();
        self.deltas_applied += 1;
        Ok(())
    }

    /// The digest this snapshot would have after `delta` (whose numbers are distinct).
    pub(crate) fn digest_after(&self, delta: &Delta) -> ListDigest {
        let mut d = self.digest;
        for &(number, scope) in delta.additions() {
            d.change(number, self.check(number), Some(scope));
        }
        for &number in delta.removals() {
            d.change(number, self.check(number), None);
        }
        d
    }

    fn set(&mut self, number: u64, state: Option<Scope>) {
        let old = self.check(number);
        self.digest.change(number, old, state);
        let before = old.is_some();
        match (before, state.is_some()) {
            (false, true) => self.len += 1,
            (true, false) => self.len = self.len.saturating_sub(1),
            _ => {}
        }
        // Keep the overlay to the numbers that differ from the base.
        if self.layout.check(self.bytes.as_ref(), number) == state {
            self.overlay.remove(&number);
        } else {
            self.overlay.insert(number, state);
        }
    }

    /// Suppressed numbers, base plus overlay.
    pub fn len(&self) -> u64 {
        self.len
    }

    /// Whether nothing is suppressed.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The digest of the current list (base plus applied deltas), as the file and the
    /// deltas state it: kept up to date in O(changes), not recomputed from the entries
    /// (the checksum and signature vouch for the stored value; [`Snapshot::computed_digest`]
    /// recomputes it).
    pub fn digest(&self) -> ListDigest {
        self.digest
    }

    /// The digest recomputed from every entry (linear in the list; for audits and tests).
    pub fn computed_digest(&self) -> ListDigest {
        ListDigest::of(self.iter())
    }

    /// Current sequence.
    pub fn sequence(&self) -> u64 {
        self.sequence
    }

    /// Creation time, Unix seconds, of the base or of the newest delta applied.
    pub fn created_at(&self) -> u64 {
        self.created_at
    }

    /// Region label.
    pub fn region(&self) -> &str {
        let r = &self.layout.region;
        let n = r.iter().position(|&b| b == 0).unwrap_or(8);
        core::str::from_utf8(&r[..n]).unwrap_or("")
    }

    /// Whether the file carries a signature (checked only by `from_bytes_verified`).
    pub fn is_signed(&self) -> bool {
        self.layout.signed
    }

    /// Summary.
    pub fn info(&self) -> SnapshotInfo {
        let bytes = self.bytes.as_ref().len() as u64;
        let entries = self.layout.params.entries;
        SnapshotInfo {
            version: wire::VERSION,
            entries,
            bytes,
            bits_per_entry: if entries == 0 { 0.0 } else { bytes as f64 * 8.0 / entries as f64 },
            sequence: self.sequence,
            created_at: self.created_at,
            region: self.region().to_string(),
            signed: self.layout.signed,
            sections: SECTIONS
                .iter()
                .zip(self.layout.sections)
                .map(|((name, _), (a, b))| (name.to_string(), a as u64, (b - a) as u64))
                .collect(),
            deltas_applied: self.deltas_applied,
            digest: self.digest.to_hex(),
        }
    }

    /// The raw bytes.
    pub fn as_bytes(&self) -> &[u8] {
        self.bytes.as_ref()
    }

    /// Every suppressed number with its scope, ascending (base merged with the overlay).
    pub fn iter(&self) -> Box<dyn Iterator<Item = (u64, Scope)> + '_> {
        let bytes = self.bytes.as_ref();
        let layout = &self.layout;
        // Ranks come in order, so walk the scope table alongside.
        let mut scoped = layout.scope_ranks(bytes).iter().peekable();
        let base = layout.exact(bytes).iter().map(move |(rank, number)| {
            while scoped.next_if(|&(_, r)| r < rank).is_some() {}
            let scope = match scoped.peek() {
                Some(&(i, r)) if r == rank => scope_from_code(layout.code_at(bytes, i)).unwrap_or(Scope::All),
                _ => Scope::All,
            };
            (number, scope)
        });
        if self.overlay.is_empty() {
            return Box::new(base);
        }
        let mut overlay: Vec<(u64, Option<Scope>)> = self.overlay.iter().map(|(&n, &s)| (n, s)).collect();
        overlay.sort_unstable_by_key(|&(n, _)| n);
        Box::new(Merge { base: base.peekable(), overlay: overlay.into_iter().peekable() })
    }
}

impl<B: AsRef<[u8]>> core::fmt::Debug for Snapshot<B> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Snapshot")
            .field("region", &self.region())
            .field("sequence", &self.sequence)
            .field("len", &self.len)
            .field("bytes", &self.bytes.as_ref().len())
            .field("deltas_applied", &self.deltas_applied)
            .finish()
    }
}

/// The base iterator with the overlay's changes merged in.
struct Merge<I: Iterator<Item = (u64, Scope)>> {
    base: core::iter::Peekable<I>,
    overlay: core::iter::Peekable<std::vec::IntoIter<(u64, Option<Scope>)>>,
}

impl<I: Iterator<Item = (u64, Scope)>> Iterator for Merge<I> {
    type Item = (u64, Scope);

    fn next(&mut self) -> Option<(u64, Scope)> {
        loop {
            let b = self.base.peek().map(|&(n, _)| n);
            let o = self.overlay.peek().map(|&(n, _)| n);
            match (b, o) {
                (None, None) => return None,
                (Some(b), Some(o)) if b < o => return self.base.next(),
                (Some(_), None) => return self.base.next(),
                (b, Some(o)) => {
                    if b == Some(o) {
                        self.base.next();
                    }
                    if let Some((n, Some(scope))) = self.overlay.next() {
                        return Some((n, scope));
                    }
                }
            }
        }
    }
}
