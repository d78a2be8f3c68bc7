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

use crate::diagnostic::{SkipReason, Skipped, Special};
use crate::messages::{ui, Lang};
use crate::rules::Ids;

/// The record files of a register, sorted by path.
#[derive(Debug, Default)]
pub struct Discovery {
    /// (path to read, path to show)
    pub files: Vec<(PathBuf, Arc<PathBuf>)>,
    pub skipped: Vec<Skipped>,
    /// The files' stems: the records' ids.
    stems: Vec<Box<str>>,
}

/// The path as the user should see it: relative to the working directory
/// when it lies below it.
pub fn display_path(path: &Path, cwd: Option<&Path>) -> PathBuf {
    cwd.and_then(|cwd| path.strip_prefix(cwd).ok())
        .map(Path::to_path_buf)
        .unwrap_or_else(|| path.to_path_buf())
}

/// Walks `data_dir` (as the user named it, relative to `cwd` when
/// relative) for `*.toml` record files, each folder in name order, depth
/// first. The files are read at their absolute path and shown as the user
/// would write them.
pub fn discover(data_dir: &Path, cwd: Option<&Path>, lang: Lang) -> Result<Discovery> {
    let typed = data_dir;
    let data_dir = &absolute(typed, cwd);
    let meta = std::fs::metadata(data_dir).with_context(|| ui::data_dir_unreadable(lang, typed))?;
    if !meta.is_dir() {
        bail!(ui::data_dir_not_a_folder(lang, typed));
    }
    let root = data_dir
        .canonicalize()
        .with_context(|| ui::data_dir_unreadable(lang, typed))?;
    let mut walk = Walk {
        root,
        cwd,
        found: Discovery::default(),
    };
    walk.folder(data_dir, typed)
        .with_context(|| ui::data_dir_unreadable(lang, typed))?;
    Ok(walk.found)
}

/// A walk of the records' folder.
struct Walk<'a> {
    /// The folder, canonical: no symbolic link leads out of it.
    root: PathBuf,
    cwd: Option<&'a Path>,
    found: Discovery,
}

impl Walk<'_> {
    /// Walks one folder (`at`, shown as `typed`). Names are compared as
    /// read from the folder, not as paths (parsing a path for each
    /// comparison was a tenth of `validate` on 100,000 files).
    fn folder(&mut self, at: &Path, typed: &Path) -> std::io::Result<()> {
        let mut entries: Vec<(std::ffi::OsString, std::fs::FileType)> = std::fs::read_dir(at)?
            .map(|e| e.and_then(|e| Ok((e.file_name(), e.file_type()?))))
            .collect::<std::io::Result<_>>()?;
        entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        self.found.files.reserve(entries.len());
        self.found.stems.reserve(entries.len());
        let shown_folder = display_path(typed, self.cwd);
        for (name, kind) in entries {
            let path = at.join(&name);
            let shown = || shown_folder.join(&name);
            let bytes = name.as_encoded_bytes();
            if bytes == b".gitkeep" {
                // The usual way to keep an empty folder in git (`init`
                // writes one): nothing to note.
                continue;
            }
            if bytes.starts_with(b".") {
                self.skip(shown(), SkipReason::Hidden);
                continue;
            }
            if kind.is_dir() {
                self.folder(&path, &typed.join(&name))?;
                continue;
            }
            // What the entry is, a link followed (inside the register).
            let mut target_kind = Some(kind);
            if kind.is_symlink() {
                match path.canonicalize() {
                    Ok(target) if !target.starts_with(&self.root) => {
                        self.skip(shown(), SkipReason::LinkOutside);
                        continue;
                    }
                    Ok(target) if target.is_dir() => {
                        self.skip(shown(), SkipReason::LinkToDirectory);
                        continue;
                    }
                    Ok(target) => target_kind = std::fs::metadata(target).ok().map(|m| m.file_type()),
                    // A dangling link is read, and reported as unreadable.
                    Err(_) => target_kind = None,
                }
            }
            let Some(stem) = bytes.strip_suffix(b".toml") else {
                self.skip(shown(), SkipReason::NotToml);
                continue;
            };
            // Only regular files are read: a named pipe would make the
            // read wait forever, a device would never end.
            if let Some(k) = target_kind.filter(|k| !k.is_file()) {
                self.skip(shown(), SkipReason::NotRegular(Special::of(k)));
                continue;
            }
            self.found.stems.push(String::from_utf8_lossy(stem).into());
            self.found.files.push((path, Arc::new(shown())));
        }
        Ok(())
    }

    fn skip(&mut self, path: PathBuf, reason: SkipReason) {
        self.found.skipped.push(Skipped { path, reason });
    }
}

/// The ids that several files share (`duplicate-id`), each with those
/// files as shown, in discovery order.
pub type Duplicates = std::collections::HashMap<Box<str>, Vec<Arc<PathBuf>>>;

impl Discovery {
    /// The ids of the records: the files' stems.
    pub fn ids(&self) -> Ids {
        self.stems.iter().cloned().collect()
    }

    /// The ids two files or more share (in two folders: one folder cannot
    /// hold two files of one name), with their files.
    pub fn duplicates(&self) -> Duplicates {
        let mut order: Vec<usize> = (0..self.stems.len()).collect();
        order.sort_by(|&a, &b| self.stems[a].cmp(&self.stems[b]).then(a.cmp(&b)));
        let mut found = Duplicates::new();
        for pair in order.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            if self.stems[a] == self.stems[b] {
                let files = found.entry(self.stems[a].clone()).or_default();
                if files.is_empty() {
                    files.push(self.files[a].1.clone());
                }
                files.push(self.files[b].1.clone());
            }
        }
        found
    }
}

/// Reads the file at `path` when it is a regular file (a symbolic link to
/// one is followed); a named pipe, a socket or a device is refused with an
/// error saying what it is (in `lang`), never read: reading a pipe waits
/// for a writer forever, a device never ends. Used for every file the
/// tool reads by name: records, `--config`, the sheet of `import`.
pub fn read(path: &Path) -> std::io::Result<Vec<u8>> {
    let (mut file, meta) = open(path)?;
    if !meta.is_file() && !meta.is_dir() {
        let text = match Special::of(meta.file_type()) {
            Special::Fifo => &ui::NOT_REGULAR_FIFO,
            Special::Socket => &ui::NOT_REGULAR_SOCKET,
            Special::Device => &ui::NOT_REGULAR_DEVICE,
            Special::Other => &ui::NOT_REGULAR_OTHER,
        };
        return Err(crate::messages::system::said(std::io::ErrorKind::InvalidInput, text));
    }
    read_all(&mut file, usize::try_from(meta.len()).unwrap_or(0))
}

/// Reads `file` to its end, `expected` bytes long by its metadata: as many
/// bytes are read in place, then one more read must find the end (a file
/// that grew meanwhile is read on to its new end, one that shrank ends
/// where it ends). `read_to_end` would ask the descriptor its size and
/// position again: two system calls per file more, on 100,000 files.
fn read_all(file: &mut impl std::io::Read, expected: usize) -> std::io::Result<Vec<u8>> {
    let mut bytes = vec![0; expected];
    let mut filled = 0;
    while filled < expected {
        match file.read(&mut bytes[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    bytes.truncate(filled);
    if filled < expected {
        return Ok(bytes);
    }
    let mut probe = [0; 64];
    loop {
        match file.read(&mut probe) {
            Ok(0) => return Ok(bytes),
            Ok(n) => {
                bytes.extend_from_slice(&probe[..n]);
                file.read_to_end(&mut bytes)?;
                return Ok(bytes);
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
}

/// Opens `path` for reading, and tells what it is. On Unix the file is
/// opened without waiting (`O_NONBLOCK`: opening a named pipe would wait
/// for a writer) and asked what it is through its descriptor: one path
/// lookup per file, not two (a tenth of the system time of `validate` on
/// 100,000 files).
#[cfg(unix)]
fn open(path: &Path) -> std::io::Result<(std::fs::File, std::fs::Metadata)> {
    use std::os::unix::fs::OpenOptionsExt;
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32)
        .open(path)?;
    let meta = file.metadata()?;
    Ok((file, meta))
}

#[cfg(not(unix))]
fn open(path: &Path) -> std::io::Result<(std::fs::File, std::fs::Metadata)> {
    let file = std::fs::File::open(path)?;
    let meta = file.metadata()?;
    Ok((file, meta))
}

/// [`read`], as UTF-8 text.
pub fn read_to_string(path: &Path) -> std::io::Result<String> {
    String::from_utf8(read(path)?).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
}

/// `path` joined to `cwd` when it is relative.
pub fn absolute(path: &Path, cwd: Option<&Path>) -> PathBuf {
    match cwd {
        Some(cwd) if path.is_relative() => cwd.join(path),
        _ => path.to_path_buf(),
    }
}

/// The id of a record file: its stem.
pub fn id_of(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::read_all;
    use std::io::{self, Read};

    /// Gives `data` at most `step` bytes per read, with an interruption
    /// before each read.
    struct Trickle {
        data: Vec<u8>,
        at: usize,
        step: usize,
        interrupt: bool,
    }

    impl Read for Trickle {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            self.interrupt = !self.interrupt;
            if self.interrupt {
                return Err(io::ErrorKind::Interrupted.into());
            }
            let n = buf.len().min(self.step).min(self.data.len() - self.at);
            buf[..n].copy_from_slice(&self.data[self.at..self.at + n]);
            self.at += n;
            Ok(n)
        }
    }

    fn trickle(data: &[u8], step: usize) -> Trickle {
        Trickle {
            data: data.to_vec(),
            at: 0,
            step,
            interrupt: false,
        }
    }

    #[test]
    fn reads_what_the_file_holds_whatever_its_size_said() {
        let data: Vec<u8> = (0..=255u8).cycle().take(1000).collect();
        for step in [1, 7, 64, 1000, 5000] {
            // The size was right, the file grew (by less and by more than
            // the probe), the file shrank, the file was empty.
            for expected in [1000, 999, 990, 900, 0, 1001, 4000] {
                let got = read_all(&mut trickle(&data, step), expected).unwrap();
                assert_eq!(got, data, "step {step}, expected {expected}");
            }
        }
        assert!(read_all(&mut trickle(b"", 8), 10).unwrap().is_empty());
    }

    #[test]
    fn an_error_is_returned() {
        struct Broken;
        impl Read for Broken {
            fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
                Err(io::ErrorKind::PermissionDenied.into())
            }
        }
        let e = read_all(&mut Broken, 10).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::PermissionDenied);
        assert_eq!(
            read_all(&mut Broken, 0).unwrap_err().kind(),
            io::ErrorKind::PermissionDenied
        );
    }
}
