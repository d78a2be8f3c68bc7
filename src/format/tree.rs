//! The tree a file is turned into before printing: sections, entries and
//! comments, built from `toml_edit`'s document (whose "decor" keeps the
//! comments and blank lines around keys, values and headers), with each
//! comment attached to what it describes, and the record's tables lifted
//! into sections.

use super::*;

/// Comment lines; `None` is a blank line.
pub(super) type Comments = Vec<Option<String>>;

/// A section (`[a.b]`, `[[actions]]`) or the root, with what it holds.
#[derive(Debug, Default)]
pub(super) struct Section {
    /// Raw keys of the header.
    pub(super) path: Vec<String>,
    pub(super) array: bool,
    /// False for a table that exists only through its sub-tables.
    pub(super) header: bool,
    /// Comments above the header.
    pub(super) before: Vec<String>,
    /// Comment at the end of the header line.
    pub(super) trailing: Option<String>,
    pub(super) entries: Vec<Entry>,
    /// Comments closing the section.
    pub(super) end: Comments,
    pub(super) children: Vec<Section>,
    /// Position in the source of a section with a header.
    pub(super) pos: Option<isize>,
    /// For the root: the comments at the top of the file.
    pub(super) top: Comments,
}

/// `key = value` (keys dotted when the source dotted them).
#[derive(Debug)]
pub(super) struct Entry {
    pub(super) before: Comments,
    pub(super) keys: Vec<String>,
    pub(super) value: Node,
    /// The first is written at the end of the line, the others below it.
    pub(super) trailing: Vec<String>,
}

/// A value, with the comments inside arrays and inline tables.
#[derive(Debug)]
pub(super) enum Node {
    Scalar(String),
    Array(Vec<Element>, Vec<String>),
    Inline(Vec<Entry>, Vec<String>),
}

#[derive(Debug)]
pub(super) struct Element {
    pub(super) before: Vec<String>,
    pub(super) value: Node,
    pub(super) trailing: Vec<String>,
}

/// The comments of a decor string: one at the end of the line where the
/// string starts (when it starts after code), then full lines.
pub(super) struct Gap {
    pub(super) same_line: Option<String>,
    pub(super) lines: Comments,
}

pub(super) fn comment_of(segment: &str) -> Option<String> {
    segment.find('#').map(|i| segment[i..].trim_end().to_string())
}

/// Reads a decor string. `mid_line`: it starts after code on a line
/// (after a value, a comma, a bracket); otherwise at the start of a line.
pub(super) fn gap(raw: Option<&RawString>, mid_line: bool) -> Gap {
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
pub(super) fn all_comments(raw: Option<&RawString>) -> Vec<String> {
    let g = gap(raw, true);
    g.same_line.into_iter().chain(g.lines.into_iter().flatten()).collect()
}

/// Comments in the decor of a key other than the line's prefix (none in
/// valid TOML; kept in case).
pub(super) fn key_extra(key: Option<&Key>) -> Vec<String> {
    let Some(key) = key else { return Vec::new() };
    let mut out = all_comments(key.leaf_decor().suffix());
    out.extend(all_comments(key.dotted_decor().prefix()));
    out.extend(all_comments(key.dotted_decor().suffix()));
    out
}

/// Splits comment lines at the last blank line: (before it, after it).
pub(super) fn split_at_blank(lines: Comments) -> (Comments, Comments) {
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
pub(super) enum Target {
    Root,
    Pos(isize),
}

pub(super) struct Builder {
    /// Positions of the sections with a header, ascending.
    pub(super) positions: Vec<isize>,
    pub(super) moves: Vec<(Target, Comments)>,
}

pub(super) fn collect_positions(t: &Table, out: &mut Vec<isize>) {
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
    pub(super) fn build(doc: &DocumentMut) -> Section {
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
        apply_moves(&mut root, std::mem::take(&mut b.moves));
        root
    }

    /// Collects the entries and sub-sections of table `t` (at `path`) into
    /// `section`; `keys` prefixes the keys of a dotted table's entries.
    pub(super) fn body(
        &mut self,
        t: &Table,
        path: &[String],
        keys: &[String],
        section: &mut Section,
        pending: &mut Vec<String>,
    ) {
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

    pub(super) fn section(&mut self, t: &Table, path: Vec<String>, array: bool, key: Option<&Key>) -> Section {
        let header = array || !t.is_implicit();
        let prefix = gap(t.decor().prefix(), false).lines;
        let before = match t.position().filter(|_| header) {
            Some(pos) => {
                // Comments above a blank line close the section above.
                let (moved, before) = split_at_blank(prefix);
                // The last section with a header before this one (a
                // binary search: a record may have 40,000 sections).
                let target = match self.positions.partition_point(|p| *p < pos) {
                    0 => Target::Root,
                    i => Target::Pos(self.positions[i - 1]),
                };
                if !moved.is_empty() {
                    self.moves.push((target, moved));
                }
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

    pub(super) fn value(&mut self, v: &Value) -> Node {
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

    pub(super) fn inline(
        &mut self,
        t: &InlineTable,
        keys: &[String],
        entries: &mut Vec<Entry>,
        pending: &mut Vec<String>,
    ) {
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

    pub(super) fn array(&mut self, a: &Array) -> Node {
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
pub(super) fn lift_record_tables(root: &mut Section) {
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

/// Gives each section the comments that close it (`moves`, in the order
/// they were found): one walk of the tree, whatever the number of
/// sections (looking each target up from the root made `fmt` quadratic).
pub(super) fn apply_moves(root: &mut Section, moves: Vec<(Target, Comments)>) {
    if moves.is_empty() {
        return;
    }
    let mut by_target: std::collections::HashMap<Target, Vec<Comments>> = std::collections::HashMap::new();
    for (target, lines) in moves {
        by_target.entry(target).or_default().push(lines);
    }
    fn walk(s: &mut Section, by_target: &mut std::collections::HashMap<Target, Vec<Comments>>) {
        if let Some(pos) = s.pos {
            for lines in by_target.remove(&Target::Pos(pos)).into_iter().flatten() {
                s.end.extend(lines);
            }
        }
        for c in &mut s.children {
            walk(c, by_target);
        }
    }
    for lines in by_target.remove(&Target::Root).into_iter().flatten() {
        root.end.extend(lines);
    }
    for c in &mut root.children {
        walk(c, &mut by_target);
    }
    // No such section (cannot happen): keep the comments at the end.
    let mut left: Vec<(Target, Vec<Comments>)> = by_target.into_iter().collect();
    left.sort_by_key(|(t, _)| match t {
        Target::Root => -1,
        Target::Pos(p) => *p,
    });
    for (_, all) in left {
        for lines in all {
            root.end.extend(lines);
        }
    }
}
