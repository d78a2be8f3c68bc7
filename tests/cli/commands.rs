//! `rules`, `vocab` and `--help`.

use crate::{fabriques, root, run};

#[test]
fn rules_name_explains_one_rule_with_examples() {
    let (code, out, _) = run(fabriques(&root()).args(["rules", "unknown-key"]));
    assert_eq!(code, 0);
    assert!(
        out.starts_with("unknown-key — Chaque clé fait partie du format des fiches."),
        "{out}"
    );
    assert!(
        out.contains("Exemple à corriger\n    siteweb = \"http://www.lab01.fr\""),
        "{out}"
    );
    assert!(
        out.contains("Exemple correct\n    site_web = \"http://www.lab01.fr\""),
        "{out}"
    );
    assert!(out.contains("regle = \"unknown-key\""), "{out}");
}

#[test]
fn an_unknown_rule_name_fails_with_a_suggestion() {
    let (code, out, err) = run(fabriques(&root()).args(["rules", "unknown-kye"]));
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("« unknown-key »"), "{err}");
}

#[test]
fn rules_shows_the_severity_set_by_the_register() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("data")).unwrap();
    std::fs::write(
        dir.path().join("fabriques.toml"),
        "[regles]\nduplicate-name = \"avertissement\"\n",
    )
    .unwrap();
    let (_, out, _) = run(fabriques(dir.path()).args(["rules", "duplicate-name"]));
    assert!(out.contains("Gravité : avertissement (par défaut : erreur)"), "{out}");
}

#[test]
fn vocab_lists_vocabularies_and_their_codes() {
    let (code, out, _) = run(fabriques(&root()).arg("vocab"));
    assert_eq!(code, 0);
    // The vocabularies of docs/format.md.
    for name in [
        "categories",
        "statuts_action",
        "statuts",
        "publics",
        "formes_juridiques",
        "consortium",
        "types_lien",
        "reseaux",
    ] {
        assert!(out.contains(name), "{name}");
    }
    let (_, out, _) = run(fabriques(&root()).args(["vocab", "categories"]));
    for code in [
        "coworking",
        "fablab",
        "atelier_partage",
        "living_lab",
        "campus_connecte",
        "inclusion_numerique",
        "reemploi",
        "autre",
    ] {
        assert!(out.contains(code), "{code}");
    }
    // The bundled register declares La Fabrique des Mobilités.
    let (_, out, _) = run(fabriques(&root()).args(["vocab", "reseaux"]));
    assert!(
        out.contains("fabmob") && out.contains("La Fabrique des Mobilités"),
        "{out}"
    );
    let (code, _, err) = run(fabriques(&root()).args(["vocab", "categorie"]));
    assert_eq!(code, 2);
    assert!(err.contains("« categories »"), "{err}");
}

#[test]
fn rules_and_vocab_work_outside_a_register() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(run(fabriques(dir.path()).arg("rules")).0, 0);
    assert_eq!(run(fabriques(dir.path()).args(["vocab", "publics"])).0, 0);
}

#[test]
fn help_documents_exit_codes_in_the_users_language() {
    let (code, out, _) = run(fabriques(&root()).args(["validate", "--help"]));
    assert_eq!(code, 0);
    assert!(
        out.contains("Codes de sortie :") && out.contains("2  l'outil a échoué"),
        "{out}"
    );
    assert!(out.contains("Les avertissements comptent comme des erreurs"), "{out}");
    assert!(
        out.contains("Utilisation : fabriques validate")
            && out.contains("-h, --help")
            && out.contains("Affiche l'aide"),
        "{out}"
    );
    let (code, out, _) = run(fabriques(&root()).arg("--help"));
    assert_eq!(code, 0);
    assert!(
        out.contains("Commandes :") && out.contains("Affiche la version"),
        "{out}"
    );
    assert!(!out.contains("Print help"), "{out}");
    let (_, out, _) = run(fabriques(&root()).args(["--lang", "en", "--help"]));
    assert!(
        out.contains("Exit codes") && out.contains("Checks every record"),
        "{out}"
    );
}
