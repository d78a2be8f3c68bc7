//! Fuzz target `fmt`: see `fabriques_fuzz::fmt` (fuzz/src/lib.rs).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| fabriques_fuzz::fmt(data));
