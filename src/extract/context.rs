//! What the text around a candidate says it is. A name such as `Agent.KR` or `secretsdump.py`
//! has the shape of a domain and a real top-level domain; whether it is one is told by what
//! stands beside it: a platform and a slash (`Win32/Agent.KR`), a detection name's words, a
//! file-name column of a table, a hash on the same row, other file names around it. The same
//! goes for a 40-hex value after the word "thumbprint".
//!
//! Every question looks at a bounded stretch before the candidate, at its line, or at the lines
//! next to it; lines and tables are read forward, once, as candidates come in order, so the
//! cost stays linear in the text.

/// Words that start a detection name (`Trojan.Win32.Agent.ai`, `Backdoor.Linux.Mirai.ai`),
/// matched with their case: the vendors write them capitalised, and a domain is rarely so.
const DETECTION_WORDS: &[&str] = &[
    "Adware",
    "Backdoor",
    "Exploit",
    "Gen",
    "Generic",
    "HEUR",
    "HackTool",
    "Hacktool",
    "Heur",
    "Malware",
    "PUA",
    "PUP",
    "Packed",
    "Ransom",
    "Riskware",
    "Spyware",
    "Trojan",
    "TrojanDownloader",
    "TrojanDropper",
    "TrojanSpy",
    "Virus",
    "Worm",
];

/// Platforms of detection names, with their case, found as a label before the last one.
const PLATFORMS: &[&str] = &[
    "Android",
    "AndroidOS",
    "BAT",
    "DOS",
    "ELF",
    "HTML",
    "Java",
    "JS",
    "Linux",
    "MSIL",
    "MacOS",
    "Multi",
    "O97M",
    "OSX",
    "PDF",
    "PHP",
    "Perl",
    "PowerShell",
    "Python",
    "Script",
    "Unix",
    "VBA",
    "VBS",
    "W97M",
    "Win32",
    "Win64",
    "X97M",
];

/// Top-level domains that are also common file extensions: a name ending in one is a file
/// when the text around it is about files.
const FILE_EXTENSION_TLDS: &[&str] =
    &["cab", "md", "mov", "one", "pl", "pm", "ps", "pub", "py", "rs", "run", "sh", "so", "zip"];

/// Words of a line that speak of files (matched in any case, as whole words).
const FILE_WORDS: &[&str] = &[
    "archive",
    "archives",
    "attachment",
    "attachments",
    "binaries",
    "binary",
    "dropped",
    "drops",
    "executable",
    "executables",
    "file",
    "filename",
    "files",
    "libraries",
    "library",
    "module",
    "modules",
    "named",
    "sample",
    "samples",
    "script",
    "scripts",
    "tool",
    "tools",
];

/// Header words of a table column that holds file names whatever their extension.
const FILE_COLUMNS: &[&str] = &["file", "filename", "sample", "attachment", "path", "artifact", "artefact"];

/// Header words of a column that holds file names when the extension is also a TLD.
const NAME_COLUMNS: &[&str] = &["name", "tool", "script", "module"];

/// Header words of a column that holds network indicators: such a column is never a file one.
const NETWORK_COLUMNS: &[&str] = &["domain", "host", "url", "c2", "server", "indicator", "ioc", "value"];

/// Words before a 40-hex value that make it a certificate's thumbprint.
const CERTIFICATE_WORDS: &[&str] = &["thumbprint", "certificate", "cert", "signer"];

/// How far before a hash its introducing word is looked for, in bytes.
const INTRODUCTION_REACH: usize = 80;

/// Whether the last label of `name` is one of `FILE_EXTENSION_TLDS` (`payload.zip`).
pub fn ends_in_file_extension(name: &str) -> bool {
    let extension = name.rsplit('.').next().unwrap_or("");
    FILE_EXTENSION_TLDS.iter().any(|e| e.eq_ignore_ascii_case(extension))
}

/// What a name with a domain's shape is, by its context.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Name {
    Domain,
    /// A detection name (`Win32/Agent.KR`) or a file name (`secretsdump.py`, `/lib/x.so`).
    NotDomain,
}

/// Facts about one line, computed once.
#[derive(Debug, Clone, Copy, Default)]
struct LineFacts {
    hash: bool,
    file_name: bool,
    file_word: bool,
}

/// The table being read, if the current line is in one: its header cells in lower case.
#[derive(Debug, Default)]
struct Table {
    header: Vec<String>,
    /// Inside an AsciiDoc `|===` block, whose first row is the header.
    asciidoc: bool,
    /// The row before, which is the header if a Markdown separator row follows it.
    previous_row: Vec<String>,
}

/// The context reader over one refanged text.
pub struct Context<'a> {
    bytes: &'a [u8],
    /// Lines up to here have been read into `table`.
    read_to: usize,
    table: Option<Table>,
    /// The facts of the last few lines asked about, by their start.
    facts: Vec<(usize, LineFacts)>,
    /// Counting a row's `|` up to a candidate: the line, where counting stopped, the count.
    column_cursor: (usize, usize, usize),
    /// The line of the last question, as `start..end`.
    line: (usize, usize),
    /// Whether the line starting here is about files, for the questions after the first.
    about_files: Option<(usize, bool)>,
}

fn has_word(text: &str, words: &[&str]) -> bool {
    text.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| words.iter().any(|k| w.eq_ignore_ascii_case(k)))
}

/// The cells of a table row, trimmed and in lower case.
fn cells(line: &str) -> Vec<String> {
    let inner = line.trim().trim_start_matches('|');
    inner.split('|').map(|cell| cell.trim().to_ascii_lowercase()).collect()
}

fn is_separator_row(line: &str) -> bool {
    let line = line.trim();
    line.starts_with('|') && line.contains('-') && line.bytes().all(|b| matches!(b, b'|' | b'-' | b':' | b' '))
}

impl<'a> Context<'a> {
    pub fn new(text: &'a str) -> Context<'a> {
        Context {
            bytes: text.as_bytes(),
            read_to: 0,
            table: None,
            facts: Vec::new(),
            column_cursor: (usize::MAX, 0, 0),
            line: (0, 0),
            about_files: None,
        }
    }

    fn text(&self, start: usize, end: usize) -> &'a str {
        let bytes: &'a [u8] = self.bytes;
        bytes.get(start..end).and_then(|b| std::str::from_utf8(b).ok()).unwrap_or("")
    }

    /// Where the line holding the byte before `at` starts, looking back no further than
    /// `floor`.
    fn start_after(&self, floor: usize, at: usize) -> usize {
        let before = self.bytes.get(floor..at).unwrap_or_default();
        before.iter().rposition(|&b| b == b'\n').map_or(floor, |newline| floor + newline + 1)
    }

    fn line_end(&self, at: usize) -> usize {
        let after = self.bytes.get(at..).unwrap_or_default();
        at + after.iter().position(|&b| b == b'\n').unwrap_or(after.len())
    }

    /// The line holding `at`, as `start..end`. Questions come in order, so the search back
    /// stops at the end of the line of the last one, and each byte is looked at a bounded
    /// number of times.
    fn line_of(&mut self, at: usize) -> (usize, usize) {
        let (start, end) = self.line;
        if (start..=end).contains(&at) && (start, end) != (0, 0) {
            return self.line;
        }
        let floor = if at > end { end } else { 0 };
        let start = self.start_after(floor, at);
        self.line = (start, self.line_end(at));
        self.line
    }

    /// Whether the name at `start..end` is a domain, or a detection or file name.
    pub fn name(&mut self, start: usize, end: usize) -> Name {
        let name = self.text(start, end);
        let byte = |at: Option<usize>| at.and_then(|at| self.bytes.get(at)).copied();
        let before = byte(start.checked_sub(1));
        // A single slash or backslash: a name in a path (`/usr/lib/x.so`, `C:\x\y.zip`) or after
        // a platform (`Win32/Agent.KR`). A double one is a scheme's or a UNC path's host.
        if matches!(before, Some(b'/' | b'\\')) && byte(start.checked_sub(2)) != before {
            return Name::NotDomain;
        }
        if is_detection_name(name)
            || (byte(Some(end)) == Some(b'!') && byte(Some(end + 1)).is_some_and(|b| b.is_ascii_alphanumeric()))
        {
            return Name::NotDomain;
        }
        let file_extension = ends_in_file_extension(name);
        if let Some(header) = self.column_header(start) {
            if !has_word(&header, NETWORK_COLUMNS)
                && (has_word(&header, FILE_COLUMNS) || (file_extension && has_word(&header, NAME_COLUMNS)))
            {
                return Name::NotDomain;
            }
        }
        if file_extension && self.about_files(start) {
            return Name::NotDomain;
        }
        Name::Domain
    }

    /// Whether the 40-hex value at `start` is introduced as a certificate's thumbprint.
    pub fn is_thumbprint(&mut self, start: usize) -> bool {
        let floor = start.saturating_sub(INTRODUCTION_REACH);
        let mut reach = self.start_after(floor, start);
        // A value at the start of a line may be introduced at the end of the line before, as
        // text copied from a PDF breaks it ("(thumbprint\n0123…)").
        if reach == start && reach > floor {
            reach = self.start_after(floor.max(start.saturating_sub(INTRODUCTION_REACH / 2)), start - 1);
        }
        let before = String::from_utf8_lossy(self.bytes.get(reach..start).unwrap_or_default()).into_owned();
        // In the same sentence: "thumbprint X. SHA-1 of the DLL: Y" makes only X one.
        let sentence = before.rsplit([';', '|']).next().unwrap_or(&before);
        let sentence = sentence.rsplit(". ").next().unwrap_or(sentence);
        has_word(sentence, CERTIFICATE_WORDS)
            || self.column_header(start).is_some_and(|header| has_word(&header, CERTIFICATE_WORDS))
    }

    /// Whether the line at `at`, or one next to it, is about files: a hash, another file name, a
    /// word such as "file" or "sample".
    fn about_files(&mut self, at: usize) -> bool {
        let (start, end) = self.line_of(at);
        if let Some((line, about)) = self.about_files {
            if line == start {
                return about;
            }
        }
        let here = self.line_facts(start, end);
        let mut about = here.hash || here.file_name || here.file_word;
        if !about {
            // The lines next to it, each read once for the line it is next to.
            let previous = start.checked_sub(1).map(|newline| (self.start_after(0, newline), newline));
            let next = (end < self.bytes.len()).then(|| (end + 1, self.line_end(end + 1)));
            about = [previous, next].into_iter().flatten().any(|(s, e)| {
                let facts = self.line_facts(s, e);
                facts.hash || facts.file_name
            });
        }
        self.about_files = Some((start, about));
        about
    }

    fn line_facts(&mut self, start: usize, end: usize) -> LineFacts {
        if let Some((_, facts)) = self.facts.iter().find(|(line, _)| *line == start) {
            return *facts;
        }
        let line = self.text(start, end);
        let mut facts = LineFacts { file_word: has_word(line, FILE_WORDS), ..LineFacts::default() };
        for token in line.split(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))) {
            let token = token.trim_matches('.');
            let hex = token.bytes().all(|b| b.is_ascii_hexdigit());
            facts.hash |= hex && matches!(token.len(), 32 | 40 | 64);
            // `name.ext` whose extension is no TLD: `mimikatz.exe`, `payload.dll`.
            if let Some((stem, extension)) = token.rsplit_once('.') {
                let shaped = stem.len() >= 2
                    && (2..=4).contains(&extension.len())
                    && extension.bytes().all(|b| b.is_ascii_alphanumeric())
                    && extension.bytes().any(|b| b.is_ascii_alphabetic());
                facts.file_name |= shaped && !super::tld::is_tld(extension);
            }
        }
        if self.facts.len() >= 4 {
            self.facts.remove(0);
        }
        self.facts.push((start, facts));
        facts
    }

    /// The header of the table column that `at` is in, if it is in a table row.
    fn column_header(&mut self, at: usize) -> Option<String> {
        let (line_start, _) = self.line_of(at);
        self.read_tables_to(line_start);
        let row = self.bytes.get(line_start..).unwrap_or_default().iter().find(|b| !b.is_ascii_whitespace());
        if row != Some(&b'|') {
            return None;
        }
        let header = &self.table.as_ref()?.header;
        if header.is_empty() {
            return None;
        }
        // The column: the `|` before `at` on its line, counted forward from the last question.
        let (cursor_line, mut from, mut count) = self.column_cursor;
        if cursor_line != line_start || from > at {
            (from, count) = (line_start, 0);
        }
        count += self.bytes.get(from..at).unwrap_or_default().iter().filter(|&&b| b == b'|').count();
        self.column_cursor = (line_start, at, count);
        header.get(count.checked_sub(1)?).cloned()
    }

    /// Reads the lines before `line_start` that were not read yet, keeping the table they end
    /// in (if any) and its header.
    fn read_tables_to(&mut self, line_start: usize) {
        while self.read_to < line_start {
            let start = self.read_to;
            let end = self.line_end(start);
            self.read_to = end + 1;
            let first = self.bytes.get(start..end).unwrap_or_default().iter().find(|b| !b.is_ascii_whitespace());
            if first != Some(&b'|') {
                // A blank line inside an AsciiDoc table separates rows; anything else ends a
                // Markdown table.
                if first.is_some() && !self.table.as_ref().is_some_and(|t| t.asciidoc) {
                    self.table = None;
                }
                continue;
            }
            let trimmed = self.text(start, end).trim();
            if trimmed.starts_with("|===") {
                self.table = match self.table.take() {
                    Some(table) if table.asciidoc => None,
                    _ => Some(Table { asciidoc: true, ..Table::default() }),
                };
                continue;
            }
            let table = self.table.get_or_insert_with(Table::default);
            if is_separator_row(trimmed) {
                table.header = std::mem::take(&mut table.previous_row);
            } else if table.asciidoc && table.header.is_empty() {
                table.header = cells(trimmed);
            } else if !table.asciidoc {
                table.previous_row = cells(trimmed);
            }
        }
    }
}

/// A detection name by its words: a known first word, a platform among its labels, or a
/// capitalised name ending in a label in capitals (`Agent.KR`, `SSHDoor.AI`).
fn is_detection_name(name: &str) -> bool {
    let labels: Vec<&str> = name.split('.').collect();
    let (Some(first), Some(last)) = (labels.first(), labels.last()) else {
        return false;
    };
    let first_word = first.split('-').next().unwrap_or(first);
    if DETECTION_WORDS.contains(&first_word) {
        return true;
    }
    let inner = labels.get(..labels.len().saturating_sub(1)).unwrap_or_default();
    if labels.len() >= 3 && inner.iter().any(|label| PLATFORMS.contains(label)) {
        return true;
    }
    let camel = |label: &&str| {
        label
            .as_bytes()
            .windows(2)
            .any(|pair| matches!(pair, [a, b] if a.is_ascii_uppercase() && b.is_ascii_lowercase()))
    };
    last.bytes().all(|b| b.is_ascii_uppercase()) && inner.iter().any(camel)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(text: &str, name: &str) -> Name {
        let start = text.find(name).unwrap_or(0);
        Context::new(text).name(start, start + name.len())
    }

    #[test]
    fn detection_names_are_no_domains() {
        for (text, name) in [
            ("ESET: Win32/Agent.KR", "Agent.KR"),
            ("Linux/SSHDoor.AI found", "SSHDoor.AI"),
            ("HEUR:Trojan.AndroidOS.Agent.ad", "Trojan.AndroidOS.Agent.ad"),
            ("Backdoor.Linux.Mirai.ai", "Backdoor.Linux.Mirai.ai"),
            ("Trojan:Win32/Emotet.PK!MTB", "Emotet.PK"),
            ("named Agent.KR by some", "Agent.KR"),
        ] {
            assert_eq!(kind(text, name), Name::NotDomain, "{text}");
        }
        for (text, name) in [("C2 at linux.com", "linux.com"), ("evil.example.com", "evil.example.com")] {
            assert_eq!(kind(text, name), Name::Domain, "{text}");
        }
    }

    #[test]
    fn file_names_by_their_surroundings() {
        let table = "| File name | Note |\n|---|---|\n| report.com | x |\n| evil.com | y |\n";
        assert_eq!(kind(table, "report.com"), Name::NotDomain);
        let hashes = "secretsdump.py 0123456789abcdef0123456789abcdef\n";
        assert_eq!(kind(hashes, "secretsdump.py"), Name::NotDomain);
        let listing = "- mimikatz.exe\n- secretsdump.py\n- procdump.exe\n";
        assert_eq!(kind(listing, "secretsdump.py"), Name::NotDomain);
        assert_eq!(kind("the library /lib/x86_64/libkeyutils.so", "libkeyutils.so"), Name::NotDomain);
        assert_eq!(kind("C2 at evil.zip today", "evil.zip"), Name::Domain);
        let network = "| Domain | Name |\n|---|---|\n| evil.com | x |\n";
        assert_eq!(kind(network, "evil.com"), Name::Domain);
    }

    #[test]
    fn thumbprints_by_the_word_before() {
        let text = "Signer certificate thumbprint: 0123456789abcdef0123456789abcdef01234567";
        let at = text.find("0123").unwrap_or(0);
        assert!(Context::new(text).is_thumbprint(at));
        let text = "SHA-1: 0123456789abcdef0123456789abcdef01234567";
        assert!(!Context::new(text).is_thumbprint(text.find("0123").unwrap_or(0)));
    }
}
