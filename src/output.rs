//! Where a command's output goes: standard output, or a file written
//! atomically. (Record files, which must never be clobbered, go through
//! `atomic` instead.)
//!
//! A file is first written in full to a temporary file in the same folder,
//! flushed to disk, then renamed over the destination: a reader (or a
//! register's CI committing an export) never sees a half-written file, and
//! an interrupted run leaves the previous file as it was.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::messages::{fill, ui};

/// Runs `f` on a writer to `path` (a temporary file, renamed over `path`
/// once `f` has written everything) or, without a path, on `out`. If `f`
/// fails, the temporary file is removed and `path` is left as it was.
pub fn with_output<T>(
    path: Option<&Path>,
    lang: crate::messages::Lang,
    out: &mut dyn Write,
    f: impl FnOnce(&mut dyn Write) -> Result<T>,
) -> Result<T> {
    let Some(path) = path else {
        let value = f(&mut *out)?;
        out.flush()?;
        return Ok(value);
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let context = || {
        fill(
            ui::WRITE_FILE_FAILED.get(lang),
            &[("fichier", path.display().to_string())],
        )
    };
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let file = File::create(&tmp).with_context(context)?;
    let mut w = io::BufWriter::new(file);
    let result = f(&mut w).and_then(|value| {
        let file = w.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        fs::rename(&tmp, path).with_context(context)?;
        Ok(value)
    });
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_replaced_whole_and_no_temporary_file_remains() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("export.csv");
        fs::write(&path, "ancien").unwrap();
        with_output(Some(&path), crate::messages::Lang::Fr, &mut io::sink(), |w| {
            Ok(w.write_all(b"nouveau")?)
        })
        .unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "nouveau");
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn a_missing_folder_is_an_error_and_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("absent/export.csv");
        assert!(
            with_output(Some(&path), crate::messages::Lang::Fr, &mut io::sink(), |w| Ok(
                w.write_all(b"x")?
            ))
            .is_err()
        );
        assert!(!path.exists());
    }
}
