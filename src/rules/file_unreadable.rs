//! `file-unreadable`: a record file that cannot be read as UTF-8 text.

use super::{Check, Rule, RuleId, Sink};
use crate::diagnostic::{Severity, Span};
use crate::messages::rules::file_unreadable as t;
use crate::messages::{system, Message};

pub(crate) static RULE: Rule = Rule {
    id: RuleId::FileUnreadable,
    name: "file-unreadable",
    severity: Severity::Error,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "(un fichier enregistré en Latin-1 / Windows-1252)\n",
    good: "(le même fichier enregistré en UTF-8)\n",
    check: Check::Schema,
};

/// Reports a file whose bytes are not UTF-8; `valid_up_to` is where the
/// first invalid byte is.
pub(crate) fn report_encoding(sink: &mut Sink, valid_up_to: usize) {
    sink.push(
        &RULE,
        Span::new(valid_up_to..valid_up_to),
        Message::new(&t::NOT_UTF8),
        Some(Message::new(&t::HELP_UTF8)),
    );
}

/// Reports a file the system refused to read.
pub(crate) fn report_io(sink: &mut Sink, err: &std::io::Error) {
    sink.push(
        &RULE,
        Span::FILE,
        Message::new(&t::IO).arg_messages("detail", vec![system::io_message(err)], ""),
        Some(Message::new(&t::HELP_IO)),
    );
}
