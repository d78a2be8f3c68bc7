//! `numerique-hors-qpv`: a Fabrique numérique de territoire is in a QPV.

use super::{Check, RecordContext, Rule, RuleId, Sink};
use crate::diagnostic::Severity;
use crate::messages::rules::numerique_hors_qpv as t;
use crate::messages::Message;
use crate::record::Record;

pub(crate) static RULE: Rule = Rule {
    id: RuleId::NumeriqueHorsQpv,
    name: "numerique-hors-qpv",
    severity: Severity::Error,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "qpv = false\nnumerique = true\n",
    good: "qpv = true\nnumerique = true\n",
    check: Check::Record(check),
};

pub(crate) fn check(r: &Record, _cx: &RecordContext<'_>, sink: &mut Sink) {
    let (Some(numerique), Some(qpv)) = (&r.numerique, &r.qpv) else {
        return;
    };
    if numerique.value && !qpv.value {
        sink.push(
            &RULE,
            numerique.span,
            Message::new(&t::MESSAGE),
            Some(Message::new(&t::HELP)),
        );
    }
}
