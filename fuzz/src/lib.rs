//! What each fuzz target checks, on any input. Shared by the targets
//! (`fuzz_targets/`) and by the main test suite, which replays the seed
//! corpus and the regressions through the same functions
//! (`tests/cli/fuzz_replay.rs`, by `#[path]`): it uses only crates the
//! main crate's tests have.
//!
//! - [`record`]: parse + every rule + every reporter never panic; the
//!   human report holds no raw control character (colour off), JSON Lines
//!   are JSON with positions from 1, GitHub annotations one per line.
//! - [`fmt`]: what the formatter accepts, it keeps: the same values (parsed
//!   by `toml`) and the same comments (lexed by `toml_parser`, not by the
//!   formatter's own scan), and formatting again changes nothing.
//! - [`import`]: `import --dry-run` on any sheet ends (exit 0, 1 or 2),
//!   prints valid UTF-8 with no raw control character, and writes nothing.

/// The record target.
pub fn record(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let r = fabriques::fuzzing::check_record(text);
    if let Some(c) = r
        .human
        .chars()
        .find(|&c| fabriques::fuzzing::is_hidden(c) && c != '\n' && c != '\t')
    {
        panic!("raw {c:?} in the human report:\n{}", r.human);
    }
    for line in r.jsonl.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
        for key in ["line", "column", "end_line", "end_column"] {
            assert!(v[key].as_u64().is_some_and(|n| n >= 1), "{key} in {line}");
        }
        assert!(v["rule"].is_string() && v["message"].is_string(), "{line}");
    }
    assert_eq!(r.jsonl.lines().count(), r.diagnostics, "{}", r.jsonl);
    assert_eq!(r.github.lines().count(), r.diagnostics, "{}", r.github);
    assert!(r.github.lines().all(|l| l.starts_with("::")), "{}", r.github);
}

/// The fmt target.
pub fn fmt(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Some(out) = fabriques::fuzzing::format(text) else {
        return;
    };
    let again = fabriques::fuzzing::format(&out);
    assert_eq!(
        again.as_deref(),
        Some(out.as_str()),
        "not idempotent:\n{text}\n---\n{out}"
    );
    let before: toml::Value = toml::from_str(text.strip_prefix('\u{feff}').unwrap_or(text)).expect("the input is TOML");
    let after: toml::Value = toml::from_str(&out).unwrap_or_else(|e| panic!("the output is not TOML: {e}\n{out}"));
    assert!(same(&before, &after), "values changed:\n{text}\n---\n{out}");
    let (mut a, mut b) = (comments(text), comments(&out));
    a.sort_unstable();
    b.sort_unstable();
    assert_eq!(a, b, "comments changed:\n{text}\n---\n{out}");
}

/// Value equality where NaN equals NaN (the formatter keeps `nan`).
fn same(a: &toml::Value, b: &toml::Value) -> bool {
    use toml::Value as V;
    match (a, b) {
        (V::Float(x), V::Float(y)) => x == y || (x.is_nan() && y.is_nan()),
        (V::Array(x), V::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y)),
        (V::Table(x), V::Table(y)) => x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w))),
        _ => a == b,
    }
}

/// The comments of a TOML text as `toml_parser`'s lexer finds them,
/// trailing spaces apart (the formatter drops them).
fn comments(text: &str) -> Vec<String> {
    let source = toml_parser::Source::new(text);
    source
        .lex()
        .filter(|t| t.kind() == toml_parser::lexer::TokenKind::Comment)
        .filter_map(|t| source.get(t.span()).map(|raw| raw.as_str().trim_end().to_string()))
        .collect()
}

/// The import target.
pub fn import(data: &[u8]) {
    // A scratch register per input (a few microseconds; nothing left
    // behind, and replays may run in parallel).
    let scratch = tempfile::tempdir().expect("a temporary folder");
    let dir = scratch.path();
    std::fs::create_dir(dir.join("data")).expect("data/");
    let name = "feuille.csv";
    std::fs::write(dir.join(name), data).expect("the sheet is written");
    let args = ["fabriques", "import", "--dry-run", name].map(std::ffi::OsString::from);
    let env = fabriques::Env::in_dir(dir).with_var("FABRIQUES_AUJOURDHUI", "2026-11-21");
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = fabriques::run(args.to_vec(), &env, &mut out, &mut err);
    assert!(code <= 2, "exit code {code}");
    for (name, bytes) in [("stdout", &out), ("stderr", &err)] {
        let text = std::str::from_utf8(bytes).unwrap_or_else(|e| panic!("{name} is not UTF-8: {e}"));
        if let Some(c) = text
            .chars()
            .find(|&c| fabriques::fuzzing::is_hidden(c) && c != '\n' && c != '\t')
        {
            panic!("raw {c:?} on {name}:\n{text}");
        }
    }
    let written = std::fs::read_dir(dir.join("data")).expect("data/").count();
    assert_eq!(written, 0, "--dry-run wrote a file");
}
