//! `qpv-grande-ville`: a fabrique outside any QPV in a commune of more than
//! 100,000 inhabitants.
//!
//! The programme funds fabriques in a QPV, or outside large urban centres:
//! such a record is either missing its QPV or outside the programme's
//! target. A warning, since the register may know why.

use super::{Check, RecordContext, Rule, RuleId, Sink};
use crate::diagnostic::Severity;
use crate::messages::rules::qpv_grande_ville as t;
use crate::messages::Message;
use crate::record::Record;

/// Above this population a commune is a large urban centre.
pub(crate) const LARGE_COMMUNE: u32 = 100_000;

pub(crate) static RULE: Rule = Rule {
    id: RuleId::QpvGrandeVille,
    name: "qpv-grande-ville",
    severity: Severity::Warning,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "qpv = false\n[adresse]\ncode_postal = \"59000\"\ncommune = \"Lille\"\n",
    good: "qpv = true   # le lieu est dans un quartier prioritaire\n[adresse]\ncode_postal = \"59000\"\ncommune = \"Lille\"\n",
    check: Check::Record(check),
};

pub(crate) fn check(r: &Record, cx: &RecordContext<'_>, sink: &mut Sink) {
    let Some(qpv) = r.qpv.as_ref().filter(|q| !q.value) else {
        return;
    };
    let Some(commune) = cx.place.commune else { return };
    let Some(population) = commune.population.filter(|&p| p > LARGE_COMMUNE) else {
        return;
    };
    sink.push(
        &RULE,
        qpv.span,
        Message::new(&t::MESSAGE)
            .arg("commune", commune.nom)
            .arg("population", population),
        Some(Message::new(&t::HELP)),
    );
}
