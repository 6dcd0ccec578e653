//! What the fuzz targets check. Each entry point of the core gets arbitrary input and must
//! answer with a consistent verdict: not only "no panic", but a report whose JSON parses,
//! whose issue paths are JSON pointers, whose valid payloads validate again unchanged, and
//! whose batch counts add up. `tests/fuzz_corpus.rs` in the main crate includes this file to
//! replay the kept corpus and the crash reproducers in plain `cargo test`, without nightly.

use arbitrary::{Arbitrary, Unstructured};
use mde_indicator::batch::{self, BatchOptions, BatchReport, BatchValidator, Format};
use mde_indicator::extract::{self, ExtractOptions};
use mde_indicator::profile::Profile;
use mde_indicator::{validate_encoded, validate_json, Issue, Options, Report};

const PROFILES: [&str; 4] = ["2020", "2021", "2022", "current"];

fn options(profile: &str, allow_undocumented: bool) -> Options {
    let mut options = Options::new(profile).expect("a known profile");
    options.allow_undocumented = allow_undocumented;
    options
}

/// The profile and `allowUndocumented` for one input, from its length: each execution checks
/// one configuration (four times the executions per second of checking all of them), and a
/// mutation that changes the length tries the input in another one. The corpus replay
/// (`tests/fuzz_corpus.rs`) checks every input in every configuration.
pub fn configuration(data: &[u8]) -> Options {
    configurations().nth(data.len() % (2 * PROFILES.len())).expect("eight configurations")
}

/// Every profile, without and with `allowUndocumented`.
pub fn configurations() -> impl Iterator<Item = Options> {
    [false, true].into_iter().flat_map(|allow| PROFILES.iter().map(move |profile| options(profile, allow)))
}

/// RFC 6901: empty (the whole input), or `/`-separated segments where `~` only starts `~0`
/// or `~1`.
pub fn is_json_pointer(path: &str) -> bool {
    if path.is_empty() {
        return true;
    }
    path.starts_with('/') && path.split('~').skip(1).all(|after| after.starts_with(['0', '1']))
}

fn check_issues(issues: &[Issue], warnings: bool, context: &str) {
    for issue in issues {
        assert_eq!(issue.is_warning(), warnings, "{context}: {issue:?} is in the wrong list");
        let path = issue.path.as_pointer();
        assert!(is_json_pointer(&path), "{context}: path {path:?} is not a JSON pointer");
        assert!(!issue.kind.to_string().is_empty(), "{context}: {issue:?} has no message");
    }
}

/// The invariants of one report; `text` is what was validated, for the messages.
pub fn check_report(report: &Report<'_>, options: &Options, text: &str) {
    // The start of the input is enough to tell cases apart; the crash file has all of it.
    let shown = text.char_indices().nth(200).map_or(text, |(end, _)| &text[..end]);
    let context = format!("{shown:?} in profile {}", options.profile.name);
    assert_eq!(report.valid, report.errors.is_empty(), "{context}");
    assert_eq!(report.valid, report.payload.is_some(), "{context}: payload exactly when valid");
    check_issues(&report.errors, false, &context);
    check_issues(&report.warnings, true, &context);
    let answer: serde_json::Value = serde_json::from_str(&report.to_json()).expect("the report is JSON");
    assert_eq!(answer["errors"].as_array().map(Vec::len), Some(report.errors.len()), "{context}");
    if let Some(payload) = &report.payload {
        // What buildPayload returns, validated again, is valid and comes back unchanged.
        let sent = payload.to_json();
        let again = validate_json(&sent, options);
        assert!(again.valid, "{context}: its payload {sent} is invalid: {:?}", again.errors);
        assert_eq!(again.payload.map(|p| p.to_json()), Some(sent), "{context}: the payload changed");
    }
}

/// JSON text through `validate_json`, and as a batch (a JSON array).
pub fn json_text(data: &[u8]) {
    json_text_in(data, &configuration(data));
}

pub fn json_text_in(data: &[u8], options: &Options) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    check_report(&validate_json(text, options), options, text);
    let report = batch::validate_batch(text, Some(Format::Json), batch_options(true));
    check_batch(&report, text.as_bytes());
}

/// A JS-like value: what `js/api.mjs` hands to the core after `JSON.stringify` with its
/// replacer, including the tags for values that JSON cannot hold.
#[derive(Debug, Arbitrary)]
pub enum JsValue {
    Null,
    Bool(bool),
    Number(f64),
    String(JsString),
    Array(Vec<JsValue>),
    Object(Vec<(Key, JsValue)>),
    /// `{"\u0000mde": kind, "detail": ...}`, as the replacer writes it.
    Tagged(Tag, Option<JsString>),
}

/// Strings are mostly ones the rules care about, so that the fuzzer reaches deep rules.
#[derive(Debug, Arbitrary)]
pub enum JsString {
    Known(u8),
    /// UTF-16 code units as a JS string holds them: lone surrogates included.
    Units(Vec<u16>),
    Text(String),
}

#[derive(Debug, Arbitrary)]
pub enum Key {
    Field(u8),
    Other(JsString),
}

/// The kinds the binding tags (see `replacer` in js/api.mjs), and any other text, since a
/// user can write the tag into JSON text too.
#[derive(Debug, Arbitrary)]
pub enum Tag {
    Known(u8),
    Other(String),
}

const TAGS: &[&str] = &[
    "undefined",
    "function",
    "symbol",
    "bigint",
    "NaN",
    "Infinity",
    "-Infinity",
    "Date",
    "Invalid Date",
    "unreadable",
    "Map",
    "Set",
    "WeakMap",
    "WeakSet",
    "RegExp",
    "Promise",
    "Error",
    "String",
    "Number",
    "Boolean",
    "Uint8Array",
    "ArrayBuffer",
];

const FIELDS: &[&str] = &[
    "indicatorValue",
    "indicatorType",
    "action",
    "application",
    "title",
    "description",
    "expirationTime",
    "severity",
    "recommendedActions",
    "rbacGroupNames",
    "educateUrl",
    "generateAlert",
    "category",
    "mitreTechniques",
    "externalId",
    "bypassDurationHours",
    "IndicatorValue",
    "severty",
    "Indicators",
    "__proto__",
    "constructor",
    "detail",
];

const STRINGS: &[&str] = &[
    "",
    " ",
    "8.8.8.8",
    "10.0.0.1",
    "::ffff:10.0.0.1",
    "2001:4860:4860::8888",
    "8.8.8.0/24",
    "contoso.com",
    "xn--bcher-kva.de",
    "bücher.de",
    "http://contoso.com/block",
    "https://contoso.com/a?b=c",
    "contoso.com/path",
    "220e7d15b011d7fac48f2bd61114db1022197f7f",
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "d41d8cd98f00b204e9800998ecf8427e",
    "FileSha1",
    "FileSha256",
    "FileMd5",
    "CertificateThumbprint",
    "IpAddress",
    "DomainName",
    "Url",
    "Allowed",
    "Audit",
    "Warn",
    "Block",
    "BlockAndRemediate",
    "Alert",
    "AlertAndBlock",
    "Informational",
    "Low",
    "Medium",
    "High",
    "2026-06-01T02:00:00+02:00",
    "2026-06-01T00:00:00.12345678Z",
    "2020-12-12T00:00:00Z",
    "2024-02-30T00:00:00Z",
    "a,b, c",
    "Malware",
    "T1059.001",
    "true",
    "2026-01-01T00:00:00.000Z",
];

fn pick<'a>(table: &[&'a str], index: u8) -> &'a str {
    table[usize::from(index) % table.len()]
}

impl JsString {
    /// The JSON form `JSON.stringify` gives (lone surrogates escaped as `\udXXX`).
    fn write(&self, out: &mut String) {
        let units: Vec<u16> = match self {
            JsString::Known(i) => pick(STRINGS, *i).encode_utf16().collect(),
            JsString::Units(units) => units.clone(),
            JsString::Text(text) => text.encode_utf16().collect(),
        };
        out.push('"');
        for unit in char::decode_utf16(units.iter().copied()) {
            match unit {
                Ok('"') => out.push_str("\\\""),
                Ok('\\') => out.push_str("\\\\"),
                Ok(c) if c < ' ' => out.push_str(&format!("\\u{:04x}", u32::from(c))),
                Ok(c) => out.push(c),
                Err(lone) => out.push_str(&format!("\\u{:04x}", lone.unpaired_surrogate())),
            }
        }
        out.push('"');
    }
}

impl JsValue {
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            JsValue::Null => out.push_str("null"),
            JsValue::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            // The replacer tags what JSON has no number for.
            JsValue::Number(n) if n.is_nan() => write_tag(out, "NaN", None),
            JsValue::Number(n) if n.is_infinite() => {
                write_tag(out, if *n > 0.0 { "Infinity" } else { "-Infinity" }, None)
            }
            JsValue::Number(n) => out.push_str(&serde_json::to_string(n).expect("a finite number")),
            JsValue::String(s) => s.write(out),
            JsValue::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            JsValue::Object(members) => {
                out.push('{');
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    match key {
                        Key::Field(f) => JsString::Text(pick(FIELDS, *f).to_string()).write(out),
                        Key::Other(s) => s.write(out),
                    }
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
            JsValue::Tagged(tag, detail) => {
                let kind = match tag {
                    Tag::Known(i) => pick(TAGS, *i).to_string(),
                    Tag::Other(kind) => kind.clone(),
                };
                write_tag(out, &kind, detail.as_ref());
            }
        }
    }
}

fn write_tag(out: &mut String, kind: &str, detail: Option<&JsString>) {
    out.push_str("{\"\\u0000mde\":");
    JsString::Text(kind.to_string()).write(out);
    if let Some(detail) = detail {
        out.push_str(",\"detail\":");
        detail.write(out);
    }
    out.push('}');
}

/// A JS-like value tree, serialised as the binding does.
pub fn value_tree(data: &[u8]) {
    value_tree_in(data, &configuration(data));
}

pub fn value_tree_in(data: &[u8], options: &Options) {
    let Ok(tree) = JsValue::arbitrary_take_rest(Unstructured::new(data)) else { return };
    let text = tree.to_json();
    check_report(&validate_encoded(&text, options), options, &text);
}

/// The invariants of a batch report over `input`.
pub fn check_batch(report: &BatchReport<'_>, input: &[u8]) {
    let context = String::from_utf8_lossy(input.get(..200).unwrap_or(input)).into_owned();
    let summary = report.summary;
    assert_eq!(summary.total, report.items.len(), "{context:?}");
    assert_eq!(summary.valid + summary.invalid, summary.total, "{context:?}");
    assert_eq!(summary.valid, report.items.iter().filter(|i| i.valid).count(), "{context:?}");
    assert_eq!(summary.warnings, report.items.iter().map(|i| i.warnings.len()).sum::<usize>(), "{context:?}");
    check_issues(&report.errors, false, &context);
    // CSV also ends a line at a bare CR.
    let lines = input.iter().filter(|b| matches!(b, b'\n' | b'\r')).count() + 1;
    for (position, item) in report.items.iter().enumerate() {
        assert_eq!(item.index, report.items[0].index + position, "{context:?}: indices follow each other");
        assert_eq!(item.valid, item.errors.is_empty(), "{context:?}");
        assert_eq!(item.valid, item.payload.is_some(), "{context:?}: a payload exactly when valid");
        assert!(item.line.is_none_or(|line| (1..=lines).contains(&line)), "{context:?}: line {:?}", item.line);
        check_issues(&item.errors, false, &context);
        check_issues(&item.warnings, true, &context);
        let index = format!("/{}", item.index);
        for issue in item.errors.iter().chain(&item.warnings) {
            let path = issue.path.as_pointer();
            let inside = path.strip_prefix("/Indicators").unwrap_or(&path);
            let after = inside.strip_prefix(&index);
            assert!(
                after.is_some_and(|rest| rest.is_empty() || rest.starts_with('/')),
                "{context:?}: {path:?} is not inside item {}",
                item.index
            );
        }
    }
    let answer: serde_json::Value = serde_json::from_str(&report.to_json()).expect("the report is JSON");
    assert_eq!(answer["items"].as_array().map(Vec::len), Some(report.items.len()));
    // The compact form the JS binding gets holds exactly the same report.
    assert_eq!(expand_compact(&report.to_compact_json()), answer, "{context:?}: the compact form differs");
}

/// The full report from the compact form of src/batch/compact.rs, as js/api.mjs expands it.
fn expand_compact(compact: &str) -> serde_json::Value {
    use serde_json::{json, Value};
    let compact: Value = serde_json::from_str(compact).expect("the compact form is JSON");
    let issues = compact["issues"].as_array().expect("issues");
    let mut flat = compact["items"].as_array().expect("items").iter();
    let mut next = || flat.next().cloned();
    let mut items = Vec::new();
    while let Some(index) = next() {
        let mut item = json!({ "index": index });
        let line = next().expect("a line");
        if !line.is_null() {
            item["line"] = line;
        }
        let state = next().and_then(|s| s.as_u64()).expect("a state");
        item["valid"] = (state == 1 || state == 2).into();
        for list in ["errors", "warnings"] {
            let count = next().and_then(|c| c.as_u64()).expect("a count");
            let expanded: Vec<Value> = (0..count)
                .map(|_| {
                    let path = next().expect("a path");
                    let number = next().and_then(|n| n.as_u64()).expect("an issue number");
                    let described = issues.get(number as usize).expect("a numbered issue");
                    json!({ "path": path, "code": described["code"], "message": described["message"],
                        "params": described["params"] })
                })
                .collect();
            item[list] = expanded.into();
        }
        if state == 2 {
            item["payload"] = next().expect("a payload");
        }
        if state == 3 {
            item["input"] = next().expect("an input");
        }
        items.push(item);
    }
    json!({ "summary": compact["summary"], "errors": compact["errors"], "items": items })
}

/// Payloads and inputs come together or not at all: the two shapes a report has.
fn batch_options(include_payloads: bool) -> BatchOptions {
    BatchOptions { validate: options("current", false), include_payloads, include_inputs: include_payloads }
}

/// CSV in the portal's template, as text and as bytes.
pub fn csv_batch(data: &[u8]) {
    let from_bytes = BatchValidator::new(batch_options(true)).feed_bytes(data, Some(Format::Csv));
    check_batch(&from_bytes, data);
    if let Ok(text) = std::str::from_utf8(data) {
        let from_text = batch::validate_batch(text, Some(Format::Csv), batch_options(true));
        check_batch(&from_text, data);
        assert_eq!(from_text.items, from_bytes.items, "{text:?}: bytes and text differ");
    }
}

/// What a report says about one item (index, line, valid, errors, warnings), without the
/// payload, which borrows from its input.
type Verdict = (usize, Option<usize>, bool, Vec<Issue>, Vec<Issue>);

fn verdicts(report: &BatchReport<'_>) -> Vec<Verdict> {
    report.items.iter().map(|i| (i.index, i.line, i.valid, i.errors.clone(), i.warnings.clone())).collect()
}

/// NDJSON whole, then cut into chunks at line ends (as the CLI streams a file): the verdicts,
/// lines and duplicate warnings must not depend on where the chunks end.
pub fn ndjson_batch(data: &[u8]) {
    let Some((&cut_seed, input)) = data.split_first() else { return };
    let mut whole = BatchValidator::new(batch_options(true));
    let whole_report = whole.feed_bytes(input, Some(Format::Ndjson));
    check_batch(&whole_report, input);
    assert_eq!(whole.finish().is_empty(), whole.summary().total > 0);

    let mut chunked = BatchValidator::new(batch_options(false));
    let mut chunked_verdicts = Vec::new();
    let mut line_ends = 0usize;
    let mut rest = input;
    while !rest.is_empty() {
        // Cut after every (cut_seed % 4 + 1)-th line end.
        let mut end = rest.len();
        let mut seen = 0;
        for (i, b) in rest.iter().enumerate() {
            if *b == b'\n' {
                seen += 1;
                line_ends += 1;
                if seen == usize::from(cut_seed % 4) + 1 {
                    end = i + 1;
                    break;
                }
            }
        }
        let (chunk, next) = rest.split_at(end);
        let report = match std::str::from_utf8(chunk) {
            Ok(text) if cut_seed & 0x80 == 0 => chunked.feed(text, Format::Ndjson),
            _ => chunked.feed_bytes(chunk, Some(Format::Ndjson)),
        };
        assert!(report.items.iter().all(|i| i.payload.is_none()), "includePayloads: false");
        chunked_verdicts.extend(verdicts(&report));
        rest = next;
    }
    assert!(line_ends <= input.len());
    assert_eq!(
        chunked_verdicts,
        verdicts(&whole_report),
        "{:?}: chunks change the verdicts",
        String::from_utf8_lossy(input)
    );
    assert_eq!(chunked.summary(), whole.summary());
}

/// Findings in free text: offsets within the text, on character boundaries, in UTF-16 units
/// matching the byte offsets; each value the refanged text; `unique` a subset without repeats.
pub fn extract(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let profile = Profile::by_name("current").expect("current");
    let all = extract::extract(text, &ExtractOptions { profile, unique: false });
    // UTF-16 offset of every character boundary, counted once (per finding it would make
    // each execution quadratic in the number of findings).
    let mut utf16_at = vec![0; text.len() + 1];
    let mut units = 0;
    for (at, c) in text.char_indices() {
        utf16_at[at] = units;
        units += c.len_utf16();
    }
    utf16_at[text.len()] = units;
    let mut previous_start = 0;
    for found in &all {
        let (start, end) = (found.byte_start, found.byte_end);
        assert!(start < end && end <= text.len(), "{text:?}: {start}..{end}");
        assert!(text.is_char_boundary(start) && text.is_char_boundary(end), "{text:?}: {start}..{end}");
        assert!(start >= previous_start, "{text:?}: findings out of order");
        previous_start = start;
        assert_eq!(found.text, text[start..end], "{text:?}");
        assert_eq!((found.start, found.end), (utf16_at[start], utf16_at[end]), "{text:?}");
        // Refanged from its start on, since what follows can decide a token (`hxxp` counts
        // only before a colon, which may lie past the finding's end); 64 bytes past the end
        // are more than any token looks ahead.
        let window_end = (end + 64..=text.len()).find(|&i| text.is_char_boundary(i)).unwrap_or(text.len());
        // Less line breaks: a URL that a PDF broke across lines is joined in its value.
        let refanged = extract::refang(&text[start..window_end]).replace(['\r', '\n'], "");
        assert!(
            refanged.get(..found.value.len()).is_some_and(|r| r.eq_ignore_ascii_case(&found.value)),
            "{text:?}: value {:?} is not the refanged {:?}",
            found.value,
            found.text
        );
        assert_eq!(extract::refang(&extract::defang(&found.value)), found.value, "{text:?}: defang round trip");
        assert_eq!(found.submittable, found.errors.is_empty());
        check_issues(&found.errors, false, text);
        check_issues(&found.warnings, true, text);
    }
    let unique = extract::extract(text, &ExtractOptions { profile, unique: true });
    let mut kept = std::collections::HashSet::new();
    for found in &unique {
        assert!(kept.insert((found.indicator_type, found.value.clone())), "{text:?}: {} twice", found.value);
        assert!(all.contains(found), "{text:?}: unique found what extract did not");
    }
    assert_eq!(
        kept.len(),
        all.iter().map(|f| (f.indicator_type, f.value.clone())).collect::<std::collections::HashSet<_>>().len()
    );
    let _ = serde_json::to_string(&all).expect("findings serialise");
}

/// A feed, STIX or MISP: the first byte chooses how the rest is read (as STIX, as MISP, as
/// whatever `detect` says, or as one STIX indicator object with the rest as its pattern). The
/// report holds nothing when the input is unusable; else every skip path is a JSON pointer,
/// the summary counts what the lists hold, reading entry by entry gives the same lists, and an
/// indicator object whose pattern is a string always gives an indicator or a skip: nothing is
/// dropped without a word.
pub fn feeds(data: &[u8]) {
    use mde_indicator::feeds::{self, FeedKind, FeedOptions, FeedReader};
    let Some((&mode, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let profile = Profile::by_name(PROFILES[usize::from(mode >> 2) % PROFILES.len()]).expect("a profile");
    let mut options = FeedOptions::new(profile);
    options.now = Options::new("current").and_then(|o| o.with_now("2026-03-01T00:00:00Z")).expect("now").now;
    options.expires_in_days = (mode & 0x40 != 0).then_some(30);
    let wrapped;
    let (text, kind) = match mode % 4 {
        0 => (text, Some(FeedKind::Stix)),
        1 => (text, Some(FeedKind::Misp)),
        2 => (text, feeds::detect(text)),
        _ => {
            let pattern = serde_json::to_string(text).expect("a string");
            wrapped =
                format!(r#"{{"type":"indicator","id":"indicator--1","pattern_type":"stix","pattern":{pattern}}}"#);
            (wrapped.as_str(), Some(FeedKind::Stix))
        }
    };
    let report = feeds::read(text, kind, options.clone());
    let context = String::from_utf8_lossy(data.get(..200).unwrap_or(data)).into_owned();
    if !report.errors.is_empty() {
        assert!(
            report.indicators.is_empty() && report.skipped.is_empty(),
            "{context:?}: mapped despite {:?}",
            report.errors
        );
    }
    if mode % 4 == 3 {
        assert!(report.indicators.len() + report.skipped.len() >= 1, "{context:?}: the indicator object left no trace");
    }
    let summary = &report.summary;
    assert_eq!(summary.indicators, report.indicators.len(), "{context:?}");
    assert_eq!(summary.skipped, report.skipped.len(), "{context:?}");
    assert_eq!(summary.indicators_by_type.total(), summary.indicators, "{context:?}");
    assert_eq!(summary.skipped_by_code.total(), summary.skipped, "{context:?}");
    for skipped in &report.skipped {
        assert!(is_json_pointer(&skipped.path), "{context:?}: {:?}", skipped.path);
        assert!(!skipped.skip.to_string().is_empty(), "{context:?}: {skipped:?} has no message");
    }
    for indicator in &report.indicators {
        assert!(is_json_pointer(&indicator.source.path), "{context:?}: {:?}", indicator.source.path);
    }
    let answer: serde_json::Value =
        serde_json::from_str(&serde_json::to_string(&report).expect("serialises")).expect("JSON");
    assert_eq!(answer["indicators"].as_array().map(Vec::len), Some(report.indicators.len()));
    // Entry by entry, as the CLI reads a large feed.
    let mut reader = FeedReader::new(text, kind, options);
    let (mut indicators, mut skipped) = (Vec::new(), Vec::new());
    while reader.remaining() > 0 {
        let chunk = reader.next_chunk(text, usize::from(mode % 3) + 1);
        indicators.extend(chunk.indicators);
        skipped.extend(chunk.skipped);
    }
    assert_eq!(indicators, report.indicators, "{context:?}: chunks change the indicators");
    assert_eq!(skipped, report.skipped, "{context:?}: chunks change the skips");
}
