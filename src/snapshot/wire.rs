//! Byte-level helpers shared by the snapshot and delta formats: the common header
//! prefix (magic, endianness marker, version, flags), little-endian field access, and
//! the trailing checksum. Callers bounds-check before reading fixed header offsets.
use super::error::{File, Kind, SnapshotError};

/// Magic of a snapshot file. The high-bit first byte and the trailing newline catch
/// 7-bit and text-mode transfers, as PNG's signature does.
pub(crate) const SNAPSHOT_MAGIC: [u8; 8] = *b"\x89SGSNAP\n";
/// Magic of a delta file.
pub(crate) const DELTA_MAGIC: [u8; 8] = *b"\x89SGDLTA\n";
/// Written as a little-endian u32; a big-endian writer would produce the reverse.
pub(crate) const ENDIAN_MARK: u32 = 0x0A0B_0C0D;
/// The format version this code writes and reads (snapshots and deltas). Version 2 added
/// the list digests, version 3 the dense NANP keys, the outliers section and the 64-byte
/// filter blocks; older files are refused with a message naming both versions.
pub(crate) const VERSION: u16 = 3;
/// Flag bit: a signature section is present.
pub(crate) const FLAG_SIGNED: u16 = 1;
/// Delta flag bit: the header's base and resulting list digests are set (and checked).
pub(crate) const FLAG_CHAINED: u16 = 2;
/// Bytes of the trailing checksum.
pub(crate) const CHECKSUM_LEN: usize = 8;

/// The `N` bytes at `off`, or an error naming the field (`what`) that is cut off.
#[inline]
pub(crate) fn array_at<const N: usize>(
    b: &[u8],
    off: usize,
    file: File,
    what: &'static str,
) -> Result<[u8; N], SnapshotError> {
    off.checked_add(N)
        .and_then(|end| b.get(off..end))
        .and_then(|s| s.try_into().ok())
        .ok_or_else(|| SnapshotError::new(Kind::CutOff { file, what, offset: off as u64, len: b.len() as u64 }))
}

#[inline]
pub(crate) fn u16_at(b: &[u8], off: usize, file: File, what: &'static str) -> Result<u16, SnapshotError> {
    array_at(b, off, file, what).map(u16::from_le_bytes)
}

#[inline]
pub(crate) fn u32_at(b: &[u8], off: usize, file: File, what: &'static str) -> Result<u32, SnapshotError> {
    array_at(b, off, file, what).map(u32::from_le_bytes)
}

#[inline]
pub(crate) fn u64_at(b: &[u8], off: usize, file: File, what: &'static str) -> Result<u64, SnapshotError> {
    array_at(b, off, file, what).map(u64::from_le_bytes)
}

pub(crate) fn put_u16(b: &mut [u8], off: usize, v: u16) {
    b[off..off + 2].copy_from_slice(&v.to_le_bytes());
}

pub(crate) fn put_u32(b: &mut [u8], off: usize, v: u32) {
    b[off..off + 4].copy_from_slice(&v.to_le_bytes());
}

pub(crate) fn put_u64(b: &mut [u8], off: usize, v: u64) {
    b[off..off + 8].copy_from_slice(&v.to_le_bytes());
}

/// `check_prefix`, then that the file holds at least its header and the checksum.
pub(crate) fn check_start(bytes: &[u8], file: File, header_len: usize) -> Result<u16, SnapshotError> {
    let flags = check_prefix(bytes, file)?;
    let need = header_len + CHECKSUM_LEN;
    if bytes.len() < need {
        return Err(SnapshotError::new(Kind::TooShort { file, len: bytes.len() as u64, need: need as u64 }));
    }
    Ok(flags)
}

/// Checks the prefix every file shares (bytes 0..16): magic, endianness, version and
/// flags (only known bits). Returns the flags. `bytes` must be at least 16 long.
pub(crate) fn check_prefix(bytes: &[u8], file: File) -> Result<u16, SnapshotError> {
    let (magic, other, other_file) = match file {
        File::Snapshot => (SNAPSHOT_MAGIC, DELTA_MAGIC, File::Delta),
        File::Delta => (DELTA_MAGIC, SNAPSHOT_MAGIC, File::Snapshot),
    };
    if bytes.len() < 16 {
        if bytes.len() >= 8 && bytes[..8] != magic {
            return Err(SnapshotError::new(Kind::Magic { file }));
        }
        return Err(SnapshotError::new(Kind::TooShort { file, len: bytes.len() as u64, need: 16 }));
    }
    if bytes[..8] != magic {
        if bytes[..8] == other {
            return Err(SnapshotError::new(Kind::OtherFile { file, found: other_file }));
        }
        return Err(SnapshotError::new(Kind::Magic { file }));
    }
    match u32_at(bytes, 8, file, "endianness marker")? {
        ENDIAN_MARK => {}
        m if m == ENDIAN_MARK.swap_bytes() => return Err(SnapshotError::new(Kind::BigEndian { file })),
        found => return Err(SnapshotError::new(Kind::Endianness { file, found })),
    }
    let version = u16_at(bytes, 12, file, "version")?;
    if version != VERSION {
        return Err(SnapshotError::new(Kind::Version { file, found: version, supported: VERSION }));
    }
    let flags = u16_at(bytes, 14, file, "flags")?;
    let known = match file {
        File::Snapshot => FLAG_SIGNED,
        File::Delta => FLAG_SIGNED | FLAG_CHAINED,
    };
    if flags & !known != 0 {
        return Err(SnapshotError::new(Kind::Flags { file, flags }));
    }
    Ok(flags)
}

/// Writes the shared prefix.
pub(crate) fn put_prefix(b: &mut [u8], magic: [u8; 8], flags: u16) {
    b[..8].copy_from_slice(&magic);
    put_u32(b, 8, ENDIAN_MARK);
    put_u16(b, 12, VERSION);
    put_u16(b, 14, flags);
}

/// Compares the stored trailing checksum with xxh3-64 of everything before it.
pub(crate) fn check_checksum(bytes: &[u8], file: File) -> Result<(), SnapshotError> {
    let body = bytes.len().saturating_sub(CHECKSUM_LEN);
    let stored = u64_at(bytes, body, file, "checksum")?;
    let computed = xxhash_rust::xxh3::xxh3_64(&bytes[..body]);
    if stored != computed {
        return Err(SnapshotError::new(Kind::Checksum { file, stored, computed }));
    }
    Ok(())
}

/// Appends the checksum of everything so far.
pub(crate) fn push_checksum(out: &mut Vec<u8>) {
    let sum = xxhash_rust::xxh3::xxh3_64(out);
    out.extend_from_slice(&sum.to_le_bytes());
}

/// Rounds up to a multiple of 8 (checked).
pub(crate) fn align8(x: u64) -> Option<u64> {
    Some(x.checked_add(7)? & !7)
}
