//! `profiles()`: each profile's fields, enums, limits, host and rate limits as plain data, for
//! forms and documentation. Derived from `profile::PROFILES`; nothing here is a second copy.

use crate::model::{Action, Field, FieldKind, IndicatorType, Severity, KNOWN_CATEGORIES};
use crate::profile::{
    CrossRule, Presence, Profile, RateLimit, TypeGroup, DEFAULT_PROFILE, IMPORT_BATCH_LIMIT, IMPORT_RATE_LIMIT,
    PROFILES, SUBMIT_RATE_LIMIT,
};
use serde_json::{json, Map, Value};

fn names<T: Copy>(items: &[T], name: fn(T) -> &'static str) -> Vec<&'static str> {
    items.iter().map(|i| name(*i)).collect()
}

fn rate(limit: RateLimit) -> Value {
    json!({ "perMinute": limit.per_minute, "perHour": limit.per_hour })
}

fn field(profile: &Profile, field: Field, presence: Presence) -> Value {
    let kind = field.kind();
    let mut out = json!({
        "name": field.name(),
        "type": kind.json_type(),
        "required": presence == Presence::Required,
    });
    let extra = match kind {
        FieldKind::IndicatorType => {
            json!({ "enum": names(profile.indicator_types, IndicatorType::as_str) })
        }
        FieldKind::Action => json!({ "enum": names(profile.actions, Action::as_str) }),
        FieldKind::Severity => json!({ "enum": names(Severity::ALL, Severity::as_str) }),
        FieldKind::DateTime => json!({ "format": "date-time" }),
        FieldKind::Url => json!({ "format": "url" }),
        FieldKind::Category => json!({ "examples": KNOWN_CATEGORIES }),
        FieldKind::GroupNames | FieldKind::Techniques => json!({ "items": "string" }),
        FieldKind::Text | FieldKind::IndicatorValue | FieldKind::Bool => json!({}),
    };
    if let (Value::Object(out), Value::Object(extra)) = (&mut out, extra) {
        out.extend(extra);
    }
    out
}

/// Actions each type takes in the profile; without a type matrix, every action.
fn actions_by_type(profile: &Profile) -> Value {
    let matrix = profile.cross_rules.iter().find_map(|r| match r {
        CrossRule::ActionsByType(table) => Some(*table),
        _ => None,
    });
    let legacy = profile.cross_rules.contains(&CrossRule::LegacyAlertActions);
    let mut out = Map::new();
    for t in profile.indicator_types {
        let actions: Vec<&str> = match matrix {
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
        out.insert(t.as_str().to_string(), json!(actions));
    }
    Value::Object(out)
}

pub fn profile(profile: &Profile) -> Value {
    let legacy: Vec<&str> = if profile.cross_rules.contains(&CrossRule::LegacyAlertActions) {
        vec![Action::Alert.as_str(), Action::AlertAndBlock.as_str()]
    } else {
        vec![]
    };
    json!({
        "name": profile.name,
        "default": profile.name == DEFAULT_PROFILE,
        "source": profile.source,
        "host": profile.host,
        "submitUrl": profile.submit_url(),
        "importUrl": profile.import_url(),
        "indicatorTypes": names(profile.indicator_types, IndicatorType::as_str),
        "actions": names(profile.actions, Action::as_str),
        "legacyActions": legacy,
        "actionsByType": actions_by_type(profile),
        "severities": names(Severity::ALL, Severity::as_str),
        "cidr": profile.cidr,
        "fields": profile.fields.iter().map(|(f, p)| field(profile, *f, *p)).collect::<Vec<_>>(),
        "limits": { "activeIndicators": profile.active_indicator_limit, "importBatchSize": IMPORT_BATCH_LIMIT },
        "rateLimits": { "submit": rate(SUBMIT_RATE_LIMIT), "import": rate(IMPORT_RATE_LIMIT) },
    })
}

/// Every profile by name, oldest first.
pub fn profiles() -> Value {
    Value::Object(PROFILES.iter().map(|p| (p.name.to_string(), profile(p))).collect())
}
