//! `export --csv`: one row per fabrique for spreadsheets, and the record
//! in full, so that `import` gives it back exactly.
//!
//! The columns and their order are stable (see [`COLUMNS`] and the README);
//! a fact the record does not give is an empty cell (unknown), never
//! `false`; quoting follows RFC 4180 (the `csv` crate). Every field of the
//! record format has its column, written in the cell grammar of
//! [`super::cell`] (lists joined with ` | `, a backslash marking what
//! would otherwise be lost); the nested lists (actions, links, exceptions)
//! are also written whole as JSON (`actions_json`, `liens`,
//! `validation_ignorer`), beside the readable `actions*` columns. Derived
//! columns (`code_insee_commune`, `departement`, `region`,
//! `financement_total`...) are for reading; `import` ignores them. Cells a
//! spreadsheet would run as a formula get a leading `'` (CSV injection),
//! as in every CSV this tool writes (`csv_writer`), which `import` takes
//! away again.
//!
//! With `;` as delimiter (the French spreadsheet convention), decimals
//! follow the same convention: `45,95` (see [`DECIMAL_COLUMNS`]); with any
//! other delimiter they are written `45.95`. A French LibreOffice or Excel
//! then reads the coordinates as numbers either way it is set up
//! (`import` reads both).

use anyhow::{bail, Result};
use serde_json::{json, Map, Value};

use super::cell;

use crate::csv_writer::CsvWriter;
use crate::messages::{ui, Lang};
use crate::register::Entry;
use crate::suggest::closest;
use crate::vocab::Vocabularies;

/// Joins the values of a multi-valued cell.
pub const JOIN: &str = cell::JOIN;

/// The export's columns, in order.
pub const COLUMNS: &[&str] = &[
    "id",
    "nom",
    "statut",
    "commune",
    "code_postal",
    "code_insee",
    "code_insee_commune",
    "departement",
    "departement_nom",
    "region",
    "region_nom",
    "qpv",
    "code_qpv",
    "numerique",
    "labellisation",
    "vague",
    "structure_porteuse",
    "forme_juridique",
    "creation",
    "siret",
    "consortium_collectivites",
    "consortium_centres_sociaux",
    "consortium_bailleurs_sociaux",
    "consortium_acteurs_formation",
    "consortium_entreprises",
    "consortium_associations",
    "consortium_autres",
    "actions",
    "actions_fait",
    "actions_commence",
    "actions_envisage",
    "actions_json",
    "publics",
    "criteres_communaute",
    "criteres_gouvernance",
    "criteres_ancrage",
    "criteres_mise_en_commun",
    "reseaux",
    "site_web",
    "page_movilab",
    "video",
    "voie",
    "latitude",
    "longitude",
    "precision_point",
    "financement_annuel",
    "financement_total",
    "bonus_numerique",
    "sources",
    "description",
    "anct",
    "liens",
    "validation_ignorer",
];

/// The columns holding decimal numbers: written with a decimal comma when
/// the delimiter is `;`.
pub const DECIMAL_COLUMNS: &[&str] = &["latitude", "longitude"];

/// Checks `--colonnes` (all columns when empty).
pub fn columns(asked: &[String], lang: Lang) -> Result<Vec<&'static str>> {
    if asked.is_empty() {
        return Ok(COLUMNS.to_vec());
    }
    asked
        .iter()
        .map(|c| {
            let c = c.trim();
            match COLUMNS.iter().find(|k| **k == c) {
                Some(k) => Ok(*k),
                None => bail!(ui::unknown_value(
                    lang,
                    "--colonnes",
                    c,
                    &closest(c, COLUMNS.iter().copied(), 3),
                    COLUMNS
                )),
            }
        })
        .collect()
}

/// One action in a cell: `categorie[+categorie][ : sous-action]`.
fn action_text(a: &crate::record::Action) -> String {
    let cats: Vec<&str> = a.categories.iter().map(|c| c.value.as_str()).collect();
    let mut s = cats.join("+");
    if let Some(detail) = a.sous_action.as_ref().or(a.precision.as_ref()) {
        s = format!("{s} : {}", detail.value);
    }
    s
}

fn actions_with(e: &Entry, statut: &str) -> String {
    e.record
        .actions
        .iter()
        .filter(|a| a.statut.as_ref().is_some_and(|s| s.value == statut))
        .map(action_text)
        .collect::<Vec<_>>()
        .join(JOIN)
}

/// A list of free texts as a cell (` | ` inside an item escaped).
fn joined(v: &[crate::record::Sp<String>]) -> String {
    cell::list(v.iter().map(|s| s.value.as_str()), false)
}

/// A list of codes as a cell (`,` and `;` inside a code escaped too).
fn codes(v: &[crate::record::Sp<String>]) -> String {
    cell::list(v.iter().map(|s| s.value.as_str()), true)
}

/// A text field as a cell (empty when unknown).
fn text(v: Option<&crate::record::Sp<String>>) -> String {
    v.map_or(String::new(), |s| cell::text(&s.value))
}

/// A number or a yes/no as a cell: its exact form.
fn shown<T: ToString>(v: Option<&crate::record::Sp<T>>) -> String {
    v.map_or(String::new(), |s| s.value.to_string())
}

/// A JSON array as a cell; empty when there is nothing.
fn json_cell(items: Vec<Value>) -> String {
    if items.is_empty() {
        String::new()
    } else {
        Value::Array(items).to_string()
    }
}

/// Only the keys a table writes: absent stays absent.
fn object(pairs: &[(&str, Option<Value>)]) -> Value {
    Value::Object(
        pairs
            .iter()
            .filter_map(|(k, v)| Some(((*k).to_string(), v.clone()?)))
            .collect::<Map<_, _>>(),
    )
}

fn string(v: Option<&crate::record::Sp<String>>) -> Option<Value> {
    v.map(|s| Value::String(s.value.clone()))
}

/// The record's actions whole: `[{"categorie": ..., "sous_action": ...,
/// "precision": ..., "statut": ...}]`, a category alone as a string.
fn actions_json(r: &crate::record::Record) -> String {
    json_cell(
        r.actions
            .iter()
            .map(|a| {
                let categorie = match a.categories.as_slice() {
                    [one] => json!(one.value),
                    many => json!(many.iter().map(|c| &c.value).collect::<Vec<_>>()),
                };
                object(&[
                    ("categorie", Some(categorie)),
                    ("sous_action", string(a.sous_action.as_ref())),
                    ("precision", string(a.precision.as_ref())),
                    ("statut", string(a.statut.as_ref())),
                ])
            })
            .collect(),
    )
}

/// The record's links whole: `[{"fabrique", "type", "date", "note"}]`.
fn liens_json(r: &crate::record::Record) -> String {
    json_cell(
        r.liens
            .iter()
            .map(|l| {
                object(&[
                    ("fabrique", string(l.fabrique.as_ref())),
                    ("type", string(l.type_.as_ref())),
                    ("date", l.date.as_ref().map(|d| json!(d.value.to_string()))),
                    ("note", string(l.note.as_ref())),
                ])
            })
            .collect(),
    )
}

/// The record's acknowledged exceptions: `[{"regle", "raison"}]`.
fn ignorer_json(r: &crate::record::Record) -> String {
    json_cell(
        r.ignorer
            .iter()
            .map(|x| {
                object(&[
                    ("regle", string(x.regle.as_ref())),
                    ("raison", string(x.raison.as_ref())),
                ])
            })
            .collect(),
    )
}

/// `2020 : 50000 | 2021 : 50000`, in the record's order.
fn annuel(r: &crate::record::Record) -> String {
    r.financement
        .annuel
        .iter()
        .map(|(y, a)| format!("{} : {}", y.value, a.value))
        .collect::<Vec<_>>()
        .join(JOIN)
}

/// The value of one column for one entry.
pub fn value(e: &Entry, column: &str, vocab: &Vocabularies) -> String {
    let r = &e.record;
    let consortium = |kind: &str| {
        r.consortium
            .iter()
            .filter(|(k, _)| k.value == kind)
            .map(|(_, m)| joined(m))
            .collect::<Vec<_>>()
            .join(JOIN)
    };
    match column {
        "id" => r.id.clone(),
        "nom" => text(r.nom.as_ref()),
        "statut" => text(r.statut.as_ref()),
        "commune" => text(r.adresse.commune.as_ref()),
        "code_postal" => text(r.adresse.code_postal.as_ref()),
        "code_insee" => text(r.adresse.code_insee.as_ref()),
        "code_insee_commune" => e
            .commune
            .map_or_else(|| text(r.adresse.code_insee.as_ref()), |c| c.code_insee.to_string()),
        "departement" => e.departement().map_or(String::new(), |d| d.code.to_string()),
        "departement_nom" => e.departement().map_or(String::new(), |d| d.nom.to_string()),
        "region" => e.region().map_or(String::new(), |d| d.code.to_string()),
        "region_nom" => e.region().map_or(String::new(), |d| d.nom.to_string()),
        "qpv" => shown(r.qpv.as_ref()),
        "code_qpv" => text(r.code_qpv.as_ref()),
        "numerique" => shown(r.numerique.as_ref()),
        "labellisation" => shown(r.labellisation.annee.as_ref()),
        "vague" => shown(r.labellisation.vague.as_ref()),
        "structure_porteuse" => text(r.structure_porteuse.nom.as_ref()),
        "forme_juridique" => text(r.structure_porteuse.forme_juridique.as_ref()),
        "creation" => shown(r.structure_porteuse.creation.as_ref()),
        "siret" => text(r.structure_porteuse.siret.as_ref()),
        "consortium_collectivites" => consortium("collectivites"),
        "consortium_centres_sociaux" => consortium("centres_sociaux"),
        "consortium_bailleurs_sociaux" => consortium("bailleurs_sociaux"),
        "consortium_acteurs_formation" => consortium("acteurs_formation"),
        "consortium_entreprises" => consortium("entreprises"),
        "consortium_associations" => consortium("associations"),
        "consortium_autres" => consortium("autres"),
        "actions" => crate::register::actions::summary(e, vocab),
        "actions_fait" => actions_with(e, "fait"),
        "actions_commence" => actions_with(e, "commence"),
        "actions_envisage" => actions_with(e, "envisage"),
        "actions_json" => actions_json(r),
        "publics" => codes(&r.criteres.publics),
        "criteres_communaute" => text(r.criteres.communaute.as_ref()),
        "criteres_gouvernance" => text(r.criteres.gouvernance.as_ref()),
        "criteres_ancrage" => text(r.criteres.ancrage.as_ref()),
        "criteres_mise_en_commun" => text(r.criteres.mise_en_commun.as_ref()),
        "reseaux" => codes(&r.reseaux),
        "site_web" => text(r.site_web.as_ref()),
        "page_movilab" => text(r.page_movilab.as_ref()),
        "video" => text(r.video.as_ref()),
        "voie" => text(r.adresse.voie.as_ref()),
        "latitude" => shown(r.adresse.latitude.as_ref()),
        "longitude" => shown(r.adresse.longitude.as_ref()),
        "precision_point" => text(r.adresse.precision_point.as_ref()),
        "financement_annuel" => annuel(r),
        "financement_total" => {
            if r.financement.annuel.is_empty() {
                String::new()
            } else {
                crate::rules::financement_total::total(r).to_string()
            }
        }
        "bonus_numerique" => shown(r.financement.bonus_numerique.as_ref()),
        "sources" => joined(&r.sources),
        "description" => text(r.description.as_ref()),
        "anct" => text(r.identifiants.anct.as_ref()),
        "liens" => liens_json(r),
        "validation_ignorer" => ignorer_json(r),
        _ => String::new(),
    }
}

/// Writes the CSV document; returns the number of rows.
pub fn table(
    each: &mut super::Each<'_>,
    out: &mut dyn std::io::Write,
    columns: &[&str],
    delimiter: u8,
    bom: bool,
    vocab: &Vocabularies,
) -> Result<usize> {
    if bom {
        out.write_all("\u{feff}".as_bytes())?;
    }
    let mut w = CsvWriter::with_delimiter(out, delimiter);
    w.row(columns)?;
    let decimal_comma = delimiter == b';';
    let mut n = 0;
    each(&mut |e: Entry| {
        w.row(columns.iter().map(|c| {
            let v = value(&e, c, vocab);
            if decimal_comma && DECIMAL_COLUMNS.contains(c) {
                v.replace('.', ",")
            } else {
                cell::protect_apostrophe(&v).into_owned()
            }
        }))?;
        n += 1;
        Ok(())
    })?;
    w.flush()?;
    Ok(n)
}
