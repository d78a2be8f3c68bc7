//! The record format as a JSON Schema (draft 7), for editors: taplo and
//! « Even Better TOML » complete keys and codes and underline a wrong type
//! as the contributor types, before `fabriques validate` runs.
//!
//! It is generated from the field table ([`super::fields`]) the reader
//! checks records with, and from the register's vocabularies (its
//! `fabriques.toml` additions included), so it never says something else
//! than the checker. It describes the shape of a record only — keys,
//! types, codes, required fields: what the rules check beyond (geography,
//! dates, the programme's figures) stays `validate`'s. TOML dates are
//! strings of format `date` for a JSON Schema validator, as taplo reads
//! them.

use serde_json::{json, Map, Value};

use super::examples::example;
use super::fields::{Field, Kind, Need, RECORD};
use crate::messages::{fill, ui::documentation as t, Lang};
use crate::vocab::Vocabularies;

/// The JSON Schema of a record of a register with these vocabularies,
/// its descriptions in `lang`.
pub(crate) fn schema(vocab: &Vocabularies, lang: Lang) -> Value {
    let mut root = table(RECORD, "", vocab, lang);
    let head = json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": t::SCHEMA_TITLE.get(lang),
        "description": t::SCHEMA_DESCRIPTION.get(lang),
    });
    if let (Value::Object(root), Value::Object(head)) = (&mut root, head) {
        for (k, v) in head.into_iter().rev() {
            root.shift_insert(0, k, v);
        }
    }
    root
}

/// An object of these fields, no other key allowed.
fn table(fields: &[Field], path: &str, vocab: &Vocabularies, lang: Lang) -> Value {
    let mut properties = Map::new();
    let mut required = Vec::new();
    let mut any_of = Vec::new();
    let mut dependencies = Map::new();
    for f in fields {
        let path = if path.is_empty() {
            f.key.to_string()
        } else {
            format!("{path}.{}", f.key)
        };
        let mut value = kind(f.kind, &path, vocab, lang);
        if let Value::Object(o) = &mut value {
            if let Some(d) = description(&path, lang) {
                o.shift_insert(0, "description".into(), d.into());
            }
        }
        properties.insert(f.key.into(), value);
        match f.need {
            Need::Optional => {}
            Need::Required => required.push(f.key),
            // Each pair once: from its first field.
            Need::EitherOr(other) => {
                if !any_of.iter().any(|(_, b)| *b == f.key) {
                    any_of.push((f.key, other));
                }
            }
            Need::With(other) => {
                dependencies.insert(f.key.into(), json!([other]));
            }
        }
    }
    let mut o = Map::new();
    o.insert("type".into(), "object".into());
    o.insert("properties".into(), properties.into());
    if !required.is_empty() {
        o.insert("required".into(), json!(required));
    }
    if !any_of.is_empty() {
        let one_of: Vec<Value> = any_of
            .iter()
            .map(|(a, b)| json!({ "anyOf": [{ "required": [a] }, { "required": [b] }] }))
            .collect();
        o.insert("allOf".into(), one_of.into());
    }
    if !dependencies.is_empty() {
        o.insert("dependencies".into(), dependencies.into());
    }
    o.insert("additionalProperties".into(), false.into());
    o.into()
}

/// What a field's help shows as a correct line, as a description.
fn description(path: &str, lang: Lang) -> Option<String> {
    let e = example(path);
    (!e.is_empty()).then(|| fill(t::SCHEMA_EXAMPLE.get(lang), &[("exemple", e.replace('\n', " ; "))]))
}

/// A text: a string with something other than spaces.
fn text() -> Value {
    json!({ "type": "string", "pattern": "\\S" })
}

fn codes(vocab: &Vocabularies, name: &str) -> Value {
    json!({ "type": "string", "enum": vocab.get(name).codes() })
}

/// The schema of a value of `kind`.
fn kind(kind: Kind, path: &str, vocab: &Vocabularies, lang: Lang) -> Value {
    match kind {
        Kind::Text => text(),
        Kind::String => json!({ "type": "string" }),
        Kind::Url => json!({ "type": "string", "pattern": "^https?://\\S+$" }),
        Kind::Code(v) => codes(vocab, v),
        Kind::Codes(v) => json!({ "type": "array", "items": codes(vocab, v) }),
        Kind::CodeOrCodes(v) => json!({
            "anyOf": [codes(vocab, v), { "type": "array", "items": codes(vocab, v), "minItems": 1 }]
        }),
        Kind::SomeTexts => json!({ "type": "array", "items": text(), "minItems": 1 }),
        Kind::Bool => json!({ "type": "boolean" }),
        Kind::Integer { min: None } => json!({ "type": "integer" }),
        Kind::Integer { min: Some(min) } => json!({ "type": "integer", "minimum": min }),
        Kind::Degrees(limit) => json!({ "type": "number", "minimum": -i64::from(limit), "maximum": limit }),
        Kind::Date => json!({ "type": "string", "format": "date" }),
        Kind::AnctId => json!({ "type": "string", "pattern": "^fabt-[0-9]+$" }),
        Kind::Yearly => json!({
            "type": "object",
            "propertyNames": { "pattern": "^[0-9]{4}$" },
            "additionalProperties": { "type": "integer", "minimum": 0 }
        }),
        Kind::Members(v) => json!({
            "type": "object",
            "propertyNames": { "enum": vocab.get(v).codes() },
            "additionalProperties": { "type": "array", "items": text() }
        }),
        Kind::Table(fields) => table(fields, path, vocab, lang),
        Kind::Tables(fields) => json!({ "type": "array", "items": table(fields, path, vocab, lang) }),
    }
}
