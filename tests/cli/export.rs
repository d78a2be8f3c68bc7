//! `export`: every format on the bundled data and on a fixture with
//! quotes, commas, newlines, semicolons and formula-like cells; CSV round
//! trip; atomic `--output`; determinism.

use std::fs;

use crate::{fabriques, root, run};

/// `export ARGS` on `data` (by default, the Movilab register).
fn export(data: Option<&str>, args: &[&str]) -> (i32, String, String) {
    let data = data.unwrap_or("tests/fixtures/movilab/data");
    run(fabriques(&root()).args(["--data", data, "export"]).args(args))
}

const TRICKY: Option<&str> = Some("tests/fixtures/export/data");

#[test]
fn every_format_on_the_movilab_register() {
    for format in ["--csv", "--jsonl", "--geojson", "--wikitext", "--markdown"] {
        let (code, out, _) = export(None, &[format]);
        assert_eq!(code, 0, "{format}");
        insta::assert_snapshot!(format!("bundled{}", format.replace("--", "_")), out);
    }
}

#[test]
fn every_format_on_tricky_cells() {
    for (name, args) in [
        ("csv_semicolon", &["--csv", "--delimiter", ";"][..]),
        ("wikitext", &["--wikitext"][..]),
        ("markdown", &["--markdown"][..]),
        (
            "mediation_numerique",
            &["--mediation-numerique", "--date-maj", "2026-11-21"][..],
        ),
    ] {
        let (code, out, _) = export(TRICKY, args);
        assert_eq!(code, 0, "{name}");
        insta::assert_snapshot!(format!("tricky_{name}"), out);
    }
}

#[test]
fn formula_like_cells_are_neutralised_and_quotes_survive() {
    let (_, out, _) = export(
        TRICKY,
        &[
            "--csv",
            "--colonnes",
            "id,nom,structure_porteuse,consortium_collectivites,longitude",
        ],
    );
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let tricky = rows.iter().find(|r| &r[0] == "cellules-piegees").unwrap();
    assert_eq!(&tricky[1], "Le \"Lieu\"; virgule, point-virgule; et | barre");
    assert_eq!(&tricky[2], "'=HYPERLINK(\"http://exemple.invalid\")");
    assert_eq!(&tricky[3], "'+33 Ville de Chambéry | -Agglo [[lien]] {{modèle}}");
    let numerique = rows.iter().find(|r| &r[0] == "numerique-essai").unwrap();
    assert_eq!(&numerique[4], "5.9178");
}

#[test]
fn csv_round_trips_to_the_records_values() {
    let (_, csv_out, _) = export(None, &["--csv"]);
    let (_, json_out, _) = export(None, &["--json"]);
    let records: serde_json::Value = serde_json::from_str(&json_out).unwrap();
    let mut reader = csv::Reader::from_reader(csv_out.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), records.as_array().unwrap().len());
    let col = |row: &csv::StringRecord, name: &str| row[headers.iter().position(|h| h == name).unwrap()].to_string();
    let text = |v: &serde_json::Value| match v {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let join = |v: &serde_json::Value| v.as_array().unwrap().iter().map(text).collect::<Vec<_>>().join(" | ");
    for (row, rec) in rows.iter().zip(records.as_array().unwrap()) {
        assert_eq!(col(row, "id"), text(&rec["id"]));
        assert_eq!(col(row, "nom"), text(&rec["nom"]));
        assert_eq!(col(row, "qpv"), text(&rec["qpv"]));
        assert_eq!(col(row, "numerique"), text(&rec["numerique"]));
        assert_eq!(col(row, "commune"), text(&rec["adresse"]["commune"]));
        assert_eq!(col(row, "code_postal"), text(&rec["adresse"]["code_postal"]));
        assert_eq!(col(row, "departement"), text(&rec["departement"]["code"]));
        assert_eq!(col(row, "region_nom"), text(&rec["region"]["nom"]));
        assert_eq!(col(row, "labellisation"), text(&rec["labellisation"]["annee"]));
        assert_eq!(col(row, "structure_porteuse"), text(&rec["structure_porteuse"]["nom"]));
        assert_eq!(col(row, "creation"), text(&rec["structure_porteuse"]["creation"]));
        assert_eq!(col(row, "latitude"), text(&rec["adresse"]["latitude"]));
        assert_eq!(col(row, "reseaux"), join(&rec["reseaux"]));
        assert_eq!(col(row, "sources"), join(&rec["sources"]));
        assert_eq!(
            col(row, "consortium_collectivites"),
            rec["consortium"].get("collectivites").map_or(String::new(), join)
        );
    }
}

#[test]
fn geojson_is_a_feature_collection_in_longitude_latitude_order() {
    let (code, out, err) = export(None, &["--geojson"]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["type"], "FeatureCollection");
    let features = json["features"].as_array().unwrap();
    assert_eq!(features.len(), 3, "{err}");
    let lab01 = &features[1];
    assert_eq!(lab01["type"], "Feature");
    assert_eq!(lab01["geometry"]["type"], "Point");
    assert_eq!(
        lab01["geometry"]["coordinates"],
        serde_json::json!([5.344821, 45.954025])
    );
    assert_eq!(lab01["properties"]["name"], "LAB01");
    assert_eq!(lab01["properties"]["categorie"], "coworking");
    assert_eq!(lab01["properties"]["fablab"], true);
    assert_eq!(lab01["properties"]["culture"], false);
    assert!(lab01["properties"]["description"]
        .as_str()
        .unwrap()
        .contains("**Ambérieu-en-Bugey (01 Ain)**"));
    assert_eq!(lab01["properties"]["precision_point"], "adresse");
    assert_eq!(lab01["properties"]["numerique"], true);
    // La Dynamo's point is only Chambéry's centre, and says so; whether it
    // is a Fabrique numérique is unknown: null, never false.
    let dynamo = &features[0];
    assert_eq!(dynamo["properties"]["id"], "la-dynamo");
    assert_eq!(dynamo["properties"]["precision_point"], "commune");
    assert_eq!(dynamo["properties"]["numerique"], serde_json::Value::Null);
    assert!(dynamo["properties"]["description"]
        .as_str()
        .unwrap()
        .contains("Point au centre de la commune : adresse non renseignée"));
    assert!(!err.contains("sans coordonnées"), "{err}");
}

#[test]
fn mediation_numerique_never_writes_a_communes_centre_as_the_place() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    fs::create_dir(&data).unwrap();
    let tricky = fs::read_to_string(root().join("tests/fixtures/export/data/numerique-essai.toml")).unwrap();
    assert!(tricky.contains("longitude = 5.9178"));
    let centre = tricky.replace(
        "longitude = 5.9178",
        "longitude = 5.9178\nprecision_point = \"commune\"",
    );
    fs::write(data.join("numerique-essai.toml"), centre).unwrap();
    // The fixture's settings declare its network: the record has no error.
    fs::copy(
        root().join("tests/fixtures/export/fabriques.toml"),
        dir.path().join("fabriques.toml"),
    )
    .unwrap();
    let (code, out, _) = export(
        Some(data.to_str().unwrap()),
        &["--mediation-numerique", "--date-maj", "2026-11-21"],
    );
    assert_eq!(code, 0);
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let row = reader.records().next().unwrap().unwrap();
    let col = |name: &str| row[headers.iter().position(|h| h == name).unwrap()].to_string();
    assert_eq!((col("latitude"), col("longitude")), (String::new(), String::new()));
    assert_eq!(col("id"), "numerique-essai");
}

#[test]
fn mediation_numerique_skips_records_without_pivot_and_never_invents_one() {
    let (code, out, err) = export(None, &["--mediation-numerique", "--date-maj", "2026-11-21"]);
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(
        err.contains("1 fiche(s) non exportée(s) faute de SIRET pour l'identifiant « pivot » (ajoutez structure_porteuse.siret) : lab01"),
        "{err}"
    );
    let (_, out, _) = export(TRICKY, &["--mediation-numerique", "--date-maj", "2026-11-21"]);
    let row = out.lines().nth(1).unwrap();
    assert!(row.starts_with("numerique-essai,12345678900007,"), "{row}");
    assert!(
        row.contains(",Maîtrise des outils numériques du quotidien|Loisirs et créations numériques,"),
        "{row}"
    );
    assert!(row.contains(",Fabriques de Territoire,"), "{row}");
}

#[test]
fn output_is_written_atomically_and_equals_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fabriques.csv");
    // A previous export (its header is of export columns) is replaced.
    fs::write(&path, "\u{feff}id,nom\nancienne,Ancienne\n").unwrap();
    let (code, stdout_version, _) = export(None, &["--csv", "--bom"]);
    assert_eq!(code, 0);
    let (code, out, err) = export(None, &["--csv", "--bom", "--output", path.to_str().unwrap()]);
    assert_eq!((code, out.as_str()), (0, ""));
    assert!(err.contains("3 fabrique(s) exportée(s)"), "{err}");
    let written = fs::read_to_string(&path).unwrap();
    assert_eq!(written, stdout_version);
    assert!(written.starts_with('\u{feff}'));
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file left");
    let missing = dir.path().join("absent/x.csv");
    let (code, _, err) = export(None, &["--output", missing.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert!(!missing.exists());
}

#[test]
fn exports_are_deterministic_and_filtered() {
    for format in ["--csv", "--json", "--geojson", "--wikitext", "--markdown"] {
        assert_eq!(export(None, &[format]).1, export(None, &[format]).1, "{format}");
    }
    let (_, out, _) = export(None, &["--csv", "--colonnes", "id", "--numerique"]);
    assert_eq!(out, "id\nlab01\n");
    let (_, out, _) = export(None, &["--jsonl", "--departement", "73"]);
    assert_eq!(out.lines().count(), 1);
    assert!(out.starts_with("{\"id\":\"la-dynamo\""), "{out}");
}

#[test]
fn bad_export_flags_exit_2() {
    assert_eq!(export(None, &["--csv", "--json"]).0, 2);
    assert!(export(None, &["--colonnes", "nmo"]).2.contains("« nom »"));
    assert_eq!(export(None, &["--delimiter", ";;"]).0, 2);
    assert_eq!(export(None, &["--mediation-numerique", "--date-maj", "hier"]).0, 2);
}
