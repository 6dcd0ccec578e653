//! The API's vocabulary: indicator types, actions, severities and body fields.
//! Each enum is the one source of truth for its spelling (`as_str`), parsing (`parse`, exact and
//! case-sensitive like the service) and the list of its values (`ALL`).

use crate::profile::{Presence, PROFILE_COUNT};

/// What rules need of any of the API's enums.
pub trait Vocabulary: Copy + PartialEq + 'static {
    const ALL: &'static [Self];
    fn as_str(self) -> &'static str;
}

macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => stringify!($variant)),+ }
            }

            /// Exact, case-sensitive match, as the service does.
            pub fn parse(text: &str) -> Option<$name> {
                match text { $(stringify!($variant) => Some($name::$variant),)+ _ => None }
            }
        }

        impl Vocabulary for $name {
            const ALL: &'static [$name] = $name::ALL;
            fn as_str(self) -> &'static str { $name::as_str(self) }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

string_enum!(
    /// `indicatorType`.
    IndicatorType {
        FileSha1,
        FileSha256,
        FileMd5,
        CertificateThumbprint,
        IpAddress,
        DomainName,
        Url,
    }
);

string_enum!(
    /// `action`.
    Action {
        Alert,
        AlertAndBlock,
        Allowed,
        Warn,
        Block,
        Audit,
        BlockAndRemediate,
    }
);

string_enum!(
    /// `severity`.
    Severity {
        Informational,
        Low,
        Medium,
        High,
    }
);

impl IndicatorType {
    /// Files and certificates are blocked on the device; the others are network indicators
    /// enforced by network protection. Several rules differ between the two groups.
    pub fn is_network(self) -> bool {
        matches!(self, IndicatorType::IpAddress | IndicatorType::DomainName | IndicatorType::Url)
    }

    /// Hex digits of a hash value, or `None` for non-hash types.
    pub fn hash_hex_len(self) -> Option<usize> {
        match self {
            IndicatorType::FileSha1 | IndicatorType::CertificateThumbprint => Some(40),
            IndicatorType::FileSha256 => Some(64),
            IndicatorType::FileMd5 => Some(32),
            IndicatorType::IpAddress | IndicatorType::DomainName | IndicatorType::Url => None,
        }
    }
}

/// The JSON shape a field takes, which decides its type check and value rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// Free text.
    Text,
    /// Text checked against the rules of `indicatorType`.
    IndicatorValue,
    IndicatorType,
    Action,
    Severity,
    /// A DateTimeOffset string.
    DateTime,
    /// An http(s) URL string.
    Url,
    Bool,
    /// Array of RBAC device-group names.
    GroupNames,
    /// Array of MITRE ATT&CK technique IDs.
    Techniques,
    /// Portal category in PascalCase.
    Category,
}

impl FieldKind {
    /// JSON type name used in messages and `profiles()`.
    pub fn json_type(self) -> &'static str {
        match self {
            FieldKind::Bool => "boolean",
            FieldKind::GroupNames | FieldKind::Techniques => "array",
            _ => "string",
        }
    }
}

macro_rules! fields {
    ($($variant:ident => $name:literal, $kind:ident, csv $csv:expr, [$($presence:expr),+];)+) => {
        /// A documented body field. `ALL` is in the documented order, which is also the key
        /// order of the canonical payload.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Field { $($variant),+ }

        impl Field {
            pub const ALL: &'static [Field] = &[$(Field::$variant),+];
            pub const COUNT: usize = Field::ALL.len();

            pub fn name(self) -> &'static str {
                match self { $(Field::$variant => $name),+ }
            }

            /// The field's JSON pointer at the top of a body, without allocating.
            pub fn path(self) -> &'static str {
                match self { $(Field::$variant => concat!("/", $name)),+ }
            }

            pub fn kind(self) -> FieldKind {
                match self { $(Field::$variant => FieldKind::$kind),+ }
            }

            /// The column of the portal's CSV template, if the template has one.
            pub fn csv_column(self) -> Option<&'static str> {
                match self { $(Field::$variant => $csv),+ }
            }

            /// Whether each profile (in `profile::PROFILES` order) has the field, and requires it.
            pub fn presence_by_profile(self) -> [Option<Presence>; PROFILE_COUNT] {
                match self { $(Field::$variant => [$($presence),+]),+ }
            }

            pub fn parse(name: &str) -> Option<Field> {
                match name { $($name => Some(Field::$variant),)+ _ => None }
            }
        }

        impl serde::Serialize for Field {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.name())
            }
        }
    };
}

// The field table: one entry per documented field. Its name, its kind (which decides the type
// check, the value rules and the payload slot), its CSV template column, and its presence in
// each profile (2020, 2021, 2022, current: R required, O optional, - absent). A new field is
// one entry here; tests/fixtures.rs walks the table.
const R: Option<Presence> = Some(Presence::Required);
const O: Option<Presence> = Some(Presence::Optional);
const ABSENT: Option<Presence> = None;

fields! {
    IndicatorValue => "indicatorValue", IndicatorValue, csv Some("IndicatorValue"), [R, R, R, R];
    IndicatorType => "indicatorType", IndicatorType, csv Some("IndicatorType"), [R, R, R, R];
    Action => "action", Action, csv Some("Action"), [R, R, R, R];
    Application => "application", Text, csv None, [O, O, O, O];
    Title => "title", Text, csv Some("Title"), [R, R, R, R];
    Description => "description", Text, csv Some("Description"), [R, R, R, R];
    ExpirationTime => "expirationTime", DateTime, csv Some("ExpirationTime"), [O, O, O, O];
    Severity => "severity", Severity, csv Some("Severity"), [O, O, O, O];
    RecommendedActions => "recommendedActions", Text, csv Some("RecommendedActions"), [O, O, O, O];
    RbacGroupNames => "rbacGroupNames", GroupNames, csv Some("RbacGroups"), [O, O, O, O];
    EducateUrl => "educateUrl", Url, csv None, [ABSENT, ABSENT, O, O];
    GenerateAlert => "generateAlert", Bool, csv Some("GenerateAlert"), [ABSENT, ABSENT, O, O];
    Category => "category", Category, csv Some("Category"), [ABSENT, ABSENT, ABSENT, O];
    MitreTechniques => "mitreTechniques", Techniques, csv Some("MitreTechniques"), [ABSENT, ABSENT, ABSENT, O];
    ExternalId => "externalId", Text, csv None, [ABSENT, ABSENT, ABSENT, O];
}

/// A set of fields, as bits: a validation records which fields it saw without allocating.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FieldSet(u32);

impl FieldSet {
    pub fn insert(&mut self, field: Field) {
        self.0 |= 1 << field as u32;
    }

    pub fn contains(self, field: Field) -> bool {
        self.0 & (1 << field as u32) != 0
    }
}

/// Fields the service accepts and returns but never documented. Unknown to the strict
/// default; passed through with a warning when the caller opts in.
pub const UNDOCUMENTED_FIELDS: &[&str] = &[
    "bypassDurationHours",
    "lookBackPeriod",
    "version",
    "certificateInfo",
    "notificationId",
    "notificationBody",
    "additionalInfo",
    "historicalDetection",
];

/// Portal categories known from the portal's CSV template and indicator pages. A PascalCase
/// name outside this list is accepted with a warning, since the portal's list grows.
pub const KNOWN_CATEGORIES: &[&str] = &[
    "Collection",
    "CommandAndControl",
    "CredentialAccess",
    "DefenseEvasion",
    "Discovery",
    "Execution",
    "Exfiltration",
    "Exploit",
    "Impact",
    "InitialAccess",
    "LateralMovement",
    "Malware",
    "Persistence",
    "PrivilegeEscalation",
    "Ransomware",
    "SuspiciousActivity",
    "UnwantedSoftware",
];
