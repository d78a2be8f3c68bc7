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
/// Whether `value` holds only printable ASCII and characters U+00A0 to
/// U+033F but the soft hyphen (accented Latin letters, « », the no-break
/// space, combining accents), none of which `terminal::hidden` reports:
/// read on the UTF-8 bytes, without decoding characters. `false` means
/// "look closer", not "hidden".
fn plain(value: &str) -> bool {
    let bytes = value.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        i += match b {
            b' '..=b'~' => 1,
            // U+00A0..U+00BF, but U+00AD.
            0xc2 if bytes.get(i + 1).is_some_and(|&n| n >= 0xa0 && n != 0xad) => 2,
            // U+00C0..U+033F: two bytes, the second a continuation byte.
            0xc3..=0xcc => 2,
            _ => return false,
        };
    }
    true
}

pub(crate) fn check(sink: &mut Sink, span: Span, path: &str, value: &str) {
    // The usual case, decided on the bytes: printable ASCII and Latin
    // letters with accents (see `plain`).
    if plain(value) {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// `plain` never says yes to a text holding a character the terminal
    /// module hides: checked character by character over U+0000..U+3000
    /// and on mixed texts, against `terminal::hidden`.
    #[test]
    fn plain_agrees_with_the_terminal_module() {
        for c in (0u32..0x3000).filter_map(char::from_u32) {
            let text = format!("Fabrique {c} à Saint-Étienne");
            if plain(&text) {
                assert!(terminal::hidden(c).is_none(), "{c:?}");
            }
        }
        assert!(plain("Fabrique « La Dynamo » à Chambéry\u{a0}: ça marche"));
        assert!(!plain("LAB\u{200b}01"));
        assert!(!plain("soft\u{ad}hyphen"));
        assert!(!plain("esc\u{1b}[2J"));
        assert!(!plain("next line \u{85}"));
    }
}
