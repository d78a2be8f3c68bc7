//! `critere-communaute`: the record shows that a community of residents runs the place.
//!
//! `criteres.communaute` must be a real sentence (at least
//! [`MIN_CHARS`](super::criteria::MIN_CHARS) characters, not a placeholder
//! such as "x", "-", "oui" or "?").

use super::criteria::{span, text_help, text_problem, Shown};
use super::{Check, RecordContext, Rule, RuleId, Sink};
use crate::diagnostic::Severity;
use crate::messages::rules::critere_communaute as t;
use crate::messages::Message;
use crate::record::{Fact, Record};

pub(crate) static RULE: Rule = Rule {
    id: RuleId::CritereCommunaute,
    name: "critere-communaute",
    severity: Severity::Warning,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "[criteres]\ncommunaute = \"oui\"\n",
    good: "[criteres]\ncommunaute = \"Une vingtaine d'habitants et de coworkers font vivre le lieu et ouvrent ses portes chaque jour.\"\n",
    check: Check::Criterion {
        check,
        shown,
        fact: FACT,
        short: &t::SHORT,
    },
};

/// What the criterion is judged on.
const FACT: Fact = Fact::Communaute;

/// Whether the record shows the criterion.
pub(crate) fn shown(r: &Record) -> Shown {
    super::criteria::unless_unwritten(r, FACT, || {
        match text_problem(r.criteres.communaute.as_ref()) {
            None => Shown::Yes,
            Some(problem) => Shown::No(text_help(problem, "communaute")),
        }
    })
}

pub(crate) fn check(r: &Record, _cx: &RecordContext<'_>, sink: &mut Sink) {
    if let Shown::No(help) = shown(r) {
        sink.push(
            &RULE,
            span(r, r.criteres.communaute.as_ref()),
            Message::new(&t::MESSAGE),
            Some(help),
        );
    }
}
