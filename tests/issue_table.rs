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
    assert_eq!(current, wanted, "index.d.ts drifted from src/issue: run MDE_REGENERATE=1 cargo test --test issue_table");
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
