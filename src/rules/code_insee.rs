//! `code-insee`: the INSEE code, when given, exists, is the commune's, and
//! agrees with the postal code.
//!
//! An arrondissement of Paris, Lyon or Marseille and its commune are the
//! same place here (`75056` or `75110` with `Paris` and `75010`). A code of
//! a former commune is a `commune-ancienne` warning, not an error.

use super::{Check, RecordContext, Rule, RuleId, Sink, commune_ancienne};
use crate::diagnostic::Severity;
use crate::geo::{CommuneKind, Geo};
use crate::messages::rules::code_insee as t;
use crate::messages::Message;
use crate::place::{current, is_postal_code};
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
    let resolved = cx.address.as_ref().and_then(|m| current(geo, m));
    let hint = || match resolved {
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
        .find(|c| matches!(c.kind, CommuneKind::Commune | CommuneKind::ArrondissementMunicipal));
    if current_record.is_none() {
        // Only a former commune has (or had) this code.
        commune_ancienne::report_code(sink, code.span, &code.value, records.first().copied(), designated);
        return;
    }
    match resolved {
        Some(c) if c.code_insee != designated.code_insee => {
            sink.push(
                &RULE,
                code.span,
                Message::new(&t::OTHER_COMMUNE)
                    .arg("code", &code.value)
                    .arg("designe", designated.nom)
                    .arg("commune", written),
                Some(hint()),
            );
        }
        Some(_) => {}
        None => {
            // The name did not resolve (the `commune` rule says so); still
            // check that the code agrees with the postal code.
            let Some(cp) = r.adresse.code_postal.as_ref().filter(|cp| is_postal_code(&cp.value)) else {
                return;
            };
            let serves = current_record.is_some_and(|c| c.codes_postaux.contains(&cp.value.as_str()));
            if !serves && geo.postal_code_exists(&cp.value) {
                let c = current_record.expect("checked above");
                sink.push(
                    &RULE,
                    code.span,
                    Message::new(&t::OTHER_POSTAL_CODE)
                        .arg("code", &code.value)
                        .arg("designe", c.nom)
                        .arg("cp", &cp.value),
                    Some(
                        Message::new(&t::HELP_POSTAL_CODES)
                            .arg("commune", c.nom)
                            .arg_list("codes", &c.codes_postaux),
                    ),
                );
            }
        }
    }
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
