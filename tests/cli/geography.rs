//! The geography checks of `validate` against the real reference table, and
//! `fabriques geo`.

use std::fs;

use crate::{fabriques, positions, root, run, validate_json, Pos};

/// The complete fixture record (it triggers no rule) moved to this address
/// (it has qpv = true, so that no large-city warning applies).
fn record(cp: &str, commune: &str, extra: &str) -> String {
    let complete = fs::read_to_string(root().join("tests/fixtures/complete/data/complete.toml")).unwrap();
    complete.replace(
        "code_postal = \"73000\"\ncommune = \"Chambéry\"\n",
        &format!("code_postal = \"{cp}\"\ncommune = \"{commune}\"\n{extra}"),
    )
}

/// Validates one record per (id, content); returns the diagnostics' (rule, file, line, column) and messages.
fn check(records: &[(&str, String)]) -> (i32, Vec<Pos>, serde_json::Value) {
    let dir = tempfile::tempdir().unwrap();
    for (id, text) in records {
        // Each record its own name, so that none is a duplicate of another.
        let text = text.replace("Fabrique d'essai", id);
        fs::write(dir.path().join(format!("{id}.toml")), text).unwrap();
    }
    let settings = root().join("tests/fixtures/fabriques.toml").display().to_string();
    let (code, json) = validate_json(dir.path(), &["--config", &settings]);
    (code, positions(&json), json)
}

#[test]
fn addresses_across_france_validate() {
    let (code, found, _) = check(&[
        (
            "amberieu",
            record(
                "01500",
                "Ambérieu-en-Bugey",
                "code_insee = \"01004\"\nlatitude = 45.954025\nlongitude = 5.344821\n",
            ),
        ),
        ("ajaccio", record("20000", "Ajaccio", "code_insee = \"2A004\"\n")),
        ("bastia", record("20200", "Bastia", "code_insee = \"2B033\"\n")),
        (
            "pointe-a-pitre",
            record("97110", "Pointe-à-Pitre", "code_insee = \"97120\"\n"),
        ),
        (
            "saint-denis-reunion",
            record(
                "97400",
                "Saint-Denis",
                "code_insee = \"97411\"\nlatitude = -20.8789\nlongitude = 55.4481\n",
            ),
        ),
        ("paris-10", record("75010", "Paris", "code_insee = \"75056\"\n")),
        (
            "paris-10-arrondissement",
            record("75010", "Paris 10e Arrondissement", "code_insee = \"75110\"\n"),
        ),
        ("lyon", record("69001", "Lyon", "")),
        ("marseille", record("13001", "Marseille", "")),
    ]);
    assert_eq!((code, found), (0, vec![]));
}

#[test]
fn the_raw_monscobar_line_is_flagged_with_lille_suggested() {
    let (code, json) = validate_json(&root().join("tests/fixtures/monscobar-source/data"), &[]);
    assert_eq!(code, 1);
    let d = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == "commune")
        .unwrap();
    assert!(d["message"].as_str().unwrap().contains("« Lille Roubaix »"));
    assert!(
        d["help"]
            .as_str()
            .unwrap()
            .starts_with("le code postal 59000 dessert « Lille »"),
        "{d}"
    );
}

#[test]
fn a_loose_spelling_is_a_warning_naming_the_official_name() {
    let (code, found, json) = check(&[("a", record("42000", "St Etienne", ""))]);
    assert_eq!(code, 0);
    assert_eq!(found[0].0, "commune-orthographe");
    assert!(json["diagnostics"][0]["help"]
        .as_str()
        .unwrap()
        .contains("commune = \"Saint-Étienne\""));
}

#[test]
fn wrong_and_unknown_codes_are_errors() {
    let (code, found, json) = check(&[
        ("format", record("1500", "Ambérieu-en-Bugey", "")),
        (
            "insee-inconnu",
            record("01500", "Ambérieu-en-Bugey", "code_insee = \"01999\"\n"),
        ),
        (
            "insee-mal-forme",
            record("01500", "Ambérieu-en-Bugey", "code_insee = \"1004\"\n"),
        ),
        ("insee-autre-cp", record("01500", "Lyon", "code_insee = \"69123\"\n")),
    ]);
    assert_eq!(code, 1);
    let rules: Vec<(&str, &str)> = found.iter().map(|(r, f, ..)| (r.as_str(), f.as_str())).collect();
    assert_eq!(
        rules,
        [
            ("code-postal", "format.toml"),
            ("code-postal", "insee-autre-cp.toml"),
            ("code-insee", "insee-inconnu.toml"),
            ("code-insee", "insee-mal-forme.toml"),
        ]
    );
    let messages: Vec<&str> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["message"].as_str().unwrap())
        .collect();
    assert!(
        messages.contains(
            &"le code postal 01500 ne dessert pas « Lyon » (69123), que désignent le code INSEE et la commune"
        ),
        "{messages:?}"
    );
}

#[test]
fn a_former_commune_code_is_a_warning_naming_the_current_commune() {
    // 74011 was Annecy-le-Vieux, a commune déléguée of Annecy (74010) since 2017.
    let (code, found, json) = check(&[("a", record("74940", "Annecy", "code_insee = \"74011\"\n"))]);
    assert_eq!(code, 0, "{json}");
    assert_eq!(found[0].0, "commune-ancienne");
    assert!(
        json["diagnostics"][0]["message"]
            .as_str()
            .unwrap()
            .contains("« Annecy »"),
        "{json}"
    );
}

#[test]
fn coordinates_outside_france_or_in_another_region_are_errors() {
    let (code, found, json) = check(&[
        (
            "ocean",
            record("01500", "Ambérieu-en-Bugey", "latitude = 45.0\nlongitude = -30.0\n"),
        ),
        (
            "reunion",
            record(
                "01500",
                "Ambérieu-en-Bugey",
                "latitude = -20.8789\nlongitude = 55.4481\n",
            ),
        ),
    ]);
    assert_eq!(code, 1);
    assert_eq!(found.iter().filter(|f| f.0 == "coordonnees").count(), 2, "{json}");
}

#[test]
fn geo_prints_what_the_reference_knows() {
    let (code, out, _) = run(fabriques(&root()).args(["geo", "Ambérieu-en-Bugey"]));
    assert_eq!(code, 0);
    for fact in ["01004", "01500", "Ain", "Auvergne-Rhône-Alpes"] {
        assert!(out.contains(fact), "{fact}: {out}");
    }
    let (_, out, _) = run(fabriques(&root()).args(["geo", "--format", "json", "2A004"]));
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json[0]["nom"], "Ajaccio");
    assert_eq!(json[0]["departement"]["code"], "2A");
    let (code, _, err) = run(fabriques(&root()).args(["geo", "Zzyzx-Qwkv"]));
    assert_eq!(code, 1);
    assert!(!err.is_empty());
}

// ----- issue 14: geography that holds on real data -----

/// `tests/fixtures/geography/<dir>/data`.
fn geography(dir: &str) -> std::path::PathBuf {
    root().join("tests/fixtures/geography").join(dir).join("data")
}

fn settings() -> String {
    root().join("tests/fixtures/fabriques.toml").display().to_string()
}

/// The diagnostics of `validate` on a fixture register: (rule, file name,
/// line, column, message, help).
fn diagnostics(dir: &str) -> Vec<(String, String, u64, u64, String, String)> {
    let (_, json) = validate_json(&geography(dir), &["--config", &settings()]);
    let found = positions(&json);
    json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .zip(found)
        .map(|(d, (rule, file, line, column))| {
            let text = |k: &str| d[k].as_str().unwrap_or_default().to_string();
            (rule, file, line, column, text("message"), text("help"))
        })
        // What the records leave unknown (their `numerique`) is not
        // geography.
        .filter(|d| d.0 != "a-completer")
        .collect()
}

/// The one diagnostic of `file` in the geography register.
fn only(file: &str) -> (String, u64, u64, String, String) {
    let all: Vec<_> = diagnostics("registre")
        .into_iter()
        .filter(|d| d.1 == file)
        .map(|(rule, _, line, column, message, help)| (rule, line, column, message, help))
        .collect();
    assert_eq!(all.len(), 1, "{file}: {all:?}");
    all.into_iter().next().unwrap()
}

/// `list` on the geography register: id → département code (CSV).
fn departements(extra: &[&str]) -> (i32, Vec<(String, String)>, String) {
    let (code, out, err) = run(fabriques(&root())
        .arg("--data")
        .arg(geography("registre"))
        .args(["--config", &settings()])
        .args(["list", "--format", "csv", "--colonnes", "id,departement"])
        .args(extra));
    let rows = out
        .lines()
        .skip(1)
        .map(|l| {
            let (id, dep) = l.split_once(',').unwrap();
            // « 73 Savoie » → « 73 ».
            (id.to_string(), dep.split(' ').next().unwrap_or_default().to_string())
        })
        .collect();
    (code, rows, err)
}

fn dep_of(rows: &[(String, String)], id: &str) -> String {
    rows.iter()
        .find(|(i, _)| i == id)
        .map(|(_, d)| d.clone())
        .unwrap_or_else(|| panic!("{id}: {rows:?}"))
}

/// Category 1 — A commune valid elsewhere: the communes the postal code serves first,
/// then every homonym with its postal code and département, and the move
/// across départements said.
#[test]
fn a_homonym_elsewhere_names_the_served_communes_then_every_homonym() {
    let (rule, line, column, message, help) = only("cesson.toml");
    assert_eq!((rule.as_str(), line, column), ("commune", 12, 11));
    assert_eq!(
        message,
        "« Cesson » n'est pas une commune desservie par le code postal 35510"
    );
    assert!(help.starts_with("le code postal 35510 dessert « Cesson-Sévigné » ; dans un autre département, « Cesson » désigne : Cesson (77240, 77 Seine-et-Marne)"), "{help}");
    assert!(help.contains("changerait alors de département"), "{help}");
    let (_, _, _, _, help) = only("saint-denis-paris-18.toml");
    assert!(
        help.starts_with("le code postal 75018 dessert « Paris 18e Arrondissement », « Paris »"),
        "{help}"
    );
    for homonym in [
        "Saint-Denis (11310, 11 Aude)",
        "Saint-Denis (30500, 30 Gard)",
        "Saint-Denis (93200, 93210, 93380, 93 Seine-Saint-Denis)",
        "Saint-Denis (97400, 97417, 97490, 974 La Réunion)",
    ] {
        assert!(help.contains(homonym), "{homonym}: {help}");
    }
    // Neither record gets a département: the name and the postal code
    // point to different ones.
    let (_, rows, _) = departements(&[]);
    assert_eq!(dep_of(&rows, "cesson"), "");
    assert_eq!(dep_of(&rows, "saint-denis-paris-18"), "");
}

/// Category 2 — An INSEE code against the postal code and the commune: the two that
/// agree win, and the message says so; with postal code "0" the code is
/// still checked against the commune.
#[test]
fn a_contradicted_insee_code_gives_no_departement() {
    let (rule, line, column, message, _) = only("paris-18-code-saint-denis.toml");
    assert_eq!((rule.as_str(), line, column), ("code-insee", 14, 14));
    assert_eq!(
        message,
        "le code INSEE 93066 désigne « Saint-Denis » (93 Seine-Saint-Denis), mais le code postal 75018 et la commune « Paris » désignent « Paris » (75 Paris) : c'est « Paris » qui est retenue"
    );
    let sophia: Vec<_> = diagnostics("registre")
        .into_iter()
        .filter(|d| d.1 == "sophia-antipolis.toml")
        .map(|d| (d.0, d.2, d.4))
        .collect();
    assert_eq!(
        sophia,
        [
            (
                "code-postal".into(),
                11,
                "« 0 » n'est pas un code postal : il faut cinq chiffres".into()
            ),
            (
                "code-insee".into(),
                13,
                "le code INSEE 14118 désigne « Caen », pas « Sophia Antipolis »".into()
            ),
        ]
    );
    let (_, rows, _) = departements(&[]);
    assert_eq!(dep_of(&rows, "paris-18-code-saint-denis"), "75");
    assert_eq!(dep_of(&rows, "sophia-antipolis"), "");
    let (_, rows, _) = departements(&["--departement", "14"]);
    assert!(rows.is_empty(), "{rows:?}");
}

/// Category 3 — A misspelt commune whose postal code serves one département keeps
/// that département for `list`, `stats` and exports; the error stands.
#[test]
fn a_misspelt_commune_keeps_its_postal_code_departement() {
    let (rule, _, _, _, help) = only("chamberie.toml");
    assert_eq!(rule, "commune");
    assert!(help.starts_with("le code postal 73000 dessert « Chambéry »"), "{help}");
    let (code, rows, _) = departements(&["--departement", "73"]);
    assert_eq!(code, 0);
    assert_eq!(rows, [("chamberie".to_string(), "73".to_string())]);
}

/// Category 4 — Coordinates in another département name it; checked in the
/// mainland, Corsica and each overseas département.
#[test]
fn coordinates_must_fall_in_the_communes_departement() {
    let (rule, line, column, message, _) = only("lab01-marseille.toml");
    assert_eq!((rule.as_str(), line, column), ("coordonnees", 13, 12));
    assert_eq!(
        message,
        "les coordonnées (43.2965, 5.3698) sont dans le département 13 Bouches-du-Rhône, pas dans celui de « Ambérieu-en-Bugey » (01 Ain)"
    );
    // (postal code, commune, a point in it, a point elsewhere in the same
    // territory or a neighbour).
    let places = [
        ("01500", "Ambérieu-en-Bugey", (45.9543, 5.3448), (45.7640, 4.8357)),
        ("20000", "Ajaccio", (41.9192, 8.7386), (42.6970, 9.4509)),
        ("20200", "Bastia", (42.6970, 9.4509), (41.9192, 8.7386)),
        ("97110", "Pointe-à-Pitre", (16.2411, -61.5331), (14.6161, -61.0588)),
        ("97200", "Fort-de-France", (14.6161, -61.0588), (16.2411, -61.5331)),
        ("97300", "Cayenne", (4.9372, -52.3260), (14.6161, -61.0588)),
        ("97400", "Saint-Denis", (-20.8821, 55.4507), (-12.7806, 45.2278)),
        ("97600", "Mamoudzou", (-12.7806, 45.2278), (-20.8821, 55.4507)),
    ];
    let mut records = Vec::new();
    for (i, (cp, commune, inside, outside)) in places.iter().enumerate() {
        let at = |p: (f64, f64)| format!("latitude = {}\nlongitude = {}\n", p.0, p.1);
        records.push((format!("dedans-{i}"), record(cp, commune, &at(*inside))));
        records.push((format!("dehors-{i}"), record(cp, commune, &at(*outside))));
        records.push((format!("inverse-{i}"), record(cp, commune, &at((inside.1, inside.0)))));
    }
    let refs: Vec<(&str, String)> = records.iter().map(|(id, t)| (id.as_str(), t.clone())).collect();
    let (code, found, json) = check(&refs);
    assert_eq!(code, 1);
    let mut files: Vec<(String, String)> = found.iter().map(|f| (f.1.clone(), f.0.clone())).collect();
    files.sort();
    let mut expected: Vec<(String, String)> = (0..places.len())
        .flat_map(|i| [format!("dehors-{i}.toml"), format!("inverse-{i}.toml")])
        .map(|f| (f, "coordonnees".to_string()))
        .collect();
    expected.sort();
    assert_eq!(files, expected, "{json}");
    let messages: Vec<&str> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["message"].as_str().unwrap())
        .collect();
    assert!(
        messages
            .iter()
            .any(|m| m
                .contains("sont dans le département 2B Haute-Corse, pas dans celui de « Ajaccio » (2A Corse-du-Sud)")),
        "{messages:?}"
    );
    assert_eq!(
        messages
            .iter()
            .filter(|m| m.starts_with("latitude et longitude semblent inversées"))
            .count(),
        places.len(),
        "{messages:?}"
    );
}

/// Category 5 — Renamed and merged communes are `commune-ancienne` warnings naming
/// the current commune and its code.
#[test]
fn renamed_and_merged_communes_are_warnings_naming_the_current_one() {
    for (file, message, code) in [
        (
            "saint-ouen.toml",
            "« Saint-Ouen » est l'ancien nom de « Saint-Ouen-sur-Seine » (jusqu'en 2018)",
            "93070",
        ),
        (
            "florac.toml",
            "« Florac » est l'ancien nom de « Florac Trois Rivières » (jusqu'en 2016)",
            "48061",
        ),
        (
            "theix.toml",
            "« Theix » est l'ancien nom de « Theix-Noyalo » (jusqu'en 2016)",
            "56251",
        ),
    ] {
        let (rule, line, column, m, help) = only(file);
        assert_eq!(
            (rule.as_str(), line, column, m.as_str()),
            ("commune-ancienne", 12, 11, message)
        );
        assert!(help.contains(&format!("(code INSEE {code})")), "{help}");
    }
}

/// Category 6 — Apostrophes do not matter: « Crac'h » is the COG's « Crach ».
#[test]
fn an_apostrophe_typed_or_not_finds_the_commune() {
    let (rule, _, _, message, _) = only("crach.toml");
    assert_eq!(
        (rule.as_str(), message.as_str()),
        ("commune-orthographe", "« Crac'h » s'écrit officiellement « Crach »")
    );
}

/// Category 7 — Namesakes at different streets are branches (a warning); at the same
/// street, or without one, duplicates (an error).
#[test]
fn duplicate_names_depend_on_the_street() {
    let rules = |dir: &str| -> Vec<(String, String)> {
        let mut v: Vec<(String, String)> = diagnostics(dir).into_iter().map(|d| (d.1, d.0)).collect();
        v.sort();
        v
    };
    assert_eq!(
        rules("branches"),
        [
            ("reseau-gare.toml".into(), "duplicate-name-other-address".into()),
            ("reseau-marche.toml".into(), "duplicate-name-other-address".into()),
        ]
    );
    let doublons: Vec<(String, String)> = rules("doublons")
        .into_iter()
        .filter(|r| r.1 != "commune-orthographe")
        .collect();
    assert_eq!(
        doublons,
        [
            ("relais-bis.toml".into(), "duplicate-name".into()),
            ("relais-sans-voie.toml".into(), "duplicate-name".into()),
            ("relais.toml".into(), "duplicate-name".into()),
        ]
    );
}

/// Category 8 — An ambiguous commune asks which one; a code or a département picks
/// it; an arrondissement filters that arrondissement; unknown values list
/// what is allowed.
#[test]
fn place_filters_ask_which_commune_and_list_allowed_values() {
    let (code, rows, err) = departements(&["--commune", "Saint-Denis"]);
    assert_eq!(code, 2);
    assert!(rows.is_empty());
    assert!(err.contains("« Saint-Denis » désigne plusieurs communes : Saint-Denis (11339, 11 Aude), Saint-Denis (30247, 30 Gard), Saint-Denis (93066, 93 Seine-Saint-Denis), Saint-Denis (97411, 974 La Réunion)"), "{err}");
    let ids = |extra: &[&str]| -> Vec<String> { departements(extra).1.into_iter().map(|r| r.0).collect() };
    assert_eq!(ids(&["--commune", "93066"]), ["saint-denis-93"]);
    assert_eq!(
        ids(&["--commune", "Saint-Denis", "--departement", "974"]),
        ["saint-denis-974"]
    );
    assert_eq!(ids(&["--commune", "Paris 10e"]), ["paris-10"]);
    assert_eq!(ids(&["--commune", "75111"]), ["paris-11"]);
    let paris = ids(&["--commune", "Paris"]);
    assert!(
        paris.contains(&"paris-10".to_string()) && paris.contains(&"paris-11".to_string()),
        "{paris:?}"
    );
    let (code, _, err) = departements(&["--region", "99"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("valeurs possibles : « 01 Guadeloupe »") && err.contains("« 84 Auvergne-Rhône-Alpes »"),
        "{err}"
    );
    let (code, _, err) = departements(&["--commune", "Zzyzxq"]);
    assert_eq!(code, 2);
    assert!(err.contains("`fabriques geo Zzyzxq`"), "{err}");
    let (code, _, err) = run(fabriques(&root()).arg("--data").arg(geography("registre")).args([
        "--config",
        &settings(),
        "actions",
        "--commune",
        "Saint-Denis",
    ]));
    assert_eq!(code, 2);
    assert!(err.contains("désigne plusieurs communes"), "{err}");
}
