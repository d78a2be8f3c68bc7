//! `a-completer`: the facts a record does not know yet, listed once per
//! record.
//!
//! A source rarely says everything: the ANCT's list gives a name and a
//! commune, nothing about QPV, numérique, labelling year or carrying
//! structure. The format lets a record leave such a fact out — absent
//! means unknown, never false — and the rules that need a fact run only
//! when it is known. This rule says what is still unknown, in one line per
//! record rather than one per fact, so that `validate` on a register built
//! from such a source stays readable: the key facts (`qpv`, `numerique`,
//! `[labellisation] annee`, `[structure_porteuse]`), the consortium and
//! the Movilab page, and the tiers-lieu criteria about which the record
//! writes nothing (a criterion that is written but not shown is its own
//! rule's warning). A warning: the register is allowed to be incomplete;
//! `validate --strict` (or `a-completer = "erreur"`) asks for complete
//! records.

use super::{Check, RecordContext, Rule, RuleId, Sink};
use crate::diagnostic::{Severity, Span};
use crate::messages::rules::a_completer as t;
use crate::messages::{Message, Text};
use crate::record::{Fact, Record};

pub(crate) static RULE: Rule = Rule {
    id: RuleId::ACompleter,
    name: "a-completer",
    severity: Severity::Warning,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "nom = \"LAB01\"\n\n[labellisation]\nvague = 1\n",
    good: "nom = \"LAB01\"\nqpv = true\nnumerique = false\n\n[labellisation]\nannee = 2019\nvague = 1\n",
    check: Check::Record(check),
};

/// The key facts, with the words that name them (the criteria are named
/// by their rules' short names).
const FACTS: &[(Fact, &Text)] = &[
    (Fact::Qpv, &t::QPV),
    (Fact::Numerique, &t::NUMERIQUE),
    (Fact::Annee, &t::ANNEE),
    (Fact::Structure, &t::STRUCTURE),
    (Fact::Consortium, &t::CONSORTIUM),
    (Fact::PageMovilab, &t::PAGE_MOVILAB),
];

/// The key facts `r` leaves unknown, in the documented order.
pub(crate) fn unknown_facts(r: &Record) -> impl Iterator<Item = &'static Text> + '_ {
    FACTS.iter().filter(|(f, _)| !r.written.has(*f)).map(|(_, text)| *text)
}

/// The short names of the criteria `r` writes nothing about.
pub(crate) fn unknown_criteria(r: &Record) -> impl Iterator<Item = &'static Text> + '_ {
    super::criteria()
        .filter(|c| !r.written.has(c.fact))
        .map(|c| c.short)
}

pub(crate) fn check(r: &Record, _cx: &RecordContext<'_>, sink: &mut Sink) {
    let facts: Vec<Message> = unknown_facts(r).map(Message::new).collect();
    let criteria: Vec<Message> = unknown_criteria(r).map(Message::new).collect();
    if facts.is_empty() && criteria.is_empty() {
        return;
    }
    let message = match (facts.is_empty(), criteria.is_empty()) {
        (false, false) => Message::new(&t::MESSAGE_BOTH)
            .arg_messages("faits", facts, ", ")
            .arg_messages("criteres", criteria, ", "),
        (false, true) => Message::new(&t::MESSAGE_FACTS).arg_messages("faits", facts, ", "),
        (true, _) => Message::new(&t::MESSAGE_CRITERIA).arg_messages("criteres", criteria, ", "),
    };
    let span = r.nom.as_ref().map_or(Span::FILE, |n| n.span);
    sink.push(&RULE, span, message, Some(Message::new(&t::HELP)));
}
