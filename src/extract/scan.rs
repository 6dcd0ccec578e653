//! The scanner: one pass over refanged text that finds hashes, IP addresses, domain names and
//! URLs. It reads each character a bounded number of times (a URL or a run of word characters
//! is consumed whole and never re-read), so its time is linear in the text whatever the text.
//!
//! A *run* is a stretch of letters, digits, `.`, `-`, `_` and of `:` before a hex digit or a
//! colon: the most any hash, IP address, `host:port` or domain name can span. A run is split
//! at its colons and each piece judged on its own, unless the whole run is an IPv6 address.

use crate::extract::context::{self, Context, Name};
use crate::extract::tld;
use crate::model::IndicatorType;
use std::net::Ipv6Addr;

/// A finding in the refanged text, at `start..end` (bytes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub start: usize,
    pub end: usize,
    pub indicator_type: IndicatorType,
    pub value: String,
}

/// Longest textual IPv6 address (`ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255`).
const MAX_IPV6_TEXT: usize = 45;

fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..)?.chars().next()
}

fn byte_at(text: &str, at: usize) -> Option<u8> {
    text.as_bytes().get(at).copied()
}

/// Letters with diacritics, Greek and Cyrillic: they continue a word (`bücher.de` is one
/// name, not `cher.de`). Other scripts, such as CJK, are written without spaces around Latin
/// text, so they end a word. Ranges rather than `char::is_alphabetic`, whose Unicode table
/// would weigh more in the wasm than the rest of the scanner.
fn is_accented_letter(c: char) -> bool {
    matches!(c, '\u{C0}'..='\u{24F}' | '\u{370}'..='\u{3FF}' | '\u{400}'..='\u{481}' | '\u{48A}'..='\u{52F}')
        && !matches!(c, '\u{D7}' | '\u{F7}')
}

fn is_label_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || is_accented_letter(c)
}

/// ASCII characters that may appear in a URL (RFC 3986's unreserved, reserved and `%`).
fn is_url_byte(b: u8) -> bool {
    b.is_ascii_graphic() && !matches!(b, b'"' | b'<' | b'>' | b'\\' | b'^' | b'`' | b'{' | b'|' | b'}')
}

/// A run: where it ends, and whether it holds a dot or a colon (most runs are plain words,
/// which can only be hashes).
struct Run {
    end: usize,
    dot: bool,
    colon: bool,
}

/// What a byte is to the scanner.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Letters, digits, `-` and `_`: the bulk of any run.
    Word,
    /// `.` and `:`, which may join words into a run, and bytes outside ASCII, which may be part
    /// of an accented letter.
    Joiner,
    /// Spaces and other punctuation: they end a run and never start one.
    Break,
}

/// Each byte's class, as a table: one load per byte in the hot loops.
const CLASSES: [Class; 256] = {
    let mut table = [Class::Break; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_') {
            table[b] = Class::Word;
        } else if matches!(byte, b'.' | b':') || byte >= 0x80 {
            table[b] = Class::Joiner;
        }
        b += 1;
    }
    table
};

fn class(b: u8) -> Class {
    CLASSES.get(usize::from(b)).copied().unwrap_or(Class::Break)
}

fn is_word_byte(b: u8) -> bool {
    class(b) == Class::Word
}

/// Where the stretch of word bytes starting at `at` ends (`at` itself if none starts there).
fn word_end(bytes: &[u8], at: usize) -> usize {
    let rest = bytes.get(at..).unwrap_or_default();
    at + rest.iter().position(|&b| !is_word_byte(b)).unwrap_or(rest.len())
}

/// Whether a run starts at `at`.
fn starts_run(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    match bytes.get(at) {
        Some(&b) if b < 0x80 => is_word_byte(b) || b == b'.' || (b == b':' && bytes.get(at + 1) == Some(&b':')),
        // `char_at` is `None` inside a character, so only lead bytes are decoded.
        Some(_) => char_at(text, at).is_some_and(is_accented_letter),
        None => false,
    }
}

/// The run starting at `start`: stretches of letters, digits, `-` and `_` (the bulk of any
/// run, read in a tight loop), joined by dots, colons and accented letters.
fn run_at(text: &str, start: usize) -> Run {
    let bytes = text.as_bytes();
    let mut run = Run { end: start, dot: false, colon: false };
    loop {
        run.end = word_end(bytes, run.end);
        match bytes.get(run.end) {
            Some(b'.') => run.dot = true,
            Some(b':') if bytes.get(run.end + 1).is_some_and(|n| n.is_ascii_hexdigit() || *n == b':') => {
                run.colon = true
            }
            Some(&b) if b >= 0x80 => match char_at(text, run.end).filter(|&c| is_accented_letter(c)) {
                Some(c) => {
                    run.end += c.len_utf8();
                    continue;
                }
                None => break,
            },
            _ => break,
        }
        run.end += 1;
    }
    run
}

/// The length of `http://` or `https://` (any case) at `at`, if there.
fn scheme_length(text: &str, at: usize) -> Option<usize> {
    let rest = text.as_bytes().get(at..)?;
    if !matches!(rest.first(), Some(b'h' | b'H')) {
        return None;
    }
    let starts = |scheme: &str| rest.get(..scheme.len()).is_some_and(|r| r.eq_ignore_ascii_case(scheme.as_bytes()));
    if starts("https://") {
        Some(8)
    } else if starts("http://") {
        Some(7)
    } else {
        None
    }
}

/// Markup that can stand right before a URL and close it again after: a quote, AsciiDoc's
/// `++` passthrough, Markdown's `**`, `__` or `~~` (a backtick or `"` ends a URL anyway). What is before the URL, up to two
/// bytes of one of these, is the closer to look for.
fn closer_before(bytes: &[u8], start: usize) -> &[u8] {
    let markup = |b: &u8| matches!(b, b'\'' | b'+' | b'*' | b'_' | b'~');
    let Some(last) = start.checked_sub(1).and_then(|at| bytes.get(at)).filter(|b| markup(b)) else {
        return &[];
    };
    let doubled = *last != b'\'' && start.checked_sub(2).and_then(|at| bytes.get(at)) == Some(last);
    bytes.get(start - 1 - usize::from(doubled)..start).unwrap_or_default()
}

/// Whether the line break at `at` splits a URL that goes on at the start of the next line, as
/// text copied from a PDF has it: the URL so far ends in a byte that seldom ends one (`/`, `-`,
/// `_`, `=`, `&`, `?`, `%`), and the next line starts with a piece of path (a `/`, `.`,
/// `?`, `=`, `&`, `%`, `_` or `#` inside it) that is not itself a scheme, a host or an address.
/// Gives where that piece starts.
fn continues_after_break(bytes: &[u8], at: usize) -> Option<usize> {
    let last = *bytes.get(at.checked_sub(1)?)?;
    // Not after a `.`: that is the full stop of a sentence far more often.
    if !matches!(last, b'/' | b'-' | b'_' | b'=' | b'&' | b'?' | b'%') {
        return None;
    }
    let next = at + if bytes.get(at) == Some(&b'\r') { 2 } else { 1 };
    if bytes.get(next - 1) != Some(&b'\n') {
        return None;
    }
    let rest = bytes.get(next..)?;
    let piece =
        rest.iter().position(|&b| !is_url_byte(b)).map_or(rest, |length| rest.get(..length).unwrap_or_default());
    let piece = piece.strip_suffix(b".").unwrap_or(piece);
    let inner = piece.get(..piece.len().saturating_sub(1)).unwrap_or_default();
    let pathlike = inner.iter().any(|b| matches!(b, b'/' | b'.' | b'?' | b'=' | b'&' | b'%' | b'_' | b'#'))
        || (matches!(last, b'=' | b'&' | b'?') && !piece.is_empty());
    let text = std::str::from_utf8(piece).ok()?;
    let head = text.split(['/', '?', '#']).next().unwrap_or("");
    let scheme = text.contains("://");
    let host = is_ipv4(head) || (is_domain(head) && !context::ends_in_file_extension(head));
    (pathlike && !scheme && !host).then_some(next)
}

/// Where a URL ends, given where its host ends: after the path, query and fragment if one
/// follows, and no further than the markup around it says (see `closer_before`), an unopened
/// `)` or a `[` (AsciiDoc's link text, `url[text]`); less the punctuation of the sentence
/// around it, but never before `floor`. A line break is crossed where a PDF broke the URL.
fn url_end(text: &str, start: usize, host_end: usize, floor: usize) -> usize {
    let bytes = text.as_bytes();
    let closer = closer_before(bytes, start);
    let mut end = host_end;
    if matches!(bytes.get(end), Some(b'/' | b'?' | b'#')) {
        let mut depth = 0_usize;
        while let Some(&b) = bytes.get(end) {
            if !is_url_byte(b) {
                match continues_after_break(bytes, end) {
                    Some(next) if b == b'\n' || b == b'\r' => {
                        end = next;
                        continue;
                    }
                    _ => break,
                }
            }
            if closer.first() == Some(&b) && bytes.get(end..).is_some_and(|rest| rest.starts_with(closer)) {
                let after = bytes.get(end + closer.len());
                if b == b'\'' || !after.is_some_and(u8::is_ascii_alphanumeric) {
                    break;
                }
            }
            match b {
                b'(' => depth += 1,
                b')' if depth == 0 => break,
                b')' => depth -= 1,
                // `[]` is a PHP array in a query; any other `[` starts link text.
                b'[' if bytes.get(end + 1) != Some(&b']') => break,
                b'[' => end += 1,
                b']' => break,
                _ => {}
            }
            end += 1;
        }
    }
    while end > floor {
        match bytes.get(end - 1) {
            Some(b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\'' | b'*') => {}
            _ => break,
        }
        end -= 1;
    }
    end
}

/// `host[:port]` lower-cased, then the rest as written, less the line breaks it was broken at.
fn url_value(text: &str, start: usize, host_end: usize, end: usize) -> String {
    let mut value = text.get(start..host_end).unwrap_or("").to_ascii_lowercase();
    value.push_str(text.get(host_end..end).unwrap_or(""));
    if value.contains(['\n', '\r']) {
        value.retain(|c| !matches!(c, '\n' | '\r'));
    }
    value
}

/// Where the host that a line break at `at` interrupts goes on: the host so far
/// (`host_start..at`) ends in `-`, which no host ends in, the next line starts with host bytes,
/// and the two together are a domain name.
fn host_continues(bytes: &[u8], host_start: usize, at: usize) -> Option<usize> {
    // After a dot the host may as well be whole, and the next line start a sentence.
    if bytes.get(at.checked_sub(1)?) != Some(&b'-') {
        return None;
    }
    let next = at + if bytes.get(at) == Some(&b'\r') { 2 } else { 1 };
    if bytes.get(next - 1) != Some(&b'\n') {
        return None;
    }
    let rest = bytes.get(next..)?;
    let length =
        rest.iter().position(|&b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.'))).unwrap_or(rest.len());
    let mut host = bytes.get(host_start..at)?.to_vec();
    host.extend_from_slice(rest.get(..length)?);
    let host = String::from_utf8(host).ok()?;
    is_domain(host.trim_end_matches('.')).then_some(next)
}

/// Bytes of a URL's `host[:port]` (with user info, which `validate` then refuses).
fn is_host_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b':' | b'@' | b'%' | b'~')
}

/// The URL whose scheme starts at `start`, if it has a host.
fn url_at(text: &str, start: usize, scheme: usize) -> Option<Candidate> {
    let bytes = text.as_bytes();
    let mut host_end = start + scheme;
    // An IPv6 literal: `http://[2001:db8::1]:8080/`.
    if bytes.get(host_end) == Some(&b'[') {
        let inside = bytes.get(host_end + 1..)?.iter().take(MAX_IPV6_TEXT + 1);
        let length = inside.take_while(|b| b.is_ascii_hexdigit() || matches!(b, b':' | b'.')).count();
        if length < 2 || bytes.get(host_end + 1 + length) != Some(&b']') {
            return None;
        }
        host_end += length + 2;
    }
    let mut joined = false;
    while let Some(c) = char_at(text, host_end) {
        let in_host = if c.is_ascii() { is_host_byte(c as u8) } else { is_accented_letter(c) };
        if !in_host {
            // A host that a PDF broke after a `-` goes on at the start of the next line
            // (`static-cdn-⏎update.example.com`), once.
            match host_continues(bytes, start + scheme, host_end) {
                Some(next) if !joined => {
                    (host_end, joined) = (next, true);
                    continue;
                }
                _ => break,
            }
        }
        host_end += c.len_utf8();
    }
    let end = url_end(text, start, host_end, start + scheme);
    if end.min(host_end) <= start + scheme {
        return None;
    }
    Some(Candidate {
        start,
        end,
        indicator_type: IndicatorType::Url,
        value: url_value(text, start, host_end.min(end), end),
    })
}

fn is_ipv4(piece: &str) -> bool {
    let mut parts = 0;
    for part in piece.split('.') {
        parts += 1;
        let digits = (1..=3).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit());
        if parts > 4 || !digits || part.parse::<u8>().is_err() {
            return false;
        }
    }
    parts == 4
}

/// A hash of one of the three sizes; a run of one kind of hex digit only (all digits, all
/// letters) is a number or a word far more often than a hash.
fn hash_type(piece: &str) -> Option<IndicatorType> {
    let indicator_type = match piece.len() {
        32 => IndicatorType::FileMd5,
        40 => IndicatorType::FileSha1,
        64 => IndicatorType::FileSha256,
        _ => return None,
    };
    let bytes = piece.as_bytes();
    let hex = bytes.iter().all(u8::is_ascii_hexdigit);
    let mixed = bytes.iter().any(u8::is_ascii_digit) && bytes.iter().any(u8::is_ascii_alphabetic);
    (hex && mixed).then_some(indicator_type)
}

/// The hash that the run `start..end` (no dot, no colon) is, if it is one.
fn word_hash(text: &str, start: usize, end: usize) -> Option<Candidate> {
    let word = text.get(start..end)?;
    Some(Candidate { start, end, indicator_type: hash_type(word)?, value: word.to_ascii_lowercase() })
}

/// A host name whose last label is a real TLD: this is what tells `evil.com` from
/// `report.pdf` or `window.location`.
fn is_domain(piece: &str) -> bool {
    if piece.len() > 253 {
        return false;
    }
    let mut labels = 0;
    let mut last = "";
    for label in piece.split('.') {
        let shaped = (1..=63).contains(&label.len())
            && label.chars().all(is_label_char)
            && !label.starts_with('-')
            && !label.ends_with('-');
        if !shaped {
            return false;
        }
        labels += 1;
        last = label;
    }
    labels >= 2 && tld::is_tld(last)
}

/// A Tor onion service's address: 16 (version 2) or 56 (version 3) base-32 characters, then
/// `.onion`, perhaps under a subdomain. No TLD of the root zone, but the analyst should see it;
/// `extract` says why it cannot be submitted.
pub fn is_onion(host: &str) -> bool {
    let Some((rest, suffix)) = host.len().checked_sub(6).and_then(|at| host.split_at_checked(at)) else {
        return false;
    };
    if !suffix.eq_ignore_ascii_case(".onion") {
        return false;
    }
    let service = rest.rsplit('.').next().unwrap_or(rest);
    matches!(service.len(), 16 | 56)
        && service.bytes().all(|b| matches!(b.to_ascii_lowercase(), b'a'..=b'z' | b'2'..=b'7'))
        && rest.split('.').all(|label| (1..=63).contains(&label.len()) && label.chars().all(is_label_char))
}

/// What a piece of a run (between colons) is, as a host or a hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Piece {
    Host(IndicatorType),
    Hash(IndicatorType),
    Nothing,
}

fn judge(piece: &str) -> Piece {
    if !piece.contains('.') {
        return hash_type(piece).map_or(Piece::Nothing, Piece::Hash);
    }
    if is_ipv4(piece) {
        Piece::Host(IndicatorType::IpAddress)
    } else if let Some(hash) = hash_type(piece) {
        Piece::Hash(hash)
    } else if is_domain(piece) || is_onion(piece) {
        Piece::Host(IndicatorType::DomainName)
    } else {
        Piece::Nothing
    }
}

/// The IPv6 address that is the whole run (less dots around it), if it is one. It must hold a
/// digit and a `::` or all eight groups, so that `std::io` or a time of day is not taken for one.
fn ipv6_in(run: &str) -> Option<&str> {
    if run.len() > MAX_IPV6_TEXT + 2 || !run.contains(':') {
        return None;
    }
    let candidate = run.trim_matches('.');
    let groups = candidate.bytes().filter(|&b| b == b':').count();
    let shaped = candidate.len() <= MAX_IPV6_TEXT
        && (candidate.contains("::") || groups == 7)
        && candidate.bytes().any(|b| b.is_ascii_digit());
    (shaped && candidate.parse::<Ipv6Addr>().is_ok()).then_some(candidate)
}

/// The `/prefix` of a CIDR block at `at` (1 or 2 digits up to `max`, then no more path).
fn cidr_end(text: &str, at: usize, max: u8) -> Option<usize> {
    if byte_at(text, at) != Some(b'/') {
        return None;
    }
    let digits = text.as_bytes().get(at + 1..)?.iter().take(4).take_while(|b| b.is_ascii_digit()).count();
    let prefix: u8 = text.get(at + 1..at + 1 + digits)?.parse().ok()?;
    let after = byte_at(text, at + 1 + digits);
    let ends = !after.is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'.' | b'_'));
    ((1..=3).contains(&digits) && prefix <= max && ends).then_some(at + 1 + digits)
}

/// Reads plain words from `at`, and the spaces and punctuation between them, adding the hashes
/// among them, up to the first dot, colon or byte outside ASCII: says where the run holding
/// that byte starts (the text's length at its end).
fn plain_words(text: &str, mut at: usize, found: &mut Vec<Candidate>) -> usize {
    let bytes = text.as_bytes();
    // The length of the word so far.
    let mut length = 0;
    while let Some(&b) = bytes.get(at) {
        let kind = class(b);
        // A dot that ends a sentence joins nothing to the word before it, which is too short
        // for a hash (longer ones are read whole below).
        let full_stop = b == b'.' && bytes.get(at + 1).is_none_or(|&next| class(next) == Class::Break);
        if kind == Class::Joiner && !full_stop {
            return at - length;
        }
        // A product rather than an `if`, which the compiler would make a branch on where each
        // word ends: that is unpredictable, and would be mispredicted about once a word.
        length = (length + 1) * usize::from(kind == Class::Word);
        at += 1;
        if length == 32 {
            // Long enough for a hash: the whole word is read, and judged if nothing joins it
            // to more.
            let start = at - length;
            at = word_end(bytes, at);
            if bytes.get(at).is_some_and(|&b| class(b) == Class::Joiner) {
                return start;
            }
            found.extend(word_hash(text, start, at));
            length = 0;
        }
    }
    bytes.len()
}

/// Scans refanged text; findings come in order and never overlap.
pub fn scan(text: &str) -> Vec<Candidate> {
    let mut found = shapes(text);
    // What each shape is, where its context decides: the questions come in order.
    let mut context = Context::new(text);
    found.retain_mut(|candidate| match candidate.indicator_type {
        IndicatorType::DomainName => context.name(candidate.start, candidate.end) == Name::Domain,
        IndicatorType::FileSha1 => {
            if context.is_thumbprint(candidate.start) {
                candidate.indicator_type = IndicatorType::CertificateThumbprint;
            }
            true
        }
        _ => true,
    });
    drop_link_texts(text, &mut found);
    found
}

/// Whether `label` repeats the URL `url` without its scheme, whole or as its host.
fn repeats(label: &Candidate, url: &Candidate) -> bool {
    if url.indicator_type != IndicatorType::Url
        || label.indicator_type == IndicatorType::Url && label.value.len() >= url.value.len()
    {
        return false;
    }
    let Some((_, rest)) = url.value.split_once("://") else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    match label.indicator_type {
        IndicatorType::Url => label.value == rest || label.value == rest.trim_end_matches('/'),
        IndicatorType::DomainName => label.value == host,
        _ => false,
    }
}

/// Drops a link's text that repeats its target next to it (Slack's `<https://x.example/a|x.example/a>`,
/// Markdown's `[x.example](https://x.example/)`): the URL with its scheme says it all, as a
/// URL's host is not reported again as a domain.
fn drop_link_texts(text: &str, found: &mut Vec<Candidate>) {
    let mut keep = vec![true; found.len()];
    for (index, pair) in found.windows(2).enumerate() {
        let [first, second] = pair else { continue };
        let gap = text.get(first.end..second.start).unwrap_or("-");
        if gap.len() > 3 || !gap.bytes().all(|b| matches!(b, b'|' | b'[' | b']' | b'(' | b')' | b'<' | b'>' | b' ')) {
            continue;
        }
        let dropped = if repeats(second, first) {
            index + 1
        } else if repeats(first, second) {
            index
        } else {
            continue;
        };
        if let Some(keep) = keep.get_mut(dropped) {
            *keep = false;
        }
    }
    let mut index = 0;
    found.retain(|_| {
        index += 1;
        keep.get(index - 1).copied().unwrap_or(true)
    });
}

/// What has the shape of an indicator, in order.
fn shapes(text: &str) -> Vec<Candidate> {
    let mut found = Vec::new();
    let mut at = 0;
    loop {
        at = plain_words(text, at, &mut found);
        if at >= text.len() {
            return found;
        }
        // No indicator starts with `_`, which is often markup (`_https://x.example/a_`).
        if !starts_run(text, at) || byte_at(text, at) == Some(b'_') {
            at += 1;
            continue;
        }
        if let Some(scheme) = scheme_length(text, at) {
            match url_at(text, at, scheme) {
                Some(url) => {
                    at = url.end;
                    found.push(url);
                }
                None => at += scheme,
            }
            continue;
        }
        let run = run_at(text, at);
        at = if run.dot || run.colon {
            judge_run(text, at, run.end, &mut found).max(run.end)
        } else {
            found.extend(word_hash(text, at, run.end));
            run.end
        };
    }
}

/// Judges the run `start..end`, adds what it holds, and says where scanning goes on (past
/// the run, or past the path of a URL that the run's host starts).
fn judge_run(text: &str, start: usize, end: usize, found: &mut Vec<Candidate>) -> usize {
    let run = text.get(start..end).unwrap_or("");
    if let Some(address) = ipv6_in(run) {
        let address_start = start + run.len() - run.trim_start_matches('.').len();
        let address_end = address_start + address.len();
        let end = cidr_end(text, address_end, 128).unwrap_or(address_end);
        found.push(Candidate {
            start: address_start,
            end,
            indicator_type: IndicatorType::IpAddress,
            value: text.get(address_start..end).unwrap_or("").to_ascii_lowercase(),
        });
        return end;
    }
    // `host:port`: the host may still start a URL (`1.2.3.4:8080/gate.php`).
    let has_port = run
        .split_once(':')
        .is_some_and(|(_, port)| (1..=5).contains(&port.len()) && port.bytes().all(|b| b.is_ascii_digit()));
    let after = byte_at(text, end);
    let mut offset = start;
    for raw in run.split(':') {
        let raw_start = offset;
        offset += raw.len() + 1;
        let piece = raw.trim_matches('.');
        let piece_start = raw_start + raw.len() - raw.trim_start_matches('.').len();
        let piece_end = piece_start + piece.len();
        let kind = match judge(piece) {
            Piece::Nothing => continue,
            Piece::Hash(kind) => {
                found.push(Candidate {
                    start: piece_start,
                    end: piece_end,
                    indicator_type: kind,
                    value: piece.to_ascii_lowercase(),
                });
                continue;
            }
            Piece::Host(kind) => kind,
        };
        let ends_run = piece_end == end;
        // The local part of a mail address, not a host.
        if ends_run && after == Some(b'@') {
            continue;
        }
        if ends_run && kind == IndicatorType::IpAddress {
            if let Some(cidr) = cidr_end(text, end, 32) {
                found.push(Candidate {
                    start: piece_start,
                    end: cidr,
                    indicator_type: kind,
                    value: text.get(piece_start..cidr).unwrap_or("").to_string(),
                });
                return cidr;
            }
        }
        // A host directly followed by a path (`evil.com/a.exe`) is a URL without a scheme.
        if (ends_run || (raw_start == start && has_port)) && after == Some(b'/') {
            let url_end = url_end(text, piece_start, end, end);
            if url_end > end + 1 {
                found.push(Candidate {
                    start: piece_start,
                    end: url_end,
                    indicator_type: IndicatorType::Url,
                    value: url_value(text, piece_start, end, url_end),
                });
                return url_end;
            }
        }
        if kind == IndicatorType::DomainName && ends_run && after == Some(b'(') {
            continue; // a call in code: `document.style(...)`
        }
        found.push(Candidate {
            start: piece_start,
            end: piece_end,
            indicator_type: kind,
            value: piece.to_ascii_lowercase(),
        });
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<(IndicatorType, String)> {
        scan(text).into_iter().map(|c| (c.indicator_type, c.value)).collect()
    }

    #[test]
    fn finds_each_kind() {
        use IndicatorType::*;
        let text = "Seen: http://Evil.COM/a.php?x=1, 8.8.8.8, 2001:4860::8888/64 and evil.co.uk; \
                    D41D8CD98F00B204E9800998ECF8427E (md5) evil.com/dl/x.exe 1.2.3.4/24 [2001:db8::1]";
        assert_eq!(
            values(text),
            vec![
                (Url, "http://evil.com/a.php?x=1".into()),
                (IpAddress, "8.8.8.8".into()),
                (IpAddress, "2001:4860::8888/64".into()),
                (DomainName, "evil.co.uk".into()),
                (FileMd5, "d41d8cd98f00b204e9800998ecf8427e".into()),
                (Url, "evil.com/dl/x.exe".into()),
                (IpAddress, "1.2.3.4/24".into()),
                (IpAddress, "2001:db8::1".into()),
            ]
        );
    }

    #[test]
    fn leaves_files_code_versions_and_words() {
        for text in [
            "report.pdf setup.exe window.location.href v1.2.3.4 1.2.3.4.5 3.14 e.g. i.e.",
            "std::io::Result 12:30:45 00:1a:2b:3c:4d:5e document.style(x) john.smith@",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa 12345678901234567890123456789012 http:// https:///x",
            "bücher.exe café.latte -- ... :: 256.1.1.1",
        ] {
            assert_eq!(values(text), vec![], "{text}");
        }
    }

    #[test]
    fn trims_sentence_punctuation_and_unopened_brackets() {
        assert_eq!(
            values("(see http://evil.com/a_(b).) or [http://x.org/].")
                .iter()
                .map(|(_, v)| v.as_str())
                .collect::<Vec<_>>(),
            ["http://evil.com/a_(b)", "http://x.org/"]
        );
        assert_eq!(values("at evil.com."), vec![(IndicatorType::DomainName, "evil.com".into())]);
    }

    #[test]
    fn hosts_with_ports_and_mail_addresses() {
        use IndicatorType::*;
        assert_eq!(
            values("evil.com:8443 1.2.3.4:8080/gate.php x@mail.evil.com"),
            vec![
                (DomainName, "evil.com".into()),
                (Url, "1.2.3.4:8080/gate.php".into()),
                (DomainName, "mail.evil.com".into()),
            ]
        );
    }

    #[test]
    fn words_in_other_scripts() {
        use IndicatorType::*;
        assert_eq!(
            values("恶意域名evil.com已被封锁 bücher.de"),
            vec![(DomainName, "evil.com".into()), (DomainName, "bücher.de".into())]
        );
    }
}
