//! Whether a label is a top-level domain in IANA's root zone. The list comes from the `tld`
//! crate (kept in step with IANA's root zone database), written compactly by build.rs; a
//! `cargo update -p tld` brings in new TLDs.

include!(concat!(env!("OUT_DIR"), "/tlds.rs"));

/// Whether `label` (any case) is a TLD.
pub fn is_tld(label: &str) -> bool {
    let length = label.len();
    let Some(names) = BY_LENGTH.get(length).map(|names| names.as_bytes()) else {
        return false;
    };
    if length == 0 {
        return false;
    }
    let mut lower = [0_u8; 64];
    let Some(lower) = lower.get_mut(..length) else {
        return false;
    };
    lower.copy_from_slice(label.as_bytes());
    lower.make_ascii_lowercase();
    let lower: &[u8] = lower;
    let (mut low, mut high) = (0, names.len() / length);
    while low < high {
        let middle = low + (high - low) / 2;
        let Some(name) = names.get(middle * length..(middle + 1) * length) else {
            return false;
        };
        match name.cmp(lower) {
            std::cmp::Ordering::Less => low = middle + 1,
            std::cmp::Ordering::Greater => high = middle,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_real_tlds_in_any_case() {
        for tld in ["com", "uk", "io", "COM", "Org", "xn--p1ai", "museum", "zip"] {
            assert!(is_tld(tld), "{tld}");
        }
        for not in ["exe", "pdf", "href", "js", "txt", "location", "", "c", "dll", "notatld"] {
            assert!(!is_tld(not), "{not}");
        }
        assert!(!is_tld(&"a".repeat(100)));
    }

    #[test]
    fn holds_the_whole_crate_list() {
        // The table is made from the crate's set at build time; this pins that nothing is lost.
        let total: usize =
            BY_LENGTH.iter().enumerate().map(|(length, names)| names.len().checked_div(length).unwrap_or(0)).sum();
        assert!(total > 1400, "{total}");
    }
}
