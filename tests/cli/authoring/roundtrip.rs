//! Property test of the round trip export → import: for any register of
//! records that write every field of the format — hostile texts (`| ; " '
//! = + - @ \`, line breaks, no-break spaces, spaces at the edges,
//! accents), arrondissement INSEE codes, actions, links, exceptions,
//! annual funding — `export --csv` (and `--json`, `--jsonl`) imported into
//! an empty register gives back each record's values, and exporting that
//! register gives the same bytes again.
//!
//! The records are generated as TOML trees and written with the `toml`
//! crate; the imported files are parsed with it again and the trees
//! compared: a route of its own, never the tool's reader or writer.

use std::fs;
use std::path::Path;

use proptest::prelude::*;
use toml::{Table, Value};

// Byte for byte: `run` reads no-break spaces as spaces.
use crate::{fabriques, run_raw as run};

/// The characters that break naive cells: separators, quotes, formula
/// signs, escapes, line breaks, no-break and ordinary spaces, accents.
const HOSTILE: &[char] = &[
    'a', 'B', 'z', 'é', 'È', 'ç', 'œ', '«', '»', '|', ';', ',', ':', '"', '\'', '=', '+', '-', '@', '\\', 'n', '/',
    ' ', '\u{a0}', '\n', '\r', '\t', '0', '7', '(', ')', '[', '{', '#',
];

fn hostile() -> BoxedStrategy<String> {
    prop::collection::vec(prop::sample::select(HOSTILE), 1..14)
        .prop_map(|c| c.into_iter().collect())
        .boxed()
}

/// A code that is no code of any vocabulary (a digit first), with
/// separators in it.
fn odd_code() -> BoxedStrategy<String> {
    hostile().prop_map(|s| format!("9{s}")).boxed()
}

fn codes(known: &'static [&'static str]) -> BoxedStrategy<Vec<String>> {
    prop::collection::vec(
        prop_oneof![3 => prop::sample::select(known).prop_map(str::to_string), 1 => odd_code()],
        1..4,
    )
    .boxed()
}

fn texts() -> BoxedStrategy<Vec<String>> {
    prop::collection::vec(hostile(), 1..4).boxed()
}

fn s(v: String) -> Value {
    Value::String(v)
}

fn strings(v: Vec<String>) -> Value {
    Value::Array(v.into_iter().map(Value::String).collect())
}

/// Inserts the values that are there.
fn table(pairs: Vec<(&str, Option<Value>)>) -> Option<Value> {
    let t: Table = pairs
        .into_iter()
        .filter_map(|(k, v)| Some((k.to_string(), v?)))
        .collect();
    (!t.is_empty()).then_some(Value::Table(t))
}

const ARRONDISSEMENTS: &[(&str, &str, &str)] = &[
    ("Paris", "75110", "75010"),
    ("Paris", "75120", "75020"),
    ("Marseille", "13201", "13001"),
    ("Marseille", "13216", "13016"),
    ("Lyon", "69383", "69003"),
    ("Lyon", "69389", "69009"),
    ("Chambéry", "73065", "73000"),
    ("Ambérieu-en-Bugey", "01004", "01500"),
];

const CATEGORIES: &[&str] = &["coworking", "fablab", "culture", "mobilite", "autre", "formation"];

fn action() -> BoxedStrategy<Value> {
    (
        prop::collection::vec(prop::sample::select(CATEGORIES), 1..3),
        prop::option::of(hostile()),
        prop::option::of(hostile()),
        prop::option::of(prop::sample::select(&["fait", "commence", "envisage"][..])),
    )
        .prop_map(|(mut cats, sous_action, precision, statut)| {
            cats.dedup();
            let categorie = match cats.as_slice() {
                [one] => s(one.to_string()),
                many => strings(many.iter().map(|c| c.to_string()).collect()),
            };
            table(vec![
                ("categorie", Some(categorie)),
                ("sous_action", sous_action.map(s)),
                ("precision", precision.map(s)),
                ("statut", statut.map(|x| s(x.into()))),
            ])
            .unwrap()
        })
        .boxed()
}

fn lien() -> BoxedStrategy<Value> {
    (
        "[a-z]{1,6}(-[a-z0-9]{1,4})?",
        prop::sample::select(&["visite", "contribution", "partenariat", "essaimage"][..]),
        prop::option::of((2015u16..2030, 1u8..13, 1u8..29)),
        prop::option::of(hostile()),
    )
        .prop_map(|(fabrique, kind, date, note)| {
            let date = date.map(|(y, m, d)| Value::Datetime(format!("{y:04}-{m:02}-{d:02}").parse().unwrap()));
            table(vec![
                ("fabrique", Some(s(fabrique))),
                ("type", Some(s(kind.into()))),
                ("date", date),
                ("note", note.map(s)),
            ])
            .unwrap()
        })
        .boxed()
}

fn exception() -> BoxedStrategy<Value> {
    (
        prop::sample::select(&["invalid-url", "commune", "control-character"][..]),
        hostile(),
    )
        .prop_map(|(regle, raison)| table(vec![("regle", Some(s(regle.into()))), ("raison", Some(s(raison)))]).unwrap())
        .boxed()
}

/// A record with every field (each optional one sometimes absent).
fn record() -> BoxedStrategy<Table> {
    let top = (
        hostile(),
        prop::option::of(prop::sample::select(&["en_projet", "en_activite", "fermee"][..])),
        prop::option::of(any::<bool>()),
        prop::option::of(hostile()),
        prop::option::of(any::<bool>()),
        prop::option::of(hostile()),
        prop::option::of(hostile()),
        prop::option::of(hostile()),
        prop::option::of(codes(&["fabmob"])),
        texts(),
        prop::option::of(hostile()),
        prop::option::of(1u32..400),
    );
    let adresse = (
        prop::sample::select(ARRONDISSEMENTS),
        prop::option::of(hostile()),
        any::<bool>(),
        any::<bool>(),
        prop::option::of((
            -90.0f64..90.0,
            -180.0f64..180.0,
            prop::option::of(prop::sample::select(&["adresse", "commune"][..])),
        )),
        prop::option::of(hostile()),
    );
    let more = (
        prop::option::of((2019i64..2025, prop::option::of(1i64..4))),
        prop::option::of((
            hostile(),
            prop::option::of(prop::sample::select(&["association", "scic", "autre"][..])),
            prop::option::of(1900i64..2024),
            prop::option::of("[0-9]{14}"),
        )),
        prop::collection::vec(
            (
                prop::sample::select(&["collectivites", "centres_sociaux", "autres"][..]),
                texts(),
            ),
            0..3,
        ),
        prop::option::of(prop::collection::btree_map(2019i64..2026, 0i64..200_000, 1..4)),
        prop::option::of(0i64..100_000),
        prop::collection::vec(prop::option::of(hostile()), 4),
        prop::option::of(codes(&["jeunes", "tout_public", "seniors"])),
        prop::collection::vec(action(), 0..4),
        prop::collection::vec(lien(), 0..3),
        prop::collection::vec(exception(), 0..3),
    );
    (top, adresse, more)
        .prop_map(|(top, adresse, more)| {
            let (nom, statut, qpv, code_qpv, numerique, site, movilab, video, reseaux, sources, description, anct) =
                top;
            let mut r = Table::new();
            let mut put = |k: &str, v: Option<Value>| {
                if let Some(v) = v {
                    r.insert(k.to_string(), v);
                }
            };
            put("nom", Some(s(nom)));
            put("statut", statut.map(|x| s(x.into())));
            put("qpv", qpv.map(Value::Boolean));
            put("code_qpv", code_qpv.map(s));
            put("numerique", numerique.map(Value::Boolean));
            put("site_web", site.map(s));
            put("page_movilab", movilab.map(s));
            put("video", video.map(s));
            put("reseaux", reseaux.map(strings));
            put("sources", Some(strings(sources)));
            put("description", description.map(s));
            put(
                "identifiants",
                table(vec![("anct", anct.map(|n| s(format!("fabt-{n}"))))]),
            );
            let ((commune, insee, postal), commune_text, with_insee, with_postal, point, voie) = adresse;
            let (lat, lon, precision) = match point {
                Some((lat, lon, p)) => (Some(Value::Float(lat)), Some(Value::Float(lon)), p.map(|p| s(p.into()))),
                None => (None, None, None),
            };
            put(
                "adresse",
                table(vec![
                    ("voie", voie.map(s)),
                    ("code_postal", (with_postal || !with_insee).then(|| s(postal.into()))),
                    ("commune", Some(s(commune_text.unwrap_or_else(|| commune.into())))),
                    ("code_insee", with_insee.then(|| s(insee.into()))),
                    ("latitude", lat),
                    ("longitude", lon),
                    ("precision_point", precision),
                ]),
            );
            let (labellisation, structure, consortium, annuel, bonus, criteres, publics, actions, liens, ignorer) =
                more;
            put(
                "labellisation",
                labellisation.and_then(|(annee, vague)| {
                    table(vec![
                        ("annee", Some(Value::Integer(annee))),
                        ("vague", vague.map(Value::Integer)),
                    ])
                }),
            );
            put(
                "structure_porteuse",
                structure.and_then(|(nom, forme, creation, siret)| {
                    table(vec![
                        ("nom", Some(s(nom))),
                        ("forme_juridique", forme.map(|f| s(f.into()))),
                        ("creation", creation.map(Value::Integer)),
                        ("siret", siret.map(s)),
                    ])
                }),
            );
            let consortium: Table = consortium
                .into_iter()
                .map(|(k, v)| (k.to_string(), strings(v)))
                .collect();
            put(
                "consortium",
                (!consortium.is_empty()).then_some(Value::Table(consortium)),
            );
            put(
                "financement",
                table(vec![
                    (
                        "annuel",
                        annuel.map(|a| {
                            Value::Table(a.into_iter().map(|(y, v)| (y.to_string(), Value::Integer(v))).collect())
                        }),
                    ),
                    ("bonus_numerique", bonus.map(Value::Integer)),
                ]),
            );
            let mut c = criteres.into_iter();
            let mut next = || c.next().flatten().map(s);
            put(
                "criteres",
                table(vec![
                    ("communaute", next()),
                    ("gouvernance", next()),
                    ("ancrage", next()),
                    ("mise_en_commun", next()),
                    ("publics", publics.map(strings)),
                ]),
            );
            put("actions", (!actions.is_empty()).then_some(Value::Array(actions)));
            put("liens", (!liens.is_empty()).then_some(Value::Array(liens)));
            put(
                "validation",
                table(vec![(
                    "ignorer",
                    (!ignorer.is_empty()).then_some(Value::Array(ignorer)),
                )]),
            );
            r
        })
        .boxed()
}

/// An empty register with the bundled settings (the network `fabmob`).
fn register() -> tempfile::TempDir {
    super::register()
}

fn parsed(path: &Path) -> Table {
    toml::from_str(&fs::read_to_string(path).unwrap()).unwrap()
}

/// Exports `from` with `format`, imports the export into an empty
/// register, checks every record's tree and the second export's bytes.
fn round_trip(from: &Path, records: &[(String, Table)], format: &str) -> Result<(), TestCaseError> {
    let (code, first, err) = run(fabriques(from).args(["export", format]));
    prop_assert_eq!(code, 0, "{}", err);
    let to = register();
    let file = format!("export.{}", format.trim_start_matches('-'));
    fs::write(to.path().join(&file), &first).unwrap();
    let (_, out, err) = run(fabriques(to.path()).args(["import", file.as_str()]));
    for (id, tree) in records {
        let path = to.path().join(format!("data/{id}.toml"));
        prop_assert!(path.exists(), "{} not imported from {}:\n{}\n{}", id, format, out, err);
        let back = parsed(&path);
        prop_assert_eq!(&back, tree, "{} through {}:\n{}", id, format, first);
    }
    // What `import` wrote is in `fmt`'s layout already: `import` does not
    // format its text a second time (`format::format_generated`).
    let (code, listed, err) = run(fabriques(to.path()).args(["fmt", "--check"]));
    prop_assert_eq!(
        code,
        0,
        "not in fmt's layout after import through {}: {}{}",
        format,
        listed,
        err
    );
    let (_, second, _) = run(fabriques(to.path()).args(["export", format]));
    prop_assert_eq!(second, first, "export → import → export through {}", format);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn export_then_import_gives_every_record_back(
        records in prop::collection::btree_map("[a-z]{1,8}(-[0-9]{1,3})?", record(), 1..4)
    ) {
        let from = register();
        let records: Vec<(String, Table)> = records.into_iter().collect();
        for (id, tree) in &records {
            fs::write(from.path().join(format!("data/{id}.toml")), toml::to_string(tree).unwrap()).unwrap();
            // The file holds what was generated (the writer is not on trial).
            prop_assert_eq!(&parsed(&from.path().join(format!("data/{id}.toml"))), tree);
        }
        // In the layout `import` writes (`fmt`: a table's keys in the
        // format's order), so that the second export can be byte for byte
        // the first; `fmt` keeps every value (its own property test).
        let (code, _, err) = run(fabriques(from.path()).arg("fmt"));
        prop_assert_eq!(code, 0, "{}", err);
        for format in ["--csv", "--json", "--jsonl"] {
            round_trip(from.path(), &records, format)?;
        }
    }
}
