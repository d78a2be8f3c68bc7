//! `commune`: the commune is one that the postal code serves.
//!
//! Names are compared without regard to case, accents, hyphens, apostrophes,
//! spaces and « Saint »/« St » (a loose match is only a warning,
//! `commune-orthographe`). When nothing matches, the help names the
//! communes the postal code serves (closest first), then every other place
//! of France bearing that name with its postal codes and département,
//! saying when choosing one of them would move the fabrique to another
//! département. When the INSEE code and the postal code agree, it names
//! their commune instead.

use super::{Check, RecordContext, Rule, RuleId, Sink};
use crate::diagnostic::Severity;
use crate::geo::{CommuneMatch, Geo, Homonym};
use crate::messages::rules::commune as t;
use crate::messages::Message;
use crate::place::InseeVerdict;
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

/// How many served communes the help names before « and N others ».
const MAX_SERVED: usize = 5;

pub(crate) fn check(r: &Record, cx: &RecordContext<'_>, sink: &mut Sink) {
    let Some(CommuneMatch::Unknown { suggestions, elsewhere }) = &cx.place.address else {
        return;
    };
    let (Some(commune), Some(cp)) = (&r.adresse.commune, &r.adresse.code_postal) else {
        return;
    };
    let help = match &cx.place.insee {
        // The INSEE code and the name agree: the postal code is wrong, and
        // `code-postal` says so.
        InseeVerdict::AgainstPostalCode { .. } => return,
        InseeVerdict::AgainstName { designe } => Message::new(&t::HELP_CODE_AND_POSTAL_CODE)
            .arg("cp", &cp.value)
            .arg("code", designe.code_insee)
            .arg("commune", designe.nom),
        _ => served_and_elsewhere(cx.geo, &cp.value, &commune.value, suggestions, elsewhere),
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

/// « le code postal 35510 dessert « Cesson-Sévigné » ; dans un autre
/// département, « Cesson » désigne : Cesson (77240, 77 Seine-et-Marne) ... »
fn served_and_elsewhere(
    geo: &Geo,
    cp: &str,
    nom: &str,
    served: &[&crate::geo::Commune],
    elsewhere: &[Homonym<'_>],
) -> Message {
    let shown = if served.len() > MAX_SERVED + 1 {
        MAX_SERVED
    } else {
        served.len()
    };
    let names: Vec<&str> = served.iter().take(shown).map(|c| c.nom).collect();
    let help = Message::new(&t::HELP_SERVED).arg("cp", cp);
    let help = if served.len() > MAX_SERVED + 1 {
        let others = Message::new(&t::AND_OTHERS)
            .arg_list("noms", &names)
            .arg("nombre", served.len() - MAX_SERVED);
        help.arg_messages("servies", vec![others], "")
    } else {
        help.arg_list("servies", &names)
    };
    let deps: Vec<&str> = geo.departements_of_postal_code(cp).iter().map(|d| d.code).collect();
    let (same, other): (Vec<&Homonym>, Vec<&Homonym>) =
        elsewhere.iter().partition(|h| deps.contains(&h.current.departement));
    let mut ailleurs = Vec::new();
    for (group, text) in [
        (same, &t::ELSEWHERE_SAME_DEPARTEMENT),
        (other, &t::ELSEWHERE_OTHER_DEPARTEMENT),
    ] {
        if !group.is_empty() {
            ailleurs.push(
                Message::new(text)
                    .arg("nom", nom.trim())
                    .arg_messages("lieux", places(geo, &group), "; "),
            );
        }
    }
    help.arg_messages("ailleurs", ailleurs, "")
}

/// Each place as « Saint-Ouen (41100, 41 Loir-et-Cher) » or, for a former
/// commune or name, « Saint-Ouen, aujourd'hui Saint-Ouen-sur-Seine (93400,
/// 93 Seine-Saint-Denis) ». Shared with `code-postal`.
pub(crate) fn places(geo: &Geo, homonyms: &[&Homonym<'_>]) -> Vec<Message> {
    homonyms
        .iter()
        .map(|h| {
            // An arrondissement has its own postal codes.
            let codes = h
                .record
                .filter(|r| !r.codes_postaux.is_empty())
                .map_or(&h.current.codes_postaux, |r| &r.codes_postaux)
                .join(", ");
            let departement = geo.departement(h.current.departement).map_or_else(
                || h.current.departement.to_string(),
                |d| format!("{} {}", d.code, d.nom),
            );
            let m = if h.is_former() {
                Message::new(&t::PLACE_FORMER).arg("actuelle", h.current.nom)
            } else {
                Message::new(&t::PLACE_COMMUNE)
            };
            m.arg("nom", h.nom).arg("codes", codes).arg("departement", departement)
        })
        .collect()
}
