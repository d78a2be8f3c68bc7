//! `commune-ancienne`: the commune (or INSEE code) is a former commune —
//! a commune déléguée or associée merged into a commune nouvelle.
//!
//! The record still resolves (to the current commune), so this is a
//! warning: the help names the commune to write.

use super::{Check, RecordContext, Rule, RuleId, Sink};
use crate::diagnostic::Severity;
use crate::geo::{Commune, CommuneMatch};
use crate::messages::rules::commune_ancienne as t;
use crate::messages::Message;
use crate::record::Record;

pub(crate) static RULE: Rule = Rule {
    id: RuleId::CommuneAncienne,
    name: "commune-ancienne",
    severity: Severity::Warning,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "[adresse]\ncode_postal = \"74940\"\ncommune = \"Annecy-le-Vieux\"\n",
    good: "[adresse]\ncode_postal = \"74940\"\ncommune = \"Annecy\"\nvoie = \"Annecy-le-Vieux\"\n",
    check: Check::Record(check),
};

pub(crate) fn check(r: &Record, cx: &RecordContext<'_>, sink: &mut Sink) {
    if let (Some(CommuneMatch::Former { former, current }), Some(commune)) = (&cx.address, &r.adresse.commune) {
        sink.push(
            &RULE,
            commune.span,
            Message::new(&t::MESSAGE)
                .arg("ancienne", former.nom)
                .arg("actuelle", current.nom),
            Some(
                Message::new(&t::HELP)
                    .arg("actuelle", current.nom)
                    .arg("code", current.code_insee),
            ),
        );
    }
}

/// Reports an INSEE code that designates a former commune only; called by
/// the `code-insee` rule, which owns the INSEE code checks.
pub(crate) fn report_code(
    sink: &mut Sink,
    span: crate::diagnostic::Span,
    code: &str,
    former: Option<&Commune>,
    current: &Commune,
) {
    let ancienne = former.map_or(code, |f| f.nom);
    sink.push(
        &RULE,
        span,
        Message::new(&t::MESSAGE_CODE)
            .arg("code", code)
            .arg("ancienne", ancienne)
            .arg("actuelle", current.nom),
        Some(Message::new(&t::HELP_CODE).arg("code", current.code_insee)),
    );
}
