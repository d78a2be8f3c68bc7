//! `consortium`: the consortium lists somebody besides the carrying
//! structure (the AMI asked for applications as a consortium). A warning.
//! A record without `[consortium]` does not know it yet: `a-completer`
//! lists it.

use super::{Check, RecordContext, Rule, RuleId, Sink};
use crate::diagnostic::{Severity, Span};
use crate::messages::rules::consortium as t;
use crate::messages::Message;
use crate::record::{slugify, Fact, Record};

pub(crate) static RULE: Rule = Rule {
    id: RuleId::Consortium,
    name: "consortium",
    severity: Severity::Warning,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "[structure_porteuse]\nnom = \"Ville d'Ambérieu-en-Bugey\"\n\n[consortium]\ncollectivites = [\"Ville d'Ambérieu-en-Bugey\"]\n",
    good: "[structure_porteuse]\nnom = \"Ville d'Ambérieu-en-Bugey\"\n\n[consortium]\ncollectivites = [\"Ville d'Ambérieu-en-Bugey\"]\ncentres_sociaux = [\"Centre social le Lavoir\"]\n",
    check: Check::Record(check),
};

pub(crate) fn check(r: &Record, _cx: &RecordContext<'_>, sink: &mut Sink) {
    // No `[consortium]` written: unknown, listed by `a-completer`.
    if !r.written.has(Fact::Consortium) {
        return;
    }
    let carrier = r.structure_porteuse.nom.as_ref().map(|n| slugify(&n.value));
    let others = r
        .consortium
        .iter()
        .flat_map(|(_, members)| members)
        .any(|m| Some(slugify(&m.value)) != carrier);
    if !others {
        let span = r
            .consortium
            .first()
            .map(|(k, _)| k.span)
            .or(r.structure_porteuse.span)
            .unwrap_or(Span::FILE);
        sink.push(&RULE, span, Message::new(&t::MESSAGE), Some(Message::new(&t::HELP)));
    }
}
