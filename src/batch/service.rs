//! The service's answers in the library's issue shape: the import API's per-item results
//! (`{"value": [{id, indicator, isFailed, failureReason}]}`) and its error body
//! (`{"error": {code, message, target}}`), with the field path where the answer implies one.

use crate::issue::{Expected, Issue, IssueKind};
use crate::json::{self, Value};
use crate::model::Field;
use serde::Serialize;

/// Service error codes that name the field at fault.
const CODE_PATHS: &[(&str, &str)] = &[
    ("InvalidHashValue", "/indicatorValue"),
    ("InvalidIpAddress", "/indicatorValue"),
    ("InvalidDomainName", "/indicatorValue"),
    ("InvalidUrl", "/indicatorValue"),
    ("MaximumBatchSizeExceeded", "/Indicators"),
];

/// Words in a free-text reason that point at a field, after the field names themselves.
const REASON_WORDS: &[(&str, Field)] = &[
    ("hash", Field::IndicatorValue),
    ("ip address", Field::IndicatorValue),
    ("internal ip", Field::IndicatorValue),
    ("domain", Field::IndicatorValue),
    ("url", Field::IndicatorValue),
    ("value", Field::IndicatorValue),
    ("expiration", Field::ExpirationTime),
    ("rbac", Field::RbacGroupNames),
    ("device group", Field::RbacGroupNames),
    ("severity", Field::Severity),
];

/// The JSON pointer a free-text reason points at, or `""`.
fn path_for_reason(reason: &str) -> String {
    let lower = reason.to_ascii_lowercase();
    let field = Field::ALL
        .iter()
        .copied()
        .filter(|f| lower.contains(&f.name().to_ascii_lowercase()))
        .max_by_key(|f| f.name().len()) // "indicatorValue" over "action" inside "...Actions"
        .or_else(|| REASON_WORDS.iter().find(|(word, _)| lower.contains(word)).map(|(_, f)| *f));
    field.map_or(String::new(), |f| format!("/{}", f.name()))
}

fn member<'v, 'a>(value: &'v Value<'a>, name: &str) -> Option<&'v Value<'a>> {
    match value {
        Value::Object(members) => members.iter().find(|(k, _)| k.as_str() == name).map(|(_, v)| v),
        _ => None,
    }
}

fn string_of(value: Option<&Value<'_>>) -> Option<String> {
    match value {
        Some(Value::String(s)) => Some(s.as_str().to_string()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    }
}

fn unreadable(text: &str, error: json::ParseError) -> Issue {
    let (line, column) = error.line_column(text);
    Issue::new("", IssueKind::InvalidJson { reason: error.reason, line, column })
}

/// Reads the service's error body.
pub fn read_service_error(text: &str) -> Issue {
    let body = match json::parse(text) {
        Ok(body) => body,
        Err(error) => return unreadable(text, error),
    };
    let Some(error @ Value::Object(_)) = member(&body, "error") else {
        let kind = IssueKind::InvalidType { expected: Expected::ErrorBody, received: body.type_name() };
        return Issue::new("/error", kind);
    };
    let code = string_of(member(error, "code")).unwrap_or_default();
    let message = string_of(member(error, "message")).unwrap_or_default();
    let target = string_of(member(error, "target"));
    let path = CODE_PATHS
        .iter()
        .find(|(c, _)| *c == code)
        .map_or_else(|| path_for_reason(&message), |(_, path)| path.to_string());
    let retryable = code == "TooManyRequests";
    Issue::new(path, IssueKind::ServiceRejected { service_code: code, message, target, retryable })
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ImportSummary {
    pub total: usize,
    pub succeeded: usize,
    pub failed: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImportItem {
    pub index: usize,
    pub id: Option<String>,
    pub indicator: Option<String>,
    pub failed: bool,
    pub errors: Vec<Issue>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImportResponse {
    pub summary: ImportSummary,
    /// Problems with the response as a whole.
    pub errors: Vec<Issue>,
    pub items: Vec<ImportItem>,
}

/// Reads the import API's answer: one entry per submitted item, in order.
pub fn read_import_response(text: &str) -> ImportResponse {
    let mut response = ImportResponse { summary: ImportSummary::default(), errors: Vec::new(), items: Vec::new() };
    let body = match json::parse(text) {
        Ok(body) => body,
        Err(error) => {
            response.errors.push(unreadable(text, error));
            return response;
        }
    };
    let Some(Value::Array(entries)) = member(&body, "value") else {
        let kind = IssueKind::InvalidType { expected: Expected::ImportAnswer, received: body.type_name() };
        response.errors.push(Issue::new("/value", kind));
        return response;
    };
    for (index, entry) in entries.iter().enumerate() {
        let failed = matches!(member(entry, "isFailed"), Some(Value::Bool(true)));
        let id = string_of(member(entry, "id"));
        let indicator = string_of(member(entry, "indicator"));
        let mut errors = Vec::new();
        if failed {
            let reason = string_of(member(entry, "failureReason")).unwrap_or_default();
            let path = format!("/{index}{}", path_for_reason(&reason));
            let kind = IssueKind::ImportItemFailed { reason, id: id.clone(), indicator: indicator.clone() };
            errors.push(Issue::new(path, kind));
        }
        response.summary.total += 1;
        if failed {
            response.summary.failed += 1;
        } else {
            response.summary.succeeded += 1;
        }
        response.items.push(ImportItem { index, id, indicator, failed, errors });
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_codes_and_reasons_to_fields() {
        let issue =
            read_service_error(r#"{"error":{"code":"InvalidHashValue","message":"bad hash","target":"c0ffee"}}"#);
        assert_eq!((issue.path.as_pointer().as_str(), issue.code()), ("/indicatorValue", "service_rejected"));
        let issue =
            read_service_error(r#"{"error":{"code":"MissingRequiredParameter","message":"title is required"}}"#);
        assert_eq!(issue.path, "/title");
        let issue = read_service_error(r#"{"error":{"code":"TooManyRequests","message":"slow down"}}"#);
        assert!(matches!(issue.kind, IssueKind::ServiceRejected { retryable: true, .. }));
        assert_eq!(read_service_error("<html>").code(), "invalid_json");
    }

    #[test]
    fn reads_import_answers() {
        let text = r#"{"value":[{"id":"1","indicator":"a.com","isFailed":false,"failureReason":null},
                                {"id":null,"indicator":"10.0.0.1","isFailed":true,"failureReason":"Invalid IP address"}]}"#;
        let response = read_import_response(text);
        assert_eq!(response.summary, ImportSummary { total: 2, succeeded: 1, failed: 1 });
        assert_eq!(response.items[1].errors[0].path, "/1/indicatorValue");
    }
}
