//! `modele-a-completer`: a record made with `fabriques new` still carries
//! the template's « À VÉRIFIER » or « À COMPLÉTER » marks on a value line.
//!
//! The template fills required fields with values to review (`qpv = false
//! # À VÉRIFIER`); a record merged with them unreviewed would put guesses
//! in the register. A warning (the record is valid TOML with plausible
//! values); a register that wants complete files runs `validate --strict`.
//! Comment lines are not read: the template's own explanations mention the
//! marks too.

use super::{Check, Rule, RuleId, Sink};
use crate::diagnostic::{Severity, Span};
use crate::messages::rules::modele_a_completer as t;
use crate::messages::Message;

/// The marks `fabriques new` writes.
pub(crate) const MARKS: &[&str] = &["À VÉRIFIER", "À COMPLÉTER"];

pub(crate) static RULE: Rule = Rule {
    id: RuleId::ModeleACompleter,
    name: "modele-a-completer",
    severity: Severity::Warning,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "qpv = false  # À VÉRIFIER\n",
    good: "qpv = true\n",
    check: Check::Text(check),
};

/// Scans the text of a record for marks on value lines.
pub(crate) fn check(text: &str, sink: &mut Sink) {
    if !text.contains("À ") {
        return;
    }
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if !line.trim_start().starts_with('#') {
            for mark in MARKS {
                if let Some(at) = line.find(mark) {
                    let start = offset + at;
                    sink.push(
                        &RULE,
                        Span::new(start..start + mark.len()),
                        Message::new(&t::MESSAGE).arg("marque", mark),
                        Some(Message::new(&t::HELP).arg("marque", mark)),
                    );
                }
            }
        }
        offset += line.len();
    }
}
