//! The real binary, in a real process: what only a process can show —
//! exit codes through the operating system, standard output written in
//! blocks to a pipe and flushed whole, and a pipe closed by its reader
//! (`fabriques validate | head`), which is not a failure; and a write
//! stopped by a signal, which leaves no temporary file behind.

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

/// The temporary files `fabriques` writes in `dir` (hidden, `.fabriques-`).
#[cfg(unix)]
fn temporaries(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".fabriques-"))
        .collect()
}

/// The files of `dir`, by name, with their texts.
#[cfg(unix)]
fn texts(dir: &Path) -> std::collections::BTreeMap<String, String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect()
}

/// Runs `fabriques ARGS` in `dir`, sends it `signal` as soon as one of its
/// temporary files shows in `dir/data`, and returns how it ended.
#[cfg(unix)]
fn stopped(dir: &Path, args: &[&str], signal: &str) -> std::process::ExitStatus {
    stopped_when(dir, args, signal, |_| true)
}

/// [`stopped`], once `ready` holds of the temporary files' folder.
#[cfg(unix)]
fn stopped_when(dir: &Path, args: &[&str], signal: &str, ready: impl Fn(&Path) -> bool) -> std::process::ExitStatus {
    let watched = dir.join("data");
    let mut child = binary(dir)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let start = std::time::Instant::now();
    while temporaries(&watched).is_empty() || !ready(&watched) {
        assert!(
            child.try_wait().unwrap().is_none(),
            "fabriques {args:?} ended before its temporary files could be seen"
        );
        assert!(start.elapsed().as_secs() < 60, "no temporary file in a minute");
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    let sent = Command::new("kill")
        .args([&format!("-{signal}"), &child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    child.wait().unwrap()
}

#[cfg(unix)]
#[test]
fn stopped_by_ctrl_c_fmt_leaves_no_temporary_file_and_no_half_record() {
    use std::os::unix::process::ExitStatusExt;
    // Records out of the layout (`key=value`), enough that fmt is still
    // writing when it is stopped.
    let record = std::fs::read_to_string(root().join("tests/fixtures/snapshot/data/cafe-des-possibles.toml"))
        .unwrap()
        .replace(" = ", "=");
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("data")).unwrap();
    for i in 0..2000 {
        std::fs::write(dir.path().join(format!("data/fiche-{i:04}.toml")), &record).unwrap();
    }
    // What each file becomes when fmt is left to finish (they are alike).
    let reference = tempfile::tempdir().unwrap();
    std::fs::create_dir(reference.path().join("data")).unwrap();
    std::fs::write(reference.path().join("data/fiche.toml"), &record).unwrap();
    let done = binary(reference.path()).arg("fmt").output().unwrap();
    assert_eq!(done.status.code(), Some(0));
    let formatted = std::fs::read_to_string(reference.path().join("data/fiche.toml")).unwrap();
    assert_ne!(formatted, record);

    let status = stopped(dir.path(), &["fmt"], "INT");
    assert_eq!(status.signal(), Some(2), "{status:?}");
    let data = dir.path().join("data");
    assert_eq!(temporaries(&data), Vec::<String>::new());
    let after = texts(&data);
    assert_eq!(after.len(), 2000);
    for (name, text) in &after {
        assert!(
            text == &record || text == &formatted,
            "{name} is neither before nor after:\n{text}"
        );
    }
}

#[cfg(unix)]
#[test]
fn stopped_by_sigterm_import_leaves_no_temporary_file_and_no_half_record() {
    use std::os::unix::process::ExitStatusExt;
    let mut sheet = String::from("id,nom,commune,code_postal,qpv\n");
    for i in 0..1000 {
        sheet.push_str(&format!("lieu-{i:04},Lieu {i},Lyon,69001,non\n"));
    }
    let dir = tempfile::tempdir().unwrap();
    let reference = tempfile::tempdir().unwrap();
    for d in [dir.path(), reference.path()] {
        std::fs::create_dir(d.join("data")).unwrap();
        std::fs::write(d.join("fabriques.toml"), "").unwrap();
        std::fs::write(d.join("tableau.csv"), &sheet).unwrap();
    }
    let done = binary(reference.path())
        .args(["import", "tableau.csv"])
        .output()
        .unwrap();
    assert_eq!(done.status.code(), Some(0), "{}", String::from_utf8_lossy(&done.stderr));
    let imported = texts(&reference.path().join("data"));
    assert_eq!(imported.len(), 1000);

    let status = stopped(dir.path(), &["import", "tableau.csv"], "TERM");
    assert_eq!(status.signal(), Some(15), "{status:?}");
    let data = dir.path().join("data");
    assert_eq!(temporaries(&data), Vec::<String>::new());
    // Each record written is whole; the others are not there yet.
    for (name, text) in texts(&data) {
        assert_eq!(text, imported[&name], "{name}");
    }
}

#[cfg(unix)]
#[test]
fn stopped_by_ctrl_c_site_leaves_no_temporary_folder() {
    use std::os::unix::process::ExitStatusExt;
    let record = std::fs::read_to_string(root().join("tests/fixtures/snapshot/data/cafe-des-possibles.toml")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("data")).unwrap();
    for i in 0..300 {
        let text = record.replacen("nom = \"", &format!("nom = \"N{i} "), 1);
        std::fs::write(dir.path().join(format!("data/fiche-{i:04}.toml")), text).unwrap();
    }
    // The site is written beside `data/` (`data/site`): stopped while its
    // workers write into the temporary folder.
    fn files(folder: &Path) -> usize {
        std::fs::read_dir(folder).map_or(0, |entries| {
            entries
                .flatten()
                .map(|e| if e.path().is_dir() { files(&e.path()) } else { 1 })
                .sum()
        })
    }
    let status = stopped_when(dir.path(), &["site", "-o", "data/site"], "INT", |data| {
        temporaries(data)
            .iter()
            .any(|t| t.starts_with(".fabriques-site-") && files(&data.join(t)) > 100)
    });
    assert_eq!(status.signal(), Some(2), "{status:?}");
    // Neither the folder being written nor a half site.
    let data = dir.path().join("data");
    assert_eq!(temporaries(&data), Vec::<String>::new());
    assert!(!data.join("site").exists());
}
