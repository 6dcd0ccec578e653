//! Runs tests/fixtures/cases.json through the Rust API (the Node tests run the same file
//! through the built package), then checks coverage: every issue code is produced by some
//! case, every enum value of every profile is accepted, and the payload keeps the documented
//! key order.

use mde_indicator::issue::ALL_CODES;
use mde_indicator::model::{Action, Field, IndicatorType};
use mde_indicator::profile::{Profile, PROFILES};
use mde_indicator::{validate_json, Options, Report};
use serde_json::{json, Map, Value};
use std::collections::BTreeSet;

fn fixtures() -> Value {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/cases.json"))
        .expect("tests/fixtures/cases.json is readable");
    serde_json::from_str(&text).expect("cases.json is valid JSON")
}

/// The JSON text of a case's input: `inputText`, `input`, or `base` with `set`/`unset`.
fn input_text(doc: &Value, case: &Value) -> String {
    if let Some(text) = case["inputText"].as_str() {
        return text.to_string();
    }
    if !case["input"].is_null() {
        return case["input"].to_string();
    }
    let base = case["base"].as_str().expect("case has input, inputText or base");
    let mut object: Map<String, Value> = doc["bases"][base].as_object().expect("known base").clone();
    for key in case["unset"].as_array().into_iter().flatten() {
        object.remove(key.as_str().unwrap_or_default());
    }
    for (key, value) in case["set"].as_object().into_iter().flatten() {
        object.insert(key.clone(), value.clone());
    }
    Value::Object(object).to_string()
}

fn pairs(issues: &[mde_indicator::Issue]) -> BTreeSet<(String, String)> {
    issues.iter().map(|i| (i.path.clone(), i.code().to_string())).collect()
}

fn expected_pairs(list: &Value) -> BTreeSet<(String, String)> {
    list.as_array()
        .into_iter()
        .flatten()
        .map(|p| {
            (
                p[0].as_str().unwrap_or_default().to_string(),
                p[1].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

fn run(doc: &Value, case: &Value, profile: &str) -> Report<'static> {
    let mut options = Options::new(profile)
        .and_then(|o| o.with_now(doc["now"].as_str().unwrap_or_default()))
        .expect("options");
    options.allow_undocumented = case["allowUndocumented"].as_bool().unwrap_or(false);
    validate_json(&input_text(doc, case), &options).into_owned()
}

#[test]
fn fixture_cases() {
    let doc = fixtures();
    let mut failures = Vec::new();
    let mut runs = 0;
    for case in doc["cases"].as_array().expect("cases") {
        let name = case["name"].as_str().unwrap_or("?");
        for (profile, expect) in case["expect"].as_object().expect("expect") {
            runs += 1;
            let report = run(&doc, case, profile);
            let (errors, warnings) = (pairs(&report.errors), pairs(&report.warnings));
            let (want_errors, want_warnings) = (expected_pairs(&expect["errors"]), expected_pairs(&expect["warnings"]));
            let mut wrong = Vec::new();
            if errors != want_errors {
                wrong.push(format!("errors {errors:?}, expected {want_errors:?}"));
            }
            if warnings != want_warnings {
                wrong.push(format!("warnings {warnings:?}, expected {want_warnings:?}"));
            }
            if report.valid != want_errors.is_empty() || report.payload.is_some() != report.valid {
                wrong.push(format!(
                    "valid = {}, payload present = {}",
                    report.valid,
                    report.payload.is_some()
                ));
            }
            if !expect["payload"].is_null() {
                let payload = report
                    .payload
                    .as_ref()
                    .map(|p| serde_json::to_value(p).unwrap_or_default());
                if payload.as_ref() != Some(&expect["payload"]) {
                    wrong.push(format!("payload {payload:?}, expected {}", expect["payload"]));
                }
            }
            // Every issue must be readable data: a message, and a params object.
            for issue in report.errors.iter().chain(&report.warnings) {
                let serialized = serde_json::to_value(issue).unwrap_or_default();
                if serialized["message"].as_str().is_none_or(str::is_empty) || !serialized["params"].is_object() {
                    wrong.push(format!("issue without message or params: {serialized}"));
                }
            }
            if !wrong.is_empty() {
                failures.push(format!("{name} [{profile}]: {}", wrong.join("; ")));
            }
        }
    }
    assert!(runs > 100, "only {runs} case runs: is cases.json complete?");
    assert!(
        failures.is_empty(),
        "{} failing:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_code_is_produced_by_a_fixture() {
    let doc = fixtures();
    let mut seen = BTreeSet::new();
    for case in doc["cases"].as_array().expect("cases") {
        for profile in case["expect"].as_object().expect("expect").keys() {
            let report = run(&doc, case, profile);
            seen.extend(report.errors.iter().chain(&report.warnings).map(|i| i.code()));
        }
    }
    let missing: Vec<_> = ALL_CODES
        .iter()
        .map(|(c, _)| *c)
        .filter(|c| !seen.contains(c))
        .collect();
    assert!(missing.is_empty(), "codes no fixture produces: {missing:?}");
}

#[test]
fn every_code_and_enum_value_is_documented() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap_or_default();
    let types = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.d.ts")).unwrap_or_default();
    let warning_union = types
        .split("export type WarningCode")
        .nth(1)
        .and_then(|rest| rest.split(';').next())
        .unwrap_or("");
    for (code, is_warning) in ALL_CODES {
        assert!(
            readme.contains(&format!("| `{code}` |")),
            "README.md does not document `{code}`"
        );
        assert!(
            types.contains(&format!("  {code}: ")),
            "index.d.ts IssueParams lacks {code}"
        );
        assert_eq!(
            warning_union.contains(&format!("'{code}'")),
            *is_warning,
            "WarningCode and {code} disagree"
        );
    }
    let values = IndicatorType::ALL
        .iter()
        .map(|t| t.as_str())
        .chain(Action::ALL.iter().map(|a| a.as_str()));
    for value in values.chain(mde_indicator::model::Severity::ALL.iter().map(|s| s.as_str())) {
        assert!(types.contains(&format!("'{value}'")), "index.d.ts lacks '{value}'");
    }
}

/// A value the service accepts for each type, and an action every profile allows for it.
fn sample(indicator_type: IndicatorType) -> &'static str {
    match indicator_type {
        IndicatorType::FileSha1 | IndicatorType::CertificateThumbprint => "220e7d15b011d7fac48f2bd61114db1022197f7f",
        IndicatorType::FileSha256 => "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        IndicatorType::FileMd5 => "d41d8cd98f00b204e9800998ecf8427e",
        IndicatorType::IpAddress => "8.8.8.8",
        IndicatorType::DomainName => "contoso.com",
        IndicatorType::Url => "http://contoso.com/block",
    }
}

fn check(profile: &Profile, body: Value) -> Report<'static> {
    validate_json(&body.to_string(), &Options::new(profile.name).expect("profile")).into_owned()
}

#[test]
fn every_type_and_action_of_each_profile_is_accepted_and_no_other() {
    for profile in PROFILES {
        for t in IndicatorType::ALL {
            let body = json!({"indicatorValue": sample(*t), "indicatorType": t.as_str(), "action": "Allowed", "title": "t", "description": "d"});
            let report = check(profile, body);
            let in_profile = profile.indicator_types.contains(t);
            assert_eq!(
                report.valid,
                in_profile,
                "{} in {}: {:?}",
                t.as_str(),
                profile.name,
                report.errors
            );
            if !in_profile {
                assert_eq!(report.errors.first().map(|e| e.code()), Some("enum_not_in_profile"));
            }
        }
        for action in Action::ALL {
            // Some type must take each action of the profile (with an alert where Audit needs one).
            let accepted_somewhere = profile.indicator_types.iter().any(|t| {
                let mut body = json!({"indicatorValue": sample(*t), "indicatorType": t.as_str(), "action": action.as_str(), "title": "t", "description": "d"});
                if profile.presence(Field::GenerateAlert).is_some() {
                    body["generateAlert"] = json!(true);
                }
                check(profile, body).valid
            });
            assert_eq!(
                accepted_somewhere,
                profile.actions.contains(action),
                "{} in {}",
                action.as_str(),
                profile.name
            );
        }
        for severity in mde_indicator::model::Severity::ALL {
            let body = json!({"indicatorValue": "8.8.8.8", "indicatorType": "IpAddress", "action": "Allowed", "title": "t", "description": "d", "severity": severity.as_str()});
            assert!(check(profile, body).valid, "{} in {}", severity.as_str(), profile.name);
        }
    }
}

#[test]
fn payload_keys_follow_the_documented_order() {
    let doc = fixtures();
    let case = doc["cases"]
        .as_array()
        .and_then(|cases| {
            cases
                .iter()
                .find(|c| c["name"].as_str().is_some_and(|n| n.starts_with("every field")))
        })
        .expect("the every-field case");
    let report = run(&doc, case, "current");
    let text = report.payload.map(|p| p.to_json()).unwrap_or_default();
    let positions: Vec<usize> = Field::ALL
        .iter()
        .filter_map(|f| text.find(&format!("\"{}\":", f.name())))
        .collect();
    assert_eq!(
        positions.len(),
        Field::ALL.len(),
        "every field is in the payload: {text}"
    );
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "keys out of documented order: {text}"
    );
}

#[test]
fn unknown_profile_and_bad_now_are_misuse_errors() {
    assert_eq!(
        Options::new("2019").err().map(|e| e.to_string()).as_deref(),
        Some("unknown profile \"2019\"; use one of 2020, 2021, 2022, current")
    );
    assert!(Options::new("current").and_then(|o| o.with_now("yesterday")).is_err());
}
