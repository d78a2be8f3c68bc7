//! `new`, `fmt` and `import`: the commands that write records, each run in
//! a temporary register; and the formatter's property test (`props`).

mod props;

use std::fs;
use std::path::Path;

use tempfile::TempDir;

use crate::{fabriques, root, run, validate_json};

/// An empty register with the bundled settings (the network `fabmob`).
fn register() -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("data")).unwrap();
    fs::copy(root().join("fabriques.toml"), dir.path().join("fabriques.toml")).unwrap();
    dir
}

/// A register holding a copy of the bundled records.
fn bundled() -> TempDir {
    let dir = register();
    for entry in fs::read_dir(root().join("data")).unwrap() {
        let path = entry.unwrap().path();
        fs::copy(&path, dir.path().join("data").join(path.file_name().unwrap())).unwrap();
    }
    dir
}

fn read(dir: &Path, file: &str) -> String {
    fs::read_to_string(dir.join(file)).unwrap()
}

fn errors(json: &serde_json::Value) -> Vec<(String, String)> {
    json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] == "error")
        .map(|d| {
            (
                d["rule"].as_str().unwrap().to_string(),
                d["file"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

// --- new ----------------------------------------------------------------

#[test]
fn new_writes_a_commented_template_that_validates_without_errors() {
    let dir = register();
    let (code, out, err) = run(fabriques(dir.path()).args(["new", "La Fabrique d'essai", "--commune", "Chambery"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.trim(), "data/la-fabrique-d-essai.toml");
    assert!(err.contains("fabriques validate"), "{err}");
    let text = read(dir.path(), "data/la-fabrique-d-essai.toml");
    // The commune from the reference, with its official spelling.
    assert!(
        text.contains("code_postal = \"73000\"\ncommune = \"Chambéry\"\ncode_insee = \"73065\""),
        "{text}"
    );
    assert!(text.contains("nom = \"La Fabrique d'essai\"\n"), "{text}");
    assert!(text.contains("qpv = false  # À VÉRIFIER"), "{text}");
    // Optional fields are there, commented out, with their codes.
    for line in [
        "# statut = ",
        "# site_web = ",
        "# forme_juridique = ",
        "# [[actions]]",
        "# [[liens]]",
    ] {
        assert!(text.contains(line), "{line}\n{text}");
    }
    for code in [
        "en_activite",
        "campus_connecte",
        "reemploi",
        "etablissement_public",
        "tout_public",
        "essaimage",
        "fabmob",
    ] {
        assert!(text.contains(code), "{code}\n{text}");
    }
    let (code, json) = validate_json(&dir.path().join("data"), &[]);
    assert_eq!(code, 0, "{json}");
    assert_eq!(json["errors"], 0, "{json}");
    // Already in the canonical layout.
    let (code, _, err) = run(fabriques(dir.path()).args(["fmt", "--check"]));
    assert_eq!(code, 0, "{err}");
}

#[test]
fn new_takes_the_codes_the_register_adds() {
    let dir = register();
    fs::write(
        dir.path().join("fabriques.toml"),
        "[vocabulaire.categories]\ntiers_lieu_nourricier = { libelle = \"Tiers-lieu nourricier\" }\n",
    )
    .unwrap();
    let (code, _, err) =
        run(fabriques(dir.path()).args(["new", "Le Jardin", "--code-postal", "59000", "--id", "jardin"]));
    assert_eq!(code, 0, "{err}");
    let text = read(dir.path(), "data/jardin.toml");
    assert!(text.contains("tiers_lieu_nourricier"), "{text}");
    assert!(text.contains("déclarez-les d'abord"), "{text}");
}

#[test]
fn new_refuses_to_overwrite_a_record() {
    let dir = register();
    fs::create_dir(dir.path().join("data/savoie")).unwrap();
    fs::write(dir.path().join("data/savoie/la-dynamo.toml"), "# à moi\n").unwrap();
    let (code, out, err) = run(fabriques(dir.path()).args(["new", "La Dynamo", "--commune", "Chambéry"]));
    assert_eq!(code, 2);
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("data/savoie/la-dynamo.toml existe déjà"), "{err}");
    assert_eq!(read(dir.path(), "data/savoie/la-dynamo.toml"), "# à moi\n");
    assert!(!dir.path().join("data/la-dynamo.toml").exists());
}

#[test]
fn new_refuses_an_ambiguous_commune_and_lists_the_candidates() {
    let dir = register();
    let (code, _, err) = run(fabriques(dir.path()).args(["new", "Essai", "--commune", "Saint-Denis"]));
    assert_eq!(code, 2);
    assert!(err.contains("plusieurs communes s'appellent « Saint-Denis »"), "{err}");
    for candidate in [
        "Saint-Denis (codes postaux 93200, 93210, 93380, code INSEE 93066, 93 Seine-Saint-Denis)",
        "Saint-Denis (code postal 11310, code INSEE 11339, 11 Aude)",
        "code INSEE 97411, 974 La Réunion",
    ] {
        assert!(err.contains(candidate), "{candidate}\n{err}");
    }
    assert!(
        err.contains("--code-postal CODE avec --commune, ou --insee CODE"),
        "{err}"
    );
    assert_eq!(fs::read_dir(dir.path().join("data")).unwrap().count(), 0);

    // Each flag picks one.
    let (code, _, err) =
        run(fabriques(dir.path()).args(["new", "Essai", "--commune", "Saint-Denis", "--code-postal", "93200"]));
    assert_eq!(code, 0, "{err}");
    assert!(read(dir.path(), "data/essai.toml").contains("code_insee = \"93066\""));
    let (code, _, err) = run(fabriques(dir.path()).args(["new", "Essai 2", "--insee", "11339"]));
    assert_eq!(code, 0, "{err}");
    assert!(read(dir.path(), "data/essai-2.toml").contains("code_postal = \"11310\""));
}

#[test]
fn new_refuses_a_postal_code_of_several_communes() {
    let dir = register();
    let (code, _, err) = run(fabriques(dir.path()).args(["new", "Essai", "--code-postal", "01500"]));
    assert_eq!(code, 2);
    assert!(err.contains("le code postal 01500 dessert plusieurs communes"), "{err}");
    assert!(
        err.contains("Ambérieu-en-Bugey (code postal 01500, code INSEE 01004, 01 Ain)"),
        "{err}"
    );
    assert!(err.contains("--commune NOM avec --code-postal"), "{err}");
    // A commune with several postal codes needs one.
    let (code, _, err) = run(fabriques(dir.path()).args(["new", "Essai", "--commune", "Lille"]));
    assert_eq!(code, 2);
    assert!(
        err.contains("Lille a plusieurs codes postaux (59000, 59160, 59260, 59777, 59800)"),
        "{err}"
    );
}

#[test]
fn new_suggests_communes_for_an_unknown_name() {
    let dir = register();
    let (code, _, err) = run(fabriques(dir.path()).args(["new", "Essai", "--commune", "Chambérie"]));
    assert_eq!(code, 2);
    assert!(err.contains("aucune commune ne s'appelle « Chambérie »"), "{err}");
    assert!(
        err.contains("Chambéry (code postal 73000, code INSEE 73065, 73 Savoie)"),
        "{err}"
    );
    let (code, _, err) =
        run(fabriques(dir.path()).args(["new", "Essai", "--commune", "Lile", "--code-postal", "59000"]));
    assert_eq!(code, 2);
    assert!(err.contains("Lille (codes postaux"), "{err}");
}

#[test]
fn new_checks_the_id() {
    let dir = register();
    let (code, _, err) =
        run(fabriques(dir.path()).args(["new", "Essai", "--commune", "Chambéry", "--id", "La_Dynamo"]));
    assert_eq!(code, 2);
    assert!(err.contains("« La_Dynamo » n'est pas un identifiant valide"), "{err}");
    assert!(err.contains("« la-dynamo »"), "{err}");
    let (code, _, err) = run(fabriques(dir.path()).args(["new", "???", "--commune", "Chambéry"]));
    assert_eq!(code, 2);
    assert!(err.contains("--id"), "{err}");
}

// --- fmt ----------------------------------------------------------------

const UNFORMATTED: &str = "# Essai : l'en-tête reste en haut.\n\n\
sources = [ 'Une source' ]   # d'où
qpv=true
nom = \"Essai\"

[adresse]
commune = \"Chambéry\"
code_postal = \"73000\"
# Champs à remplir plus tard :
# voie = \"...\"

[labellisation]
annee = 2019

[structure_porteuse]
nom = \"Essai\"
";

const FORMATTED: &str = "# Essai : l'en-tête reste en haut.

nom = \"Essai\"
qpv = true
sources = [\"Une source\"]  # d'où

[labellisation]
annee = 2019

[adresse]
code_postal = \"73000\"
commune = \"Chambéry\"
# Champs à remplir plus tard :
# voie = \"...\"

[structure_porteuse]
nom = \"Essai\"
";

#[test]
fn fmt_check_lists_the_files_to_format_and_exits_1() {
    let dir = register();
    fs::write(dir.path().join("data/essai.toml"), UNFORMATTED).unwrap();
    fs::write(dir.path().join("data/propre.toml"), FORMATTED).unwrap();
    let (code, out, err) = run(fabriques(dir.path()).args(["fmt", "--check"]));
    assert_eq!(code, 1, "{err}");
    assert_eq!(out, "data/essai.toml\n");
    assert!(
        err.contains("1 fiche à mettre en forme : lancez `fabriques fmt`"),
        "{err}"
    );
    assert_eq!(read(dir.path(), "data/essai.toml"), UNFORMATTED);
}

#[test]
fn fmt_rewrites_in_the_canonical_layout_keeping_every_comment() {
    let dir = register();
    fs::write(dir.path().join("data/essai.toml"), UNFORMATTED).unwrap();
    let (code, out, err) = run(fabriques(dir.path()).arg("fmt"));
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "data/essai.toml\n");
    assert!(err.contains("1 fiche mise en forme"), "{err}");
    assert_eq!(read(dir.path(), "data/essai.toml"), FORMATTED);
    // Idempotent: nothing left to do.
    let (code, out, err) = run(fabriques(dir.path()).args(["fmt", "--check"]));
    assert_eq!((code, out.as_str()), (0, ""), "{err}");
    assert!(err.contains("1 fiche déjà en forme"), "{err}");
}

#[test]
fn fmt_leaves_a_file_with_a_syntax_error_untouched() {
    let dir = register();
    let broken = "nom = \"Essai\"\nqpv = \n";
    fs::write(dir.path().join("data/casse.toml"), broken).unwrap();
    fs::write(dir.path().join("data/essai.toml"), UNFORMATTED).unwrap();
    let (code, out, err) = run(fabriques(dir.path()).arg("fmt"));
    assert_eq!(code, 1, "{err}");
    assert!(out.starts_with("data/casse.toml:2:7: erreur[toml-syntax]"), "{out}");
    assert!(err.contains("1 fichier laissé tel quel"), "{err}");
    assert_eq!(read(dir.path(), "data/casse.toml"), broken);
    // The other files are formatted all the same.
    assert_eq!(read(dir.path(), "data/essai.toml"), FORMATTED);
}

#[test]
fn fmt_formats_only_the_files_named() {
    let dir = register();
    fs::write(dir.path().join("data/a.toml"), UNFORMATTED).unwrap();
    fs::write(dir.path().join("data/b.toml"), UNFORMATTED).unwrap();
    let (code, out, err) = run(fabriques(dir.path()).args(["fmt", "data/b.toml"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "data/b.toml\n");
    assert_eq!(read(dir.path(), "data/a.toml"), UNFORMATTED);
    let (code, _, err) = run(fabriques(dir.path()).args(["fmt", "data/absent.toml"]));
    assert_eq!(code, 2);
    assert!(err.contains("data/absent.toml : fichier introuvable"), "{err}");
}

#[test]
fn fmt_keeps_a_byte_order_mark_out_and_the_values_in() {
    let dir = register();
    fs::write(
        dir.path().join("data/essai.toml"),
        format!("\u{feff}{}", FORMATTED.replace('\n', "\r\n")),
    )
    .unwrap();
    let (code, _, err) = run(fabriques(dir.path()).arg("fmt"));
    assert_eq!(code, 0, "{err}");
    assert_eq!(read(dir.path(), "data/essai.toml"), FORMATTED);
}

#[test]
fn the_bundled_records_are_formatted() {
    let (code, out, err) = run(fabriques(&root()).args(["fmt", "--check"]));
    assert_eq!((code, out.as_str()), (0, ""), "{err}");
}

// --- import -------------------------------------------------------------

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
            "technique.csv:4: erreur[commune]: « Lille Roubaix » n'est pas une commune desservie par le code postal 59000\n  = colonne : « Ville »\n  = aide : le code postal 59000 dessert « Lille »"
        ),
        "{out}"
    );
    assert!(err.contains("3 fiches créées"), "{err}");
    // The source's commune is kept, not fixed.
    let monscobar = read(dir.path(), "data/monscobar.toml");
    assert!(monscobar.contains("commune = \"Lille Roubaix\""), "{monscobar}");
    assert!(monscobar.contains("nom = \"La Coopérative Baraka (pilote), La Coroutine, MonsFabrica\""));
    let lab01 = read(dir.path(), "data/lab01.toml");
    for line in [
        "# LAB01 — fiche importée du tableau « technique.csv », ligne 2",
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

/// The bundled register as `list --format csv` writes it.
fn export_csv() -> String {
    let (code, out, err) = run(fabriques(&root()).args(["list", "--format", "csv", "--colonnes", COLUMNS]));
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
fn import_update_merges_the_row_and_keeps_the_comments() {
    let dir = bundled();
    let before = read(dir.path(), "data/lab01.toml");
    fs::write(
        dir.path().join("maj.csv"),
        "id;Statut;Site web;Consortium : entreprises;Actions;QPV\nlab01;En activité;https://lab01.fr;La Poste;fablab | alimentation;oui\n",
    )
    .unwrap();
    let (code, out, err) = run(fabriques(dir.path()).args(["import", "--update", "--dry-run", "maj.csv"]));
    assert_eq!(code, 0, "{out}\n{err}");
    assert!(
        out.contains("- site_web = \"http://www.lab01.fr\"\n    + site_web = \"https://lab01.fr\""),
        "{out}"
    );
    assert_eq!(read(dir.path(), "data/lab01.toml"), before);

    let (code, out, err) = run(fabriques(dir.path()).args(["import", "--update", "maj.csv"]));
    assert_eq!(code, 0, "{out}\n{err}");
    assert!(
        out.contains(
            "maj.csv:2: mise à jour : data/lab01.toml (statut, site_web, consortium.entreprises, actions, sources)"
        ),
        "{out}"
    );
    let after = read(dir.path(), "data/lab01.toml");
    // Every comment of the file is still there.
    for line in before.lines().filter(|l| l.contains('#')) {
        let comment = &line[line.find('#').unwrap()..];
        assert!(after.contains(comment), "{comment}\n{after}");
    }
    for line in [
        "statut = \"en_activite\"",
        "site_web = \"https://lab01.fr\"",
        "entreprises = [\"La Poste\"]",
        "\"Tableau « maj.csv », importé avec fabriques import\",",
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
    assert!(err.contains("note: colonne « Couleur » ignorée"), "{err}");
    assert!(
        out.contains("sheet.csv:3: erreur[wrong-type]: « qpv » doit être un booléen (true ou false), pas une chaîne de caractères entre guillemets\n  = colonne : « QPV »\n  = aide : écrivez par exemple : qpv = true"),
        "{out}"
    );
    // The line where the row starts, after a cell on two lines.
    assert!(
        out.contains("sheet.csv:5: erreur[wrong-type]: « labellisation.annee »"),
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
