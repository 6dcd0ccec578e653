//! STIX 2.1: a bundle (`{"type": "bundle", "objects": [...]}`), a TAXII envelope
//! (`{"objects": [...]}`), an array of objects, or one object. Indicator objects with a STIX
//! pattern are mapped; observables (`ipv4-addr` ... objects) are skipped with their own code;
//! every other object (relationships, identities, malware ...) is counted by type.

use super::skip::{self, Token};
use super::stix_pattern::{self, Comparison, Constant, ObjectPath, Observation, Operand, Operator, Step, Test};
use super::{
    invalid_json, ip_value, is_ip, is_technique, members, push_unique, Common, Context, Entry, Index, Mapped, Members,
    Out, Skip, Source,
};
use crate::issue::{Expected, Issue, IssueKind};
use crate::json::{Cursor, ParseError, Value};
use crate::model::{IndicatorType, KNOWN_CATEGORIES};
use crate::value::datetime;

/// The cyber-observable object types of STIX 2.1: facts that were seen, not indicators.
const OBSERVABLES: &[&str] = &[
    "artifact",
    "autonomous-system",
    "directory",
    "domain-name",
    "email-addr",
    "email-message",
    "file",
    "ipv4-addr",
    "ipv6-addr",
    "mac-addr",
    "mutex",
    "network-traffic",
    "process",
    "software",
    "url",
    "user-account",
    "windows-registry-key",
    "x509-certificate",
];

pub(super) fn index(text: &str) -> Result<Index, Issue> {
    let mut index = Index::default();
    match walk(text, &mut index) {
        Ok(None) => Ok(index),
        Ok(Some(issue)) => Err(issue),
        Err(error) => Err(invalid_json(text, error)),
    }
}

/// Notes where each object starts; an issue for a shape that is not STIX.
fn walk(text: &str, index: &mut Index) -> Result<Option<Issue>, ParseError> {
    let mut cursor = Cursor::new(text);
    let start = cursor.offset();
    match cursor.peek() {
        Some(b'[') => collect(&mut cursor, "", index)?,
        Some(b'{') => {
            cursor.enter_object()?;
            let (mut bundle, mut objects) = (false, false);
            while let Some(key) = cursor.next_key()? {
                match key.as_str() {
                    "objects" if objects => {
                        return Ok(Some(Issue::new("/objects", IssueKind::DuplicateKey { key: "objects".into() })));
                    }
                    "objects" if cursor.peek() == Some(b'[') => {
                        collect(&mut cursor, "/objects", index)?;
                        objects = true;
                    }
                    "objects" => {
                        let received = cursor.value()?.type_name();
                        return Ok(Some(Issue::new(
                            "/objects",
                            IssueKind::InvalidType { expected: Expected::Array, received },
                        )));
                    }
                    "type" => bundle |= matches!(cursor.value()?, Value::String(t) if t.as_str() == "bundle"),
                    _ => drop(cursor.value()?),
                }
            }
            if !objects && !bundle {
                // One object on its own.
                index.entries.push(Entry { offset: start, path: String::new(), event: None, object: None });
            }
        }
        _ => {
            let received = cursor.value()?.type_name();
            let expected = Expected::StixInput;
            return Ok(Some(Issue::new("", IssueKind::InvalidType { expected, received })));
        }
    }
    cursor.end()?;
    Ok(None)
}

/// The array that comes next: each item checked now and noted, to be read again when mapped.
fn collect(cursor: &mut Cursor<'_>, prefix: &str, index: &mut Index) -> Result<(), ParseError> {
    cursor.enter_array()?;
    let mut at = 0usize;
    while cursor.next_item()? {
        let offset = cursor.offset();
        drop(cursor.value()?);
        index.entries.push(Entry { offset, path: format!("{prefix}/{at}"), event: None, object: None });
        at += 1;
    }
    Ok(())
}

/// Maps one object.
pub(super) fn map(value: &Value<'_>, entry: &Entry, context: &Context<'_>, out: &mut Out<'_>) {
    let object = match members(value) {
        Ok(object) => object,
        Err(skip) => return out.skip(None, entry.path.clone(), skip),
    };
    let id = object.text("id").ok().flatten().map(str::to_string);
    if let Err((property, skip)) = map_object(&object, id.as_deref(), entry, context, out) {
        let path = if property.is_empty() { entry.path.clone() } else { format!("{}/{property}", entry.path) };
        out.skip(id, path, skip);
    }
}

/// The property a skip points at (`""`: the object), and the skip.
type Refusal = (&'static str, Skip);

fn at(property: &'static str) -> impl Fn(Skip) -> Refusal {
    move |skip| (property, skip)
}

fn map_object(
    object: &Members<'_, '_>,
    id: Option<&str>,
    entry: &Entry,
    context: &Context<'_>,
    out: &mut Out<'_>,
) -> Result<(), Refusal> {
    let object_type = object.required_text("type").map_err(at("type"))?;
    if object_type != "indicator" {
        if OBSERVABLES.contains(&object_type) {
            return Err(("", Skip::StixObservable { object_type: object_type.to_string() }));
        }
        out.summary.ignored_by_type.add(object_type);
        return Ok(());
    }
    let options = context.options;
    if matches!(object.get("revoked").map_err(at("revoked"))?, Some(Value::Bool(true))) && !options.include_revoked {
        return Err(("revoked", Skip::StixRevoked {}));
    }
    // STIX 2.0 had no pattern_type: its patterns are all STIX.
    if let Some(pattern_type) = object.get("pattern_type").map_err(at("pattern_type"))? {
        let received = skip::JsonKind::of(Some(pattern_type));
        let text = super::as_text(pattern_type).ok_or((
            "pattern_type",
            Skip::InvalidProperty { property: "pattern_type", expected: skip::JsonKind::String, received },
        ))?;
        if text != "stix" {
            return Err(("pattern_type", Skip::StixPatternType { pattern_type: text.to_string() }));
        }
    }
    let pattern = object.required_text("pattern").map_err(at("pattern"))?;
    let valid_until = object.text("valid_until").map_err(at("valid_until"))?;
    if let (Some(until), Some(now)) = (valid_until.and_then(|t| datetime::parse(t).ok()), options.now) {
        if until.instant <= now {
            let (valid_until, now) = (until.canonical, datetime::format_utc(now).unwrap_or_default());
            return Err(("valid_until", Skip::StixExpired { valid_until, now }));
        }
    }
    let observation = stix_pattern::parse(pattern).map_err(|error| {
        let offset = crate::value::char_count(pattern.get(..error.offset).unwrap_or(pattern));
        ("pattern", Skip::StixInvalidPattern { reason: error.fault, offset })
    })?;

    let name = object.text("name").map_err(at("name"))?;
    let description = object.text("description").map_err(at("description"))?;
    let subject = || id.map_or_else(|| "a STIX indicator".to_string(), |id| format!("STIX indicator {id}"));
    let common = Common {
        title: context.title(name, || capitalised(&subject())),
        description: context.description(description, || format!("From {}", subject())),
        expiration_time: valid_until.map(str::to_string),
        severity: None,
        techniques: techniques(object.get("external_references").map_err(at("external_references"))?),
        category: category(object.get("kill_chain_phases").map_err(at("kill_chain_phases"))?),
        external_id: id.map(str::to_string),
    };
    let source = || Source { id: id.map(str::to_string), path: entry.path.clone() };
    let mut seen: Vec<(IndicatorType, String)> = Vec::new();
    for piece in evaluate(&observation, pattern) {
        match piece {
            Piece::Value(atom) => {
                let key = (atom.indicator_type, atom.value);
                if seen.contains(&key) {
                    continue;
                }
                seen.push(key.clone());
                let (indicator_type, value) = key;
                out.indicator(context.indicator(Mapped { indicator_type, value }, &common), source());
            }
            Piece::Skip(skip) => out.skip(id.map(str::to_string), format!("{}/pattern", entry.path), skip),
            Piece::Requires { path, .. } => out.skip(
                id.map(str::to_string),
                format!("{}/pattern", entry.path),
                Skip::StixObjectPath { object_path: path },
            ),
        }
    }
    Ok(())
}

/// `text` with its first letter in upper case (ASCII only: what it is given is ASCII, and
/// Unicode's case tables would cost the module several KB).
fn capitalised(text: &str) -> String {
    let mut out = text.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// ATT&CK technique IDs of `external_references` from an ATT&CK source (`mitre-attack`, and
/// the mobile and ICS matrices'); tactics, groups and software IDs are not techniques.
fn techniques(references: Option<&Value<'_>>) -> Vec<String> {
    let mut found = Vec::new();
    for reference in items(references) {
        let Ok(reference) = members(reference) else { continue };
        let source = reference.text("source_name").ok().flatten().unwrap_or("");
        let id = reference.text("external_id").ok().flatten().unwrap_or("");
        if is_attack_source(source) && is_technique(id) {
            push_unique(&mut found, id);
        }
    }
    found
}

fn is_attack_source(name: &str) -> bool {
    name.starts_with("mitre-") && name.ends_with("attack")
}

/// The portal category of the first ATT&CK kill-chain phase that names one (`command-and-control`
/// → `CommandAndControl`).
fn category(phases: Option<&Value<'_>>) -> Option<String> {
    items(phases).find_map(|phase| {
        let phase = members(phase).ok()?;
        if !is_attack_source(phase.text("kill_chain_name").ok().flatten()?) {
            return None;
        }
        let name: String = phase.text("phase_name").ok().flatten()?.split('-').map(capitalised).collect();
        KNOWN_CATEGORIES.contains(&name.as_str()).then_some(name)
    })
}

fn items<'v, 'a>(value: Option<&'v Value<'a>>) -> impl Iterator<Item = &'v Value<'a>> {
    match value {
        Some(Value::Array(items)) => items.iter(),
        _ => [].iter(),
    }
}

/// What part of a pattern becomes: a value, a skip, or a condition on a network-traffic end's
/// type that only holds beside that end's value.
enum Piece {
    Value(Atom),
    Skip(Skip),
    Requires { side: Side, object_type: String, path: String },
}

struct Atom {
    indicator_type: IndicatorType,
    value: String,
    origin: Origin,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Origin {
    /// `file:hashes.*`: several of them ANDed describe one file.
    FileHash,
    /// `network-traffic:<side>_ref.value`.
    End(Side),
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Source,
    Destination,
}

/// Every alternative of the pattern, in order: an indicator matches one value, so `OR` gives one
/// each, and `AND` only maps when all its values are one (or are hashes of one file).
fn evaluate(observation: &Observation, pattern: &str) -> Vec<Piece> {
    let expression = |span: stix_pattern::Span| skip::expression(span.text(pattern));
    match observation {
        Observation::Match(comparison, _) => compare(comparison, pattern),
        Observation::Or(list, _) => list.iter().flat_map(|o| evaluate(o, pattern)).collect(),
        Observation::And(list, span) => {
            let pieces: Vec<Piece> = list.iter().flat_map(|o| evaluate(o, pattern)).collect();
            let mut values = Vec::new();
            for piece in pieces {
                match piece {
                    Piece::Value(atom) => values.push(atom),
                    _ => return vec![Piece::Skip(Skip::StixAnd { expression: expression(*span) })],
                }
            }
            dedupe(&mut values);
            if values.len() == 1 {
                values.into_iter().map(Piece::Value).collect()
            } else {
                vec![Piece::Skip(Skip::StixAnd { expression: expression(*span) })]
            }
        }
        Observation::FollowedBy(_, span) => vec![Piece::Skip(Skip::StixFollowedBy { expression: expression(*span) })],
        Observation::Qualified(_, qualifier, span) => {
            vec![Piece::Skip(Skip::StixQualifier {
                qualifier: Token(qualifier.token()),
                expression: expression(*span),
            })]
        }
    }
}

fn compare(comparison: &Comparison, pattern: &str) -> Vec<Piece> {
    match comparison {
        Comparison::Test(test) => test_pieces(test, pattern),
        Comparison::Or(list, _) => list.iter().flat_map(|c| compare(c, pattern)).collect(),
        Comparison::And(list, span) => {
            let pieces: Vec<Piece> = list.iter().flat_map(|c| compare(c, pattern)).collect();
            conjunction(pieces).unwrap_or_else(|| {
                vec![Piece::Skip(Skip::StixAnd { expression: skip::expression(span.text(pattern)) })]
            })
        }
    }
}

/// The values an `AND` inside one observation stands for, or `None` when it cannot map: every
/// condition on an end's type must hold for that end's value, and what remains must be one
/// value, or hashes of the one file.
fn conjunction(pieces: Vec<Piece>) -> Option<Vec<Piece>> {
    let mut values = Vec::new();
    let mut requirements = Vec::new();
    for piece in pieces {
        match piece {
            Piece::Value(atom) => values.push(atom),
            Piece::Requires { side, object_type, .. } => requirements.push((side, object_type)),
            Piece::Skip(_) => return None,
        }
    }
    let met = |side: Side, object_type: &str| {
        values.iter().any(|atom| {
            atom.origin == Origin::End(side)
                && match object_type {
                    "ipv4-addr" | "ipv6-addr" => atom.indicator_type == IndicatorType::IpAddress,
                    "domain-name" => atom.indicator_type == IndicatorType::DomainName,
                    _ => false,
                }
        })
    };
    if !requirements.iter().all(|(side, object_type)| met(*side, object_type)) {
        return None;
    }
    dedupe(&mut values);
    let one_file = values.iter().all(|atom| atom.origin == Origin::FileHash);
    (values.len() == 1 || (one_file && !values.is_empty())).then(|| values.into_iter().map(Piece::Value).collect())
}

fn dedupe(atoms: &mut Vec<Atom>) {
    let mut kept: Vec<Atom> = Vec::with_capacity(atoms.len());
    for atom in atoms.drain(..) {
        if !kept.iter().any(|k| k.indicator_type == atom.indicator_type && k.value == atom.value) {
            kept.push(atom);
        }
    }
    *atoms = kept;
}

/// What an object path can become.
enum Target {
    Value(IndicatorType, Origin),
    /// `network-traffic:<side>_ref.value`: an address or a domain name, by its value.
    End(Side),
    /// `network-traffic:<side>_ref.type`.
    EndType(Side),
}

fn target(path: &ObjectPath) -> Result<Target, Skip> {
    let key = |at: usize| match path.steps.get(at) {
        Some(Step::Key { name, .. }) => Some(name.as_str()),
        _ => None,
    };
    let unheld = || Skip::StixObjectPath { object_path: path.to_string() };
    let hash = |algorithm: &str| -> String { algorithm.to_ascii_uppercase().replace(['-', '_', ' '], "") };
    let two = path.steps.len() == 2;
    let one = path.steps.len() == 1;
    match path.object_type.as_str() {
        "file" if two && key(0) == Some("hashes") => {
            let algorithm = key(1).ok_or_else(unheld)?;
            let indicator_type = match hash(algorithm).as_str() {
                "SHA256" => IndicatorType::FileSha256,
                "SHA1" => IndicatorType::FileSha1,
                "MD5" => IndicatorType::FileMd5,
                _ => {
                    let (object_path, algorithm) = (path.to_string(), algorithm.to_string());
                    return Err(Skip::StixHashAlgorithm { object_path, algorithm });
                }
            };
            Ok(Target::Value(indicator_type, Origin::FileHash))
        }
        "x509-certificate" if two && key(0) == Some("hashes") => {
            let algorithm = key(1).ok_or_else(unheld)?;
            if hash(algorithm) == "SHA1" {
                Ok(Target::Value(IndicatorType::CertificateThumbprint, Origin::Other))
            } else {
                Err(Skip::StixHashAlgorithm { object_path: path.to_string(), algorithm: algorithm.to_string() })
            }
        }
        "ipv4-addr" | "ipv6-addr" if one && key(0) == Some("value") => {
            Ok(Target::Value(IndicatorType::IpAddress, Origin::Other))
        }
        "domain-name" if one && key(0) == Some("value") => Ok(Target::Value(IndicatorType::DomainName, Origin::Other)),
        "url" if one && key(0) == Some("value") => Ok(Target::Value(IndicatorType::Url, Origin::Other)),
        "network-traffic" if two => {
            let side = match key(0) {
                Some("src_ref") => Side::Source,
                Some("dst_ref") => Side::Destination,
                _ => return Err(unheld()),
            };
            match key(1) {
                Some("value") => Ok(Target::End(side)),
                Some("type") => Ok(Target::EndType(side)),
                _ => Err(unheld()),
            }
        }
        _ => Err(unheld()),
    }
}

fn test_pieces(test: &Test, pattern: &str) -> Vec<Piece> {
    let target = match target(&test.path) {
        Ok(target) => target,
        Err(skip) => return vec![Piece::Skip(skip)],
    };
    let expression = || skip::expression(test.span.text(pattern));
    if test.negated || test.operator == Operator::Neq {
        return vec![Piece::Skip(Skip::StixNegation { expression: expression() })];
    }
    let constants: &[Constant] = match (&test.operator, &test.operand) {
        (Operator::Eq, Operand::One(constant)) => std::slice::from_ref(constant),
        (Operator::In, Operand::Set(constants)) if !constants.is_empty() => constants,
        (Operator::Like | Operator::Matches, _) => {
            let operator = Token(test.operator.token());
            return vec![Piece::Skip(Skip::StixPatternMatch { operator, expression: expression() })];
        }
        (operator, _) => {
            let operator = Token(if *operator == Operator::In { "IN ()" } else { operator.token() });
            return vec![Piece::Skip(Skip::StixOperator { operator, expression: expression() })];
        }
    };
    if let Some(other) = constants.iter().find(|c| !matches!(c, Constant::String(_))) {
        return vec![Piece::Skip(Skip::StixValueType {
            object_path: test.path.to_string(),
            literal: Token(other.kind()),
        })];
    }
    constants
        .iter()
        .filter_map(|c| match c {
            Constant::String(text) => Some(text.as_str()),
            _ => None,
        })
        .map(|text| match target {
            Target::Value(IndicatorType::IpAddress, origin) => {
                Piece::Value(Atom { indicator_type: IndicatorType::IpAddress, value: ip_value(text), origin })
            }
            Target::Value(indicator_type, origin) => {
                Piece::Value(Atom { indicator_type, value: text.to_string(), origin })
            }
            Target::End(side) if is_ip(text) => Piece::Value(Atom {
                indicator_type: IndicatorType::IpAddress,
                value: ip_value(text),
                origin: Origin::End(side),
            }),
            Target::End(side) => Piece::Value(Atom {
                indicator_type: IndicatorType::DomainName,
                value: text.to_string(),
                origin: Origin::End(side),
            }),
            Target::EndType(side) => {
                Piece::Requires { side, object_type: text.to_string(), path: test.path.to_string() }
            }
        })
        .collect()
}
