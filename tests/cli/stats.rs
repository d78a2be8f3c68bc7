//! `stats`, `actions` and `liens`: every breakdown and format, the
//! programme's figures, agreement with `list --count`, proximity ordering,
//! and the drawings of the network.
//!
//! Fixtures: `tests/fixtures/list` (six fabriques across the Ain,
//! Côtes-d'Armor, Corsica, Guadeloupe and Réunion), `tests/fixtures/actions`
//! (seven fablabs around the Alps, with coordinates, statuses, waves and
//! funding) and `tests/fixtures/liens` (four fabriques with links, one to an
//! unknown id, one name full of characters to escape).

use std::collections::BTreeMap;

use crate::{fabriques, root, run};

const LIST: &str = "tests/fixtures/list/data";
const ACTIONS: &str = "tests/fixtures/actions/data";
const LIENS: &str = "tests/fixtures/liens/data";

/// Runs `fabriques --data DATA ARGS` from the repository root; asserts exit
/// code 0 and returns (stdout, stderr).
fn ok(data: &str, args: &[&str]) -> (String, String) {
    let (code, out, err) = run(fabriques(&root()).args(["--data", data]).args(args));
    assert_eq!(code, 0, "{args:?}: {err}");
    (out, err)
}

/// Whitespace collapsed, so that assertions do not depend on column widths.
fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `stats --format csv`: (section, key) → (value, target).
fn stats_csv(data: &str, args: &[&str]) -> BTreeMap<(String, String), (i64, Option<i64>)> {
    let (out, _) = ok(data, &[&["stats", "--format", "csv"], args].concat());
    let mut r = csv::Reader::from_reader(out.as_bytes());
    assert_eq!(
        r.headers().unwrap().iter().collect::<Vec<_>>(),
        ["section", "key", "label", "value", "unit", "target"]
    );
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            (
                (rec[0].to_string(), rec[1].to_string()),
                (rec[3].parse().unwrap(), rec[5].parse().ok()),
            )
        })
        .collect()
}

/// The keys of one section of `stats --format csv`, in output order.
fn section_keys(data: &str, args: &[&str], section: &str) -> Vec<String> {
    let (out, _) = ok(data, &[&["stats", "--format", "csv"], args].concat());
    let mut r = csv::Reader::from_reader(out.as_bytes());
    r.records()
        .map(Result::unwrap)
        .filter(|rec| &rec[0] == section)
        .map(|rec| rec[1].to_string())
        .collect()
}

fn value(stats: &BTreeMap<(String, String), (i64, Option<i64>)>, section: &str, key: &str) -> i64 {
    stats.get(&(section.to_string(), key.to_string())).map_or(0, |v| v.0)
}

fn list_count(data: &str, args: &[&str]) -> i64 {
    let (out, _) = ok(data, &[&["list", "--count"], args].concat());
    out.trim().parse().unwrap()
}

// --- stats -----------------------------------------------------------------

#[test]
fn stats_table_on_the_list_fixture() {
    let (out, err) = ok(LIST, &["stats"]);
    assert!(err.is_empty(), "{err}");
    assert!(
        !out.contains('│') && !out.contains('█') && !out.contains('\u{1b}'),
        "{out}"
    );
    insta::assert_snapshot!("stats_list", out);
}

#[test]
fn stats_table_on_the_actions_fixture() {
    let (out, _) = ok(ACTIONS, &["stats"]);
    insta::assert_snapshot!("stats_actions", out);
}

#[test]
fn stats_breakdowns_by_place_qpv_numerique_year_and_status() {
    let s = stats_csv(LIST, &[]);
    assert_eq!(value(&s, "total", "fabriques"), 6);
    assert_eq!(value(&s, "total", "avec_erreurs"), 0);
    // Régions and départements by code; Corsica's 2A and 2B between 19 and 21.
    assert_eq!(section_keys(LIST, &[], "region"), ["01", "04", "53", "84", "94"]);
    assert_eq!(
        section_keys(LIST, &[], "departement"),
        ["01", "2A", "2B", "22", "971", "974"]
    );
    assert_eq!(value(&s, "region", "94"), 2);
    assert_eq!(value(&s, "departement", "2B"), 1);
    assert_eq!(
        (
            value(&s, "qpv", "qpv"),
            value(&s, "qpv", "hors_qpv"),
            value(&s, "qpv", "non_renseigne")
        ),
        (4, 2, 0)
    );
    // numerique: true twice, false once (la-case-numerique), absent three times.
    assert_eq!(
        (
            value(&s, "numerique", "numerique"),
            value(&s, "numerique", "non_numerique"),
            value(&s, "numerique", "non_renseigne")
        ),
        (2, 1, 3)
    );
    assert_eq!(section_keys(LIST, &[], "annee"), ["2019", "2020", "2021"]);
    assert_eq!(
        (
            value(&s, "annee", "2019"),
            value(&s, "annee", "2020"),
            value(&s, "annee", "2021")
        ),
        (3, 2, 1)
    );
    assert_eq!(section_keys(LIST, &[], "vague"), ["non_renseigne"]);
    assert_eq!(
        section_keys(LIST, &[], "statut"),
        ["en_projet", "en_activite", "fermee", "non_renseigne"]
    );
    assert_eq!(
        (
            value(&s, "statut", "en_projet"),
            value(&s, "statut", "en_activite"),
            value(&s, "statut", "non_renseigne")
        ),
        (1, 1, 4)
    );
    // The actions fixture has waves and every status.
    assert_eq!(section_keys(ACTIONS, &[], "vague"), ["1", "2", "non_renseigne"]);
    let a = stats_csv(ACTIONS, &[]);
    assert_eq!(
        (
            value(&a, "vague", "1"),
            value(&a, "vague", "2"),
            value(&a, "vague", "non_renseigne")
        ),
        (2, 3, 2)
    );
    assert_eq!(
        (
            value(&a, "statut", "en_projet"),
            value(&a, "statut", "en_activite"),
            value(&a, "statut", "fermee"),
            value(&a, "statut", "non_renseigne")
        ),
        (1, 2, 1, 3)
    );
}

#[test]
fn stats_actions_count_fabriques_at_their_most_advanced_status() {
    let s = stats_csv(ACTIONS, &[]);
    // grenoble-fab does a fablab and plans laser cutting: it counts as « fait ».
    assert_eq!(
        (
            value(&s, "actions", "fablab.fait"),
            value(&s, "actions", "fablab.commence"),
            value(&s, "actions", "fablab.envisage"),
            value(&s, "actions", "fablab.non_renseigne"),
            value(&s, "actions", "fablab.total")
        ),
        (5, 1, 1, 0, 7)
    );
    assert_eq!(value(&s, "actions", "alimentation.envisage"), 1);
    assert_eq!(value(&s, "actions", "culture.fait"), 3);
    // Categories in the vocabulary's order.
    let keys: Vec<String> = section_keys(ACTIONS, &[], "actions")
        .into_iter()
        .filter(|k| k.ends_with(".total"))
        .collect();
    assert_eq!(
        keys,
        [
            "coworking.total",
            "fablab.total",
            "formation.total",
            "inclusion_numerique.total",
            "culture.total",
            "alimentation.total",
            "reemploi.total"
        ]
    );
}

#[test]
fn stats_criteria_and_funding() {
    let s = stats_csv(LIST, &[]);
    // The list fixture documents criteria 1 to 4 and 6 everywhere; only
    // three fabriques have two categories done.
    assert_eq!(value(&s, "criteres", "critere-communaute"), 6);
    assert_eq!(value(&s, "criteres", "critere-offre-diversifiee"), 3);
    assert_eq!(value(&s, "criteres", "critere-offre-adaptee"), 6);
    assert_eq!(value(&s, "financement", "fiches"), 0);
    assert_eq!(value(&s, "financement", "total"), 0);
    let a = stats_csv(ACTIONS, &[]);
    assert_eq!(value(&a, "financement", "fiches"), 2);
    assert_eq!(value(&a, "financement", "annuel.2019"), 50_000);
    assert_eq!(value(&a, "financement", "annuel.2020"), 100_000);
    assert_eq!(value(&a, "financement", "annuel"), 150_000);
    assert_eq!(value(&a, "financement", "bonus_numerique"), 20_000);
    assert_eq!(value(&a, "financement", "total"), 170_000);
    let (out, _) = ok(ACTIONS, &["stats"]);
    assert!(squeeze(&out).contains("total, bonus compris 170 000 €"), "{out}");
    let (out, _) = ok(ACTIONS, &["--lang", "en", "stats"]);
    assert!(squeeze(&out).contains("total, bonus included €170,000"), "{out}");
    assert!(out.contains("Programme progress"), "{out}");
}

#[test]
fn stats_measure_progress_against_the_programme() {
    let s = stats_csv(ACTIONS, &[]);
    let line = |key: &str| s[&("programme".to_string(), key.to_string())];
    assert_eq!(line("fabriques"), (7, Some(300)));
    assert_eq!(line("qpv"), (4, Some(150)));
    // Aix-les-Bains and Albertville: outside a QPV, small communes.
    assert_eq!(line("hors_qpv_hors_grands_centres"), (2, Some(150)));
    // Lyon: outside a QPV, 519,127 inhabitants — counted apart.
    assert_eq!(line("hors_qpv_grands_centres"), (1, None));
    assert_eq!(line("hors_qpv_commune_inconnue"), (0, None));
    assert_eq!(line("numerique"), (1, Some(30)));

    let (out, err) = ok(ACTIONS, &["stats"]);
    let out = squeeze(&out);
    assert!(
        out.contains("fabriques labellisées 7 300 #................... 2 %"),
        "{out}"
    );
    assert!(out.contains("en QPV 4 150 #................... 3 %"), "{out}");
    assert!(
        out.contains("hors QPV, hors des grands centres urbains 2 150 #................... 1 %"),
        "{out}"
    );
    assert!(
        out.contains("hors QPV, dans une commune de plus de 100 000 habitants 1"),
        "{out}"
    );
    assert!(
        out.contains("Fabriques numériques de territoire 1 environ 30 #................... 3 %"),
        "{out}"
    );
    assert!(out.contains("à titre indicatif"), "{out}");
    // Information, never an error.
    assert!(err.is_empty(), "{err}");

    // A register at the programme's figures fills the bars.
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("data")).unwrap();
    let complete = std::fs::read_to_string(root().join("tests/fixtures/complete/data/complete.toml")).unwrap();
    for i in 0..300 {
        let text = if i < 150 {
            complete.clone()
        } else {
            complete.replace("qpv = true", "qpv = false")
        };
        std::fs::write(dir.path().join(format!("data/f{i:03}.toml")), text).unwrap();
    }
    let (code, out, _) = run(fabriques(dir.path()).args(["stats"]));
    assert_eq!(code, 0);
    let out = squeeze(&out);
    assert!(
        out.contains("fabriques labellisées 300 300 #################### 100 %"),
        "{out}"
    );
    assert!(out.contains("en QPV 150 150 #################### 100 %"), "{out}");
    assert!(
        out.contains("hors QPV, hors des grands centres urbains 150 150 #################### 100 %"),
        "{out}"
    );
}

#[test]
fn stats_json_has_one_key_per_section() {
    let (out, _) = ok(ACTIONS, &["stats", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let keys: Vec<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
    for k in [
        "fabriques",
        "avec_erreurs",
        "programme",
        "region",
        "departement",
        "qpv",
        "numerique",
        "annee",
        "vague",
        "statut",
        "actions",
        "criteres",
        "financement",
    ] {
        assert!(keys.contains(&k), "{k}: {keys:?}");
    }
    assert_eq!(json["fabriques"], 7);
    assert_eq!(json["programme"][0]["key"], "fabriques");
    assert_eq!(json["programme"][0]["target"], 300);
    assert_eq!(json["programme"][0]["unit"], "fabriques");
    assert_eq!(json["region"][0]["key"], "53");
    assert_eq!(json["region"][0]["label"], "Bretagne");
    assert_eq!(json["region"][1]["value"], 6);
    let fablab = json["actions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["key"] == "fablab")
        .unwrap();
    assert_eq!(fablab["fait"], 5);
    assert_eq!(fablab["commence"], 1);
    assert_eq!(fablab["envisage"], 1);
    assert_eq!(fablab["non_renseigne"], 0);
    assert_eq!(fablab["total"], 7);
    let total = json["financement"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["key"] == "total")
        .unwrap();
    assert_eq!(total["value"], 170_000);
    assert_eq!(total["unit"], "euros");
    assert_eq!(total["target"], serde_json::Value::Null);
}

#[test]
fn stats_agree_with_list_count_under_the_same_filters() {
    let combos: &[&[&str]] = &[
        &[],
        &["--qpv"],
        &["--hors-qpv"],
        &["--region", "84"],
        &["--action", "fablab"],
        &["--annee", "2019,2020"],
        &["--departement", "73", "--numerique"],
        &["--cherche", "lab"],
    ];
    for data in [LIST, ACTIONS] {
        for filters in combos {
            let s = stats_csv(data, filters);
            let uses = |flag: &str| filters.iter().any(|f| f.starts_with(flag));
            let with = |extra: &[&str]| list_count(data, &[*filters, extra].concat());
            let at = format!("{data} {filters:?}");
            assert_eq!(value(&s, "total", "fabriques"), with(&[]), "{at}");
            assert_eq!(value(&s, "programme", "fabriques"), with(&[]), "{at}");
            if !uses("--qpv") && !uses("--hors-qpv") {
                assert_eq!(value(&s, "qpv", "qpv"), with(&["--qpv"]), "{at}");
                assert_eq!(value(&s, "programme", "qpv"), with(&["--qpv"]), "{at}");
                assert_eq!(value(&s, "qpv", "hors_qpv"), with(&["--hors-qpv"]), "{at}");
            }
            if !uses("--numerique") {
                assert_eq!(value(&s, "numerique", "numerique"), with(&["--numerique"]), "{at}");
                assert_eq!(value(&s, "programme", "numerique"), with(&["--numerique"]), "{at}");
                // An unrecorded `numerique` counts as not, as in `list`.
                assert_eq!(
                    value(&s, "numerique", "non_numerique") + value(&s, "numerique", "non_renseigne"),
                    with(&["--non-numerique"]),
                    "{at}"
                );
            }
            if !uses("--departement") {
                for d in section_keys(data, filters, "departement") {
                    assert_eq!(value(&s, "departement", &d), with(&["--departement", &d]), "{at} {d}");
                }
            }
            if !uses("--region") {
                for r in section_keys(data, filters, "region") {
                    assert_eq!(value(&s, "region", &r), with(&["--region", &r]), "{at} {r}");
                }
            }
            if !uses("--annee") {
                for y in section_keys(data, filters, "annee") {
                    assert_eq!(value(&s, "annee", &y), with(&["--annee", &y]), "{at} {y}");
                }
            }
            if !uses("--action") {
                for c in ["fablab", "coworking", "culture"] {
                    assert_eq!(
                        value(&s, "actions", &format!("{c}.fait")),
                        with(&["--action", c, "--statut", "fait"]),
                        "{at} {c}"
                    );
                    assert_eq!(
                        value(&s, "actions", &format!("{c}.total")),
                        with(&["--action", c]),
                        "{at} {c}"
                    );
                }
            }
        }
    }
}

#[test]
fn empty_selections_print_zeros_and_say_so() {
    let (out, err) = ok(LIST, &["stats", "--annee", "2030"]);
    assert!(out.starts_with("0 fabrique\n"), "{out}");
    assert!(err.contains("aucune fabrique ne correspond"), "{err}");
    let (_, err) = ok(LIST, &["actions", "--annee", "2030"]);
    assert!(err.contains("aucune fabrique ne correspond"), "{err}");
    let (out, err) = ok(LIST, &["liens"]);
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("aucun lien"), "{err}");
}

#[test]
fn unknown_filter_values_exit_2() {
    for command in ["stats", "actions", "liens"] {
        for args in [
            &["--action", "fab_lab"][..],
            &["--departement", "Savoi"],
            &["--commune", "Zzyzx-Qwkv"],
            &["--statut-fabrique", "ouverte"],
        ] {
            let (code, out, err) = run(fabriques(&root()).args(["--data", LIST, command]).args(args));
            assert_eq!(code, 2, "{command} {args:?}: {out}");
            assert!(out.is_empty(), "{command} {args:?}: {out}");
            assert!(err.contains(args[0]), "{command} {args:?}: {err}");
        }
        let (code, _, err) = run(fabriques(&root()).args(["--data", LIST, command, "--format", "svg"]));
        assert_eq!(code, 2, "{command}: {err}");
    }
    // The flags are checked before any file is read.
    let (code, _, err) = run(fabriques(&root()).args(["--data", "nulle-part", "actions", "--commune", "Zzyzx-Qwkv"]));
    assert_eq!(code, 2);
    assert!(err.contains("--commune"), "{err}");
}

#[test]
fn records_with_errors_are_counted_not_hidden() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("data")).unwrap();
    let write = |name: &str, text: &str| std::fs::write(dir.path().join("data").join(name), text).unwrap();
    write("casse.toml", "nom = \"Casse\"\nqpv = \"oui\"\n");
    write("illisible.toml", "nom = \n");
    write(
        "bizarre.toml",
        r#"nom = "Bizarre"
qpv = false
statut = "ouverte"
sources = ["x"]
[labellisation]
annee = 2019
[adresse]
code_postal = "73000"
commune = "Chambéry"
latitude = nan
longitude = inf
[structure_porteuse]
nom = "S"
[financement]
annuel = { 2020 = 9223372036854775807, 2021 = 9223372036854775807 }
[[actions]]
categorie = "fablab"
[[actions]]
categorie = ["zzz", "fablab"]
statut = "fini"
sous_action = "Truc"
[[liens]]
type = "visite"
[[liens]]
fabrique = "Bad Id \"x\""
"#,
    );
    let data = dir.path().join("data");
    let data = data.to_str().unwrap();
    let s = stats_csv(data, &[]);
    assert_eq!(value(&s, "total", "fabriques"), 3);
    assert_eq!(value(&s, "total", "avec_erreurs"), 3);
    assert_eq!(value(&s, "qpv", "non_renseigne"), 2);
    assert_eq!(value(&s, "departement", "non_renseigne"), 2);
    assert_eq!(value(&s, "statut", "ouverte"), 1);
    assert_eq!(value(&s, "actions", "fablab.non_renseigne"), 1);
    assert_eq!(value(&s, "actions", "zzz.total"), 1);
    // Absurd amounts saturate instead of overflowing.
    assert_eq!(value(&s, "financement", "annuel"), i64::MAX);
    let (_, err) = ok(data, &["stats"]);
    assert!(err.contains("3 fiche(s) comptée(s) avec des erreurs"), "{err}");
    // NaN and infinite coordinates give no distance.
    let rows = actions_csv(data, &["--commune", "Chambéry"]);
    assert!(
        rows.iter().all(|r| r[2] == "non_renseigne" && r[5].is_empty()),
        "{rows:?}"
    );
    let (out, _) = ok(data, &["actions"]);
    assert!(squeeze(&out).contains("non renseigné"), "{out}");
    // A link without a destination is listed; an odd id is drawn escaped.
    let (out, err) = ok(data, &["liens", "--format", "csv"]);
    assert_eq!(
        out,
        "de,de_nom,vers,vers_nom,type,date,note,inconnue\nbizarre,Bizarre,,,visite,,,true\nbizarre,Bizarre,\"Bad Id \"\"x\"\"\",,,,,true\n"
    );
    assert!(err.contains("2 lien(s) vers une fiche inconnue"), "{err}");
    let (dot, _) = ok(data, &["liens", "--format", "dot"]);
    assert!(
        dot.contains(r#"  "bizarre" -> "Bad Id \"x\"" [style=dashed];"#),
        "{dot}"
    );
    let (mermaid, _) = ok(data, &["liens", "--format", "mermaid"]);
    assert!(mermaid.contains("  f_bizarre -.-> f_Bad_Id__x_\n"), "{mermaid}");
    for format in ["table", "json"] {
        ok(data, &["liens", "--format", format]);
        ok(data, &["stats", "--format", format]);
        ok(data, &["actions", "--format", format]);
    }
}

// --- actions ---------------------------------------------------------------

/// `actions --format csv`: (categorie, sous_action, statut, id, proximite,
/// distance_km) per line.
fn actions_csv(data: &str, args: &[&str]) -> Vec<[String; 6]> {
    let (out, _) = ok(data, &[&["actions", "--format", "csv"], args].concat());
    let mut r = csv::Reader::from_reader(out.as_bytes());
    assert_eq!(
        r.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "categorie",
            "sous_action",
            "statut",
            "id",
            "nom",
            "commune",
            "departement",
            "proximite",
            "distance_km"
        ]
    );
    r.records()
        .map(Result::unwrap)
        .map(|x| [&x[0], &x[1], &x[2], &x[3], &x[7], &x[8]].map(str::to_string))
        .collect()
}

/// The ids of the category row of `categorie`, in order, with their status.
fn ranked(rows: &[[String; 6]], categorie: &str) -> Vec<(String, String)> {
    rows.iter()
        .filter(|r| r[0] == categorie && r[1].is_empty())
        .map(|r| (r[2].clone(), r[3].clone()))
        .collect()
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

#[test]
fn actions_matrix_has_a_row_per_category_and_sub_action() {
    let (out, _) = ok(ACTIONS, &["actions"]);
    insta::assert_snapshot!("actions_matrix", out);
    let rows = actions_csv(ACTIONS, &[]);
    // Without a reference place: by status, then by name.
    assert_eq!(
        ranked(&rows, "fablab"),
        pairs(&[
            ("fait", "aix-fab"),
            ("fait", "annecy-fab"),
            ("fait", "chambery-fab"),
            ("fait", "grenoble-fab"),
            ("fait", "rennes-fab"),
            ("commence", "lyon-fab"),
            ("envisage", "albertville-fab"),
        ])
    );
    // The sub-action rows keep their own status.
    let laser: Vec<&[String; 6]> = rows.iter().filter(|r| r[1] == "Découpe laser").collect();
    assert_eq!(laser.len(), 1);
    assert_eq!(
        (laser[0][2].as_str(), laser[0][3].as_str()),
        ("envisage", "grenoble-fab")
    );
    assert!(rows.iter().all(|r| r[4].is_empty() && r[5].is_empty()));
}

#[test]
fn actions_on_the_bundled_register() {
    let (code, out, _) = run(fabriques(&root()).arg("actions"));
    assert_eq!(code, 0);
    insta::assert_snapshot!("actions_bundled", out);
}

#[test]
fn actions_fablab_from_a_commune_nearest_first() {
    let rows = actions_csv(ACTIONS, &["--action", "fablab", "--commune", "Chambéry"]);
    // Doers first; then same commune, département, région, elsewhere;
    // within a group by distance, unknown distances last.
    assert_eq!(
        rows.iter()
            .filter(|r| r[1].is_empty())
            .map(|r| (r[2].as_str(), r[3].as_str(), r[4].as_str(), r[5].as_str()))
            .collect::<Vec<_>>(),
        [
            ("fait", "chambery-fab", "commune", "0"),
            ("fait", "aix-fab", "departement", "13.8"),
            ("fait", "annecy-fab", "region", "40.7"),
            ("fait", "grenoble-fab", "region", ""),
            ("fait", "rennes-fab", "ailleurs", "643.3"),
            ("commence", "lyon-fab", "region", "87"),
            ("envisage", "albertville-fab", "departement", ""),
        ]
    );
    // A sub-action row is there too (Aix's 3D printers), after the category row.
    assert_eq!(rows.len(), 7 + 2);
    let (out, _) = ok(ACTIONS, &["actions", "--action", "fablab", "--commune", "Chambéry"]);
    insta::assert_snapshot!("actions_fablab_chambery", out);
}

#[test]
fn actions_distances_come_from_the_reference_communes_fabriques() {
    let rows = actions_csv(ACTIONS, &["--action", "fablab", "--commune", "Aix-les-Bains"]);
    assert_eq!(
        ranked(&rows, "fablab"),
        pairs(&[
            ("fait", "aix-fab"),
            ("fait", "chambery-fab"),
            ("fait", "annecy-fab"),
            ("fait", "grenoble-fab"),
            ("fait", "rennes-fab"),
            ("commence", "lyon-fab"),
            ("envisage", "albertville-fab"),
        ])
    );
    let annecy = rows.iter().find(|r| r[3] == "annecy-fab").unwrap();
    assert_eq!(annecy[5], "28.7");
}

#[test]
fn actions_without_coordinates_fall_back_to_departement_then_region() {
    // Grenoble's fabrique has no coordinates: no distance at all.
    let rows = actions_csv(ACTIONS, &["--action", "fablab", "--commune", "Grenoble"]);
    assert_eq!(
        ranked(&rows, "fablab"),
        pairs(&[
            ("fait", "grenoble-fab"),
            ("fait", "aix-fab"),
            ("fait", "annecy-fab"),
            ("fait", "chambery-fab"),
            ("fait", "rennes-fab"),
            ("commence", "lyon-fab"),
            ("envisage", "albertville-fab"),
        ])
    );
    assert!(rows.iter().all(|r| r[5].is_empty()));
    let (out, _) = ok(ACTIONS, &["actions", "--action", "fablab", "--commune", "Grenoble"]);
    assert!(out.contains("n'a de coordonnées"), "{out}");

    // A département: that département first, then its région, then the rest.
    let rows = actions_csv(ACTIONS, &["--action", "fablab", "--departement", "Haute-Savoie"]);
    assert_eq!(
        rows.iter()
            .filter(|r| r[1].is_empty())
            .map(|r| (r[3].as_str(), r[4].as_str()))
            .collect::<Vec<_>>(),
        [
            ("annecy-fab", "departement"),
            ("aix-fab", "region"),
            ("chambery-fab", "region"),
            ("grenoble-fab", "region"),
            ("rennes-fab", "ailleurs"),
            ("lyon-fab", "region"),
            ("albertville-fab", "region"),
        ]
    );
    // A commune with no fabrique at all: its département, then its région.
    let rows = actions_csv(
        ACTIONS,
        &["--action", "fablab", "--statut", "fait", "--commune", "Albertville"],
    );
    assert_eq!(
        ranked(&rows, "fablab"),
        pairs(&[
            ("fait", "aix-fab"),
            ("fait", "chambery-fab"),
            ("fait", "annecy-fab"),
            ("fait", "grenoble-fab"),
            ("fait", "rennes-fab"),
        ])
    );
}

#[test]
fn actions_place_flags_order_and_other_flags_filter() {
    // --commune does not filter in `actions`: Rennes is still there.
    let rows = actions_csv(ACTIONS, &["--commune", "Chambéry"]);
    assert!(rows.iter().any(|r| r[3] == "rennes-fab"));
    // The other filters filter.
    let rows = actions_csv(ACTIONS, &["--region", "84", "--commune", "Chambéry"]);
    assert!(!rows.iter().any(|r| r[3] == "rennes-fab"));
    // --statut keeps only the statuses asked for.
    let rows = actions_csv(ACTIONS, &["--action", "fablab", "--statut", "fait"]);
    assert!(rows.iter().all(|r| r[2] == "fait"), "{rows:?}");
    assert_eq!(ranked(&rows, "fablab").len(), 5);
    // --action keeps only the categories asked for.
    let rows = actions_csv(ACTIONS, &["--action", "culture,reemploi"]);
    let mut categories: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    categories.dedup();
    assert_eq!(categories, ["culture", "reemploi"]);
}

#[test]
fn actions_json_shape() {
    let (out, _) = ok(
        ACTIONS,
        &[
            "actions",
            "--format",
            "json",
            "--action",
            "fablab",
            "--commune",
            "73065",
        ],
    );
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["reference"]["communes"][0]["nom"], "Chambéry");
    assert_eq!(json["reference"]["points"], 1);
    let fablab = &json["actions"][0];
    assert_eq!(fablab["categorie"], "fablab");
    assert_eq!(fablab["libelle"], "Fablab");
    assert_eq!(fablab["sous_action"], serde_json::Value::Null);
    let statuts: Vec<&str> = fablab["statuts"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    for k in ["fait", "commence", "envisage", "non_renseigne"] {
        assert!(statuts.contains(&k), "{statuts:?}");
    }
    assert_eq!(fablab["statuts"]["fait"][1]["id"], "aix-fab");
    assert_eq!(fablab["statuts"]["fait"][1]["departement"], "73");
    assert_eq!(fablab["statuts"]["fait"][1]["proximite"], "departement");
    assert_eq!(fablab["statuts"]["fait"][1]["distance_km"], 13.8);
    assert_eq!(fablab["statuts"]["envisage"][0]["distance_km"], serde_json::Value::Null);
    assert_eq!(json["actions"][1]["sous_action"], "Découpe laser");
    // Without a place, no reference.
    let (out, _) = ok(ACTIONS, &["actions", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["reference"], serde_json::Value::Null);
}

// --- liens -----------------------------------------------------------------

#[test]
fn liens_table_lists_links_and_counts_and_marks_unknown_ids() {
    let (out, err) = ok(LIENS, &["liens"]);
    insta::assert_snapshot!("liens_table", out);
    assert!(out.contains("⚠ lab02"), "{out}");
    assert!(err.contains("1 lien(s) vers une fiche inconnue"), "{err}");
    let (out, _) = ok(LIENS, &["--lang", "en", "liens"]);
    assert!(out.contains("Links between fabriques"), "{out}");
}

#[test]
fn liens_csv_and_json() {
    let (out, _) = ok(LIENS, &["liens", "--format", "csv"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "de,de_nom,vers,vers_nom,type,date,note,inconnue");
    assert_eq!(
        lines[1],
        "atelier-du-soleil,Atelier du Soleil,la-ruche,\"La \"\"Ruche\"\" <#1> & Cie | Villeurbanne\",partenariat,2020-09-01,Atelier commun,false"
    );
    assert_eq!(
        lines[3],
        "cafe-des-possibles,Café des possibles,lab02,,visite,2022-05-10,,true"
    );
    assert_eq!(lines.len(), 5);
    let (out, _) = ok(LIENS, &["liens", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["liens"].as_array().unwrap().len(), 4);
    assert_eq!(json["liens"][2]["vers"], "lab02");
    assert_eq!(json["liens"][2]["inconnue"], true);
    assert_eq!(json["liens"][2]["vers_nom"], serde_json::Value::Null);
    assert_eq!(json["liens"][3]["date"], "2021-03-04");
    // Most linked first; the isolated fabrique has no line.
    assert_eq!(json["fabriques"][0]["id"], "cafe-des-possibles");
    assert_eq!(json["fabriques"][0]["sortants"], 2);
    assert_eq!(json["fabriques"][0]["entrants"], 1);
    assert_eq!(json["fabriques"].as_array().unwrap().len(), 3);
}

#[test]
fn liens_dot_and_mermaid_escape_labels() {
    let (dot, _) = ok(LIENS, &["liens", "--format", "dot"]);
    insta::assert_snapshot!("liens_dot", dot);
    assert!(
        dot.starts_with("digraph fabriques {\n") && dot.ends_with("}\n"),
        "{dot}"
    );
    assert!(
        dot.contains(r#""la-ruche" [label="La \"Ruche\" <#1> & Cie | Villeurbanne"];"#),
        "{dot}"
    );
    assert!(
        dot.contains(r#""lab02" [label="lab02 (fiche inconnue)", style=dashed];"#),
        "{dot}"
    );
    assert!(
        dot.contains(r#""la-ruche" -> "cafe-des-possibles" [label="contribution 2021-03-04"];"#),
        "{dot}"
    );
    let (mermaid, _) = ok(LIENS, &["liens", "--format", "mermaid"]);
    insta::assert_snapshot!("liens_mermaid", mermaid);
    assert!(mermaid.starts_with("graph LR\n"), "{mermaid}");
    assert!(
        mermaid.contains(r#"f_la_ruche["La #quot;Ruche#quot; #lt;#35;1#gt; #amp; Cie #124; Villeurbanne"]"#),
        "{mermaid}"
    );
    assert!(
        mermaid.contains("f_lab02[\"lab02 (fiche inconnue)\"]:::inconnue"),
        "{mermaid}"
    );
    assert!(
        mermaid.contains("f_cafe_des_possibles -.->|\"visite 2022-05-10\"| f_lab02"),
        "{mermaid}"
    );
}

#[test]
fn liens_shows_every_link_touching_the_selection() {
    // Marseille's fabrique: its link out and the link in, with fabriques
    // elsewhere; not the others.
    let (out, err) = ok(LIENS, &["liens", "--format", "csv", "--departement", "13"]);
    let links: Vec<&str> = out.lines().skip(1).collect();
    assert_eq!(links.len(), 2, "{out}");
    assert!(links[0].starts_with("atelier-du-soleil,") && links[1].starts_with("cafe-des-possibles,"));
    assert!(err.is_empty(), "{err}");
    // The drawing names the fabrique outside the selection, as known.
    let (dot, _) = ok(LIENS, &["liens", "--format", "dot", "--departement", "13"]);
    assert!(
        dot.contains(r#""cafe-des-possibles" [label="Café des possibles"];"#),
        "{dot}"
    );
    assert!(!dot.contains("lab02"), "{dot}");
}
