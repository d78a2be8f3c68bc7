//! `toml-syntax`: the file is not valid TOML.
//!
//! Nothing else can be checked in such a file, so it is reported alone, at
//! the position the parser gives. A control character TOML does not allow
//! in a file (NUL, ESC, a lone carriage return...: a damaged or binary
//! file) is found before parsing, and named with its line and column
//! (the parser would speak of a missing quote, in English).

use super::{Check, Rule, RuleId, Sink};
use crate::diagnostic::{Place, Severity, Span};
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

/// The first control character TOML forbids anywhere in a file: C0 but
/// tab and line feed, DEL, and a carriage return not followed by a line
/// feed. Its byte offset.
pub(crate) fn raw_control(text: &str) -> Option<(usize, char)> {
    let bytes = text.as_bytes();
    // The usual case, in one pass without branches (the compiler
    // vectorises it): no byte below a space but line feeds, and no DEL.
    // A tab or a carriage return takes the exact scan below.
    let suspect = bytes
        .iter()
        .fold(false, |found, &b| found | ((b < b' ') & (b != b'\n')) | (b == 0x7f));
    if !suspect {
        return None;
    }
    let at = bytes.iter().enumerate().position(|(i, &b)| match b {
        b'\t' | b'\n' => false,
        b'\r' => bytes.get(i + 1) != Some(&b'\n'),
        b => b < 0x20 || b == 0x7f,
    })?;
    Some((at, char::from(bytes[at])))
}

/// Reports the first forbidden control character of `text`, if any;
/// returns whether it did (the text is then not TOML).
pub(crate) fn check_raw(sink: &mut Sink, text: &str) -> bool {
    let Some((at, c)) = raw_control(text) else {
        return false;
    };
    let span = Span::new(at..at + 1);
    let place = Place::of(text, span);
    let message = if c == '\0' {
        Message::new(&t::NUL)
    } else {
        Message::new(&t::CONTROL).arg("caractere", crate::terminal::describe(c))
    };
    let message = message
        .arg("ligne", place.start.line)
        .arg("colonne", place.start.column);
    sink.push(&RULE, span, message, Some(Message::new(&t::HELP_CONTROL)));
    true
}
