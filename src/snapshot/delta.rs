//! Deltas: the opt-outs (with their scope) and opt-ins between two snapshot sequences,
//! checksummed and optionally signed like a snapshot, under their own magic. Numbers are
//! stored ascending as LEB128 gaps, so a few thousand changes cost a few kilobytes.
use super::error::{File, Kind, SnapshotError};
use super::keys::{SigningKey, VerifyingKey, SIGNATURE_LEN};
use super::digest::ListDigest;
use super::wire::{self, u64_at, CHECKSUM_LEN, DELTA_MAGIC, FLAG_CHAINED, FLAG_SIGNED};
use super::{scope_code, scope_from_code, Snapshot};
use crate::Scope;
use std::collections::BTreeMap;

/// Bytes before the body.
pub(crate) const HEADER_LEN: usize = 104;
/// Where the base list digest is; the resulting digest follows it.
const DIGESTS_OFFSET: usize = 72;

/// A parsed delta: additions and removals between two sequences.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Delta {
    base_sequence: u64,
    sequence: u64,
    created_at: u64,
    signed: bool,
    // (base, resulting) list digests, when the writer stated them.
    digests: Option<(ListDigest, ListDigest)>,
    additions: Vec<(u64, Scope)>,
    removals: Vec<u64>,
}

impl Delta {
    /// Parses and validates (checksum; signature when `key` is given, which then is required).
    pub fn from_bytes(bytes: &[u8], key: Option<&VerifyingKey>) -> Result<Delta, SnapshotError> {
        let flags = wire::check_start(bytes, File::Delta, HEADER_LEN)?;
        let len = bytes.len() as u64;
        let header_len = u64_at(bytes, 16, File::Delta, "file length")?;
        if header_len != len {
            return Err(SnapshotError::new(Kind::FileLen { file: File::Delta, header: header_len, actual: len }));
        }
        wire::check_checksum(bytes, File::Delta)?;
        let base_sequence = u64_at(bytes, 24, File::Delta, "base sequence")?;
        let sequence = u64_at(bytes, 32, File::Delta, "sequence")?;
        if sequence <= base_sequence {
            return Err(SnapshotError::new(Kind::DeltaSequence { base: base_sequence, sequence }));
        }
        let created_at = u64_at(bytes, 40, File::Delta, "created at")?;
        let additions = u64_at(bytes, 48, File::Delta, "additions")?;
        let removals = u64_at(bytes, 56, File::Delta, "removals")?;
        let body_len = u64_at(bytes, 64, File::Delta, "body length")?;
        let digest_at = |at: usize| {
            let mut d = [0u8; 16];
            d.copy_from_slice(&bytes[at..at + 16]);
            ListDigest::from_bytes(d)
        };
        let (base_digest, digest) = (digest_at(DIGESTS_OFFSET), digest_at(DIGESTS_OFFSET + 16));
        let digests = if flags & FLAG_CHAINED != 0 {
            Some((base_digest, digest))
        } else if let Some(i) = bytes[DIGESTS_OFFSET..HEADER_LEN].iter().position(|&b| b != 0) {
            // Without the flag the digest fields are zero, so every byte has one meaning.
            return Err(SnapshotError::new(Kind::Padding { file: File::Delta, offset: (DIGESTS_OFFSET + i) as u64 }));
        } else {
            None
        };
        let signed = flags & FLAG_SIGNED != 0;
        let sig_len = if signed { SIGNATURE_LEN as u64 } else { 0 };
        let body_end = (HEADER_LEN as u64).checked_add(body_len);
        let sig_off = body_end.and_then(wire::align8);
        let expected_len = sig_off.and_then(|s| s.checked_add(sig_len)?.checked_add(CHECKSUM_LEN as u64));
        if expected_len != Some(len) {
            return Err(SnapshotError::delta_body(format!(
                "a {body_len}-byte body does not fit a {len}-byte file"
            )));
        }
        // All three fit in `len`, which is a usize.
        let (body_end, sig_off) = (body_end.unwrap_or(0) as usize, sig_off.unwrap_or(0) as usize);
        if let Some(i) = bytes[body_end..sig_off].iter().position(|&b| b != 0) {
            return Err(SnapshotError::new(Kind::Padding { file: File::Delta, offset: (body_end + i) as u64 }));
        }
        if let Some(key) = key {
            if !signed {
                return Err(SnapshotError::new(Kind::Unsigned { file: File::Delta }));
            }
            if !key.verify(&bytes[..sig_off], &bytes[sig_off..sig_off + SIGNATURE_LEN]) {
                return Err(SnapshotError::new(Kind::Signature { file: File::Delta }));
            }
        }
        let mut body = Reader { bytes: &bytes[HEADER_LEN..body_end] };
        // Each entry takes at least one byte: cap allocations by the body, not the header.
        let mut adds = Vec::with_capacity(additions.min(body_len / 2) as usize);
        let mut prev: Option<u64> = None;
        for i in 0..additions {
            let number = body.next_number(&mut prev, "addition", i)?;
            let code = body.byte().ok_or_else(|| SnapshotError::delta_body(format!("addition {i} has no scope")))?;
            // The number's full resulting scope: it replaces the old one, it does not widen.
            adds.push((number, scope_from_code(code)));
        }
        let mut rems = Vec::with_capacity(removals.min(body_len) as usize);
        let mut prev: Option<u64> = None;
        for i in 0..removals {
            rems.push(body.next_number(&mut prev, "removal", i)?);
        }
        if !body.bytes.is_empty() {
            return Err(SnapshotError::delta_body(format!(
                "{} bytes left over after {additions} additions and {removals} removals",
                body.bytes.len()
            )));
        }
        if let Some(n) = first_common(&adds, &rems) {
            return Err(SnapshotError::delta_body(format!("{n} is both added and removed")));
        }
        Ok(Delta { base_sequence, sequence, created_at, signed, digests, additions: adds, removals: rems })
    }

    /// Sequence this delta applies on top of.
    pub fn base_sequence(&self) -> u64 {
        self.base_sequence
    }

    /// Sequence after applying.
    pub fn sequence(&self) -> u64 {
        self.sequence
    }

    /// Creation time, Unix seconds.
    pub fn created_at(&self) -> u64 {
        self.created_at
    }

    /// The list digest of the base this delta applies to, when the writer stated it.
    pub fn base_digest(&self) -> Option<ListDigest> {
        self.digests.map(|d| d.0)
    }

    /// The list digest after applying, when the writer stated it.
    pub fn digest(&self) -> Option<ListDigest> {
        self.digests.map(|d| d.1)
    }

    /// Whether the file carried a signature (checked only when a key was given).
    pub fn is_signed(&self) -> bool {
        self.signed
    }

    /// Numbers opted out (or whose scope changed), ascending.
    pub fn additions(&self) -> &[(u64, Scope)] {
        &self.additions
    }

    /// Numbers opted back in, ascending.
    pub fn removals(&self) -> &[u64] {
        &self.removals
    }
}

fn first_common(adds: &[(u64, Scope)], rems: &[u64]) -> Option<u64> {
    let (mut i, mut j) = (0, 0);
    while i < adds.len() && j < rems.len() {
        match adds[i].0.cmp(&rems[j]) {
            core::cmp::Ordering::Less => i += 1,
            core::cmp::Ordering::Greater => j += 1,
            core::cmp::Ordering::Equal => return Some(rems[j]),
        }
    }
    None
}

struct Reader<'a> {
    bytes: &'a [u8],
}

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let (&b, rest) = self.bytes.split_first()?;
        self.bytes = rest;
        Some(b)
    }

    /// A canonical LEB128 u64 (at most 10 bytes, no redundant trailing zero groups).
    fn varint(&mut self, what: &str, i: u64) -> Result<u64, SnapshotError> {
        let mut value = 0u64;
        for k in 0..10u32 {
            let b = self.byte().ok_or_else(|| SnapshotError::delta_body(format!("{what} {i} is cut off")))?;
            let part = u64::from(b & 0x7f);
            if k == 9 && b > 1 {
                return Err(SnapshotError::delta_body(format!("{what} {i} overflows 64 bits")));
            }
            value |= part << (7 * k);
            if b & 0x80 == 0 {
                if k > 0 && b == 0 {
                    return Err(SnapshotError::delta_body(format!("{what} {i} is not minimally encoded")));
                }
                return Ok(value);
            }
        }
        Err(SnapshotError::delta_body(format!("{what} {i} overflows 64 bits")))
    }

    fn next_number(&mut self, prev: &mut Option<u64>, what: &str, i: u64) -> Result<u64, SnapshotError> {
        let gap = self.varint(what, i)?;
        let number = match *prev {
            None => gap,
            Some(_) if gap == 0 => {
                return Err(SnapshotError::delta_body(format!("{what} {i} repeats the previous number")))
            }
            Some(p) => p
                .checked_add(gap)
                .ok_or_else(|| SnapshotError::delta_body(format!("{what} {i} overflows 64 bits")))?,
        };
        *prev = Some(number);
        Ok(number)
    }
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// Builds a delta file.
#[derive(Clone, Debug)]
pub struct DeltaBuilder {
    base_sequence: u64,
    sequence: u64,
    created_at: u64,
    digests: Option<(ListDigest, ListDigest)>,
    changes: BTreeMap<u64, Option<Scope>>,
}

impl DeltaBuilder {
    /// A delta from `base_sequence` to `sequence` (must be greater; `build` checks).
    pub fn new(base_sequence: u64, sequence: u64) -> DeltaBuilder {
        DeltaBuilder { base_sequence, sequence, created_at: 0, digests: None, changes: BTreeMap::new() }
    }

    /// Creation time, Unix seconds.
    pub fn created_at(&mut self, unix_seconds: u64) -> &mut Self {
        self.created_at = unix_seconds;
        self
    }

    /// An opt-out (or a scope change). A later call for the same number replaces an
    /// earlier `add` or `remove`: changes are recorded in the order they happened.
    pub fn add(&mut self, number: u64, scope: Scope) -> &mut Self {
        self.changes.insert(number, Some(scope));
        self
    }

    /// An opt-in. A later call for the same number replaces an earlier one.
    pub fn remove(&mut self, number: u64) -> &mut Self {
        self.changes.insert(number, None);
        self
    }

    /// States the list digests of the base and of the list after applying, which readers
    /// then check ([`Snapshot::apply_delta`]). The writer vouches for them; without them a
    /// delta applies on its sequence alone. [`DeltaBuilder::build_on`] computes them.
    pub fn digests(&mut self, base: ListDigest, result: ListDigest) -> &mut Self {
        self.digests = Some((base, result));
        self
    }

    /// Serialises as a change of `base` (which must be at this delta's base sequence),
    /// stating `base`'s digest and the digest after applying the changes to it.
    pub fn build_on<B: AsRef<[u8]>>(&self, base: &Snapshot<B>, key: Option<&SigningKey>) -> Result<Vec<u8>, SnapshotError> {
        if base.sequence() != self.base_sequence {
            return Err(SnapshotError::new(Kind::DeltaBase { delta_base: self.base_sequence, snapshot: base.sequence() }));
        }
        let mut result = base.digest();
        for (&n, &after) in &self.changes {
            result.change(n, base.check(n), after);
        }
        let mut chained = self.clone();
        chained.digests(base.digest(), result);
        chained.build(key)
    }

    /// Serialises, signing with `key` when given.
    pub fn build(&self, key: Option<&SigningKey>) -> Result<Vec<u8>, SnapshotError> {
        if self.sequence <= self.base_sequence {
            return Err(SnapshotError::new(Kind::DeltaSequence { base: self.base_sequence, sequence: self.sequence }));
        }
        let mut body = Vec::new();
        let (mut additions, mut prev) = (0u64, 0u64);
        for (&n, scope) in &self.changes {
            if let Some(scope) = scope {
                put_varint(&mut body, n - prev);
                body.push(scope_code(*scope));
                prev = n;
                additions += 1;
            }
        }
        let (mut removals, mut prev) = (0u64, 0u64);
        for (&n, scope) in &self.changes {
            if scope.is_none() {
                put_varint(&mut body, n - prev);
                prev = n;
                removals += 1;
            }
        }
        let mut out = vec![0u8; HEADER_LEN];
        out.extend_from_slice(&body);
        while out.len() % 8 != 0 {
            out.push(0);
        }
        let sig_off = out.len();
        let sig_len = if key.is_some() { SIGNATURE_LEN } else { 0 };
        let total = sig_off + sig_len + CHECKSUM_LEN;
        let mut flags = if key.is_some() { FLAG_SIGNED } else { 0 };
        if let Some((base, result)) = self.digests {
            flags |= FLAG_CHAINED;
            out[DIGESTS_OFFSET..DIGESTS_OFFSET + 16].copy_from_slice(&base.to_bytes());
            out[DIGESTS_OFFSET + 16..HEADER_LEN].copy_from_slice(&result.to_bytes());
        }
        wire::put_prefix(&mut out, DELTA_MAGIC, flags);
        wire::put_u64(&mut out, 16, total as u64);
        wire::put_u64(&mut out, 24, self.base_sequence);
        wire::put_u64(&mut out, 32, self.sequence);
        wire::put_u64(&mut out, 40, self.created_at);
        wire::put_u64(&mut out, 48, additions);
        wire::put_u64(&mut out, 56, removals);
        wire::put_u64(&mut out, 64, body.len() as u64);
        if let Some(key) = key {
            let sig = key.sign(&out)?;
            out.extend_from_slice(&sig);
        }
        wire::push_checksum(&mut out);
        Ok(out)
    }
}
