//! `fabriques list`: the fabriques that pass the filters, as a table (or
//! CSV, TSV, JSON).
//!
//! Shape: flags → [`Filter`] and columns, checked before any file is read
//! → register entries → filter → sort → write. Records with errors are
//! listed too, with a marker and a hint to run `validate`: this command
//! never refuses to show the register.

use std::cmp::Ordering;
use std::io::Write;

use anyhow::{bail, Result};
use serde_json::{Map, Value};

use crate::context::Context;
use crate::filter::{fold, Filter, FilterArgs};
use crate::geo::Geo;
use crate::messages::{fill, ui, Lang};
use crate::register::{self, Entry};
use crate::suggest::closest;
use crate::table::{self, Table};
use crate::vocab::Vocabularies;

/// Output formats of `list`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ListFormat {
    Table,
    Csv,
    Tsv,
    Json,
}

/// The arguments of `list`.
#[derive(Debug, clap::Args)]
pub(crate) struct ListArgs {
    #[command(flatten)]
    pub filters: FilterArgs,
    #[arg(long, value_delimiter = ',', value_name = "COLONNES")]
    pub colonnes: Vec<String>,
    #[arg(long, value_delimiter = ',', value_name = "COLONNES", allow_hyphen_values = true)]
    pub tri: Vec<String>,
    #[arg(long)]
    pub count: bool,
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
    #[arg(long)]
    pub fail_empty: bool,
}

/// A column of the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Id,
    Nom,
    Statut,
    Commune,
    CodePostal,
    CodeInsee,
    Departement,
    Region,
    Qpv,
    Numerique,
    Labellisation,
    Structure,
    Actions,
    Reseaux,
    Anct,
    Erreurs,
}

/// Column names as typed in `--colonnes` and `--tri`, and shown in headers.
pub const COLUMNS: &[(&str, Column)] = &[
    ("id", Column::Id),
    ("nom", Column::Nom),
    ("statut", Column::Statut),
    ("commune", Column::Commune),
    ("code_postal", Column::CodePostal),
    ("code_insee", Column::CodeInsee),
    ("departement", Column::Departement),
    ("region", Column::Region),
    ("qpv", Column::Qpv),
    ("numerique", Column::Numerique),
    ("labellisation", Column::Labellisation),
    ("structure", Column::Structure),
    ("actions", Column::Actions),
    ("reseaux", Column::Reseaux),
    ("anct", Column::Anct),
    ("erreurs", Column::Erreurs),
];

const DEFAULT_COLUMNS: &[Column] = &[
    Column::Id,
    Column::Nom,
    Column::Commune,
    Column::Departement,
    Column::Qpv,
    Column::Numerique,
    Column::Labellisation,
    Column::Actions,
];

const DEFAULT_SORT: &[Column] = &[Column::Departement, Column::Nom];

/// A cell's value, typed so that each format writes it its own way.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    /// A text fact a record may leave unknown (`statut`, `code_postal`,
    /// the structure): `None` is unknown.
    Fact(Option<String>),
    Bool(Option<bool>),
    Int(Option<i64>),
}

impl Cell {
    fn text(s: Option<&str>) -> Cell {
        Cell::Text(s.unwrap_or_default().to_string())
    }

    /// For tables: words in the user's language, `?` for unknown (never
    /// « non »).
    pub fn human(&self, lang: Lang) -> String {
        match self {
            Cell::Text(s) | Cell::Fact(Some(s)) => s.clone(),
            Cell::Bool(Some(true)) => ui::YES.get(lang).to_string(),
            Cell::Bool(Some(false)) => ui::NO.get(lang).to_string(),
            Cell::Int(Some(n)) => n.to_string(),
            Cell::Bool(None) | Cell::Int(None) | Cell::Fact(None) => "?".to_string(),
        }
    }

    /// For CSV and TSV: `true`/`false`, numbers, empty for unknown.
    pub fn plain(&self) -> String {
        match self {
            Cell::Text(s) | Cell::Fact(Some(s)) => s.clone(),
            Cell::Bool(Some(b)) => b.to_string(),
            Cell::Int(Some(n)) => n.to_string(),
            Cell::Bool(None) | Cell::Int(None) | Cell::Fact(None) => String::new(),
        }
    }

    pub fn json(&self) -> Value {
        match self {
            Cell::Text(s) => Value::String(s.clone()),
            Cell::Fact(s) => s.clone().map_or(Value::Null, Value::String),
            Cell::Bool(b) => b.map_or(Value::Null, Value::Bool),
            Cell::Int(n) => n.map_or(Value::Null, Value::from),
        }
    }
}

/// The value of `column` for an entry.
pub(crate) fn cell(e: &Entry, column: Column, vocab: &Vocabularies) -> Cell {
    let r = &e.record;
    match column {
        Column::Id => Cell::Text(r.id.clone()),
        Column::Nom => Cell::text(r.nom.as_ref().map(|n| n.value.as_str())),
        Column::Statut => Cell::Fact(r.statut.as_ref().map(|s| s.value.clone())),
        Column::Commune => Cell::text(e.commune.map(|c| c.nom).or(r.commune())),
        Column::CodePostal => Cell::Fact(r.adresse.code_postal.as_ref().map(|c| c.value.clone())),
        Column::CodeInsee => Cell::text(e.commune.map(|c| c.code_insee)),
        Column::Departement => Cell::Text(
            e.departement()
                .map_or(String::new(), |d| format!("{} {}", d.code, d.nom)),
        ),
        Column::Region => Cell::Text(e.region().map_or(String::new(), |d| format!("{} {}", d.code, d.nom))),
        Column::Qpv => Cell::Bool(r.qpv.as_ref().map(|q| q.value)),
        Column::Numerique => Cell::Bool(r.numerique.as_ref().map(|q| q.value)),
        Column::Labellisation => Cell::Int(r.labellisation.annee.as_ref().map(|a| a.value)),
        Column::Structure => Cell::Fact(r.structure_porteuse.nom.as_ref().map(|n| n.value.clone())),
        Column::Actions => Cell::Text(register::actions::summary(e, vocab)),
        Column::Reseaux => Cell::Text(
            r.reseaux
                .iter()
                .map(|x| x.value.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        ),
        Column::Anct => Cell::text(r.identifiants.anct.as_ref().map(|a| a.value.as_str())),
        Column::Erreurs => Cell::Int(Some(e.errors as i64)),
    }
}

/// Parses a list of column names; unknown names fail with suggestions.
pub(crate) fn parse_columns(names: &[String], flag: &str, lang: Lang) -> Result<Vec<Column>> {
    let all: Vec<&str> = COLUMNS.iter().map(|(k, _)| *k).collect();
    names
        .iter()
        .map(|n| {
            let n = n.trim().trim_start_matches('-');
            COLUMNS.iter().find(|(k, _)| *k == n).map(|(_, c)| *c).ok_or_else(|| {
                let s = closest(n, all.iter().copied(), 3);
                anyhow::anyhow!(ui::unknown_value(lang, flag, n, &s, &all))
            })
        })
        .collect()
}

fn column_name(c: Column) -> &'static str {
    COLUMNS.iter().find(|(_, x)| *x == c).map_or("", |(k, _)| *k)
}

/// How a column of the list fits a terminal: one line per fabrique, texts
/// cut with « … » (an id keeps enough to be recognised), codes, answers
/// and numbers whole.
fn table_column(c: Column) -> table::Column {
    let column = table::Column::new(column_name(c));
    match c {
        Column::Id => column.cut(16),
        Column::Nom | Column::Structure => column.cut(12),
        Column::Commune | Column::Region | Column::Actions | Column::Reseaux => column.cut(10),
        Column::Departement => column.cut(8),
        Column::Statut
        | Column::CodePostal
        | Column::CodeInsee
        | Column::Qpv
        | Column::Numerique
        | Column::Anct
        | Column::Labellisation
        | Column::Erreurs => column,
    }
}

/// The value a column sorts by: its cell, except that Corsica's 2A and 2B
/// sort between 19 and 21, as in every French list of départements.
fn sort_key(e: &Entry, column: Column, vocab: &Vocabularies) -> Cell {
    match (column, cell(e, column, vocab)) {
        (Column::Departement, Cell::Text(t)) if t.starts_with("2A") || t.starts_with("2B") => {
            Cell::Text(format!("20{}", &t[1..]))
        }
        (_, c) => c,
    }
}

fn compare(a: &Cell, b: &Cell) -> Ordering {
    match (a, b) {
        (Cell::Text(x), Cell::Text(y)) => fold(x).cmp(&fold(y)).then_with(|| x.cmp(y)),
        (Cell::Fact(x), Cell::Fact(y)) => match (x, y) {
            (Some(x), Some(y)) => fold(x).cmp(&fold(y)).then_with(|| x.cmp(y)),
            _ => x.cmp(y),
        },
        (Cell::Bool(x), Cell::Bool(y)) => x.cmp(y),
        (Cell::Int(x), Cell::Int(y)) => x.cmp(y),
        _ => Ordering::Equal,
    }
}

/// The sort columns of `--tri` and whether each is descending.
pub(crate) fn sort_spec(keys: &[String], lang: Lang) -> Result<(Vec<Column>, Vec<bool>)> {
    if keys.is_empty() {
        return Ok((DEFAULT_SORT.to_vec(), vec![false; DEFAULT_SORT.len()]));
    }
    Ok((
        parse_columns(keys, "--tri", lang)?,
        keys.iter().map(|k| k.trim().starts_with('-')).collect(),
    ))
}

/// Compares two rows' sort keys, column by column.
fn compare_keys(a: &[Cell], b: &[Cell], descending: &[bool]) -> Ordering {
    a.iter()
        .zip(b)
        .zip(descending)
        .map(|((x, y), desc)| {
            let o = compare(x, y);
            if *desc {
                o.reverse()
            } else {
                o
            }
        })
        .find(|o| *o != Ordering::Equal)
        .unwrap_or(Ordering::Equal)
}

/// What `list` keeps of a matching record: its printed cells and sort keys.
struct Row {
    id: String,
    keys: Vec<Cell>,
    cells: Vec<Cell>,
    errors: usize,
}

pub(crate) fn run(cx: &Context, args: &ListArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8> {
    let (config, lang) = (&cx.config, cx.lang);
    let columns = if args.colonnes.is_empty() {
        DEFAULT_COLUMNS.to_vec()
    } else {
        parse_columns(&args.colonnes, "--colonnes", lang)?
    };
    if args.tri.iter().any(|k| k.trim().trim_start_matches('-').is_empty()) {
        bail!(fill(
            ui::FILTER_UNKNOWN.get(lang),
            &[("option", "--tri".into()), ("valeur", String::new())]
        ));
    }
    let (sort_columns, descending) = sort_spec(&args.tri, lang)?;
    let vocab = &config.settings.vocab;
    let filter = Filter::new(&args.filters, vocab, Geo::get(), lang)?;
    // Keep only what is printed and sorted on, not whole records: a large
    // register streams through.
    let mut selected: Vec<Row> = Vec::new();
    register::stream(
        cx,
        |e| filter.matches(e),
        |e| {
            selected.push(Row {
                id: e.record.id.clone(),
                keys: sort_columns.iter().map(|c| sort_key(&e, *c, vocab)).collect(),
                cells: if args.count {
                    Vec::new()
                } else {
                    columns.iter().map(|c| cell(&e, *c, vocab)).collect()
                },
                errors: e.errors,
            });
            Ok(())
        },
    )?;
    selected.sort_by(|a, b| compare_keys(&a.keys, &b.keys, &descending).then_with(|| a.id.cmp(&b.id)));

    if args.count {
        writeln!(out, "{}", selected.len())?;
        filter.note_unknowns(err, lang)?;
        return Ok(u8::from(args.fail_empty && selected.is_empty()));
    }
    if selected.is_empty() {
        writeln!(err, "{}", ui::LIST_EMPTY.get(lang))?;
        filter.note_unknowns(err, lang)?;
        return Ok(u8::from(args.fail_empty));
    }
    match args.format {
        ListFormat::Table => {
            // The actions of the default columns give way on a narrow
            // terminal; columns asked for with --colonnes never do.
            let optional = |c: &Column| args.colonnes.is_empty() && *c == Column::Actions;
            let mut t = Table::new(
                columns
                    .iter()
                    .map(|c| {
                        let column = table_column(*c);
                        if optional(c) {
                            column.optional()
                        } else {
                            column
                        }
                    })
                    .collect(),
            );
            for row in &selected {
                t.row(columns.iter().zip(&row.cells).map(|(c, cell)| {
                    // One value per cell: its line breaks too are shown.
                    let v = crate::terminal::escape(&cell.human(lang)).into_owned();
                    if *c == Column::Nom && row.errors > 0 {
                        format!("⚠ {v}")
                    } else {
                        v
                    }
                }));
            }
            t.write(out, cx.width, lang)?;
        }
        ListFormat::Csv | ListFormat::Tsv => {
            let delimiter = if args.format == ListFormat::Tsv { b'\t' } else { b',' };
            let mut w = crate::csv_writer::CsvWriter::with_delimiter(&mut *out, delimiter);
            w.row(columns.iter().map(|c| column_name(*c)))?;
            for row in &selected {
                w.row(row.cells.iter().map(Cell::plain))?;
            }
            w.flush()?;
        }
        ListFormat::Json => {
            let items: Vec<Value> = selected
                .iter()
                .map(|row| {
                    let mut m: Map<String, Value> = columns
                        .iter()
                        .zip(&row.cells)
                        .map(|(c, cell)| (column_name(*c).to_string(), cell.json()))
                        .collect();
                    m.insert("erreurs".into(), row.errors.into());
                    Value::Object(m)
                })
                .collect();
            serde_json::to_writer_pretty(&mut *out, &items)?;
            writeln!(out)?;
        }
    }
    let with_errors = selected.iter().filter(|r| r.errors > 0).count();
    super::hint_errors(err, lang, with_errors)?;
    filter.note_unknowns(err, lang)?;
    Ok(0)
}
