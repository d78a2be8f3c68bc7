//! `financement-total-faible`: less than 75,000 € recorded over three
//! complete years — half the programme's amount, most likely a year or an
//! amount left out. A warning.

use super::financement_total::total;
use super::{Check, RecordContext, Rule, RuleId, Sink};
use crate::diagnostic::{Severity, Span};
use crate::messages::rules::financement_total_faible as t;
use crate::messages::Message;
use crate::record::Record;

/// Half of three years at 50,000 €.
pub(crate) const TOTAL_MIN: i64 = 75_000;

pub(crate) static RULE: Rule = Rule {
    id: RuleId::FinancementTotalFaible,
    name: "financement-total-faible",
    severity: Severity::Warning,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "[financement]\nannuel = { 2020 = 50000, 2021 = 5000, 2022 = 5000 }\n",
    good: "[financement]\nannuel = { 2020 = 50000, 2021 = 50000, 2022 = 50000 }\n",
    check: Check::Record(check),
};

pub(crate) fn check(r: &Record, _cx: &RecordContext<'_>, sink: &mut Sink) {
    if r.financement.annuel.len() != super::financement_duree::ANNEES {
        return;
    }
    let sum = total(r);
    if sum < TOTAL_MIN {
        sink.push(
            &RULE,
            r.financement.span.unwrap_or(Span::FILE),
            Message::new(&t::MESSAGE).arg("total", sum),
            Some(Message::new(&t::HELP)),
        );
    }
}
