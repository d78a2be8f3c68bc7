//! `list` and `show`: every filter and their combinations, the formats, the
//! bundled register.

use crate::{fabriques, movilab, root, run};

/// The ids `list` prints (CSV, id column only) with these arguments, on
/// the list fixture register.
fn ids(args: &[&str]) -> Vec<String> {
    let (code, out, err) = run(fabriques(&root())
        .args([
            "--data",
            "tests/fixtures/list/data",
            "list",
            "--format",
            "csv",
            "--colonnes",
            "id",
        ])
        .args(args));
    assert_eq!(code, 0, "{args:?}: {err}");
    out.lines().skip(1).map(str::to_string).collect()
}

fn fails(args: &[&str]) -> String {
    let (code, out, err) = run(fabriques(&root())
        .args(["--data", "tests/fixtures/list/data", "list"])
        .args(args));
    assert_eq!(code, 2, "{args:?}: {out}");
    assert!(out.is_empty());
    err
}

#[test]
fn the_default_order_is_departement_then_nom_with_corsica_after_19() {
    assert_eq!(
        ids(&[]),
        [
            "atelier-du-bugey",
            "ajaccio-lab",
            "bastia-tiers-lieu",
            "cote-d-armor-lab",
            "karukera-fab",
            "la-case-numerique"
        ]
    );
}

#[test]
fn departement_filters_take_codes_and_names() {
    assert_eq!(ids(&["--departement", "2A"]), ["ajaccio-lab"]);
    assert_eq!(ids(&["--departement", "2b"]), ["bastia-tiers-lieu"]);
    assert_eq!(ids(&["--departement", "971"]), ["karukera-fab"]);
    assert_eq!(ids(&["--departement", "La Réunion"]), ["la-case-numerique"]);
    assert_eq!(ids(&["--departement", "cotes d armor"]), ["cote-d-armor-lab"]);
    assert_eq!(ids(&["--departement", "Côtes-d'Armor"]), ["cote-d-armor-lab"]);
    assert_eq!(ids(&["--departement", "ain,2A"]), ["atelier-du-bugey", "ajaccio-lab"]);
    assert_eq!(
        ids(&["--departement", "01", "--departement", "2B"]),
        ["atelier-du-bugey", "bastia-tiers-lieu"]
    );
}

#[test]
fn region_and_commune_filters() {
    assert_eq!(ids(&["--region", "94"]), ["ajaccio-lab", "bastia-tiers-lieu"]);
    assert_eq!(ids(&["--region", "auvergne rhone alpes"]), ["atelier-du-bugey"]);
    assert_eq!(
        ids(&["--region", "Guadeloupe,Bretagne"]),
        ["cote-d-armor-lab", "karukera-fab"]
    );
    // Four communes are called Saint-Denis: the filter asks which.
    assert!(fails(&["--commune", "Saint-Denis"]).contains("désigne plusieurs communes"));
    assert_eq!(
        ids(&["--commune", "Saint-Denis", "--departement", "974"]),
        ["la-case-numerique"]
    );
    assert_eq!(ids(&["--commune", "97411"]), ["la-case-numerique"]);
    assert_eq!(ids(&["--commune", "ajaccio"]), ["ajaccio-lab"]);
    assert_eq!(ids(&["--commune", "01004"]), ["atelier-du-bugey"]);
}

#[test]
fn qpv_numerique_year_status_network_filters() {
    assert_eq!(ids(&["--hors-qpv"]), ["atelier-du-bugey", "bastia-tiers-lieu"]);
    assert_eq!(ids(&["--qpv", "--numerique"]), ["ajaccio-lab", "karukera-fab"]);
    // Known not to be numérique; cote-d-armor-lab does not say.
    assert_eq!(ids(&["--non-numerique", "--qpv"]), ["la-case-numerique"]);
    assert_eq!(ids(&["--numerique", "non", "--qpv", "oui"]), ["la-case-numerique"]);
    assert_eq!(ids(&["--numerique", "inconnu", "--qpv"]), ["cote-d-armor-lab"]);
    assert_eq!(
        ids(&["--numerique", "non,inconnu", "--qpv"]),
        ["cote-d-armor-lab", "la-case-numerique"]
    );
    assert_eq!(
        ids(&["--qpv", "--hors-qpv", "--numerique"]),
        ["ajaccio-lab", "karukera-fab"]
    );
    assert_eq!(ids(&["--annee", "2020"]), ["atelier-du-bugey", "bastia-tiers-lieu"]);
    assert_eq!(
        ids(&["--annee", "2020,2021"]),
        ["atelier-du-bugey", "bastia-tiers-lieu", "la-case-numerique"]
    );
    assert_eq!(ids(&["--statut-fabrique", "en_projet"]), ["la-case-numerique"]);
    assert_eq!(ids(&["--reseau", "reseau_essai", "--hors-qpv"]), ["atelier-du-bugey"]);
}

#[test]
fn action_filters_count_the_statuses_asked_for() {
    assert_eq!(ids(&["--action", "fablab"]), ["ajaccio-lab", "karukera-fab"]);
    assert_eq!(ids(&["--action", "fablab", "--statut", "fait"]), ["karukera-fab"]);
    assert_eq!(ids(&["--action", "fablab", "--statut", "commence"]), ["ajaccio-lab"]);
    assert_eq!(
        ids(&["--action", "culture,alimentation", "--statut", "fait"]),
        ["bastia-tiers-lieu", "cote-d-armor-lab"]
    );
    assert_eq!(ids(&["--statut", "envisage"]), ["la-case-numerique"]);
}

#[test]
fn cherche_ignores_case_and_accents() {
    assert_eq!(ids(&["--cherche", "amberieu"]), ["atelier-du-bugey"]);
    assert_eq!(ids(&["--cherche", "EPICERIE"]), ["atelier-du-bugey"]);
    assert_eq!(ids(&["--cherche", "numérique"]), ["la-case-numerique"]);
    assert_eq!(ids(&["--cherche", "pointe-a-pitre"]), ["karukera-fab"]);
}

#[test]
fn unknown_values_fail_fast_with_suggestions() {
    assert!(fails(&["--action", "fab_lab"]).contains("« fablab »"));
    assert!(fails(&["--departement", "Savoi"]).contains("Savoie"));
    assert!(fails(&["--region", "Bretagn"]).contains("Bretagne"));
    assert!(fails(&["--statut", "fini"]).contains("--statut"));
    assert!(fails(&["--reseau", "fabmob"]).contains("« reseau_essai »"));
    assert!(fails(&["--colonnes", "nmo"]).contains("« nom »"));
    assert!(fails(&["--tri", "departemnt"]).contains("« departement »"));
    assert!(fails(&["--commune", "Zzyzx-Qwkv"]).contains("--commune"));
    let err = fails(&["--qpv", "peut-etre"]);
    assert!(err.contains("oui") && err.contains("inconnu"), "{err}");
}

#[test]
fn a_bad_flag_fails_before_reading_any_file() {
    // The register does not exist: the flag error comes first.
    let (code, _, err) = run(fabriques(&root()).args(["--data", "nulle-part", "list", "--action", "fab"]));
    assert_eq!(code, 2);
    assert!(err.contains("--action"), "{err}");
}

#[test]
fn columns_sort_count_and_empty_results() {
    let (_, out, _) = run(fabriques(&root()).args([
        "--data",
        "tests/fixtures/list/data",
        "list",
        "--format",
        "csv",
        "--colonnes",
        "id,labellisation,region",
        "--tri",
        "-labellisation,id",
    ]));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "id,labellisation,region");
    assert_eq!(lines[1], "la-case-numerique,2021,04 La Réunion");
    assert_eq!(lines[2], "atelier-du-bugey,2020,84 Auvergne-Rhône-Alpes");
    let (code, out, _) =
        run(fabriques(&root()).args(["--data", "tests/fixtures/list/data", "list", "--count", "--qpv"]));
    assert_eq!((code, out.as_str()), (0, "4\n"));
    let (code, out, err) = run(fabriques(&root()).args([
        "--data",
        "tests/fixtures/list/data",
        "list",
        "--annee",
        "2019",
        "--hors-qpv",
    ]));
    assert_eq!((code, out.as_str()), (0, ""));
    assert!(err.contains("aucune fabrique ne correspond"), "{err}");
    let (code, _, _) = run(fabriques(&root()).args([
        "--data",
        "tests/fixtures/list/data",
        "list",
        "--annee",
        "2019",
        "--hors-qpv",
        "--fail-empty",
    ]));
    assert_eq!(code, 1);
}

#[test]
fn formats_json_tsv_and_plain_tables_when_piped() {
    let (_, out, _) = run(fabriques(&root()).args([
        "--data",
        "tests/fixtures/list/data",
        "list",
        "--format",
        "json",
        "--departement",
        "971",
    ]));
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json[0]["id"], "karukera-fab");
    assert_eq!(json[0]["qpv"], true);
    assert_eq!(json[0]["departement"], "971 Guadeloupe");
    let (_, out, _) = run(fabriques(&root()).args([
        "--data",
        "tests/fixtures/list/data",
        "list",
        "--format",
        "tsv",
        "--colonnes",
        "id,commune",
        "--departement",
        "971",
    ]));
    assert_eq!(out, "id\tcommune\nkarukera-fab\tPointe-à-Pitre\n");
    let (_, out, _) = run(fabriques(&root()).args(["--data", "tests/fixtures/list/data", "list"]));
    assert!(!out.contains('│') && !out.contains('\u{1b}'), "{out}");
}

#[test]
fn the_movilab_register_answers_the_issue_questions() {
    let bundled = |args: &[&str]| -> Vec<String> {
        let (_, out, _) = run(fabriques(&movilab())
            .args(["list", "--format", "csv", "--colonnes", "id"])
            .args(args));
        out.lines().skip(1).map(str::to_string).collect()
    };
    assert_eq!(bundled(&["--qpv"]), ["lab01", "monscobar", "la-dynamo"]);
    assert_eq!(bundled(&["--numerique"]), ["lab01"]);
    assert_eq!(bundled(&["--numerique", "inconnu"]), ["la-dynamo"]);
    assert_eq!(bundled(&["--action", "fablab", "--statut", "fait"]), ["lab01"]);
    let (_, table, _) = run(fabriques(&movilab()).arg("list"));
    insta::assert_snapshot!("list_bundled", table);
}

/// A register of three records built from the complete one: in a QPV, out
/// of any, and one that does not say.
fn three_qpv() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("data")).unwrap();
    std::fs::copy(
        root().join("tests/fixtures/fabriques.toml"),
        dir.path().join("fabriques.toml"),
    )
    .unwrap();
    let complete = std::fs::read_to_string(root().join("tests/fixtures/complete/data/complete.toml")).unwrap();
    for (id, qpv) in [("dedans", "qpv = true\n"), ("dehors", "qpv = false\n"), ("inconnu", "")] {
        let text = complete
            .replacen("qpv = true\n", qpv, 1)
            .replacen("Fabrique d'essai", id, 1);
        std::fs::write(dir.path().join(format!("data/{id}.toml")), text).unwrap();
    }
    dir
}

#[test]
fn an_unknown_qpv_is_neither_in_nor_out_and_the_left_out_are_counted() {
    let dir = three_qpv();
    let list = |args: &[&str]| {
        let (code, out, err) = run(fabriques(dir.path())
            .args(["list", "--format", "csv", "--colonnes", "id,qpv"])
            .args(args));
        assert_eq!(code, 0, "{err}");
        (out, err)
    };
    let (out, err) = list(&["--qpv"]);
    assert_eq!(out, "id,qpv\ndedans,true\n");
    assert!(
        err.contains("1 fabrique dont le QPV n'est pas renseigné est laissée de côté : `--qpv inconnu` la montre"),
        "{err}"
    );
    let (out, err) = list(&["--hors-qpv"]);
    assert_eq!(out, "id,qpv\ndehors,false\n");
    assert!(err.contains("--qpv inconnu"), "{err}");
    // The unknown one, with an empty cell (never `false`).
    let (out, err) = list(&["--qpv", "inconnu"]);
    assert_eq!((out.as_str(), err.as_str()), ("id,qpv\ninconnu,\n", ""));
    let (out, _) = list(&["--qpv", "non,inconnu"]);
    assert_eq!(out, "id,qpv\ndehors,false\ninconnu,\n");
    let (out, err) = list(&[]);
    assert_eq!(out.lines().count(), 4);
    assert_eq!(err, "");
    // JSON: null; the table: « ? ».
    let (_, out, _) = run(fabriques(dir.path()).args(["list", "--format", "json", "--qpv", "inconnu"]));
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json[0]["qpv"], serde_json::Value::Null);
    let (_, out, _) = run(fabriques(dir.path()).args(["list", "--colonnes", "id,qpv", "--qpv", "inconnu"]));
    assert!(out.lines().nth(1).is_some_and(|l| l.trim_end().ends_with('?')), "{out}");
    // --count says the same on stderr.
    let (_, out, err) = run(fabriques(dir.path()).args(["list", "--count", "--qpv"]));
    assert_eq!(out, "1\n");
    assert!(err.contains("laissée de côté"), "{err}");
}

#[test]
fn records_with_errors_are_listed_with_a_marker() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("data")).unwrap();
    std::fs::write(dir.path().join("data/casse.toml"), "nom = \"Casse\"\nqpv = \"oui\"\n").unwrap();
    std::fs::write(dir.path().join("data/illisible.toml"), "nom = \n").unwrap();
    let (code, out, err) = run(fabriques(dir.path()).arg("list"));
    assert_eq!(code, 0);
    assert!(out.contains("⚠ Casse") && out.contains("illisible"), "{out}");
    assert!(err.contains("2 fiche(s) listée(s) avec des erreurs"), "{err}");
}

#[test]
fn show_prints_a_card_and_json() {
    let (code, out, _) = run(fabriques(&movilab()).args(["show", "lab01"]));
    assert_eq!(code, 0);
    insta::assert_snapshot!("show_lab01", out);
    let (_, out, _) = run(fabriques(&movilab()).args(["show", "la-dynamo", "--format", "json"]));
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["departement"]["nom"], "Savoie");
    assert_eq!(json["region"]["code"], "84");
    assert_eq!(json["actions"][0]["statut"], "commence");
    assert_eq!(json["numerique"], serde_json::Value::Null);
    assert_eq!(json["identifiants"]["anct"], "fabt-40");
    assert_eq!(json["adresse"]["precision_point"], "commune");
    // What the record does not say is « non renseigné », never « non ».
    let (_, out, _) = run(fabriques(&movilab()).args(["show", "la-dynamo"]));
    assert!(out.contains("Fabrique numérique :     non renseigné"), "{out}");
    assert!(out.contains("(centre de la commune, pas l'adresse)"), "{out}");
    assert!(out.contains("? communauté (critere-communaute)"), "{out}");
    // A miss, as for `geo`: exit code 1, no « erreur ».
    let (code, out, err) = run(fabriques(&movilab()).args(["show", "lab1"]));
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(
        err.starts_with("fabriques : aucune fiche") && err.contains("« lab01 »"),
        "{err}"
    );
}

#[test]
fn show_lists_links_in_and_out() {
    let (_, out, _) =
        run(fabriques(&root()).args(["--data", "tests/fixtures/snapshot/data", "show", "cafe-des-possibles"]));
    assert!(out.contains("→ atelier-du-soleil (visite)"), "{out}");
    assert!(out.contains("← la-ruche (contribution, 2021-03-04)"), "{out}");
}

#[test]
fn regression_list_actions_and_show_agree_on_an_action_without_status() {
    // `list` used to show an action without a status as « envisage »,
    // `actions` as « non renseigné », and `show` not at all.
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("data")).unwrap();
    let complete = std::fs::read_to_string(root().join("tests/fixtures/complete/data/complete.toml")).unwrap();
    let text = complete.replacen("categorie = \"fablab\"\nstatut = \"fait\"", "categorie = \"fablab\"", 1);
    assert_ne!(text, complete);
    std::fs::write(dir.path().join("data/complete.toml"), text).unwrap();
    let (_, out, _) = run(fabriques(dir.path()).args(["list", "--format", "csv", "--colonnes", "id,actions"]));
    assert!(out.contains("coworking, fablab (non_renseigne)"), "{out}");
    let (_, out, _) = run(fabriques(dir.path()).args(["actions", "--format", "csv"]));
    assert!(out.contains("fablab,,non_renseigne,complete,"), "{out}");
    let (_, out, _) = run(fabriques(dir.path()).args(["show", "complete"]));
    assert!(out.contains("non renseigné (non_renseigne)\n    • fablab"), "{out}");
}
