//! Writing a record file atomically: `new`, `fmt` and `import` never leave
//! a half-written record behind, and never replace a record by accident.
//!
//! The text goes to a temporary file in the same folder (hidden, so that
//! `validate` skips it should the machine stop mid-way), is flushed to disk,
//! then renamed over the target in one step: a reader sees the old file or
//! the new one, nothing in between. [`create`] refuses an existing target
//! in that same step (no window between "does it exist?" and "write it");
//! [`replace`] keeps the permissions of the file it replaces.

use std::fs::{self, File, Permissions};
use std::io::{self, Write};
use std::path::Path;

/// What went wrong, so that callers can word it for the user.
#[derive(Debug)]
pub enum WriteError {
    /// [`create`] found a file at the target.
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

impl std::error::Error for WriteError {}

fn temporary(path: &Path, permissions: Option<Permissions>) -> io::Result<tempfile::NamedTempFile> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".fabriques-").suffix(".tmp");
    if let Some(p) = permissions {
        builder.permissions(p);
    }
    builder.tempfile_in(dir)
}

fn fill(tmp: &mut tempfile::NamedTempFile, text: &str) -> io::Result<()> {
    tmp.write_all(text.as_bytes())?;
    tmp.as_file().sync_all()
}

/// Makes the rename itself durable (Unix; elsewhere a no-op).
fn sync_dir(path: &Path) {
    #[cfg(unix)]
    if let Some(dir) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        if let Ok(d) = File::open(dir) {
            let _ = d.sync_all();
        }
    }
    #[cfg(not(unix))]
    let _ = path;
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

/// Writes a new file at `path`; fails with [`WriteError::Exists`] if there
/// is one already, leaving it untouched.
pub fn create(path: &Path, text: &str) -> Result<(), WriteError> {
    let mut tmp = temporary(path, default_permissions())?;
    fill(&mut tmp, text)?;
    match tmp.persist_noclobber(path) {
        Ok(_) => {
            sync_dir(path);
            Ok(())
        }
        Err(e) if e.error.kind() == io::ErrorKind::AlreadyExists => Err(WriteError::Exists),
        Err(e) => Err(WriteError::Io(e.error)),
    }
}

/// Replaces the file at `path` with `text`, keeping its permissions. A
/// symbolic link is followed: its target is replaced, the link stays.
pub fn replace(path: &Path, text: &str) -> io::Result<()> {
    let target = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let path = target.as_path();
    let permissions = fs::metadata(path).map(|m| m.permissions()).ok();
    let mut tmp = temporary(path, permissions.or_else(default_permissions))?;
    fill(&mut tmp, text)?;
    tmp.persist(path).map_err(|e| e.error)?;
    sync_dir(path);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn create_refuses_an_existing_file_and_leaves_it_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.toml");
        create(&path, "un").unwrap();
        assert!(matches!(create(&path, "deux"), Err(WriteError::Exists)));
        assert_eq!(fs::read_to_string(&path).unwrap(), "un");
        replace(&path, "trois").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "trois");
        // No temporary file is left behind.
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn replace_writes_through_a_symbolic_link() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("cible.toml");
        let link = dir.path().join("lien.toml");
        fs::write(&target, "x").unwrap();
        std::os::unix::fs::symlink(&target, &link).unwrap();
        replace(&link, "y").unwrap();
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
        replace(&path, "y").unwrap();
        assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o640);
        create(&dir.path().join("b.toml"), "z").unwrap();
        let mode = fs::metadata(dir.path().join("b.toml")).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o644);
    }
}
