//! The only code that meets JavaScript. Text in, text out: the JS wrapper (`js/api.mjs`)
//! serialises the input with `JSON.stringify` and parses the answer with `JSON.parse`, which
//! costs two boundary crossings per call instead of one per property.

use crate::{describe, validate_json, Options};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Validates one indicator given as JSON text; answers the report as JSON text.
/// Throws an `Error` for an unknown profile or an invalid `now`.
#[wasm_bindgen(js_name = validateJson)]
pub fn validate_json_text(text: &str, profile: &str, now: &str, allow_undocumented: bool) -> Result<String, JsError> {
    let mut options = Options::new(profile)?;
    if !now.is_empty() {
        options = options.with_now(now)?;
    }
    options.allow_undocumented = allow_undocumented;
    let report = validate_json(text, &options);
    serde_json::to_string(&report).map_err(|e| JsError::new(&e.to_string()))
}

/// `profiles()` as JSON text.
#[wasm_bindgen(js_name = profilesJson)]
pub fn profiles_json() -> String {
    describe::profiles().to_string()
}
