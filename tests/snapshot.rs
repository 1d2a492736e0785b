//! Snapshot and delta: round trips, one test per error kind, corruption and truncation,
//! signatures, and property tests against a `HashMap` model.
// Phone numbers are grouped as people write them (1 212 555 0100), not by thousands.
#![allow(clippy::inconsistent_digit_grouping)]
use proptest::prelude::*;
use std::collections::{BTreeMap, HashMap};
use stopgate::snapshot::{
    Delta, DeltaBuilder, Freshness, ListDigest, SigningKey, Snapshot, SnapshotBuilder, SnapshotError,
    VerifyingKey,
};
use stopgate::Scope;

const SEED: [u8; 32] = [7; 32];
/// Format facts the hand-made corruptions below rely on (`docs/snapshot-format.md`).
const VERSION: u16 = 3;
const HEADER_LEN: usize = 296;
const TABLE_OFFSET: usize = 128;
const DELTA_BODY: usize = 104;
const SCOPES_SECTION: usize = 5;
const SIGNATURE_SECTION: usize = 6;

fn key() -> SigningKey {
    SigningKey::from_seed(SEED)
}

fn small(signed: bool) -> Vec<u8> {
    let mut b = SnapshotBuilder::new();
    b.region("US").sequence(41).created_at(1_700_000_000);
    for (i, n) in [1_212_555_0100u64, 1_212_555_0199, 1_415_555_2671, 1_646_555_0000, 1_999_999_9999]
        .into_iter()
        .enumerate()
    {
        b.insert(n, if i % 2 == 1 { Scope::Marketing } else { Scope::All });
    }
    b.build(signed.then(key).as_ref()).unwrap()
}

fn small_delta(signed: bool) -> Vec<u8> {
    let mut d = DeltaBuilder::new(41, 42);
    d.created_at(1_700_000_100).add(1_303_555_0000, Scope::Marketing).remove(1_212_555_0100);
    d.build(signed.then(key).as_ref()).unwrap()
}

fn fix_checksum(bytes: &mut [u8]) {
    let body = bytes.len() - 8;
    let sum = xxhash_rust::xxh3::xxh3_64(&bytes[..body]);
    bytes[body..].copy_from_slice(&sum.to_le_bytes());
}

fn err(bytes: &[u8]) -> String {
    match Snapshot::from_bytes(bytes) {
        Ok(_) => panic!("accepted a bad snapshot"),
        Err(e) => e.to_string(),
    }
}

fn delta_err(bytes: &[u8]) -> String {
    Delta::from_bytes(bytes, None).unwrap_err().to_string()
}

fn assert_has(msg: &str, part: &str) {
    assert!(msg.contains(part), "{msg:?} does not mention {part:?}");
    assert!(!msg.contains('\n'), "{msg:?} is not one line");
    assert_eq!(msg.chars().next().map(|c| c.is_lowercase()), Some(true), "{msg:?} is not lowercase");
}

// ---- round trips ----

#[test]
fn round_trip_keeps_members_scopes_and_header() {
    let bytes = small(false);
    let s = Snapshot::from_bytes(bytes.as_slice()).unwrap();
    assert_eq!(s.len(), 5);
    assert_eq!((s.region(), s.sequence(), s.created_at()), ("US", 41, 1_700_000_000));
    assert_eq!(s.check(1_212_555_0100), Some(Scope::All));
    assert_eq!(s.check(1_212_555_0199), Some(Scope::Marketing));
    assert_eq!(s.check(1_999_999_9999), Some(Scope::All));
    assert!(s.contains(1_646_555_0000));
    assert!(!s.contains(1_646_555_0001));
    assert!(!s.contains(0) && !s.contains(u64::MAX));
    let listed: Vec<_> = s.iter().collect();
    assert_eq!(listed.len(), 5);
    assert_eq!(listed[1], (1_212_555_0199, Scope::Marketing));
    let info = s.info();
    assert_eq!((info.version, info.entries, info.bytes, info.signed), (VERSION, 5, bytes.len() as u64, false));
    assert_eq!(info.sections.iter().map(|s| s.0.as_str()).collect::<Vec<_>>(),
        ["filter", "exact-high", "exact-low", "exact-select", "outliers", "scopes", "signature"]);
}

#[test]
fn duplicates_merge_to_the_widest_scope() {
    let mut b = SnapshotBuilder::new();
    b.insert(5, Scope::Marketing).insert(5, Scope::All).insert(6, Scope::Marketing).insert(6, Scope::Marketing);
    let s = Snapshot::from_bytes(b.build(None).unwrap()).unwrap();
    assert_eq!(s.len(), 2);
    assert_eq!(s.check(5), Some(Scope::All));
    assert_eq!(s.check(6), Some(Scope::Marketing));
}

#[test]
fn empty_snapshot_suppresses_nothing() {
    let s = Snapshot::from_bytes(SnapshotBuilder::new().build(None).unwrap()).unwrap();
    assert!(s.is_empty());
    assert!(!s.contains(0));
    assert_eq!(s.iter().count(), 0);
    assert_eq!(s.region(), "");
}

#[test]
fn snapshot_without_filter_still_answers_exactly() {
    let mut b = SnapshotBuilder::new();
    b.filter_bits_per_entry(0.0).insert(10, Scope::All).insert(u64::MAX, Scope::Marketing);
    let bytes = b.build(None).unwrap();
    let s = Snapshot::from_bytes(&bytes).unwrap();
    assert_eq!(s.info().sections[0].2, 0);
    assert_eq!(s.check(u64::MAX), Some(Scope::Marketing));
    assert!(s.contains(10) && !s.contains(11));
}

#[test]
fn keys_round_trip_through_hex() {
    let k = key();
    assert_eq!(k.to_hex(), "07".repeat(32));
    let again = SigningKey::from_hex(&format!("  {}\n", k.to_hex().to_uppercase())).unwrap();
    assert_eq!(again.verifying_key(), k.verifying_key());
    let pk = VerifyingKey::from_hex(&k.verifying_key().to_hex()).unwrap();
    assert_eq!(pk, k.verifying_key());
    assert_eq!(VerifyingKey::from_bytes(pk.as_bytes()).unwrap(), pk);
    assert!(!format!("{k:?}").contains(&k.to_hex()), "debug output leaks the seed");
}

// ---- one test per error ----

#[test]
fn error_too_short() {
    assert_has(&err(&[]), "shorter");
    assert_has(&err(&small(false)[..100]), &format!("shorter than the {} bytes", HEADER_LEN + 8));
}

#[test]
fn error_bad_magic() {
    let mut b = small(false);
    b[1] = b'X';
    assert_has(&err(&b), "bad magic");
}

#[test]
fn error_delta_given_as_snapshot_and_back() {
    assert_has(&err(&small_delta(false)), "this is a stopgate delta, not a snapshot");
    assert_has(&delta_err(&small(false)), "this is a stopgate snapshot, not a delta");
}

#[test]
fn error_big_endian() {
    let mut b = small(false);
    b[8..12].reverse();
    assert_has(&err(&b), "big-endian");
}

#[test]
fn error_unknown_endianness_marker() {
    let mut b = small(false);
    b[8] = 0;
    assert_has(&err(&b), "unknown endianness marker");
}

#[test]
fn error_version() {
    let mut b = small(false);
    b[12] = 4;
    assert_has(&err(&b), "format version 4 is not supported");
    // Older files (version 1: no list digests; 2: no dense keys) are refused, naming both.
    for old in [1u8, 2] {
        let mut b = small(false);
        b[12] = old;
        assert_has(&err(&b), &format!("format version {old} is not supported by this reader (it reads version 3)"));
    }
    let mut d = small_delta(false);
    d[12] = 9;
    assert_has(&delta_err(&d), "delta format version 9");
}

#[test]
fn error_unknown_flags() {
    let mut b = small(false);
    b[14] |= 4;
    assert_has(&err(&b), "unknown flags 0x0004");
}

#[test]
fn error_header_len_and_section_count() {
    let mut b = small(false);
    b[16] = 1;
    assert_has(&err(&b), "header is 257 bytes long");
    let mut b = small(false);
    b[20] = 8;
    assert_has(&err(&b), "has 8 sections");
}

#[test]
fn error_truncated_and_trailing() {
    let b = small(false);
    assert_has(&err(&b[..b.len() - 1]), "header says");
    assert_has(&err(&b[..b.len() - 1]), "truncated");
    let mut longer = b.clone();
    longer.push(0);
    assert_has(&err(&longer), "trailing bytes");
}

#[test]
fn error_checksum() {
    let mut b = small(false);
    let at = b.len() / 2;
    b[at] ^= 0x10;
    assert_has(&err(&b), "checksum mismatch");
}

#[test]
fn error_region() {
    let mut b = small(false);
    b[57] = b' ';
    fix_checksum(&mut b);
    assert_has(&err(&b), "region label");
}

#[test]
fn error_section_tag_offset_length() {
    let table = TABLE_OFFSET;
    let mut b = small(false);
    b[table + 24] = b'Z';
    fix_checksum(&mut b);
    assert_has(&err(&b), "section 1 is tagged \"ZFHI\", expected \"EFHI\"");

    let mut b = small(false);
    b[table + 24 + 8] += 8;
    fix_checksum(&mut b);
    assert_has(&err(&b), "section `exact-high` starts at byte");

    let mut b = small(false);
    b[table + 2 * 24 + 16] += 8;
    fix_checksum(&mut b);
    assert_has(&err(&b), "section `exact-low` is");
    assert_has(&err(&b), "bytes long, header says");
}

#[test]
fn error_inconsistent_parameters() {
    let mut b = small(false);
    b[104] += 1; // low bits no longer canonical for the range
    fix_checksum(&mut b);
    assert_has(&err(&b), "exact-set parameters");
    let mut b = small(false);
    b[32] += 1; // one more entry than the bit vector holds
    fix_checksum(&mut b);
    assert_has(&err(&b), "snapshot is inconsistent");
}

#[test]
fn error_scope_codes() {
    let b = small(false);
    let s = Snapshot::from_bytes(b.as_slice()).unwrap();
    let (_, off, len) = s.info().sections[SCOPES_SECTION].clone();
    let code_at = (off + len - 1) as usize; // last code byte
    // Codes 2..=255 are program masks now (C8): read, not refused.
    let mut programs = b.clone();
    programs[code_at] = 7;
    fix_checksum(&mut programs);
    let s = Snapshot::from_bytes(programs.as_slice()).unwrap();
    assert!(s.iter().any(|(_, scope)| scope.code() == 7), "code 7 reads back as the mask 7");
    let mut zero = b.clone();
    zero[code_at] = 0;
    fix_checksum(&mut zero);
    assert_has(&err(&zero), "code 0");
}

#[test]
fn error_scope_table_ranks_out_of_range() {
    let b = small(false);
    let s = Snapshot::from_bytes(b.as_slice()).unwrap();
    let (_, off, _) = s.info().sections[SCOPES_SECTION].clone();
    let last_rank_at = off as usize + 8;
    let mut bad = b.clone();
    bad[last_rank_at] = 5; // there are 5 entries: ranks 0..=4
    fix_checksum(&mut bad);
    assert_has(&err(&bad), "scope table ranks 1..=5 do not fit 5 entries");
}

#[test]
fn error_nonzero_padding() {
    let mut b = small(false);
    b[106] = 1;
    fix_checksum(&mut b);
    assert_has(&err(&b), "nonzero padding byte at offset 106");
}

#[test]
fn error_unsigned_when_signature_required() {
    let e = Snapshot::from_bytes_verified(small(false), &key().verifying_key()).unwrap_err();
    assert!(e.is_signature_error());
    assert_has(&e.to_string(), "not signed");
    let e = Delta::from_bytes(&small_delta(false), Some(&key().verifying_key())).unwrap_err();
    assert_has(&e.to_string(), "delta is not signed");
}

#[test]
fn error_wrong_key() {
    let other = SigningKey::from_seed([9; 32]).verifying_key();
    let e = Snapshot::from_bytes_verified(small(true), &other).unwrap_err();
    assert_has(&e.to_string(), "signature does not verify");
    let e = Delta::from_bytes(&small_delta(true), Some(&other)).unwrap_err();
    assert_has(&e.to_string(), "delta signature does not verify");
    // The right key accepts both.
    Snapshot::from_bytes_verified(small(true), &key().verifying_key()).unwrap();
    Delta::from_bytes(&small_delta(true), Some(&key().verifying_key())).unwrap();
}

#[test]
fn stripped_signature_is_refused() {
    // Clear the flag, drop the signature, fix length and checksum: a plain reader takes it,
    // a verifying reader does not.
    let signed = small(true);
    let s = Snapshot::from_bytes(signed.as_slice()).unwrap();
    let (_, sig_off, _) = s.info().sections[SIGNATURE_SECTION].clone();
    let mut b = signed[..sig_off as usize].to_vec();
    b[14] = 0;
    b[TABLE_OFFSET + SIGNATURE_SECTION * 24 + 16] = 0;
    b.extend_from_slice(&[0; 8]);
    let len = b.len() as u64;
    b[24..32].copy_from_slice(&len.to_le_bytes());
    fix_checksum(&mut b);
    assert!(Snapshot::from_bytes(b.as_slice()).is_ok());
    assert!(Snapshot::from_bytes_verified(b.as_slice(), &key().verifying_key()).is_err());
}

#[test]
fn error_delta_base_mismatch_changes_nothing() {
    let mut s = Snapshot::from_bytes(small(false)).unwrap();
    let d = Delta::from_bytes(&DeltaBuilder::new(40, 45).build(None).unwrap(), None).unwrap();
    let e = s.apply_delta(&d).unwrap_err();
    assert!(e.is_sequence_error());
    assert_has(&e.to_string(), "delta applies to sequence 40, but the snapshot is at sequence 41");
    assert_eq!(s.sequence(), 41);
    // Replaying an applied delta is a rollback attempt.
    let d = Delta::from_bytes(&small_delta(false), None).unwrap();
    s.apply_delta(&d).unwrap();
    assert_has(&s.apply_delta(&d).unwrap_err().to_string(), "applies to sequence 41");
}

#[test]
fn error_delta_sequence_not_increasing() {
    let e = DeltaBuilder::new(5, 5).build(None).unwrap_err();
    assert_has(&e.to_string(), "the new sequence must be greater");
    let mut b = DeltaBuilder::new(5, 6).build(None).unwrap();
    b[32] = 5;
    fix_checksum(&mut b);
    assert_has(&delta_err(&b), "must be greater");
}

#[test]
fn error_delta_body() {
    // Scope code 9 on the only addition: a program mask now (C8), read as it is.
    let mut d = DeltaBuilder::new(1, 2);
    d.add(300, Scope::Marketing);
    let mut b = d.build(None).unwrap();
    assert_eq!(b[DELTA_BODY + 2], 1);
    b[DELTA_BODY + 2] = 9;
    fix_checksum(&mut b);
    let read = Delta::from_bytes(&b, None).unwrap();
    assert_eq!(read.additions(), &[(300, Scope::from_code(9))]);

    // A removal equal to an addition (hand-made: the builder cannot produce it).
    let mut d = DeltaBuilder::new(1, 2);
    d.add(5, Scope::All).remove(6);
    let mut b = d.build(None).unwrap();
    b[DELTA_BODY + 2] = 5; // removal gap 6 -> 5
    fix_checksum(&mut b);
    assert_has(&delta_err(&b), "5 is both added and removed");

    // Counts that the body cannot satisfy.
    let mut b = DeltaBuilder::new(1, 2).build(None).unwrap();
    b[48] = 3;
    fix_checksum(&mut b);
    assert_has(&delta_err(&b), "addition 0 is cut off");

    // Body length that does not fit the file.
    let mut b = DeltaBuilder::new(1, 2).build(None).unwrap();
    b[64] = 200;
    fix_checksum(&mut b);
    assert_has(&delta_err(&b), "does not fit");
}

#[test]
fn error_keys() {
    assert_has(&SigningKey::from_hex("abc").unwrap_err().to_string(), "expected 64 hex digits, got 3");
    let bad = format!("{}g", "0".repeat(63));
    assert_has(&SigningKey::from_hex(&bad).unwrap_err().to_string(), "unexpected 'g' at position 63");
    assert_has(&SigningKey::from_hex(&"0".repeat(64)).unwrap_err().to_string(), "all zeros");
    assert_has(&VerifyingKey::from_bytes(&[0; 31]).unwrap_err().to_string(), "expected 32 bytes");
    assert_has(&VerifyingKey::from_bytes(&[0; 32]).unwrap_err().to_string(), "not a valid ed25519 point");
    let zero = SigningKey::from_seed([0; 32]);
    let e = SnapshotBuilder::new().build(Some(&zero)).unwrap_err();
    assert_has(&e.to_string(), "all zeros");
}

#[test]
fn error_builder_options() {
    let e = SnapshotBuilder::new().region("NORTHAMERICA").build(None).unwrap_err();
    assert_has(&e.to_string(), "at most 8 printable ascii");
    let e = SnapshotBuilder::new().filter_bits_per_entry(f64::NAN).build(None).unwrap_err();
    assert_has(&e.to_string(), "filter bits per entry");
}

// ---- corruption ----

#[test]
fn every_single_byte_flip_is_rejected() {
    for signed in [false, true] {
        let good = small(signed);
        let good_delta = small_delta(signed);
        for mask in [0x01u8, 0x80, 0xff] {
            for i in 0..good.len() {
                let mut b = good.clone();
                b[i] ^= mask;
                assert!(Snapshot::from_bytes(b.as_slice()).is_err(), "flip {mask:#x} at {i} accepted");
            }
            for i in 0..good_delta.len() {
                let mut b = good_delta.clone();
                b[i] ^= mask;
                assert!(Delta::from_bytes(&b, None).is_err(), "delta flip {mask:#x} at {i} accepted");
            }
        }
    }
}

#[test]
fn every_truncation_is_rejected() {
    for signed in [false, true] {
        let good = small(signed);
        for len in 0..good.len() {
            assert!(Snapshot::from_bytes(&good[..len]).is_err(), "truncation to {len} accepted");
        }
        let good = small_delta(signed);
        for len in 0..good.len() {
            assert!(Delta::from_bytes(&good[..len], None).is_err(), "delta truncation to {len} accepted");
        }
    }
}

// ---- properties ----

fn scope_strategy() -> impl Strategy<Value = Scope> {
    // Program masks (C8) too: any code 2..=255.
    prop_oneof![3 => Just(Scope::All), 1 => Just(Scope::Marketing), 1 => (2u8..=255).prop_map(Scope::from_code)]
}

/// Numbers that cluster (as real lists do) and a few anywhere in u64.
fn number_strategy() -> impl Strategy<Value = u64> {
    prop_oneof![
        6 => 1_200_000_0000u64..1_999_999_9999,
        2 => 1_212_555_0000u64..1_212_555_0300,
        1 => any::<u64>(),
    ]
}

fn build_model(entries: &[(u64, Scope)], bits: f64) -> (Vec<u8>, BTreeMap<u64, Scope>) {
    let mut b = SnapshotBuilder::new();
    b.filter_bits_per_entry(bits).sequence(1);
    let mut model = BTreeMap::new();
    for &(n, scope) in entries {
        b.insert(n, scope);
        model.entry(n).and_modify(|s: &mut Scope| *s = s.widest(scope)).or_insert(scope);
    }
    (b.build(None).unwrap(), model)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn members_found_with_their_scope_and_nothing_else(
        entries in proptest::collection::vec((number_strategy(), scope_strategy()), 0..600),
        probes in proptest::collection::vec(number_strategy(), 0..300),
        bits in prop_oneof![Just(8.0), Just(0.0), Just(1.5), Just(20.0)],
    ) {
        let (bytes, model) = build_model(&entries, bits);
        let s = Snapshot::from_bytes(&bytes).unwrap();
        prop_assert_eq!(s.len(), model.len() as u64);
        for (&n, &scope) in &model {
            prop_assert_eq!(s.check(n), Some(scope));
            prop_assert!(s.contains(n));
        }
        for n in probes.iter().copied().chain(model.keys().flat_map(|&n| [n.wrapping_sub(1), n.wrapping_add(1)])) {
            prop_assert_eq!(s.check(n), model.get(&n).copied(), "probe {}", n);
            prop_assert_eq!(s.contains(n), model.contains_key(&n));
        }
        let listed: Vec<_> = s.iter().collect();
        let expected: Vec<_> = model.into_iter().collect();
        prop_assert_eq!(listed, expected);
    }

    #[test]
    fn delta_chains_agree_with_a_map(
        base in proptest::collection::vec((0u64..200, scope_strategy()), 0..120),
        steps in proptest::collection::vec(
            proptest::collection::vec((0u64..200, proptest::option::of(scope_strategy())), 0..40), 1..6),
        signed in any::<bool>(),
    ) {
        let (bytes, model) = build_model(&base, 8.0);
        let mut model: HashMap<u64, Scope> = model.into_iter().collect();
        let mut s = Snapshot::from_bytes(bytes).unwrap();
        let k = key();
        for (i, changes) in steps.iter().enumerate() {
            let (from, to) = (1 + i as u64, 2 + i as u64);
            let mut d = DeltaBuilder::new(from, to);
            d.created_at(1000 + to);
            for &(n, change) in changes {
                match change {
                    Some(scope) => { d.add(n, scope); model.insert(n, scope); }
                    None => { d.remove(n); model.remove(&n); }
                }
            }
            let bytes = d.build(signed.then_some(&k)).unwrap();
            let key_opt = signed.then(|| k.verifying_key());
            let delta = Delta::from_bytes(&bytes, key_opt.as_ref()).unwrap();
            s.apply_delta(&delta).unwrap();
            prop_assert_eq!(s.sequence(), to);
            prop_assert_eq!(s.created_at(), 1000 + to);
            prop_assert_eq!(s.len(), model.len() as u64);
            for n in 0..200u64 {
                prop_assert_eq!(s.check(n), model.get(&n).copied(), "number {} after step {}", n, i);
            }
        }
        let mut expected: Vec<_> = model.into_iter().collect();
        expected.sort_unstable();
        prop_assert_eq!(s.iter().collect::<Vec<_>>(), expected);
        prop_assert_eq!(s.info().deltas_applied, steps.len() as u64);
    }

    #[test]
    fn delta_round_trips(
        changes in proptest::collection::btree_map(any::<u64>(), proptest::option::of(scope_strategy()), 0..100),
    ) {
        let mut d = DeltaBuilder::new(3, 4);
        for (&n, &c) in &changes {
            match c { Some(s) => { d.add(n, s); } None => { d.remove(n); } }
        }
        let parsed = Delta::from_bytes(&d.build(None).unwrap(), None).unwrap();
        let adds: Vec<_> = changes.iter().filter_map(|(&n, &c)| c.map(|s| (n, s))).collect();
        let rems: Vec<_> = changes.iter().filter(|(_, c)| c.is_none()).map(|(&n, _)| n).collect();
        prop_assert_eq!(parsed.additions(), adds.as_slice());
        prop_assert_eq!(parsed.removals(), rems.as_slice());
        prop_assert_eq!((parsed.base_sequence(), parsed.sequence()), (3, 4));
    }
}

#[test]
fn fifty_thousand_numbers_with_many_select_samples() {
    // Enough zeros in exact-high for hundreds of select samples, and low bits that cross
    // word boundaries.
    let mut x = 0x2545_f491_4f6c_dd1du64;
    let mut model = BTreeMap::new();
    let mut b = SnapshotBuilder::new();
    for i in 0..50_000u64 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let n = 1_200_000_0000 + x % 800_000_0000;
        let scope = if i % 7 == 0 { Scope::Marketing } else { Scope::All };
        b.insert(n, scope);
        model.entry(n).and_modify(|s: &mut Scope| *s = s.widest(scope)).or_insert(scope);
    }
    let bytes = b.build(None).unwrap();
    let s = Snapshot::from_bytes(&bytes).unwrap();
    assert!(s.info().sections[3].2 > 4 * 100, "expected many select samples");
    for (&n, &scope) in &model {
        assert_eq!(s.check(n), Some(scope), "member {n}");
        assert_eq!(s.check(n + 1), model.get(&(n + 1)).copied(), "neighbour {}", n + 1);
    }
    assert!(s.iter().eq(model.into_iter()));
}

#[test]
fn snapshot_error_is_a_std_error() {
    fn takes(_: &dyn std::error::Error) {}
    let e: SnapshotError = Snapshot::from_bytes(&[][..]).unwrap_err();
    takes(&e);
}

// ---- list digests (contract C1) ----

fn small_entries() -> Vec<(u64, Scope)> {
    vec![
        (1_212_555_0100, Scope::All),
        (1_212_555_0199, Scope::Marketing),
        (1_415_555_2671, Scope::All),
        (1_646_555_0000, Scope::Marketing),
        (1_999_999_9999, Scope::All),
    ]
}

#[test]
fn digest_of_a_built_snapshot_is_the_digest_of_its_list() {
    let s = Snapshot::from_bytes(small(true)).unwrap();
    let by_list = ListDigest::of(small_entries());
    assert_eq!(s.digest(), by_list);
    assert_eq!(s.computed_digest(), by_list);
    assert_eq!(s.info().digest, by_list.to_hex());
    // The same list built another way: inserted in reverse, with duplicates narrower than
    // the kept scope, in two snapshots built from different orders.
    let mut b = SnapshotBuilder::new();
    for &(n, scope) in small_entries().iter().rev() {
        b.insert(n, scope).insert(n, Scope::Marketing);
    }
    assert_eq!(Snapshot::from_bytes(b.build(None).unwrap()).unwrap().digest(), by_list);
    // ... and from an empty snapshot through a chained delta.
    let mut empty = SnapshotBuilder::new();
    empty.sequence(1);
    let mut e = Snapshot::from_bytes(empty.build(None).unwrap()).unwrap();
    assert_eq!(e.digest(), ListDigest::EMPTY);
    assert_eq!(e.digest().to_bytes(), [0; 16]);
    let mut d = DeltaBuilder::new(1, 2);
    for (n, scope) in small_entries() {
        d.add(n, scope);
    }
    e.apply_delta(&Delta::from_bytes(&d.build_on(&e, None).unwrap(), None).unwrap()).unwrap();
    assert_eq!(e.digest(), by_list);
    // A different scope is a different list.
    let mut other = small_entries();
    other[0].1 = Scope::Marketing;
    assert_ne!(ListDigest::of(other), by_list);
}

#[test]
fn chained_delta_states_both_digests_and_a_mismatch_changes_nothing() {
    let k = key();
    let mut s = Snapshot::from_bytes(small(false)).unwrap();
    let before = s.digest();
    let mut d = DeltaBuilder::new(41, 42);
    d.add(1_303_555_0000, Scope::Marketing).remove(1_212_555_0100).add(1_212_555_0199, Scope::All);
    let good = Delta::from_bytes(&d.build_on(&s, Some(&k)).unwrap(), Some(&k.verifying_key())).unwrap();
    assert_eq!(good.base_digest(), Some(before));
    let mut expected = small_entries();
    expected.remove(0);
    expected[0].1 = Scope::All;
    expected.push((1_303_555_0000, Scope::Marketing));
    assert_eq!(good.digest(), Some(ListDigest::of(expected.clone())));

    // Wrong base digest: refused, nothing changed.
    let mut wrong = d.clone();
    wrong.digests(ListDigest::of([(1, Scope::All)]), good.digest().unwrap());
    let e = s.apply_delta(&Delta::from_bytes(&wrong.build(None).unwrap(), None).unwrap()).unwrap_err();
    assert!(e.is_digest_error() && !e.is_sequence_error(), "{e}");
    assert_has(&e.to_string(), "delta base list digest");
    assert_has(&e.to_string(), &before.to_hex());
    // Right base, wrong result (the writer's list is not what the changes give): refused.
    let mut wrong = d.clone();
    wrong.digests(before, before);
    let e = s.apply_delta(&Delta::from_bytes(&wrong.build(None).unwrap(), None).unwrap()).unwrap_err();
    assert!(e.is_digest_error(), "{e}");
    assert_has(&e.to_string(), "resulting list digest");
    assert_eq!((s.sequence(), s.digest(), s.len()), (41, before, 5));
    assert!(s.contains(1_212_555_0100) && !s.contains(1_303_555_0000));

    s.apply_delta(&good).unwrap();
    assert_eq!(s.digest(), ListDigest::of(expected));
    assert_eq!(s.digest(), s.computed_digest());
    assert_eq!(s.info().digest, s.digest().to_hex());
    // build_on refuses a base at another sequence.
    assert!(s.apply_delta(&good).unwrap_err().is_sequence_error());
    assert!(d.build_on(&s, None).unwrap_err().is_sequence_error());
}

#[test]
fn unchained_delta_keeps_the_digest_right_and_zero_digest_fields() {
    let mut s = Snapshot::from_bytes(small(false)).unwrap();
    let d = Delta::from_bytes(&small_delta(false), None).unwrap();
    assert_eq!((d.base_digest(), d.digest()), (None, None));
    s.apply_delta(&d).unwrap();
    assert_eq!(s.digest(), s.computed_digest());
    // Without the chained flag the digest fields must be zero.
    let mut b = small_delta(false);
    b[80] = 1;
    fix_checksum(&mut b);
    assert_has(&delta_err(&b), "nonzero padding byte at offset 80");
}

fn digest_of(model: &HashMap<u64, Scope>) -> ListDigest {
    ListDigest::of(model.iter().map(|(&n, &s)| (n, s)))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn chained_deltas_keep_the_digest_of_a_fresh_build(
        base in proptest::collection::vec((0u64..150, scope_strategy()), 0..100),
        steps in proptest::collection::vec(
            proptest::collection::vec((0u64..150, proptest::option::of(scope_strategy())), 0..30), 1..6),
    ) {
        let (bytes, model) = build_model(&base, 8.0);
        let mut model: HashMap<u64, Scope> = model.into_iter().collect();
        let mut s = Snapshot::from_bytes(bytes).unwrap();
        prop_assert_eq!(s.digest(), digest_of(&model));
        for (i, changes) in steps.iter().enumerate() {
            let (from, to) = (1 + i as u64, 2 + i as u64);
            let mut d = DeltaBuilder::new(from, to);
            for &(n, change) in changes {
                match change {
                    Some(scope) => { d.add(n, scope); model.insert(n, scope); }
                    None => { d.remove(n); model.remove(&n); }
                }
            }
            let delta = Delta::from_bytes(&d.build_on(&s, None).unwrap(), None).unwrap();
            prop_assert_eq!(delta.digest(), Some(digest_of(&model)));
            s.apply_delta(&delta).unwrap();
            // The same list built from scratch has the same digest.
            let entries: Vec<_> = model.iter().map(|(&n, &s)| (n, s)).collect();
            let (fresh, _) = build_model(&entries, 8.0);
            prop_assert_eq!(s.digest(), Snapshot::from_bytes(fresh).unwrap().digest());
            prop_assert_eq!(s.digest(), s.computed_digest());
        }
    }
}

// ---- freshness statements (contract C2) ----

fn statement() -> Freshness {
    Freshness { sequence: 42, issued_at: 1_700_000_123, digest: ListDigest::of(small_entries()) }
}

#[test]
fn freshness_round_trips_with_the_contract_layout() {
    let bytes = statement().sign(&key()).unwrap();
    assert_eq!(bytes.len(), 104);
    assert_eq!(&bytes[0..4], b"SGFS");
    assert_eq!(&bytes[4..8], &[1, 0, 0, 0]);
    assert_eq!(&bytes[8..16], &42u64.to_le_bytes());
    assert_eq!(&bytes[16..24], &1_700_000_123u64.to_le_bytes());
    assert_eq!(&bytes[24..40], &statement().digest.to_bytes());
    assert_eq!(Freshness::from_bytes_verified(&bytes, &key().verifying_key()).unwrap(), statement());
}

#[test]
fn freshness_refuses_wrong_key_flips_truncations_and_extensions() {
    let good = statement().sign(&key()).unwrap();
    let vk = key().verifying_key();
    let other = SigningKey::from_seed([8; 32]).verifying_key();
    let e = Freshness::from_bytes_verified(&good, &other).unwrap_err();
    assert!(e.is_signature_error());
    assert_has(&e.to_string(), "freshness statement signature does not verify");
    for mask in [0x01u8, 0x80, 0xff] {
        for i in 0..good.len() {
            let mut b = good;
            b[i] ^= mask;
            assert!(Freshness::from_bytes_verified(&b, &vk).is_err(), "flip {mask:#x} at {i} accepted");
        }
    }
    for len in 0..good.len() {
        let e = Freshness::from_bytes_verified(&good[..len], &vk).unwrap_err();
        assert_has(&e.to_string(), &format!("freshness statement is {len} bytes long, expected 104"));
    }
    let mut longer = good.to_vec();
    longer.push(0);
    assert!(Freshness::from_bytes_verified(&longer, &vk).is_err());
    let mut b = good;
    b[0] = b'X';
    assert_has(&Freshness::from_bytes_verified(&b, &vk).unwrap_err().to_string(), "bad magic");
    let mut b = good;
    b[4] = 2;
    assert_has(&Freshness::from_bytes_verified(&b, &vk).unwrap_err().to_string(), "version 2");
    let mut b = good;
    b[7] = 1;
    assert_has(&Freshness::from_bytes_verified(&b, &vk).unwrap_err().to_string(), "reserved");
    // A statement signed by a key that cannot sign is an error, not a panic.
    assert!(statement().sign(&SigningKey::from_seed([0; 32])).is_err());
}

#[test]
fn file_kind_sniffs_the_magic_only() {
    use stopgate::snapshot::FileKind;
    assert_eq!(FileKind::sniff(&small(false)), Some(FileKind::Snapshot));
    assert_eq!(FileKind::sniff(&small_delta(true)), Some(FileKind::Delta));
    assert_eq!(FileKind::sniff(&small(false)[..8]), Some(FileKind::Snapshot));
    assert_eq!(FileKind::sniff(&small(false)[..7]), None);
    assert_eq!(FileKind::sniff(b"not a stopgate file"), None);
    assert_eq!((FileKind::Snapshot.header_len(), FileKind::Delta.header_len()), (HEADER_LEN, DELTA_BODY));
    assert_eq!(FileKind::version(), VERSION);
}

// ---- batched lookups, outliers ----

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn batched_lookups_agree_with_single_ones(
        entries in proptest::collection::vec((number_strategy(), scope_strategy()), 0..400),
        probes in proptest::collection::vec(number_strategy(), 0..200),
        changes in proptest::collection::vec((number_strategy(), proptest::option::of(scope_strategy())), 0..20),
        bits in prop_oneof![Just(5.8), Just(0.0), Just(12.0)],
    ) {
        let (bytes, model) = build_model(&entries, bits);
        let mut s = Snapshot::from_bytes(bytes).unwrap();
        let mut d = DeltaBuilder::new(1, 2);
        for &(n, c) in &changes {
            match c { Some(scope) => { d.add(n, scope); } None => { d.remove(n); } }
        }
        s.apply_delta(&Delta::from_bytes(&d.build(None).unwrap(), None).unwrap()).unwrap();
        let numbers: Vec<u64> = probes.iter().copied()
            .chain(model.keys().copied())
            .chain(changes.iter().map(|c| c.0))
            .collect();
        let mut out = vec![9u8; numbers.len()];
        s.contains_many(&numbers, &mut out).unwrap();
        let mut scopes = vec![Some(Scope::All); numbers.len()];
        s.check_many(&numbers, &mut scopes).unwrap();
        for (i, &n) in numbers.iter().enumerate() {
            prop_assert_eq!(out[i], u8::from(s.contains(n)), "number {}", n);
            prop_assert_eq!(scopes[i], s.check(n), "number {}", n);
        }
    }
}

#[test]
fn batched_lookup_refuses_mismatched_lengths() {
    let s = Snapshot::from_bytes(small(false)).unwrap();
    let e = s.contains_many(&[1, 2, 3], &mut [0; 2]).unwrap_err();
    assert_has(&e.to_string(), "batched lookup of 3 numbers was given room for 2 answers");
    assert!(s.check_many(&[], &mut []).is_ok());
}

#[test]
fn numbers_outside_the_nanp_space_are_outliers_and_still_found() {
    // UK, N11 area and exchange codes, a 1 0xx "area code", and u64 extremes.
    let outliers = [0u64, 447_911_123_456, 1_211_555_0100, 1_212_911_0100, 1_055_555_0100, u64::MAX];
    let mut b = SnapshotBuilder::new();
    b.insert(1_212_555_0100, Scope::All);
    for (i, &n) in outliers.iter().enumerate() {
        b.insert(n, if i % 2 == 0 { Scope::Marketing } else { Scope::All });
    }
    let bytes = b.build(None).unwrap();
    let s = Snapshot::from_bytes(bytes.as_slice()).unwrap();
    let info = s.info();
    let (_, _, outlier_len) = info.sections[4].clone();
    assert_eq!(outlier_len, 8 * outliers.len() as u64);
    for (i, &n) in outliers.iter().enumerate() {
        assert_eq!(s.check(n), Some(if i % 2 == 0 { Scope::Marketing } else { Scope::All }), "{n}");
        assert!(!s.contains(n.wrapping_add(1)) || outliers.contains(&n.wrapping_add(1)));
    }
    let mut expected: Vec<u64> = outliers.to_vec();
    expected.push(1_212_555_0100);
    expected.sort_unstable();
    assert_eq!(s.iter().map(|e| e.0).collect::<Vec<_>>(), expected);
    assert_eq!(s.computed_digest(), s.digest());
    // An outlier section holding a NANP number (which lookups would never find) is refused.
    let (_, off, _) = info.sections[4].clone();
    let mut bad = bytes.clone();
    bad[off as usize + 8..off as usize + 16].copy_from_slice(&1_212_555_0199u64.to_le_bytes());
    fix_checksum(&mut bad);
    assert_has(&err(&bad), "belongs in the exact set");
}

// ---- program scopes (C8) ----

#[test]
fn program_masks_round_trip_merge_by_union_and_replace_in_deltas() {
    let alerts = Scope::program(1).unwrap();
    let tips = Scope::program(3).unwrap();
    let mut b = SnapshotBuilder::new();
    b.sequence(1)
        .insert(12125550100, alerts)
        .insert(12125550101, Scope::Marketing)
        .insert(12125550101, tips) // union: marketing + tips
        .insert(12125550102, alerts)
        .insert(12125550102, Scope::All) // all absorbs
        .insert(447700900123, Scope::from_code(0xff)) // an outlier with every bit
        .insert(12125550103, alerts.widest(tips));
    let bytes = b.build(Some(&key())).unwrap();
    let mut s = Snapshot::from_bytes_verified(bytes.as_slice(), &key().verifying_key()).unwrap();
    let cases: [(u64, u8); 5] = [(12125550100, 0b10), (12125550101, 0b1001), (12125550102, 0), (447700900123, 0xff), (12125550103, 0b1010)];
    for (n, code) in cases {
        assert_eq!(s.check(n).map(Scope::code), Some(code), "{n}");
    }
    let listed: Vec<(u64, u8)> = s.iter().map(|(n, sc)| (n, sc.code())).collect();
    let mut want = cases.to_vec();
    want.sort();
    assert_eq!(listed, want);
    // The digest hashes the code byte (C1): the same as ListDigest::of over the entries.
    assert_eq!(s.digest(), ListDigest::of(cases.iter().map(|&(n, c)| (n, Scope::from_code(c)))));
    assert_ne!(s.digest(), ListDigest::of(cases.iter().map(|&(n, _)| (n, Scope::All))));

    // A delta's code replaces the old one: the origin sends the full resulting mask.
    let mut d = DeltaBuilder::new(1, 2);
    d.add(12125550101, tips).add(12125550104, Scope::from_code(0b110)).remove(12125550100);
    let d = Delta::from_bytes(&d.build(Some(&key())).unwrap(), Some(&key().verifying_key())).unwrap();
    s.apply_delta(&d).unwrap();
    assert_eq!(s.check(12125550101), Some(tips), "replaced, not widened");
    assert_eq!(s.check(12125550104).map(Scope::code), Some(0b110));
    assert_eq!(s.check(12125550100), None);
    // The running digest agrees with a fresh build of the same list.
    let mut fresh = SnapshotBuilder::new();
    fresh.sequence(2);
    for (n, sc) in s.iter() {
        fresh.insert(n, sc);
    }
    let rebuilt = Snapshot::from_bytes(fresh.build(None).unwrap()).unwrap();
    assert_eq!(rebuilt.digest(), s.digest());
}

#[test]
fn scope_text_without_a_programs_table() {
    let cases: [(u8, &str); 6] = [(0, "all"), (1, "marketing"), (2, "program-1"), (3, "marketing+program-1"), (0b1010_0000, "program-5+program-7"), (0xff, "marketing+program-1+program-2+program-3+program-4+program-5+program-6+program-7")];
    for (code, text) in cases {
        assert_eq!(Scope::from_code(code).to_string(), text);
        assert_eq!(text.parse::<Scope>().unwrap().code(), code, "{text}");
        assert_eq!(serde_json::to_string(&Scope::from_code(code)).unwrap(), format!("{text:?}"));
    }
    for bad in ["program-0", "program-8", "alerts", "marketing+", "all+marketing"] {
        assert!(bad.parse::<Scope>().is_err(), "{bad} accepted");
    }
}
