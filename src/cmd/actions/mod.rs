//! `fabriques actions`: the « Entrée par action » — who does what, who has
//! started, who wants to — and, with `--action`, "who can help me start a
//! fablab?".
//!
//! The matrix has one row per action category (and, below it, one per
//! sub-action the records name) and one column per action status, in the
//! vocabulary's order: « font ça » (`fait`), « ont commencé » (`commence`),
//! « veulent le faire » (`envisage`), then the register's own statuses,
//! then « non renseigné » for actions whose status is missing or unknown
//! (an error `validate` reports; the action is shown rather than hidden).
//! A fabrique appears once per row, in its most advanced status for that
//! row: one that does a fablab and plans a second one is a fablab that
//! « fait ça ». `--statut` keeps only the statuses asked for; `--action`
//! keeps only the categories asked for, and turns the matrix into a ranked
//! list per category: the fabriques that do it first, then those that have
//! started, then those that want to.
//!
//! Proximity. In this command `--commune` and `--departement` do not
//! filter: they name the place the user is from, and the fabriques are
//! ordered nearest first, because "who can help me?" is answered by the
//! neighbours, and a filter would leave out the fabrique just across the
//! border. The order is: same commune, then same département, then same
//! région, then the rest — the régions are how the networks of tiers-lieux
//! are organised — and within each group by distance as the crow flies
//! (haversine on `adresse.latitude/longitude`) when it is known, then by
//! name. The geography reference has no coordinates, so a commune's point
//! is the centre of the coordinates recorded by the register's fabriques
//! in that commune; without any, or with `--departement` alone, there are
//! no distances and the groups alone give the order. Every other filter
//! filters, as in `list`.
//!
//! Formats: the table (matrix, or ranked lists with `--action`); CSV, one
//! line per fabrique per row and status
//! (`categorie,sous_action,statut,id,nom,commune,departement,proximite,distance_km`);
//! JSON, `{"reference", "actions": [{"categorie", "libelle", "sous_action",
//! "statuts": {"fait": [fabrique...], ...}}]}`. The CSV and JSON shapes are
//! the same with or without `--action`.

mod proximity;

use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::io::Write;

use anyhow::Result;
use serde_json::{json, Map, Value};

use crate::context::Context;
use crate::filter::{fold, Filter, FilterArgs};
use crate::geo::{Commune, Geo};
use crate::messages::{fill, plural, ui, Lang};
use crate::register::actions::{category_key, category_label, Columns, NOT_RECORDED};
use crate::register::{self, Entry};
use crate::table::{Column, Table};
use crate::vocab::Vocabularies;

use proximity::*;

/// Output formats of `actions`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ActionsFormat {
    Table,
    Csv,
    Json,
}

/// The arguments of `actions`.
#[derive(Debug, clap::Args)]
pub(crate) struct ActionsArgs {
    #[command(flatten)]
    pub filters: FilterArgs,
    #[arg(long, value_enum, default_value_t = ActionsFormat::Table)]
    pub format: ActionsFormat,
}

/// A fabrique in a cell, with where it stands from the reference.
struct Placed<'a> {
    entry: &'a Entry,
    near: Option<Near>,
}

/// Nearest first (group, then known distance, then unknown distance), then
/// by name regardless of case and accents, then by id.
fn compare(a: &Placed, b: &Placed) -> Ordering {
    let near = match (a.near, b.near) {
        (Some(x), Some(y)) => x.proximity.cmp(&y.proximity).then_with(|| match (x.km, y.km) {
            (Some(p), Some(q)) => p.total_cmp(&q),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        }),
        _ => Ordering::Equal,
    };
    near.then_with(|| fold(a.entry.record.nom()).cmp(&fold(b.entry.record.nom())))
        .then_with(|| a.entry.record.id.cmp(&b.entry.record.id))
}

/// One row of the matrix: a category, or one of its sub-actions.
struct Row<'a> {
    categorie: String,
    libelle: String,
    sous_action: Option<String>,
    /// One list per column, nearest (or alphabetical) first.
    cells: Vec<Vec<Placed<'a>>>,
}

/// Builds the rows: for each category (in vocabulary order) the category
/// row, then its sub-action rows (alphabetical). A fabrique goes in its
/// most advanced column of each row.
fn rows<'a>(
    selected: &[&'a Entry],
    columns: &Columns,
    vocab: &Vocabularies,
    only: &[String],
    reference: Option<&Reference>,
) -> Vec<Row<'a>> {
    // Entry index → best column, for one row.
    type Cells = BTreeMap<usize, usize>;
    // (folded text, text) of a sub-action → its row.
    type SubRows = BTreeMap<(String, String), Cells>;
    let mut categories: BTreeMap<(usize, String), (Cells, SubRows)> = BTreeMap::new();
    for (i, e) in selected.iter().enumerate() {
        for a in &e.record.actions {
            let Some(col) = columns.of(a.statut.as_ref().map(|s| s.value.as_str())) else {
                continue;
            };
            let sous_action = a.sous_action.as_ref().map(|s| s.value.trim()).filter(|s| !s.is_empty());
            for c in a
                .categories
                .iter()
                .filter(|c| only.is_empty() || only.contains(&c.value))
            {
                let (all, subs) = categories.entry(category_key(vocab, &c.value)).or_default();
                let slot = all.entry(i).or_insert(col);
                *slot = (*slot).min(col);
                // A sub-action that only repeats its category's name (« Campus
                // connecté » under Campus connecté) would be a row saying
                // nothing new.
                let repeats = |s: &str| fold(s) == fold(&category_label(vocab, &c.value));
                if let Some(s) = sous_action.filter(|s| !repeats(s)) {
                    let cells = subs.entry((fold(s), s.to_string())).or_default();
                    let slot = cells.entry(i).or_insert(col);
                    *slot = (*slot).min(col);
                }
            }
        }
    }
    let to_cells = |cells: &Cells| -> Vec<Vec<Placed<'a>>> {
        let mut out: Vec<Vec<Placed<'a>>> = (0..columns.len()).map(|_| Vec::new()).collect();
        for (&i, &col) in cells {
            let entry = selected[i];
            out[col].push(Placed {
                entry,
                near: reference.map(|r| r.near(entry)),
            });
        }
        for cell in &mut out {
            cell.sort_by(compare);
        }
        out
    };
    let mut out = Vec::new();
    for ((_, code), (all, subs)) in &categories {
        let libelle = category_label(vocab, code);
        out.push(Row {
            categorie: code.clone(),
            libelle: libelle.clone(),
            sous_action: None,
            cells: to_cells(all),
        });
        for ((_, text), cells) in subs {
            out.push(Row {
                categorie: code.clone(),
                libelle: libelle.clone(),
                sous_action: Some(text.clone()),
                cells: to_cells(cells),
            });
        }
    }
    out
}

/// `14 km`, rounded to the kilometre.
fn km_text(km: f64) -> String {
    format!("{km:.0} km")
}

/// Kilometres with one decimal, for machines.
fn km_value(km: f64) -> f64 {
    (km * 10.0).round() / 10.0
}

fn departement_text(e: &Entry) -> String {
    e.departement()
        .map_or(String::new(), |d| format!("{} {}", d.code, d.nom))
}

fn commune_text(e: &Entry) -> String {
    e.commune
        .map(|c| c.nom)
        .or(e.record.commune())
        .unwrap_or_default()
        .to_string()
}

/// The sub-actions a fabrique names in a category, for the ranked list;
/// one of another status than the row's says which (`Découpe laser
/// (envisage)`), so that a fabrique listed as doing a fablab is not read as
/// already doing the laser cutting it plans.
fn sous_actions(e: &Entry, categorie: &str, statut: &str) -> String {
    let mut v: Vec<String> = Vec::new();
    for a in e
        .record
        .actions
        .iter()
        .filter(|a| a.categories.iter().any(|c| c.value == categorie))
    {
        let Some(s) = a.sous_action.as_ref().map(|s| s.value.trim()).filter(|s| !s.is_empty()) else {
            continue;
        };
        let own = a.statut.as_ref().map_or(NOT_RECORDED, |x| x.value.as_str());
        let text = if own == statut {
            s.to_string()
        } else {
            format!("{s} ({own})")
        };
        if !v.contains(&text) {
            v.push(text);
        }
    }
    v.join(" ; ")
}

fn fabrique_json(p: &Placed) -> Value {
    let e = p.entry;
    json!({
        "id": e.record.id,
        "nom": e.record.nom(),
        "commune": commune_text(e),
        "departement": e.departement().map(|d| d.code),
        "proximite": p.near.map(|n| n.proximity.key()),
        "distance_km": p.near.and_then(|n| n.km).map(km_value),
    })
}

pub(crate) fn run(cx: &Context, args: &ActionsArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8> {
    let (config, lang, width) = (&cx.config, cx.lang, cx.width);
    let vocab = &config.settings.vocab;
    let geo = Geo::get();
    // `--commune` and `--departement` name the reference place; the other
    // flags filter. All are checked before any file is read.
    let mut filters = args.filters.clone();
    let place_args = FilterArgs {
        commune: std::mem::take(&mut filters.commune),
        departement: std::mem::take(&mut filters.departement),
        ..FilterArgs::default()
    };
    let place = Filter::new(&place_args, vocab, geo, lang)?;
    let filter = Filter::new(&filters, vocab, geo, lang)?;
    // The whole register is read: a reference commune takes its point from
    // any fabrique there, selected or not.
    let all = register::entries(cx)?;
    let selected: Vec<&Entry> = all.iter().filter(|e| filter.matches(e)).collect();
    let reference = Reference::new(&place, &all, geo);
    let columns = Columns::new(vocab, &filters.statut);
    let rows = rows(&selected, &columns, vocab, &filters.action, reference.as_ref());

    if selected.is_empty() {
        writeln!(err, "{}", ui::LIST_EMPTY.get(lang))?;
    }
    match args.format {
        ActionsFormat::Json => write_json(out, &rows, &columns, reference.as_ref(), &place)?,
        ActionsFormat::Csv => write_csv(out, &rows, &columns)?,
        ActionsFormat::Table => {
            if let Some(r) = &reference {
                write_reference(out, lang, r, &place, geo)?;
            }
            if filters.action.is_empty() {
                write_matrix(out, lang, width, &rows, &columns, vocab)?;
            } else {
                // Proximity when there is a reference; distances only when
                // it has a point (a column of dashes says nothing).
                let extra = Extra {
                    proximity: reference.is_some(),
                    distance: reference.as_ref().is_some_and(|r| !r.points.is_empty()),
                };
                write_ranked(out, lang, width, &rows, &columns, vocab, extra)?;
            }
        }
    }
    let with_errors = selected.iter().filter(|e| e.errors > 0).count();
    super::hint_errors(err, lang, with_errors)?;
    filter.note_unknowns(err, lang)?;
    Ok(0)
}

/// Says what the order is measured from, and whether distances are known.
fn write_reference(out: &mut dyn Write, lang: Lang, r: &Reference, place: &Filter, geo: &Geo) -> Result<()> {
    let text = if r.communes.is_empty() {
        &ui::ACTIONS_NEAR_DEPARTEMENT
    } else {
        &ui::ACTIONS_NEAR
    };
    writeln!(out, "{}", fill(text.get(lang), &[("lieu", r.describe(place, geo))]))?;
    if !r.communes.is_empty() {
        let line = if r.points.is_empty() {
            ui::ACTIONS_NO_POINT.get(lang).to_string()
        } else {
            let word = plural(lang, r.sources, &ui::FABRIQUE_ONE, &ui::FABRIQUE_MANY);
            fill(
                ui::ACTIONS_POINT.get(lang),
                &[("nombre", r.sources.to_string()), ("fabriques", word.to_string())],
            )
        };
        writeln!(out, "{line}")?;
    }
    writeln!(out)?;
    Ok(())
}

/// The matrix: one row per category and sub-action, names in the cells.
fn write_matrix(
    out: &mut dyn Write,
    lang: Lang,
    width: Option<usize>,
    rows: &[Row],
    columns: &Columns,
    vocab: &Vocabularies,
) -> Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    // The "not recorded" column only when some action needs it.
    let shown: Vec<usize> = (0..columns.len())
        .filter(|&i| i < columns.codes.len() || rows.iter().any(|r| !r.cells[i].is_empty()))
        .collect();
    // The names in a cell are read whole: they go on over several lines.
    let mut header = vec![Column::new(ui::ACTIONS_COL_ACTION.get(lang)).wrap(12)];
    header.extend(
        shown
            .iter()
            .map(|&i| Column::new(columns.header(i, vocab, lang)).wrap(12)),
    );
    let mut t = Table::new(header);
    for row in rows {
        let first = match &row.sous_action {
            None => row.libelle.clone(),
            Some(s) => format!("  · {s}"),
        };
        let mut cells = vec![first];
        cells.extend(shown.iter().map(|&i| {
            row.cells[i]
                .iter()
                .map(|p| match p.near.and_then(|n| n.km) {
                    Some(km) => format!("{} ({})", p.entry.record.nom(), km_text(km)),
                    None => p.entry.record.nom().to_string(),
                })
                .collect::<Vec<_>>()
                .join(", ")
        }));
        t.row(cells);
    }
    t.write(out, width, lang)?;
    Ok(())
}

/// The optional columns of the ranked list.
#[derive(Clone, Copy)]
struct Extra {
    proximity: bool,
    distance: bool,
}

/// With `--action`: per category, the fabriques that do it, then those
/// that have started, then those that want to, nearest first.
fn write_ranked(
    out: &mut dyn Write,
    lang: Lang,
    width: Option<usize>,
    rows: &[Row],
    columns: &Columns,
    vocab: &Vocabularies,
    extra: Extra,
) -> Result<()> {
    let mut first = true;
    for row in rows.iter().filter(|r| r.sous_action.is_none()) {
        if !first {
            writeln!(out)?;
        }
        first = false;
        writeln!(out, "{} ({})", row.libelle, row.categorie)?;
        let mut header = vec![
            Column::new(ui::ACTIONS_COL_STATUT.get(lang)).cut(8),
            Column::new(ui::COL_ID.get(lang)).cut(16),
            Column::new(ui::COL_NOM.get(lang)).cut(12),
            Column::new(ui::GEO_COL_COMMUNE.get(lang)).cut(10),
            Column::new(ui::GEO_COL_DEPARTEMENT.get(lang)).cut(8),
        ];
        if extra.proximity {
            header.push(Column::new(ui::ACTIONS_COL_PROXIMITE.get(lang)).cut(8));
        }
        if extra.distance {
            header.push(Column::new(ui::ACTIONS_COL_DISTANCE.get(lang)));
        }
        header.push(Column::new(ui::ACTIONS_COL_SOUS_ACTIONS.get(lang)).wrap(12));
        let mut t = Table::new(header);
        for (i, cell) in row.cells.iter().enumerate() {
            for p in cell {
                let e = p.entry;
                let mut cells = vec![
                    columns.header(i, vocab, lang),
                    e.record.id.clone(),
                    e.record.nom().to_string(),
                    commune_text(e),
                    departement_text(e),
                ];
                if let Some(n) = p.near.filter(|_| extra.proximity) {
                    cells.push(n.proximity.label(lang).to_string());
                }
                if let Some(n) = p.near.filter(|_| extra.distance) {
                    cells.push(n.km.map_or("—".to_string(), km_text));
                }
                cells.push(sous_actions(e, &row.categorie, columns.key(i)));
                t.row(cells);
            }
        }
        t.write(out, width, lang)?;
    }
    Ok(())
}

/// `{"reference", "actions": [{"categorie", "libelle", "sous_action", "statuts": {...}}]}`.
fn write_json(
    out: &mut dyn Write,
    rows: &[Row<'_>],
    columns: &Columns,
    reference: Option<&Reference>,
    place: &Filter,
) -> Result<()> {
    let reference_json = reference.as_ref().map_or(Value::Null, |r| {
        json!({
            "communes": r.communes.iter().map(|c| json!({"code_insee": c.code_insee, "nom": c.nom})).collect::<Vec<_>>(),
            "departements": place.departement_codes(),
            "points": r.points.len(),
        })
    });
    let items: Vec<Value> = rows
        .iter()
        .map(|row| {
            let statuts: Map<String, Value> = row
                .cells
                .iter()
                .enumerate()
                .map(|(i, cell)| {
                    (
                        columns.key(i).to_string(),
                        Value::Array(cell.iter().map(fabrique_json).collect()),
                    )
                })
                .collect();
            json!({
                "categorie": row.categorie,
                "libelle": row.libelle,
                "sous_action": row.sous_action,
                "statuts": statuts,
            })
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &json!({ "reference": reference_json, "actions": items }))?;
    writeln!(out)?;
    Ok(())
}

/// One line per fabrique per row and status.
fn write_csv(out: &mut dyn Write, rows: &[Row<'_>], columns: &Columns) -> Result<()> {
    let mut w = crate::csv_writer::CsvWriter::new(&mut *out);
    w.row([
        "categorie",
        "sous_action",
        "statut",
        "id",
        "nom",
        "commune",
        "departement",
        "proximite",
        "distance_km",
    ])?;
    for row in rows {
        for (i, cell) in row.cells.iter().enumerate() {
            for p in cell {
                let e = p.entry;
                w.row([
                    row.categorie.clone(),
                    row.sous_action.clone().unwrap_or_default(),
                    columns.key(i).to_string(),
                    e.record.id.clone(),
                    e.record.nom().to_string(),
                    commune_text(e),
                    e.departement().map_or(String::new(), |d| d.code.to_string()),
                    p.near.map_or(String::new(), |n| n.proximity.key().to_string()),
                    p.near
                        .and_then(|n| n.km)
                        .map_or(String::new(), |km| km_value(km).to_string()),
                ])?;
            }
        }
    }
    w.flush()?;
    Ok(())
}
