//! The canonical request body. Field order is the documented order (golden-tested against
//! `Field::ALL`); absent optional fields are left out, never filled with defaults.

use crate::model::{Action, IndicatorType, Severity};
use serde::Serialize;
use std::borrow::Cow;

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
/// Strings borrow from the input text where it had no escapes, so building a payload copies
/// nothing that need not be copied.
pub struct Payload<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indicator_value: Option<Cow<'a, str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indicator_type: Option<IndicatorType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<Action>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application: Option<Cow<'a, str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<Cow<'a, str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Cow<'a, str>>,
    /// UTC with `Z`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expiration_time: Option<Cow<'a, str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recommended_actions: Option<Cow<'a, str>>,
    /// Always an array, even when given as a comma-separated string.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rbac_group_names: Option<Vec<Cow<'a, str>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub educate_url: Option<Cow<'a, str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub generate_alert: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<Cow<'a, str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mitre_techniques: Option<Vec<Cow<'a, str>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_id: Option<Cow<'a, str>>,
    /// Undocumented fields, passed through as given when the caller allows them.
    #[serde(flatten)]
    pub undocumented: serde_json::Map<String, serde_json::Value>,
}

fn own(text: Option<Cow<'_, str>>) -> Option<Cow<'static, str>> {
    text.map(|t| Cow::Owned(t.into_owned()))
}

fn own_list(list: Option<Vec<Cow<'_, str>>>) -> Option<Vec<Cow<'static, str>>> {
    list.map(|items| items.into_iter().map(|t| Cow::Owned(t.into_owned())).collect())
}

impl Payload<'_> {
    /// A payload that no longer borrows from the input text.
    pub fn into_owned(self) -> Payload<'static> {
        Payload {
            indicator_value: own(self.indicator_value),
            indicator_type: self.indicator_type,
            action: self.action,
            application: own(self.application),
            title: own(self.title),
            description: own(self.description),
            expiration_time: own(self.expiration_time),
            severity: self.severity,
            recommended_actions: own(self.recommended_actions),
            rbac_group_names: own_list(self.rbac_group_names),
            educate_url: own(self.educate_url),
            generate_alert: self.generate_alert,
            category: own(self.category),
            mitre_techniques: own_list(self.mitre_techniques),
            external_id: own(self.external_id),
            undocumented: self.undocumented,
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}
