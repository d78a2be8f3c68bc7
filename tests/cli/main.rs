//! The integration tests: one binary, one module per area (as xsv does).
//! Each test runs the tool in-process, through the library's `run`, with a
//! controlled environment of its own (no locale: French by default; no
//! colour; a fixed working directory; today pinned to [`TODAY`], so that
//! no test changes with the calendar) and in-memory output streams: tests
//! run in parallel and never touch the process's state. `process` keeps a
//! few tests of the real binary (exit codes, closed pipes, signals).

mod actions;
mod authoring;
mod checking;
mod commands;
mod export;
mod export_format;
mod french;
mod fuzz_replay;
mod geography;
mod hostile;
mod liens;
mod list;
mod process;
mod programme;
mod real;
mod register;
mod rules;
mod samples;
mod schema;
mod setup;
mod site;
mod snapshots;
mod stats;
mod tables;
mod truth;

use std::path::{Path, PathBuf};

use std::ffi::OsString;

use fabriques::Env;

/// The repository root (where Cargo.toml is).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The register of the three Movilab fabriques (`tests/fixtures/movilab`):
/// the query commands' tests run on it rather than on the 382 records of
/// `data/`.
pub fn movilab() -> PathBuf {
    root().join("tests/fixtures/movilab")
}

/// A run of the tool to make: its arguments and environment.
#[derive(Debug)]
pub struct Fabriques {
    args: Vec<OsString>,
    env: Env,
}

impl Fabriques {
    pub fn arg(&mut self, arg: impl Into<OsString>) -> &mut Fabriques {
        self.args.push(arg.into());
        self
    }

    pub fn args<S: Into<OsString>>(&mut self, args: impl IntoIterator<Item = S>) -> &mut Fabriques {
        self.args.extend(args.into_iter().map(Into::into));
        self
    }

    /// Whether standard output is a terminal.
    pub fn terminal(&mut self, yes: bool) -> &mut Fabriques {
        self.env.stdout_is_terminal = yes;
        self
    }

    /// Standard output on a terminal `columns` wide.
    pub fn columns(&mut self, columns: usize) -> &mut Fabriques {
        self.env = std::mem::take(&mut self.env).on_terminal(columns);
        self
    }

    pub fn stdin(&mut self, text: &str) -> &mut Fabriques {
        self.env = std::mem::take(&mut self.env).with_stdin(text);
        self
    }

    pub fn env(&mut self, name: &str, value: &str) -> &mut Fabriques {
        self.env = std::mem::take(&mut self.env).with_var(name, value);
        self
    }
}

/// The date every test runs on (`FABRIQUES_AUJOURDHUI`), unless it says
/// otherwise.
pub const TODAY: &str = "2026-11-21";

/// `fabriques` run from `dir`, with a neutral environment.
pub fn fabriques(dir: &Path) -> Fabriques {
    Fabriques {
        args: vec![OsString::from("fabriques")],
        env: Env::in_dir(dir).with_var("FABRIQUES_AUJOURDHUI", TODAY),
    }
}

/// The output of a run: (exit code, stdout, stderr), with the no-break
/// spaces of French typography (U+00A0, before « : » and inside « »)
/// read as plain spaces, so that tests write their expected texts with
/// the keyboard's space; `french::typography` checks the real characters
/// through [`run_raw`].
pub fn run(cmd: &mut Fabriques) -> (i32, String, String) {
    let (code, out, err) = run_raw(cmd);
    let plain = |s: String| s.replace('\u{a0}', " ");
    (code, plain(out), plain(err))
}

/// The output of a run, byte for byte.
pub fn run_raw(cmd: &mut Fabriques) -> (i32, String, String) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = fabriques::run(cmd.args.clone(), &cmd.env, &mut out, &mut err);
    (
        i32::from(code),
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
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
