//! Validation of one indicator: read each member into the canonical payload (`fields`), check
//! `indicatorValue` against its type (`indicator_value`), then the profile's cross-field rules
//! (`cross`). Every issue is collected; none stops the others.

mod cross;
mod fields;
mod indicator_value;
pub mod well_known;

use crate::issue::{pointer, Derived, Expected, Issue, IssueKind, Path};
use crate::json::{self, Text, Value};
use crate::model::{Field, FieldSet, IndicatorType, UNDOCUMENTED_FIELDS};
use crate::payload::Payload;
use crate::profile::{Presence, Profile};
use crate::value::datetime::{self, Instant};
use serde::Serialize;
use std::borrow::Cow;

/// How to validate.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub profile: &'static Profile,
    /// For the "already expired" warning; `None` skips it.
    pub now: Option<Instant>,
    /// Accept the fields the service knows but never documented, with a warning.
    pub allow_undocumented: bool,
}

/// The verdict on one indicator.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report<'a> {
    pub valid: bool,
    pub errors: Vec<Issue>,
    pub warnings: Vec<Issue>,
    /// The canonical body, present exactly when `valid`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Payload<'a>>,
}

impl<'a> Report<'a> {
    /// A report that no longer borrows from the input text.
    pub fn into_owned(self) -> Report<'static> {
        let Report { valid, errors, warnings, payload } = self;
        Report { valid, errors, warnings, payload: payload.map(Payload::into_owned) }
    }

    /// The report as JSON text, the form the JS binding hands over.
    pub fn to_json(&self) -> String {
        // Sized for a typical report, so the buffer rarely has to grow while writing.
        let mut out = Vec::with_capacity(1024);
        // Writing to a Vec cannot fail, and every map key is a string.
        let _ = serde_json::to_writer(&mut out, self);
        String::from_utf8(out).unwrap_or_default()
    }

    pub(crate) fn from_issues(issues: Vec<Issue>, payload: Option<Payload<'a>>) -> Report<'a> {
        let (warnings, errors): (Vec<Issue>, Vec<Issue>) = issues.into_iter().partition(Issue::is_warning);
        let valid = errors.is_empty();
        Report { valid, errors, warnings, payload: payload.filter(|_| valid) }
    }
}

/// Issues found so far, with their paths.
#[derive(Default)]
pub(crate) struct Issues(pub Vec<Issue>);

impl Issues {
    pub fn add(&mut self, path: impl Into<Path>, kind: IssueKind) {
        self.0.push(Issue::new(path, kind));
    }
}

/// What reading the members learned beyond the payload itself.
#[derive(Default)]
pub(crate) struct Facts {
    /// Fields that were present (valid or not), so that cross rules do not pile onto them.
    pub present: FieldSet,
    pub expiration: Option<datetime::DateTime>,
}

pub fn validate<'a>(input: &Value<'a>, options: &Options) -> Report<'a> {
    let (issues, payload) = check(input, options);
    Report::from_issues(issues, payload)
}

/// Every issue of `input`, errors and warnings mixed, and its payload when it is an object (valid
/// or not): for callers that add issues of their own before sorting them (batches).
pub(crate) fn check<'a>(input: &Value<'a>, options: &Options) -> (Vec<Issue>, Option<Payload<'a>>) {
    let mut issues = Issues::default();
    let members = match input {
        Value::Object(members) => members,
        Value::Foreign { kind, detail } if kind == "unreadable" => {
            let reason = detail.clone().unwrap_or_default();
            issues.add("", IssueKind::UnreadableInput { detail: reason });
            return (issues.0, None);
        }
        other => {
            issues.add("", IssueKind::InvalidType { expected: Expected::Object, received: other.type_name() });
            return (issues.0, None);
        }
    };

    let mut payload = Payload::default();
    let mut facts = Facts::default();
    let profile = options.profile;
    for (key, value, duplicate) in json::members_marking_repeats(members) {
        let name = key.as_str();
        if duplicate {
            issues.add(pointer("", name), IssueKind::DuplicateKey { key: name.to_string() });
            continue;
        }
        match Field::parse(name) {
            Some(field) if profile.presence(field).is_some() && !key.lone_surrogate => {
                facts.present.insert(field);
                fields::read(field, value, options, &mut payload, &mut facts, &mut issues);
            }
            Some(field) => issues.add(
                field,
                IssueKind::FieldNotInProfile {
                    field,
                    profile: profile.name,
                    since: crate::profile::first_profile_with(|p| p.presence(field).is_some()),
                },
            ),
            None if options.allow_undocumented && UNDOCUMENTED_FIELDS.contains(&name) => {
                fields::read_undocumented(name, value, &pointer("", name), &mut payload, &mut issues);
            }
            None => issues.add(
                pointer("", name),
                IssueKind::UnknownField { field: name.to_string(), suggestion: suggest_field(name) },
            ),
        }
    }

    for (field, presence) in profile.fields() {
        if presence == Presence::Required && !facts.present.contains(field) {
            issues.add(field, IssueKind::Required { field });
        }
    }

    indicator_value::check(&mut payload, profile, &mut issues);
    cross::check(&payload, &facts, profile, &mut issues);

    if let (Some(expiration), Some(now)) = (&facts.expiration, options.now) {
        if expiration.instant <= now {
            let now = datetime::format_utc(now).unwrap_or_default();
            issues.add(Field::ExpirationTime, IssueKind::ExpirationInPast { now: Derived(now) });
        }
    }
    (issues.0, Some(payload))
}

/// The issues `validate` gives `/indicatorValue` and `/indicatorType` for a body with this value
/// and type, without reading or judging the rest of a body: the verdict `extract` and
/// `detectType` give a value found in text. (`extract` calls it for every finding, where the
/// full `validate` would write and then drop the errors of every missing field.)
pub fn value_issues(value: &str, indicator_type: IndicatorType, profile: &'static Profile) -> Report<'static> {
    let options = Options { profile, now: None, allow_undocumented: false };
    let (mut payload, mut facts, mut issues) = (Payload::default(), Facts::default(), Issues::default());
    for (field, text) in [(Field::IndicatorValue, value), (Field::IndicatorType, indicator_type.as_str())] {
        let value = Value::String(Text { text: Cow::Borrowed(text), lone_surrogate: false });
        fields::read(field, &value, &options, &mut payload, &mut facts, &mut issues);
    }
    indicator_value::check(&mut payload, profile, &mut issues);
    Report::from_issues(issues.0, None)
}

/// The documented field a mistyped key most likely meant: same letters in another case
/// (`IndicatorValue`), else at most two edits away (`severty`).
fn suggest_field(key: &str) -> Option<Field> {
    let fields = || Field::ALL.iter().copied();
    fields().find(|f| f.name().eq_ignore_ascii_case(key)).or_else(|| {
        let lower = key.to_ascii_lowercase();
        fields()
            .map(|f| (edit_distance(&lower, &f.name().to_ascii_lowercase()), f))
            .filter(|(d, _)| *d <= 2)
            .min_by_key(|(d, _)| *d)
            .map(|(_, f)| f)
    })
}

/// Levenshtein distance, giving up early on long keys (a key is never meant to be 60 chars).
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > 2 || a.len() > 64 {
        return usize::MAX;
    }
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous.get(j).copied().unwrap_or(usize::MAX).saturating_add(usize::from(ca != cb));
            let delete = previous.get(j + 1).copied().unwrap_or(usize::MAX).saturating_add(1);
            let insert = current.get(j).copied().unwrap_or(usize::MAX).saturating_add(1);
            current.push(substitute.min(delete).min(insert));
        }
        previous = current;
    }
    previous.last().copied().unwrap_or(usize::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_key_meant() {
        assert_eq!(suggest_field("IndicatorValue"), Some(Field::IndicatorValue));
        assert_eq!(suggest_field("severty"), Some(Field::Severity));
        assert_eq!(suggest_field("rbacGroups"), None);
        assert_eq!(suggest_field(&"x".repeat(10_000)), None);
    }

    /// Numbers the fixtures cannot hold: JSON text allows them, a JS object cannot carry them.
    #[test]
    fn undocumented_numbers_pass_through_as_written() {
        let options = Options { allow_undocumented: true, ..Options::new("current").unwrap() };
        let base = r#"{"indicatorValue":"8.8.8.8","indicatorType":"IpAddress","action":"Allowed","title":"t","description":"d","additionalInfo":"#;
        let numbers = "[-0,1E2,2.50,-9223372036854775809,1e400]";
        let text = format!("{base}{numbers}}}");
        let payload = crate::validate_json(&text, &options).payload.map(|p| p.to_json());
        assert_eq!(
            payload.as_deref().and_then(|p| p.split_once("\"additionalInfo\":")).map(|(_, v)| v),
            Some(&*format!("{numbers}}}"))
        );
    }
}
