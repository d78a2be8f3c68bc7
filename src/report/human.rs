//! Compiler-style output for people:
//!
//! ```text
//! data/lab01.toml:3:1: erreur[unknown-key]: clé inconnue « nmo »
//!   |
//! 3 | nmo = "LAB01"
//!   | ^^^
//!   = aide : vouliez-vous dire « nom » ?
//! ```
//!
//! Columns count characters; the caret is placed by display width so that
//! it stays under the right character after accents and wide characters.
//! The compact layout (`import`) has no blank line between diagnostics.
//! Written with plain appends, not `write!`: `validate` renders hundreds of
//! thousands of these on large registers.

use std::fmt::Write as _;
use std::sync::LazyLock;

use anstyle::{AnsiColor, Style};
use unicode_width::UnicodeWidthStr;

use super::{At, Note, Renderer};
use crate::diagnostic::{Diagnostic, Severity};
use crate::messages::ui;

const TAB: &str = "    ";

/// The escape sequences of each style, on and off (empty without colour).
struct Palette {
    error: (String, String),
    warning: (String, String),
    bold: (String, String),
    gutter: (String, String),
}

fn codes(style: Style) -> (String, String) {
    (style.render().to_string(), style.render_reset().to_string())
}

static COLOURS: LazyLock<Palette> = LazyLock::new(|| Palette {
    error: codes(Style::new().fg_color(Some(AnsiColor::Red.into())).bold()),
    warning: codes(Style::new().fg_color(Some(AnsiColor::Yellow.into())).bold()),
    bold: codes(Style::new().bold()),
    gutter: codes(Style::new().fg_color(Some(AnsiColor::Blue.into())).bold()),
});

static PLAIN: LazyLock<Palette> = LazyLock::new(|| Palette {
    error: Default::default(),
    warning: Default::default(),
    bold: Default::default(),
    gutter: Default::default(),
});

/// Appends `text` with its tabs widened.
fn push_untabbed(s: &mut String, text: &str) {
    if text.contains('\t') {
        s.push_str(&text.replace('\t', TAB));
    } else {
        s.push_str(text);
    }
}

/// The display width of `text` once its tabs are widened.
fn width(text: &str) -> usize {
    if text.contains('\t') {
        UnicodeWidthStr::width(text.replace('\t', TAB).as_str())
    } else {
        UnicodeWidthStr::width(text)
    }
}

/// The byte offset of character `n` of `line` (its length past the end).
fn char_offset(line: &str, n: usize) -> usize {
    line.char_indices().nth(n).map_or(line.len(), |(i, _)| i)
}

/// Writes one diagnostic.
pub(super) fn diagnostic(buf: &mut Vec<u8>, at: &At<'_>, d: &Diagnostic, notes: &[Note<'_>], r: &Renderer) {
    let lang = r.lang;
    let p: &Palette = if r.color { &COLOURS } else { &PLAIN };
    let sev = match d.severity {
        Severity::Error => &p.error,
        _ => &p.warning,
    };
    let (b, g) = (&p.bold, &p.gutter);
    let mut s = String::with_capacity(256);
    s.push_str(&b.0);
    s.push_str(at.file);
    if let Some((start, _)) = at.pos {
        let _ = write!(s, ":{}:{}", start.line, start.column);
    }
    s.push(':');
    s.push_str(&b.1);
    s.push(' ');
    s.push_str(&sev.0);
    s.push_str(d.severity.label(lang));
    s.push('[');
    s.push_str(d.rule.name());
    s.push(']');
    s.push_str(&sev.1);
    s.push_str(&b.0);
    s.push_str(crate::messages::before_colon(lang));
    s.push_str(": ");
    d.message.render_into(lang, &mut s);
    s.push_str(&b.1);
    s.push('\n');
    let number = at.pos.map_or(1, |(start, _)| start.line).to_string();
    let pad = " ".repeat(number.len());
    if let (Some(line), Some((start, end))) = (at.line, at.pos) {
        let from = char_offset(line, start.column - 1);
        let to = if end.line == start.line {
            from + char_offset(&line[from..], end.column.saturating_sub(start.column))
        } else {
            line.len()
        };
        let gutter = |s: &mut String, text: &str| {
            s.push_str(&g.0);
            s.push_str(text);
            s.push_str(" |");
            s.push_str(&g.1);
        };
        gutter(&mut s, &pad);
        s.push('\n');
        gutter(&mut s, &number);
        s.push(' ');
        push_untabbed(&mut s, line);
        s.push('\n');
        gutter(&mut s, &pad);
        s.push(' ');
        s.push_str(&" ".repeat(width(&line[..from])));
        s.push_str(&sev.0);
        s.push_str(&"^".repeat(width(&line[from..to]).max(1)));
        s.push_str(&sev.1);
        s.push('\n');
    }
    let colon = crate::messages::before_colon(lang);
    let equals = |s: &mut String, label: &str| {
        s.push_str(&g.0);
        s.push_str(&pad);
        s.push_str(" =");
        s.push_str(&g.1);
        s.push(' ');
        s.push_str(&b.0);
        s.push_str(label);
        s.push_str(colon);
        s.push(':');
        s.push_str(&b.1);
        s.push(' ');
    };
    for (label, value) in notes {
        equals(&mut s, label.get(lang));
        s.push_str(&crate::messages::quoted_list(lang, &[value]));
        s.push('\n');
    }
    if let Some(help) = &d.help {
        equals(&mut s, ui::HELP_LABEL.get(lang));
        let from = s.len();
        help.render_into(lang, &mut s);
        // Multi-line examples are indented under the help line.
        if s[from..].contains('\n') {
            let indented = s[from..].replace('\n', &format!("\n{pad}     "));
            s.truncate(from);
            s.push_str(&indented);
        }
        s.push('\n');
    }
    if !r.compact {
        s.push('\n');
    }
    buf.extend_from_slice(s.as_bytes());
}
