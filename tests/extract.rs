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
