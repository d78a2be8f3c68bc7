//! The register as the query commands see it (`list`, `show`, `criteres`,
//! `export`, `stats`): every record, with what is derived from it — its
//! current commune and arrondissement, its département (also when the
//! commune is not certain, see `place`), hence its région — and how many
//! errors `validate` would report on it alone.
//!
//! A record with errors is kept (it is shown with a marker); a file that
//! does not parse becomes an [`Entry`] with only its id, so that no command
//! ever hides part of the register.

pub(crate) mod actions;
pub(crate) mod figures;
mod json;
pub(crate) mod movilab;

use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::check::{Checked, Checker};
use crate::context::Context;
use crate::geo::{Commune, Departement, Geo, Region};
use crate::load;
use crate::parallel;
use crate::record::Record;
pub(crate) use json::to_json;

/// One record and what is derived from it.
#[derive(Clone, Debug)]
pub struct Entry {
    /// The file read (absolute when the working directory is known).
    pub path: PathBuf,
    pub record: Record,
    /// False when the file could not be read as a record at all.
    pub parsed: bool,
    /// The current commune, when the address designates one (see `place`).
    pub commune: Option<&'static Commune>,
    /// The arrondissement of Paris, Lyon or Marseille, when known.
    pub arrondissement: Option<&'static Commune>,
    /// The département, when certain (also without a certain commune: see
    /// `place`).
    pub departement_code: Option<&'static str>,
    /// Errors `validate` reports on this record alone (the register-wide
    /// `duplicate-name` apart), at the register's severities, after the
    /// record's own exceptions.
    pub errors: usize,
}

impl Entry {
    pub fn departement(&self) -> Option<&'static Departement> {
        self.departement_code.and_then(|c| Geo::get().departement(c))
    }

    pub fn region(&self) -> Option<&'static Region> {
        self.departement().and_then(|d| Geo::get().region(d.region))
    }
}

/// Reads the whole register into entries, sorted by id, on all cores.
pub(crate) fn entries(cx: &Context) -> Result<Vec<Entry>> {
    entries_where(cx, |_| true)
}

/// Reads the register and keeps the entries `keep` accepts, sorted by id.
/// The test runs on the worker threads, as each record is read, so that a
/// filtered command never holds the whole register in memory.
pub(crate) fn entries_where(cx: &Context, keep: impl Fn(&Entry) -> bool + Sync) -> Result<Vec<Entry>> {
    let mut all = Vec::new();
    stream(cx, keep, |e| {
        all.push(e);
        Ok(())
    })?;
    Ok(all)
}

/// Reads the register in id order (on all cores, results in order) and
/// hands each entry `keep` accepts to `f`. Each record is checked in
/// counting mode, for its number of errors. Memory stays bounded (see
/// `parallel`), so exports of large registers stream.
pub(crate) fn stream(
    cx: &Context,
    keep: impl Fn(&Entry) -> bool + Sync,
    mut f: impl FnMut(Entry) -> Result<()>,
) -> Result<()> {
    let config = &cx.config;
    let mut found = load::discover(&config.data_dir, config.cwd.as_deref(), cx.lang)?;
    // Two files of one id are both listed, each with its `duplicate-id`
    // error: never one picked silently.
    let checker = Checker::new(config, cx.today, found.ids())
        .duplicates(found.duplicates())
        .counting();
    found
        .files
        .sort_by_cached_key(|(path, _)| (load::id_of(path), path.clone()));
    parallel::ordered_map(
        &found.files,
        |(path, file)| {
            let entry = entry(path, checker.check_file(path, file));
            keep(&entry).then_some(entry)
        },
        |e| match e {
            Some(e) => f(e),
            None => Ok(()),
        },
    )
}

/// One checked file (read at `path`) as an entry.
fn entry(path: &Path, c: Checked) -> Entry {
    match c.record {
        Some(record) => Entry {
            path: path.to_path_buf(),
            record,
            parsed: true,
            commune: c.commune,
            arrondissement: c.arrondissement,
            departement_code: c.departement.map(|d| d.code),
            errors: c.errors,
        },
        None => Entry {
            path: path.to_path_buf(),
            record: Record {
                id: c.id,
                ..Record::default()
            },
            parsed: false,
            commune: None,
            arrondissement: None,
            departement_code: None,
            errors: c.errors.max(1),
        },
    }
}

/// The ids of the records linking to each id: (from, type, date).
pub fn links_in<'a>(entries: &'a [Entry], id: &str) -> Vec<(&'a Entry, &'a crate::record::Lien)> {
    entries
        .iter()
        .flat_map(|e| e.record.liens.iter().map(move |l| (e, l)))
        .filter(|(_, l)| l.fabrique.as_ref().is_some_and(|f| f.value == id))
        .collect()
}
