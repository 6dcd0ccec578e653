//! No input makes the core panic (a panic in wasm poisons the module for every later call).
//! Deterministic sweep: every prefix of every fixture text and thousands of byte mutations of
//! them, in every profile, must give a consistent verdict. Debug builds also trap arithmetic
//! overflow, so this covers that too. Coverage-guided fuzzing is a separate, longer job.

use mde_indicator::{validate_json, Options};

fn fixture_texts() -> Vec<String> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/cases.json"))
        .expect("cases.json is readable");
    let doc: serde_json::Value = serde_json::from_str(&text).expect("cases.json is JSON");
    let mut texts: Vec<String> = doc["bases"].as_object().into_iter().flatten().map(|(_, v)| v.to_string()).collect();
    for case in doc["cases"].as_array().into_iter().flatten() {
        if let Some(t) = case["inputText"].as_str() {
            texts.push(t.chars().take(2_000).collect());
        } else if !case["input"].is_null() {
            texts.push(case["input"].to_string());
        } else if let Some(set) = case["set"].as_object() {
            let mut base = doc["bases"][case["base"].as_str().unwrap_or_default()].clone();
            for (k, v) in set {
                base[k] = v.clone();
            }
            texts.push(base.to_string());
        }
    }
    texts
}

fn check(text: &str, options: &Options) {
    let report = validate_json(text, options);
    assert_eq!(report.valid, report.errors.is_empty(), "{text:?}");
    assert_eq!(report.valid, report.payload.is_some(), "{text:?}");
    assert!(report.errors.iter().chain(&report.warnings).all(|i| {
        let path = i.path.as_pointer();
        path.is_empty() || path.starts_with('/')
    }));
    let _ = report.to_json();
}

#[test]
fn prefixes_and_mutations_never_panic() {
    let profiles: Vec<Options> = ["2020", "2021", "2022", "current"]
        .iter()
        .map(|p| Options::new(p).expect("profile").with_now_millis(1.7e12))
        .collect();
    // A small deterministic generator (xorshift) so failures reproduce.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let interesting = [b'"', b'\\', b'{', b'}', b'[', b']', b',', b':', b'0', b'-', b'.', b'/', b'*', b' ', 0xC3, 0x00];
    let mut runs = 0;
    for text in fixture_texts() {
        for options in &profiles {
            for end in (0..text.len()).filter(|i| text.is_char_boundary(*i)) {
                check(&text[..end], options);
                runs += 1;
            }
            for _ in 0..200 {
                let mut bytes = text.clone().into_bytes();
                let len = bytes.len().max(1) as u64;
                for _ in 0..1 + next() % 3 {
                    let at = (next() % len) as usize;
                    let byte = interesting[(next() % interesting.len() as u64) as usize];
                    if at < bytes.len() {
                        bytes[at] = byte;
                    }
                }
                // The core takes &str: mutations that break UTF-8 are the binding's concern.
                if let Ok(mutated) = String::from_utf8(bytes) {
                    check(&mutated, options);
                    runs += 1;
                }
            }
        }
    }
    assert!(runs > 100_000, "only {runs} runs");
}
