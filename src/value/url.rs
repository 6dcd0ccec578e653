//! `Url` values and `educateUrl`: forward slashes only, no spaces or wildcards, a host that is
//! a valid domain name or IP literal. Matching covers resources under the path.

use crate::issue::{IssueKind, Reason};
use crate::value::{domain, hidden};

fn invalid(reason: Reason) -> IssueKind {
    IssueKind::InvalidUrl { reason }
}

/// Whether a scheme is required (`educateUrl`) or optional with a warning (`Url` values,
/// where the docs are silent on scheme-less URLs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    Required,
    Optional,
}

/// Checks a URL and returns warnings for a valid one.
pub fn check(value: &str, scheme_rule: Scheme) -> Result<Vec<IssueKind>, IssueKind> {
    // Zero-width joiners too: they have no place in a URL, where they only disguise it.
    let unseen =
        |c: char| c.is_whitespace() || hidden::is_hidden(c) || matches!(c, '\u{200C}' | '\u{200D}' | '\u{00AD}');
    if value.chars().any(unseen) {
        return Err(invalid(Reason::UnseenCharacter));
    }
    if value.contains('\\') {
        return Err(invalid(Reason::UrlBackslash));
    }
    if value.contains('*') {
        return Err(invalid(Reason::UrlWildcard));
    }
    let mut warnings = Vec::new();
    let rest = match split_scheme(value) {
        Some((scheme, rest)) => {
            match scheme.to_ascii_lowercase().as_str() {
                "https" => warnings.push(IssueKind::HttpsEnforcedOnlyInEdge),
                "http" => {}
                _ => return Err(invalid(Reason::Scheme)),
            }
            rest
        }
        None => {
            let lower = value.to_ascii_lowercase();
            if lower.starts_with("http:") || lower.starts_with("https:") {
                return Err(invalid(Reason::SchemeSlashes));
            }
            if scheme_rule == Scheme::Required {
                return Err(invalid(Reason::SchemeMissing));
            }
            warnings.push(IssueKind::UrlWithoutScheme);
            value
        }
    };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = rest.get(..authority_end).unwrap_or("");
    if authority.contains('@') {
        return Err(invalid(Reason::UserInfo));
    }
    let host = host_without_port(authority)?;
    if host.parse::<std::net::IpAddr>().is_err() {
        domain::check_host(host).map_err(|e| match e {
            IssueKind::InvalidDomain { reason } => IssueKind::InvalidUrl { reason },
            other => other,
        })?;
    }
    Ok(warnings)
}

/// The host of a URL that `check` accepts (lower-case is left to the caller): the IP literal
/// without brackets or the domain name, without scheme, port, path, query or fragment.
pub fn host(value: &str) -> Option<&str> {
    let rest = split_scheme(value).map_or(value, |(_, rest)| rest);
    let authority = rest.get(..rest.find(['/', '?', '#']).unwrap_or(rest.len()))?;
    host_without_port(authority).ok()
}

/// Splits off `:port` (1-65535) and the brackets of an IPv6 literal.
fn host_without_port(authority: &str) -> Result<&str, IssueKind> {
    if let Some(bracketed) = authority.strip_prefix('[') {
        let (host, after) = bracketed.split_once(']').ok_or(invalid(Reason::UnclosedBracket))?;
        if host.parse::<std::net::Ipv6Addr>().is_err() {
            return Err(invalid(Reason::Ipv6Literal));
        }
        return match after.strip_prefix(':') {
            None if after.is_empty() => Ok(host),
            Some(port) if valid_port(port) => Ok(host),
            _ => Err(invalid(Reason::UrlPort)),
        };
    }
    match authority.split_once(':') {
        None => Ok(authority),
        Some((host, port)) if valid_port(port) => Ok(host),
        Some(_) => Err(invalid(Reason::UrlPort)),
    }
}

fn valid_port(port: &str) -> bool {
    !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) && port.parse::<u16>().is_ok_and(|p| p > 0)
}

/// `value.split_once("://")`, found by its colons: a byte search, without the general substring
/// searcher and its panic paths in the wasm.
fn split_scheme(value: &str) -> Option<(&str, &str)> {
    let (colon, _) = value.match_indices(':').find(|(i, _)| value.get(*i..).is_some_and(|r| r.starts_with("://")))?;
    Some((value.get(..colon)?, value.get(colon + 3..)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_urls_and_warns_where_the_docs_do() {
        assert_eq!(check("http://contoso.com/block", Scheme::Optional), Ok(vec![]));
        assert_eq!(check("https://contoso.com/block", Scheme::Optional), Ok(vec![IssueKind::HttpsEnforcedOnlyInEdge]));
        assert_eq!(check("contoso.com/path", Scheme::Optional), Ok(vec![IssueKind::UrlWithoutScheme]));
        assert_eq!(check("http://[2001:db8::1]:8080/x", Scheme::Optional), Ok(vec![]));
        assert_eq!(check("http://8.8.8.8:80/x?y#z", Scheme::Optional), Ok(vec![]));
    }

    #[test]
    fn the_host_is_what_lies_between_scheme_and_path() {
        assert_eq!(host("https://www.google.com/chrome/"), Some("www.google.com"));
        assert_eq!(host("http://[2001:db8::1]:8080/x"), Some("2001:db8::1"));
        assert_eq!(host("8.8.8.8:53?q#f"), Some("8.8.8.8"));
        assert_eq!(host("contoso.com"), Some("contoso.com"));
    }

    #[test]
    fn rejects_what_the_service_would() {
        for bad in [
            "https:\\\\contoso.com",
            "http://*.contoso.com",
            "http://conto so.com",
            "ftp://contoso.com",
            "http://contoso..com/",
            "http://user@contoso.com",
            "http://contoso.com:0/",
            "http://contoso.com:99999",
            "https:/contoso.com",
            "http:///path",
            "http://bücher.example/",
        ] {
            assert!(check(bad, Scheme::Optional).is_err(), "{bad} was accepted");
        }
        assert!(check("contoso.com", Scheme::Required).is_err());
    }

    #[test]
    fn the_scheme_is_split_where_split_once_would() {
        for value in ["http://a", "a:b://c", "x://y://z", "://", "no scheme", "a:/b", "é:://x"] {
            assert_eq!(split_scheme(value), value.split_once("://"), "{value}");
        }
    }
}
