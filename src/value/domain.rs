//! `DomainName` values and the host part of URLs: LDH labels of 1-63 characters, 253 in all,
//! at least two labels. The indicator matches every subdomain, so wildcards are refused.
//!
//! Internationalised names must be sent in their ASCII (punycode, `xn--`) form. Converting a
//! Unicode name ourselves would need the full UTS #46 mapping tables (larger than the rest of
//! the module) and a wrong mapping would block a different domain than meant, so non-ASCII
//! input is an error that says what to send instead.

use crate::issue::{IssueKind, Reason};

fn invalid(reason: Reason) -> IssueKind {
    IssueKind::InvalidDomain { reason }
}

/// Reasons that apply before looking at labels, shared with URL hosts.
pub fn check_host(host: &str) -> Result<(), IssueKind> {
    if host.is_empty() {
        return Err(invalid(Reason::Empty));
    }
    if host.contains('*') {
        return Err(invalid(Reason::DomainWildcard));
    }
    if !host.is_ascii() {
        return Err(IssueKind::IdnNotAscii);
    }
    if host.len() > 253 {
        return Err(invalid(Reason::TooLong));
    }
    let labels: Vec<&str> = host.split('.').collect();
    if labels.iter().any(|l| l.is_empty()) {
        return Err(invalid(Reason::EmptyLabel));
    }
    if labels.iter().any(|l| l.len() > 63) {
        return Err(invalid(Reason::LabelTooLong));
    }
    if labels.iter().any(|l| !l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')) {
        return Err(invalid(Reason::LabelCharacter));
    }
    if labels.iter().any(|l| l.starts_with('-') || l.ends_with('-')) {
        return Err(invalid(Reason::LabelHyphen));
    }
    if labels.len() < 2 {
        return Err(invalid(Reason::SingleLabel));
    }
    if labels.last().is_some_and(|tld| tld.bytes().all(|b| b.is_ascii_digit())) {
        return Err(invalid(Reason::NumericTld));
    }
    Ok(())
}

/// Checks a `DomainName` indicator value.
pub fn check(value: &str) -> Result<(), IssueKind> {
    if value.chars().any(char::is_whitespace) {
        return Err(invalid(Reason::ContainsSpace));
    }
    // A scheme (`://`) has a slash too.
    if value.contains('/') {
        return Err(invalid(Reason::SchemeOrPath));
    }
    if value.contains('\\') {
        return Err(invalid(Reason::DomainBackslash));
    }
    if value.parse::<std::net::IpAddr>().is_ok() {
        return Err(invalid(Reason::IsIpAddress));
    }
    if value.contains(':') {
        return Err(invalid(Reason::DomainPort));
    }
    check_host(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_host_names() {
        for ok in ["contoso.com", "a-b.c0.example.co.uk", "xn--bcher-kva.example", "EXAMPLE.COM"] {
            assert_eq!(check(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn rejects_what_the_service_would() {
        for bad in [
            "*.contoso.com",
            "contoso..com",
            ".contoso.com",
            "contoso.com.",
            "-a.com",
            "a-.com",
            "a_b.com",
            "contoso",
            "https://contoso.com",
            "contoso.com/x",
            "conto so.com",
            "1.2.3.4",
            "contoso.com:443",
            "contoso.123",
            "bücher.example",
        ] {
            assert!(check(bad).is_err(), "{bad} was accepted");
        }
        assert_eq!(check("bücher.example"), Err(IssueKind::IdnNotAscii));
        assert!(check(&format!("{}.com", "a".repeat(64))).is_err());
        assert!(check(&format!("{}com", "abcdefghi.".repeat(26))).is_err());
    }
}
