//! `structure-creation`: the carrying structure did not start after the
//! labelling year, nor before 1800, nor in the future.

use super::{Check, RecordContext, Rule, RuleId, Sink};
use crate::diagnostic::Severity;
use crate::messages::rules::structure_creation as t;
use crate::messages::Message;
use crate::record::Record;

/// Before this a creation year is a typo.
pub(crate) const EARLIEST: i64 = 1800;

pub(crate) static RULE: Rule = Rule {
    id: RuleId::StructureCreation,
    name: "structure-creation",
    severity: Severity::Error,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "[labellisation]\nannee = 2019\n\n[structure_porteuse]\nnom = \"LAB01\"\ncreation = 2021\n",
    good: "[labellisation]\nannee = 2019\n\n[structure_porteuse]\nnom = \"LAB01\"\ncreation = 2016\n",
    check: Check::Record(check),
};

pub(crate) fn check(r: &Record, cx: &RecordContext<'_>, sink: &mut Sink) {
    let Some(creation) = &r.structure_porteuse.creation else {
        return;
    };
    let this_year = i64::from(cx.today.year);
    let y = creation.value;
    let message = if y < EARLIEST {
        Message::new(&t::TOO_EARLY).arg("annee", y).arg("min", EARLIEST)
    } else if y > this_year {
        Message::new(&t::FUTURE).arg("annee", y)
    } else if let Some(label) = r.labellisation.annee.as_ref().filter(|l| y > l.value) {
        Message::new(&t::AFTER_LABEL)
            .arg("annee", y)
            .arg("labellisation", label.value)
    } else {
        return;
    };
    sink.push(&RULE, creation.span, message, Some(Message::new(&t::HELP)));
}
