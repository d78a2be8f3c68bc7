//! `financement-total`: at most 150,000 € over the three years, the
//! numérique bonus apart.

use super::{Check, RecordContext, Rule, RuleId, Sink};
use crate::diagnostic::{Severity, Span};
use crate::messages::rules::financement_total as t;
use crate::messages::Message;
use crate::record::Record;

/// Three years at 50,000 €.
pub(crate) const TOTAL_MAX: i64 = 150_000;

pub(crate) static RULE: Rule = Rule {
    id: RuleId::FinancementTotal,
    name: "financement-total",
    severity: Severity::Error,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "[financement]\nannuel = { 2020 = 50000, 2021 = 50000, 2022 = 50000, 2023 = 50000 }\n",
    good: "[financement]\nannuel = { 2020 = 50000, 2021 = 50000, 2022 = 50000 }\n",
    check: Check::Record(check),
};

/// The yearly amounts added up.
pub(crate) fn total(r: &Record) -> i64 {
    r.financement
        .annuel
        .iter()
        .map(|(_, a)| a.value)
        .fold(0i64, i64::saturating_add)
}

pub(crate) fn check(r: &Record, _cx: &RecordContext<'_>, sink: &mut Sink) {
    let sum = total(r);
    if sum > TOTAL_MAX {
        let span = r.financement.span.unwrap_or(Span::FILE);
        sink.push(
            &RULE,
            span,
            Message::new(&t::MESSAGE).arg("total", sum),
            Some(Message::new(&t::HELP).arg("max", TOTAL_MAX)),
        );
    }
}
