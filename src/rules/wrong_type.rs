//! `wrong-type`: a value of the wrong TOML type (`qpv = "oui"`).

use super::{Check, Rule, RuleId, Sink};
use crate::diagnostic::{Severity, Span};
use crate::messages::rules::wrong_type as t;
use crate::messages::{Message, Text};

pub(crate) static RULE: Rule = Rule {
    id: RuleId::WrongType,
    name: "wrong-type",
    severity: Severity::Error,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "qpv = \"oui\"\n",
    good: "qpv = true\n",
    check: Check::Schema,
};

/// Reports `path` holding a `found` where an `expected` is needed, with an
/// example of a correct line.
pub(crate) fn report(sink: &mut Sink, span: Span, path: &str, expected: &'static Text, found: &'static Text, example: &str) {
    sink.push(
        &RULE,
        span,
        Message::new(&t::MESSAGE)
            .arg("champ", path)
            .arg_text("attendu", expected)
            .arg_text("trouve", found),
        Some(Message::new(&t::HELP).arg("exemple", example)),
    );
}
