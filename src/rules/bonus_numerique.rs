//! `bonus-numerique`: a `bonus_numerique` only for a Fabrique numérique,
//! and at most 100,000 €.

use super::{Check, RecordContext, Rule, RuleId, Sink};
use crate::diagnostic::Severity;
use crate::messages::rules::bonus_numerique as t;
use crate::messages::Message;
use crate::record::Record;

/// The Fabrique numérique bonus.
pub(crate) const BONUS_MAX: i64 = 100_000;

pub(crate) static RULE: Rule = Rule {
    id: RuleId::BonusNumerique,
    name: "bonus-numerique",
    severity: Severity::Error,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "numerique = false\n\n[financement]\nbonus_numerique = 100000\n",
    good: "numerique = true\n\n[financement]\nbonus_numerique = 100000\n",
    check: Check::Record(check),
};

pub(crate) fn check(r: &Record, _cx: &RecordContext<'_>, sink: &mut Sink) {
    let Some(bonus) = &r.financement.bonus_numerique else {
        return;
    };
    // Only a record that says it is not a Fabrique numérique contradicts
    // its bonus; an unknown `numerique` is not a « no ».
    let not_numerique = r.numerique.as_ref().is_some_and(|n| !n.value);
    if not_numerique && bonus.value > 0 {
        sink.push(
            &RULE,
            bonus.span,
            Message::new(&t::NOT_NUMERIQUE),
            Some(Message::new(&t::HELP_NOT_NUMERIQUE)),
        );
    }
    if bonus.value > BONUS_MAX {
        sink.push(
            &RULE,
            bonus.span,
            Message::new(&t::TOO_HIGH).arg("montant", bonus.value),
            Some(Message::new(&t::HELP_TOO_HIGH).arg("max", BONUS_MAX)),
        );
    }
}
