//! The canonical layout of a record file: what `fabriques fmt` writes, and
//! the layout of the files `new` and `import` create.
//!
//! Contract: [`format`] takes the text of a TOML file and returns the same
//! document — every key, every value, every comment — in one layout:
//!
//! - keys in the order of the documentation (`schema::TOP`, `ADRESSE`...;
//!   consortium kinds in vocabulary order; `financement.annuel` by year),
//!   unknown keys after the known ones, in their order;
//! - the record's tables (`labellisation`, `adresse`... written inline or
//!   with dotted keys) as `[table]` sections, `actions` and `liens` as
//!   `[[actions]]` / `[[liens]]`, in documentation order, one blank line
//!   before each section and none inside;
//! - strings in double quotes (single quotes when that avoids escapes),
//!   numbers and dates in their plain form, `key = value` with one space
//!   around `=`; arrays on one line when they fit in 80 columns and hold no
//!   comment, else one item per line, indented by two spaces, with a
//!   trailing comma;
//! - trailing comments two spaces after the code, aligned on consecutive
//!   lines that have one.
//!
//! Comments stay with what they describe: a comment above a key or a
//! section header moves with it; a comment at the end of the line stays at
//! the end of that line; a block of comments separated from the next
//! section header by a blank line closes the section above it (this is how
//! commented-out fields of a template stay where they are); the comments at
//! the top of the file, before a blank line, stay at the top.
//!
//! Why not serialize the parsed value: a serializer drops comments, and the
//! comments of a record carry its sources. The text is parsed with
//! `toml_edit` (which keeps comments and blank lines in the "decor" around
//! keys, values and headers), turned into a small tree of sections, entries
//! and comments, ordered, and printed here, so that the layout depends on
//! the content only.
//!
//! Safety: before the text is returned it is checked to parse (with the
//! `toml` crate, independently of `toml_edit`) to the same value, to hold
//! the same comments (found by a lexical scan), and to be left unchanged by
//! a second formatting. Any doubt is a [`FormatError`] and the caller
//! leaves the file as it was.

mod print;
#[cfg(test)]
mod tests;
mod tree;

use toml_edit::{Array, DocumentMut, InlineTable, Item, Key, RawString, Table, Value};
use unicode_width::UnicodeWidthStr;

use crate::messages::{fill, ui, Lang};
use crate::schema;
use crate::vocab::Vocabularies;

pub(crate) use print::string;
use print::*;
use tree::*;

/// The width arrays are folded to, in columns.
pub const MAX_WIDTH: usize = 80;
const INDENT: usize = 2;

/// Why a text was not formatted.
#[derive(Debug)]
pub enum FormatError {
    /// The text is not valid TOML (the `toml` parser's error, as `validate`
    /// reports it).
    Syntax(toml::de::Error),
    /// The two TOML parsers disagree on the text.
    Parser(String),
    /// The output would not hold the same values.
    ValuesChanged,
    /// The output would not hold the same comments.
    CommentsChanged,
    /// Formatting the output again would change it.
    NotIdempotent,
}

impl FormatError {
    /// The reason the formatter gives for leaving a file alone, in words.
    pub fn reason(&self, lang: Lang) -> String {
        match self {
            FormatError::Syntax(e) => e.message().to_string(),
            FormatError::Parser(detail) => fill(
                ui::FMT_REASON_PARSER.get(lang),
                &[("detail", detail.lines().next().unwrap_or("").to_string())],
            ),
            FormatError::ValuesChanged => ui::FMT_REASON_VALUES.get(lang).to_string(),
            FormatError::CommentsChanged => ui::FMT_REASON_COMMENTS.get(lang).to_string(),
            FormatError::NotIdempotent => ui::FMT_REASON_IDEMPOTENT.get(lang).to_string(),
        }
    }
}

/// The documentation order of keys, table by table.
#[derive(Debug, Clone)]
pub struct Layout {
    consortium: Vec<String>,
}

impl Layout {
    /// The layout for a register: consortium kinds come from its vocabulary
    /// (built-in kinds, then those the register adds).
    pub fn new(vocab: &Vocabularies) -> Layout {
        Layout {
            consortium: vocab.get("consortium").codes().iter().map(|c| c.to_string()).collect(),
        }
    }

    /// Sort key of `key` in the table at logical `path` (array elements add
    /// no segment): known keys by documentation rank, others after, equal
    /// (the sort is stable, so they keep their order).
    fn rank(&self, path: &[String], key: &str) -> (u8, i64) {
        let path: Vec<&str> = path.iter().map(String::as_str).collect();
        let list: &[&str] = match path.as_slice() {
            [] => schema::TOP,
            ["identifiants"] => schema::IDENTIFIANTS,
            ["labellisation"] => schema::LABELLISATION,
            ["adresse"] => schema::ADRESSE,
            ["structure_porteuse"] => schema::STRUCTURE,
            ["financement"] => schema::FINANCEMENT,
            ["criteres"] => schema::CRITERES,
            ["actions"] => schema::ACTION,
            ["liens"] => schema::LIEN,
            ["validation"] => schema::VALIDATION,
            ["validation", "ignorer"] => schema::EXCEPTION,
            ["consortium"] => {
                return match self.consortium.iter().position(|c| c == key) {
                    Some(i) => (0, i as i64),
                    None => (1, 0),
                };
            }
            ["financement", "annuel"] => {
                return match key.parse::<i64>() {
                    Ok(year) if key.len() == 4 => (0, year),
                    _ => (1, 0),
                };
            }
            _ => return (1, 0),
        };
        match list.iter().position(|k| *k == key) {
            Some(i) => (0, i as i64),
            None => (1, 0),
        }
    }
}

/// Formats the text of a record file (a byte order mark is dropped).
///
/// Each text is parsed as few times as the checks need, and every step is
/// linear in the size of the text (a record of 40,000 sections, or of
/// 50 MB, formats in seconds: `scripts/bench-hostile`): the input once by
/// `toml` (its values, and the syntax error `validate` would report) and
/// once by `toml_edit` (the layout); the output, when it differs from the
/// input, once by each, for the value check and the second formatting.
pub fn format(text: &str, layout: &Layout) -> Result<String, FormatError> {
    format_checked(text, layout, true)
}

/// Formats a text this program wrote itself (`import`'s new records): the
/// values and comments are checked as [`format`] checks them, but the
/// output is not formatted a second time. That check guards a user's file
/// against a layout `fmt` would change again; here the text is the
/// program's, and the tests run `fmt --check` on what `import` writes
/// (`tests/cli/authoring/roundtrip.rs`, on generated records).
pub fn format_generated(text: &str, layout: &Layout) -> Result<String, FormatError> {
    format_checked(text, layout, false)
}

fn format_checked(text: &str, layout: &Layout, again: bool) -> Result<String, FormatError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // One parse at a time (a large file's trees are large): the layout
    // first, then the values.
    let out = match format_unchecked(text, layout) {
        Ok(out) => out,
        Err(e) => return Err(toml::from_str::<toml::Table>(text).err().map_or(e, FormatError::Syntax)),
    };
    let before: toml::Table = toml::from_str(text).map_err(FormatError::Syntax)?;
    // Already in the layout: the output is the input, so it holds the same
    // values and comments, and formatting it again gives it back (the
    // layout depends on the text only).
    if out == text {
        return Ok(out);
    }
    check(&before, text, &out)?;
    drop(before);
    if !again {
        return Ok(out);
    }
    match format_unchecked(&out, layout) {
        Ok(again) if again == out => Ok(out),
        _ => Err(FormatError::NotIdempotent),
    }
}

/// The canonical layout of a text `toml` accepts (`toml_edit` may not).
fn format_unchecked(text: &str, layout: &Layout) -> Result<String, FormatError> {
    let doc: DocumentMut = text
        .parse()
        .map_err(|e: toml_edit::TomlError| FormatError::Parser(e.to_string()))?;
    let root = Builder::build(&doc);
    drop(doc);
    let mut lines = Vec::new();
    render_root(&root, layout, &mut lines);
    Ok(finish(lines))
}

/// The output holds the same values (`before`, parsed from `text`) and
/// the same comments as the input.
fn check(before: &toml::Table, text: &str, after: &str) -> Result<(), FormatError> {
    let b: toml::Table = toml::from_str(after).map_err(|_| FormatError::ValuesChanged)?;
    if !same_table(before, &b) {
        return Err(FormatError::ValuesChanged);
    }
    drop(b);
    let mut ca = comments(text);
    let mut cb = comments(after);
    ca.sort_unstable();
    cb.sort_unstable();
    if ca != cb {
        return Err(FormatError::CommentsChanged);
    }
    Ok(())
}

/// Value equality where a NaN equals a NaN (a file may hold `nan`).
fn same_value(a: &toml::Value, b: &toml::Value) -> bool {
    use toml::Value as V;
    match (a, b) {
        (V::Float(x), V::Float(y)) => x == y || (x.is_nan() && y.is_nan()),
        (V::Array(x), V::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same_value(x, y)),
        (V::Table(x), V::Table(y)) => same_table(x, y),
        _ => a == b,
    }
}

/// Table equality, key order ignored, NaN equal to NaN.
fn same_table(a: &toml::Table, b: &toml::Table) -> bool {
    a.len() == b.len() && a.iter().all(|(k, v)| b.get(k).is_some_and(|w| same_value(v, w)))
}

/// The comments of a TOML text, each from `#` to the end of its line
/// without trailing spaces, found by a lexical scan that skips strings.
/// The scan reads bytes: every character it looks for is ASCII, and in
/// UTF-8 no byte of another character is an ASCII byte.
fn comments(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let at = |i: usize, s: &[u8]| bytes.get(i..i + s.len()) == Some(s);
    while i < bytes.len() {
        match bytes[i] {
            b'#' => {
                let start = i;
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                out.push(text[start..i].trim_end());
            }
            q @ (b'"' | b'\'') => {
                let triple = [q, q, q];
                let multi = at(i, &triple);
                i += if multi { 3 } else { 1 };
                while i < bytes.len() {
                    if q == b'"' && bytes[i] == b'\\' {
                        i += 2;
                    } else if multi && at(i, &triple) {
                        i += 3;
                        // Up to two more quotes belong to the string.
                        while i < bytes.len() && bytes[i] == q {
                            i += 1;
                        }
                        break;
                    } else if !multi && (bytes[i] == q || bytes[i] == b'\n') {
                        i += 1;
                        break;
                    } else {
                        i += 1;
                    }
                }
            }
            _ => i += 1,
        }
    }
    out
}
