//! `fabriques stats`: the register in figures — how many fabriques, where,
//! in a QPV or not, numériques, labelled when, doing what, meeting which
//! criteria, funded how much — and how far the register is from the
//! programme's figures.
//!
//! The figures count the fabriques that pass the filters (the same flags
//! as `list`, through [`crate::filter::select`]), so that `stats --qpv` and
//! `list --qpv --count` can never disagree. Records with errors are
//! counted like the others (a note on stderr says how many), and a value a
//! record does not give is counted as « non renseigné », never guessed.
//!
//! The programme's figures (300 fabriques, half in a QPV, half outside the
//! large urban centres, about 30 Fabriques numériques) are shown beside the
//! counts as information: a register is allowed to be incomplete, so they
//! are never errors. "Outside large urban centres" is measured, not
//! assumed: a fabrique outside a QPV in a commune of more than 100,000
//! inhabitants (`rules::qpv_grande_ville::LARGE_COMMUNE`) is counted
//! apart, and so is one whose commune the reference does not know.
//!
//! Every section is a list of lines with a stable key, so that all formats
//! share one shape:
//! - table (default): small tables with headings; where a proportion reads
//!   better than a number, a bar of 20 cells (`█`/`░` on a terminal, `#`/`.`
//!   when piped, so that piped output stays plain ASCII) and a percentage;
//! - CSV: `section,key,label,value,unit,target`, one line per figure (unit
//!   `fabriques` or `euros`; `target` only for the programme's figures; the
//!   action matrix as keys `categorie.statut` and `categorie.total`);
//! - JSON: one object, `fabriques` and `avec_erreurs`, then one key per
//!   section holding its lines (`{"key", "label", "value", "unit",
//!   "target"}`), the actions as `{"key", "label", "fait", "commence",
//!   "envisage", "non_renseigne", "total"}`.
//!
//! Labels follow the language of the run; keys never change. Order is
//! deterministic: régions and départements by code (2A and 2B between 19
//! and 21), years and waves ascending, closed lists in their vocabulary's
//! order, « non renseigné » last.

use std::io::Write;

use anyhow::Result;
use serde_json::{json, Map, Value};

use crate::context::Context;
use crate::filter::FilterArgs;
use crate::messages::{fill, plural, ui, Lang};
use crate::register::actions::NOT_RECORDED;
use crate::register::figures::{compute, group_digits, Body, Line, Section, Stats, Unit};
use crate::table::{Column, Table};

/// Output formats of `stats`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum StatsFormat {
    Table,
    Csv,
    Json,
}

/// Cells of a bar.
const BAR_WIDTH: usize = 20;

/// A bar of `BAR_WIDTH` cells showing `part / whole` (full beyond 100 %).
/// A non-zero part always shows at least one cell, so that "a few" never
/// reads as "none".
pub fn bar(part: i64, whole: i64, terminal: bool) -> String {
    let (full, empty) = if terminal { ('█', '░') } else { ('#', '.') };
    let width = BAR_WIDTH as i64;
    let mut n = if whole <= 0 {
        0
    } else {
        ((part.max(0).min(whole) * width * 2 + whole) / (whole * 2)).min(width)
    };
    if n == 0 && part > 0 && whole > 0 {
        n = 1;
    }
    let n = n as usize;
    format!(
        "{}{}",
        full.to_string().repeat(n),
        empty.to_string().repeat(BAR_WIDTH - n)
    )
}

/// `part / whole` as a rounded percentage, in the language's typography.
fn percent(part: i64, whole: i64, lang: Lang) -> String {
    if whole <= 0 {
        return "—".to_string();
    }
    let p = (part.max(0) * 200 + whole) / (whole * 2);
    fill(ui::PERCENT.get(lang), &[("n", p.to_string())])
}

fn value_text(line: &Line, lang: Lang) -> String {
    match line.unit {
        Unit::Fabriques => line.value.to_string(),
        Unit::Euros => fill(ui::EUROS.get(lang), &[("montant", group_digits(line.value, lang))]),
    }
}

fn line_json(l: &Line) -> Value {
    json!({
        "key": l.key,
        "label": l.label,
        "value": l.value,
        "unit": l.unit.key(),
        "target": l.target.map(|t| t.value),
        "unknown": l.unknown,
    })
}

/// The lines of a section as CSV and JSON see them (the action matrix
/// flattened to `categorie.statut` and `categorie.total`).
fn flat_lines(section: &Section, lang: Lang) -> Vec<Line> {
    match &section.body {
        Body::Progress(l) | Body::Codes(l) | Body::Shares(l) | Body::Figures(l) => l.clone(),
        Body::Actions { columns, rows } => rows
            .iter()
            .flat_map(|r| {
                let mut lines: Vec<Line> = columns
                    .iter()
                    .zip(&r.counts)
                    .map(|((key, header), n)| {
                        Line::count(format!("{}.{key}", r.key), format!("{} — {header}", r.label), *n)
                    })
                    .collect();
                lines.push(Line::count(
                    format!("{}.total", r.key),
                    format!("{} — {}", r.label, ui::COL_TOTAL.get(lang)),
                    r.total,
                ));
                lines
            })
            .collect(),
    }
}

/// The arguments of `stats`.
#[derive(Debug, clap::Args)]
pub(crate) struct StatsArgs {
    #[command(flatten)]
    pub filters: FilterArgs,
    #[arg(long, value_enum, default_value_t = StatsFormat::Table)]
    pub format: StatsFormat,
}

pub(crate) fn run(cx: &Context, args: &StatsArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8> {
    let (config, lang, terminal, format) = (&cx.config, cx.lang, cx.terminal, args.format);
    let (entries, filter) = crate::filter::select(cx, &args.filters)?;
    let stats = compute(config, &entries);
    match format {
        StatsFormat::Csv => {
            let mut w = crate::csv_writer::CsvWriter::new(&mut *out);
            w.row(["section", "key", "label", "value", "unit", "target", "unknown"])?;
            let totals = [
                Line::count("fabriques", ui::STATS_TOTAL_LABEL.get(lang), stats.total),
                Line::count("avec_erreurs", ui::STATS_ERRORS_LABEL.get(lang), stats.with_errors),
            ];
            let sections = std::iter::once(("total", totals.to_vec()))
                .chain(stats.sections.iter().map(|s| (s.name, flat_lines(s, lang))));
            for (name, lines) in sections {
                for l in lines {
                    w.row([
                        name.to_string(),
                        l.key.clone(),
                        l.label.clone(),
                        l.value.to_string(),
                        l.unit.key().to_string(),
                        l.target.map_or(String::new(), |t| t.value.to_string()),
                        l.unknown.map_or(String::new(), |n| n.to_string()),
                    ])?;
                }
            }
            w.flush()?;
        }
        StatsFormat::Json => {
            let mut doc = Map::new();
            doc.insert("fabriques".into(), stats.total.into());
            doc.insert("avec_erreurs".into(), stats.with_errors.into());
            for s in &stats.sections {
                let value = match &s.body {
                    Body::Actions { columns, rows } => Value::Array(
                        rows.iter()
                            .map(|r| {
                                let mut m = Map::new();
                                m.insert("key".into(), r.key.clone().into());
                                m.insert("label".into(), r.label.clone().into());
                                for ((key, _), n) in columns.iter().zip(&r.counts) {
                                    m.insert(key.clone(), (*n).into());
                                }
                                m.insert("total".into(), r.total.into());
                                Value::Object(m)
                            })
                            .collect(),
                    ),
                    _ => Value::Array(flat_lines(s, lang).iter().map(line_json).collect()),
                };
                doc.insert(s.name.into(), value);
            }
            serde_json::to_writer_pretty(&mut *out, &Value::Object(doc))?;
            writeln!(out)?;
        }
        StatsFormat::Table => write_tables(out, &stats, lang, terminal, cx.width)?,
    }
    if stats.total == 0 {
        writeln!(err, "{}", ui::LIST_EMPTY.get(lang))?;
    }
    filter.note_unknowns(err, lang)?;
    if stats.with_errors > 0 {
        writeln!(
            err,
            "{}",
            fill(ui::STATS_ERRORS.get(lang), &[("nombre", stats.with_errors.to_string())])
        )?;
    }
    Ok(0)
}

fn write_tables(out: &mut dyn Write, stats: &Stats, lang: Lang, terminal: bool, width: Option<usize>) -> Result<()> {
    let word = plural(lang, stats.total, &ui::FABRIQUE_ONE, &ui::FABRIQUE_MANY);
    writeln!(out, "{} {word}", stats.total)?;
    let whole = stats.total as i64;
    // Labels are read whole: on a narrow terminal they go on over several
    // lines; numbers, percentages and bars never shrink.
    let label = |header: &str| Column::new(header).wrap(12);
    let number = |header: &str| Column::new(header).right();
    for s in &stats.sections {
        writeln!(out, "\n{}", s.title.get(lang))?;
        let t = match &s.body {
            Body::Progress(lines) => {
                let mut t = Table::new(vec![
                    label(""),
                    number(ui::COL_FABRIQUES.get(lang)),
                    number(ui::COL_OBJECTIF.get(lang)),
                    Column::new(ui::COL_AVANCEMENT.get(lang)),
                    number(""),
                    number(ui::COL_UNKNOWN.get(lang)),
                ]);
                // A line without a figure of its own is shown only when it
                // counts something: it explains the line above it.
                for l in lines.iter().filter(|l| l.target.is_some() || l.value > 0) {
                    let (target, progress, pc) = match l.target {
                        Some(target) => (
                            if target.about {
                                fill(ui::TARGET_ABOUT.get(lang), &[("n", target.value.to_string())])
                            } else {
                                target.value.to_string()
                            },
                            bar(l.value, target.value, terminal),
                            percent(l.value, target.value, lang),
                        ),
                        None => Default::default(),
                    };
                    t.row([
                        l.label.clone(),
                        l.value.to_string(),
                        target,
                        progress,
                        pc,
                        unknown_share(l, whole, lang),
                    ]);
                }
                t.write(out, width, lang)?;
                writeln!(out, "{}", ui::PROG_NOTE.get(lang))?;
                continue;
            }
            Body::Codes(lines) => {
                let mut t = Table::new(vec![
                    Column::new(ui::COL_CODE.get(lang)),
                    label(ui::COL_NOM.get(lang)),
                    number(ui::COL_FABRIQUES.get(lang)),
                ]);
                for l in lines {
                    let code = if l.key == NOT_RECORDED { "—" } else { l.key.as_str() };
                    t.row([code.to_string(), l.label.clone(), l.value.to_string()]);
                }
                t
            }
            Body::Shares(lines) => {
                // The criteria: how many records say nothing of each.
                let with_unknown = lines.iter().any(|l| l.unknown.is_some());
                let mut columns = vec![
                    label(""),
                    number(ui::COL_FABRIQUES.get(lang)),
                    Column::new(ui::COL_PART.get(lang)),
                    number(""),
                ];
                if with_unknown {
                    columns.push(number(ui::COL_UNKNOWN.get(lang)));
                }
                let mut t = Table::new(columns);
                for l in lines {
                    let mut row = vec![
                        l.label.clone(),
                        l.value.to_string(),
                        bar(l.value, whole, terminal),
                        percent(l.value, whole, lang),
                    ];
                    if with_unknown {
                        row.push(unknown_share(l, whole, lang));
                    }
                    t.row(row);
                }
                t
            }
            Body::Figures(lines) => {
                let mut t = Table::new(vec![label(""), number("")]);
                for l in lines {
                    t.row([l.label.clone(), value_text(l, lang)]);
                }
                t
            }
            Body::Actions { columns, rows } => {
                // « non renseigné » only when some action needs it.
                let shown: Vec<usize> = (0..columns.len())
                    .filter(|&i| columns[i].0 != NOT_RECORDED || rows.iter().any(|r| r.counts[i] > 0))
                    .collect();
                let mut header = vec![label("")];
                header.extend(shown.iter().map(|&i| number(&columns[i].1)));
                header.push(number(ui::COL_TOTAL.get(lang)));
                let mut t = Table::new(header);
                for r in rows {
                    let mut cells = vec![r.label.clone()];
                    cells.extend(shown.iter().map(|&i| r.counts[i].to_string()));
                    cells.push(r.total.to_string());
                    t.row(cells);
                }
                t
            }
        };
        t.write(out, width, lang)?;
    }
    Ok(())
}

/// How many fabriques a line could not judge, and their share of all:
/// `379 (99 %)`; empty when the line needs no unknown fact.
fn unknown_share(l: &Line, whole: i64, lang: Lang) -> String {
    match l.unknown {
        Some(n) => format!("{n} ({})", percent(n, whole, lang)),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_round_and_never_hide_a_small_count() {
        assert_eq!(bar(0, 300, false), ".".repeat(20));
        assert_eq!(bar(1, 300, false), format!("#{}", ".".repeat(19)));
        assert_eq!(bar(150, 300, false), format!("{}{}", "#".repeat(10), ".".repeat(10)));
        assert_eq!(bar(400, 300, false), "#".repeat(20));
        assert_eq!(bar(3, 0, false), ".".repeat(20));
        assert_eq!(bar(2, 4, true), format!("{}{}", "█".repeat(10), "░".repeat(10)));
    }

    #[test]
    fn percentages_are_written_as_each_language_does() {
        assert_eq!(percent(1, 3, Lang::Fr), "33\u{a0}%");
        assert_eq!(percent(2, 3, Lang::En), "67%");
        assert_eq!(percent(1, 0, Lang::En), "—");
    }
}
