//! The snapshot header (`docs/snapshot-format.md`, "Header"): every fixed field at a named
//! offset, read and written in one place. Reading checks only that the bytes are there;
//! whether the values make sense together is `layout`'s job, and the shared prefix (magic,
//! endianness, version, flags) is checked by `wire::check_prefix` before this is read.
use super::digest::ListDigest;
use super::error::{File, SnapshotError};
use super::wire::{self, SNAPSHOT_MAGIC};

/// Bytes of the version 3 header, section table included.
pub(crate) const LEN: usize = 296;

/// Where each field starts.
pub(crate) mod at {
    pub(crate) const FLAGS: usize = 14;
    pub(crate) const HEADER_LEN: usize = 16;
    pub(crate) const SECTION_COUNT: usize = 20;
    pub(crate) const FILE_LEN: usize = 24;
    pub(crate) const ENTRIES: usize = 32;
    pub(crate) const SEQUENCE: usize = 40;
    pub(crate) const CREATED_AT: usize = 48;
    pub(crate) const REGION: usize = 56;
    pub(crate) const MIN: usize = 64;
    pub(crate) const MAX: usize = 72;
    pub(crate) const HIGH_BITS: usize = 80;
    pub(crate) const SCOPED: usize = 88;
    pub(crate) const BLOCKS: usize = 96;
    pub(crate) const LOW_BITS: usize = 104;
    pub(crate) const SELECT_LOG2: usize = 105;
    pub(crate) const RESERVED: usize = 106;
    pub(crate) const OUTLIERS: usize = 108;
    pub(crate) const DIGEST: usize = 112;
    pub(crate) const TABLE: usize = 128;
}

/// Bytes of one section table entry: tag, reserved u32, offset u64, length u64.
pub(crate) const TABLE_ENTRY: usize = 24;
/// Sections in a version 3 file.
pub(crate) const SECTION_COUNT: usize = 7;
/// The sections of version 3, in file order: (name in messages, tag in the file).
pub(crate) const SECTIONS: [(&str, &[u8; 4]); SECTION_COUNT] = [
    ("filter", b"FLTR"),
    ("exact-high", b"EFHI"),
    ("exact-low", b"EFLO"),
    ("exact-select", b"EFSL"),
    ("outliers", b"OUTL"),
    ("scopes", b"SCOP"),
    ("signature", b"SIGN"),
];
pub(crate) const FILTER: usize = 0;
pub(crate) const HIGH: usize = 1;
pub(crate) const LOW: usize = 2;
pub(crate) const SELECT: usize = 3;
pub(crate) const OUTLIERS: usize = 4;
pub(crate) const SCOPES: usize = 5;
pub(crate) const SIGNATURE: usize = 6;

/// One section table entry as stored.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct SectionEntry {
    pub(crate) tag: [u8; 4],
    pub(crate) reserved: u32,
    pub(crate) offset: u64,
    pub(crate) length: u64,
}

/// The header's fields as stored (after the magic, endianness marker and version).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Header {
    pub(crate) flags: u16,
    pub(crate) header_len: u32,
    pub(crate) section_count: u32,
    pub(crate) file_len: u64,
    pub(crate) entries: u64,
    pub(crate) sequence: u64,
    pub(crate) created_at: u64,
    pub(crate) region: [u8; 8],
    pub(crate) min: u64,
    pub(crate) max: u64,
    pub(crate) high_bits: u64,
    pub(crate) scoped: u64,
    pub(crate) blocks: u64,
    pub(crate) low_bits: u8,
    pub(crate) select_log2: u8,
    pub(crate) reserved: [u8; 2],
    pub(crate) outliers: u32,
    pub(crate) digest: ListDigest,
    pub(crate) table: [SectionEntry; SECTION_COUNT],
}

impl Header {
    /// Reads every field; an error names the field that does not fit in `bytes`.
    pub(crate) fn read(bytes: &[u8]) -> Result<Header, SnapshotError> {
        let f = File::Snapshot;
        let mut header = Header {
            flags: wire::u16_at(bytes, at::FLAGS, f, "flags")?,
            header_len: wire::u32_at(bytes, at::HEADER_LEN, f, "header length")?,
            section_count: wire::u32_at(bytes, at::SECTION_COUNT, f, "section count")?,
            file_len: wire::u64_at(bytes, at::FILE_LEN, f, "file length")?,
            entries: wire::u64_at(bytes, at::ENTRIES, f, "entries")?,
            sequence: wire::u64_at(bytes, at::SEQUENCE, f, "sequence")?,
            created_at: wire::u64_at(bytes, at::CREATED_AT, f, "created at")?,
            region: wire::array_at(bytes, at::REGION, f, "region")?,
            min: wire::u64_at(bytes, at::MIN, f, "min")?,
            max: wire::u64_at(bytes, at::MAX, f, "max")?,
            high_bits: wire::u64_at(bytes, at::HIGH_BITS, f, "high bits")?,
            scoped: wire::u64_at(bytes, at::SCOPED, f, "scoped count")?,
            blocks: wire::u64_at(bytes, at::BLOCKS, f, "filter blocks")?,
            low_bits: wire::array_at::<1>(bytes, at::LOW_BITS, f, "low bits")?[0],
            select_log2: wire::array_at::<1>(bytes, at::SELECT_LOG2, f, "select rate")?[0],
            reserved: wire::array_at(bytes, at::RESERVED, f, "reserved bytes")?,
            outliers: wire::u32_at(bytes, at::OUTLIERS, f, "outliers")?,
            digest: ListDigest::from_bytes(wire::array_at(bytes, at::DIGEST, f, "list digest")?),
            table: [SectionEntry::default(); SECTION_COUNT],
        };
        for (i, entry) in header.table.iter_mut().enumerate() {
            let base = at::TABLE + i * TABLE_ENTRY;
            *entry = SectionEntry {
                tag: wire::array_at(bytes, base, f, "section tag")?,
                reserved: wire::u32_at(bytes, base + 4, f, "section table reserved field")?,
                offset: wire::u64_at(bytes, base + 8, f, "section offset")?,
                length: wire::u64_at(bytes, base + 16, f, "section length")?,
            };
        }
        Ok(header)
    }

    /// Writes the whole header, the shared prefix included, into `out[..LEN]`.
    pub(crate) fn write(&self, out: &mut [u8]) {
        let h = &mut out[..LEN];
        wire::put_prefix(h, SNAPSHOT_MAGIC, self.flags);
        wire::put_u32(h, at::HEADER_LEN, self.header_len);
        wire::put_u32(h, at::SECTION_COUNT, self.section_count);
        wire::put_u64(h, at::FILE_LEN, self.file_len);
        wire::put_u64(h, at::ENTRIES, self.entries);
        wire::put_u64(h, at::SEQUENCE, self.sequence);
        wire::put_u64(h, at::CREATED_AT, self.created_at);
        h[at::REGION..at::REGION + 8].copy_from_slice(&self.region);
        wire::put_u64(h, at::MIN, self.min);
        wire::put_u64(h, at::MAX, self.max);
        wire::put_u64(h, at::HIGH_BITS, self.high_bits);
        wire::put_u64(h, at::SCOPED, self.scoped);
        wire::put_u64(h, at::BLOCKS, self.blocks);
        h[at::LOW_BITS] = self.low_bits;
        h[at::SELECT_LOG2] = self.select_log2;
        h[at::RESERVED..at::OUTLIERS].copy_from_slice(&self.reserved);
        wire::put_u32(h, at::OUTLIERS, self.outliers);
        h[at::DIGEST..at::TABLE].copy_from_slice(&self.digest.to_bytes());
        for (i, entry) in self.table.iter().enumerate() {
            let base = at::TABLE + i * TABLE_ENTRY;
            h[base..base + 4].copy_from_slice(&entry.tag);
            wire::put_u32(h, base + 4, entry.reserved);
            wire::put_u64(h, base + 8, entry.offset);
            wire::put_u64(h, base + 16, entry.length);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_then_read_gives_the_same_header_and_short_input_names_the_field() {
        let mut h = Header {
            flags: 1,
            header_len: LEN as u32,
            section_count: SECTION_COUNT as u32,
            file_len: 1000,
            entries: 5,
            sequence: 7,
            created_at: 9,
            region: *b"US\0\0\0\0\0\0",
            min: 10,
            max: 20,
            high_bits: 30,
            scoped: 2,
            blocks: 1,
            low_bits: 3,
            select_log2: 8,
            reserved: [0; 2],
            outliers: 3,
            digest: ListDigest::from_bytes([5; 16]),
            table: [SectionEntry::default(); SECTION_COUNT],
        };
        for (i, (e, (_, tag))) in h.table.iter_mut().zip(SECTIONS).enumerate() {
            *e = SectionEntry { tag: *tag, reserved: 0, offset: 100 + i as u64, length: i as u64 };
        }
        let mut out = vec![0u8; LEN];
        h.write(&mut out);
        assert_eq!(Header::read(&out).unwrap(), h);
        let e = Header::read(&out[..120]).unwrap_err().to_string();
        assert!(e.contains("snapshot field `list digest` at offset 112"), "{e}");
    }
}
