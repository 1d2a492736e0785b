#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| stopgate_fuzz::delta_from_bytes(data));
