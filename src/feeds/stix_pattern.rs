//! The STIX 2.1 patterning language (STIX 2.1, section 9), read by hand: a lexer and a
//! recursive-descent parser over the grammar's productions, one token of lookahead and no
//! backtracking, so time is linear in the pattern. Nesting of brackets and parentheses is
//! bounded ([`MAX_DEPTH`]), so is the pattern's length ([`MAX_PATTERN_BYTES`]); anything the
//! grammar does not allow is a [`PatternError`], never a panic.
//!
//! Precedence, loosest first: `FOLLOWEDBY`, then `OR`, then `AND` between observations
//! (`[...]` or `(...)`, each optionally qualified by `WITHIN`, `REPEATS` or `START ... STOP`);
//! inside brackets `OR`, then `AND`, between comparisons `path op constant`. Keywords are
//! upper case, `true`/`false` lower case, as the 2.1 grammar has them. One leniency: a
//! property name may hold a hyphen unquoted (`file:hashes.SHA-256`), as producers write it.

use serde::{Serialize, Serializer};
use std::fmt;

/// Longer patterns are refused: a pattern that size is no indicator anyone wrote by hand,
/// and each of its alternatives would be copied into its own indicator.
pub const MAX_PATTERN_BYTES: usize = 256 * 1024;

/// Brackets and parentheses nested deeper than this are refused (real patterns nest two or
/// three levels); it bounds the parser's recursion.
pub const MAX_DEPTH: usize = 32;

/// What is wrong with a pattern: a token in params, a phrase in messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    Empty,
    TooLong,
    TooDeep,
    InvalidCharacter,
    UnterminatedString,
    BadEscape,
    UnterminatedComment,
    InvalidConstant,
    UnclosedBracket,
    UnmatchedBracket,
    ExpectedObservation,
    ExpectedObjectPath,
    ExpectedOperator,
    ExpectedConstant,
    InvalidQualifier,
    UnexpectedToken,
}

impl Fault {
    pub fn token(self) -> &'static str {
        match self {
            Fault::Empty => "empty",
            Fault::TooLong => "too_long",
            Fault::TooDeep => "too_deep",
            Fault::InvalidCharacter => "invalid_character",
            Fault::UnterminatedString => "unterminated_string",
            Fault::BadEscape => "bad_escape",
            Fault::UnterminatedComment => "unterminated_comment",
            Fault::InvalidConstant => "invalid_constant",
            Fault::UnclosedBracket => "unclosed_bracket",
            Fault::UnmatchedBracket => "unmatched_bracket",
            Fault::ExpectedObservation => "expected_observation",
            Fault::ExpectedObjectPath => "expected_object_path",
            Fault::ExpectedOperator => "expected_operator",
            Fault::ExpectedConstant => "expected_constant",
            Fault::InvalidQualifier => "invalid_qualifier",
            Fault::UnexpectedToken => "unexpected_token",
        }
    }

    /// Every fault, for the documentation's list.
    pub const ALL: &'static [Fault] = &[
        Fault::Empty,
        Fault::TooLong,
        Fault::TooDeep,
        Fault::InvalidCharacter,
        Fault::UnterminatedString,
        Fault::BadEscape,
        Fault::UnterminatedComment,
        Fault::InvalidConstant,
        Fault::UnclosedBracket,
        Fault::UnmatchedBracket,
        Fault::ExpectedObservation,
        Fault::ExpectedObjectPath,
        Fault::ExpectedOperator,
        Fault::ExpectedConstant,
        Fault::InvalidQualifier,
        Fault::UnexpectedToken,
    ];
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Fault::Empty => "it is empty",
            Fault::TooLong => "it is longer than 256 KiB",
            Fault::TooDeep => "brackets and parentheses nest deeper than 32 levels",
            Fault::InvalidCharacter => "a character that starts no token",
            Fault::UnterminatedString => "a string constant is never closed",
            Fault::BadEscape => "a backslash in a string constant must be followed by ' or \\",
            Fault::UnterminatedComment => "a /* comment is never closed",
            Fault::InvalidConstant => "a malformed number, timestamp, hex or binary constant",
            Fault::UnclosedBracket => "a [ or ( is never closed",
            Fault::UnmatchedBracket => "a ] or ) that closes nothing open, or the other kind of bracket",
            Fault::ExpectedObservation => "expected [ or ( to start an observation",
            Fault::ExpectedObjectPath => "expected an object path such as file:hashes.'SHA-256'",
            Fault::ExpectedOperator => "expected a comparison operator such as = or IN",
            Fault::ExpectedConstant => "expected a constant of the kind the operator takes",
            Fault::InvalidQualifier => {
                "a qualifier must read WITHIN n SECONDS, REPEATS n TIMES or START t'...' STOP t'...'"
            }
            Fault::UnexpectedToken => "expected AND, OR, FOLLOWEDBY, a qualifier, a closing bracket or the end",
        })
    }
}

impl Serialize for Fault {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.token())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PatternError {
    pub fault: Fault,
    /// Byte offset into the pattern.
    pub offset: usize,
}

/// A byte range of the pattern, for quoting the part of it a skip is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn text(self, pattern: &str) -> &str {
        pattern.get(self.start..self.end).unwrap_or("")
    }

    fn to(self, end: Span) -> Span {
        Span { start: self.start, end: end.end }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Observation {
    /// `[ comparison ]`.
    Match(Comparison, Span),
    And(Vec<Observation>, Span),
    Or(Vec<Observation>, Span),
    FollowedBy(Vec<Observation>, Span),
    Qualified(Box<Observation>, Qualifier, Span),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Qualifier {
    Within,
    Repeats,
    StartStop,
}

impl Qualifier {
    pub fn token(self) -> &'static str {
        match self {
            Qualifier::Within => "WITHIN",
            Qualifier::Repeats => "REPEATS",
            Qualifier::StartStop => "START/STOP",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Comparison {
    And(Vec<Comparison>, Span),
    Or(Vec<Comparison>, Span),
    Test(Test),
}

/// `path [NOT] operator operand`, or `EXISTS path`.
#[derive(Debug, Clone, PartialEq)]
pub struct Test {
    pub path: ObjectPath,
    pub negated: bool,
    pub operator: Operator,
    pub operand: Operand,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operator {
    Eq,
    Neq,
    Lt,
    Le,
    Gt,
    Ge,
    In,
    Like,
    Matches,
    IsSubset,
    IsSuperset,
    Exists,
}

impl Operator {
    pub fn token(self) -> &'static str {
        match self {
            Operator::Eq => "=",
            Operator::Neq => "!=",
            Operator::Lt => "<",
            Operator::Le => "<=",
            Operator::Gt => ">",
            Operator::Ge => ">=",
            Operator::In => "IN",
            Operator::Like => "LIKE",
            Operator::Matches => "MATCHES",
            Operator::IsSubset => "ISSUBSET",
            Operator::IsSuperset => "ISSUPERSET",
            Operator::Exists => "EXISTS",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Operand {
    /// `EXISTS` takes none.
    None,
    One(Constant),
    Set(Vec<Constant>),
}

/// A constant; only strings keep their value, which is all an indicator can use.
#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    String(String),
    Integer,
    Float,
    Boolean,
    Binary,
    Hex,
    Timestamp,
}

impl Constant {
    /// The kind of constant, as the skip params name it.
    pub fn kind(&self) -> &'static str {
        match self {
            Constant::String(_) => "string",
            Constant::Integer => "integer",
            Constant::Float => "float",
            Constant::Boolean => "boolean",
            Constant::Binary => "binary",
            Constant::Hex => "hex",
            Constant::Timestamp => "timestamp",
        }
    }
}

/// `object-type:property.step[0].'quoted step'`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjectPath {
    pub object_type: String,
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// A property name; `quoted` when written as a string (`hashes.'SHA-256'`).
    Key { name: String, quoted: bool },
    /// `[n]`, or `[*]` (`None`).
    Index(Option<i64>),
}

impl fmt::Display for ObjectPath {
    /// As STIX writes it: `file:hashes.'SHA-256'`, `file:extensions[*]`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.object_type)?;
        for (i, step) in self.steps.iter().enumerate() {
            let separator = if i == 0 { ":" } else { "." };
            match step {
                Step::Key { name, quoted: true } => {
                    write!(f, "{separator}'{}'", name.replace('\\', "\\\\").replace('\'', "\\'"))?
                }
                Step::Key { name, quoted: false } => write!(f, "{separator}{name}")?,
                Step::Index(Some(n)) => write!(f, "[{n}]")?,
                Step::Index(None) => f.write_str("[*]")?,
            }
        }
        Ok(())
    }
}

/// Parses a whole pattern.
pub fn parse(pattern: &str) -> Result<Observation, PatternError> {
    if pattern.len() > MAX_PATTERN_BYTES {
        return Err(PatternError { fault: Fault::TooLong, offset: 0 });
    }
    let mut parser = Parser { lexer: Lexer { text: pattern, pos: 0 }, ahead: None };
    let first = parser.peek()?;
    if first.token == Token::End {
        return Err(PatternError { fault: Fault::Empty, offset: first.span.start });
    }
    let observation = parser.followed_by(0)?;
    let next = parser.peek()?;
    match next.token {
        Token::End => Ok(observation),
        Token::RBracket | Token::RParen => Err(next.fault(Fault::UnmatchedBracket)),
        _ => Err(next.fault(Fault::UnexpectedToken)),
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    LBracket,
    RBracket,
    LParen,
    RParen,
    Colon,
    Dot,
    Comma,
    Star,
    Operator(Operator),
    Keyword(Keyword),
    Identifier(String),
    /// A number: whether it has a fraction, whether it is negative, and (for `[n]`) its value.
    Number {
        float: bool,
        negative: bool,
        value: Option<i64>,
    },
    Constant(Constant),
    End,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Keyword {
    And,
    Or,
    Not,
    FollowedBy,
    Like,
    Matches,
    IsSubset,
    IsSuperset,
    Exists,
    In,
    Start,
    Stop,
    Seconds,
    Within,
    Repeats,
    Times,
    Last,
}

const KEYWORDS: &[(&str, Keyword)] = &[
    ("AND", Keyword::And),
    ("OR", Keyword::Or),
    ("NOT", Keyword::Not),
    ("FOLLOWEDBY", Keyword::FollowedBy),
    ("LIKE", Keyword::Like),
    ("MATCHES", Keyword::Matches),
    ("ISSUBSET", Keyword::IsSubset),
    ("ISSUPERSET", Keyword::IsSuperset),
    ("EXISTS", Keyword::Exists),
    ("IN", Keyword::In),
    ("START", Keyword::Start),
    ("STOP", Keyword::Stop),
    ("SECONDS", Keyword::Seconds),
    ("WITHIN", Keyword::Within),
    ("REPEATS", Keyword::Repeats),
    ("TIMES", Keyword::Times),
    ("LAST", Keyword::Last),
];

#[derive(Debug, Clone, PartialEq)]
struct Lexeme {
    token: Token,
    span: Span,
}

impl Lexeme {
    fn fault(&self, fault: Fault) -> PatternError {
        PatternError { fault, offset: self.span.start }
    }
}

struct Lexer<'p> {
    text: &'p str,
    pos: usize,
}

impl<'p> Lexer<'p> {
    fn rest(&self) -> &'p str {
        self.text.get(self.pos..).unwrap_or("")
    }

    fn byte(&self, at: usize) -> Option<u8> {
        self.text.as_bytes().get(at).copied()
    }

    fn error(&self, fault: Fault, offset: usize) -> PatternError {
        PatternError { fault, offset }
    }

    /// Steps over white space (Unicode's, as the grammar lists it) and comments.
    fn skip_blank(&mut self) -> Result<(), PatternError> {
        loop {
            let rest = self.rest();
            let trimmed = rest.trim_start_matches(char::is_whitespace);
            self.pos += rest.len() - trimmed.len();
            if trimmed.starts_with("//") {
                self.pos += trimmed.find(['\n', '\r']).unwrap_or(trimmed.len());
            } else if let Some(body) = trimmed.strip_prefix("/*") {
                let close = body.find("*/").ok_or(self.error(Fault::UnterminatedComment, self.pos))?;
                self.pos += 2 + close + 2;
            } else {
                return Ok(());
            }
        }
    }

    fn next(&mut self) -> Result<Lexeme, PatternError> {
        self.skip_blank()?;
        let start = self.pos;
        let Some(first) = self.byte(start) else {
            return Ok(Lexeme { token: Token::End, span: Span { start, end: start } });
        };
        let second = self.byte(start + 1);
        let (token, length) = match first {
            b'[' => (Token::LBracket, 1),
            b']' => (Token::RBracket, 1),
            b'(' => (Token::LParen, 1),
            b')' => (Token::RParen, 1),
            b':' => (Token::Colon, 1),
            b',' => (Token::Comma, 1),
            b'*' => (Token::Star, 1),
            b'.' if !second.is_some_and(|b| b.is_ascii_digit()) => (Token::Dot, 1),
            b'=' if second == Some(b'=') => (Token::Operator(Operator::Eq), 2),
            b'=' => (Token::Operator(Operator::Eq), 1),
            b'!' if second == Some(b'=') => (Token::Operator(Operator::Neq), 2),
            b'<' if second == Some(b'>') => (Token::Operator(Operator::Neq), 2),
            b'<' if second == Some(b'=') => (Token::Operator(Operator::Le), 2),
            b'<' => (Token::Operator(Operator::Lt), 1),
            b'>' if second == Some(b'=') => (Token::Operator(Operator::Ge), 2),
            b'>' => (Token::Operator(Operator::Gt), 1),
            b'\'' => {
                let (text, end) = self.string(start)?;
                self.pos = end;
                return Ok(Lexeme { token: Token::Constant(Constant::String(text)), span: Span { start, end } });
            }
            b'+' | b'-' | b'.' | b'0'..=b'9' => return self.number(start),
            b'a'..=b'z' | b'A'..=b'Z' | b'_' => return self.word(start),
            _ => return Err(self.error(Fault::InvalidCharacter, start)),
        };
        self.pos = start + length;
        Ok(Lexeme { token, span: Span { start, end: self.pos } })
    }

    /// A quoted string from `start` (its opening quote): its value and the offset past it.
    /// The only escapes are `\'` and `\\`.
    fn string(&self, start: usize) -> Result<(String, usize), PatternError> {
        let mut value = String::new();
        let mut at = start + 1;
        loop {
            let rest = self.text.get(at..).unwrap_or("");
            let run = rest.find(['\'', '\\']).ok_or(self.error(Fault::UnterminatedString, start))?;
            value.push_str(rest.get(..run).unwrap_or(""));
            at += run;
            if self.byte(at) == Some(b'\'') {
                return Ok((value, at + 1));
            }
            match self.byte(at + 1) {
                Some(b'\'') => value.push('\''),
                Some(b'\\') => value.push('\\'),
                None => return Err(self.error(Fault::UnterminatedString, start)),
                Some(_) => return Err(self.error(Fault::BadEscape, at)),
            }
            at += 2;
        }
    }

    fn number(&mut self, start: usize) -> Result<Lexeme, PatternError> {
        let bytes = self.text.as_bytes();
        let mut at = start;
        let negative = bytes.get(at) == Some(&b'-');
        if matches!(bytes.get(at), Some(b'+' | b'-')) {
            at += 1;
        }
        let digits_start = at;
        while bytes.get(at).is_some_and(u8::is_ascii_digit) {
            at += 1;
        }
        let integer_digits = at - digits_start;
        let mut float = false;
        if bytes.get(at) == Some(&b'.') && bytes.get(at + 1).is_some_and(u8::is_ascii_digit) {
            float = true;
            at += 1;
            while bytes.get(at).is_some_and(u8::is_ascii_digit) {
                at += 1;
            }
        }
        if integer_digits == 0 && !float {
            return Err(self.error(Fault::InvalidCharacter, start));
        }
        // An integer has no leading zero ("0" itself aside), and a number ends where a word
        // could not go on.
        let leading_zero = !float && integer_digits > 1 && bytes.get(digits_start) == Some(&b'0');
        if leading_zero || bytes.get(at).is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_') {
            return Err(self.error(Fault::InvalidConstant, start));
        }
        let value = if float { None } else { self.text.get(start..at).and_then(|t| t.parse::<i64>().ok()) };
        self.pos = at;
        Ok(Lexeme { token: Token::Number { float, negative, value }, span: Span { start, end: at } })
    }

    /// A keyword, `true`/`false`, an identifier, or a `t'...'`, `h'...'`, `b'...'` constant.
    fn word(&mut self, start: usize) -> Result<Lexeme, PatternError> {
        let bytes = self.text.as_bytes();
        let mut end = start + 1;
        while bytes.get(end).is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'-') {
            end += 1;
        }
        let word = self.text.get(start..end).unwrap_or("");
        if bytes.get(end) == Some(&b'\'') && matches!(word, "t" | "h" | "b") {
            let (body, after) = self.string(end)?;
            let (constant, valid) = match word {
                "t" => (Constant::Timestamp, is_timestamp(&body)),
                "h" => (Constant::Hex, body.len() % 2 == 0 && body.bytes().all(|b| b.is_ascii_hexdigit())),
                _ => (Constant::Binary, is_base64(&body)),
            };
            if !valid {
                return Err(self.error(Fault::InvalidConstant, start));
            }
            self.pos = after;
            return Ok(Lexeme { token: Token::Constant(constant), span: Span { start, end: after } });
        }
        let token = match KEYWORDS.iter().find(|(k, _)| *k == word) {
            Some((_, keyword)) => Token::Keyword(*keyword),
            None if word == "true" || word == "false" => Token::Constant(Constant::Boolean),
            None => Token::Identifier(word.to_string()),
        };
        self.pos = end;
        Ok(Lexeme { token, span: Span { start, end } })
    }
}

/// `YYYY-MM-DDTHH:MM:SS[.fraction]Z`, with each field in its range.
fn is_timestamp(text: &str) -> bool {
    let b = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| b.get(range).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let number = |range: std::ops::Range<usize>| text.get(range).and_then(|d| d.parse::<u32>().ok()).unwrap_or(99);
    let shape = b.len() >= 20
        && digits(0..4)
        && b.get(4) == Some(&b'-')
        && digits(5..7)
        && b.get(7) == Some(&b'-')
        && digits(8..10)
        && b.get(10) == Some(&b'T')
        && digits(11..13)
        && b.get(13) == Some(&b':')
        && digits(14..16)
        && b.get(16) == Some(&b':')
        && digits(17..19)
        && b.last() == Some(&b'Z');
    let fraction = || match b.get(19..b.len().saturating_sub(1)) {
        Some([]) => true,
        Some([b'.', rest @ ..]) => !rest.is_empty() && rest.iter().all(u8::is_ascii_digit),
        _ => false,
    };
    shape
        && fraction()
        && (1..=12).contains(&number(5..7))
        && (1..=31).contains(&number(8..10))
        && number(11..13) <= 23
        && number(14..16) <= 59
        && number(17..19) <= 60
}

/// Base64 in groups of four, `=` only as the last group's padding.
fn is_base64(text: &str) -> bool {
    let b = text.as_bytes();
    let data = |c: &u8| c.is_ascii_alphanumeric() || *c == b'+' || *c == b'/';
    let padding = b.iter().rev().take_while(|c| **c == b'=').count();
    !b.is_empty() && b.len() % 4 == 0 && padding <= 2 && b.iter().take(b.len() - padding).all(data)
}

/// A node read, with the part of the pattern it spans.
type Parsed<T> = Result<(T, Span), PatternError>;

struct Parser<'p> {
    lexer: Lexer<'p>,
    ahead: Option<Lexeme>,
}

impl Parser<'_> {
    fn peek(&mut self) -> Result<Lexeme, PatternError> {
        if let Some(lexeme) = &self.ahead {
            return Ok(lexeme.clone());
        }
        let lexeme = self.lexer.next()?;
        self.ahead = Some(lexeme.clone());
        Ok(lexeme)
    }

    fn bump(&mut self) -> Result<Lexeme, PatternError> {
        let lexeme = self.peek()?;
        self.ahead = None;
        Ok(lexeme)
    }

    fn is_keyword(&mut self, keyword: Keyword) -> Result<bool, PatternError> {
        Ok(self.peek()?.token == Token::Keyword(keyword))
    }

    /// Observations joined by `keyword`, each read by `item`, as one node or a list of them.
    fn joined<T>(
        &mut self,
        depth: usize,
        keyword: Keyword,
        item: fn(&mut Self, usize) -> Parsed<T>,
        list: fn(Vec<T>, Span) -> T,
    ) -> Parsed<T> {
        let (first, first_span) = item(self, depth)?;
        if !self.is_keyword(keyword)? {
            return Ok((first, first_span));
        }
        let mut items = vec![first];
        let mut span = first_span;
        while self.is_keyword(keyword)? {
            self.bump()?;
            let (next, next_span) = item(self, depth)?;
            items.push(next);
            span = span.to(next_span);
        }
        Ok((list(items, span), span))
    }

    fn followed_by(&mut self, depth: usize) -> Result<Observation, PatternError> {
        let joined = self.joined(depth, Keyword::FollowedBy, Self::observation_or, Observation::FollowedBy);
        joined.map(|(observation, _)| observation)
    }

    fn observation_or(&mut self, depth: usize) -> Parsed<Observation> {
        self.joined(depth, Keyword::Or, Self::observation_and, Observation::Or)
    }

    fn observation_and(&mut self, depth: usize) -> Parsed<Observation> {
        self.joined(depth, Keyword::And, Self::qualified, Observation::And)
    }

    /// An observation and the qualifiers that follow it.
    fn qualified(&mut self, depth: usize) -> Parsed<Observation> {
        let (mut observation, mut span) = self.primary(depth)?;
        loop {
            let qualifier = match self.peek()?.token {
                Token::Keyword(Keyword::Within) => Qualifier::Within,
                Token::Keyword(Keyword::Repeats) => Qualifier::Repeats,
                Token::Keyword(Keyword::Start) => Qualifier::StartStop,
                _ => return Ok((observation, span)),
            };
            let end = self.qualifier(qualifier)?;
            span = span.to(end);
            observation = Observation::Qualified(Box::new(observation), qualifier, span);
        }
    }

    /// Reads one qualifier's tokens; returns the span of its last.
    fn qualifier(&mut self, qualifier: Qualifier) -> Result<Span, PatternError> {
        self.bump()?;
        let moment = |token: &Token| matches!(token, Token::Constant(Constant::Timestamp | Constant::String(_)));
        let value = self.bump()?;
        let value_fits = match (qualifier, &value.token) {
            (Qualifier::Within, Token::Number { negative, .. }) => !negative,
            (Qualifier::Repeats, Token::Number { float, negative, .. }) => !float && !negative,
            (Qualifier::StartStop, token) => moment(token),
            _ => false,
        };
        if !value_fits {
            return Err(value.fault(Fault::InvalidQualifier));
        }
        let second_keyword = match qualifier {
            Qualifier::Within => Keyword::Seconds,
            Qualifier::Repeats => Keyword::Times,
            Qualifier::StartStop => Keyword::Stop,
        };
        let second = self.bump()?;
        if second.token != Token::Keyword(second_keyword) {
            return Err(second.fault(Fault::InvalidQualifier));
        }
        if qualifier != Qualifier::StartStop {
            return Ok(second.span);
        }
        let stop = self.bump()?;
        if !moment(&stop.token) {
            return Err(stop.fault(Fault::InvalidQualifier));
        }
        Ok(stop.span)
    }

    /// `[ comparison ]` or `( observations )`.
    fn primary(&mut self, depth: usize) -> Parsed<Observation> {
        let open = self.peek()?;
        match open.token {
            Token::LBracket => {
                self.enter(&open, depth)?;
                let comparison = self.comparison_or(depth + 1)?.0;
                let close = self.close(&open, Token::RBracket)?;
                let span = open.span.to(close);
                Ok((Observation::Match(comparison, span), span))
            }
            Token::LParen => {
                self.enter(&open, depth)?;
                let inner = self.followed_by(depth + 1)?;
                let close = self.close(&open, Token::RParen)?;
                Ok((inner, open.span.to(close)))
            }
            Token::RBracket | Token::RParen => Err(open.fault(Fault::UnmatchedBracket)),
            _ => Err(open.fault(Fault::ExpectedObservation)),
        }
    }

    fn enter(&mut self, open: &Lexeme, depth: usize) -> Result<(), PatternError> {
        if depth >= MAX_DEPTH {
            return Err(open.fault(Fault::TooDeep));
        }
        self.bump().map(|_| ())
    }

    /// Reads the bracket that closes `open`.
    fn close(&mut self, open: &Lexeme, wanted: Token) -> Result<Span, PatternError> {
        let next = self.bump()?;
        if next.token == wanted {
            return Ok(next.span);
        }
        match next.token {
            Token::End => Err(open.fault(Fault::UnclosedBracket)),
            Token::RBracket | Token::RParen => Err(next.fault(Fault::UnmatchedBracket)),
            _ => Err(next.fault(Fault::UnexpectedToken)),
        }
    }

    fn comparison_or(&mut self, depth: usize) -> Parsed<Comparison> {
        self.joined(depth, Keyword::Or, Self::comparison_and, Comparison::Or)
    }

    fn comparison_and(&mut self, depth: usize) -> Parsed<Comparison> {
        self.joined(depth, Keyword::And, Self::test, Comparison::And)
    }

    /// `( comparison )`, `EXISTS path`, or `path [NOT] operator operand`.
    fn test(&mut self, depth: usize) -> Parsed<Comparison> {
        let first = self.peek()?;
        match first.token {
            Token::LParen => {
                self.enter(&first, depth)?;
                let inner = self.comparison_or(depth + 1)?.0;
                let close = self.close(&first, Token::RParen)?;
                return Ok((inner, first.span.to(close)));
            }
            Token::Keyword(Keyword::Exists) => {
                self.bump()?;
                let (path, end) = self.object_path()?;
                let span = first.span.to(end);
                let test = Test { path, negated: false, operator: Operator::Exists, operand: Operand::None, span };
                return Ok((Comparison::Test(test), span));
            }
            _ => {}
        }
        let (path, _) = self.object_path()?;
        let negated = self.is_keyword(Keyword::Not)?;
        if negated {
            self.bump()?;
        }
        let operator_lexeme = self.bump()?;
        let operator = match operator_lexeme.token {
            Token::Operator(operator) => operator,
            Token::Keyword(Keyword::In) => Operator::In,
            Token::Keyword(Keyword::Like) => Operator::Like,
            Token::Keyword(Keyword::Matches) => Operator::Matches,
            Token::Keyword(Keyword::IsSubset) => Operator::IsSubset,
            Token::Keyword(Keyword::IsSuperset) => Operator::IsSuperset,
            _ => return Err(operator_lexeme.fault(Fault::ExpectedOperator)),
        };
        let (operand, end) = match operator {
            Operator::In => self.set()?,
            _ => {
                let lexeme = self.bump()?;
                let constant = constant(&lexeme).ok_or(lexeme.fault(Fault::ExpectedConstant))?;
                let fits = match operator {
                    Operator::Eq | Operator::Neq => true,
                    Operator::Lt | Operator::Le | Operator::Gt | Operator::Ge => constant != Constant::Boolean,
                    _ => matches!(constant, Constant::String(_)),
                };
                if !fits {
                    return Err(lexeme.fault(Fault::ExpectedConstant));
                }
                (Operand::One(constant), lexeme.span)
            }
        };
        let span = first.span.to(end);
        Ok((Comparison::Test(Test { path, negated, operator, operand, span }), span))
    }

    /// `( constant, ... )`, possibly empty.
    fn set(&mut self) -> Result<(Operand, Span), PatternError> {
        let open = self.bump()?;
        if open.token != Token::LParen {
            return Err(open.fault(Fault::ExpectedConstant));
        }
        let mut items = Vec::new();
        loop {
            let lexeme = self.bump()?;
            match lexeme.token {
                Token::RParen if items.is_empty() => return Ok((Operand::Set(items), lexeme.span)),
                Token::End => return Err(open.fault(Fault::UnclosedBracket)),
                _ => items.push(constant(&lexeme).ok_or(lexeme.fault(Fault::ExpectedConstant))?),
            }
            let after = self.bump()?;
            match after.token {
                Token::Comma => {}
                Token::RParen => return Ok((Operand::Set(items), after.span)),
                Token::End => return Err(open.fault(Fault::UnclosedBracket)),
                _ => return Err(after.fault(Fault::UnexpectedToken)),
            }
        }
    }

    /// `type:first(.step | [index])*`.
    fn object_path(&mut self) -> Result<(ObjectPath, Span), PatternError> {
        let start = self.bump()?;
        let Token::Identifier(object_type) = start.token.clone() else {
            return Err(start.fault(Fault::ExpectedObjectPath));
        };
        let colon = self.bump()?;
        if colon.token != Token::Colon {
            return Err(colon.fault(Fault::ExpectedObjectPath));
        }
        let first = self.bump()?;
        let mut steps = vec![key_step(&first).ok_or(first.fault(Fault::ExpectedObjectPath))?];
        let mut end = first.span;
        loop {
            match self.peek()?.token {
                Token::Dot => {
                    self.bump()?;
                    let key = self.bump()?;
                    steps.push(key_step(&key).ok_or(key.fault(Fault::ExpectedObjectPath))?);
                    end = key.span;
                }
                Token::LBracket => {
                    let open = self.bump()?;
                    let index = self.bump()?;
                    let step = match index.token {
                        Token::Star => Step::Index(None),
                        Token::Number { float: false, value: Some(n), .. } => Step::Index(Some(n)),
                        _ => return Err(index.fault(Fault::ExpectedObjectPath)),
                    };
                    end = self.close(&open, Token::RBracket)?;
                    steps.push(step);
                }
                _ => return Ok((ObjectPath { object_type, steps }, start.span.to(end))),
            }
        }
    }
}

fn key_step(lexeme: &Lexeme) -> Option<Step> {
    match &lexeme.token {
        Token::Identifier(name) => Some(Step::Key { name: name.clone(), quoted: false }),
        Token::Constant(Constant::String(name)) => Some(Step::Key { name: name.clone(), quoted: true }),
        _ => None,
    }
}

fn constant(lexeme: &Lexeme) -> Option<Constant> {
    match &lexeme.token {
        Token::Constant(constant) => Some(constant.clone()),
        Token::Number { float: true, .. } => Some(Constant::Float),
        Token::Number { float: false, .. } => Some(Constant::Integer),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fault(pattern: &str) -> Option<Fault> {
        parse(pattern).err().map(|e| e.fault)
    }

    #[test]
    fn reads_the_grammar() {
        let pattern = "([file:hashes.'SHA-256' = 'ab' OR file:hashes.MD5 = 'cd'] AND [x:y[*].z NOT LIKE 'q%']) \
                       FOLLOWEDBY [a-b:c IN ('1', 2, true)] WITHIN 60 SECONDS REPEATS 2 TIMES";
        assert!(parse(pattern).is_ok(), "{:?}", parse(pattern));
        assert!(parse("[x:y = t'2026-01-01T00:00:00.5Z'] START t'2026-01-01T00:00:00Z' STOP t'2026-02-01T00:00:00Z'")
            .is_ok());
        assert!(parse("/* c */ [x:'quoted key'[-1] == h'00ff' OR x:y <> b'AAA=' // end\n]").is_ok());
        assert!(parse("[EXISTS x:y AND x:z >= -1.5]").is_ok());
    }

    #[test]
    fn decodes_string_escapes() {
        let Ok(Observation::Match(Comparison::Test(test), _)) = parse(r"[url:value = 'a\'b\\c']") else { panic!() };
        assert_eq!(test.operand, Operand::One(Constant::String(r"a'b\c".into())));
    }

    #[test]
    fn names_what_is_wrong() {
        assert_eq!(fault(""), Some(Fault::Empty));
        assert_eq!(fault("  /* */ "), Some(Fault::Empty));
        assert_eq!(fault("[a:b = 'c'"), Some(Fault::UnclosedBracket));
        assert_eq!(fault("[a:b = 'c']]"), Some(Fault::UnmatchedBracket));
        assert_eq!(fault("[a:b = 'c')"), Some(Fault::UnmatchedBracket));
        assert_eq!(fault(r"[a:b = 'c\d']"), Some(Fault::BadEscape));
        assert_eq!(fault("[a:b = 'c]"), Some(Fault::UnterminatedString));
        assert_eq!(fault("[a:b = 'c'] WITHIN -5 SECONDS"), Some(Fault::InvalidQualifier));
        assert_eq!(fault("[a:b = t'2026-13-01T00:00:00Z']"), Some(Fault::InvalidConstant));
        assert_eq!(fault("[a:b LIKE 5]"), Some(Fault::ExpectedConstant));
        assert_eq!(fault("[a:b 'c']"), Some(Fault::ExpectedOperator));
        assert_eq!(fault("['c' = a:b]"), Some(Fault::ExpectedObjectPath));
        assert_eq!(fault("a:b = 'c'"), Some(Fault::ExpectedObservation));
        assert_eq!(fault("[a:b = 'c'] AND"), Some(Fault::ExpectedObservation));
        assert_eq!(fault("[a:b = 'c'] [d:e = 'f']"), Some(Fault::UnexpectedToken));
        assert_eq!(fault("[a:b = 'c' or a:b = 'd']"), Some(Fault::UnexpectedToken));
        assert_eq!(fault("[a:b = 'c'] § "), Some(Fault::InvalidCharacter));
        assert_eq!(fault(&format!("{}[a:b = 'c']{}", "(".repeat(100), ")".repeat(100))), Some(Fault::TooDeep));
        assert_eq!(fault(&format!("[{}a:b = 'c'{}]", "(".repeat(40), ")".repeat(40))), Some(Fault::TooDeep));
        assert_eq!(fault(&"[a:b = 'c'] OR ".repeat(30_000)), Some(Fault::TooLong));
    }

    #[test]
    fn deep_input_is_refused_without_recursing_into_it() {
        // A million open brackets: refused at the limit, before the rest is read.
        assert_eq!(fault(&"(".repeat(200_000)), Some(Fault::TooDeep));
        assert_eq!(fault(&format!("[{}", "(".repeat(200_000))), Some(Fault::TooDeep));
    }

    #[test]
    fn writes_paths_as_stix_does() {
        let Ok(Observation::Match(Comparison::Test(test), _)) = parse("[file:hashes.'SHA-256'[*].x = 'a']") else {
            panic!()
        };
        assert_eq!(test.path.to_string(), "file:hashes.'SHA-256'[*].x");
    }
}
