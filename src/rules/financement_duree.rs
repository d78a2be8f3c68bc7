//! `financement-duree`: at most three funded years, consecutive, none
//! before the labelling year.

use super::{Check, RecordContext, Rule, RuleId, Sink};
use crate::diagnostic::Severity;
use crate::messages::rules::financement_duree as t;
use crate::messages::Message;
use crate::record::Record;

/// The programme funds a fabrique for three years.
pub(crate) const ANNEES: usize = 3;

pub(crate) static RULE: Rule = Rule {
    id: RuleId::FinancementDuree,
    name: "financement-duree",
    severity: Severity::Error,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "[labellisation]\nannee = 2020\n\n[financement]\nannuel = { 2019 = 50000, 2021 = 50000 }\n",
    good: "[labellisation]\nannee = 2020\n\n[financement]\nannuel = { 2020 = 50000, 2021 = 50000 }\n",
    check: Check::Record(check),
};

pub(crate) fn check(r: &Record, _cx: &RecordContext<'_>, sink: &mut Sink) {
    let mut years: Vec<_> = r.financement.annuel.iter().map(|(y, _)| y).collect();
    years.sort_by_key(|y| y.value);
    let labelled = r.labellisation.annee.as_ref().map(|a| a.value);
    for y in &years {
        if labelled.is_some_and(|l| y.value < l) {
            sink.push(
                &RULE,
                y.span,
                Message::new(&t::BEFORE_LABEL)
                    .arg("annee", y.value)
                    .arg("labellisation", labelled.unwrap_or_default()),
                Some(Message::new(&t::HELP_BEFORE)),
            );
        }
    }
    if years.len() > ANNEES {
        sink.push(
            &RULE,
            years[ANNEES].span,
            Message::new(&t::TOO_MANY).arg("nombre", years.len()),
            Some(Message::new(&t::HELP_TOO_MANY)),
        );
    }
    for pair in years.windows(2) {
        if pair[1].value != pair[0].value + 1 {
            sink.push(
                &RULE,
                pair[1].span,
                Message::new(&t::GAP)
                    .arg("avant", pair[0].value)
                    .arg("apres", pair[1].value),
                Some(Message::new(&t::HELP_GAP)),
            );
        }
    }
}
