//! File hashes and certificate thumbprints: a fixed number of hex digits per type.
//! Case-insensitive; lower case is the canonical form (spec: "Values by indicatorType").

use crate::issue::IssueKind;
use crate::model::IndicatorType;

/// Checks `value` as a hash of `indicator_type` and returns its canonical (lower-case) form.
pub fn check(value: &str, indicator_type: IndicatorType, expected_length: usize) -> Result<String, IssueKind> {
    let invalid =
        |non_hex| IssueKind::InvalidHash { indicator_type, expected_length, length: super::char_count(value), non_hex };
    if let Some(bad) = value.chars().find(|c| !c.is_ascii_hexdigit()) {
        return Err(invalid(Some(bad)));
    }
    if value.len() != expected_length {
        return Err(invalid(None));
    }
    Ok(value.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercases_and_checks_length() {
        let sha1 = "220E7D15B011D7FAC48F2BD61114DB1022197F7F";
        assert_eq!(check(sha1, IndicatorType::FileSha1, 40), Ok(sha1.to_ascii_lowercase()));
        assert!(matches!(
            check(&sha1[1..], IndicatorType::FileSha1, 40),
            Err(IssueKind::InvalidHash { length: 39, non_hex: None, .. })
        ));
        assert!(matches!(
            check("g20e7d15b011d7fac48f2bd61114db1022197f7f", IndicatorType::FileSha1, 40),
            Err(IssueKind::InvalidHash { non_hex: Some('g'), .. })
        ));
    }
}
