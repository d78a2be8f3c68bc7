//! `commune`: the commune is one that the postal code serves.
//!
//! Names are compared without regard to case, accents, hyphens, apostrophes
//! and « Saint »/« St » (a loose match is only a warning, `commune-orthographe`).
//! When nothing matches, the help suggests the closest communes of that
//! postal code, or the postal code of a commune of that name elsewhere.

use super::{Check, RecordContext, Rule, RuleId, Sink};
use crate::diagnostic::Severity;
use crate::geo::CommuneMatch;
use crate::messages::rules::commune as t;
use crate::messages::Message;
use crate::record::Record;

pub(crate) static RULE: Rule = Rule {
    id: RuleId::Commune,
    name: "commune",
    severity: Severity::Error,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "[adresse]\ncode_postal = \"59000\"\ncommune = \"Lille Roubaix\"\n",
    good: "[adresse]\ncode_postal = \"59000\"\ncommune = \"Lille\"\n",
    check: Check::Record(check),
};

pub(crate) fn check(r: &Record, cx: &RecordContext<'_>, sink: &mut Sink) {
    let Some(CommuneMatch::Unknown { suggestions, elsewhere }) = &cx.address else {
        return;
    };
    let (Some(commune), Some(cp)) = (&r.adresse.commune, &r.adresse.code_postal) else {
        return;
    };
    let help = match elsewhere.iter().find(|c| !c.codes_postaux.is_empty()) {
        Some(c) => Message::new(&t::HELP_ELSEWHERE)
            .arg("commune", c.nom)
            .arg_list("codes", &c.codes_postaux),
        None => {
            let names: Vec<&str> = suggestions.iter().map(|c| c.nom).collect();
            Message::new(&t::HELP_SUGGEST).arg_list("suggestions", &names)
        }
    };
    sink.push(
        &RULE,
        commune.span,
        Message::new(&t::MESSAGE)
            .arg("commune", &commune.value)
            .arg("code", &cp.value),
        Some(help),
    );
}
