//! `siret`: a SIRET number has 14 digits and a valid Luhn checksum.
//!
//! La Poste's establishments (SIREN 356000000) are the documented
//! exception: their SIRETs are checked by "the sum of the digits is a
//! multiple of 5" instead (INSEE's rule for La Poste).

use super::{Check, RecordContext, Rule, RuleId, Sink};
use crate::diagnostic::Severity;
use crate::messages::rules::siret as t;
use crate::messages::Message;
use crate::record::Record;

/// La Poste's SIREN, the exception to the Luhn checksum.
const LA_POSTE: &str = "356000000";

pub(crate) static RULE: Rule = Rule {
    id: RuleId::Siret,
    name: "siret",
    severity: Severity::Error,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "[structure_porteuse]\nnom = \"La Poste\"\nsiret = \"356 000 000 00001\"\n",
    good: "[structure_porteuse]\nnom = \"La Poste\"\nsiret = \"35600000000001\"\n",
    check: Check::Record(check),
};

/// The Luhn checksum of a string of ASCII digits.
pub(crate) fn luhn(digits: &str) -> bool {
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 1 {
                let d2 = d * 2;
                if d2 > 9 {
                    d2 - 9
                } else {
                    d2
                }
            } else {
                d
            }
        })
        .sum();
    sum % 10 == 0
}

/// Whether a 14-digit SIRET has a valid checksum.
pub(crate) fn valid_checksum(siret: &str) -> bool {
    if siret.starts_with(LA_POSTE) {
        siret.bytes().map(|b| u32::from(b - b'0')).sum::<u32>() % 5 == 0
    } else {
        luhn(siret)
    }
}

pub(crate) fn check(r: &Record, _cx: &RecordContext<'_>, sink: &mut Sink) {
    let Some(siret) = &r.structure_porteuse.siret else {
        return;
    };
    let value = siret.value.as_str();
    let compact: String = value.chars().filter(|c| !c.is_whitespace()).collect();
    if !(compact.len() == 14 && compact.bytes().all(|b| b.is_ascii_digit())) {
        sink.push(
            &RULE,
            siret.span,
            Message::new(&t::NOT_14).arg("siret", value),
            Some(Message::new(&t::HELP_14)),
        );
    } else if !valid_checksum(&compact) {
        sink.push(
            &RULE,
            siret.span,
            Message::new(&t::CHECKSUM).arg("siret", value),
            Some(Message::new(&t::HELP_CHECKSUM)),
        );
    } else if compact != value {
        sink.push(
            &RULE,
            siret.span,
            Message::new(&t::SPACES).arg("siret", value),
            Some(Message::new(&t::HELP_SPACES).arg("compact", compact)),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_and_the_la_poste_exception() {
        // Numbers built for the test: the first passes Luhn, the second not.
        assert!(valid_checksum("12345678900007"));
        assert!(!valid_checksum("12345678900008"));
        // La Poste: digit sum multiple of 5 (3+5+6+1 = 15), Luhn not required.
        assert!(valid_checksum("35600000000001"));
        assert!(!luhn("35600000000001"));
        assert!(!valid_checksum("35600000000002"));
    }
}
