//! `profiles()`: each profile's fields, enums, limits, host and rate limits as plain data, for
//! forms and documentation. Derived from `profile::PROFILES`; nothing here is a second copy.

use crate::model::{Action, Field, FieldKind, IndicatorType, Severity, KNOWN_CATEGORIES};
use crate::payload::OrderedMap;
use crate::profile::{
    CrossRule, Presence, Profile, RateLimit, TypeGroup, BATCH_DELETE_LIMIT, BATCH_DELETE_RATE_LIMIT, DEFAULT_PROFILE,
    IMPORT_BATCH_LIMIT, IMPORT_RATE_LIMIT, LIST_PAGE_LIMIT, LIST_RATE_LIMIT, PROFILES, SUBMIT_RATE_LIMIT,
};
use serde::Serialize;

fn names<T: Copy>(items: &[T], name: fn(T) -> &'static str) -> Vec<&'static str> {
    items.iter().map(|i| name(*i)).collect()
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProfileInfo {
    name: &'static str,
    default: bool,
    source: &'static str,
    host: &'static str,
    submit_url: String,
    import_url: String,
    indicator_types: Vec<&'static str>,
    actions: Vec<&'static str>,
    legacy_actions: Vec<&'static str>,
    actions_by_type: OrderedMap<&'static str, Vec<&'static str>>,
    severities: Vec<&'static str>,
    cidr: bool,
    fields: Vec<FieldInfo>,
    limits: Limits,
    rate_limits: RateLimits,
}

/// A field as a form needs it; the last four only for the kinds they describe.
#[derive(Serialize)]
struct FieldInfo {
    name: &'static str,
    #[serde(rename = "type")]
    json_type: &'static str,
    required: bool,
    #[serde(rename = "enum", skip_serializing_if = "Option::is_none")]
    one_of: Option<Vec<&'static str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    format: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    examples: Option<&'static [&'static str]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    items: Option<&'static str>,
    /// The column of the portal's CSV template that holds it, where there is one.
    #[serde(rename = "csvColumn", skip_serializing_if = "Option::is_none")]
    csv_column: Option<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Limits {
    active_indicators: u32,
    import_batch_size: u32,
    list_page_size: u32,
    batch_delete_size: u32,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RateLimits {
    submit: Rate,
    import: Rate,
    list: Rate,
    batch_delete: Rate,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rate {
    per_minute: u32,
    per_hour: Option<u32>,
}

impl From<RateLimit> for Rate {
    fn from(limit: RateLimit) -> Rate {
        Rate { per_minute: limit.per_minute, per_hour: limit.per_hour }
    }
}

fn field(profile: &Profile, field: Field, presence: Presence) -> FieldInfo {
    let kind = field.kind();
    let mut info = FieldInfo {
        name: field.name(),
        json_type: kind.json_type(),
        required: presence == Presence::Required,
        one_of: None,
        format: None,
        examples: None,
        items: None,
        csv_column: field.csv_column(),
    };
    match kind {
        FieldKind::IndicatorType => info.one_of = Some(names(profile.indicator_types, IndicatorType::as_str)),
        FieldKind::Action => info.one_of = Some(names(profile.actions, Action::as_str)),
        FieldKind::Severity => info.one_of = Some(names(Severity::ALL, Severity::as_str)),
        FieldKind::DateTime => info.format = Some("date-time"),
        FieldKind::Url => info.format = Some("url"),
        FieldKind::Category => info.examples = Some(KNOWN_CATEGORIES),
        FieldKind::GroupNames | FieldKind::Techniques => info.items = Some("string"),
        FieldKind::Text | FieldKind::IndicatorValue | FieldKind::Bool => {}
    }
    info
}

/// Actions each type takes in the profile; without a type matrix, every action.
pub fn actions_by_type(profile: &Profile) -> OrderedMap<&'static str, Vec<&'static str>> {
    let matrix = profile.cross_rules.iter().find_map(|r| match r {
        CrossRule::ActionsByType(table) => Some(*table),
        _ => None,
    });
    let legacy = profile.cross_rules.contains(&CrossRule::LegacyAlertActions);
    let by_type = profile.indicator_types.iter().map(|t| {
        let actions = match matrix {
            None => names(profile.actions, Action::as_str),
            Some(table) => {
                let group = TypeGroup::of(*t);
                let allowed = table.iter().find(|(g, _)| *g == group).map_or(&[][..], |(_, a)| a);
                let mut list = names(allowed, Action::as_str);
                if legacy {
                    // Legacy actions are still accepted where their replacement is.
                    if allowed.contains(&Action::Audit) {
                        list.push(Action::Alert.as_str());
                    }
                    if allowed.contains(&Action::Block) || allowed.contains(&Action::BlockAndRemediate) {
                        list.push(Action::AlertAndBlock.as_str());
                    }
                }
                list
            }
        };
        (t.as_str(), actions)
    });
    OrderedMap(by_type.collect())
}

pub fn profile(profile: &Profile) -> ProfileInfo {
    let legacy = if profile.cross_rules.contains(&CrossRule::LegacyAlertActions) {
        vec![Action::Alert.as_str(), Action::AlertAndBlock.as_str()]
    } else {
        vec![]
    };
    ProfileInfo {
        name: profile.name,
        default: profile.name == DEFAULT_PROFILE,
        source: profile.source,
        host: profile.host,
        submit_url: profile.submit_url(),
        import_url: profile.import_url(),
        indicator_types: names(profile.indicator_types, IndicatorType::as_str),
        actions: names(profile.actions, Action::as_str),
        legacy_actions: legacy,
        actions_by_type: actions_by_type(profile),
        severities: names(Severity::ALL, Severity::as_str),
        cidr: profile.cidr,
        fields: profile.fields().map(|(f, p)| field(profile, f, p)).collect(),
        limits: Limits {
            active_indicators: profile.active_indicator_limit,
            import_batch_size: IMPORT_BATCH_LIMIT,
            list_page_size: LIST_PAGE_LIMIT,
            batch_delete_size: BATCH_DELETE_LIMIT,
        },
        rate_limits: RateLimits {
            submit: SUBMIT_RATE_LIMIT.into(),
            import: IMPORT_RATE_LIMIT.into(),
            list: LIST_RATE_LIMIT.into(),
            batch_delete: BATCH_DELETE_RATE_LIMIT.into(),
        },
    }
}

/// Every profile by name, oldest first.
pub fn profiles() -> OrderedMap<&'static str, ProfileInfo> {
    OrderedMap(PROFILES.iter().map(|p| (p.name, profile(p))).collect())
}
