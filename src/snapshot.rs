//! Suppression snapshots. CONTRACT (skeleton; the snapshot helper replaces this file).
use crate::Scope;
use core::fmt;

/// Why a snapshot or delta was refused, or could not be built.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SnapshotError {
    msg: String,
}
impl fmt::Display for SnapshotError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.msg)
    }
}
impl std::error::Error for SnapshotError {}

/// An Ed25519 secret key (its 32-byte seed) that signs snapshots and deltas.
#[derive(Clone)]
pub struct SigningKey(());
/// An Ed25519 public key that verifies snapshots and deltas.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifyingKey(());

impl SigningKey {
    /// A key from a 32-byte seed (the caller brings the randomness).
    pub fn from_seed(seed: [u8; 32]) -> SigningKey { let _ = seed; todo!() }
    /// The public half.
    pub fn verifying_key(&self) -> VerifyingKey { todo!() }
    /// Hex text of the seed (64 hex digits), as key files hold it.
    pub fn to_hex(&self) -> String { todo!() }
    /// Reads hex text (whitespace around it ignored).
    pub fn from_hex(text: &str) -> Result<SigningKey, SnapshotError> { let _ = text; todo!() }
}
impl VerifyingKey {
    /// Hex text of the 32-byte key.
    pub fn to_hex(&self) -> String { todo!() }
    /// Reads hex text (whitespace around it ignored).
    pub fn from_hex(text: &str) -> Result<VerifyingKey, SnapshotError> { let _ = text; todo!() }
    /// The raw 32 bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<VerifyingKey, SnapshotError> { let _ = bytes; todo!() }
}

/// Builds a snapshot file from an opt-out list.
pub struct SnapshotBuilder { _p: () }
impl SnapshotBuilder {
    /// An empty builder: region "", sequence 0, created_at 0, default filter size.
    pub fn new() -> SnapshotBuilder { todo!() }
    /// The region/universe label stored in the header (e.g. `US`), at most 8 ASCII bytes.
    pub fn region(&mut self, region: &str) -> &mut Self { let _ = region; todo!() }
    /// The sequence number; deltas chain from it.
    pub fn sequence(&mut self, sequence: u64) -> &mut Self { let _ = sequence; todo!() }
    /// Creation time, Unix seconds.
    pub fn created_at(&mut self, unix_seconds: u64) -> &mut Self { let _ = unix_seconds; todo!() }
    /// Adds a number (E.164 as integer). Duplicates merge to the widest scope.
    pub fn insert(&mut self, number: u64, scope: Scope) -> &mut Self { let _ = (number, scope); todo!() }
    /// Serialises, signing with `key` when given.
    pub fn build(&self, key: Option<&SigningKey>) -> Result<Vec<u8>, SnapshotError> { let _ = key; todo!() }
}
impl Default for SnapshotBuilder { fn default() -> Self { SnapshotBuilder::new() } }

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
}

/// A loaded snapshot: zero-copy over its bytes, plus an overlay of applied deltas.
pub struct Snapshot<B: AsRef<[u8]>> { bytes: B }
impl<B: AsRef<[u8]>> Snapshot<B> {
    /// Validates header, bounds and checksum; a signature, if present, is not checked.
    pub fn from_bytes(bytes: B) -> Result<Self, SnapshotError> { let _ = bytes; todo!() }
    /// As `from_bytes`, and requires a valid signature by `key`.
    pub fn from_bytes_verified(bytes: B, key: &VerifyingKey) -> Result<Self, SnapshotError> { let _ = (bytes, key); todo!() }
    /// Fast membership: is the number suppressed in any scope?
    pub fn contains(&self, number: u64) -> bool { let _ = number; todo!() }
    /// The scope the number is suppressed for, if any.
    pub fn check(&self, number: u64) -> Option<Scope> { let _ = number; todo!() }
    /// Applies a delta whose base is this snapshot's current sequence.
    pub fn apply_delta(&mut self, delta: &Delta) -> Result<(), SnapshotError> { let _ = delta; todo!() }
    /// Suppressed numbers, base plus overlay.
    pub fn len(&self) -> u64 { todo!() }
    /// Whether nothing is suppressed.
    pub fn is_empty(&self) -> bool { self.len() == 0 }
    /// Current sequence.
    pub fn sequence(&self) -> u64 { todo!() }
    /// Creation time, Unix seconds, of the base or of the newest delta applied.
    pub fn created_at(&self) -> u64 { todo!() }
    /// Region label.
    pub fn region(&self) -> &str { todo!() }
    /// Summary.
    pub fn info(&self) -> SnapshotInfo { todo!() }
    /// The raw bytes.
    pub fn as_bytes(&self) -> &[u8] { self.bytes.as_ref() }
    /// Every suppressed number with its scope, ascending (base merged with the overlay).
    pub fn iter(&self) -> Box<dyn Iterator<Item = (u64, Scope)> + '_> { todo!() }
}

/// A parsed delta: additions and removals between two sequences.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Delta { _p: () }
impl Delta {
    /// Parses and validates (checksum; signature when `key` is given, which then is required).
    pub fn from_bytes(bytes: &[u8], key: Option<&VerifyingKey>) -> Result<Delta, SnapshotError> { let _ = (bytes, key); todo!() }
    /// Sequence this delta applies on top of.
    pub fn base_sequence(&self) -> u64 { todo!() }
    /// Sequence after applying.
    pub fn sequence(&self) -> u64 { todo!() }
    /// Creation time, Unix seconds.
    pub fn created_at(&self) -> u64 { todo!() }
    /// Numbers opted out (or whose scope changed), ascending.
    pub fn additions(&self) -> &[(u64, Scope)] { todo!() }
    /// Numbers opted back in, ascending.
    pub fn removals(&self) -> &[u64] { todo!() }
}

/// Builds a delta file.
pub struct DeltaBuilder { _p: () }
impl DeltaBuilder {
    /// A delta from `base_sequence` to `sequence` (must be greater).
    pub fn new(base_sequence: u64, sequence: u64) -> DeltaBuilder { let _ = (base_sequence, sequence); todo!() }
    /// Creation time, Unix seconds.
    pub fn created_at(&mut self, unix_seconds: u64) -> &mut Self { let _ = unix_seconds; todo!() }
    /// An opt-out (or a scope change).
    pub fn add(&mut self, number: u64, scope: Scope) -> &mut Self { let _ = (number, scope); todo!() }
    /// An opt-in.
    pub fn remove(&mut self, number: u64) -> &mut Self { let _ = number; todo!() }
    /// Serialises, signing with `key` when given.
    pub fn build(&self, key: Option<&SigningKey>) -> Result<Vec<u8>, SnapshotError> { let _ = key; todo!() }
}
