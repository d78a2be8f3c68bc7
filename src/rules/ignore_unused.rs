//! `ignore-unused`: an exception that silences nothing.
//!
//! Once the record is fixed, its exception must go, or it would hide the
//! next real problem of that kind.

use super::{diagnostic, Rule};
use crate::diagnostic::{Diagnostic, Severity, Span};
use crate::messages::rules::ignore_unused as t;
use crate::messages::Message;
use std::path::PathBuf;
use std::sync::Arc;

pub static RULE: Rule = Rule {
    name: "ignore-unused",
    severity: Severity::Warning,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "# la fiche a maintenant une page Movilab\npage_movilab = \"https://movilab.org/wiki/LAB01\"\n[validation]\nignorer = [{ regle = \"page-movilab\", raison = \"Page en cours\" }]\n",
    good: "page_movilab = \"https://movilab.org/wiki/LAB01\"\n",
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
