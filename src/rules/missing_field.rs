//! `missing-field`: a required field is absent.

use super::{Check, Rule, RuleId, Sink};
use crate::diagnostic::{Severity, Span};
use crate::messages::rules::missing_field as t;
use crate::messages::Message;

pub(crate) static RULE: Rule = Rule {
    id: RuleId::MissingField,
    name: "missing-field",
    severity: Severity::Error,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "[adresse]\ncommune = \"Chambéry\"\n",
    good: "[adresse]\ncode_postal = \"73000\"\ncommune = \"Chambéry\"\n",
    check: Check::Schema,
};

/// Reports the missing `path`; `span` points at its table (or the file
/// start for top-level fields); `example` is a line to add.
pub(crate) fn report(sink: &mut Sink, span: Span, path: &str, table: Option<&str>, example: &str) {
    let help = match table {
        Some(table) => Message::new(&t::HELP_IN_TABLE)
            .arg("table", table)
            .arg("exemple", example),
        None => Message::new(&t::HELP).arg("exemple", example),
    };
    sink.push(&RULE, span, Message::new(&t::MESSAGE).arg("champ", path), Some(help));
}

/// Reports that none of `paths` (alternatives: one of them is enough) is
/// in `table`, at `span`; `example` is a line to add.
pub(crate) fn report_one_of(sink: &mut Sink, span: Span, paths: &[&str], table: &str, example: &str) {
    let help = Message::new(&t::HELP_IN_TABLE)
        .arg("table", table)
        .arg("exemple", example);
    sink.push(&RULE, span, Message::new(&t::MESSAGE_ONE_OF).arg_list("champs", paths), Some(help));
}
