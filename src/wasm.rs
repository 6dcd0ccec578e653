//! The only code that meets JavaScript. Text in, text out: the JS wrapper (`js/api.mjs`)
//! serialises the input with `JSON.stringify` and parses the answer with `JSON.parse`, which
//! costs two boundary crossings per call instead of one per property.

use crate::{describe, validate_json, Options};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Validates one indicator given as JSON text; answers the report as JSON text. The clock is
/// `now_text` (RFC 3339) when given, else `now_ms` (milliseconds since the Unix epoch).
/// Throws an `Error` for an unknown profile or an invalid `now_text`.
#[wasm_bindgen(js_name = validateJson)]
pub fn validate_json_text(
    text: &str,
    profile: &str,
    now_text: &str,
    now_ms: f64,
    allow_undocumented: bool,
) -> Result<String, JsError> {
    let mut options = Options::new(profile)?;
    options = if now_text.is_empty() {
        options.with_now_millis(now_ms)
    } else {
        options.with_now(now_text)?
    };
    options.allow_undocumented = allow_undocumented;
    Ok(validate_json(text, &options).to_json())
}

/// `profiles()` as JSON text.
#[wasm_bindgen(js_name = profilesJson)]
pub fn profiles_json() -> String {
    describe::profiles().to_string()
}
