//! `fabriques schema`: the JSON Schema of a record, checked with a real
//! validator (the `jsonschema` crate) on the records as a JSON Schema tool
//! sees a TOML file (dates as strings, as taplo reads them): every record
//! of the real register and of the Movilab fixture passes it, the
//! fixtures of unknown keys and wrong types fail it; this repository
//! commits the schema and the `.taplo.toml` that `init` writes.

use std::fs;
use std::path::Path;

use serde_json::Value as Json;

use crate::{fabriques, movilab, root, run, run_raw};

/// The schema `fabriques schema` prints in the register at `dir`.
fn schema(dir: &Path) -> Json {
    let (code, out, err) = run(fabriques(dir).arg("schema"));
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).unwrap()
}

fn to_json(v: &toml::Value) -> Json {
    match v {
        toml::Value::String(s) => Json::String(s.clone()),
        toml::Value::Integer(i) => Json::from(*i),
        toml::Value::Float(f) => Json::from(*f),
        toml::Value::Boolean(b) => Json::Bool(*b),
        toml::Value::Datetime(d) => Json::String(d.to_string()),
        toml::Value::Array(a) => Json::Array(a.iter().map(to_json).collect()),
        toml::Value::Table(t) => Json::Object(t.iter().map(|(k, v)| (k.clone(), to_json(v))).collect()),
    }
}

/// The problems the schema finds in the record `file`.
fn problems(schema: &Json, file: &Path) -> Vec<String> {
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(schema)
        .unwrap();
    let doc: toml::Value = toml::from_str(&fs::read_to_string(file).unwrap()).unwrap();
    validator
        .iter_errors(&to_json(&doc))
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

fn records(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_record_of_the_register_and_of_the_movilab_fixture_passes_the_schema() {
    for (register, expected) in [(root(), 382), (movilab(), 3)] {
        let schema = schema(&register);
        let files = records(&register.join("data"));
        assert_eq!(files.len(), expected);
        for file in &files {
            let found = problems(&schema, file);
            assert!(found.is_empty(), "{}: {found:?}", file.display());
        }
    }
}

#[test]
fn unknown_keys_and_wrong_types_fail_the_schema() {
    let schema = schema(&root());
    let fixtures = root().join("tests/fixtures/rules");
    let found = problems(&schema, &fixtures.join("unknown-key/data/faute.toml"));
    assert!(found.iter().any(|p| p.contains("'nmo' was unexpected")), "{found:?}");
    let found = problems(&schema, &fixtures.join("wrong-type/data/qpv-oui.toml"));
    assert!(
        found.iter().any(|p| p.starts_with("/qpv: ") && p.contains("boolean")),
        "{found:?}"
    );
}

#[test]
fn the_schema_names_the_registers_own_codes() {
    // This register declares the network `fabmob` in its fabriques.toml;
    // a new register has none yet.
    let here = schema(&root());
    assert_eq!(
        here["properties"]["reseaux"]["items"]["enum"],
        serde_json::json!(["fabmob"])
    );
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = schema(dir.path());
    assert_eq!(
        elsewhere["properties"]["reseaux"]["items"]["enum"],
        serde_json::json!([])
    );
    assert_eq!(
        here["properties"]["adresse"]["required"],
        serde_json::json!(["commune"])
    );
}

#[test]
fn this_repository_commits_the_schema_and_the_taplo_configuration_init_writes() {
    let (_, printed, _) = run_raw(fabriques(&root()).arg("schema"));
    let committed = fs::read_to_string(root().join("fabriques.schema.json")).unwrap();
    assert_eq!(printed, committed, "run `fabriques schema > fabriques.schema.json`");
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = run(fabriques(dir.path()).args(["init", "--depot", "."]));
    assert_eq!(code, 0, "{err}");
    let written = fs::read_to_string(dir.path().join(".taplo.toml")).unwrap();
    let committed = fs::read_to_string(root().join(".taplo.toml")).unwrap();
    assert_eq!(written, committed, "copy the .taplo.toml `fabriques init` writes");
    assert!(committed.contains("path = \"fabriques.schema.json\""));
}
