//! Every input format the package reads, declared once: its name, the file extensions that
//! name it, and how it is recognised. The CLI, the client's CLI and the page take names,
//! extensions and detection from here (`formats()` and `detectFormat()` in JavaScript).

use crate::batch::Format;
use crate::feeds::{self, FeedKind};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// A JSON array of indicators, or an import body `{"Indicators": [...]}`.
    Json,
    /// One indicator per line; the only format read in chunks.
    Ndjson,
    /// The portal's CSV import template.
    Csv,
    /// A STIX 2.1 bundle (or an array or stream of its objects).
    Stix,
    /// A MISP event (or a list of them).
    Misp,
}

/// What `formats()` tells of one format.
#[derive(Debug, Serialize)]
pub struct FormatInfo {
    pub name: &'static str,
    /// Lower-case, with the dot: the extensions that name this format when the content does not.
    pub extensions: &'static [&'static str],
    /// A feed is mapped to indicators before validation (`fromStix`, `fromMisp`).
    pub feed: bool,
    /// Read in chunks, so that memory is bounded by a chunk and not by the input.
    pub streamed: bool,
}

impl InputFormat {
    pub const ALL: [InputFormat; 5] =
        [InputFormat::Json, InputFormat::Ndjson, InputFormat::Csv, InputFormat::Stix, InputFormat::Misp];

    pub fn info(self) -> FormatInfo {
        let (name, extensions): (_, &'static [&'static str]) = match self {
            InputFormat::Json => ("json", &[".json"]),
            InputFormat::Ndjson => ("ndjson", &[".ndjson", ".jsonl"]),
            InputFormat::Csv => ("csv", &[".csv"]),
            // Feeds are files of JSON: only their content tells them apart.
            InputFormat::Stix => ("stix", &[]),
            InputFormat::Misp => ("misp", &[]),
        };
        FormatInfo { name, extensions, feed: self.feed().is_some(), streamed: self == InputFormat::Ndjson }
    }

    pub fn name(self) -> &'static str {
        self.info().name
    }

    pub fn parse(name: &str) -> Option<InputFormat> {
        InputFormat::ALL.into_iter().find(|format| format.name() == name)
    }

    /// The batch reader of this format, for the three that are not feeds.
    pub fn batch(self) -> Option<Format> {
        match self {
            InputFormat::Json => Some(Format::Json),
            InputFormat::Ndjson => Some(Format::Ndjson),
            InputFormat::Csv => Some(Format::Csv),
            InputFormat::Stix | InputFormat::Misp => None,
        }
    }

    pub fn feed(self) -> Option<FeedKind> {
        match self {
            InputFormat::Stix => Some(FeedKind::Stix),
            InputFormat::Misp => Some(FeedKind::Misp),
            _ => None,
        }
    }

    /// The format of an input from its first bytes and its file's name (`""` for none): a feed
    /// by its first keys, else the name's extension, else the first character (`[` or
    /// `{"Indicators"` JSON, any other `{` NDJSON, anything else CSV). `head` may end inside
    /// a character: only its valid UTF-8 prefix is read.
    pub fn detect(head: &[u8], file_name: &str) -> InputFormat {
        let text = match std::str::from_utf8(head) {
            Ok(text) => text,
            Err(error) => std::str::from_utf8(head.get(..error.valid_up_to()).unwrap_or(&[])).unwrap_or(""),
        };
        if let Some(kind) = feeds::detect(text) {
            return match kind {
                FeedKind::Stix => InputFormat::Stix,
                FeedKind::Misp => InputFormat::Misp,
            };
        }
        let base = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
        let extension = base.rfind('.').and_then(|dot| base.get(dot..)).unwrap_or("").to_ascii_lowercase();
        let by_extension =
            InputFormat::ALL.into_iter().find(|format| format.info().extensions.contains(&extension.as_str()));
        by_extension.unwrap_or_else(|| match Format::detect(text) {
            Format::Json => InputFormat::Json,
            Format::Ndjson => InputFormat::Ndjson,
            Format::Csv => InputFormat::Csv,
        })
    }
}

/// Every format, in the order of `InputFormat::ALL`.
pub fn formats() -> Vec<FormatInfo> {
    InputFormat::ALL.into_iter().map(InputFormat::info).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_extensions_name_one_format_each() {
        let mut seen = Vec::new();
        for format in InputFormat::ALL {
            assert_eq!(InputFormat::parse(format.name()), Some(format));
            for extension in format.info().extensions {
                assert!(!seen.contains(extension), "{extension} names two formats");
                seen.push(*extension);
            }
        }
        assert_eq!(InputFormat::parse("xml"), None);
    }

    #[test]
    fn content_wins_over_extension_only_for_feeds() {
        let stix = br#"{"type": "bundle", "id": "bundle--1", "objects": []}"#;
        assert_eq!(InputFormat::detect(stix, "feed.ndjson"), InputFormat::Stix);
        assert_eq!(InputFormat::detect(b"{\"indicatorValue\": 1}\n", "in/IOCS.JSON"), InputFormat::Json);
        assert_eq!(InputFormat::detect(b"{\"indicatorValue\": 1}\n", "a.csv.d\\iocs.jsonl"), InputFormat::Ndjson);
        assert_eq!(InputFormat::detect(b"{\"indicatorValue\": 1}\n", ""), InputFormat::Ndjson);
        assert_eq!(InputFormat::detect(b" {\"Indicators\": []}", ""), InputFormat::Json);
        assert_eq!(InputFormat::detect(b"IndicatorType,IndicatorValue", "iocs.txt"), InputFormat::Csv);
        // A name without a dot has no extension.
        assert_eq!(InputFormat::detect(b"{\"indicatorValue\": 1}", "json"), InputFormat::Ndjson);
        // A head cut inside a character is read up to it.
        assert_eq!(InputFormat::detect(b"[\xe2\x82", ""), InputFormat::Json);
    }
}
