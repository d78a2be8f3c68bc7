//! `fabriques validate`: check the records and report all problems at once.
//!
//! Pipeline: discover the files (the register's ids are their stems) and
//! choose the records to check (`targets`: all of them, those named, or one
//! from standard input) → on worker threads, each record is read, checked
//! (`check::Checker`: rules, severities, the record's own exceptions,
//! `--strict`) and its diagnostics rendered into bytes while its text is in
//! memory → the calling thread writes the chunks in order as they come
//! (`parallel::ordered_map_batches`: one chunk per batch of records) → the
//! register-wide rules (`duplicate-name`) run at the end on the hashes of
//! the keys each record left (and of the records not checked, when only
//! some are), reading again the few whose keys another shares, and their
//! diagnostics come last → counts and summary. Memory does not grow with
//! the number of diagnostics.
//!
//! `--quiet` shows the errors only; `--statistics` shows, instead of the
//! diagnostics, how many each rule found (`statistics`). Exit code 1 when
//! an error remains.

mod statistics;
mod targets;

use std::collections::HashSet;
use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;

use crate::check::{self, Checker, Kept};
use crate::context::Context;
use crate::diagnostic::{Diagnostic, Severity};
use crate::load;
use crate::parallel;
use crate::report::{At, Format, Renderer, Report};
use crate::rules::Keys;

use statistics::Statistics;
use targets::Source;

/// The arguments of `validate`.
#[derive(Debug, clap::Args)]
pub(crate) struct ValidateArgs {
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    #[arg(long)]
    pub strict: bool,
    #[arg(long, short = 'q')]
    pub quiet: bool,
    #[arg(long)]
    pub statistics: bool,
    #[arg(long, value_name = "CHEMIN")]
    pub stdin_filename: Option<PathBuf>,
    #[arg(value_name = "FICHIER")]
    pub files: Vec<PathBuf>,
}

/// The bytes of a usual diagnostic in the human format (a 60-byte path, a
/// message, a source line, a help line).
const RENDERED_SIZE: usize = 512;

/// What a worker hands back for one record (its rendered diagnostics go
/// to its batch's buffer).
struct Done {
    errors: usize,
    warnings: usize,
    kept: Kept,
    /// The rules and severities of its diagnostics (`--statistics`).
    found: Vec<Diagnostic>,
}

/// Runs the command; returns the exit code.
pub(crate) fn run(cx: &Context, args: &ValidateArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8> {
    let config = &cx.config;
    let found = load::discover(&config.data_dir, config.cwd.as_deref(), cx.lang)?;
    let skipped = if args.files.is_empty() && !args.quiet {
        found.skipped.clone()
    } else {
        Vec::new()
    };
    let targets = targets::resolve(cx, args, found)?;
    let checker = Checker::new(config, cx.today, targets.ids)
        .duplicates(targets.duplicates)
        .strict(args.strict);
    let renderer = Renderer::new(args.format, cx.lang, cx.color);
    // With --statistics, the report writes nothing between its head and
    // its counts: the statistics come after it.
    let mut shown = Vec::new();
    let mut report = Report::start(renderer, if args.statistics { &mut shown } else { out }, err, &skipped)?;
    let mut statistics = Statistics::default();
    let mut kept = Vec::with_capacity(targets.sources.len() + targets.others.len());
    let wanted = |d: &Diagnostic| !args.quiet || d.severity == Severity::Error;
    parallel::ordered_map_batches(
        &targets.sources,
        |batch| {
            // The batch's diagnostics are rendered into one buffer, sized
            // for them at once, and written (then freed) by the calling
            // thread as one chunk.
            let mut rendered = Vec::new();
            let done: Vec<Done> = batch
                .iter()
                .map(|source| {
                    let (checked, file) = match source {
                        Source::File(path, file) => (checker.check_file(path, file), file),
                        Source::Stdin { bytes, id, shown } => (checker.check_bytes(id, bytes.clone(), shown), shown),
                    };
                    let mut diagnostics = checked.diagnostics;
                    diagnostics.retain(wanted);
                    if !diagnostics.is_empty() && !args.statistics {
                        rendered.reserve(diagnostics.len() * RENDERED_SIZE);
                        renderer.file(
                            &mut rendered,
                            &file.display().to_string(),
                            checked.text.as_deref(),
                            &diagnostics,
                        );
                    }
                    Done {
                        errors: checked.errors,
                        warnings: checked.warnings,
                        kept: checked.kept.unwrap_or_else(|| Kept::none(file)),
                        found: if args.statistics { diagnostics } else { Vec::new() },
                    }
                })
                .collect();
            (rendered, done)
        },
        |(rendered, done)| {
            for done in done {
                report.files += 1;
                report.errors += done.errors;
                report.warnings += done.warnings;
                statistics.add(&done.found);
                kept.push(done.kept);
            }
            Ok(report.write(&rendered)?)
        },
    )?;
    // When only some records are checked, the others' findings are not
    // reported (they are compared, not checked).
    let checked: Option<HashSet<&std::path::Path>> = (!targets.others.is_empty()).then(|| {
        targets
            .sources
            .iter()
            .map(|s| match s {
                Source::File(_, shown) | Source::Stdin { shown, .. } => shown.as_path(),
            })
            .collect()
    });
    kept.extend(others_kept(&checker, &targets.others));
    let mut rendered = Vec::new();
    let n = targets.sources.len();
    let reread = |i: usize| match targets.sources.get(i) {
        Some(Source::File(path, file)) => checker.reread_file(path, file),
        Some(Source::Stdin { bytes, id, shown }) => String::from_utf8(bytes.clone())
            .ok()
            .and_then(|text| checker.reread_text(id, text, shown)),
        None => targets
            .others
            .get(i - n)
            .and_then(|(path, file)| checker.reread_file(path, file)),
    };
    for late in check::finish(kept, reread, checker.severities(), checker.is_strict()) {
        let d = &late.diagnostic;
        if checked.as_ref().is_some_and(|c| !c.contains(late.file.as_path())) {
            continue;
        }
        match d.severity {
            Severity::Error => report.errors += 1,
            Severity::Warning => report.warnings += 1,
            Severity::Allow => continue,
        }
        if !wanted(d) {
            continue;
        }
        if args.statistics {
            statistics.add(std::slice::from_ref(d));
            continue;
        }
        let file = late.file.display().to_string();
        renderer.diagnostic(&mut rendered, &At::place(&file, &late.place), d, &[]);
    }
    report.write(&rendered)?;
    let failed = report.errors > 0;
    report.finish(err)?;
    if args.statistics {
        statistics.write(out, args.format, cx.lang)?;
        out.flush()?;
    }
    Ok(u8::from(failed))
}

/// What the register-wide rules need of the records not checked: their
/// keys, read on all cores.
fn others_kept(checker: &Checker<'_>, others: &[(PathBuf, std::sync::Arc<PathBuf>)]) -> Vec<Kept> {
    let mut kept = Vec::with_capacity(others.len());
    let _ = parallel::ordered_map(
        others,
        |(path, file)| Kept {
            file: file.clone(),
            keys: checker
                .outline_file(path, file)
                .map(|o| Keys::of_outline(&o))
                .unwrap_or_default(),
            // Never shown: only the records checked are reported.
            deferred: Vec::new(),
        },
        |k| {
            kept.push(k);
            Ok(())
        },
    );
    kept
}
