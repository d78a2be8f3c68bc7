//! Fuzz target `import`: see `fabriques_fuzz::import` (fuzz/src/lib.rs).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| fabriques_fuzz::import(data));
