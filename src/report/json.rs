//! One JSON document for programs (editors, dashboards, CI bots).
//!
//! Shape (stable; fields are only ever added):
//! `{"version": 1, "files": N, "errors": N, "warnings": N,
//!   "diagnostics": [{"rule", "severity", "file", "line", "column",
//!   "end_line", "end_column", "message", "help"}],
//!   "skipped": [{"file", "reason"}]}`.
//! Lines and columns are 1-based, columns count characters; `end_*` is
//! exclusive. Messages are in the run's language.

use std::io::{self, Write};

use serde::Serialize;

use super::{each_located, Report};
use crate::diagnostic::Severity;
use crate::load::SkipReason;

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    files: usize,
    errors: usize,
    warnings: usize,
    diagnostics: Vec<Item<'a>>,
    skipped: Vec<SkippedItem>,
}

#[derive(Serialize)]
struct Item<'a> {
    rule: &'a str,
    severity: &'a str,
    file: String,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    message: String,
    help: Option<String>,
}

#[derive(Serialize)]
struct SkippedItem {
    file: String,
    reason: &'static str,
}

pub fn write(report: &Report<'_>, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<()> {
    let lang = report.lang;
    let mut diagnostics = Vec::with_capacity(report.diagnostics.len());
    each_located(report.diagnostics, |l| {
        diagnostics.push(Item {
            rule: l.diag.rule,
            severity: l.diag.severity.as_str(),
            file: l.diag.file.display().to_string(),
            line: l.start.line,
            column: l.start.column,
            end_line: l.end.line,
            end_column: l.end.column,
            message: l.diag.message.render(lang),
            help: l.diag.help.as_ref().map(|h| h.render(lang)),
        });
        Ok(())
    })?;
    let doc = Document {
        version: 1,
        files: report.files,
        errors: report.count(Severity::Error),
        warnings: report.count(Severity::Warning),
        diagnostics,
        skipped: report
            .skipped
            .iter()
            .map(|s| SkippedItem {
                file: s.path.display().to_string(),
                reason: match s.reason {
                    SkipReason::Hidden => "hidden",
                    SkipReason::NotToml => "not-toml",
                    SkipReason::LinkOutside => "link-outside",
                    SkipReason::LinkToDirectory => "link-to-directory",
                },
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(io::Error::other)?;
    writeln!(out)?;
    writeln!(err, "{}", report.summary())
}
