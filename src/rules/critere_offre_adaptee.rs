//! `critere-offre-adaptee`: the services suit all inhabitants in their
//! diversity — `criteres.publics` holds `tout_public`, or at least two
//! publics.

use super::criteria::Shown;
use super::{Check, RecordContext, Rule, RuleId, Sink};
use crate::diagnostic::Severity;
use crate::messages::rules::critere_offre_adaptee as t;
use crate::messages::Message;
use crate::record::{Fact, Record};

pub(crate) static RULE: Rule = Rule {
    id: RuleId::CritereOffreAdaptee,
    name: "critere-offre-adaptee",
    severity: Severity::Warning,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "[criteres]\npublics = [\"entrepreneurs\"]\n",
    good: "[criteres]\npublics = [\"tout_public\", \"seniors\"]\n",
    check: Check::Criterion {
        check,
        shown,
        fact: FACT,
        short: &t::SHORT,
    },
};

/// What the criterion is judged on.
const FACT: Fact = Fact::Publics;

pub(crate) fn shown(r: &Record) -> Shown {
    super::criteria::unless_unwritten(r, FACT, || {
        let publics = &r.criteres.publics;
        let mut distinct: Vec<&str> = publics.iter().map(|p| p.value.as_str()).collect();
        distinct.sort_unstable();
        distinct.dedup();
        if distinct.contains(&"tout_public") || distinct.len() >= 2 {
            Shown::Yes
        } else {
            Shown::No(Message::new(&t::HELP))
        }
    })
}

pub(crate) fn check(r: &Record, _cx: &RecordContext<'_>, sink: &mut Sink) {
    if let Shown::No(help) = shown(r) {
        let span = r
            .criteres
            .publics
            .first()
            .map(|p| p.span)
            .or(r.criteres.span)
            .unwrap_or(crate::diagnostic::Span::FILE);
        sink.push(&RULE, span, Message::new(&t::MESSAGE), Some(help));
    }
}
