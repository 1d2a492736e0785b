#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| stopgate_fuzz::snapshot_from_bytes(data));
