//! The closed sets of words that issues carry in their `params`: each token is declared once
//! here with its English phrase, so a program can branch on the token and a translation can
//! render it, while the English message stays what it always was.

use serde::{Serialize, Serializer};
use std::fmt;

/// Declares an enum of tokens: each variant's stable token (what `params` hold) and its
/// English phrase (what the English message says). Tokens may repeat across variants when
/// the same word means the same thing for different codes (`wildcard` for IPs, domains, URLs).
macro_rules! tokens {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $token:literal => $english:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable token written into `params`.
            pub fn token(self) -> &'static str {
                match self { $($name::$variant => $token),+ }
            }

            /// The English phrase for the English message.
            pub fn english(self) -> &'static str {
                match self { $($name::$variant => $english),+ }
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.token())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.english())
            }
        }

        impl TokenSet for $name {
            const TYPE_NAME: &'static str = stringify!($name);
            fn tokens() -> Vec<&'static str> {
                let mut tokens: Vec<&'static str> = $name::ALL.iter().map(|t| t.token()).collect();
                tokens.sort_unstable();
                tokens.dedup();
                tokens
            }
        }
    };
}

/// A closed set of tokens, for the generated TypeScript union and the params test.
pub trait TokenSet {
    const TYPE_NAME: &'static str;
    fn tokens() -> Vec<&'static str>;
}

tokens!(
    /// Why a value (an IP address, a domain name, a URL, a date-time), a CSV text or cell, or a
    /// JSON text is not acceptable.
    Reason {
        // IpAddress values
        ContainsSpace = "contains_space" => "contains spaces",
        IpWildcard = "wildcard" => "wildcards are not supported",
        IpRange = "range" => "ranges are not supported; give one address",
        IpZoneId = "zone_id" => "zone IDs (%...) are not supported",
        IpBrackets = "brackets" => "remove the brackets around the IPv6 address",
        IpPort = "port" => "ports are not supported",
        NotAnAddress = "not_an_address" => "expected a dotted-quad IPv4 address such as 8.8.8.8 or an IPv6 address such as 2001:4860:4860::8888",
        PrefixOutOfRange = "prefix_out_of_range" => "the CIDR prefix length is out of range",
        // DomainName values and URL hosts
        Empty = "empty" => "is empty",
        DomainWildcard = "wildcard" => "wildcards are not supported; a domain already matches all its subdomains",
        TooLong = "too_long" => "is longer than 253 characters",
        EmptyLabel = "empty_label" => "has an empty label (a leading, trailing or double dot)",
        LabelTooLong = "label_too_long" => "has a label longer than 63 characters",
        LabelCharacter = "label_character" => "labels may only hold letters, digits and hyphens",
        LabelHyphen = "label_hyphen" => "a label must not start or end with a hyphen",
        SingleLabel = "single_label" => "must have at least two labels, such as contoso.com",
        NumericTld = "numeric_tld" => "the top-level label must not be all digits",
        SchemeOrPath = "scheme_or_path" => "has a scheme or path; use indicatorType Url for URLs",
        DomainBackslash = "backslash" => "contains a backslash",
        IsIpAddress = "ip_address" => "is an IP address; use indicatorType IpAddress",
        DomainPort = "port" => "has a port; give the host name only",
        // Url values and educateUrl
        UnseenCharacter = "unseen_character" => "contains spaces, control characters or invisible formatting characters",
        UrlBackslash = "backslash" => "contains a backslash; use forward slashes",
        UrlWildcard = "wildcard" => "wildcards are not supported; a URL already matches everything under its path",
        Scheme = "scheme" => "the scheme must be http or https",
        SchemeSlashes = "scheme_slashes" => "the scheme must be followed by //",
        SchemeMissing = "scheme_missing" => "must start with http:// or https://",
        UserInfo = "user_info" => "has user info (user@host); give the host only",
        UnclosedBracket = "unclosed_bracket" => "has an unclosed IPv6 bracket",
        Ipv6Literal = "ipv6_literal" => "has an invalid IPv6 literal",
        UrlPort = "port" => "has an invalid port",
        // expirationTime
        DateTimeShape = "shape" => "expected the form YYYY-MM-DDTHH:MM:SSZ",
        Year = "year" => "the year must be 0001-9999",
        Month = "month" => "the month must be 01-12",
        Day = "day" => "the day must be 01-31",
        NoSuchDay = "no_such_day" => "that day does not exist in that month",
        Hour = "hour" => "the hour must be 00-23",
        Minute = "minute" => "the minute must be 00-59",
        Second = "second" => "the second must be 00-59",
        FractionDigits = "fraction_digits" => "expected digits after the decimal point",
        OffsetMissing = "offset_missing" => "the time offset is missing; add Z for UTC",
        OffsetShape = "offset_shape" => "the offset must look like +HH:MM",
        OffsetHour = "offset_hour" => "the offset hour must be 00-23",
        OffsetMinute = "offset_minute" => "the offset minute must be 00-59",
        OutsideYears = "out_of_range" => "is outside years 0001-9999 in UTC",
        // CSV text
        UnclosedQuote = "unclosed_quote" => "a quoted cell is not closed",
        TextAfterQuote = "text_after_quote" => "text after a closing quote",
        // Writing the CSV template
        NoColumn = "no_column" => "the template has no column for it",
        CellType = "cell_type" => "its JSON type does not fit the column",
        BlankCell = "blank" => "it is empty or blank, which the template reads as an absent field",
        ListItemComma = "list_item_comma" => "a list item holds a comma",
        ListItemBlank = "list_item_blank" => "a list item is empty or has spaces around it, which the cell cannot keep",
        ListItemNotString = "list_item_not_string" => "a list item is not a string",
        // JSON text
        ExpectedArray = "expected_array" => "expected a JSON array",
        EndInArray = "end_in_array" => "unexpected end of input in an array",
        ExpectedCommaOrBracket = "expected_comma_or_bracket" => "expected ',' or ']'",
        TrailingText = "trailing_text" => "unexpected text after the JSON value",
        UnexpectedCharacter = "unexpected_character" => "unexpected character",
        UnexpectedEnd = "unexpected_end" => "unexpected end of input",
        ExpectedObject = "expected_object" => "expected a JSON object",
        NestedTooDeep = "too_deep" => "nested too deeply",
        ExpectedKey = "expected_key" => "expected a string key",
        ExpectedColon = "expected_colon" => "expected ':'",
        EndInObject = "end_in_object" => "unexpected end of input in an object",
        ExpectedCommaOrBrace = "expected_comma_or_brace" => "expected ',' or '}'",
        InvalidNumber = "invalid_number" => "invalid number",
        UnterminatedString = "unterminated_string" => "unterminated string",
        ControlCharacter = "control_character" => "control character in a string must be escaped",
        InvalidEscape = "invalid_escape" => "invalid escape in a string",
        InvalidUnicodeEscape = "invalid_unicode_escape" => "invalid \\u escape",
    }
);

tokens!(
    /// The JSON shape a value should have had (`invalid_type`'s `expected`).
    Expected {
        Object = "object" => "an object",
        String = "string" => "a string",
        Boolean = "boolean" => "a boolean",
        Array = "array" => "an array",
        StringArray = "string_array" => "an array of strings",
        JsonValue = "json_value" => "a JSON value",
        ErrorBody = "error_body" => "an object with an \"error\" object",
        ImportAnswer = "import_answer" => "an object with a \"value\" array",
        Feed = "feed" => "a STIX bundle or a MISP event",
        StixInput = "stix_input" => "a STIX bundle, envelope, array or object",
        MispInput = "misp_input" => "a MISP event, list of events or REST answer",
    }
);

tokens!(
    /// The non-global address ranges (IANA special-purpose registries) of `ip_not_global`.
    IpRange {
        ThisNetwork = "this_network" => "this-network",
        Private = "private" => "private",
        Shared = "shared" => "shared (carrier-grade NAT)",
        Loopback = "loopback" => "loopback",
        LinkLocal = "link_local" => "link-local",
        IetfProtocol = "ietf_protocol" => "IETF protocol assignment",
        Documentation = "documentation" => "documentation",
        Benchmarking = "benchmarking" => "benchmarking",
        Multicast = "multicast" => "multicast",
        Reserved = "reserved" => "reserved",
        Unspecified = "unspecified" => "unspecified",
        Nat64Local = "nat64_local" => "local-use NAT64",
        DiscardOnly = "discard_only" => "discard-only",
        UniqueLocal = "unique_local" => "unique local (private)",
        SiteLocal = "site_local" => "site-local (deprecated)",
    }
);
