//! `toml-syntax`: the file is not valid TOML.
//!
//! Nothing else can be checked in such a file, so it is reported alone, at
//! the position the parser gives.

use super::{Check, Rule, RuleId, Sink};
use crate::diagnostic::{Severity, Span};
use crate::messages::rules::toml_syntax as t;
use crate::messages::{toml_parser, Message};

pub(crate) static RULE: Rule = Rule {
    id: RuleId::TomlSyntax,
    name: "toml-syntax",
    severity: Severity::Error,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "nom = LAB01\n",
    good: "nom = \"LAB01\"\n",
    check: Check::Schema,
};

/// Reports a parse error of the `toml` crate. The parser speaks English:
/// its messages are worded in the user's language by the catalogue
/// (`messages::toml_parser`).
pub(crate) fn report(sink: &mut Sink, err: &toml::de::Error) {
    let span = err.span().map(Span::new).unwrap_or(Span::FILE);
    let message = toml_parser::describe(err.message());
    sink.push(&RULE, span, message, Some(Message::new(&t::HELP)));
}
