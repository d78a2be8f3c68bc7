//! `import`: sheets of every shape, `--dry-run`, `--update`, `--map`, and
//! the round trip with `export --csv`.

use std::fs;

use super::{bundled, errors, read, register};
use crate::{fabriques, run, validate_json};

/// The Movilab « Technique » table for the three bundled fabriques, as a
/// contributor would copy it into a spreadsheet; MONSCOBAR's commune as
/// the source writes it.
const MOVILAB: &str = "Fabrique,Structure porteuse,Code postal,Ville,QPV (oui/non),Fabrique numérique (oui/non),Consortium : collectivités,Consortium : centres sociaux,Consortium : bailleurs sociaux,Consortium : acteurs de la formation,Labellisation,Existe depuis,Lien
LAB01,LAB01,01500,Ambérieu-en-Bugey,oui,oui,Communauté de communes de la Plaine de l'Ain | Ville d'Ambérieu-en-Bugey,Centre social le Lavoir,Dynacité,,2019,2016,http://www.lab01.fr
La Dynamo,Ville de Chambéry et Grand Chambéry,73000,Chambéry,oui,,Agglomération chambérienne,Centre social et culturel des Combes,,Simplon,2019,,
MONSCOBAR,\"La Coopérative Baraka (pilote), La Coroutine, MonsFabrica\",59000,Lille Roubaix,oui,non,,,,,2020,2010,
";

#[test]
fn import_a_movilab_shaped_sheet_and_report_the_commune_problem() {
    let dir = register();
    fs::write(dir.path().join("technique.csv"), MOVILAB).unwrap();
    let (code, out, err) = run(fabriques(dir.path()).args(["import", "technique.csv"]));
    assert_eq!(code, 1, "{out}\n{err}");
    assert!(out.contains("technique.csv:2: créée : data/lab01.toml"), "{out}");
    assert!(out.contains("technique.csv:3: créée : data/la-dynamo.toml"), "{out}");
    assert!(
        out.contains(
            "technique.csv:4: erreur[commune] : « Lille Roubaix » n'est pas une commune desservie par le code postal 59000\n  = colonne : « Ville »\n  = aide : le code postal 59000 dessert « Lille »"
        ),
        "{out}"
    );
    assert!(err.contains("3 fiches créées"), "{err}");
    // The source's commune is kept, not fixed.
    let monscobar = read(dir.path(), "data/monscobar.toml");
    assert!(monscobar.contains("commune = \"Lille Roubaix\""), "{monscobar}");
    assert!(monscobar.contains("nom = \"La Coopérative Baraka (pilote), La Coroutine, MonsFabrica\""));
    // The comments and sources the tool writes are French text (its
    // no-break spaces read as spaces here).
    let lab01 = read(dir.path(), "data/lab01.toml").replace('\u{a0}', " ");
    for line in [
        "# LAB01 — fiche importée de « technique.csv », ligne 2, avec `fabriques import`.",
        "numerique = true",
        "site_web = \"http://www.lab01.fr\"",
        "sources = [\"Tableau « technique.csv », importé avec fabriques import\"]",
        "creation = 2016",
        "  \"Communauté de communes de la Plaine de l'Ain\",\n  \"Ville d'Ambérieu-en-Bugey\",\n]",
        "bailleurs_sociaux = [\"Dynacité\"]",
    ] {
        assert!(lab01.contains(line), "{line}\n{lab01}");
    }
    assert!(!read(dir.path(), "data/la-dynamo.toml").contains("numerique"));
    let (_, json) = validate_json(&dir.path().join("data"), &[]);
    assert_eq!(
        errors(&json),
        vec![(
            "commune".to_string(),
            dir.path().join("data/monscobar.toml").display().to_string()
        )],
        "{json}"
    );
    let (code, _, err) = run(fabriques(dir.path()).args(["fmt", "--check"]));
    assert_eq!(code, 0, "{err}");
}

const COLUMNS: &str = "id,nom,statut,commune,code_postal,code_insee,departement,region,qpv,numerique,labellisation,structure,actions,reseaux";

/// The Movilab register as `list --format csv` writes it.
fn export_csv() -> String {
    let (code, out, err) = run(fabriques(&crate::movilab()).args(["list", "--format", "csv", "--colonnes", COLUMNS]));
    assert_eq!(code, 0, "{err}");
    out
}

#[test]
fn import_the_csv_of_list_back_into_the_same_register() {
    let dir = register();
    let csv = export_csv();
    fs::write(dir.path().join("export.csv"), &csv).unwrap();
    let (code, out, err) = run(fabriques(dir.path()).args(["import", "export.csv"]));
    assert_eq!(code, 0, "{out}\n{err}");
    assert!(err.contains("3 fiches créées"), "{err}");
    let (_, json) = validate_json(&dir.path().join("data"), &[]);
    assert_eq!(json["errors"], 0, "{json}");
    let (_, again, _) = run(fabriques(dir.path()).args(["list", "--format", "csv", "--colonnes", COLUMNS]));
    assert_eq!(again, csv);
    let lab01 = read(dir.path(), "data/lab01.toml");
    assert!(lab01.contains("reseaux = [\"fabmob\"]"), "{lab01}");
    let dynamo = read(dir.path(), "data/la-dynamo.toml");
    assert!(
        dynamo.contains("[[actions]]\ncategorie = \"fablab\"\nstatut = \"commence\""),
        "{dynamo}"
    );
}

#[test]
fn import_a_semicolon_sheet_with_a_byte_order_mark() {
    let comma = register();
    fs::write(comma.path().join("export.csv"), export_csv()).unwrap();
    run(fabriques(comma.path()).args(["import", "export.csv"]));

    let dir = register();
    let exported = export_csv();
    let mut rdr = csv::Reader::from_reader(exported.as_bytes());
    let mut w = csv::WriterBuilder::new().delimiter(b';').from_writer(Vec::new());
    w.write_record(rdr.headers().unwrap()).unwrap();
    for r in rdr.records() {
        w.write_record(&r.unwrap()).unwrap();
    }
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(w.into_inner().unwrap());
    fs::write(dir.path().join("export.csv"), bytes).unwrap();
    let (code, out, err) = run(fabriques(dir.path()).args(["import", "export.csv"]));
    assert_eq!(code, 0, "{out}\n{err}");
    for id in ["lab01", "la-dynamo", "monscobar"] {
        let file = format!("data/{id}.toml");
        assert_eq!(read(dir.path(), &file), read(comma.path(), &file), "{id}");
    }
}

#[test]
fn import_dry_run_shows_the_records_and_writes_nothing() {
    let dir = register();
    fs::write(dir.path().join("technique.csv"), MOVILAB).unwrap();
    let (code, out, err) = run(fabriques(dir.path()).args(["import", "--dry-run", "technique.csv"]));
    assert_eq!(code, 1, "{err}");
    assert!(
        out.contains("technique.csv:2: serait créée : data/lab01.toml\n    # LAB01 —"),
        "{out}"
    );
    assert!(out.contains("    commune = \"Ambérieu-en-Bugey\""), "{out}");
    assert!(err.contains("3 fiches seraient créées"), "{err}");
    assert!(err.contains("--dry-run : rien n'a été écrit"), "{err}");
    assert_eq!(fs::read_dir(dir.path().join("data")).unwrap().count(), 0);
}

#[test]
fn import_never_overwrites_an_existing_record() {
    let dir = register();
    fs::write(dir.path().join("data/lab01.toml"), "# la fiche de quelqu'un\n").unwrap();
    fs::write(dir.path().join("technique.csv"), MOVILAB).unwrap();
    let (_, out, err) = run(fabriques(dir.path()).args(["import", "technique.csv"]));
    assert!(
        out.contains(
            "technique.csv:2: laissée de côté (lab01) : data/lab01.toml existe déjà (--update y reporte la ligne)"
        ),
        "{out}"
    );
    assert!(
        err.contains("2 fiches créées, 0 mise à jour, 1 laissée de côté"),
        "{err}"
    );
    assert_eq!(read(dir.path(), "data/lab01.toml"), "# la fiche de quelqu'un\n");
}

#[test]
fn import_update_adds_what_the_record_lacks_and_never_replaces_a_value() {
    let dir = bundled();
    let before = read(dir.path(), "data/lab01.toml");
    fs::write(
        dir.path().join("maj.csv"),
        "id;Statut;Site web;Consortium : entreprises;Actions;QPV\nlab01;En activité;https://lab01.fr;La Poste;fablab | alimentation;oui\n",
    )
    .unwrap();
    let (code, out, err) = run(fabriques(dir.path()).args(["import", "--update", "--dry-run", "maj.csv"]));
    assert_eq!(code, 1, "a conflict is left for a person: {out}\n{err}");
    assert!(out.contains("    + statut = \"en_activite\""), "{out}");
    assert!(!out.contains("+ site_web"), "{out}");
    assert_eq!(read(dir.path(), "data/lab01.toml"), before);

    let (code, out, err) = run(fabriques(dir.path()).args(["import", "--update", "maj.csv"]));
    assert_eq!(code, 1, "{out}\n{err}");
    assert!(
        out.contains("maj.csv:2: mise à jour : data/lab01.toml (statut, consortium.entreprises, actions, sources)\n  = data/lab01.toml retrouvée par : même id\n"),
        "{out}"
    );
    // The website differs: both values and both sources, nothing replaced.
    assert!(
        out.contains(
            "maj.csv:2: avertissement : conflit sur site_web : data/lab01.toml dit « http://www.lab01.fr », la ligne dit « https://lab01.fr » ; rien n'est remplacé\n  = colonne : « Site web »\n  = sources de la fiche : Movilab, « Fabriques de Territoire », tableau Technique ;"
        ),
        "{out}"
    );
    assert!(
        out.contains("  = source de la ligne : Tableau « maj.csv », importé avec fabriques import\n"),
        "{out}"
    );
    assert!(err.contains("1 conflit à trancher"), "{err}");
    let after = read(dir.path(), "data/lab01.toml");
    // Every comment of the file is still there.
    for line in before.lines().filter(|l| l.contains('#')) {
        let comment = &line[line.find('#').unwrap()..];
        assert!(after.contains(comment), "{comment}\n{after}");
    }
    for line in [
        "statut = \"en_activite\"",
        "site_web = \"http://www.lab01.fr\"",
        "entreprises = [\"La Poste\"]",
        "\"Tableau «\u{a0}maj.csv\u{a0}», importé avec fabriques import\",",
        "categorie = \"alimentation\"",
        "voie = \"48 rue Gustave Noblemaire\"",
    ] {
        assert!(after.contains(line), "{line}\n{after}");
    }
    // fablab was there already: one action more, not two.
    assert_eq!(
        after.matches("[[actions]]").count(),
        before.matches("[[actions]]").count() + 1
    );
    let (_, json) = validate_json(&dir.path().join("data"), &[]);
    assert_eq!(json["errors"], 0, "{json}");
    let (code, _, err) = run(fabriques(dir.path()).args(["fmt", "--check"]));
    assert_eq!(code, 0, "{err}");
    // Once the person agrees with the sheet, the row says nothing new.
    fs::write(
        dir.path().join("data/lab01.toml"),
        after.replace("http://www.lab01.fr", "https://lab01.fr"),
    )
    .unwrap();
    let (code, out, err) = run(fabriques(dir.path()).args(["import", "--update", "maj.csv"]));
    assert_eq!(code, 0, "{out}\n{err}");
    assert!(out.contains("maj.csv:2: déjà à jour : data/lab01.toml"), "{out}");
}

#[test]
fn import_reports_problems_with_the_sheet_line_and_column() {
    let dir = register();
    fs::write(
        dir.path().join("sheet.csv"),
        "Nom,Code postal,Ville,QPV,Labellisation,Structure porteuse,Couleur\n\
         Le Lieu,73000,Chambéry,oui,2019,Le Lieu,bleu\n\
         \"Un lieu\nsur deux lignes\",73000,Chambéry,peut-être,2019,Asso,\n\
         Sans Date,73000,Chambéry,non,depuis 2020,Asso,\n",
    )
    .unwrap();
    let (code, out, err) = run(fabriques(dir.path()).args(["import", "sheet.csv"]));
    assert_eq!(code, 1, "{out}\n{err}");
    assert!(err.contains("note : colonne « Couleur » ignorée"), "{err}");
    assert!(
        out.contains("sheet.csv:3: erreur[wrong-type] : « qpv » doit être un booléen (true ou false), pas une chaîne de caractères entre guillemets\n  = colonne : « QPV »\n  = aide : écrivez par exemple : qpv = true"),
        "{out}"
    );
    // The line where the row starts, after a cell on two lines.
    assert!(
        out.contains("sheet.csv:5: erreur[wrong-type] : « labellisation.annee »"),
        "{out}"
    );
    assert!(out.contains("  = colonne : « Labellisation »"), "{out}");
    // The value is kept as written, for the contributor to fix.
    assert!(read(dir.path(), "data/un-lieu-sur-deux-lignes.toml").contains("qpv = \"peut-être\""));
}

#[test]
fn import_map_names_the_field_of_another_column() {
    let dir = register();
    fs::write(
        dir.path().join("sheet.csv"),
        "Nom du lieu,Commune du lieu,CP\nLe Lieu,Chambéry,73000\n",
    )
    .unwrap();
    let (code, _, err) = run(fabriques(dir.path()).args(["import", "sheet.csv"]));
    assert_eq!(code, 2);
    assert!(err.contains("ni colonne « nom » ni colonne « id »"), "{err}");
    let (_, _, err) = run(fabriques(dir.path()).args([
        "import",
        "--map",
        "Nom du lieu=nom",
        "--map",
        "Commune du lieu=adresse.commune",
        "sheet.csv",
    ]));
    assert!(err.contains("1 fiche créée"), "{err}");
    let text = read(dir.path(), "data/le-lieu.toml");
    assert!(
        text.contains("code_postal = \"73000\"\ncommune = \"Chambéry\""),
        "{text}"
    );
    let (code, _, err) = run(fabriques(dir.path()).args(["import", "--map", "CP=code_postale", "sheet.csv"]));
    assert_eq!(code, 2);
    assert!(err.contains("« code_postale » n'est pas un champ"), "{err}");
}

#[test]
fn export_csv_imports_back_into_the_same_records() {
    // export --csv of the bundled data, imported into an empty register,
    // exports the same CSV again: every field, actions and sub-actions
    // included (the derived INSEE code is written into the new records).
    let (code, csv, _) = crate::run(crate::fabriques(&crate::root()).args(["export", "--csv"]));
    assert_eq!(code, 0);
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("data")).unwrap();
    std::fs::copy(crate::root().join("fabriques.toml"), dir.path().join("fabriques.toml")).unwrap();
    std::fs::write(dir.path().join("export.csv"), &csv).unwrap();
    let (code, _, err) = crate::run(crate::fabriques(dir.path()).args(["import", "export.csv"]));
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("ignorée"), "no column of the export is ignored: {err}");
    let (_, again, _) = crate::run(crate::fabriques(dir.path()).args(["export", "--csv"]));
    assert_eq!(again, csv);
    let lab01 = std::fs::read_to_string(dir.path().join("data/lab01.toml")).unwrap();
    assert!(
        lab01.contains("sous_action = \"Formation labellisée Grande École du Numérique\""),
        "{lab01}"
    );
}

#[test]
fn regression_export_import_keeps_the_precision_of_an_autre_action() {
    // export --csv writes `autre : precision`; import used to read it back
    // as a sub-action, leaving the action without its required precision.
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("source");
    std::fs::create_dir_all(source.join("data")).unwrap();
    let complete = std::fs::read_to_string(crate::root().join("tests/fixtures/complete/data/complete.toml")).unwrap();
    let text =
        format!("{complete}\n[[actions]]\ncategorie = \"autre\"\nprecision = \"Jardin partagé\"\nstatut = \"fait\"\n");
    std::fs::write(source.join("data/complete.toml"), text).unwrap();
    std::fs::copy(
        crate::root().join("tests/fixtures/fabriques.toml"),
        source.join("fabriques.toml"),
    )
    .unwrap();
    let (code, csv, err) = crate::run(crate::fabriques(&source).args(["export", "--csv"]));
    assert_eq!(code, 0, "{err}");
    assert!(csv.contains("autre : Jardin partagé"), "{csv}");
    let target = dir.path().join("cible");
    std::fs::create_dir_all(target.join("data")).unwrap();
    std::fs::copy(
        crate::root().join("tests/fixtures/fabriques.toml"),
        target.join("fabriques.toml"),
    )
    .unwrap();
    std::fs::write(target.join("export.csv"), &csv).unwrap();
    let (code, out, err) = crate::run(crate::fabriques(&target).args(["import", "export.csv"]));
    assert_eq!(code, 0, "{out}{err}");
    let record = std::fs::read_to_string(target.join("data/complete.toml")).unwrap();
    assert!(record.contains("precision = \"Jardin partagé\""), "{record}");
    let (_, again, _) = crate::run(crate::fabriques(&target).args(["export", "--csv"]));
    assert_eq!(again, csv);
}

/// A GeoJSON as the ANCT's prepared list gives it: one feature per
/// fabrique, its point the commune's centre.
const GEOJSON: &str = r#"{"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"id": "la-dynamo", "nom": "La Dynamo", "anct": "fabt-40", "code_insee": "73065", "commune": "Chambéry", "precision_point": "commune", "source": "ANCT — liste, janvier 2024"}, "geometry": {"type": "Point", "coordinates": [5.908848946717628, 45.583070002396084]}},
{"type": "Feature", "properties": {"id": "lab-01", "nom": "LAB 01", "anct": "fabt-59", "code_insee": "01004", "commune": "Ambérieu-en-Bugey", "precision_point": "commune", "source": "ANCT — liste, janvier 2024"}, "geometry": {"type": "Point", "coordinates": [5.371861414995603, 45.960843792660775]}},
{"type": "Feature", "properties": {"id": "monscobar", "nom": "MONSCOBAR", "anct": "fabt-155", "code_insee": "59512", "commune": "Roubaix", "precision_point": "commune", "source": "ANCT — liste, janvier 2024"}, "geometry": {"type": "Point", "coordinates": [3.182712056029828, 50.68876882958917]}},
{"type": "Feature", "properties": {"id": "anis", "nom": "ANIS", "anct": "fabt-364", "code_insee": "97801", "commune": "Saint-Martin", "note": "la source écrit « NA »", "source": "ANCT — liste, janvier 2024"}, "geometry": null}
]}
"#;

#[test]
fn import_a_geojson_feature_collection() {
    let dir = register();
    fs::write(dir.path().join("liste.geojson"), GEOJSON).unwrap();
    let (code, out, err) = run(fabriques(dir.path()).args(["import", "liste.geojson"]));
    // « note » is no field: reported, left out.
    assert!(err.contains("colonne « note » ignorée"), "{err}");
    assert_eq!(code, 0, "{out}\n{err}");
    assert!(err.contains("4 fiches créées"), "{err}");
    assert!(out.contains("liste.geojson:3: créée : data/lab-01.toml"), "{out}");
    let dynamo = read(dir.path(), "data/la-dynamo.toml");
    for line in [
        "nom = \"La Dynamo\"",
        "sources = [\"ANCT — liste, janvier 2024\"]",
        "[identifiants]\nanct = \"fabt-40\"",
        // The postal code of a commune that has only one.
        "code_postal = \"73000\"  # seul code postal de Chambéry (INSEE 73065)",
        "code_insee = \"73065\"",
        "latitude = 45.583070002396084\nlongitude = 5.908848946717628\nprecision_point = \"commune\"",
    ] {
        assert!(dynamo.contains(line), "{line}\n{dynamo}");
    }
    // Nothing the file does not say: no qpv, no year, no structure.
    for key in ["qpv", "numerique", "[labellisation]", "[structure_porteuse]"] {
        assert!(!dynamo.contains(key), "{key}\n{dynamo}");
    }
    // No point, no precision; a column kept as a comment with --map.
    let anis = read(dir.path(), "data/anis.toml");
    assert!(
        !anis.contains("latitude") && !anis.contains("precision_point"),
        "{anis}"
    );
    let (_, json) = validate_json(&dir.path().join("data"), &[]);
    assert_eq!(json["errors"], 0, "{json}");
    let again = register();
    fs::write(again.path().join("liste.geojson"), GEOJSON).unwrap();
    let (code, _, err) = run(fabriques(again.path()).args(["import", "liste.geojson", "--map", "note=commentaire"]));
    assert_eq!(code, 0, "{err}");
    let anis = read(again.path(), "data/anis.toml");
    assert!(anis.contains("\n# note : la source écrit « NA »\n"), "{anis}");
    // --map leaves the point out like any column.
    let third = register();
    fs::write(third.path().join("liste.geojson"), GEOJSON).unwrap();
    let (code, _, err) = run(fabriques(third.path()).args([
        "import",
        "liste.geojson",
        "--map",
        "geometry.latitude=-",
        "--map",
        "geometry.longitude=-",
    ]));
    assert_eq!(code, 0, "{err}");
    let dynamo = read(third.path(), "data/la-dynamo.toml");
    assert!(
        !dynamo.contains("latitude") && !dynamo.contains("precision_point"),
        "{dynamo}"
    );
}

#[test]
fn a_json_file_that_is_not_a_feature_collection_is_refused() {
    let dir = register();
    fs::write(dir.path().join("x.json"), "{\"type\": \"Feature\"}").unwrap();
    let (code, _, err) = run(fabriques(dir.path()).args(["import", "x.json"]));
    assert_eq!(code, 2);
    assert!(err.contains("FeatureCollection"), "{err}");
    fs::write(
        dir.path().join("x.json"),
        "{\"type\": \"FeatureCollection\", \"features\": [",
    )
    .unwrap();
    let (code, _, err) = run(fabriques(dir.path()).args(["import", "x.json"]));
    assert_eq!(code, 2);
    assert!(err.contains("GeoJSON illisible"), "{err}");
}

#[test]
fn import_update_finds_each_record_by_identifier_then_name_and_commune() {
    let dir = bundled();
    // The Movilab records without their ANCT ids, as before the first import.
    for id in ["lab01", "la-dynamo", "monscobar"] {
        let path = dir.path().join(format!("data/{id}.toml"));
        let text = fs::read_to_string(&path).unwrap();
        let anct = text.find("\n[identifiants]\n").unwrap();
        let end = anct + text[anct + 1..].find("\n\n").unwrap() + 1;
        fs::write(&path, format!("{}{}", &text[..anct], &text[end..])).unwrap();
    }
    fs::write(dir.path().join("liste.geojson"), GEOJSON).unwrap();
    let (code, out, err) = run(fabriques(dir.path()).args(["import", "--update", "liste.geojson"]));
    assert_eq!(code, 0, "{out}\n{err}");
    // « LAB 01 » is LAB01: its file, not a new `lab-01`.
    assert!(
        out.contains("liste.geojson:3: mise à jour : data/lab01.toml (identifiants.anct, sources)\n  = data/lab01.toml retrouvée par : même nom (« LAB 01 » = « LAB01 ») et même commune\n"),
        "{out}"
    );
    assert!(!dir.path().join("data/lab-01.toml").exists());
    // LAB01's point is its address: the commune's centre does not compete.
    let lab01 = read(dir.path(), "data/lab01.toml");
    assert!(
        lab01.contains("latitude = 45.954025") && !lab01.contains("precision_point"),
        "{lab01}"
    );
    assert!(lab01.contains("nom = \"LAB01\""), "{lab01}");
    // La Dynamo had no point: it gets the commune's, marked as such.
    let dynamo = read(dir.path(), "data/la-dynamo.toml");
    assert!(dynamo.contains("precision_point = \"commune\""), "{dynamo}");
    assert!(err.contains("1 fiche créée, 3 mises à jour"), "{err}");
    // Next time, by the identifier; nothing changes.
    let (code, out, err) = run(fabriques(dir.path()).args(["import", "--update", "liste.geojson"]));
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("liste.geojson:3: déjà à jour : data/lab01.toml\n  = data/lab01.toml retrouvée par : même identifiant ANCT « fabt-59 »\n"),
        "{out}"
    );
    assert!(err.contains("0 fiche créée, 0 mise à jour, 4 déjà à jour"), "{err}");
}

#[test]
fn import_never_takes_the_id_of_another_fabrique() {
    let dir = bundled();
    // A row named La Dynamo, in Amiens: not the Chambéry record.
    fs::write(
        dir.path().join("liste.csv"),
        "nom,commune,code_insee\nLa Dynamo,Amiens,80021\n",
    )
    .unwrap();
    let (code, out, _) = run(fabriques(dir.path()).args(["import", "--update", "liste.csv"]));
    assert_eq!(code, 1);
    assert!(
        out.contains("liste.csv:2: erreur : l'id « la-dynamo » est celui de data/la-dynamo.toml, une fabrique d'une autre commune"),
        "{out}"
    );
    // Another ANCT id under an explicit id.
    fs::write(
        dir.path().join("liste.csv"),
        "id,nom,commune,code_insee,anct\nlab01,LAB 01,Ambérieu-en-Bugey,01004,fabt-99\n",
    )
    .unwrap();
    let (code, out, _) = run(fabriques(dir.path()).args(["import", "--update", "liste.csv"]));
    assert_eq!(code, 1);
    assert!(
        out.contains("une autre fabrique (identifiant ANCT « fabt-59 »)"),
        "{out}"
    );
}

#[test]
fn import_reports_a_conflict_of_commune_with_both_sources() {
    let dir = bundled();
    let path = dir.path().join("data/monscobar.toml");
    let text = read(dir.path(), "data/monscobar.toml")
        .replace("code_postal = \"59100\"", "code_postal = \"59000\"")
        .replace("commune = \"Roubaix\"", "commune = \"Lille\"")
        .replace("code_insee = \"59512\"\n", "");
    fs::write(&path, &text).unwrap();
    fs::write(dir.path().join("liste.geojson"), GEOJSON).unwrap();
    let (code, out, err) = run(fabriques(dir.path()).args(["import", "--update", "liste.geojson"]));
    assert_eq!(code, 1, "{err}");
    assert!(
        out.contains("conflit sur adresse.commune : data/monscobar.toml dit « Lille », la ligne dit « Roubaix » ; rien n'est remplacé"),
        "{out}"
    );
    assert!(
        out.contains("conflit sur adresse.code_postal : data/monscobar.toml dit « 59000 », la ligne dit « 59100 »"),
        "{out}"
    );
    assert!(
        out.contains("  = source de la ligne : ANCT — liste, janvier 2024\n"),
        "{out}"
    );
    assert!(read(dir.path(), "data/monscobar.toml").contains("commune = \"Lille\""));
}
