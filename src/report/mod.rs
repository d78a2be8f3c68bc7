//! Printing diagnostics: the one renderer, in four formats (`human`,
//! `json`, `jsonl`, `github`).
//!
//! A [`Renderer`] turns one diagnostic, with where it is ([`At`]), into
//! bytes; [`Renderer::file`] does a whole file's diagnostics while its
//! text is in memory, resolving byte spans to line and column there and
//! then — on the worker thread that checked the file, for `validate` — so
//! nothing is read twice and nothing waits for the end. [`Report`] puts the
//! rendered chunks of a run together on the output, in order, between the
//! format's opening (notes about skipped files, the JSON document's head)
//! and its closing (counts, the summary line on standard error).
//!
//! Every command that shows diagnostics (`validate`, `fmt`, `new`,
//! `import`) goes through here; `import` uses the compact human layout,
//! with the sheet's line instead of the file's and a note naming the
//! column.

mod github;
mod human;
mod json;

use std::io::{self, Write};

use crate::diagnostic::{Diagnostic, LineIndex, Place, Position, SkipReason, Skipped, Span, Special};
use crate::messages::{plural, ui, Lang, Text};

/// The output format of `validate`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Format {
    // Compiler-style messages with the source line and a caret.
    Human,
    // One JSON document, for programs (streamed: counts at the end).
    Json,
    // One JSON object per line, one line per diagnostic.
    Jsonl,
    // GitHub Actions annotations (`::error file=...`).
    Github,
}

/// Where a diagnostic is shown.
#[derive(Clone, Copy, Debug)]
pub(crate) struct At<'a> {
    /// The file, as shown to the user (or `sheet.csv:7` for `import`).
    pub file: &'a str,
    /// Start and end (exclusive); `None` shows the file alone.
    pub pos: Option<(Position, Position)>,
    /// The source line of the start, for the snippet (`None`: no snippet,
    /// as for a problem with the whole file).
    pub line: Option<&'a str>,
}

impl<'a> At<'a> {
    /// A place kept from a file's text.
    pub fn place(file: &'a str, place: &'a Place) -> At<'a> {
        At {
            file,
            pos: Some((place.start, place.end)),
            line: Some(&place.line),
        }
    }
}

/// A line under a diagnostic that says more (`= colonne : « Ville »`).
pub(crate) type Note<'a> = (&'static Text, &'a str);

/// Renders diagnostics in one format and language.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Renderer {
    pub format: Format,
    pub lang: Lang,
    pub color: bool,
    /// Human layout without a blank line between diagnostics.
    pub compact: bool,
}

impl Renderer {
    pub fn new(format: Format, lang: Lang, color: bool) -> Renderer {
        Renderer {
            format,
            lang,
            color,
            compact: false,
        }
    }

    /// Renders one diagnostic into `buf`.
    pub fn diagnostic(&self, buf: &mut Vec<u8>, at: &At<'_>, d: &Diagnostic, notes: &[Note<'_>]) {
        match self.format {
            Format::Human => human::diagnostic(buf, at, d, notes, self),
            Format::Json => json::item(buf, at, d, self.lang, true),
            Format::Jsonl => json::item(buf, at, d, self.lang, false),
            Format::Github => github::diagnostic(buf, at, d, self.lang),
        }
    }

    /// Renders the diagnostics of one file (`text`: its content, when it
    /// could be read; positions are then 1:1 and there is no snippet).
    pub fn file(&self, buf: &mut Vec<u8>, file: &str, text: Option<&str>, diags: &[Diagnostic]) {
        if diags.is_empty() {
            return;
        }
        let limit = diags.iter().map(|d| d.span.end as usize).max().unwrap_or(0);
        let index = text.map(|t| LineIndex::upto(t, limit));
        for d in diags {
            let at = match &index {
                Some(idx) => {
                    let start = idx.position(d.span.start);
                    At {
                        file,
                        pos: Some((start, idx.position(d.span.end))),
                        line: (d.span != Span::FILE).then(|| idx.line_text(start.line)),
                    }
                }
                None => At {
                    file,
                    pos: Some((Position { line: 1, column: 1 }, Position { line: 1, column: 1 })),
                    line: None,
                },
            };
            self.diagnostic(buf, &at, d, &[]);
        }
    }
}

/// A run's report: its rendered chunks written in order, between the
/// format's opening and closing.
pub(crate) struct Report<'w> {
    renderer: Renderer,
    out: &'w mut dyn Write,
    /// Whether a diagnostic was written (JSON separates items).
    any: bool,
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
}

impl<'w> Report<'w> {
    /// Starts the report: notes about the files passed over, and the
    /// head of the JSON document.
    pub fn start(
        renderer: Renderer,
        out: &'w mut dyn Write,
        err: &mut dyn Write,
        skipped: &[Skipped],
    ) -> io::Result<Report<'w>> {
        let lang = renderer.lang;
        match renderer.format {
            Format::Human | Format::Jsonl => {
                for s in skipped {
                    let colon = crate::messages::before_colon(lang);
                    writeln!(
                        err,
                        "{}{colon}: {}{colon}: {}",
                        ui::NOTE_LABEL.get(lang),
                        s.path.display(),
                        skip_reason(s.reason, lang)
                    )?;
                }
            }
            Format::Github => github::notices(out, skipped, lang)?,
            Format::Json => json::head(out, skipped)?,
        }
        Ok(Report {
            renderer,
            out,
            any: false,
            files: 0,
            errors: 0,
            warnings: 0,
        })
    }

    /// Writes a chunk the renderer made: one file's diagnostics, or
    /// several files' one after the other (a JSON chunk starts with the
    /// comma that separates it from the previous one).
    pub fn write(&mut self, chunk: &[u8]) -> io::Result<()> {
        if chunk.is_empty() {
            return Ok(());
        }
        let chunk = match (self.renderer.format, self.any) {
            (Format::Json, false) => chunk.strip_prefix(b",").unwrap_or(chunk),
            _ => chunk,
        };
        self.any = true;
        self.out.write_all(chunk)
    }

    /// Closes the report: the JSON document's counts, and the summary on
    /// `err`.
    pub fn finish(self, err: &mut dyn Write) -> io::Result<()> {
        if self.renderer.format == Format::Json {
            json::tail(self.out, self.any, self.files, self.errors, self.warnings)?;
        }
        self.out.flush()?;
        writeln!(
            err,
            "{}",
            summary(self.renderer.lang, self.files, self.errors, self.warnings)
        )
    }
}

/// The one-line summary: « 3 fiches vérifiées : 1 erreur, 2 avertissements ».
pub(crate) fn summary(lang: Lang, files: usize, errors: usize, warnings: usize) -> String {
    crate::messages::fill(
        ui::SUMMARY.get(lang),
        &[
            ("fiches", files.to_string()),
            (
                "fiches_mot",
                plural(lang, files, &ui::RECORD_ONE, &ui::RECORD_MANY).to_string(),
            ),
            ("erreurs", errors.to_string()),
            (
                "erreurs_mot",
                plural(lang, errors, &ui::ERROR_ONE, &ui::ERROR_MANY).to_string(),
            ),
            ("avertissements", warnings.to_string()),
            (
                "avertissements_mot",
                plural(lang, warnings, &ui::WARNING_ONE, &ui::WARNING_MANY).to_string(),
            ),
        ],
    )
}

/// The note text for a skipped file.
fn skip_reason(reason: SkipReason, lang: Lang) -> &'static str {
    match reason {
        SkipReason::Hidden => ui::SKIP_HIDDEN.get(lang),
        SkipReason::NotToml => ui::SKIP_NOT_TOML.get(lang),
        SkipReason::LinkOutside => ui::SKIP_LINK_OUTSIDE.get(lang),
        SkipReason::LinkToDirectory => ui::SKIP_LINK_DIR.get(lang),
        SkipReason::NotRegular(Special::Fifo) => ui::SKIP_FIFO.get(lang),
        SkipReason::NotRegular(Special::Socket) => ui::SKIP_SOCKET.get(lang),
        SkipReason::NotRegular(Special::Device) => ui::SKIP_DEVICE.get(lang),
        SkipReason::NotRegular(Special::Other) => ui::SKIP_NOT_A_FILE.get(lang),
    }
}
