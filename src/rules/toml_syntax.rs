//! `toml-syntax`: the file is not valid TOML.
//!
//! Nothing else can be checked in such a file, so it is reported alone, at
//! the position the parser gives.

use super::{Check, Rule, RuleId, Sink};
use crate::diagnostic::{Severity, Span};
use crate::messages::rules::toml_syntax as t;
use crate::messages::Message;

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
/// its frequent messages have a translation in the catalogue, the others
/// are quoted as they are.
pub(crate) fn report(sink: &mut Sink, err: &toml::de::Error) {
    let span = err.span().map(Span::new).unwrap_or(Span::FILE);
    let detail = err.message().trim();
    let message = match t::PARSER_MESSAGES
        .iter()
        .find(|(english, _)| detail.starts_with(english))
    {
        Some((_, text)) => Message::new(text),
        None => Message::new(&t::MESSAGE).arg("detail", detail),
    };
    sink.push(&RULE, span, message, Some(Message::new(&t::HELP)));
}
