//! The field table, the reader and the JSON Schema agree: records built
//! from the table (every optional field kept or left out) are read without
//! a diagnostic and accepted by the schema, checked by a real JSON Schema
//! validator (`jsonschema`); each single fault — a value of another type,
//! a required field left out, an unknown key in any table — is reported by
//! the reader and refused by the schema.

use proptest::prelude::*;
use serde_json::Value as Json;
use toml::Value;

use super::*;
use crate::messages::Lang;
use crate::rules::{Severities, Sink};
use crate::schema::Reader;
use crate::vocab::Vocabularies;

#[derive(Clone, Debug, PartialEq)]
enum Seg {
    Key(&'static str),
    Index(usize),
}

/// A placed field: where it is, its definition.
struct Placed {
    path: Vec<Seg>,
    field: Field,
}

/// The built-in vocabularies and a network, as a register declares one.
fn vocabularies() -> Vocabularies {
    Vocabularies::new(&[crate::vocab::LocalEntry {
        vocabulary: "reseaux".into(),
        code: "fabmob".into(),
        libelle: "La Fabrique des Mobilités".into(),
        definition: String::new(),
    }])
}

fn first_code(vocab: &Vocabularies, name: &str) -> Value {
    let code = vocab.get(name).codes()[0].to_string();
    // `autre` would need a `precision`, which the table cannot say.
    assert_ne!(code, "autre");
    Value::String(code)
}

/// A value of `kind`, with the optional fields `keep` says.
fn sample(
    kind: Kind,
    path: &[Seg],
    vocab: &Vocabularies,
    keep: &mut dyn FnMut() -> bool,
    placed: &mut Vec<Placed>,
) -> Value {
    match kind {
        Kind::Text => Value::String("Ambérieu-en-Bugey".into()),
        Kind::String => Value::String(String::new()),
        Kind::Url => Value::String("https://www.exemple.fr/page".into()),
        Kind::Code(v) => first_code(vocab, v),
        Kind::Codes(v) | Kind::CodeOrCodes(v) => Value::Array(vec![first_code(vocab, v)]),
        Kind::SomeTexts => Value::Array(vec![Value::String("Movilab".into())]),
        Kind::Bool => Value::Boolean(true),
        Kind::Integer { min } => Value::Integer(min.unwrap_or(2020)),
        Kind::Degrees(_) => Value::Float(45.95),
        Kind::Date => Value::Datetime("2021-03-04".parse().unwrap()),
        Kind::AnctId => Value::String("fabt-59".into()),
        Kind::Yearly => Value::Table([("2020".to_string(), Value::Integer(50000))].into_iter().collect()),
        Kind::Members(v) => {
            let code = vocab.get(v).codes()[0].to_string();
            Value::Table(
                [(code, Value::Array(vec![Value::String("Mairie".into())]))]
                    .into_iter()
                    .collect(),
            )
        }
        Kind::Table(fields) => Value::Table(table(fields, path, vocab, keep, placed)),
        Kind::Tables(fields) => {
            let mut at = path.to_vec();
            at.push(Seg::Index(0));
            Value::Array(vec![Value::Table(table(fields, &at, vocab, keep, placed))])
        }
    }
}

/// A table of `fields`: the required ones, and the optional ones `keep`
/// keeps.
fn table(
    fields: &[Field],
    path: &[Seg],
    vocab: &Vocabularies,
    keep: &mut dyn FnMut() -> bool,
    placed: &mut Vec<Placed>,
) -> toml::Table {
    let mut t = toml::Table::new();
    for f in fields {
        let kept = match f.need {
            Need::Required | Need::EitherOr(_) | Need::With(_) => true,
            Need::Optional => keep(),
        };
        if kept {
            let mut at = path.to_vec();
            at.push(Seg::Key(f.key));
            t.insert(f.key.to_string(), sample(f.kind, &at, vocab, keep, placed));
            placed.push(Placed { path: at, field: *f });
        }
    }
    t
}

fn record(vocab: &Vocabularies, keep: &mut dyn FnMut() -> bool) -> (toml::Table, Vec<Placed>) {
    let mut placed = Vec::new();
    let t = table(RECORD, &[], vocab, keep, &mut placed);
    (t, placed)
}

/// The table holding `path`'s last key.
fn parent<'a>(doc: &'a mut toml::Table, path: &[Seg]) -> &'a mut toml::Table {
    let mut t = doc;
    let mut i = 0;
    while i + 1 < path.len() {
        let Seg::Key(k) = &path[i] else { unreachable!() };
        t = match (t.get_mut(*k).unwrap(), path.get(i + 1)) {
            (Value::Array(a), Some(Seg::Index(n))) => {
                i += 1;
                a[*n].as_table_mut().unwrap()
            }
            (Value::Table(inner), _) => inner,
            other => panic!("{other:?}"),
        };
        i += 1;
    }
    t
}

fn key(path: &[Seg]) -> &'static str {
    match path.last() {
        Some(Seg::Key(k)) => k,
        _ => unreachable!(),
    }
}

/// A value of another type than `kind`.
fn wrong(kind: Kind) -> Value {
    match kind {
        Kind::Bool | Kind::Integer { .. } | Kind::Degrees(_) => Value::String("oui".into()),
        Kind::Codes(_) | Kind::SomeTexts => Value::String("x".into()),
        _ => Value::Integer(42),
    }
}

/// The rules the reader reports on `doc`.
fn read(doc: &toml::Table, vocab: &Vocabularies) -> Vec<String> {
    let text = toml::to_string(doc).unwrap();
    let parsed = toml::de::DeTable::parse(&text).unwrap();
    let mut sink = Sink::new(Severities::default());
    Reader::new(vocab, &mut sink).record("essai", &parsed);
    sink.diags.iter().map(|d| format!("{:?}", d.rule)).collect()
}

/// The document as a JSON Schema validator sees a TOML file: dates are
/// strings (as taplo reads them).
fn to_json(v: &Value) -> Json {
    match v {
        Value::String(s) => Json::String(s.clone()),
        Value::Integer(i) => Json::from(*i),
        Value::Float(f) => Json::from(*f),
        Value::Boolean(b) => Json::Bool(*b),
        Value::Datetime(d) => Json::String(d.to_string()),
        Value::Array(a) => Json::Array(a.iter().map(to_json).collect()),
        Value::Table(t) => Json::Object(t.iter().map(|(k, v)| (k.clone(), to_json(v))).collect()),
    }
}

fn validator(vocab: &Vocabularies) -> jsonschema::Validator {
    let schema = crate::schema::json::schema(vocab, Lang::Fr);
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema is a valid JSON Schema")
}

fn accepts(v: &jsonschema::Validator, doc: &toml::Table) -> bool {
    v.is_valid(&to_json(&Value::Table(doc.clone())))
}

#[test]
fn a_record_with_every_field_is_read_cleanly_and_accepted() {
    let vocab = vocabularies();
    let v = validator(&vocab);
    let (doc, placed) = record(&vocab, &mut || true);
    assert_eq!(read(&doc, &vocab), Vec::<String>::new(), "{doc}");
    assert!(accepts(&v, &doc), "{doc}");
    // Every field of the table is in it.
    assert!(placed.len() > 50, "{}", placed.len());
}

#[test]
fn each_single_fault_is_reported_by_the_reader_and_refused_by_the_schema() {
    let vocab = vocabularies();
    let v = validator(&vocab);
    let (doc, placed) = record(&vocab, &mut || true);
    let mut faults: Vec<(String, toml::Table, &str)> = Vec::new();
    for p in &placed {
        let mut d = doc.clone();
        parent(&mut d, &p.path).insert(key(&p.path).into(), wrong(p.field.kind));
        faults.push((format!("{:?} of another type", p.path), d, "WrongType"));
        let dropped: Option<&str> = match p.field.need {
            Need::Required => Some(p.field.key),
            Need::With(other) => Some(other),
            Need::Optional | Need::EitherOr(_) => None,
        };
        if let Some(k) = dropped {
            let mut d = doc.clone();
            parent(&mut d, &p.path).remove(k);
            faults.push((format!("{:?}: {k} left out", p.path), d, "MissingField"));
        }
        if let Need::EitherOr(other) = p.field.need {
            let mut d = doc.clone();
            let t = parent(&mut d, &p.path);
            t.remove(p.field.key);
            t.remove(other);
            faults.push((format!("{:?} and {other} left out", p.path), d, "MissingField"));
        }
        if matches!(p.field.kind, Kind::Table(_) | Kind::Tables(_) | Kind::Members(_)) {
            let mut d = doc.clone();
            let mut at = p.path.clone();
            if matches!(p.field.kind, Kind::Tables(_)) {
                at.push(Seg::Index(0));
            }
            at.push(Seg::Key("cle_inconnue"));
            parent(&mut d, &at).insert("cle_inconnue".into(), Value::String("x".into()));
            faults.push((format!("{:?}: unknown key", p.path), d, "UnknownKey"));
        }
    }
    let mut top = doc.clone();
    top.insert("cle_inconnue".into(), Value::Boolean(true));
    faults.push(("unknown key at the top".into(), top, "UnknownKey"));
    for (what, d, rule) in &faults {
        let rules = read(d, &vocab);
        assert!(
            rules.iter().any(|r| r == rule),
            "{what}: the reader said {rules:?}\n{d}"
        );
        assert!(!accepts(&v, d), "{what}: the schema accepts\n{d}");
    }
    assert!(faults.len() > 70, "{}", faults.len());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any choice of optional fields makes a record the reader reads
    /// cleanly and the schema accepts.
    #[test]
    fn records_with_any_optional_fields_are_valid_for_both(keep in prop::collection::vec(any::<bool>(), 64)) {
        let vocab = vocabularies();
        let v = validator(&vocab);
        let mut choices = keep.into_iter().cycle();
        let (doc, _) = record(&vocab, &mut || choices.next().unwrap());
        prop_assert_eq!(read(&doc, &vocab), Vec::<String>::new());
        prop_assert!(accepts(&v, &doc), "{}", doc);
    }
}
