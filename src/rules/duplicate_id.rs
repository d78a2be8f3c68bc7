//! `duplicate-id`: two record files have the same name in two folders of
//! `data/` (`data/a/lab01.toml` and `data/b/lab01.toml`).
//!
//! The file stem is the record's id: links, `show ID`, the exports and the
//! website name a fabrique by it, so two files with one stem are two
//! fabriques under one name — a link would lead to either, `show` would
//! pick one. Folders are a way to sort the files, not a namespace.
//! Reported on every file that shares the id, each naming the others, so
//! that neither passes CI. Detected when the register is walked: ids are
//! known before any file is read (`load`).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{Check, Rule, RuleId, Sink};
use crate::diagnostic::{Severity, Span};
use crate::messages::rules::duplicate_id as t;
use crate::messages::Message;

pub(crate) static RULE: Rule = Rule {
    id: RuleId::DuplicateId,
    name: "duplicate-id",
    severity: Severity::Error,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "data/ain/lab01.toml\ndata/savoie/lab01.toml\n",
    good: "data/ain/lab01.toml\ndata/savoie/lab01-chambery.toml\n",
    check: Check::Schema,
};

/// Reports that record `id` (in `file`) shares its id with the files of
/// `all` (every file with that id, `file` among them).
pub(crate) fn check(sink: &mut Sink, id: &str, file: &Path, all: &[Arc<PathBuf>]) {
    let others: Vec<String> = all
        .iter()
        .filter(|f| f.as_path() != file)
        .map(|f| f.display().to_string())
        .collect();
    if others.is_empty() {
        return;
    }
    sink.push(
        &RULE,
        Span::FILE,
        Message::new(&t::MESSAGE).arg("id", id).arg_list("autres", &others),
        Some(Message::new(&t::HELP).arg("id", id)),
    );
}
