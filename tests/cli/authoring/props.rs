//! Property test of the formatter: for any valid record, written in any of
//! the layouts a contributor might use (keys in any order, comments above
//! and after lines, record tables as sections, inline tables or dotted
//! keys, actions as `[[actions]]` or an array of inline tables, arrays on
//! one line or several, single or double quotes), `format` keeps the
//! parsed value and the typed record, keeps every comment, and formatting
//! its output changes nothing.

use std::path::PathBuf;
use std::sync::Arc;

use fabriques::format::{comments, format, same_table, Layout};
use fabriques::register::{to_json, Entry};
use fabriques::rules::Sink;
use fabriques::vocab::{LocalEntry, Vocabularies};
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Val {
    Str(String, bool),
    Int(i64),
    Float(f64),
    Bool(bool),
    Date(String),
    Arr(Vec<Val>, bool),
    Inline(Vec<Field>),
}

#[derive(Debug, Clone)]
struct Field {
    key: String,
    val: Val,
    before: Option<String>,
    trailing: Option<String>,
}

#[derive(Debug, Clone, Copy)]
enum Style {
    Section,
    Inline,
    Dotted,
}

#[derive(Debug, Clone)]
struct Tab {
    name: String,
    fields: Vec<Field>,
    style: Style,
    before: Option<String>,
    trailing: Option<String>,
    /// A comment after the section's last line, separated by a blank line.
    end: Option<String>,
}

#[derive(Debug, Clone)]
struct Rec {
    top: Option<String>,
    root: Vec<Field>,
    tables: Vec<Tab>,
    actions: Vec<Tab>,
    actions_inline: bool,
    liens: Vec<Tab>,
}

fn text() -> BoxedStrategy<String> {
    "[a-zA-Z0-9éèàçÉ«» '\"#\\\\,.:;()-]{1,24}"
        .prop_filter("a real text", |s| !s.trim().is_empty())
        .boxed()
}

fn comment() -> BoxedStrategy<Option<String>> {
    proptest::option::weighted(
        0.3,
        "[ a-zA-Zé#'\"=\\[]{0,20}".prop_map(|s| format!("#{}", s.trim_end())),
    )
    .boxed()
}

fn string(s: impl Strategy<Value = String> + 'static) -> BoxedStrategy<Val> {
    (s, any::<bool>()).prop_map(|(s, literal)| Val::Str(s, literal)).boxed()
}

fn code(codes: &'static [&'static str]) -> BoxedStrategy<Val> {
    string(proptest::sample::select(codes).prop_map(str::to_string))
}

fn array(item: impl Strategy<Value = Val> + 'static, n: std::ops::Range<usize>) -> BoxedStrategy<Val> {
    (proptest::collection::vec(item, n), any::<bool>())
        .prop_map(|(items, multi)| Val::Arr(items, multi))
        .boxed()
}

fn field(key: &'static str, val: impl Strategy<Value = Val> + 'static) -> BoxedStrategy<Field> {
    (val, comment(), comment())
        .prop_map(move |(val, before, trailing)| Field {
            key: key.to_string(),
            val,
            before,
            trailing,
        })
        .boxed()
}

fn opt_field(key: &'static str, val: impl Strategy<Value = Val> + 'static) -> BoxedStrategy<Option<Field>> {
    proptest::option::of(field(key, val)).boxed()
}

fn fields(required: Vec<Field>, optional: Vec<Option<Field>>) -> Vec<Field> {
    required.into_iter().chain(optional.into_iter().flatten()).collect()
}

fn style() -> BoxedStrategy<Style> {
    prop_oneof![Just(Style::Section), Just(Style::Inline), Just(Style::Dotted)].boxed()
}

fn tab(name: &'static str, fields: impl Strategy<Value = Vec<Field>> + 'static) -> BoxedStrategy<Tab> {
    (fields.prop_shuffle(), style(), comment(), comment(), comment())
        .prop_map(move |(fields, style, before, trailing, end)| Tab {
            name: name.to_string(),
            fields,
            style,
            before,
            trailing,
            end,
        })
        .boxed()
}

const ADDRESSES: &[(&str, &str, &str)] = &[
    ("01500", "Ambérieu-en-Bugey", "01004"),
    ("73000", "Chambéry", "73065"),
    ("59000", "Lille", "59350"),
];

fn root() -> BoxedStrategy<Vec<Field>> {
    (
        (
            field("nom", string(text())),
            field("qpv", any::<bool>().prop_map(Val::Bool)),
            field("sources", array(string(text()), 1..3)),
        ),
        (
            opt_field("statut", code(&["en_projet", "en_activite", "fermee"])),
            opt_field("numerique", any::<bool>().prop_map(Val::Bool)),
            opt_field(
                "site_web",
                string("[a-z]{1,8}".prop_map(|s| format!("https://www.{s}.fr"))),
            ),
            opt_field("reseaux", array(code(&["reseau_essai"]), 0..2)),
            opt_field("code_qpv", string("QN[0-9]{5}M")),
        ),
    )
        .prop_map(|((a, b, c), (d, e, f, g, h))| fields(vec![a, b, c], vec![d, e, f, g, h]))
        .boxed()
}

fn tables() -> BoxedStrategy<Vec<Tab>> {
    let labellisation = tab(
        "labellisation",
        (
            field("annee", (2019i64..2025).prop_map(Val::Int)),
            opt_field("vague", (1i64..4).prop_map(Val::Int)),
        )
            .prop_map(|(a, b)| fields(vec![a], vec![b])),
    );
    let adresse = tab(
        "adresse",
        (
            proptest::sample::select(ADDRESSES),
            comment(),
            comment(),
            opt_field("voie", string(text())),
            any::<bool>(),
            proptest::option::of((45_000i64..46_000, 5_000i64..6_000)),
        )
            .prop_map(|((cp, commune, insee), c1, c2, voie, with_insee, coords)| {
                let plain = |key: &str, v: &str, before: Option<String>| Field {
                    key: key.to_string(),
                    val: Val::Str(v.to_string(), false),
                    before,
                    trailing: None,
                };
                let mut f = vec![plain("code_postal", cp, c1), plain("commune", commune, c2)];
                f.extend(voie);
                if with_insee {
                    f.push(plain("code_insee", insee, None));
                }
                if let Some((lat, lon)) = coords {
                    for (key, v) in [("latitude", lat), ("longitude", lon)] {
                        f.push(Field {
                            key: key.into(),
                            val: Val::Float(v as f64 / 1000.0),
                            before: None,
                            trailing: None,
                        });
                    }
                }
                f
            }),
    );
    let structure = tab(
        "structure_porteuse",
        (
            field("nom", string(text())),
            opt_field("forme_juridique", code(&["association", "scic", "sas"])),
            opt_field("creation", (1990i64..2019).prop_map(Val::Int)),
        )
            .prop_map(|(a, b, c)| fields(vec![a], vec![b, c])),
    );
    let consortium = proptest::option::of(tab(
        "consortium",
        (
            opt_field("collectivites", array(string(text()), 1..3)),
            opt_field("centres_sociaux", array(string(text()), 1..2)),
            opt_field("acteurs_formation", array(string(text()), 1..2)),
        )
            .prop_map(|(a, b, c)| fields(vec![], vec![a, b, c])),
    ));
    let financement = proptest::option::of(tab(
        "financement",
        (
            opt_field(
                "annuel",
                proptest::collection::vec((2019i64..2024, 0i64..50_000), 1..3).prop_map(|years| {
                    let mut seen = std::collections::BTreeSet::new();
                    Val::Inline(
                        years
                            .into_iter()
                            .filter(|(y, _)| seen.insert(*y))
                            .map(|(y, a)| Field {
                                key: y.to_string(),
                                val: Val::Int(a),
                                before: None,
                                trailing: None,
                            })
                            .collect(),
                    )
                }),
            ),
            opt_field("bonus_numerique", (0i64..100_000).prop_map(Val::Int)),
        )
            .prop_map(|(a, b)| fields(vec![], vec![a, b])),
    ));
    let criteres = proptest::option::of(tab(
        "criteres",
        (
            opt_field("communaute", string(text())),
            opt_field("gouvernance", string(text())),
            opt_field("publics", array(code(&["tout_public", "jeunes", "seniors"]), 1..3)),
        )
            .prop_map(|(a, b, c)| fields(vec![], vec![a, b, c])),
    ));
    (labellisation, adresse, structure, consortium, financement, criteres)
        .prop_map(|(a, b, c, d, e, f)| {
            let mut v = vec![a, b, c];
            v.extend(d);
            v.extend(e);
            v.extend(f);
            v
        })
        .prop_shuffle()
        .boxed()
}

fn action() -> BoxedStrategy<Tab> {
    let categorie = prop_oneof![
        code(&["coworking", "fablab", "formation"]),
        array(code(&["coworking", "mobilite", "campus_connecte"]), 1..3),
    ];
    tab(
        "actions",
        (
            field("categorie", categorie),
            field("statut", code(&["fait", "commence", "envisage"])),
            opt_field("sous_action", string(text())),
        )
            .prop_map(|(a, b, c)| fields(vec![a, b], vec![c])),
    )
}

fn lien() -> BoxedStrategy<Tab> {
    tab(
        "liens",
        (
            field("fabrique", string("[a-z]{1,8}(-[a-z]{1,4})?")),
            field("type", code(&["visite", "contribution"])),
            opt_field(
                "date",
                (2019u32..2024, 1u32..13, 1u32..29).prop_map(|(y, m, d)| Val::Date(format!("{y}-{m:02}-{d:02}"))),
            ),
            opt_field("note", string(text())),
        )
            .prop_map(|(a, b, c, d)| fields(vec![a, b], vec![c, d])),
    )
}

fn record() -> BoxedStrategy<Rec> {
    (
        comment(),
        root().prop_shuffle(),
        tables(),
        proptest::collection::vec(action(), 0..3),
        any::<bool>(),
        proptest::collection::vec(lien(), 0..2),
    )
        .prop_map(|(top, root, tables, actions, actions_inline, liens)| Rec {
            top,
            root,
            tables,
            actions,
            actions_inline,
            liens,
        })
        .boxed()
}

// --- writing a generated record as a contributor might -------------------

fn quote(s: &str, literal: bool) -> String {
    if literal && !s.contains('\'') {
        return format!("'{s}'");
    }
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

fn has_comments(v: &Val) -> bool {
    match v {
        Val::Inline(fields) => fields.iter().any(|f| f.before.is_some() || f.trailing.is_some()),
        _ => false,
    }
}

/// The value as written; `indent` for multi-line arrays.
fn value(v: &Val, comments_ok: bool) -> String {
    match v {
        Val::Str(s, literal) => quote(s, *literal),
        Val::Int(i) => i.to_string(),
        Val::Float(f) => format!("{f:?}"),
        Val::Bool(b) => b.to_string(),
        Val::Date(d) => d.clone(),
        Val::Arr(items, multi) if *multi && comments_ok => {
            let mut s = String::from("[\n");
            for (i, item) in items.iter().enumerate() {
                if i == 0 {
                    s.push_str("  # premier\n");
                }
                s.push_str(&format!("  {},", value(item, false)));
                if i == 1 {
                    s.push_str(" # deuxième");
                }
                s.push('\n');
            }
            s.push(']');
            s
        }
        Val::Arr(items, _) => format!(
            "[{}]",
            items.iter().map(|i| value(i, false)).collect::<Vec<_>>().join(", ")
        ),
        Val::Inline(fields) => inline(fields, comments_ok),
    }
}

fn inline(fields: &[Field], comments_ok: bool) -> String {
    if comments_ok
        && fields
            .iter()
            .any(|f| f.before.is_some() || f.trailing.is_some() || has_comments(&f.val))
    {
        // TOML 1.1: an inline table on several lines, with comments.
        let mut s = String::from("{\n");
        for f in fields {
            if let Some(c) = &f.before {
                s.push_str(&format!("  {c}\n"));
            }
            s.push_str(&format!("  {} = {},", f.key, value(&f.val, true)));
            if let Some(c) = &f.trailing {
                s.push_str(&format!(" {c}"));
            }
            s.push('\n');
        }
        s.push('}');
        return s;
    }
    let items: Vec<String> = fields
        .iter()
        .map(|f| format!("{} = {}", f.key, value(&f.val, false)))
        .collect();
    if items.is_empty() {
        "{}".to_string()
    } else {
        format!("{{ {} }}", items.join(", "))
    }
}

fn line(out: &mut String, key: &str, f: &Field) {
    if let Some(c) = &f.before {
        out.push_str(c);
        out.push('\n');
    }
    out.push_str(&format!("{key} = {}", value(&f.val, true)));
    if let Some(c) = &f.trailing {
        out.push_str("   ");
        out.push_str(c);
    }
    out.push('\n');
}

fn write(rec: &Rec) -> String {
    let mut out = String::new();
    if let Some(c) = &rec.top {
        out.push_str(&format!("{c}\n\n"));
    }
    for f in &rec.root {
        line(&mut out, &f.key, f);
    }
    for t in &rec.tables {
        match t.style {
            Style::Inline => {
                if let Some(c) = &t.before {
                    out.push_str(&format!("{c}\n"));
                }
                out.push_str(&format!("{} = {}\n", t.name, inline(&t.fields, true)));
            }
            Style::Dotted => {
                for f in &t.fields {
                    line(&mut out, &format!("{}.{}", t.name, f.key), f);
                }
            }
            Style::Section => {}
        }
    }
    if rec.actions_inline && !rec.actions.is_empty() {
        let items: Vec<String> = rec.actions.iter().map(|a| inline(&a.fields, false)).collect();
        out.push_str(&format!("actions = [{}]\n", items.join(", ")));
    }
    let sections = rec.tables.iter().filter(|t| matches!(t.style, Style::Section));
    for t in sections {
        out.push('\n');
        if let Some(c) = &t.before {
            out.push_str(&format!("{c}\n"));
        }
        out.push_str(&format!("[{}]", t.name));
        if let Some(c) = &t.trailing {
            out.push_str(&format!(" {c}"));
        }
        out.push('\n');
        for f in &t.fields {
            line(&mut out, &f.key, f);
        }
        if let Some(c) = &t.end {
            out.push_str(&format!("{c}\n\n"));
        }
    }
    let arrays = rec.actions.iter().filter(|_| !rec.actions_inline).chain(&rec.liens);
    for a in arrays {
        out.push('\n');
        if let Some(c) = &a.before {
            out.push_str(&format!("{c}\n"));
        }
        out.push_str(&format!("[[{}]]\n", a.name));
        for f in &a.fields {
            line(&mut out, &f.key, f);
        }
    }
    out
}

fn vocab() -> Vocabularies {
    Vocabularies::new(&[LocalEntry {
        vocabulary: "reseaux".into(),
        code: "reseau_essai".into(),
        libelle: "Réseau d'essai".into(),
        definition: String::new(),
    }])
}

/// The typed record as JSON (spans left out) and the rules it breaks.
fn typed(text: &str, vocab: &Vocabularies) -> (serde_json::Value, Vec<&'static str>) {
    let file = Arc::new(PathBuf::from("essai.toml"));
    let mut sink = Sink::new(file.clone());
    let record = fabriques::load::parse("essai", text, vocab, &mut sink).expect("valid TOML");
    let entry = Entry {
        file,
        record,
        parsed: true,
        commune: None,
        arrondissement: None,
        departement_code: None,
        errors: 0,
    };
    let mut rules: Vec<&'static str> = sink.diags.iter().map(|d| d.rule).collect();
    rules.sort_unstable();
    (to_json(&entry), rules)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn format_keeps_values_and_comments_and_is_idempotent(rec in record()) {
        let vocab = vocab();
        let layout = Layout::new(&vocab);
        let text = write(&rec);
        let before: toml::Table = toml::from_str(&text).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        let out = format(&text, &layout).map_err(|e| TestCaseError::fail(format!("{e:?}\n{text}")))?;
        let after: toml::Table = toml::from_str(&out).map_err(|e| TestCaseError::fail(format!("{e}\n{out}")))?;
        prop_assert!(same_table(&before, &after), "values changed:\n{}\n---\n{}", text, out);
        let (mut c1, mut c2) = (comments(&text), comments(&out));
        c1.sort();
        c2.sort();
        prop_assert_eq!(c1, c2, "comments changed:\n{}\n---\n{}", text, out);
        prop_assert_eq!(typed(&text, &vocab), typed(&out, &vocab), "record changed:\n{}\n---\n{}", text, out);
        let again = format(&out, &layout).map_err(|e| TestCaseError::fail(format!("{e:?}\n{out}")))?;
        prop_assert_eq!(&again, &out, "not idempotent:\n{}", text);
    }
}
