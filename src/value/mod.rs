//! Rules for one value kind each. They know nothing of paths or profiles beyond their inputs;
//! `rules` decides where they apply and where their issues point.

pub mod datetime;
pub mod domain;
pub mod hash;
pub mod hidden;
pub mod ip;
pub mod url;

/// The number of characters (Unicode scalar values) in `text`: its bytes that do not continue
/// a UTF-8 sequence. The same as `chars().count()`, with far less code in the wasm.
pub fn char_count(text: &str) -> usize {
    text.bytes().filter(|b| b & 0xC0 != 0x80).count()
}
