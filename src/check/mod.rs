//! Checking a record: the one pipeline every command uses.
//!
//! A [`Checker`] is built once per run from the register's configuration
//! (severities, vocabularies), today's date and the ids of the register's
//! records (known from discovery). [`Checker::check_file`] reads one file
//! and [`Checker::check_text`] checks one text, in the same steps:
//!
//! 1. the file's name is an id (`invalid-id`), its bytes are UTF-8 text
//!    (`file-unreadable`), the text is TOML (`toml-syntax`);
//! 2. the schema reader (`schema`) builds the typed [`Record`], reporting
//!    what does not fit the format;
//! 3. the text and record rules of the registry (`rules::ALL`) run, each
//!    diagnostic at its severity in the register (a rule switched off
//!    never runs);
//! 4. the record's own exceptions (`[validation] ignorer`) silence what
//!    they name and are themselves checked (`exceptions`);
//! 5. `--strict` makes warnings errors; diagnostics are sorted.
//!
//! The result, [`Checked`], holds the record, its commune, its final
//! diagnostics and counts, and, for `validate`, what the register-wide
//! rules need at the end of the run ([`Kept`], see `across`). A checker in
//! counting mode ([`Checker::counting`]: `list`, `show`, `export`...) only
//! wants the number of errors: it runs only the rules that can add one
//! (those at severity error, and those the record's exceptions name), so a
//! register full of warnings costs nothing more to list.

mod across;
mod exceptions;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use toml::de::DeTable;

pub(crate) use across::{finish, register_wide};

use crate::config::Config;
use crate::diagnostic::{sort_and_dedup, Diagnostic, Place, Severity};
use crate::geo::{Commune, Departement, Geo};
use crate::load::Duplicates;
use crate::record::{Date, Record};
use crate::rules::{
    self, duplicate_id, file_unreadable, invalid_id, toml_syntax, Check, Ids, Keys, Outline, RecordContext, RuleId,
    Severities, Sink,
};
use crate::schema::Reader;
use crate::vocab::Vocabularies;

/// Checks records the same way for every command.
pub(crate) struct Checker<'a> {
    severities: Severities,
    vocab: &'a Vocabularies,
    today: Date,
    ids: Ids,
    /// The ids several files share (`duplicate-id`).
    duplicates: Duplicates,
    strict: bool,
    counting: bool,
}

/// One file, checked.
#[derive(Debug)]
pub(crate) struct Checked {
    /// The record's id (the file's stem).
    pub id: String,
    /// The file's text, when it could be read (decoded lossily when it is
    /// not UTF-8, for showing the line of the problem).
    pub text: Option<String>,
    /// The record, when the text parsed.
    pub record: Option<Record>,
    /// Its current commune, when the address designates one (see
    /// `place`).
    pub commune: Option<&'static Commune>,
    /// The arrondissement of Paris, Lyon or Marseille, when known.
    pub arrondissement: Option<&'static Commune>,
    /// Its département, when certain (also without a certain commune).
    pub departement: Option<&'static Departement>,
    /// The final diagnostics, sorted (in counting mode, only those of the
    /// rules that ran).
    pub diagnostics: Vec<Diagnostic>,
    pub errors: usize,
    pub warnings: usize,
    /// What the register-wide rules need (not in counting mode).
    pub kept: Option<Kept>,
}

/// What the end of a run needs of a record, once its text is gone: the
/// hashes of the keys the register-wide rules relate records by, and its
/// exceptions that name a register-wide rule (applied at the end). A few
/// dozen bytes per record: the records whose keys another shares are read
/// again at the end for their full [`Outline`] (see `across`).
#[derive(Debug)]
pub(crate) struct Kept {
    pub file: Arc<PathBuf>,
    pub keys: Keys,
    pub deferred: Vec<(RuleId, Place)>,
}

impl Kept {
    /// What is kept of a file that is no record (unreadable, not TOML):
    /// nothing to compare.
    pub fn none(file: &Arc<PathBuf>) -> Kept {
        Kept {
            file: file.clone(),
            keys: Keys::default(),
            deferred: Vec::new(),
        }
    }
}

/// A record read again at the end of a run, for the register-wide rules:
/// its outline, where its name is, and where its `[identifiants] anct` is
/// when it has one.
#[derive(Debug)]
pub(crate) struct Reread {
    pub outline: Outline,
    pub nom: Place,
    pub identifier: Option<Place>,
}

impl<'a> Checker<'a> {
    /// A checker with the register's severities and vocabularies; `ids`
    /// are the register's record ids.
    pub fn new(config: &'a Config, today: Date, ids: Ids) -> Checker<'a> {
        Checker {
            severities: config.settings.severities,
            vocab: &config.settings.vocab,
            today,
            ids,
            duplicates: Duplicates::new(),
            strict: false,
            counting: false,
        }
    }

    /// With the ids several files share (`load::Discovery::duplicates`):
    /// each of those files gets a `duplicate-id` error.
    pub fn duplicates(mut self, duplicates: Duplicates) -> Checker<'a> {
        self.duplicates = duplicates;
        self
    }

    /// The rules on the file's name: `invalid-id`, `duplicate-id`.
    fn check_id(&self, sink: &mut Sink, id: &str, file: &Arc<PathBuf>) {
        invalid_id::check(sink, id);
        if let Some(all) = self.duplicates.get(id) {
            duplicate_id::check(sink, id, file, all);
        }
    }

    /// With `strict`, warnings count as errors.
    pub fn strict(mut self, strict: bool) -> Checker<'a> {
        self.strict = strict;
        self
    }

    /// Only the number of errors is wanted (see the module's doc).
    pub fn counting(mut self) -> Checker<'a> {
        self.counting = true;
        self
    }

    pub fn severities(&self) -> &Severities {
        &self.severities
    }

    pub fn is_strict(&self) -> bool {
        self.strict
    }

    /// Reads and checks the file at `path`, shown as `file`.
    pub fn check_file(&self, path: &Path, file: &Arc<PathBuf>) -> Checked {
        let id = crate::load::id_of(path);
        match crate::load::read(path) {
            Ok(bytes) => self.check_bytes(&id, bytes, file),
            Err(err) => {
                let mut sink = Sink::new(self.severities);
                self.check_id(&mut sink, &id, file);
                file_unreadable::report_io(&mut sink, &err);
                self.finish(Checked::unread(id, None, sink.diags))
            }
        }
    }

    /// Checks `bytes`, the content of record `id`'s file (shown as
    /// `file`): read from the file, or from standard input for an editor.
    pub fn check_bytes(&self, id: &str, bytes: Vec<u8>, file: &Arc<PathBuf>) -> Checked {
        let id = id.to_string();
        match String::from_utf8(bytes) {
            Ok(text) => self.check_text(&id, text, file),
            Err(err) => {
                let mut sink = Sink::new(self.severities);
                self.check_id(&mut sink, &id, file);
                file_unreadable::report_encoding(&mut sink, err.utf8_error().valid_up_to());
                let text = String::from_utf8_lossy(err.as_bytes()).into_owned();
                self.finish(Checked::unread(id, Some(text), sink.diags))
            }
        }
    }

    /// Checks `text`, the content of record `id`'s file (shown as `file`).
    pub fn check_text(&self, id: &str, mut text: String, file: &Arc<PathBuf>) -> Checked {
        blank_bom(&mut text);
        let mut sink = Sink::new(self.severities);
        self.check_id(&mut sink, id, file);
        if toml_syntax::check_raw(&mut sink, &text) {
            return self.finish(Checked::unread(id.to_string(), Some(text), sink.diags));
        }
        let record = match DeTable::parse(&text) {
            Ok(doc) => Reader::new(self.vocab, &mut sink).record(id, &doc),
            Err(err) => {
                toml_syntax::report(&mut sink, &err);
                return self.finish(Checked::unread(id.to_string(), Some(text), sink.diags));
            }
        };
        let geo: &'static Geo = Geo::get();
        let place = crate::place::Place::of(&record, geo);
        let (commune, arrondissement, departement) = (place.commune, place.arrondissement, place.departement);
        let cx = RecordContext {
            geo,
            place,
            today: self.today,
            ids: &self.ids,
        };
        for rule in rules::ALL {
            if !self.runs(rule.id, &record) {
                continue;
            }
            match rule.check {
                Check::Text(f) => f(&text, &mut sink),
                Check::Record(f) | Check::Criterion { check: f, .. } => f(&record, &cx, &mut sink),
                Check::Schema | Check::Register(_) | Check::Exceptions => {}
            }
        }
        drop(cx);
        let deferred = exceptions::apply(&mut sink, &record.ignorer);
        let kept = (!self.counting).then(|| self.keep(&record, commune, file, &text, deferred));
        self.finish(Checked {
            record: Some(record),
            commune,
            arrondissement,
            departement,
            kept,
            ..Checked::unread(id.to_string(), Some(text), sink.diags)
        })
    }

    /// Record `id`'s text (shown as `file`) read again at the end of a
    /// run, for the register-wide rules (see [`Reread`]); `None` when it
    /// has no outline (or no longer parses).
    pub fn reread_text(&self, id: &str, mut text: String, file: &Arc<PathBuf>) -> Option<Reread> {
        blank_bom(&mut text);
        let doc = DeTable::parse(&text).ok()?;
        let mut sink = Sink::new(self.severities);
        let record = Reader::new(self.vocab, &mut sink).record(id, &doc);
        let commune = crate::place::Place::of(&record, Geo::get()).commune;
        let outline = Outline::of(&record, file, commune.map(|c| c.code_insee))?;
        Some(Reread {
            outline,
            nom: Place::of(&text, record.nom.as_ref().map(|n| n.span).unwrap_or_default()),
            identifier: record.identifiants.anct.as_ref().map(|a| Place::of(&text, a.span)),
        })
    }

    /// [`Checker::reread_text`] on the file at `path`.
    pub fn reread_file(&self, path: &Path, file: &Arc<PathBuf>) -> Option<Reread> {
        let text = crate::load::read_to_string(path).ok()?;
        self.reread_text(&crate::load::id_of(path), text, file)
    }

    /// The outline of the record in the file at `path` (shown as `file`),
    /// for the register-wide rules, without checking it: `import` compares
    /// its rows with the register this way.
    pub fn outline_file(&self, path: &Path, file: &Arc<PathBuf>) -> Option<Outline> {
        self.reread_file(path, file).map(|r| r.outline)
    }

    /// Whether `rule` runs on `record`: never when switched off; in
    /// counting mode, only when it can add an error or an exception of
    /// the record names it.
    fn runs(&self, rule: RuleId, record: &Record) -> bool {
        match self.severities.get(rule) {
            Severity::Allow => false,
            _ if !self.counting => true,
            severity => {
                self.final_severity(severity) == Severity::Error
                    || record
                        .ignorer
                        .iter()
                        .any(|e| e.regle.as_ref().is_some_and(|r| r.value == rule.name()))
            }
        }
    }

    fn final_severity(&self, s: Severity) -> Severity {
        if self.strict && s == Severity::Warning {
            Severity::Error
        } else {
            s
        }
    }

    /// What the register-wide rules will need of `record`.
    fn keep(
        &self,
        record: &Record,
        commune: Option<&Commune>,
        file: &Arc<PathBuf>,
        text: &str,
        deferred: Vec<(RuleId, crate::diagnostic::Span)>,
    ) -> Kept {
        let wanted = rules::ALL
            .iter()
            .any(|r| matches!(r.check, Check::Register(_)) && self.severities.get(r.id) != Severity::Allow);
        Kept {
            file: file.clone(),
            keys: if wanted {
                Keys::of(record, commune.map(|c| c.code_insee))
            } else {
                Keys::default()
            },
            deferred: deferred
                .into_iter()
                .map(|(rule, span)| (rule, Place::of(text, span)))
                .collect(),
        }
    }

    /// Final severities (`--strict`), order and counts.
    fn finish(&self, mut checked: Checked) -> Checked {
        for d in &mut checked.diagnostics {
            d.severity = self.final_severity(d.severity);
        }
        sort_and_dedup(&mut checked.diagnostics);
        let count = |s| checked.diagnostics.iter().filter(|d| d.severity == s).count();
        (checked.errors, checked.warnings) = (count(Severity::Error), count(Severity::Warning));
        checked
    }
}

/// Windows editors start UTF-8 files with a byte order mark, which TOML
/// does not allow: blanks it out, keeping offsets.
fn blank_bom(text: &mut String) {
    if text.starts_with('\u{feff}') {
        text.replace_range(..3, "   ");
    }
}

impl Checked {
    /// A file that is not a record (yet): its diagnostics and, when it
    /// could be read, its text.
    fn unread(id: String, text: Option<String>, diagnostics: Vec<Diagnostic>) -> Checked {
        Checked {
            id,
            text,
            record: None,
            commune: None,
            arrondissement: None,
            departement: None,
            diagnostics,
            errors: 0,
            warnings: 0,
            kept: None,
        }
    }
}
