//! The grammar of a cell of `export --csv`, both ways: what the export
//! writes ([`text`], [`list`], [`protect_apostrophe`]) and what `import`
//! reads back ([`read_text`], [`read_list`], [`unneutralise`]), so that
//! export → import gives back every value exactly.
//!
//! A spreadsheet user reads the cells as plain text; only what would be
//! lost is marked, with a backslash:
//!
//! - `\\` is a backslash;
//! - in a list cell (items joined by ` | `), `\|` is a `|` inside an item,
//!   `\n` and `\r` a line break inside an item, and in a list of codes
//!   `\,` and `\;` a comma and a semicolon (which separate codes there);
//! - a space (any white space: no-break space, tab, line break) at the
//!   start or the end of a value is written `\` and the character (`\n`,
//!   `\r`, `\t` for a line break, a carriage return, a tab), so that the
//!   import, which trims the spaces a spreadsheet leaves around a cell,
//!   keeps it;
//! - any other backslash is kept as written (`C:\dossier`).
//!
//! The CSV writer (`csv_writer`) puts a `'` before a cell a spreadsheet
//! would run as a formula (`=`, `+`, `-`, `@`...). So that the import can
//! take that `'` away exactly when the export added it, the export also
//! doubles the `'` of a value that itself starts with `'` followed by a
//! formula sign or another `'` ([`protect_apostrophe`]); the import drops
//! one leading `'` when a formula sign or a `'` follows it
//! ([`unneutralise`]), and nothing else.
//!
//! A low layer: it knows neither records nor commands.

use std::borrow::Cow;

// What follows the `'` the CSV writer adds before a formula.
use crate::csv_writer::FORMULA_SIGNS;

/// Joins the items of a list cell.
pub const JOIN: &str = " | ";

fn after_apostrophe_is_marked(rest: &str) -> bool {
    rest.starts_with(FORMULA_SIGNS) || rest.starts_with('\'')
}

/// A `'` added before a value starting with `'` and a formula sign or
/// another `'`: the CSV writer leaves it alone, the import takes one away.
pub fn protect_apostrophe(cell: &str) -> Cow<'_, str> {
    match cell.strip_prefix('\'') {
        Some(rest) if after_apostrophe_is_marked(rest) => Cow::Owned(format!("'{cell}")),
        _ => Cow::Borrowed(cell),
    }
}

/// The cell without the `'` a CSV writer puts before a formula (or before
/// a protected `'`): one leading `'` followed by a formula sign or a `'`.
pub fn unneutralise(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if after_apostrophe_is_marked(rest) => rest,
        _ => cell,
    }
}

/// How a white space character at an edge is written.
fn push_space(out: &mut String, c: char) {
    out.push('\\');
    out.push(match c {
        '\n' => 'n',
        '\r' => 'r',
        '\t' => 't',
        c => c,
    });
}

/// A value written for a cell: backslashes doubled, `also` (separators of
/// a list) and line breaks escaped when `list`, spaces at the edges marked.
fn escape(value: &str, list: bool, also: &[char]) -> String {
    let chars: Vec<char> = value.chars().collect();
    let first = chars.iter().position(|c| !c.is_whitespace()).unwrap_or(chars.len());
    let last = chars.iter().rposition(|c| !c.is_whitespace()).map_or(0, |i| i + 1);
    let mut out = String::with_capacity(value.len());
    for (i, &c) in chars.iter().enumerate() {
        match c {
            c if c.is_whitespace() && (i < first || i >= last) => push_space(&mut out, c),
            '\\' => out.push_str("\\\\"),
            '\n' if list => out.push_str("\\n"),
            '\r' if list => out.push_str("\\r"),
            '|' if list => out.push_str("\\|"),
            c if list && also.contains(&c) => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// A text value as a cell.
pub fn text(value: &str) -> String {
    escape(value, false, &[])
}

/// A list as a cell: items joined by ` | `; with `codes`, commas and
/// semicolons inside an item are escaped too.
pub fn list<'a>(items: impl IntoIterator<Item = &'a str>, codes: bool) -> String {
    let also: &[char] = if codes { &[',', ';'] } else { &[] };
    items
        .into_iter()
        .map(|i| escape(i, true, also))
        .collect::<Vec<_>>()
        .join(JOIN)
}

/// One character of a cell as read: escaped or not.
type Read = (char, bool);

/// The characters of a cell, its escapes resolved.
fn unescape(cell: &str) -> Vec<Read> {
    let mut out = Vec::with_capacity(cell.len());
    let mut chars = cell.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push((c, false));
            continue;
        }
        let escaped = match chars.peek() {
            Some('\\') => Some('\\'),
            Some('|') => Some('|'),
            Some(',') => Some(','),
            Some(';') => Some(';'),
            Some('n') => Some('\n'),
            Some('r') => Some('\r'),
            Some('t') => Some('\t'),
            Some(&w) if w.is_whitespace() => Some(w),
            _ => None,
        };
        match escaped {
            Some(e) => {
                chars.next();
                out.push((e, true));
            }
            None => out.push((c, false)),
        }
    }
    out
}

/// The value of an item: its unescaped white space at the edges trimmed.
fn trimmed(item: &[Read]) -> String {
    let loose = |r: &Read| r.0.is_whitespace() && !r.1;
    let start = item.iter().position(|r| !loose(r)).unwrap_or(item.len());
    let end = item.iter().rposition(|r| !loose(r)).map_or(start, |i| i + 1);
    item[start..end].iter().map(|r| r.0).collect()
}

/// A text cell's value: the formula mark taken away, the spaces a
/// spreadsheet leaves around it trimmed, escapes resolved.
pub fn read_text(cell: &str) -> String {
    trimmed(&unescape(unneutralise(cell)))
}

/// A list cell's items: separated by `|` and line breaks (and, with
/// `codes`, commas and semicolons) that are not escaped, each trimmed;
/// empty items are left out.
pub fn read_list(cell: &str, codes: bool) -> Vec<String> {
    let chars = unescape(unneutralise(cell));
    chars
        .split(|&(c, escaped)| !escaped && (c == '|' || c == '\n' || (codes && (c == ',' || c == ';'))))
        .map(trimmed)
        .filter(|s| !s.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_come_back_exactly() {
        for v in [
            "La Dynamo",
            " \u{a0}Café | « x » ; y\n",
            "C:\\dossier\\n",
            "\\",
            "a\\",
            "\t",
            "'=x",
            "''",
            "'",
        ] {
            let cell = crate::csv_writer::neutralise(&protect_apostrophe(&text(v))).into_owned();
            assert_eq!(read_text(&cell), v, "{cell:?}");
        }
    }

    #[test]
    fn lists_come_back_exactly() {
        let items = ["a | b", "\nc ", "d,e;f", "\\|", "=g"];
        let cell = crate::csv_writer::neutralise(&protect_apostrophe(&list(items, true))).into_owned();
        assert_eq!(read_list(&cell, true), items);
    }

    #[test]
    fn hand_made_cells_read_as_before() {
        assert_eq!(read_text("  LAB01 "), "LAB01");
        assert_eq!(read_text("C:\\dossier"), "C:\\dossier");
        assert_eq!(read_text("'abc"), "'abc");
        assert_eq!(read_text("'=HYPERLINK(\"x\")"), "=HYPERLINK(\"x\")");
        assert_eq!(read_list("a|b\nc | ", false), ["a", "b", "c"]);
        assert_eq!(
            read_list("jeunes, seniors;familles", true),
            ["jeunes", "seniors", "familles"]
        );
    }
}
