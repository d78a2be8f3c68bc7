//! The real register of `data/`: the 382 Fabriques de Territoire of the
//! ANCT's list (January 2024), three of them merged with the Movilab page.
//!
//! These tests are about the register itself, so they run on `data/`; the
//! facts they check are recomputed from the ANCT's own file
//! (`ref/anct/fabriques-de-territoire-2024-01.geojson`, one feature per
//! commune), by a route independent of the tool: the `fabt-N` ids of each
//! feature, and the département as the prefix of its INSEE code (three
//! digits overseas), not through the geography reference.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;

use crate::{fabriques, root, run};

/// The ANCT's raw file, byte for byte as published.
const RAW: &str = "ref/anct/fabriques-de-territoire-2024-01.geojson";
/// Its citation, which every record's `sources` carries.
const CITATION: &str = "ANCT — liste des Fabriques de Territoire, janvier 2024, Licence Ouverte 2.0";

/// The département of an INSEE code, as its prefix.
fn departement(code: &str) -> &str {
    if code.starts_with("97") {
        &code[..3]
    } else {
        &code[..2]
    }
}

/// The raw file's fabriques: ANCT id → INSEE code of its commune.
fn raw_fabriques() -> BTreeMap<String, String> {
    let text = fs::read_to_string(root().join(RAW)).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let mut out = BTreeMap::new();
    for f in json["features"].as_array().unwrap() {
        let p = &f["properties"];
        let code = p["id_geo"].as_str().unwrap().to_string();
        for id in p["id_territoire"].as_str().unwrap().split(';') {
            let id = id.trim();
            assert!(id.starts_with("fabt-"), "{id}");
            assert!(out.insert(id.to_string(), code.clone()).is_none(), "{id} twice");
        }
    }
    out
}

/// Runs `fabriques ARGS` on the repository's register; asserts success.
fn ok(args: &[&str]) -> (String, String) {
    let (code, out, err) = run(fabriques(&root()).args(args));
    assert_eq!(code, 0, "{args:?}: {err}");
    (out, err)
}

/// `export --json`: every record as JSON.
fn records() -> Vec<serde_json::Value> {
    let (out, _) = ok(&["export", "--json"]);
    serde_json::from_str(&out).unwrap()
}

#[test]
fn the_register_validates_without_errors() {
    let (code, out, err) = run(fabriques(&root()).arg("validate"));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("382 fiches vérifiées : 0 erreur"), "{err}");
    assert!(!out.contains("erreur["), "{out}");
    // One line of what is still unknown per record, not one per fact.
    let (_, json) = crate::validate_json(&root().join("data"), &[]);
    let unknowns = crate::positions(&json)
        .into_iter()
        .filter(|p| p.0 == "a-completer")
        .count();
    assert_eq!(unknowns, 382);
}

#[test]
fn the_register_holds_one_record_per_fabrique_of_the_anct_list() {
    let raw = raw_fabriques();
    assert_eq!(raw.len(), 382);
    let records = records();
    assert_eq!(records.len(), 382);
    let ids: BTreeSet<String> = records
        .iter()
        .map(|r| r["identifiants"]["anct"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, raw.keys().cloned().collect::<BTreeSet<_>>());
    for r in &records {
        let anct = r["identifiants"]["anct"].as_str().unwrap();
        let sources: Vec<&str> = r["sources"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap())
            .collect();
        assert!(sources.contains(&CITATION), "{}: {sources:?}", r["id"]);
        // Its commune is the one the ANCT gives (two corrected by
        // ref/anct/communes.tsv, each with its reason).
        let code = r["adresse"]["code_insee"].as_str().unwrap();
        match anct {
            "fabt-379" => assert_eq!((raw[anct].as_str(), code), ("49069", "49126")),
            _ => assert_eq!(code, raw[anct], "{anct}"),
        }
    }
    // The three fabriques of the Movilab page keep their richer facts.
    for (id, anct) in [
        ("lab01", "fabt-59"),
        ("la-dynamo", "fabt-40"),
        ("monscobar", "fabt-155"),
    ] {
        let r = records.iter().find(|r| r["id"] == id).unwrap();
        assert_eq!(r["identifiants"]["anct"], anct);
        assert_eq!(r["qpv"], true, "{id}");
        assert!(r["actions"].as_array().is_some_and(|a| !a.is_empty()), "{id}");
        let sources = r["sources"].to_string();
        assert!(sources.contains("Movilab") && sources.contains("ANCT"), "{id}");
    }
}

#[test]
fn stats_by_departement_agree_with_the_anct_list() {
    let mut expected: BTreeMap<String, i64> = BTreeMap::new();
    for code in raw_fabriques().values() {
        *expected.entry(departement(code).to_string()).or_default() += 1;
    }
    let (out, _) = ok(&["stats", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let found: BTreeMap<String, i64> = reader
        .records()
        .map(Result::unwrap)
        .filter(|r| &r[0] == "departement")
        .map(|r| (r[1].to_string(), r[3].parse().unwrap()))
        .collect();
    assert_eq!(found, expected);
    assert_eq!(found.values().sum::<i64>(), 382);
}

#[test]
fn list_region_hauts_de_france_shows_its_real_fabriques() {
    let expected: BTreeSet<String> = raw_fabriques()
        .into_iter()
        .filter(|(_, code)| ["02", "59", "60", "62", "80"].contains(&departement(code)))
        .map(|(anct, _)| anct)
        .collect();
    assert!(expected.len() > 20, "{expected:?}");
    let (out, _) = ok(&[
        "list",
        "--region",
        "hauts-de-france",
        "--format",
        "csv",
        "--colonnes",
        "anct,region",
    ]);
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert!(rows.iter().all(|r| &r[1] == "32 Hauts-de-France"));
    let found: BTreeSet<String> = rows.iter().map(|r| r[0].to_string()).collect();
    assert_eq!(found, expected);
    // The table names them too.
    let (table, _) = ok(&["list", "--region", "hauts-de-france"]);
    assert!(table.contains("monscobar") && table.contains("Roubaix"), "{table}");
}

#[test]
fn list_qpv_shows_the_known_ones_and_says_how_many_are_unknown() {
    let (out, err) = ok(&["list", "--qpv", "--format", "csv", "--colonnes", "id,qpv"]);
    assert_eq!(out, "id,qpv\nlab01,true\nmonscobar,true\nla-dynamo,true\n");
    assert!(
        err.contains("379 fabriques dont le QPV n'est pas renseigné sont laissées de côté"),
        "{err}"
    );
    let (out, _) = ok(&["list", "--qpv", "inconnu", "--count"]);
    assert_eq!(out, "379\n");
    let (out, err) = ok(&["list", "--hors-qpv", "--count"]);
    assert_eq!(out, "0\n");
    assert!(err.contains("379 fabriques dont le QPV"), "{err}");
}

#[test]
fn stats_show_the_programme_targets_with_the_unknown_share() {
    let (out, _) = ok(&["stats", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let programme: BTreeMap<String, (String, String, String)> = reader
        .records()
        .map(Result::unwrap)
        .filter(|r| &r[0] == "programme")
        .map(|r| (r[1].to_string(), (r[3].to_string(), r[5].to_string(), r[6].to_string())))
        .collect();
    let line = |key: &str| {
        let (value, target, unknown) = &programme[key];
        (value.as_str(), target.as_str(), unknown.as_str())
    };
    assert_eq!(line("fabriques"), ("382", "300", ""));
    assert_eq!(line("qpv"), ("3", "150", "379"));
    assert_eq!(line("hors_qpv_hors_grands_centres"), ("0", "150", "379"));
    assert_eq!(line("numerique"), ("1", "30", "380"));
}

#[test]
fn the_formats_and_criteria_work_on_the_382_records() {
    // CSV: one row per record, the ANCT id unique, unknown facts empty.
    let (out, _) = ok(&["export", "--csv"]);
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 382);
    let anct: BTreeSet<&str> = rows.iter().map(|r| &r[col("anct")]).collect();
    assert_eq!(anct.len(), 382);
    let unknown_qpv = rows.iter().filter(|r| r[col("qpv")].is_empty()).count();
    assert_eq!(unknown_qpv, 379);
    assert!(rows
        .iter()
        .all(|r| ["", "true", "false"].contains(&&r[col("numerique")])));
    // GeoJSON: every record with a point; a commune's centre is flagged.
    let (out, err) = ok(&["export", "--geojson"]);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let features = json["features"].as_array().unwrap();
    assert_eq!(features.len(), 381, "Saint-Martin has no point: {err}");
    assert!(err.contains("anis"), "{err}");
    let at_address: Vec<&str> = features
        .iter()
        .filter(|f| f["properties"]["precision_point"] != "commune")
        .map(|f| f["properties"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(at_address, ["lab01"]);
    // The wiki's and Markdown's « Technique » table: one row per record.
    let (out, _) = ok(&["export", "--wikitext"]);
    let technique = out.split("== ").nth(1).unwrap();
    // One row per record, and the consortium's second heading row.
    assert_eq!(technique.matches("\n|-\n").count(), 383);
    let (out, _) = ok(&["export", "--markdown"]);
    let technique = out.split("## ").nth(1).unwrap();
    // The heading, the separator, one row per record.
    assert_eq!(technique.lines().filter(|l| l.starts_with("| ")).count(), 384);
    // `list`: an unknown structure is `null` in JSON, `?` in the table.
    let (out, _) = ok(&[
        "list",
        "--departement",
        "01",
        "--colonnes",
        "id,structure",
        "--format",
        "json",
    ]);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let structure = |id: &str| json.as_array().unwrap().iter().find(|r| r["id"] == id).unwrap()["structure"].clone();
    assert_eq!(structure("lab01"), "LAB01");
    assert_eq!(structure("l-imprimerie"), serde_json::Value::Null);
    let (out, _) = ok(&["list", "--departement", "01", "--colonnes", "id,structure"]);
    assert!(
        out.lines()
            .any(|l| l.starts_with(" l-imprimerie") && l.trim_end().ends_with('?')),
        "{out}"
    );
    // The médiation numérique export never writes a commune's centre.
    let (out, _) = ok(&["export", "--mediation-numerique", "--date-maj", "2026-11-21"]);
    assert_eq!(out.lines().count(), 1, "no Fabrique numérique has a SIRET yet: {out}");
    // The criteria: what nothing is written about is unknown (empty), not false.
    let (out, _) = ok(&["criteres", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 382);
    let unknown = rows
        .iter()
        .filter(|r| r.iter().skip(2).take(6).all(str::is_empty))
        .count();
    assert_eq!(unknown, 379);
}

#[test]
fn the_register_is_in_the_fmt_layout() {
    let (code, out, err) = run(fabriques(&root()).args(["fmt", "--check"]));
    assert_eq!((code, out.as_str()), (0, ""), "{err}");
}

/// The command the README gives to refresh the register from the ANCT's
/// list (section « Refreshing the register from a new ANCT release »).
fn readme_import_command() -> Vec<String> {
    let readme = fs::read_to_string(root().join("README.md")).unwrap();
    let section = readme
        .find("### Refreshing the register from a new ANCT release")
        .expect("the README's section");
    let readme = &readme[section..];
    let start = readme
        .find("$ fabriques import --update ref/anct/")
        .expect("the README gives the import command");
    let mut command = String::new();
    for line in readme[start + 2..].lines() {
        command.push_str(line.trim_end_matches('\\'));
        command.push(' ');
        if !line.ends_with('\\') {
            break;
        }
    }
    command.split_whitespace().skip(1).map(str::to_string).collect()
}

#[test]
fn importing_the_anct_list_again_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("data")).unwrap();
    fs::create_dir_all(dir.path().join("ref/anct")).unwrap();
    fs::copy(root().join("fabriques.toml"), dir.path().join("fabriques.toml")).unwrap();
    fs::copy(
        root().join("ref/anct/fabriques-par-fabrique.geojson"),
        dir.path().join("ref/anct/fabriques-par-fabrique.geojson"),
    )
    .unwrap();
    let mut before = BTreeMap::new();
    for e in fs::read_dir(root().join("data")).unwrap() {
        let path = e.unwrap().path();
        let name = path.file_name().unwrap().to_owned();
        let bytes = fs::read(&path).unwrap();
        fs::write(dir.path().join("data").join(&name), &bytes).unwrap();
        before.insert(name, bytes);
    }
    let args = readme_import_command();
    assert_eq!(
        args[..3],
        ["import", "--update", "ref/anct/fabriques-par-fabrique.geojson"]
    );
    let (code, _, err) = run(fabriques(dir.path()).args(&args));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("0 fiche créée, 0 mise à jour, 382 déjà à jour"), "{err}");
    for (name, bytes) in &before {
        assert_eq!(
            &fs::read(dir.path().join("data").join(name)).unwrap(),
            bytes,
            "{name:?}"
        );
    }
    // Into an empty register, the same command writes the same ANCT records.
    let empty = tempfile::tempdir().unwrap();
    fs::create_dir_all(empty.path().join("data")).unwrap();
    let (code, _, err) = run(fabriques(&root())
        .arg("--data")
        .arg(empty.path().join("data"))
        .args(&args));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("382 fiches créées"), "{err}");
    let same = before
        .iter()
        .filter(|(name, bytes)| fs::read(empty.path().join("data").join(name)).ok().as_ref() == Some(*bytes))
        .count();
    assert_eq!(same, 379, "every record but the three merged ones");
}

/// `export --csv` and `--json` of the real register, imported into an
/// empty register, give back each of its 382 records (their values,
/// parsed with the `toml` crate: the comments the ANCT import wrote are
/// not values) and the same export bytes again.
#[test]
fn the_real_register_round_trips_through_csv_and_json() {
    let mut files: Vec<_> = fs::read_dir(root().join("data"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert_eq!(files.len(), 382);
    for format in ["--csv", "--json"] {
        // Byte for byte (`run` reads no-break spaces as spaces).
        let (code, first, _) = crate::run_raw(fabriques(&root()).args(["export", format]));
        assert_eq!(code, 0);
        let dir = super::authoring::register();
        let file = format!("export.{}", format.trim_start_matches('-'));
        fs::write(dir.path().join(&file), &first).unwrap();
        let (code, _, err) = crate::run_raw(fabriques(dir.path()).args(["import", file.as_str()]));
        assert_eq!(code, 0, "{err}");
        for path in &files {
            let name = path.file_name().unwrap();
            let parse =
                |p: &std::path::Path| -> toml::Table { toml::from_str(&fs::read_to_string(p).unwrap()).unwrap() };
            assert_eq!(
                parse(&dir.path().join("data").join(name)),
                parse(path),
                "{} through {format}",
                name.to_string_lossy()
            );
        }
        let (code, second, _) = crate::run_raw(fabriques(dir.path()).args(["export", format]));
        assert_eq!(code, 0);
        assert!(
            second == first,
            "export → import → export through {format} changed the bytes"
        );
    }
}
