//! Characters that change or hide what a reader sees without being seen themselves.

/// A control character other than tab and line ends, or a formatting character that reorders or
/// hides text: bidirectional marks, embeddings, overrides and isolates, the zero-width space, the
/// word joiner and invisible operators, and the byte-order mark. The zero-width (non-)joiners
/// are not among them: emoji sequences and several scripts need them in ordinary text.
pub fn is_hidden(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        || matches!(
            c,
            '\u{061C}'
                | '\u{200B}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}'
        )
}

/// The first hidden character of `text`, as `U+XXXX`.
pub fn first_hidden(text: &str) -> Option<String> {
    // Printable ASCII, almost every text, needs only a byte range test.
    if text.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return None;
    }
    text.chars().find(|&c| is_hidden(c)).map(|c| format!("U+{:04X}", u32::from(c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_controls_and_bidi_but_not_joiners() {
        assert_eq!(first_hidden("invoice\u{202E}txt.exe"), Some("U+202E".into()));
        assert_eq!(first_hidden("a\u{0}b"), Some("U+0000".into()));
        assert_eq!(first_hidden("line one\r\nline two\tend"), None);
        assert_eq!(first_hidden("family \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"), None);
        assert_eq!(first_hidden("\u{85}"), Some("U+0085".into()));
    }
}
