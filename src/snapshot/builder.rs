//! Building a snapshot file from an opt-out list: merge to the union of scopes per number,
//! encode the exact set, the filter and the scope table, lay them out, sign, checksum.
use super::digest::ListDigest;
use super::header::{self, Header, SectionEntry, FILTER, SECTIONS, SECTION_COUNT, SIGNATURE};
use super::keys::{SigningKey, SIGNATURE_LEN};
use super::wire::{self, CHECKSUM_LEN, FLAG_SIGNED};
use super::{exact, filter, nanp, scope_code, scope_from_code, SnapshotError, DEFAULT_FILTER_BITS_PER_ENTRY, MAX_ENTRIES};
use crate::Scope;

/// Builds a snapshot file from an opt-out list.
#[derive(Clone, Debug)]
pub struct SnapshotBuilder {
    region: String,
    sequence: u64,
    created_at: u64,
    filter_bits: f64,
    all: Vec<u64>,
    // Numbers with a narrower scope and its code (a mask); merged by union in `merged`.
    scoped: Vec<(u64, u8)>,
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
            scoped: Vec::new(),
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

    /// Size of the fast filter in bits per entry (default [`DEFAULT_FILTER_BITS_PER_ENTRY`];
    /// the README gives the measured share of absent numbers that reach the exact set).
    /// 0 leaves the filter out: smallest file, slower misses.
    /// `build` refuses values outside 0..=64.
    pub fn filter_bits_per_entry(&mut self, bits: f64) -> &mut Self {
        self.filter_bits = bits;
        self
    }

    /// Adds a number (E.164 as integer). Duplicates merge to the union of their scopes
    /// (marketing and the program bits; `all` absorbs everything).
    pub fn insert(&mut self, number: u64, scope: Scope) -> &mut Self {
        if scope.is_all() {
            self.all.push(number);
        } else {
            self.scoped.push((number, scope_code(scope)));
        }
        self
    }

    /// Serialises, signing with `key` when given.
    pub fn build(&self, key: Option<&SigningKey>) -> Result<Vec<u8>, SnapshotError> {
        let region = region_bytes(&self.region)?;
        if !(self.filter_bits.is_finite() && (0.0..=64.0).contains(&self.filter_bits)) {
            // The value is not printed: float formatting would cost the wasm build ~5 kB
            // gzip'd for a setting only Rust callers can get wrong.
            return Err(SnapshotError::build("filter bits per entry must be a number between 0 and 64".to_string()));
        }
        let (numbers, scoped) = self.merged();
        let n = numbers.len() as u64;
        if n > MAX_ENTRIES {
            return Err(SnapshotError::build(format!("{n} entries; a snapshot holds at most {MAX_ENTRIES}")));
        }
        let digest = list_digest(&numbers, &scoped);
        // Ranks in file order: the dense NANP keys ascending, then the outliers ascending.
        let mut codes = vec![0u8; numbers.len()];
        for &(rank, code) in &scoped {
            codes[rank as usize] = code;
        }
        let (mut keys, mut outliers) = (Vec::with_capacity(numbers.len()), Vec::new());
        let (mut dense_codes, mut outlier_codes) = (Vec::with_capacity(scoped.len()), Vec::new());
        for (&x, &code) in numbers.iter().zip(&codes) {
            match nanp::key(x) {
                Some(k) => {
                    if code != 0 {
                        dense_codes.push((keys.len(), code));
                    }
                    keys.push(k);
                }
                None => {
                    if code != 0 {
                        outlier_codes.push((outliers.len(), code));
                    }
                    outliers.push(x);
                }
            }
        }
        let dense = keys.len();
        let file_scoped: Vec<(u32, u8)> = dense_codes
            .into_iter()
            .chain(outlier_codes.into_iter().map(|(i, c)| (dense + i, c)))
            .map(|(r, c)| (r as u32, c))
            .collect();
        let scoped = file_scoped;
        let exact::Encoded { params, high, low, select } = exact::build(&keys)?;
        drop(keys);
        let outlier_bytes: Vec<u8> = outliers.iter().flat_map(|x| x.to_le_bytes()).collect();
        let block_bits = (filter::BLOCK_BYTES * 8) as f64;
        let blocks = if n == 0 || self.filter_bits == 0.0 {
            0
        } else {
            ((n as f64 * self.filter_bits / block_bits).ceil() as u64).max(1)
        };
        if blocks > u64::from(u32::MAX) {
            return Err(SnapshotError::build(format!("a filter of {blocks} blocks is too large")));
        }
        let mut filter = filter::FilterBuilder::new(blocks as usize);
        for &x in &numbers {
            filter.insert(x);
        }
        let filter_bytes = filter.into_bytes();
        let scopes = encode_scopes(&scoped)?;

        let mut out = vec![0u8; header::LEN];
        out.reserve(filter_bytes.len() + high.len() + low.len() + select.len() + outlier_bytes.len() + scopes.len() + 192);
        let mut table = [(0u64, 0u64); SECTION_COUNT];
        for (i, section) in [&filter_bytes, &high, &low, &select, &outlier_bytes, &scopes].into_iter().enumerate() {
            // The filter starts on a multiple of 64, so its blocks are cache lines when the
            // file is held 64-byte aligned.
            pad_to(&mut out, if i == FILTER { 64 } else { 8 });
            table[i] = (out.len() as u64, section.len() as u64);
            out.extend_from_slice(section);
        }
        pad_to(&mut out, 8);
        let sig_off = out.len();
        let signed = key.is_some();
        table[SIGNATURE] = (sig_off as u64, if signed { SIGNATURE_LEN as u64 } else { 0 });
        let total = table[SIGNATURE].0 + table[SIGNATURE].1 + CHECKSUM_LEN as u64;

        let mut header = Header {
            flags: if signed { FLAG_SIGNED } else { 0 },
            header_len: header::LEN as u32,
            section_count: SECTIONS.len() as u32,
            file_len: total,
            entries: n,
            sequence: self.sequence,
            created_at: self.created_at,
            region,
            min: params.min,
            max: params.max,
            high_bits: params.high_bits,
            scoped: scoped.len() as u64,
            blocks,
            low_bits: params.low_bits as u8,
            select_log2: params.select_log2 as u8,
            reserved: [0; 2],
            outliers: outliers.len() as u32,
            digest,
            table: [SectionEntry::default(); SECTION_COUNT],
        };
        for (entry, ((_, tag), (offset, length))) in header.table.iter_mut().zip(SECTIONS.iter().zip(table)) {
            *entry = SectionEntry { tag: **tag, reserved: 0, offset, length };
        }
        header.write(&mut out);
        if let Some(key) = key {
            let sig = key.sign(&out)?;
            out.extend_from_slice(&sig);
        }
        wire::push_checksum(&mut out);
        debug_assert_eq!(out.len() as u64, total);
        Ok(out)
    }

    /// Sorted distinct numbers, and (rank, code) of those whose merged scope is not `all`.
    fn merged(&self) -> (Vec<u64>, Vec<(u32, u8)>) {
        let mut all = self.all.clone();
        all.sort_unstable();
        all.dedup();
        // One entry per number, with the union of its masks. The numbers sort as plain u64s
        // (the sort `all` already needs: a second one for pairs would cost the wasm ~2 kB).
        let mut narrow_numbers = Vec::with_capacity(self.scoped.len());
        for &(n, _) in &self.scoped {
            narrow_numbers.push(n);
        }
        narrow_numbers.sort_unstable();
        narrow_numbers.dedup();
        let mut narrow_codes = vec![0u8; narrow_numbers.len()];
        for &(n, code) in &self.scoped {
            if let Ok(i) = narrow_numbers.binary_search(&n) {
                narrow_codes[i] |= code;
            }
        }
        let narrow = &narrow_numbers;
        let mut numbers = Vec::with_capacity(all.len() + narrow.len());
        let mut scoped = Vec::new();
        let (mut i, mut j) = (0, 0);
        while i < all.len() || j < narrow.len() {
            let a = all.get(i).copied();
            let m = narrow.get(j).map(|&n| (n, narrow_codes[j]));
            match (a, m) {
                (Some(a), Some((m, _))) if a == m => {
                    numbers.push(a);
                    i += 1;
                    j += 1;
                }
                (Some(a), Some((m, _))) if a < m => {
                    numbers.push(a);
                    i += 1;
                }
                (Some(a), None) => {
                    numbers.push(a);
                    i += 1;
                }
                (_, Some((m, code))) => {
                    scoped.push((numbers.len() as u32, code));
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
            Some(&(_, code)) => scope_from_code(code),
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
    pad_to(&mut out, 8);
    out.extend(scoped.iter().map(|&(_, code)| code));
    Ok(out)
}


fn pad_to(out: &mut Vec<u8>, align: usize) {
    while out.len() % align != 0 {
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
