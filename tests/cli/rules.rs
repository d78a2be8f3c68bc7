//! Every rule has a fixture that triggers it, and reports its name, file,
//! line and column there.

use std::path::Path;

use fabriques::messages::Lang;
use fabriques::rules;

use crate::{positions, root, validate_json};

/// (rule, file, line, column) expected from `tests/fixtures/rules/<rule>/`.
const EXPECTED: &[(&str, &str, u64, u64)] = &[
    ("toml-syntax", "sans-guillemets.toml", 1, 7),
    ("file-unreadable", "latin1.toml", 1, 11),
    ("invalid-id", "La Dynamo.toml", 1, 1),
    ("unknown-key", "faute.toml", 6, 1),
    ("missing-field", "sans-commune.toml", 10, 1),
    ("wrong-type", "qpv-oui.toml", 2, 7),
    ("unknown-code", "categorie.toml", 32, 13),
    ("invalid-value", "nom-vide.toml", 1, 7),
    ("invalid-url", "site.toml", 6, 12),
    ("duplicate-name", "dynamo-chambery.toml", 1, 7),
    ("duplicate-name-other-address", "dynamo-gare.toml", 1, 7),
    ("unknown-link", "lien.toml", 36, 12),
    ("self-link", "soi.toml", 36, 12),
    ("ignore-missing-reason", "sans-raison.toml", 37, 12),
    ("ignore-unknown-rule", "regle-inconnue.toml", 36, 22),
    ("ignore-unused", "inutile.toml", 36, 22),
    ("code-postal", "inconnu.toml", 11, 15),
    ("commune", "chambery-dans-l-ain.toml", 12, 11),
    ("commune-orthographe", "sans-accents.toml", 12, 11),
    ("commune-ancienne", "annecy-le-vieux.toml", 12, 11),
    ("code-insee", "autre-commune.toml", 13, 14),
    ("coordonnees", "inversees.toml", 13, 12),
    ("qpv-grande-ville", "lille.toml", 2, 7),
    ("critere-communaute", "communaute-oui.toml", 21, 14),
    ("critere-gouvernance", "sans-gouvernance.toml", 20, 1),
    ("critere-ancrage", "sans-collectivite.toml", 23, 11),
    ("critere-mise-en-commun", "isolee.toml", 23, 18),
    ("critere-offre-diversifiee", "une-seule-categorie.toml", 27, 1),
    ("critere-offre-adaptee", "un-seul-public.toml", 25, 12),
    ("numerique-hors-qpv", "numerique-hors-qpv.toml", 3, 13),
    ("financement-plafond-annuel", "plafond.toml", 36, 19),
    ("financement-duree", "avant-labellisation.toml", 36, 12),
    ("financement-total", "quatre-ans.toml", 35, 1),
    ("financement-total-faible", "faible.toml", 35, 1),
    ("bonus-numerique", "bonus-sans-label.toml", 36, 19),
    ("labellisation-annee", "avant-ami.toml", 8, 9),
    ("structure-creation", "apres-labellisation.toml", 16, 12),
    ("siret", "cle-fausse.toml", 16, 9),
    ("lien-date", "futur.toml", 38, 8),
    ("consortium", "seule.toml", 18, 1),
    ("video-plateforme", "youtube.toml", 6, 9),
    ("page-movilab", "sans-page.toml", 1, 7),
    ("numerique-sans-action-numerique", "numerique-coworking.toml", 3, 13),
    ("modele-a-completer", "modele.toml", 3, 15),
];

/// Rules that cannot be triggered alone: more than 150,000 € takes more
/// than three years, or more than 50,000 € a year.
const COMPANIONS: &[(&str, &str)] = &[("financement-total", "financement-duree")];

/// The settings the fixtures share (a network for `reseaux`).
fn settings() -> String {
    root().join("tests/fixtures/fabriques.toml").display().to_string()
}

fn fixture(rule: &str) -> std::path::PathBuf {
    root().join("tests/fixtures/rules").join(rule).join("data")
}

#[test]
fn each_rule_fixture_reports_the_rule_at_its_position() {
    for &(rule, file, line, column) in EXPECTED {
        let (code, json) = validate_json(&fixture(rule), &["--config", &settings()]);
        let found = positions(&json);
        assert!(
            found.contains(&(rule.to_string(), file.to_string(), line, column)),
            "{rule}: expected {file}:{line}:{column}, got {found:?}"
        );
        // The fixture triggers its rule and nothing else.
        let companion = |r: &str| COMPANIONS.contains(&(rule, r));
        assert!(
            found.iter().all(|(r, ..)| r == rule || companion(r)),
            "{rule}: {found:?}"
        );
        let severity = rules::find(rule).unwrap().severity;
        let expected_code = i32::from(severity == fabriques::diagnostic::Severity::Error);
        assert_eq!(code, expected_code, "{rule}");
    }
}

#[test]
fn the_complete_record_triggers_no_rule() {
    let (code, json) = validate_json(&root().join("tests/fixtures/complete/data"), &["--config", &settings()]);
    assert_eq!((code, positions(&json)), (0, vec![]));
}

#[test]
fn every_rule_has_a_fixture_an_expectation_and_documentation() {
    for rule in rules::ALL {
        assert!(fixture(rule.name).is_dir(), "no fixture for {}", rule.name);
        assert!(
            EXPECTED.iter().any(|(r, ..)| *r == rule.name),
            "no expectation for {}",
            rule.name
        );
        assert!(is_kebab(rule.name), "{}", rule.name);
        for lang in [Lang::Fr, Lang::En] {
            assert!(
                !rule.summary.get(lang).is_empty() && !rule.why.get(lang).is_empty(),
                "{}",
                rule.name
            );
        }
        assert!(
            !rule.bad.is_empty() && !rule.good.is_empty() && rule.bad != rule.good,
            "{}",
            rule.name
        );
    }
    assert_eq!(EXPECTED.len(), rules::ALL.len());
}

fn is_kebab(s: &str) -> bool {
    fabriques::record::is_valid_id(s) && s.chars().any(|c| c.is_ascii_lowercase())
}

#[test]
fn a_duplicate_name_is_reported_on_both_records() {
    let (_, json) = validate_json(&fixture("duplicate-name"), &["--config", &settings()]);
    let files: Vec<String> = positions(&json).into_iter().map(|p| p.1).collect();
    assert_eq!(files, ["dynamo-chambery.toml", "la-dynamo.toml"]);
}

#[test]
fn an_exception_with_a_reason_silences_its_rule_in_its_record_only() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    let src = std::fs::read_to_string(fixture("ignore-missing-reason").join("sans-raison.toml")).unwrap();
    let with_reason = src.replace(
        "{ regle = \"invalid-url\" }",
        "{ regle = \"invalid-url\", raison = \"site en préparation\" }",
    );
    std::fs::write(data.join("excuse.toml"), &with_reason).unwrap();
    let other = with_reason
        .replace("[validation]", "")
        .replace(
            "ignorer = [{ regle = \"invalid-url\", raison = \"site en préparation\" }]",
            "",
        )
        .replace("Fabrique d'essai", "Autre");
    std::fs::write(data.join("autre.toml"), other).unwrap();
    let (code, json) = validate_json(&data, &["--config", &settings()]);
    let found = positions(&json);
    assert_eq!(found, [("invalid-url".to_string(), "autre.toml".to_string(), 6, 12)]);
    assert_eq!(code, 1);
}

#[test]
fn rules_documentation_names_every_rule() {
    let (code, out, _) = crate::run(crate::fabriques(Path::new(&root())).arg("rules"));
    assert_eq!(code, 0);
    for rule in rules::ALL {
        assert!(out.contains(rule.name), "{}", rule.name);
    }
}

#[test]
fn the_readme_lists_every_rule() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    for rule in rules::ALL {
        assert!(
            readme.contains(&format!("| `{}` |", rule.name)),
            "README misses {}",
            rule.name
        );
    }
}

#[test]
fn regression_homonymous_communes_are_not_duplicates() {
    // Saint-Denis (93) and Saint-Denis (La Réunion) are two communes.
    let dir = tempfile::tempdir().unwrap();
    let complete = std::fs::read_to_string(root().join("tests/fixtures/complete/data/complete.toml")).unwrap();
    for (id, cp) in [("case-93", "93200"), ("case-974", "97400")] {
        let text = complete.replace("Fabrique d'essai", "La Case").replace(
            "code_postal = \"73000\"\ncommune = \"Chambéry\"",
            &format!("code_postal = \"{cp}\"\ncommune = \"Saint-Denis\""),
        );
        std::fs::write(dir.path().join(format!("{id}.toml")), text).unwrap();
    }
    let (code, json) = validate_json(dir.path(), &["--config", &settings()]);
    assert_eq!((code, positions(&json)), (0, vec![]));
}
