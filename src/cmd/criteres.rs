//! `fabriques criteres`: which of the six tiers-lieu criteria each fabrique
//! documents — a matrix for people who would rather look than read.
//!
//! One row per fabrique, one column per criterion — ✓ documented, ✗ what
//! the record writes does not show it, ? the record writes nothing about
//! it (unknown, never shown as ✗) —, a legend, and a last line counting
//! the fabriques that meet each criterion. The verdicts come from the
//! criterion rules themselves (`rules::criteria`), so the matrix and
//! `validate` can never disagree. `--format csv|json` for machines, where
//! an unknown verdict is an empty cell / `null`.

use std::io::Write;

use anyhow::Result;
use serde::Serialize;

use crate::context::Context;
use crate::filter::FilterArgs;
use crate::messages::{fill, ui};
use crate::record::Record;
use crate::rules::criteria;
use crate::table::{Column, Table};

/// Output formats of `criteres`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum CriteresFormat {
    Table,
    Csv,
    Json,
}

/// One fabrique's verdicts, in the order of `rules::criteria`: met, not
/// shown, or `None` when the record writes nothing about the criterion.
pub struct Row {
    pub id: String,
    pub nom: String,
    pub met: Vec<Option<bool>>,
}

/// Evaluates the criteria of one record.
pub fn evaluate(r: &Record) -> Row {
    Row {
        id: r.id.clone(),
        nom: r.nom().to_string(),
        met: criteria()
            .map(|c| {
                let shown = (c.shown)(r);
                (!shown.is_unknown()).then(|| shown.is_met())
            })
            .collect(),
    }
}

/// The number of criteria a row meets.
fn met(r: &Row) -> usize {
    r.met.iter().filter(|m| **m == Some(true)).count()
}

#[derive(Serialize)]
struct JsonRow<'a> {
    id: &'a str,
    nom: &'a str,
    criteres: serde_json::Map<String, serde_json::Value>,
    remplis: usize,
}

/// Reads the register, applies the filters, and returns the rows (sorted
/// by id) and the number of files that could not be read as records.
fn rows(cx: &Context, filters: &FilterArgs, err: &mut dyn Write) -> Result<(Vec<Row>, usize)> {
    let (entries, filter) = crate::filter::select(cx, filters)?;
    filter.note_unknowns(err, cx.lang)?;
    let unreadable = entries.iter().filter(|e| !e.parsed).count();
    let rows = entries
        .iter()
        .filter(|e| e.parsed)
        .map(|e| evaluate(&e.record))
        .collect();
    Ok((rows, unreadable))
}

/// The arguments of `criteres`.
#[derive(Debug, clap::Args)]
pub(crate) struct CriteresArgs {
    #[command(flatten)]
    pub filters: FilterArgs,
    #[arg(long, value_enum, default_value_t = CriteresFormat::Table)]
    pub format: CriteresFormat,
}

pub(crate) fn run(cx: &Context, args: &CriteresArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8> {
    let (lang, format) = (cx.lang, args.format);
    let (rows, unreadable) = rows(cx, &args.filters, err)?;
    if unreadable > 0 {
        writeln!(
            err,
            "{}",
            fill(ui::CRITERES_UNREADABLE.get(lang), &[("nombre", unreadable.to_string())])
        )?;
    }
    let names: Vec<&str> = criteria().map(|c| c.rule.name).collect();
    match format {
        CriteresFormat::Json => {
            let items: Vec<JsonRow> = rows
                .iter()
                .map(|r| JsonRow {
                    id: &r.id,
                    nom: &r.nom,
                    criteres: names
                        .iter()
                        .zip(&r.met)
                        .map(|(n, m)| (n.to_string(), m.map_or(serde_json::Value::Null, Into::into)))
                        .collect(),
                    remplis: met(r),
                })
                .collect();
            serde_json::to_writer_pretty(&mut *out, &items)?;
            writeln!(out)?;
        }
        CriteresFormat::Csv => {
            let mut w = crate::csv_writer::CsvWriter::new(&mut *out);
            let mut header = vec!["id", "nom"];
            header.extend(&names);
            header.push("remplis");
            w.row(&header)?;
            for r in &rows {
                let mut rec = vec![r.id.clone(), r.nom.clone()];
                rec.extend(r.met.iter().map(|m| m.map_or(String::new(), |m| m.to_string())));
                rec.push(met(r).to_string());
                w.row(&rec)?;
            }
            w.flush()?;
        }
        CriteresFormat::Table => {
            let mut header = vec![
                Column::new(ui::COL_ID.get(lang)).cut(16),
                Column::new(ui::COL_NOM.get(lang)).cut(12),
            ];
            header.extend(criteria().map(|c| Column::new(c.short.get(lang))));
            let mut t = Table::new(header);
            let mark = |m: Option<bool>| match m {
                Some(true) => "✓",
                Some(false) => "✗",
                None => "?",
            };
            for r in &rows {
                let mut cells = vec![r.id.clone(), r.nom.clone()];
                cells.extend(r.met.iter().map(|m| mark(*m).to_string()));
                t.row(cells);
            }
            let mut totals = vec![String::new(), ui::CRITERES_TOTAL.get(lang).to_string()];
            for i in 0..names.len() {
                let n = rows.iter().filter(|r| r.met[i] == Some(true)).count();
                totals.push(format!("{n}/{}", rows.len()));
            }
            t.row(totals);
            t.write(out, cx.width, lang)?;
            writeln!(out, "{}", ui::CRITERES_LEGEND.get(lang))?;
        }
    }
    Ok(0)
}
