//! `new`, `fmt` and `import` (`import`): the commands that write records,
//! each run in a temporary register; and the formatter's property test
//! (`props`).

mod import;
mod lossless;
mod props;
mod roundtrip;

use std::fs;
use std::path::Path;

use tempfile::TempDir;

use crate::{fabriques, root, run, validate_json};

/// An empty register with the bundled settings (the network `fabmob`).
pub(crate) fn register() -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("data")).unwrap();
    fs::copy(root().join("fabriques.toml"), dir.path().join("fabriques.toml")).unwrap();
    dir
}

/// A register holding a copy of the three Movilab records
/// (`tests/fixtures/movilab`).
pub(crate) fn bundled() -> TempDir {
    let dir = register();
    for entry in fs::read_dir(crate::movilab().join("data")).unwrap() {
        let path = entry.unwrap().path();
        fs::copy(&path, dir.path().join("data").join(path.file_name().unwrap())).unwrap();
    }
    dir
}

pub(crate) fn read(dir: &Path, file: &str) -> String {
    fs::read_to_string(dir.join(file)).unwrap()
}

pub(crate) fn errors(json: &serde_json::Value) -> Vec<(String, String)> {
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
    // What a source may not say is left unknown: commented out, never guessed.
    for line in [
        "# qpv = true\n",
        "# annee = 2019\n",
        "# [structure_porteuse]\n",
        "# precision_point = \"commune\"\n",
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
