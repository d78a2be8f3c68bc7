//! The bad-input suite: inputs that broke the tool (issue 15), one test
//! each, named after what broke (`tests/fixtures/hostile/README.md` lists
//! the fixtures). Every test asserts the exit code, that the message names
//! the file (and the line when there is one), and that nothing changed on
//! disk: every file of the register is read before and after the run
//! ([`Disk`]). Speed is measured by `scripts/bench-hostile`, never here.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use tempfile::TempDir;

use crate::{fabriques, root, run, validate_json, Fabriques};

/// The complete record (no diagnostic), named `nom`.
fn record(nom: &str) -> String {
    let complete = fs::read_to_string(root().join("tests/fixtures/complete/data/complete.toml")).unwrap();
    complete.replacen("nom = \"Fabrique d'essai\"", &format!("nom = {}", toml_string(nom)), 1)
}

/// `s` as a TOML basic string, control characters escaped as TOML does.
fn toml_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A register with the fixtures' settings and these files (path in
/// `data/` → bytes).
fn register(files: &[(&str, &[u8])]) -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("data")).unwrap();
    fs::copy(
        root().join("tests/fixtures/fabriques.toml"),
        dir.path().join("fabriques.toml"),
    )
    .unwrap();
    for (path, bytes) in files {
        let at = dir.path().join("data").join(path);
        fs::create_dir_all(at.parent().unwrap()).unwrap();
        fs::write(at, bytes).unwrap();
    }
    dir
}

/// Every regular file under a folder and its bytes (pipes and links as
/// what they are, never read): what "nothing changed on disk" compares.
#[derive(Debug, PartialEq, Eq)]
struct Disk(BTreeMap<PathBuf, Vec<u8>>);

impl Disk {
    fn of(dir: &Path) -> Disk {
        fn walk(at: &Path, root: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
            for e in fs::read_dir(at).unwrap() {
                let e = e.unwrap();
                let kind = e.file_type().unwrap();
                let rel = e.path().strip_prefix(root).unwrap().to_path_buf();
                if kind.is_dir() {
                    walk(&e.path(), root, out);
                } else if kind.is_file() {
                    out.insert(rel, fs::read(e.path()).unwrap());
                } else if kind.is_symlink() {
                    out.insert(
                        rel,
                        fs::read_link(e.path()).unwrap().into_os_string().into_encoded_bytes(),
                    );
                } else {
                    out.insert(rel, b"(not a file)".to_vec());
                }
            }
        }
        let mut files = BTreeMap::new();
        walk(dir, dir, &mut files);
        Disk(files)
    }
}

/// Runs `cmd` and checks that nothing under `dir` changed.
fn run_unchanged(dir: &Path, cmd: &mut Fabriques) -> (i32, String, String) {
    let before = Disk::of(dir);
    let result = run(cmd);
    assert_eq!(Disk::of(dir), before, "the run changed files: {result:?}");
    result
}

/// The characters a terminal obeys: none may reach it raw.
fn assert_no_raw_controls(text: &str) {
    for bad in ['\u{1b}', '\u{7}', '\r', '\0', '\u{202e}', '\u{9b}'] {
        assert!(!text.contains(bad), "raw {bad:?} in {text:?}");
    }
}

// --- data loss ------------------------------------------------------------

#[test]
fn regression_export_csv_output_onto_a_record_is_refused() {
    let dir = register(&[("lab01.toml", record("LAB01").as_bytes())]);
    let (code, out, err) = run_unchanged(
        dir.path(),
        fabriques(dir.path()).args(["export", "--csv", "--output", "data/lab01.toml"]),
    );
    assert_eq!((code, out.as_str()), (2, ""), "{err}");
    assert!(err.contains("data/lab01.toml est une fiche du registre"), "{err}");
    assert!(err.contains("--force"), "{err}");
}

#[test]
fn regression_export_json_output_onto_the_settings_is_refused() {
    let dir = register(&[("lab01.toml", record("LAB01").as_bytes())]);
    let (code, _, err) = run_unchanged(
        dir.path(),
        fabriques(dir.path()).args(["export", "--json", "--output", "fabriques.toml"]),
    );
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("fabriques.toml contient les réglages du registre"),
        "{err}"
    );
}

#[test]
fn regression_export_output_onto_another_file_is_refused_unless_forced() {
    let dir = register(&[("lab01.toml", record("LAB01").as_bytes())]);
    fs::write(dir.path().join("notes.csv"), "mes notes, à garder\n").unwrap();
    let (code, _, err) = run_unchanged(
        dir.path(),
        fabriques(dir.path()).args(["export", "--output", "notes.csv"]),
    );
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("notes.csv existe et n'est pas un export --csv précédent"),
        "{err}"
    );
    // A GeoJSON export is not a previous CSV export either, and the other
    // way round.
    let (code, ..) = run(fabriques(dir.path()).args(["export", "--geojson", "--output", "carte.geojson"]));
    assert_eq!(code, 0);
    let (code, _, err) = run_unchanged(
        dir.path(),
        fabriques(dir.path()).args(["export", "--csv", "--output", "carte.geojson"]),
    );
    assert_eq!(code, 2, "{err}");
    // A previous export of the same kind is replaced; --force replaces
    // anything that is a file.
    let (code, ..) = run(fabriques(dir.path()).args(["export", "--geojson", "--output", "carte.geojson"]));
    assert_eq!(code, 0);
    let (code, _, err) = run(fabriques(dir.path()).args(["export", "--output", "notes.csv", "--force"]));
    assert_eq!(code, 0, "{err}");
    assert!(fs::read_to_string(dir.path().join("notes.csv"))
        .unwrap()
        .starts_with("id,nom,"));
    // Never a device, even forced.
    let (code, _, err) = run(fabriques(dir.path()).args(["export", "--output", "/dev/null", "--force"]));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("/dev/null n'est pas un fichier ordinaire"), "{err}");
}

#[test]
fn regression_import_extra_cells_are_an_error_naming_the_line() {
    let dir = register(&[]);
    let sheet = root().join("tests/fixtures/hostile/sheets/cellules-en-trop.csv");
    let (code, out, _) = run_unchanged(dir.path(), fabriques(dir.path()).arg("import").arg(&sheet));
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("cellules-en-trop.csv:2: erreur : 4 cellules pour 3 colonnes"),
        "{out}"
    );
}

#[test]
fn regression_import_unclosed_quote_names_where_it_opened() {
    let dir = register(&[]);
    let sheet = root().join("tests/fixtures/hostile/sheets/guillemet-ouvert.csv");
    let (code, out, err) = run_unchanged(dir.path(), fabriques(dir.path()).arg("import").arg(&sheet));
    assert_eq!((code, out.as_str()), (2, ""), "{err}");
    assert!(
        err.contains("guillemet-ouvert.csv:3 : le guillemet ouvert à la ligne 3, colonne 1 n'est jamais refermé"),
        "{err}"
    );
}

// --- the CI gate must not pass duplicates -----------------------------------

#[test]
fn regression_same_id_in_two_folders_fails_on_both_files() {
    let dir = register(&[
        ("ain/lab01.toml", record("LAB01").as_bytes()),
        ("savoie/lab01.toml", record("LAB01 Savoie").as_bytes()),
    ]);
    let before = Disk::of(dir.path());
    let (code, json) = validate_json(&dir.path().join("data"), &[]);
    assert_eq!(code, 1);
    let found: Vec<(String, String, u64)> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap().to_string(),
                d["file"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
            )
        })
        .collect();
    for folder in ["ain", "savoie"] {
        assert!(
            found
                .iter()
                .any(|(r, f, l)| r == "duplicate-id" && f.ends_with(&format!("{folder}/lab01.toml")) && *l == 1),
            "{found:?}"
        );
    }
    // list shows both, marked; show refuses to pick one.
    let (code, out, err) = run(fabriques(dir.path()).args(["list", "--colonnes", "id,nom,erreurs", "--format", "csv"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "id,nom,erreurs\nlab01,LAB01,1\nlab01,LAB01 Savoie,1\n");
    let (code, _, err) = run(fabriques(dir.path()).args(["show", "lab01"]));
    assert_eq!(code, 2);
    assert!(
        err.contains("data/ain/lab01.toml") && err.contains("data/savoie/lab01.toml"),
        "{err}"
    );
    assert_eq!(Disk::of(dir.path()), before);
}

#[test]
fn regression_an_invisible_character_does_not_hide_a_duplicate_name() {
    let dir = register(&[
        ("lab01.toml", record("LAB01").as_bytes()),
        ("lab01-bis.toml", record("LAB\u{200b}01").as_bytes()),
    ]);
    let before = Disk::of(dir.path());
    let (code, json) = validate_json(&dir.path().join("data"), &[]);
    assert_eq!(code, 1);
    let rules: Vec<(&str, &str, u64)> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap(),
                d["file"].as_str().unwrap(),
                d["line"].as_u64().unwrap(),
            )
        })
        .collect();
    assert!(
        rules
            .iter()
            .any(|(r, f, l)| *r == "duplicate-name" && f.ends_with("lab01-bis.toml") && *l == 1),
        "{rules:?}"
    );
    assert!(
        rules
            .iter()
            .any(|(r, f, l)| *r == "control-character" && f.ends_with("lab01-bis.toml") && *l == 1),
        "{rules:?}"
    );
    let message = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == "control-character")
        .unwrap()["message"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(message.contains("U+200B (ZERO WIDTH SPACE)"), "{message}");
    assert_eq!(Disk::of(dir.path()), before);
}

// --- terminal injection -------------------------------------------------------

#[test]
fn regression_escape_sequences_in_a_name_never_reach_the_terminal() {
    let nom = "La\u{1b}[2J\u{1b}]0;pirate\u{7}Dynamo\r\u{202e}ecnarF";
    let dir = register(&[("la-dynamo.toml", record(nom).as_bytes())]);
    let before = Disk::of(dir.path());
    let (code, out, err) = run(fabriques(dir.path()).arg("validate"));
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        out.contains("data/la-dynamo.toml:1:7: erreur[control-character] : caractère de contrôle U+001B (ESC) dans « nom » (caractère 3 de la valeur), et 4 autres"),
        "{out}"
    );
    assert_no_raw_controls(&out);
    // Every human view shows the name with its characters made visible.
    let shown = "La\\u{1b}[2J\\u{1b}]0;pirate\\u{7}Dynamo\\r\\u{202e}ecnarF";
    for args in [
        vec!["list"],
        vec!["show", "la-dynamo"],
        vec!["criteres"],
        vec!["actions"],
    ] {
        let (code, out, err) = run(fabriques(dir.path()).args(&args));
        assert_eq!(code, 0, "{args:?}: {err}");
        assert_no_raw_controls(&out);
        assert_no_raw_controls(&err);
        if args != ["actions"] {
            assert!(out.contains(shown), "{args:?}: {out}");
        }
    }
    // Piped CSV and JSON keep the value whole (JSON escapes by its syntax).
    let (_, out, _) = run(fabriques(dir.path()).args(["list", "--format", "json", "--colonnes", "nom"]));
    let list: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(list[0]["nom"], nom);
    let (_, out, _) = run(fabriques(dir.path()).args(["export", "--csv", "--colonnes", "nom"]));
    assert!(out.contains(nom), "{out:?}");
    // On a terminal, even CSV and JSON are shown escaped.
    for args in [&["--csv", "--colonnes", "nom"][..], &["--json"]] {
        let mut cmd = fabriques(dir.path());
        cmd.env.stdout_is_terminal = true;
        let (code, out, err) = run(cmd.arg("export").args(args));
        assert_eq!(code, 0, "{args:?}: {err}");
        let format = args[0];
        assert_no_raw_controls(&out);
        assert!(out.contains("\\u{202e}ecnarF"), "{format}: {out}");
    }
    assert_eq!(Disk::of(dir.path()), before);
}

#[test]
fn regression_raw_esc_and_nul_bytes_of_a_broken_file_are_not_echoed() {
    let dir = register(&[
        ("echap.toml", b"nom = \"a\"\n# \x1b[2J\x1b]0;titre\x07\n"),
        ("nul.toml", b"nom = \"LAB\x0001\"\n"),
    ]);
    let (code, out, err) = run_unchanged(dir.path(), fabriques(dir.path()).arg("validate"));
    assert_eq!(code, 1, "{err}");
    assert_no_raw_controls(&out);
    assert!(
        out.contains("data/nul.toml:1:11: erreur[toml-syntax] : caractère NUL (U+0000) à la ligne 1, colonne 11"),
        "{out}"
    );
    assert!(
        out.contains(
            "data/echap.toml:2:3: erreur[toml-syntax] : caractère de contrôle U+001B (ESC) à la ligne 2, colonne 3"
        ),
        "{out}"
    );
    assert!(out.contains("2 | # \\u{1b}[2J\\u{1b}]0;titre\\u{7}"), "{out}");
}

#[test]
fn regression_esc_in_a_file_name_is_escaped() {
    let dir = register(&[("pirate\u{1b}[2J.toml", record("Pirate").as_bytes())]);
    let (code, out, err) = run_unchanged(dir.path(), fabriques(dir.path()).arg("validate"));
    assert_eq!(code, 1, "{err}");
    assert_no_raw_controls(&out);
    assert!(
        out.contains("data/pirate\\u{1b}[2J.toml:1:1: erreur[invalid-id]"),
        "{out}"
    );
}

#[test]
fn regression_formula_injection_is_neutralised_in_every_csv_output() {
    let formula = "=cmd|' /C calc'!A0";
    let mut text = record(formula);
    text = text.replacen("[[actions]]", "numerique = true\n\n[[actions]]", 1);
    text = text.replacen(
        "nom = \"Structure d'essai\"",
        "nom = \"Structure d'essai\"\nsiret = \"35600000000048\"",
        1,
    );
    text = text.replacen(
        "commune = \"Chambéry\"",
        "commune = \"Chambéry\"\nvoie = \"@SOMME(A1)\"",
        1,
    );
    let dir = register(&[("formule.toml", text.as_bytes())]);
    let outputs: &[&[&str]] = &[
        &["list", "--format", "csv", "--colonnes", "id,nom"],
        &["list", "--format", "tsv", "--colonnes", "id,nom"],
        &["criteres", "--format", "csv"],
        &["actions", "--format", "csv"],
        &["stats", "--format", "csv"],
        &["export", "--csv"],
        &["export", "--mediation-numerique"],
        &["liens", "--format", "csv"],
    ];
    for args in outputs {
        let (code, out, err) = run_unchanged(dir.path(), fabriques(dir.path()).args(*args));
        assert_eq!(code, 0, "{args:?}: {err}");
        let delimiter = if args.contains(&"tsv") { b'\t' } else { b',' };
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .from_reader(out.as_bytes());
        for row in reader.records() {
            for cell in row.unwrap().iter() {
                assert!(
                    !cell.starts_with(['=', '@', '+']) && (!cell.starts_with('-') || cell.parse::<f64>().is_ok()),
                    "{args:?}: a formula cell {cell:?}"
                );
            }
        }
        if args.contains(&"id,nom") || args.contains(&"--csv") || args[0] == "criteres" || args[0] == "actions" {
            assert!(out.contains("'=cmd|"), "{args:?}: {out}");
        }
    }
}

// --- hangs and slow paths -------------------------------------------------------

/// Runs `cmd` on a thread; fails if it has not finished in 60 s (it hung).
fn run_or_hang(cmd: &mut Fabriques) -> (i32, String, String) {
    let (tx, rx) = mpsc::channel();
    let mut cmd = std::mem::replace(cmd, fabriques(Path::new("/")));
    std::thread::spawn(move || {
        let _ = tx.send(run(&mut cmd));
    });
    rx.recv_timeout(Duration::from_secs(60))
        .expect("the command hung on a named pipe")
}

#[cfg(unix)]
#[test]
fn regression_a_fifo_in_data_does_not_hang_validate_or_fmt() {
    let dir = register(&[("lab01.toml", record("LAB01").as_bytes())]);
    let status = std::process::Command::new("mkfifo")
        .arg(dir.path().join("data/x.toml"))
        .status()
        .expect("mkfifo");
    assert!(status.success());
    let before = Disk::of(dir.path());
    let (code, _, err) = run_or_hang(fabriques(dir.path()).arg("validate"));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("data/x.toml : ignoré : un tube nommé (FIFO)"), "{err}");
    let (code, _, err) = run_or_hang(fabriques(dir.path()).args(["fmt", "--check"]));
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = run_or_hang(fabriques(dir.path()).args(["list", "--count"]));
    assert_eq!(code, 0, "{err}");
    // Named, it is refused, not read.
    let (code, out, _) = run_or_hang(fabriques(dir.path()).args(["fmt", "data/x.toml"]));
    assert_eq!(code, 1);
    assert!(out.contains("data/x.toml:1:1: erreur[file-unreadable]"), "{out}");
    assert!(out.contains("tube nommé"), "{out}");
    let (code, _, err) = run_or_hang(fabriques(dir.path()).args(["import", "data/x.toml"]));
    assert_eq!(code, 2);
    assert!(err.contains("impossible de lire data/x.toml"), "{err}");
    assert_eq!(Disk::of(dir.path()), before);
}

#[test]
fn regression_a_huge_unknown_header_is_answered_without_suggestion() {
    // 75 s to suggest a field for a 10 MB header cell; here, 1 MB: the
    // note about the column is cut, and has no suggestion.
    let dir = register(&[]);
    let sheet = dir.path().join("feuille.csv");
    fs::write(&sheet, format!("nom,{}\n", "nom".repeat(350_000))).unwrap();
    let (code, _, err) = run_unchanged(dir.path(), fabriques(dir.path()).args(["import", "feuille.csv"]));
    assert_eq!(code, 0, "{err}");
    let note = err.lines().find(|l| l.contains("colonne")).unwrap_or_default();
    assert!(note.contains("nomnomnom") && note.contains('…'), "{note}");
    assert!(!note.contains("vouliez-vous dire"), "{note}");
    assert!(err.len() < 2_000, "{} bytes on stderr", err.len());
}

#[test]
fn regression_a_huge_commune_argument_is_refused_briefly() {
    let dir = register(&[("lab01.toml", record("LAB01").as_bytes())]);
    let huge = "saint-".repeat(5_000);
    let (code, _, err) = run_unchanged(dir.path(), fabriques(dir.path()).args(["list", "--commune", &huge]));
    assert_eq!(code, 2);
    assert!(err.contains("valeur inconnue pour --commune"), "{err}");
    assert!(err.len() < 1_000, "{} bytes on stderr", err.len());
}

#[test]
fn regression_a_long_line_is_cut_around_the_span() {
    let text = format!(
        "nom = \"Profond\"\ninconnue = {}1{}\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let dir = register(&[("profond.toml", text.as_bytes())]);
    let (code, out, _) = run_unchanged(dir.path(), fabriques(dir.path()).arg("validate"));
    assert_eq!(code, 1);
    assert!(out.contains("data/profond.toml:2:"), "{out}");
    assert!(out.len() < 1_000, "{} bytes: the whole line was printed", out.len());
    assert!(out.contains('…'), "{out}");
}

// --- clear messages ---------------------------------------------------------------

#[test]
fn regression_a_control_character_in_a_new_name_is_named() {
    let dir = register(&[]);
    let (code, out, err) = run_unchanged(
        dir.path(),
        fabriques(dir.path()).args(["new", "La\u{1b}[2JDynamo", "--commune", "Chambéry"]),
    );
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(
        err.contains("le nom contient le caractère U+001B (ESC) (caractère 3 du nom)"),
        "{err}"
    );
    assert_no_raw_controls(&err);
}

#[test]
fn regression_a_control_character_in_a_csv_cell_is_named() {
    let dir = register(&[]);
    fs::write(
        dir.path().join("feuille.csv"),
        "nom,commune,code_postal\n\"La\u{1b}[2JDynamo\",Chambéry,73000\n",
    )
    .unwrap();
    let (code, out, _) = run_unchanged(
        dir.path(),
        fabriques(dir.path()).args(["import", "--dry-run", "feuille.csv"]),
    );
    assert_eq!(code, 1, "{out}");
    assert_no_raw_controls(&out);
    assert!(
        out.contains("feuille.csv:2: erreur[control-character] : caractère de contrôle U+001B (ESC) dans « nom » (caractère 3 de la valeur)"),
        "{out}"
    );
    assert!(out.contains("= colonne : « nom »"), "{out}");
    assert!(!out.contains("invalid comment character"), "{out}");
}

#[test]
fn regression_an_unrecognised_separator_is_named() {
    let dir = register(&[]);
    let sheet = root().join("tests/fixtures/hostile/sheets/barres.csv");
    let (code, _, err) = run_unchanged(dir.path(), fabriques(dir.path()).arg("import").arg(&sheet));
    assert_eq!(code, 2);
    assert!(
        err.contains("barres.csv : la ligne d'en-tête n'a qu'une colonne, et contient « | »"),
        "{err}"
    );
    assert!(!err.contains("ni colonne « nom »"), "{err}");
}

#[test]
fn regression_three_rows_with_one_name_are_reported_against_the_first() {
    let dir = register(&[]);
    let sheet = root().join("tests/fixtures/hostile/sheets/trois-fois.csv");
    let (code, out, _) = run_unchanged(
        dir.path(),
        fabriques(dir.path()).arg("import").arg("--dry-run").arg(&sheet),
    );
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("trois-fois.csv:3: erreur : même identifiant « atelier » que la ligne 2"),
        "{out}"
    );
    assert!(
        out.contains("trois-fois.csv:4: erreur : même identifiant « atelier » que la ligne 2"),
        "{out}"
    );
}

#[test]
fn regression_fmt_refuses_the_settings_and_files_outside_data() {
    let dir = register(&[("lab01.toml", record("LAB01").as_bytes())]);
    fs::write(dir.path().join("brouillon.toml"), "qpv=true\nnom='x'\n").unwrap();
    let (code, _, err) = run_unchanged(dir.path(), fabriques(dir.path()).args(["fmt", "fabriques.toml"]));
    assert_eq!(code, 2);
    assert!(
        err.contains("fabriques.toml contient les réglages du registre, pas une fiche"),
        "{err}"
    );
    let (code, _, err) = run_unchanged(dir.path(), fabriques(dir.path()).args(["fmt", "brouillon.toml"]));
    assert_eq!(code, 2);
    assert!(
        err.contains("brouillon.toml n'est pas dans le dossier des fiches (data)"),
        "{err}"
    );
}
