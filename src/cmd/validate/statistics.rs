//! `validate --statistics`: how many problems each rule found, instead of
//! the problems themselves (as ruff's `--statistics`), so that a register
//! with 3 errors and 46 warnings sees them as two lines.
//!
//! Human output is one line per rule and severity, most frequent first:
//! the count, the severity, the rule's name and what it checks. With
//! `--format json`, an array of `{"rule", "severity", "count", "summary"}`;
//! with `jsonl`, one such object per line.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use crate::diagnostic::{Diagnostic, Severity};
use crate::messages::Lang;
use crate::report::Format;
use crate::rules::{self, RuleId};

/// Counts by rule and severity.
#[derive(Default)]
pub(super) struct Statistics {
    counts: BTreeMap<(RuleId, Severity), usize>,
}

#[derive(Serialize)]
struct Line<'a> {
    rule: &'static str,
    severity: &'static str,
    count: usize,
    summary: &'a str,
}

impl Statistics {
    pub fn add(&mut self, found: &[Diagnostic]) {
        for d in found {
            *self.counts.entry((d.rule, d.severity)).or_default() += 1;
        }
    }

    /// The counts, most frequent first (then by rule name).
    fn lines(&self, lang: Lang) -> Vec<(usize, Severity, &'static str, &'static str)> {
        let mut lines: Vec<_> = self
            .counts
            .iter()
            .map(|(&(rule, severity), &n)| {
                let summary = rules::find(rule.name()).map_or("", |r| r.summary.get(lang));
                (n, severity, rule.name(), summary)
            })
            .collect();
        lines.sort_by(|a, b| b.0.cmp(&a.0).then(a.2.cmp(b.2)).then(a.1.cmp(&b.1)));
        lines
    }

    pub fn write(&self, out: &mut dyn Write, format: Format, lang: Lang) -> io::Result<()> {
        let lines = self.lines(lang);
        let json = |(count, severity, rule, summary): &(usize, Severity, &'static str, &'static str)| Line {
            rule,
            severity: severity.as_str(),
            count: *count,
            summary,
        };
        match format {
            Format::Json => {
                let all: Vec<Line> = lines.iter().map(json).collect();
                serde_json::to_writer_pretty(&mut *out, &all)?;
                writeln!(out)
            }
            Format::Jsonl => {
                for l in &lines {
                    serde_json::to_writer(&mut *out, &json(l))?;
                    writeln!(out)?;
                }
                Ok(())
            }
            Format::Human | Format::Github => {
                let count = lines.iter().map(|l| l.0.to_string().len()).max().unwrap_or(0);
                let label = lines.iter().map(|l| l.1.label(lang).width()).max().unwrap_or(0);
                let name = lines.iter().map(|l| l.2.len()).max().unwrap_or(0);
                for (n, severity, rule, summary) in &lines {
                    let severity = severity.label(lang);
                    let pad = " ".repeat(label - severity.width());
                    writeln!(out, "{n:>count$}  {severity}{pad}  {rule:<name$}  {summary}")?;
                }
                Ok(())
            }
        }
    }
}
