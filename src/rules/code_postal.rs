//! `code-postal`: the postal code has five digits, exists, and serves the
//! commune that the INSEE code and the commune name agree on.

use super::{Check, RecordContext, Rule, RuleId, Sink, commune};
use crate::diagnostic::Severity;
use crate::geo::CommuneMatch;
use crate::messages::rules::code_postal as t;
use crate::messages::Message;
use crate::place::{is_postal_code, InseeVerdict};
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
    if let InseeVerdict::AgainstPostalCode { designe } = &cx.place.insee {
        sink.push(
            &RULE,
            cp.span,
            Message::new(&t::NOT_SERVING)
                .arg("cp", &cp.value)
                .arg("commune", designe.nom)
                .arg("code", designe.code_insee),
            Some(
                Message::new(&t::HELP_CODES)
                    .arg("commune", designe.nom)
                    .arg_list("codes", &designe.codes_postaux),
            ),
        );
        return;
    }
    let elsewhere = match &cx.place.address {
        Some(CommuneMatch::UnknownPostalCode { elsewhere }) => elsewhere.as_slice(),
        _ if cx.geo.postal_code_exists(&cp.value) => return,
        _ => &[],
    };
    let help = match (r.commune(), elsewhere.is_empty()) {
        (Some(nom), false) => {
            let all: Vec<_> = elsewhere.iter().collect();
            Message::new(&t::HELP_HOMONYMS).arg("nom", nom.trim()).arg_messages(
                "lieux",
                commune::places(cx.geo, &all),
                "; ",
            )
        }
        _ => Message::new(&t::HELP_UNKNOWN),
    };
    sink.push(
        &RULE,
        cp.span,
        Message::new(&t::UNKNOWN).arg("code", &cp.value),
        Some(help),
    );
}
