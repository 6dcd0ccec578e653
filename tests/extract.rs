//! Runs tests/fixtures/extract.json through the Rust API (the Node tests run the same file
//! through the built package): what is found, where, and with which verdict.

use mde_indicator::extract::{defang, detect_type, extract, refang, ExtractOptions};
use mde_indicator::profile::Profile;
use mde_indicator::Issue;
use serde_json::Value;

fn fixtures() -> Value {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/extract.json"))
        .expect("tests/fixtures/extract.json is readable");
    serde_json::from_str(&text).expect("extract.json is valid JSON")
}

fn profile(case: &Value) -> &'static Profile {
    Profile::by_name(case["profile"].as_str().unwrap_or("current")).expect("known profile")
}

fn codes(issues: &[Issue]) -> Value {
    issues.iter().map(|i| Value::from(i.code())).collect()
}

#[test]
fn extract_cases() {
    for case in fixtures()["extract"].as_array().expect("extract cases") {
        let name = case["name"].as_str().unwrap_or_default();
        let text = case["text"].as_str().expect("text");
        let options = ExtractOptions { profile: profile(case), unique: case["unique"].as_bool().unwrap_or(false) };
        let found = extract(text, &options);
        let got: Vec<Value> =
            found.iter().map(|f| serde_json::json!([f.indicator_type.as_str(), f.value, f.text, f.defanged])).collect();
        assert_eq!(Value::from(got), case["found"], "{name}");
        let units: Vec<u16> = text.encode_utf16().collect();
        for f in &found {
            assert_eq!(text.get(f.byte_start..f.byte_end), Some(f.text.as_str()), "{name}: bytes");
            let slice = String::from_utf16(units.get(f.start..f.end).unwrap_or_default()).ok();
            assert_eq!(slice.as_deref(), Some(f.text.as_str()), "{name}: UTF-16 offsets");
            assert_eq!(f.submittable, f.errors.is_empty(), "{name}");
        }
        for (key, pick) in [("errors", true), ("warnings", false)] {
            if let Some(expected) = case[key].as_array() {
                let got: Vec<Value> = found.iter().map(|f| codes(if pick { &f.errors } else { &f.warnings })).collect();
                assert_eq!(&got, expected, "{name}: {key}");
            }
        }
    }
}

#[test]
fn detect_type_cases() {
    let current = Profile::by_name("current").expect("current");
    for row in fixtures()["detectType"].as_array().expect("detectType cases") {
        let input = row[0].as_str().expect("input");
        let detected = detect_type(input, current);
        let got = serde_json::json!([
            input,
            detected.indicator_type.map(|t| t.as_str()),
            detected.value,
            detected.submittable
        ]);
        assert_eq!(&got, row, "{input}");
    }
}

#[test]
fn defang_cases_round_trip() {
    for row in fixtures()["defang"].as_array().expect("defang cases") {
        let (plain, defanged) = (row[0].as_str().expect("plain"), row[1].as_str().expect("defanged"));
        assert_eq!(defang(plain), defanged);
        assert_eq!(refang(defanged), plain);
    }
}

/// The kinds the corpus is scored by: the three hash types together, as the targets are.
fn kind(indicator_type: &str) -> &str {
    match indicator_type {
        "FileMd5" | "FileSha1" | "FileSha256" => "hash",
        other => other,
    }
}

/// Precision and recall on tests/fixtures/reports/, per kind, against each report's ground
/// truth; and how many of the file names of sample tables and of the detection names come back
/// as domains. Run with `-- --nocapture` to see the table.
#[test]
fn corpus_precision_and_recall() {
    use std::collections::{BTreeMap, BTreeSet};
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/reports/");
    let truth: Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{dir}truth.json")).expect("truth.json")).expect("JSON");
    let options = ExtractOptions { profile: Profile::by_name("current").expect("current"), unique: true };
    // kind -> (expected, right, found, missed and wrong values for the message)
    let mut tally: BTreeMap<String, (usize, usize, usize, Vec<String>)> = BTreeMap::new();
    let (mut file_names, mut file_names_as_domains, mut detections, mut detections_as_domains) = (0, 0, 0, Vec::new());
    let (mut prose_names, mut prose_names_as_domains) = (0, 0);
    for report in truth["reports"].as_array().expect("reports") {
        let file = report["file"].as_str().expect("file");
        let text = std::fs::read_to_string(format!("{dir}{file}")).expect("report");
        let found: BTreeSet<(String, String)> =
            extract(&text, &options).into_iter().map(|f| (f.indicator_type.as_str().to_string(), f.value)).collect();
        let expected: BTreeSet<(String, String)> = report["indicators"]
            .as_array()
            .expect("indicators")
            .iter()
            .map(|pair| (pair[0].as_str().expect("type").to_string(), pair[1].as_str().expect("value").to_string()))
            .collect();
        for (indicator_type, value) in &expected {
            let entry = tally.entry(kind(indicator_type).to_string()).or_default();
            entry.0 += 1;
            if found.contains(&(indicator_type.clone(), value.clone())) {
                entry.1 += 1;
            } else {
                entry.3.push(format!("{file}: missed {indicator_type} {value}"));
            }
        }
        for (indicator_type, value) in &found {
            let entry = tally.entry(kind(indicator_type).to_string()).or_default();
            entry.2 += 1;
            if !expected.contains(&(indicator_type.clone(), value.clone())) {
                entry.3.push(format!("{file}: wrong {indicator_type} {value}"));
            }
        }
        let domains: Vec<&str> = found.iter().filter(|(t, _)| t == "DomainName").map(|(_, v)| v.as_str()).collect();
        for name in report["fileNames"].as_array().expect("fileNames") {
            file_names += 1;
            let name = name.as_str().expect("name").to_ascii_lowercase();
            file_names_as_domains += usize::from(domains.contains(&name.as_str()));
        }
        for name in report["proseFileNames"].as_array().expect("proseFileNames") {
            prose_names += 1;
            let name = name.as_str().expect("name").to_ascii_lowercase();
            prose_names_as_domains += usize::from(domains.contains(&name.as_str()));
        }
        for name in report["detectionNames"].as_array().expect("detectionNames") {
            detections += 1;
            let name = name.as_str().expect("name").to_ascii_lowercase();
            if domains.iter().any(|domain| name.contains(domain)) {
                detections_as_domains.push(name);
            }
        }
    }
    println!("{:<22} {:>8} {:>6} {:>6} {:>8} {:>9}", "kind", "expected", "right", "found", "recall", "precision");
    let percent = |part: usize, whole: usize| if whole == 0 { 100.0 } else { 100.0 * part as f64 / whole as f64 };
    for (kind, (expected, right, found, _)) in &tally {
        let (recall, precision) = (percent(*right, *expected), percent(*right, *found));
        println!("{kind:<22} {expected:>8} {right:>6} {found:>6} {recall:>7.1}% {precision:>8.1}%");
    }
    let file_rate = percent(file_names_as_domains, file_names);
    let detection_rate = percent(detections_as_domains.len(), detections);
    println!("file names reported as domains: {file_names_as_domains} of {file_names} ({file_rate:.1}%)");
    println!("file names in sentences reported as domains: {prose_names_as_domains} of {prose_names} (not a target)");
    println!(
        "detection names reported as domains: {} of {detections} ({detection_rate:.1}%)",
        detections_as_domains.len()
    );
    let details: Vec<&String> = tally.values().flat_map(|(_, _, _, notes)| notes).collect();
    for (kind, target) in [("Url", 95.0), ("DomainName", 95.0), ("IpAddress", 99.0), ("hash", 99.0)] {
        let (expected, right, _, _) = tally.get(kind).cloned().unwrap_or_default();
        assert!(percent(right, expected) >= target, "{kind} recall below {target}%: {details:#?}");
    }
    assert!(file_rate <= 1.0, "file names as domains: {file_rate:.1}% {details:#?}");
    assert!(detection_rate <= 5.0, "detection names as domains: {detections_as_domains:?}");
}
