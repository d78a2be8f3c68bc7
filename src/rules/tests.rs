//! Each rule's documented examples are true: run through the checker, the
//! bad example triggers that rule and nothing else, the good one nothing.
//!
//! An example is a part of a record. It is completed with the complete
//! record of `tests/fixtures/complete/` (which triggers no rule), from
//! which every key the good example writes is first taken out: the pair
//! owns those keys, so that a bad example that leaves a key out (no
//! `page_movilab`, no `code_postal`) really leaves it out. A comment line
//! naming `data/<id>.toml` files gives the ids of the records written
//! below it, up to the next such line: several ids for one text
//! (`duplicate-name`), or one text per record
//! (`duplicate-name-other-address`). Three rules are about files rather
//! than text: `invalid-id` takes its file name from the example,
//! `duplicate-id` writes one record (each with its own name) at each path
//! of the example, `file-unreadable` writes the record in Latin-1.

use std::path::PathBuf;
use std::sync::Arc;

use toml_edit::{DocumentMut, Item, Table};

use super::*;
use crate::check::{self, Checker};
use crate::config::{Config, Settings};
use crate::messages::Lang;

/// The complete record: every field a rule asks for, rightly.
const COMPLETE: &str = include_str!("../../tests/fixtures/complete/data/complete.toml");

/// The ids the examples' links may name.
const IDS: &[&str] = &["la-dynamo", "lab01"];

/// Rules an example cannot help triggering with its own (more than
/// 150,000 € takes more than three years, or more than 50,000 € a year).
const ALSO: &[(&str, &str)] = &[("financement-total", "financement-duree")];

fn config() -> Config {
    let settings = Settings::parse(
        "[reseaux.fabmob]\nnom = \"La Fabrique des Mobilités\"\n\n[reseaux.reseau_essai]\nnom = \"Réseau d'essai\"\n",
        Lang::Fr,
    )
    .unwrap();
    Config {
        settings,
        ..Config::builtin(Lang::Fr, None)
    }
}

fn today() -> Date {
    crate::today::parse("2026-11-21").unwrap()
}

/// Every key an example writes (in any of its records): `nom`,
/// `adresse.commune`, `actions`...
fn keys(example: &str) -> Vec<(String, Option<String>)> {
    let mut out = Vec::new();
    for (_, text) in records(example) {
        let doc: DocumentMut = text.parse().unwrap_or_default();
        for (k, item) in doc.iter() {
            let found: Vec<(String, Option<String>)> = match item {
                Item::Table(t) => t
                    .iter()
                    .map(|(sub, _)| (k.to_string(), Some(sub.to_string())))
                    .collect(),
                _ => vec![(k.to_string(), None)],
            };
            for key in found {
                if !out.contains(&key) {
                    out.push(key);
                }
            }
        }
    }
    out
}

/// The complete record without the keys of `owned`, with `example` in.
fn completed(example: &str, owned: &[(String, Option<String>)]) -> String {
    let mut doc: DocumentMut = COMPLETE.parse().unwrap();
    for (k, sub) in owned {
        match sub {
            Some(sub) => {
                if let Some(t) = doc.get_mut(k).and_then(Item::as_table_mut) {
                    t.remove(sub);
                }
            }
            None => {
                doc.remove(k);
            }
        }
    }
    let Ok(example) = example.parse::<DocumentMut>() else {
        // Not TOML (`toml-syntax`): the example's lines go first.
        return format!("{example}{doc}");
    };
    for (k, item) in example.iter() {
        match item {
            Item::Table(t) => {
                let base = doc.entry(k).or_insert(Item::Table(Table::new()));
                let base = base.as_table_mut().expect("a table in both");
                for (sub, v) in t.iter() {
                    base.insert(sub, v.clone());
                }
            }
            _ => {
                doc.insert(k, item.clone());
            }
        }
    }
    doc.to_string()
}

/// The ids a comment line names (`# data/lab01.toml`), if it names some.
fn ids_of(line: &str) -> Vec<String> {
    if !line.starts_with('#') {
        return Vec::new();
    }
    line.split_whitespace()
        .filter_map(|w| w.trim_end_matches([':', ',']).strip_prefix("data/"))
        .filter_map(|w| w.strip_suffix(".toml"))
        .map(str::to_string)
        .collect()
}

/// The records an example describes: (ids, text), each text starting at a
/// comment line that names its ids; one record `essai` when no line does.
fn records(example: &str) -> Vec<(Vec<String>, String)> {
    let mut out: Vec<(Vec<String>, String)> = Vec::new();
    for line in example.split_inclusive('\n') {
        let ids = ids_of(line);
        match out.last_mut() {
            Some(last) if ids.is_empty() => last.1.push_str(line),
            _ if ids.is_empty() => out.push((vec!["essai".to_string()], line.to_string())),
            _ => out.push((ids, line.to_string())),
        }
    }
    out
}

/// The rules `validate` would report on the records an example describes.
fn reported(rule: &Rule, example: &str, owned: &[(String, Option<String>)]) -> Vec<&'static str> {
    let config = config();
    let mut ids: Ids = IDS.iter().map(|s| (*s).into()).collect();
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    // The two rules about files describe a file, not its text.
    let text = completed("", owned);
    match rule.id {
        RuleId::InvalidId => {
            let stem = example.trim().trim_start_matches("data/").trim_end_matches(".toml");
            files.push((stem.to_string(), text.into_bytes()));
        }
        RuleId::DuplicateId => {
            // One file per path, each its own fabrique (names differ).
            for (i, line) in example.lines().enumerate() {
                let rel = line.trim().trim_start_matches("data/").trim_end_matches(".toml");
                let doc = text.replacen("nom = \"Fabrique d'essai\"", &format!("nom = \"Fabrique {i}\""), 1);
                assert_ne!(doc, text, "the complete record's name moved");
                files.push((rel.to_string(), doc.into_bytes()));
            }
        }
        RuleId::FileUnreadable => {
            // The same record saved in Latin-1 (é is one byte), or in UTF-8.
            let latin1 = example.contains("Latin-1");
            let bytes = if latin1 {
                text.chars()
                    .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
                    .collect()
            } else {
                text.into_bytes()
            };
            files.push(("essai".to_string(), bytes));
        }
        _ => {
            for (record_ids, record) in records(example) {
                let text = completed(&record, owned);
                files.extend(record_ids.into_iter().map(|id| (id, text.clone().into_bytes())));
            }
        }
    }
    // A file is `data/<rel>.toml`; its id is the last part of `rel`.
    let id_of = |rel: &str| rel.rsplit('/').next().unwrap_or(rel).to_string();
    let shown = |rel: &str| Arc::new(PathBuf::from(format!("data/{rel}.toml")));
    ids.extend(files.iter().map(|(rel, _)| id_of(rel).into()));
    let mut duplicates = crate::load::Duplicates::new();
    for (rel, _) in &files {
        duplicates.entry(id_of(rel).into()).or_default().push(shown(rel));
    }
    duplicates.retain(|_, files| files.len() > 1);
    let checker = Checker::new(&config, today(), ids).duplicates(duplicates);
    let dir = tempfile::tempdir().unwrap();
    let mut found = Vec::new();
    let mut kept = Vec::new();
    let mut paths = Vec::new();
    for (rel, bytes) in &files {
        let path = dir.path().join(format!("{rel}.toml"));
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
        let checked = checker.check_file(&path, &shown(rel));
        found.extend(checked.diagnostics.iter().map(|d| d.rule.name()));
        kept.push(checked.kept.unwrap_or_else(|| check::Kept::none(&shown(rel))));
        paths.push((path, shown(rel)));
    }
    let reread = |i: usize| checker.reread_file(&paths[i].0, &paths[i].1);
    found.extend(
        check::finish(kept, reread, checker.severities(), false)
            .iter()
            .map(|l| l.diagnostic.rule.name()),
    );
    found.sort_unstable();
    found.dedup();
    found
}

#[test]
fn each_rules_examples_do_what_they_say() {
    for rule in ALL {
        let owned = keys(rule.good);
        let also: Vec<&str> = ALSO.iter().filter(|(r, _)| *r == rule.name).map(|(_, a)| *a).collect();
        let bad = reported(rule, rule.bad, &owned);
        assert!(
            bad.contains(&rule.name) && bad.iter().all(|r| *r == rule.name || also.contains(r)),
            "{}: the bad example reports {bad:?}\n{}",
            rule.name,
            completed(rule.bad, &owned)
        );
        let good = reported(rule, rule.good, &owned);
        assert!(
            good.is_empty(),
            "{}: the good example reports {good:?}\n{}",
            rule.name,
            completed(rule.good, &owned)
        );
    }
}

#[test]
fn the_complete_record_reports_nothing() {
    assert_eq!(reported(&unknown_key::RULE, "", &[]), Vec::<&str>::new());
}

/// A criterion is unknown exactly when its record does not write the fact
/// it is judged on: `a-completer` and `stats` ask the fact, not the
/// verdict. Checked on every rule's examples (completed, and alone) and on
/// the complete and the empty record.
#[test]
fn a_criterion_is_unknown_exactly_when_its_fact_is_unwritten() {
    let config = config();
    let checker = Checker::new(&config, today(), IDS.iter().map(|s| (*s).into()).collect());
    let file = Arc::new(PathBuf::from("data/essai.toml"));
    let mut texts = vec![COMPLETE.to_string(), String::new()];
    for rule in ALL {
        let owned = keys(rule.good);
        for example in [rule.bad, rule.good] {
            texts.push(example.to_string());
            texts.extend(records(example).into_iter().map(|(_, text)| completed(&text, &owned)));
        }
    }
    let (mut unknown, mut known) = (0, 0);
    for text in texts {
        let Some(record) = checker.check_text("essai", text.clone(), &file).record else {
            continue;
        };
        for c in criteria() {
            let verdict = (c.shown)(&record);
            assert_eq!(
                verdict.is_unknown(),
                !record.written.has(c.fact),
                "{}\n{text}",
                c.rule.name
            );
            if verdict.is_unknown() {
                unknown += 1;
            } else {
                known += 1;
            }
        }
    }
    assert!(unknown > 0 && known > 0, "{unknown} unknown, {known} known");
    // And the fact is the one the criterion's examples write: alone, the
    // bad example is judged not shown, the good one shown.
    for c in criteria() {
        for (example, met) in [(c.rule.bad, false), (c.rule.good, true)] {
            let record = checker.check_text("essai", example.to_string(), &file).record.unwrap();
            let verdict = (c.shown)(&record);
            assert!(
                !verdict.is_unknown() && verdict.is_met() == met,
                "{}: {verdict:?}\n{example}",
                c.rule.name
            );
        }
    }
}
