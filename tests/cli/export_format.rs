//! `export --format`: the same formats as the aliases `--csv`, `--json`...,
//! and options that do not apply to the chosen format refused (exit 2,
//! a French message naming the option and the formats it is for).

use crate::{fabriques, root, run};

fn export(args: &[&str]) -> (i32, String, String) {
    run(fabriques(&root())
        .arg("export")
        .args(["--departement", "01"])
        .args(args.iter().copied()))
}

#[test]
fn format_gives_the_same_bytes_as_its_alias() {
    for (format, alias) in [
        ("csv", "--csv"),
        ("json", "--json"),
        ("jsonl", "--jsonl"),
        ("geojson", "--geojson"),
        ("wikitext", "--wikitext"),
        ("markdown", "--markdown"),
        ("mediation-numerique", "--mediation-numerique"),
    ] {
        let by_format = export(&["--format", format]);
        let by_alias = export(&[alias]);
        assert_eq!(by_format.0, 0, "{format}: {}", by_format.2);
        assert_eq!(by_format, by_alias, "{format}");
    }
    // CSV is the default.
    assert_eq!(export(&[]), export(&["--format", "csv"]));
    assert!(export(&["--format", "csv"]).1.starts_with("id,nom,"));
}

#[test]
fn options_of_another_format_are_refused_not_ignored() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["--format", "json", "--delimiter", ";"],
            "l'option --delimiter ne s'applique pas au format json : elle ne sert qu'au format csv",
        ),
        (
            &["--geojson", "--colonnes", "id,nom"],
            "l'option --colonnes ne s'applique pas au format geojson : elle ne sert qu'aux formats csv, xlsx",
        ),
        (
            &["--mediation-numerique", "--bom"],
            "l'option --bom ne s'applique pas au format mediation-numerique : elle ne sert qu'au format csv",
        ),
        (
            &["--date-maj", "2024-01-01"],
            "l'option --date-maj ne s'applique pas au format csv : elle ne sert qu'au format mediation-numerique",
        ),
        (
            &["--json", "--avec-fermees"],
            "l'option --avec-fermees ne s'applique pas au format json : elle ne sert qu'aux formats geojson, mediation-numerique",
        ),
    ];
    for (args, message) in cases {
        let (code, out, err) = export(args);
        assert_eq!((code, out.as_str()), (2, ""), "{args:?}");
        assert_eq!(err, format!("fabriques : erreur : {message}\n"), "{args:?}");
    }
    // Where they apply, they are taken.
    let (code, out, _) = export(&["--format", "csv", "--delimiter", ";", "--colonnes", "id,nom"]);
    assert_eq!(code, 0);
    assert_eq!(out.lines().next(), Some("id;nom"));
    let (code, _, _) = export(&["--format", "mediation-numerique", "--date-maj", "2024-01-01"]);
    assert_eq!(code, 0);
}

#[test]
fn a_format_and_an_alias_together_are_a_usage_error() {
    let (code, _, err) = export(&["--format", "csv", "--json"]);
    assert_eq!(code, 2);
    assert!(err.contains("--format <FORMAT>") && err.contains("--json"), "{err}");
}
