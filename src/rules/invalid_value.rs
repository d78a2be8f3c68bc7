//! `invalid-value`: a value of the right type that cannot be right (an
//! empty name, a negative amount, a year that is no year, no source).

use super::{Check, Rule, RuleId, Sink};
use crate::diagnostic::{Severity, Span};
use crate::messages::rules::invalid_value as t;
use crate::messages::{Message, Text};

pub(crate) static RULE: Rule = Rule {
    id: RuleId::InvalidValue,
    name: "invalid-value",
    severity: Severity::Error,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "nom = \"  \"\nsources = []\n",
    good: "nom = \"LAB01\"\nsources = [\"Movilab, « Fabriques de Territoire », tableau Technique\"]\n",
    check: Check::Schema,
};

/// Reports `path` at `span` with one of the catalogue's reasons.
pub(crate) fn report(sink: &mut Sink, span: Span, path: &str, reason: &'static Text, help: Option<Message>) {
    sink.push(
        &RULE,
        span,
        Message::new(&t::MESSAGE).arg("champ", path).arg_text("raison", reason),
        help,
    );
}
