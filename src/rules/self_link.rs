//! `self-link`: a record that links to itself.

use super::{Check, RecordContext, Rule, RuleId, Sink};
use crate::diagnostic::Severity;
use crate::messages::rules::self_link as t;
use crate::messages::Message;
use crate::record::Record;

pub(crate) static RULE: Rule = Rule {
    id: RuleId::SelfLink,
    name: "self-link",
    severity: Severity::Error,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "# data/lab01.toml\n[[liens]]\nfabrique = \"lab01\"\ntype = \"visite\"\n",
    good: "# data/lab01.toml\n[[liens]]\nfabrique = \"la-dynamo\"\ntype = \"visite\"\n",
    check: Check::Record(check),
};

/// Reports links whose target is the record itself.
pub(crate) fn check(r: &Record, _cx: &RecordContext<'_>, sink: &mut Sink) {
    for lien in r.liens.iter().filter_map(|l| l.fabrique.as_ref()).filter(|l| l.value == r.id) {
        sink.push(
            &RULE,
            lien.span,
            Message::new(&t::MESSAGE).arg("id", &r.id),
            Some(Message::new(&t::HELP)),
        );
    }
}
