//! Fuzz target `record`: see `fabriques_fuzz::record` (fuzz/src/lib.rs).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| fabriques_fuzz::record(data));
