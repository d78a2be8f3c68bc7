//! `page-movilab`: the record's Movilab page is on movilab.org (the AMI
//! asked each fabrique to document itself there). A warning. A record
//! that gives no page does not know it yet: `a-completer` lists it.

use super::{Check, RecordContext, Rule, RuleId, Sink};
use crate::diagnostic::Severity;
use crate::messages::rules::page_movilab as t;
use crate::messages::Message;
use crate::record::Record;

pub(crate) static RULE: Rule = Rule {
    id: RuleId::PageMovilab,
    name: "page-movilab",
    severity: Severity::Warning,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "page_movilab = \"https://www.lab01.fr/movilab\"\n",
    good: "page_movilab = \"https://movilab.org/wiki/LAB01\"\n",
    check: Check::Record(check),
};

fn on_movilab(url: &str) -> bool {
    super::invalid_url::host(url).is_some_and(|host| host == "movilab.org" || host.ends_with(".movilab.org"))
}

pub(crate) fn check(r: &Record, _cx: &RecordContext<'_>, sink: &mut Sink) {
    // No page written: unknown, listed by `a-completer`.
    match &r.page_movilab {
        None => {}
        Some(page) if !on_movilab(&page.value) => {
            sink.push(
                &RULE,
                page.span,
                Message::new(&t::ELSEWHERE).arg("url", &page.value),
                Some(Message::new(&t::HELP)),
            );
        }
        Some(_) => {}
    }
}
