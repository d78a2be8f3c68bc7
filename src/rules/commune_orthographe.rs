//! `commune-orthographe`: the commune is right but not spelt as the Code
//! officiel géographique spells it (accents, hyphens, « St »...).

use super::{Check, RecordContext, Rule, RuleId, Sink};
use crate::diagnostic::Severity;
use crate::geo::CommuneMatch;
use crate::messages::rules::commune_orthographe as t;
use crate::messages::Message;
use crate::record::Record;

pub(crate) static RULE: Rule = Rule {
    id: RuleId::CommuneOrthographe,
    name: "commune-orthographe",
    severity: Severity::Warning,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "[adresse]\ncode_postal = \"01500\"\ncommune = \"Amberieu en Bugey\"\n",
    good: "[adresse]\ncode_postal = \"01500\"\ncommune = \"Ambérieu-en-Bugey\"\n",
    check: Check::Record(check),
};

pub(crate) fn check(r: &Record, cx: &RecordContext<'_>, sink: &mut Sink) {
    let (Some(CommuneMatch::Loose(official)), Some(commune)) = (&cx.place.address, &r.adresse.commune) else {
        return;
    };
    sink.push(
        &RULE,
        commune.span,
        Message::new(&t::MESSAGE)
            .arg("ecrit", &commune.value)
            .arg("officiel", official.nom),
        Some(Message::new(&t::HELP).arg("officiel", official.nom)),
    );
}
