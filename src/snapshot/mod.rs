//! Suppression snapshots: the opt-out list as one compact, versioned, signed file that an
//! origin builds and edge workers and browsers query, plus small deltas between them.
//!
//! A [`Snapshot`] answers "is this number suppressed, and for which [`Scope`]?" without
//! copying or decoding its bytes: [`Snapshot::from_bytes`] checks the header, every section
//! bound and the checksum, and lookups read words straight from the buffer. A lookup first
//! asks a blocked Bloom filter (one 64-byte block per number, so most numbers that are
//! not on the list cost one cache line), then an Elias-Fano encoding of the sorted numbers
//! (North American numbers as dense keys, 792 * 792 * 10^4 of them; any other number in a
//! small sorted outliers section), so a "suppressed" answer is never a false positive.
//! [`Snapshot::contains_many`] and [`Snapshot::check_many`] look up a batch with the cache
//! misses of its numbers overlapping. Entries default to [`Scope::All`]; a
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
//! header (296 bytes): magic "\x89SGSNAP\n", endianness marker, version 3, flags (bit 0: signed),
//!   header length, section count, file length, entries, sequence, created_at, region,
//!   exact-set parameters (min, max, high bits, low bits, select rate), scoped count,
//!   filter blocks, outliers, the list digest, then the table of 7 sections (tag, offset, length)
//! filter        blocked Bloom filter, 64-byte blocks (starting at a multiple of 64)
//! exact-high    Elias-Fano high bits (unary buckets) of the dense NANP keys
//! exact-low     Elias-Fano low bits, packed
//! exact-select  u32 position of every 256th zero of exact-high
//! outliers      numbers without a dense key, ascending u64
//! scopes        ranks of entries whose scope is not `all` (Elias-Fano), then one code byte each
//!               (a mask: bit 0 marketing, bit k the program of bit k)
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

mod builder;
mod delta;
mod digest;
mod error;
mod exact;
mod filter;
mod freshness;
mod header;
mod keys;
mod layout;
mod nanp;
mod overlay;
mod reader;
mod wire;

pub use builder::SnapshotBuilder;
pub use delta::{Delta, DeltaBuilder};
pub use digest::ListDigest;
pub use error::{SnapshotError, SnapshotErrorKind};
pub use freshness::Freshness;
pub use keys::{SigningKey, VerifyingKey};
pub use reader::{Snapshot, SnapshotInfo};

/// Most entries one snapshot holds: ranks are stored as u32.
pub(crate) const MAX_ENTRIES: u64 = u32::MAX as u64;
/// Default size of the fast filter, in bits per entry: what keeps a 10M-entry US list with
/// 5% marketing-only entries under 18 bits per entry in all. About 6.3% of absent numbers
/// then reach the exact set (measured by `make bench`; 12 bits would make it ~1%).
pub const DEFAULT_FILTER_BITS_PER_ENTRY: f64 = 5.8;

/// The stored code of a scope: 0 `all`, otherwise its mask (1 `marketing`, bit k the
/// program of bit k).
pub(crate) fn scope_code(scope: Scope) -> u8 {
    scope.code()
}

pub(crate) fn scope_from_code(code: u8) -> Scope {
    Scope::from_code(code)
}

/// What kind of stopgate file a byte string claims to be, from its magic bytes alone (the
/// first 8). Nothing else is checked: the reader for that kind says what else is wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// A full snapshot ([`Snapshot::from_bytes`]).
    Snapshot,
    /// A delta between two sequences ([`Delta::from_bytes`]).
    Delta,
}

impl FileKind {
    /// The kind the magic bytes name, or `None` when they are neither.
    pub fn sniff(bytes: &[u8]) -> Option<FileKind> {
        match bytes.get(..8) {
            Some(m) if m == wire::SNAPSHOT_MAGIC => Some(FileKind::Snapshot),
            Some(m) if m == wire::DELTA_MAGIC => Some(FileKind::Delta),
            _ => None,
        }
    }

    /// Bytes of this kind's header in the format version this crate writes (the body
    /// starts there; the fuzz targets keep a valid header and fuzz what follows).
    pub fn header_len(self) -> usize {
        match self {
            FileKind::Snapshot => header::LEN,
            FileKind::Delta => delta::HEADER_LEN,
        }
    }

    /// The format version this crate reads and writes (both kinds share it).
    pub fn version() -> u16 {
        wire::VERSION
    }
}
