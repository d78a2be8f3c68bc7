//! What a write leaves behind if the process is stopped half-way: the
//! temporary files of records and exports not yet renamed over their
//! targets (`atomic`), and the folder of a site not yet swapped in
//! (`site::output`). Each is listed here when it is made and forgotten
//! when it is renamed or removed; when the user presses Ctrl-C, or the
//! process is told to stop (SIGINT, SIGTERM, SIGHUP), the binary's signal
//! thread (`main.rs`) calls [`remove_all`] before the process ends, so
//! that no hidden `.fabriques-*` file is left in `data/`.
//!
//! A path listed that was renamed or removed in the meantime is no longer
//! there, and removing it does nothing: the list only ever names
//! temporary paths, never a record or an export. A temporary path is made
//! and listed while the list is locked ([`Listing`]), and [`remove_all`]
//! keeps it locked until the process ends: no file can be made between
//! the clean-up and the end, nor made and not yet listed at the clean-up.
//! The files of a temporary folder are written under [`inside_folder`],
//! which the clean-up also waits for and then holds: a folder is never
//! removed while a file is being written into it (the removal would fail,
//! or the write would make the folder again).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, RwLock, RwLockReadGuard};

/// A temporary file, or a temporary folder (removed with what it holds).
#[derive(PartialEq, Eq, PartialOrd, Ord)]
enum Entry {
    File(PathBuf),
    Folder(PathBuf),
}

/// A list of temporary paths; the process has one ([`LISTED`]).
struct List(Mutex<BTreeSet<Entry>>);

static LISTED: List = List::new();

/// Held (shared) while a file is written into a listed folder.
static INSIDE: RwLock<()> = RwLock::new(());

impl List {
    const fn new() -> List {
        List(Mutex::new(BTreeSet::new()))
    }

    fn lock(&self) -> MutexGuard<'_, BTreeSet<Entry>> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn forget(&self, entries: impl IntoIterator<Item = Entry>) {
        let mut set = self.lock();
        for entry in entries {
            set.remove(&entry);
        }
    }

    /// Removes what is listed, with the list locked; returns how many
    /// paths were there, and the lock.
    fn remove_all(&self) -> (usize, MutexGuard<'_, BTreeSet<Entry>>) {
        let mut set = self.lock();
        let removed = std::mem::take(&mut *set)
            .iter()
            .filter(|entry| match entry {
                Entry::File(path) => std::fs::remove_file(path).is_ok(),
                Entry::Folder(path) => std::fs::remove_dir_all(path).is_ok(),
            })
            .count();
        (removed, set)
    }
}

/// The list, locked: a temporary path is made and listed while it is held
/// (see the module's documentation).
pub(crate) struct Listing(MutexGuard<'static, BTreeSet<Entry>>);

impl Listing {
    /// Lists a temporary file just made.
    pub fn file(&mut self, path: &Path) {
        self.0.insert(Entry::File(path.to_path_buf()));
    }

    /// Lists a temporary folder just made.
    pub fn folder(&mut self, path: &Path) {
        self.0.insert(Entry::Folder(path.to_path_buf()));
    }
}

/// Locks the list, to make a temporary path and list it.
pub(crate) fn listing() -> Listing {
    Listing(LISTED.lock())
}

/// To hold while a file is written into a temporary folder (several
/// threads may hold it at once).
pub(crate) fn inside_folder() -> RwLockReadGuard<'static, ()> {
    INSIDE.read().unwrap_or_else(|e| e.into_inner())
}

/// Forgets temporary files renamed or removed.
pub(crate) fn forget_files<'a>(paths: impl IntoIterator<Item = &'a Path>) {
    LISTED.forget(paths.into_iter().map(|p| Entry::File(p.to_path_buf())));
}

/// Forgets a temporary folder about to be renamed or removed.
pub(crate) fn forget_folder(path: &Path) {
    LISTED.forget([Entry::Folder(path.to_path_buf())]);
}

/// Removes every temporary file and folder still listed; returns how
/// many were there. For the binary's signal thread, just before the
/// process stops: the list stays locked for good, so that the threads
/// still writing wait instead of making new temporary files.
pub fn remove_all() -> usize {
    let inside = INSIDE.write().unwrap_or_else(|e| e.into_inner());
    let (removed, lock) = LISTED.remove_all();
    std::mem::forget(lock);
    std::mem::forget(inside);
    removed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_listed_and_not_forgotten_is_removed_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let at = |name: &str| dir.path().join(name);
        for name in ["a.tmp", "b.tmp", "fiche.toml"] {
            std::fs::write(at(name), "x").unwrap();
        }
        std::fs::create_dir_all(at("site/fiches")).unwrap();
        std::fs::write(at("site/fiches/x.html"), "x").unwrap();
        std::fs::create_dir(at("site-fait")).unwrap();
        let list = List::new();
        let add = |entry| {
            list.lock().insert(entry);
        };
        add(Entry::File(at("a.tmp")));
        add(Entry::File(at("b.tmp")));
        // Renamed over its target: forgotten.
        std::fs::rename(at("b.tmp"), at("b.toml")).unwrap();
        list.forget([Entry::File(at("b.tmp"))]);
        // Listed, then removed by its owner without being forgotten.
        add(Entry::File(at("c.tmp")));
        add(Entry::Folder(at("site")));
        add(Entry::Folder(at("site-fait")));
        list.forget([Entry::Folder(at("site-fait"))]);
        assert_eq!(list.remove_all().0, 2);
        let mut left: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(left, ["b.toml", "fiche.toml", "site-fait"]);
        // Once emptied, the list is empty.
        assert_eq!(list.remove_all().0, 0);
    }
}
