//! `ignore-missing-reason`: an acknowledged exception without a reason.
//!
//! `[validation] ignorer` silences a rule for one record; the reason is
//! what lets a reviewer accept it, so it is required.

use super::{diagnostic, Rule};
use crate::diagnostic::{Diagnostic, Severity, Span};
use crate::messages::rules::ignore_missing_reason as t;
use crate::messages::Message;
use std::path::PathBuf;
use std::sync::Arc;

pub static RULE: Rule = Rule {
    name: "ignore-missing-reason",
    severity: Severity::Error,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "[validation]\nignorer = [{ regle = \"page-movilab\" }]\n",
    good:
        "[validation]\nignorer = [{ regle = \"page-movilab\", raison = \"Page en cours de rédaction sur Movilab\" }]\n",
};

/// Reports the exception for `regle` at `span`.
pub fn report(file: &Arc<PathBuf>, span: Span, regle: &str) -> Diagnostic {
    diagnostic(
        &RULE,
        file,
        span,
        Message::new(&t::MESSAGE).arg("regle", regle),
        Some(Message::new(&t::HELP)),
    )
}
