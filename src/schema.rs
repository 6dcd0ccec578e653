//! JSON Schemas of an indicator body, derived from the profile tables (`profile::PROFILES`) and
//! the value rules, for tools outside JavaScript: OpenAPI documents, other languages'
//! validators, editors.
//!
//! Sound first: a schema never rejects a body that `validate` accepts, so it only states what
//! the rules imply and leaves out what it cannot state exactly (`NOT_EXPRESSED`). Character
//! classes are the core's own predicates (`char::is_whitespace`, which `trim` uses, and
//! `hidden::is_hidden`), checked by the tests below; patterns are ECMA-262, as JSON Schema asks,
//! and take time linear in the length of any string.

use crate::model::{Action, Field, FieldKind, IndicatorType, Severity, KNOWN_CATEGORIES, UNDOCUMENTED_FIELDS};
use crate::profile::{first_profile_with, CrossRule, Presence, Profile};
use crate::{describe, OptionsError};
use std::fmt::Write;

/// The dialects a schema is written in (the targets of the Standard JSON Schema interface).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Draft202012,
    Draft07,
    /// OpenAPI 3.0's Schema Object: no `const`, `if`/`then`, `$schema`, `$comment` or
    /// `examples`, so rules are written with `enum`, `anyOf` and `not`.
    OpenApi30,
}

impl Target {
    pub const ALL: &'static [Target] = &[Target::Draft202012, Target::Draft07, Target::OpenApi30];

    pub fn name(self) -> &'static str {
        match self {
            Target::Draft202012 => "draft-2020-12",
            Target::Draft07 => "draft-07",
            Target::OpenApi30 => "openapi-3.0",
        }
    }

    pub fn parse(name: &str) -> Option<Target> {
        Target::ALL.iter().copied().find(|t| t.name() == name)
    }

    fn meta_schema(self) -> Option<&'static str> {
        match self {
            Target::Draft202012 => Some("https://json-schema.org/draft/2020-12/schema"),
            Target::Draft07 => Some("http://json-schema.org/draft-07/schema#"),
            Target::OpenApi30 => None,
        }
    }
}

/// What `validate` accepts, or the canonical payload it returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Input,
    Output,
}

impl Direction {
    pub const ALL: &'static [Direction] = &[Direction::Input, Direction::Output];

    pub fn name(self) -> &'static str {
        match self {
            Direction::Input => "input",
            Direction::Output => "output",
        }
    }

    pub fn parse(name: &str) -> Option<Direction> {
        Direction::ALL.iter().copied().find(|d| d.name() == name)
    }
}

#[derive(Debug, Clone, Copy)]
pub struct SchemaOptions {
    pub profile: &'static Profile,
    pub target: Target,
    pub direction: Direction,
    /// The undocumented fields that `allowUndocumented` passes through, as any JSON value.
    pub allow_undocumented: bool,
}

/// What `validate` checks and no schema here states, in every schema (`x-mde-not-expressed`
/// and `$comment`) and in the README.
pub const NOT_EXPRESSED: &[&str] = &[
    "IP addresses in non-global ranges (private, loopback, link-local, shared, documentation, benchmarking, multicast, reserved, unique-local), IPv4-mapped IPv6 judged by its IPv4, and in profile 2020 a CIDR block judged by its network",
    "dates that do not exist (2023-02-29), where the validator does not assert format date-time, and times that fall outside the years 0001-9999 once converted to UTC",
    "the 63 characters of a host name's last label, where the validator does not assert format hostname, and the 253 of a URL's host name",
    "duplicate keys in JSON text: a schema sees the parsed value, where one of them is gone",
    "strings holding a lone UTF-16 surrogate, which have no UTF-8 form",
    "warnings, which never make a body invalid: hidden characters in free text, legacy actions, https URLs, URLs without a scheme, unknown categories, duplicate list items and the rest; validate() reports them",
    "which top-level domains exist: validate() does not check it either (extract() and detectType() do)",
];

impl SchemaOptions {
    /// Options from their names, as the JS binding and the CLI give them; the error says what
    /// to use instead.
    pub fn parse(
        profile: &str,
        target: &str,
        direction: &str,
        allow_undocumented: bool,
    ) -> Result<SchemaOptions, String> {
        let unknown = |what: &str, name: &str, known: Vec<&str>| {
            format!("unknown {what} \"{name}\"; use one of {}", known.join(", "))
        };
        let Some(profile) = Profile::by_name(profile) else {
            return Err(OptionsError::UnknownProfile(profile.to_string()).to_string());
        };
        // "" asks for the default, so that JavaScript need not know it.
        let target = if target.is_empty() { Target::Draft202012.name() } else { target };
        let direction = if direction.is_empty() { Direction::Input.name() } else { direction };
        let Some(target) = Target::parse(target) else {
            return Err(unknown("target", target, Target::ALL.iter().map(|t| t.name()).collect()));
        };
        let Some(direction) = Direction::parse(direction) else {
            return Err(unknown("io", direction, Direction::ALL.iter().map(|d| d.name()).collect()));
        };
        Ok(SchemaOptions { profile, target, direction, allow_undocumented })
    }
}

/// The JSON Schema of an indicator body, as JSON text.
pub fn json_schema(options: &SchemaOptions) -> String {
    let mut out = Out {
        text: String::with_capacity(16 * 1024),
        after_value: false,
        openapi: options.target == Target::OpenApi30,
    };
    write_schema(&mut out, options);
    out.text
}

// ---------------------------------------------------------------------------------------------
// JSON written as it goes, in the order a schema reads best: far less code in the wasm than a
// tree of values would take.

struct Out {
    text: String,
    /// A value was written at this level, so the next one needs a comma.
    after_value: bool,
    openapi: bool,
}

impl Out {
    fn separate(&mut self) {
        if self.after_value {
            self.text.push(',');
        }
        self.after_value = false;
    }

    fn open(&mut self, bracket: char) {
        self.separate();
        self.text.push(bracket);
    }

    fn close(&mut self, bracket: char) {
        self.text.push(bracket);
        self.after_value = true;
    }

    fn key(&mut self, key: &str) {
        self.string(key);
        self.text.push(':');
        self.after_value = false;
    }

    fn string(&mut self, value: &str) {
        self.separate();
        self.text.push('"');
        for c in value.chars() {
            match c {
                '"' => self.text.push_str("\\\""),
                '\\' => self.text.push_str("\\\\"),
                c if c < ' ' => {
                    let _ = write!(self.text, "\\u{:04x}", u32::from(c));
                }
                c => self.text.push(c),
            }
        }
        self.text.push('"');
        self.after_value = true;
    }

    /// A literal: `true`, a number.
    fn raw(&mut self, value: &str) {
        self.separate();
        self.text.push_str(value);
        self.after_value = true;
    }

    fn entry(&mut self, key: &str, value: &str) {
        self.key(key);
        self.string(value);
    }

    fn strings(&mut self, key: &str, values: &mut dyn Iterator<Item = &str>) {
        self.key(key);
        self.open('[');
        values.for_each(|v| self.string(v));
        self.close(']');
    }

    /// `{"type": "string", "pattern": ...}`.
    fn string_matching(&mut self, regex: &str) {
        self.open('{');
        self.entry("type", "string");
        self.entry("pattern", regex);
        self.close('}');
    }

    /// `key` is exactly `value` (a JSON literal): `const`, or a one-value `enum` in OpenAPI 3.0.
    fn constant(&mut self, key: &str, value: &str) {
        self.key(key);
        self.open('{');
        if self.openapi {
            self.key("enum");
            self.open('[');
            self.raw(value);
            self.close(']');
        } else {
            self.key("const");
            self.raw(value);
        }
        self.close('}');
    }

    /// `if` → `then`; in OpenAPI 3.0 the same as "not `if`, or `then`".
    fn implies(&mut self, description: &str, condition: &dyn Fn(&mut Out), then: &dyn Fn(&mut Out)) {
        self.open('{');
        self.entry("description", description);
        if self.openapi {
            self.key("anyOf");
            self.open('[');
            self.open('{');
            self.key("not");
            self.open('{');
            condition(self);
            self.close('}');
            self.close('}');
            self.open('{');
            then(self);
            self.close('}');
            self.close(']');
        } else {
            self.key("if");
            self.open('{');
            condition(self);
            self.close('}');
            self.key("then");
            self.open('{');
            then(self);
            self.close('}');
        }
        self.close('}');
    }

    /// `"properties": {"<field>": <const value>}, "required": ["<field>"]`: the condition that
    /// a field is present with that value.
    fn field_is(&mut self, field: &str, value: &str) {
        self.key("properties");
        self.open('{');
        self.constant(field, value);
        self.close('}');
        self.strings("required", &mut [field].into_iter());
    }
}

// ---------------------------------------------------------------------------------------------
// Patterns, put together at compile time (`concat!` of the macros below), so that the wasm
// holds only their text. The character classes and the IPv6 forms are checked against the
// core's predicates and a generator of the forms by the tests at the end.

/// The white space that `str::trim` removes (`char::is_whitespace`), inside a class.
macro_rules! white_space {
    () => {
        "\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000"
    };
}

/// `hidden::is_hidden`, inside a class. Both classes keep to the BMP: without the `u` flag a
/// class matches UTF-16 units, where excluding an astral character would exclude others that
/// share its surrogate. Excluding fewer only makes a schema accept more, so it stays sound.
macro_rules! hidden {
    () => {
        "\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u061C\\u200B\\u200E-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF"
    };
}

/// A decimal octet as `std` reads it: 0-255, no leading zeros.
macro_rules! octet {
    () => {
        "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
    };
}

macro_rules! ipv4 {
    () => {
        concat!(octet!(), "(\\.", octet!(), "){3}")
    };
}

macro_rules! group {
    () => {
        "[0-9A-Fa-f]{1,4}"
    };
}

/// After a `::`: up to `$groups` groups, or fewer followed by a dotted quad.
macro_rules! tail {
    ($groups:literal, $before_v4:literal) => {
        concat!(
            "((",
            group!(),
            ":){0,",
            $groups,
            "}",
            group!(),
            "|(",
            group!(),
            ":){0,",
            $before_v4,
            "}",
            ipv4!(),
            ")?"
        )
    };
}

/// An IPv6 address as `std` reads it (RFC 4291's text forms): eight groups of 1-4 hex digits,
/// the last two of which may be a dotted quad, or fewer around one `::` that stands for at least
/// one zero group.
macro_rules! ipv6 {
    () => {
        concat!(
            "((",
            group!(),
            ":){7}",
            group!(),
            "|(",
            group!(),
            ":){6}",
            ipv4!(),
            "|::",
            tail!(6, 5),
            "|",
            group!(),
            "::",
            tail!(5, 4),
            "|(",
            group!(),
            ":){1}",
            group!(),
            "::",
            tail!(4, 3),
            "|(",
            group!(),
            ":){2}",
            group!(),
            "::",
            tail!(3, 2),
            "|(",
            group!(),
            ":){3}",
            group!(),
            "::",
            tail!(2, 1),
            "|(",
            group!(),
            ":){4}",
            group!(),
            "::",
            tail!(1, 0),
            "|(",
            group!(),
            ":){5}",
            group!(),
            "::((",
            group!(),
            ":){0,0}",
            group!(),
            ")?",
            "|(",
            group!(),
            ":){6}",
            group!(),
            "::)"
        )
    };
}

/// A host name of at least two labels of letters, digits and hyphens (1-63, no hyphen at an
/// edge); the last must not be all digits, so its first character that is not a digit is a
/// hyphen (followed by more) or a letter.
macro_rules! host_name {
    () => {
        concat!(
            "([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+",
            "([0-9]+-[A-Za-z0-9-]*[A-Za-z0-9]|[0-9]*[A-Za-z]([A-Za-z0-9-]*[A-Za-z0-9])?)"
        )
    };
}

macro_rules! http_scheme {
    () => {
        "[Hh][Tt][Tt][Pp][Ss]?://"
    };
}

/// After the scheme: a host (name, dotted quad or bracketed IPv6 literal), a port of 1-65535
/// (leading zeros allowed, as `u16` reads it), then a path, query or fragment without white
/// space, hidden characters, backslashes or wildcards.
macro_rules! url_after_scheme {
    () => {
        concat!(
            "(",
            ipv4!(),
            "|",
            host_name!(),
            "|\\[",
            ipv6!(),
            "\\])",
            "(:0*([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?",
            "([/?#][^",
            white_space!(),
            hidden!(),
            "\\\\*]*)?$"
        )
    };
}

/// Some character other than white space: a required text that is not blank.
const NOT_BLANK: &str = concat!("[^", white_space!(), "]");

macro_rules! group_name {
    () => {
        concat!("[", white_space!(), "]*[^,", white_space!(), "][^,]*")
    };
}

/// `rbacGroupNames` as a comma-separated string: every name non-blank once trimmed.
const COMMA_LIST: &str = concat!("^", group_name!(), "(,", group_name!(), ")*$");
const IPV4: &str = concat!("^", ipv4!(), "$");
const IPV6: &str = concat!("^", ipv6!(), "$");
const IPV4_CIDR: &str = concat!("^", ipv4!(), "/0*(3[0-2]|[12]?[0-9])$");
const IPV6_CIDR: &str = concat!("^", ipv6!(), "/0*(12[0-8]|1[01][0-9]|[1-9]?[0-9])$");
const HOST_NAME: &str = concat!("^", host_name!(), "$");
const HTTP_SCHEME: &str = concat!("^", http_scheme!());
const URL: &str = concat!("^(", http_scheme!(), ")?", url_after_scheme!());
const HTTP_URL: &str = concat!("^", http_scheme!(), url_after_scheme!());
macro_rules! date_time {
    ($t:literal, $fraction:literal, $offset:literal) => {
        concat!(
            "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])",
            $t,
            "([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]",
            $fraction,
            $offset,
            "$"
        )
    };
}
/// RFC 3339 with seconds and an offset.
const DATE_TIME: &str = date_time!("[Tt]", "(\\.[0-9]+)?", "([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])");
/// The payload's: UTC with `Z`, at most the service's fractional digits (`MAX_FRACTION_DIGITS`,
/// checked by a test), without trailing zeros.
const UTC_DATE_TIME: &str = date_time!("T", "(\\.[0-9]{0,6}[1-9])?", "Z");
const TECHNIQUE: &str = "^T[0-9]{4}(\\.[0-9]{3})?$";
const PASCAL_CASE: &str = "^[A-Z][A-Za-z0-9]*$";

fn hash(length: usize, direction: Direction) -> String {
    let hex = if direction == Direction::Input { "0-9A-Fa-f" } else { "0-9a-f" };
    format!("^[{hex}]{{{length}}}$")
}

// ---------------------------------------------------------------------------------------------
// The schema

fn description(field: Field) -> &'static str {
    match field {
        Field::IndicatorValue => "The indicator: a file hash or certificate thumbprint in hex, an IP address, a domain name or a URL, as indicatorType says.",
        Field::IndicatorType => "What indicatorValue is.",
        Field::Action => "What the service does when the indicator matches.",
        Field::Application => "The application the indicator applies to; since 2022 only applied when the indicator is created.",
        Field::Title => "The alert's title.",
        Field::Description => "The indicator's description.",
        Field::ExpirationTime => "When the indicator expires: an RFC 3339 date-time with seconds and an offset (Z or +HH:MM); the payload has it in UTC with Z.",
        Field::Severity => "The alert's severity.",
        Field::RecommendedActions => "What to do about an alert, in free text.",
        Field::RbacGroupNames => "The device groups the indicator applies to (all devices when empty). A comma-separated string is split, with a warning.",
        Field::EducateUrl => "An http(s) URL shown to a user whom a Url indicator blocks or warns.",
        Field::GenerateAlert => "Whether a match raises an alert.",
        Field::Category => "The portal's category, in PascalCase; a name outside the known ones (examples) gives a warning.",
        Field::MitreTechniques => "MITRE ATT&CK technique IDs (T1059, T1059.001).",
        Field::ExternalId => "A correlation ID of the caller's own.",
    }
}

/// An enum field: its values in the profile and the first profile of each (`x-mde-values-since`).
fn enumeration(out: &mut Out, values: &mut dyn Iterator<Item = (&'static str, Option<&'static str>)>) {
    let values: Vec<(&str, Option<&str>)> = values.collect();
    out.entry("type", "string");
    out.strings("enum", &mut values.iter().map(|(v, _)| *v));
    out.key("x-mde-values-since");
    out.open('{');
    for (value, since) in &values {
        if let Some(since) = since {
            out.entry(value, since);
        }
    }
    out.close('}');
}

fn property(out: &mut Out, field: Field, presence: Presence, options: &SchemaOptions) {
    let (profile, direction) = (options.profile, options.direction);
    out.key(field.name());
    out.open('{');
    out.entry("description", description(field));
    match field.kind() {
        FieldKind::Text | FieldKind::IndicatorValue => {
            out.entry("type", "string");
            if presence == Presence::Required {
                out.entry("pattern", NOT_BLANK);
            }
        }
        FieldKind::IndicatorType => enumeration(
            out,
            &mut profile
                .indicator_types
                .iter()
                .map(|t| (t.as_str(), first_profile_with(|p| p.indicator_types.contains(t)))),
        ),
        FieldKind::Action => enumeration(
            out,
            &mut profile.actions.iter().map(|a| (a.as_str(), first_profile_with(|p| p.actions.contains(a)))),
        ),
        FieldKind::Severity => {
            out.entry("type", "string");
            out.strings("enum", &mut Severity::ALL.iter().map(|s| s.as_str()));
        }
        FieldKind::DateTime => {
            out.entry("type", "string");
            out.entry("format", "date-time");
            out.entry("pattern", if direction == Direction::Input { DATE_TIME } else { UTC_DATE_TIME });
        }
        FieldKind::Url => {
            out.entry("type", "string");
            out.entry("pattern", HTTP_URL);
        }
        FieldKind::Bool => out.entry("type", "boolean"),
        FieldKind::GroupNames => {
            let array = |out: &mut Out| {
                out.entry("type", "array");
                out.key("items");
                out.string_matching(NOT_BLANK);
            };
            if direction == Direction::Input {
                out.key("anyOf");
                out.open('[');
                out.open('{');
                array(out);
                out.close('}');
                out.string_matching(COMMA_LIST);
                out.close(']');
            } else {
                array(out);
            }
        }
        FieldKind::Techniques => {
            out.entry("type", "array");
            out.key("items");
            out.string_matching(TECHNIQUE);
        }
        FieldKind::Category => {
            out.entry("type", "string");
            out.entry("pattern", PASCAL_CASE);
            if out.openapi {
                if let Some(first) = KNOWN_CATEGORIES.first() {
                    out.entry("example", first);
                }
            } else {
                out.strings("examples", &mut KNOWN_CATEGORIES.iter().copied());
            }
        }
    }
    if let Some(since) = first_profile_with(|p| p.presence(field).is_some()) {
        out.entry("x-mde-since", since);
    }
    out.close('}');
}

/// The keywords `indicatorValue` must match for a type.
fn value_schema(out: &mut Out, indicator_type: IndicatorType, options: &SchemaOptions) {
    // Repeated from the property itself for validators that want a type beside each keyword
    // (ajv's strict mode).
    out.entry("type", "string");
    match indicator_type {
        IndicatorType::IpAddress => {
            out.key("anyOf");
            out.open('[');
            for (format, regex) in [("ipv4", IPV4), ("ipv6", IPV6)] {
                out.open('{');
                out.entry("format", format);
                out.entry("pattern", regex);
                out.close('}');
            }
            if options.profile.cidr {
                for regex in [IPV4_CIDR, IPV6_CIDR] {
                    out.open('{');
                    out.entry("pattern", regex);
                    out.close('}');
                }
            }
            out.close(']');
        }
        IndicatorType::DomainName => {
            out.entry("format", "hostname");
            out.key("maxLength");
            out.raw("253");
            out.entry("pattern", HOST_NAME);
        }
        IndicatorType::Url => {
            out.entry("pattern", URL);
            // `http(s)://` at the start, or no `://` anywhere (a later one would be read as a
            // scheme).
            out.key("anyOf");
            out.open('[');
            out.open('{');
            out.entry("pattern", HTTP_SCHEME);
            out.close('}');
            out.open('{');
            out.key("not");
            out.open('{');
            out.entry("pattern", "://");
            out.close('}');
            out.close('}');
            out.close(']');
        }
        hash_type => out.entry("pattern", &hash(hash_type.hash_hex_len().unwrap_or(0), options.direction)),
    }
}

/// The rules that tie fields together: each type's value and actions, then the cross rules.
fn rules(out: &mut Out, options: &SchemaOptions) {
    let profile = options.profile;
    let by_type = describe::actions_by_type(profile);
    for indicator_type in profile.indicator_types {
        let name = indicator_type.as_str();
        // Only where the profile narrows them: without a type matrix every action is allowed.
        let actions =
            by_type.0.iter().find(|(t, _)| *t == name).map(|(_, a)| a).filter(|a| a.len() < profile.actions.len());
        let mut said = format!("indicatorValue of a {name}");
        if actions.is_some() {
            said.push_str(", and the actions it takes");
        }
        let condition = |out: &mut Out| out.field_is("indicatorType", &format!("\"{name}\""));
        let then = |out: &mut Out| {
            out.key("properties");
            out.open('{');
            out.key(Field::IndicatorValue.name());
            out.open('{');
            value_schema(out, *indicator_type, options);
            out.close('}');
            if let Some(actions) = actions {
                out.key(Field::Action.name());
                out.open('{');
                out.strings("enum", &mut actions.iter().copied());
                out.close('}');
            }
            out.close('}');
        };
        out.implies(&said, &condition, &then);
    }
    if profile.cross_rules.contains(&CrossRule::AuditRequiresGenerateAlert) {
        let said = "generateAlert must be true when action is Audit (audit_requires_generate_alert)";
        let condition = |out: &mut Out| out.field_is("action", "\"Audit\"");
        out.implies(said, &condition, &|out: &mut Out| out.field_is("generateAlert", "true"));
    }
    if profile.cross_rules.contains(&CrossRule::EducateUrlOnlyForUrlBlockOrWarn) {
        let said = "educateUrl only with Block or Warn on a Url (educate_url_not_applicable)";
        let condition = |out: &mut Out| out.strings("required", &mut ["educateUrl"].into_iter());
        let then = |out: &mut Out| {
            out.key("properties");
            out.open('{');
            out.constant("indicatorType", "\"Url\"");
            out.key("action");
            out.open('{');
            let actions = [Action::Block, Action::Warn].into_iter().filter(|a| profile.actions.contains(a));
            out.strings("enum", &mut actions.map(Action::as_str));
            out.close('}');
            out.close('}');
        };
        out.implies(said, &condition, &then);
    }
}

fn not_expressed_text() -> String {
    let mut text = String::from("Accepts every body that mde-indicator's validate() accepts. What validate() checks and this schema cannot express:");
    for (i, item) in NOT_EXPRESSED.iter().enumerate() {
        let _ = write!(text, "{} ({}) {item}", if i == 0 { "" } else { ";" }, i + 1);
    }
    text.push('.');
    text
}

fn write_schema(out: &mut Out, options: &SchemaOptions) {
    let profile = options.profile;
    out.open('{');
    if let Some(meta) = options.target.meta_schema() {
        out.entry("$schema", meta);
    }
    let io = options.direction.name();
    out.entry("title", &format!("Microsoft Defender for Endpoint indicator, profile {} ({io})", profile.name));
    let what = match options.direction {
        Direction::Input => "an indicator body as validate() accepts it",
        Direction::Output => "the canonical payload that validate() returns",
    };
    let mut about = format!("POST /api/indicators: {what}, in profile {} ({}).", profile.name, profile.source);
    if out.openapi {
        about.push(' ');
        about.push_str(&not_expressed_text());
    } else {
        out.entry("$comment", &not_expressed_text());
    }
    out.entry("description", &about);
    out.entry("type", "object");
    out.key("properties");
    out.open('{');
    for (field, presence) in profile.fields() {
        property(out, field, presence, options);
    }
    if options.allow_undocumented {
        for name in UNDOCUMENTED_FIELDS {
            out.key(name);
            out.open('{');
            out.entry("description", "Undocumented; passed through as given (allowUndocumented), with a warning.");
            out.close('}');
        }
    }
    out.close('}');
    let required = profile.fields().filter(|(_, p)| *p == Presence::Required);
    out.strings("required", &mut required.map(|(f, _)| f.name()));
    out.key("additionalProperties");
    out.raw("false");
    out.key("allOf");
    out.open('[');
    rules(out, options);
    out.close(']');
    out.entry("x-mde-profile", profile.name);
    out.strings("x-mde-not-expressed", &mut NOT_EXPRESSED.iter().copied());
    out.close('}');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::PROFILES;
    use crate::value::datetime::MAX_FRACTION_DIGITS;
    use crate::value::hidden;
    use serde_json::Value;

    fn schema(profile: &'static Profile, target: Target, direction: Direction) -> Value {
        let options = SchemaOptions { profile, target, direction, allow_undocumented: false };
        serde_json::from_str(&json_schema(&options)).unwrap()
    }

    fn keys(value: &Value, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => map.iter().for_each(|(k, v)| {
                out.push(k.clone());
                keys(v, out);
            }),
            Value::Array(items) => items.iter().for_each(|v| keys(v, out)),
            _ => {}
        }
    }

    /// The BMP characters for which `keep` holds, as the inside of an ECMA-262 class.
    fn class_of(keep: impl Fn(char) -> bool) -> String {
        let mut runs: Vec<(u32, u32)> = Vec::new();
        for code in (0..=0xFFFFu32).filter(|c| char::from_u32(*c).is_some_and(&keep)) {
            match runs.last_mut() {
                Some((_, end)) if *end + 1 == code => *end = code,
                _ => runs.push((code, code)),
            }
        }
        let escape = |c: u32| format!("\\u{c:04X}");
        runs.iter().map(|&(a, b)| if a == b { escape(a) } else { format!("{}-{}", escape(a), escape(b)) }).collect()
    }

    /// The IPv6 forms, generated: eight groups, or a head of 0-7 groups, `::` (at least one zero
    /// group) and a tail of the groups left, the last two of which may be a dotted quad.
    fn ipv6_forms() -> String {
        let (group, v4) = (group!(), ipv4!());
        let leading = |n: usize| format!("({group}:){{{n}}}");
        let mut forms = vec![format!("{}{group}", leading(7)), format!("{}{v4}", leading(6))];
        for head in 0..=7usize {
            let head_text = match head {
                0 => String::new(),
                1 => group.to_string(),
                n => format!("{}{group}", leading(n - 1)),
            };
            let room = 7 - head;
            let tail = match room {
                0 => String::new(),
                1 => format!("(({group}:){{0,0}}{group})?"),
                n => format!("(({group}:){{0,{}}}{group}|({group}:){{0,{}}}{v4})?", n - 1, n - 2),
            };
            forms.push(format!("{head_text}::{tail}"));
        }
        format!("({})", forms.join("|"))
    }

    #[test]
    fn classes_and_forms_are_the_cores() {
        assert_eq!(white_space!(), class_of(char::is_whitespace));
        assert_eq!(hidden!(), class_of(hidden::is_hidden));
        assert_eq!(ipv6!(), ipv6_forms());
        assert!(UTC_DATE_TIME.contains(&format!("{{0,{}}}[1-9]", MAX_FRACTION_DIGITS - 1)));
    }

    #[test]
    fn fields_enums_and_required_come_from_the_profile() {
        for profile in PROFILES {
            let s = schema(profile, Target::Draft202012, Direction::Input);
            let mut names: Vec<&str> = s["properties"].as_object().unwrap().keys().map(String::as_str).collect();
            let mut expected: Vec<&str> = profile.fields().map(|(f, _)| f.name()).collect();
            names.sort_unstable();
            expected.sort_unstable();
            assert_eq!(names, expected, "{}", profile.name);
            let types: Vec<&str> =
                s["properties"]["indicatorType"]["enum"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
            assert_eq!(types, profile.indicator_types.iter().map(|t| t.as_str()).collect::<Vec<_>>());
            let required: Vec<&str> = s["required"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
            let expected: Vec<&str> =
                profile.fields().filter(|(_, p)| *p == Presence::Required).map(|(f, _)| f.name()).collect();
            assert_eq!(required, expected);
            assert_eq!(s["additionalProperties"], Value::Bool(false));
        }
    }

    #[test]
    fn openapi_has_none_of_the_keywords_it_lacks() {
        for profile in PROFILES {
            for direction in Direction::ALL {
                let mut found = Vec::new();
                keys(&schema(profile, Target::OpenApi30, *direction), &mut found);
                for keyword in ["const", "if", "then", "$schema", "$comment", "examples", "$defs"] {
                    assert!(!found.iter().any(|k| k == keyword), "{keyword} in openapi-3.0 of {}", profile.name);
                }
            }
        }
    }

    #[test]
    fn revisions_are_named_where_fields_and_values_came_in() {
        let current = Profile::by_name("current").unwrap();
        let s = schema(current, Target::Draft07, Direction::Input);
        assert_eq!(s["$schema"], "http://json-schema.org/draft-07/schema#");
        assert_eq!(s["properties"]["educateUrl"]["x-mde-since"], "2022");
        assert_eq!(s["properties"]["title"]["x-mde-since"], "2020");
        assert_eq!(s["properties"]["indicatorType"]["x-mde-values-since"]["FileMd5"], "2022");
        assert_eq!(s["properties"]["action"]["x-mde-values-since"]["Alert"], "2020");
    }

    #[test]
    fn options_are_parsed_by_name_and_misuse_says_what_to_use() {
        assert!(SchemaOptions::parse("2022", "openapi-3.0", "output", true).is_ok());
        assert_eq!(
            SchemaOptions::parse("current", "draft-04", "input", false).err().as_deref(),
            Some("unknown target \"draft-04\"; use one of draft-2020-12, draft-07, openapi-3.0")
        );
        assert_eq!(
            SchemaOptions::parse("current", "draft-07", "both", false).err().as_deref(),
            Some("unknown io \"both\"; use one of input, output")
        );
        assert!(SchemaOptions::parse("2019", "draft-07", "input", false).is_err_and(|e| e.contains("2020, 2021")));
    }

    /// The targets the declarations name (index.d.ts) are the core's.
    #[test]
    fn the_declared_targets_are_these() {
        let types = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.d.ts")).unwrap_or_default();
        let names: Vec<String> = Target::ALL.iter().map(|t| format!("'{}'", t.name())).collect();
        assert!(types.contains(&format!("export type JsonSchemaTarget = {};", names.join(" | "))));
    }
}
