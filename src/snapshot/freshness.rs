//! Freshness statements (contract C2): a small signed note from the origin saying "at
//! `issued_at` the list was at `sequence` with digest `digest`". An edge that holds a
//! snapshot with that digest knows it is current as of `issued_at`, without fetching
//! anything bigger than 104 bytes; one that does not knows it must catch up.
//!
//! Layout (104 bytes, little-endian): magic `SGFS` · version u16 = 1 · reserved u16 = 0 ·
//! sequence u64 · issued_at u64 (Unix seconds) · list digest (16) · Ed25519 signature (64)
//! over the first 40 bytes, by the key that signs snapshots. It carries no clock of its
//! own: the caller decides how old a statement may be.
use super::digest::ListDigest;
use super::error::{Kind, SnapshotError};
use super::keys::{SigningKey, VerifyingKey, SIGNATURE_LEN};

/// Magic of a freshness statement.
const MAGIC: [u8; 4] = *b"SGFS";
/// The statement version this code writes and reads.
const VERSION: u16 = 1;
/// Bytes covered by the signature.
const SIGNED_LEN: usize = 40;

/// A verified (or to-be-signed) freshness statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Freshness {
    /// The list's sequence at `issued_at`.
    pub sequence: u64,
    /// When the origin made the statement, Unix seconds.
    pub issued_at: u64,
    /// The list's digest at `issued_at`.
    pub digest: ListDigest,
}

impl Freshness {
    /// Bytes of an encoded statement.
    pub const LEN: usize = SIGNED_LEN + SIGNATURE_LEN;

    /// The 104-byte signed statement.
    pub fn sign(&self, key: &SigningKey) -> Result<[u8; Freshness::LEN], SnapshotError> {
        let mut out = [0u8; Freshness::LEN];
        out[0..4].copy_from_slice(&MAGIC);
        out[4..6].copy_from_slice(&VERSION.to_le_bytes());
        out[8..16].copy_from_slice(&self.sequence.to_le_bytes());
        out[16..24].copy_from_slice(&self.issued_at.to_le_bytes());
        out[24..40].copy_from_slice(&self.digest.to_bytes());
        let sig = key.sign(&out[..SIGNED_LEN])?;
        out[SIGNED_LEN..].copy_from_slice(&sig);
        Ok(out)
    }

    /// Parses a statement and requires a valid signature by `key`.
    pub fn from_bytes_verified(bytes: &[u8], key: &VerifyingKey) -> Result<Freshness, SnapshotError> {
        let bad = |problem: String| SnapshotError::new(Kind::Freshness { problem });
        let bytes: &[u8; Freshness::LEN] = bytes
            .try_into()
            .map_err(|_| bad(format!("is {} bytes long, expected {}", bytes.len(), Freshness::LEN)))?;
        if bytes[0..4] != MAGIC {
            return Err(bad("has bad magic bytes (expected \"SGFS\")".into()));
        }
        let version = u16::from_le_bytes([bytes[4], bytes[5]]);
        if version != VERSION {
            return Err(bad(format!(
                "has version {version}; this reader reads version {VERSION}"
            )));
        }
        if bytes[6..8] != [0, 0] {
            return Err(bad("has nonzero reserved bytes".into()));
        }
        if !key.verify(&bytes[..SIGNED_LEN], &bytes[SIGNED_LEN..]) {
            return Err(SnapshotError::new(Kind::FreshnessSignature));
        }
        let u64_at = |at: usize| {
            let mut a = [0u8; 8];
            a.copy_from_slice(&bytes[at..at + 8]);
            u64::from_le_bytes(a)
        };
        let mut digest = [0u8; 16];
        digest.copy_from_slice(&bytes[24..40]);
        Ok(Freshness { sequence: u64_at(8), issued_at: u64_at(16), digest: ListDigest::from_bytes(digest) })
    }
}
