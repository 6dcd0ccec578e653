//! The canonical request body. Field order is the documented order (golden-tested against
//! `Field::ALL`); absent optional fields are left out, never filled with defaults.

use crate::model::{Action, IndicatorType, Severity};
use serde::ser::{SerializeMap, SerializeStruct, Serializer};
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
    pub undocumented: Members,
}

/// An undocumented field's value, sent as given, numbers exactly as written. Our own small type
/// rather than `serde_json::Value`, whose parser and float formatting were a fifth of the wasm.
#[derive(Debug, Clone, PartialEq)]
pub enum PassThrough {
    Null,
    Bool(bool),
    Number(RawNumber),
    String(String),
    Array(Vec<PassThrough>),
    Object(Members),
}

/// A JSON number's text exactly as written; our reader has checked its syntax.
#[derive(Debug, Clone, PartialEq)]
pub struct RawNumber(pub String);

impl Serialize for RawNumber {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // serde_json (feature `raw_value`) writes a struct of this name as raw JSON text: it is
        // how its own `RawValue` serializes. Making a `RawValue` would parse the text once more
        // and bring serde_json's whole reader into the wasm, 6 KB of the lean module's 57
        // gzipped. The test below holds numbers that must come out as written.
        const RAW_JSON: &str = "$serde_json::private::RawValue";
        let mut raw = serializer.serialize_struct(RAW_JSON, 1)?;
        raw.serialize_field(RAW_JSON, &self.0)?;
        raw.end()
    }
}

/// Object members in their input order (keys are unique: duplicates are reported instead).
pub type Members = OrderedMap<String, PassThrough>;

/// A JSON object whose keys keep the order they were given in.
#[derive(Debug, Clone, PartialEq)]
pub struct OrderedMap<K, V>(pub Vec<(K, V)>);

impl<K, V> Default for OrderedMap<K, V> {
    fn default() -> Self {
        OrderedMap(Vec::new())
    }
}

impl Serialize for PassThrough {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            PassThrough::Null => serializer.serialize_unit(),
            PassThrough::Bool(b) => serializer.serialize_bool(*b),
            PassThrough::Number(n) => n.serialize(serializer),
            PassThrough::String(s) => serializer.serialize_str(s),
            PassThrough::Array(items) => serializer.collect_seq(items),
            PassThrough::Object(members) => members.serialize(serializer),
        }
    }
}

impl<K: Serialize, V: Serialize> Serialize for OrderedMap<K, V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, value) in &self.0 {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
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

#[cfg(test)]
mod tests {
    use crate::{validate_json, Options};

    #[test]
    fn undocumented_numbers_pass_through_as_written() {
        let mut options = Options::new("current").unwrap();
        options.allow_undocumented = true;
        let numbers = "[1E400,-0.0,18446744073709551616,1.50,12e-3,0]";
        let text = format!(
            r#"{{"indicatorType":"IpAddress","indicatorValue":"8.8.8.8","action":"Allowed","title":"t","description":"d","additionalInfo":{numbers}}}"#
        );
        let report = validate_json(&text, &options);
        let answer = report.to_json();
        assert!(report.valid, "{answer}");
        assert!(answer.contains(&format!(r#""additionalInfo":{numbers}"#)), "{answer}");
        let payload = report.payload.map(|p| p.to_json()).unwrap_or_default();
        assert!(payload.ends_with(&format!(r#""additionalInfo":{numbers}}}"#)), "{payload}");
    }
}
