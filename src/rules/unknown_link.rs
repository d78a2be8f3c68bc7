//! `unknown-link`: a link to an id that no record has.
//!
//! The ids are those of the register's files, known from discovery before
//! any file is read, so that each record's links are checked on its own
//! (a record whose file is broken still exists: it is reported there).

use super::{Check, RecordContext, Rule, RuleId, Sink};
use crate::diagnostic::Severity;
use crate::messages::rules::unknown_link as t;
use crate::messages::Message;
use crate::record::Record;
use crate::suggest::closest;

pub(crate) static RULE: Rule = Rule {
    id: RuleId::UnknownLink,
    name: "unknown-link",
    severity: Severity::Error,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "[[liens]]\nfabrique = \"dynamo\"\ntype = \"visite\"\n",
    good: "[[liens]]\nfabrique = \"la-dynamo\"   # data/la-dynamo.toml\ntype = \"visite\"\n",
    check: Check::Record(check),
};

/// Reports links whose target is not the id of a record.
pub(crate) fn check(r: &Record, cx: &RecordContext<'_>, sink: &mut Sink) {
    for lien in r.liens.iter().filter_map(|l| l.fabrique.as_ref()) {
        if lien.value == r.id || cx.ids.contains(lien.value.as_str()) {
            continue;
        }
        let suggestion = closest(&lien.value, cx.ids.iter().map(|s| &**s), 1);
        let help = match suggestion.first() {
            Some(s) => Message::new(&t::HELP_SUGGEST).arg("suggestion", s),
            None => Message::new(&t::HELP),
        };
        sink.push(
            &RULE,
            lien.span,
            Message::new(&t::MESSAGE).arg("id", &lien.value),
            Some(help),
        );
    }
}
