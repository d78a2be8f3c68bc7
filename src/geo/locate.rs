//! Coarse "is this point in France?" check with bounding boxes.
//!
//! Each French territory is approximated by one or a few latitude/longitude
//! rectangles (WGS 84 decimal degrees, bounds inclusive) drawn a little wider
//! than the land so that coastal places are inside. This is deliberately
//! simple: the mainland rectangle also covers slivers of Belgium, Luxembourg,
//! Germany, Switzerland, Italy, Spain, Andorra, Monaco, the Channel Islands
//! and sea; the French Polynesia rectangle is mostly ocean. It catches gross
//! errors (swapped or mistyped coordinates, a point in another continent), not
//! a point a few kilometres across a border.

/// A French territory recognised by [`super::Geo::locate`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Territory {
    /// Mainland metropolitan France (lat 42.30..51.15, lon −5.20..8.25).
    Metropole,
    /// Corsica (lat 41.33..43.05, lon 8.50..9.60), departments 2A and 2B.
    Corse,
    /// Guadeloupe, 971 (lat 15.80..16.55, lon −61.85..−60.95).
    Guadeloupe,
    /// Martinique, 972 (lat 14.35..14.90, lon −61.25..−60.75).
    Martinique,
    /// Guyane, 973 (lat 2.10..5.80, lon −54.65..−51.50).
    Guyane,
    /// La Réunion, 974 (lat −21.40..−20.85, lon 55.20..55.85).
    LaReunion,
    /// Mayotte, 976 (lat −13.05..−12.60, lon 44.95..45.35).
    Mayotte,
    /// Saint-Pierre-et-Miquelon, 975 (lat 46.74..47.15, lon −56.45..−56.10).
    SaintPierreEtMiquelon,
    /// Saint-Barthélemy, 977 (lat 17.85..17.97, lon −62.96..−62.78).
    SaintBarthelemy,
    /// Saint-Martin (whole island, including the Dutch part), 978
    /// (lat 17.99..18.13, lon −63.16..−62.96).
    SaintMartin,
    /// Terres australes et antarctiques françaises, 984: Kerguelen, Crozet,
    /// Saint-Paul and Amsterdam, the Îles Éparses, and Terre Adélie (the
    /// claimed sector lat −90..−66, lon 136..142).
    TerresAustrales,
    /// Wallis-et-Futuna, 986 (Wallis; Futuna and Alofi).
    WallisEtFutuna,
    /// Polynésie française, 987 (lat −28.0..−7.5, lon −155.0..−134.0).
    PolynesieFrancaise,
    /// Nouvelle-Calédonie, 988, main islands (lat −22.90..−19.00,
    /// lon 163.50..168.20).
    NouvelleCaledonie,
    /// Île de Clipperton, 989.
    Clipperton,
}

impl Territory {
    /// Code of the region (as in [`super::Region::code`]) that this territory
    /// makes up, or `None` for [`Territory::Metropole`], whose rectangle spans
    /// twelve regions.
    pub fn region_code(self) -> Option<&'static str> {
        Some(match self {
            Territory::Metropole => return None,
            Territory::Corse => "94",
            Territory::Guadeloupe => "01",
            Territory::Martinique => "02",
            Territory::Guyane => "03",
            Territory::LaReunion => "04",
            Territory::Mayotte => "06",
            Territory::SaintPierreEtMiquelon => "975",
            Territory::SaintBarthelemy => "977",
            Territory::SaintMartin => "978",
            Territory::TerresAustrales => "984",
            Territory::WallisEtFutuna => "986",
            Territory::PolynesieFrancaise => "987",
            Territory::NouvelleCaledonie => "988",
            Territory::Clipperton => "989",
        })
    }

    /// True for the territories that are metropolitan France or one of the
    /// five overseas departments/regions (DROM); false for the collectivités
    /// d'outre-mer and other overseas territories.
    pub fn is_metropole_or_drom(self) -> bool {
        matches!(
            self,
            Territory::Metropole
                | Territory::Corse
                | Territory::Guadeloupe
                | Territory::Martinique
                | Territory::Guyane
                | Territory::LaReunion
                | Territory::Mayotte
        )
    }
}

/// Result of [`super::Geo::locate`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg(test)]
pub enum Location {
    /// The point (latitude, longitude) as given lies in this territory.
    InFrance(Territory),
    /// The point as given is in no territory, but it lies in this territory
    /// once latitude and longitude are exchanged: the caller probably swapped
    /// them.
    Swapped(Territory),
    /// In no territory, either way round. Also returned for non-finite values
    /// and for latitudes outside −90..90 or longitudes outside −180..180 (when
    /// the swapped reading is not in France either).
    Outside,
}

/// (territory, lat_min, lat_max, lon_min, lon_max), bounds inclusive.
type Rect = (Territory, f64, f64, f64, f64);

const BOXES: &[Rect] = &[
    (Territory::Metropole, 42.30, 51.15, -5.20, 8.25),
    (Territory::Corse, 41.33, 43.05, 8.50, 9.60),
    (Territory::Guadeloupe, 15.80, 16.55, -61.85, -60.95),
    (Territory::Martinique, 14.35, 14.90, -61.25, -60.75),
    (Territory::Guyane, 2.10, 5.80, -54.65, -51.50),
    (Territory::LaReunion, -21.40, -20.85, 55.20, 55.85),
    (Territory::Mayotte, -13.05, -12.60, 44.95, 45.35),
    (Territory::SaintPierreEtMiquelon, 46.74, 47.15, -56.45, -56.10),
    (Territory::SaintBarthelemy, 17.85, 17.97, -62.96, -62.78),
    (Territory::SaintMartin, 17.99, 18.13, -63.16, -62.96),
    // TAAF: Kerguelen, Crozet, Saint-Paul and Amsterdam, Terre Adélie, then
    // the Îles Éparses (Glorieuses, Juan de Nova, Europa, Bassas da India,
    // Tromelin).
    (Territory::TerresAustrales, -50.05, -48.40, 68.40, 70.60),
    (Territory::TerresAustrales, -46.50, -45.90, 50.10, 52.40),
    (Territory::TerresAustrales, -38.80, -37.75, 77.45, 77.65),
    (Territory::TerresAustrales, -90.00, -66.00, 136.00, 142.00),
    (Territory::TerresAustrales, -11.60, -11.50, 47.25, 47.45),
    (Territory::TerresAustrales, -17.10, -17.00, 42.68, 42.78),
    (Territory::TerresAustrales, -22.42, -22.30, 40.30, 40.42),
    (Territory::TerresAustrales, -21.55, -21.42, 39.62, 39.75),
    (Territory::TerresAustrales, -15.90, -15.87, 54.50, 54.54),
    (Territory::WallisEtFutuna, -13.40, -13.15, -176.25, -176.10),
    (Territory::WallisEtFutuna, -14.40, -14.20, -178.20, -177.95),
    (Territory::PolynesieFrancaise, -28.00, -7.50, -155.00, -134.00),
    (Territory::NouvelleCaledonie, -22.90, -19.00, 163.50, 168.20),
    (Territory::Clipperton, 10.27, 10.33, -109.25, -109.18),
];

/// The territory whose rectangle contains the point, if any.
pub(crate) fn territory_at(latitude: f64, longitude: f64) -> Option<Territory> {
    if !(-90.0..=90.0).contains(&latitude) || !(-180.0..=180.0).contains(&longitude) {
        return None; // also rejects NaN
    }
    BOXES
        .iter()
        .find(|(_, lat_min, lat_max, lon_min, lon_max)| {
            (*lat_min..=*lat_max).contains(&latitude) && (*lon_min..=*lon_max).contains(&longitude)
        })
        .map(|(t, ..)| *t)
}

/// See [`super::Geo::locate`].
#[cfg(test)]
pub(crate) fn locate(latitude: f64, longitude: f64) -> Location {
    if let Some(t) = territory_at(latitude, longitude) {
        Location::InFrance(t)
    } else if let Some(t) = territory_at(longitude, latitude) {
        Location::Swapped(t)
    } else {
        Location::Outside
    }
}
