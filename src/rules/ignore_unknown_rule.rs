//! `ignore-unknown-rule`: an exception naming a rule that does not exist.

use super::{diagnostic, names, Rule};
use crate::diagnostic::{Diagnostic, Severity, Span};
use crate::messages::rules::ignore_unknown_rule as t;
use crate::messages::Message;
use crate::suggest::closest;
use std::path::PathBuf;
use std::sync::Arc;

pub static RULE: Rule = Rule {
    name: "ignore-unknown-rule",
    severity: Severity::Error,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "[validation]\nignorer = [{ regle = \"url-invalide\", raison = \"...\" }]\n",
    good: "[validation]\nignorer = [{ regle = \"invalid-url\", raison = \"...\" }]\n",
};

/// Reports the unknown rule name `regle` at `span`.
pub fn report(file: &Arc<PathBuf>, span: Span, regle: &str) -> Diagnostic {
    let help = match closest(regle, names(), 1).first() {
        Some(s) => Message::new(&t::HELP_SUGGEST).arg("suggestion", s),
        None => Message::new(&t::HELP),
    };
    diagnostic(
        &RULE,
        file,
        span,
        Message::new(&t::MESSAGE).arg("regle", regle),
        Some(help),
    )
}
