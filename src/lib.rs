//! Validates and builds request bodies for Microsoft Defender for Endpoint indicators
//! (`POST /api/indicators`), revision by revision of the API's documentation.
//!
//! The core is plain Rust: JSON text (or a parsed [`json::Value`]) in, a [`Report`] out with
//! every error and warning and, when valid, the canonical [`payload::Payload`].
//!
//! ```
//! let options = mde_indicator::Options::new("current").unwrap();
//! let report = mde_indicator::validate_json(r#"{"indicatorValue": "8.8.8.8"}"#, &options);
//! assert!(!report.valid);
//! assert_eq!(report.errors[0].code(), "required");
//! ```

pub mod batch;
pub mod describe;
pub mod extract;
pub mod feeds;
pub mod format;
pub mod issue;
pub mod json;
pub mod model;
pub mod payload;
pub mod profile;
pub mod rules;
pub mod schema;
mod swar;
pub mod value;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use issue::{Issue, IssueKind};
pub use rules::{Options, Report};

use profile::Profile;
use std::fmt;

/// Misuse of the API (not bad input, which is reported as data).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OptionsError {
    UnknownProfile(String),
    InvalidNow(String),
}

impl fmt::Display for OptionsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OptionsError::UnknownProfile(name) => {
                let known: Vec<&str> = Profile::names().collect();
                write!(f, "unknown profile \"{name}\"; use one of {}", issue::List(&known))
            }
            OptionsError::InvalidNow(reason) => {
                write!(f, "options.now is not a valid date-time: {reason}")
            }
        }
    }
}

impl std::error::Error for OptionsError {}

impl Options {
    /// Options for the named profile, strict about undocumented fields, without a clock.
    pub fn new(profile: &str) -> Result<Options, OptionsError> {
        let profile = Profile::by_name(profile).ok_or_else(|| OptionsError::UnknownProfile(profile.to_string()))?;
        Ok(Options { profile, now: None, allow_undocumented: false })
    }

    /// Sets the current time from an RFC 3339 text, for the "already expired" warning.
    pub fn with_now(mut self, now: &str) -> Result<Options, OptionsError> {
        let parsed = value::datetime::parse(now).map_err(|e| OptionsError::InvalidNow(e.to_string()))?;
        self.now = Some(parsed.instant);
        Ok(self)
    }

    /// Sets the current time from milliseconds since the Unix epoch (JavaScript's clock).
    pub fn with_now_millis(mut self, millis: f64) -> Options {
        let seconds = (millis / 1000.0).floor();
        let ticks = ((millis - seconds * 1000.0) * 10_000.0) as u32; // saturating cast
        self.now = Some(value::datetime::Instant { seconds: seconds as i64, ticks: ticks.min(9_999_999) });
        self
    }
}

/// Validates one indicator given as JSON text.
pub fn validate_json<'a>(text: &'a str, options: &Options) -> Report<'a> {
    report_of(text, json::parse(text), options)
}

/// Validates one indicator that the JS binding encoded from a JS value: its tags stand for
/// values JSON cannot hold (`undefined`, a `Date`, a `Map` ...; see `json::parse_encoded`).
pub fn validate_encoded<'a>(text: &'a str, options: &Options) -> Report<'a> {
    report_of(text, json::parse_encoded(text), options)
}

fn report_of<'a>(text: &str, parsed: Result<json::Value<'a>, json::ParseError>, options: &Options) -> Report<'a> {
    match parsed {
        Ok(value) => rules::validate(&value, options),
        Err(error) => {
            let (line, column) = error.line_column(text);
            let kind = IssueKind::InvalidJson { reason: error.reason, line, column };
            Report::from_issues(vec![Issue::new("", kind)], None)
        }
    }
}

/// Validates one indicator already parsed.
pub fn validate<'a>(value: &json::Value<'a>, options: &Options) -> Report<'a> {
    rules::validate(value, options)
}
