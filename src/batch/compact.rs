//! A batch report in the compact form that the JS binding expands (`expandBatchReport` in
//! js/api.mjs) into the same objects [`BatchReport::to_json`] describes.
//!
//! Why: a batch's issues repeat (10,000 items hold about 130 distinct ones), and written out in
//! full the report is as long as its input, so that `JSON.parse` of the answer alone took as
//! long as `JSON.parse` of the input. Here each distinct issue (code, message, params) is
//! written once, and the items are one flat array that refers to them by number (nested
//! arrays per item took `JSON.parse` twice as long):
//!
//! ```text
//! {"summary": {...}, "errors": [issue, ...],
//!  "issues": [{"code", "message", "params"}, ...],
//!  "items": [index, line or null, state, error count, path, issue number, ...,
//!            warning count, path, issue number, ..., payload if state is 2,
//!            index, ...]}
//! ```
//!
//! `state` is 0 for an invalid item, 1 for a valid one, 2 for a valid one with its payload, 3
//! for an invalid one with its input (`include_inputs`), which then follows its issues.

use super::{BatchReport, ItemResult};
use crate::issue::IssueKind;
use serde::ser::{SerializeSeq, SerializeStruct, Serializer};
use serde::Serialize;
use std::collections::HashMap;

impl BatchReport<'_> {
    /// The report in the compact form (module docs).
    pub fn to_compact_json(&self) -> String {
        // Each issue's number, in the order the items are written, so that writing them needs
        // no second lookup.
        let mut numbered: HashMap<&IssueKind, usize> = HashMap::new();
        let mut distinct: Vec<&IssueKind> = Vec::new();
        let numbers: Vec<usize> = self
            .items
            .iter()
            .flat_map(|item| item.errors.iter().chain(&item.warnings))
            .map(|issue| {
                *numbered.entry(&issue.kind).or_insert_with(|| {
                    distinct.push(&issue.kind);
                    distinct.len() - 1
                })
            })
            .collect();
        let compact = Compact { report: self, numbers: &numbers, distinct: &distinct };
        // Sized for the usual answer: a few dozen bytes per item.
        let mut out = Vec::with_capacity(64 * self.items.len() + 1024);
        // Writing to a Vec cannot fail, and every map key is a string.
        let _ = serde_json::to_writer(&mut out, &compact);
        String::from_utf8(out).unwrap_or_default()
    }
}

struct Compact<'r, 'a> {
    report: &'r BatchReport<'a>,
    /// The number of every item's every issue, errors before warnings, item after item.
    numbers: &'r [usize],
    distinct: &'r [&'r IssueKind],
}

impl Serialize for Compact<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("BatchReport", 4)?;
        out.serialize_field("summary", &self.report.summary)?;
        out.serialize_field("errors", &self.report.errors)?;
        let issues: Vec<Described<'_>> = self.distinct.iter().map(|kind| Described(kind)).collect();
        out.serialize_field("issues", &issues)?;
        out.serialize_field("items", &FlatItems { items: &self.report.items, numbers: self.numbers })?;
        out.end()
    }
}

/// An issue without its path: what repeats.
struct Described<'k>(&'k IssueKind);

impl Serialize for Described<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("Issue", 3)?;
        out.serialize_field("code", self.0.code())?;
        out.serialize_field("message", &format_args!("{}", self.0))?;
        out.serialize_field("params", &self.0.params_view())?;
        out.end()
    }
}

/// Every item in turn, flattened (module docs).
struct FlatItems<'r, 'a> {
    items: &'r [ItemResult<'a>],
    numbers: &'r [usize],
}

impl Serialize for FlatItems<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_seq(None)?;
        let mut numbers = self.numbers.iter();
        for item in self.items {
            out.serialize_element(&item.index)?;
            out.serialize_element(&item.line)?;
            let state: u8 = match (item.valid, &item.payload, &item.input) {
                (false, _, None) => 0,
                (false, _, Some(_)) => 3,
                (true, None, _) => 1,
                (true, Some(_), _) => 2,
            };
            out.serialize_element(&state)?;
            for issues in [&item.errors, &item.warnings] {
                out.serialize_element(&issues.len())?;
                for issue in issues {
                    out.serialize_element(&issue.path)?;
                    // One number per issue, in this very order (`to_compact_json`).
                    out.serialize_element(&numbers.next().copied().unwrap_or_default())?;
                }
            }
            if let (true, Some(payload)) = (item.valid, &item.payload) {
                out.serialize_element(payload)?;
            }
            if let (false, Some(input)) = (item.valid, &item.input) {
                out.serialize_element(&super::InputJson(input))?;
            }
        }
        out.end()
    }
}

#[cfg(test)]
mod tests {
    use crate::batch::{validate_batch, BatchOptions, Format};
    use crate::Options;

    #[test]
    fn invalid_items_carry_their_input_when_asked() {
        let text = "IndicatorType,IndicatorValue,ExpirationTime,Action,Severity,Title,Description,\
            RecommendedActions,RbacGroups,Category,MitreTechniques,GenerateAlert\n\
            IpAddress,10.0.0.1,,Block,,t,d,,,,,\n\
            IpAddress,8.8.8.8,,Block,,t,d,,,,,\n";
        let validate = Options::new("").expect("the default profile");
        let report = validate_batch(
            text,
            Some(Format::Csv),
            BatchOptions { validate, include_payloads: true, include_inputs: true },
        );
        let full: serde_json::Value = serde_json::from_str(&report.to_json()).expect("JSON");
        assert_eq!(full["items"][0]["valid"], false);
        assert_eq!(full["items"][0]["input"]["indicatorValue"], "10.0.0.1", "a CSV row as the object it maps to");
        assert_eq!(full["items"][1]["input"], serde_json::Value::Null, "a valid item has its payload, not its input");
        let compact: serde_json::Value = serde_json::from_str(&report.to_compact_json()).expect("JSON");
        assert_eq!(compact["items"][2], 3, "state 3: invalid, with its input");
    }

    #[test]
    fn writes_each_distinct_issue_once() {
        let text = r#"[{"indicatorType":"IpAddress","indicatorValue":"10.0.0.1","action":"Alert"},
            {"indicatorType":"IpAddress","indicatorValue":"10.0.0.2","action":"Alert","title":"t"},
            {"indicatorType":"FileSha1","indicatorValue":"ab","action":"Alert","title":"t","description":"d"}]"#;
        let validate = Options::new("current").expect("the current profile exists");
        let report = validate_batch(
            text,
            Some(Format::Json),
            BatchOptions { validate, include_payloads: false, include_inputs: false },
        );
        let compact: serde_json::Value = serde_json::from_str(&report.to_compact_json()).expect("JSON");
        let codes: Vec<&str> =
            compact["issues"].as_array().expect("issues").iter().filter_map(|i| i["code"].as_str()).collect();
        // Three items warn of the legacy action Alert; its message and params are written once.
        assert_eq!(codes.iter().filter(|c| **c == "legacy_action").count(), 1);
        let warned = report.items.iter().flat_map(|i| &i.warnings).filter(|w| w.code() == "legacy_action");
        assert_eq!(warned.count(), 3);
        // Whether the rest expands to the full report is checked for every input of the fuzz
        // corpus (fuzz/src/lib.rs, `check_batch`) and, through the package, in
        // tests/node/batch.test.mjs.
    }
}
