//! What `validate` checks: the whole register, the records named on the
//! command line (`validate data/a.toml data/b.toml`, as pre-commit passes
//! the files a commit changes), or one record read from standard input
//! (`validate - --stdin-filename data/a.toml`, as an editor passes the
//! buffer being edited).
//!
//! Whatever is checked, the register is the whole of `data/`: links are
//! checked against every id, and the register-wide rules (`duplicate-name`)
//! compare the checked records with all the others, whose outlines are
//! read without checking them ([`Targets::others`]). A record from standard
//! input stands for the file its `--stdin-filename` names: that file, if
//! it exists, is not read.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{bail, Context as _, Result};

use super::ValidateArgs;
use crate::context::Context;
use crate::load::{self, Discovery};
use crate::messages::{fill, ui::checking as t};
use crate::rules::Ids;

/// One record to check.
pub(super) enum Source {
    /// A file: the path to read, the path to show.
    File(PathBuf, Arc<PathBuf>),
    /// Standard input's bytes, standing for the record `id` (shown as
    /// `shown`).
    Stdin {
        bytes: Vec<u8>,
        id: String,
        shown: Arc<PathBuf>,
    },
}

/// The records to check, and the rest of the register.
pub(super) struct Targets {
    pub sources: Vec<Source>,
    /// The register's files that are not checked, when only some are:
    /// their outlines feed the register-wide rules.
    pub others: Vec<(PathBuf, Arc<PathBuf>)>,
    /// The ids of the register (and of the records checked).
    pub ids: Ids,
    /// The ids several files of the register share (`duplicate-id`).
    pub duplicates: load::Duplicates,
}

/// The records `args` name, or the whole register `found`.
pub(super) fn resolve(cx: &Context, args: &ValidateArgs, found: Discovery) -> Result<Targets> {
    let mut ids = found.ids();
    let duplicates = found.duplicates();
    if args.files.is_empty() {
        let sources = found.files.into_iter().map(|(p, s)| Source::File(p, s)).collect();
        return Ok(Targets {
            sources,
            others: Vec::new(),
            ids,
            duplicates,
        });
    }
    let config = &cx.config;
    let (lang, cwd) = (cx.lang, config.cwd.as_deref());
    let mut sources = Vec::new();
    // The files checked, canonical: the register's other files are those
    // not among them.
    let mut taken: Vec<PathBuf> = Vec::new();
    for named in &args.files {
        if named.as_os_str() == "-" {
            if sources.iter().any(|s| matches!(s, Source::Stdin { .. })) {
                bail!(t::STDIN_ONCE.get(lang));
            }
            let Some(name) = &args.stdin_filename else {
                bail!(t::STDIN_NEEDS_NAME.get(lang));
            };
            let bytes = cx.stdin.read().context(t::STDIN_UNREADABLE.get(lang))?;
            taken.extend(config.resolve_path(name).canonicalize());
            let id = load::id_of(name);
            ids.insert(id.as_str().into());
            sources.push(Source::Stdin {
                bytes,
                id,
                shown: Arc::new(load::display_path(name, cwd)),
            });
            continue;
        }
        let at = config.resolve_path(named);
        if at.is_dir() {
            for (path, shown) in load::discover(named, cwd, lang)?.files {
                taken.extend(path.canonicalize());
                sources.push(Source::File(path, shown));
            }
        } else if at.exists() {
            taken.extend(at.canonicalize());
            ids.insert(load::id_of(&at).into());
            sources.push(Source::File(at, Arc::new(load::display_path(named, cwd))));
        } else {
            bail!(fill(
                t::FILE_NOT_FOUND.get(lang),
                &[("fichier", named.display().to_string())]
            ));
        }
    }
    let others = found
        .files
        .into_iter()
        .filter(|(path, _)| !is_taken(path, &taken))
        .collect();
    Ok(Targets {
        sources,
        others,
        ids,
        duplicates,
    })
}

/// Whether `path` is one of the files checked.
fn is_taken(path: &Path, taken: &[PathBuf]) -> bool {
    path.canonicalize().is_ok_and(|p| taken.contains(&p))
}
