//! Threat-intelligence feeds, STIX 2.1 and MISP, mapped to indicator bodies. Every entry of the
//! feed that could be an indicator ends up in one of two lists: `indicators` (ordinary bodies,
//! to be validated like any other, each with its [`Source`]) or `skipped` (with a [`Skip`] code
//! saying why). Nothing is judged here that `validate` judges: a mapped value that the profile
//! refuses is an indicator, and `validate` says why it is invalid.
//!
//! A feed is read in two steps so that a large one never lives as one tree: [`FeedReader::new`]
//! walks the whole text once, checking its JSON and noting where each entry starts (and, for
//! MISP, each event's title, threat level and ATT&CK tags); [`FeedReader::next_chunk`] then reads
//! entries again from their offsets, a few at a time.

mod misp;
pub mod skip;
mod stix;
pub mod stix_pattern;

use crate::issue::{Expected, Issue, IssueKind, TypeName, NOT_JSON};
use crate::json::{Cursor, ParseError, Text, Value};
use crate::model::{Action, Field, IndicatorType};
use crate::profile::{CrossRule, Profile, TypeGroup};
use crate::value::datetime::Instant;
pub use misp::{mapped_types as misp_types, severity_of_threat_level};
use serde::ser::{Serialize, SerializeMap, SerializeStruct, Serializer};
pub use skip::Skip;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedKind {
    Stix,
    Misp,
}

impl FeedKind {
    pub fn name(self) -> &'static str {
        match self {
            FeedKind::Stix => "stix",
            FeedKind::Misp => "misp",
        }
    }

    pub fn parse(name: &str) -> Option<FeedKind> {
        match name {
            "stix" => Some(FeedKind::Stix),
            "misp" => Some(FeedKind::Misp),
            _ => None,
        }
    }
}

/// The action an indicator gets, by the kind of value it holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Actions {
    /// File hashes.
    pub files: Option<String>,
    /// Certificate thumbprints.
    pub certificates: Option<String>,
    /// IP addresses, domain names and URLs.
    pub network: Option<String>,
}

/// How to map a feed. Values given here are written as they are; `validate` judges them.
#[derive(Debug, Clone)]
pub struct FeedOptions {
    pub profile: &'static Profile,
    /// For STIX's "already expired" and `expires_in_days`; without it neither applies.
    pub now: Option<Instant>,
    /// Per kind; where `None`, an action that only alerts, if the profile has one for the kind
    /// (`Audit` with `generateAlert: true`, or `Alert` before 2022).
    pub actions: Actions,
    /// Where the feed gives none (MISP's threat level is used first).
    pub severity: Option<String>,
    /// Where the feed gives none (STIX's `valid_until` is used first).
    pub expiration_time: Option<String>,
    /// `expiration_time` as `now` plus this many days.
    pub expires_in_days: Option<u32>,
    /// Where the feed gives none.
    pub title: Option<String>,
    /// Where the feed gives none.
    pub description: Option<String>,
    /// MISP: only attributes marked `to_ids`.
    pub to_ids_only: bool,
    /// MISP: also `link` attributes.
    pub include_links: bool,
    /// STIX: also indicators marked `revoked`.
    pub include_revoked: bool,
}

impl FeedOptions {
    pub fn new(profile: &'static Profile) -> FeedOptions {
        FeedOptions {
            profile,
            now: None,
            actions: Actions::default(),
            severity: None,
            expiration_time: None,
            expires_in_days: None,
            title: None,
            description: None,
            to_ids_only: true,
            include_links: false,
            include_revoked: false,
        }
    }

    /// Reads the options the JS binding passes as JSON (`js/api.mjs` has checked their types):
    /// `action` (a string, or `{files, certificates, network}`), `severity`, `expirationTime`,
    /// `expiresInDays`, `title`, `description`, `toIdsOnly`, `includeLinks`, `includeRevoked`.
    pub fn read_json(mut self, text: &str) -> FeedOptions {
        let Ok(Value::Object(members)) = crate::json::parse(text) else { return self };
        let string = |value: &Value<'_>| as_text(value).map(str::to_string);
        for (key, value) in &members {
            match (key.as_str(), value) {
                ("action", Value::Object(kinds)) => {
                    for (kind, action) in kinds {
                        match kind.as_str() {
                            "files" => self.actions.files = string(action),
                            "certificates" => self.actions.certificates = string(action),
                            "network" => self.actions.network = string(action),
                            _ => {}
                        }
                    }
                }
                ("action", action) => {
                    let action = string(action);
                    self.actions = Actions { files: action.clone(), certificates: action.clone(), network: action };
                }
                ("severity", v) => self.severity = string(v),
                ("expirationTime", v) => self.expiration_time = string(v),
                ("expiresInDays", Value::Number(n)) => self.expires_in_days = n.parse().ok(),
                ("title", v) => self.title = string(v),
                ("description", v) => self.description = string(v),
                ("toIdsOnly", Value::Bool(b)) => self.to_ids_only = *b,
                ("includeLinks", Value::Bool(b)) => self.include_links = *b,
                ("includeRevoked", Value::Bool(b)) => self.include_revoked = *b,
                _ => {}
            }
        }
        self
    }

    /// The default expiration: `expiration_time`, else `now` plus `expires_in_days`.
    fn expiration(&self) -> Option<String> {
        if self.expiration_time.is_some() {
            return self.expiration_time.clone();
        }
        let (days, now) = (self.expires_in_days?, self.now?);
        let seconds = now.seconds.checked_add(i64::from(days) * 86_400)?;
        crate::value::datetime::format_utc(Instant { seconds, ticks: now.ticks })
    }
}

/// Where an indicator came from: the STIX object's `id` or the MISP attribute's `uuid`, and a
/// JSON pointer to the object or attribute in the input.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Source {
    pub id: Option<String>,
    pub path: String,
}

/// An indicator body as the feed gives it, before validation. Only fields the profile has are
/// set; fields are written in the documented order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Indicator {
    pub indicator_value: String,
    pub indicator_type: IndicatorType,
    pub action: Option<String>,
    pub title: String,
    pub description: String,
    pub expiration_time: Option<String>,
    pub severity: Option<String>,
    pub generate_alert: Option<bool>,
    pub category: Option<String>,
    pub mitre_techniques: Vec<String>,
    pub external_id: Option<String>,
}

impl Serialize for Indicator {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for field in Field::ALL {
            let value = match field {
                Field::IndicatorValue => Some(FieldValue::Text(&self.indicator_value)),
                Field::IndicatorType => Some(FieldValue::Text(self.indicator_type.as_str())),
                Field::Action => text(&self.action),
                Field::Title => Some(FieldValue::Text(&self.title)),
                Field::Description => Some(FieldValue::Text(&self.description)),
                Field::ExpirationTime => text(&self.expiration_time),
                Field::Severity => text(&self.severity),
                Field::GenerateAlert => self.generate_alert.map(FieldValue::Bool),
                Field::Category => text(&self.category),
                Field::MitreTechniques => {
                    Some(FieldValue::List(&self.mitre_techniques)).filter(|_| !self.mitre_techniques.is_empty())
                }
                Field::ExternalId => text(&self.external_id),
                _ => None,
            };
            if let Some(value) = value {
                map.serialize_entry(field.name(), &value)?;
            }
        }
        map.end()
    }
}

fn text(value: &Option<String>) -> Option<FieldValue<'_>> {
    value.as_deref().map(FieldValue::Text)
}

enum FieldValue<'a> {
    Text(&'a str),
    Bool(bool),
    List(&'a [String]),
}

impl Serialize for FieldValue<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            FieldValue::Text(text) => serializer.serialize_str(text),
            FieldValue::Bool(b) => serializer.serialize_bool(*b),
            FieldValue::List(items) => items.serialize(serializer),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FeedIndicator {
    pub indicator: Indicator,
    pub source: Source,
}

/// An entry, or one alternative of a STIX pattern, that was not mapped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The STIX object's `id` or the MISP attribute's `uuid`, when it has one.
    pub id: Option<String>,
    /// JSON pointer to the entry, or to its property that decided (`/objects/3/pattern`).
    pub path: String,
    pub skip: Skip,
}

impl Serialize for Skipped {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("Skipped", 5)?;
        out.serialize_field("id", &self.id)?;
        out.serialize_field("path", &self.path)?;
        out.serialize_field("code", self.skip.code())?;
        out.serialize_field("message", &format_args!("{}", self.skip))?;
        out.serialize_field("params", &self.skip.params())?;
        out.end()
    }
}

/// What one call of [`FeedReader::next_chunk`] mapped.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Chunk {
    pub indicators: Vec<FeedIndicator>,
    pub skipped: Vec<Skipped>,
}

impl Chunk {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// Counts over everything read so far.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    /// `stix` or `misp`.
    pub format: &'static str,
    /// STIX objects, or MISP attributes, read.
    pub entries: usize,
    pub indicators: usize,
    pub skipped: usize,
    pub indicators_by_type: Counts,
    pub skipped_by_code: Counts,
    /// STIX objects that are neither indicators nor observables (`relationship`, `identity`,
    /// `malware` ...), by type: context an indicator cannot hold, counted so that nothing
    /// disappears without a trace.
    pub ignored_by_type: Counts,
}

/// Counts by name, in name order; written as a JSON object. A sorted list rather than a
/// `BTreeMap`, whose code the module would carry for these few keys.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts(pub Vec<(String, usize)>);

impl Counts {
    pub fn add(&mut self, name: &str) {
        match self.0.binary_search_by(|(n, _)| n.as_str().cmp(name)) {
            Ok(at) => {
                if let Some((_, count)) = self.0.get_mut(at) {
                    *count += 1;
                }
            }
            Err(at) => self.0.insert(at, (name.to_string(), 1)),
        }
    }

    pub fn get(&self, name: &str) -> usize {
        self.0.iter().find(|(n, _)| n == name).map_or(0, |(_, count)| *count)
    }

    pub fn total(&self) -> usize {
        self.0.iter().map(|(_, count)| count).sum()
    }
}

impl Serialize for Counts {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, count) in &self.0 {
            map.serialize_entry(name, count)?;
        }
        map.end()
    }
}

/// Everything a feed maps to, in one piece.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct FeedReport {
    pub indicators: Vec<FeedIndicator>,
    pub skipped: Vec<Skipped>,
    /// Problems with the input as a whole (not JSON, not a STIX or MISP shape): nothing is mapped.
    pub errors: Vec<Issue>,
    pub summary: Summary,
}

/// Where an entry starts, with what it needs from around it.
#[derive(Debug, Clone)]
struct Entry {
    offset: usize,
    path: String,
    /// MISP: the event's and the object's context, as indices into the index's lists.
    event: Option<usize>,
    object: Option<usize>,
}

/// The entries of a feed and the context they share, from the first pass.
#[derive(Debug, Default)]
struct Index {
    entries: Vec<Entry>,
    events: Vec<misp::Event>,
    objects: Vec<misp::Object>,
}

/// Reads a feed entry by entry. Give `next_chunk` the same text as `new`.
pub struct FeedReader {
    kind: FeedKind,
    options: FeedOptions,
    defaults: Defaults,
    index: Index,
    next: usize,
    errors: Vec<Issue>,
    summary: Summary,
}

/// What every indicator of one reader gets unless its entry says otherwise.
struct Defaults {
    files: Option<String>,
    certificates: Option<String>,
    network: Option<String>,
    expiration: Option<String>,
    generate_alert_field: bool,
    techniques_field: bool,
    category_field: bool,
    external_id_field: bool,
}

impl FeedReader {
    /// Checks the whole text and notes its entries. `kind: None` detects it from the content.
    pub fn new(text: &str, kind: Option<FeedKind>, options: FeedOptions) -> FeedReader {
        let detected = kind.or_else(|| detect(text));
        let mut reader = FeedReader::blank(detected.unwrap_or(FeedKind::Stix), options);
        let indexed = match detected {
            None => Err(Issue::new("", IssueKind::InvalidType { expected: Expected::Feed, received: shape_of(text) })),
            Some(FeedKind::Stix) => stix::index(text),
            Some(FeedKind::Misp) => misp::index(text),
        };
        match indexed {
            Ok(index) => reader.index = index,
            Err(issue) => reader.errors.push(issue),
        }
        reader
    }

    fn blank(kind: FeedKind, options: FeedOptions) -> FeedReader {
        let profile = options.profile;
        let action = |given: &Option<String>, group: TypeGroup| {
            given.clone().or_else(|| default_action(profile, group).map(|a| a.as_str().to_string()))
        };
        let has = |field: Field| profile.presence(field).is_some();
        let defaults = Defaults {
            files: action(&options.actions.files, TypeGroup::FileHash),
            certificates: action(&options.actions.certificates, TypeGroup::Certificate),
            network: action(&options.actions.network, TypeGroup::Network),
            expiration: options.expiration(),
            generate_alert_field: has(Field::GenerateAlert),
            techniques_field: has(Field::MitreTechniques),
            category_field: has(Field::Category),
            external_id_field: has(Field::ExternalId),
        };
        let summary = Summary { format: kind.name(), ..Summary::default() };
        FeedReader { kind, options, defaults, index: Index::default(), next: 0, errors: Vec::new(), summary }
    }

    /// A reader of `bytes`, which must be UTF-8 (else its error says where they are not), and
    /// the text to give `next_chunk`.
    pub fn from_bytes(bytes: Vec<u8>, kind: Option<FeedKind>, options: FeedOptions) -> (String, FeedReader) {
        match String::from_utf8(bytes) {
            Ok(text) => {
                let reader = FeedReader::new(&text, kind, options);
                (text, reader)
            }
            Err(error) => {
                let offset = error.utf8_error().valid_up_to();
                (String::new(), FeedReader::failed(kind, options, IssueKind::InvalidUtf8 { offset }))
            }
        }
    }

    /// A reader of nothing, with one input-level error (JS: a value that cannot be serialised).
    pub fn failed(kind: Option<FeedKind>, options: FeedOptions, error: IssueKind) -> FeedReader {
        let mut reader = FeedReader::blank(kind.unwrap_or(FeedKind::Stix), options);
        reader.errors.push(Issue::new("", error));
        reader
    }

    pub fn kind(&self) -> FeedKind {
        self.kind
    }

    /// Problems with the input as a whole; when there are any, no entry is read.
    pub fn errors(&self) -> &[Issue] {
        &self.errors
    }

    pub fn summary(&self) -> &Summary {
        &self.summary
    }

    /// Entries not read yet.
    pub fn remaining(&self) -> usize {
        self.index.entries.len().saturating_sub(self.next)
    }

    /// Maps up to `limit` more entries of `text`.
    pub fn next_chunk(&mut self, text: &str, limit: usize) -> Chunk {
        let mut chunk = Chunk::default();
        let end = self.next.saturating_add(limit).min(self.index.entries.len());
        for at in self.next..end {
            let Some(entry) = self.index.entries.get(at) else { break };
            let mut out = Out { chunk: &mut chunk, summary: &mut self.summary };
            let context = Context { options: &self.options, defaults: &self.defaults, index: &self.index };
            match Cursor::at(text, entry.offset).value() {
                Ok(value) => match self.kind {
                    FeedKind::Stix => stix::map(&value, entry, &context, &mut out),
                    FeedKind::Misp => misp::map(&value, entry, &context, &mut out),
                },
                // Only when `text` is not the text the index was made from.
                Err(_) => out.skip(None, entry.path.clone(), Skip::NotAnObject { received: skip::JsonKind::Missing }),
            }
            self.summary.entries += 1;
        }
        self.next = end;
        chunk
    }
}

/// Maps a whole feed at once.
pub fn read(text: &str, kind: Option<FeedKind>, options: FeedOptions) -> FeedReport {
    let mut reader = FeedReader::new(text, kind, options);
    let chunk = reader.next_chunk(text, usize::MAX);
    FeedReport { indicators: chunk.indicators, skipped: chunk.skipped, errors: reader.errors, summary: reader.summary }
}

/// What the mapping of one entry reads.
struct Context<'r> {
    options: &'r FeedOptions,
    defaults: &'r Defaults,
    index: &'r Index,
}

/// Where the mapping of one entry writes.
struct Out<'c> {
    chunk: &'c mut Chunk,
    summary: &'c mut Summary,
}

impl Out<'_> {
    fn skip(&mut self, id: Option<String>, path: String, skip: Skip) {
        self.summary.skipped_by_code.add(skip.code());
        self.summary.skipped += 1;
        self.chunk.skipped.push(Skipped { id, path, skip });
    }

    fn indicator(&mut self, indicator: Indicator, source: Source) {
        self.summary.indicators_by_type.add(indicator.indicator_type.as_str());
        self.summary.indicators += 1;
        self.chunk.indicators.push(FeedIndicator { indicator, source });
    }
}

/// A value the feed names, with what the mapping of its entry decided around it.
struct Mapped {
    indicator_type: IndicatorType,
    value: String,
}

/// The fields every indicator of an entry shares.
struct Common {
    title: String,
    description: String,
    expiration_time: Option<String>,
    severity: Option<String>,
    techniques: Vec<String>,
    category: Option<String>,
    external_id: Option<String>,
}

impl Context<'_> {
    fn indicator(&self, mapped: Mapped, common: &Common) -> Indicator {
        let defaults = self.defaults;
        let action = match TypeGroup::of(mapped.indicator_type) {
            TypeGroup::FileHash => defaults.files.clone(),
            TypeGroup::Certificate => defaults.certificates.clone(),
            TypeGroup::Network => defaults.network.clone(),
        };
        let audits = action.as_deref() == Some(Action::Audit.as_str());
        Indicator {
            indicator_value: mapped.value,
            indicator_type: mapped.indicator_type,
            action,
            title: common.title.clone(),
            description: common.description.clone(),
            expiration_time: common.expiration_time.clone().or_else(|| defaults.expiration.clone()),
            severity: common.severity.clone().or_else(|| self.options.severity.clone()),
            // The rule `Audit` needs, which the default action must not break.
            generate_alert: (audits && defaults.generate_alert_field).then_some(true),
            category: common.category.clone().filter(|_| defaults.category_field),
            mitre_techniques: if defaults.techniques_field { common.techniques.clone() } else { Vec::new() },
            external_id: common.external_id.clone().filter(|_| defaults.external_id_field),
        }
    }

    /// The title: the feed's, else the option's, else `fallback`.
    fn title(&self, given: Option<&str>, fallback: impl FnOnce() -> String) -> String {
        non_blank(given).map(str::to_string).or_else(|| self.options.title.clone()).unwrap_or_else(fallback)
    }

    fn description(&self, given: Option<&str>, fallback: impl FnOnce() -> String) -> String {
        non_blank(given).map(str::to_string).or_else(|| self.options.description.clone()).unwrap_or_else(fallback)
    }
}

fn non_blank(text: Option<&str>) -> Option<&str> {
    text.filter(|t| !t.trim().is_empty())
}

/// An action that alerts without blocking, if the profile has one for the group: a feed should
/// not start blocking unless the caller says so.
fn default_action(profile: &Profile, group: TypeGroup) -> Option<Action> {
    let allowed = |action: Action| {
        profile.actions.contains(&action)
            && profile.cross_rules.iter().all(|rule| match rule {
                CrossRule::ActionsByType(table) => {
                    table.iter().any(|(g, actions)| *g == group && actions.contains(&action))
                }
                _ => true,
            })
    };
    [Action::Audit, Action::Alert].into_iter().find(|a| allowed(*a))
}

/// An object's members, for reading the few properties a mapping needs.
struct Members<'v, 'a>(&'v [(Text<'a>, Value<'a>)]);

impl<'v, 'a> Members<'v, 'a> {
    /// The value of `key`, or a skip when the key is there twice.
    fn get(&self, key: &str) -> Result<Option<&'v Value<'a>>, Skip> {
        let mut found = self.0.iter().filter(|(k, _)| k.as_str() == key).map(|(_, v)| v);
        let first = found.next();
        if found.next().is_some() {
            return Err(Skip::DuplicateProperty { property: key.to_string() });
        }
        Ok(first)
    }

    /// The text of `key` when it is a string; `None` when absent or of another type.
    fn text(&self, key: &str) -> Result<Option<&'v str>, Skip> {
        Ok(self.get(key)?.and_then(as_text))
    }

    /// The text of `key`, which the entry needs.
    fn required_text(&self, key: &'static str) -> Result<&'v str, Skip> {
        let value = self.get(key)?;
        value.and_then(as_text).ok_or(Skip::InvalidProperty {
            property: key,
            expected: skip::JsonKind::String,
            received: skip::JsonKind::of(value),
        })
    }
}

fn as_text<'v>(value: &'v Value<'_>) -> Option<&'v str> {
    match value {
        Value::String(text) if !text.lone_surrogate => Some(text.as_str()),
        _ => None,
    }
}

fn members<'v, 'a>(value: &'v Value<'a>) -> Result<Members<'v, 'a>, Skip> {
    match value {
        Value::Object(members) => Ok(Members(members)),
        other => Err(Skip::NotAnObject { received: skip::JsonKind::of(Some(other)) }),
    }
}

/// An IP address as an indicator holds it: a `/32` (IPv4) or `/128` (IPv6) block is the
/// address; other blocks stay as written, for the profile to judge.
fn ip_value(value: &str) -> String {
    if let Some((address, prefix)) = value.rsplit_once('/') {
        let single = match prefix {
            "32" => address.parse::<std::net::Ipv4Addr>().is_ok(),
            "128" => address.parse::<std::net::Ipv6Addr>().is_ok(),
            _ => false,
        };
        if single {
            return address.to_string();
        }
    }
    value.to_string()
}

/// Whether `value` is an IP address or block (network traffic's ends may be either an address
/// or a domain name).
fn is_ip(value: &str) -> bool {
    let address = value.split_once('/').map_or(value, |(a, _)| a);
    address.parse::<std::net::IpAddr>().is_ok()
}

/// A MITRE ATT&CK technique ID: `T1059` or `T1059.001`.
fn is_technique(text: &str) -> bool {
    let b = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| b.get(range).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    b.first() == Some(&b'T')
        && digits(1..5)
        && (b.len() == 5 || (b.len() == 9 && b.get(5) == Some(&b'.') && digits(6..9)))
}

/// Adds `item` to a sorted list unless it is there: techniques come out in ID order, the same
/// whatever order the feed wrote them in.
fn push_unique(list: &mut Vec<String>, item: &str) {
    if let Err(at) = list.binary_search_by(|t| t.as_str().cmp(item)) {
        list.insert(at, item.to_string());
    }
}

/// The feed a text holds, from its first keys: `Event` or `response` is MISP; `type`, `objects`,
/// `spec_version` or a STIX `id` (`type--uuid`) is STIX; in an array, the first item decides.
/// A prefix of the text is enough (a file's first chunk); an indicator body or anything else is
/// `None`.
pub fn detect(text: &str) -> Option<FeedKind> {
    let mut cursor = Cursor::new(text);
    if cursor.peek() == Some(b'[') {
        cursor.enter_array().ok()?;
        if !cursor.next_item().ok()? {
            return None;
        }
    }
    if cursor.peek() != Some(b'{') {
        return None;
    }
    cursor.enter_object().ok()?;
    while let Some(key) = cursor.next_key().ok()? {
        match key.as_str() {
            // An indicator body or an import body: no feed, and no need to read on.
            "indicatorValue" | "indicatorType" | "Indicators" => return None,
            "Event" | "response" => return Some(FeedKind::Misp),
            "objects" | "spec_version" | "pattern" => return Some(FeedKind::Stix),
            "type" | "id" => match cursor.value().ok()? {
                Value::String(text) if is_stix_name(text.as_str(), key.as_str() == "id") => {
                    return Some(FeedKind::Stix)
                }
                _ => {}
            },
            // An attribute list, or an event without its wrapper.
            "Attribute" | "Object" | "info" | "threat_level_id" => return Some(FeedKind::Misp),
            _ => {
                cursor.value().ok()?;
            }
        }
    }
    None
}

/// A STIX type name (`indicator`, `x509-certificate`), or with `id` an identifier
/// (`indicator--` and a UUID).
fn is_stix_name(text: &str, id: bool) -> bool {
    let name = if id {
        match text.split_once("--") {
            Some((name, uuid)) if uuid.len() == 36 => name,
            _ => return false,
        }
    } else {
        text
    };
    name.len() >= 3
        && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && name.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
}

/// The JSON type of a whole text, for the error when it is neither feed.
fn shape_of(text: &str) -> TypeName {
    match Cursor::new(text).value() {
        Ok(value) => value.type_name(),
        Err(_) => TypeName(NOT_JSON.to_string()),
    }
}

/// An input-level error for a JSON syntax error at `error`.
fn invalid_json(text: &str, error: ParseError) -> Issue {
    let (line, column) = error.line_column(text);
    Issue::new("", IssueKind::InvalidJson { reason: error.reason, line, column })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_the_feed_from_its_first_keys() {
        assert_eq!(detect(r#"{"type": "bundle", "id": "bundle--x"}"#), Some(FeedKind::Stix));
        assert_eq!(detect(r#"{"id": "bundle--6f9c4c32-6a4e-4c6d-9b46-1c1d2a3b4c5d", "ob"#), Some(FeedKind::Stix));
        assert_eq!(detect(r#"[{"type": "indicator"}]"#), Some(FeedKind::Stix));
        assert_eq!(detect(r#"{"Event": {"info": "#), Some(FeedKind::Misp));
        assert_eq!(detect(r#"[{"Event": {}}]"#), Some(FeedKind::Misp));
        assert_eq!(detect(r#"{"response": []}"#), Some(FeedKind::Misp));
        assert_eq!(detect(r#"{"indicatorValue": "8.8.8.8", "type": "x"}"#), None);
        assert_eq!(detect(r#"{"Indicators": []}"#), None);
        assert_eq!(detect(r#"[{"indicatorValue": "8.8.8.8"}]"#), None);
        assert_eq!(detect("IndicatorType,IndicatorValue"), None);
        assert_eq!(detect(r#"{"type": "Bundle"}"#), None);
    }

    #[test]
    fn single_addresses_lose_their_prefix() {
        assert_eq!(ip_value("198.51.100.7/32"), "198.51.100.7");
        assert_eq!(ip_value("2001:db8::1/128"), "2001:db8::1");
        assert_eq!(ip_value("198.51.100.0/24"), "198.51.100.0/24");
        assert_eq!(ip_value("2001:db8::1/32"), "2001:db8::1/32");
        assert_eq!(ip_value("example.com/32"), "example.com/32");
    }

    #[test]
    fn default_actions_alert_without_blocking() {
        let current = Profile::by_name("current").unwrap();
        assert_eq!(default_action(current, TypeGroup::FileHash), Some(Action::Audit));
        assert_eq!(default_action(current, TypeGroup::Certificate), None);
        let old = Profile::by_name("2020").unwrap();
        assert_eq!(default_action(old, TypeGroup::Network), Some(Action::Alert));
    }
}
