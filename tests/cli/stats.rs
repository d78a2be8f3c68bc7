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

use crate::actions::actions_csv;

use crate::{fabriques, root, run};

pub(crate) const LIST: &str = "tests/fixtures/list/data";
pub(crate) const ACTIONS: &str = "tests/fixtures/actions/data";
pub(crate) const LIENS: &str = "tests/fixtures/liens/data";

/// Runs `fabriques --data DATA ARGS` from the repository root; asserts exit
/// code 0 and returns (stdout, stderr).
pub(crate) fn ok(data: &str, args: &[&str]) -> (String, String) {
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
        ["section", "key", "label", "value", "unit", "target", "unknown"]
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
                assert_eq!(value(&s, "qpv", "non_renseigne"), with(&["--qpv", "inconnu"]), "{at}");
            }
            if !uses("--numerique") {
                assert_eq!(value(&s, "numerique", "numerique"), with(&["--numerique"]), "{at}");
                assert_eq!(value(&s, "programme", "numerique"), with(&["--numerique"]), "{at}");
                // An unrecorded `numerique` is unknown, never « non », in
                // both commands.
                assert_eq!(
                    value(&s, "numerique", "non_numerique"),
                    with(&["--non-numerique"]),
                    "{at}"
                );
                assert_eq!(
                    value(&s, "numerique", "non_renseigne"),
                    with(&["--numerique", "inconnu"]),
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
