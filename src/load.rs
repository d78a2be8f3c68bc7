//! Finds the record files of a register and reads each one into a record.
//!
//! [`discover`] walks `data/` once, sorted, skipping hidden entries and
//! non-TOML files (each with a [`Skipped`] note) and never following a
//! symbolic link out of the register. [`load`] then reads and parses the
//! files on all cores: each file is read once and parsed once, straight into
//! a typed [`Record`] (`schema`), and its text is dropped right away —
//! diagnostics keep byte spans, and reporters read the few files they print
//! again. A problem in a file is a diagnostic; only a register that cannot
//! be walked at all is an error of the tool.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{bail, Context, Result};
use rayon::prelude::*;
use toml::de::DeTable;

use crate::diagnostic::Diagnostic;
use crate::messages::{ui, Lang};
use crate::record::Record;
use crate::rules::{file_unreadable, invalid_id, toml_syntax, Sink};
use crate::schema::Reader;
use crate::vocab::Vocabularies;

/// Why a file under `data/` was not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SkipReason {
    Hidden,
    NotToml,
    LinkOutside,
    LinkToDirectory,
}

/// A file or folder passed over, reported as a note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    pub path: PathBuf,
    pub reason: SkipReason,
}

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
        found
            .files
            .push((path.to_path_buf(), Arc::new(shown())));
    }
    Ok(found)
}

impl Discovery {
    /// The files in parts of at most `size`, in order (without the notes):
    /// commands that read a register a part at a time hold little memory.
    pub fn parts(&self, size: usize) -> impl Iterator<Item = Discovery> + '_ {
        self.files.chunks(size.max(1)).map(|files| Discovery {
            files: files.to_vec(),
            skipped: Vec::new(),
        })
    }
}

/// How many files the commands that read a register a part at a time take
/// at once: enough to keep both cores busy, few enough to hold little
/// memory.
pub const CHUNK: usize = 2048;

/// One file, read: its record when it parsed, and its diagnostics.
#[derive(Debug)]
pub struct Loaded {
    pub file: Arc<PathBuf>,
    pub id: String,
    pub record: Option<Record>,
    pub diags: Vec<Diagnostic>,
}

/// Reads, parses and schema-checks one file.
pub fn load_file(path: &Path, file: Arc<PathBuf>, vocab: &Vocabularies) -> Loaded {
    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut sink = Sink::new(file.clone());
    invalid_id::check(&mut sink, &id);
    let record = match std::fs::read(path) {
        Err(err) => {
            file_unreadable::report_io(&mut sink, &err);
            None
        }
        Ok(bytes) => match String::from_utf8(bytes) {
            Err(err) => {
                file_unreadable::report_encoding(&mut sink, err.utf8_error().valid_up_to());
                None
            }
            Ok(mut text) => {
                // Windows editors start UTF-8 files with a byte order mark,
                // which TOML does not allow; blank it out, keeping offsets.
                if text.starts_with('\u{feff}') {
                    text.replace_range(..3, "   ");
                }
                parse(&id, &text, vocab, &mut sink)
            }
        },
    };
    Loaded {
        file,
        id,
        record,
        diags: sink.diags,
    }
}

/// Parses the text of record `id`.
pub fn parse(id: &str, text: &str, vocab: &Vocabularies, sink: &mut Sink) -> Option<Record> {
    match DeTable::parse(text) {
        Ok(doc) => {
            crate::rules::modele_a_completer::check(sink, text);
            Some(Reader { vocab, sink }.record(id, &doc))
        }
        Err(err) => {
            toml_syntax::report(sink, &err);
            None
        }
    }
}

/// Loads every discovered file on all cores and maps each with `f` (which
/// runs on the worker thread, so it can reduce a record before the next
/// one is read). The output keeps the discovery order.
pub fn load<T: Send>(found: &Discovery, vocab: &Vocabularies, f: impl Fn(Loaded) -> T + Sync + Send) -> Vec<T> {
    found
        .files
        .par_iter()
        .map(|(path, file)| f(load_file(path, file.clone(), vocab)))
        .collect()
}
