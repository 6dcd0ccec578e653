//! Issues are data: `{ path, code, message, params }`. [`issue_table!`] below is the one place
//! where a code is declared: its variant, its stable code string, whether it is an error or a
//! warning, its params with their types and JSON keys, and its English message as a function of
//! the params alone. `IssueKind`, `CODES`, `code()`, `level()`, the params writer and the English
//! `Display` are all generated from it; the TypeScript types and the README's table of codes are
//! checked against `CODES` by tests/issue_table.rs.

mod path;
pub mod tokens;

pub use path::Path;
use serde::ser::{Serialize, SerializeMap, Serializer};
use std::fmt;
pub use tokens::{Expected, IpRange, Reason, TokenSet};

use crate::model::{Action, Field, IndicatorType};

/// One problem found in the input, at `path` (a JSON pointer into the input).
#[derive(Debug, Clone, PartialEq)]
pub struct Issue {
    pub path: Path,
    pub kind: IssueKind,
}

impl Issue {
    pub fn new(path: impl Into<Path>, kind: IssueKind) -> Issue {
        Issue { path: path.into(), kind }
    }

    pub fn code(&self) -> &'static str {
        self.kind.code()
    }

    pub fn is_warning(&self) -> bool {
        self.kind.level() == Level::Warning
    }
}

impl Serialize for Issue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(4))?;
        map.serialize_entry("path", &self.path)?;
        map.serialize_entry("code", self.kind.code())?;
        // Written straight into the output, without a String of its own.
        map.serialize_entry("message", &format_args!("{}", self.kind))?;
        map.serialize_entry("params", &Params(&self.kind))?;
        map.end()
    }
}

/// Whether the service would reject the request (`Error`) or accept it (`Warning`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Error,
    Warning,
}

/// What `CODES` says of one code.
#[derive(Debug, Clone, Copy)]
pub struct CodeInfo {
    pub code: &'static str,
    pub level: Level,
    pub params: &'static [ParamInfo],
}

/// One param of a code: its JSON key and what kind of value it holds.
#[derive(Debug, Clone, Copy)]
pub struct ParamInfo {
    pub key: &'static str,
    pub kind: ParamKind,
}

/// The kinds of value a param can hold, which decide its TypeScript type and what the params
/// test checks of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamKind {
    Number,
    Boolean,
    /// A value taken from the input (a key, an enum value as given, a service's own text).
    Input,
    /// A value the core derived (a network block, a time, a code point, the CSV header).
    Derived,
    /// The name of a JSON type as the input had it (`number`, `array`, `Map` ...).
    TypeName,
    Field,
    Profile,
    IndicatorType,
    Action,
    /// Values of some enum of the API (`allowed` of `invalid_enum`).
    EnumValues,
    EnumValue,
    Actions,
    Reason,
    Expected,
    IpRange,
    Optional(&'static ParamKind),
}

/// A param's Rust type knows its kind.
pub trait Param {
    const KIND: ParamKind;
}

macro_rules! param_kind {
    ($($ty:ty => $kind:ident),+ $(,)?) => { $(impl Param for $ty { const KIND: ParamKind = ParamKind::$kind; })+ };
}

/// A value taken from the input (see `ParamKind::Input`).
pub type InputText = String;

/// A value the core derived (see `ParamKind::Derived`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(transparent)]
pub struct Derived(pub String);

/// The JSON type name of a received value (see `json::Value::type_name`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(transparent)]
pub struct TypeName(pub String);

/// A profile's name, a token of `profile::PROFILES`.
pub type ProfileName = &'static str;

/// Values of an enum of the API.
pub type EnumValues = Vec<&'static str>;

/// One value of an enum of the API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(transparent)]
pub struct EnumValue(pub &'static str);

param_kind!(
    usize => Number, u32 => Number, u64 => Number, bool => Boolean,
    InputText => Input, Derived => Derived, TypeName => TypeName,
    Field => Field, &'static str => Profile, IndicatorType => IndicatorType, Action => Action,
    EnumValues => EnumValues, EnumValue => EnumValue, &'static [Action] => Actions,
    Reason => Reason, Expected => Expected, IpRange => IpRange,
);

impl<T: Param> Param for Option<T> {
    const KIND: ParamKind = ParamKind::Optional(&T::KIND);
}

impl Param for char {
    const KIND: ParamKind = ParamKind::Input;
}

/// Declares every code. Each entry:
/// `Variant { param: Type as "jsonKey", ... } = "code", Error|Warning, |f| { message }`,
/// where the message block writes to `f` from the params alone.
macro_rules! issue_table {
    ($(
        $(#[doc = $doc:literal])*
        $variant:ident $({ $($param:ident : $ty:ty as $key:literal),+ $(,)? })? = $code:literal, $level:ident,
        |$f:ident| $message:block
    )+) => {
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum IssueKind {
            $($(#[doc = $doc])* $variant $({ $($param: $ty),+ })?,)+
        }

        /// Every code in documentation order.
        pub const CODES: &[CodeInfo] = &[
            $(CodeInfo {
                code: $code,
                level: Level::$level,
                params: &[$($(ParamInfo { key: $key, kind: <$ty as Param>::KIND }),+)?],
            },)+
        ];

        impl IssueKind {
            pub fn code(&self) -> &'static str {
                match self { $(IssueKind::$variant { .. } => $code,)+ }
            }

            pub fn level(&self) -> Level {
                match self { $(IssueKind::$variant { .. } => Level::$level,)+ }
            }
        }

        impl Serialize for Params<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut map = serializer.serialize_map(None)?;
                match self.0 {
                    $(IssueKind::$variant $({ $($param),+ })? => {
                        $($(map.serialize_entry($key, $param)?;)+)?
                    })+
                }
                map.end()
            }
        }

        /// The English messages. Messages may quote user input; `params` hold it unquoted.
        impl fmt::Display for IssueKind {
            #[allow(unused_variables)]
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self {
                    $(IssueKind::$variant $({ $($param),+ })? => { let $f = f; $message })+
                }
            }
        }
    };
}

issue_table! {
    // ---- errors: the service would reject the request ----
    /// The JSON text could not be parsed.
    InvalidJson { reason: Reason as "reason", line: usize as "line", column: usize as "column" } = "invalid_json", Error,
        |f| { write!(f, "is not valid JSON: {reason} at line {line}, column {column}") }
    /// The JS value could not be read at all (cycle, throwing getter): `detail` is what the JS
    /// engine said.
    UnreadableInput { detail: InputText as "detail" } = "unreadable_input", Error,
        |f| { write!(f, "could not be read as JSON data: {detail}") }
    /// The same key twice in one JSON object: the service would silently keep one.
    DuplicateKey { key: InputText as "key" } = "duplicate_key", Error,
        |f| { write!(f, "has the key \"{key}\" more than once; the service would silently keep only one") }
    Required { field: Field as "field" } = "required", Error,
        |f| { f.write_str("is required") }
    InvalidType { expected: Expected as "expected", received: TypeName as "received" } = "invalid_type", Error,
        |f| { write!(f, "must be {expected}, not {}", received_phrase(&received.0)) }
    /// Empty or only whitespace where a value is required.
    EmptyValue = "empty_value", Error,
        |f| { f.write_str("must not be empty") }
    /// A string holding a lone UTF-16 surrogate, which has no faithful UTF-8 form.
    UnrepresentableString = "unrepresentable_string", Error,
        |f| { f.write_str("contains a lone UTF-16 surrogate, which cannot be sent faithfully as UTF-8 JSON") }
    UnknownField { field: InputText as "field", suggestion: Option<Field> as "suggestion" } = "unknown_field", Error,
        |f| {
            write!(f, "\"{field}\" is not a field of the indicator API")?;
            if let Some(s) = suggestion {
                write!(f, "; did you mean \"{}\"?", s.name())?;
                if s.name().eq_ignore_ascii_case(field) {
                    f.write_str(" (keys are case-sensitive)")?;
                }
            }
            Ok(())
        }
    /// A documented field that this profile's revision does not have yet.
    FieldNotInProfile { field: Field as "field", profile: ProfileName as "profile", since: Option<ProfileName> as "since" } = "field_not_in_profile", Error,
        |f| { write!(f, "\"{}\" is not a field in profile {profile}{}", field.name(), SinceClause(since)) }
    InvalidEnum {
        field: Field as "field",
        received: InputText as "received",
        allowed: EnumValues as "allowed",
        suggestion: Option<EnumValue> as "suggestion",
    } = "invalid_enum", Error,
        |f| {
            write!(f, "\"{received}\" is not a valid {}; must be one of {}", field.name(), List(allowed))?;
            if let Some(s) = suggestion {
                write!(f, " (did you mean \"{}\"? values are case-sensitive)", s.0)?;
            }
            Ok(())
        }
    /// An enum value that exists in another revision but not in this profile's.
    EnumNotInProfile {
        field: Field as "field",
        received: InputText as "received",
        profile: ProfileName as "profile",
        since: Option<ProfileName> as "since",
    } = "enum_not_in_profile", Error,
        |f| { write!(f, "{} \"{received}\" is not available in profile {profile}{}", field.name(), SinceClause(since)) }
    InvalidHash {
        indicator_type: IndicatorType as "indicatorType",
        expected_length: usize as "expectedLength",
        length: usize as "length",
        non_hex: Option<char> as "nonHex",
    } = "invalid_hash", Error,
        |f| {
            let indicator_type = indicator_type.as_str();
            match non_hex {
                // Invisible and non-ASCII characters by their code point, so the message shows them.
                Some(c) if c.is_ascii_graphic() => write!(f, "must be hexadecimal for {indicator_type}, but contains '{c}'"),
                Some(c) => write!(f, "must be hexadecimal for {indicator_type}, but contains U+{:04X}", u32::from(*c)),
                None => write!(f, "must be {expected_length} hex digits for {indicator_type}, not {length}"),
            }
        }
    InvalidIp { reason: Reason as "reason" } = "invalid_ip", Error,
        |f| { write!(f, "is not a valid IP address: {reason}") }
    CidrNotSupported { profile: ProfileName as "profile" } = "cidr_not_supported", Error,
        |f| { write!(f, "CIDR notation is not supported in profile {profile}; give one address") }
    IpNotGlobal { range: IpRange as "range", block: Derived as "block" } = "ip_not_global", Error,
        |f| {
            write!(
                f,
                "is a {range} address ({}); only external IPs can be added, indicators can't be created for internal IPs",
                block.0
            )
        }
    InvalidDomain { reason: Reason as "reason" } = "invalid_domain", Error,
        |f| { write!(f, "is not a valid domain name: {reason}") }
    /// A domain with non-ASCII letters: the service takes the ASCII (punycode) form.
    IdnNotAscii = "idn_not_ascii", Error,
        |f| { f.write_str("contains non-ASCII letters; send the internationalised name in its ASCII (punycode, \"xn--\") form") }
    InvalidUrl { reason: Reason as "reason" } = "invalid_url", Error,
        |f| { write!(f, "is not a valid URL: {reason}") }
    /// Found by `extract`: a Tor onion service, reachable only through Tor, where Defender never
    /// sees its name in a lookup or a connection.
    OnionService = "onion_service", Error,
        |f| { f.write_str("is a Tor onion service: it is reached only through the Tor network, so an indicator for it would never match; block Tor itself if that is the aim") }
    InvalidDateTime { reason: Reason as "reason" } = "invalid_datetime", Error,
        |f| { write!(f, "is not a valid date-time with offset (e.g. 2026-12-31T00:00:00Z): {reason}") }
    InvalidTechnique = "invalid_technique", Error,
        |f| { f.write_str("must be a MITRE ATT&CK technique ID such as T1059 or T1059.001") }
    InvalidCategory = "invalid_category", Error,
        |f| { f.write_str("must be a portal category in PascalCase, such as SuspiciousActivity") }
    AuditRequiresGenerateAlert = "audit_requires_generate_alert", Error,
        |f| { f.write_str("must be true when action is Audit") }
    EducateUrlNotApplicable { action: Action as "action", indicator_type: IndicatorType as "indicatorType" } = "educate_url_not_applicable", Error,
        |f| {
            write!(f, "is only supported with action Block or Warn on Url indicators, not {action} on {indicator_type}")
        }
    ActionNotAllowedForType {
        action: Action as "action",
        indicator_type: IndicatorType as "indicatorType",
        allowed: &'static [Action] as "allowed",
    } = "action_not_allowed_for_type", Error,
        |f| { write!(f, "{action} is not available for {indicator_type} indicators; use one of {}", List(allowed)) }

    // ---- errors of batches, files and the service's answers ----
    /// The batch input holds no indicators at all.
    EmptyInput = "empty_input", Error,
        |f| { f.write_str("holds no indicators") }
    /// Bytes given as text are not UTF-8.
    InvalidUtf8 { offset: usize as "offset" } = "invalid_utf8", Error,
        |f| { write!(f, "is not UTF-8 text (bad byte at offset {offset})") }
    InvalidCsv { line: usize as "line", reason: Reason as "reason" } = "invalid_csv", Error,
        |f| { write!(f, "is not valid CSV at line {line}: {reason}") }
    InvalidCsvHeader { expected: Derived as "expected", found: InputText as "found" } = "invalid_csv_header", Error,
        |f| { write!(f, "has the header \"{found}\"; the portal's template starts with \"{}\"", expected.0) }
    InvalidCsvRow { expected: usize as "expected", found: usize as "found" } = "invalid_csv_row", Error,
        |f| { write!(f, "has {found} cells; the template has {expected} columns") }
    /// The portal's CSV importer takes at most 500 rows per file.
    TooManyRows { rows: usize as "rows", limit: usize as "limit" } = "too_many_rows", Error,
        |f| { write!(f, "has {rows} rows; the portal imports at most {limit} per file, split it") }
    /// More items in one import body than the API takes (`MaximumBatchSizeExceeded`).
    ImportBatchTooLarge { items: usize as "items", limit: usize as "limit" } = "import_batch_too_large", Error,
        |f| { write!(f, "holds {items} indicators; the import API takes at most {limit} per call (MaximumBatchSizeExceeded)") }
    LegacyActionInCsv { action: Action as "action" } = "legacy_action_in_csv", Error,
        |f| {
            write!(f, "{action} is refused by the CSV importer (possible values: Allowed, Audit, BlockAndRemediate, Warn, Block)")
        }
    NotRepresentableInCsv { reason: Reason as "reason" } = "not_representable_in_csv", Error,
        |f| { write!(f, "cannot be written to the CSV template: {reason}") }
    ActiveLimitExceeded { limit: u32 as "limit", active: u64 as "active", adding: u64 as "adding" } = "active_limit_exceeded", Error,
        |f| { write!(f, "would exceed the tenant's limit of {limit} active indicators ({active} active + {adding} new)") }
    /// An error body from the service.
    ServiceRejected {
        service_code: InputText as "serviceCode",
        message: InputText as "message",
        target: Option<InputText> as "target",
        retryable: bool as "retryable",
    } = "service_rejected", Error,
        |f| { write!(f, "the service answered {service_code}: {message}") }
    /// One item the import API refused; `reason` is the service's `failureReason`.
    ImportItemFailed { reason: InputText as "reason", id: Option<InputText> as "id", indicator: Option<InputText> as "indicator" } = "import_item_failed", Error,
        |f| { write!(f, "the import failed for this item: {reason}") }

    // ---- warnings: accepted by the service, but worth knowing ----
    /// `replacement` is the action to use instead, with `generateAlert: true`.
    LegacyAction { action: Action as "action", replacement: Action as "replacement" } = "legacy_action", Warning,
        |f| { write!(f, "{action} is a legacy action since January 2022; use {replacement} with generateAlert: true") }
    HttpsEnforcedOnlyInEdge = "https_enforced_only_in_edge", Warning,
        |f| { f.write_str("HTTPS URL paths are only enforced in Microsoft Edge; other browsers match the domain only") }
    UrlWithoutScheme = "url_without_scheme", Warning,
        |f| { f.write_str("has no http:// or https:// scheme; the docs only show URLs with one") }
    ExpirationInPast { now: Derived as "now" } = "expiration_in_past", Warning,
        |f| { write!(f, "is already in the past (now is {}); the indicator would be deleted at once", now.0) }
    FractionTruncated = "fraction_truncated", Warning,
        |f| { f.write_str("has more than 7 fractional digits; the service keeps 100 ns, the rest is cut") }
    RbacGroupNamesAsString = "rbac_group_names_as_string", Warning,
        |f| { f.write_str("was given as a comma-separated string; it was split into an array, which is what the service wants") }
    DuplicateValue { value: InputText as "value" } = "duplicate_value", Warning,
        |f| { write!(f, "lists \"{value}\" more than once") }
    ApplicationOnlyOnCreate = "application_only_on_create", Warning,
        |f| { f.write_str("is only applied when the indicator is created, never on update") }
    TechniquesWithoutCategory = "techniques_without_category", Warning,
        |f| { f.write_str("are given without a category; the docs recommend one") }
    UnknownCategory = "unknown_category", Warning,
        |f| { f.write_str("is not one of the portal's known categories") }
    CidrHostBitsSet { network: Derived as "network" } = "cidr_host_bits_set", Warning,
        |f| { write!(f, "has host bits set; the block is {}", network.0) }
    /// A control, bidirectional or zero-width formatting character in a free-text field.
    HiddenCharacter { code_point: Derived as "codePoint" } = "hidden_character", Warning,
        |f| {
            write!(
                f,
                "holds {}, an invisible control or formatting character: the portal shows the text as given, where it can hide or reorder what an analyst reads",
                code_point.0
            )
        }
    UndocumentedField { field: InputText as "field" } = "undocumented_field", Warning,
        |f| { write!(f, "\"{field}\" is not documented; it is passed through as given because undocumented fields are allowed") }
    /// A blocking or alerting indicator on a well-known service or reference (src/rules/well_known.txt):
    /// `listed` is the list's entry it falls under, `category` that entry's section.
    WellKnownTarget { listed: Derived as "listed", category: Derived as "category" } = "well_known_target", Warning,
        |f| {
            write!(
                f,
                "names {}, a well-known service or reference ({}): blocking or alerting on it affects everyone who uses it; check that this is the indicator you mean",
                listed.0, category.0.replace('_', " ")
            )
        }
    /// The same (type, value) earlier in the batch: the service would update that one.
    DuplicateIndicator { first_index: usize as "firstIndex" } = "duplicate_indicator", Warning,
        |f| { write!(f, "repeats the type and value of item {first_index}; the service would update that indicator instead") }
}

impl IssueKind {
    /// Machine-readable details as JSON text (the report writes them without it).
    pub fn params_json(&self) -> String {
        serde_json::to_string(&Params(self)).unwrap_or_default()
    }

    /// The details as the report writes them.
    pub(crate) fn params_view(&self) -> impl Serialize + '_ {
        Params(self)
    }
}

/// An issue's `params`, written straight into the report; keys are camelCase like the API's.
struct Params<'a>(&'a IssueKind);

/// `since` of the "not in this profile" codes.
struct SinceClause<'a>(&'a Option<&'static str>);

impl fmt::Display for SinceClause<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(p) => write!(f, " (it was added in profile {p})"),
            None => Ok(()),
        }
    }
}

/// The received type of a text that is not JSON at all.
pub const NOT_JSON: &str = "not_json";

/// "a number", "an array", "a Map object", "undefined": how a message names a received type.
fn received_phrase(type_name: &str) -> String {
    match type_name {
        "null" | "undefined" | "NaN" | "Infinity" | "-Infinity" => type_name.to_string(),
        NOT_JSON => "not JSON".to_string(),
        crate::json::TOO_DEEP => format!("a value nested deeper than {} levels", crate::json::MAX_DEPTH),
        "boolean" | "number" | "string" | "array" | "object" => with_article(type_name),
        k if k.starts_with(|c: char| c.is_ascii_uppercase()) => format!("a {k} object"),
        k => format!("a {k}"),
    }
}

/// Items separated by commas, written straight to the formatter.
pub(crate) struct List<'a, T>(pub &'a [T]);

impl<T: fmt::Display> fmt::Display for List<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, item) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{item}")?;
        }
        Ok(())
    }
}

fn with_article(noun: &str) -> String {
    let article = if noun.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" };
    format!("{article} {noun}")
}

/// Appends `segment` to a JSON pointer, escaping `~` and `/` (RFC 6901).
pub fn pointer(parent: &str, segment: &str) -> String {
    let mut out = String::with_capacity(parent.len() + segment.len() + 1);
    out.push_str(parent);
    out.push('/');
    if !segment.bytes().any(|b| b == b'~' || b == b'/') {
        out.push_str(segment);
        return out;
    }
    for c in segment.chars() {
        match c {
            '~' => out.push_str("~0"),
            '/' => out.push_str("~1"),
            c => out.push(c),
        }
    }
    out
}
