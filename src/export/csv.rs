//! `export --csv`: one row per fabrique for spreadsheets.
//!
//! The columns and their order are stable (see [`COLUMNS`] and the README);
//! a fact the record does not give is an empty cell (unknown), never
//! `false`; multi-valued cells are joined with ` | `; quoting follows RFC
//! 4180 (the `csv` crate). Cells a spreadsheet would run as a formula get a
//! leading `'` (CSV injection), as in every CSV this tool writes
//! (`csv_writer`).

use anyhow::{bail, Result};

use crate::csv_writer::CsvWriter;
use crate::messages::{ui, Lang};
use crate::register::Entry;
use crate::suggest::closest;
use crate::vocab::Vocabularies;

/// Joins the values of a multi-valued cell.
pub const JOIN: &str = " | ";

/// The export's columns, in order.
pub const COLUMNS: &[&str] = &[
    "id",
    "nom",
    "statut",
    "commune",
    "code_postal",
    "code_insee",
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
    "publics",
    "reseaux",
    "site_web",
    "page_movilab",
    "video",
    "voie",
    "latitude",
    "longitude",
    "precision_point",
    "financement_total",
    "bonus_numerique",
    "sources",
    "description",
    "anct",
];

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

fn joined(v: &[crate::record::Sp<String>]) -> String {
    v.iter().map(|s| s.value.as_str()).collect::<Vec<_>>().join(JOIN)
}

fn text<T: ToString>(v: Option<&crate::record::Sp<T>>) -> String {
    v.map_or(String::new(), |s| s.value.to_string())
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
        "code_insee" => e
            .commune
            .map_or_else(|| text(r.adresse.code_insee.as_ref()), |c| c.code_insee.to_string()),
        "departement" => e.departement().map_or(String::new(), |d| d.code.to_string()),
        "departement_nom" => e.departement().map_or(String::new(), |d| d.nom.to_string()),
        "region" => e.region().map_or(String::new(), |d| d.code.to_string()),
        "region_nom" => e.region().map_or(String::new(), |d| d.nom.to_string()),
        "qpv" => text(r.qpv.as_ref()),
        "code_qpv" => text(r.code_qpv.as_ref()),
        "numerique" => text(r.numerique.as_ref()),
        "labellisation" => text(r.labellisation.annee.as_ref()),
        "vague" => text(r.labellisation.vague.as_ref()),
        "structure_porteuse" => text(r.structure_porteuse.nom.as_ref()),
        "forme_juridique" => text(r.structure_porteuse.forme_juridique.as_ref()),
        "creation" => text(r.structure_porteuse.creation.as_ref()),
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
        "publics" => joined(&r.criteres.publics),
        "reseaux" => joined(&r.reseaux),
        "site_web" => text(r.site_web.as_ref()),
        "page_movilab" => text(r.page_movilab.as_ref()),
        "video" => text(r.video.as_ref()),
        "voie" => text(r.adresse.voie.as_ref()),
        "latitude" => text(r.adresse.latitude.as_ref()),
        "longitude" => text(r.adresse.longitude.as_ref()),
        "precision_point" => text(r.adresse.precision_point.as_ref()),
        "financement_total" => {
            if r.financement.annuel.is_empty() {
                String::new()
            } else {
                crate::rules::financement_total::total(r).to_string()
            }
        }
        "bonus_numerique" => text(r.financement.bonus_numerique.as_ref()),
        "sources" => joined(&r.sources),
        "description" => text(r.description.as_ref()),
        "anct" => text(r.identifiants.anct.as_ref()),
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
    let mut n = 0;
    each(&mut |e: Entry| {
        w.row(columns.iter().map(|c| value(&e, c, vocab)))?;
        n += 1;
        Ok(())
    })?;
    w.flush()?;
    Ok(n)
}
