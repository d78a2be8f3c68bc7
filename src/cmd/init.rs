//! `fabriques init [DOSSIER]`: a new register, ready for its CI.
//!
//! Writes `fabriques.toml` (every rule at its default severity, in
//! comments, and commented examples of the other sections), an empty
//! `data/` (kept in git by a `.gitkeep`, which discovery passes over
//! silently), a GitHub Actions workflow (`.github/workflows/fabriques.yml`:
//! install fabriques with its build cached, then `fabriques validate
//! --format github`) and a `.pre-commit-config.yaml` using the hooks this
//! repository declares in `.pre-commit-hooks.yaml`, and, for editors, the
//! records' JSON Schema (`fabriques.schema.json`, as `fabriques schema`
//! prints it) with a `.taplo.toml` that applies it to `data/*.toml`.
//!
//! fabriques is not on crates.io (`publish = false`): the workflow installs
//! it with `cargo install --git` from the repository `--depot` names (the
//! repository's address when the package declares one). `--depot .` is
//! for this repository itself, whose CI builds the tool it checks its
//! `data/` with (`cargo install --path .`): the committed
//! `.github/workflows/fabriques.yml` is what `init --depot .` writes.
//!
//! Nothing is ever replaced: when one of the files exists, nothing is
//! written and the command fails (exit 2), naming the files that exist.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context as _, Result};

use crate::atomic::Batch;
use crate::config::{DATA_DIR, SETTINGS_FILE};
use crate::context::Context;
use crate::diagnostic::Severity;
use crate::messages::{fill, quoted_list, templates as t, ui, Lang};
use crate::rules;
use crate::vocab::Vocabularies;

/// The arguments of `init`.
#[derive(Debug, clap::Args)]
pub(crate) struct InitArgs {
    #[arg(value_name = "DOSSIER")]
    pub dir: Option<PathBuf>,
    #[arg(long, value_name = "URL")]
    pub depot: Option<String>,
}

/// The workflow's path in a register.
pub(crate) const WORKFLOW: &str = ".github/workflows/fabriques.yml";
/// The pre-commit configuration's path in a register.
const PRE_COMMIT: &str = ".pre-commit-config.yaml";
/// The file that keeps the empty `data/` in git.
const KEEP: &str = "data/.gitkeep";
/// The editors' configuration (taplo, « Even Better TOML »).
pub(crate) const TAPLO: &str = ".taplo.toml";
/// The records' JSON Schema, which `.taplo.toml` applies to `data/`.
pub(crate) const SCHEMA: &str = "fabriques.schema.json";

/// The files of a new register: (path in the register, content).
pub(crate) fn files(depot: &str, lang: Lang) -> Vec<(&'static str, String)> {
    vec![
        (SETTINGS_FILE, settings(lang)),
        (KEEP, String::new()),
        (WORKFLOW, workflow(depot, lang)),
        (PRE_COMMIT, pre_commit(depot, lang)),
        (TAPLO, t::TAPLO.get(lang).to_string()),
        // A new register has the built-in vocabularies.
        (SCHEMA, crate::cmd::schema::text(&Vocabularies::new(&[]), lang)),
    ]
}

/// `fabriques.toml`: every rule at its default severity, commented out.
fn settings(lang: Lang) -> String {
    let mut s = t::SETTINGS_HEAD.get(lang).to_string();
    for rule in rules::ALL {
        let severity = match (rule.severity, lang) {
            (Severity::Error, Lang::Fr) => "erreur",
            (Severity::Warning, Lang::Fr) => "avertissement",
            (Severity::Allow, Lang::Fr) => "désactivée",
            (other, Lang::En) => other.as_str(),
        };
        s.push_str(&format!("# {} = \"{severity}\"\n", rule.name));
    }
    s.push_str(t::SETTINGS_TAIL.get(lang));
    s
}

/// Whether `depot` is this repository itself.
fn is_here(depot: &str) -> bool {
    depot == "."
}

/// The GitHub Actions workflow.
fn workflow(depot: &str, lang: Lang) -> String {
    let (version, key, install) = if is_here(depot) {
        (
            t::WORKFLOW_VERSION_HERE.get(lang).to_string(),
            "${{ hashFiles('Cargo.lock', 'Cargo.toml', 'src/**', 'ref/**', 'assets/**') }}".to_string(),
            "cargo install --locked --path .".to_string(),
        )
    } else {
        (
            fill(t::WORKFLOW_VERSION_GIT.get(lang), &[("depot", depot.to_string())]),
            "${{ steps.version.outputs.commit }}".to_string(),
            format!("cargo install --locked --git {depot} fabriques"),
        )
    };
    fill(
        t::WORKFLOW.get(lang),
        &[("version", version), ("cle", key), ("installation", install)],
    )
}

/// The pre-commit configuration.
fn pre_commit(depot: &str, lang: Lang) -> String {
    if is_here(depot) {
        t::PRE_COMMIT_HERE.get(lang).to_string()
    } else {
        fill(t::PRE_COMMIT_GIT.get(lang), &[("depot", depot.to_string())])
    }
}

pub(crate) fn run(cx: &Context, args: &InitArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8> {
    let lang = cx.lang;
    let depot = match args
        .depot
        .as_deref()
        .or(option_env!("CARGO_PKG_REPOSITORY").filter(|r| !r.is_empty()))
    {
        Some(d) => d.trim_end_matches('/').to_string(),
        None => bail!(t::INIT_NO_DEPOT.get(lang)),
    };
    let typed = args.dir.clone().unwrap_or_else(|| PathBuf::from("."));
    let root = cx.config.resolve_path(&typed);
    let files = files(&depot, lang);
    let existing: Vec<&str> = files
        .iter()
        .map(|(p, _)| *p)
        .filter(|p| root.join(p).symlink_metadata().is_ok())
        .collect();
    if !existing.is_empty() {
        bail!(fill(
            t::INIT_EXISTS.get(lang),
            &[
                ("dossier", typed.display().to_string()),
                ("fichiers", quoted_list(lang, &existing)),
            ]
        ));
    }
    let write_failed = |p: &Path| fill(ui::WRITE_FILE_FAILED.get(lang), &[("fichier", p.display().to_string())]);
    for folder in [DATA_DIR, ".github/workflows"] {
        let at = root.join(folder);
        std::fs::create_dir_all(&at).with_context(|| write_failed(&typed.join(folder)))?;
    }
    let mut batch = Batch::new();
    for (path, text) in &files {
        batch.create(&root.join(path), text);
    }
    for ((path, _), outcome) in files.iter().zip(batch.commit()) {
        outcome.with_context(|| write_failed(&typed.join(path)))?;
    }
    writeln!(
        err,
        "{}",
        fill(t::INIT_CREATED.get(lang), &[("dossier", typed.display().to_string())])
    )?;
    for (path, _) in &files {
        writeln!(out, "{}", typed.join(path).display())?;
    }
    writeln!(err, "{}", t::INIT_NEXT.get(lang))?;
    Ok(0)
}
