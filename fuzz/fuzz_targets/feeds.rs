#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| mde_indicator_fuzz::feeds(data));
