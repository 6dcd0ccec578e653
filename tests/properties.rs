//! Properties over generated inputs (proptest shrinks a failure to a minimal counterexample):
//! a valid indicator's canonical payload validates again unchanged; the CSV template loses
//! nothing it accepts to write; `refang` undoes `defang`; and every issue's path points at a
//! field of the input or at a field the rules require.

use mde_indicator::batch::csv;
use mde_indicator::extract::{defang, refang};
use mde_indicator::json::{self, Value};
use mde_indicator::model::{Field, FieldKind};
use mde_indicator::{validate_json, Options};
use proptest::prelude::*;
use serde_json::{json, Map, Value as Json};

const CASES: u32 = 400;

fn config() -> ProptestConfig {
    ProptestConfig { cases: CASES, failure_persistence: None, ..ProptestConfig::default() }
}

// ---- generators of valid parts -------------------------------------------------------------

/// A first octet outside every special-purpose IPv4 block (0, 10, 100.64/10, 127, 169.254,
/// 172.16/12, 192.0.0/24, 192.168, 198.18/15, 198.51.100, 203.0.113, 224 and up).
fn global_ipv4() -> impl Strategy<Value = String> {
    let first = prop_oneof![1u8..=9, 11u8..=99, 101u8..=126, 128u8..=168, 173u8..=191, 193u8..=197, 204u8..=223];
    (first, any::<u8>(), any::<u8>(), any::<u8>()).prop_map(|(a, b, c, d)| format!("{a}.{b}.{c}.{d}"))
}

fn global_ipv6() -> impl Strategy<Value = String> {
    // Global unicast from 2400:: to 3ffe:ffff::, clear of 2001::/23 (IETF), 2001:db8::/32 and
    // 3fff::/20 (documentation), and 2002::/16.
    (0x2400u16..=0x3ffe, proptest::collection::vec(any::<u16>(), 7)).prop_map(|(first, rest)| {
        std::iter::once(first).chain(rest).map(|g| format!("{g:x}")).collect::<Vec<_>>().join(":")
    })
}

fn domain() -> impl Strategy<Value = String> {
    let label = "[a-z]([a-z0-9-]{0,12}[a-z0-9])?";
    (proptest::collection::vec(label, 1..4), prop::sample::select(vec!["com", "net", "org", "de", "io", "co.uk"]))
        .prop_map(|(labels, tld)| format!("{}.{tld}", labels.join(".")))
}

fn url() -> impl Strategy<Value = String> {
    (
        prop::sample::select(vec!["http", "https"]),
        domain(),
        "(/[A-Za-z0-9._~-]{0,12}){0,3}(\\?[a-z]{1,5}=[a-z0-9]{0,5})?",
    )
        .prop_map(|(scheme, host, path)| format!("{scheme}://{host}{path}"))
}

fn hex(len: usize) -> impl Strategy<Value = String> {
    proptest::string::string_regex(&format!("[0-9a-fA-F]{{{len}}}")).expect("a valid regex")
}

/// A type with a value of it, and the actions profile `current` allows for it.
fn indicator() -> impl Strategy<Value = (&'static str, String, &'static [&'static str])> {
    const FILE: &[&str] = &["Allowed", "Audit", "Warn", "Block", "BlockAndRemediate"];
    const NETWORK: &[&str] = &["Allowed", "Audit", "Warn", "Block"];
    prop_oneof![
        hex(40).prop_map(|v| ("FileSha1", v, FILE)),
        hex(64).prop_map(|v| ("FileSha256", v, FILE)),
        hex(32).prop_map(|v| ("FileMd5", v, FILE)),
        hex(40).prop_map(|v| ("CertificateThumbprint", v, &["Allowed", "BlockAndRemediate"][..])),
        global_ipv4().prop_map(|v| ("IpAddress", v, NETWORK)),
        global_ipv6().prop_map(|v| ("IpAddress", v, NETWORK)),
        domain().prop_map(|v| ("DomainName", v, NETWORK)),
        url().prop_map(|v| ("Url", v, NETWORK)),
    ]
}

/// Text with at least one visible character, any script, no control characters.
fn text() -> impl Strategy<Value = String> {
    "\\PC{0,20}[\\p{L}\\p{N}]\\PC{0,20}"
}

fn date_time() -> impl Strategy<Value = String> {
    (
        2000u32..2100,
        1u32..=12,
        1u32..=28,
        0u32..24,
        0u32..60,
        0u32..60,
        "(\\.[0-9]{1,7})?",
        "Z|[+-](0[0-9]|1[0-4]):(00|30|45)",
    )
        .prop_map(|(y, mo, d, h, mi, s, fraction, offset)| {
            format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}{fraction}{offset}")
        })
}

/// Optional fields with valid values (each present or not).
fn optional_fields() -> impl Strategy<Value = Map<String, Json>> {
    (
        proptest::option::of(text()),
        proptest::option::of(date_time()),
        proptest::option::of(prop::sample::select(vec!["Informational", "Low", "Medium", "High"])),
        proptest::option::of(text()),
        proptest::option::of(proptest::collection::vec("[A-Za-z0-9][A-Za-z0-9 _-]{0,10}[A-Za-z0-9]", 1..4)),
        proptest::option::of(prop::sample::select(vec!["Malware", "Ransomware", "Exfiltration", "Discovery"])),
        proptest::option::of(proptest::collection::vec("T1[0-9]{3}(\\.00[1-9])?", 1..3)),
        proptest::option::of(text()),
    )
        .prop_map(|(application, expiration, severity, recommended, groups, category, techniques, external)| {
            let mut fields = Map::new();
            let mut put = |name: &str, value: Option<Json>| {
                if let Some(value) = value {
                    fields.insert(name.to_string(), value);
                }
            };
            put("application", application.map(Json::from));
            put("expirationTime", expiration.map(Json::from));
            put("severity", severity.map(Json::from));
            put("recommendedActions", recommended.map(Json::from));
            put("rbacGroupNames", groups.map(Json::from));
            // The docs recommend a category with techniques (a warning only): give both or none.
            if let (Some(category), Some(techniques)) = (category, techniques) {
                put("category", Some(Json::from(category)));
                put("mitreTechniques", Some(Json::from(techniques)));
            }
            put("externalId", external.map(Json::from));
            fields
        })
}

/// A valid indicator for profile `current`, by construction.
fn valid_indicator() -> impl Strategy<Value = Json> {
    (indicator(), any::<prop::sample::Index>(), text(), text(), optional_fields(), any::<bool>()).prop_map(
        |((indicator_type, value, actions), pick, title, description, optional, alert)| {
            let action = *pick.get(actions);
            let mut body = json!({
                "indicatorValue": value, "indicatorType": indicator_type, "action": action,
                "title": title, "description": description,
            });
            let members = body.as_object_mut().expect("an object");
            members.extend(optional);
            if action == "Audit" || alert {
                members.insert("generateAlert".into(), Json::Bool(true));
            }
            if indicator_type == "Url" && matches!(action, "Block" | "Warn") && alert {
                members.insert("educateUrl".into(), Json::from("https://intranet.contoso.com/why-blocked"));
            }
            body
        },
    )
}

fn current() -> Options {
    Options::new("current").expect("profile current")
}

proptest! {
    #![proptest_config(config())]

    /// What `buildPayload` returns is valid, and validating it again gives it back unchanged.
    #[test]
    fn valid_indicators_survive_build_then_validate(body in valid_indicator()) {
        let text = body.to_string();
        let first = validate_json(&text, &current());
        prop_assert!(first.valid, "{text}: {:?}", first.errors);
        let payload = first.payload.as_ref().map(|p| p.to_json()).unwrap_or_default();
        let again = validate_json(&payload, &current());
        prop_assert!(again.valid, "{payload}: {:?}", again.errors);
        prop_assert_eq!(again.payload.map(|p| p.to_json()), Some(payload.clone()));
        // Nothing the user gave is dropped: the payload has every key of the input.
        let sent: Json = serde_json::from_str(&payload).expect("the payload is JSON");
        let keys = |j: &Json| j.as_object().map(|o| { let mut k: Vec<String> = o.keys().cloned().collect(); k.sort(); k });
        prop_assert_eq!(keys(&sent), keys(&body));
    }
}

// ---- the CSV template ---------------------------------------------------------------------

/// A cell's text: commas, quotes, line breaks, spaces around, any script.
fn cell_text() -> impl Strategy<Value = String> {
    prop_oneof![text(), "[ ,\"\r\na-z]{0,8}", Just(String::new()), Just("  ".to_string())]
}

/// An object with fields of the template's columns, in its order, of the column's type.
fn csv_object() -> impl Strategy<Value = Vec<(Field, Json)>> {
    let list = proptest::collection::vec(prop_oneof!["[A-Za-z0-9 ,]{0,8}", text()], 0..4);
    (
        proptest::collection::vec(proptest::option::of(cell_text()), 8),
        proptest::option::of(list.clone()),
        proptest::option::of(list),
        proptest::option::of(any::<bool>()),
    )
        .prop_map(|(texts, groups, techniques, alert)| {
            // The template's free-text and enum columns, in its order (a category must be
            // PascalCase, so it is not drawn from any text).
            let text_fields = csv::TEMPLATE.iter().filter(|f| {
                !matches!(
                    f.kind(),
                    FieldKind::GroupNames | FieldKind::Techniques | FieldKind::Bool | FieldKind::Category
                )
            });
            let mut object: Vec<(Field, Json)> =
                text_fields.zip(texts).filter_map(|(f, t)| t.map(|t| (*f, Json::from(t)))).collect();
            object.extend(groups.map(|g| (Field::RbacGroupNames, Json::from(g))));
            object.extend(techniques.map(|t| (Field::MitreTechniques, Json::from(t))));
            object.extend(alert.map(|a| (Field::GenerateAlert, Json::Bool(a))));
            // The template's column order.
            object.sort_by_key(|(field, _)| csv::TEMPLATE.iter().position(|f| f == field));
            object
        })
}

/// The CSV reader's objects as JSON, to compare with what was written.
fn rows_as_json(text: &str) -> Vec<Json> {
    let rows = csv::read(text).expect("the written CSV reads back");
    rows.into_iter()
        .map(|row| {
            let Ok(Value::Object(members)) = row.value else { panic!("row {} is not an object", row.line) };
            Json::Object(members.into_iter().map(|(k, v)| (k.as_str().to_string(), value_json(&v))).collect())
        })
        .collect()
}

fn value_json(value: &Value<'_>) -> Json {
    match value {
        Value::String(s) => Json::from(s.as_str()),
        Value::Bool(b) => Json::Bool(*b),
        Value::Array(items) => Json::Array(items.iter().map(value_json).collect()),
        other => panic!("the CSV reader made {other:?}"),
    }
}

proptest! {
    #![proptest_config(config())]

    /// Objects → CSV → objects gives them back, and the CSV written again is the same text;
    /// an object the template cannot hold is refused, with the field at fault.
    #[test]
    fn csv_round_trip_is_lossless(objects in proptest::collection::vec(csv_object(), 1..5)) {
        let jsons: Vec<Json> = objects
            .iter()
            .map(|o| Json::Object(o.iter().map(|(f, v)| (f.name().to_string(), v.clone())).collect()))
            .collect();
        let texts: Vec<String> = jsons.iter().map(Json::to_string).collect();
        let values: Vec<Value<'_>> = texts.iter().map(|t| json::parse(t).expect("generated JSON parses")).collect();
        match csv::write(&values) {
            Ok(written) => {
                prop_assert_eq!(rows_as_json(&written), jsons.clone(), "{}", written);
                let read_back = csv::read(&written).expect("it reads").into_iter().filter_map(|row| row.value.ok());
                prop_assert_eq!(csv::write(&read_back.collect::<Vec<_>>()).ok(), Some(written));
            }
            Err(problems) => {
                for problem in problems {
                    let path = problem.path.as_pointer();
                    let mut segments = path.split('/').skip(1);
                    let item = segments.next().and_then(|i| i.parse::<usize>().ok());
                    let field = segments.next();
                    prop_assert!(item.is_some_and(|i| i < jsons.len()), "{:?}", problem);
                    let object = &jsons[item.unwrap_or_default()];
                    prop_assert!(field.is_some_and(|f| object.get(f).is_some()), "{:?} in {}", problem, object);
                }
            }
        }
    }
}

// ---- defang and refang --------------------------------------------------------------------

proptest! {
    #![proptest_config(config())]

    /// `refang(defang(x)) == x` for every value that has nothing to refang, indicator-like
    /// or not; and defanging twice changes nothing more.
    #[test]
    fn refang_undoes_defang(value in prop_oneof![
        indicator().prop_map(|(_, v, _)| v),
        (domain(), "[a-z0-9._%+-]{1,10}").prop_map(|(d, user)| format!("{user}@{d}")),
        (domain(), "/[a-z0-9./:?=&#@-]{0,20}").prop_map(|(d, path)| format!("{d}{path}")),
        "(hxxps?|https?|[a-z]{0,5})(:|://)?[a-z0-9.\\[\\](){}:/@ -]{0,20}",
        "\\PC{0,30}",
    ]) {
        prop_assume!(refang(&value) == value);
        let defanged = defang(&value);
        prop_assert_eq!(refang(&defanged), value.clone(), "defang gave {}", defanged);
        prop_assert_eq!(defang(&defanged), defanged);
    }
}

// ---- where issues point ---------------------------------------------------------------------

/// Any JSON value, small.
fn any_json() -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        any::<i32>().prop_map(Json::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Json::from),
        "\\PC{0,12}".prop_map(Json::from),
        prop::sample::select(vec!["", " ", "8.8.8.8", "contoso.com", "Block", "Audit", "FileSha1", "a,b", "true"])
            .prop_map(Json::from),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Json::Array),
            proptest::collection::vec(("[a-z~/]{1,6}", inner), 0..3)
                .prop_map(|m| Json::Object(m.into_iter().collect())),
        ]
    })
}

/// Indicator-like objects: documented keys, misspelt keys, keys with `~` and `/`, random
/// values of any type.
fn indicator_like() -> impl Strategy<Value = Json> {
    let key = prop_oneof![
        4 => prop::sample::select(Field::ALL.iter().map(|f| f.name()).collect::<Vec<_>>()).prop_map(String::from),
        1 => prop::sample::select(vec!["IndicatorValue", "severty", "bypassDurationHours", "a/b", "c~d", ""]).prop_map(String::from),
        1 => "\\PC{0,8}",
    ];
    let value = prop_oneof![any_json(), valid_indicator().prop_map(|v| v["indicatorValue"].clone())];
    (proptest::collection::vec((key, value), 0..8), proptest::option::of(valid_indicator())).prop_map(
        |(members, base)| {
            let mut object = base.and_then(|b| b.as_object().cloned()).unwrap_or_default();
            object.extend(members);
            Json::Object(object)
        },
    )
}

proptest! {
    #![proptest_config(config())]

    /// Every issue's path resolves in the input, or names a field that is absent where a
    /// rule needs it (a required field; `generateAlert` for `Audit`).
    #[test]
    fn issue_paths_point_into_the_input_or_at_a_required_field(
        input in indicator_like(),
        profile in prop::sample::select(vec!["2020", "2021", "2022", "current"]),
    ) {
        let options = Options::new(profile).expect("a profile");
        let text = input.to_string();
        let report = validate_json(&text, &options);
        for issue in report.errors.iter().chain(&report.warnings) {
            let path = issue.path.as_pointer();
            if input.pointer(&path).is_some() {
                continue;
            }
            let field = path.strip_prefix('/').and_then(Field::parse);
            prop_assert!(field.is_some(), "{} in {profile}: {:?} points at nothing", text, issue);
            prop_assert!(
                matches!(issue.code(), "required" | "audit_requires_generate_alert"),
                "{} in {profile}: {:?} points at an absent field", text, issue
            );
        }
    }
}
