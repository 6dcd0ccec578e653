//! Runs tests/fixtures/feeds.json through the Rust API (tests/node/feeds.test.mjs runs the same
//! file through the built package), then checks coverage: every skip code and every pattern
//! fault is produced by some case, every MISP type that maps is mapped by one, and the skip
//! table agrees with the TypeScript types and the README.

use mde_indicator::feeds::{self, skip, stix_pattern::Fault, FeedKind, FeedOptions, FeedReader, FeedReport};
use mde_indicator::profile::Profile;
use serde_json::{json, Map, Value};
use std::collections::BTreeSet;

fn doc() -> Value {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/feeds.json"))
        .expect("tests/fixtures/feeds.json is readable");
    serde_json::from_str(&text).expect("feeds.json is valid JSON")
}

/// `base` with `set` applied: a null removes the key.
fn merged(base: &Value, set: &Value) -> Map<String, Value> {
    let mut object = base.as_object().cloned().unwrap_or_default();
    for (key, value) in set.as_object().into_iter().flatten() {
        if value.is_null() {
            object.remove(key);
        } else {
            object.insert(key.clone(), value.clone());
        }
    }
    object
}

/// The feed text of a case (the same rules as tests/node/feeds.test.mjs).
fn input_text(doc: &Value, case: &Value) -> String {
    if let Some(text) = case["inputText"].as_str() {
        return text.to_string();
    }
    if !case["input"].is_null() {
        return case["input"].to_string();
    }
    if let Some(indicator) = case.get("indicator") {
        let mut object = merged(&doc["bases"]["stix"], &indicator["set"]);
        if let Some(parts) = indicator["patternParts"].as_array() {
            let pattern: String = parts
                .iter()
                .map(|part| part[0].as_str().unwrap_or_default().repeat(part[1].as_u64().unwrap_or(0) as usize))
                .collect();
            object.insert("pattern".into(), pattern.into());
        } else if let Some(pattern) = indicator.get("pattern") {
            if !object.contains_key("pattern") {
                object.insert("pattern".into(), pattern.clone());
            }
        }
        return Value::Object(object).to_string();
    }
    let mut event = merged(&doc["bases"]["mispEvent"], &case["event"]);
    event.insert("Attribute".into(), json!([case["attribute"]]));
    json!({ "Event": event }).to_string()
}

fn options_of(doc: &Value, case: &Value) -> FeedOptions {
    let options = case["options"].as_object().cloned().unwrap_or_default();
    let profile = options.get("profile").and_then(Value::as_str).unwrap_or("current");
    let now = mde_indicator::Options::new(profile)
        .and_then(|o| o.with_now(doc["now"].as_str().unwrap_or_default()))
        .expect("a known profile and a valid now");
    let mut feed = FeedOptions::new(now.profile).read_json(&Value::Object(options).to_string());
    feed.now = now.now;
    feed
}

fn run(doc: &Value, case: &Value) -> FeedReport {
    let kind = FeedKind::parse(case["format"].as_str().unwrap_or_default()).expect("format stix or misp");
    feeds::read(&input_text(doc, case), Some(kind), options_of(doc, case))
}

fn pairs<T>(list: &[T], pair: impl Fn(&T) -> (String, String)) -> Vec<(String, String)> {
    list.iter().map(pair).collect()
}

fn expected_pairs(list: &Value) -> Vec<(String, String)> {
    list.as_array()
        .into_iter()
        .flatten()
        .map(|p| (p[0].as_str().unwrap_or_default().to_string(), p[1].as_str().unwrap_or_default().to_string()))
        .collect()
}

/// What is wrong with one case's report, if anything.
fn check(case: &Value, report: &FeedReport) -> Vec<String> {
    let expect = &case["expect"];
    let mut wrong = Vec::new();
    let mut compare = |what: &str, got: Value, want: &Value| {
        if !want.is_null() && got != *want {
            wrong.push(format!("{what}: got {got}, expected {want}"));
        }
    };
    let indicators: Vec<Value> =
        report.indicators.iter().map(|i| serde_json::to_value(&i.indicator).unwrap_or_default()).collect();
    let got_indicators = pairs(&indicators, |i| {
        (
            i["indicatorType"].as_str().unwrap_or_default().into(),
            i["indicatorValue"].as_str().unwrap_or_default().into(),
        )
    });
    compare("indicators", json!(got_indicators), &json!(expected_pairs(&expect["indicators"])));
    compare(
        "skipped",
        json!(pairs(&report.skipped, |s| (s.path.clone(), s.skip.code().into()))),
        &json!(expected_pairs(&expect["skipped"])),
    );
    compare(
        "errors",
        json!(pairs(&report.errors, |e| (e.path.as_pointer(), e.code().into()))),
        &json!(expected_pairs(&expect["errors"])),
    );
    compare("indicator", indicators.first().cloned().unwrap_or_default(), &expect["indicator"]);
    compare("indicatorsFull", json!(indicators), &expect["indicatorsFull"]);
    for (key, want) in expect["indicatorFields"].as_object().into_iter().flatten() {
        // null: the field must be absent, which `Value` indexing also gives as null.
        let got = indicators.first().map(|i| i.get(key).cloned().unwrap_or(json!("(absent)"))).unwrap_or_default();
        let want = if want.is_null() { json!("(absent)") } else { want.clone() };
        compare(&format!("field {key}"), got, &want);
    }
    let sources: Vec<Value> =
        report.indicators.iter().map(|i| serde_json::to_value(&i.source).unwrap_or_default()).collect();
    compare("source", sources.first().cloned().unwrap_or_default(), &expect["source"]);
    compare("sources", json!(sources), &expect["sources"]);
    compare("summary", serde_json::to_value(&report.summary).unwrap_or_default(), &expect["summary"]);
    let field = |name: &str| json!(indicators.iter().map(|i| i[name].clone()).collect::<Vec<_>>());
    compare("titles", field("title"), &expect["titles"]);
    compare("descriptions", field("description"), &expect["descriptions"]);
    for (at, want) in expect["params"].as_array().into_iter().flatten().enumerate() {
        let got = report
            .skipped
            .get(at)
            .map(|s| serde_json::to_value(s).unwrap_or_default()["params"].clone())
            .unwrap_or_default();
        for (key, value) in want.as_object().into_iter().flatten() {
            compare(&format!("skipped {at} params.{key}"), got[key].clone(), value);
        }
    }
    for skipped in &report.skipped {
        let written = serde_json::to_value(skipped).unwrap_or_default();
        if written["message"].as_str().is_none_or(str::is_empty) || !written["params"].is_object() {
            wrong.push(format!("skipped entry without message or params: {written}"));
        }
    }
    wrong
}

#[test]
fn fixture_cases() {
    let doc = doc();
    let cases = doc["cases"].as_array().expect("cases");
    let mut failures = Vec::new();
    for case in cases {
        let wrong = check(case, &run(&doc, case));
        if !wrong.is_empty() {
            failures.push(format!("{}: {}", case["name"].as_str().unwrap_or("?"), wrong.join("; ")));
        }
    }
    assert!(cases.len() > 100, "only {} cases: is feeds.json complete?", cases.len());
    assert!(failures.is_empty(), "{} failing:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn every_skip_code_pattern_fault_and_misp_type_has_a_case() {
    let doc = doc();
    let (mut codes, mut faults, mut misp_types) = (BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
    for case in doc["cases"].as_array().expect("cases") {
        let report = run(&doc, case);
        for skipped in &report.skipped {
            codes.insert(skipped.skip.code());
            if let skip::Skip::StixInvalidPattern { reason, .. } = skipped.skip {
                faults.insert(reason.token());
            }
        }
        if !report.indicators.is_empty() {
            misp_types.extend(case["attribute"]["type"].as_str().map(str::to_string));
        }
    }
    let missing: Vec<_> = skip::ALL.iter().map(|(code, _)| *code).filter(|c| !codes.contains(c)).collect();
    assert!(missing.is_empty(), "skip codes no fixture produces: {missing:?}");
    let missing: Vec<_> = Fault::ALL.iter().map(|f| f.token()).filter(|f| !faults.contains(f)).collect();
    assert!(missing.is_empty(), "pattern faults no fixture produces: {missing:?}");
    let missing: Vec<_> = feeds::misp_types().filter(|t| !misp_types.contains(*t)).collect();
    assert!(missing.is_empty(), "MISP types no fixture maps: {missing:?}");
}

#[test]
fn the_skip_table_is_what_the_types_and_the_readme_say() {
    let root = env!("CARGO_MANIFEST_DIR");
    let types = std::fs::read_to_string(format!("{root}/index.d.ts")).unwrap_or_default();
    let readme = std::fs::read_to_string(format!("{root}/README.md")).unwrap_or_default();
    let params =
        types.split("export interface SkipParams {").nth(1).and_then(|rest| rest.split("\n}").next()).unwrap_or("");
    let mut declared = 0;
    for (code, keys) in skip::ALL {
        let line = params.lines().find(|l| l.trim_start().starts_with(&format!("{code}: "))).unwrap_or("");
        assert!(!line.is_empty(), "index.d.ts SkipParams lacks {code}");
        for key in *keys {
            assert!(line.contains(&format!(" {key}: ")), "SkipParams.{code} lacks {key}: {line}");
        }
        if keys.is_empty() {
            assert!(line.contains(": Empty;"), "SkipParams.{code} should be Empty: {line}");
        }
        let row = readme.lines().find(|l| l.starts_with(&format!("| `{code}` |"))).unwrap_or("");
        assert!(!row.is_empty(), "README.md does not document `{code}`");
        for key in *keys {
            assert!(row.contains(&format!("`{key}`")), "README row of `{code}` does not name its param `{key}`");
        }
        declared += 1;
    }
    let entries = params
        .lines()
        .filter(|l| {
            l.trim_start()
                .split(':')
                .next()
                .is_some_and(|k| !k.is_empty() && k.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'))
        })
        .count();
    assert_eq!(entries, declared, "SkipParams has codes the table does not");
    let faults = types.split("export type PatternFault =").nth(1).and_then(|rest| rest.split(';').next()).unwrap_or("");
    assert_eq!(faults.matches('\'').count(), Fault::ALL.len() * 2, "PatternFault and Fault::ALL differ: {faults}");
    for fault in Fault::ALL {
        assert!(faults.contains(&format!("'{}'", fault.token())), "index.d.ts PatternFault lacks '{}'", fault.token());
        assert!(
            readme.contains(&format!("`{}`", fault.token())),
            "README.md does not list the pattern fault `{}`",
            fault.token()
        );
    }
    for misp_type in feeds::misp_types() {
        // In a table a `|` is escaped, even inside code.
        let written = misp_type.replace('|', "\\|");
        assert!(readme.contains(&format!("`{written}`")), "README.md does not list the MISP type `{misp_type}`");
    }
    for (level, severity) in [("1", "High"), ("2", "Medium"), ("3", "Low")] {
        assert_eq!(feeds::severity_of_threat_level(level).map(|s| s.as_str()), Some(severity));
        assert!(readme.contains(&format!("| `{level}` | `{severity}` |")), "README.md lacks threat level {level}");
    }
}

#[test]
fn bytes_that_are_not_utf8_are_an_input_error() {
    let options = FeedOptions::new(Profile::by_name("current").unwrap());
    let (_, reader) = FeedReader::from_bytes(b"{\"objects\": [\"\xff\"]}".to_vec(), None, options);
    let codes: Vec<_> = reader.errors().iter().map(|e| (e.path.as_pointer(), e.code())).collect();
    assert_eq!(codes, [(String::new(), "invalid_utf8")]);
}

#[test]
fn a_reader_gives_the_same_entries_in_chunks_as_at_once() {
    let doc = doc();
    for case in doc["cases"].as_array().expect("cases") {
        let text = input_text(&doc, case);
        let kind = FeedKind::parse(case["format"].as_str().unwrap_or_default());
        let whole = feeds::read(&text, kind, options_of(&doc, case));
        let mut reader = FeedReader::new(&text, kind, options_of(&doc, case));
        let (mut indicators, mut skipped) = (Vec::new(), Vec::new());
        while reader.remaining() > 0 {
            let chunk = reader.next_chunk(&text, 1);
            indicators.extend(chunk.indicators);
            skipped.extend(chunk.skipped);
        }
        assert_eq!(indicators, whole.indicators, "{}", case["name"]);
        assert_eq!(skipped, whole.skipped, "{}", case["name"]);
        assert_eq!(reader.summary(), &whole.summary, "{}", case["name"]);
    }
}

#[test]
fn detection_finds_each_fixture_s_format() {
    let doc = doc();
    for case in doc["cases"].as_array().expect("cases") {
        let text = input_text(&doc, case);
        if case["expect"]["errors"].as_array().is_some_and(|e| !e.is_empty()) {
            continue;
        }
        let want = FeedKind::parse(case["format"].as_str().unwrap_or_default());
        assert_eq!(feeds::detect(&text), want, "{}", case["name"]);
    }
}
