//! `validate` and `fmt` as editors, pre-commit and a busy register use
//! them: `--quiet`, `--statistics`, named files, standard input, `--diff`;
//! the TOML trap and the settings written in French.

use std::fs;

use crate::{fabriques, root, run, Fabriques};

/// A register with the complete record and two records of one name in one
/// commune (a `duplicate-name`), one of which has a warning-only problem.
fn register() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("data")).unwrap();
    let complete = fs::read_to_string(root().join("tests/fixtures/complete/data/complete.toml")).unwrap();
    fs::write(dir.path().join("data/complete.toml"), &complete).unwrap();
    let dynamo = root().join("tests/fixtures/rules/duplicate-name/data");
    for f in ["la-dynamo.toml", "dynamo-chambery.toml"] {
        fs::copy(dynamo.join(f), dir.path().join("data").join(f)).unwrap();
    }
    fs::copy(
        root().join("tests/fixtures/fabriques.toml"),
        dir.path().join("fabriques.toml"),
    )
    .unwrap();
    dir
}

fn with_stdin(f: &mut Fabriques, text: &str) -> (i32, String, String) {
    f.stdin(text);
    run(f)
}

#[test]
fn quiet_shows_errors_only_and_counts_the_warnings() {
    let dir = register();
    fs::copy(
        root().join("tests/fixtures/rules/page-movilab/data/page-ailleurs.toml"),
        dir.path().join("data/page-ailleurs.toml"),
    )
    .unwrap();
    let (code, all, err_all) = run(fabriques(dir.path()).arg("validate"));
    let (quiet_code, quiet, err_quiet) = run(fabriques(dir.path()).args(["validate", "--quiet"]));
    assert_eq!((code, quiet_code), (1, 1));
    assert!(all.contains("avertissement["), "{all}");
    assert!(
        !quiet.contains("avertissement[") && quiet.contains("erreur[duplicate-name]"),
        "{quiet}"
    );
    // The summary is the same: warnings are counted, not shown.
    assert_eq!(err_all, err_quiet);
}

#[test]
fn statistics_count_each_rule_most_frequent_first() {
    let dir = register();
    let (code, out, err) = run(fabriques(dir.path()).args(["validate", "--statistics"]));
    assert_eq!(code, 1, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines
            .iter()
            .any(|l| l.split_whitespace().collect::<Vec<_>>()[..3] == ["2", "erreur", "duplicate-name"]),
        "{out}"
    );
    let counts: Vec<usize> = lines
        .iter()
        .map(|l| l.split_whitespace().next().unwrap().parse().unwrap())
        .collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{out}");
    // The counts add up to the summary's.
    let (_, json, _) = run(fabriques(dir.path()).args(["validate", "--statistics", "--format", "json"]));
    let stats: serde_json::Value = serde_json::from_str(&json).unwrap();
    let errors: u64 = stats
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["severity"] == "error")
        .map(|s| s["count"].as_u64().unwrap())
        .sum();
    assert!(err.contains(&format!(": {errors} erreurs")), "{err} / {errors}");
}

#[test]
fn named_files_are_checked_against_the_whole_register() {
    let dir = register();
    // Only la-dynamo is checked, but its duplicate in another file is found.
    let (code, out, err) = run(fabriques(dir.path()).args(["validate", "data/la-dynamo.toml"]));
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.starts_with("1 fiche vérifiée"), "{err}");
    assert!(
        out.contains("data/la-dynamo.toml:") && out.contains("erreur[duplicate-name]"),
        "{out}"
    );
    assert!(out.contains("data/dynamo-chambery.toml"), "names the other file: {out}");
    assert!(
        !out.contains("data/dynamo-chambery.toml:"),
        "reports only the file named: {out}"
    );
    // A clean file alone: nothing to say, even with duplicates elsewhere.
    let (code, out, _) = run(fabriques(dir.path()).args(["validate", "data/complete.toml"]));
    assert_eq!((code, out.as_str()), (0, ""));
    let (code, _, err) = run(fabriques(dir.path()).args(["validate", "data/absente.toml"]));
    assert_eq!(code, 2);
    assert!(err.contains("data/absente.toml : fichier introuvable"), "{err}");
}

#[test]
fn a_record_from_standard_input_stands_for_its_file() {
    let dir = register();
    let edited = fs::read_to_string(dir.path().join("data/la-dynamo.toml"))
        .unwrap()
        .replace("La Dynamo", "La Dynamo du lac");
    // The buffer renames the record: no duplicate any more, although the
    // file on disk still has the old name.
    let (code, out, err) = with_stdin(
        fabriques(dir.path()).args(["validate", "-q", "-", "--stdin-filename", "data/la-dynamo.toml"]),
        &edited,
    );
    assert_eq!((code, out.as_str()), (0, ""), "{err}");
    assert!(err.starts_with("1 fiche vérifiée"), "{err}");
    // Its problems are reported on the path given, with its id.
    let (code, out, _) = with_stdin(
        fabriques(dir.path()).args(["validate", "-", "--stdin-filename", "data/nouvelle.toml"]),
        "nom = \"X\"\nqpv = oui\n",
    );
    assert_eq!(code, 1);
    assert!(out.starts_with("data/nouvelle.toml:2:7: erreur[toml-syntax]"), "{out}");
    let (code, _, err) = with_stdin(fabriques(dir.path()).args(["validate", "-"]), "nom = \"X\"\n");
    assert_eq!(code, 2);
    assert!(err.contains("--stdin-filename"), "{err}");
}

#[test]
fn fmt_diff_shows_the_changes_and_writes_nothing() {
    let dir = register();
    let path = dir.path().join("data/complete.toml");
    let before = fs::read_to_string(&path).unwrap();
    let messy = before.replacen("nom = ", "nom   =   ", 1);
    fs::write(&path, &messy).unwrap();
    let (code, out, err) = run(fabriques(dir.path()).args(["fmt", "--diff", "data/complete.toml"]));
    assert_eq!(code, 1, "{err}");
    assert!(
        out.starts_with("--- a/data/complete.toml\n+++ b/data/complete.toml\n@@ "),
        "{out}"
    );
    assert!(out.contains("\n-nom   =   ") && out.contains("\n+nom = "), "{out}");
    assert_eq!(fs::read_to_string(&path).unwrap(), messy, "--diff writes nothing");
    // Applying the diff's result is what fmt writes.
    let (code, _, _) = run(fabriques(dir.path()).args(["fmt", "data/complete.toml"]));
    assert_eq!(code, 0);
    assert_eq!(fs::read_to_string(&path).unwrap(), before);
    let (code, out, _) = run(fabriques(dir.path()).args(["fmt", "--diff"]));
    assert_eq!((code, out.as_str()), (0, ""));
}

#[test]
fn fmt_reads_standard_input_and_writes_standard_output() {
    let dir = register();
    let (code, out, err) = with_stdin(fabriques(dir.path()).args(["fmt", "-"]), "qpv=true\nnom   = \"X\"\n");
    assert_eq!((code, out.as_str()), (0, "nom = \"X\"\nqpv = true\n"), "{err}");
    let (code, out, _) = with_stdin(fabriques(dir.path()).args(["fmt", "-"]), "nom = \"X\"\nqpv = true\n");
    assert_eq!((code, out.as_str()), (0, "nom = \"X\"\nqpv = true\n"));
    // A record that is not TOML: the problem on standard error, nothing on
    // standard output (an editor keeps its buffer).
    let (code, out, err) = with_stdin(fabriques(dir.path()).args(["fmt", "-"]), "qpv = True\n");
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(err.contains("erreur[toml-syntax]"), "{err}");
    let (code, out, _) = with_stdin(fabriques(dir.path()).args(["fmt", "--check", "-"]), "qpv=true\n");
    assert_eq!((code, out.as_str()), (1, ""));
}

#[test]
fn a_top_level_key_below_a_section_is_explained() {
    let dir = register();
    let path = dir.path().join("data/complete.toml");
    let text = fs::read_to_string(&path).unwrap();
    // The contributor adds `numerique` at the end, below the last
    // [[actions]] section.
    let text = text + "numerique = false\n";
    fs::write(&path, &text).unwrap();
    let line = text.lines().count();
    let (code, out, _) = run(fabriques(dir.path()).args(["validate", "data/complete.toml"]));
    assert_eq!(code, 1);
    assert!(
        out.contains(&format!(
            "data/complete.toml:{line}:1: erreur[unknown-key] : clé inconnue « actions.numerique »"
        )),
        "{out}"
    );
    assert!(
        out.contains("= aide : « numerique » est une clé du haut de la fiche : écrite après [[actions]], elle appartient en TOML à cette section ; déplacez-la au-dessus de la première section"),
        "{out}"
    );
    // Written inside an inline table, the key is in that table on purpose:
    // only unknown there.
    let inline = fs::read_to_string(root().join("tests/fixtures/complete/data/complete.toml"))
        .unwrap()
        .replacen("[labellisation]", "financement = { qpv = true }\n[labellisation]", 1);
    fs::write(&path, inline).unwrap();
    let (_, out, _) = run(fabriques(dir.path()).args(["validate", "data/complete.toml"]));
    assert!(
        out.contains("clé inconnue « financement.qpv »") && !out.contains("déplacez-la"),
        "{out}"
    );
}

#[test]
fn severities_are_written_as_the_documentation_says() {
    let dir = register();
    for (written, expected) in [
        ("désactivée", 0),
        ("Désactivée", 0),
        ("DESACTIVEE", 0),
        ("erreur", 1),
        ("Erreur", 1),
    ] {
        fs::write(
            dir.path().join("fabriques.toml"),
            format!("[reseaux.reseau_essai]\nnom = \"Réseau d'essai\"\n[regles]\nduplicate-name = \"{written}\"\n"),
        )
        .unwrap();
        let (code, _, err) = run(fabriques(dir.path()).args(["validate", "--quiet"]));
        assert_eq!(code, expected, "{written}: {err}");
    }
}
