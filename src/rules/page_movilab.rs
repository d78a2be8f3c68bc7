//! `page-movilab`: the record has a Movilab page (the AMI asked each
//! fabrique to document itself on movilab.org), and it is on movilab.org.
//! A warning.

use super::{Check, RecordContext, Rule, RuleId, Sink};
use crate::diagnostic::{Severity, Span};
use crate::messages::rules::page_movilab as t;
use crate::messages::Message;
use crate::record::Record;

pub(crate) static RULE: Rule = Rule {
    id: RuleId::PageMovilab,
    name: "page-movilab",
    severity: Severity::Warning,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "nom = \"LAB01\"\n",
    good: "nom = \"LAB01\"\npage_movilab = \"https://movilab.org/wiki/LAB01\"\n",
    check: Check::Record(check),
};

fn on_movilab(url: &str) -> bool {
    url::Url::parse(url).is_ok_and(|u| {
        let host = u.host_str().unwrap_or_default();
        host == "movilab.org" || host.ends_with(".movilab.org")
    })
}

pub(crate) fn check(r: &Record, _cx: &RecordContext<'_>, sink: &mut Sink) {
    match &r.page_movilab {
        None => {
            let span = r.nom.as_ref().map_or(Span::FILE, |n| n.span);
            sink.push(&RULE, span, Message::new(&t::MISSING), Some(Message::new(&t::HELP)));
        }
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
