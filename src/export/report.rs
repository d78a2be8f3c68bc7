//! What an export did not export as it is: the records it left out, and
//! why, and the records it wrote despite errors (a value that does not
//! read is an empty cell). Every format fills one [`Report`]; the command
//! says it on standard error, by reason, with the ids — an export is never
//! silent about what it drops or blanks — and `--strict` turns it into a
//! failure (exit 1).
//!
//! Closed places left out of the map and of the médiation numérique export
//! are a choice of those formats, not a defect of the data: they are said
//! too, but `--strict` does not fail on them.

use std::collections::HashSet;
use std::io::Write;

use crate::messages::{fill, ui, Lang, Text};
use crate::register::Entry;

/// Why a record is not in an export.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Reason {
    /// The file does not read as a record.
    NotParsed,
    /// Validation errors: the formats that promise valid data (médiation
    /// numérique) do not export it as if it were.
    Errors,
    /// No coordinates: no point on the map.
    NoCoordinates,
    /// No SIRET: no `pivot` for the médiation numérique standard.
    NoPivot,
    /// No street address: no `adresse` for the médiation numérique standard.
    NoAdresse,
    /// `statut = "fermee"`, left out of the map and the médiation export
    /// unless asked for (`--avec-fermees`).
    Closed,
    /// A record with errors the filters did not select: its errors may be
    /// what keeps it out (a wrong postal code, no département, no région).
    FilteredWithErrors,
}

impl Reason {
    fn text(self) -> &'static Text {
        match self {
            Reason::NotParsed => &ui::EXPORT_OUT_NOT_PARSED,
            Reason::Errors => &ui::EXPORT_OUT_ERRORS,
            Reason::NoCoordinates => &ui::EXPORT_NO_COORDINATES,
            Reason::NoPivot => &ui::EXPORT_OUT_NO_PIVOT,
            Reason::NoAdresse => &ui::EXPORT_OUT_NO_ADRESSE,
            Reason::Closed => &ui::EXPORT_OUT_CLOSED,
            Reason::FilteredWithErrors => &ui::EXPORT_OUT_FILTERED_WITH_ERRORS,
        }
    }

    /// Whether `--strict` fails on it: a defect of the data, not a choice
    /// of the format.
    pub fn is_defect(self) -> bool {
        self != Reason::Closed
    }
}

/// The records an export left out or wrote despite errors.
#[derive(Debug, Default)]
pub struct Report {
    left_out: Vec<(Reason, String)>,
    /// Ids of records written with errors.
    with_errors: Vec<String>,
}

impl Report {
    pub fn new() -> Report {
        Report::default()
    }

    /// Records that `e` was left out, for `reason`.
    pub fn left_out(&mut self, e: &Entry, reason: Reason) {
        self.left_out_id(e.record.id.clone(), reason);
    }

    /// Records a left-out id (the filters', counted on worker threads).
    pub fn left_out_id(&mut self, id: String, reason: Reason) {
        self.left_out.push((reason, id));
    }

    /// Adds what another report holds (a format's own).
    pub fn merge(&mut self, other: Report) {
        self.left_out.extend(other.left_out);
        self.with_errors.extend(other.with_errors);
    }

    /// Notes that `e` was handed to the format (the command does, for
    /// every entry): if it has errors and the format does not leave it
    /// out, it is said to be written with errors.
    pub fn handed(&mut self, e: &Entry) {
        if e.errors > 0 {
            self.with_errors.push(e.record.id.clone());
        }
    }

    /// The ids left out for `reason`, in the order met.
    pub fn ids(&self, reason: Reason) -> Vec<&str> {
        self.left_out
            .iter()
            .filter(|(r, _)| *r == reason)
            .map(|(_, id)| id.as_str())
            .collect()
    }

    /// The ids written despite errors (handed, and not left out).
    pub fn with_errors(&self) -> Vec<&str> {
        // A set: on a large register with errors, thousands of ids on both
        // sides.
        let out: HashSet<&str> = self.left_out.iter().map(|(_, id)| id.as_str()).collect();
        self.with_errors
            .iter()
            .filter(|id| !out.contains(id.as_str()))
            .map(String::as_str)
            .collect()
    }

    /// How many records `--strict` fails on: left out for a defect of the
    /// data, or written with errors.
    pub fn defects(&self) -> usize {
        self.left_out.iter().filter(|(r, _)| r.is_defect()).count() + self.with_errors().len()
    }

    /// Says it on `err`: one line per reason, then the records written
    /// with errors, each with its count and ids.
    pub fn write(&self, err: &mut dyn Write, lang: Lang) -> std::io::Result<()> {
        let mut reasons: Vec<Reason> = self.left_out.iter().map(|(r, _)| *r).collect();
        reasons.sort();
        reasons.dedup();
        for reason in reasons {
            let ids = self.ids(reason);
            line(err, lang, reason.text(), &ids)?;
        }
        let ids = self.with_errors();
        if !ids.is_empty() {
            line(err, lang, &ui::EXPORT_WITH_ERRORS, &ids)?;
        }
        Ok(())
    }
}

/// How many ids a line names at most: on a large register a note stays a
/// line a person reads, not thousands of ids (the count is always whole).
const IDS_SHOWN: usize = 20;

fn line(err: &mut dyn Write, lang: Lang, text: &Text, ids: &[&str]) -> std::io::Result<()> {
    let mut shown = ids[..ids.len().min(IDS_SHOWN)].join(", ");
    if ids.len() > IDS_SHOWN {
        shown = fill(
            ui::EXPORT_IDS_MORE.get(lang),
            &[("ids", shown), ("nombre", (ids.len() - IDS_SHOWN).to_string())],
        );
    }
    writeln!(
        err,
        "{}",
        fill(text.get(lang), &[("nombre", ids.len().to_string()), ("ids", shown)])
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_list_of_ids_is_cut_with_its_count() {
        let ids: Vec<String> = (0..25).map(|i| format!("f{i:02}")).collect();
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        let mut out = Vec::new();
        line(&mut out, Lang::En, &ui::EXPORT_WITH_ERRORS, &ids).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(out.contains("25 "), "{out}");
        assert!(out.contains("f00, f01") && out.contains("f19, … and 5 more"), "{out}");
        assert!(!out.contains("f20"), "{out}");
        let mut out = Vec::new();
        line(&mut out, Lang::En, &ui::EXPORT_WITH_ERRORS, &ids[..20]).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(out.contains("f19") && !out.contains("more"), "{out}");
    }
}
