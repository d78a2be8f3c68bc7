//! `fabriques fmt`: rewrite records in the canonical layout (`format`).
//!
//! Shape: the files (all of `data/`, or those named) → read → format →
//! compare → write the changed ones atomically, or with `--check` only
//! list them (exit 1, for a register's CI, as `cargo fmt --check` does).
//! A file that is not valid TOML is reported as `validate` reports it
//! (`toml-syntax`, with its line and column) and left untouched; so is a
//! file the formatter cannot vouch for (see `format`'s safety checks).
//! Exit codes: 0 done (or nothing to do), 1 a file could not be formatted
//! or `--check` found files to format, 2 the tool failed.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{bail, Context, Result};

use crate::atomic::Batch;
use crate::config::Config;
use crate::context::Context as RunContext;
use crate::diagnostic::sort_and_dedup;
use crate::format::{self, FormatError, Layout};
use crate::load;
use crate::messages::{fill, plural, ui, Lang, Text};
use crate::parallel;
use crate::report::{Format, Renderer};
use crate::rules::{file_unreadable, toml_syntax, Sink};

/// The arguments of `fmt`.
#[derive(Debug, clap::Args)]
pub(crate) struct FmtArgs {
    #[arg(long)]
    pub check: bool,
    #[arg(value_name = "FICHIER")]
    pub files: Vec<PathBuf>,
}

/// What became of one file.
enum Outcome {
    Unchanged,
    /// The canonical text, different from the file's.
    Changed(String),
    /// Reported as diagnostics.
    Unreadable,
    /// The formatter refused; the message says why.
    Unsafe(String),
}

/// The files to format: those named (a folder stands for its records), or
/// the register's.
fn files(config: &Config, named: &[PathBuf]) -> Result<Vec<(PathBuf, Arc<PathBuf>)>> {
    let cwd = config.cwd.as_deref();
    if named.is_empty() {
        return Ok(load::discover(&config.data_dir, cwd, config.lang)?.files);
    }
    let mut out = Vec::new();
    for path in named {
        let at = config.resolve_path(path);
        // `symlink_metadata`: a dangling link exists, and is reported.
        if std::fs::symlink_metadata(&at).is_err() {
            bail!(fill(
                ui::FMT_NOT_FOUND.get(config.lang),
                &[("fichier", path.display().to_string())]
            ));
        }
        refuse_non_record(config, path, &at)?;
        if at.is_dir() {
            out.extend(load::discover(path, cwd, config.lang)?.files);
        } else {
            // Not a regular file (a pipe): `format_file` says so, unread.
            out.push((at, Arc::new(load::display_path(path, cwd))));
        }
    }
    Ok(out)
}

/// Refuses a named file that is not a record: the settings
/// (`fabriques.toml`, which is not in the record format) or anything
/// outside the records' folder. Formatting it as a record would reorder
/// and rewrite a file the tool does not know.
fn refuse_non_record(config: &Config, typed: &Path, at: &Path) -> Result<()> {
    let lang = config.lang;
    let shown = || crate::terminal::escape(&typed.display().to_string()).into_owned();
    let canonical = at.canonicalize().unwrap_or_else(|_| at.to_path_buf());
    let is_settings = at.file_name().is_some_and(|n| n == crate::config::SETTINGS_FILE)
        || config
            .settings
            .path
            .as_deref()
            .and_then(|p| config.resolve_path(p).canonicalize().ok())
            .is_some_and(|p| p == canonical);
    if is_settings {
        bail!(fill(ui::FMT_SETTINGS.get(lang), &[("fichier", shown())]));
    }
    let data = config.resolve_path(&config.data_dir);
    let inside = data.canonicalize().is_ok_and(|d| canonical.starts_with(d));
    if !inside {
        bail!(fill(
            ui::FMT_OUTSIDE.get(lang),
            &[
                ("fichier", shown()),
                (
                    "dossier",
                    load::display_path(&config.data_dir, config.cwd.as_deref())
                        .display()
                        .to_string()
                )
            ]
        ));
    }
    Ok(())
}

/// Formats one file's text, reporting a syntax error into `sink`; returns
/// the text read too (for showing where the error is).
fn format_file(path: &Path, layout: &Layout, sink: &mut Sink, lang: Lang) -> (Outcome, Option<String>) {
    let bytes = match load::read(path, lang) {
        Ok(b) => b,
        Err(e) => {
            file_unreadable::report_io(sink, &e);
            return (Outcome::Unreadable, None);
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            file_unreadable::report_encoding(sink, e.utf8_error().valid_up_to());
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            return (Outcome::Unreadable, Some(text));
        }
    };
    // As the loader does: a byte order mark becomes spaces, so that the
    // positions of a syntax error are those of the file.
    let blanked = match text.strip_prefix('\u{feff}') {
        Some(rest) => format!("   {rest}"),
        None => text.clone(),
    };
    if toml_syntax::check_raw(sink, &blanked) {
        return (Outcome::Unreadable, Some(blanked));
    }
    let outcome = match format::format(&blanked, layout) {
        Ok(out) if out == text => Outcome::Unchanged,
        Ok(out) => Outcome::Changed(out),
        Err(FormatError::Syntax(e)) => {
            toml_syntax::report(sink, &e);
            Outcome::Unreadable
        }
        Err(other) => Outcome::Unsafe(other.reason(lang)),
    };
    (outcome, Some(blanked))
}

fn write_failed(lang: Lang, shown: &Path) -> String {
    fill(
        ui::WRITE_FILE_FAILED.get(lang),
        &[("fichier", shown.display().to_string())],
    )
}

fn count(lang: Lang, n: usize, one: &'static Text, many: &'static Text) -> String {
    fill(plural(lang, n, one, many), &[("nombre", n.to_string())])
}

pub(crate) fn run(cx: &RunContext, args: &FmtArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8> {
    let (config, lang, color) = (&cx.config, cx.lang, cx.color);
    let layout = Layout::new(&config.settings.vocab);
    let files = files(config, &args.files)?;
    let renderer = Renderer::new(Format::Human, lang, color);
    let mut rendered = Vec::new();
    let mut changed = 0;
    let mut unchanged = 0;
    let mut unreadable = 0;
    let mut unsafe_files = Vec::new();
    let mut written = Vec::new();
    let mut batch = Batch::new();
    let mut next = 0;
    // Files are formatted on all cores; the new texts are written
    // together at the end (`atomic::Batch`).
    parallel::ordered_map(
        &files,
        |(path, shown)| {
            let mut sink = Sink::new(config.settings.severities);
            let (outcome, text) = format_file(path, &layout, &mut sink, lang);
            sort_and_dedup(&mut sink.diags);
            let mut shown_diags = Vec::new();
            renderer.file(
                &mut shown_diags,
                &shown.display().to_string(),
                text.as_deref(),
                &sink.diags,
            );
            (outcome, shown_diags)
        },
        |(outcome, shown_diags)| {
            let (path, shown) = &files[next];
            next += 1;
            rendered.extend(shown_diags);
            match outcome {
                Outcome::Unchanged => unchanged += 1,
                Outcome::Changed(text) => {
                    changed += 1;
                    if !args.check {
                        batch.replace(path, &text);
                    }
                    written.push(shown.clone());
                }
                Outcome::Unreadable => unreadable += 1,
                Outcome::Unsafe(reason) => unsafe_files.push((shown.clone(), reason)),
            }
            Ok(())
        },
    )?;
    if !args.check {
        for (outcome, shown) in batch.commit().into_iter().zip(&written) {
            outcome.with_context(|| write_failed(lang, shown))?;
        }
    }
    out.write_all(&rendered)?;
    for file in &written {
        writeln!(out, "{}", crate::terminal::escape(&file.display().to_string()))?;
    }
    for (file, reason) in &unsafe_files {
        writeln!(
            err,
            "{}",
            fill(
                ui::FMT_UNSAFE.get(lang),
                &[("fichier", file.display().to_string()), ("raison", reason.clone())]
            )
        )?;
    }
    let mut summary = Vec::new();
    if args.check {
        if changed > 0 {
            summary.push(count(lang, changed, &ui::FMT_TO_FORMAT_ONE, &ui::FMT_TO_FORMAT_MANY));
        }
    } else if changed > 0 {
        summary.push(count(lang, changed, &ui::FMT_FORMATTED_ONE, &ui::FMT_FORMATTED_MANY));
    }
    if unchanged > 0 || (changed == 0 && unreadable == 0 && unsafe_files.is_empty()) {
        summary.push(count(lang, unchanged, &ui::FMT_ALREADY_ONE, &ui::FMT_ALREADY_MANY));
    }
    let left = unreadable + unsafe_files.len();
    if left > 0 {
        summary.push(count(lang, left, &ui::FMT_LEFT_ONE, &ui::FMT_LEFT_MANY));
    }
    writeln!(err, "{}", summary.join(ui::LIST_SEPARATOR.get(lang)))?;
    out.flush()?;
    Ok(if !unsafe_files.is_empty() {
        2
    } else if unreadable > 0 || (args.check && changed > 0) {
        1
    } else {
        0
    })
}
