//! `critere-gouvernance`: the record shows that inhabitants take part in its governance and programming.
//!
//! `criteres.gouvernance` must be a real sentence (at least
//! [`MIN_CHARS`](super::criteria::MIN_CHARS) characters, not a placeholder
//! such as "x", "-", "oui" or "?").

use super::criteria::{span, text_help, text_problem, Shown};
use super::{Check, RecordContext, Rule, RuleId, Sink};
use crate::diagnostic::Severity;
use crate::messages::rules::critere_gouvernance as t;
use crate::messages::Message;
use crate::record::{Fact, Record};

pub(crate) static RULE: Rule = Rule {
    id: RuleId::CritereGouvernance,
    name: "critere-gouvernance",
    severity: Severity::Warning,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "[criteres]\ngouvernance = \"oui\"\n",
    good: "[criteres]\ngouvernance = \"Les habitants siègent au conseil d'administration et votent la programmation trimestrielle.\"\n",
    check: Check::Criterion {
        check,
        shown,
        fact: FACT,
        short: &t::SHORT,
    },
};

/// What the criterion is judged on.
const FACT: Fact = Fact::Gouvernance;

/// Whether the record shows the criterion.
pub(crate) fn shown(r: &Record) -> Shown {
    super::criteria::unless_unwritten(r, FACT, || {
        match text_problem(r.criteres.gouvernance.as_ref()) {
            None => Shown::Yes,
            Some(problem) => Shown::No(text_help(problem, "gouvernance")),
        }
    })
}

pub(crate) fn check(r: &Record, _cx: &RecordContext<'_>, sink: &mut Sink) {
    if let Shown::No(help) = shown(r) {
        sink.push(
            &RULE,
            span(r, r.criteres.gouvernance.as_ref()),
            Message::new(&t::MESSAGE),
            Some(help),
        );
    }
}
