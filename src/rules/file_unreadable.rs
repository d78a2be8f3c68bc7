//! `file-unreadable`: a record file that cannot be read as UTF-8 text.

use super::{Rule, Sink};
use crate::diagnostic::{Severity, Span};
use crate::messages::rules::file_unreadable as t;
use crate::messages::Message;

pub static RULE: Rule = Rule {
    name: "file-unreadable",
    severity: Severity::Error,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "(un fichier enregistré en Latin-1 / Windows-1252)\n",
    good: "(le même fichier enregistré en UTF-8)\n",
};

/// Reports a file whose bytes are not UTF-8; `valid_up_to` is where the
/// first invalid byte is.
pub fn report_encoding(sink: &mut Sink, valid_up_to: usize) {
    sink.push(
        &RULE,
        Span::new(valid_up_to..valid_up_to),
        Message::new(&t::NOT_UTF8),
        Some(Message::new(&t::HELP_UTF8)),
    );
}

/// Reports a file the system refused to read.
pub fn report_io(sink: &mut Sink, err: &std::io::Error) {
    sink.push(
        &RULE,
        Span::FILE,
        Message::new(&t::IO).arg("detail", err),
        Some(Message::new(&t::HELP_IO)),
    );
}
