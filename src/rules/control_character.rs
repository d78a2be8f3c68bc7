//! `control-character`: a text holds a character that is not shown as
//! itself — a control character (ESC, a carriage return, NUL...), a bidi
//! formatting character (U+202E RIGHT-TO-LEFT OVERRIDE...) or an invisible
//! one (U+200B ZERO WIDTH SPACE, a soft hyphen...).
//!
//! Such a character makes a terminal clear its screen or retitle its
//! window when `list` prints the name, reverses the text around it, or
//! hides a difference (`LAB\u{200b}01` is not `LAB01` to a program, and
//! looks the same to a person). The tool never prints them raw anyway
//! (`terminal`); this rule keeps them out of the register. Line breaks and
//! tabs are allowed in the long texts only (the criteria, `description`,
//! a link's `note`, an action's `precision`, an exception's `raison`).
//!
//! Detected while the schema reader reads each string (`schema`), so that
//! every text field is covered, those added later too. A string written
//! with an escape (`"\u001b"`) holds the character as much as one that
//! has it raw; raw control characters in the file itself are `toml-syntax`.

use super::{Check, Rule, RuleId, Sink};
use crate::diagnostic::{Severity, Span};
use crate::messages::rules::control_character as t;
use crate::messages::Message;
use crate::terminal::{self, Hidden};

pub(crate) static RULE: Rule = Rule {
    id: RuleId::ControlCharacter,
    name: "control-character",
    severity: Severity::Error,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "nom = \"LAB\\u200B01\"\n",
    good: "nom = \"LAB01\"\n",
    check: Check::Schema,
};

/// The fields whose text may run over several lines (by their last key).
const LONG_TEXTS: &[&str] = &[
    "description",
    "communaute",
    "gouvernance",
    "ancrage",
    "mise_en_commun",
    "note",
    "precision",
    "raison",
];

/// Checks the string `value` of field `path` (written at `span`).
pub(crate) fn check(sink: &mut Sink, span: Span, path: &str, value: &str) {
    // The usual case, decided on the bytes: printable ASCII and Latin
    // letters with accents (see `terminal::plain`).
    if terminal::plain(value, false) {
        return;
    }
    let leaf = path.rsplit('.').next().unwrap_or(path);
    let long = LONG_TEXTS.contains(&leaf);
    let mut found = value
        .chars()
        .enumerate()
        .filter_map(|(i, c)| match terminal::hidden(c) {
            Some(_) if long && matches!(c, '\n' | '\t' | '\r') => None,
            Some(kind) => Some((i + 1, c, kind)),
            None => None,
        });
    let Some((position, c, kind)) = found.next() else {
        return;
    };
    let others = found.count();
    let message = match kind {
        Hidden::Control => &t::MESSAGE_CONTROL,
        Hidden::Bidi => &t::MESSAGE_BIDI,
        Hidden::Invisible => &t::MESSAGE_INVISIBLE,
    };
    let mut message = Message::new(message)
        .arg("caractere", terminal::describe(c))
        .arg("champ", path)
        .arg("position", position);
    let more = match others {
        0 => Vec::new(),
        1 => vec![Message::new(&t::OTHERS_ONE)],
        n => vec![Message::new(&t::OTHERS_MANY).arg("nombre", n)],
    };
    message = message.arg_messages("autres", more, "");
    let help = if matches!(c, '\n' | '\r' | '\t') {
        Message::new(&t::HELP_LINE_BREAK).arg_list("champs", LONG_TEXTS)
    } else {
        Message::new(&t::HELP)
    };
    sink.push(&RULE, span, message, Some(help));
}
