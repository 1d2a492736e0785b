//! Fuzz targets for the snapshot and delta readers, as plain functions: the cargo-fuzz
//! binaries call them, and `tests/snapshot_fuzz.rs` calls them from proptest so they run
//! on stable in every `cargo test`.
//!
//! Each target must never panic, whatever the input: a panic in wasm is a trap that kills
//! the worker's request. When a file is accepted, the targets also run every lookup, the
//! iterator and a delta against it, since those read the untrusted bytes too.
// Phone numbers are grouped as people write them (1 212 555 0100), not by thousands.
#![allow(clippy::inconsistent_digit_grouping)]
use std::sync::OnceLock;
use stopgate::snapshot::{Delta, DeltaBuilder, FileKind, Snapshot, SnapshotBuilder};
use stopgate::Scope;

const CHECKSUM_LEN: usize = 8;
// Delta header fields the body target rewrites (docs/snapshot-format.md, "Delta").
const DELTA_FILE_LEN: usize = 16;
const DELTA_ADDITIONS: usize = 48;
const DELTA_REMOVALS: usize = 56;
const DELTA_BODY_LEN: usize = 64;

/// A valid unsigned snapshot with enough entries for several select samples and a
/// scope table.
pub fn seed_snapshot() -> &'static [u8] {
    static SEED: OnceLock<Vec<u8>> = OnceLock::new();
    SEED.get_or_init(|| {
        let mut b = SnapshotBuilder::new();
        b.region("US").sequence(7).created_at(1_700_000_000);
        let mut x = 1_201_555_0100u64;
        for i in 0..700u64 {
            x += 1 + (i * 7919) % 3000;
            b.insert(x, if i % 5 == 0 { Scope::Marketing } else { Scope::All });
        }
        b.build(None).expect("seed snapshot builds")
    })
}

fn fix_checksum(bytes: &mut [u8]) {
    if bytes.len() < CHECKSUM_LEN {
        return;
    }
    let body = bytes.len() - CHECKSUM_LEN;
    let sum = xxh3(&bytes[..body]);
    bytes[body..].copy_from_slice(&sum.to_le_bytes());
}

fn xxh3(bytes: &[u8]) -> u64 {
    // The checksum the format uses, recomputed so fuzzed bodies get past it.
    xxhash_rust::xxh3::xxh3_64(bytes)
}

/// Runs everything a caller may do with an accepted snapshot.
pub fn exercise<B: AsRef<[u8]>>(mut snapshot: Snapshot<B>, probes: &[u8]) {
    let mut seen = 0u64;
    let mut last = None;
    for (n, scope) in snapshot.iter().take(5000) {
        seen += 1;
        let _ = snapshot.check(n) == Some(scope);
        last = Some(n);
    }
    let _ = snapshot.info();
    let _ = (snapshot.len(), snapshot.region(), snapshot.is_empty());
    for chunk in probes.chunks(8) {
        let mut word = [0u8; 8];
        word[..chunk.len()].copy_from_slice(chunk);
        let n = u64::from_le_bytes(word);
        let _ = snapshot.contains(n);
        let _ = snapshot.check(n);
        let _ = snapshot.check(n % 10_000_000_000);
    }
    for n in [0, 1, u64::MAX, u64::MAX - 1, last.unwrap_or(0), last.unwrap_or(0).wrapping_add(1)] {
        let _ = snapshot.contains(n);
    }
    let seq = snapshot.sequence();
    if let Some(next) = seq.checked_add(1) {
        let mut d = DeltaBuilder::new(seq, next);
        d.add(last.unwrap_or(5), Scope::Marketing).remove(1).add(u64::MAX, Scope::All);
        if let Ok(bytes) = d.build(None) {
            if let Ok(delta) = Delta::from_bytes(&bytes, None) {
                let _ = snapshot.apply_delta(&delta);
                let _ = snapshot.iter().take(5000).count();
            }
        }
    }
    let _ = seen;
}

/// Raw bytes to the snapshot reader.
pub fn snapshot_from_bytes(data: &[u8]) {
    if let Ok(s) = Snapshot::from_bytes(data) {
        exercise(s, data);
    }
}

/// A valid header followed by fuzzed bytes, with the length field and checksum patched so
/// the reader gets past them to the section checks (as regex-automata's dense DFA target
/// prepends a valid header).
pub fn snapshot_valid_header(data: &[u8]) {
    let mut file = seed_snapshot()[..FileKind::Snapshot.header_len()].to_vec();
    // The first bytes may also rewrite the header's parameters (entries..filter blocks).
    let (params, body) = data.split_at(data.len().min(1));
    if params.first().is_some_and(|&b| b & 1 == 1) {
        let take = body.len().min(72);
        file[32..32 + take].copy_from_slice(&body[..take]);
    }
    file.extend_from_slice(body);
    file.extend_from_slice(&[0; CHECKSUM_LEN]);
    let len = file.len() as u64;
    file[24..32].copy_from_slice(&len.to_le_bytes());
    fix_checksum(&mut file);
    if let Ok(s) = Snapshot::from_bytes(file.as_slice()) {
        exercise(s, data);
    }
}

/// A valid snapshot with bytes overwritten by (position u16, value) triples from `data`,
/// checksum patched: reaches the exact-set, select and scope checks with near-valid input.
pub fn snapshot_mutate(data: &[u8]) {
    let mut file = seed_snapshot().to_vec();
    let body = file.len() - CHECKSUM_LEN;
    for m in data.chunks_exact(3) {
        let pos = usize::from(u16::from_le_bytes([m[0], m[1]])) % body;
        file[pos] = m[2];
    }
    fix_checksum(&mut file);
    if let Ok(s) = Snapshot::from_bytes(file) {
        exercise(s, data);
    }
}

/// Raw bytes to the delta reader, then (patched) as a body after a valid delta header.
pub fn delta_from_bytes(data: &[u8]) {
    let _ = Delta::from_bytes(data, None);
    let header_len = FileKind::Delta.header_len();
    let valid = DeltaBuilder::new(7, 8).build(None).unwrap_or_default();
    if valid.len() < header_len + CHECKSUM_LEN {
        return;
    }
    let mut file = valid[..header_len].to_vec();
    // Counts from the data, so the body decoder runs over fuzzed varints.
    if data.len() >= 2 {
        file[DELTA_ADDITIONS..DELTA_ADDITIONS + 8].copy_from_slice(&u64::from(data[0]).to_le_bytes());
        file[DELTA_REMOVALS..DELTA_REMOVALS + 8].copy_from_slice(&u64::from(data[1]).to_le_bytes());
    }
    let body = data.get(2..).unwrap_or(&[]);
    file[DELTA_BODY_LEN..DELTA_BODY_LEN + 8].copy_from_slice(&(body.len() as u64).to_le_bytes());
    file.extend_from_slice(body);
    while file.len() % 8 != 0 {
        file.push(0);
    }
    file.extend_from_slice(&[0; CHECKSUM_LEN]);
    let len = file.len() as u64;
    file[DELTA_FILE_LEN..DELTA_FILE_LEN + 8].copy_from_slice(&len.to_le_bytes());
    fix_checksum(&mut file);
    if let Ok(delta) = Delta::from_bytes(&file, None) {
        if let Ok(mut s) = Snapshot::from_bytes(seed_snapshot()) {
            let _ = s.apply_delta(&delta);
            let _ = s.iter().count();
            let _ = s.len();
        }
    }
}
