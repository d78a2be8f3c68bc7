//! The criteria and the programme's rules: values just inside each limit
//! pass (the triggering fixtures are in `tests/fixtures/rules/`), and the
//! `criteres` matrix.

use std::fs;

use crate::{fabriques, movilab, positions, root, run, validate_json, Pos};

fn complete() -> String {
    fs::read_to_string(root().join("tests/fixtures/complete/data/complete.toml")).unwrap()
}

/// Validates the complete record changed by `edit` (today pinned to
/// [`crate::TODAY`], as in every test).
fn check(edit: impl Fn(String) -> String) -> Vec<Pos> {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("essai.toml"), edit(complete())).unwrap();
    let settings = root().join("tests/fixtures/fabriques.toml").display().to_string();
    let (_, json) = validate_json(dir.path(), &["--config", &settings]);
    positions(&json)
}

/// A change to the complete record.
type Edit = Box<dyn Fn(String) -> String>;

fn structure(extra: &str) -> impl Fn(String) -> String + '_ {
    move |s: String| {
        s.replace(
            "nom = \"Structure d'essai\"\n",
            &format!("nom = \"Structure d'essai\"\n{extra}"),
        )
    }
}

#[test]
fn values_at_the_limits_of_the_programme_pass() {
    let cases: Vec<(&str, Edit)> = vec![
        (
            "three years at 50,000 € from the labelling year",
            Box::new(|s| s + "\n[financement]\nannuel = { 2019 = 50000, 2020 = 50000, 2021 = 50000 }\n"),
        ),
        (
            "a bonus of 100,000 € for a Fabrique numérique in a QPV",
            Box::new(|s| {
                s.replace("numerique = false", "numerique = true") + "\n[financement]\nbonus_numerique = 100000\n"
            }),
        ),
        (
            "labelled this year",
            Box::new(|s| s.replace("annee = 2019", "annee = 2026")),
        ),
        ("created the labelling year", Box::new(structure("creation = 2019\n"))),
        ("a valid SIRET", Box::new(structure("siret = \"12345678900007\"\n"))),
        ("a La Poste SIRET", Box::new(structure("siret = \"35600000000001\"\n"))),
        (
            "a video on PeerTube",
            Box::new(|s| s.replace("sources =", "video = \"https://peertube.exemple.fr/w/abc\"\nsources =")),
        ),
        (
            "a numérique with a digital formation",
            Box::new(|s| {
                s.replace("numerique = false", "numerique = true").replace(
                    "categorie = \"fablab\"",
                    "categorie = \"formation\"\nsous_action = \"Formation labellisée Grande École du Numérique\"",
                )
            }),
        ),
        (
            "two publics",
            Box::new(|s| s.replace("publics = [\"tout_public\"]", "publics = [\"jeunes\", \"seniors\"]")),
        ),
        (
            "pooling shown by a link instead of a network",
            Box::new(|s| {
                s.replace("reseaux = [\"reseau_essai\"]\n", "")
                    + "\n[[liens]]\nfabrique = \"autre\"\ntype = \"visite\"\ndate = 2026-11-21\n"
            }),
        ),
    ];
    for (what, edit) in cases {
        let found = check(edit);
        // The link case points to a record that does not exist here: only that is reported.
        let found: Vec<_> = found.into_iter().filter(|p| p.0 != "unknown-link").collect();
        assert_eq!(found, vec![], "{what}");
    }
}

#[test]
fn a_placeholder_criterion_is_reported_and_a_missing_one_is_unknown() {
    let found = check(|s| {
        s.replace("Une communauté d'habitants fait vivre le lieu chaque jour.", "?")
            .replace(
                "gouvernance = \"Les habitants votent la programmation en assemblée ouverte.\"\n",
                "",
            )
    });
    let rules: Vec<&str> = found.iter().map(|p| p.0.as_str()).collect();
    // « ? » is written and shows nothing: its rule. Nothing written about
    // the governance: unknown, said once with the record's other unknowns.
    assert_eq!(rules, ["a-completer", "critere-communaute"]);
}

#[test]
fn the_programme_rules_that_need_a_fact_run_only_when_it_is_known() {
    // A bonus with `numerique` unknown is no contradiction; with « non », it is.
    let bonus = "\n[financement]\nbonus_numerique = 100000\n";
    let rules = |edit: &dyn Fn(String) -> String| -> Vec<String> { check(edit).into_iter().map(|p| p.0).collect() };
    assert_eq!(
        rules(&|s| s.replace("numerique = false\n", "") + bonus),
        ["a-completer"]
    );
    assert_eq!(rules(&|s| s + bonus), ["bonus-numerique"]);
    // A numérique whose QPV is unknown is not « outside a QPV ».
    assert_eq!(
        rules(&|s| s
            .replace("qpv = true\n", "")
            .replace("numerique = false", "numerique = true")),
        ["a-completer"]
    );
    // Nor in a large city outside a QPV: Lille without `qpv`.
    let lille = |s: String| {
        s.replace("qpv = true\n", "")
            .replace("code_postal = \"73000\"", "code_postal = \"59000\"")
            .replace("commune = \"Chambéry\"", "commune = \"Lille\"")
    };
    assert_eq!(rules(&lille), ["a-completer"]);
    assert_eq!(
        rules(&|s| lille(s).replace("numerique = false", "qpv = false\nnumerique = false")),
        ["qpv-grande-ville"]
    );
    // Without a labelling year, a structure's creation year is only checked
    // against today.
    assert_eq!(
        rules(&|s| s.replace("[labellisation]\nannee = 2019\n", "").replace(
            "nom = \"Structure d'essai\"\n",
            "nom = \"Structure d'essai\"\ncreation = 2021\n"
        )),
        ["a-completer"]
    );
}

#[test]
fn strict_settings_make_criteria_errors() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("data")).unwrap();
    fs::write(
        dir.path().join("data/essai.toml"),
        complete().replace("publics = [\"tout_public\"]", "publics = []"),
    )
    .unwrap();
    let networks = fs::read_to_string(root().join("tests/fixtures/fabriques.toml")).unwrap();
    fs::write(dir.path().join("fabriques.toml"), &networks).unwrap();
    assert_eq!(run(fabriques(dir.path()).arg("validate")).0, 0);
    assert_eq!(run(fabriques(dir.path()).args(["validate", "--strict"])).0, 1);
    fs::write(
        dir.path().join("fabriques.toml"),
        format!("{networks}\n[regles]\ncritere-offre-adaptee = \"erreur\"\n"),
    )
    .unwrap();
    let (code, out, _) = run(fabriques(dir.path()).arg("validate"));
    assert_eq!(code, 1);
    assert!(out.contains("erreur[critere-offre-adaptee]"), "{out}");
}

#[test]
fn future_dates_depend_on_today() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("data")).unwrap();
    fs::write(
        dir.path().join("data/essai.toml"),
        complete().replace("annee = 2019", "annee = 2027"),
    )
    .unwrap();
    fs::copy(
        root().join("tests/fixtures/fabriques.toml"),
        dir.path().join("fabriques.toml"),
    )
    .unwrap();
    let (code, out, _) = run(fabriques(dir.path())
        .env("FABRIQUES_AUJOURDHUI", "2026-11-21")
        .arg("validate"));
    assert_eq!(code, 1);
    assert!(
        out.contains("labellisation en 2027, dans le futur (nous sommes en 2026)"),
        "{out}"
    );
    assert_eq!(
        run(fabriques(dir.path())
            .env("FABRIQUES_AUJOURDHUI", "2027-01-02")
            .arg("validate"))
        .0,
        0
    );
}

#[test]
fn criteres_shows_what_the_movilab_sources_document() {
    let (code, out, _) = run(fabriques(&movilab()).arg("criteres"));
    assert_eq!(code, 0);
    insta::assert_snapshot!("criteres_bundled", out);
    let (_, csv, _) = run(fabriques(&movilab()).args(["criteres", "--format", "csv"]));
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("id,nom,critere-communaute,critere-gouvernance,critere-ancrage,critere-mise-en-commun,critere-offre-diversifiee,critere-offre-adaptee,remplis")
    );
    // La Dynamo writes one action, begun: not shown; of the rest it says
    // nothing: unknown, an empty cell.
    assert_eq!(lines.next(), Some("la-dynamo,La Dynamo,,,,,false,,0"));
    let (_, json, _) = run(fabriques(&movilab()).args(["criteres", "--format", "json"]));
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json[1]["id"], "lab01");
    assert_eq!(json[1]["criteres"]["critere-offre-diversifiee"], true);
    assert_eq!(json[1]["criteres"]["critere-communaute"], serde_json::Value::Null);
}

#[test]
fn criteres_agrees_with_validate() {
    // A record meeting every criterion shows six ✓ and no criterion warning.
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("data")).unwrap();
    fs::write(dir.path().join("data/essai.toml"), complete()).unwrap();
    fs::copy(
        root().join("tests/fixtures/fabriques.toml"),
        dir.path().join("fabriques.toml"),
    )
    .unwrap();
    let (_, csv, _) = run(fabriques(dir.path()).args(["criteres", "--format", "csv"]));
    assert!(
        csv.ends_with("essai,Fabrique d'essai,true,true,true,true,true,true,6\n"),
        "{csv}"
    );
}

#[test]
fn the_new_keys_are_checked_by_the_schema_like_the_others() {
    let rules = |edit: &dyn Fn(String) -> String| -> Vec<(String, u64)> {
        check(edit).into_iter().map(|p| (p.0, p.2)).collect()
    };
    let with =
        |extra: &'static str| move |s: String| s.replace("[labellisation]", &format!("{extra}\n[labellisation]"));
    // An ANCT id is « fabt- » and a number.
    assert_eq!(
        rules(&with("[identifiants]\nanct = \"59\"\n")),
        [("invalid-value".into(), 9)]
    );
    assert_eq!(rules(&with("[identifiants]\nanct = \"fabt-59\"\n")), []);
    // Only the keys the format knows.
    assert_eq!(
        rules(&with("[identifiants]\nsiret = \"1\"\n")),
        [("unknown-key".into(), 9)]
    );
    // A point's precision is a code of its closed vocabulary.
    let precision = |value: &'static str| {
        move |s: String| {
            s.replace(
                "commune = \"Chambéry\"\n",
                &format!("commune = \"Chambéry\"\nlatitude = 45.58\nlongitude = 5.91\nprecision_point = \"{value}\"\n"),
            )
        }
    };
    assert_eq!(rules(&precision("commune")), []);
    assert_eq!(
        rules(&precision("rue")).first().map(|r| r.0.as_str()),
        Some("unknown-code")
    );
    // A description is a text.
    assert_eq!(
        rules(&|s| s.replace("sources =", "description = 3\nsources =")),
        [("wrong-type".into(), 6)]
    );
}
