//! Printing the diagnostics of a run: `human`, `json` or `github`.
//!
//! Reporters receive the diagnostics sorted and final (severities applied,
//! exceptions removed). They resolve byte spans to line and column here, at
//! the last moment, reading again each file that has something to show —
//! once per file, since diagnostics come grouped by file.

pub mod github;
pub mod human;
pub mod json;

use std::io::{self, Write};
use std::path::Path;

use crate::diagnostic::{Diagnostic, LineIndex, Position, Severity};
use crate::load::{SkipReason, Skipped};
use crate::messages::{plural, ui, Lang};

/// The output format of `validate`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Compiler-style messages with the source line and a caret.
    Human,
    /// One JSON document, for programs.
    Json,
    /// GitHub Actions annotations (`::error file=...`).
    Github,
}

/// What a reporter prints.
pub struct Report<'a> {
    pub diagnostics: &'a [Diagnostic],
    pub skipped: &'a [Skipped],
    /// Number of record files read.
    pub files: usize,
    pub lang: Lang,
}

impl Report<'_> {
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == severity).count()
    }

    /// The one-line summary: « 3 fiches vérifiées : 1 erreur, 2 avertissements ».
    pub fn summary(&self) -> String {
        let lang = self.lang;
        let (e, w) = (self.count(Severity::Error), self.count(Severity::Warning));
        crate::messages::fill(
            ui::SUMMARY.get(lang),
            &[
                ("fiches", self.files.to_string()),
                (
                    "fiches_mot",
                    plural(lang, self.files, &ui::RECORD_ONE, &ui::RECORD_MANY).to_string(),
                ),
                ("erreurs", e.to_string()),
                (
                    "erreurs_mot",
                    plural(lang, e, &ui::ERROR_ONE, &ui::ERROR_MANY).to_string(),
                ),
                ("avertissements", w.to_string()),
                (
                    "avertissements_mot",
                    plural(lang, w, &ui::WARNING_ONE, &ui::WARNING_MANY).to_string(),
                ),
            ],
        )
    }
}

/// The note text for a skipped file.
pub fn skip_reason(reason: SkipReason, lang: Lang) -> &'static str {
    match reason {
        SkipReason::Hidden => ui::SKIP_HIDDEN.get(lang),
        SkipReason::NotToml => ui::SKIP_NOT_TOML.get(lang),
        SkipReason::LinkOutside => ui::SKIP_LINK_OUTSIDE.get(lang),
        SkipReason::LinkToDirectory => ui::SKIP_LINK_DIR.get(lang),
    }
}

/// A diagnostic with its resolved positions.
pub struct Located<'a> {
    pub diag: &'a Diagnostic,
    pub start: Position,
    pub end: Position,
    /// The source line of `start`, when the file could be read again.
    pub line: Option<&'a str>,
}

/// Calls `f` for each diagnostic, in order, with its positions resolved.
/// A file that can no longer be read gives positions 1:1 and no line.
pub fn each_located(diags: &[Diagnostic], mut f: impl FnMut(Located<'_>) -> io::Result<()>) -> io::Result<()> {
    let mut i = 0;
    while i < diags.len() {
        let file = &diags[i].file;
        let n = diags[i..].iter().take_while(|d| same_file(&d.file, file)).count();
        let text = read_lossy(file);
        let index = text.as_deref().map(LineIndex::new);
        for d in &diags[i..i + n] {
            let located = match &index {
                Some(idx) => {
                    let start = idx.position(d.span.start);
                    Located {
                        diag: d,
                        start,
                        end: idx.position(d.span.end),
                        line: Some(idx.line_text(start.line)),
                    }
                }
                None => Located {
                    diag: d,
                    start: Position { line: 1, column: 1 },
                    end: Position { line: 1, column: 1 },
                    line: None,
                },
            };
            f(located)?;
        }
        i += n;
    }
    Ok(())
}

fn same_file(a: &std::sync::Arc<std::path::PathBuf>, b: &std::sync::Arc<std::path::PathBuf>) -> bool {
    std::sync::Arc::ptr_eq(a, b) || a == b
}

fn read_lossy(path: &Path) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    Some(match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}

/// Writes the report in `format`; the summary goes to `err`.
pub fn write(
    format: Format,
    report: &Report<'_>,
    out: &mut dyn Write,
    err: &mut dyn Write,
    color: bool,
) -> io::Result<()> {
    match format {
        Format::Human => human::write(report, out, err, color),
        Format::Json => json::write(report, out, err),
        Format::Github => github::write(report, out, err),
    }
}
