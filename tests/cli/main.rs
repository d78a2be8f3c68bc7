//! The integration tests: one binary, one module per area (as xsv does).
//! Each test runs the real `fabriques` binary with a controlled
//! environment: no locale (French by default), no colour, a fixed folder.

mod authoring;
mod commands;
mod export;
mod geography;
mod list;
mod programme;
mod register;
mod rules;
mod snapshots;
mod stats;

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The repository root (where Cargo.toml is).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `fabriques` run from `dir`, with a neutral environment.
pub fn fabriques(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("fabriques").unwrap();
    cmd.current_dir(dir);
    for var in ["LANG", "LC_ALL", "LC_MESSAGES", "NO_COLOR"] {
        cmd.env_remove(var);
    }
    cmd
}

/// The output of a run: (exit code, stdout, stderr).
pub fn run(cmd: &mut Command) -> (i32, String, String) {
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// `validate --format json` on `data` (run from the repository root),
/// parsed.
pub fn validate_json(data: &Path, extra: &[&str]) -> (i32, serde_json::Value) {
    let (code, out, err) = run(fabriques(&root())
        .arg("--data")
        .arg(data)
        .args(["validate", "--format", "json"])
        .args(extra));
    let json = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}\n{err}"));
    (code, json)
}

/// (rule, file name, line, column) of a diagnostic.
pub type Pos = (String, String, u64, u64);

/// (rule, file name, line, column) of each diagnostic of a JSON report.
pub fn positions(json: &serde_json::Value) -> Vec<Pos> {
    json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let file = d["file"].as_str().unwrap();
            let name = Path::new(file).file_name().unwrap().to_string_lossy().into_owned();
            (
                d["rule"].as_str().unwrap().to_string(),
                name,
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
            )
        })
        .collect()
}
