//! French everywhere, English on request: every command with bad input
//! says so in French (no English word from clap, the TOML parser or the
//! system), with French typography; the same in English has none.

use std::fs;
use std::path::Path;

use crate::{fabriques, root, run, run_raw, Fabriques};

/// A register in a temporary folder with one complete record.
fn register() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("data")).unwrap();
    fs::copy(
        root().join("tests/fixtures/complete/data/complete.toml"),
        dir.path().join("data/complete.toml"),
    )
    .unwrap();
    fs::copy(
        root().join("tests/fixtures/fabriques.toml"),
        dir.path().join("fabriques.toml"),
    )
    .unwrap();
    dir
}

/// Words and phrases that only English output has: clap's (`error:`,
/// `tip:`, `Usage:`, `[possible values: ]`, `[default: ]`, `For more
/// information`), the TOML parser's and serde's (`invalid`, `expected`,
/// `unknown field`), the system's (`No such file`, `os error`). Words are
/// compared whole (`invalid` is not `invalide`; `invalid-url`, a rule's
/// name, is one word).
const ENGLISH_WORDS: &[&str] = &[
    "error",
    "errors",
    "tip",
    "unexpected",
    "invalid",
    "expected",
    "found",
    "required",
    "default",
    "usage",
    "print",
    "commands",
    "unrecognized",
    "subcommand",
    "value",
    "values",
    "file",
    "directory",
    "denied",
    "missing",
    "unknown",
    "the",
    "for",
    "with",
    "cannot",
    "not",
    "is",
];
const ENGLISH_PHRASES: &[&str] = &[
    "error:",
    "Usage:",
    "tip:",
    "No such file",
    "os error",
    "possible values",
    "[default",
    "For more information",
    "TOML parse error",
    "unknown field",
    "invalid type",
];

/// The English words and phrases in `text`.
fn english(text: &str) -> Vec<String> {
    let mut found: Vec<String> = ENGLISH_PHRASES
        .iter()
        .filter(|p| text.contains(*p))
        .map(|p| p.to_string())
        .collect();
    for word in text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_')) {
        if ENGLISH_WORDS.contains(&word.to_lowercase().as_str()) {
            found.push(word.to_string());
        }
    }
    found
}

/// The runs with bad input: every subcommand with an unknown flag and, if
/// it has one, a bad `--format`; then each command's own mistakes.
fn bad_runs(dir: &Path) -> Vec<Fabriques> {
    let mut runs = Vec::new();
    let (_, help, _) = run(fabriques(dir).arg("--help"));
    let commands: Vec<String> = help
        .lines()
        .skip_while(|l| !l.starts_with("Commandes"))
        .skip(1)
        .take_while(|l| !l.is_empty())
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .map(|l| l.split_whitespace().next().unwrap().to_string())
        .collect();
    assert!(commands.len() >= 17, "{commands:?}");
    for command in &commands {
        runs.push(fabriques_args(dir, &[command, "--bogus"]));
        let (_, help, _) = run(fabriques(dir).args([command.as_str(), "--help"]));
        if help.contains("--format") {
            runs.push(fabriques_args(dir, &[command, "--format", "nope"]));
        }
    }
    for args in [
        &["nope"][..],
        &[],
        &["validat"],
        &["help", "nope"],
        &["--color", "nope", "validate"],
        &["--data", "/nonexistent/data", "validate"],
        &["--data", "/nonexistent/data", "list"],
        &["--config", "/nonexistent/fabriques.toml", "validate"],
        &["validate", "nope.toml"],
        &["validate", "-"],
        &["validate", "-", "-", "--stdin-filename", "data/x.toml"],
        &["list", "--annee", "20x"],
        &["list", "--qpv", "peut-etre"],
        &["list", "--departement", "Savoy"],
        &["list", "--colonnes", "nomm"],
        &["show"],
        &["show", "complet"],
        &["geo"],
        &["geo", "Qwxzvk"],
        &["rules", "unknwn-key"],
        &["vocab", "categorie"],
        &["new"],
        &["new", "Un lieu", "--commune", "Nulle-Part-sur-Mer"],
        &["new", "Un lieu", "--insee", "00000"],
        &["fmt", "nope.toml"],
        &["fmt", "-", "data/complete.toml"],
        &["import", "nope.csv"],
        &["export", "--csv", "--output", "/nonexistent/dir/x.csv"],
        &["export", "--csv", "--delimiter", "ab"],
        &["completions"],
        &["completions", "tcsh"],
        &["man", "nope"],
        &["init"],
        &["init", ".", "--depot", "https://example.org/fabriques.git"],
    ] {
        runs.push(fabriques_args(dir, args));
    }
    runs
}

fn fabriques_args(dir: &Path, args: &[&str]) -> Fabriques {
    let mut f = fabriques(dir);
    f.args(args.iter().copied());
    f
}

#[test]
fn every_command_says_what_is_wrong_in_french() {
    let dir = register();
    let mut english_found = Vec::new();
    for mut f in bad_runs(dir.path()) {
        let (code, out, err) = run(&mut f);
        let said = format!("{out}{err}");
        assert!(code != 0 && !err.is_empty(), "{f:?} should fail: {code} {said}");
        let words = english(&said);
        if !words.is_empty() {
            english_found.push(format!("{f:?}: {words:?}\n{said}"));
        }
    }
    assert!(english_found.is_empty(), "{}", english_found.join("\n\n"));
}

#[test]
fn broken_records_and_settings_are_described_in_french() {
    let dir = register();
    for (file, text) in [
        ("data/vrai.toml", "nom = \"Vrai\"\nqpv = True\n"),
        (
            "data/date.toml",
            "nom = \"Date\"\nqpv = true\n[labellisation]\nannee = 2019-13-01\n",
        ),
        ("data/zero.toml", "nom = \"Zéro\"\n[adresse]\ncode_postal = 01500\n"),
    ] {
        fs::write(dir.path().join(file), text).unwrap();
    }
    let (code, out, err) = run(fabriques(dir.path()).arg("validate"));
    assert_eq!(code, 1);
    assert!(english(&format!("{out}{err}")).is_empty(), "{out}{err}");
    assert!(out.contains("un booléen s'écrit true ou false"), "{out}");
    assert!(out.contains("un mois entre 01 et 12"), "{out}");
    assert!(out.contains("un nombre ne commence pas par zéro"), "{out}");
    for settings in [
        "[autre]\n",
        "[regles]\ninvalid-url = True\n",
        "[regles]\ninvalid-url = 3\n",
        "[regles]\ninvalid-ulr = \"erreur\"\n",
        "[regles]\ninvalid-url = \"fatal\"\n",
        "[reseaux.fabmob]\nnon = \"x\"\n",
        "[reseaux.fabmob]\nsite = \"x\"\n",
        "[vocabulaire.categorie]\nx = { libelle = \"x\" }\n",
        "regles = 3\n",
    ] {
        fs::write(dir.path().join("fabriques.toml"), settings).unwrap();
        let (code, out, err) = run(fabriques(dir.path()).arg("validate"));
        assert_eq!(code, 2, "{settings}");
        assert!(english(&format!("{out}{err}")).is_empty(), "{settings}\n{out}{err}");
        assert!(err.contains("fabriques.toml:"), "the position: {err}");
    }
    fs::write(dir.path().join("fabriques.toml"), "[reseaux.fabmob]\nnon = \"x\"\n").unwrap();
    let (_, _, err) = run(fabriques(dir.path()).arg("validate"));
    assert!(
        err.contains("fabriques.toml:2:1 : clé inconnue « non » ; vouliez-vous dire « nom » ?"),
        "{err}"
    );
}

#[test]
fn the_detector_finds_english() {
    // The same mistakes in English do show English: the check can fail.
    let dir = register();
    let (_, _, err) = run(fabriques(dir.path()).args(["--lang", "en", "validate", "--bogus"]));
    assert!(
        err.starts_with("fabriques: error: unexpected argument `--bogus`"),
        "{err}"
    );
    assert!(!english(&err).is_empty());
    let (_, _, err) = run(fabriques(dir.path()).args(["--lang", "en", "--data", "/nonexistent", "validate"]));
    assert!(err.ends_with(": no such file or folder\n"), "{err}");
}

#[test]
fn usage_errors_look_like_the_tools_own() {
    let (code, out, err) = run(fabriques(&root()).args(["validate", "--strct"]));
    assert_eq!((code, out.as_str()), (2, ""));
    assert_eq!(
        err,
        "fabriques : erreur : argument inattendu « --strct »\n\n  astuce : vouliez-vous dire « --strict » ?\n\nUtilisation : fabriques validate --strict [FICHIER]...\n\nPour en savoir plus : « fabriques validate --help ».\n"
    );
    let (_, _, err) = run(fabriques(&root()).args(["validate", "--format", "humain"]));
    assert!(
        err.starts_with("fabriques : erreur : valeur invalide « humain » pour --format <FORMAT> ; valeurs possibles : « human », « json », « jsonl », « github »"),
        "{err}"
    );
    let (_, _, err) = run(fabriques(&root()).args(["list", "--annee", "20x"]));
    assert!(
        err.contains("valeur invalide « 20x » pour --annee <ANNEE> ; un nombre entier est attendu"),
        "{err}"
    );
    let (_, _, err) = run(fabriques(&root()).args(["--lang", "en", "list", "--qpv", "peut-etre"]));
    assert!(
        err.starts_with("fabriques: error: invalid value `peut-etre` for --qpv"),
        "{err}"
    );
}

#[test]
fn the_help_command_and_flag_agree() {
    let (code, by_command, _) = run(fabriques(&root()).args(["help", "validate"]));
    let (_, by_flag, _) = run(fabriques(&root()).args(["validate", "--help"]));
    assert_eq!((code, &by_command), (0, &by_flag));
    let (_, root_help, _) = run(fabriques(&root()).arg("help"));
    assert!(
        root_help.contains("Commandes :") && root_help.contains("  help "),
        "{root_help}"
    );
    // Defaults and possible values in French, clap's own brackets gone.
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat(&by_flag).contains("[par défaut : human] [valeurs possibles : human, json, jsonl, github]"),
        "{by_flag}"
    );
    assert!(
        !by_flag.contains("[default") && !by_flag.contains("Possible values"),
        "{by_flag}"
    );
    let (_, en, _) = run(fabriques(&root()).args(["--lang", "en", "validate", "--help"]));
    assert!(
        flat(&en).contains("[default: human] [possible values: human, json, jsonl, github]"),
        "{en}"
    );
    assert!(
        en.contains("Usage: fabriques validate") && en.contains("Exit codes:"),
        "{en}"
    );
}

#[test]
fn french_typography_in_french_none_in_english() {
    let dir = register();
    fs::write(dir.path().join("data/faute.toml"), "nom = \"Faute\"\nnmo = 1\n").unwrap();
    let (_, out, err) = run_raw(fabriques(dir.path()).arg("validate"));
    assert!(
        out.contains("erreur[unknown-key]\u{a0}: clé inconnue «\u{a0}nmo\u{a0}»"),
        "{out}"
    );
    assert!(
        out.contains("= aide\u{a0}: vouliez-vous dire «\u{a0}nom\u{a0}»\u{a0}?"),
        "{out}"
    );
    assert!(err.contains("vérifiées\u{a0}: "), "{err}");
    let (_, help, _) = run_raw(fabriques(dir.path()).arg("--help"));
    assert!(
        help.contains("Utilisation\u{a0}: fabriques") && help.contains("Commandes\u{a0}:"),
        "{help}"
    );
    assert!(
        help.contains("Options\u{a0}:") && help.contains("Codes de sortie\u{a0}:"),
        "{help}"
    );
    let (_, _, err) = run_raw(fabriques(dir.path()).args(["validate", "--bogus"]));
    assert!(
        err.starts_with("fabriques\u{a0}: erreur\u{a0}: argument inattendu"),
        "{err}"
    );
    for args in [
        &["validate"][..],
        &["--help"],
        &["validate", "--bogus"],
        &["show", "complet"],
    ] {
        let (_, out, err) = run_raw(fabriques(dir.path()).arg("--lang").arg("en").args(args.iter().copied()));
        let all = format!("{out}{err}");
        for mark in [" :", " ;", " ?", " !", "\u{a0}"] {
            assert!(!all.contains(mark), "{args:?} {mark:?} in English: {all}");
        }
    }
}

#[test]
fn system_errors_are_worded_in_french() {
    let (code, _, err) = run(fabriques(&root()).args(["--data", "/nonexistent/data", "validate"]));
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "fabriques : erreur : impossible de lire le dossier des fiches /nonexistent/data : fichier ou dossier introuvable\n"
    );
}
