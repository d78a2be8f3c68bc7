//! `lien-date`: a link's date is neither in the future nor before 2019.

use super::{Check, RecordContext, Rule, RuleId, Sink};
use crate::diagnostic::Severity;
use crate::messages::rules::lien_date as t;
use crate::messages::Message;
use crate::record::Record;

pub(crate) static RULE: Rule = Rule {
    id: RuleId::LienDate,
    name: "lien-date",
    severity: Severity::Error,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "[[liens]]\nfabrique = \"la-dynamo\"\ntype = \"visite\"\ndate = 2031-03-04\n",
    good: "[[liens]]\nfabrique = \"la-dynamo\"\ntype = \"visite\"\ndate = 2021-03-04\n",
    check: Check::Record(check),
};

pub(crate) fn check(r: &Record, cx: &RecordContext<'_>, sink: &mut Sink) {
    for date in r.liens.iter().filter_map(|l| l.date.as_ref()) {
        let message = if date.value > cx.today {
            Message::new(&t::FUTURE)
                .arg("date", date.value)
                .arg("aujourdhui", cx.today)
        } else if i64::from(date.value.year) < super::labellisation_annee::AMI {
            Message::new(&t::TOO_EARLY).arg("date", date.value)
        } else {
            continue;
        };
        sink.push(&RULE, date.span, message, Some(Message::new(&t::HELP)));
    }
}
