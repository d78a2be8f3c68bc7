//! The real binary, in a real process: what only a process can show —
//! exit codes through the operating system, standard output written in
//! blocks to a pipe and flushed whole, and a pipe closed by its reader
//! (`fabriques validate | head`), which is not a failure.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};

use crate::root;

/// The `fabriques` binary, run from `dir` with a neutral environment.
fn binary(dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_fabriques"));
    cmd.current_dir(dir);
    for var in ["LANG", "LC_ALL", "LC_MESSAGES", "NO_COLOR", "FABRIQUES_AUJOURDHUI"] {
        cmd.env_remove(var);
    }
    cmd
}

#[test]
fn exit_codes_reach_the_shell() {
    let code = |args: &[&str]| binary(&root()).args(args).output().unwrap().status.code();
    assert_eq!(code(&["validate"]), Some(0));
    assert_eq!(code(&["--data", "tests/fixtures/snapshot/data", "validate"]), Some(1));
    assert_eq!(code(&["validate", "--format", "yaml"]), Some(2));
    assert_eq!(code(&["--help"]), Some(0));
    assert_eq!(code(&[]), Some(2));
}

#[test]
fn piped_output_is_the_same_as_in_process_and_complete() {
    // Block-buffered when piped: everything must still come out, once.
    let args = ["--data", "tests/fixtures/snapshot/data", "validate", "--format", "json"];
    let out = binary(&root()).args(args).output().unwrap();
    let (_, expected, _) = crate::run_raw(crate::fabriques(&root()).args(args));
    assert_eq!(String::from_utf8(out.stdout).unwrap(), expected);
}

#[test]
fn a_pipe_closed_by_its_reader_is_not_a_failure() {
    // Enough diagnostics to fill a pipe many times over.
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    let record = std::fs::read_to_string(root().join("tests/fixtures/snapshot/data/cafe-des-possibles.toml")).unwrap();
    for i in 0..400 {
        std::fs::write(data.join(format!("fiche-{i:03}.toml")), &record).unwrap();
    }
    let mut child = binary(dir.path())
        .arg("validate")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 100];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // The reader is gone (as `head` exits).
    let status = child.wait().unwrap();
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    assert_eq!(status.code(), Some(0), "{err}");
    assert!(!err.contains("erreur :"), "{err}");
}

#[test]
fn regression_a_closed_pipe_is_not_a_failure_for_any_export_or_command() {
    // 1,500 copies of a Fabrique numérique with everything the médiation
    // numérique export needs: every format writes far more than a pipe
    // and the 64 KiB output buffer hold. (`export --json` used to end with
    // « Broken pipe » and exit 2: serde_json hides the system's error.)
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    std::fs::copy(
        root().join("tests/fixtures/export/fabriques.toml"),
        dir.path().join("fabriques.toml"),
    )
    .unwrap();
    let record = std::fs::read_to_string(root().join("tests/fixtures/export/data/numerique-essai.toml")).unwrap();
    for i in 0..1500 {
        let named = record.replace("d'essai\"", &format!("d'essai {i}\""));
        std::fs::write(data.join(format!("fiche-{i:04}.toml")), named).unwrap();
    }
    let runs: &[&[&str]] = &[
        &["export", "--csv"],
        &["export", "--json"],
        &["export", "--jsonl"],
        &["export", "--geojson"],
        &["export", "--wikitext"],
        &["export", "--markdown"],
        &["export", "--mediation-numerique"],
        &["export", "--xlsx"],
        &["export", "--csv", "-o", "-"],
        &["list"],
        &["list", "--format", "csv"],
        &["list", "--format", "json"],
        &["criteres"],
        &["actions"],
        &["stats"],
        &["validate", "--format", "json"],
    ];
    for args in runs {
        let err_path = dir.path().join("stderr");
        let mut child = binary(dir.path())
            .args(*args)
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(&err_path).unwrap())
            .spawn()
            .unwrap();
        let mut first = [0u8; 100];
        let read = child.stdout.take().unwrap().read_exact(&mut first);
        assert!(
            read.is_ok(),
            "{args:?}: {}",
            std::fs::read_to_string(&err_path).unwrap()
        );
        // The reader is gone (as `head` exits).
        let status = child.wait().unwrap();
        let err = std::fs::read_to_string(&err_path).unwrap();
        assert_eq!(status.code(), Some(0), "{args:?}: {err}");
        assert!(
            !err.contains("erreur :") && !err.contains("Broken pipe"),
            "{args:?}: {err}"
        );
    }
}
