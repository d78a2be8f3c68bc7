//! `ignore-unused`: an exception that silences nothing.
//!
//! Once the record is fixed, its exception must go, or it would hide the
//! next real problem of that kind.

use super::{Check, Rule, RuleId, Sink};
use crate::diagnostic::{Severity, Span};
use crate::messages::rules::ignore_unused as t;
use crate::messages::Message;

pub(crate) static RULE: Rule = Rule {
    id: RuleId::IgnoreUnused,
    name: "ignore-unused",
    severity: Severity::Warning,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "# la fiche a maintenant une page Movilab\npage_movilab = \"https://movilab.org/wiki/LAB01\"\n[validation]\nignorer = [{ regle = \"page-movilab\", raison = \"Page en cours\" }]\n",
    good: "page_movilab = \"https://movilab.org/wiki/LAB01\"\n",
    check: Check::Exceptions,
};

/// Reports the exception for `regle` at `span`.
pub(crate) fn report(sink: &mut Sink, span: Span, regle: &str) {
    sink.push(
        &RULE,
        span,
        Message::new(&t::MESSAGE).arg("regle", regle),
        Some(Message::new(&t::HELP)),
    );
}
