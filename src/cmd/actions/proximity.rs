//! How near a fabrique is to the place the user named: same commune,
//! département, région, or elsewhere, and the distance as the crow flies
//! when the register records coordinates there.

use super::*;

/// How near a fabrique is to the reference place, coarse to fine.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Proximity {
    Commune,
    Departement,
    Region,
    Elsewhere,
}

impl Proximity {
    pub(super) fn key(self) -> &'static str {
        match self {
            Proximity::Commune => "commune",
            Proximity::Departement => "departement",
            Proximity::Region => "region",
            Proximity::Elsewhere => "ailleurs",
        }
    }

    pub(super) fn label(self, lang: Lang) -> &'static str {
        match self {
            Proximity::Commune => ui::NEAR_COMMUNE.get(lang),
            Proximity::Departement => ui::NEAR_DEPARTEMENT.get(lang),
            Proximity::Region => ui::NEAR_REGION.get(lang),
            Proximity::Elsewhere => ui::NEAR_ELSEWHERE.get(lang),
        }
    }
}

/// Where a fabrique stands from the reference place.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Near {
    pub proximity: Proximity,
    /// Kilometres as the crow flies, when both ends have coordinates.
    pub km: Option<f64>,
}

/// The reference place of `--commune` / `--departement`.
#[derive(Debug)]
pub(super) struct Reference {
    pub communes: Vec<&'static Commune>,
    pub departements: Vec<&'static str>,
    pub regions: Vec<&'static str>,
    /// One point per reference commune that has one: the centre of the
    /// coordinates of the register's fabriques in that commune.
    pub points: Vec<(f64, f64)>,
    /// How many fabriques' coordinates made the points.
    pub sources: usize,
}

/// A record's coordinates, when both are written and plausible.
pub(super) fn coordinates(e: &Entry) -> Option<(f64, f64)> {
    let a = &e.record.adresse;
    let (lat, lon) = (a.latitude.as_ref()?.value, a.longitude.as_ref()?.value);
    ((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon)).then_some((lat, lon))
}

/// Distance in kilometres between two WGS 84 points (haversine, mean
/// Earth radius): good to a few hundred metres at the scale of France.
pub(super) fn haversine_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    const EARTH_RADIUS_KM: f64 = 6371.0088;
    let (la1, la2) = (a.0.to_radians(), b.0.to_radians());
    let dlat = la2 - la1;
    let dlon = (b.1 - a.1).to_radians();
    let h = (dlat / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlon / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * h.sqrt().min(1.0).asin()
}

impl Reference {
    /// The reference named by `place` (its communes and départements,
    /// resolved), with points from `all` the register's entries; `None`
    /// when no place is named.
    pub(super) fn new(place: &Filter, all: &[Entry], geo: &'static Geo) -> Option<Reference> {
        let communes: Vec<&'static Commune> = place
            .commune_codes()
            .into_iter()
            .filter_map(|c| geo.current_commune(c))
            .collect();
        let mut departements = place.departement_codes();
        if communes.is_empty() && departements.is_empty() {
            return None;
        }
        departements.extend(communes.iter().map(|c| c.departement));
        departements.sort_unstable();
        departements.dedup();
        let mut regions: Vec<&'static str> = departements
            .iter()
            .filter_map(|d| geo.departement(d).map(|d| d.region))
            .collect();
        regions.sort_unstable();
        regions.dedup();
        let mut points = Vec::new();
        let mut sources = 0;
        for c in &communes {
            let here: Vec<(f64, f64)> = all
                .iter()
                .filter(|e| e.commune.is_some_and(|x| x.code_insee == c.code_insee))
                .filter_map(coordinates)
                .collect();
            if !here.is_empty() {
                let n = here.len() as f64;
                let lat = here.iter().map(|p| p.0).sum::<f64>() / n;
                let lon = here.iter().map(|p| p.1).sum::<f64>() / n;
                points.push((lat, lon));
                sources += here.len();
            }
        }
        Some(Reference {
            communes,
            departements,
            regions,
            points,
            sources,
        })
    }

    /// Where `e` stands from the reference.
    pub(super) fn near(&self, e: &Entry) -> Near {
        // A record without a certain commune may still have a certain
        // département (see `place`).
        let proximity = match (e.commune, e.departement()) {
            (Some(c), _) if self.communes.iter().any(|r| r.code_insee == c.code_insee) => Proximity::Commune,
            (_, Some(d)) if self.departements.contains(&d.code) => Proximity::Departement,
            (_, Some(d)) if self.regions.contains(&d.region) => Proximity::Region,
            _ => Proximity::Elsewhere,
        };
        let km = coordinates(e).and_then(|p| {
            self.points
                .iter()
                .map(|r| haversine_km(*r, p))
                .min_by(|a, b| a.total_cmp(b))
        });
        Near { proximity, km }
    }

    /// The place as the user reads it: `Chambéry (73), 74 Haute-Savoie`.
    pub(super) fn describe(&self, place: &Filter, geo: &Geo) -> String {
        let mut parts: Vec<String> = self
            .communes
            .iter()
            .map(|c| format!("{} ({})", c.nom, c.departement))
            .collect();
        parts.extend(
            place
                .departement_codes()
                .iter()
                .filter_map(|d| geo.departement(d))
                .map(|d| format!("{} {}", d.code, d.nom)),
        );
        parts.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn haversine_gives_known_distances() {
        // Chambéry – Aix-les-Bains: about 14 km; Paris – Lyon: about 392 km.
        let d = haversine_km((45.5646, 5.9178), (45.6885, 5.9153));
        assert!((d - 13.8).abs() < 0.5, "{d}");
        let d = haversine_km((48.8566, 2.3522), (45.7640, 4.8357));
        assert!((d - 392.0).abs() < 3.0, "{d}");
        assert_eq!(haversine_km((45.0, 5.0), (45.0, 5.0)), 0.0);
    }
}
