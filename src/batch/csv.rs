//! The portal's CSV import template: reading (RFC 4180 quoting, CRLF or LF, a UTF-8 BOM),
//! mapping rows to indicator objects, the importer's own rules, and writing the template back.
//! `TEMPLATE` orders the template's columns; their headers come from the field table.

use crate::issue::{pointer, Derived, Expected, Issue, IssueKind, Reason};
use crate::json::{Text, Value};
use crate::model::{Action, Field, FieldKind};
use std::borrow::Cow;

/// The portal imports at most this many rows per file.
pub const MAX_ROWS: usize = 500;

/// How a template cell becomes a field value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cell {
    Text,
    /// A comma-separated list inside one quoted cell.
    List,
    /// `true` / `false`.
    Bool,
}

/// The fields of the portal sample file's columns, in the template's order (each column's
/// header is the field's `csv_column` in the field table; tests/fixtures.rs checks that the two
/// agree).
pub const TEMPLATE: &[Field] = &[
    Field::IndicatorType,
    Field::IndicatorValue,
    Field::ExpirationTime,
    Field::Action,
    Field::Severity,
    Field::Title,
    Field::Description,
    Field::RecommendedActions,
    Field::RbacGroupNames,
    Field::Category,
    Field::MitreTechniques,
    Field::GenerateAlert,
];

fn cell_of(field: Field) -> Cell {
    match field.kind() {
        FieldKind::GroupNames | FieldKind::Techniques => Cell::List,
        FieldKind::Bool => Cell::Bool,
        _ => Cell::Text,
    }
}

pub fn header() -> String {
    TEMPLATE.iter().filter_map(|f| f.csv_column()).collect::<Vec<_>>().join(",")
}

/// One data row: its first line, and the indicator object or why the row is unusable.
pub struct Row<'a> {
    pub line: usize,
    pub value: Result<Value<'a>, IssueKind>,
}

/// Splits CSV text into records of cells, each with the line it starts on. Quoted cells may
/// hold commas, doubled quotes and line breaks; unquoted cells are borrowed as they are.
/// A record's first line and its cells.
type Record<'a> = (usize, Vec<Cow<'a, str>>);

fn records(text: &str) -> Result<Vec<Record<'_>>, IssueKind> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let bytes = text.as_bytes();
    let mut records = Vec::new();
    let (mut pos, mut line) = (0, 1);
    while pos < bytes.len() {
        let start_line = line;
        let mut cells = Vec::new();
        loop {
            let cell = if bytes.get(pos) == Some(&b'"') {
                let mut value = String::new();
                pos += 1;
                loop {
                    let rest = text.get(pos..).unwrap_or("");
                    let Some(quote) = rest.find('"') else {
                        return Err(IssueKind::InvalidCsv { line: start_line, reason: Reason::UnclosedQuote });
                    };
                    let chunk = rest.get(..quote).unwrap_or("");
                    line += chunk.matches('\n').count();
                    value.push_str(chunk);
                    pos += quote + 1;
                    if bytes.get(pos) == Some(&b'"') {
                        value.push('"');
                        pos += 1;
                    } else {
                        break;
                    }
                }
                if !matches!(bytes.get(pos), None | Some(b',' | b'\r' | b'\n')) {
                    return Err(IssueKind::InvalidCsv { line, reason: Reason::TextAfterQuote });
                }
                Cow::Owned(value)
            } else {
                let rest = text.get(pos..).unwrap_or("");
                let end = rest.find([',', '\r', '\n']).unwrap_or(rest.len());
                pos += end;
                Cow::Borrowed(rest.get(..end).unwrap_or(""))
            };
            cells.push(cell);
            match bytes.get(pos) {
                Some(b',') => pos += 1,
                Some(b'\r') if bytes.get(pos + 1) == Some(&b'\n') => {
                    pos += 2;
                    line += 1;
                    break;
                }
                Some(b'\n' | b'\r') => {
                    pos += 1;
                    line += 1;
                    break;
                }
                _ => break,
            }
        }
        // A blank line (one empty cell) is not a record.
        if !(cells.len() == 1 && cells.first().is_some_and(|c| c.is_empty())) {
            records.push((start_line, cells));
        }
    }
    Ok(records)
}

fn text_value(cell: Cow<'_, str>) -> Value<'_> {
    Value::String(Text { text: cell, lone_surrogate: false })
}

/// Reads the template: the header must be the portal's; each row becomes an object with the
/// API's field names, empty cells left out.
pub fn read(text: &str) -> Result<Vec<Row<'_>>, Issue> {
    let mut records = records(text).map_err(|kind| Issue::new("", kind))?.into_iter();
    let Some((_, header_cells)) = records.next() else {
        return Ok(Vec::new());
    };
    let expected_header = header();
    let found: Vec<&str> = header_cells.iter().map(|c| c.trim()).collect();
    if found.join(",") != expected_header {
        return Err(Issue::new(
            "",
            IssueKind::InvalidCsvHeader { expected: Derived(expected_header), found: found.join(",") },
        ));
    }
    Ok(records
        .map(|(line, cells)| {
            if cells.len() != TEMPLATE.len() {
                let kind = IssueKind::InvalidCsvRow { expected: TEMPLATE.len(), found: cells.len() };
                return Row { line, value: Err(kind) };
            }
            let mut members = Vec::with_capacity(TEMPLATE.len());
            for (field, cell) in TEMPLATE.iter().zip(cells) {
                let kind = cell_of(*field);
                if cell.trim().is_empty() {
                    continue;
                }
                let value = match kind {
                    Cell::Text => text_value(cell),
                    Cell::List => Value::Array(split_list(cell)),
                    Cell::Bool if cell.trim().eq_ignore_ascii_case("true") => Value::Bool(true),
                    Cell::Bool if cell.trim().eq_ignore_ascii_case("false") => Value::Bool(false),
                    Cell::Bool => text_value(cell), // reported by the field rule as a wrong type
                };
                members.push((Text { text: Cow::Borrowed(field.name()), lone_surrogate: false }, value));
            }
            Row { line, value: Ok(Value::Object(members)) }
        })
        .collect())
}

fn split_list(cell: Cow<'_, str>) -> Vec<Value<'_>> {
    match cell {
        Cow::Borrowed(cell) => cell.split(',').map(|item| text_value(Cow::Borrowed(item.trim()))).collect(),
        Cow::Owned(cell) => cell.split(',').map(|item| text_value(Cow::Owned(item.trim().to_string()))).collect(),
    }
}

/// The importer refuses the legacy actions outright ("Possible values:
/// Allowed,Audit,BlockAndRemediate,Warn,Block"), where the API only warns.
pub fn apply_importer_rules(row: &Value<'_>, issues: &mut Vec<Issue>) {
    let Value::Object(members) = row else { return };
    let action = members.iter().find_map(|(key, value)| match value {
        Value::String(text) if key.as_str() == Field::Action.name() => Action::parse(text.as_str()),
        _ => None,
    });
    if let Some(action @ (Action::Alert | Action::AlertAndBlock)) = action {
        issues.retain(|i| !matches!(i.kind, IssueKind::LegacyAction { .. }));
        issues.push(Issue::new(Field::Action, IssueKind::LegacyActionInCsv { action }));
    }
}

fn quote(cell: &str) -> Cow<'_, str> {
    if cell.contains([',', '"', '\r', '\n']) || cell.trim() != cell {
        Cow::Owned(format!("\"{}\"", cell.replace('"', "\"\"")))
    } else {
        Cow::Borrowed(cell)
    }
}

/// Writes indicator objects as the portal's template. An item that the template cannot hold
/// without losing data (a field it has no column for, a list item with a comma) is refused
/// with an issue at its path rather than written lossily.
pub fn write(items: &[Value<'_>]) -> Result<String, Vec<Issue>> {
    let mut out = header();
    out.push_str("\r\n");
    let mut problems = Vec::new();
    for (index, item) in items.iter().enumerate() {
        let item_path = format!("/{index}");
        let Value::Object(members) = item else {
            let kind = IssueKind::InvalidType { expected: Expected::Object, received: item.type_name() };
            problems.push(Issue::new(item_path, kind));
            continue;
        };
        let mut cells: Vec<Cow<'_, str>> = vec![Cow::Borrowed(""); TEMPLATE.len()];
        for (key, value) in members {
            let path = pointer(&item_path, key.as_str());
            let Some(column) = TEMPLATE.iter().position(|field| field.name() == key.as_str()) else {
                problems.push(Issue::new(path, IssueKind::NotRepresentableInCsv { reason: Reason::NoColumn }));
                continue;
            };
            let kind = TEMPLATE.get(column).map_or(Cell::Text, |field| cell_of(*field));
            let cell = match (kind, value) {
                (Cell::Bool, Value::Bool(b)) => Ok(Cow::Borrowed(if *b { "true" } else { "false" })),
                (Cell::Text, Value::String(s)) => Ok(Cow::Borrowed(s.as_str())),
                (Cell::List, Value::Array(list)) => join_list(list),
                _ => Err(Reason::CellType),
            };
            // A blank cell reads back as an absent field, so "", "  " and [] would be lost.
            let cell = cell.and_then(|text| if text.trim().is_empty() { Err(Reason::BlankCell) } else { Ok(text) });
            match (cell, cells.get_mut(column)) {
                (Ok(text), Some(slot)) => *slot = text,
                (Err(reason), _) => problems.push(Issue::new(path, IssueKind::NotRepresentableInCsv { reason })),
                (Ok(_), None) => {}
            }
        }
        let row: Vec<Cow<'_, str>> = cells.iter().map(|c| quote(c)).collect();
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

fn join_list<'v>(list: &'v [Value<'_>]) -> Result<Cow<'v, str>, Reason> {
    let mut parts = Vec::with_capacity(list.len());
    for item in list {
        match item {
            Value::String(s) if s.as_str().contains(',') => return Err(Reason::ListItemComma),
            Value::String(s) if s.as_str().trim() != s.as_str() || s.as_str().is_empty() => {
                return Err(Reason::ListItemBlank)
            }
            Value::String(s) => parts.push(s.as_str()),
            _ => return Err(Reason::ListItemNotString),
        }
    }
    Ok(Cow::Owned(parts.join(",")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_quoted_cells_and_crlf() {
        let text = "\u{feff}a,\"b,\"\"c\"\"\nd\",e\r\nf,,\"\"\n\n";
        let rows = records(text).unwrap_or_default();
        let cells: Vec<Vec<&str>> = rows.iter().map(|(_, r)| r.iter().map(|c| c.as_ref()).collect()).collect();
        assert_eq!(cells, vec![vec!["a", "b,\"c\"\nd", "e"], vec!["f", "", ""]]);
        assert_eq!(rows.iter().map(|(line, _)| *line).collect::<Vec<_>>(), vec![1, 3]);
        assert!(records("a,\"b").is_err());
        assert!(records("a,\"b\"c").is_err());
    }
}
