//! A small JSON reader made for validation rather than deserialisation. Unlike serde_json it
//! keeps duplicate keys (so they can be reported, not silently resolved), turns a lone UTF-16
//! surrogate escape into a flagged string instead of failing the whole text, bounds nesting
//! depth, and borrows every string without escapes straight from the input.
//!
//! The JavaScript binding tags values that JSON cannot hold (`undefined` in an array, a
//! function, a `Date`, a `Map` ...) as `{"\u0000mde": kind, ...}`; in text that the binding
//! encoded ([`parse_encoded`]) they come back as [`Value::Foreign`] so that rules can name the
//! JS type the user passed. In any other text ([`parse`]) such an object is just an object: a
//! user's JSON must not be able to pass for a JS `Date`.

use crate::issue::{Reason, TypeName};
use crate::swar;
use std::borrow::Cow;

/// Nesting beyond this is rejected: no indicator field nests more than two levels.
pub const MAX_DEPTH: usize = 64;

/// The kind of a value nested deeper than [`MAX_DEPTH`].
pub const TOO_DEEP: &str = "too_deep";

/// The key the JS binding uses to tag a non-JSON value. A NUL can't start a real API key.
pub const FOREIGN_TAG: &str = "\u{0}mde";

#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    Null,
    Bool(bool),
    /// The number's JSON text; rules only ever need to name it.
    Number(&'a str),
    String(Text<'a>),
    Array(Vec<Value<'a>>),
    /// Members in input order, duplicates kept.
    Object(Vec<(Text<'a>, Value<'a>)>),
    /// A JS value with no JSON form: `kind` is what it was ("undefined", "function", "Date",
    /// "Map", "NaN" ..., or "unreadable" when it could not be read at all); `detail` carries a
    /// valid `Date`'s ISO form or why the value was unreadable.
    Foreign {
        kind: String,
        detail: Option<String>,
    },
}

/// A JSON string. `lone_surrogate` is set when an escape held an unpaired surrogate: `text`
/// then has U+FFFD in its place and must not be sent.
#[derive(Debug, Clone, PartialEq)]
pub struct Text<'a> {
    pub text: Cow<'a, str>,
    pub lone_surrogate: bool,
}

impl Text<'_> {
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

/// An object's members in order, each with whether an earlier member has the same key. A real
/// indicator has at most ~15 keys: scanning them beats hashing; huge objects get a set, so
/// hostile input stays linear.
pub fn members_marking_repeats<'m, 'a>(
    members: &'m [(Text<'a>, Value<'a>)],
) -> impl Iterator<Item = (&'m Text<'a>, &'m Value<'a>, bool)> {
    let mut seen = std::collections::HashSet::new();
    members.iter().enumerate().map(move |(index, (key, value))| {
        let name = key.as_str();
        let repeated = if members.len() <= 32 {
            members.get(..index).is_some_and(|before| before.iter().any(|(k, _)| k.as_str() == name))
        } else {
            !seen.insert(name)
        };
        (key, value, repeated)
    })
}

impl Value<'_> {
    /// The name of this value's type, as a JavaScript user would say it.
    /// The JSON type's name as a token (`number`, `array` ...), or the JS kind of a tagged value
    /// (`undefined`, `Map`, [`TOO_DEEP`] ...); messages add the article.
    pub fn type_name(&self) -> TypeName {
        TypeName(
            match self {
                Value::Null => "null",
                Value::Bool(_) => "boolean",
                Value::Number(_) => "number",
                Value::String(_) => "string",
                Value::Array(_) => "array",
                Value::Object(_) => "object",
                Value::Foreign { kind, .. } => kind.as_str(),
            }
            .to_string(),
        )
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    pub reason: Reason,
    /// Byte offset into the input.
    pub offset: usize,
}

impl ParseError {
    /// 1-based line and column (in characters) of the error.
    pub fn line_column(&self, input: &str) -> (usize, usize) {
        let before = input.get(..self.offset).unwrap_or(input);
        let line = swar::count_byte(before.as_bytes(), b'\n') + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before.get(line_start..).map_or(0, crate::value::char_count) + 1;
        (line, column)
    }
}

/// Parses one JSON document. A leading UTF-8 byte-order mark is skipped.
pub fn parse(input: &str) -> Result<Value<'_>, ParseError> {
    parse_from(Parser::new(input, false))
}

/// Parses text that the JS binding encoded, whose tags stand for JS values (module docs).
pub fn parse_encoded(input: &str) -> Result<Value<'_>, ParseError> {
    parse_from(Parser::new(input, true))
}

fn parse_from(mut parser: Parser<'_>) -> Result<Value<'_>, ParseError> {
    let value = parser.value(0)?;
    parser.expect_end()?;
    Ok(value)
}

/// Reads a JSON array one element at a time, so a batch never holds more than one item's
/// tree. Yields each element with the byte offset where it starts; after a syntax error it
/// yields that error and stops.
pub struct ArrayItems<'a> {
    parser: Parser<'a>,
    state: ArrayState,
}

#[derive(PartialEq)]
enum ArrayState {
    Start,
    Items,
    Done,
}

impl<'a> ArrayItems<'a> {
    pub fn new(input: &'a str) -> ArrayItems<'a> {
        ArrayItems { parser: Parser::new(input, false), state: ArrayState::Start }
    }

    /// Items of an array that the JS binding encoded (see [`parse_encoded`]).
    pub fn encoded(input: &'a str) -> ArrayItems<'a> {
        ArrayItems { parser: Parser::new(input, true), state: ArrayState::Start }
    }

    fn fail(&mut self, reason: Reason) -> Option<Result<(Value<'a>, usize), ParseError>> {
        self.state = ArrayState::Done;
        Some(Err(self.parser.error(reason)))
    }
}

impl<'a> Iterator for ArrayItems<'a> {
    type Item = Result<(Value<'a>, usize), ParseError>;

    fn next(&mut self) -> Option<Self::Item> {
        let p = &mut self.parser;
        match self.state {
            ArrayState::Done => return None,
            ArrayState::Start => {
                if p.peek() != Some(b'[') {
                    return self.fail(Reason::ExpectedArray);
                }
                p.pos += 1;
                p.skip_whitespace();
                if p.peek() == Some(b']') {
                    p.pos += 1;
                    self.state = ArrayState::Done;
                    return p.expect_end().err().map(Err);
                }
                self.state = ArrayState::Items;
            }
            ArrayState::Items => {
                p.skip_whitespace();
                match p.peek() {
                    Some(b',') => p.pos += 1,
                    Some(b']') => {
                        p.pos += 1;
                        self.state = ArrayState::Done;
                        return p.expect_end().err().map(Err);
                    }
                    None => return self.fail(Reason::EndInArray),
                    Some(_) => return self.fail(Reason::ExpectedCommaOrBracket),
                }
            }
        }
        let p = &mut self.parser;
        p.skip_whitespace();
        let start = p.pos;
        match p.value(1) {
            Ok(value) => Some(Ok((value, start))),
            Err(error) => {
                self.state = ArrayState::Done;
                Some(Err(error))
            }
        }
    }
}

/// Walks a JSON text by hand: into objects key by key and arrays item by item, reading whole
/// values only where the caller wants them. A feed of many megabytes is read this way one entry
/// at a time (src/feeds), and each entry's offset noted so that it can be read again later
/// ([`Cursor::at`]) without keeping its tree.
pub struct Cursor<'a> {
    parser: Parser<'a>,
    /// One entry per object or array entered: whether a member has been read in it yet.
    open: Vec<bool>,
}

impl<'a> Cursor<'a> {
    /// A cursor at the start of `input`, past a UTF-8 byte-order mark and white space.
    pub fn new(input: &'a str) -> Cursor<'a> {
        Cursor { parser: Parser::new(input, false), open: Vec::new() }
    }

    /// A cursor at byte `offset` of `input`, where a value starts (an offset [`Cursor::offset`]
    /// gave before).
    pub fn at(input: &'a str, offset: usize) -> Cursor<'a> {
        let mut parser = Parser::new(input, false);
        parser.pos = offset.min(input.len());
        Cursor { parser, open: Vec::new() }
    }

    /// The byte offset of the next value, past white space.
    pub fn offset(&mut self) -> usize {
        self.parser.skip_whitespace();
        self.parser.pos
    }

    /// The first byte of the next value (`{`, `[`, `"` ...), past white space.
    pub fn peek(&mut self) -> Option<u8> {
        self.parser.skip_whitespace();
        self.parser.peek()
    }

    /// Reads the next value whole.
    pub fn value(&mut self) -> Result<Value<'a>, ParseError> {
        self.parser.skip_whitespace();
        self.parser.value(self.open.len())
    }

    /// Steps into the object that comes next.
    pub fn enter_object(&mut self) -> Result<(), ParseError> {
        self.enter(b'{', Reason::ExpectedObject)
    }

    /// Steps into the array that comes next.
    pub fn enter_array(&mut self) -> Result<(), ParseError> {
        self.enter(b'[', Reason::ExpectedArray)
    }

    fn enter(&mut self, open: u8, reason: Reason) -> Result<(), ParseError> {
        if self.peek() != Some(open) {
            return Err(self.parser.error(reason));
        }
        if self.open.len() >= MAX_DEPTH {
            return Err(self.parser.error(Reason::NestedTooDeep));
        }
        self.parser.pos += 1;
        self.open.push(false);
        Ok(())
    }

    /// Whether another member follows in the innermost open object or array (its `,` read), or
    /// `close` ends it (read, and the container left).
    fn more(&mut self, close: u8) -> Result<bool, ParseError> {
        let started = self.open.last().copied().unwrap_or(false);
        let p = &mut self.parser;
        p.skip_whitespace();
        match p.peek() {
            Some(c) if c == close => {
                p.pos += 1;
                self.open.pop();
                return Ok(false);
            }
            None if close == b'}' => return Err(p.error(Reason::EndInObject)),
            None => return Err(p.error(Reason::EndInArray)),
            Some(b',') if started => {
                p.pos += 1;
                p.skip_whitespace();
            }
            Some(_) if started && close == b'}' => return Err(p.error(Reason::ExpectedCommaOrBrace)),
            Some(_) if started => return Err(p.error(Reason::ExpectedCommaOrBracket)),
            Some(_) => {}
        }
        if let Some(last) = self.open.last_mut() {
            *last = true;
        }
        Ok(true)
    }

    /// The next key of the innermost object, its `:` read so that its value comes next; `None`
    /// at the object's end.
    pub fn next_key(&mut self) -> Result<Option<Text<'a>>, ParseError> {
        if !self.more(b'}')? {
            return Ok(None);
        }
        let p = &mut self.parser;
        if p.peek() != Some(b'"') {
            return Err(p.error(Reason::ExpectedKey));
        }
        let key = p.string()?;
        p.skip_whitespace();
        if p.peek() != Some(b':') {
            return Err(p.error(Reason::ExpectedColon));
        }
        p.pos += 1;
        Ok(Some(key))
    }

    /// Whether another item follows in the innermost array; `false` at its end.
    pub fn next_item(&mut self) -> Result<bool, ParseError> {
        self.more(b']')
    }

    /// Checks that nothing but white space follows.
    pub fn end(&mut self) -> Result<(), ParseError> {
        self.parser.expect_end()
    }
}

struct Parser<'a> {
    input: &'a str,
    bytes: &'a [u8],
    pos: usize,
    /// Whether the binding's tags are read as JS values (text the binding encoded).
    binding_tags: bool,
}

impl<'a> Parser<'a> {
    /// A parser at the start of `input`, past a UTF-8 byte-order mark and whitespace.
    fn new(input: &'a str, binding_tags: bool) -> Parser<'a> {
        let mut parser = Parser { input, bytes: input.as_bytes(), pos: 0, binding_tags };
        if input.starts_with('\u{feff}') {
            parser.pos = 3;
        }
        parser.skip_whitespace();
        parser
    }

    fn expect_end(&mut self) -> Result<(), ParseError> {
        self.skip_whitespace();
        if self.pos < self.bytes.len() {
            return Err(self.error(Reason::TrailingText));
        }
        Ok(())
    }
    fn error(&self, reason: Reason) -> ParseError {
        ParseError { reason, offset: self.pos.min(self.bytes.len()) }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    fn expect_literal(&mut self, literal: &str, value: Value<'a>) -> Result<Value<'a>, ParseError> {
        if self.bytes.get(self.pos..self.pos + literal.len()) == Some(literal.as_bytes()) {
            self.pos += literal.len();
            Ok(value)
        } else {
            Err(self.error(Reason::UnexpectedCharacter))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value<'a>, ParseError> {
        if depth > MAX_DEPTH {
            // Reported by the field that holds it, like any other value of the wrong type.
            self.skip_nested()?;
            return Ok(Value::Foreign { kind: TOO_DEEP.to_string(), detail: None });
        }
        match self.peek() {
            None => Err(self.error(Reason::UnexpectedEnd)),
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => Ok(Value::String(self.string()?)),
            Some(b't') => self.expect_literal("true", Value::Bool(true)),
            Some(b'f') => self.expect_literal("false", Value::Bool(false)),
            Some(b'n') => self.expect_literal("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error(Reason::UnexpectedCharacter)),
        }
    }

    /// Steps over one value of any depth without recursing: brackets are counted, strings
    /// stepped over. Inner syntax is not checked; the value is refused anyway.
    fn skip_nested(&mut self) -> Result<(), ParseError> {
        let mut open = 0usize;
        loop {
            match self.peek() {
                None => return Err(self.error(Reason::UnexpectedEnd)),
                Some(b'[' | b'{') => open += 1,
                Some(b']' | b'}') => open = open.saturating_sub(1),
                Some(b'"') => {
                    self.string()?;
                    if open == 0 {
                        return Ok(());
                    }
                    continue;
                }
                Some(_) if open == 0 => return self.value(0).map(|_| ()),
                Some(_) => {}
            }
            self.pos += 1;
            if open == 0 {
                return Ok(());
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value<'a>, ParseError> {
        self.pos += 1;
        let mut items = Vec::with_capacity(4);
        self.skip_whitespace();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Value::Array(items));
        }
        loop {
            self.skip_whitespace();
            items.push(self.value(depth + 1)?);
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Value::Array(items));
                }
                None => return Err(self.error(Reason::EndInArray)),
                Some(_) => return Err(self.error(Reason::ExpectedCommaOrBracket)),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value<'a>, ParseError> {
        self.pos += 1;
        // Sized for a whole indicator, so its members never move while being read.
        let mut members = Vec::with_capacity(16);
        self.skip_whitespace();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Value::Object(members));
        }
        loop {
            self.skip_whitespace();
            if self.peek() != Some(b'"') {
                return Err(self.error(if self.peek().is_none() { Reason::EndInObject } else { Reason::ExpectedKey }));
            }
            let key = self.string()?;
            self.skip_whitespace();
            if self.peek() != Some(b':') {
                return Err(self.error(Reason::ExpectedColon));
            }
            self.pos += 1;
            self.skip_whitespace();
            let value = self.value(depth + 1)?;
            members.push((key, value));
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(if self.binding_tags { foreign_or_object(members) } else { Value::Object(members) });
                }
                None => return Err(self.error(Reason::EndInObject)),
                Some(_) => return Err(self.error(Reason::ExpectedCommaOrBrace)),
            }
        }
    }

    fn number(&mut self) -> Result<Value<'a>, ParseError> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.error(Reason::InvalidNumber)),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error(Reason::InvalidNumber));
            }
            self.digits();
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error(Reason::InvalidNumber));
            }
            self.digits();
        }
        Ok(Value::Number(self.input.get(start..self.pos).unwrap_or("")))
    }

    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
    }

    fn string(&mut self) -> Result<Text<'a>, ParseError> {
        self.pos += 1; // opening quote
        let start = self.pos;
        // Fast path: no escapes, borrow the slice.
        let rest = self.bytes.get(start..).unwrap_or(&[]);
        let plain = swar::skip_words(rest, |w| {
            swar::has_byte(w, b'"') || swar::has_byte(w, b'\\') || swar::has_less_than(w, 0x20)
        });
        let tail = rest.get(plain..).unwrap_or(&[]);
        self.pos = start + plain + tail.iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20).unwrap_or(tail.len());
        match self.peek() {
            None => return Err(self.error(Reason::UnterminatedString)),
            Some(b'"') => {
                let text = self.input.get(start..self.pos).unwrap_or("");
                self.pos += 1;
                return Ok(Text { text: Cow::Borrowed(text), lone_surrogate: false });
            }
            Some(b'\\') => {}
            Some(_) => return Err(self.error(Reason::ControlCharacter)),
        }
        let mut owned = String::from(self.input.get(start..self.pos).unwrap_or(""));
        let mut lone_surrogate = false;
        loop {
            match self.peek() {
                None => return Err(self.error(Reason::UnterminatedString)),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(Text { text: Cow::Owned(owned), lone_surrogate });
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let escaped = self.peek().ok_or_else(|| self.error(Reason::UnterminatedString))?;
                    self.pos += 1;
                    match escaped {
                        b'"' => owned.push('"'),
                        b'\\' => owned.push('\\'),
                        b'/' => owned.push('/'),
                        b'b' => owned.push('\u{8}'),
                        b'f' => owned.push('\u{c}'),
                        b'n' => owned.push('\n'),
                        b'r' => owned.push('\r'),
                        b't' => owned.push('\t'),
                        b'u' => {
                            let (c, lone) = self.unicode_escape()?;
                            owned.push(c);
                            lone_surrogate |= lone;
                        }
                        _ => return Err(self.error(Reason::InvalidEscape)),
                    }
                }
                Some(0..=0x1f) => return Err(self.error(Reason::ControlCharacter)),
                Some(_) => {
                    // Copy one whole UTF-8 character; the input is a &str, so boundaries hold.
                    let rest = self.input.get(self.pos..).unwrap_or("");
                    let run = rest.find(['"', '\\']).unwrap_or(rest.len());
                    let chunk = rest.get(..run).unwrap_or("");
                    if let Some(bad) = chunk.bytes().position(|b| b < 0x20) {
                        self.pos += bad;
                        return Err(self.error(Reason::ControlCharacter));
                    }
                    owned.push_str(chunk);
                    self.pos += run;
                }
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let digits = self
            .input
            .get(self.pos..self.pos + 4)
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| self.error(Reason::InvalidUnicodeEscape))?;
        self.pos += 4;
        u32::from_str_radix(digits, 16).map_err(|_| self.error(Reason::InvalidUnicodeEscape))
    }

    /// Decodes `XXXX` after `\u`, joining a surrogate pair. Returns U+FFFD and `true` for a
    /// lone surrogate.
    fn unicode_escape(&mut self) -> Result<(char, bool), ParseError> {
        let first = self.hex4()?;
        match first {
            0xD800..=0xDBFF => {
                let pair_follows = self.bytes.get(self.pos..self.pos + 2) == Some(b"\\u");
                if pair_follows {
                    let save = self.pos;
                    self.pos += 2;
                    let second = self.hex4()?;
                    if (0xDC00..=0xDFFF).contains(&second) {
                        let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                        return Ok((char::from_u32(code).unwrap_or('\u{FFFD}'), false));
                    }
                    self.pos = save; // the next escape stands on its own
                }
                Ok(('\u{FFFD}', true))
            }
            0xDC00..=0xDFFF => Ok(('\u{FFFD}', true)),
            code => Ok((char::from_u32(code).unwrap_or('\u{FFFD}'), false)),
        }
    }
}

/// Turns the binding's `{"\u0000mde": kind, "detail": ...}` tag into `Value::Foreign`.
fn foreign_or_object<'a>(members: Vec<(Text<'a>, Value<'a>)>) -> Value<'a> {
    let tag = match members.first() {
        Some((key, Value::String(kind))) if key.as_str() == FOREIGN_TAG => kind.as_str().to_string(),
        _ => return Value::Object(members),
    };
    let detail = members.iter().find_map(|(key, value)| match value {
        Value::String(s) if key.as_str() == "detail" => Some(s.as_str().to_string()),
        _ => None,
    });
    Value::Foreign { kind: tag, detail }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_duplicate_keys_in_order() {
        let Ok(Value::Object(members)) = parse(r#"{"a":1,"a":2}"#) else { panic!("not an object") };
        let keys: Vec<_> = members.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["a", "a"]);
    }

    #[test]
    fn flags_lone_surrogates_and_joins_pairs() {
        assert_eq!(parse(r#""\ud83d\ude00""#), Ok(Value::String(Text { text: "😀".into(), lone_surrogate: false })));
        for lone in [r#""\ud800""#, r#""x\udc00y""#, r#""\ud800\u0041""#] {
            let Ok(Value::String(text)) = parse(lone) else { panic!("{lone} did not parse") };
            assert!(text.lone_surrogate, "{lone}");
        }
    }

    #[test]
    fn steps_over_deep_nesting_without_recursing() {
        let deep = format!("{{\"a\":{}{}, \"b\": 1}}", "[{\"x\":".repeat(10_000), "}]".repeat(10_000));
        let Ok(Value::Object(members)) = parse(&deep) else { panic!("not an object") };
        assert_eq!(members[1].1, Value::Number("1"));
        // Down the first branch, the value past the limit is a marker, not a stack overflow.
        let mut value = &members[0].1;
        loop {
            value = match value {
                Value::Array(items) => &items[0],
                Value::Object(inner) => &inner[0].1,
                _ => break,
            };
        }
        assert!(matches!(value, Value::Foreign { kind, .. } if kind == TOO_DEEP), "{value:?}");
        assert!(parse(&"[".repeat(100_000)).is_err());
    }

    #[test]
    fn reports_position_of_errors() {
        let input = "{\n  \"a\": tru\n}";
        let error = parse(input).err().map(|e| e.line_column(input));
        assert_eq!(error, Some((2, 8)));
    }

    #[test]
    fn rejects_malformed_text() {
        for bad in ["", "{", "[1,]", "{\"a\" 1}", "01", "1.", "\"\\x\"", "\"a\u{1}\"", "{} {}", "nul"] {
            assert!(parse(bad).is_err(), "{bad:?} was accepted");
        }
    }

    #[test]
    fn reads_arrays_item_by_item() {
        let items: Vec<_> = ArrayItems::new("\u{feff} [1, {\"a\": 2} ,\"x\"] ").collect();
        assert_eq!(items.len(), 3);
        assert_eq!(items[0], Ok((Value::Number("1"), 5)));
        assert!(ArrayItems::new("[]").next().is_none());
        let truncated: Vec<_> = ArrayItems::new("[1, 2, {\"a\":").collect();
        assert!(matches!(truncated.as_slice(), [Ok(_), Ok(_), Err(_)]));
        assert!(matches!(ArrayItems::new("{}").collect::<Vec<_>>().as_slice(), [Err(_)]));
        assert!(matches!(ArrayItems::new("[1] x").collect::<Vec<_>>().as_slice(), [Ok(_), Err(_)]));
    }

    #[test]
    fn a_cursor_walks_keys_and_items_and_reads_values_again_by_offset() {
        let text = r#" {"a": [1, {"b": 2}], "c": "d"} "#;
        let mut cursor = Cursor::new(text);
        cursor.enter_object().unwrap();
        assert_eq!(cursor.next_key().unwrap().map(|k| k.as_str().to_string()), Some("a".into()));
        cursor.enter_array().unwrap();
        let mut offsets = Vec::new();
        while cursor.next_item().unwrap() {
            offsets.push(cursor.offset());
            cursor.value().unwrap();
        }
        assert_eq!(cursor.next_key().unwrap().map(|k| k.as_str().to_string()), Some("c".into()));
        assert_eq!(cursor.value(), Ok(Value::String(Text { text: "d".into(), lone_surrogate: false })));
        assert!(cursor.next_key().unwrap().is_none());
        assert!(cursor.end().is_ok());
        assert_eq!(Cursor::at(text, offsets[0]).value(), Ok(Value::Number("1")));
        assert!(matches!(Cursor::at(text, offsets[1]).value(), Ok(Value::Object(_))));
        for bad in ["[1 2]", "[1,", "{\"a\" 1}", "{1: 2}", "[1] x"] {
            let mut cursor = Cursor::new(bad);
            let walked = (|| {
                if cursor.peek() == Some(b'{') {
                    cursor.enter_object()?;
                    while cursor.next_key()?.is_some() {
                        cursor.value()?;
                    }
                } else {
                    cursor.enter_array()?;
                    while cursor.next_item()? {
                        cursor.value()?;
                    }
                }
                cursor.end()
            })();
            assert!(walked.is_err(), "{bad} was accepted");
        }
        let brackets = "[".repeat(100);
        let mut deep = Cursor::new(&brackets);
        assert!((0..100).try_for_each(|_| deep.enter_array()).is_err(), "nesting is bounded");
    }

    #[test]
    fn recognises_the_binding_tag() {
        let text = r#"{"\u0000mde":"Date","detail":"2026-01-01T00:00:00.000Z"}"#;
        assert!(matches!(parse(text), Ok(Value::Object(_))), "user text holds no tags");
        let value = parse_encoded(text);
        assert_eq!(value, Ok(Value::Foreign { kind: "Date".into(), detail: Some("2026-01-01T00:00:00.000Z".into()) }));
    }
}
