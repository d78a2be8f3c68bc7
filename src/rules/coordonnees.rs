//! `coordonnees`: latitude and longitude, when given, are in France, and in
//! the commune's part of France; swapped values get a specific hint.

use super::{Check, RecordContext, Rule, RuleId, Sink};
use crate::diagnostic::Severity;
use crate::geo::{Location, Territory, Zone};
use crate::messages::rules::coordonnees as t;
use crate::messages::Message;
use crate::record::Record;

pub(crate) static RULE: Rule = Rule {
    id: RuleId::Coordonnees,
    name: "coordonnees",
    severity: Severity::Error,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "[adresse]\ncode_postal = \"01500\"\ncommune = \"Ambérieu-en-Bugey\"\nlatitude = 5.344821\nlongitude = 45.954025\n",
    good: "[adresse]\ncode_postal = \"01500\"\ncommune = \"Ambérieu-en-Bugey\"\nlatitude = 45.954025\nlongitude = 5.344821\n",
    check: Check::Record(check),
};

pub(crate) fn check(r: &Record, cx: &RecordContext<'_>, sink: &mut Sink) {
    let (Some(lat), Some(lon)) = (&r.adresse.latitude, &r.adresse.longitude) else {
        return;
    };
    // Point at the latitude: the pair is reported once.
    let span = lat.span;
    let coords = format!("{}, {}", lat.value, lon.value);
    match cx.geo.locate(lat.value, lon.value) {
        Location::Outside => sink.push(
            &RULE,
            span,
            Message::new(&t::OUTSIDE).arg("coordonnees", coords),
            Some(Message::new(&t::HELP_OUTSIDE)),
        ),
        Location::Swapped(_) => sink.push(
            &RULE,
            span,
            Message::new(&t::SWAPPED).arg("coordonnees", coords),
            Some(
                Message::new(&t::HELP_SWAPPED)
                    .arg("latitude", lon.value)
                    .arg("longitude", lat.value),
            ),
        ),
        Location::InFrance(territory) => {
            let Some(commune) = cx.commune else { return };
            let Some(region) = cx.geo.region(commune.region) else {
                return;
            };
            let agrees = match territory {
                Territory::Metropole | Territory::Corse => region.zone == Zone::Metropole,
                other => other.region_code() == Some(commune.region),
            };
            if !agrees {
                sink.push(
                    &RULE,
                    span,
                    Message::new(&t::ELSEWHERE)
                        .arg("coordonnees", coords)
                        .arg("commune", commune.nom)
                        .arg("region", region.nom),
                    Some(Message::new(&t::HELP_OUTSIDE)),
                );
            }
        }
    }
}
