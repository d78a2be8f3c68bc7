//! What the user sees, snapshotted (insta): the three formats of
//! `validate` on a register with accents and multi-byte characters before
//! the error columns.

use crate::{fabriques, root, run};

fn validate(args: &[&str]) -> (i32, String, String) {
    run(fabriques(&root())
        .args(["--data", "tests/fixtures/snapshot/data", "validate"])
        .args(args))
}

#[test]
fn human_output() {
    let (code, out, err) = validate(&[]);
    assert_eq!(code, 1);
    insta::assert_snapshot!("human", format!("{out}--- stderr ---\n{err}"));
}

#[test]
fn human_output_in_english() {
    let (_, out, err) = validate(&["--lang", "en"]);
    insta::assert_snapshot!("human_en", format!("{out}--- stderr ---\n{err}"));
}

#[test]
fn json_output() {
    let (code, out, _) = validate(&["--format", "json"]);
    assert_eq!(code, 1);
    insta::assert_snapshot!("json", out);
}

#[test]
fn github_output() {
    let (code, out, _) = validate(&["--format", "github"]);
    assert_eq!(code, 1);
    insta::assert_snapshot!("github", out);
}

#[test]
fn columns_count_characters_after_accents() {
    let (_, out, _) = validate(&["--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    // Line 22: `centres_sociaux = ["Maison de quartier Côte-Chaude — « Œuvre »", 42]`.
    // The 42 starts at byte 71 but is character 66 of the line: ô, —, «, Œ
    // and » take two or three bytes each.
    let d = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == "wrong-type" && d["line"] == 22)
        .unwrap();
    assert_eq!((d["column"].as_u64(), d["end_column"].as_u64()), (Some(66), Some(68)));
    let (_, human, _) = validate(&[]);
    let caret_line = human.lines().skip_while(|l| !l.starts_with("22 |")).nth(1).unwrap();
    assert_eq!(caret_line.find('^').unwrap(), "22 | ".len() + 65, "{human}");
}
