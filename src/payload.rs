//! The canonical request body. Field order is the documented order (golden-tested against
//! `Field::ALL`); absent optional fields are left out, never filled with defaults.

use crate::model::{Action, IndicatorType, Severity};
use serde::Serialize;

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Payload {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indicator_value: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indicator_type: Option<IndicatorType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<Action>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// UTC with `Z`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expiration_time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recommended_actions: Option<String>,
    /// Always an array, even when given as a comma-separated string.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rbac_group_names: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub educate_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub generate_alert: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mitre_techniques: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    /// Undocumented fields, passed through as given when the caller allows them.
    #[serde(flatten)]
    pub undocumented: serde_json::Map<String, serde_json::Value>,
}

impl Payload {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}
