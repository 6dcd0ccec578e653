//! Many indicators at once: a JSON array, NDJSON or the portal's CSV, validated item by item
//! inside the core (one call for the whole text, no per-item boundary crossing), with paths
//! prefixed by the item (`/12/indicatorValue`) and duplicates reported across the batch.
//!
//! A `BatchValidator` can be fed one chunk after another (the CLI streams NDJSON files this
//! way); it keeps only an 8-byte fingerprint per valid item to find duplicates.

mod compact;
pub mod csv;
pub mod plan;
pub mod service;

use crate::issue::{Expected, Issue, IssueKind};
use crate::json::{self, ArrayItems, Value};
use crate::model::Field;
use crate::payload::Payload;
use crate::rules::{self, Options};
use serde::Serialize;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Ndjson,
    Csv,
}

impl Format {
    pub fn parse(name: &str) -> Option<Format> {
        match name {
            "json" => Some(Format::Json),
            "ndjson" => Some(Format::Ndjson),
            "csv" => Some(Format::Csv),
            _ => None,
        }
    }

    /// Guesses from the first characters: `[` a JSON array, `{"Indicators"` an import body
    /// (JSON), any other `{` NDJSON, anything else CSV.
    pub fn detect(text: &str) -> Format {
        let start = text.trim_start_matches('\u{feff}').trim_start();
        match start.bytes().next() {
            Some(b'[') => Format::Json,
            Some(b'{') if is_import_body(start) => Format::Json,
            Some(b'{') => Format::Ndjson,
            _ => Format::Csv,
        }
    }
}

/// The key of the import API's body: `{"Indicators": [...]}`.
const IMPORT_KEY: &str = "Indicators";

fn is_import_body(text: &str) -> bool {
    text.trim_start_matches('\u{feff}')
        .trim_start()
        .strip_prefix('{')
        .is_some_and(|rest| rest.trim_start().starts_with("\"Indicators\""))
}

/// The verdict on one item.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemResult<'a> {
    /// Position in the batch, from 0.
    pub index: usize,
    /// 1-based line where the item starts, for text input.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    pub valid: bool,
    pub errors: Vec<Issue>,
    pub warnings: Vec<Issue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Payload<'a>>,
    /// An invalid item as it was read (a CSV row as the object it maps to), when
    /// `include_inputs` asked for it: what a report shows beside each issue.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "input_json")]
    pub input: Option<Value<'a>>,
}

fn input_json<S: serde::Serializer>(input: &Option<Value<'_>>, serializer: S) -> Result<S::Ok, S::Error> {
    match input {
        Some(value) => InputJson(value).serialize(serializer),
        None => serializer.serialize_none(),
    }
}

/// A value as JSON again: numbers as written (but as text beyond a double's range), duplicate
/// keys kept, a JS value with no JSON form (only the JS binding makes those) as its kind, e.g.
/// `"undefined"`.
pub(crate) struct InputJson<'r, 'a>(pub &'r Value<'a>);

impl Serialize for InputJson<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        match self.0 {
            Value::Null => serializer.serialize_unit(),
            Value::Bool(b) => serializer.serialize_bool(*b),
            // As written, but as its text where a double cannot hold it (`9e999`): JSON.parse
            // would read Infinity, and JSON readers in other languages refuse it.
            Value::Number(text) if text.parse::<f64>().is_ok_and(f64::is_finite) => {
                crate::payload::RawNumber((*text).to_string()).serialize(serializer)
            }
            Value::Number(text) => serializer.serialize_str(text),
            Value::String(text) => serializer.serialize_str(text.as_str()),
            Value::Array(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(&InputJson(item))?;
                }
                seq.end()
            }
            Value::Object(members) => {
                let mut map = serializer.serialize_map(Some(members.len()))?;
                for (key, value) in members {
                    map.serialize_entry(key.as_str(), &InputJson(value))?;
                }
                map.end()
            }
            Value::Foreign { kind, .. } => serializer.serialize_str(kind),
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub total: usize,
    pub valid: usize,
    pub invalid: usize,
    /// Warnings issued across all items.
    pub warnings: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BatchReport<'a> {
    /// Counts for this call; a streaming validator's `summary()` has the running totals.
    pub summary: Summary,
    /// Problems with the input as a whole (unparseable text, a wrong CSV header, an empty
    /// file); items read before such a problem are still in `items`.
    pub errors: Vec<Issue>,
    pub items: Vec<ItemResult<'a>>,
}

impl BatchReport<'_> {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// How to validate a batch.
#[derive(Debug, Clone, Copy)]
pub struct BatchOptions {
    pub validate: Options,
    /// Whether item results carry their canonical payload (a CLI only reporting does not
    /// need them, and they are most of the output).
    pub include_payloads: bool,
    /// Whether invalid items carry their input, for reports that show the offending values.
    pub include_inputs: bool,
}

/// Where an item came from, for the rules that differ (the CSV importer's) and its path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ItemSource {
    Json,
    ImportBody,
    Csv,
}

pub struct BatchValidator {
    options: BatchOptions,
    /// Fingerprint of (type, value) → index of its first valid item.
    seen: HashMap<u64, usize>,
    next_index: usize,
    next_line: usize,
    totals: Summary,
}

/// Lines are counted as items are read, so that every offset is scanned once.
struct LineCounter<'t> {
    text: &'t str,
    offset: usize,
    line: usize,
}

impl LineCounter<'_> {
    fn line_at(&mut self, offset: usize) -> usize {
        let from = self.offset.min(offset);
        let newlines = self.text.as_bytes().get(from..offset).map_or(0, |s| crate::swar::count_byte(s, b'\n'));
        self.line += newlines;
        self.offset = offset;
        self.line
    }
}

impl BatchValidator {
    pub fn new(options: BatchOptions) -> BatchValidator {
        BatchValidator { options, seen: HashMap::new(), next_index: 0, next_line: 1, totals: Summary::default() }
    }

    /// Running totals over every chunk fed so far.
    pub fn summary(&self) -> Summary {
        self.totals
    }

    /// Validates one chunk. NDJSON chunks must end at a line end; JSON and CSV are read whole.
    pub fn feed<'a>(&mut self, text: &'a str, format: Format) -> BatchReport<'a> {
        let mut report = BatchReport { summary: Summary::default(), errors: Vec::new(), items: Vec::new() };
        match format {
            Format::Json => self.feed_json(text, &mut report),
            Format::Ndjson => self.feed_ndjson(text, &mut report),
            Format::Csv => self.feed_csv(text, &mut report),
        }
        self.next_line += text.matches('\n').count();
        report
    }

    /// Validates a JSON array that the JS binding encoded from JS values, whose tags stand for
    /// values JSON cannot hold (see `json::parse_encoded`); user text goes to `feed`.
    pub fn feed_encoded<'a>(&mut self, text: &'a str) -> BatchReport<'a> {
        let mut report = BatchReport { summary: Summary::default(), errors: Vec::new(), items: Vec::new() };
        self.read_array(text, ArrayItems::encoded(text), &mut report);
        report
    }

    /// Problems only visible at the end of the input: nothing in it at all.
    pub fn finish(&self) -> Vec<Issue> {
        if self.totals.total == 0 {
            vec![Issue::new("", IssueKind::EmptyInput)]
        } else {
            Vec::new()
        }
    }

    /// Validates one chunk given as bytes (a file read): UTF-8 is checked here, once. In
    /// NDJSON a line that is not UTF-8 is one invalid item, and the other lines still count.
    pub fn feed_bytes<'a>(&mut self, bytes: &'a [u8], format: Option<Format>) -> BatchReport<'a> {
        let mut report = BatchReport { summary: Summary::default(), errors: Vec::new(), items: Vec::new() };
        // The first bytes are enough to guess, even when a later byte is not UTF-8.
        let format =
            format.unwrap_or_else(|| Format::detect(&String::from_utf8_lossy(bytes.get(..64).unwrap_or(bytes))));
        match std::str::from_utf8(bytes) {
            Ok(text) => return self.feed(text, format),
            Err(_) if format == Format::Ndjson => {
                for line in bytes.split_inclusive(|b| *b == b'\n') {
                    match std::str::from_utf8(line) {
                        Ok(text) => self.feed_ndjson(text, &mut report),
                        Err(error) => {
                            let kind = IssueKind::InvalidUtf8 { offset: error.valid_up_to() };
                            self.push(&mut report, Some(self.next_line), vec![Issue::new("", kind)], None);
                        }
                    }
                    if line.ends_with(b"\n") {
                        self.next_line += 1;
                    }
                }
            }
            Err(error) => report.errors.push(Issue::new("", IssueKind::InvalidUtf8 { offset: error.valid_up_to() })),
        }
        report
    }

    fn feed_json<'a>(&mut self, text: &'a str, report: &mut BatchReport<'a>) {
        if text.trim_start_matches('\u{feff}').trim().is_empty() {
            return; // nothing to read; `finish` reports an empty input
        }
        if is_import_body(text) {
            return self.feed_import_body(text, report);
        }
        self.read_array(text, ArrayItems::new(text), report);
    }

    fn read_array<'a>(&mut self, text: &'a str, items: ArrayItems<'a>, report: &mut BatchReport<'a>) {
        let mut lines = LineCounter { text, offset: 0, line: self.next_line };
        for item in items {
            match item {
                Ok((value, offset)) => {
                    let line = lines.line_at(offset);
                    self.item(&value, Some(line), ItemSource::Json, report);
                }
                Err(error) => {
                    let (line, column) = error.line_column(text);
                    let kind = IssueKind::InvalidJson { reason: error.reason, line: line + self.next_line - 1, column };
                    report.errors.push(Issue::new("", kind));
                }
            }
        }
    }

    /// An import body is at most 500 items, so it is read whole; paths point into it.
    fn feed_import_body<'a>(&mut self, text: &'a str, report: &mut BatchReport<'a>) {
        let body = match json::parse(text) {
            Ok(body) => body,
            Err(error) => {
                let (line, column) = error.line_column(text);
                report.errors.push(Issue::new("", IssueKind::InvalidJson { reason: error.reason, line, column }));
                return;
            }
        };
        let Value::Object(members) = body else { return };
        for (key, value) in members {
            let path = crate::issue::pointer("", key.as_str());
            match value {
                Value::Array(items) if key.as_str() == IMPORT_KEY => {
                    let limit = crate::profile::IMPORT_BATCH_LIMIT as usize;
                    if items.len() > limit {
                        report
                            .errors
                            .push(Issue::new(path, IssueKind::ImportBatchTooLarge { items: items.len(), limit }));
                    }
                    for item in items {
                        // Parsed whole, items carry no offsets: their paths locate them instead.
                        self.item(&item, None, ItemSource::ImportBody, report);
                    }
                }
                other if key.as_str() == IMPORT_KEY => {
                    let kind = IssueKind::InvalidType { expected: Expected::Array, received: other.type_name() };
                    report.errors.push(Issue::new(path, kind));
                }
                _ => {
                    let kind = IssueKind::UnknownField { field: key.as_str().to_string(), suggestion: None };
                    report.errors.push(Issue::new(path, kind));
                }
            }
        }
    }

    fn feed_ndjson<'a>(&mut self, text: &'a str, report: &mut BatchReport<'a>) {
        for (number, line) in text.split('\n').enumerate() {
            let line = line.strip_suffix('\r').unwrap_or(line);
            if line.trim().is_empty() {
                continue;
            }
            let line_number = self.next_line + number;
            match json::parse(line) {
                Ok(value) => self.item(&value, Some(line_number), ItemSource::Json, report),
                Err(error) => {
                    let (_, column) = error.line_column(line);
                    let kind = IssueKind::InvalidJson { reason: error.reason, line: line_number, column };
                    self.push(report, Some(line_number), vec![Issue::new("", kind)], None);
                }
            }
        }
    }

    fn feed_csv<'a>(&mut self, text: &'a str, report: &mut BatchReport<'a>) {
        let rows = match csv::read(text) {
            Ok(rows) => rows,
            Err(issue) => {
                report.errors.push(issue);
                return;
            }
        };
        if rows.len() > csv::MAX_ROWS {
            report.errors.push(Issue::new("", IssueKind::TooManyRows { rows: rows.len(), limit: csv::MAX_ROWS }));
        }
        for row in rows {
            match row.value {
                Ok(value) => self.item(&value, Some(row.line), ItemSource::Csv, report),
                Err(kind) => self.push(report, Some(row.line), vec![Issue::new("", kind)], None),
            }
        }
    }

    fn item<'a>(&mut self, value: &Value<'a>, line: Option<usize>, source: ItemSource, report: &mut BatchReport<'a>) {
        let (mut issues, payload) = rules::check(value, &self.options.validate);
        if source == ItemSource::Csv {
            csv::apply_importer_rules(value, &mut issues);
        }
        let valid_payload = payload.filter(|_| issues.iter().all(Issue::is_warning));
        if let Some(payload) = &valid_payload {
            if let Some(first) = self.first_with_same_indicator(payload) {
                issues.push(Issue::new(Field::IndicatorValue, IssueKind::DuplicateIndicator { first_index: first }));
            }
        }
        let input = (self.options.include_inputs && valid_payload.is_none()).then(|| value.clone());
        self.push_at(report, source == ItemSource::ImportBody, line, issues, (valid_payload, input));
    }

    /// Records a valid item's (type, value) and returns the index of an earlier one with the
    /// same pair. Values compare case-insensitively, as the service matches them.
    fn first_with_same_indicator(&mut self, payload: &Payload<'_>) -> Option<usize> {
        let (Some(value), Some(indicator_type)) = (payload.text(Field::IndicatorValue), payload.indicator_type())
        else {
            return None;
        };
        let mut hasher = std::hash::DefaultHasher::new();
        indicator_type.as_str().hash(&mut hasher);
        value.to_ascii_lowercase().hash(&mut hasher);
        let fingerprint = hasher.finish();
        match self.seen.get(&fingerprint) {
            Some(first) => Some(*first),
            None => {
                self.seen.insert(fingerprint, self.next_index);
                None
            }
        }
    }

    fn push<'a>(
        &mut self,
        report: &mut BatchReport<'a>,
        line: Option<usize>,
        issues: Vec<Issue>,
        payload: Option<Payload<'a>>,
    ) {
        self.push_at(report, false, line, issues, (payload, None));
    }

    /// Records one item's verdict, with its payload or its input; its issue paths get
    /// `/{index}` in front (`/Indicators/{index}` in an import body).
    fn push_at<'a>(
        &mut self,
        report: &mut BatchReport<'a>,
        in_import_body: bool,
        line: Option<usize>,
        issues: Vec<Issue>,
        (payload, input): (Option<Payload<'a>>, Option<Value<'a>>),
    ) {
        let index = self.next_index;
        self.next_index += 1;
        let (warnings, errors): (Vec<Issue>, Vec<Issue>) = issues
            .into_iter()
            .map(|issue| Issue { path: issue.path.in_item(in_import_body, index), ..issue })
            .partition(Issue::is_warning);
        let valid = errors.is_empty();
        for summary in [&mut report.summary, &mut self.totals] {
            summary.total += 1;
            summary.warnings += warnings.len();
            if valid {
                summary.valid += 1;
            } else {
                summary.invalid += 1;
            }
        }
        let payload = if self.options.include_payloads && valid { payload } else { None };
        let input = if valid { None } else { input };
        report.items.push(ItemResult { index, line, valid, errors, warnings, payload, input });
    }
}

/// Validates a whole batch in one call; `format` is guessed from the text when `None`.
pub fn validate_batch<'a>(text: &'a str, format: Option<Format>, options: BatchOptions) -> BatchReport<'a> {
    let format = format.unwrap_or_else(|| Format::detect(text));
    let mut validator = BatchValidator::new(options);
    let mut report = validator.feed(text, format);
    if report.errors.is_empty() {
        report.errors = validator.finish();
    }
    report
}
