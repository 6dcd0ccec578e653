//! Why an entry of a feed was not mapped to an indicator: one table of codes, each declared once
//! with its params and its English message. The message is written from the params alone, and
//! params are tokens and values for programs, never phrases. The TypeScript types
//! (`SkipCode`, `SkipParams` in index.d.ts) and the README's table are checked against [`ALL`]
//! by tests/feeds.rs.

use serde::ser::{Serialize, SerializeMap, Serializer};
use std::fmt;

/// The JSON type of a value, or that it is missing: a token in params, a phrase in messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonKind {
    Missing,
    Null,
    Boolean,
    Number,
    String,
    Array,
    Object,
}

impl JsonKind {
    pub fn of(value: Option<&crate::json::Value<'_>>) -> JsonKind {
        use crate::json::Value;
        match value {
            None => JsonKind::Missing,
            Some(Value::Null) => JsonKind::Null,
            Some(Value::Bool(_)) => JsonKind::Boolean,
            Some(Value::Number(_)) => JsonKind::Number,
            Some(Value::String(_)) => JsonKind::String,
            Some(Value::Array(_)) => JsonKind::Array,
            // Only too deep a value arrives as anything else.
            Some(Value::Object(_) | Value::Foreign { .. }) => JsonKind::Object,
        }
    }

    fn token(self) -> &'static str {
        match self {
            JsonKind::Missing => "missing",
            JsonKind::Null => "null",
            JsonKind::Boolean => "boolean",
            JsonKind::Number => "number",
            JsonKind::String => "string",
            JsonKind::Array => "array",
            JsonKind::Object => "object",
        }
    }
}

impl fmt::Display for JsonKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            JsonKind::Missing => "nothing",
            JsonKind::Null => "null",
            JsonKind::Boolean => "a boolean",
            JsonKind::Number => "a number",
            JsonKind::String => "a string",
            JsonKind::Array => "an array",
            JsonKind::Object => "an object",
        })
    }
}

impl Serialize for JsonKind {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.token())
    }
}

/// A token that is also its own phrase in a message (an operator, a qualifier keyword).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token(pub &'static str);

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl Serialize for Token {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0)
    }
}

pub use super::stix_pattern::Fault;

macro_rules! skips {
    ($(
        $(#[doc = $doc:literal])*
        $variant:ident = $code:literal { $($param:ident: $ty:ty => $key:literal),* $(,)? } => $message:literal;
    )+) => {
        /// Why a feed entry (or one alternative of a STIX pattern) was not mapped.
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub enum Skip {
            $($(#[doc = $doc])* $variant { $($param: $ty),* },)+
        }

        /// Every skip code with the keys of its params, in documentation order.
        pub const ALL: &[(&str, &[&str])] = &[$(($code, &[$($key),*])),+];

        impl Skip {
            pub fn code(&self) -> &'static str {
                match self {
                    $(Skip::$variant { .. } => $code,)+
                }
            }
        }

        /// The English message, from the params alone.
        impl fmt::Display for Skip {
            #[allow(unused_variables)]
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self {
                    $(Skip::$variant { $($param),* } => write!(f, $message),)+
                }
            }
        }

        /// The params, keys in camelCase like the rest of the API's.
        struct Params<'a>(&'a Skip);

        impl Serialize for Params<'_> {
            #[allow(unused_variables)]
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut map = serializer.serialize_map(None)?;
                match self.0 {
                    $(Skip::$variant { $($param),* } => { $(map.serialize_entry($key, $param)?;)* })+
                }
                map.end()
            }
        }
    };
}

skips! {
    /// A member of `objects` (or of a list of attributes) that is not a JSON object.
    NotAnObject = "not_an_object" { received: JsonKind => "received" } => "is {received}, not an object";
    /// A property the entry needs is missing or of the wrong type (a STIX `pattern`, a MISP
    /// attribute's `type` or `value`).
    InvalidProperty = "invalid_property" { property: &'static str => "property", expected: JsonKind => "expected", received: JsonKind => "received" }
        => "needs {expected} in \"{property}\", not {received}";
    /// A property the mapping reads, given twice in one object: which one holds is not defined.
    DuplicateProperty = "duplicate_property" { property: String => "property" }
        => "has \"{property}\" more than once, so which one holds is not defined";
    /// A STIX indicator whose `pattern_type` is not `stix` (sigma, yara, snort, suricata ...).
    StixPatternType = "stix_pattern_type" { pattern_type: String => "patternType" }
        => "has pattern_type \"{pattern_type}\"; only STIX patterns can be read as indicators";
    /// `revoked: true`, without `includeRevoked`.
    StixRevoked = "stix_revoked" {} => "is revoked; includeRevoked: true maps it anyway";
    /// `valid_until` is not after now.
    StixExpired = "stix_expired" { valid_until: String => "validUntil", now: String => "now" }
        => "expired at {valid_until} (now is {now})";
    /// The pattern does not follow the STIX 2.1 patterning grammar, or is too long or too deep.
    StixInvalidPattern = "stix_invalid_pattern" { reason: Fault => "reason", offset: usize => "offset" }
        => "is not a valid STIX 2.1 pattern: {reason} (at character {offset})";
    /// `AND` between different values: an indicator matches one value on its own.
    StixAnd = "stix_and" { expression: String => "expression" }
        => "joins different values with AND ({expression}); an indicator matches one value on its own";
    /// `FOLLOWEDBY`: a sequence of observations.
    StixFollowedBy = "stix_followed_by" { expression: String => "expression" }
        => "asks for a sequence with FOLLOWEDBY ({expression}), which an indicator cannot express";
    /// `WITHIN`, `REPEATS` or `START ... STOP` on an observation.
    StixQualifier = "stix_qualifier" { qualifier: Token => "qualifier", expression: String => "expression" }
        => "qualifies an observation with {qualifier} ({expression}); an indicator has no time window or count";
    /// `LIKE` or `MATCHES`: a pattern of values rather than a value.
    StixPatternMatch = "stix_pattern_match" { operator: Token => "operator", expression: String => "expression" }
        => "compares with {operator} ({expression}); an indicator matches an exact value";
    /// `!=`, `<>` or `NOT`: every value but one.
    StixNegation = "stix_negation" { expression: String => "expression" }
        => "is negated ({expression}); an indicator matches a value, not its absence";
    /// `<`, `>`, `ISSUBSET`, `EXISTS` ...
    StixOperator = "stix_operator" { operator: Token => "operator", expression: String => "expression" }
        => "compares with {operator} ({expression}), which names no value an indicator can hold";
    /// An object type or property that no indicator type holds (`email-addr:value`, `file:name`).
    StixObjectPath = "stix_object_path" { object_path: String => "objectPath" }
        => "tests {object_path}, which no indicator type holds";
    /// A hash the service does not take (`SHA-512`, `SSDEEP`, a certificate's `SHA-256`).
    StixHashAlgorithm = "stix_hash_algorithm" { object_path: String => "objectPath", algorithm: String => "algorithm" }
        => "tests a {algorithm} hash ({object_path}); indicators take MD5, SHA-1 and SHA-256 file hashes and SHA-1 certificate thumbprints";
    /// A comparison with a number, boolean, timestamp, hex or binary constant.
    StixValueType = "stix_value_type" { object_path: String => "objectPath", literal: Token => "literal" }
        => "compares {object_path} with a {literal} constant, where an indicator needs a string";
    /// A cyber-observable object (an `ipv4-addr`, a `file` ...) in the bundle: a fact that was
    /// seen, which STIX does not call malicious; an indicator object's pattern says what to detect.
    StixObservable = "stix_observable" { object_type: String => "objectType" }
        => "is a {object_type} observable, not an indicator: STIX does not say that it is malicious";
    /// A MISP attribute type that no indicator type holds.
    MispType = "misp_type" { attribute_type: String => "type" } => "has type \"{attribute_type}\", which no indicator type holds";
    /// `to_ids` is false, with `toIdsOnly` (the default).
    MispNotToIds = "misp_not_to_ids" {} => "is not marked for detection (to_ids is false); toIdsOnly: false maps it anyway";
    /// A `link` attribute, without `includeLinks`.
    MispLink = "misp_link" {} => "is a link, usually a reference to read rather than a URL to block; includeLinks: true maps it";
    /// `deleted: true`: revoked in MISP.
    MispDeleted = "misp_deleted" {} => "is deleted";
    /// A composite type (`ip-dst|port`, `filename|sha256` ...) whose value lacks its `|`.
    MispCompositeValue = "misp_composite_value" { attribute_type: String => "type" }
        => "has type {attribute_type}, but its value is not two parts joined by |";
}

impl Skip {
    /// The params as the report writes them, without building a JSON value.
    pub fn params(&self) -> impl Serialize + '_ {
        Params(self)
    }
}

/// Entries of `expression` params are cut to this many characters: a long OR of hashes would
/// otherwise be written out again for each of its alternatives.
pub const EXPRESSION_CHARS: usize = 200;

/// `text` cut to [`EXPRESSION_CHARS`] characters, with `…` when cut.
pub fn expression(text: &str) -> String {
    match text.char_indices().nth(EXPRESSION_CHARS) {
        Some((end, _)) => format!("{}…", text.get(..end).unwrap_or(text)),
        None => text.to_string(),
    }
}
