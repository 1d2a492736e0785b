//! The one error type of the snapshot module: an opaque struct over a private kind, so
//! messages can improve without breaking callers.
use core::fmt;

/// Why a snapshot or delta was refused, or could not be built.
///
/// The message is one lowercase line that names the file kind, the part at fault and
/// the numbers involved, e.g. "snapshot section `exact-low` is 12 bytes long, header says 4096".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SnapshotError {
    kind: Kind,
}

/// Which file a wire error is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum File {
    Snapshot,
    Delta,
}

impl fmt::Display for File {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            File::Snapshot => "snapshot",
            File::Delta => "delta",
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    TooShort { file: File, len: u64, need: u64 },
    CutOff { file: File, what: &'static str, offset: u64, len: u64 },
    Magic { file: File },
    OtherFile { file: File, found: File },
    BigEndian { file: File },
    Endianness { file: File, found: u32 },
    Version { file: File, found: u16, supported: u16 },
    Flags { file: File, flags: u16 },
    HeaderLen { found: u32, expected: u32 },
    SectionCount { found: u32, expected: u32 },
    FileLen { file: File, header: u64, actual: u64 },
    SectionTag { index: usize, found: [u8; 4], expected: &'static str },
    SectionOffset { name: &'static str, offset: u64, expected: u64 },
    SectionLen { name: &'static str, len: u64, expected: u64 },
    Padding { file: File, offset: u64 },
    Checksum { file: File, stored: u64, computed: u64 },
    Region { bytes: [u8; 8] },
    Inconsistent { what: String },
    ScopeAllStored { rank: u64 },
    Unsigned { file: File },
    Signature { file: File },
    DeltaBase { delta_base: u64, snapshot: u64 },
    DeltaSequence { base: u64, sequence: u64 },
    DeltaBody { what: String },
    Hex { what: &'static str, problem: String },
    PublicKey,
    ZeroSeed,
    Build { what: String },
    DeltaDigest { which: &'static str, delta: String, snapshot: String },
    Freshness { problem: String },
    FreshnessSignature,
    BatchLen { numbers: usize, out: usize },
}

impl SnapshotError {
    pub(crate) fn new(kind: Kind) -> SnapshotError {
        SnapshotError { kind }
    }

    pub(crate) fn inconsistent(what: impl Into<String>) -> SnapshotError {
        SnapshotError::new(Kind::Inconsistent { what: what.into() })
    }

    pub(crate) fn build(what: impl Into<String>) -> SnapshotError {
        SnapshotError::new(Kind::Build { what: what.into() })
    }

    pub(crate) fn delta_body(what: impl Into<String>) -> SnapshotError {
        SnapshotError::new(Kind::DeltaBody { what: what.into() })
    }

    /// Whether the file was refused because of its signature: missing when one was
    /// required, or not made by the expected key. Callers may treat this as an attack
    /// rather than a transport fault.
    pub fn is_signature_error(&self) -> bool {
        matches!(self.kind, Kind::Unsigned { .. } | Kind::Signature { .. } | Kind::FreshnessSignature)
    }

    /// Whether a delta was refused because it does not start at the snapshot's current
    /// sequence (a gap or a rollback): fetch a fresh delta or a full snapshot.
    pub fn is_sequence_error(&self) -> bool {
        matches!(self.kind, Kind::DeltaBase { .. })
    }

    /// Whether a delta was refused because its base list digest is not the snapshot's
    /// current digest (or applying it would not give the digest it names): the copies have
    /// diverged, and only a full snapshot fixes that.
    pub fn is_digest_error(&self) -> bool {
        matches!(self.kind, Kind::DeltaDigest { .. })
    }

    /// The broad class of the error, for callers that map errors to stable codes
    /// (the JavaScript binding's `err.code`).
    pub fn kind(&self) -> SnapshotErrorKind {
        match self.kind {
            _ if self.is_signature_error() => SnapshotErrorKind::Signature,
            _ if self.is_sequence_error() => SnapshotErrorKind::Sequence,
            _ if self.is_digest_error() => SnapshotErrorKind::Digest,
            Kind::Checksum { .. } => SnapshotErrorKind::Checksum,
            Kind::Version { .. } | Kind::Flags { .. } => SnapshotErrorKind::Version,
            Kind::Hex { .. } | Kind::PublicKey | Kind::ZeroSeed => SnapshotErrorKind::Key,
            Kind::Build { .. } => SnapshotErrorKind::Build,
            _ => SnapshotErrorKind::Format,
        }
    }
}

/// What [`SnapshotError::kind`] answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum SnapshotErrorKind {
    /// Malformed or truncated file, or not a stopgate file of this kind.
    Format,
    /// The checksum does not match: corrupted in transit or storage.
    Checksum,
    /// Written by a newer format version (or with unknown flags).
    Version,
    /// Unsigned when a signature is required, or signed by another key.
    Signature,
    /// A delta that does not start at the snapshot's sequence.
    Sequence,
    /// A delta whose base list digest is not the snapshot's: only a full snapshot fixes it.
    Digest,
    /// A key that is not valid hex or not a usable key.
    Key,
    /// The builder refused its input.
    Build,
}

impl fmt::Display for SnapshotError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            Kind::TooShort { file, len, need } => {
                write!(f, "{file} is {len} bytes long, shorter than the {need} bytes its header needs")
            }
            Kind::CutOff { file, what, offset, len } => {
                write!(f, "{file} field `{what}` at offset {offset} is cut off (the file is {len} bytes long)")
            }
            Kind::Magic { file } => write!(f, "not a stopgate {file}: bad magic bytes"),
            Kind::OtherFile { file, found } => {
                write!(f, "this is a stopgate {found}, not a {file}")
            }
            Kind::BigEndian { file } => {
                write!(f, "{file} was written big-endian; this reader expects little-endian")
            }
            Kind::Endianness { file, found } => {
                write!(f, "{file} has an unknown endianness marker {found:#010x}")
            }
            Kind::Version { file, found, supported } => write!(
                f,
                "{file} format version {found} is not supported by this reader (it reads version {supported})"
            ),
            Kind::Flags { file, flags } => {
                write!(f, "{file} has unknown flags {flags:#06x} (newer writer?)")
            }
            Kind::HeaderLen { found, expected } => {
                write!(f, "snapshot header is {found} bytes long, version {} headers are {expected}", super::wire::VERSION)
            }
            Kind::SectionCount { found, expected } => {
                write!(f, "snapshot has {found} sections, version {} has {expected}", super::wire::VERSION)
            }
            Kind::FileLen { file, header, actual } => {
                if actual < header {
                    write!(f, "{file} is {actual} bytes long, header says {header} (truncated?)")
                } else {
                    write!(f, "{file} is {actual} bytes long, header says {header} (trailing bytes?)")
                }
            }
            Kind::SectionTag { index, found, expected } => write!(
                f,
                "snapshot section {index} is tagged {:?}, expected {expected:?}",
                String::from_utf8_lossy(found)
            ),
            Kind::SectionOffset { name, offset, expected } => write!(
                f,
                "snapshot section `{name}` starts at byte {offset}, expected {expected}"
            ),
            Kind::SectionLen { name, len, expected } => {
                write!(f, "snapshot section `{name}` is {len} bytes long, header says {expected}")
            }
            Kind::Padding { file, offset } => {
                write!(f, "{file} has a nonzero padding byte at offset {offset}")
            }
            Kind::Checksum { file, stored, computed } => write!(
                f,
                "{file} checksum mismatch: stored {stored:#018x}, computed {computed:#018x} (corrupted file)"
            ),
            Kind::Region { bytes } => write!(
                f,
                "snapshot region label {:?} is not printable ascii padded with zero bytes",
                String::from_utf8_lossy(bytes)
            ),
            Kind::Inconsistent { what } => write!(f, "snapshot is inconsistent: {what}"),
            Kind::ScopeAllStored { rank } => write!(
                f,
                "snapshot scope table lists entry {rank} with code 0 (`all` is the default and is never stored)"
            ),
            Kind::Unsigned { file } => write!(f, "{file} is not signed, but a signature is required"),
            Kind::Signature { file } => {
                write!(f, "{file} signature does not verify with the given public key")
            }
            Kind::DeltaBase { delta_base, snapshot } => write!(
                f,
                "delta applies to sequence {delta_base}, but the snapshot is at sequence {snapshot} (fetch a delta since {snapshot} or a full snapshot)"
            ),
            Kind::DeltaSequence { base, sequence } => write!(
                f,
                "delta goes from sequence {base} to {sequence}; the new sequence must be greater"
            ),
            Kind::DeltaBody { what } => write!(f, "delta body is malformed: {what}"),
            Kind::Hex { what, problem } => write!(f, "{what} is not valid hex: {problem}"),
            Kind::PublicKey => f.write_str("public key is not a valid ed25519 point"),
            Kind::ZeroSeed => f.write_str("signing key seed is all zeros; use 32 random bytes"),
            Kind::Build { what } => write!(f, "cannot build: {what}"),
            Kind::DeltaDigest { which, delta, snapshot } => write!(
                f,
                "delta {which} list digest {delta} does not match the snapshot's {snapshot} (the lists diverged: fetch a full snapshot)"
            ),
            Kind::Freshness { problem } => write!(f, "freshness statement {problem}"),
            Kind::BatchLen { numbers, out } => {
                write!(f, "batched lookup of {numbers} numbers was given room for {out} answers")
            }
            Kind::FreshnessSignature => {
                f.write_str("freshness statement signature does not verify with the given public key")
            }
        }
    }
}

impl std::error::Error for SnapshotError {}
