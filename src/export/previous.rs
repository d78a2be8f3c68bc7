//! May `export --output FILE` replace the file that is there?
//!
//! An export replaces its output file whole (atomically). That is right for
//! a previous export of the same kind — the register's CI rewrites
//! `fabriques.csv` every time — and wrong for anything else: a record
//! (`export --csv --output data/lab01.toml` replaced the fabrique with a
//! spreadsheet), the settings, a document that happens to have the name.
//! So the file is sniffed (its first 64 KiB) and replaced only when it is
//! absent, empty, or looks like what this export writes:
//!
//! | format | a previous export of the same kind |
//! | --- | --- |
//! | `--csv` | its first line (a byte order mark apart), split on `,`, `;` or a tab, is made of `export --csv` column names only |
//! | `--mediation-numerique` | its first line is the standard's header, exactly |
//! | `--json` | a JSON array, empty or whose first object's first key is `"id"` |
//! | `--jsonl` | its first line is an object whose first key is `"id"` |
//! | `--geojson` | it starts as this export does: a FeatureCollection whose `generator` is `fabriques` |
//! | `--wikitext`, `--markdown` | its first line is this export's first line (the « Technique » heading) |
//! | `--xlsx` | never: a workbook is compressed, nothing in its first bytes says it is this export's, and it may be someone's work — `--force` replaces it |
//!
//! A record (a `.toml` file in the records' folder) and the settings
//! (`fabriques.toml`) are never previous exports. Anything else is refused
//! unless `--force`; a path that is not a regular file (a folder, a named
//! pipe, a device such as `/dev/null`) is refused even then: the rename
//! that makes the write atomic would replace it.

use std::io::Read;
use std::path::Path;

use super::{csv, mednum};

/// The export being written, as far as recognising its output goes.
#[derive(Clone, Copy, Debug)]
pub enum Kind<'a> {
    Csv,
    Mednum,
    Json,
    Jsonl,
    Geojson,
    /// The first line this wiki or Markdown export writes.
    Tables(&'a str),
    Xlsx,
}

/// Why the file at the output path may not be replaced.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    /// A record of the register.
    Record,
    /// The register's settings.
    Settings,
    /// A folder, a named pipe, a device: never replaced.
    NotRegular,
    /// Some other file, not a previous export of this kind.
    Foreign,
}

/// The marker `--geojson` writes, and recognises.
pub const GEOJSON_HEAD: &str = "{\"type\": \"FeatureCollection\", \"generator\": \"fabriques\", \"features\": [";

/// How much of an existing file is read to recognise it.
const SNIFF: u64 = 64 * 1024;

/// Whether the export of `kind` may replace what is at `path` (`data_dir`
/// and `settings`: the register's folder and settings file, absolute):
/// `Ok` when nothing is there, the file is empty or a previous export of
/// the same kind, or with `force` (except what is not a regular file).
pub fn check(
    path: &Path,
    kind: Kind<'_>,
    data_dir: &Path,
    settings: Option<&Path>,
    force: bool,
) -> Result<(), Refusal> {
    let Ok(meta) = std::fs::metadata(path) else {
        // Nothing there (or a dangling link): a new file.
        return Ok(());
    };
    if !meta.is_file() {
        return Err(Refusal::NotRegular);
    }
    if force {
        return Ok(());
    }
    let canonical = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    let is_settings = path.file_name().is_some_and(|n| n == crate::config::SETTINGS_FILE)
        || settings
            .and_then(|s| s.canonicalize().ok())
            .is_some_and(|s| s == canonical);
    if is_settings {
        return Err(Refusal::Settings);
    }
    let in_data = data_dir.canonicalize().is_ok_and(|d| canonical.starts_with(d));
    if in_data && canonical.extension().is_some_and(|e| e == "toml") {
        return Err(Refusal::Record);
    }
    if meta.len() == 0 {
        return Ok(());
    }
    let mut head = Vec::new();
    let read = std::fs::File::open(path).and_then(|f| f.take(SNIFF).read_to_end(&mut head));
    if read.is_err() || !is_previous(&head, kind) {
        return Err(Refusal::Foreign);
    }
    Ok(())
}

/// Whether `head`, the start of a file, is what the export of `kind`
/// writes (see the module's table).
pub fn is_previous(head: &[u8], kind: Kind<'_>) -> bool {
    // The sniffed part may end inside a character: keep what is whole.
    let text = match std::str::from_utf8(head) {
        Ok(t) => t,
        Err(e) => std::str::from_utf8(&head[..e.valid_up_to()]).unwrap_or_default(),
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first_line = text.lines().next().unwrap_or_default();
    match kind {
        Kind::Csv => [',', ';', '\t'].iter().any(|&d| {
            first_line
                .split(d)
                .all(|cell| csv::COLUMNS.contains(&cell.trim_matches('"')))
        }),
        Kind::Mednum => first_line == mednum::COLUMNS.join(","),
        Kind::Json => {
            let rest = text.trim_start();
            let Some(inside) = rest.strip_prefix('[') else {
                return false;
            };
            let inside = inside.trim_start();
            inside.starts_with(']')
                || inside
                    .strip_prefix('{')
                    .is_some_and(|o| o.trim_start().starts_with("\"id\""))
        }
        Kind::Jsonl => first_line.starts_with("{\"id\":"),
        Kind::Geojson => text.starts_with(GEOJSON_HEAD),
        Kind::Tables(ours) => !ours.is_empty() && first_line == ours,
        Kind::Xlsx => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn previous_exports_are_recognised_and_other_files_are_not() {
        let csv_head = "id,nom,commune\nlab01,LAB01,Ambérieu\n";
        assert!(is_previous(csv_head.as_bytes(), Kind::Csv));
        assert!(is_previous("\u{feff}id;nom\n".as_bytes(), Kind::Csv));
        assert!(!is_previous(b"nom = \"LAB01\"\n", Kind::Csv));
        assert!(!is_previous(b"id,nom,notes personnelles\n", Kind::Csv));
        assert!(!is_previous(csv_head.as_bytes(), Kind::Mednum));
        assert!(is_previous(
            format!("{}\n", mednum::COLUMNS.join(",")).as_bytes(),
            Kind::Mednum
        ));
        assert!(is_previous(b"[\n{\n  \"id\": \"lab01\"", Kind::Json));
        assert!(is_previous(b"[]\n", Kind::Json));
        assert!(!is_previous(b"{\"id\": 1}", Kind::Json));
        assert!(!is_previous(b"[1, 2]", Kind::Json));
        assert!(is_previous(b"{\"id\":\"lab01\",\"nom\":\"LAB01\"}\n", Kind::Jsonl));
        assert!(!is_previous(
            b"{\"type\": \"FeatureCollection\", \"features\": []}",
            Kind::Geojson
        ));
        assert!(is_previous(format!("{GEOJSON_HEAD}\n]}}\n").as_bytes(), Kind::Geojson));
        assert!(is_previous(b"== Technique ==\n{|", Kind::Tables("== Technique ==")));
        assert!(!is_previous(b"== Autre ==\n", Kind::Tables("== Technique ==")));
        assert!(!is_previous(b"PK\x03\x04[Content_Types].xml", Kind::Xlsx));
        // Cut inside a character: what is whole is read.
        assert!(is_previous(&"id,nom\nlab01,Ambérieu".as_bytes()[..20], Kind::Csv));
    }

    #[test]
    fn records_settings_and_other_files_are_refused_unless_forced() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        std::fs::create_dir(&data).unwrap();
        let record = data.join("lab01.toml");
        std::fs::write(&record, "id,nom\n").unwrap();
        let settings = dir.path().join("fabriques.toml");
        std::fs::write(&settings, "[regles]\n").unwrap();
        let notes = dir.path().join("notes.csv");
        std::fs::write(&notes, "mes notes\n").unwrap();
        let previous = dir.path().join("export.csv");
        std::fs::write(&previous, "id,nom\n").unwrap();
        let empty = dir.path().join("vide.csv");
        std::fs::write(&empty, "").unwrap();
        let check = |p: &Path, force| super::check(p, Kind::Csv, &data, Some(&settings), force);
        // A record is refused even when its text looks like an export.
        assert_eq!(check(&record, false), Err(Refusal::Record));
        assert_eq!(check(&settings, false), Err(Refusal::Settings));
        assert_eq!(check(&notes, false), Err(Refusal::Foreign));
        assert_eq!(check(&previous, false), Ok(()));
        assert_eq!(check(&empty, false), Ok(()));
        assert_eq!(check(&dir.path().join("nouveau.csv"), false), Ok(()));
        assert_eq!(check(&data, false), Err(Refusal::NotRegular));
        for p in [&record, &settings, &notes] {
            assert_eq!(check(p, true), Ok(()));
        }
        assert_eq!(check(Path::new("/dev/null"), true), Err(Refusal::NotRegular));
    }
}
