//! `financement-plafond-annuel`: at most 50,000 € of State funding a year.

use super::{Check, RecordContext, Rule, RuleId, Sink};
use crate::diagnostic::Severity;
use crate::messages::rules::financement_plafond_annuel as t;
use crate::messages::Message;
use crate::record::Record;

/// The programme's yearly amount, in euros.
pub(crate) const PLAFOND: i64 = 50_000;

pub(crate) static RULE: Rule = Rule {
    id: RuleId::FinancementPlafondAnnuel,
    name: "financement-plafond-annuel",
    severity: Severity::Error,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "[financement]\nannuel = { 2020 = 150000 }\n",
    good: "[financement]\nannuel = { 2020 = 50000, 2021 = 50000, 2022 = 50000 }\n",
    check: Check::Record(check),
};

pub(crate) fn check(r: &Record, _cx: &RecordContext<'_>, sink: &mut Sink) {
    for (year, amount) in &r.financement.annuel {
        if amount.value > PLAFOND {
            sink.push(
                &RULE,
                amount.span,
                Message::new(&t::MESSAGE)
                    .arg("annee", year.value)
                    .arg("montant", amount.value),
                Some(Message::new(&t::HELP).arg("plafond", PLAFOND)),
            );
        }
    }
}
