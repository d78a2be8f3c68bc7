//! Finds the record files of a register.
//!
//! [`discover`] walks `data/` once, sorted, skipping hidden entries and
//! non-TOML files (each with a [`Skipped`] note) and never following a
//! symbolic link out of the register. The ids of a register are its files'
//! stems, so they are known here, before any file is read (links are
//! checked against them). Reading and checking the files is `check`'s
//! work. A problem in a file is a diagnostic; only a register that cannot be
//! walked at all is an error of the tool.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{bail, Context, Result};

use crate::diagnostic::{SkipReason, Skipped};
use crate::messages::{ui, Lang};
use crate::rules::Ids;

/// The record files of a register, sorted by path.
#[derive(Debug, Default)]
pub struct Discovery {
    /// (path to read, path to show)
    pub files: Vec<(PathBuf, Arc<PathBuf>)>,
    pub skipped: Vec<Skipped>,
}

/// The path as the user should see it: relative to the working directory
/// when it lies below it.
pub fn display_path(path: &Path, cwd: Option<&Path>) -> PathBuf {
    cwd.and_then(|cwd| path.strip_prefix(cwd).ok())
        .map(Path::to_path_buf)
        .unwrap_or_else(|| path.to_path_buf())
}

/// Walks `data_dir` (as the user named it, relative to `cwd` when
/// relative) for `*.toml` record files. The files are read at their
/// absolute path and shown as the user would write them.
pub fn discover(data_dir: &Path, cwd: Option<&Path>, lang: Lang) -> Result<Discovery> {
    let typed = data_dir;
    let data_dir = &crate::config::absolute(typed, cwd);
    let meta = std::fs::metadata(data_dir).with_context(|| ui::data_dir_unreadable(lang, typed))?;
    if !meta.is_dir() {
        bail!(ui::data_dir_not_a_folder(lang, typed));
    }
    let root = data_dir
        .canonicalize()
        .with_context(|| ui::data_dir_unreadable(lang, typed))?;
    let mut found = Discovery::default();
    let walker = walkdir::WalkDir::new(data_dir)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter();
    let mut walker = walker;
    while let Some(entry) = walker.next() {
        let entry = entry.with_context(|| ui::data_dir_unreadable(lang, typed))?;
        if entry.depth() == 0 {
            continue;
        }
        let path = entry.path();
        let name = entry.file_name().to_string_lossy();
        let shown = || display_path(&typed.join(path.strip_prefix(data_dir).unwrap_or(path)), cwd);
        let skip = |reason| Skipped { path: shown(), reason };
        if name.starts_with('.') {
            if entry.file_type().is_dir() {
                walker.skip_current_dir();
            }
            found.skipped.push(skip(SkipReason::Hidden));
            continue;
        }
        if entry.file_type().is_dir() {
            continue;
        }
        if entry.path_is_symlink() {
            match path.canonicalize() {
                Ok(target) if !target.starts_with(&root) => {
                    found.skipped.push(skip(SkipReason::LinkOutside));
                    continue;
                }
                Ok(target) if target.is_dir() => {
                    found.skipped.push(skip(SkipReason::LinkToDirectory));
                    continue;
                }
                // A dangling link is read, and reported as unreadable.
                _ => {}
            }
        }
        if path.extension().is_none_or(|e| e != "toml") {
            found.skipped.push(skip(SkipReason::NotToml));
            continue;
        }
        found.files.push((path.to_path_buf(), Arc::new(shown())));
    }
    Ok(found)
}

impl Discovery {
    /// The ids of the records: the files' stems.
    pub fn ids(&self) -> Ids {
        self.files.iter().map(|(path, _)| id_of(path).into()).collect()
    }
}

/// The id of a record file: its stem.
pub fn id_of(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}
