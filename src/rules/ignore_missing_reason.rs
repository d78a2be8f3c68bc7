//! `ignore-missing-reason`: an acknowledged exception without a reason.
//!
//! `[validation] ignorer` silences a rule for one record; the reason is
//! what lets a reviewer accept it, so it is required.

use super::{Check, Rule, RuleId, Sink};
use crate::diagnostic::{Severity, Span};
use crate::messages::rules::ignore_missing_reason as t;
use crate::messages::Message;

pub(crate) static RULE: Rule = Rule {
    id: RuleId::IgnoreMissingReason,
    name: "ignore-missing-reason",
    severity: Severity::Error,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "[validation]\nignorer = [{ regle = \"page-movilab\" }]\n",
    good:
        "[validation]\nignorer = [{ regle = \"page-movilab\", raison = \"Page en cours de rédaction sur Movilab\" }]\n",
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
