//! `code-postal`: the postal code has five digits and exists.

use super::{Check, RecordContext, Rule, RuleId, Sink};
use crate::diagnostic::Severity;
use crate::geo::CommuneMatch;
use crate::messages::rules::code_postal as t;
use crate::messages::Message;
use crate::place::is_postal_code;
use crate::record::Record;

pub(crate) static RULE: Rule = Rule {
    id: RuleId::CodePostal,
    name: "code-postal",
    severity: Severity::Error,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "[adresse]\ncode_postal = \"1500\"\ncommune = \"Ambérieu-en-Bugey\"\n",
    good: "[adresse]\ncode_postal = \"01500\"\ncommune = \"Ambérieu-en-Bugey\"\n",
    check: Check::Record(check),
};

pub(crate) fn check(r: &Record, cx: &RecordContext<'_>, sink: &mut Sink) {
    let Some(cp) = &r.adresse.code_postal else { return };
    if !is_postal_code(&cp.value) {
        sink.push(
            &RULE,
            cp.span,
            Message::new(&t::NOT_FIVE_DIGITS).arg("code", &cp.value),
            Some(Message::new(&t::HELP_FORMAT)),
        );
        return;
    }
    let elsewhere = match &cx.address {
        Some(CommuneMatch::UnknownPostalCode { elsewhere }) => elsewhere,
        _ if cx.geo.postal_code_exists(&cp.value) => return,
        _ => &Vec::new(),
    };
    let help = match elsewhere.iter().find(|c| !c.codes_postaux.is_empty()) {
        Some(c) => Message::new(&t::HELP_ELSEWHERE)
            .arg("commune", c.nom)
            .arg_list("codes", &c.codes_postaux),
        None => Message::new(&t::HELP_UNKNOWN),
    };
    sink.push(
        &RULE,
        cp.span,
        Message::new(&t::UNKNOWN).arg("code", &cp.value),
        Some(help),
    );
}
