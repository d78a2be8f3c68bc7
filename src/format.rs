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

use toml_edit::{Array, DocumentMut, InlineTable, Item, Key, RawString, Table, Value};
use unicode_width::UnicodeWidthStr;

use crate::messages::{fill, ui, Lang};
use crate::schema;
use crate::vocab::Vocabularies;

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
pub fn format(text: &str, layout: &Layout) -> Result<String, FormatError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let out = format_unchecked(text, layout)?;
    check(text, &out)?;
    match format_unchecked(&out, layout) {
        Ok(again) if again == out => Ok(out),
        _ => Err(FormatError::NotIdempotent),
    }
}

fn format_unchecked(text: &str, layout: &Layout) -> Result<String, FormatError> {
    toml::de::DeTable::parse(text).map_err(FormatError::Syntax)?;
    let doc: DocumentMut = text
        .parse()
        .map_err(|e: toml_edit::TomlError| FormatError::Parser(e.to_string()))?;
    let root = Builder::build(&doc);
    let mut lines = Vec::new();
    render_root(&root, layout, &mut lines);
    Ok(finish(lines))
}

/// The output holds the same values and the same comments as the input.
fn check(before: &str, after: &str) -> Result<(), FormatError> {
    let a: toml::Table = toml::from_str(before).map_err(|e| FormatError::Parser(e.to_string()))?;
    let b: toml::Table = toml::from_str(after).map_err(|_| FormatError::ValuesChanged)?;
    if !same_table(&a, &b) {
        return Err(FormatError::ValuesChanged);
    }
    let mut ca = comments(before);
    let mut cb = comments(after);
    ca.sort();
    cb.sort();
    if ca != cb {
        return Err(FormatError::CommentsChanged);
    }
    Ok(())
}

/// Value equality where a NaN equals a NaN (a file may hold `nan`).
pub fn same_value(a: &toml::Value, b: &toml::Value) -> bool {
    use toml::Value as V;
    match (a, b) {
        (V::Float(x), V::Float(y)) => x == y || (x.is_nan() && y.is_nan()),
        (V::Array(x), V::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same_value(x, y)),
        (V::Table(x), V::Table(y)) => same_table(x, y),
        _ => a == b,
    }
}

/// Table equality, key order ignored, NaN equal to NaN.
pub fn same_table(a: &toml::Table, b: &toml::Table) -> bool {
    a.len() == b.len() && a.iter().all(|(k, v)| b.get(k).is_some_and(|w| same_value(v, w)))
}

/// The comments of a TOML text, each from `#` to the end of its line
/// without trailing spaces, found by a lexical scan that skips strings.
pub fn comments(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let at = |i: usize, s: &str| s.chars().enumerate().all(|(j, c)| chars.get(i + j) == Some(&c));
    while i < chars.len() {
        match chars[i] {
            '#' => {
                let start = i;
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
                out.push(chars[start..i].iter().collect::<String>().trim_end().to_string());
            }
            q @ ('"' | '\'') => {
                let triple: String = [q, q, q].iter().collect();
                let multi = at(i, &triple);
                i += if multi { 3 } else { 1 };
                while i < chars.len() {
                    if q == '"' && chars[i] == '\\' {
                        i += 2;
                    } else if multi && at(i, &triple) {
                        i += 3;
                        // Up to two more quotes belong to the string.
                        while i < chars.len() && chars[i] == q {
                            i += 1;
                        }
                        break;
                    } else if !multi && (chars[i] == q || chars[i] == '\n') {
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

// --- the tree ------------------------------------------------------------

/// Comment lines; `None` is a blank line.
type Comments = Vec<Option<String>>;

/// A section (`[a.b]`, `[[actions]]`) or the root, with what it holds.
#[derive(Debug, Default)]
struct Section {
    /// Raw keys of the header.
    path: Vec<String>,
    array: bool,
    /// False for a table that exists only through its sub-tables.
    header: bool,
    /// Comments above the header.
    before: Vec<String>,
    /// Comment at the end of the header line.
    trailing: Option<String>,
    entries: Vec<Entry>,
    /// Comments closing the section.
    end: Comments,
    children: Vec<Section>,
    /// Position in the source of a section with a header.
    pos: Option<isize>,
    /// For the root: the comments at the top of the file.
    top: Comments,
}

/// `key = value` (keys dotted when the source dotted them).
#[derive(Debug)]
struct Entry {
    before: Comments,
    keys: Vec<String>,
    value: Node,
    /// The first is written at the end of the line, the others below it.
    trailing: Vec<String>,
}

/// A value, with the comments inside arrays and inline tables.
#[derive(Debug)]
enum Node {
    Scalar(String),
    Array(Vec<Element>, Vec<String>),
    Inline(Vec<Entry>, Vec<String>),
}

#[derive(Debug)]
struct Element {
    before: Vec<String>,
    value: Node,
    trailing: Vec<String>,
}

/// The comments of a decor string: one at the end of the line where the
/// string starts (when it starts after code), then full lines.
struct Gap {
    same_line: Option<String>,
    lines: Comments,
}

fn comment_of(segment: &str) -> Option<String> {
    segment.find('#').map(|i| segment[i..].trim_end().to_string())
}

/// Reads a decor string. `mid_line`: it starts after code on a line
/// (after a value, a comma, a bracket); otherwise at the start of a line.
fn gap(raw: Option<&RawString>, mid_line: bool) -> Gap {
    let s = raw.and_then(RawString::as_str).unwrap_or("");
    let segments: Vec<&str> = s.split('\n').collect();
    let (same_line, rest) = if mid_line {
        (comment_of(segments[0]), &segments[1..])
    } else {
        (None, &segments[..])
    };
    let mut lines = Vec::new();
    for (i, seg) in rest.iter().enumerate() {
        let last = i + 1 == rest.len();
        match comment_of(seg) {
            Some(c) => lines.push(Some(c)),
            None if seg.trim().is_empty() && !last => lines.push(None),
            None => {}
        }
    }
    Gap { same_line, lines }
}

/// Every comment of a decor string, as full lines.
fn all_comments(raw: Option<&RawString>) -> Vec<String> {
    let g = gap(raw, true);
    g.same_line.into_iter().chain(g.lines.into_iter().flatten()).collect()
}

/// Comments in the decor of a key other than the line's prefix (none in
/// valid TOML; kept in case).
fn key_extra(key: Option<&Key>) -> Vec<String> {
    let Some(key) = key else { return Vec::new() };
    let mut out = all_comments(key.leaf_decor().suffix());
    out.extend(all_comments(key.dotted_decor().prefix()));
    out.extend(all_comments(key.dotted_decor().suffix()));
    out
}

/// Splits comment lines at the last blank line: (before it, after it).
fn split_at_blank(lines: Comments) -> (Comments, Comments) {
    match lines.iter().rposition(Option::is_none) {
        Some(i) => {
            let mut head = lines;
            let tail = head.split_off(i + 1);
            (head, tail)
        }
        None => (Vec::new(), lines),
    }
}

/// Where comments closing a section go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Target {
    Root,
    Pos(isize),
}

struct Builder {
    /// Positions of the sections with a header, ascending.
    positions: Vec<isize>,
    moves: Vec<(Target, Comments)>,
}

fn collect_positions(t: &Table, out: &mut Vec<isize>) {
    for (_, item) in t.iter() {
        match item {
            Item::Table(sub) => {
                if let (Some(p), false, false) = (sub.position(), sub.is_implicit(), sub.is_dotted()) {
                    out.push(p);
                }
                collect_positions(sub, out);
            }
            Item::ArrayOfTables(a) => {
                for sub in a.iter() {
                    if let Some(p) = sub.position() {
                        out.push(p);
                    }
                    collect_positions(sub, out);
                }
            }
            _ => {}
        }
    }
}

impl Builder {
    fn build(doc: &DocumentMut) -> Section {
        let mut positions = Vec::new();
        collect_positions(doc.as_table(), &mut positions);
        positions.sort_unstable();
        let mut b = Builder {
            positions,
            moves: Vec::new(),
        };
        let mut root = Section::default();
        let mut pending = Vec::new();
        b.body(doc.as_table(), &[], &[], &mut root, &mut pending);
        root.end.extend(pending.into_iter().map(Some));
        // The comments at the top of the file, before a blank line.
        if let Some(first) = root.entries.first_mut() {
            let (top, rest) = split_at_blank(std::mem::take(&mut first.before));
            root.top = top;
            first.before = rest;
        }
        // The comments after the last section close it.
        let last = match b.positions.last() {
            Some(p) => Target::Pos(*p),
            None => Target::Root,
        };
        b.moves.push((last, gap(Some(doc.trailing()), false).lines));
        lift_record_tables(&mut root);
        for (target, lines) in std::mem::take(&mut b.moves) {
            apply_move(&mut root, target, lines, true);
        }
        root
    }

    /// Collects the entries and sub-sections of table `t` (at `path`) into
    /// `section`; `keys` prefixes the keys of a dotted table's entries.
    fn body(&mut self, t: &Table, path: &[String], keys: &[String], section: &mut Section, pending: &mut Vec<String>) {
        for (k, item) in t.iter() {
            let key = t.key(k);
            let sub_path = [path, &[k.to_string()]].concat();
            match item {
                Item::None => {}
                Item::Value(v) => {
                    let mut before: Comments = pending.drain(..).map(Some).collect();
                    before.extend(gap(key.and_then(|k| k.leaf_decor().prefix()), false).lines);
                    before.extend(key_extra(key).into_iter().map(Some));
                    before.extend(all_comments(v.decor().prefix()).into_iter().map(Some));
                    let g = gap(v.decor().suffix(), true);
                    let trailing = g.same_line.into_iter().chain(g.lines.into_iter().flatten()).collect();
                    section.entries.push(Entry {
                        before,
                        keys: [keys, &[k.to_string()]].concat(),
                        value: self.value(v),
                        trailing,
                    });
                }
                Item::Table(sub) if sub.is_dotted() => {
                    pending.extend(
                        gap(key.and_then(|k| k.leaf_decor().prefix()), false)
                            .lines
                            .into_iter()
                            .flatten(),
                    );
                    pending.extend(key_extra(key));
                    pending.extend(all_comments(sub.decor().prefix()));
                    pending.extend(all_comments(sub.decor().suffix()));
                    self.body(sub, &sub_path, &[keys, &[k.to_string()]].concat(), section, pending);
                }
                Item::Table(sub) => {
                    let s = self.section(sub, sub_path, false, key);
                    section.children.push(s);
                }
                Item::ArrayOfTables(a) => {
                    for (i, sub) in a.iter().enumerate() {
                        // The key is written on every `[[x]]`: its decor counts once.
                        let s = self.section(sub, sub_path.clone(), true, key.filter(|_| i == 0));
                        section.children.push(s);
                    }
                }
            }
        }
    }

    fn section(&mut self, t: &Table, path: Vec<String>, array: bool, key: Option<&Key>) -> Section {
        let header = array || !t.is_implicit();
        let prefix = gap(t.decor().prefix(), false).lines;
        let before = match t.position().filter(|_| header) {
            Some(pos) => {
                // Comments above a blank line close the section above.
                let (moved, before) = split_at_blank(prefix);
                let target = match self.positions.iter().rev().find(|p| **p < pos) {
                    Some(p) => Target::Pos(*p),
                    None => Target::Root,
                };
                self.moves.push((target, moved));
                before
            }
            None => prefix,
        };
        let mut before: Vec<String> = before.into_iter().flatten().collect();
        before.extend(key_extra(key));
        before.extend(all_comments(key.and_then(|k| k.leaf_decor().prefix())));
        let g = gap(t.decor().suffix(), true);
        let mut s = Section {
            path: path.clone(),
            array,
            header,
            before,
            trailing: g.same_line,
            end: g.lines,
            pos: t.position().filter(|_| header),
            ..Section::default()
        };
        let mut pending = Vec::new();
        self.body(t, &path, &[], &mut s, &mut pending);
        s.end.extend(pending.into_iter().map(Some));
        s
    }

    fn value(&mut self, v: &Value) -> Node {
        match v {
            Value::Array(a) => self.array(a),
            Value::InlineTable(t) => {
                let mut entries = Vec::new();
                let mut end = Vec::new();
                let mut pending = Vec::new();
                self.inline(t, &[], &mut entries, &mut pending);
                let g = gap(Some(t.trailing()), true);
                if let Some(c) = g.same_line {
                    match entries.last_mut() {
                        Some(e) => e.trailing.push(c),
                        None => pending.push(c),
                    }
                }
                end.extend(pending);
                end.extend(g.lines.into_iter().flatten());
                Node::Inline(entries, end)
            }
            other => Node::Scalar(scalar(other)),
        }
    }

    fn inline(&mut self, t: &InlineTable, keys: &[String], entries: &mut Vec<Entry>, pending: &mut Vec<String>) {
        for (k, v) in t.iter() {
            let key = t.key(k);
            let g = gap(key.and_then(|k| k.leaf_decor().prefix()), true);
            if let Some(c) = g.same_line {
                match entries.last_mut() {
                    Some(e) => e.trailing.push(c),
                    None => pending.push(c),
                }
            }
            pending.extend(g.lines.into_iter().flatten());
            pending.extend(key_extra(key));
            let sub_keys = [keys, &[k.to_string()]].concat();
            match v {
                Value::InlineTable(sub) if sub.is_dotted() => {
                    pending.extend(all_comments(sub.decor().prefix()));
                    pending.extend(all_comments(sub.decor().suffix()));
                    self.inline(sub, &sub_keys, entries, pending);
                }
                _ => {
                    let mut before: Comments = pending.drain(..).map(Some).collect();
                    before.extend(all_comments(v.decor().prefix()).into_iter().map(Some));
                    let trailing = all_comments(v.decor().suffix());
                    entries.push(Entry {
                        before,
                        keys: sub_keys,
                        value: self.value(v),
                        trailing,
                    });
                }
            }
        }
    }

    fn array(&mut self, a: &Array) -> Node {
        let mut elements: Vec<Element> = Vec::new();
        let mut pending = Vec::new();
        for item in a.iter() {
            let g = gap(item.decor().prefix(), true);
            if let Some(c) = g.same_line {
                match elements.last_mut() {
                    Some(e) => e.trailing.push(c),
                    None => pending.push(c),
                }
            }
            let mut before: Vec<String> = std::mem::take(&mut pending);
            before.extend(g.lines.into_iter().flatten());
            let trailing = all_comments(item.decor().suffix());
            elements.push(Element {
                before,
                value: self.value(item),
                trailing,
            });
        }
        let g = gap(Some(a.trailing()), true);
        if let Some(c) = g.same_line {
            match elements.last_mut() {
                Some(e) => e.trailing.push(c),
                None => pending.push(c),
            }
        }
        let mut end = pending;
        end.extend(g.lines.into_iter().flatten());
        Node::Array(elements, end)
    }
}

/// Root-level record tables written inline (`adresse = { ... }`) or with
/// dotted keys (`adresse.commune = ...`) become `[adresse]` sections;
/// `actions = [{ ... }]` becomes `[[actions]]` sections.
fn lift_record_tables(root: &mut Section) {
    use crate::schema::{ARRAYS_OF_TABLES as ARRAYS, TABLES};
    let mut kept = Vec::new();
    let mut lifted: Vec<Section> = Vec::new();
    for entry in std::mem::take(&mut root.entries) {
        let name = entry.keys[0].clone();
        let is_table = TABLES.contains(&name.as_str());
        match entry.value {
            Node::Inline(entries, end) if is_table && entry.keys.len() == 1 => {
                let mut trailing = entry.trailing.into_iter();
                let mut s = Section {
                    path: vec![name],
                    header: true,
                    before: entry.before.into_iter().flatten().collect(),
                    trailing: trailing.next(),
                    entries,
                    ..Section::default()
                };
                s.end.extend(end.into_iter().map(Some));
                s.end.extend(trailing.map(Some));
                lifted.push(s);
            }
            value if is_table && entry.keys.len() > 1 => {
                let inner = Entry {
                    before: entry.before,
                    keys: entry.keys[1..].to_vec(),
                    value,
                    trailing: entry.trailing,
                };
                match lifted.iter_mut().find(|s| s.path == [name.clone()] && !s.array) {
                    Some(s) => s.entries.push(inner),
                    None => lifted.push(Section {
                        path: vec![name],
                        header: true,
                        entries: vec![inner],
                        ..Section::default()
                    }),
                }
            }
            Node::Array(elements, end)
                if ARRAYS.contains(&name.as_str())
                    && entry.keys.len() == 1
                    && !elements.is_empty()
                    && elements.iter().all(|e| matches!(e.value, Node::Inline(..))) =>
            {
                let n = elements.len();
                let mut first_before: Vec<String> = entry.before.into_iter().flatten().collect();
                for (i, e) in elements.into_iter().enumerate() {
                    let Node::Inline(entries, inline_end) = e.value else {
                        continue;
                    };
                    let mut before = std::mem::take(&mut first_before);
                    before.extend(e.before);
                    let mut trailing = e.trailing.into_iter();
                    let mut s = Section {
                        path: vec![name.clone()],
                        array: true,
                        header: true,
                        before,
                        trailing: trailing.next(),
                        entries,
                        ..Section::default()
                    };
                    s.end.extend(inline_end.into_iter().map(Some));
                    s.end.extend(trailing.map(Some));
                    if i + 1 == n {
                        s.end.extend(end.iter().cloned().map(Some));
                        s.end.extend(entry.trailing.iter().cloned().map(Some));
                    }
                    lifted.push(s);
                }
            }
            value => kept.push(Entry { value, ..entry }),
        }
    }
    root.entries = kept;
    if lifted.is_empty() {
        return;
    }
    // Sub-sections of a lifted table (`[financement.annuel]` beside
    // `financement.bonus_numerique = ...`) go under it.
    for s in &mut lifted {
        if s.array {
            continue;
        }
        let (under, others): (Vec<Section>, Vec<Section>) = std::mem::take(&mut root.children)
            .into_iter()
            .partition(|c| c.path.len() > 1 && c.path[0] == s.path[0]);
        s.children.extend(under);
        root.children = others;
    }
    root.children.extend(lifted);
}

fn apply_move(s: &mut Section, target: Target, lines: Comments, is_root: bool) -> Option<Comments> {
    let here = match target {
        Target::Root => is_root,
        Target::Pos(p) => s.pos == Some(p),
    };
    if here {
        s.end.extend(lines);
        return None;
    }
    let mut lines = lines;
    for c in &mut s.children {
        match apply_move(c, target, lines, false) {
            None => return None,
            Some(back) => lines = back,
        }
    }
    if is_root {
        // No such section (cannot happen): keep the comments at the end.
        s.end.extend(lines);
        return None;
    }
    Some(lines)
}

/// A scalar in its canonical form.
fn scalar(v: &Value) -> String {
    match v {
        Value::String(s) => string(s.value()),
        Value::Integer(i) => i.value().to_string(),
        Value::Float(f) => Value::from(*f.value()).to_string(),
        Value::Boolean(b) => b.value().to_string(),
        Value::Datetime(d) => d.value().to_string(),
        Value::Array(_) | Value::InlineTable(_) => String::new(),
    }
}

/// A string in its canonical quotes: double quotes; single quotes when the
/// text holds `"` or `\` and no `'` (no escapes needed); a multi-line
/// string for text with line breaks.
pub fn string(s: &str) -> String {
    if s.contains('\n') {
        return Value::from(s).to_string();
    }
    let control = s.chars().any(|c| c.is_control() && c != '\t');
    if s.contains(['"', '\\']) && !s.contains('\'') && !control {
        return format!("'{s}'");
    }
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A key as written: bare when it can be, quoted otherwise.
pub fn key(k: &str) -> String {
    Key::new(k).display_repr().to_string()
}

fn dotted(keys: &[String]) -> String {
    keys.iter().map(|k| key(k)).collect::<Vec<_>>().join(".")
}

// --- printing ------------------------------------------------------------

#[derive(Debug)]
enum Line {
    Blank,
    Comment(usize, String),
    Code(usize, String, Option<String>),
}

fn push_comments(lines: &mut Vec<Line>, indent: usize, comments: &Comments) {
    for c in comments {
        match c {
            Some(c) => lines.push(Line::Comment(indent, c.clone())),
            None => lines.push(Line::Blank),
        }
    }
}

/// Comment lines without their blank lines at both ends, runs of blank
/// lines folded into one.
fn tidy(comments: &Comments) -> Comments {
    let mut out: Comments = Vec::new();
    for c in comments {
        if c.is_none() && out.last().is_none_or(Option::is_none) {
            continue;
        }
        out.push(c.clone());
    }
    while out.last().is_some_and(Option::is_none) {
        out.pop();
    }
    out
}

fn render_root(root: &Section, layout: &Layout, lines: &mut Vec<Line>) {
    let top = tidy(&root.top);
    if !top.is_empty() {
        push_comments(lines, 0, &top);
        lines.push(Line::Blank);
    }
    render_body(root, layout, lines);
}

fn render_body(s: &Section, layout: &Layout, lines: &mut Vec<Line>) {
    let logical = &s.path;
    let mut entries: Vec<&Entry> = s.entries.iter().collect();
    entries.sort_by_key(|e| layout.rank(logical, &e.keys[0]));
    for e in entries {
        render_entry(e, logical, layout, 0, "", lines);
    }
    push_comments(lines, 0, &tidy(&s.end));
    let mut children: Vec<&Section> = s.children.iter().collect();
    children.sort_by_key(|c| layout.rank(logical, &c.path[logical.len().min(c.path.len() - 1)]));
    for c in children {
        render_section(c, layout, lines);
    }
}

fn render_section(s: &Section, layout: &Layout, lines: &mut Vec<Line>) {
    if s.header {
        lines.push(Line::Blank);
        for c in &s.before {
            lines.push(Line::Comment(0, c.clone()));
        }
        let path = dotted(&s.path);
        let header = if s.array {
            format!("[[{path}]]")
        } else {
            format!("[{path}]")
        };
        lines.push(Line::Code(0, header, s.trailing.clone()));
    } else {
        for c in &s.before {
            lines.push(Line::Comment(0, c.clone()));
        }
        if let Some(t) = &s.trailing {
            lines.push(Line::Comment(0, t.clone()));
        }
    }
    render_body(s, layout, lines);
}

/// True when a value holds comments, which keep it on several lines.
fn has_comments(v: &Node) -> bool {
    match v {
        Node::Scalar(_) => false,
        Node::Array(elements, end) => {
            !end.is_empty()
                || elements
                    .iter()
                    .any(|e| !e.before.is_empty() || !e.trailing.is_empty() || has_comments(&e.value))
        }
        Node::Inline(entries, end) => {
            !end.is_empty()
                || entries
                    .iter()
                    .any(|e| e.before.iter().any(Option::is_some) || !e.trailing.is_empty() || has_comments(&e.value))
        }
    }
}

fn width(indent: usize, s: &str) -> usize {
    indent + UnicodeWidthStr::width(s)
}

/// Writes `key = value` (or a bare array element when `key` is empty) at
/// `indent`, followed by `suffix` (a comma inside arrays).
fn render_entry(e: &Entry, logical: &[String], layout: &Layout, indent: usize, suffix: &str, lines: &mut Vec<Line>) {
    for c in e.before.iter().flatten() {
        lines.push(Line::Comment(indent, c.clone()));
    }
    let prefix = format!("{} = ", dotted(&e.keys));
    let path: Vec<String> = [logical, &e.keys].concat();
    render_value(&e.value, &path, layout, indent, &prefix, suffix, &e.trailing, lines);
}

#[allow(clippy::too_many_arguments)]
fn render_value(
    v: &Node,
    path: &[String],
    layout: &Layout,
    indent: usize,
    prefix: &str,
    suffix: &str,
    trailing: &[String],
    lines: &mut Vec<Line>,
) {
    let inline_ok = if has_comments(v) {
        None
    } else {
        let text = format!("{prefix}{}{suffix}", inline_text(v, path, layout));
        match v {
            Node::Array(..) => (!text.contains('\n') && width(indent, &text) <= MAX_WIDTH).then_some(text),
            _ => Some(text),
        }
    };
    let mut rest = trailing.iter();
    if let Some(text) = inline_ok {
        lines.push(Line::Code(indent, text, rest.next().cloned()));
    } else {
        let inner = indent + INDENT;
        match v {
            Node::Array(elements, end) => {
                lines.push(Line::Code(indent, format!("{prefix}["), None));
                for el in elements {
                    for c in &el.before {
                        lines.push(Line::Comment(inner, c.clone()));
                    }
                    render_value(&el.value, path, layout, inner, "", ",", &el.trailing, lines);
                }
                for c in end {
                    lines.push(Line::Comment(inner, c.clone()));
                }
                lines.push(Line::Code(indent, format!("]{suffix}"), rest.next().cloned()));
            }
            Node::Inline(entries, end) => {
                lines.push(Line::Code(indent, format!("{prefix}{{"), None));
                let mut sorted: Vec<&Entry> = entries.iter().collect();
                sorted.sort_by_key(|e| layout.rank(path, &e.keys[0]));
                for e in sorted {
                    render_entry(e, path, layout, inner, ",", lines);
                }
                for c in end {
                    lines.push(Line::Comment(inner, c.clone()));
                }
                lines.push(Line::Code(indent, format!("}}{suffix}"), rest.next().cloned()));
            }
            Node::Scalar(_) => {}
        }
    }
    for c in rest {
        lines.push(Line::Comment(indent, c.clone()));
    }
}

/// A value inside a one-line inline table (no comments there, by
/// construction), its own inline tables ordered too.
fn inline_text(v: &Node, path: &[String], layout: &Layout) -> String {
    match v {
        Node::Inline(entries, _) => {
            let mut sorted: Vec<&Entry> = entries.iter().collect();
            sorted.sort_by_key(|e| layout.rank(path, &e.keys[0]));
            if sorted.is_empty() {
                return "{}".to_string();
            }
            let items: Vec<String> = sorted
                .iter()
                .map(|e| {
                    let sub: Vec<String> = [path, &e.keys].concat();
                    format!("{} = {}", dotted(&e.keys), inline_text(&e.value, &sub, layout))
                })
                .collect();
            format!("{{ {} }}", items.join(", "))
        }
        Node::Array(elements, _) => {
            let items: Vec<String> = elements.iter().map(|e| inline_text(&e.value, path, layout)).collect();
            format!("[{}]", items.join(", "))
        }
        Node::Scalar(s) => s.clone(),
    }
}

/// Joins the lines: blank lines folded, none at either end, trailing
/// comments aligned on consecutive lines.
fn finish(lines: Vec<Line>) -> String {
    let mut kept: Vec<Line> = Vec::with_capacity(lines.len());
    for l in lines {
        if matches!(l, Line::Blank) && kept.last().is_none_or(|p| matches!(p, Line::Blank)) {
            continue;
        }
        kept.push(l);
    }
    while kept.last().is_some_and(|l| matches!(l, Line::Blank)) {
        kept.pop();
    }
    let alignable = |l: &Line| matches!(l, Line::Code(_, text, Some(_)) if !text.contains('\n'));
    let mut out = String::new();
    let mut i = 0;
    while i < kept.len() {
        if alignable(&kept[i]) {
            let n = kept[i..].iter().take_while(|l| alignable(l)).count();
            let column = kept[i..i + n]
                .iter()
                .map(|l| match l {
                    Line::Code(indent, text, _) => width(*indent, text),
                    _ => 0,
                })
                .max()
                .unwrap_or(0)
                + 2;
            for l in &kept[i..i + n] {
                if let Line::Code(indent, text, Some(c)) = l {
                    let w = width(*indent, text);
                    out.push_str(&" ".repeat(*indent));
                    out.push_str(text);
                    out.push_str(&" ".repeat(column - w));
                    out.push_str(c);
                    out.push('\n');
                }
            }
            i += n;
            continue;
        }
        match &kept[i] {
            Line::Blank => out.push('\n'),
            Line::Comment(indent, c) => {
                out.push_str(&" ".repeat(*indent));
                out.push_str(c);
                out.push('\n');
            }
            Line::Code(indent, text, trailing) => {
                out.push_str(&" ".repeat(*indent));
                out.push_str(text);
                if let Some(c) = trailing {
                    out.push_str("  ");
                    out.push_str(c);
                }
                out.push('\n');
            }
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(text: &str) -> String {
        let layout = Layout::new(&Vocabularies::new(&[]));
        match format(text, &layout) {
            Ok(s) => s,
            Err(e) => panic!("{e:?}\n{text}"),
        }
    }

    #[test]
    fn keys_and_tables_follow_the_documentation() {
        let text = "sources = ['x']\nqpv = true\nnom = \"A\"\n[adresse]\ncommune = \"Lille\"\ncode_postal = \"59000\"\n[labellisation]\nannee = 2020\n";
        assert_eq!(
            fmt(text),
            "nom = \"A\"\nqpv = true\nsources = [\"x\"]\n\n[labellisation]\nannee = 2020\n\n[adresse]\ncode_postal = \"59000\"\ncommune = \"Lille\"\n"
        );
    }

    #[test]
    fn comments_move_with_what_they_describe() {
        let text = "# En-tête.\n\n# Le QPV.\nqpv = true   # oui\nnom = \"A\" # le nom\n\n[adresse]\ncommune = \"Lille\"\n# fin d'adresse\n\n# labellisation\n[labellisation] # entête\nannee = 2020\n";
        let out = fmt(text);
        assert_eq!(
            out,
            "# En-tête.\n\n\
             nom = \"A\"  # le nom\n\
             # Le QPV.\n\
             qpv = true  # oui\n\
             \n\
             # labellisation\n\
             [labellisation]  # entête\n\
             annee = 2020\n\
             \n\
             [adresse]\n\
             commune = \"Lille\"\n\
             # fin d'adresse\n"
        );
        assert_eq!(fmt(&out), out);
    }

    #[test]
    fn inline_and_dotted_record_tables_become_sections() {
        let text = "nom = \"A\"\nadresse = { commune = \"Lille\", code_postal = \"59000\" }\nlabellisation.annee = 2020\nactions = [{ statut = \"fait\", categorie = \"fablab\" }, { categorie = \"coworking\", statut = \"fait\" }]\n";
        assert_eq!(
            fmt(text),
            "nom = \"A\"\n\n[labellisation]\nannee = 2020\n\n[adresse]\ncode_postal = \"59000\"\ncommune = \"Lille\"\n\n[[actions]]\ncategorie = \"fablab\"\nstatut = \"fait\"\n\n[[actions]]\ncategorie = \"coworking\"\nstatut = \"fait\"\n"
        );
    }

    #[test]
    fn long_arrays_and_arrays_with_comments_are_folded() {
        let text = "sources = [\"Movilab, « Fabriques de Territoire », tableau Technique\", \"Une autre source assez longue\"]\nreseaux = [ # c\n\"a\", \"b\" ]\n";
        assert_eq!(
            fmt(text),
            "reseaux = [\n  # c\n  \"a\",\n  \"b\",\n]\nsources = [\n  \"Movilab, « Fabriques de Territoire », tableau Technique\",\n  \"Une autre source assez longue\",\n]\n"
        );
        assert_eq!(fmt("reseaux = [\n  \"a\",\n]\n"), "reseaux = [\"a\"]\n");
    }

    #[test]
    fn strings_numbers_and_inline_tables_are_normalised() {
        let text = "nom = 'A'\n[financement]\nannuel = {2022=50_000,2020 = 0x10}\n[validation]\nignorer = [{raison='r',regle=\"x\"}]\n";
        assert_eq!(
            fmt(text),
            "nom = \"A\"\n\n[financement]\nannuel = { 2020 = 16, 2022 = 50000 }\n\n[validation]\nignorer = [{ regle = \"x\", raison = \"r\" }]\n"
        );
        assert_eq!(string("a \"b\""), "'a \"b\"'");
        assert_eq!(string("L'a \"b\""), "\"L'a \\\"b\\\"\"");
    }

    #[test]
    fn trailing_comments_are_aligned_on_consecutive_lines() {
        let text = "[structure_porteuse]\nnom = \"A\"\nforme_juridique = \"association\" # a\ncreation = 2016 # b\n";
        assert_eq!(
            fmt(text),
            "[structure_porteuse]\nnom = \"A\"\nforme_juridique = \"association\"  # a\ncreation = 2016                  # b\n"
        );
    }

    #[test]
    fn a_syntax_error_is_reported_not_formatted() {
        let layout = Layout::new(&Vocabularies::new(&[]));
        assert!(matches!(format("nom = \n", &layout), Err(FormatError::Syntax(_))));
    }

    #[test]
    fn the_lexical_scan_skips_strings() {
        assert_eq!(
            comments("a = \"# no\" # yes\nb = '''\n# no\n''' # yes 2 \nc = \"\\\"#\" #3"),
            vec!["# yes", "# yes 2", "#3"]
        );
    }

    #[test]
    fn comments_in_inline_tables_and_crlf_are_kept() {
        let text = "[financement]\r\nannuel = { 2020 = 1, # c\r\n  2021 = 2,\r\n}\r\n";
        let out = fmt(text);
        assert_eq!(out, "[financement]\nannuel = {\n  2020 = 1,  # c\n  2021 = 2,\n}\n");
    }
}
