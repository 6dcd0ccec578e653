//! Issues are data: `{ path, code, message, params }`. `IssueKind` is the single table of
//! codes: each variant carries its params, and `code`, `is_warning`, `params` and `Display`
//! (the English message) are each written once, here.

use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::Value as Json;
use std::fmt;

/// One problem found in the input, at `path` (a JSON pointer into the input).
#[derive(Debug, Clone, PartialEq)]
pub struct Issue {
    pub path: String,
    pub kind: IssueKind,
}

impl Issue {
    pub fn new(path: impl Into<String>, kind: IssueKind) -> Issue {
        Issue { path: path.into(), kind }
    }

    pub fn code(&self) -> &'static str {
        self.kind.code()
    }

    pub fn is_warning(&self) -> bool {
        self.kind.is_warning()
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

/// Why a domain name or a URL's host is not acceptable.
pub type Reason = &'static str;

// Eq and Hash let a batch report write each distinct issue once (batch/compact.rs).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum IssueKind {
    // ---- errors: the service would reject the request ----
    /// The JSON text could not be parsed.
    InvalidJson {
        reason: String,
        line: usize,
        column: usize,
    },
    /// The JS value could not be read at all (cycle, throwing getter, too deep for JSON).
    UnreadableInput {
        reason: String,
    },
    /// The same key twice in one JSON object: the service would silently keep one.
    DuplicateKey {
        key: String,
    },
    Required {
        field: &'static str,
    },
    InvalidType {
        expected: &'static str,
        received: String,
    },
    /// Empty or only whitespace where a value is required.
    EmptyValue,
    /// A string holding a lone UTF-16 surrogate, which has no faithful UTF-8 form.
    UnrepresentableString,
    UnknownField {
        field: String,
        suggestion: Option<&'static str>,
    },
    /// A documented field that this profile's revision does not have yet.
    FieldNotInProfile {
        field: &'static str,
        profile: &'static str,
        since: Option<&'static str>,
    },
    InvalidEnum {
        field: &'static str,
        received: String,
        allowed: Vec<&'static str>,
        suggestion: Option<&'static str>,
    },
    /// An enum value that exists in another revision but not in this profile's.
    EnumNotInProfile {
        field: &'static str,
        received: String,
        profile: &'static str,
        since: Option<&'static str>,
    },
    InvalidHash {
        indicator_type: &'static str,
        expected_length: usize,
        length: usize,
        non_hex: Option<char>,
    },
    InvalidIp {
        reason: Reason,
    },
    CidrNotSupported {
        profile: &'static str,
    },
    IpNotGlobal {
        range: &'static str,
        block: &'static str,
    },
    InvalidDomain {
        reason: Reason,
    },
    /// A domain with non-ASCII letters: the service takes the ASCII (punycode) form.
    IdnNotAscii,
    InvalidUrl {
        reason: Reason,
    },
    InvalidDateTime {
        reason: Reason,
    },
    InvalidTechnique,
    InvalidCategory,
    AuditRequiresGenerateAlert,
    EducateUrlNotApplicable {
        action: &'static str,
        indicator_type: &'static str,
    },
    ActionNotAllowedForType {
        action: &'static str,
        indicator_type: &'static str,
        allowed: Vec<&'static str>,
    },

    // ---- errors of batches, files and the service's answers ----
    /// The batch input holds no indicators at all.
    EmptyInput,
    /// Bytes given as text are not UTF-8.
    InvalidUtf8 {
        offset: usize,
    },
    InvalidCsv {
        line: usize,
        reason: Reason,
    },
    InvalidCsvHeader {
        expected: String,
        found: String,
    },
    InvalidCsvRow {
        expected: usize,
        found: usize,
    },
    /// The portal's CSV importer takes at most 500 rows per file.
    TooManyRows {
        rows: usize,
        limit: usize,
    },
    /// More items in one import body than the API takes (`MaximumBatchSizeExceeded`).
    ImportBatchTooLarge {
        items: usize,
        limit: usize,
    },
    LegacyActionInCsv {
        action: &'static str,
    },
    NotRepresentableInCsv {
        reason: Reason,
    },
    ActiveLimitExceeded {
        limit: u32,
        active: u64,
        adding: u64,
    },
    /// An error body from the service.
    ServiceRejected {
        service_code: String,
        message: String,
        target: Option<String>,
        retryable: bool,
    },
    /// One item the import API refused.
    ImportItemFailed {
        reason: String,
        id: Option<String>,
        indicator: Option<String>,
    },

    // ---- warnings: accepted by the service, but worth knowing ----
    LegacyAction {
        action: &'static str,
        replacement: &'static str,
    },
    HttpsEnforcedOnlyInEdge,
    UrlWithoutScheme,
    ExpirationInPast {
        now: String,
    },
    FractionTruncated,
    RbacGroupNamesAsString,
    DuplicateValue {
        value: String,
    },
    ApplicationOnlyOnCreate,
    TechniquesWithoutCategory,
    UnknownCategory,
    CidrHostBitsSet {
        network: String,
    },
    /// A control, bidirectional or zero-width formatting character in a free-text field.
    HiddenCharacter {
        code_point: String,
    },
    UndocumentedField {
        field: String,
    },
    /// The same (type, value) earlier in the batch: the service would update that one.
    DuplicateIndicator {
        first_index: usize,
    },
}

/// Every code with whether it is a warning, in documentation order. Tests check that each
/// is produced by a fixture and documented in the README and the TypeScript types.
pub const ALL_CODES: &[(&str, bool)] = &[
    ("invalid_json", false),
    ("unreadable_input", false),
    ("duplicate_key", false),
    ("required", false),
    ("invalid_type", false),
    ("empty_value", false),
    ("unrepresentable_string", false),
    ("unknown_field", false),
    ("field_not_in_profile", false),
    ("invalid_enum", false),
    ("enum_not_in_profile", false),
    ("invalid_hash", false),
    ("invalid_ip", false),
    ("cidr_not_supported", false),
    ("ip_not_global", false),
    ("invalid_domain", false),
    ("idn_not_ascii", false),
    ("invalid_url", false),
    ("invalid_datetime", false),
    ("invalid_technique", false),
    ("invalid_category", false),
    ("audit_requires_generate_alert", false),
    ("educate_url_not_applicable", false),
    ("action_not_allowed_for_type", false),
    ("empty_input", false),
    ("invalid_utf8", false),
    ("invalid_csv", false),
    ("invalid_csv_header", false),
    ("invalid_csv_row", false),
    ("too_many_rows", false),
    ("import_batch_too_large", false),
    ("legacy_action_in_csv", false),
    ("not_representable_in_csv", false),
    ("active_limit_exceeded", false),
    ("service_rejected", false),
    ("import_item_failed", false),
    ("legacy_action", true),
    ("https_enforced_only_in_edge", true),
    ("url_without_scheme", true),
    ("expiration_in_past", true),
    ("fraction_truncated", true),
    ("rbac_group_names_as_string", true),
    ("duplicate_value", true),
    ("application_only_on_create", true),
    ("techniques_without_category", true),
    ("unknown_category", true),
    ("cidr_host_bits_set", true),
    ("hidden_character", true),
    ("undocumented_field", true),
    ("duplicate_indicator", true),
];

impl IssueKind {
    pub fn code(&self) -> &'static str {
        use IssueKind::*;
        match self {
            InvalidJson { .. } => "invalid_json",
            UnreadableInput { .. } => "unreadable_input",
            DuplicateKey { .. } => "duplicate_key",
            Required { .. } => "required",
            InvalidType { .. } => "invalid_type",
            EmptyValue => "empty_value",
            UnrepresentableString => "unrepresentable_string",
            UnknownField { .. } => "unknown_field",
            FieldNotInProfile { .. } => "field_not_in_profile",
            InvalidEnum { .. } => "invalid_enum",
            EnumNotInProfile { .. } => "enum_not_in_profile",
            InvalidHash { .. } => "invalid_hash",
            InvalidIp { .. } => "invalid_ip",
            CidrNotSupported { .. } => "cidr_not_supported",
            IpNotGlobal { .. } => "ip_not_global",
            InvalidDomain { .. } => "invalid_domain",
            IdnNotAscii => "idn_not_ascii",
            InvalidUrl { .. } => "invalid_url",
            InvalidDateTime { .. } => "invalid_datetime",
            InvalidTechnique => "invalid_technique",
            InvalidCategory => "invalid_category",
            AuditRequiresGenerateAlert => "audit_requires_generate_alert",
            EducateUrlNotApplicable { .. } => "educate_url_not_applicable",
            ActionNotAllowedForType { .. } => "action_not_allowed_for_type",
            LegacyAction { .. } => "legacy_action",
            HttpsEnforcedOnlyInEdge => "https_enforced_only_in_edge",
            UrlWithoutScheme => "url_without_scheme",
            ExpirationInPast { .. } => "expiration_in_past",
            FractionTruncated => "fraction_truncated",
            RbacGroupNamesAsString => "rbac_group_names_as_string",
            DuplicateValue { .. } => "duplicate_value",
            ApplicationOnlyOnCreate => "application_only_on_create",
            TechniquesWithoutCategory => "techniques_without_category",
            UnknownCategory => "unknown_category",
            CidrHostBitsSet { .. } => "cidr_host_bits_set",
            HiddenCharacter { .. } => "hidden_character",
            UndocumentedField { .. } => "undocumented_field",
            EmptyInput => "empty_input",
            InvalidUtf8 { .. } => "invalid_utf8",
            InvalidCsv { .. } => "invalid_csv",
            InvalidCsvHeader { .. } => "invalid_csv_header",
            InvalidCsvRow { .. } => "invalid_csv_row",
            TooManyRows { .. } => "too_many_rows",
            ImportBatchTooLarge { .. } => "import_batch_too_large",
            LegacyActionInCsv { .. } => "legacy_action_in_csv",
            NotRepresentableInCsv { .. } => "not_representable_in_csv",
            ActiveLimitExceeded { .. } => "active_limit_exceeded",
            ServiceRejected { .. } => "service_rejected",
            ImportItemFailed { .. } => "import_item_failed",
            DuplicateIndicator { .. } => "duplicate_indicator",
        }
    }

    pub fn is_warning(&self) -> bool {
        let code = self.code();
        // The flag first: only the few warning codes are compared as text.
        ALL_CODES.iter().any(|(c, warning)| *warning && *c == code)
    }

    /// Machine-readable details as a JSON value (the report writes them without one).
    pub fn params(&self) -> Json {
        serde_json::to_value(Params(self)).unwrap_or_default()
    }

    /// The details as the report writes them, without building a JSON value.
    pub(crate) fn params_view(&self) -> impl Serialize + '_ {
        Params(self)
    }
}

/// An issue's `params`, written straight into the report; keys are camelCase like the API's.
struct Params<'a>(&'a IssueKind);

impl Serialize for Params<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        macro_rules! entries {
            ($($key:literal => $value:expr),*) => {{
                $(map.serialize_entry($key, &$value)?;)*
            }};
        }
        use IssueKind::*;
        match self.0 {
            InvalidJson { reason, line, column } => entries!("reason" => reason, "line" => line, "column" => column),
            UnreadableInput { reason } => entries!("reason" => reason),
            DuplicateKey { key } => entries!("key" => key),
            Required { field } => entries!("field" => field),
            InvalidType { expected, received } => {
                entries!("expected" => expected, "received" => received)
            }
            UnknownField { field, suggestion } => {
                entries!("field" => field, "suggestion" => suggestion)
            }
            FieldNotInProfile { field, profile, since } => {
                entries!("field" => field, "profile" => profile, "since" => since)
            }
            InvalidEnum { field, received, allowed, suggestion } => {
                entries!("field" => field, "received" => received, "allowed" => allowed, "suggestion" => suggestion)
            }
            EnumNotInProfile { field, received, profile, since } => {
                entries!("field" => field, "received" => received, "profile" => profile, "since" => since)
            }
            InvalidHash { indicator_type, expected_length, length, non_hex } => {
                entries!("indicatorType" => indicator_type, "expectedLength" => expected_length, "length" => length,
                "nonHex" => non_hex.map(String::from))
            }
            InvalidIp { reason } | InvalidDomain { reason } | InvalidUrl { reason } | InvalidDateTime { reason } => {
                entries!("reason" => reason)
            }
            CidrNotSupported { profile } => entries!("profile" => profile),
            IpNotGlobal { range, block } => entries!("range" => range, "block" => block),
            EducateUrlNotApplicable { action, indicator_type } => {
                entries!("action" => action, "indicatorType" => indicator_type)
            }
            ActionNotAllowedForType { action, indicator_type, allowed } => {
                entries!("action" => action, "indicatorType" => indicator_type, "allowed" => allowed)
            }
            LegacyAction { action, replacement } => entries!("action" => action, "replacement" => replacement),
            ExpirationInPast { now } => entries!("now" => now),
            DuplicateValue { value } => entries!("value" => value),
            CidrHostBitsSet { network } => entries!("network" => network),
            HiddenCharacter { code_point } => entries!("codePoint" => code_point),
            UndocumentedField { field } => entries!("field" => field),
            InvalidUtf8 { offset } => entries!("offset" => offset),
            InvalidCsv { line, reason } => entries!("line" => line, "reason" => reason),
            InvalidCsvHeader { expected, found } => entries!("expected" => expected, "found" => found),
            InvalidCsvRow { expected, found } => entries!("expected" => expected, "found" => found),
            TooManyRows { rows, limit } => entries!("rows" => rows, "limit" => limit),
            ImportBatchTooLarge { items, limit } => entries!("items" => items, "limit" => limit),
            LegacyActionInCsv { action } => entries!("action" => action),
            NotRepresentableInCsv { reason } => entries!("reason" => reason),
            ActiveLimitExceeded { limit, active, adding } => {
                entries!("limit" => limit, "active" => active, "adding" => adding)
            }
            ServiceRejected { service_code, message, target, retryable } => {
                entries!("serviceCode" => service_code, "message" => message, "target" => target, "retryable" => retryable)
            }
            ImportItemFailed { reason, id, indicator } => {
                entries!("reason" => reason, "id" => id, "indicator" => indicator)
            }
            DuplicateIndicator { first_index } => entries!("firstIndex" => first_index),
            EmptyInput => entries!(),
            EmptyValue
            | UnrepresentableString
            | IdnNotAscii
            | InvalidTechnique
            | InvalidCategory
            | AuditRequiresGenerateAlert
            | HttpsEnforcedOnlyInEdge
            | UrlWithoutScheme
            | FractionTruncated
            | RbacGroupNamesAsString
            | ApplicationOnlyOnCreate
            | TechniquesWithoutCategory
            | UnknownCategory => {
                entries!()
            }
        }
        map.end()
    }
}

fn since_clause(since: &Option<&'static str>) -> String {
    match since {
        Some(p) => format!(" (it was added in profile {p})"),
        None => String::new(),
    }
}

fn suggestion_clause(suggestion: &Option<&'static str>) -> String {
    match suggestion {
        Some(s) => format!("; did you mean \"{s}\"?"),
        None => String::new(),
    }
}

/// The English messages. Messages may quote user input; `params` hold it unquoted.
impl fmt::Display for IssueKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use IssueKind::*;
        match self {
            InvalidJson { reason, line, column } => write!(f, "is not valid JSON: {reason} at line {line}, column {column}"),
            UnreadableInput { reason } => write!(f, "could not be read as JSON data: {reason}"),
            DuplicateKey { key } => write!(f, "has the key \"{key}\" more than once; the service would silently keep only one"),
            Required { .. } => write!(f, "is required"),
            InvalidType { expected, received } => write!(f, "must be {}, not {received}", with_article(expected)),
            EmptyValue => write!(f, "must not be empty"),
            UnrepresentableString => write!(f, "contains a lone UTF-16 surrogate, which cannot be sent faithfully as UTF-8 JSON"),
            UnknownField { field, suggestion } => {
                write!(f, "\"{field}\" is not a field of the indicator API{}", suggestion_clause(suggestion))?;
                if suggestion.is_some_and(|s| s.eq_ignore_ascii_case(field)) {
                    write!(f, " (keys are case-sensitive)")?;
                }
                Ok(())
            }
            FieldNotInProfile { field, profile, since } => {
                write!(f, "\"{field}\" is not a field in profile {profile}{}", since_clause(since))
            }
            InvalidEnum { field, received, allowed, suggestion } => {
                write!(f, "\"{received}\" is not a valid {field}; must be one of {}", List(allowed))?;
                if let Some(s) = suggestion {
                    write!(f, " (did you mean \"{s}\"? values are case-sensitive)")?;
                }
                Ok(())
            }
            EnumNotInProfile { field, received, profile, since } => {
                write!(f, "{field} \"{received}\" is not available in profile {profile}{}", since_clause(since))
            }
            InvalidHash { indicator_type, expected_length, length, non_hex } => match non_hex {
                // Invisible and non-ASCII characters by their code point, so the message shows them.
                Some(c) if c.is_ascii_graphic() => write!(f, "must be hexadecimal for {indicator_type}, but contains '{c}'"),
                Some(c) => write!(f, "must be hexadecimal for {indicator_type}, but contains U+{:04X}", u32::from(*c)),
                None => write!(f, "must be {expected_length} hex digits for {indicator_type}, not {length}"),
            },
            InvalidIp { reason } => write!(f, "is not a valid IP address: {reason}"),
            CidrNotSupported { profile } => write!(f, "CIDR notation is not supported in profile {profile}; give one address"),
            IpNotGlobal { range, block } => write!(
                f,
                "is a {range} address ({block}); only external IPs can be added, indicators can't be created for internal IPs"
            ),
            InvalidDomain { reason } => write!(f, "is not a valid domain name: {reason}"),
            IdnNotAscii => write!(
                f,
                "contains non-ASCII letters; send the internationalised name in its ASCII (punycode, \"xn--\") form"
            ),
            InvalidUrl { reason } => write!(f, "is not a valid URL: {reason}"),
            InvalidDateTime { reason } => write!(f, "is not a valid date-time with offset (e.g. 2026-12-31T00:00:00Z): {reason}"),
            InvalidTechnique => write!(f, "must be a MITRE ATT&CK technique ID such as T1059 or T1059.001"),
            InvalidCategory => write!(f, "must be a portal category in PascalCase, such as SuspiciousActivity"),
            AuditRequiresGenerateAlert => write!(f, "must be true when action is Audit"),
            EducateUrlNotApplicable { action, indicator_type } => write!(
                f,
                "is only supported with action Block or Warn on Url indicators, not {action} on {indicator_type}"
            ),
            ActionNotAllowedForType { action, indicator_type, allowed } => write!(
                f,
                "{action} is not available for {indicator_type} indicators; use one of {}",
                List(allowed)
            ),
            LegacyAction { action, replacement } => write!(f, "{action} is a legacy action since January 2022; use {replacement}"),
            HttpsEnforcedOnlyInEdge => write!(
                f,
                "HTTPS URL paths are only enforced in Microsoft Edge; other browsers match the domain only"
            ),
            UrlWithoutScheme => write!(f, "has no http:// or https:// scheme; the docs only show URLs with one"),
            ExpirationInPast { now } => write!(f, "is already in the past (now is {now}); the indicator would be deleted at once"),
            FractionTruncated => write!(f, "has more than 7 fractional digits; the service keeps 100 ns, the rest is cut"),
            RbacGroupNamesAsString => write!(f, "was given as a comma-separated string; it was split into an array, which is what the service wants"),
            DuplicateValue { value } => write!(f, "lists \"{value}\" more than once"),
            ApplicationOnlyOnCreate => write!(f, "is only applied when the indicator is created, never on update"),
            TechniquesWithoutCategory => write!(f, "are given without a category; the docs recommend one"),
            UnknownCategory => write!(f, "is not one of the portal's known categories"),
            CidrHostBitsSet { network } => write!(f, "has host bits set; the block is {network}"),
            HiddenCharacter { code_point } => write!(
                f,
                "holds {code_point}, an invisible control or formatting character: the portal shows the text as given, where it can hide or reorder what an analyst reads"
            ),
            UndocumentedField { field } => write!(f, "\"{field}\" is not documented; it is passed through as given because undocumented fields are allowed"),
            EmptyInput => write!(f, "holds no indicators"),
            InvalidUtf8 { offset } => write!(f, "is not UTF-8 text (bad byte at offset {offset})"),
            InvalidCsv { line, reason } => write!(f, "is not valid CSV at line {line}: {reason}"),
            InvalidCsvHeader { expected, found } => {
                write!(f, "has the header \"{found}\"; the portal's template starts with \"{expected}\"")
            }
            InvalidCsvRow { expected, found } => write!(f, "has {found} cells; the template has {expected} columns"),
            TooManyRows { rows, limit } => {
                write!(f, "has {rows} rows; the portal imports at most {limit} per file, split it")
            }
            ImportBatchTooLarge { items, limit } => write!(
                f,
                "holds {items} indicators; the import API takes at most {limit} per call (MaximumBatchSizeExceeded)"
            ),
            LegacyActionInCsv { action } => write!(
                f,
                "{action} is refused by the CSV importer (possible values: Allowed, Audit, BlockAndRemediate, Warn, Block)"
            ),
            NotRepresentableInCsv { reason } => write!(f, "cannot be written to the CSV template: {reason}"),
            ActiveLimitExceeded { limit, active, adding } => write!(
                f,
                "would exceed the tenant's limit of {limit} active indicators ({active} active + {adding} new)"
            ),
            ServiceRejected { service_code, message, .. } => write!(f, "the service answered {service_code}: {message}"),
            ImportItemFailed { reason, .. } => write!(f, "the import failed for this item: {reason}"),
            DuplicateIndicator { first_index } => write!(
                f,
                "repeats the type and value of item {first_index}; the service would update that indicator instead"
            ),
        }
    }
}

/// Items separated by commas, written straight to the formatter.
pub(crate) struct List<'a>(pub &'a [&'a str]);

impl fmt::Display for List<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, item) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(item)?;
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
