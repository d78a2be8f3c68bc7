//! Printing the tree in the canonical layout: values in their plain form,
//! keys in the documentation's order, arrays folded at [`MAX_WIDTH`],
//! trailing comments aligned.

use super::*;

/// A scalar in its canonical form.
pub(super) fn scalar(v: &Value) -> String {
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
pub(crate) fn string(s: &str) -> String {
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
pub(crate) fn key(k: &str) -> String {
    Key::new(k).display_repr().to_string()
}

pub(super) fn dotted(keys: &[String]) -> String {
    keys.iter().map(|k| key(k)).collect::<Vec<_>>().join(".")
}

#[derive(Debug)]
pub(super) enum Line {
    Blank,
    Comment(usize, String),
    Code(usize, String, Option<String>),
}

pub(super) fn push_comments(lines: &mut Vec<Line>, indent: usize, comments: &Comments) {
    for c in comments {
        match c {
            Some(c) => lines.push(Line::Comment(indent, c.clone())),
            None => lines.push(Line::Blank),
        }
    }
}

/// Comment lines without their blank lines at both ends, runs of blank
/// lines folded into one.
pub(super) fn tidy(comments: &Comments) -> Comments {
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

pub(super) fn render_root(root: &Section, layout: &Layout, lines: &mut Vec<Line>) {
    let top = tidy(&root.top);
    if !top.is_empty() {
        push_comments(lines, 0, &top);
        lines.push(Line::Blank);
    }
    render_body(root, layout, lines);
}

pub(super) fn render_body(s: &Section, layout: &Layout, lines: &mut Vec<Line>) {
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

pub(super) fn render_section(s: &Section, layout: &Layout, lines: &mut Vec<Line>) {
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
pub(super) fn has_comments(v: &Node) -> bool {
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

pub(super) fn width(indent: usize, s: &str) -> usize {
    indent + UnicodeWidthStr::width(s)
}

/// Writes `key = value` (or a bare array element when `key` is empty) at
/// `indent`, followed by `suffix` (a comma inside arrays).
pub(super) fn render_entry(
    e: &Entry,
    logical: &[String],
    layout: &Layout,
    indent: usize,
    suffix: &str,
    lines: &mut Vec<Line>,
) {
    for c in e.before.iter().flatten() {
        lines.push(Line::Comment(indent, c.clone()));
    }
    let prefix = format!("{} = ", dotted(&e.keys));
    let path: Vec<String> = [logical, &e.keys].concat();
    render_value(&e.value, &path, layout, indent, &prefix, suffix, &e.trailing, lines);
}

#[allow(clippy::too_many_arguments)]
pub(super) fn render_value(
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
pub(super) fn inline_text(v: &Node, path: &[String], layout: &Layout) -> String {
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
pub(super) fn finish(lines: Vec<Line>) -> String {
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
