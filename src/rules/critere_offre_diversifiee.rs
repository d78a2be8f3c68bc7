//! `critere-offre-diversifiee`: the services are not limited to one field —
//! at least two distinct action categories with statut `fait`.

use std::collections::BTreeSet;

use super::criteria::Shown;
use super::{Check, RecordContext, Rule, RuleId, Sink};
use crate::diagnostic::{Severity, Span};
use crate::messages::rules::critere_offre_diversifiee as t;
use crate::messages::Message;
use crate::record::{Fact, Record};

pub(crate) static RULE: Rule = Rule {
    id: RuleId::CritereOffreDiversifiee,
    name: "critere-offre-diversifiee",
    severity: Severity::Warning,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "[[actions]]\ncategorie = \"coworking\"\nstatut = \"fait\"\n\n[[actions]]\ncategorie = \"fablab\"\nstatut = \"envisage\"\n",
    good: "[[actions]]\ncategorie = \"coworking\"\nstatut = \"fait\"\n\n[[actions]]\ncategorie = \"fablab\"\nstatut = \"fait\"\n",
    check: Check::Criterion {
        check,
        shown,
        fact: FACT,
        short: &t::SHORT,
    },
};

/// What the criterion is judged on.
const FACT: Fact = Fact::Actions;

/// The distinct categories of the actions done (`fait`).
pub(crate) fn done_categories(r: &Record) -> BTreeSet<&str> {
    r.actions
        .iter()
        .filter(|a| a.statut.as_ref().is_some_and(|s| s.value == "fait"))
        .flat_map(|a| a.categories.iter().map(|c| c.value.as_str()))
        .collect()
}

pub(crate) fn shown(r: &Record) -> Shown {
    super::criteria::unless_unwritten(r, FACT, || {
        let done = done_categories(r);
        if done.len() >= 2 {
            return Shown::Yes;
        }
        match done.first() {
            None => Shown::No(Message::new(&t::HELP_NONE)),
            Some(only) => Shown::No(Message::new(&t::HELP_ONE).arg("categorie", only)),
        }
    })
}

pub(crate) fn check(r: &Record, _cx: &RecordContext<'_>, sink: &mut Sink) {
    if let Shown::No(help) = shown(r) {
        let span = r.actions.first().map_or(Span::FILE, |a| a.span);
        sink.push(&RULE, span, Message::new(&t::MESSAGE), Some(help));
    }
}
