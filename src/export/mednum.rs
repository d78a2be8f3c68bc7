//! `export --mediation-numerique`: the Fabriques numériques as lieux de
//! médiation numérique, in the national standard of LaMednum
//! (standard-mediation-num, schema v1.0.1: the latest version this project
//! could read; its Table Schema is kept in `ref/` and CI checks the output
//! against it with `frictionless validate`).
//!
//! Only Fabriques numériques de territoire are exported. A record lacking a
//! required field of the standard — `pivot` (a SIRET) or `adresse` (the
//! street) — is reported and skipped: never filled with a fake value. A
//! record with validation errors (a SIRET whose check digit is wrong) is
//! skipped too: the national map takes what it gets as valid. Closed
//! places are left out unless asked for (`keep_closed`; then
//! `presentation_resume` says « Lieu fermé. »). What is skipped goes to
//! the [`Report`]; cells pass through the one CSV writer, which
//! neutralises formulas. Closed values (`services`, `formations_labels`...) are written
//! byte for byte as the schema lists them; multiple values are joined with
//! `|`. `date_maj` is the export date (`--date-maj` to set it). A point
//! that is only the commune's centre (`precision_point = "commune"`) is
//! never written: `latitude` and `longitude` stay empty.

use std::io::Write;

use anyhow::Result;

use super::report::{Reason, Report};
use crate::messages::{ui, Lang};
use crate::record::{Date, Record};
use crate::register::Entry;
use crate::rules::numerique_sans_action_numerique::is_digital;

/// The standard's columns, in the schema's order.
pub const COLUMNS: &[&str] = &[
    "id",
    "pivot",
    "nom",
    "commune",
    "code_postal",
    "code_insee",
    "adresse",
    "complement_adresse",
    "latitude",
    "longitude",
    "typologie",
    "telephone",
    "courriels",
    "site_web",
    "horaires",
    "presentation_resume",
    "presentation_detail",
    "source",
    "itinerance",
    "structure_parente",
    "date_maj",
    "services",
    "publics_specifiquement_adresses",
    "prise_en_charge_specifique",
    "frais_a_charge",
    "dispositif_programmes_nationaux",
    "formations_labels",
    "autres_formations_labels",
    "modalites_acces",
    "modalites_accompagnement",
    "fiche_acces_libre",
    "prise_rdv",
];

/// The schema's closed `services` values, in its order.
pub const SERVICES: &[&str] = &[
    "Aide aux démarches administratives",
    "Maîtrise des outils numériques du quotidien",
    "Insertion professionnelle via le numérique",
    "Utilisation sécurisée du numérique",
    "Parentalité et éducation avec le numérique",
    "Loisirs et créations numériques",
    "Compréhension du monde numérique",
    "Accès internet et matériel informatique",
    "Acquisition de matériel informatique à prix solidaire",
];

/// The `formations_labels` value every Fabrique de Territoire carries.
pub const LABEL_FABRIQUES: &str = "Fabriques de Territoire";
/// The `dispositif_programmes_nationaux` value for Grande École du Numérique.
pub const GRANDE_ECOLE: &str = "Grande école du numérique";

/// The services of the standard that a record's actions done (`fait`)
/// provide, in the schema's order.
pub fn services(r: &Record) -> Vec<&'static str> {
    let mut found = Vec::new();
    for a in r
        .actions
        .iter()
        .filter(|a| a.statut.as_ref().is_some_and(|s| s.value == "fait"))
    {
        for c in &a.categories {
            let service = match c.value.as_str() {
                "acces_droits" | "services_publics" => Some(SERVICES[0]),
                "inclusion_numerique" => Some(SERVICES[1]),
                "formation" if is_digital(a) => Some(SERVICES[2]),
                "fablab" => Some(SERVICES[5]),
                "coworking" => Some(SERVICES[7]),
                _ => None,
            };
            found.extend(service);
        }
    }
    let mut ordered: Vec<&'static str> = SERVICES.iter().copied().filter(|s| found.contains(s)).collect();
    ordered.dedup();
    ordered
}

/// The publics a place is specifically aimed at, when it is not open to
/// all (`tout_public`), in the standard's words.
fn publics(r: &Record) -> Vec<&'static str> {
    if r.criteres.publics.iter().any(|p| p.value == "tout_public") {
        return Vec::new();
    }
    let map = [
        ("jeunes", "Jeunes"),
        ("etudiants", "Étudiants"),
        ("familles", "Familles et/ou enfants"),
        ("seniors", "Seniors"),
    ];
    map.iter()
        .filter(|(code, _)| r.criteres.publics.iter().any(|p| p.value == *code))
        .map(|(_, v)| *v)
        .collect()
}

/// Why a record cannot be exported, if it cannot.
fn missing(e: &Entry, keep_closed: bool) -> Option<Reason> {
    if !e.parsed {
        return Some(Reason::NotParsed);
    }
    let r = &e.record;
    if !keep_closed && r.is_closed() {
        return Some(Reason::Closed);
    }
    if r.structure_porteuse
        .siret
        .as_ref()
        .is_none_or(|s| s.value.trim().is_empty())
    {
        return Some(Reason::NoPivot);
    }
    if r.adresse.voie.as_ref().is_none_or(|v| v.value.trim().is_empty()) {
        return Some(Reason::NoAdresse);
    }
    if e.errors > 0 {
        return Some(Reason::Errors);
    }
    None
}

fn row(e: &Entry, date_maj: Date) -> Vec<String> {
    let r = &e.record;
    let text = |v: Option<&crate::record::Sp<String>>| v.map_or(String::new(), |s| s.value.clone());
    let mut sites: Vec<&str> = Vec::new();
    sites.extend(r.site_web.as_ref().map(|s| s.value.as_str()));
    sites.extend(r.page_movilab.as_ref().map(|s| s.value.as_str()));
    let grande_ecole = r.actions.iter().any(|a| {
        a.sous_action
            .as_ref()
            .is_some_and(|s| crate::filter::fold(&s.value).contains("grande ecole du numerique"))
    });
    COLUMNS
        .iter()
        .map(|c| match *c {
            "id" => r.id.clone(),
            "pivot" => text(r.structure_porteuse.siret.as_ref())
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect(),
            "nom" => r.nom().to_string(),
            "commune" => e
                .commune
                .map_or_else(|| r.commune().unwrap_or_default().to_string(), |c| c.nom.to_string()),
            "code_postal" => text(r.adresse.code_postal.as_ref()),
            "code_insee" => e.commune.map_or(String::new(), |c| c.code_insee.to_string()),
            "adresse" => text(r.adresse.voie.as_ref()),
            // The standard's point is the place's: a commune's centre is
            // never written as one.
            "latitude" if r.adresse.point_is_commune_centre() => String::new(),
            "longitude" if r.adresse.point_is_commune_centre() => String::new(),
            "latitude" => r
                .adresse
                .latitude
                .as_ref()
                .map_or(String::new(), |v| v.value.to_string()),
            "longitude" => r
                .adresse
                .longitude
                .as_ref()
                .map_or(String::new(), |v| v.value.to_string()),
            "typologie" => "TIERS_LIEUX".to_string(),
            // The standard is French whatever the user's language.
            "presentation_resume" if r.is_closed() => ui::MEDNUM_CLOSED.get(Lang::Fr).to_string(),
            "site_web" => sites.join("|"),
            "date_maj" => date_maj.to_string(),
            "services" => services(r).join("|"),
            "publics_specifiquement_adresses" => publics(r).join("|"),
            "dispositif_programmes_nationaux" => {
                if grande_ecole {
                    GRANDE_ECOLE.to_string()
                } else {
                    String::new()
                }
            }
            "formations_labels" => LABEL_FABRIQUES.to_string(),
            _ => String::new(),
        })
        .collect()
}

/// Writes the CSV of the Fabriques numériques; what is skipped goes to
/// `report`. Returns the number of rows.
pub fn csv(
    each: &mut super::Each<'_>,
    out: &mut dyn Write,
    date_maj: Date,
    keep_closed: bool,
    report: &mut Report,
) -> Result<usize> {
    let mut w = crate::csv_writer::CsvWriter::new(out);
    w.row(COLUMNS)?;
    let mut n = 0;
    each(&mut |e: Entry| {
        if e.parsed && !e.record.is_numerique() {
            return Ok(());
        }
        if let Some(reason) = missing(&e, keep_closed) {
            report.left_out(&e, reason);
            return Ok(());
        }
        w.row(row(&e, date_maj))?;
        n += 1;
        Ok(())
    })?;
    w.flush()?;
    Ok(n)
}
