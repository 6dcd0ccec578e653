//! The only code that meets JavaScript. Text in, text out: the JS wrapper (`js/api.mjs`)
//! serialises the input with `JSON.stringify` and parses the answer with `JSON.parse`, which
//! costs two boundary crossings per call instead of one per property.
//!
//! Validation is always built; batches, CSV, service answers, extraction and JSON Schemas only
//! with the default feature `full`. Without it (`--no-default-features`) the module is the lean
//! one of the `mde-indicator/validate` entry: the unused rest of the core never reaches the wasm.

use crate::{describe, validate_encoded, validate_json, Options, OptionsError};
use wasm_bindgen::prelude::*;

// A report is many small strings: talc allocates them faster than Rust's default for wasm.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Validates one indicator given as JSON text in UTF-8; answers the report as JSON text.
/// `encoded`: the text is what `js/api.mjs` encoded from a JS value, whose tags stand for
/// values JSON cannot hold; in a user's own text (`validateJson`) a tag is just an object.
/// The clock is `now_text` (RFC 3339) when given, else `now_ms` (milliseconds since the Unix
/// epoch). Throws an `Error` for an unknown profile or an invalid `now_text`.
///
/// Text arrives as bytes that `js/api.mjs` wrote with `TextEncoder.encodeInto`: for an
/// indicator-sized text about 1 µs faster than the character loop of a `&str` parameter.
/// One export for both kinds of text, as each export costs the lean module its own shim.
#[wasm_bindgen(js_name = validateText)]
pub fn validate_text(
    text: &[u8],
    encoded: bool,
    profile: &str,
    now_text: &str,
    now_ms: f64,
    allow_undocumented: bool,
) -> Result<String, JsError> {
    let options = options(profile, now_text, now_ms, allow_undocumented)?;
    let text = utf8(text)?;
    let report = if encoded { validate_encoded(text, &options) } else { validate_json(text, &options) };
    Ok(report.to_json())
}

/// `TextEncoder` always writes UTF-8 (a lone surrogate becomes U+FFFD), so this only fails
/// when a caller of the raw export passes other bytes. (A fixed message: formatting
/// `Utf8Error` would cost the lean module bytes it does not have.)
fn utf8(bytes: &[u8]) -> Result<&str, JsError> {
    std::str::from_utf8(bytes).map_err(|_| JsError::new("the text is not UTF-8"))
}

fn options(profile: &str, now_text: &str, now_ms: f64, allow_undocumented: bool) -> Result<Options, OptionsError> {
    let mut options = Options::new(profile)?;
    options = if now_text.is_empty() { options.with_now_millis(now_ms) } else { options.with_now(now_text)? };
    options.allow_undocumented = allow_undocumented;
    Ok(options)
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// `profiles()` as JSON text.
#[wasm_bindgen(js_name = profilesJson)]
pub fn profiles_json() -> String {
    to_json(&describe::profiles())
}

/// Batches, CSV, service answers, finding indicators in text, and JSON Schemas.
#[cfg(feature = "full")]
mod full {
    use super::{options, to_json};
    use crate::batch::{csv, plan, service, BatchOptions, BatchValidator, Format};
    use crate::feeds::{FeedKind, FeedOptions, FeedReader};
    use crate::format::{self, InputFormat};
    use crate::issue::{Expected, Issue, IssueKind};
    use crate::profile::Profile;
    use crate::schema::{self, SchemaOptions};
    use crate::{extract, json, OptionsError};
    use wasm_bindgen::prelude::*;

    /// A batch validated in one call or fed chunk by chunk (its duplicate check spans chunks).
    #[wasm_bindgen]
    pub struct BatchSession {
        validator: BatchValidator,
    }

    #[wasm_bindgen]
    impl BatchSession {
        #[wasm_bindgen(constructor)]
        pub fn new(
            profile: &str,
            now_text: &str,
            now_ms: f64,
            allow_undocumented: bool,
            include_payloads: bool,
            include_inputs: bool,
        ) -> Result<BatchSession, JsError> {
            let validate = options(profile, now_text, now_ms, allow_undocumented)?;
            Ok(BatchSession {
                validator: BatchValidator::new(BatchOptions { validate, include_payloads, include_inputs }),
            })
        }

        /// Validates one chunk of text; `format` is "json", "ndjson", "csv", or "" to guess. Reports
        /// come in the compact form that `js/api.mjs` expands (src/batch/compact.rs).
        #[wasm_bindgen(js_name = feedText)]
        pub fn feed_text(&mut self, text: &str, format: &str) -> Result<String, JsError> {
            let format = format_of(format, text)?;
            Ok(self.validator.feed(text, format).to_compact_json())
        }

        /// A JSON array that `js/api.mjs` encoded from JS values (tags read as JS values).
        #[wasm_bindgen(js_name = feedEncoded)]
        pub fn feed_encoded(&mut self, text: &str) -> String {
            self.validator.feed_encoded(text).to_compact_json()
        }

        /// Same for bytes (a file read, a `Buffer`): no conversion to a JS string on the way.
        #[wasm_bindgen(js_name = feedBytes)]
        pub fn feed_bytes(&mut self, bytes: &[u8], format: &str) -> Result<String, JsError> {
            let format = if format.is_empty() { None } else { Some(format_of(format, "")?) };
            Ok(self.validator.feed_bytes(bytes, format).to_compact_json())
        }

        /// Issues only visible at the end of the input (an empty input), as a JSON array.
        pub fn finish(&self) -> String {
            to_json(&self.validator.finish())
        }

        /// Running totals over every chunk.
        pub fn summary(&self) -> String {
            to_json(&self.validator.summary())
        }
    }

    fn format_of(name: &str, text: &str) -> Result<Format, JsError> {
        if name.is_empty() {
            return Ok(Format::detect(text));
        }
        InputFormat::parse(name).and_then(InputFormat::batch).ok_or_else(|| {
            let names: Vec<_> =
                InputFormat::ALL.into_iter().filter(|f| f.batch().is_some()).map(InputFormat::name).collect();
            JsError::new(&format!("unknown format \"{name}\"; use {}", names.join(", ")))
        })
    }

    #[wasm_bindgen(js_name = planSubmissionJson)]
    pub fn plan_submission_json(count: f64, active_indicators: f64, profile: &str) -> Result<String, JsError> {
        let profile = profile_named(profile)?;
        // Counts arrive checked as non-negative integers by the JS wrapper; the casts saturate.
        Ok(to_json(&plan::plan_submission(count as u64, active_indicators as u64, profile)))
    }

    #[wasm_bindgen(js_name = readImportResponseJson)]
    pub fn read_import_response_json(text: &str) -> String {
        to_json(&service::read_import_response(text))
    }

    #[wasm_bindgen(js_name = readServiceErrorJson)]
    pub fn read_service_error_json(text: &str) -> String {
        to_json(&service::read_service_error(text))
    }

    /// `{"csv": text}`, or `{"errors": [...]}` when an item cannot be written without loss; `items`
    /// is a JSON array that `js/api.mjs` encoded from JS values.
    #[wasm_bindgen(js_name = toCsvJson)]
    pub fn to_csv_json(items: &str) -> String {
        let parsed = json::parse_encoded(items);
        let written = match &parsed {
            Ok(json::Value::Array(items)) => csv::write(items),
            Ok(other) => Err(vec![Issue::new(
                "",
                IssueKind::InvalidType { expected: Expected::Array, received: other.type_name() },
            )]),
            Err(error) => {
                let (line, column) = error.line_column(items);
                Err(vec![Issue::new("", IssueKind::InvalidJson { reason: error.reason, line, column })])
            }
        };
        /// `{"csv": ...}` or `{"errors": [...]}`.
        #[derive(serde::Serialize)]
        #[serde(rename_all = "lowercase")]
        enum Answer {
            Csv(String),
            Errors(Vec<Issue>),
        }
        to_json(&match written {
            Ok(text) => Answer::Csv(text),
            Err(errors) => Answer::Errors(errors),
        })
    }

    fn profile_named(name: &str) -> Result<&'static Profile, OptionsError> {
        Profile::by_name(name).ok_or_else(|| OptionsError::UnknownProfile(name.to_string()))
    }

    /// Every indicator found in `text` (UTF-8 from `TextEncoder`: it copies a long text into wasm
    /// several times faster than the character loop of a `&str` parameter), as a JSON array;
    /// `unique` keeps the first of each value.
    #[wasm_bindgen(js_name = extractJson)]
    pub fn extract_json(text: &[u8], profile: &str, unique: bool) -> Result<String, JsError> {
        let options = extract::ExtractOptions { profile: profile_named(profile)?, unique };
        Ok(to_json(&extract::extract(super::utf8(text)?, &options)))
    }

    /// What one value is, as JSON.
    #[wasm_bindgen(js_name = detectTypeJson)]
    pub fn detect_type_json(value: &str, profile: &str) -> Result<String, JsError> {
        Ok(to_json(&extract::detect_type(value, profile_named(profile)?)))
    }

    /// A STIX or MISP feed read entry by entry (src/feeds): the text stays in wasm memory and
    /// each `next` maps a few more entries, so a large feed never crosses as one answer.
    #[wasm_bindgen]
    pub struct FeedSession {
        text: String,
        reader: FeedReader,
    }

    #[wasm_bindgen]
    impl FeedSession {
        /// `bytes`: the feed as UTF-8; `format`: "stix", "misp", or "" to detect; `options`: JSON
        /// of the feed options (`FeedOptions::read_json`); `unreadable`: why a JS value could not
        /// be serialised, in place of bytes.
        #[wasm_bindgen(constructor)]
        pub fn new(
            bytes: Vec<u8>,
            format: &str,
            options: &str,
            profile: &str,
            now_text: &str,
            now_ms: f64,
            unreadable: Option<String>,
        ) -> Result<FeedSession, JsError> {
            let validate = super::options(profile, now_text, now_ms, false)?;
            let kind = match format {
                "" => None,
                name => Some(
                    FeedKind::parse(name)
                        .ok_or_else(|| JsError::new(&format!("unknown feed format \"{name}\"; use stix or misp")))?,
                ),
            };
            let mut feed_options = FeedOptions::new(validate.profile).read_json(options);
            feed_options.now = validate.now;
            if let Some(reason) = unreadable {
                let reader = FeedReader::failed(kind, feed_options, IssueKind::UnreadableInput { detail: reason });
                return Ok(FeedSession { text: String::new(), reader });
            }
            let (text, reader) = FeedReader::from_bytes(bytes, kind, feed_options);
            Ok(FeedSession { text, reader })
        }

        /// "stix" or "misp".
        pub fn format(&self) -> String {
            self.reader.kind().name().to_string()
        }

        /// Problems with the input as a whole, as a JSON array.
        pub fn errors(&self) -> String {
            to_json(&self.reader.errors())
        }

        /// Entries not mapped yet.
        pub fn remaining(&self) -> usize {
            self.reader.remaining()
        }

        /// Maps up to `limit` more entries: `{"indicators": [...], "skipped": [...]}`.
        pub fn next(&mut self, limit: usize) -> String {
            self.reader.next_chunk(&self.text, limit).to_json()
        }

        pub fn summary(&self) -> String {
            to_json(self.reader.summary())
        }
    }

    /// Every input format as JSON (`formats()`): names, extensions, feed or not, streamed or not.
    #[wasm_bindgen(js_name = formatsJson)]
    pub fn formats_json() -> String {
        to_json(&format::formats())
    }

    /// The format of an input from its first bytes (a file's first chunk) and its file's
    /// name (`""` for none): see `InputFormat::detect`.
    #[wasm_bindgen(js_name = detectFormat)]
    pub fn detect_format(head: &[u8], file_name: &str) -> String {
        InputFormat::detect(head, file_name).name().to_string()
    }

    /// `toJsonSchema()`: the JSON Schema of a body as JSON text (src/schema.rs). Only here, not
    /// in the lean module, whose size budget it would take most of.
    #[wasm_bindgen(js_name = jsonSchemaJson)]
    pub fn json_schema_json(
        profile: &str,
        target: &str,
        io: &str,
        allow_undocumented: bool,
    ) -> Result<String, JsError> {
        let options = SchemaOptions::parse(profile, target, io, allow_undocumented).map_err(|e| JsError::new(&e))?;
        Ok(schema::json_schema(&options))
    }

    #[wasm_bindgen]
    pub fn refang(value: &str) -> String {
        extract::refang(value)
    }

    #[wasm_bindgen]
    pub fn defang(value: &str) -> String {
        extract::defang(value)
    }
}
