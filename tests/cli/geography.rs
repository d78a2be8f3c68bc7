//! The geography checks of `validate` against the real reference table, and
//! `fabriques geo`.

use std::fs;

use crate::{fabriques, positions, root, run, validate_json, Pos};

/// The complete fixture record (it triggers no rule) moved to this address
/// (it has qpv = true, so that no large-city warning applies).
fn record(cp: &str, commune: &str, extra: &str) -> String {
    let complete = fs::read_to_string(root().join("tests/fixtures/complete/data/complete.toml")).unwrap();
    complete.replace(
        "code_postal = \"73000\"\ncommune = \"Chambéry\"\n",
        &format!("code_postal = \"{cp}\"\ncommune = \"{commune}\"\n{extra}"),
    )
}

/// Validates one record per (id, content); returns the diagnostics' (rule, file, line, column) and messages.
fn check(records: &[(&str, String)]) -> (i32, Vec<Pos>, serde_json::Value) {
    let dir = tempfile::tempdir().unwrap();
    for (id, text) in records {
        // Each record its own name, so that none is a duplicate of another.
        let text = text.replace("Fabrique d'essai", id);
        fs::write(dir.path().join(format!("{id}.toml")), text).unwrap();
    }
    let settings = root().join("tests/fixtures/fabriques.toml").display().to_string();
    let (code, json) = validate_json(dir.path(), &["--config", &settings]);
    (code, positions(&json), json)
}

#[test]
fn addresses_across_france_validate() {
    let (code, found, _) = check(&[
        (
            "amberieu",
            record(
                "01500",
                "Ambérieu-en-Bugey",
                "code_insee = \"01004\"\nlatitude = 45.954025\nlongitude = 5.344821\n",
            ),
        ),
        ("ajaccio", record("20000", "Ajaccio", "code_insee = \"2A004\"\n")),
        ("bastia", record("20200", "Bastia", "code_insee = \"2B033\"\n")),
        (
            "pointe-a-pitre",
            record("97110", "Pointe-à-Pitre", "code_insee = \"97120\"\n"),
        ),
        (
            "saint-denis-reunion",
            record(
                "97400",
                "Saint-Denis",
                "code_insee = \"97411\"\nlatitude = -20.8789\nlongitude = 55.4481\n",
            ),
        ),
        ("paris-10", record("75010", "Paris", "code_insee = \"75056\"\n")),
        (
            "paris-10-arrondissement",
            record("75010", "Paris 10e Arrondissement", "code_insee = \"75110\"\n"),
        ),
        ("lyon", record("69001", "Lyon", "")),
        ("marseille", record("13001", "Marseille", "")),
    ]);
    assert_eq!((code, found), (0, vec![]));
}

#[test]
fn the_raw_monscobar_line_is_flagged_with_lille_suggested() {
    let (code, json) = validate_json(&root().join("tests/fixtures/monscobar-source/data"), &[]);
    assert_eq!(code, 1);
    let d = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == "commune")
        .unwrap();
    assert!(d["message"].as_str().unwrap().contains("« Lille Roubaix »"));
    assert!(
        d["help"].as_str().unwrap().starts_with("le code postal 59000 dessert « Lille »"),
        "{d}"
    );
}

#[test]
fn a_loose_spelling_is_a_warning_naming_the_official_name() {
    let (code, found, json) = check(&[("a", record("42000", "St Etienne", ""))]);
    assert_eq!(code, 0);
    assert_eq!(found[0].0, "commune-orthographe");
    assert!(json["diagnostics"][0]["help"]
        .as_str()
        .unwrap()
        .contains("commune = \"Saint-Étienne\""));
}

#[test]
fn wrong_and_unknown_codes_are_errors() {
    let (code, found, json) = check(&[
        ("format", record("1500", "Ambérieu-en-Bugey", "")),
        (
            "insee-inconnu",
            record("01500", "Ambérieu-en-Bugey", "code_insee = \"01999\"\n"),
        ),
        (
            "insee-mal-forme",
            record("01500", "Ambérieu-en-Bugey", "code_insee = \"1004\"\n"),
        ),
        ("insee-autre-cp", record("01500", "Lyon", "code_insee = \"69123\"\n")),
    ]);
    assert_eq!(code, 1);
    let rules: Vec<(&str, &str)> = found.iter().map(|(r, f, ..)| (r.as_str(), f.as_str())).collect();
    assert_eq!(
        rules,
        [
            ("code-postal", "format.toml"),
            ("code-postal", "insee-autre-cp.toml"),
            ("code-insee", "insee-inconnu.toml"),
            ("code-insee", "insee-mal-forme.toml"),
        ]
    );
    let messages: Vec<&str> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["message"].as_str().unwrap())
        .collect();
    assert!(
        messages.contains(&"le code postal 01500 ne dessert pas « Lyon » (69123), que désignent le code INSEE et la commune"),
        "{messages:?}"
    );
}

#[test]
fn a_former_commune_code_is_a_warning_naming_the_current_commune() {
    // 74011 was Annecy-le-Vieux, a commune déléguée of Annecy (74010) since 2017.
    let (code, found, json) = check(&[("a", record("74940", "Annecy", "code_insee = \"74011\"\n"))]);
    assert_eq!(code, 0, "{json}");
    assert_eq!(found[0].0, "commune-ancienne");
    assert!(
        json["diagnostics"][0]["message"]
            .as_str()
            .unwrap()
            .contains("« Annecy »"),
        "{json}"
    );
}

#[test]
fn coordinates_outside_france_or_in_another_region_are_errors() {
    let (code, found, json) = check(&[
        (
            "ocean",
            record("01500", "Ambérieu-en-Bugey", "latitude = 45.0\nlongitude = -30.0\n"),
        ),
        (
            "reunion",
            record(
                "01500",
                "Ambérieu-en-Bugey",
                "latitude = -20.8789\nlongitude = 55.4481\n",
            ),
        ),
    ]);
    assert_eq!(code, 1);
    assert_eq!(found.iter().filter(|f| f.0 == "coordonnees").count(), 2, "{json}");
}

#[test]
fn geo_prints_what_the_reference_knows() {
    let (code, out, _) = run(fabriques(&root()).args(["geo", "Ambérieu-en-Bugey"]));
    assert_eq!(code, 0);
    for fact in ["01004", "01500", "Ain", "Auvergne-Rhône-Alpes"] {
        assert!(out.contains(fact), "{fact}: {out}");
    }
    let (_, out, _) = run(fabriques(&root()).args(["geo", "--format", "json", "2A004"]));
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json[0]["nom"], "Ajaccio");
    assert_eq!(json[0]["departement"]["code"], "2A");
    let (code, _, err) = run(fabriques(&root()).args(["geo", "Zzyzx-Qwkv"]));
    assert_eq!(code, 1);
    assert!(!err.is_empty());
}
