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

use std::io::Write;

use anstyle::{AnsiColor, Style};
use unicode_width::UnicodeWidthStr;

use super::{At, Note, Renderer};
use crate::diagnostic::{Diagnostic, Severity};
use crate::messages::{ui, Lang};

const TAB: &str = "    ";

struct Styles {
    error: Style,
    warning: Style,
    bold: Style,
    gutter: Style,
}

impl Styles {
    fn new(color: bool) -> Styles {
        if !color {
            return Styles {
                error: Style::new(),
                warning: Style::new(),
                bold: Style::new(),
                gutter: Style::new(),
            };
        }
        Styles {
            error: Style::new().fg_color(Some(AnsiColor::Red.into())).bold(),
            warning: Style::new().fg_color(Some(AnsiColor::Yellow.into())).bold(),
            bold: Style::new().bold(),
            gutter: Style::new().fg_color(Some(AnsiColor::Blue.into())).bold(),
        }
    }

    fn severity(&self, s: Severity) -> Style {
        match s {
            Severity::Error => self.error,
            _ => self.warning,
        }
    }
}

/// Writes one diagnostic. Writing to a `Vec` cannot fail.
pub(super) fn diagnostic(buf: &mut Vec<u8>, at: &At<'_>, d: &Diagnostic, notes: &[Note<'_>], r: &Renderer) {
    let lang = r.lang;
    let st = Styles::new(r.color);
    let sev = st.severity(d.severity);
    let b = st.bold;
    let mut message = String::new();
    d.message.render_into(lang, &mut message);
    let _ = write!(buf, "{b}{}", at.file);
    if let Some((start, _)) = at.pos {
        let _ = write!(buf, ":{}:{}", start.line, start.column);
    }
    let _ = writeln!(
        buf,
        ":{b:#} {sev}{}[{}]{sev:#}{b}: {message}{b:#}",
        d.severity.label(lang),
        d.rule.name(),
    );
    let number = at.pos.map_or(1, |(start, _)| start.line).to_string();
    let pad = " ".repeat(number.len());
    let g = st.gutter;
    if let (Some(line), Some((start, end))) = (at.line, at.pos) {
        let shown = line.replace('\t', TAB);
        let prefix: String = line
            .chars()
            .take(start.column - 1)
            .collect::<String>()
            .replace('\t', TAB);
        let indent = UnicodeWidthStr::width(prefix.as_str());
        let marked_chars = if end.line == start.line {
            end.column.saturating_sub(start.column)
        } else {
            line.chars().count().saturating_sub(start.column - 1)
        };
        let marked: String = line
            .chars()
            .skip(start.column - 1)
            .take(marked_chars)
            .collect::<String>()
            .replace('\t', TAB);
        let width = UnicodeWidthStr::width(marked.as_str()).max(1);
        let _ = writeln!(buf, "{g}{pad} |{g:#}");
        let _ = writeln!(buf, "{g}{number} |{g:#} {shown}");
        let _ = writeln!(
            buf,
            "{g}{pad} |{g:#} {}{sev}{}{sev:#}",
            " ".repeat(indent),
            "^".repeat(width)
        );
    }
    let colon = if lang == Lang::Fr { " :" } else { ":" };
    for (label, value) in notes {
        let value = crate::messages::quoted_list(lang, &[value]);
        let _ = writeln!(buf, "{g}{pad} ={g:#} {b}{}{colon}{b:#} {value}", label.get(lang));
    }
    if let Some(help) = &d.help {
        let label = ui::HELP_LABEL.get(lang);
        // Multi-line examples are indented under the help line.
        let lines = help.render(lang).replace('\n', &format!("\n{pad}     "));
        let _ = writeln!(buf, "{g}{pad} ={g:#} {b}{label}{colon}{b:#} {lines}");
    }
    if !r.compact {
        buf.push(b'\n');
    }
}
