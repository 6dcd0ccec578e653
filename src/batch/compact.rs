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
//! `state` is 0 for an invalid item, 1 for a valid one, 2 for a valid one with its payload.

use super::{BatchReport, ItemResult};
use crate::issue::IssueKind;
use serde::ser::{SerializeSeq, SerializeStruct, Serializer};
use serde::Serialize;
use std::collections::HashMap;

impl BatchReport<'_> {
    /// The report in the compact form (module docs).
    pub fn to_compact_json(&self) -> String {
        let mut numbers: HashMap<&IssueKind, usize> = HashMap::new();
        let mut distinct: Vec<&IssueKind> = Vec::new();
        for issue in self.items.iter().flat_map(|item| item.errors.iter().chain(&item.warnings)) {
            numbers.entry(&issue.kind).or_insert_with(|| {
                distinct.push(&issue.kind);
                distinct.len() - 1
            });
        }
        let compact = Compact { report: self, numbers: &numbers, distinct: &distinct };
        // Sized for the usual answer: a few dozen bytes per item.
        let mut out = Vec::with_capacity(64 * self.items.len() + 1024);
        // Writing to a Vec cannot fail, and every map key is a string.
        let _ = serde_json::to_writer(&mut out, &compact);
        String::from_utf8(out).unwrap_or_default()
    }
}

type Numbers<'r> = HashMap<&'r IssueKind, usize>;

struct Compact<'r, 'a> {
    report: &'r BatchReport<'a>,
    numbers: &'r Numbers<'r>,
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
    numbers: &'r Numbers<'r>,
}

impl Serialize for FlatItems<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_seq(None)?;
        for item in self.items {
            out.serialize_element(&item.index)?;
            out.serialize_element(&item.line)?;
            let state: u8 = match (item.valid, &item.payload) {
                (false, _) => 0,
                (true, None) => 1,
                (true, Some(_)) => 2,
            };
            out.serialize_element(&state)?;
            for issues in [&item.errors, &item.warnings] {
                out.serialize_element(&issues.len())?;
                for issue in issues {
                    out.serialize_element(&issue.path)?;
                    // Every item's issue was numbered before writing began.
                    out.serialize_element(&self.numbers.get(&issue.kind).copied().unwrap_or_default())?;
                }
            }
            if let (true, Some(payload)) = (item.valid, &item.payload) {
                out.serialize_element(payload)?;
            }
        }
        out.end()
    }
}

#[cfg(test)]
mod tests {
    use crate::batch::{validate_batch, BatchOptions, Format};
    use crate::Options;

    /// Expands the compact form the way js/api.mjs does, as JSON values.
    fn expand(compact: &str) -> serde_json::Value {
        let compact: serde_json::Value = serde_json::from_str(compact).expect("the compact form is JSON");
        let issues = compact["issues"].as_array().expect("issues");
        let mut flat = compact["items"].as_array().expect("items").iter();
        let mut next = || flat.next().cloned().unwrap_or_default();
        let mut items = Vec::new();
        while let Some(index) = Some(next()).filter(|i| !i.is_null()) {
            let mut item = serde_json::json!({ "index": index });
            let line = next();
            if !line.is_null() {
                item["line"] = line;
            }
            let state = next().as_u64().expect("state");
            item["valid"] = (state > 0).into();
            for list in ["errors", "warnings"] {
                let count = next().as_u64().expect("count");
                let expanded: Vec<serde_json::Value> = (0..count)
                    .map(|_| {
                        let path = next();
                        let described = &issues[next().as_u64().expect("number") as usize];
                        serde_json::json!({ "path": path, "code": described["code"],
                            "message": described["message"], "params": described["params"] })
                    })
                    .collect();
                item[list] = expanded.into();
            }
            if state == 2 {
                item["payload"] = next();
            }
            items.push(item);
        }
        serde_json::json!({ "summary": compact["summary"], "errors": compact["errors"], "items": items })
    }

    #[test]
    fn expands_to_the_full_report() {
        let text = r#"[{"indicatorType":"IpAddress","indicatorValue":"10.0.0.1","action":"Alert"},
            {"indicatorType":"IpAddress","indicatorValue":"10.0.0.2","action":"Alert","title":"t"},
            {"indicatorType":"FileSha1","indicatorValue":"ab","action":"Alert","title":"t","description":"d"},
            {"indicatorType":"DomainName","indicatorValue":"example.com","action":"Allowed","title":"t","description":"d"}]"#;
        let validate = Options::new("current").expect("the current profile exists");
        for include_payloads in [false, true] {
            let report = validate_batch(text, Some(Format::Json), BatchOptions { validate, include_payloads });
            let full: serde_json::Value = serde_json::from_str(&report.to_json()).unwrap_or_default();
            let compact = report.to_compact_json();
            assert_eq!(expand(&compact), full);
            // Three items warn of the legacy action Alert: that issue is written once.
            let written: serde_json::Value = serde_json::from_str(&compact).expect("the compact form is JSON");
            let legacy = written["issues"].as_array().expect("issues").iter().filter(|i| i["code"] == "legacy_action");
            assert_eq!(legacy.count(), 1);
        }
    }
}
