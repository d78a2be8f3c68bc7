//! `commune-ancienne`: the commune (or INSEE code) is a former commune —
//! a commune déléguée or associée merged into a commune nouvelle, a commune
//! merged without one (Florac, now Florac Trois Rivières), or a commune's
//! former name (Saint-Ouen, renamed Saint-Ouen-sur-Seine), from INSEE's
//! « mouvements des communes ».
//!
//! The record still resolves (to the current commune), so this is a
//! warning: the help names the commune to write and its INSEE code.

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
    if let (Some(CommuneMatch::Former(h)), Some(commune)) = (&cx.place.address, &r.adresse.commune) {
        let current = h.current;
        // A renaming keeps the code; a merger gives the code of the commune
        // nouvelle.
        let renamed = h
            .former_name
            .filter(|f| f.code_ancien == current.code_insee && !f.jusqu_au.is_empty());
        let message = match renamed {
            Some(f) => Message::new(&t::MESSAGE_RENAMED)
                .arg("ancienne", h.nom)
                .arg("actuelle", current.nom)
                .arg("annee", f.jusqu_au.get(..4).unwrap_or(f.jusqu_au)),
            None => Message::new(&t::MESSAGE)
                .arg("ancienne", h.nom)
                .arg("actuelle", current.nom),
        };
        sink.push(
            &RULE,
            commune.span,
            message,
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
