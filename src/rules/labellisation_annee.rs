//! `labellisation-annee`: not before 2019 (the AMI opened in July 2019) and
//! not in the future.

use super::{Check, RecordContext, Rule, RuleId, Sink};
use crate::diagnostic::Severity;
use crate::messages::rules::labellisation_annee as t;
use crate::messages::Message;
use crate::record::Record;

/// The year the AMI opened.
pub(crate) const AMI: i64 = 2019;

pub(crate) static RULE: Rule = Rule {
    id: RuleId::LabellisationAnnee,
    name: "labellisation-annee",
    severity: Severity::Error,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "[labellisation]\nannee = 2017\n",
    good: "[labellisation]\nannee = 2019\n",
    check: Check::Record(check),
};

pub(crate) fn check(r: &Record, cx: &RecordContext<'_>, sink: &mut Sink) {
    let Some(annee) = &r.labellisation.annee else { return };
    let this_year = i64::from(cx.today.year);
    if annee.value < AMI {
        sink.push(
            &RULE,
            annee.span,
            Message::new(&t::TOO_EARLY).arg("annee", annee.value),
            Some(Message::new(&t::HELP)),
        );
    } else if annee.value > this_year {
        sink.push(
            &RULE,
            annee.span,
            Message::new(&t::FUTURE)
                .arg("annee", annee.value)
                .arg("cette_annee", this_year),
            Some(Message::new(&t::HELP)),
        );
    }
}
