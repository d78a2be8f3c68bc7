//! `critere-ancrage`: the record shows the place's territorial anchoring —
//! the text **and** at least one public partner (a collectivité) in the
//! consortium: the text alone is not enough.

use super::criteria::{span, text_problem, Shown};
use super::{Check, RecordContext, Rule, RuleId, Sink};
use crate::diagnostic::Severity;
use crate::messages::rules::critere_ancrage as t;
use crate::messages::Message;
use crate::record::{Fact, Record};

pub(crate) static RULE: Rule = Rule {
    id: RuleId::CritereAncrage,
    name: "critere-ancrage",
    severity: Severity::Warning,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "[consortium]\ncentres_sociaux = [\"Centre social le Lavoir\"]\n\n[criteres]\nancrage = \"Travaille avec le centre social du quartier.\"\n",
    good: "[consortium]\ncollectivites = [\"Ville d'Ambérieu-en-Bugey\"]\ncentres_sociaux = [\"Centre social le Lavoir\"]\n\n[criteres]\nancrage = \"Conventions avec la Ville et le centre social du quartier.\"\n",
    check: Check::Criterion {
        check,
        shown,
        fact: FACT,
        short: &t::SHORT,
    },
};

/// What the criterion is judged on.
const FACT: Fact = Fact::Ancrage;

fn has_public_partner(r: &Record) -> bool {
    r.consortium
        .iter()
        .any(|(kind, members)| kind.value == "collectivites" && !members.is_empty())
}

pub(crate) fn shown(r: &Record) -> Shown {
    super::criteria::unless_unwritten(r, FACT, || {
        let text = text_problem(r.criteres.ancrage.as_ref());
        match (text, has_public_partner(r)) {
            (None, true) => Shown::Yes,
            (Some(problem), true) => Shown::No(super::criteria::text_help(problem, "ancrage")),
            (None, false) => Shown::No(Message::new(&t::HELP_PARTNER)),
            (Some(problem), false) => Shown::No(
                Message::new(&t::HELP_BOTH)
                    .arg_text("probleme", problem)
                    .arg("min", super::criteria::MIN_CHARS),
            ),
        }
    })
}

pub(crate) fn check(r: &Record, _cx: &RecordContext<'_>, sink: &mut Sink) {
    if let Shown::No(help) = shown(r) {
        sink.push(
            &RULE,
            span(r, r.criteres.ancrage.as_ref()),
            Message::new(&t::MESSAGE),
            Some(help),
        );
    }
}
