//! Writing files atomically — records (`new`, `fmt`, `import`) and exports
//! (`export --output`) — the one way this tool writes a file.
//!
//! A text goes to a temporary file in the target's folder (hidden, so that
//! `validate` skips it should the machine stop mid-way), is flushed to
//! disk, then renamed over the target in one step: a reader sees the old
//! file or the new one, nothing in between. A record is never replaced by
//! accident: [`Batch::create`] refuses an existing target in that same step
//! (no window between "does it exist?" and "write it"); [`Batch::replace`]
//! keeps the permissions of the file it replaces and writes through a
//! symbolic link.
//!
//! Many files are written as one [`Batch`]: the temporary files are
//! written, then flushed to disk together — on Linux by one `syncfs` of
//! their file system, elsewhere several at a time (the disk's journal
//! groups them, where one after the other each costs a commit: `import` of
//! 1,500 rows went from 7–15 s to about one, then 0.7 s with `syncfs`) —
//! then each is renamed over its target, then each folder is synced once.
//! Each file stays atomic; an interruption leaves some files old and some
//! new, never half of one. Creating a file is what costs the disk most,
//! so it starts while the texts are still being made: `fmt` writes each
//! temporary file as soon as its text is formatted ([`Batch::writing`]),
//! and `import` has the temporary files of its new records made ahead
//! ([`Ahead`]), on another thread, while it is still building the records
//! (it decides which rows to write only once all are built).

use std::fs::{self, File, Permissions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
#[cfg(not(target_os = "linux"))]
use std::sync::atomic::{AtomicUsize, Ordering};
#[cfg(not(target_os = "linux"))]
use std::sync::Mutex;

use anyhow::{Context, Result};

use crate::messages::{fill, ui, Lang};

/// What went wrong, so that callers can word it for the user.
#[derive(Debug)]
pub(crate) enum WriteError {
    /// A create found a file at the target.
    Exists,
    Io(io::Error),
}

impl From<io::Error> for WriteError {
    fn from(e: io::Error) -> WriteError {
        WriteError::Io(e)
    }
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WriteError::Exists => write!(f, "{}", io::Error::from(io::ErrorKind::AlreadyExists)),
            WriteError::Io(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for WriteError {
    /// The system's error, so that it is worded in the user's language
    /// (`messages::system::chain`).
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WriteError::Exists => None,
            WriteError::Io(e) => Some(e),
        }
    }
}

/// How many files are flushed to disk at the same time (but on Linux).
#[cfg(not(target_os = "linux"))]
const SYNC_THREADS: usize = 16;

fn folder(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

fn temporary(path: &Path, permissions: Option<Permissions>) -> io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(".fabriques-").suffix(".tmp");
    if let Some(p) = permissions {
        builder.permissions(p);
    }
    let mut listing = crate::unfinished::listing();
    let tmp = builder.tempfile_in(folder(path))?;
    listing.file(tmp.path());
    Ok(tmp)
}

/// Removes temporary files made ahead and not used.
fn remove_unused(made: Vec<tempfile::TempPath>) {
    let paths: Vec<PathBuf> = made.iter().map(|p| p.to_path_buf()).collect();
    drop(made);
    crate::unfinished::forget_files(paths.iter().map(PathBuf::as_path));
}

/// Opens for writing a temporary file made ahead (never through a
/// symbolic link put in its place meanwhile).
fn reopen(path: tempfile::TempPath) -> io::Result<tempfile::NamedTempFile> {
    let mut options = fs::OpenOptions::new();
    options.write(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(rustix::fs::OFlags::NOFOLLOW.bits() as i32);
    }
    let file = options.open(&path)?;
    Ok(tempfile::NamedTempFile::from_parts(file, path))
}

/// Temporary files made ahead, in a folder where a batch will create new
/// files, while the files' texts are still being made: creating a file
/// costs a disk far more than writing into it (0.2 to 0.8 ms each on the
/// disk where `import` was measured), and the texts cost the processor.
/// [`Batch::commit_with`] writes the new files of that folder into them;
/// whatever is not used is removed, also when the batch is never
/// committed (dropping this waits for the files to be made, then removes
/// them).
pub(crate) struct Ahead {
    folder: PathBuf,
    making: Option<std::thread::JoinHandle<Vec<tempfile::TempPath>>>,
}

impl Ahead {
    /// Nothing made ahead.
    pub fn none() -> Ahead {
        Ahead {
            folder: PathBuf::new(),
            making: None,
        }
    }

    /// Starts making `count` temporary files in `folder`, on another
    /// thread (fewer if one fails: the batch then makes its own).
    pub fn start(folder: &Path, count: usize) -> Ahead {
        if count == 0 || !folder.is_dir() {
            return Ahead::none();
        }
        let dir = folder.to_path_buf();
        let making = std::thread::spawn(move || {
            let target = dir.join("x");
            (0..count)
                .map_while(|_| temporary(&target, default_permissions()).ok())
                .map(tempfile::NamedTempFile::into_temp_path)
                .collect()
        });
        Ahead {
            folder: folder.to_path_buf(),
            making: Some(making),
        }
    }

    /// The folder and the files made, once all are made.
    fn files(mut self) -> Option<(PathBuf, Vec<tempfile::TempPath>)> {
        let made = self.making.take()?.join().ok()?;
        Some((std::mem::take(&mut self.folder), made))
    }
}

impl Drop for Ahead {
    fn drop(&mut self) {
        if let Some(making) = self.making.take() {
            if let Ok(made) = making.join() {
                remove_unused(made);
            }
        }
    }
}

/// Makes the renames in a folder durable (Unix; elsewhere a no-op).
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// The permissions of a new record: those an editor would give it.
fn default_permissions() -> Option<Permissions> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        Some(Permissions::from_mode(0o644))
    }
    #[cfg(not(unix))]
    None
}

/// A file waiting for its batch to be committed.
struct Staged {
    target: PathBuf,
    /// Empty in a [`Batch::writing`], whose texts are written at once.
    text: String,
    create: bool,
    permissions: Option<Permissions>,
}

/// Files written together (see the module's documentation).
#[derive(Default)]
pub(crate) struct Batch {
    staged: Vec<Staged>,
    /// With [`Batch::writing`]: the temporary files of the files added so
    /// far, written as they were added (their texts are not kept).
    written: Option<Written>,
}

impl Batch {
    pub fn new() -> Batch {
        Batch::default()
    }

    /// A batch that writes each file's temporary file as soon as the file
    /// is added, on the calling thread, instead of at commit: `fmt` adds
    /// the files as its workers format them, so the disk works while the
    /// processor does. Nothing is renamed before [`Batch::commit`];
    /// dropping the batch without committing removes the temporary files.
    pub fn writing() -> Batch {
        Batch {
            staged: Vec::new(),
            written: Some(Written::default()),
        }
    }

    fn stage(&mut self, target: PathBuf, text: &str, create: bool, permissions: Option<Permissions>) {
        let mut staged = Staged {
            target,
            text: String::new(),
            create,
            permissions,
        };
        match &mut self.written {
            Some(written) => written.push(write_one(&staged, text, &mut None)),
            None => staged.text = text.to_string(),
        }
        self.staged.push(staged);
    }

    /// Adds a new file at `path`; at commit it fails with
    /// [`WriteError::Exists`] if there is one already, leaving it alone.
    pub fn create(&mut self, path: &Path, text: &str) {
        self.stage(path.to_path_buf(), text, true, default_permissions());
    }

    /// Adds `text` to replace the file at `path`, keeping its permissions.
    /// A symbolic link is followed: its target is replaced, the link stays.
    pub fn replace(&mut self, path: &Path, text: &str) {
        let is_link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
        let target = if is_link {
            fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
        } else {
            path.to_path_buf()
        };
        let permissions = fs::metadata(&target).map(|m| m.permissions()).ok();
        self.stage(target, text, false, permissions.or_else(default_permissions));
    }

    /// Writes the files; returns the outcome of each, in the order they
    /// were added. The temporary files are written and flushed several at
    /// a time; a file whose temporary file failed is not renamed.
    pub fn commit(self) -> Vec<Result<(), WriteError>> {
        self.commit_with(Ahead::none())
    }

    /// [`Batch::commit`], the new files of `ahead`'s folder written into
    /// the temporary files it made ahead (those left over are removed; all
    /// of them for a batch that was [`Batch::writing`]).
    pub fn commit_with(self, ahead: Ahead) -> Vec<Result<(), WriteError>> {
        let written = match self.written {
            Some(written) => written.finish(),
            None => write_all(&self.staged, ahead.files()),
        };
        let mut folders: Vec<PathBuf> = Vec::new();
        let mut outcomes = Vec::with_capacity(self.staged.len());
        let mut temporaries = Vec::with_capacity(self.staged.len());
        for (s, tmp) in self.staged.iter().zip(written) {
            if let Ok(tmp) = &tmp {
                temporaries.push(tmp.to_path_buf());
            }
            let outcome = match tmp {
                Err(e) => Err(WriteError::Io(e)),
                Ok(tmp) if s.create => match tmp.persist_noclobber(&s.target) {
                    Ok(()) => Ok(()),
                    Err(e) if e.error.kind() == io::ErrorKind::AlreadyExists => Err(WriteError::Exists),
                    Err(e) => Err(WriteError::Io(e.error)),
                },
                Ok(tmp) => tmp.persist(&s.target).map_err(|e| WriteError::Io(e.error)),
            };
            let dir = folder(&s.target);
            if outcome.is_ok() && !folders.iter().any(|f| f == dir) {
                folders.push(dir.to_path_buf());
            }
            outcomes.push(outcome);
        }
        // Renamed, or removed when the rename failed.
        crate::unfinished::forget_files(temporaries.iter().map(PathBuf::as_path));
        for dir in &folders {
            sync_dir(dir);
        }
        outcomes
    }
}

/// How many temporary files are open at once: a batch may hold more files
/// than a process may keep open.
const OPEN: usize = 256;

/// Writes the temporary file of each staged file and flushes them to disk
/// (see [`Written`]). Each is written in order: creating files in one
/// folder from many threads only makes them wait for each other.
fn write_all(
    staged: &[Staged],
    mut ahead: Option<(PathBuf, Vec<tempfile::TempPath>)>,
) -> Vec<io::Result<tempfile::TempPath>> {
    let mut written = Written::default();
    for s in staged {
        written.push(write_one(s, &s.text, &mut ahead));
    }
    if let Some((_, unused)) = ahead {
        remove_unused(unused);
    }
    written.finish()
}

/// Writes the text of a staged file into a temporary file: one made ahead
/// in its folder for a new file, if there is one left, else a new one.
fn write_one(
    s: &Staged,
    text: &str,
    ahead: &mut Option<(PathBuf, Vec<tempfile::TempPath>)>,
) -> io::Result<tempfile::NamedTempFile> {
    let made = match ahead {
        Some((dir, made)) if s.create && folder(&s.target) == dir.as_path() => made.pop(),
        _ => None,
    };
    let mut tmp = match made {
        Some(path) => reopen(path)?,
        None => temporary(&s.target, s.permissions.clone())?,
    };
    tmp.write_all(text.as_bytes())?;
    Ok(tmp)
}

/// Temporary files written, in order, flushed to disk and closed
/// [`OPEN`] at a time (the journal groups the flushes).
#[derive(Default)]
struct Written {
    open: Vec<io::Result<tempfile::NamedTempFile>>,
    closed: Vec<io::Result<tempfile::TempPath>>,
}

impl Written {
    fn push(&mut self, file: io::Result<tempfile::NamedTempFile>) {
        self.open.push(file);
        if self.open.len() == OPEN {
            self.flush();
        }
    }

    fn flush(&mut self) {
        let synced = sync_all(&self.open);
        self.closed.extend(self.open.drain(..).zip(synced).map(|(w, synced)| {
            let tmp = w?;
            synced?;
            Ok(tmp.into_temp_path())
        }));
    }

    /// Every file, flushed and closed.
    fn finish(mut self) -> Vec<io::Result<tempfile::TempPath>> {
        self.flush();
        self.closed
    }
}

/// Flushes the files written to disk. On Linux, one `syncfs` of their
/// file system does it for all of them at once, in one commit of the
/// journal (a failure is then the failure of every file of the batch);
/// elsewhere, each file is flushed, several at a time.
#[cfg(target_os = "linux")]
fn sync_all(written: &[io::Result<tempfile::NamedTempFile>]) -> Vec<io::Result<()>> {
    // One call per folder: the folders of a batch may lie on several file
    // systems. A file that could not be written is reported as such by
    // the caller.
    let mut done: Vec<(&Path, Option<i32>)> = Vec::new();
    written
        .iter()
        .map(|w| {
            let Ok(tmp) = w else { return Ok(()) };
            let dir = folder(tmp.path());
            let failed = match done.iter().find(|(d, _)| *d == dir) {
                Some(&(_, failed)) => failed,
                None => {
                    let failed = rustix::fs::syncfs(tmp.as_file()).err().map(|e| e.raw_os_error());
                    done.push((dir, failed));
                    failed
                }
            };
            failed.map_or(Ok(()), |code| Err(io::Error::from_raw_os_error(code)))
        })
        .collect()
}

/// Flushes the files written, several at a time.
#[cfg(not(target_os = "linux"))]
fn sync_all(written: &[io::Result<tempfile::NamedTempFile>]) -> Vec<io::Result<()>> {
    let synced: Vec<Mutex<io::Result<()>>> = written.iter().map(|_| Mutex::new(Ok(()))).collect();
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..SYNC_THREADS.min(written.len()) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(w) = written.get(i) else { break };
                if let Ok(tmp) = w {
                    let r = tmp.as_file().sync_all();
                    *synced[i].lock().unwrap_or_else(|e| e.into_inner()) = r;
                }
            });
        }
    });
    synced
        .into_iter()
        .map(|m| m.into_inner().unwrap_or_else(|e| e.into_inner()))
        .collect()
}

/// Writes a new file at `path` (see [`Batch::create`]).
pub(crate) fn create(path: &Path, text: &str) -> Result<(), WriteError> {
    let mut batch = Batch::new();
    batch.create(path, text);
    batch.commit().pop().unwrap_or(Ok(()))
}

/// Runs `f` on a writer to `path` (a temporary file, renamed over `path`
/// once `f` has written everything) or, without a path, on `out`. If `f`
/// fails, the temporary file is removed and `path` is left as it was: a
/// reader (or a register's CI committing an export) never sees a
/// half-written file.
pub(crate) fn with_output<T>(
    path: Option<&Path>,
    lang: Lang,
    out: &mut dyn Write,
    f: impl FnOnce(&mut dyn Write) -> Result<T>,
) -> Result<T> {
    let Some(path) = path else {
        let value = f(&mut *out)?;
        out.flush()?;
        return Ok(value);
    };
    let context = || {
        fill(
            ui::WRITE_FILE_FAILED.get(lang),
            &[("fichier", path.display().to_string())],
        )
    };
    let tmp = temporary(path, default_permissions()).with_context(context)?;
    let listed = tmp.path().to_path_buf();
    let written = (|| -> Result<T> {
        let mut w = io::BufWriter::new(tmp);
        let value = write_named(&mut w, path, lang, f)?;
        let tmp = w.into_inner().map_err(|e| e.into_error()).with_context(context)?;
        tmp.as_file().sync_all().with_context(context)?;
        tmp.persist(path).map_err(|e| e.error).with_context(context)?;
        Ok(value)
    })();
    // Renamed, or removed on failure.
    crate::unfinished::forget_files([listed.as_path()]);
    let value = written?;
    sync_dir(folder(path));
    Ok(value)
}

/// A writer that remembers whether a write failed.
struct Watched<'a> {
    inner: &'a mut dyn Write,
    failed: bool,
}

impl Write for Watched<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let r = self.inner.write(buf);
        self.failed |= r.is_err();
        r
    }

    fn flush(&mut self) -> io::Result<()> {
        let r = self.inner.flush();
        self.failed |= r.is_err();
        r
    }
}

/// Runs `f` on `w`, the writer of the file at `path`: when `f` fails
/// because writing failed (a full disk), the error names the file — the
/// system says only "No space left on device". Other failures (reading
/// the register) pass as they are.
fn write_named<T>(
    w: &mut dyn Write,
    path: &Path,
    lang: Lang,
    f: impl FnOnce(&mut dyn Write) -> Result<T>,
) -> Result<T> {
    let mut watched = Watched {
        inner: w,
        failed: false,
    };
    match f(&mut watched) {
        Err(e) if watched.failed => Err(e.context(fill(
            ui::WRITE_FILE_FAILED.get(lang),
            &[("fichier", path.display().to_string())],
        ))),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn create_refuses_an_existing_file_and_leaves_it_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.toml");
        create(&path, "un").unwrap();
        assert!(matches!(create(&path, "deux"), Err(WriteError::Exists)));
        assert_eq!(fs::read_to_string(&path).unwrap(), "un");
        let mut batch = Batch::new();
        batch.replace(&path, "trois");
        assert!(batch.commit().iter().all(Result::is_ok));
        assert_eq!(fs::read_to_string(&path).unwrap(), "trois");
        // No temporary file is left behind.
        assert_eq!(names(dir.path()), ["a.toml"]);
    }

    #[test]
    fn a_batch_writes_every_file_and_says_which_could_not_be() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("b.toml"), "ancien").unwrap();
        let mut batch = Batch::new();
        for i in 0..40 {
            batch.create(&dir.path().join(format!("n{i:02}.toml")), &i.to_string());
        }
        batch.create(&dir.path().join("b.toml"), "nouveau");
        let outcomes = batch.commit();
        assert!(outcomes[..40].iter().all(Result::is_ok));
        assert!(matches!(outcomes[40], Err(WriteError::Exists)));
        assert_eq!(fs::read_to_string(dir.path().join("n07.toml")).unwrap(), "7");
        assert_eq!(fs::read_to_string(dir.path().join("b.toml")).unwrap(), "ancien");
        assert_eq!(names(dir.path()).len(), 41);
    }

    /// The temporary files in `dir`, with their texts.
    fn temporaries(dir: &Path) -> Vec<String> {
        let mut texts: Vec<String> = names(dir)
            .iter()
            .filter(|n| n.starts_with(".fabriques-") && n.ends_with(".tmp"))
            .map(|n| fs::read_to_string(dir.join(n)).unwrap())
            .collect();
        texts.sort();
        texts
    }

    #[test]
    fn a_writing_batch_writes_each_file_as_it_is_added_and_renames_at_commit() {
        let dir = tempfile::tempdir().unwrap();
        // More files than are kept open at once.
        let n = OPEN + 44;
        for i in 0..n {
            fs::write(dir.path().join(format!("r{i:03}.toml")), "ancien").unwrap();
        }
        let mut batch = Batch::writing();
        for i in 0..n {
            batch.replace(&dir.path().join(format!("r{i:03}.toml")), &format!("nouveau {i}"));
            // Written already, next to the file it will replace, which
            // is still the old one.
            assert_eq!(temporaries(dir.path()).len(), i + 1);
            assert_eq!(
                fs::read_to_string(dir.path().join(format!("r{i:03}.toml"))).unwrap(),
                "ancien"
            );
        }
        assert!(temporaries(dir.path()).contains(&"nouveau 7".to_string()));
        batch.create(&dir.path().join("r000.toml"), "refusé");
        batch.create(&dir.path().join("neuf.toml"), "neuf");
        let outcomes = batch.commit();
        assert!(outcomes[..n].iter().all(Result::is_ok));
        assert!(matches!(outcomes[n], Err(WriteError::Exists)));
        assert!(outcomes[n + 1].is_ok());
        for i in [0, 7, OPEN, n - 1] {
            let text = fs::read_to_string(dir.path().join(format!("r{i:03}.toml"))).unwrap();
            assert_eq!(text, format!("nouveau {i}"));
        }
        assert_eq!(fs::read_to_string(dir.path().join("neuf.toml")).unwrap(), "neuf");
        assert!(temporaries(dir.path()).is_empty());
        assert_eq!(names(dir.path()).len(), n + 1);
    }

    #[test]
    fn a_writing_batch_never_committed_changes_nothing_and_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.toml"), "ancien").unwrap();
        let mut batch = Batch::writing();
        batch.replace(&dir.path().join("a.toml"), "nouveau");
        batch.create(&dir.path().join("b.toml"), "neuf");
        assert_eq!(temporaries(dir.path()), ["neuf", "nouveau"]);
        drop(batch);
        assert_eq!(names(dir.path()), ["a.toml"]);
        assert_eq!(fs::read_to_string(dir.path().join("a.toml")).unwrap(), "ancien");
    }

    #[test]
    fn new_files_go_into_the_files_made_ahead_and_none_is_left() {
        let dir = tempfile::tempdir().unwrap();
        let other = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("b.toml"), "ancien").unwrap();
        // Fewer than the new files (the batch makes the rest), and more.
        for made in [3, 45] {
            let ahead = Ahead::start(dir.path(), made);
            let links = tempfile::tempdir_in(dir.path().parent().unwrap()).unwrap();
            let made_files = made_ahead(dir.path(), made, links.path());
            let mut batch = Batch::new();
            for i in 0..40 {
                batch.create(&dir.path().join(format!("n{made}-{i:02}.toml")), &i.to_string());
            }
            batch.create(&dir.path().join("b.toml"), "nouveau");
            batch.replace(&dir.path().join("b.toml"), "remplacé");
            batch.create(&other.path().join("ailleurs.toml"), "ailleurs");
            let outcomes = batch.commit_with(ahead);
            assert!(outcomes[..40].iter().all(Result::is_ok));
            assert!(matches!(outcomes[40], Err(WriteError::Exists)));
            assert!(outcomes[41..].iter().all(Result::is_ok));
            assert_eq!(
                fs::read_to_string(dir.path().join(format!("n{made}-07.toml"))).unwrap(),
                "7"
            );
            assert_eq!(fs::read_to_string(dir.path().join("b.toml")).unwrap(), "remplacé");
            fs::remove_file(other.path().join("ailleurs.toml")).unwrap();
            // The 41 creates in the folder (the one refused included) were
            // written into the files made ahead, as many as there were.
            let used = made_files.iter().filter(|l| fs::metadata(l).unwrap().len() > 0).count();
            assert_eq!(used, made.min(41));
        }
        // The records, and not one temporary file.
        assert_eq!(names(dir.path()).len(), 81, "{:?}", names(dir.path()));
        assert!(names(other.path()).is_empty());
        // A file made ahead has the permissions of one the batch made.
        let mode = |name: &str| fs::metadata(dir.path().join(name)).unwrap().permissions();
        assert_eq!(mode("n3-00.toml"), mode("n3-39.toml"));
    }

    /// Hard links, in `links`, to the `count` temporary files being made
    /// ahead in `dir`, once they are all there: a link shows what is
    /// written into its file, and keeps the file's inode from being given
    /// to another.
    fn made_ahead(dir: &Path, count: usize, links: &Path) -> Vec<PathBuf> {
        let temporary = || {
            names(dir)
                .into_iter()
                .filter(|n| n.starts_with(".fabriques-"))
                .collect::<Vec<_>>()
        };
        let start = std::time::Instant::now();
        while temporary().len() < count && start.elapsed() < std::time::Duration::from_secs(20) {
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
        let found = temporary();
        assert_eq!(found.len(), count);
        found
            .iter()
            .map(|n| {
                let link = links.join(n);
                fs::hard_link(dir.join(n), &link).unwrap();
                link
            })
            .collect()
    }

    #[test]
    fn files_made_ahead_and_never_used_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        drop(Ahead::start(dir.path(), 20));
        assert!(names(dir.path()).is_empty());
        // Made for a folder the batch does not write in.
        let other = tempfile::tempdir().unwrap();
        let ahead = Ahead::start(other.path(), 5);
        let mut batch = Batch::new();
        batch.create(&dir.path().join("a.toml"), "a");
        assert!(batch.commit_with(ahead).iter().all(Result::is_ok));
        assert_eq!(names(dir.path()), ["a.toml"]);
        assert!(names(other.path()).is_empty());
        // A missing folder: nothing is made.
        drop(Ahead::start(&dir.path().join("absent"), 5));
        assert_eq!(names(dir.path()), ["a.toml"]);
    }

    #[cfg(unix)]
    #[test]
    fn replace_writes_through_a_symbolic_link() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("cible.toml");
        let link = dir.path().join("lien.toml");
        fs::write(&target, "x").unwrap();
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let mut batch = Batch::new();
        batch.replace(&link, "y");
        assert!(batch.commit().iter().all(Result::is_ok));
        assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
        assert_eq!(fs::read_to_string(&target).unwrap(), "y");
    }

    #[cfg(unix)]
    #[test]
    fn replace_keeps_the_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.toml");
        fs::write(&path, "x").unwrap();
        fs::set_permissions(&path, Permissions::from_mode(0o640)).unwrap();
        let mut batch = Batch::new();
        batch.replace(&path, "y");
        assert!(batch.commit().iter().all(Result::is_ok));
        assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o640);
        create(&dir.path().join("b.toml"), "z").unwrap();
        let mode = fs::metadata(dir.path().join("b.toml")).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o644);
    }

    #[test]
    fn an_export_is_replaced_whole_and_no_temporary_file_remains() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("export.csv");
        fs::write(&path, "ancien").unwrap();
        with_output(Some(&path), Lang::Fr, &mut io::sink(), |w| Ok(w.write_all(b"nouveau")?)).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "nouveau");
        assert_eq!(names(dir.path()), ["export.csv"]);
    }

    #[test]
    fn a_failed_export_leaves_the_file_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("export.csv");
        fs::write(&path, "ancien").unwrap();
        let r: Result<()> = with_output(Some(&path), Lang::Fr, &mut io::sink(), |w| {
            w.write_all(b"moitie")?;
            anyhow::bail!("interrompu")
        });
        assert!(r.is_err());
        assert_eq!(fs::read_to_string(&path).unwrap(), "ancien");
        assert_eq!(names(dir.path()), ["export.csv"]);
    }

    #[test]
    fn regression_a_full_disk_names_the_file() {
        // Writing the export failed with "No space left on device" only.
        struct Full;
        impl Write for Full {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(io::Error::from_raw_os_error(28))
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let path = Path::new("exports/fabriques.csv");
        let r: Result<()> = write_named(&mut Full, path, Lang::Fr, |w| Ok(w.write_all(b"id,nom\n")?));
        let message = format!("{:#}", r.unwrap_err());
        assert!(message.contains("exports/fabriques.csv"), "{message}");
        assert!(
            message.contains(&io::Error::from_raw_os_error(28).to_string()),
            "{message}"
        );
        // A failure that is not a write passes as it is.
        let r: Result<()> = write_named(&mut Vec::new(), path, Lang::Fr, |_| anyhow::bail!("registre illisible"));
        assert_eq!(format!("{:#}", r.unwrap_err()), "registre illisible");
    }

    #[test]
    fn a_missing_folder_is_an_error_and_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("absent/export.csv");
        assert!(with_output(Some(&path), Lang::Fr, &mut io::sink(), |w| Ok(w.write_all(b"x")?)).is_err());
        assert!(!path.exists());
    }
}
