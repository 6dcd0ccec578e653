//! Per-field rules: JSON type, exact enum values, non-empty required text, list items. A
//! field that passes is written to the payload in its canonical form.

use super::{Facts, Issues, Options};
use crate::issue::{pointer, Derived, EnumValue, Expected, IssueKind, Path};
use crate::json::{self, Value};
use crate::model::{Action, Field, FieldKind, IndicatorType, Severity, Vocabulary, KNOWN_CATEGORIES};
use crate::payload::{FieldValue, OrderedMap, PassThrough, Payload, RawNumber};
use crate::profile::{first_profile_with, Presence, Profile};
use crate::value::url::{self, Scheme};
use crate::value::{datetime, hidden};
use std::borrow::Cow;

/// The text of a string value, or why it is not one.
fn text<'v>(value: &'v Value, expected: Expected) -> Result<&'v str, IssueKind> {
    match value {
        Value::String(s) if s.lone_surrogate => Err(IssueKind::UnrepresentableString),
        Value::String(s) => Ok(s.as_str()),
        other => Err(IssueKind::InvalidType { expected, received: other.type_name() }),
    }
}

/// The text of a string value, borrowed from the input where the input had no escapes.
fn cow<'a>(value: &Value<'a>, expected: Expected) -> Result<Cow<'a, str>, IssueKind> {
    match value {
        Value::String(s) if !s.lone_surrogate => Ok(s.text.clone()),
        other => text(other, expected).map(|t| Cow::Owned(t.to_string())),
    }
}

fn non_empty(text: &str) -> Result<&str, IssueKind> {
    if text.trim().is_empty() {
        Err(IssueKind::EmptyValue)
    } else {
        Ok(text)
    }
}

/// Which of an enum's values a profile has.
trait InProfile: Vocabulary {
    fn in_profile(profile: &Profile) -> &'static [Self];
}

impl InProfile for IndicatorType {
    fn in_profile(profile: &Profile) -> &'static [Self] {
        profile.indicator_types
    }
}

impl InProfile for Action {
    fn in_profile(profile: &Profile) -> &'static [Self] {
        profile.actions
    }
}

impl InProfile for Severity {
    fn in_profile(_: &Profile) -> &'static [Self] {
        Severity::ALL
    }
}

/// An enum value: exact and case-sensitive, and available in the profile.
fn enumeration<E: InProfile>(field: Field, text: &str, profile: &Profile) -> Result<E, IssueKind> {
    let in_profile = E::in_profile(profile);
    let received = text.to_string();
    match E::ALL.iter().copied().find(|v| v.as_str() == text) {
        Some(v) if in_profile.contains(&v) => Ok(v),
        Some(v) => Err(IssueKind::EnumNotInProfile {
            field,
            received,
            profile: profile.name,
            since: first_profile_with(|p| E::in_profile(p).contains(&v)),
        }),
        None => Err(IssueKind::InvalidEnum {
            field,
            received,
            allowed: in_profile.iter().map(|v| v.as_str()).collect(),
            suggestion: in_profile.iter().map(|v| v.as_str()).find(|v| v.eq_ignore_ascii_case(text)).map(EnumValue),
        }),
    }
}

/// Reads a list of strings: each item a non-empty string, duplicates warned about.
fn string_list<'a>(
    items: &[Value<'a>],
    field: Field,
    issues: &mut Issues,
    item_rule: fn(&str) -> Result<(), IssueKind>,
) -> Option<Vec<Cow<'a, str>>> {
    let mut out: Vec<Cow<'a, str>> = Vec::with_capacity(items.len());
    let mut ok = true;
    for (i, item) in items.iter().enumerate() {
        let item_path = || Path::field_item(field, i);
        let checked = cow(item, Expected::String).and_then(|t| {
            non_empty(&t)?;
            item_rule(&t)?;
            Ok(t)
        });
        match checked {
            Ok(t) => {
                if out.contains(&t) {
                    issues.add(item_path(), IssueKind::DuplicateValue { value: t.to_string() });
                }
                out.push(t);
            }
            Err(kind) => {
                ok = false;
                issues.add(item_path(), kind);
            }
        }
    }
    ok.then_some(out)
}

fn technique(text: &str) -> Result<(), IssueKind> {
    let bytes = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| bytes.get(range).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let valid = match bytes.len() {
        5 => bytes.first() == Some(&b'T') && digits(1..5),
        9 => bytes.first() == Some(&b'T') && digits(1..5) && bytes.get(5) == Some(&b'.') && digits(6..9),
        _ => false,
    };
    if valid {
        Ok(())
    } else {
        Err(IssueKind::InvalidTechnique)
    }
}

fn any_item(_: &str) -> Result<(), IssueKind> {
    Ok(())
}

/// Reads one documented field of the profile into `payload`.
pub(super) fn read<'a>(
    field: Field,
    value: &Value<'a>,
    options: &Options,
    payload: &mut Payload<'a>,
    facts: &mut Facts,
    issues: &mut Issues,
) {
    let profile = options.profile;
    let path = field;
    let required = profile.presence(field) == Some(Presence::Required);
    let kind = field.kind();
    // Non-string kinds first; everything else is a string of some sort.
    let result: Result<(), IssueKind> = match kind {
        FieldKind::Bool => match value {
            Value::Bool(b) => {
                payload.set(field, FieldValue::Bool(*b));
                Ok(())
            }
            other => Err(IssueKind::InvalidType { expected: Expected::Boolean, received: other.type_name() }),
        },
        FieldKind::GroupNames => match value {
            Value::Array(items) => {
                if let Some(names) = string_list(items, field, issues, any_item) {
                    payload.set(field, FieldValue::List(names));
                }
                Ok(())
            }
            Value::String(_) => cow(value, Expected::StringArray).and_then(|t| {
                let names: Vec<Cow<'a, str>> = match t {
                    Cow::Borrowed(t) => t.split(',').map(|n| Cow::Borrowed(n.trim())).collect(),
                    Cow::Owned(t) => t.split(',').map(|n| Cow::Owned(n.trim().to_string())).collect(),
                };
                if names.iter().any(|n| n.is_empty()) {
                    return Err(IssueKind::EmptyValue);
                }
                issues.add(path, IssueKind::RbacGroupNamesAsString);
                payload.set(field, FieldValue::List(names));
                Ok(())
            }),
            other => Err(IssueKind::InvalidType { expected: Expected::StringArray, received: other.type_name() }),
        },
        FieldKind::Techniques => match value {
            Value::Array(items) => {
                if let Some(techniques) = string_list(items, field, issues, technique) {
                    payload.set(field, FieldValue::List(techniques));
                }
                Ok(())
            }
            other => Err(IssueKind::InvalidType { expected: Expected::StringArray, received: other.type_name() }),
        },
        FieldKind::DateTime => {
            let iso_of_date = match value {
                Value::Foreign { kind, detail: Some(iso) } if kind == "Date" => Some(iso.as_str()),
                _ => None,
            };
            iso_of_date.map_or_else(|| text(value, Expected::String), Ok).and_then(|t| {
                let parsed = datetime::parse(t)?;
                if parsed.truncated {
                    issues.add(path, IssueKind::FractionTruncated);
                }
                payload.set(field, FieldValue::Text(Cow::Owned(parsed.canonical.clone())));
                facts.expiration = Some(parsed);
                Ok(())
            })
        }
        _ => cow(value, Expected::String).and_then(|t| {
            if required {
                non_empty(&t)?;
            }
            read_text(field, kind, t, profile, payload, issues)
        }),
    };
    if let Err(kind) = result {
        issues.add(path, kind);
    }
}

/// String-valued fields.
fn read_text<'a>(
    field: Field,
    kind: FieldKind,
    text: Cow<'a, str>,
    profile: &Profile,
    payload: &mut Payload<'a>,
    issues: &mut Issues,
) -> Result<(), IssueKind> {
    let path = field;
    let t: &str = &text;
    match kind {
        FieldKind::IndicatorType => payload.set(field, FieldValue::IndicatorType(enumeration(field, t, profile)?)),
        FieldKind::Action => payload.set(field, FieldValue::Action(enumeration(field, t, profile)?)),
        FieldKind::Severity => payload.set(field, FieldValue::Severity(enumeration(field, t, profile)?)),
        FieldKind::Url => {
            for warning in url::check(t, Scheme::Required)? {
                if !matches!(warning, IssueKind::HttpsEnforcedOnlyInEdge) {
                    issues.add(path, warning);
                }
            }
            payload.set(field, FieldValue::Text(text));
        }
        FieldKind::Category => {
            let pascal =
                t.starts_with(|c: char| c.is_ascii_uppercase()) && t.chars().all(|c| c.is_ascii_alphanumeric());
            if !pascal {
                return Err(IssueKind::InvalidCategory);
            }
            if !KNOWN_CATEGORIES.contains(&t) {
                issues.add(path, IssueKind::UnknownCategory);
            }
            payload.set(field, FieldValue::Text(text));
        }
        // checked once the type is known
        FieldKind::IndicatorValue => payload.set(field, FieldValue::Text(text)),
        FieldKind::Text => {
            // The service accepts them; the analyst reading the alert would not see them.
            if let Some(code_point) = hidden::first_hidden(t) {
                issues.add(path, IssueKind::HiddenCharacter { code_point: Derived(code_point) });
            }
            payload.set(field, FieldValue::Text(text));
        }
        FieldKind::Bool | FieldKind::GroupNames | FieldKind::Techniques | FieldKind::DateTime => {}
    }
    Ok(())
}

/// An undocumented field the caller allowed: passed through as any JSON value.
pub(super) fn read_undocumented(name: &str, value: &Value, path: &str, payload: &mut Payload<'_>, issues: &mut Issues) {
    // When the value cannot be passed through, `pass_through` has already said why.
    if let Some(json) = pass_through(value, path, issues) {
        issues.add(path.to_string(), IssueKind::UndocumentedField { field: name.to_string() });
        payload.undocumented.0.push((name.to_string(), json));
    }
}

/// Converts a value for pass-through, reporting what JSON cannot carry.
fn pass_through(value: &Value, path: &str, issues: &mut Issues) -> Option<PassThrough> {
    match value {
        Value::Null => Some(PassThrough::Null),
        Value::Bool(b) => Some(PassThrough::Bool(*b)),
        Value::Number(n) => Some(PassThrough::Number(RawNumber(n.to_string()))),
        Value::String(_) => match text(value, Expected::String) {
            Ok(t) => Some(PassThrough::String(t.to_string())),
            Err(kind) => {
                issues.add(path.to_string(), kind);
                None
            }
        },
        Value::Array(items) => {
            let converted: Vec<Option<PassThrough>> = items
                .iter()
                .enumerate()
                .map(|(i, v)| pass_through(v, &pointer(path, &i.to_string()), issues))
                .collect();
            converted.into_iter().collect::<Option<Vec<PassThrough>>>().map(PassThrough::Array)
        }
        Value::Object(members) => {
            let mut kept = Vec::with_capacity(members.len());
            let mut ok = true;
            for (key, v, duplicate) in json::members_marking_repeats(members) {
                let member_path = pointer(path, key.as_str());
                if duplicate {
                    issues.add(member_path, IssueKind::DuplicateKey { key: key.as_str().to_string() });
                    ok = false;
                } else if let Some(json) = pass_through(v, &member_path, issues) {
                    kept.push((key.as_str().to_string(), json));
                } else {
                    ok = false;
                }
            }
            ok.then_some(PassThrough::Object(OrderedMap(kept)))
        }
        Value::Foreign { .. } => {
            issues.add(
                path.to_string(),
                IssueKind::InvalidType { expected: Expected::JsonValue, received: value.type_name() },
            );
            None
        }
    }
}
