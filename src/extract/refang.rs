//! Defanged text back to what it stands for, in one pass: `hxxp://evil[.]com` becomes
//! `http://evil.com`. Every replacement is recorded, so offsets in the refanged text map back
//! to the original and a finding can say whether it was defanged.

use crate::swar;

/// Tokens written instead of a character so that links are not live, and what they stand for.
/// Letters match in any case. `hxxp` is handled apart: it counts only before a scheme's colon
/// (`:`, `[:]` or `[://]`).
const TOKENS: &[(&str, &str)] = &[
    ("[.]", "."),
    ("(.)", "."),
    ("{.}", "."),
    ("[dot]", "."),
    ("(dot)", "."),
    ("{dot}", "."),
    ("[:]", ":"),
    ("[://]", "://"),
    ("[/]", "/"),
    ("[@]", "@"),
    ("[http]", "http"),
    ("[https]", "https"),
];

/// `refanged[norm..norm + norm_len]` was `original[orig..orig + orig_len]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Replacement {
    norm: usize,
    norm_len: usize,
    orig: usize,
    orig_len: usize,
}

/// Refanged text and the way back to the original's offsets.
#[derive(Debug, Clone)]
pub struct Refanged {
    pub text: String,
    replacements: Vec<Replacement>,
}

/// The token at the start of `rest`, if any: its length and what it stands for.
fn token_at(rest: &[u8]) -> Option<(usize, &'static str)> {
    match rest.first()? {
        b'[' | b'(' | b'{' => TOKENS
            .iter()
            .find(|(token, _)| rest.get(..token.len()).is_some_and(|r| r.eq_ignore_ascii_case(token.as_bytes())))
            .map(|(token, plain)| (token.len(), *plain)),
        b'h' | b'H' => {
            let scheme =
                |token: &str| rest.get(..token.len()).is_some_and(|r| r.eq_ignore_ascii_case(token.as_bytes()));
            let (length, plain) = if scheme("hxxps") {
                (5, "https")
            } else if scheme("hxxp") {
                (4, "http")
            } else {
                return None;
            };
            // Before `:`, `[:]` or `[://]` only: `hxxp[.]com` is the domain `hxxp.com`.
            let colon = |at: usize| rest.get(at) == Some(&b':');
            (colon(length) || (rest.get(length) == Some(&b'[') && colon(length + 1))).then_some((length, plain))
        }
        _ => None,
    }
}

/// The bytes a token can start with, or hold near its start: its bracket, or the first `x` of
/// `hxxp`, far rarer in prose than the `h` before it.
fn is_trigger(b: u8) -> bool {
    matches!(b, b'[' | b'(' | b'{' | b'x' | b'X')
}

/// Where the first trigger in `bytes` is. Most text holds none for long stretches, which are
/// skipped eight bytes at a time.
fn next_trigger(bytes: &[u8]) -> Option<usize> {
    // Setting bit 5 of every byte makes `[` a `{` and `X` an `x`, so three tests cover the five
    // triggers (and turn a few control characters into false alarms, found exact below).
    let skipped = swar::skip_words(bytes, |word| {
        let folded = word | u64::from_ne_bytes([0x20; 8]);
        swar::has_byte(folded, b'{') || swar::has_byte(folded, b'(') || swar::has_byte(folded, b'x')
    });
    bytes.get(skipped..)?.iter().position(|&b| is_trigger(b)).map(|offset| skipped + offset)
}

/// Replaces every defanged token in `text`.
pub fn refang(text: &str) -> Refanged {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut replacements = Vec::new();
    let (mut copied, mut at) = (0, 0);
    while let Some(offset) = bytes.get(at..).and_then(next_trigger) {
        at += offset;
        let start = match bytes.get(at) {
            Some(b'x' | b'X') => at.checked_sub(1).filter(|&start| start >= copied),
            _ => Some(at),
        };
        // Tokens are ASCII, so `start` is a character boundary whenever one matches.
        let Some((start, (length, plain))) =
            start.and_then(|start| bytes.get(start..).and_then(token_at).map(|token| (start, token)))
        else {
            at += 1;
            continue;
        };
        out.push_str(text.get(copied..start).unwrap_or(""));
        replacements.push(Replacement { norm: out.len(), norm_len: plain.len(), orig: start, orig_len: length });
        out.push_str(plain);
        at = start + length;
        copied = at;
    }
    out.push_str(text.get(copied..).unwrap_or(""));
    Refanged { text: out, replacements }
}

impl Refanged {
    /// The original offset where something starting at `norm` starts.
    pub fn original_start(&self, norm: usize) -> usize {
        let index = self.replacements.partition_point(|r| r.norm <= norm);
        match index.checked_sub(1).and_then(|i| self.replacements.get(i)) {
            None => norm,
            Some(r) if norm < r.norm + r.norm_len => r.orig,
            Some(r) => r.orig + r.orig_len + (norm - r.norm - r.norm_len),
        }
    }

    /// The original offset where something ending at `norm` ends.
    pub fn original_end(&self, norm: usize) -> usize {
        let index = self.replacements.partition_point(|r| r.norm < norm);
        match index.checked_sub(1).and_then(|i| self.replacements.get(i)) {
            None => norm,
            Some(r) if norm <= r.norm + r.norm_len => r.orig + r.orig_len,
            Some(r) => r.orig + r.orig_len + (norm - r.norm - r.norm_len),
        }
    }

    /// Whether any token was replaced within `start..end` of the refanged text.
    pub fn defanged(&self, start: usize, end: usize) -> bool {
        let index = self.replacements.partition_point(|r| r.norm + r.norm_len <= start);
        self.replacements.get(index).is_some_and(|r| r.norm < end)
    }

    /// Whether anything was replaced at all.
    pub fn any(&self) -> bool {
        !self.replacements.is_empty()
    }
}

/// The usual defanged form of one value: `hxxp(s)` for the scheme, `[.]` for the dots and
/// `[@]` for an at sign of the host part (every dot of a value without a path). `refang`
/// undoes it.
pub fn defang(value: &str) -> String {
    let plain = refang(value).text;
    // A `://` after something that is no scheme (RFC 3986: a letter, then letters, digits,
    // `+`, `-`, `.`) is in the path of a URL without one (`evil.com/a?u=http://x`).
    let is_scheme = |s: &str| {
        s.starts_with(|c: char| c.is_ascii_alphabetic())
            && s.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
    };
    let host_start = plain.find("://").filter(|&at| plain.get(..at).is_some_and(is_scheme)).map_or(0, |at| at + 3);
    let host_end =
        plain.get(host_start..).and_then(|rest| rest.find(['/', '?', '#'])).map_or(plain.len(), |at| host_start + at);
    let mut out = String::with_capacity(plain.len() + 16);
    // `http` is ASCII, so skipping four characters skips its four bytes.
    let scheme = plain
        .get(..host_start)
        .is_some_and(|s| s.eq_ignore_ascii_case("http://") || s.eq_ignore_ascii_case("https://"));
    if scheme {
        out.push_str("hxxp");
    }
    for (at, c) in plain.char_indices().skip(if scheme { 4 } else { 0 }) {
        if matches!(c, '.' | '@') && (host_start..host_end).contains(&at) {
            out.push('[');
            out.push(c);
            out.push(']');
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_every_usual_form() {
        for (defanged, plain) in [
            ("hxxp://evil[.]com/a", "http://evil.com/a"),
            ("HXXPS://evil(.)com", "https://evil.com"),
            ("hxxp[:]//evil{.}com", "http://evil.com"),
            ("hxxps[://]evil[dot]com", "https://evil.com"),
            ("[http]://evil(DOT)com[/]x", "http://evil.com/x"),
            ("user[@]evil{dot}com", "user@evil.com"),
            ("2001[:]db8[:][:]1", "2001:db8::1"),
            ("hxxpd hxxp [.", "hxxpd hxxp [."),
            ("hxxp[.]com hxxps[dot]net", "hxxp.com hxxps.net"),
        ] {
            assert_eq!(refang(defanged).text, plain, "{defanged}");
        }
    }

    #[test]
    fn maps_offsets_back() {
        let text = "é hxxp://a[.]b";
        let r = refang(text);
        assert_eq!(r.text, "é http://a.b");
        let start = r.text.find("http").unwrap_or(0);
        assert_eq!(r.original_start(start), 3);
        assert_eq!(r.original_end(r.text.len()), text.len());
        assert_eq!(r.original_start(r.text.len() - 1), text.len() - 1);
        assert!(r.defanged(start, r.text.len()));
        assert!(!r.defanged(0, 2));
    }

    #[test]
    fn defang_round_trips() {
        for (plain, defanged) in [
            ("https://evil.com/a.php?u=x@y", "hxxps://evil[.]com/a.php?u=x@y"),
            ("evil.co.uk", "evil[.]co[.]uk"),
            ("8.8.8.8", "8[.]8[.]8[.]8"),
            ("evil.com/a.exe", "evil[.]com/a.exe"),
            ("d41d8cd98f00b204e9800998ecf8427e", "d41d8cd98f00b204e9800998ecf8427e"),
            ("2001:db8::1", "2001:db8::1"),
            ("httpsevil.com/a?u=http://x", "httpsevil[.]com/a?u=http://x"),
        ] {
            assert_eq!(defang(plain), defanged);
            assert_eq!(refang(defanged).text, plain);
            assert_eq!(defang(defanged), defanged, "idempotent");
        }
    }
}
