//! Diagnostics: the problems found in the data, as values.
//!
//! A [`Diagnostic`] is produced by the loader (`load`), the schema reader
//! (`schema`) and the rules (`rules`) for one file, and printed by a
//! reporter (`report`) while that file's text is still in memory. It keeps a
//! byte [`Span`] into its file: converting to line and column (counted in
//! characters, the data is French) happens once, in [`LineIndex`], only for
//! what is printed. Texts are not formatted here: a diagnostic holds
//! catalogue entries and their arguments so that the reporter renders them
//! in the user's language. The file a diagnostic belongs to is known by
//! whoever holds it (one file's diagnostics travel together).
//!
//! A file passed over without being read is a [`Skipped`] note.

use std::ops::Range;
use std::path::PathBuf;

use crate::messages::{Lang, Message};
use crate::rules::RuleId;

/// How serious a diagnostic is. `Allow` means the rule is switched off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Allow,
    Warning,
    Error,
}

impl Severity {
    /// The stable English name used in JSON output and settings.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Allow => "allow",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// Parses a severity as written in `fabriques.toml`: in French as the
    /// documentation writes it (« erreur », « avertissement »,
    /// « désactivée ») or in English (`error`, `warning`, `allow`, `off`),
    /// whatever the case, the accents and the spaces around.
    pub fn parse(s: &str) -> Option<Severity> {
        let word = deunicode::deunicode(s.trim()).to_lowercase();
        match word.as_str() {
            "error" | "erreur" => Some(Severity::Error),
            "warning" | "warn" | "avertissement" => Some(Severity::Warning),
            "allow" | "ignore" | "off" | "desactivee" | "desactive" | "desactiver" | "ignoree" | "ignorer" => {
                Some(Severity::Allow)
            }
            _ => None,
        }
    }

    /// The word shown to the user in human output.
    pub fn label(self, lang: Lang) -> &'static str {
        use crate::messages::ui;
        match self {
            Severity::Error => ui::SEVERITY_ERROR.get(lang),
            Severity::Warning => ui::SEVERITY_WARNING.get(lang),
            Severity::Allow => ui::SEVERITY_ALLOW.get(lang),
        }
    }
}

/// A byte range in a file, stored compactly (records are small files).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(range: Range<usize>) -> Span {
        Span {
            start: range.start.min(u32::MAX as usize) as u32,
            end: range.end.min(u32::MAX as usize) as u32,
        }
    }

    /// The start of the file, for problems that concern the file as a whole.
    pub const FILE: Span = Span { start: 0, end: 0 };
}

/// One problem in the data, in one file.
#[derive(Clone, Debug)]
pub struct Diagnostic {
    /// The rule that produced it.
    pub rule: RuleId,
    /// Its severity in the register.
    pub severity: Severity,
    pub span: Span,
    pub message: Message,
    pub help: Option<Message>,
}

impl Diagnostic {
    /// Sort key: position, then rule name — the order every reporter
    /// prints one file's diagnostics in.
    pub fn sort_key(&self) -> (u32, u32, &'static str) {
        (self.span.start, self.span.end, self.rule.name())
    }
}

/// Sorts one file's diagnostics in reporting order and drops exact
/// duplicates.
pub fn sort_and_dedup(diags: &mut Vec<Diagnostic>) {
    diags.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    diags.dedup_by(|a, b| a.sort_key() == b.sort_key() && a.message == b.message && a.severity == b.severity);
}

/// Why a file under `data/` was not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SkipReason {
    Hidden,
    NotToml,
    LinkOutside,
    LinkToDirectory,
    /// Not a regular file (nor a link to one): reading it could wait
    /// forever (a named pipe) or never end (a device).
    NotRegular(Special),
}

/// What a file that is not a regular file is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Special {
    /// A named pipe (FIFO).
    Fifo,
    Socket,
    /// A character or block device.
    Device,
    Other,
}

impl Special {
    /// What `kind` is, for a file that is neither a regular file, a folder
    /// nor a symbolic link.
    pub fn of(kind: std::fs::FileType) -> Special {
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if kind.is_fifo() {
                return Special::Fifo;
            }
            if kind.is_socket() {
                return Special::Socket;
            }
            if kind.is_char_device() || kind.is_block_device() {
                return Special::Device;
            }
        }
        let _ = kind;
        Special::Other
    }
}

/// A file or folder passed over, reported as a note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    pub path: PathBuf,
    pub reason: SkipReason,
}

/// A span resolved to positions, with its source line: what a reporter
/// needs to show a diagnostic once the file's text is gone (the
/// register-wide rules report after every file was read).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub start: Position,
    pub end: Position,
    pub line: Box<str>,
}

impl Place {
    /// The place of `span` in `text`, found by scanning up to it only (a
    /// record's name is on one of its first lines), the same as
    /// [`LineIndex`] would give.
    pub fn of(text: &str, span: Span) -> Place {
        let clamp = |o: u32| {
            let mut o = (o as usize).min(text.len());
            while !text.is_char_boundary(o) {
                o -= 1;
            }
            o
        };
        let position = |o: usize| {
            let line_start = text[..o].rfind('\n').map_or(0, |i| i + 1);
            let line = text.as_bytes()[..line_start].iter().filter(|&&b| b == b'\n').count() + 1;
            let mut column = text[line_start..o].chars().count() + 1;
            if line == 1 && o > 0 && text.starts_with('\u{feff}') {
                column -= 1;
            }
            (Position { line, column }, line_start)
        };
        let (start, line_start) = position(clamp(span.start));
        let (end, _) = position(clamp(span.end));
        let line_end = text[line_start..].find('\n').map_or(text.len(), |i| line_start + i);
        Place {
            start,
            end,
            line: text[line_start..line_end].trim_end_matches('\r').into(),
        }
    }
}

/// Converts byte offsets of one file to 1-based line and column numbers.
///
/// Columns count characters (Unicode scalar values), not bytes, so that
/// `é` counts as one column as a person would count it.
pub struct LineIndex<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
}

/// A resolved position.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> LineIndex<'a> {
        LineIndex::upto(text, text.len())
    }

    /// An index of the lines that start up to byte `limit`: enough for
    /// the offsets up to it (a record's problems are often on its first
    /// lines, or about the whole file).
    pub fn upto(text: &'a str, limit: usize) -> LineIndex<'a> {
        let head = &text.as_bytes()[..limit.min(text.len())];
        let mut line_starts = Vec::with_capacity(head.len() / 32 + 1);
        line_starts.push(0);
        // memchr looks at many bytes at a time: `validate` indexes the
        // text of every record that has a diagnostic.
        line_starts.extend(memchr::memchr_iter(b'\n', head).map(|i| i + 1));
        LineIndex { text, line_starts }
    }

    /// The line and column of a byte offset (clamped to the text, and moved
    /// back to a character boundary if needed).
    pub fn position(&self, offset: u32) -> Position {
        let mut offset = (offset as usize).min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line];
        let mut column = self.text[start..offset].chars().count() + 1;
        // A byte order mark is invisible in editors: it takes no column.
        if line == 0 && offset > 0 && self.text.starts_with('\u{feff}') {
            column -= 1;
        }
        Position { line: line + 1, column }
    }

    /// The text of a 1-based line, without its line ending.
    pub fn line_text(&self, line: usize) -> &'a str {
        let Some(&start) = self.line_starts.get(line.wrapping_sub(1)) else {
            return "";
        };
        let end = match self.line_starts.get(line) {
            Some(&end) => end,
            // The last line indexed: it ends at the next line break.
            None => self.text[start..].find('\n').map_or(self.text.len(), |i| start + i),
        };
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn severities_are_read_as_the_documentation_writes_them() {
        for (written, severity) in [
            ("erreur", Severity::Error),
            ("Erreur", Severity::Error),
            ("error", Severity::Error),
            ("AVERTISSEMENT", Severity::Warning),
            ("warning", Severity::Warning),
            ("désactivée", Severity::Allow),
            ("Désactivée", Severity::Allow),
            ("desactivee", Severity::Allow),
            (" désactivé ", Severity::Allow),
            ("off", Severity::Allow),
            ("allow", Severity::Allow),
        ] {
            assert_eq!(Severity::parse(written), Some(severity), "{written}");
        }
        assert_eq!(Severity::parse("fatal"), None);
        assert_eq!(Severity::parse("erreurs"), None);
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "nom = \"Ambérieu\"\ncommune = \"Côte\" x\n";
        let idx = LineIndex::new(text);
        let x = text.rfind('x').unwrap() as u32;
        assert_eq!(idx.position(x), Position { line: 2, column: 18 });
        assert_eq!(idx.line_text(2), "commune = \"Côte\" x");
        assert_eq!(idx.position(0), Position { line: 1, column: 1 });
    }

    #[test]
    fn a_place_is_what_the_line_index_says() {
        let text = "\u{feff}nom = \"Ambérieu\"\r\ncommune = \"Côte\" x\n[t]\n";
        let idx = LineIndex::new(text);
        for (start, end) in [(0, 0), (7, 18), (30, 39), (31, 45), (35, 99)] {
            let span = Span { start, end };
            let place = Place::of(text, span);
            assert_eq!(place.start, idx.position(start), "{span:?}");
            assert_eq!(place.end, idx.position(end), "{span:?}");
            assert_eq!(&*place.line, idx.line_text(place.start.line), "{span:?}");
        }
    }

    #[test]
    fn offsets_inside_a_character_or_past_the_end_are_clamped() {
        let text = "é\n";
        let idx = LineIndex::new(text);
        assert_eq!(idx.position(1), Position { line: 1, column: 1 });
        assert_eq!(idx.position(99), Position { line: 2, column: 1 });
        assert_eq!(idx.line_text(7), "");
    }
}
