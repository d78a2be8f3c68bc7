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
    bad: "video = \"https://www.youtube.com/watch?v=...\"\n\n[validation]\nignorer = [{ regle = \"video-plateforme\" }]\n",
    good: "video = \"https://www.youtube.com/watch?v=...\"\n\n[validation]\nignorer = [{ regle = \"video-plateforme\", raison = \"La vidéo de la labellisation, tournée par la Région\" }]\n",
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
