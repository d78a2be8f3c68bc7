//! `fabriques validate`: check every record and report all problems at once.
//!
//! Pipeline: discover the files → read, parse and check each file on all
//! cores, keeping only its diagnostics and an [`Outline`] → cross-record
//! rules → the register's severities → `--strict` → acknowledged exceptions
//! → sort → report. Exit code 1 when an error remains.

use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Result;

use crate::context::Context;
use crate::report::Format;
use crate::config::Config;
use crate::diagnostic::{sort_and_dedup, Diagnostic, Severity};
use crate::geo::Geo;
use crate::load::{self, Loaded};
use crate::record::{Exception, Outline};
use crate::report::{self, Report};
use crate::rules::{RecordContext, Sink};
use crate::{exceptions, rules};
use rayon::prelude::*;

/// The arguments of `validate`.
#[derive(Debug, clap::Args)]
pub(crate) struct ValidateArgs {
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    #[arg(long)]
    pub strict: bool,
}

/// The outcome of validating a register, before reporting.
pub struct Outcome {
    pub diagnostics: Vec<Diagnostic>,
    pub skipped: Vec<load::Skipped>,
    pub files: usize,
}

/// Validates the register of `config`.
///
/// The geography reference (a few milliseconds to build) can be built on
/// another thread while the first chunk of files is read and parsed (the
/// `validate` command starts it first), since only the rules need it: on a
/// small register that hides its cost.
pub fn check(config: &Config, today: crate::record::Date, strict: bool) -> Result<Outcome> {
    let found = load::discover(&config.data_dir, config.cwd.as_deref(), config.lang)?;
    let vocab = &config.settings.vocab;
    let mut per_file: Vec<(Vec<Diagnostic>, Option<Outline>)> = Vec::with_capacity(found.files.len());
    // A part of the files is parsed, then checked, then reduced to its
    // outline, so memory stays bounded.
    for part in found.parts(load::CHUNK) {
        let loaded: Vec<Loaded> = load::load(&part, vocab, |l| l);
        let geo = Geo::get();
        per_file.par_extend(loaded.into_par_iter().map(|mut l: Loaded| {
            let Some(record) = &l.record else {
                return (l.diags, None);
            };
            let mut sink = Sink::new(l.file.clone());
            let cx = RecordContext::new(record, geo, today);
            rules::check_record(record, &cx, &mut sink);
            l.diags.append(&mut sink.diags);
            (l.diags, Some(record.outline(&l.file, cx.commune.map(|c| c.code_insee))))
        }));
    }
    let mut diagnostics = Vec::new();
    let mut outlines = Vec::with_capacity(per_file.len());
    for (diags, outline) in per_file {
        diagnostics.extend(diags);
        outlines.extend(outline);
    }
    rules::duplicate_name::check(&outlines, &mut diagnostics);
    rules::unknown_link::check(&outlines, &mut diagnostics);
    rules::self_link::check(&outlines, &mut diagnostics);

    apply_severities(config, &mut diagnostics);
    let exceptions: Vec<(Arc<PathBuf>, Vec<Exception>)> = outlines
        .into_iter()
        .filter(|o| !o.ignorer.is_empty())
        .map(|o| (o.file, o.ignorer))
        .collect();
    exceptions::apply(&mut diagnostics, &exceptions);
    apply_severities(config, &mut diagnostics);
    if strict {
        for d in &mut diagnostics {
            if d.severity == Severity::Warning {
                d.severity = Severity::Error;
            }
        }
    }
    sort_and_dedup(&mut diagnostics);
    Ok(Outcome {
        diagnostics,
        skipped: found.skipped,
        files: found.files.len(),
    })
}

/// Sets each diagnostic to its rule's severity in this register and drops
/// the rules switched off.
fn apply_severities(config: &Config, diags: &mut Vec<Diagnostic>) {
    diags.retain_mut(|d| match rules::find(d.rule) {
        Some(rule) => {
            d.severity = config.severity(rule);
            d.severity != Severity::Allow
        }
        None => true,
    });
}

/// Runs the command; returns the exit code.
pub(crate) fn run(cx: &Context, args: &ValidateArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8> {
    let (config, color) = (&cx.config, cx.color);
    let outcome = check(config, cx.today, args.strict)?;
    let report = Report {
        diagnostics: &outcome.diagnostics,
        skipped: &outcome.skipped,
        files: outcome.files,
        lang: config.lang,
    };
    report::write(args.format, &report, out, err, color)?;
    out.flush()?;
    Ok(u8::from(report.count(Severity::Error) > 0))
}
