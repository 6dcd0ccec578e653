//! The issue table (src/issue) is the one home of every code. This test generates the
//! TypeScript types of codes and params from it and fails when index.d.ts holds anything
//! else; it also fails when the README's table of codes lists other codes, in another order,
//! or with another kind. `MDE_REGENERATE=1 cargo test --test issue_table` rewrites the block
//! in index.d.ts. It also writes tests/fixtures/issue-table.json (codes, params, tokens and a
//! sample of every code with the core's English message), which the locale tests read.

use mde_indicator::issue::{Expected, IpRange, Level, ParamKind, Reason, TokenSet, CODES};
use mde_indicator::model::Field;
use mde_indicator::IssueKind;

const BEGIN: &str = "// <generated from src/issue by tests/issue_table.rs>";
const END: &str = "// </generated>";

fn union<T: TokenSet>() -> String {
    let tokens: Vec<String> = T::tokens().iter().map(|t| format!("'{t}'")).collect();
    format!("export type {} = {};\n", T::TYPE_NAME, tokens.join(" | "))
}

fn ts_type(kind: &ParamKind) -> String {
    match kind {
        ParamKind::Number => "number".into(),
        ParamKind::Boolean => "boolean".into(),
        ParamKind::Input | ParamKind::Derived | ParamKind::TypeName => "string".into(),
        ParamKind::Field => "FieldName".into(),
        ParamKind::Profile => "ProfileName".into(),
        ParamKind::IndicatorType => "IndicatorType".into(),
        ParamKind::Action => "Action".into(),
        ParamKind::EnumValues => "string[]".into(),
        ParamKind::EnumValue => "string".into(),
        ParamKind::Actions => "Action[]".into(),
        ParamKind::Reason => "Reason".into(),
        ParamKind::Expected => "Expected".into(),
        ParamKind::IpRange => "IpRange".into(),
        ParamKind::Optional(inner) => format!("{} | null", ts_type(inner)),
    }
}

fn generated() -> String {
    let mut out = format!("{BEGIN}\n");
    let fields: Vec<String> = Field::ALL.iter().map(|f| format!("'{}'", f.name())).collect();
    out += &format!("export type FieldName = {};\n", fields.join(" | "));
    out += "/** Why a value, a CSV text or a JSON text is not acceptable (`params.reason`). */\n";
    out += &union::<Reason>();
    out += "/** The JSON shape expected (`invalid_type`'s `params.expected`). */\n";
    out += &union::<Expected>();
    out += "/** A non-global address range (`ip_not_global`'s `params.range`). */\n";
    out += &union::<IpRange>();
    out += "\nexport interface IssueParams {\n";
    for info in CODES {
        let params: Vec<String> = info.params.iter().map(|p| format!("{}: {}", p.key, ts_type(&p.kind))).collect();
        let body = if params.is_empty() { "Empty".to_string() } else { format!("{{ {} }}", params.join("; ")) };
        out += &format!("  {}: {body};\n", info.code);
    }
    out += "}\n\nexport type WarningCode =\n";
    let warnings: Vec<String> =
        CODES.iter().filter(|c| c.level == Level::Warning).map(|c| format!("  | '{}'", c.code)).collect();
    out += &warnings.join("\n");
    out += &format!(";\n{END}");
    out
}

#[test]
fn typescript_types_are_generated_from_the_table() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/index.d.ts");
    let types = std::fs::read_to_string(path).expect("index.d.ts is readable");
    let (Some(start), Some(end)) = (types.find(BEGIN), types.find(END)) else {
        panic!("index.d.ts has no generated block ({BEGIN} ... {END})");
    };
    let current = &types[start..end + END.len()];
    let wanted = generated();
    if current != wanted && std::env::var_os("MDE_REGENERATE").is_some() {
        let updated = format!("{}{wanted}{}", &types[..start], &types[end + END.len()..]);
        std::fs::write(path, updated).expect("index.d.ts is writable");
        return;
    }
    assert_eq!(
        current, wanted,
        "index.d.ts drifted from src/issue: run MDE_REGENERATE=1 cargo test --test issue_table"
    );
}

/// One issue of every code, with each optional param both given and absent: the samples the
/// locale tests render in every language. A code missing here fails the test below.
fn samples() -> Vec<IssueKind> {
    use mde_indicator::issue::{Derived, EnumValue, TypeName};
    use mde_indicator::model::{Action, IndicatorType};
    use IssueKind as K;
    let text = |s: &str| s.to_string();
    vec![
        K::InvalidJson { reason: Reason::EndInObject, line: 1, column: 14 },
        K::UnreadableInput { detail: text("Converting circular structure to JSON") },
        K::DuplicateKey { key: text("title") },
        K::Required { field: Field::Title },
        K::InvalidType { expected: Expected::String, received: TypeName(text("number")) },
        K::InvalidType { expected: Expected::Array, received: TypeName(text("object")) },
        K::InvalidType { expected: Expected::Boolean, received: TypeName(text("null")) },
        K::InvalidType { expected: Expected::Object, received: TypeName(text("Map")) },
        K::InvalidType { expected: Expected::JsonValue, received: TypeName(text("undefined")) },
        K::InvalidType { expected: Expected::StringArray, received: TypeName(text("function")) },
        K::InvalidType { expected: Expected::Feed, received: TypeName(text(mde_indicator::issue::NOT_JSON)) },
        K::InvalidType { expected: Expected::Object, received: TypeName(text(mde_indicator::json::TOO_DEEP)) },
        K::InvalidType { expected: Expected::String, received: TypeName(text("NaN")) },
        K::EmptyValue,
        K::UnrepresentableString,
        K::UnknownField { field: text("titel"), suggestion: Some(Field::Title) },
        K::UnknownField { field: text("Title"), suggestion: Some(Field::Title) },
        K::UnknownField { field: text("colour"), suggestion: None },
        K::FieldNotInProfile { field: Field::Category, profile: "2021", since: Some("current") },
        K::FieldNotInProfile { field: Field::EducateUrl, profile: "2020", since: None },
        K::InvalidEnum {
            field: Field::Severity,
            received: text("high"),
            allowed: vec!["Informational", "Low", "Medium", "High"],
            suggestion: Some(EnumValue("High")),
        },
        K::InvalidEnum {
            field: Field::Action,
            received: text("Deny"),
            allowed: vec!["Allowed", "Block"],
            suggestion: None,
        },
        K::EnumNotInProfile { field: Field::Action, received: text("Warn"), profile: "2020", since: Some("2021") },
        K::EnumNotInProfile { field: Field::Action, received: text("Block"), profile: "2020", since: None },
        K::InvalidHash { indicator_type: IndicatorType::FileSha256, expected_length: 64, length: 63, non_hex: None },
        K::InvalidHash { indicator_type: IndicatorType::FileMd5, expected_length: 32, length: 32, non_hex: Some('g') },
        K::InvalidHash {
            indicator_type: IndicatorType::FileSha1,
            expected_length: 40,
            length: 40,
            non_hex: Some('\u{200B}'),
        },
        K::InvalidIp { reason: Reason::IpPort },
        K::CidrNotSupported { profile: "2020" },
        K::IpNotGlobal { range: IpRange::Private, block: Derived(text("10.0.0.0/8")) },
        K::OnionService,
        K::WellKnownTarget { listed: Derived(text("google.com")), category: Derived(text("search_engine")) },
        K::InvalidDomain { reason: Reason::DomainWildcard },
        K::IdnNotAscii,
        K::InvalidUrl { reason: Reason::UrlWildcard },
        K::InvalidDateTime { reason: Reason::Month },
        K::InvalidTechnique,
        K::InvalidCategory,
        K::AuditRequiresGenerateAlert,
        K::EducateUrlNotApplicable { action: Action::Audit, indicator_type: IndicatorType::DomainName },
        K::ActionNotAllowedForType {
            action: Action::BlockAndRemediate,
            indicator_type: IndicatorType::Url,
            allowed: &[Action::Allowed, Action::Audit, Action::Warn, Action::Block],
        },
        K::EmptyInput,
        K::InvalidUtf8 { offset: 1234 },
        K::InvalidCsv { line: 12, reason: Reason::UnclosedQuote },
        K::InvalidCsvHeader { expected: Derived(text("IndicatorType,IndicatorValue")), found: text("type,value") },
        K::InvalidCsvRow { expected: 12, found: 1 },
        K::TooManyRows { rows: 1501, limit: 500 },
        K::ImportBatchTooLarge { items: 1001, limit: 500 },
        K::LegacyActionInCsv { action: Action::AlertAndBlock },
        K::NotRepresentableInCsv { reason: Reason::ListItemComma },
        K::ActiveLimitExceeded { limit: 15000, active: 14990, adding: 25 },
        K::ServiceRejected {
            service_code: text("InvalidRequestBody"),
            message: text("Request body is invalid"),
            target: Some(text("indicatorValue")),
            retryable: false,
        },
        K::ServiceRejected {
            service_code: text("TooManyRequests"),
            message: text("Slow down"),
            target: None,
            retryable: true,
        },
        K::ImportItemFailed {
            reason: text("Indicator value is invalid"),
            id: Some(text("42")),
            indicator: Some(text("contoso.com")),
        },
        K::ImportItemFailed { reason: text("Internal error"), id: None, indicator: None },
        K::LegacyAction { action: Action::AlertAndBlock, replacement: Action::Block },
        K::HttpsEnforcedOnlyInEdge,
        K::UrlWithoutScheme,
        K::ExpirationInPast { now: Derived(text("2026-01-01T00:00:00Z")) },
        K::FractionTruncated,
        K::RbacGroupNamesAsString,
        K::DuplicateValue { value: text("group1") },
        K::ApplicationOnlyOnCreate,
        K::TechniquesWithoutCategory,
        K::UnknownCategory,
        K::CidrHostBitsSet { network: Derived(text("192.0.2.0/24")) },
        K::HiddenCharacter { code_point: Derived(text("U+202E")) },
        K::UndocumentedField { field: text("customField") },
        K::DuplicateIndicator { first_index: 3 },
    ]
}

fn kind_name(kind: &ParamKind) -> String {
    match kind {
        ParamKind::Optional(inner) => format!("{}?", kind_name(inner)),
        other => {
            let debug = format!("{other:?}");
            let mut chars = debug.chars();
            chars.next().map(|c| c.to_ascii_lowercase().to_string() + chars.as_str()).unwrap_or_default()
        }
    }
}

fn token_list<T: Copy + std::fmt::Display + serde::Serialize>(all: &[T]) -> serde_json::Value {
    all.iter().map(|t| serde_json::json!({ "token": t, "english": t.to_string() })).collect()
}

fn issue_table_json() -> String {
    use serde_json::json;
    let codes: Vec<serde_json::Value> = CODES
        .iter()
        .map(|c| {
            let params: serde_json::Map<String, serde_json::Value> =
                c.params.iter().map(|p| (p.key.to_string(), json!(kind_name(&p.kind)))).collect();
            json!({ "code": c.code, "level": if c.level == Level::Warning { "warning" } else { "error" }, "params": params })
        })
        .collect();
    let samples: Vec<serde_json::Value> = samples()
        .iter()
        .map(|k| {
            let params: serde_json::Value = serde_json::from_str(&k.params_json()).unwrap_or_default();
            json!({ "code": k.code(), "params": params, "message": k.to_string() })
        })
        .collect();
    let doc = json!({
        "description": "Generated by tests/issue_table.rs from src/issue (MDE_REGENERATE=1 cargo test --test issue_table): every code with its params' kinds, the tokens params hold with the core's English for each, and samples of every code with the English message the core writes. The locale tests (tests/node/locales.test.mjs) render every sample in every locale.",
        "codes": codes,
        "tokens": { "Reason": token_list(Reason::ALL), "Expected": token_list(Expected::ALL), "IpRange": token_list(IpRange::ALL) },
        "samples": samples,
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
}

#[test]
fn issue_table_json_is_generated_from_the_table() {
    let covered: std::collections::BTreeSet<&str> = samples().iter().map(IssueKind::code).collect();
    let missing: Vec<&str> = CODES.iter().map(|c| c.code).filter(|c| !covered.contains(c)).collect();
    assert!(missing.is_empty(), "codes without a sample: {missing:?}");
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/issue-table.json");
    let current = std::fs::read_to_string(path).unwrap_or_default();
    let wanted = issue_table_json();
    if current != wanted && std::env::var_os("MDE_REGENERATE").is_some() {
        std::fs::write(path, wanted).expect("tests/fixtures/issue-table.json is writable");
        return;
    }
    assert!(
        current == wanted,
        "tests/fixtures/issue-table.json drifted from src/issue: run MDE_REGENERATE=1 cargo test --test issue_table"
    );
}

#[test]
fn readme_lists_every_code_once_in_table_order_with_its_kind() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README.md");
    let rows: Vec<(String, String)> = readme
        .lines()
        .filter_map(|line| {
            let rest = line.strip_prefix("| `")?;
            let (code, rest) = rest.split_once("` | ")?;
            let kind = rest.split(" |").next()?;
            matches!(kind, "error" | "warning").then(|| (code.to_string(), kind.to_string()))
        })
        .collect();
    let table: Vec<(String, String)> = CODES
        .iter()
        .map(|c| (c.code.to_string(), if c.level == Level::Warning { "warning" } else { "error" }.to_string()))
        .collect();
    assert_eq!(rows, table, "README's table of codes drifted from src/issue");
}

#[test]
fn codes_are_unique_and_snake_case() {
    let mut seen = std::collections::BTreeSet::new();
    for info in CODES {
        assert!(seen.insert(info.code), "{} declared twice", info.code);
        assert!(info.code.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'), "{}", info.code);
    }
}

// ---- the field table (src/model.rs `fields!`) ----

use mde_indicator::batch::csv::TEMPLATE;
use mde_indicator::profile::{Presence, PROFILES};
use mde_indicator::{validate_json, Options};

/// Walks the field table: every field is read, lands in its payload slot under its own name,
/// is present exactly in the profiles the table says, and has a CSV column exactly when the
/// template lists it. A field added to the table but forgotten elsewhere fails here.
#[test]
fn every_field_of_the_table_is_read_and_written() {
    for (index, profile) in PROFILES.iter().enumerate() {
        assert_eq!(profile.index, index, "profile {} has the wrong index", profile.name);
    }
    let sample = |field: Field| -> &'static str {
        match field {
            Field::IndicatorValue => r#""8.8.8.8""#,
            Field::IndicatorType => r#""IpAddress""#,
            Field::Action => r#""Allowed""#,
            Field::ExpirationTime => r#""2030-01-01T00:00:00Z""#,
            Field::Severity => r#""High""#,
            Field::RbacGroupNames => r#"["g"]"#,
            Field::EducateUrl => r#""https://contoso.com/why""#,
            Field::GenerateAlert => "true",
            Field::Category => r#""Malware""#,
            Field::MitreTechniques => r#"["T1059"]"#,
            _ => r#""some text""#,
        }
    };
    for profile in PROFILES {
        let options = Options::new(profile.name).expect("profile");
        for field in Field::ALL {
            let mut members: Vec<String> = ["indicatorValue", "indicatorType", "action", "title", "description"]
                .iter()
                .filter(|name| **name != field.name())
                .map(|name| format!(r#""{name}":{}"#, sample(Field::parse(name).expect("documented"))))
                .collect();
            if *field == Field::EducateUrl {
                // educateUrl only goes with Block or Warn on Url indicators.
                members = vec![
                    r#""indicatorValue":"http://contoso.com/a","indicatorType":"Url","action":"Block""#.into(),
                    r#""title":"t","description":"d""#.into(),
                ];
            }
            members.push(format!(r#""{}":{}"#, field.name(), sample(*field)));
            let text = format!("{{{}}}", members.join(","));
            let report = validate_json(&text, &options);
            let presence = field.presence_by_profile()[profile.index];
            let payload = report.payload.map(|p| p.to_json()).unwrap_or_default();
            if presence.is_some() {
                assert!(report.errors.is_empty(), "{} in {}: {:?}", field.name(), profile.name, report.errors);
                assert!(
                    payload.contains(&format!(r#""{}":{}"#, field.name(), sample(*field))),
                    "{} missing from {payload}",
                    field.name()
                );
            } else {
                let refused =
                    report.errors.iter().any(|e| e.code() == "field_not_in_profile" && e.path == field.path());
                assert!(refused, "{} in {}: {:?}", field.name(), profile.name, report.errors);
            }
        }
        let required: Vec<&str> =
            profile.fields().filter(|(_, p)| *p == Presence::Required).map(|(f, _)| f.name()).collect();
        assert_eq!(required, ["indicatorValue", "indicatorType", "action", "title", "description"], "{}", profile.name);
    }
    let with_column: Vec<Field> = Field::ALL.iter().copied().filter(|f| f.csv_column().is_some()).collect();
    let mut template = TEMPLATE.to_vec();
    template.sort_by_key(|f| *f as usize);
    assert_eq!(template, with_column, "csv::TEMPLATE and the field table's CSV columns disagree");
}

/// index.d.ts's `Indicator` has every field of the table, optional exactly where `current`
/// does not require it.
#[test]
fn the_indicator_type_has_every_field() {
    let types = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.d.ts")).expect("index.d.ts");
    let body = types.split("export interface Indicator {").nth(1).and_then(|r| r.split("\n}").next()).unwrap_or("");
    let mut keys: Vec<String> = body
        .lines()
        .map(str::trim)
        .filter(|l| !l.starts_with("/**") && !l.starts_with('*') && l.contains(':'))
        .filter_map(|l| l.split(':').next())
        .map(str::to_string)
        .collect();
    let current = mde_indicator::profile::Profile::by_name("current").expect("current");
    let mut wanted: Vec<String> = current
        .fields()
        .map(|(f, p)| if p == Presence::Required { f.name().to_string() } else { format!("{}?", f.name()) })
        .collect();
    keys.sort();
    wanted.sort();
    assert_eq!(keys, wanted, "index.d.ts Indicator drifted from the field table");
}
