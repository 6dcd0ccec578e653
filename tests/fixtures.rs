//! Runs tests/fixtures/cases.json through the Rust API (the Node tests run the same file
//! through the built package), then checks coverage: every issue code is produced by some
//! case, every enum value of every profile is accepted, and the payload keeps the documented
//! key order.

use mde_indicator::batch::{self, plan, service, BatchOptions, BatchValidator, Format};
use mde_indicator::issue::{Expected, IpRange, Level, ParamKind, Reason, TokenSet, CODES};
use mde_indicator::model::{Action, Field, IndicatorType};
use mde_indicator::profile::{Profile, PROFILES};
use mde_indicator::{validate_encoded, validate_json, Options, Report};
use serde_json::{json, Map, Value};
use std::collections::BTreeSet;

fn fixtures() -> Value {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/cases.json"))
        .expect("tests/fixtures/cases.json is readable");
    serde_json::from_str(&text).expect("cases.json is valid JSON")
}

/// The JSON text of a case's input: `inputText`, `input`, or `base` with `set`/`unset`
/// (`encodedText` is read in `run`).
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

/// Each issue as `(path, code, params)`, params as key-sorted JSON text.
fn pairs(issues: &[mde_indicator::Issue]) -> BTreeSet<(String, String, String)> {
    issues.iter().map(|i| (i.path.as_pointer(), i.code().to_string(), params_of(i).to_string())).collect()
}

fn params_of(issue: &mde_indicator::Issue) -> Value {
    serde_json::from_str(&issue.kind.params_json()).unwrap_or_default()
}

/// A fixture's `[path, code, params]` triples.
fn expected_pairs(list: &Value) -> BTreeSet<(String, String, String)> {
    list.as_array()
        .into_iter()
        .flatten()
        .map(|p| {
            (
                p[0].as_str().unwrap_or_default().to_string(),
                p[1].as_str().unwrap_or_default().to_string(),
                p[2].to_string(),
            )
        })
        .collect()
}

/// Whether a param value is what its kind promises: a token of its declared set, or a value
/// found in the input (the text as given or JSON-escaped).
fn param_is_data(kind: &ParamKind, value: &Value, input: &str) -> bool {
    let tokens = |all: Vec<&str>| value.as_str().is_some_and(|v| all.contains(&v));
    match kind {
        ParamKind::Optional(inner) => value.is_null() || param_is_data(inner, value, input),
        ParamKind::Number => value.is_u64(),
        ParamKind::Boolean => value.is_boolean(),
        ParamKind::Input => value.as_str().is_some_and(|v| {
            let escaped = Value::String(v.to_string()).to_string();
            input.contains(v) || input.contains(escaped.trim_matches('"'))
        }),
        ParamKind::Derived | ParamKind::TypeName => value.is_string(),
        ParamKind::Field => tokens(Field::ALL.iter().map(|f| f.name()).collect()),
        ParamKind::Profile => tokens(Profile::names().collect()),
        ParamKind::IndicatorType => tokens(IndicatorType::ALL.iter().map(|t| t.as_str()).collect()),
        ParamKind::Action => tokens(Action::ALL.iter().map(|a| a.as_str()).collect()),
        ParamKind::EnumValue => tokens(enum_values()),
        ParamKind::EnumValues => {
            value.as_array().is_some_and(|items| items.iter().all(|v| tokens_of(v, enum_values())))
        }
        ParamKind::Actions => {
            let actions: Vec<&str> = Action::ALL.iter().map(|a| a.as_str()).collect();
            value.as_array().is_some_and(|items| items.iter().all(|v| tokens_of(v, actions.clone())))
        }
        ParamKind::Reason => tokens(Reason::tokens()),
        ParamKind::Expected => tokens(Expected::tokens()),
        ParamKind::IpRange => tokens(IpRange::tokens()),
    }
}

fn tokens_of(value: &Value, all: Vec<&str>) -> bool {
    value.as_str().is_some_and(|v| all.contains(&v))
}

fn enum_values() -> Vec<&'static str> {
    let types = IndicatorType::ALL.iter().map(|t| t.as_str());
    let actions = Action::ALL.iter().map(|a| a.as_str());
    types.chain(actions).chain(mde_indicator::model::Severity::ALL.iter().map(|s| s.as_str())).collect()
}

fn run(doc: &Value, case: &Value, profile: &str) -> Report<'static> {
    let mut options =
        Options::new(profile).and_then(|o| o.with_now(doc["now"].as_str().unwrap_or_default())).expect("options");
    options.allow_undocumented = case["allowUndocumented"].as_bool().unwrap_or(false);
    match case["encodedText"].as_str() {
        Some(encoded) => validate_encoded(encoded, &options).into_owned(),
        None => validate_json(&input_text(doc, case), &options).into_owned(),
    }
}

#[test]
fn fixture_cases() {
    let doc = fixtures();
    let mut failures = Vec::new();
    let mut runs = 0;
    let mut pinned = Map::new();
    for (case_index, case) in doc["cases"].as_array().expect("cases").iter().enumerate() {
        let name = case["name"].as_str().unwrap_or("?");
        for (profile, expect) in case["expect"].as_object().expect("expect") {
            runs += 1;
            let report = run(&doc, case, profile);
            let listed = |issues: &[mde_indicator::Issue]| -> Vec<Value> {
                issues.iter().map(|i| json!([i.path, i.code(), params_of(i)])).collect()
            };
            pinned.insert(
                format!("{case_index}/{profile}"),
                json!({ "errors": listed(&report.errors), "warnings": listed(&report.warnings) }),
            );
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
                wrong.push(format!("valid = {}, payload present = {}", report.valid, report.payload.is_some()));
            }
            if !expect["payload"].is_null() {
                let payload = report.payload.as_ref().map(|p| serde_json::to_value(p).unwrap_or_default());
                if payload.as_ref() != Some(&expect["payload"]) {
                    wrong.push(format!("payload {payload:?}, expected {}", expect["payload"]));
                }
            }
            // Every issue must be readable data: a message, and params that are tokens or values
            // from the input.
            let input = case["encodedText"].as_str().map_or_else(|| input_text(&doc, case), str::to_string);
            for issue in report.errors.iter().chain(&report.warnings) {
                let info = CODES.iter().find(|c| c.code == issue.code()).expect("every code is in CODES");
                let params = params_of(issue);
                for param in info.params {
                    if !param_is_data(&param.kind, &params[param.key], &input) {
                        wrong.push(format!(
                            "{} params.{} = {} is not a {:?}",
                            issue.code(),
                            param.key,
                            params[param.key],
                            param.kind
                        ));
                    }
                }
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
    // The actual issues, for scripts/pin-fixture-params.mjs to pin after a reviewed change.
    if std::env::var_os("MDE_REGENERATE").is_some() {
        let out = concat!(env!("CARGO_MANIFEST_DIR"), "/target/fixture-issues.json");
        std::fs::write(out, Value::Object(pinned).to_string()).expect("target/ is writable");
    }
    assert!(failures.is_empty(), "{} failing:\n{}", failures.len(), failures.join("\n"));
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
    seen.extend(batch_codes());
    seen.extend(extract_codes());
    let missing: Vec<_> = CODES.iter().map(|c| c.code).filter(|c| !seen.contains(c)).collect();
    assert!(missing.is_empty(), "codes no fixture produces: {missing:?}");
}

#[test]
fn every_code_and_enum_value_is_documented() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap_or_default();
    let types = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.d.ts")).unwrap_or_default();
    let warning_union =
        types.split("export type WarningCode").nth(1).and_then(|rest| rest.split(';').next()).unwrap_or("");
    for info in CODES {
        let code = info.code;
        assert!(readme.contains(&format!("| `{code}` |")), "README.md does not document `{code}`");
        assert!(types.contains(&format!("  {code}: ")), "index.d.ts IssueParams lacks {code}");
        let is_warning = info.level == Level::Warning;
        assert_eq!(warning_union.contains(&format!("'{code}'")), is_warning, "WarningCode and {code} disagree");
    }
    let values = IndicatorType::ALL.iter().map(|t| t.as_str()).chain(Action::ALL.iter().map(|a| a.as_str()));
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
            assert_eq!(report.valid, in_profile, "{} in {}: {:?}", t.as_str(), profile.name, report.errors);
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
            assert_eq!(accepted_somewhere, profile.actions.contains(action), "{} in {}", action.as_str(), profile.name);
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
        .and_then(|cases| cases.iter().find(|c| c["name"].as_str().is_some_and(|n| n.starts_with("every field"))))
        .expect("the every-field case");
    let report = run(&doc, case, "current");
    let text = report.payload.map(|p| p.to_json()).unwrap_or_default();
    let positions: Vec<usize> = Field::ALL.iter().filter_map(|f| text.find(&format!("\"{}\":", f.name()))).collect();
    assert_eq!(positions.len(), Field::ALL.len(), "every field is in the payload: {text}");
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "keys out of documented order: {text}");
}

#[test]
fn unknown_profile_and_bad_now_are_misuse_errors() {
    assert_eq!(
        Options::new("2019").err().map(|e| e.to_string()).as_deref(),
        Some("unknown profile \"2019\"; use one of 2020, 2021, 2022, current")
    );
    assert!(Options::new("current").and_then(|o| o.with_now("yesterday")).is_err());
}

// ---- batches, files and the service's answers: tests/fixtures/batch.json ----

fn batch_fixtures() -> Value {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/batch.json"))
        .expect("tests/fixtures/batch.json is readable");
    serde_json::from_str(&text).expect("batch.json is valid JSON")
}

/// The input bytes of a batch case (see batch.json's description).
fn batch_input(doc: &Value, case: &Value) -> Vec<u8> {
    if let Some(text) = case["text"].as_str() {
        return text.as_bytes().to_vec();
    }
    if let Some(bytes) = case["bytes"].as_array() {
        return bytes.iter().map(|b| b.as_u64().unwrap_or(0) as u8).collect();
    }
    if !case["items"].is_null() {
        return case["items"].to_string().into_bytes();
    }
    let generate = &case["generate"];
    let times = generate["times"].as_u64().unwrap_or(0) as usize;
    match generate["format"].as_str() {
        Some("csv") => {
            let row = generate["row"].as_str().unwrap_or_default();
            let rows = vec![row; times].join("\r\n");
            format!("{}\r\n{rows}\r\n", doc["csvHeader"].as_str().unwrap_or_default()).into_bytes()
        }
        _ => json!({ "Indicators": vec![generate["row"].clone(); times] }).to_string().into_bytes(),
    }
}

fn run_batch(doc: &Value, case: &Value) -> batch::BatchReport<'static> {
    let validate =
        Options::new("current").and_then(|o| o.with_now(doc["now"].as_str().unwrap_or_default())).expect("options");
    let mut validator = BatchValidator::new(BatchOptions { validate, include_payloads: true, include_inputs: false });
    let input: &'static [u8] = Box::leak(batch_input(doc, case).into_boxed_slice());
    let mut report = validator.feed_bytes(input, case["format"].as_str().and_then(Format::parse));
    if report.errors.is_empty() {
        report.errors = validator.finish();
    }
    report
}

fn issue_pairs(issues: &[mde_indicator::Issue]) -> Vec<(String, String)> {
    let mut pairs: Vec<_> = issues.iter().map(|i| (i.path.as_pointer(), i.code().to_string())).collect();
    pairs.sort();
    pairs
}

fn expected_list(list: &Value) -> Vec<(String, String)> {
    let mut pairs: Vec<_> = expected_pairs(list).into_iter().map(|(path, code, _)| (path, code)).collect();
    pairs.sort();
    pairs
}

#[test]
fn batch_cases() {
    let doc = batch_fixtures();
    for case in doc["batches"].as_array().expect("batches") {
        let name = case["name"].as_str().unwrap_or("?");
        let report = run_batch(&doc, case);
        let expect = &case["expect"];
        assert_eq!(serde_json::to_value(report.summary).unwrap_or_default(), expect["summary"], "{name}: summary");
        assert_eq!(issue_pairs(&report.errors), expected_list(&expect["errors"]), "{name}: input errors");
        let Some(items) = expect["items"].as_array() else {
            continue;
        };
        assert_eq!(report.items.len(), items.len(), "{name}: item count");
        for (item, want) in report.items.iter().zip(items) {
            assert_eq!(json!(item.index), want[0], "{name}: index");
            assert_eq!(json!(item.line), want[1], "{name}: line of item {}", item.index);
            assert_eq!(issue_pairs(&item.errors), expected_list(&want[2]), "{name}: errors of item {}", item.index);
            assert_eq!(issue_pairs(&item.warnings), expected_list(&want[3]), "{name}: warnings of item {}", item.index);
            assert_eq!(item.valid, item.errors.is_empty());
            assert_eq!(item.payload.is_some(), item.valid, "{name}: payload of item {}", item.index);
        }
    }
}

#[test]
fn service_answers() {
    let doc = batch_fixtures();
    for case in doc["serviceErrors"].as_array().expect("serviceErrors") {
        let issue = service::read_service_error(case["body"].as_str().unwrap_or_default());
        let want = &case["expect"];
        assert_eq!((json!(issue.path), json!(issue.code())), (want[0].clone(), want[1].clone()), "{}", case["name"]);
        let params: Value = serde_json::from_str(&issue.kind.params_json()).unwrap_or_default();
        for (key, value) in want[2].as_object().into_iter().flatten() {
            assert_eq!(&params[key], value, "{}: params.{key}", case["name"]);
        }
    }
    for case in doc["importResponses"].as_array().expect("importResponses") {
        let response = service::read_import_response(case["body"].as_str().unwrap_or_default());
        let want = &case["expect"];
        assert_eq!(serde_json::to_value(response.summary).unwrap_or_default(), want["summary"], "{}", case["name"]);
        assert_eq!(issue_pairs(&response.errors), expected_list(&want["errors"]), "{}", case["name"]);
        let items: Vec<Value> =
            response.items.iter().map(|i| json!([i.index, i.failed, issue_pairs(&i.errors)])).collect();
        let want_items: Vec<Value> =
            want["items"].as_array().into_iter().flatten().map(|w| json!([w[0], w[1], expected_list(&w[2])])).collect();
        assert_eq!(items, want_items, "{}", case["name"]);
    }
}

#[test]
fn submission_plans() {
    let doc = batch_fixtures();
    for case in doc["plans"].as_array().expect("plans") {
        let profile = Profile::by_name(case["profile"].as_str().unwrap_or_default()).expect("profile");
        let plan = plan::plan_submission(
            case["count"].as_u64().unwrap_or(0),
            case["activeIndicators"].as_u64().unwrap_or(0),
            profile,
        );
        let got = serde_json::to_value(&plan).unwrap_or_default();
        let want = &case["expect"];
        assert_eq!(got["valid"], want["valid"], "{case}");
        let codes: Vec<&str> = plan.errors.iter().map(|e| e.code()).collect();
        assert_eq!(json!(codes), want["errors"], "{case}");
        for route in ["submit", "import"] {
            for key in ["calls", "minimumSeconds"] {
                assert_eq!(got[route][key], want[route][key], "{case}: {route}.{key}");
            }
        }
    }
}

#[test]
fn csv_writing_and_round_trip() {
    let doc = batch_fixtures();
    for case in doc["csvWrites"].as_array().expect("csvWrites") {
        let text = case["items"].to_string();
        let Ok(mde_indicator::json::Value::Array(items)) = mde_indicator::json::parse(&text) else { panic!("items") };
        match batch::csv::write(&items) {
            Ok(csv) => assert_eq!(json!(csv), case["expect"]["csv"], "{}", case["name"]),
            Err(errors) => {
                assert_eq!(issue_pairs(&errors), expected_list(&case["expect"]["errors"]), "{}", case["name"])
            }
        }
    }
    // CSV -> objects -> CSV gives the canonical file back unchanged.
    let original = doc["csvRoundTrip"].as_str().unwrap_or_default();
    let options = Options::new("current").and_then(|o| o.with_now("2026-01-01T00:00:00Z")).expect("options");
    let report = batch::validate_batch(
        original,
        None,
        BatchOptions { validate: options, include_payloads: true, include_inputs: false },
    );
    assert_eq!(report.summary.valid, 4, "{:?}", report.items);
    let payloads: Vec<Value> = report.items.iter().filter_map(|i| serde_json::to_value(&i.payload).ok()).collect();
    let text = Value::Array(payloads).to_string();
    let Ok(mde_indicator::json::Value::Array(items)) = mde_indicator::json::parse(&text) else { panic!("payloads") };
    assert_eq!(batch::csv::write(&items).as_deref(), Ok(original));
}

/// Every code the batch fixtures produce, for the coverage check.
/// The codes that only `extract` gives (`onion_service`), from the cases of extract.json.
fn extract_codes() -> BTreeSet<&'static str> {
    use mde_indicator::extract::{extract, ExtractOptions};
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/extract.json"))
        .expect("tests/fixtures/extract.json is readable");
    let doc: Value = serde_json::from_str(&text).expect("extract.json is valid JSON");
    let options = ExtractOptions { profile: Profile::by_name("current").expect("current"), unique: false };
    let cases = doc["extract"].as_array().into_iter().flatten();
    cases
        .flat_map(|case| extract(case["text"].as_str().unwrap_or_default(), &options))
        .flat_map(|found| found.errors.into_iter().chain(found.warnings))
        .map(|issue| issue.code())
        .collect()
}

fn batch_codes() -> BTreeSet<&'static str> {
    let doc = batch_fixtures();
    let mut seen = BTreeSet::new();
    let mut add = |issues: &[mde_indicator::Issue]| seen.extend(issues.iter().map(|i| i.code()));
    for case in doc["batches"].as_array().into_iter().flatten() {
        let report = run_batch(&doc, case);
        add(&report.errors);
        for item in &report.items {
            add(&item.errors);
            add(&item.warnings);
        }
    }
    for case in doc["serviceErrors"].as_array().into_iter().flatten() {
        add(&[service::read_service_error(case["body"].as_str().unwrap_or_default())]);
    }
    for case in doc["importResponses"].as_array().into_iter().flatten() {
        let response = service::read_import_response(case["body"].as_str().unwrap_or_default());
        add(&response.errors);
        response.items.iter().for_each(|i| add(&i.errors));
    }
    for case in doc["plans"].as_array().into_iter().flatten() {
        let profile = Profile::by_name(case["profile"].as_str().unwrap_or_default()).expect("profile");
        let count = case["count"].as_u64().unwrap_or(0);
        add(&plan::plan_submission(count, case["activeIndicators"].as_u64().unwrap_or(0), profile).errors);
    }
    for case in doc["csvWrites"].as_array().into_iter().flatten() {
        let text = case["items"].to_string();
        if let Ok(mde_indicator::json::Value::Array(items)) = mde_indicator::json::parse(&text) {
            if let Err(errors) = batch::csv::write(&items) {
                add(&errors);
            }
        }
    }
    seen
}
