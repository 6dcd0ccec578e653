//! The issue table (src/issue) is the one home of every code. This test generates the
//! TypeScript types of codes and params from it and fails when index.d.ts holds anything
//! else; it also fails when the README's table of codes lists other codes, in another order,
//! or with another kind. `MDE_REGENERATE=1 cargo test --test issue_table` rewrites the block
//! in index.d.ts.

use mde_indicator::issue::{Expected, IpRange, Level, ParamKind, Reason, TokenSet, CODES};
use mde_indicator::model::Field;

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
