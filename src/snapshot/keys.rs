//! Ed25519 keys for signing snapshots and deltas. Keys come from 32-byte seeds: this
//! module never draws randomness (the CLI and the wasm layer bring it). Key files hold hex.
use super::error::{Kind, SnapshotError};
use core::fmt;
use ed25519_compact::{KeyPair, PublicKey, Seed, Signature};

/// Bytes of an Ed25519 signature as stored in snapshots and deltas.
pub(crate) const SIGNATURE_LEN: usize = 64;

/// An Ed25519 secret key (its 32-byte seed) that signs snapshots and deltas.
#[derive(Clone)]
pub struct SigningKey {
    seed: [u8; 32],
    // `None` only for the all-zero seed, which ed25519-compact refuses; signing with it
    // is an error rather than a panic.
    pair: Option<KeyPair>,
}

/// An Ed25519 public key that verifies snapshots and deltas.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifyingKey(PublicKey);

impl SigningKey {
    /// A key from a 32-byte seed (the caller brings the randomness).
    ///
    /// An all-zero seed cannot sign: `build` with it fails.
    pub fn from_seed(seed: [u8; 32]) -> SigningKey {
        let pair = KeyPair::try_from_seed(Seed::new(seed)).ok();
        SigningKey { seed, pair }
    }

    /// The public half.
    pub fn verifying_key(&self) -> VerifyingKey {
        match &self.pair {
            Some(pair) => VerifyingKey(pair.pk),
            // Not a valid point: verifies nothing.
            None => VerifyingKey(PublicKey::new([0; 32])),
        }
    }

    /// Hex text of the seed (64 hex digits), as key files hold it.
    pub fn to_hex(&self) -> String {
        to_hex(&self.seed)
    }

    /// Reads hex text (whitespace around it ignored).
    pub fn from_hex(text: &str) -> Result<SigningKey, SnapshotError> {
        let seed = from_hex32(text, "signing key")?;
        if seed == [0; 32] {
            return Err(SnapshotError::new(Kind::ZeroSeed));
        }
        Ok(SigningKey::from_seed(seed))
    }

    pub(crate) fn sign(&self, message: &[u8]) -> Result<[u8; SIGNATURE_LEN], SnapshotError> {
        let pair = self.pair.as_ref().ok_or(SnapshotError::new(Kind::ZeroSeed))?;
        // Deterministic (no noise): this crate draws no randomness.
        Ok(*pair.sk.sign(message, None))
    }
}

impl fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Never print the seed.
        f.debug_struct("SigningKey").field("verifying_key", &self.verifying_key().to_hex()).finish()
    }
}

impl VerifyingKey {
    /// Hex text of the 32-byte key.
    pub fn to_hex(&self) -> String {
        to_hex(&self.0[..])
    }

    /// Reads hex text (whitespace around it ignored).
    pub fn from_hex(text: &str) -> Result<VerifyingKey, SnapshotError> {
        VerifyingKey::from_bytes(&from_hex32(text, "public key")?)
    }

    /// The raw 32 bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<VerifyingKey, SnapshotError> {
        let key = PublicKey::from_slice(bytes).map_err(|_| {
            SnapshotError::new(Kind::Hex {
                what: "public key",
                problem: format!("expected 32 bytes, got {}", bytes.len()),
            })
        })?;
        key.validate().map_err(|_| SnapshotError::new(Kind::PublicKey))?;
        Ok(VerifyingKey(key))
    }

    /// The raw 32 bytes.
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    pub(crate) fn verify(&self, message: &[u8], signature: &[u8]) -> bool {
        match Signature::from_slice(signature) {
            Ok(sig) => self.0.verify(message, &sig).is_ok(),
            Err(_) => false,
        }
    }
}

fn to_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        out.push(DIGITS[usize::from(b >> 4)] as char);
        out.push(DIGITS[usize::from(b & 15)] as char);
    }
    out
}

fn from_hex32(text: &str, what: &'static str) -> Result<[u8; 32], SnapshotError> {
    let text = text.trim();
    let err = |problem: String| SnapshotError::new(Kind::Hex { what, problem });
    if text.len() != 64 {
        return Err(err(format!("expected 64 hex digits, got {} characters", text.chars().count())));
    }
    let mut out = [0u8; 32];
    let digits = text.as_bytes();
    for (i, slot) in out.iter_mut().enumerate() {
        let mut byte = 0u8;
        for j in 0..2 {
            let c = digits[2 * i + j];
            let v = match c {
                b'0'..=b'9' => c - b'0',
                b'a'..=b'f' => c - b'a' + 10,
                b'A'..=b'F' => c - b'A' + 10,
                _ => {
                    let ch = text.get(2 * i + j..).and_then(|s| s.chars().next()).unwrap_or('?');
                    return Err(err(format!("unexpected {ch:?} at position {}", 2 * i + j)));
                }
            };
            byte = byte << 4 | v;
        }
        *slot = byte;
    }
    Ok(out)
}
