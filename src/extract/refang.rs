//! Defanged text back to what it stands for, in one pass: `hxxp://evil[.]com` becomes
//! `http://evil.com`. Every replacement is recorded, so offsets in the refanged text map back
//! to the original and a finding can say whether it was defanged.
//!
//! A token is recognised by its parts rather than from a list of spellings, because analysts
//! pair brackets by hand: an opening bracket (`[`, `(` or `{`), a core (`.`, `dot`, `:`, `://`,
//! `//`, `/`, `@`, `http`, `https`, any case, spaces allowed inside), a closing bracket of any
//! kind. So `[.)`, `(.]` and `[ . ]` are dots. Half a pair (`[.` or `.]`) counts as a dot only
//! between two letters or digits (`evil[.com`), and a whole pair may have one space on each side
//! (`evil [.] com`) when letters or digits stand beyond. The scheme is `h`, two of `x`, `*` or a
//! `t` with one of those, `p`, an optional `s`, before a colon (`hxxp:`, `h**ps[:]`, `hxtp:`).

use crate::swar;

/// Cores of a bracketed token, longest first where one starts another, and what they stand for.
const CORES: &[(&str, &str)] = &[
    ("https", "https"),
    ("http", "http"),
    ("://", "://"),
    ("//", "//"),
    ("dot", "."),
    (".", "."),
    (":", ":"),
    ("/", "/"),
    ("@", "@"),
];

/// Spaces allowed inside a bracket pair, on each side of the core (`[ . ]`).
const INNER_SPACES: usize = 2;

fn is_opener(b: u8) -> bool {
    matches!(b, b'[' | b'(' | b'{')
}

fn is_closer(b: u8) -> bool {
    matches!(b, b']' | b')' | b'}')
}

fn is_alphanumeric(b: Option<&u8>) -> bool {
    b.is_some_and(u8::is_ascii_alphanumeric)
}

/// How many spaces `bytes` starts with, up to `most`.
fn spaces(bytes: &[u8], most: usize) -> usize {
    bytes.iter().take(most).take_while(|&&b| b == b' ').count()
}

/// The core at the start of `rest`, if any: its length and what it stands for.
fn core_at(rest: &[u8]) -> Option<(usize, &'static str)> {
    CORES
        .iter()
        .find(|(core, _)| rest.get(..core.len()).is_some_and(|r| r.eq_ignore_ascii_case(core.as_bytes())))
        .map(|(core, plain)| (core.len(), *plain))
}

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

/// A token found: `start..end` of the original stands for `plain`.
#[derive(Debug, Clone, Copy)]
struct Token {
    start: usize,
    end: usize,
    plain: &'static str,
}

/// The token that the bracket at `at` opens, if any; `copied` is where the text not yet copied
/// starts (a token may begin with the space before it, never before that).
fn bracketed_at(bytes: &[u8], at: usize, copied: usize) -> Option<Token> {
    let rest = bytes.get(at + 1..)?;
    let before = spaces(rest, INNER_SPACES);
    let (core_length, plain) = core_at(rest.get(before..)?)?;
    let after = spaces(rest.get(before + core_length..)?, INNER_SPACES);
    let inside = before + core_length + after;
    if !rest.get(inside).copied().is_some_and(is_closer) {
        // Half a pair: `evil[.com`, between two letters or digits.
        let tight = before == 0 && core_length == 1 && plain == ".";
        let between =
            at.checked_sub(1).is_some_and(|b| is_alphanumeric(bytes.get(b))) && is_alphanumeric(rest.get(core_length));
        return (tight && between).then_some(Token { start: at, end: at + 1 + core_length, plain });
    }
    let (mut start, mut end) = (at, at + 1 + inside + 1);
    // `evil [.] com`: a space on either side belongs to the token when a letter or digit stands
    // beyond it, and a letter or digit is then on both sides of the whole.
    if matches!(plain, "." | "@") {
        let space_before = at > copied
            && bytes.get(at - 1) == Some(&b' ')
            && at.checked_sub(2).is_some_and(|b| is_alphanumeric(bytes.get(b)));
        let space_after = bytes.get(end) == Some(&b' ') && is_alphanumeric(bytes.get(end + 1));
        let left = space_before || at.checked_sub(1).is_some_and(|b| is_alphanumeric(bytes.get(b)));
        let right = space_after || is_alphanumeric(bytes.get(end));
        if left && right {
            start -= usize::from(space_before);
            end += usize::from(space_after);
        }
    }
    Some(Token { start, end, plain })
}

/// The dot that the closing bracket at `at` ends without an opener (`evil.]com`).
fn half_closed_at(bytes: &[u8], at: usize, copied: usize) -> Option<Token> {
    let dot = at.checked_sub(1).filter(|&dot| dot >= copied && bytes.get(dot) == Some(&b'.'))?;
    let between =
        dot.checked_sub(1).is_some_and(|b| is_alphanumeric(bytes.get(b))) && is_alphanumeric(bytes.get(at + 1));
    between.then_some(Token { start: dot, end: at + 1, plain: "." })
}

/// The defanged scheme (`hxxp`, `h**ps`, `hxtp`) starting at `start`, if a colon follows it
/// (plain or bracketed): `hxxp[.]com` is the domain `hxxp.com`.
fn scheme_at(bytes: &[u8], start: usize) -> Option<Token> {
    let rest = bytes.get(start..)?;
    let masked = |b: &u8| matches!(b, b'x' | b'X' | b'*');
    let middle = |b: &u8| masked(b) || matches!(b, b't' | b'T');
    let shaped = matches!(rest.first(), Some(b'h' | b'H'))
        && rest.get(1..3).is_some_and(|m| m.iter().all(middle) && m.iter().any(masked))
        && matches!(rest.get(3), Some(b'p' | b'P'));
    if !shaped {
        return None;
    }
    let secure = matches!(rest.get(4), Some(b's' | b'S'));
    let length = 4 + usize::from(secure);
    let colon = |at: usize| rest.get(at) == Some(&b':');
    let bracketed_colon = rest.get(length).copied().is_some_and(is_opener)
        && colon(length + 1 + spaces(rest.get(length + 1..)?, INNER_SPACES));
    (colon(length) || bracketed_colon).then_some(Token {
        start,
        end: start + length,
        plain: if secure { "https" } else { "http" },
    })
}

/// The token that the trigger byte at `at` belongs to, if any.
fn token_at(bytes: &[u8], at: usize, copied: usize) -> Option<Token> {
    match *bytes.get(at)? {
        b if is_opener(b) => bracketed_at(bytes, at, copied),
        b if is_closer(b) => half_closed_at(bytes, at, copied),
        // The first masked letter of a scheme is its second or third byte.
        _ => [1, 2]
            .into_iter()
            .filter_map(|back| at.checked_sub(back).filter(|&start| start >= copied))
            .find_map(|start| scheme_at(bytes, start)),
    }
}

/// The bytes a token holds near its start: a bracket, or a masked letter of a scheme (`x`,
/// `*`), far rarer in prose than the `h` before it.
fn is_trigger(b: u8) -> bool {
    is_opener(b) || is_closer(b) || matches!(b, b'x' | b'X' | b'*')
}

/// Where the first trigger in `bytes` is. Most text holds none for long stretches, which are
/// skipped eight bytes at a time.
fn next_trigger(bytes: &[u8]) -> Option<usize> {
    // Setting bit 5 of every byte maps `[` to `{`, `]` to `}` and `X` to `x`; clearing bits 0-1
    // maps `(`, `)` and `*` to `(`. Four tests cover the nine triggers; only `+` is a false
    // alarm, after which the word is searched exactly and skipping goes on.
    let stops = |word: u64| {
        let folded = word | u64::from_ne_bytes([0x20; 8]);
        let masked = word & u64::from_ne_bytes([!0x03; 8]);
        swar::has_byte(folded, b'{')
            || swar::has_byte(folded, b'}')
            || swar::has_byte(folded, b'x')
            || swar::has_byte(masked, b'(')
    };
    let mut from = 0;
    loop {
        from += swar::skip_words(bytes.get(from..)?, stops);
        let window = bytes.get(from..)?;
        let word = window.get(..8).unwrap_or(window);
        if let Some(offset) = word.iter().position(|&b| is_trigger(b)) {
            return Some(from + offset);
        }
        if word.len() < 8 {
            return None;
        }
        from += 8;
    }
}

/// Replaces every defanged token in `text`.
pub fn refang(text: &str) -> Refanged {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut replacements = Vec::new();
    let (mut copied, mut at) = (0, 0);
    while let Some(offset) = bytes.get(at..).and_then(next_trigger) {
        at += offset;
        // Tokens are ASCII, so their ends are character boundaries.
        let Some(token) = token_at(bytes, at, copied) else {
            at += 1;
            continue;
        };
        out.push_str(text.get(copied..token.start).unwrap_or(""));
        replacements.push(Replacement {
            norm: out.len(),
            norm_len: token.plain.len(),
            orig: token.start,
            orig_len: token.end - token.start,
        });
        out.push_str(token.plain);
        at = token.end;
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
    // A dot with a space beside it stays as it is: `refang` would take the space into the
    // bracketed token (`a [.]b` is `a.b`), and no indicator holds a space anyway.
    let spaced = |at: usize| {
        plain.as_bytes().get(at.wrapping_sub(1)) == Some(&b' ') || plain.as_bytes().get(at + 1) == Some(&b' ')
    };
    for (at, c) in plain.char_indices().skip(if scheme { 4 } else { 0 }) {
        if matches!(c, '.' | '@') && (host_start..host_end).contains(&at) && !spaced(at) {
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
            ("evil[.)com evil(.]com evil{dot]com evil[ . ]com", "evil.com evil.com evil.com evil.com"),
            ("evil[.com evil.]com evil.)com", "evil.com evil.com evil.com"),
            ("evil [.] com user [@] evil [dot] com", "evil.com user@evil.com"),
            ("h**ps://a hXtp://b hxxps[:]//c http:[//]d a(/)b", "https://a http://b https://c http://d a/b"),
            ("(see foo.) [1.] f(.5) a [.] , [. x", "(see foo.) [1.] f.5) a . , [. x"),
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
