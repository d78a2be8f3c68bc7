//! `numerique-sans-action-numerique`: a Fabrique numérique has at least one
//! digital action — `inclusion_numerique`, `acces_droits` or `fablab`, or a
//! `formation` whose sous-action is about digital skills. A warning.

use super::{Check, RecordContext, Rule, RuleId, Sink};
use crate::diagnostic::Severity;
use crate::messages::rules::numerique_sans_action_numerique as t;
use crate::messages::Message;
use crate::record::{Action, Record};

/// Categories that are digital by themselves.
pub(crate) const DIGITAL_CATEGORIES: &[&str] = &["inclusion_numerique", "acces_droits", "fablab"];

/// Words that make a `formation` digital (compared without accents or case).
const DIGITAL_WORDS: &[&str] = &[
    "numerique",
    "digital",
    "informatique",
    "code",
    "web",
    "internet",
    "ordinateur",
    "developpe",
];

pub(crate) static RULE: Rule = Rule {
    id: RuleId::NumeriqueSansActionNumerique,
    name: "numerique-sans-action-numerique",
    severity: Severity::Warning,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "numerique = true\n\n[[actions]]\ncategorie = \"coworking\"\nstatut = \"fait\"\n\n[[actions]]\ncategorie = \"mobilite\"\nstatut = \"fait\"\n",
    good: "numerique = true\n\n[[actions]]\ncategorie = \"coworking\"\nstatut = \"fait\"\n\n[[actions]]\ncategorie = \"inclusion_numerique\"\nstatut = \"fait\"\n",
    check: Check::Record(check),
};

/// Whether an action is digital.
pub(crate) fn is_digital(a: &Action) -> bool {
    a.categories
        .iter()
        .any(|c| DIGITAL_CATEGORIES.contains(&c.value.as_str()))
        || (a.categories.iter().any(|c| c.value == "formation")
            && a.sous_action.as_ref().is_some_and(|s| {
                let folded = deunicode::deunicode(&s.value).to_lowercase();
                DIGITAL_WORDS.iter().any(|w| folded.contains(w))
            }))
}

pub(crate) fn check(r: &Record, _cx: &RecordContext<'_>, sink: &mut Sink) {
    let Some(numerique) = r.numerique.as_ref().filter(|n| n.value) else {
        return;
    };
    if !r.actions.iter().any(is_digital) {
        sink.push(
            &RULE,
            numerique.span,
            Message::new(&t::MESSAGE),
            Some(Message::new(&t::HELP)),
        );
    }
}
