//! Eight bytes at a time in one `u64` ("SIMD within a register"): the scanners skip long plain
//! stretches of text with these instead of testing every byte. Both tests are exact: a byte is
//! flagged only if it matches.

const ONES: u64 = u64::from_ne_bytes([1; 8]);
const HIGH_BITS: u64 = ONES * 0x80;

/// Whether any byte of `word` equals `byte`.
pub fn has_byte(word: u64, byte: u8) -> bool {
    has_zero(word ^ (ONES * u64::from(byte)))
}

/// Whether any byte of `word` is below `limit` (at most 0x80).
pub fn has_less_than(word: u64, limit: u8) -> bool {
    word.wrapping_sub(ONES * u64::from(limit)) & !word & HIGH_BITS != 0
}

/// How many bytes of `bytes` equal `byte`.
pub fn count_byte(bytes: &[u8], byte: u8) -> usize {
    const LOW_BITS: u64 = ONES * 0x7F;
    let words = bytes.chunks_exact(8);
    let tail = words.remainder();
    let in_words: u32 = words
        .filter_map(|chunk| <[u8; 8]>::try_from(chunk).ok())
        .map(|chunk| {
            let x = u64::from_ne_bytes(chunk) ^ (ONES * u64::from(byte));
            // A byte's top bit here is set exactly when the byte of `x` is not zero.
            let nonzero = (((x & LOW_BITS) + LOW_BITS) | x) & HIGH_BITS;
            8 - nonzero.count_ones()
        })
        .sum();
    in_words as usize + tail.iter().filter(|&&b| b == byte).count()
}

/// Whether any byte of `word` is zero: only a zero byte borrows into its own top bit.
fn has_zero(word: u64) -> bool {
    word.wrapping_sub(ONES) & !word & HIGH_BITS != 0
}

/// The length of the prefix of `bytes` in which `stops` flags no eight-byte word, a multiple of
/// eight: the caller finds the exact byte in what follows.
pub fn skip_words(bytes: &[u8], stops: impl Fn(u64) -> bool) -> usize {
    let mut at = 0;
    while let Some(chunk) = bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        if stops(u64::from_ne_bytes(*chunk)) {
            break;
        }
        at += 8;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_exactly_the_bytes_asked_for() {
        for byte in 0..=255u8 {
            for position in 0..8 {
                let mut word = [b'a'; 8];
                word[position] = byte;
                let word = u64::from_ne_bytes(word);
                assert_eq!(has_byte(word, b'"'), byte == b'"', "{byte} at {position}");
                assert_eq!(has_less_than(word, 0x20), byte < 0x20, "{byte} at {position}");
            }
        }
        assert_eq!(skip_words(b"abcdefgh\"ijklmnop", |w| has_byte(w, b'"')), 8);
        assert_eq!(skip_words(b"abcdefghijklmnopqr", |w| has_byte(w, b'"')), 16);
        let text = b"a\nb\n\n\x8a\x0a\xff\n0123456789\n";
        assert_eq!(count_byte(text, b'\n'), text.iter().filter(|&&b| b == b'\n').count());
    }
}
