//! The fuzz targets (`fuzz/src/lib.rs`) run under proptest on stable: no input may panic.
#[path = "../fuzz/src/lib.rs"]
#[allow(dead_code)]
mod targets;

use proptest::prelude::*;

#[test]
fn seed_snapshot_is_valid_and_exercised() {
    // The mutation targets start from this file; if it did not load they would test nothing.
    let s = stopgate::snapshot::Snapshot::from_bytes(targets::seed_snapshot()).unwrap();
    assert_eq!(s.len(), 700);
    targets::exercise(s, b"probe bytes");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(data in proptest::collection::vec(any::<u8>(), 0..600)) {
        targets::snapshot_from_bytes(&data);
        targets::delta_from_bytes(&data);
    }

    #[test]
    fn random_body_after_valid_header_never_panics(data in proptest::collection::vec(any::<u8>(), 0..2000)) {
        targets::snapshot_valid_header(&data);
    }

    #[test]
    fn mutated_valid_snapshot_never_panics(data in proptest::collection::vec(any::<u8>(), 0..30)) {
        targets::snapshot_mutate(&data);
    }
}
