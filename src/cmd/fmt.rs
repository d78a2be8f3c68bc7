//! `fabriques fmt`: rewrite records in the canonical layout (`format`).
//!
//! Shape: the files (all of `data/`, or those named) → read → format →
//! compare → write the changed ones atomically, or with `--check` only
//! list them (exit 1, for a register's CI, as `cargo fmt --check` does),
//! or with `--diff` show how they would change (a unified diff, exit 1).
//! `fmt -` formats standard input onto standard output, for editors.
//! A file that is not valid TOML is reported as `validate` reports it
//! (`toml-syntax`, with its line and column) and left untouched; so is a
//! file the formatter cannot vouch for (see `format`'s safety checks).
//! Exit codes: 0 done (or nothing to do), 1 a file could not be read as
//! TOML or `--check`/`--diff` found files to format, 2 a file could not be
//! formatted safely or the tool failed.

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
use crate::messages::{fill, plural, ui, ui::checking, Lang, Text};
use crate::parallel;
use crate::report::{Format, Renderer};
use crate::rules::{file_unreadable, toml_syntax, Sink};

/// The arguments of `fmt`.
#[derive(Debug, clap::Args)]
pub(crate) struct FmtArgs {
    #[arg(long)]
    pub check: bool,
    #[arg(long, conflicts_with = "check")]
    pub diff: bool,
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
    match load::read(path) {
        Ok(bytes) => format_bytes(bytes, layout, sink, lang),
        Err(e) => {
            file_unreadable::report_io(sink, &e);
            (Outcome::Unreadable, None)
        }
    }
}

/// Formats a record's bytes (see [`format_file`]).
fn format_bytes(bytes: Vec<u8>, layout: &Layout, sink: &mut Sink, lang: Lang) -> (Outcome, Option<String>) {
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

/// The unified diff from `before` to `after` of the file shown as `file`
/// (`a/FILE` and `b/FILE`, three lines of context, as `git diff` and
/// `diff -u`), coloured for a terminal.
fn unified_diff(file: &Path, before: &str, after: &str, color: bool) -> String {
    let shown = file.display();
    let diff = similar::TextDiff::from_lines(before, after)
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{shown}"), &format!("b/{shown}"))
        .to_string();
    if !color {
        return diff;
    }
    use anstyle::{AnsiColor, Style};
    let paint = |style: Style, line: &str| format!("{}{line}{}", style.render(), style.render_reset());
    let (red, green, cyan) = (
        Style::new().fg_color(Some(AnsiColor::Red.into())),
        Style::new().fg_color(Some(AnsiColor::Green.into())),
        Style::new().fg_color(Some(AnsiColor::Cyan.into())),
    );
    diff.split_inclusive('\n')
        .map(|line| match line.as_bytes().first() {
            _ if line.starts_with("---") || line.starts_with("+++") => paint(Style::new().bold(), line),
            Some(b'-') => paint(red, line),
            Some(b'+') => paint(green, line),
            Some(b'@') => paint(cyan, line),
            _ => line.to_string(),
        })
        .collect()
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
    if args.files.iter().any(|f| f.as_os_str() == "-") {
        if args.files.len() > 1 {
            bail!(checking::FMT_STDIN_ALONE.get(lang));
        }
        return run_stdin(cx, args, &layout, out, err);
    }
    let files = files(config, &args.files)?;
    let renderer = Renderer::new(Format::Human, lang, color);
    // --check and --diff only say what would change.
    let dry = args.check || args.diff;
    let mut rendered = Vec::new();
    let mut changed = 0;
    let mut unchanged = 0;
    let mut unreadable = 0;
    let mut unsafe_files = Vec::new();
    let mut written = Vec::new();
    let mut diffs = String::new();
    let mut batch = Batch::writing();
    let mut next = 0;
    // Files are formatted on all cores; this thread writes each new text
    // into its temporary file as it comes, and the files are flushed and
    // renamed together at the end (`atomic::Batch::writing`).
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
            let diff = match (&outcome, &text) {
                (Outcome::Changed(after), Some(before)) if args.diff => Some(unified_diff(shown, before, after, color)),
                _ => None,
            };
            (outcome, shown_diags, diff)
        },
        |(outcome, shown_diags, diff)| {
            let (path, shown) = &files[next];
            next += 1;
            rendered.extend(shown_diags);
            diffs.extend(diff);
            match outcome {
                Outcome::Unchanged => unchanged += 1,
                Outcome::Changed(text) => {
                    changed += 1;
                    if !dry {
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
    if !dry {
        for (outcome, shown) in batch.commit().into_iter().zip(&written) {
            outcome.with_context(|| write_failed(lang, shown))?;
        }
    }
    out.write_all(&rendered)?;
    if args.diff {
        out.write_all(diffs.as_bytes())?;
    } else {
        for file in &written {
            writeln!(out, "{}", crate::terminal::escape(&file.display().to_string()))?;
        }
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
    if changed > 0 {
        summary.push(if args.diff {
            count(
                lang,
                changed,
                &checking::FMT_TO_FORMAT_DIFF_ONE,
                &checking::FMT_TO_FORMAT_DIFF_MANY,
            )
        } else if args.check {
            count(lang, changed, &ui::FMT_TO_FORMAT_ONE, &ui::FMT_TO_FORMAT_MANY)
        } else {
            count(lang, changed, &ui::FMT_FORMATTED_ONE, &ui::FMT_FORMATTED_MANY)
        });
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
    } else if unreadable > 0 || (dry && changed > 0) {
        1
    } else {
        0
    })
}

/// `fmt -`: the record on standard input, formatted on standard output
/// (for an editor's « format on save »); with `--check` or `--diff`, only
/// whether (or how) it would change. Problems go to standard error, and
/// nothing to standard output when the record cannot be formatted.
fn run_stdin(cx: &RunContext, args: &FmtArgs, layout: &Layout, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8> {
    let lang = cx.lang;
    let bytes = cx.stdin.read().context(checking::STDIN_UNREADABLE.get(lang))?;
    let original = String::from_utf8_lossy(&bytes).into_owned();
    let mut sink = Sink::new(cx.config.settings.severities);
    let (outcome, text) = format_bytes(bytes, layout, &mut sink, lang);
    sort_and_dedup(&mut sink.diags);
    let shown = PathBuf::from(checking::STDIN_SHOWN.get(lang));
    let mut rendered = Vec::new();
    Renderer::new(Format::Human, lang, false).file(
        &mut rendered,
        &shown.display().to_string(),
        text.as_deref(),
        &sink.diags,
    );
    err.write_all(&rendered)?;
    let code = match outcome {
        Outcome::Unchanged => {
            if !(args.check || args.diff) {
                out.write_all(original.as_bytes())?;
            }
            0
        }
        Outcome::Changed(formatted) => {
            if args.diff {
                out.write_all(unified_diff(&shown, &original, &formatted, cx.color).as_bytes())?;
            } else if args.check {
                writeln!(
                    err,
                    "{}",
                    count(lang, 1, &ui::FMT_TO_FORMAT_ONE, &ui::FMT_TO_FORMAT_MANY)
                )?;
            } else {
                out.write_all(formatted.as_bytes())?;
            }
            u8::from(args.check || args.diff)
        }
        Outcome::Unreadable => 1,
        Outcome::Unsafe(reason) => {
            writeln!(
                err,
                "{}",
                fill(
                    ui::FMT_UNSAFE.get(lang),
                    &[("fichier", shown.display().to_string()), ("raison", reason)]
                )
            )?;
            2
        }
    };
    out.flush()?;
    Ok(code)
}
