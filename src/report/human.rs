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

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};
use unicode_width::UnicodeWidthStr;

use super::{each_located, skip_reason, Located, Report};
use crate::diagnostic::{Diagnostic, Severity, Span};
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

pub fn write(report: &Report<'_>, out: &mut dyn Write, err: &mut dyn Write, color: bool) -> io::Result<()> {
    let lang = report.lang;
    let st = Styles::new(color);
    for s in report.skipped {
        writeln!(
            err,
            "{}: {}: {}",
            ui::NOTE_LABEL.get(lang),
            s.path.display(),
            skip_reason(s.reason, lang)
        )?;
    }
    each_located(report.diagnostics, |l| write_one(out, &l, lang, &st))?;
    writeln!(err, "{}", report.summary())
}

/// Writes diagnostics alone, without notes or summary (for the commands
/// that report file problems on the way: `fmt`, `new`).
pub fn write_diagnostics(diags: &[Diagnostic], lang: Lang, out: &mut dyn Write, color: bool) -> io::Result<()> {
    let st = Styles::new(color);
    each_located(diags, |l| write_one(out, &l, lang, &st))
}

fn write_one(out: &mut dyn Write, l: &Located<'_>, lang: Lang, st: &Styles) -> io::Result<()> {
    let d = l.diag;
    let sev = st.severity(d.severity);
    writeln!(
        out,
        "{b}{}:{}:{}:{b:#} {sev}{}[{}]{sev:#}{b}: {}{b:#}",
        d.file.display(),
        l.start.line,
        l.start.column,
        d.severity.label(lang),
        d.rule,
        d.message.render(lang),
        b = st.bold,
    )?;
    let number = l.start.line.to_string();
    let pad = " ".repeat(number.len());
    let g = st.gutter;
    let whole_file = d.span == Span::FILE;
    if let (Some(line), false) = (l.line, whole_file) {
        let shown = line.replace('\t', TAB);
        let prefix: String = line
            .chars()
            .take(l.start.column - 1)
            .collect::<String>()
            .replace('\t', TAB);
        let indent = UnicodeWidthStr::width(prefix.as_str());
        let marked_chars = if l.end.line == l.start.line {
            l.end.column.saturating_sub(l.start.column)
        } else {
            line.chars().count().saturating_sub(l.start.column - 1)
        };
        let marked: String = line
            .chars()
            .skip(l.start.column - 1)
            .take(marked_chars)
            .collect::<String>()
            .replace('\t', TAB);
        let width = UnicodeWidthStr::width(marked.as_str()).max(1);
        writeln!(out, "{g}{pad} |{g:#}")?;
        writeln!(out, "{g}{number} |{g:#} {shown}")?;
        writeln!(
            out,
            "{g}{pad} |{g:#} {}{sev}{}{sev:#}",
            " ".repeat(indent),
            "^".repeat(width)
        )?;
    }
    if let Some(help) = &d.help {
        let label = ui::HELP_LABEL.get(lang);
        let colon = if lang == Lang::Fr { " :" } else { ":" };
        let mut lines = help.render(lang);
        // Multi-line examples are indented under the help line.
        lines = lines.replace('\n', &format!("\n{pad}     "));
        writeln!(out, "{g}{pad} ={g:#} {b}{label}{colon}{b:#} {lines}", b = st.bold)?;
    }
    writeln!(out)
}
