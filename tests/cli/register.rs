//! Finding and reading a register: exit codes, settings, skipped files,
//! languages (the real register of `data/` has its own tests: `real`).

use std::fs;
use std::path::Path;

use crate::{fabriques, positions, root, run, validate_json};

/// A register in a temporary folder, with one record that triggers no rule
/// (the complete fixture, in Chambéry, named « La Dynamo »).
fn register() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("data")).unwrap();
    let complete = fs::read_to_string(root().join("tests/fixtures/complete/data/complete.toml")).unwrap();
    fs::write(
        dir.path().join("data/la-dynamo.toml"),
        complete.replace("Fabrique d'essai", "La Dynamo"),
    )
    .unwrap();
    fs::copy(
        root().join("tests/fixtures/fabriques.toml"),
        dir.path().join("fabriques.toml"),
    )
    .unwrap();
    dir
}

#[test]
fn the_raw_monscobar_line_of_the_source_is_kept_as_a_fixture() {
    let text = fs::read_to_string(root().join("tests/fixtures/monscobar-source/data/monscobar.toml")).unwrap();
    assert!(text.contains("commune = \"Lille Roubaix\""));
}

#[test]
fn exit_codes_are_0_clean_1_data_errors_2_tool_failure() {
    let dir = register();
    assert_eq!(run(fabriques(dir.path()).arg("validate")).0, 0);
    fs::write(dir.path().join("data/casse.toml"), "nom = \n").unwrap();
    assert_eq!(run(fabriques(dir.path()).arg("validate")).0, 1);
    let (code, _, err) = run(fabriques(dir.path()).args(["--data", "nulle-part", "validate"]));
    assert_eq!(code, 2);
    assert!(err.starts_with("fabriques : erreur : "), "{err}");
    assert_eq!(run(fabriques(dir.path()).args(["validate", "--format", "xml"])).0, 2);
    assert_eq!(run(fabriques(dir.path()).args(["validate", "--inconnu"])).0, 2);
}

#[test]
fn outside_any_register_validate_fails_with_a_hint() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = run(fabriques(dir.path()).arg("validate"));
    assert_eq!(code, 2);
    assert!(err.contains("--data"), "{err}");
}

#[test]
fn the_root_is_found_from_a_subfolder() {
    let dir = register();
    fs::create_dir(dir.path().join("docs")).unwrap();
    let (code, _, err) = run(fabriques(&dir.path().join("docs")).arg("validate"));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("1 fiche vérifiée"), "{err}");
}

#[test]
fn strict_makes_warnings_fail() {
    let dir = register();
    // An unused exception is a warning.
    let path = dir.path().join("data/la-dynamo.toml");
    let text = fs::read_to_string(&path).unwrap()
        + "\n[validation]\nignorer = [{ regle = \"invalid-url\", raison = \"essai\" }]\n";
    fs::write(&path, text).unwrap();
    let (code, _, err) = run(fabriques(dir.path()).arg("validate"));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("1 avertissement"), "{err}");
    let (code, out, _) = run(fabriques(dir.path()).args(["validate", "--strict"]));
    assert_eq!(code, 1);
    assert!(out.contains("erreur[ignore-unused]"), "{out}");
}

#[test]
fn settings_change_a_rule_severity() {
    let dir = register();
    fs::write(
        dir.path().join("data/site.toml"),
        fs::read(root().join("tests/fixtures/rules/invalid-url/data/site.toml")).unwrap(),
    )
    .unwrap();
    assert_eq!(run(fabriques(dir.path()).arg("validate")).0, 1);
    let networks = fs::read_to_string(root().join("tests/fixtures/fabriques.toml")).unwrap();
    fs::write(
        dir.path().join("fabriques.toml"),
        format!("{networks}\n[regles]\ninvalid-url = \"avertissement\"\n"),
    )
    .unwrap();
    let (code, out, _) = run(fabriques(dir.path()).arg("validate"));
    assert_eq!(code, 0);
    assert!(out.contains("avertissement[invalid-url]"), "{out}");
    fs::write(
        dir.path().join("fabriques.toml"),
        format!("{networks}\n[regles]\ninvalid-url = \"desactivee\"\n"),
    )
    .unwrap();
    let (code, out, _) = run(fabriques(dir.path()).arg("validate"));
    assert_eq!((code, out.as_str()), (0, ""));
}

#[test]
fn settings_with_a_mistake_stop_the_tool() {
    let dir = register();
    fs::write(
        dir.path().join("fabriques.toml"),
        "[regles]\ninvalid-ulr = \"erreur\"\n",
    )
    .unwrap();
    let (code, _, err) = run(fabriques(dir.path()).arg("validate"));
    assert_eq!(code, 2);
    assert!(err.contains("invalid-ulr") && err.contains("invalid-url"), "{err}");
}

#[test]
fn settings_declare_networks_and_extra_vocabulary() {
    let dir = register();
    let path = dir.path().join("data/la-dynamo.toml");
    let text = fs::read_to_string(&path)
        .unwrap()
        .replace("reseaux = [\"reseau_essai\"]", "reseaux = [\"tiers_lieux_aura\"]")
        + "\n[[actions]]\ncategorie = \"tiers_lieu_nourricier\"\nstatut = \"envisage\"\n";
    fs::write(&path, text).unwrap();
    let (code, json) = validate_json(path.parent().unwrap(), &[]);
    assert_eq!(code, 1);
    let rules: Vec<String> = positions(&json).into_iter().map(|p| p.0).collect();
    assert_eq!(rules, ["unknown-code", "unknown-code"]);
    fs::write(
        dir.path().join("fabriques.toml"),
        "[reseaux.tiers_lieux_aura]\nnom = \"Réseau des tiers-lieux d'Auvergne-Rhône-Alpes\"\n\n[vocabulaire.categories]\ntiers_lieu_nourricier = { libelle = \"Tiers-lieu nourricier\", definition = \"Alimentation durable\" }\n",
    )
    .unwrap();
    let (code, json) = validate_json(path.parent().unwrap(), &[]);
    assert_eq!(code, 0, "{json}");
}

#[test]
fn hidden_and_non_toml_files_are_skipped_with_a_note() {
    let dir = register();
    fs::write(dir.path().join("data/LISEZMOI.md"), "# notes\n").unwrap();
    fs::write(dir.path().join("data/.brouillon.toml"), "pas du toml").unwrap();
    fs::create_dir(dir.path().join("data/.git")).unwrap();
    fs::write(dir.path().join("data/.git/x.toml"), "pas du toml").unwrap();
    let (code, _, err) = run(fabriques(dir.path()).arg("validate"));
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("data/LISEZMOI.md : ignoré : pas un fichier .toml"),
        "{err}"
    );
    assert!(err.contains("data/.brouillon.toml : fichier caché ignoré"), "{err}");
    assert!(err.contains("1 fiche vérifiée"), "{err}");
}

#[cfg(unix)]
#[test]
fn symlinks_never_lead_out_of_the_register() {
    let dir = register();
    let outside = tempfile::tempdir().unwrap();
    fs::write(outside.path().join("secret.toml"), "nom = ").unwrap();
    std::os::unix::fs::symlink(outside.path().join("secret.toml"), dir.path().join("data/secret.toml")).unwrap();
    std::os::unix::fs::symlink(
        dir.path().join("data/la-dynamo.toml"),
        dir.path().join("data/alias.toml"),
    )
    .unwrap();
    let (code, _, err) = run(fabriques(dir.path()).arg("validate"));
    assert!(err.contains("data/secret.toml : lien symbolique ignoré"), "{err}");
    // The link inside the register is read: a second record named "La Dynamo" in Chambéry.
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("2 fiches vérifiées"), "{err}");
}

#[test]
fn records_are_read_in_subfolders_and_reported_in_path_order() {
    let dir = register();
    fs::create_dir(dir.path().join("data/savoie")).unwrap();
    fs::write(dir.path().join("data/savoie/b.toml"), "nom = 1\n").unwrap();
    fs::write(dir.path().join("data/a.toml"), "nom = 1\n").unwrap();
    let (_, json) = validate_json(&dir.path().join("data"), &[]);
    let files: Vec<String> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["file"].as_str().unwrap().to_string())
        .collect();
    let mut sorted = files.clone();
    sorted.sort();
    assert_eq!(files, sorted);
    assert!(files.iter().any(|f| f.ends_with("savoie/b.toml")));
}

#[test]
fn english_comes_from_the_flag_or_the_locale() {
    let dir = register();
    fs::write(dir.path().join("data/casse.toml"), "nmo = 1\n").unwrap();
    let (_, out, err) = run(fabriques(dir.path()).args(["--lang", "en", "validate"]));
    assert!(out.contains("error[unknown-key]: unknown key `nmo`"), "{out}");
    assert!(err.contains("2 records checked: 4 errors, 1 warning"), "{err}");
    let (_, out, _) = run(fabriques(dir.path()).env("LANG", "en_US.UTF-8").arg("validate"));
    assert!(out.contains("help: did you mean `nom`?"), "{out}");
    let (_, out, _) = run(fabriques(dir.path()).env("LANG", "fr_FR.UTF-8").arg("validate"));
    assert!(out.contains("aide : vouliez-vous dire « nom » ?"), "{out}");
}

#[test]
fn colour_is_used_only_when_asked_or_on_a_terminal() {
    let dir = register();
    fs::write(dir.path().join("data/casse.toml"), "nmo = 1\n").unwrap();
    let (_, piped, _) = run(fabriques(dir.path()).arg("validate"));
    assert!(!piped.contains('\u{1b}'));
    let (_, forced, _) = run(fabriques(dir.path()).args(["--color", "always", "validate"]));
    assert!(forced.contains('\u{1b}'));
}

#[test]
fn a_byte_order_mark_does_not_break_a_record() {
    // Windows editors add one to UTF-8 files.
    let dir = register();
    let path = dir.path().join("data/la-dynamo.toml");
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend(fs::read(&path).unwrap());
    fs::write(&path, bytes).unwrap();
    let (code, _, err) = run(fabriques(Path::new(dir.path())).arg("validate"));
    assert_eq!(code, 0, "{err}");
}
