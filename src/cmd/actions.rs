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

use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::io::Write;

use anyhow::Result;
use serde_json::{json, Map, Value};

use crate::config::Config;
use crate::filter::{fold, Filter, FilterArgs};
use crate::geo::{Commune, Geo};
use crate::messages::{fill, plural, ui, Lang};
use crate::register::{self, Entry};
use crate::vocab::Vocabularies;

/// Output formats of `actions`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ActionsFormat {
    Table,
    Csv,
    Json,
}

/// The arguments of `actions`.
#[derive(Debug, clap::Args)]
pub struct ActionsArgs {
    #[command(flatten)]
    pub filters: FilterArgs,
    #[arg(long, value_enum, default_value_t = ActionsFormat::Table)]
    pub format: ActionsFormat,
}

/// Key of the column (and of `stats` lines) for a status that is not
/// recorded, or not in the vocabulary.
pub const NOT_RECORDED: &str = "non_renseigne";

/// The status columns, most advanced first.
#[derive(Debug, Clone)]
pub struct Columns {
    /// Status codes, in the vocabulary's order (fait, commence, envisage,
    /// then the register's additions).
    pub codes: Vec<String>,
    /// Whether a last column takes actions without a known status (only
    /// when no `--statut` restricts the columns).
    pub unrecorded: bool,
}

impl Columns {
    /// Every status of the vocabulary, or only those of `only` (in the
    /// vocabulary's order) when it is not empty.
    pub fn new(vocab: &Vocabularies, only: &[String]) -> Columns {
        let codes = vocab
            .get("statuts_action")
            .entries
            .iter()
            .map(|e| e.code.to_string())
            .filter(|c| only.is_empty() || only.contains(c))
            .collect();
        Columns {
            codes,
            unrecorded: only.is_empty(),
        }
    }

    pub fn len(&self) -> usize {
        self.codes.len() + usize::from(self.unrecorded)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The column of an action with this status; `None` when the column is
    /// not shown.
    pub fn of(&self, statut: Option<&str>) -> Option<usize> {
        match statut.and_then(|s| self.codes.iter().position(|c| c == s)) {
            Some(i) => Some(i),
            None if self.unrecorded => Some(self.codes.len()),
            None => None,
        }
    }

    /// The stable key of column `i`: a status code, or `non_renseigne`.
    pub fn key(&self, i: usize) -> &str {
        self.codes.get(i).map_or(NOT_RECORDED, String::as_str)
    }

    /// The heading of column `i`: the Movilab wording for the three
    /// statuses of the programme, the vocabulary's label for the others.
    pub fn header(&self, i: usize, vocab: &Vocabularies, lang: Lang) -> String {
        match self.codes.get(i).map(String::as_str) {
            Some("fait") => ui::ACTIONS_FAIT.get(lang).to_string(),
            Some("commence") => ui::ACTIONS_COMMENCE.get(lang).to_string(),
            Some("envisage") => ui::ACTIONS_ENVISAGE.get(lang).to_string(),
            Some(code) => vocab
                .get("statuts_action")
                .get(code)
                .map_or(code.to_string(), |e| e.libelle.to_string()),
            None => ui::UNKNOWN.get(lang).to_string(),
        }
    }
}

/// Orders category codes: the vocabulary's order (the register's additions
/// come after the built-in ones), then unknown codes alphabetically.
pub fn category_key(vocab: &Vocabularies, code: &str) -> (usize, String) {
    let entries = &vocab.get("categories").entries;
    let i = entries.iter().position(|e| e.code == code).unwrap_or(entries.len());
    (i, code.to_string())
}

/// The label of a category (the code itself when it is unknown).
pub fn category_label(vocab: &Vocabularies, code: &str) -> String {
    vocab
        .get("categories")
        .get(code)
        .map_or(code.to_string(), |e| e.libelle.to_string())
}

/// For one fabrique: each category of its actions (among `only`, when not
/// empty) with its most advanced column. Sorted by category key.
pub fn best_by_category(
    e: &Entry,
    columns: &Columns,
    vocab: &Vocabularies,
    only: &[String],
) -> Vec<((usize, String), usize)> {
    let mut best: BTreeMap<(usize, String), usize> = BTreeMap::new();
    for a in &e.record.actions {
        let Some(col) = columns.of(a.statut.as_ref().map(|s| s.value.as_str())) else {
            continue;
        };
        for c in a
            .categories
            .iter()
            .filter(|c| only.is_empty() || only.contains(&c.value))
        {
            let slot = best.entry(category_key(vocab, &c.value)).or_insert(col);
            *slot = (*slot).min(col);
        }
    }
    best.into_iter().collect()
}

/// How near a fabrique is to the reference place, coarse to fine.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Proximity {
    Commune,
    Departement,
    Region,
    Elsewhere,
}

impl Proximity {
    fn key(self) -> &'static str {
        match self {
            Proximity::Commune => "commune",
            Proximity::Departement => "departement",
            Proximity::Region => "region",
            Proximity::Elsewhere => "ailleurs",
        }
    }

    fn label(self, lang: Lang) -> &'static str {
        match self {
            Proximity::Commune => ui::NEAR_COMMUNE.get(lang),
            Proximity::Departement => ui::NEAR_DEPARTEMENT.get(lang),
            Proximity::Region => ui::NEAR_REGION.get(lang),
            Proximity::Elsewhere => ui::NEAR_ELSEWHERE.get(lang),
        }
    }
}

/// Where a fabrique stands from the reference place.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Near {
    pub proximity: Proximity,
    /// Kilometres as the crow flies, when both ends have coordinates.
    pub km: Option<f64>,
}

/// The reference place of `--commune` / `--departement`.
#[derive(Debug)]
pub struct Reference {
    pub communes: Vec<&'static Commune>,
    pub departements: Vec<&'static str>,
    pub regions: Vec<&'static str>,
    /// One point per reference commune that has one: the centre of the
    /// coordinates of the register's fabriques in that commune.
    pub points: Vec<(f64, f64)>,
    /// How many fabriques' coordinates made the points.
    pub sources: usize,
}

/// A record's coordinates, when both are written and plausible.
fn coordinates(e: &Entry) -> Option<(f64, f64)> {
    let a = &e.record.adresse;
    let (lat, lon) = (a.latitude.as_ref()?.value, a.longitude.as_ref()?.value);
    ((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon)).then_some((lat, lon))
}

/// Distance in kilometres between two WGS 84 points (haversine, mean
/// Earth radius): good to a few hundred metres at the scale of France.
pub fn haversine_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    const EARTH_RADIUS_KM: f64 = 6371.0088;
    let (la1, la2) = (a.0.to_radians(), b.0.to_radians());
    let dlat = la2 - la1;
    let dlon = (b.1 - a.1).to_radians();
    let h = (dlat / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlon / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * h.sqrt().min(1.0).asin()
}

impl Reference {
    /// The reference named by `place` (its communes and départements,
    /// resolved), with points from `all` the register's entries; `None`
    /// when no place is named.
    fn new(place: &Filter, all: &[Entry], geo: &'static Geo) -> Option<Reference> {
        let communes: Vec<&'static Commune> = place
            .commune_codes()
            .into_iter()
            .filter_map(|c| geo.current_commune(c))
            .collect();
        let mut departements = place.departement_codes();
        if communes.is_empty() && departements.is_empty() {
            return None;
        }
        departements.extend(communes.iter().map(|c| c.departement));
        departements.sort_unstable();
        departements.dedup();
        let mut regions: Vec<&'static str> = departements
            .iter()
            .filter_map(|d| geo.departement(d).map(|d| d.region))
            .collect();
        regions.sort_unstable();
        regions.dedup();
        let mut points = Vec::new();
        let mut sources = 0;
        for c in &communes {
            let here: Vec<(f64, f64)> = all
                .iter()
                .filter(|e| e.commune.is_some_and(|x| x.code_insee == c.code_insee))
                .filter_map(coordinates)
                .collect();
            if !here.is_empty() {
                let n = here.len() as f64;
                let lat = here.iter().map(|p| p.0).sum::<f64>() / n;
                let lon = here.iter().map(|p| p.1).sum::<f64>() / n;
                points.push((lat, lon));
                sources += here.len();
            }
        }
        Some(Reference {
            communes,
            departements,
            regions,
            points,
            sources,
        })
    }

    /// Where `e` stands from the reference.
    pub fn near(&self, e: &Entry) -> Near {
        // A record without a certain commune may still have a certain
        // département (see `place`).
        let proximity = match (e.commune, e.departement()) {
            (Some(c), _) if self.communes.iter().any(|r| r.code_insee == c.code_insee) => Proximity::Commune,
            (_, Some(d)) if self.departements.contains(&d.code) => Proximity::Departement,
            (_, Some(d)) if self.regions.contains(&d.region) => Proximity::Region,
            _ => Proximity::Elsewhere,
        };
        let km = coordinates(e).and_then(|p| {
            self.points
                .iter()
                .map(|r| haversine_km(*r, p))
                .min_by(|a, b| a.total_cmp(b))
        });
        Near { proximity, km }
    }

    /// The place as the user reads it: `Chambéry (73), 74 Haute-Savoie`.
    fn describe(&self, place: &Filter, geo: &Geo) -> String {
        let mut parts: Vec<String> = self
            .communes
            .iter()
            .map(|c| format!("{} ({})", c.nom, c.departement))
            .collect();
        parts.extend(
            place
                .departement_codes()
                .iter()
                .filter_map(|d| geo.departement(d))
                .map(|d| format!("{} {}", d.code, d.nom)),
        );
        parts.join(", ")
    }
}

/// A fabrique in a cell, with where it stands from the reference.
pub struct Placed<'a> {
    pub entry: &'a Entry,
    pub near: Option<Near>,
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
pub struct Row<'a> {
    pub categorie: String,
    pub libelle: String,
    pub sous_action: Option<String>,
    /// One list per column, nearest (or alphabetical) first.
    pub cells: Vec<Vec<Placed<'a>>>,
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

pub fn run(
    config: &Config,
    args: &ActionsArgs,
    terminal: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<u8> {
    let lang = config.lang;
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
    let place = Filter::new(&place_args, vocab, geo)?;
    let filter = Filter::new(&filters, vocab, geo)?;
    // The whole register is read: a reference commune takes its point from
    // any fabrique there, selected or not.
    let all = register::entries(config)?;
    let selected: Vec<&Entry> = all.iter().filter(|e| filter.matches(e)).collect();
    let reference = Reference::new(&place, &all, geo);
    let columns = Columns::new(vocab, &filters.statut);
    let rows = rows(&selected, &columns, vocab, &filters.action, reference.as_ref());

    if selected.is_empty() {
        writeln!(err, "{}", ui::LIST_EMPTY.get(lang))?;
    }
    match args.format {
        ActionsFormat::Json => {
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
        }
        ActionsFormat::Csv => {
            let mut w = csv::Writer::from_writer(&mut *out);
            w.write_record([
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
            for row in &rows {
                for (i, cell) in row.cells.iter().enumerate() {
                    for p in cell {
                        let e = p.entry;
                        w.write_record([
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
        }
        ActionsFormat::Table => {
            if let Some(r) = &reference {
                write_reference(out, lang, r, &place, geo)?;
            }
            if filters.action.is_empty() {
                write_matrix(out, lang, terminal, &rows, &columns, vocab)?;
            } else {
                // Proximity when there is a reference; distances only when
                // it has a point (a column of dashes says nothing).
                let extra = Extra {
                    proximity: reference.is_some(),
                    distance: reference.as_ref().is_some_and(|r| !r.points.is_empty()),
                };
                write_ranked(out, lang, terminal, &rows, &columns, vocab, extra)?;
            }
        }
    }
    let with_errors = selected.iter().filter(|e| e.errors > 0).count();
    super::hint_errors(err, lang, with_errors)?;
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
    terminal: bool,
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
    let mut t = super::new_table(terminal);
    let mut header = vec![ui::ACTIONS_COL_ACTION.get(lang).to_string()];
    header.extend(shown.iter().map(|&i| columns.header(i, vocab, lang)));
    t.set_header(header);
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
        t.add_row(cells);
    }
    writeln!(out, "{t}")?;
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
    terminal: bool,
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
        let mut t = super::new_table(terminal);
        let mut header = vec![
            ui::ACTIONS_COL_STATUT.get(lang),
            ui::COL_ID.get(lang),
            ui::COL_NOM.get(lang),
            ui::GEO_COL_COMMUNE.get(lang),
            ui::GEO_COL_DEPARTEMENT.get(lang),
        ];
        if extra.proximity {
            header.push(ui::ACTIONS_COL_PROXIMITE.get(lang));
        }
        if extra.distance {
            header.push(ui::ACTIONS_COL_DISTANCE.get(lang));
        }
        header.push(ui::ACTIONS_COL_SOUS_ACTIONS.get(lang));
        t.set_header(header);
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
                t.add_row(cells);
            }
        }
        writeln!(out, "{t}")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn haversine_gives_known_distances() {
        // Chambéry – Aix-les-Bains: about 14 km; Paris – Lyon: about 392 km.
        let d = haversine_km((45.5646, 5.9178), (45.6885, 5.9153));
        assert!((d - 13.8).abs() < 0.5, "{d}");
        let d = haversine_km((48.8566, 2.3522), (45.7640, 4.8357));
        assert!((d - 392.0).abs() < 3.0, "{d}");
        assert_eq!(haversine_km((45.0, 5.0), (45.0, 5.0)), 0.0);
    }

    #[test]
    fn columns_follow_the_vocabulary_and_statut() {
        let vocab = Vocabularies::new(&[]);
        let all = Columns::new(&vocab, &[]);
        assert_eq!(all.codes, ["fait", "commence", "envisage"]);
        assert_eq!(all.of(Some("commence")), Some(1));
        assert_eq!(all.of(None), Some(3));
        assert_eq!(all.of(Some("fini")), Some(3));
        assert_eq!(all.key(3), NOT_RECORDED);
        let some = Columns::new(&vocab, &["envisage".to_string(), "fait".to_string()]);
        assert_eq!(some.codes, ["fait", "envisage"]);
        assert_eq!(some.of(Some("commence")), None);
        assert_eq!(some.of(None), None);
    }
}
