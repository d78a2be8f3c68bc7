//! The fuzz targets' checks (`fuzz/src/lib.rs`, included here) on the seed
//! corpus — the bundled records, every fixture — and on the regressions
//! the fuzzers found (`fuzz/regressions/<target>/`): the checks run on
//! every `cargo test`, without a fuzzer or a nightly toolchain.

#[path = "../../fuzz/src/lib.rs"]
mod targets;

use std::fs;
use std::path::{Path, PathBuf};

use crate::{fabriques, root, run};

/// The files under `dir` whose name ends with `ext` (any with ""), sorted.
fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = fs::read_dir(dir) else {
        return out;
    };
    for e in entries {
        let path = e.unwrap().path();
        if path.is_dir() {
            out.extend(files(&path, ext));
        } else if path.to_string_lossy().ends_with(ext) && !path.ends_with(".gitkeep") {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// The records of the seed corpus: data/, the fixtures, the regressions.
fn toml_seeds(target: &str) -> Vec<PathBuf> {
    let mut seeds = files(&root().join("data"), ".toml");
    seeds.extend(files(&root().join("tests/fixtures"), ".toml"));
    seeds.extend(files(&root().join("fuzz/regressions").join(target), ""));
    assert!(seeds.len() > 50, "{} seeds", seeds.len());
    seeds
}

#[test]
fn fuzz_record_checks_hold_on_the_seed_corpus() {
    for seed in toml_seeds("record") {
        targets::record(&fs::read(&seed).unwrap());
    }
}

#[test]
fn fuzz_fmt_checks_hold_on_the_seed_corpus() {
    for seed in toml_seeds("fmt") {
        targets::fmt(&fs::read(&seed).unwrap());
    }
}

#[test]
fn fuzz_import_checks_hold_on_the_seed_corpus() {
    let mut sheets: Vec<Vec<u8>> = files(&root().join("tests/fixtures"), ".csv")
        .iter()
        .chain(&files(&root().join("fuzz/regressions/import"), ""))
        .map(|p| fs::read(p).unwrap())
        .collect();
    for args in [vec!["export", "--csv"], vec!["list", "--format", "tsv"]] {
        let (code, out, _) = run(fabriques(&root()).args(args));
        assert_eq!(code, 0);
        sheets.push(out.into_bytes());
    }
    for sheet in sheets {
        targets::import(&sheet);
    }
}
