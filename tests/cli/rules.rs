//! Every rule has a fixture that triggers it, and reports its name, file,
//! line and column there. The rules are those `fabriques rules` lists; each
//! has `tests/fixtures/rules/<rule>/` with a `data/` register and an
//! `expected` file: `file:line:column` of the diagnostic, then `also RULE`
//! for a rule the fixture cannot help triggering too.

use crate::{fabriques, positions, root, run, validate_json};

/// The settings the fixtures share (a network for `reseaux`).
fn settings() -> String {
    root().join("tests/fixtures/fabriques.toml").display().to_string()
}

fn fixture(rule: &str) -> std::path::PathBuf {
    root().join("tests/fixtures/rules").join(rule).join("data")
}

/// The rules, as `fabriques rules` lists them (piped: plain columns).
fn rule_names() -> Vec<String> {
    let (code, out, _) = run(fabriques(&root()).arg("rules"));
    assert_eq!(code, 0);
    out.lines()
        .skip(1)
        .filter_map(|l| l.split_whitespace().next())
        .map(str::to_string)
        .collect()
}

/// What a rule's fixture must report: (file, line, column), and the rules
/// it may report too.
fn expected(rule: &str) -> ((String, u64, u64), Vec<String>) {
    let path = root().join("tests/fixtures/rules").join(rule).join("expected");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut lines = text.lines();
    let first: Vec<&str> = lines.next().unwrap_or_default().split(':').collect();
    let [file, line, column] = first[..] else {
        panic!("{}: file:line:column expected", path.display())
    };
    let also = lines
        .filter_map(|l| l.strip_prefix("also "))
        .map(str::to_string)
        .collect();
    ((file.to_string(), line.parse().unwrap(), column.parse().unwrap()), also)
}

/// Whether a rule is an error by default, as `fabriques rules NAME` says.
fn is_error_by_default(rule: &str) -> bool {
    let (code, out, _) = run(fabriques(&root()).args(["rules", rule]));
    assert_eq!(code, 0, "{rule}");
    out.contains("(par défaut : erreur)")
}

#[test]
fn each_rule_fixture_reports_the_rule_at_its_position() {
    let names = rule_names();
    assert!(names.len() > 40, "{names:?}");
    for rule in &names {
        let ((file, line, column), also) = expected(rule);
        let (code, json) = validate_json(&fixture(rule), &["--config", &settings()]);
        let found = positions(&json);
        assert!(
            found.contains(&(rule.to_string(), file.clone(), line, column)),
            "{rule}: expected {file}:{line}:{column}, got {found:?}"
        );
        // The fixture triggers its rule and nothing else.
        assert!(
            found.iter().all(|(r, ..)| r == rule || also.contains(r)),
            "{rule}: {found:?}"
        );
        assert_eq!(code, i32::from(is_error_by_default(rule)), "{rule}");
    }
}

#[test]
fn every_fixture_is_a_rule() {
    let names = rule_names();
    for dir in std::fs::read_dir(root().join("tests/fixtures/rules")).unwrap() {
        let name = dir.unwrap().file_name().to_string_lossy().into_owned();
        assert!(names.contains(&name), "{name} is no rule");
    }
}

#[test]
fn the_complete_record_triggers_no_rule() {
    let (code, json) = validate_json(&root().join("tests/fixtures/complete/data"), &["--config", &settings()]);
    assert_eq!((code, positions(&json)), (0, vec![]));
}

#[test]
fn every_rule_is_documented_in_both_languages() {
    for rule in rule_names() {
        for lang in ["fr", "en"] {
            let (code, out, _) = run(fabriques(&root()).args(["--lang", lang, "rules", &rule]));
            assert_eq!(code, 0, "{rule}");
            let sections: Vec<&str> = out.split("\n\n").collect();
            // Summary and severity, why, bad example, good example, exception.
            assert_eq!(sections.len(), 5, "{rule} ({lang}):\n{out}");
            assert!(
                sections.iter().all(|s| s.lines().count() >= 2),
                "{rule} ({lang}):\n{out}"
            );
            assert_ne!(
                sections[2].lines().skip(1).collect::<Vec<_>>(),
                sections[3].lines().skip(1).collect::<Vec<_>>(),
                "{rule}"
            );
        }
        assert!(is_kebab(&rule), "{rule}");
    }
}

fn is_kebab(s: &str) -> bool {
    s.split('-')
        .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()))
}

#[test]
fn a_duplicate_name_is_reported_on_both_records() {
    let (_, json) = validate_json(&fixture("duplicate-name"), &["--config", &settings()]);
    let files: Vec<String> = positions(&json).into_iter().map(|p| p.1).collect();
    assert_eq!(files, ["dynamo-chambery.toml", "la-dynamo.toml"]);
}

#[test]
fn an_exception_with_a_reason_silences_its_rule_in_its_record_only() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    let src = std::fs::read_to_string(fixture("ignore-missing-reason").join("sans-raison.toml")).unwrap();
    let with_reason = src.replace(
        "{ regle = \"invalid-url\" }",
        "{ regle = \"invalid-url\", raison = \"site en préparation\" }",
    );
    std::fs::write(data.join("excuse.toml"), &with_reason).unwrap();
    let other = with_reason
        .replace("[validation]", "")
        .replace(
            "ignorer = [{ regle = \"invalid-url\", raison = \"site en préparation\" }]",
            "",
        )
        .replace("Fabrique d'essai", "Autre");
    std::fs::write(data.join("autre.toml"), other).unwrap();
    let (code, json) = validate_json(&data, &["--config", &settings()]);
    let found = positions(&json);
    assert_eq!(found, [("invalid-url".to_string(), "autre.toml".to_string(), 7, 12)]);
    assert_eq!(code, 1);
}

#[test]
fn the_readme_lists_every_rule() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    for rule in rule_names() {
        assert!(readme.contains(&format!("| `{rule}` |")), "README misses {rule}");
    }
}

#[test]
fn regression_homonymous_communes_are_not_duplicates() {
    // Saint-Denis (93) and Saint-Denis (La Réunion) are two communes.
    let dir = tempfile::tempdir().unwrap();
    let complete = std::fs::read_to_string(root().join("tests/fixtures/complete/data/complete.toml")).unwrap();
    for (id, cp) in [("case-93", "93200"), ("case-974", "97400")] {
        let text = complete.replace("Fabrique d'essai", "La Case").replace(
            "code_postal = \"73000\"\ncommune = \"Chambéry\"",
            &format!("code_postal = \"{cp}\"\ncommune = \"Saint-Denis\""),
        );
        std::fs::write(dir.path().join(format!("{id}.toml")), text).unwrap();
    }
    let (code, json) = validate_json(dir.path(), &["--config", &settings()]);
    assert_eq!((code, positions(&json)), (0, vec![]));
}

#[test]
fn an_exception_for_a_register_wide_rule_is_applied_at_the_end() {
    // `duplicate-name` is known once every record is read: its exception
    // silences it then, and is reported unused when it silenced nothing.
    let dir = tempfile::tempdir().unwrap();
    for file in ["la-dynamo.toml", "dynamo-chambery.toml"] {
        std::fs::copy(fixture("duplicate-name").join(file), dir.path().join(file)).unwrap();
    }
    let path = dir.path().join("la-dynamo.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let with = format!(
        "{text}\n[validation]\nignorer = [{{ regle = \"duplicate-name\", raison = \"Deux lieux distincts\" }}]\n"
    );
    std::fs::write(&path, &with).unwrap();
    let (_, json) = validate_json(dir.path(), &["--config", &settings()]);
    let found: Vec<(String, String)> = positions(&json).into_iter().map(|p| (p.0, p.1)).collect();
    assert_eq!(
        found,
        [("duplicate-name".to_string(), "dynamo-chambery.toml".to_string())]
    );
    // The other record renamed: nothing left to silence.
    std::fs::remove_file(dir.path().join("dynamo-chambery.toml")).unwrap();
    let (code, json) = validate_json(dir.path(), &["--config", &settings()]);
    let found = positions(&json);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0].0.as_str(), found[0].1.as_str()),
        ("ignore-unused", "la-dynamo.toml")
    );
    assert_eq!(code, 0);
}
