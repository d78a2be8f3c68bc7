//! `coordonnees`: latitude and longitude, when given, are in France, and in
//! the département of the record's commune (within a tolerance near its
//! borders); swapped values get a specific hint.
//!
//! The point is compared with the outlines of the 101 départements (see
//! `geo::outline`); a collectivité d'outre-mer, which has no outline, is
//! checked against its box. A point in another département names that
//! département; a point in no département (at sea, abroad) says how far it
//! is from the record's.

use super::{Check, RecordContext, Rule, RuleId, Sink};
use crate::diagnostic::Severity;
use crate::geo::{Departement, Geo, PointPlace, TOLERANCE_KM};
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
    let (lat_v, lon_v) = (lat.value, lon.value);
    let geo = cx.geo;
    // From the record's département's outline, when it has one.
    let distance = cx
        .place
        .departement
        .and_then(|d| geo.distance_to_departement(d.code, lat_v, lon_v));
    // The usual case: the point is inside its département's outline.
    // Nothing to say, and no need to find where else it could be.
    if distance == Some(0.0) {
        return;
    }
    let coords = format!("{lat_v}, {lon_v}");
    let commune = cx.place.commune.map_or_else(|| r.commune().unwrap_or_default(), |c| c.nom);
    let named = |d: &Departement| format!("{} {}", d.code, d.nom);
    let here = geo.place_of_point(lat_v, lon_v);
    let message = match (cx.place.departement, here) {
        (_, PointPlace::Outside) if geo.place_of_point(lon_v, lat_v) != PointPlace::Outside => Some((
            Message::new(&t::SWAPPED).arg("coordonnees", &coords),
            Message::new(&t::HELP_SWAPPED)
                .arg("latitude", lon_v)
                .arg("longitude", lat_v),
        )),
        (Some(d), _) if geo.has_outline(d.code) => {
            // `None` only for a point that is no coordinate.
            let distance = distance.unwrap_or(f64::INFINITY);
            let help = || Message::new(&t::HELP_DEPARTEMENT).arg("tolerance", TOLERANCE_KM);
            match here {
                _ if distance <= TOLERANCE_KM => None,
                PointPlace::Departement(other) if other.code != d.code => Some((
                    Message::new(&t::OTHER_DEPARTEMENT)
                        .arg("coordonnees", &coords)
                        .arg("ailleurs", named(other))
                        .arg("commune", commune)
                        .arg("departement", named(d)),
                    help(),
                )),
                PointPlace::Outside if distance > 50.0 => Some(outside(&coords)),
                _ => Some((
                    Message::new(&t::FAR_FROM_DEPARTEMENT)
                        .arg("coordonnees", &coords)
                        .arg("distance", format!("{distance:.0}"))
                        .arg("commune", commune)
                        .arg("departement", named(d)),
                    help(),
                )),
            }
        }
        (_, PointPlace::Outside) => Some(outside(&coords)),
        // A collectivité d'outre-mer: its box must be the commune's.
        (Some(d), here) => other_region(geo, d, here).map(|region| {
            (
                Message::new(&t::ELSEWHERE)
                    .arg("coordonnees", &coords)
                    .arg("commune", commune)
                    .arg("region", region),
                Message::new(&t::HELP_OUTSIDE),
            )
        }),
        (None, _) => None,
    };
    if let Some((message, help)) = message {
        // Point at the latitude: the pair is reported once.
        sink.push(&RULE, lat.span, message, Some(help));
    }
}

fn outside(coords: &str) -> (Message, Message) {
    (
        Message::new(&t::OUTSIDE).arg("coordonnees", coords),
        Message::new(&t::HELP_OUTSIDE),
    )
}

/// The name of the record's région when the point, in France, is not in
/// it (for a département without an outline: the collectivités
/// d'outre-mer).
fn other_region(geo: &Geo, d: &Departement, here: PointPlace<'_>) -> Option<&'static str> {
    let agrees = match here {
        PointPlace::Departement(other) => other.region == d.region,
        PointPlace::Collectivite(t) => t.region_code() == Some(d.region),
        PointPlace::Outside => false,
    };
    if agrees {
        return None;
    }
    geo.region(d.region).map(|r| r.nom)
}
