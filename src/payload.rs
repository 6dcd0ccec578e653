//! The canonical request body. Field order is the documented order (golden-tested against
//! `Field::ALL`); absent optional fields are left out, never filled with defaults.

use crate::model::{Action, Field, IndicatorType, Severity};
use serde::ser::{SerializeMap, SerializeStruct, Serializer};
use serde::Serialize;
use std::borrow::Cow;

/// The canonical body, indexed by field: each documented field's slot holds its canonical
/// value once its rule passed. Strings borrow from the input text where it had no escapes, so
/// building a payload copies nothing that need not be copied.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Payload<'a> {
    values: [Option<FieldValue<'a>>; Field::COUNT],
    /// Undocumented fields, passed through as given when the caller allows them.
    pub undocumented: Members,
}

/// A documented field's canonical value.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldValue<'a> {
    Text(Cow<'a, str>),
    IndicatorType(IndicatorType),
    Action(Action),
    Severity(Severity),
    Bool(bool),
    /// Always an array, even when given as a comma-separated string.
    List(Vec<Cow<'a, str>>),
}

impl<'a> Payload<'a> {
    pub fn get(&self, field: Field) -> Option<&FieldValue<'a>> {
        self.values.get(field as usize).and_then(Option::as_ref)
    }

    pub fn set(&mut self, field: Field, value: FieldValue<'a>) {
        if let Some(slot) = self.values.get_mut(field as usize) {
            *slot = Some(value);
        }
    }

    pub fn text(&self, field: Field) -> Option<&str> {
        match self.get(field) {
            Some(FieldValue::Text(text)) => Some(text),
            _ => None,
        }
    }

    pub fn list(&self, field: Field) -> Option<&[Cow<'a, str>]> {
        match self.get(field) {
            Some(FieldValue::List(items)) => Some(items),
            _ => None,
        }
    }

    pub fn indicator_type(&self) -> Option<IndicatorType> {
        match self.get(Field::IndicatorType) {
            Some(FieldValue::IndicatorType(t)) => Some(*t),
            _ => None,
        }
    }

    pub fn action(&self) -> Option<Action> {
        match self.get(Field::Action) {
            Some(FieldValue::Action(a)) => Some(*a),
            _ => None,
        }
    }

    pub fn generate_alert(&self) -> Option<bool> {
        match self.get(Field::GenerateAlert) {
            Some(FieldValue::Bool(b)) => Some(*b),
            _ => None,
        }
    }
}

impl Serialize for FieldValue<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            FieldValue::Text(text) => serializer.serialize_str(text),
            FieldValue::IndicatorType(t) => t.serialize(serializer),
            FieldValue::Action(a) => a.serialize(serializer),
            FieldValue::Severity(s) => s.serialize(serializer),
            FieldValue::Bool(b) => serializer.serialize_bool(*b),
            FieldValue::List(items) => serializer.collect_seq(items),
        }
    }
}

/// Documented fields in `Field::ALL` order (the documented order), then undocumented ones.
impl Serialize for Payload<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for (field, value) in Field::ALL.iter().zip(&self.values) {
            if let Some(value) = value {
                map.serialize_entry(field.name(), value)?;
            }
        }
        for (key, value) in &self.undocumented.0 {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
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

fn own(text: Cow<'_, str>) -> Cow<'static, str> {
    Cow::Owned(text.into_owned())
}

impl Payload<'_> {
    /// A payload that no longer borrows from the input text.
    pub fn into_owned(self) -> Payload<'static> {
        let values = self.values.map(|value| {
            value.map(|value| match value {
                FieldValue::Text(text) => FieldValue::Text(own(text)),
                FieldValue::List(items) => FieldValue::List(items.into_iter().map(own).collect()),
                FieldValue::IndicatorType(t) => FieldValue::IndicatorType(t),
                FieldValue::Action(a) => FieldValue::Action(a),
                FieldValue::Severity(s) => FieldValue::Severity(s),
                FieldValue::Bool(b) => FieldValue::Bool(b),
            })
        });
        Payload { values, undocumented: self.undocumented }
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
