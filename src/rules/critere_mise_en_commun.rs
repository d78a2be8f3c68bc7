//! `critere-mise-en-commun`: the record shows pooling with other
//! tiers-lieux — the text, and at least one network (`reseaux`) or one link
//! to another fabrique (`[[liens]]`).

use super::criteria::{span, text_help, text_problem, Shown, MIN_CHARS};
use super::{Check, RecordContext, Rule, RuleId, Sink};
use crate::diagnostic::Severity;
use crate::messages::rules::critere_mise_en_commun as t;
use crate::messages::Message;
use crate::record::{Fact, Record};

pub(crate) static RULE: Rule = Rule {
    id: RuleId::CritereMiseEnCommun,
    name: "critere-mise-en-commun",
    severity: Severity::Warning,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "[criteres]\nmise_en_commun = \"Nous partageons nos outils avec d'autres lieux.\"\n",
    good:
        "reseaux = [\"fabmob\"]\n\n[criteres]\nmise_en_commun = \"Nous partageons nos outils avec d'autres lieux.\"\n",
    check: Check::Criterion {
        check,
        shown,
        fact: FACT,
        short: &t::SHORT,
    },
};

/// What the criterion is judged on.
const FACT: Fact = Fact::MiseEnCommun;

pub(crate) fn shown(r: &Record) -> Shown {
    super::criteria::unless_unwritten(r, FACT, || {
        let connected = !r.reseaux.is_empty() || !r.liens.is_empty();
        match (text_problem(r.criteres.mise_en_commun.as_ref()), connected) {
            (None, true) => Shown::Yes,
            (Some(problem), true) => Shown::No(text_help(problem, "mise_en_commun")),
            (None, false) => Shown::No(Message::new(&t::HELP_NETWORK)),
            (Some(problem), false) => Shown::No(
                Message::new(&t::HELP_BOTH)
                    .arg_text("probleme", problem)
                    .arg("min", MIN_CHARS),
            ),
        }
    })
}

pub(crate) fn check(r: &Record, _cx: &RecordContext<'_>, sink: &mut Sink) {
    if let Shown::No(help) = shown(r) {
        sink.push(
            &RULE,
            span(r, r.criteres.mise_en_commun.as_ref()),
            Message::new(&t::MESSAGE),
            Some(help),
        );
    }
}
