//! `fabriques validate`: check every record and report all problems at once.
//!
//! Pipeline: discover the files (the register's ids are their stems) →
//! on worker threads, each file is read, checked (`check::Checker`: rules,
//! severities, the record's own exceptions, `--strict`) and its
//! diagnostics rendered into bytes while its text is in memory → the
//! calling thread writes the chunks in discovery order as they come
//! (`parallel::ordered_map`) → the register-wide rules (`duplicate-name`)
//! run at the end on what each record left, and their diagnostics come
//! last → counts and summary. Memory does not grow with the number of
//! diagnostics. Exit code 1 when an error remains.

use std::io::Write;

use anyhow::Result;

use crate::check::{self, Checker, Kept};
use crate::context::Context;
use crate::load;
use crate::parallel;
use crate::report::{At, Format, Renderer, Report};

/// The arguments of `validate`.
#[derive(Debug, clap::Args)]
pub(crate) struct ValidateArgs {
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    #[arg(long)]
    pub strict: bool,
}

/// What a worker hands back for one file.
struct Done {
    rendered: Vec<u8>,
    errors: usize,
    warnings: usize,
    kept: Option<Kept>,
}

/// Runs the command; returns the exit code.
pub(crate) fn run(cx: &Context, args: &ValidateArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8> {
    let config = &cx.config;
    let found = load::discover(&config.data_dir, config.cwd.as_deref(), cx.lang)?;
    let checker = Checker::new(config, cx.today, found.ids())
        .duplicates(found.duplicates())
        .strict(args.strict);
    let renderer = Renderer::new(args.format, cx.lang, cx.color);
    let mut report = Report::start(renderer, out, err, &found.skipped)?;
    let mut kept = Vec::new();
    parallel::ordered_map(
        &found.files,
        |(path, file)| {
            let checked = checker.check_file(path, file);
            let mut rendered = Vec::new();
            if !checked.diagnostics.is_empty() {
                renderer.file(
                    &mut rendered,
                    &file.display().to_string(),
                    checked.text.as_deref(),
                    &checked.diagnostics,
                );
            }
            Done {
                rendered,
                errors: checked.errors,
                warnings: checked.warnings,
                kept: checked.kept.filter(|k| k.outline.is_some() || !k.deferred.is_empty()),
            }
        },
        |done| {
            report.files += 1;
            report.errors += done.errors;
            report.warnings += done.warnings;
            kept.extend(done.kept);
            Ok(report.write(&done.rendered)?)
        },
    )?;
    let mut rendered = Vec::new();
    for late in check::finish(kept, checker.severities(), checker.is_strict()) {
        let d = &late.diagnostic;
        match d.severity {
            crate::diagnostic::Severity::Error => report.errors += 1,
            crate::diagnostic::Severity::Warning => report.warnings += 1,
            crate::diagnostic::Severity::Allow => continue,
        }
        let file = late.file.display().to_string();
        renderer.diagnostic(&mut rendered, &At::place(&file, &late.place), d, &[]);
    }
    report.write(&rendered)?;
    let failed = report.errors > 0;
    report.finish(err)?;
    Ok(u8::from(failed))
}
