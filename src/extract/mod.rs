//! Finding indicators in free text: hashes, IP addresses, domain names and URLs, including
//! their defanged forms (`hxxp://evil[.]com`), each with the verdict `validate` gives its value.
//!
//! Three steps, each linear in the text: `refang` replaces the defanged tokens and remembers
//! where; `scan` reads the result once (a hand-written scanner: no pattern can backtrack);
//! offsets are mapped back to the original and counted in UTF-16 units, which is what a
//! JavaScript string's indices are.

mod context;
mod refang;
mod scan;
mod tld;

pub use refang::defang;

use crate::issue::{Issue, IssueKind};
use crate::model::IndicatorType;
use crate::profile::Profile;
use crate::rules;
use serde::Serialize;
use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

/// How to extract.
#[derive(Debug, Clone, Copy)]
pub struct ExtractOptions {
    /// The profile whose rules give each finding's verdict.
    pub profile: &'static Profile,
    /// Keep only the first finding of each type and value.
    pub unique: bool,
}

/// One indicator found in a text.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Found {
    /// Refanged; hashes, domain names and a URL's scheme and host in lower case.
    pub value: String,
    pub indicator_type: IndicatorType,
    /// Offsets in UTF-16 code units, as JavaScript's `String.prototype.slice` takes them.
    pub start: usize,
    pub end: usize,
    /// The same span in bytes of the Rust `&str`.
    #[serde(skip)]
    pub byte_start: usize,
    #[serde(skip)]
    pub byte_end: usize,
    /// The span as written, defanged or not.
    pub text: String,
    pub defanged: bool,
    /// Whether `validate` finds no error in the value for this type (the action aside).
    pub submittable: bool,
    /// What `validate` says of `/indicatorValue` and `/indicatorType` for this value and type.
    pub errors: Vec<Issue>,
    pub warnings: Vec<Issue>,
}

/// What one value is, as `extract` would find it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Detected {
    /// Refanged and trimmed, in the form `extract` gives.
    pub value: String,
    /// `None` when the value, as a whole, is none of the indicator kinds.
    pub indicator_type: Option<IndicatorType>,
    pub defanged: bool,
    pub submittable: bool,
    pub errors: Vec<Issue>,
    pub warnings: Vec<Issue>,
}

/// The errors and warnings `validate` gives this value and type.
fn verdict(value: &str, indicator_type: IndicatorType, profile: &'static Profile) -> (Vec<Issue>, Vec<Issue>) {
    let report = rules::value_issues(value, indicator_type, profile);
    (report.errors, report.warnings)
}

/// `verdict`, and `onion_service` for a Tor address, which `validate` cannot tell from a
/// domain but no indicator would ever match.
fn extracted_verdict(
    value: &str,
    indicator_type: IndicatorType,
    profile: &'static Profile,
) -> (Vec<Issue>, Vec<Issue>) {
    let (mut errors, warnings) = verdict(value, indicator_type, profile);
    let host = match indicator_type {
        IndicatorType::DomainName => Some(value),
        IndicatorType::Url => {
            let after_scheme = value.split_once("://").map_or(value, |(_, rest)| rest);
            after_scheme.split(['/', '?', '#', ':']).next()
        }
        _ => None,
    };
    if host.is_some_and(scan::is_onion) {
        errors.push(Issue::new("/indicatorValue", IssueKind::OnionService));
    }
    (errors, warnings)
}

/// Counts UTF-16 code units up to increasing byte offsets of one text, in one pass overall.
struct Utf16Counter<'a> {
    bytes: &'a [u8],
    byte: usize,
    units: usize,
}

impl Utf16Counter<'_> {
    fn units_at(&mut self, byte: usize) -> usize {
        let between = self.bytes.get(self.byte..byte).unwrap_or_default();
        // Text between findings is mostly ASCII, one unit a byte, which `is_ascii` checks a
        // word at a time.
        self.units += if between.is_ascii() {
            between.len()
        } else {
            // One unit per character (continuation bytes are 10xxxxxx), two for 4-byte ones.
            between.iter().map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0)).sum()
        };
        self.byte = self.byte.max(byte);
        self.units
    }
}

/// Every indicator in `text`, in order.
pub fn extract(text: &str, options: &ExtractOptions) -> Vec<Found> {
    let refanged = refang::refang(text);
    let mut counter = Utf16Counter { bytes: text.as_bytes(), byte: 0, units: 0 };
    // The first finding of each type and value, by an 8-byte fingerprint (as the batch's
    // duplicate check does), for `unique`.
    let mut first: HashMap<u64, usize> = HashMap::new();
    let mut found: Vec<Found> = Vec::new();
    for candidate in scan::scan(&refanged.text) {
        let byte_start = refanged.original_start(candidate.start);
        let byte_end = refanged.original_end(candidate.end);
        let (start, end) = (counter.units_at(byte_start), counter.units_at(byte_end));
        if options.unique {
            let mut hasher = DefaultHasher::new();
            (candidate.indicator_type, &candidate.value).hash(&mut hasher);
            let fingerprint = hasher.finish();
            let seen = first
                .get(&fingerprint)
                .and_then(|&index| found.get(index))
                .is_some_and(|f| f.indicator_type == candidate.indicator_type && f.value == candidate.value);
            if seen {
                continue;
            }
            first.insert(fingerprint, found.len());
        }
        let (errors, warnings) = extracted_verdict(&candidate.value, candidate.indicator_type, options.profile);
        found.push(Found {
            value: candidate.value,
            indicator_type: candidate.indicator_type,
            start,
            end,
            byte_start,
            byte_end,
            text: text.get(byte_start..byte_end).unwrap_or("").to_string(),
            defanged: refanged.defanged(candidate.start, candidate.end),
            submittable: errors.is_empty(),
            errors,
            warnings,
        });
    }
    found
}

/// What `value` is as a whole (after refanging and trimming): the type `extract` would give
/// it, with the verdict of `validate`.
pub fn detect_type(value: &str, profile: &'static Profile) -> Detected {
    let refanged = refang::refang(value);
    let trimmed = refanged.text.trim();
    let whole = match scan::scan(trimmed).as_slice() {
        [only] if only.start == 0 && only.end == trimmed.len() => Some(only.clone()),
        _ => None,
    };
    match whole {
        Some(candidate) => {
            let (errors, warnings) = extracted_verdict(&candidate.value, candidate.indicator_type, profile);
            Detected {
                value: candidate.value,
                indicator_type: Some(candidate.indicator_type),
                defanged: refanged.any(),
                submittable: errors.is_empty(),
                errors,
                warnings,
            }
        }
        None => Detected {
            value: trimmed.to_string(),
            indicator_type: None,
            defanged: refanged.any(),
            submittable: false,
            errors: Vec::new(),
            warnings: Vec::new(),
        },
    }
}

/// `value` with every defanged token replaced (`hxxps://evil[.]com` → `https://evil.com`).
pub fn refang(value: &str) -> String {
    refang::refang(value).text
}

#[cfg(test)]
mod tests {
    use super::*;
    use IndicatorType::*;

    fn options(unique: bool) -> ExtractOptions {
        ExtractOptions { profile: Profile::by_name("current").unwrap_or_else(|| unreachable!()), unique }
    }

    fn utf16_slice(text: &str, start: usize, end: usize) -> String {
        let units: Vec<u16> = text.encode_utf16().collect();
        String::from_utf16_lossy(units.get(start..end).unwrap_or_default())
    }

    #[test]
    fn offsets_are_utf16_and_text_is_as_written() {
        let text = "🦀 C2 at hxxps://evil[.]com/x 😀 and 8[.]8[.]8[.]8 — 𝔘 bad[.]example[.]net";
        let found = extract(text, &options(false));
        let summary: Vec<_> =
            found.iter().map(|f| (f.indicator_type, f.value.as_str(), f.text.as_str(), f.defanged)).collect();
        assert_eq!(
            summary,
            [
                (Url, "https://evil.com/x", "hxxps://evil[.]com/x", true),
                (IpAddress, "8.8.8.8", "8[.]8[.]8[.]8", true),
                (DomainName, "bad.example.net", "bad[.]example[.]net", true),
            ]
        );
        for f in &found {
            assert_eq!(utf16_slice(text, f.start, f.end), f.text);
            assert_eq!(text.get(f.byte_start..f.byte_end), Some(f.text.as_str()));
        }
    }

    /// `verdict` skips the rest of a body; it must still say what a whole `validate` says of
    /// the two fields, for every type, in every profile, for good and bad values.
    #[test]
    fn verdict_equals_validate_of_a_body() {
        use crate::json::{Text, Value};
        use crate::profile::PROFILES;
        use std::borrow::Cow;
        let values = "8.8.8.8 10.0.0.1 1.2.3.0/24 ::1 2001:4860::8888 evil.com intranet xn--p1ai.com \
                      http://evil.com/a https://evil.com evil.com/path d41d8cd98f00b204e9800998ecf8427e \
                      DA39A3EE5E6B4B0D3255BFEF95601890AFD80709 abc";
        let text = |s: &str| Text { text: Cow::Owned(s.to_string()), lone_surrogate: false };
        for profile in PROFILES {
            for indicator_type in IndicatorType::ALL {
                for value in values.split_whitespace().chain([""]) {
                    let body = Value::Object(vec![
                        (text("indicatorValue"), Value::String(text(value))),
                        (text("indicatorType"), Value::String(text(indicator_type.as_str()))),
                    ]);
                    let options = rules::Options { profile, now: None, allow_undocumented: false };
                    let report = rules::validate(&body, &options);
                    let about_value = |issue: &Issue| issue.path == "/indicatorValue" || issue.path == "/indicatorType";
                    let whole: (Vec<Issue>, Vec<Issue>) = (
                        report.errors.into_iter().filter(about_value).collect(),
                        report.warnings.into_iter().filter(about_value).collect(),
                    );
                    assert_eq!(verdict(value, *indicator_type, profile), whole, "{value} as {indicator_type:?}");
                }
            }
        }
    }

    #[test]
    fn verdicts_are_those_of_validate() {
        let found = extract("10.0.0.1 8.8.8.8 http://intranet/x https://evil.com", &options(false));
        let verdicts: Vec<_> = found
            .iter()
            .map(|f| {
                let codes = |issues: &[Issue]| issues.iter().map(Issue::code).collect::<Vec<_>>();
                (f.value.as_str(), f.submittable, codes(&f.errors), codes(&f.warnings))
            })
            .collect();
        assert_eq!(
            verdicts,
            [
                ("10.0.0.1", false, vec!["ip_not_global"], vec![]),
                ("8.8.8.8", true, vec![], vec![]),
                ("http://intranet/x", false, vec!["invalid_url"], vec![]),
                ("https://evil.com", true, vec![], vec!["https_enforced_only_in_edge"]),
            ]
        );
        let md5 = "d41d8cd98f00b204e9800998ecf8427e";
        let old = ExtractOptions { profile: Profile::by_name("2021").unwrap_or_else(|| unreachable!()), unique: false };
        let found = extract(md5, &old);
        assert_eq!(
            found.first().map(|f| f.errors.iter().map(Issue::code).collect::<Vec<_>>()),
            Some(vec!["enum_not_in_profile"])
        );
    }

    #[test]
    fn duplicates_collapse_on_request() {
        let text = "evil.com EVIL.com evil[.]com 8.8.8.8 evil.com";
        assert_eq!(extract(text, &options(false)).len(), 5);
        let unique = extract(text, &options(true));
        assert_eq!(unique.iter().map(|f| f.text.as_str()).collect::<Vec<_>>(), ["evil.com", "8.8.8.8"]);
    }

    #[test]
    fn detects_one_value() {
        let current = options(false).profile;
        let detect = |v: &str| {
            let d = detect_type(v, current);
            (d.indicator_type, d.value, d.submittable)
        };
        assert_eq!(detect(" hxxp://evil[.]com/a "), (Some(Url), "http://evil.com/a".into(), true));
        assert_eq!(detect("192.168.1.1"), (Some(IpAddress), "192.168.1.1".into(), false));
        assert_eq!(
            detect("D41D8CD98F00B204E9800998ECF8427E"),
            (Some(FileMd5), "d41d8cd98f00b204e9800998ecf8427e".into(), true)
        );
        assert_eq!(detect("report.pdf"), (None, "report.pdf".into(), false));
        assert_eq!(detect("evil.com and more"), (None, "evil.com and more".into(), false));
        assert!(detect_type("evil[.]com", current).defanged);
    }

    #[test]
    fn adversarial_inputs_stay_linear() {
        let mega = 1 << 20;
        for text in [
            ".".repeat(mega),
            "1".repeat(mega),
            "[.]".repeat(mega / 3),
            "a.".repeat(mega / 2),
            "1.".repeat(mega / 2),
            "1:".repeat(mega / 2),
            "http://".repeat(mega / 7),
            "(".repeat(mega),
            "hxxp".repeat(mega / 4),
            "a@".repeat(mega / 2),
            "a[.".repeat(mega / 3),
            "a [.] ".repeat(mega / 6),
            // A finding every few bytes, each asking its context (a quarter of the size: debug
            // builds are slow per finding, and quadratic would still take minutes).
            "|ab.py".repeat(mega / 24),
            "ab.py x\n".repeat(mega / 32),
            "http://a.example/\n".repeat(mega / 72),
            "thumbprint 0123456789abcdef0123456789abcdef01234567 ".repeat(mega / 208),
        ] {
            let clock = std::time::Instant::now();
            let found = extract(&text, &options(true));
            // Debug builds are slow; a quadratic pass over 1 MB would take minutes, not seconds.
            assert!(clock.elapsed().as_secs() < 5, "{}", text.get(..8).unwrap_or(""));
            assert!(found.len() <= 1);
        }
    }
}
