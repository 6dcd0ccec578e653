//! `IpAddress` values: one IPv4 (dotted quad) or IPv6 address; CIDR blocks only where the
//! profile allows them (2020). "Only external IPs can be added to the indicator list;
//! indicators can't be created for internal IPs": every non-global range below is refused.

use crate::issue::{Derived, IpRange, IssueKind, Reason};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// Non-global IPv4 ranges (IANA special-purpose registry): network, prefix, what it is, the
/// block (240.0.0.0/4 holds the limited broadcast address too).
const V4_NOT_GLOBAL: &[(Ipv4Addr, u8, IpRange, &str)] = &[
    (Ipv4Addr::new(0, 0, 0, 0), 8, IpRange::ThisNetwork, "0.0.0.0/8"),
    (Ipv4Addr::new(10, 0, 0, 0), 8, IpRange::Private, "10.0.0.0/8"),
    (Ipv4Addr::new(100, 64, 0, 0), 10, IpRange::Shared, "100.64.0.0/10"),
    (Ipv4Addr::new(127, 0, 0, 0), 8, IpRange::Loopback, "127.0.0.0/8"),
    (Ipv4Addr::new(169, 254, 0, 0), 16, IpRange::LinkLocal, "169.254.0.0/16"),
    (Ipv4Addr::new(172, 16, 0, 0), 12, IpRange::Private, "172.16.0.0/12"),
    (Ipv4Addr::new(192, 0, 0, 0), 24, IpRange::IetfProtocol, "192.0.0.0/24"),
    (Ipv4Addr::new(192, 0, 2, 0), 24, IpRange::Documentation, "192.0.2.0/24"),
    (Ipv4Addr::new(192, 168, 0, 0), 16, IpRange::Private, "192.168.0.0/16"),
    (Ipv4Addr::new(198, 18, 0, 0), 15, IpRange::Benchmarking, "198.18.0.0/15"),
    (Ipv4Addr::new(198, 51, 100, 0), 24, IpRange::Documentation, "198.51.100.0/24"),
    (Ipv4Addr::new(203, 0, 113, 0), 24, IpRange::Documentation, "203.0.113.0/24"),
    (Ipv4Addr::new(224, 0, 0, 0), 4, IpRange::Multicast, "224.0.0.0/4"),
    (Ipv4Addr::new(240, 0, 0, 0), 4, IpRange::Reserved, "240.0.0.0/4"),
];

/// Non-global IPv6 ranges. IPv4-mapped addresses (`::ffff:a.b.c.d`) are judged by their IPv4.
const V6_NOT_GLOBAL: &[(Ipv6Addr, u8, IpRange, &str)] = &[
    (Ipv6Addr::new(0, 0, 0, 0, 0, 0, 0, 0), 128, IpRange::Unspecified, "::/128"),
    (Ipv6Addr::new(0, 0, 0, 0, 0, 0, 0, 1), 128, IpRange::Loopback, "::1/128"),
    (Ipv6Addr::new(0x64, 0xff9b, 1, 0, 0, 0, 0, 0), 48, IpRange::Nat64Local, "64:ff9b:1::/48"),
    (Ipv6Addr::new(0x100, 0, 0, 0, 0, 0, 0, 0), 64, IpRange::DiscardOnly, "100::/64"),
    (Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 0, 0), 32, IpRange::Documentation, "2001:db8::/32"),
    (Ipv6Addr::new(0x3fff, 0, 0, 0, 0, 0, 0, 0), 20, IpRange::Documentation, "3fff::/20"),
    (Ipv6Addr::new(0xfc00, 0, 0, 0, 0, 0, 0, 0), 7, IpRange::UniqueLocal, "fc00::/7"),
    (Ipv6Addr::new(0xfe80, 0, 0, 0, 0, 0, 0, 0), 10, IpRange::LinkLocal, "fe80::/10"),
    (Ipv6Addr::new(0xfec0, 0, 0, 0, 0, 0, 0, 0), 10, IpRange::SiteLocal, "fec0::/10"),
    (Ipv6Addr::new(0xff00, 0, 0, 0, 0, 0, 0, 0), 8, IpRange::Multicast, "ff00::/8"),
];

fn v4_in(addr: Ipv4Addr, net: Ipv4Addr, prefix: u8) -> bool {
    let mask = u32::MAX.checked_shl(32 - u32::from(prefix)).unwrap_or(0);
    u32::from(addr) & mask == u32::from(net) & mask
}

fn v6_in(addr: Ipv6Addr, net: Ipv6Addr, prefix: u8) -> bool {
    let mask = u128::MAX.checked_shl(128 - u32::from(prefix)).unwrap_or(0);
    u128::from(addr) & mask == u128::from(net) & mask
}

/// The non-global range holding `addr`, if any.
pub fn non_global_range(addr: IpAddr) -> Option<(IpRange, &'static str)> {
    match addr {
        IpAddr::V4(v4) => V4_NOT_GLOBAL
            .iter()
            .find(|(net, prefix, _, _)| v4_in(v4, *net, *prefix))
            .map(|(_, _, range, block)| (*range, *block)),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => non_global_range(IpAddr::V4(v4)),
            None => V6_NOT_GLOBAL
                .iter()
                .find(|(net, prefix, _, _)| v6_in(v6, *net, *prefix))
                .map(|(_, _, range, block)| (*range, *block)),
        },
    }
}

/// Says what is wrong with text that is not a single address, in the words of the docs.
fn why_not_an_address(value: &str) -> Reason {
    if value.chars().any(char::is_whitespace) {
        Reason::ContainsSpace
    } else if value.contains('*') {
        Reason::IpWildcard
    } else if value.contains('-') {
        Reason::IpRange
    } else if value.contains('%') {
        Reason::IpZoneId
    } else if value.starts_with('[') {
        Reason::IpBrackets
    } else if value.matches(':').count() == 1 && value.contains('.') {
        Reason::IpPort
    } else {
        Reason::NotAnAddress
    }
}

/// Outcome of a valid value: warnings only.
pub type Warnings = Vec<IssueKind>;

/// Checks an `IpAddress` value. `cidr` says whether the profile accepts CIDR blocks.
pub fn check(value: &str, cidr: bool, profile: &'static str) -> Result<Warnings, IssueKind> {
    let (address_text, prefix_text) = match value.split_once('/') {
        Some((a, p)) => (a, Some(p)),
        None => (value, None),
    };
    // std's parsers are strict: no leading zeros in IPv4 (ambiguous octal), no zone IDs.
    let address: IpAddr =
        address_text.parse().map_err(|_| IssueKind::InvalidIp { reason: why_not_an_address(value) })?;
    let mut warnings = Vec::new();
    if let Some(prefix_text) = prefix_text {
        let max = if address.is_ipv4() { 32 } else { 128 };
        let prefix = prefix_text
            .parse::<u8>()
            .ok()
            .filter(|p| *p <= max && prefix_text.bytes().all(|b| b.is_ascii_digit()))
            .ok_or(IssueKind::InvalidIp { reason: Reason::PrefixOutOfRange })?;
        if !cidr {
            return Err(IssueKind::CidrNotSupported { profile });
        }
        let network = network_of(address, prefix);
        if network != address {
            warnings.push(IssueKind::CidrHostBitsSet { network: Derived(format!("{network}/{prefix}")) });
        }
        if let Some((range, block)) = non_global_range(network) {
            return Err(IssueKind::IpNotGlobal { range, block: Derived(block.to_string()) });
        }
        return Ok(warnings);
    }
    if let Some((range, block)) = non_global_range(address) {
        return Err(IssueKind::IpNotGlobal { range, block: Derived(block.to_string()) });
    }
    Ok(warnings)
}

fn network_of(address: IpAddr, prefix: u8) -> IpAddr {
    match address {
        IpAddr::V4(v4) => {
            let mask = u32::MAX.checked_shl(32 - u32::from(prefix)).unwrap_or(0);
            IpAddr::V4(Ipv4Addr::from(u32::from(v4) & mask))
        }
        IpAddr::V6(v6) => {
            let mask = u128::MAX.checked_shl(128 - u32::from(prefix)).unwrap_or(0);
            IpAddr::V6(Ipv6Addr::from(u128::from(v6) & mask))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn global_addresses_pass() {
        for ok in ["8.8.8.8", "2001:4860:4860:0:0:0:0:8888", "2001:4860:4860::8888", "::ffff:8.8.8.8"] {
            assert_eq!(check(ok, false, "current"), Ok(vec![]), "{ok}");
        }
    }

    #[test]
    fn non_global_addresses_name_their_range() {
        for (bad, range) in [
            ("10.1.2.3", IpRange::Private),
            ("127.0.0.1", IpRange::Loopback),
            ("169.254.1.1", IpRange::LinkLocal),
            ("::1", IpRange::Loopback),
            ("fe80::1", IpRange::LinkLocal),
            ("fd00::1", IpRange::UniqueLocal),
            ("::ffff:192.168.1.1", IpRange::Private),
            ("255.255.255.255", IpRange::Reserved),
        ] {
            assert!(
                matches!(check(bad, false, "current"), Err(IssueKind::IpNotGlobal { range: r, .. }) if r == range),
                "{bad}"
            );
        }
    }

    #[test]
    fn cidr_only_where_supported() {
        assert_eq!(check("8.8.8.0/24", true, "2020"), Ok(vec![]));
        assert_eq!(check("8.8.8.0/24", false, "2021"), Err(IssueKind::CidrNotSupported { profile: "2021" }));
        assert_eq!(
            check("8.8.8.8/24", true, "2020"),
            Ok(vec![IssueKind::CidrHostBitsSet { network: Derived("8.8.8.0/24".into()) }])
        );
        assert!(matches!(check("8.8.8.0/33", true, "2020"), Err(IssueKind::InvalidIp { .. })));
    }

    #[test]
    fn malformed_addresses_say_why() {
        assert!(
            matches!(check("1.2.3.4-1.2.3.9", false, "current"), Err(IssueKind::InvalidIp { reason }) if reason == Reason::IpRange)
        );
        assert!(
            matches!(check("8.8.8.8:53", false, "current"), Err(IssueKind::InvalidIp { reason }) if reason == Reason::IpPort)
        );
        assert!(check("010.0.0.1", false, "current").is_err());
        assert!(check("1.2.3", false, "current").is_err());
    }
}
