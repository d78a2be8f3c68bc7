//! `ignore-unknown-rule`: an exception naming a rule that does not exist.

use super::{names, Check, Rule, RuleId, Sink};
use crate::diagnostic::{Severity, Span};
use crate::messages::rules::ignore_unknown_rule as t;
use crate::messages::Message;
use crate::suggest::closest;

pub(crate) static RULE: Rule = Rule {
    id: RuleId::IgnoreUnknownRule,
    name: "ignore-unknown-rule",
    severity: Severity::Error,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "[validation]\nignorer = [{ regle = \"url-invalide\", raison = \"Le site sera en ligne en 2027\" }]\n",
    good: "site_web = \"www.lab01.fr\"\n\n[validation]\nignorer = [{ regle = \"invalid-url\", raison = \"Le site sera en ligne en 2027\" }]\n",
    check: Check::Exceptions,
};

/// Reports the unknown rule name `regle` at `span`.
pub(crate) fn report(sink: &mut Sink, span: Span, regle: &str) {
    let help = match closest(regle, names(), 1).first() {
        Some(s) => Message::new(&t::HELP_SUGGEST).arg("suggestion", s),
        None => Message::new(&t::HELP),
    };
    sink.push(
        &RULE,
        span,
        Message::new(&t::MESSAGE).arg("regle", regle),
        Some(help),
    );
}
