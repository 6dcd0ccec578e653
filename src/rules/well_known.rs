//! `well_known_target`: a blocking or alerting indicator on a well-known service or reference
//! (a search engine, Microsoft, VirusTotal, MITRE, a public DNS resolver ...), from the list in
//! well_known.txt. A warning: the service accepts it, but it is rarely what an analyst means.

use super::Issues;
use crate::issue::{Derived, IssueKind};
use crate::model::{Action, Field, IndicatorType};
use crate::payload::Payload;
use crate::value::url;
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::OnceLock;

const LIST: &str = include_str!("well_known.txt");

/// The entries of the list, by domain and by address, each with its category.
struct WellKnown {
    domains: HashMap<&'static str, &'static str>,
    addresses: HashMap<IpAddr, (&'static str, &'static str)>,
}

fn list() -> &'static WellKnown {
    static PARSED: OnceLock<WellKnown> = OnceLock::new();
    PARSED.get_or_init(|| {
        let mut known = WellKnown { domains: HashMap::new(), addresses: HashMap::new() };
        let mut category = "";
        for line in LIST.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                category = name;
            } else if let Ok(address) = line.parse::<IpAddr>() {
                known.addresses.insert(address, (line, category));
            } else {
                known.domains.insert(line, category);
            }
        }
        known
    })
}

/// The list's entry that `host` (a domain name or an IP address) falls under, with its
/// category: the host itself or the nearest parent domain listed.
pub fn lookup(host: &str) -> Option<(&'static str, &'static str)> {
    let known = list();
    if let Ok(address) = host.parse::<IpAddr>() {
        return known.addresses.get(&address).copied();
    }
    let host = host.strip_suffix('.').unwrap_or(host).to_ascii_lowercase();
    let mut rest = host.as_str();
    loop {
        if let Some((entry, category)) = known.domains.get_key_value(rest) {
            return Some((entry, category));
        }
        rest = rest.split_once('.')?.1;
    }
}

/// Whether the indicator blocks, warns or alerts: everything but a silent `Allowed`.
fn blocks_or_alerts(payload: &Payload<'_>) -> bool {
    payload.action().is_some_and(|a| a != Action::Allowed) || payload.generate_alert() == Some(true)
}

/// Adds the warning for a valid network `value` of `indicator_type` in `payload`.
pub(super) fn check(payload: &Payload<'_>, indicator_type: IndicatorType, value: &str, issues: &mut Issues) {
    if !blocks_or_alerts(payload) {
        return;
    }
    let host = match indicator_type {
        IndicatorType::DomainName | IndicatorType::IpAddress => Some(value),
        IndicatorType::Url => url::host(value),
        _ => None,
    };
    if let Some((entry, category)) = host.and_then(lookup) {
        let kind =
            IssueKind::WellKnownTarget { listed: Derived(entry.to_string()), category: Derived(category.to_string()) };
        issues.add(Field::IndicatorValue, kind);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_match_their_nearest_listed_parent() {
        assert_eq!(lookup("www.Google.com."), Some(("google.com", "search_engine")));
        assert_eq!(lookup("attack.mitre.org"), Some(("mitre.org", "security_reference")));
        assert_eq!(lookup("2001:4860:4860:0::8888"), Some(("2001:4860:4860::8888", "public_dns")));
        assert_eq!(lookup("google.com.evil.example"), None);
        assert_eq!(lookup("notgoogle.com"), None);
        assert_eq!(lookup("8.8.8.9"), None);
    }

    #[test]
    fn every_entry_is_valid_and_in_a_category_once() {
        let mut seen = std::collections::HashSet::new();
        let mut category = None;
        for line in LIST.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            if line.starts_with('[') {
                category = Some(line);
                continue;
            }
            assert!(category.is_some(), "{line} comes before any [category]");
            assert!(seen.insert(line), "{line} is listed twice");
            let valid = line.parse::<IpAddr>().is_ok() || crate::value::domain::check(line).is_ok();
            assert!(valid && line == line.to_ascii_lowercase(), "{line} is not a lower-case domain or address");
        }
    }
}
