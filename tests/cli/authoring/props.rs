//! Property test of `fabriques fmt`: for any valid record, written in any
//! of the layouts a contributor might use (keys in any order, comments
//! above and after lines, record tables as sections, inline tables or
//! dotted keys, actions as `[[actions]]` or an array of inline tables,
//! arrays on one line or several, single or double quotes), `fmt` keeps
//! the parsed value, the record as `show` and `validate` see it, every
//! comment, and running it again changes nothing.
//!
//! Each check goes through a route of its own, never through the
//! formatter's safety checks: values by parsing both texts with the `toml`
//! crate here and comparing the trees; comments against the list the
//! generator kept while writing them, looked for in the output line by
//! line, with a count of every `#` to catch a comment added or doubled;
//! the record through the commands `show` and `validate`.

use std::path::Path;

use proptest::prelude::*;

use crate::{fabriques, run};

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

/// `[adresse]`: a real address, with or without its INSEE code and
/// coordinates.
fn adresse() -> BoxedStrategy<Tab> {
    tab(
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
    )
}

/// `[financement]`, maybe.
fn financement() -> BoxedStrategy<Option<Tab>> {
    proptest::option::of(tab(
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
    ))
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
    let adresse = adresse();
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
    let financement = financement();
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
fn value(v: &Val, comments_ok: bool, c: &mut Vec<String>) -> String {
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
                    c.push("# premier".into());
                }
                s.push_str(&format!("  {},", value(item, false, c)));
                if i == 1 {
                    s.push_str(" # deuxième");
                    c.push("# deuxième".into());
                }
                s.push('\n');
            }
            s.push(']');
            s
        }
        Val::Arr(items, _) => format!(
            "[{}]",
            items.iter().map(|i| value(i, false, c)).collect::<Vec<_>>().join(", ")
        ),
        Val::Inline(fields) => inline(fields, comments_ok, c),
    }
}

fn inline(fields: &[Field], comments_ok: bool, c: &mut Vec<String>) -> String {
    if comments_ok
        && fields
            .iter()
            .any(|f| f.before.is_some() || f.trailing.is_some() || has_comments(&f.val))
    {
        // TOML 1.1: an inline table on several lines, with comments.
        let mut s = String::from("{\n");
        for f in fields {
            if let Some(k) = &f.before {
                s.push_str(&format!("  {k}\n"));
                c.push(k.clone());
            }
            s.push_str(&format!("  {} = {},", f.key, value(&f.val, true, c)));
            if let Some(k) = &f.trailing {
                s.push_str(&format!(" {k}"));
                c.push(k.clone());
            }
            s.push('\n');
        }
        s.push('}');
        return s;
    }
    let items: Vec<String> = fields
        .iter()
        .map(|f| format!("{} = {}", f.key, value(&f.val, false, c)))
        .collect();
    if items.is_empty() {
        "{}".to_string()
    } else {
        format!("{{ {} }}", items.join(", "))
    }
}

fn line(out: &mut String, key: &str, f: &Field, c: &mut Vec<String>) {
    if let Some(k) = &f.before {
        out.push_str(k);
        out.push('\n');
        c.push(k.clone());
    }
    out.push_str(&format!("{key} = {}", value(&f.val, true, c)));
    if let Some(k) = &f.trailing {
        out.push_str("   ");
        out.push_str(k);
        c.push(k.clone());
    }
    out.push('\n');
}

/// The record as a contributor might write it, and the comments written
/// (as the generator wrote them, `#` included).
fn write(rec: &Rec) -> (String, Vec<String>) {
    let mut out = String::new();
    let c = &mut Vec::new();
    if let Some(k) = &rec.top {
        out.push_str(&format!("{k}\n\n"));
        c.push(k.clone());
    }
    for f in &rec.root {
        line(&mut out, &f.key, f, c);
    }
    for t in &rec.tables {
        match t.style {
            Style::Inline => {
                if let Some(k) = &t.before {
                    out.push_str(&format!("{k}\n"));
                    c.push(k.clone());
                }
                out.push_str(&format!("{} = {}\n", t.name, inline(&t.fields, true, c)));
            }
            Style::Dotted => {
                for f in &t.fields {
                    line(&mut out, &format!("{}.{}", t.name, f.key), f, c);
                }
            }
            Style::Section => {}
        }
    }
    if rec.actions_inline && !rec.actions.is_empty() {
        let items: Vec<String> = rec.actions.iter().map(|a| inline(&a.fields, false, c)).collect();
        out.push_str(&format!("actions = [{}]\n", items.join(", ")));
    }
    let sections = rec.tables.iter().filter(|t| matches!(t.style, Style::Section));
    for t in sections {
        out.push('\n');
        if let Some(k) = &t.before {
            out.push_str(&format!("{k}\n"));
            c.push(k.clone());
        }
        out.push_str(&format!("[{}]", t.name));
        if let Some(k) = &t.trailing {
            out.push_str(&format!(" {k}"));
            c.push(k.clone());
        }
        out.push('\n');
        for f in &t.fields {
            line(&mut out, &f.key, f, c);
        }
        if let Some(k) = &t.end {
            out.push_str(&format!("{k}\n\n"));
            c.push(k.clone());
        }
    }
    let arrays = rec.actions.iter().filter(|_| !rec.actions_inline).chain(&rec.liens);
    for a in arrays {
        out.push('\n');
        if let Some(k) = &a.before {
            out.push_str(&format!("{k}\n"));
            c.push(k.clone());
        }
        out.push_str(&format!("[[{}]]\n", a.name));
        for f in &a.fields {
            line(&mut out, &f.key, f, c);
        }
    }
    (out, std::mem::take(c))
}

// --- checking the output, each check by its own route ---------------------

/// Every string of a TOML tree.
fn strings<'a>(v: &'a toml::Value, out: &mut Vec<&'a str>) {
    match v {
        toml::Value::String(s) => out.push(s),
        toml::Value::Array(items) => items.iter().for_each(|i| strings(i, out)),
        toml::Value::Table(t) => t.values().for_each(|i| strings(i, out)),
        _ => {}
    }
}

/// Checks that `out` holds each comment of `written` once: a line of the
/// output ends with it, after nothing or after a space; and that it holds
/// no other `#` than theirs and the strings' of `value`.
fn same_comments(written: &[String], out: &str, value: &toml::Value) -> Result<(), String> {
    let mut left: Vec<&str> = written.iter().map(String::as_str).collect();
    // Longest first: a comment may end with a shorter one.
    left.sort_by_key(|c| std::cmp::Reverse(c.len()));
    for line in out.lines().map(str::trim_end) {
        let found = left.iter().position(|c| {
            line.strip_suffix(c)
                .is_some_and(|before| before.is_empty() || before.ends_with(' '))
        });
        if let Some(i) = found {
            left.remove(i);
        }
    }
    if !left.is_empty() {
        return Err(format!("comments lost: {left:?}"));
    }
    let hashes = |s: &str| s.matches('#').count();
    let mut texts = Vec::new();
    strings(value, &mut texts);
    let expected: usize =
        written.iter().map(|c| hashes(c)).sum::<usize>() + texts.iter().map(|s| hashes(s)).sum::<usize>();
    if hashes(out) != expected {
        return Err(format!("{} `#` in the output, {expected} expected", hashes(out)));
    }
    Ok(())
}

/// A register holding one record, `essai`, with the network its records
/// may cite.
fn register(text: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("data")).unwrap();
    std::fs::write(
        dir.path().join("fabriques.toml"),
        "[reseaux.reseau_essai]\nnom = \"Réseau d'essai\"\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("data/essai.toml"), text).unwrap();
    dir
}

/// The record as `show --format json` gives it, and the rules `validate`
/// reports on it, sorted.
fn seen_by_commands(dir: &Path) -> (serde_json::Value, Vec<String>) {
    let (code, out, err) = run(fabriques(dir).args(["show", "essai", "--format", "json"]));
    assert_eq!(code, 0, "{err}");
    let record = serde_json::from_str(&out).unwrap();
    let (_, out, _) = run(fabriques(dir).args(["validate", "--format", "json"]));
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    let mut rules: Vec<String> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["rule"].as_str().unwrap().to_string())
        .collect();
    rules.sort_unstable();
    (record, rules)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn fmt_keeps_values_comments_and_the_record_and_is_idempotent(rec in record()) {
        let (text, comments) = write(&rec);
        let dir = register(&text);
        let file = dir.path().join("data/essai.toml");
        let before: toml::Value = toml::from_str(&text).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        let seen_before = seen_by_commands(dir.path());

        let (code, _, err) = run(fabriques(dir.path()).arg("fmt"));
        prop_assert_eq!(code, 0, "fmt failed: {}\n{}", err, text);
        let out = std::fs::read_to_string(&file).unwrap();
        let after: toml::Value = toml::from_str(&out).map_err(|e| TestCaseError::fail(format!("{e}\n{out}")))?;
        prop_assert_eq!(&before, &after, "values changed:\n{}\n---\n{}", text, out);
        if let Err(e) = same_comments(&comments, &out, &after) {
            return Err(TestCaseError::fail(format!("{e}:\n{text}\n---\n{out}")));
        }
        prop_assert_eq!(seen_before, seen_by_commands(dir.path()), "record changed:\n{}\n---\n{}", text, out);

        let (code, listed, _) = run(fabriques(dir.path()).args(["fmt", "--check"]));
        prop_assert_eq!(code, 0, "not idempotent: {}\n{}", listed, out);
        prop_assert_eq!(std::fs::read_to_string(&file).unwrap(), out);
    }
}
