//! `unknown-code`: a value outside its controlled vocabulary.
//!
//! Categories, statuses, publics, legal forms, consortium kinds, link types
//! and networks are closed lists (see `fabriques vocab`), so that the
//! register can be filtered and counted. A register adds its own entries in
//! `fabriques.toml`.

use super::{Check, Rule, RuleId, Sink};
use crate::diagnostic::{Severity, Span};
use crate::messages::rules::unknown_code as t;
use crate::messages::Message;
use crate::suggest::closest;
use crate::vocab::Vocabulary;

pub(crate) static RULE: Rule = Rule {
    id: RuleId::UnknownCode,
    name: "unknown-code",
    severity: Severity::Error,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "statut = \"en activité\"\n",
    good: "statut = \"en_activite\"\n",
    check: Check::Schema,
};

/// Checks that `value` (at `span`, field `path`) is a code of `vocab`.
/// Returns whether it is.
pub(crate) fn check(sink: &mut Sink, span: Span, path: &str, value: &str, vocab: &Vocabulary) -> bool {
    if vocab.contains(value) {
        return true;
    }
    let codes = vocab.codes();
    let suggestions = closest(value, codes.iter().copied(), 3);
    let help = if vocab.name == "reseaux" && codes.is_empty() {
        Message::new(&t::HELP_NO_NETWORK).arg("code", value)
    } else if suggestions.is_empty() {
        Message::new(&t::HELP_LIST)
            .arg_list("codes", &codes)
            .arg("vocabulaire", vocab.name)
    } else {
        Message::new(&t::HELP_SUGGEST)
            .arg_list("suggestions", &suggestions)
            .arg("vocabulaire", vocab.name)
    };
    sink.push(
        &RULE,
        span,
        Message::new(&t::MESSAGE)
            .arg("valeur", value)
            .arg("champ", path)
            .arg("vocabulaire", vocab.name),
        Some(help),
    );
    false
}
