//! `code-insee`: the INSEE code, when given, exists, is the commune's, and
//! agrees with the postal code.
//!
//! An arrondissement of Paris, Lyon or Marseille and its commune are the
//! same place here (`75056` or `75110` with `Paris` and `75010`). A code of
//! a former commune is a `commune-ancienne` warning, not an error. When the
//! code contradicts the rest of the address, the message says which two of
//! postal code, commune and code agree and which commune is kept (see
//! `place`): a contradicted code never gives the département.

use super::{Check, RecordContext, Rule, RuleId, Sink, commune_ancienne};
use crate::diagnostic::Severity;
use crate::geo::{Commune, CommuneKind, Geo};
use crate::messages::rules::code_insee as t;
use crate::messages::Message;
use crate::place::InseeVerdict;
use crate::record::Record;

pub(crate) static RULE: Rule = Rule {
    id: RuleId::CodeInsee,
    name: "code-insee",
    severity: Severity::Error,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "[adresse]\ncode_postal = \"01500\"\ncommune = \"Ambérieu-en-Bugey\"\ncode_insee = \"01500\"\n",
    good: "[adresse]\ncode_postal = \"01500\"\ncommune = \"Ambérieu-en-Bugey\"\ncode_insee = \"01004\"\n",
    check: Check::Record(check),
};

/// True for the shape of an INSEE commune code: five digits, or 2A/2B and
/// three digits.
fn well_formed(code: &str) -> bool {
    let b = code.as_bytes();
    b.len() == 5
        && b[0].is_ascii_digit()
        && (b[1].is_ascii_digit() || (b[0] == b'2' && (b[1] == b'A' || b[1] == b'B')))
        && b[2..].iter().all(u8::is_ascii_digit)
}

pub(crate) fn check(r: &Record, cx: &RecordContext<'_>, sink: &mut Sink) {
    let Some(code) = &r.adresse.code_insee else { return };
    let geo: &Geo = cx.geo;
    let written = r.commune().unwrap_or_default();
    let hint = || match cx.place.commune {
        Some(c) => Message::new(&t::HELP_CODE_OF)
            .arg("commune", c.nom)
            .arg("code", c.code_insee),
        None => Message::new(&t::HELP_LOOKUP),
    };
    if !well_formed(&code.value) {
        sink.push(
            &RULE,
            code.span,
            Message::new(&t::MALFORMED).arg("code", &code.value),
            Some(hint()),
        );
        return;
    }
    let Some(designated) = geo.current_commune(&code.value) else {
        sink.push(
            &RULE,
            code.span,
            Message::new(&t::UNKNOWN).arg("code", &code.value),
            Some(hint()),
        );
        return;
    };
    let records = geo.communes_with_code(&code.value);
    let current_record = records
        .iter()
        .any(|c| matches!(c.kind, CommuneKind::Commune | CommuneKind::ArrondissementMunicipal));
    if !current_record && matches!(cx.place.insee, InseeVerdict::Agrees) {
        // Only a former commune has (or had) this code.
        commune_ancienne::report_code(sink, code.span, &code.value, records.first().copied(), designated);
        return;
    }
    let cp = r.adresse.code_postal.as_ref().map_or("", |cp| cp.value.as_str());
    let departement = |c: &Commune| {
        geo.departement(c.departement)
            .map_or_else(|| c.departement.to_string(), |d| format!("{} {}", d.code, d.nom))
    };
    let (message, help) = match &cx.place.insee {
        InseeVerdict::Absent | InseeVerdict::Agrees => return,
        // `commune` and `code-postal` report the odd one out.
        InseeVerdict::AgainstName { .. } | InseeVerdict::AgainstPostalCode { .. } => return,
        InseeVerdict::AgainstAddress { designe, retenue } => (
            Message::new(&t::AGAINST_ADDRESS)
                .arg("code", &code.value)
                .arg("designe", designe.nom)
                .arg("dep_designe", departement(designe))
                .arg("cp", cp)
                .arg("commune", written)
                .arg("retenue", retenue.nom)
                .arg("dep_retenue", departement(retenue)),
            hint(),
        ),
        InseeVerdict::NameDisagrees { designe } => (
            Message::new(&t::OTHER_COMMUNE)
                .arg("code", &code.value)
                .arg("designe", designe.nom)
                .arg("commune", written),
            Message::new(&t::HELP_NO_DECIDER),
        ),
        InseeVerdict::PostalCodeDisagrees { designe } => (
            Message::new(&t::OTHER_POSTAL_CODE)
                .arg("code", &code.value)
                .arg("designe", designe.nom)
                .arg("cp", cp),
            Message::new(&t::HELP_POSTAL_CODES)
                .arg("commune", designe.nom)
                .arg_list("codes", &designe.codes_postaux),
        ),
        InseeVerdict::AllDisagree { designe } => (
            Message::new(&t::ALL_DISAGREE)
                .arg("code", &code.value)
                .arg("designe", designe.nom)
                .arg("dep_designe", departement(designe))
                .arg("cp", cp)
                .arg("commune", written),
            Message::new(&t::HELP_LOOKUP),
        ),
    };
    sink.push(&RULE, code.span, message, Some(help));
}

#[cfg(test)]
mod tests {
    #[test]
    fn insee_codes_have_five_characters_with_corsica_letters() {
        for ok in ["01004", "2A004", "2B033", "97411"] {
            assert!(super::well_formed(ok), "{ok}");
        }
        for bad in ["1004", "2C004", "010045", "0A004", "2a004", ""] {
            assert!(!super::well_formed(bad), "{bad}");
        }
    }
}
