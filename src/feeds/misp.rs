//! MISP: an event (`{"Event": {...}}`, or the event object itself), a list of them, or what
//! MISP's REST API answers (`{"response": [...]}` of events, `{"response": {"Attribute": [...]}}`
//! of attributes). Attributes are read at the event level and inside objects (`Object[].
//! Attribute[]`); each carries its event's title, threat level and ATT&CK tags.

use super::skip::Skip;
use super::{
    as_text, invalid_json, ip_value, is_technique, members, push_unique, Common, Context, Entry, Index, Mapped,
    Members, Out, Source,
};
use crate::issue::{Expected, Issue, IssueKind};
use crate::json::{Cursor, ParseError, Value};
use crate::model::{IndicatorType, Severity};

/// What an attribute's event says about all of its attributes.
#[derive(Debug, Clone, Default)]
pub(super) struct Event {
    info: Option<String>,
    uuid: Option<String>,
    id: Option<String>,
    threat_level: Option<String>,
    techniques: Vec<String>,
}

/// What a MISP object says about its attributes.
#[derive(Debug, Clone, Default)]
pub(super) struct Object {
    deleted: bool,
    comment: Option<String>,
}

/// How an attribute type's value becomes indicators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// The value as it is.
    Plain(IndicatorType),
    /// An address or block (`/32` and `/128` are the address).
    Ip,
    /// `address|port`: the address (an indicator has no port).
    IpPort,
    /// `domain|address`: both.
    DomainIp,
    /// `filename|hash`: the hash; the file name goes to the description.
    NamedHash(IndicatorType),
    /// A SHA-1 fingerprint, often written with colons between the bytes.
    Thumbprint,
    /// A URL that is usually a reference (a report's address), only with `includeLinks`.
    Link,
}

/// The attribute types that map, from MISP's list of types.
const TYPES: &[(&str, Kind)] = &[
    ("md5", Kind::Plain(IndicatorType::FileMd5)),
    ("sha1", Kind::Plain(IndicatorType::FileSha1)),
    ("sha256", Kind::Plain(IndicatorType::FileSha256)),
    ("ip-src", Kind::Ip),
    ("ip-dst", Kind::Ip),
    ("ip-src|port", Kind::IpPort),
    ("ip-dst|port", Kind::IpPort),
    ("domain", Kind::Plain(IndicatorType::DomainName)),
    ("hostname", Kind::Plain(IndicatorType::DomainName)),
    ("domain|ip", Kind::DomainIp),
    ("url", Kind::Plain(IndicatorType::Url)),
    ("link", Kind::Link),
    ("x509-fingerprint-sha1", Kind::Thumbprint),
    ("filename|md5", Kind::NamedHash(IndicatorType::FileMd5)),
    ("filename|sha1", Kind::NamedHash(IndicatorType::FileSha1)),
    ("filename|sha256", Kind::NamedHash(IndicatorType::FileSha256)),
];

/// The attribute types that map, in documentation order.
pub fn mapped_types() -> impl Iterator<Item = &'static str> {
    TYPES.iter().map(|(name, _)| *name)
}

pub(super) fn index(text: &str) -> Result<Index, Issue> {
    let mut walker = Walker { index: Index::default(), recognised: false };
    let mut cursor = Cursor::new(text);
    let start = cursor.offset();
    let walked = match cursor.peek() {
        Some(b'[') => walker.list(&mut cursor, "").and_then(|_| cursor.end()),
        Some(b'{') => walker.body(&mut cursor, "").and_then(|attribute| {
            if attribute && walker.index.entries.is_empty() {
                // One attribute on its own.
                walker.recognised = true;
                walker.index.entries.push(Entry { offset: start, path: String::new(), event: None, object: None });
            }
            cursor.end()
        }),
        _ => Ok(()),
    };
    if let Err(error) = walked {
        return Err(invalid_json(text, error));
    }
    if !walker.recognised {
        let received = super::shape_of(text);
        return Err(Issue::new("", IssueKind::InvalidType { expected: Expected::MispInput, received }));
    }
    Ok(walker.index)
}

struct Walker {
    index: Index,
    /// Whether anything MISP-shaped was seen.
    recognised: bool,
}

impl Walker {
    /// An array of events (or of attributes, as some answers hold them).
    fn list(&mut self, cursor: &mut Cursor<'_>, prefix: &str) -> Result<(), ParseError> {
        cursor.enter_array()?;
        let mut at = 0usize;
        while cursor.next_item()? {
            let path = format!("{prefix}/{at}");
            if cursor.peek() == Some(b'{') {
                let offset = cursor.offset();
                let before = self.index.entries.len();
                let attribute = self.body(cursor, &path)?;
                if attribute && self.index.entries.len() == before {
                    // An attribute on its own, with no event around it.
                    self.recognised = true;
                    self.index.entries.push(Entry { offset, path, event: None, object: None });
                }
            } else {
                self.entry(cursor, path, None, None)?;
            }
            at += 1;
        }
        Ok(())
    }

    /// The object that comes next: a wrapper (`Event`, `response`), an event, or (returned as
    /// `true`) what looks like an attribute.
    fn body(&mut self, cursor: &mut Cursor<'_>, prefix: &str) -> Result<bool, ParseError> {
        cursor.enter_object()?;
        let event = self.index.events.len();
        self.index.events.push(Event::default());
        let mut context = Event::default();
        let (mut has_type, mut has_value) = (false, false);
        while let Some(key) = cursor.next_key()? {
            let path = crate::issue::pointer(prefix, key.as_str());
            match key.as_str() {
                "Event" | "response" if cursor.peek() == Some(b'{') => {
                    self.recognised = true;
                    self.body(cursor, &path)?;
                }
                "response" if cursor.peek() == Some(b'[') => {
                    self.recognised = true;
                    self.list(cursor, &path)?;
                }
                "Attribute" if cursor.peek() == Some(b'[') => {
                    self.recognised = true;
                    cursor.enter_array()?;
                    let mut at = 0usize;
                    while cursor.next_item()? {
                        self.entry(cursor, format!("{path}/{at}"), Some(event), None)?;
                        at += 1;
                    }
                }
                "Object" if cursor.peek() == Some(b'[') => {
                    self.recognised = true;
                    self.objects(cursor, &path, event)?;
                }
                "info" | "uuid" | "id" | "threat_level_id" | "Tag" | "Galaxy" => {
                    let value = cursor.value()?;
                    read_context(&mut context, key.as_str(), &value);
                    self.recognised |= key.as_str() == "info";
                }
                "type" | "value" => {
                    has_type |= key.as_str() == "type";
                    has_value |= key.as_str() == "value";
                    drop(cursor.value()?);
                }
                _ => drop(cursor.value()?),
            }
        }
        if let Some(slot) = self.index.events.get_mut(event) {
            *slot = context;
        }
        Ok(has_type && has_value)
    }

    fn objects(&mut self, cursor: &mut Cursor<'_>, prefix: &str, event: usize) -> Result<(), ParseError> {
        cursor.enter_array()?;
        let mut at = 0usize;
        while cursor.next_item()? {
            let path = format!("{prefix}/{at}");
            at += 1;
            if cursor.peek() != Some(b'{') {
                self.entry(cursor, path, Some(event), None)?;
                continue;
            }
            cursor.enter_object()?;
            let object = self.index.objects.len();
            self.index.objects.push(Object::default());
            let mut context = Object::default();
            while let Some(key) = cursor.next_key()? {
                match key.as_str() {
                    "Attribute" if cursor.peek() == Some(b'[') => {
                        cursor.enter_array()?;
                        let mut item = 0usize;
                        while cursor.next_item()? {
                            self.entry(cursor, format!("{path}/Attribute/{item}"), Some(event), Some(object))?;
                            item += 1;
                        }
                    }
                    "deleted" => context.deleted = truthy(&cursor.value()?),
                    "comment" => context.comment = as_text(&cursor.value()?).map(str::to_string),
                    _ => drop(cursor.value()?),
                }
            }
            if let Some(slot) = self.index.objects.get_mut(object) {
                *slot = context;
            }
        }
        Ok(())
    }

    /// The attribute that comes next: checked now, noted, read again when mapped.
    fn entry(
        &mut self,
        cursor: &mut Cursor<'_>,
        path: String,
        event: Option<usize>,
        object: Option<usize>,
    ) -> Result<(), ParseError> {
        let offset = cursor.offset();
        drop(cursor.value()?);
        self.index.entries.push(Entry { offset, path, event, object });
        Ok(())
    }
}

/// Reads one of an event's own members into its context.
fn read_context(context: &mut Event, key: &str, value: &Value<'_>) {
    let text = || match value {
        Value::Number(n) => Some((*n).to_string()),
        other => as_text(other).map(str::to_string),
    };
    match key {
        "info" => context.info = text(),
        "uuid" => context.uuid = text(),
        "id" => context.id = text(),
        "threat_level_id" => context.threat_level = text(),
        "Tag" => tag_techniques(Some(value), &mut context.techniques),
        "Galaxy" => galaxy_techniques(Some(value), &mut context.techniques),
        _ => {}
    }
}

/// An event's context from the members of an `Event` object (an attribute's own, as the REST
/// API adds it with `includeContext`).
fn context_of(members: &Members<'_, '_>) -> Event {
    let mut context = Event::default();
    for (key, value) in members.0 {
        read_context(&mut context, key.as_str(), value);
    }
    context
}

fn truthy(value: &Value<'_>) -> bool {
    match value {
        Value::Bool(b) => *b,
        Value::Number(n) => *n == "1",
        Value::String(s) => matches!(s.as_str(), "1" | "true" | "True"),
        _ => false,
    }
}

/// ATT&CK techniques named by tags such as `misp-galaxy:mitre-attack-pattern="Phishing - T1566"`.
fn tag_techniques(tags: Option<&Value<'_>>, found: &mut Vec<String>) {
    let Some(Value::Array(tags)) = tags else { return };
    for tag in tags {
        if let Some(name) = members(tag).ok().and_then(|t| t.text("name").ok().flatten()) {
            if let Some(technique) = galaxy_tag_technique(name) {
                push_unique(found, technique);
            }
        }
    }
}

fn galaxy_tag_technique(name: &str) -> Option<&str> {
    let (galaxy, value) = name.strip_prefix("misp-galaxy:")?.split_once('=')?;
    if !galaxy.ends_with("attack-pattern") {
        return None;
    }
    cluster_technique(value.trim_matches('"'))
}

/// The technique at the end of a cluster's value: `Phishing - T1566`.
fn cluster_technique(value: &str) -> Option<&str> {
    let (_, id) = value.rsplit_once(" - ")?;
    is_technique(id).then_some(id)
}

/// ATT&CK techniques of `Galaxy` entries of an attack-pattern galaxy: each cluster's
/// `meta.external_id`, else the ID at the end of its value.
fn galaxy_techniques(galaxies: Option<&Value<'_>>, found: &mut Vec<String>) {
    let Some(Value::Array(galaxies)) = galaxies else { return };
    for galaxy in galaxies {
        let Ok(galaxy) = members(galaxy) else { continue };
        if !galaxy.text("type").ok().flatten().is_some_and(|t| t.ends_with("attack-pattern")) {
            continue;
        }
        let Ok(Some(Value::Array(clusters))) = galaxy.get("GalaxyCluster") else { continue };
        for cluster in clusters {
            let Ok(cluster) = members(cluster) else { continue };
            let mut ids = Vec::new();
            if let Ok(Some(meta)) = cluster.get("meta") {
                if let Ok(Some(Value::Array(external))) = members(meta).and_then(|m| m.get("external_id")) {
                    ids.extend(external.iter().filter_map(as_text).filter(|id| is_technique(id)));
                }
            }
            if ids.is_empty() {
                ids.extend(cluster.text("value").ok().flatten().and_then(cluster_technique));
            }
            for id in ids {
                push_unique(found, id);
            }
        }
    }
}

/// MISP's threat levels: 1 High, 2 Medium, 3 Low, 4 Undefined (no severity).
pub fn severity_of_threat_level(level: &str) -> Option<Severity> {
    match level {
        "1" => Some(Severity::High),
        "2" => Some(Severity::Medium),
        "3" => Some(Severity::Low),
        _ => None,
    }
}

/// Maps one attribute.
pub(super) fn map(value: &Value<'_>, entry: &Entry, context: &Context<'_>, out: &mut Out<'_>) {
    let attribute = match members(value) {
        Ok(attribute) => attribute,
        Err(skip) => return out.skip(None, entry.path.clone(), skip),
    };
    let uuid = attribute.text("uuid").ok().flatten().map(str::to_string);
    if let Err((property, skip)) = map_attribute(&attribute, uuid.as_deref(), entry, context, out) {
        let path = if property.is_empty() { entry.path.clone() } else { format!("{}/{property}", entry.path) };
        out.skip(uuid, path, skip);
    }
}

type Refusal = (&'static str, Skip);

fn at(property: &'static str) -> impl Fn(Skip) -> Refusal {
    move |skip| (property, skip)
}

fn map_attribute(
    attribute: &Members<'_, '_>,
    uuid: Option<&str>,
    entry: &Entry,
    context: &Context<'_>,
    out: &mut Out<'_>,
) -> Result<(), Refusal> {
    let index = context.index;
    let object = entry.object.and_then(|o| index.objects.get(o));
    if attribute.get("deleted").map_err(at("deleted"))?.is_some_and(truthy) {
        return Err(("deleted", Skip::MispDeleted {}));
    }
    if object.is_some_and(|o| o.deleted) {
        return Err(("", Skip::MispDeleted {}));
    }
    let attribute_type = attribute.required_text("type").map_err(at("type"))?;
    let value = attribute.required_text("value").map_err(at("value"))?;
    let Some(kind) = TYPES.iter().find(|(name, _)| *name == attribute_type).map(|(_, kind)| *kind) else {
        return Err(("type", Skip::MispType { attribute_type: attribute_type.to_string() }));
    };
    let options = context.options;
    if kind == Kind::Link && !options.include_links {
        return Err(("type", Skip::MispLink {}));
    }
    let to_ids = attribute.get("to_ids").map_err(at("to_ids"))?;
    if options.to_ids_only && !to_ids.is_some_and(truthy) {
        return Err(("to_ids", Skip::MispNotToIds {}));
    }
    let composite = || {
        value.rsplit_once('|').ok_or(("value", Skip::MispCompositeValue { attribute_type: attribute_type.to_string() }))
    };
    let mut file_name = None;
    let values: Vec<(IndicatorType, String)> = match kind {
        Kind::Plain(indicator_type) => vec![(indicator_type, value.to_string())],
        Kind::Link => vec![(IndicatorType::Url, value.to_string())],
        Kind::Ip => vec![(IndicatorType::IpAddress, ip_value(value))],
        Kind::IpPort => vec![(IndicatorType::IpAddress, ip_value(composite()?.0))],
        Kind::DomainIp => {
            let (domain, address) = composite()?;
            vec![(IndicatorType::DomainName, domain.to_string()), (IndicatorType::IpAddress, ip_value(address))]
        }
        Kind::NamedHash(indicator_type) => {
            let (name, hash) = composite()?;
            file_name = Some(name);
            vec![(indicator_type, hash.to_string())]
        }
        Kind::Thumbprint => {
            let bare: String = value.chars().filter(|c| *c != ':').collect();
            let colons = bare.len() != value.len() && bare.bytes().all(|b| b.is_ascii_hexdigit());
            vec![(IndicatorType::CertificateThumbprint, if colons { bare } else { value.to_string() })]
        }
    };

    // The attribute's own event (REST answers with includeContext) before the one around it.
    let own = attribute.get("Event").map_err(at("Event"))?.and_then(|e| members(e).ok()).map(|e| context_of(&e));
    let event = own.as_ref().or_else(|| entry.event.and_then(|e| index.events.get(e)));
    let mut techniques = event.map(|e| e.techniques.clone()).unwrap_or_default();
    tag_techniques(attribute.get("Tag").map_err(at("Tag"))?, &mut techniques);
    galaxy_techniques(attribute.get("Galaxy").map_err(at("Galaxy"))?, &mut techniques);
    let comment = attribute.text("comment").map_err(at("comment"))?;
    let comment = super::non_blank(comment).or_else(|| object.and_then(|o| o.comment.as_deref()));
    let event_name = event.and_then(|e| e.uuid.clone().or_else(|| e.id.clone()));
    let mut description = context.description(comment, || match uuid {
        Some(uuid) => format!("From MISP attribute {uuid} ({attribute_type})"),
        None => format!("From a MISP {attribute_type} attribute"),
    });
    if let Some(name) = file_name.filter(|n| !n.is_empty()) {
        description = format!("{description} (file name: {name})");
    }
    let common = Common {
        title: context.title(event.and_then(|e| e.info.as_deref()), || match &event_name {
            Some(name) => format!("MISP event {name}"),
            None => "MISP attribute".to_string(),
        }),
        description,
        expiration_time: None,
        severity: event
            .and_then(|e| e.threat_level.as_deref())
            .and_then(severity_of_threat_level)
            .map(|s| s.as_str().to_string()),
        techniques,
        category: None,
        external_id: uuid.map(str::to_string),
    };
    for (indicator_type, value) in values {
        let source = Source { id: uuid.map(str::to_string), path: entry.path.clone() };
        out.indicator(context.indicator(Mapped { indicator_type, value }, &common), source);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_techniques_from_galaxy_tags() {
        assert_eq!(galaxy_tag_technique("misp-galaxy:mitre-attack-pattern=\"Phishing - T1566\""), Some("T1566"));
        assert_eq!(
            galaxy_tag_technique("misp-galaxy:mitre-enterprise-attack-attack-pattern=\"Scripting - T1064.002\""),
            Some("T1064.002")
        );
        assert_eq!(galaxy_tag_technique("misp-galaxy:threat-actor=\"Some Group - T1566\""), None);
        assert_eq!(galaxy_tag_technique("tlp:white"), None);
    }

    #[test]
    fn threat_levels_give_severities() {
        assert_eq!(severity_of_threat_level("1"), Some(Severity::High));
        assert_eq!(severity_of_threat_level("4"), None);
    }
}
