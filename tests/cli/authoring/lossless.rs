//! Regression tests of the round trip export → import, one per loss the
//! import used to cause (issue « Exports that tell the truth », section
//! « Round trip without loss »), and what hand-made sheets keep.

use std::fs;

use super::{read, register};
use crate::{fabriques, run_raw as run};

/// A record that wrote every loss at once.
const RICH: &str = r#"nom = "=HYPERLINK(\"http://exemple.invalid\")"
sources = [
  "Movilab | tableau Technique",
  "ANCT\nliste de janvier 2024",
  "'=déjà neutralisée",
  "'apostrophe",
]
description = "  Espaces\u00a0autour, insécable compris\u00a0"

[adresse]
code_postal = "75010"
commune = "Paris"
code_insee = "75110"

[financement]
annuel = { 2020 = 50000, 2021 = 50000 }

[criteres]
communaute = "Une communauté | des habitants"

[[actions]]
categorie = "fablab"
sous_action = "Réparer | fabriquer\nensemble"
statut = "fait"

[[actions]]
categorie = "autre"
precision = "Jardin partagé"
statut = "commence"

[[actions]]
categorie = "culture"
precision = "Une précision qui n'est pas une sous-action"
statut = "envisage"

[[liens]]
fabrique = "lab01"
type = "visite"
date = 2021-03-04
note = "Visite : « atelier »"
"#;

/// The record exported with `format`, imported into an empty register.
fn round_trip(format: &str) -> (String, toml::Table) {
    let from = register();
    fs::write(from.path().join("data/riche.toml"), RICH).unwrap();
    let (code, exported, err) = run(fabriques(from.path()).args(["export", format]));
    assert_eq!(code, 0, "{err}");
    let to = register();
    let file = format!("export.{}", format.trim_start_matches('-'));
    fs::write(to.path().join(&file), &exported).unwrap();
    run(fabriques(to.path()).args(["import", file.as_str()]));
    let text = read(to.path(), "data/riche.toml");
    let parsed = toml::from_str(&text).unwrap();
    (text, parsed)
}

#[test]
fn regression_export_import_loses_nothing_of_a_rich_record() {
    let original: toml::Table = toml::from_str(RICH).unwrap();
    for format in ["--csv", "--json", "--jsonl"] {
        let (text, back) = round_trip(format);
        assert_eq!(back, original, "{format}:\n{text}");
    }
    // What each loss was, said plainly on the CSV.
    let (_, back) = round_trip("--csv");
    // The `'` added against formulas is taken away; a real one stays.
    assert_eq!(back["nom"].as_str(), Some("=HYPERLINK(\"http://exemple.invalid\")"));
    assert_eq!(back["sources"][2].as_str(), Some("'=déjà neutralisée"));
    assert_eq!(back["sources"][3].as_str(), Some("'apostrophe"));
    // ` | ` and line breaks inside an item are no separators.
    assert_eq!(back["sources"][0].as_str(), Some("Movilab | tableau Technique"));
    assert_eq!(
        back["actions"][0]["sous_action"].as_str(),
        Some("Réparer | fabriquer\nensemble")
    );
    // An action's precision stays a precision.
    assert_eq!(
        back["actions"][2]["precision"].as_str(),
        Some("Une précision qui n'est pas une sous-action")
    );
    // Annual funding, criteria texts, links.
    assert_eq!(back["financement"]["annuel"]["2021"].as_integer(), Some(50000));
    assert_eq!(
        back["criteres"]["communaute"].as_str(),
        Some("Une communauté | des habitants")
    );
    assert_eq!(back["liens"][0]["fabrique"].as_str(), Some("lab01"));
    // The arrondissement's own INSEE code, not its commune's.
    assert_eq!(back["adresse"]["code_insee"].as_str(), Some("75110"));
    // Spaces at the edges, no-break ones included.
    assert_eq!(
        back["description"].as_str(),
        Some("  Espaces\u{a0}autour, insécable compris\u{a0}")
    );
}

#[test]
fn export_csv_shows_the_arrondissement_and_its_commune() {
    let from = register();
    fs::write(from.path().join("data/riche.toml"), RICH).unwrap();
    let (_, csv, _) =
        run(fabriques(from.path()).args(["export", "--csv", "--colonnes", "code_insee,code_insee_commune"]));
    assert_eq!(csv, "code_insee,code_insee_commune\n75110,75056\n");
}

#[test]
fn a_hand_made_sheet_is_still_trimmed_and_split() {
    let dir = register();
    fs::write(
        dir.path().join("feuille.csv"),
        "nom,commune,code_postal,sources,publics\n  La Fabrique  ,Chambéry,73000,\"Movilab|ANCT\nRéseau\",\"jeunes, seniors\"\n",
    )
    .unwrap();
    let (code, out, err) = run(fabriques(dir.path()).args(["import", "feuille.csv"]));
    assert_eq!(code, 0, "{out}{err}");
    let back: toml::Table = toml::from_str(&read(dir.path(), "data/la-fabrique.toml")).unwrap();
    assert_eq!(back["nom"].as_str(), Some("La Fabrique"));
    assert_eq!(
        back["sources"],
        toml::Value::Array(vec!["Movilab".into(), "ANCT".into(), "Réseau".into()])
    );
    assert_eq!(
        back["criteres"]["publics"],
        toml::Value::Array(vec!["jeunes".into(), "seniors".into()])
    );
}
