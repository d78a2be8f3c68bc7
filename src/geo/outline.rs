//! Which département a point is in, from the outlines of the 101
//! départements (`ref/departements.geojson`: ANCT / IGN Admin Express,
//! simplified by `scripts/update-outlines`, within 200 m of the source).
//!
//! The outlines are parsed on the first point lookup only (commands that
//! never look at coordinates never pay for them), with a bounding box per
//! département so that a lookup tests the rings of one or two départements.
//! Borders are approximate (the source itself is generalised for web maps,
//! with about one vertex per kilometre), so a point counts as in a
//! département when it is inside its outline or within [`TOLERANCE_KM`] of
//! it. The collectivités d'outre-mer have no outline: their coarse boxes
//! ([`super::Territory`]) answer for them.

use std::sync::OnceLock;

use super::locate::{territory_at, Territory};
use super::model::Departement;
use super::Geo;

/// How far outside its outline (km) a point still counts as in a
/// département: the error of the outlines near a border (the source's
/// generalisation and ours), with a margin for a point typed at the edge of
/// a commune on a border river.
pub const TOLERANCE_KM: f64 = 2.0;

/// Kilometres per degree of latitude (mean Earth radius 6,371 km).
const KM_PER_DEGREE: f64 = 111.195;

/// The embedded outlines; a standard GeoJSON FeatureCollection.
static OUTLINES: &str = include_str!("../../ref/departements.geojson");

/// The embedded outlines as they are (a GeoJSON FeatureCollection with
/// `code` and `nom` properties): the base map of `fabriques site`, so that
/// the binary carries one copy of them.
pub fn outlines_geojson() -> &'static str {
    OUTLINES
}

/// The citation of the outlines' source, from the `source` member at the
/// head of the embedded file (without parsing the outlines).
pub fn outlines_citation() -> &'static str {
    const KEY: &str = "\"citation\": \"";
    OUTLINES
        .find(KEY)
        .map(|at| &OUTLINES[at + KEY.len()..])
        .and_then(|rest| rest.find('"').map(|end| &rest[..end]))
        .unwrap_or("?")
}

/// Where a point lies, as [`Geo::place_of_point`] says.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PointPlace<'a> {
    /// Inside this département's outline, or within [`TOLERANCE_KM`] of it
    /// (the nearest one when several are that close and none contains it).
    Departement(&'a Departement),
    /// In the box of a collectivité d'outre-mer (which has no outline).
    Collectivite(Territory),
    /// In no département and no collectivité.
    Outside,
}

/// One département's outline: rings of (longitude, latitude) closed
/// implicitly, holes included (even-odd rule).
#[derive(Debug)]
struct Outline {
    code: String,
    /// (lon_min, lat_min, lon_max, lat_max).
    bbox: [f64; 4],
    rings: Vec<Vec<(f64, f64)>>,
    /// The edges by band of latitude: the box cut in [`BANDS`] equal
    /// bands, each listing (ring, index of the edge's end) of the edges
    /// that reach into it. A horizontal line meets only the edges of its
    /// band: `contains` tests a few dozen edges, not the thousand of a
    /// département.
    bands: Vec<Vec<(u32, u32)>>,
}

/// How many bands of latitude an outline is cut into.
const BANDS: usize = 64;

impl Outline {
    fn new(code: &str, rings: Vec<Vec<(f64, f64)>>) -> Outline {
        let mut bbox = [f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY, f64::NEG_INFINITY];
        for &(x, y) in rings.iter().flatten() {
            bbox = [bbox[0].min(x), bbox[1].min(y), bbox[2].max(x), bbox[3].max(y)];
        }
        let mut outline = Outline {
            code: code.to_string(),
            bbox,
            rings,
            bands: vec![Vec::new(); BANDS],
        };
        for (r, ring) in outline.rings.iter().enumerate() {
            let mut j = ring.len() - 1;
            for i in 0..ring.len() {
                let (lo, hi) = (ring[i].1.min(ring[j].1), ring[i].1.max(ring[j].1));
                for band in outline.band(lo)..=outline.band(hi) {
                    outline.bands[band].push((r as u32, i as u32));
                }
                j = i;
            }
        }
        outline
    }

    /// The band of latitude `lat` (the first or last band outside the
    /// box). Monotonic: an edge from `lo` to `hi` is listed in the bands
    /// of every latitude between.
    fn band(&self, lat: f64) -> usize {
        let height = self.bbox[3] - self.bbox[1];
        if height <= 0.0 {
            return 0;
        }
        let at = ((lat - self.bbox[1]) / height * BANDS as f64).floor();
        (at.max(0.0) as usize).min(BANDS - 1)
    }
}

fn outlines() -> &'static [Outline] {
    static PARSED: OnceLock<Vec<Outline>> = OnceLock::new();
    PARSED.get_or_init(|| parse(OUTLINES))
}

/// Reads the FeatureCollection written by `scripts/update-outlines`: for
/// each feature, the `code` property and the MultiPolygon's coordinates.
/// A scan of the text rather than a JSON tree: building the tree took most
/// of the time of a small `validate` (the unit tests check that both
/// readings agree). Panics on a malformed file (the unit tests read the
/// embedded one, so this cannot reach a user).
fn parse(text: &str) -> Vec<Outline> {
    let mut out = Vec::with_capacity(101);
    for feature in text.split("{\"type\":\"Feature\"").skip(1) {
        let code = feature
            .split_once("\"code\":")
            .and_then(|(_, rest)| rest.split('"').nth(1))
            .expect("ref/departements.geojson: a feature without code");
        let (_, coordinates) = feature
            .split_once("\"coordinates\":")
            .expect("ref/departements.geojson: a feature without coordinates");
        out.push(outline(code, coordinates));
    }
    out
}

/// The rings of a MultiPolygon's coordinates (`[[[[x,y],...]...]...]`,
/// depth 4 for a point, 3 for a ring), read up to their closing bracket.
fn outline(code: &str, coordinates: &str) -> Outline {
    let mut rings: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut ring: Vec<(f64, f64)> = Vec::new();
    let mut point: Vec<f64> = Vec::with_capacity(2);
    let mut depth = 0;
    let bytes = coordinates.as_bytes();
    let mut start: Option<usize> = None;
    for (i, &c) in bytes.iter().enumerate() {
        match c {
            b'[' => depth += 1,
            b']' | b',' => {
                if let Some(from) = start.take() {
                    point.push(
                        coordinates[from..i]
                            .trim()
                            .parse()
                            .expect("ref/departements.geojson: a number"),
                    );
                }
                if c == b']' {
                    match depth {
                        4 => {
                            assert!(point.len() >= 2, "ref/departements.geojson: a point of {code}");
                            ring.push((point[0], point[1]));
                            point.clear();
                        }
                        3 => {
                            if ring.len() > 1 && ring.first() == ring.last() {
                                ring.pop();
                            }
                            rings.push(std::mem::take(&mut ring));
                        }
                        1 => break,
                        _ => {}
                    }
                    depth -= 1;
                }
            }
            _ if start.is_none() && !c.is_ascii_whitespace() => start = Some(i),
            _ => {}
        }
    }
    Outline::new(code, rings)
}

impl Outline {
    /// True when the point is inside (even-odd over all rings).
    fn contains(&self, lon: f64, lat: f64) -> bool {
        if lon < self.bbox[0] || lon > self.bbox[2] || lat < self.bbox[1] || lat > self.bbox[3] {
            return false;
        }
        // Even-odd: the edges crossed by the ray going east from the point
        // (all in the point's band).
        let mut inside = false;
        for &(r, i) in &self.bands[self.band(lat)] {
            let ring = &self.rings[r as usize];
            let i = i as usize;
            let (xi, yi) = ring[i];
            let (xj, yj) = ring[if i == 0 { ring.len() - 1 } else { i - 1 }];
            if (yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi {
                inside = !inside;
            }
        }
        inside
    }

    /// True when the point may be within `km` of the outline: inside its
    /// bounding box widened by that distance.
    fn near_box(&self, lon: f64, lat: f64, km: f64) -> bool {
        let dlat = km / KM_PER_DEGREE;
        let dlon = dlat / lat.to_radians().cos().max(0.01);
        lon >= self.bbox[0] - dlon
            && lon <= self.bbox[2] + dlon
            && lat >= self.bbox[1] - dlat
            && lat <= self.bbox[3] + dlat
    }

    /// Distance (km) from the point to the outline's nearest edge, on a
    /// local equirectangular projection around the point (exact enough
    /// within a few tens of kilometres).
    fn distance_to_edge(&self, lon: f64, lat: f64) -> f64 {
        let kx = KM_PER_DEGREE * lat.to_radians().cos();
        let ky = KM_PER_DEGREE;
        // Squared distances while scanning (no square root per edge).
        let mut best = f64::INFINITY;
        for ring in &self.rings {
            let mut j = ring.len() - 1;
            for i in 0..ring.len() {
                let (ax, ay) = ((ring[j].0 - lon) * kx, (ring[j].1 - lat) * ky);
                let (bx, by) = ((ring[i].0 - lon) * kx, (ring[i].1 - lat) * ky);
                best = best.min(segment_distance_squared(ax, ay, bx, by));
                j = i;
            }
        }
        best.sqrt()
    }

    /// Distance (km) from the point to the département: 0 inside.
    fn distance(&self, lon: f64, lat: f64) -> f64 {
        if self.contains(lon, lat) {
            0.0
        } else {
            self.distance_to_edge(lon, lat)
        }
    }
}

/// Squared distance from the origin to segment AB.
fn segment_distance_squared(ax: f64, ay: f64, bx: f64, by: f64) -> f64 {
    let (dx, dy) = (bx - ax, by - ay);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 {
        0.0
    } else {
        (-(ax * dx + ay * dy) / len2).clamp(0.0, 1.0)
    };
    let (x, y) = (ax + t * dx, ay + t * dy);
    x * x + y * y
}

/// Distance from the origin to segment AB.
#[cfg(test)]
fn segment_distance(ax: f64, ay: f64, bx: f64, by: f64) -> f64 {
    segment_distance_squared(ax, ay, bx, by).sqrt()
}

impl Geo {
    /// True when the département has an outline (the 101 départements; not
    /// the collectivités d'outre-mer).
    pub fn has_outline(&self, departement: &str) -> bool {
        outlines().iter().any(|o| o.code == departement)
    }

    /// Distance (km) from a WGS 84 point to a département: 0 inside its
    /// outline; `None` when the département has no outline or the point is
    /// not a valid coordinate.
    pub fn distance_to_departement(&self, departement: &str, latitude: f64, longitude: f64) -> Option<f64> {
        if !valid(latitude, longitude) {
            return None;
        }
        let o = outlines().iter().find(|o| o.code == departement)?;
        Some(o.distance(longitude, latitude))
    }

    /// Where a WGS 84 point lies: in the département whose outline contains
    /// it, else the nearest one within [`TOLERANCE_KM`]; else in a
    /// collectivité d'outre-mer's box; else outside France (a point in
    /// Belgium, Switzerland or at sea is outside, where the coarse boxes of
    /// [`Geo::locate`] took it for France).
    pub fn place_of_point(&self, latitude: f64, longitude: f64) -> PointPlace<'_> {
        if !valid(latitude, longitude) {
            return PointPlace::Outside;
        }
        let near: Vec<&Outline> = outlines()
            .iter()
            .filter(|o| o.near_box(longitude, latitude, TOLERANCE_KM))
            .collect();
        // The outline that holds the point wins; the distances to the
        // edges (a scan of every edge) only when none does.
        if let Some(o) = near.iter().find(|o| o.contains(longitude, latitude)) {
            return self
                .departement(&o.code)
                .map_or(PointPlace::Outside, PointPlace::Departement);
        }
        let mut nearest: Option<(f64, &Outline)> = None;
        for o in near {
            let d = o.distance_to_edge(longitude, latitude);
            if d <= TOLERANCE_KM && nearest.is_none_or(|(best, _)| d < best) {
                nearest = Some((d, o));
            }
        }
        if let Some((_, o)) = nearest {
            if let Some(d) = self.departement(&o.code) {
                return PointPlace::Departement(d);
            }
        }
        match territory_at(latitude, longitude) {
            Some(t) if !t.is_metropole_or_drom() => PointPlace::Collectivite(t),
            _ => PointPlace::Outside,
        }
    }
}

fn valid(latitude: f64, longitude: f64) -> bool {
    (-90.0..=90.0).contains(&latitude) && (-180.0..=180.0).contains(&longitude)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Even-odd over every edge of every ring: what `contains` decides
    /// from its bands.
    fn contains_by_every_edge(o: &Outline, lon: f64, lat: f64) -> bool {
        let mut inside = false;
        for ring in &o.rings {
            let mut j = ring.len() - 1;
            for i in 0..ring.len() {
                let (xi, yi) = ring[i];
                let (xj, yj) = ring[j];
                if (yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi {
                    inside = !inside;
                }
                j = i;
            }
        }
        inside
    }

    #[test]
    fn the_bands_decide_as_every_edge_does() {
        let mut inside = 0;
        for o in outlines() {
            let [x0, y0, x1, y1] = o.bbox;
            // A grid over the box and a little around it, and every
            // vertex's latitude (where a ray meets a vertex).
            let mut points: Vec<(f64, f64)> = Vec::new();
            for a in 0..=40 {
                for b in 0..=40 {
                    let lon = x0 - 0.05 + (x1 - x0 + 0.1) * f64::from(a) / 40.0;
                    let lat = y0 - 0.05 + (y1 - y0 + 0.1) * f64::from(b) / 40.0;
                    points.push((lon, lat));
                }
            }
            points.extend(o.rings.iter().flatten().step_by(7).map(|&(_, y)| ((x0 + x1) / 2.0, y)));
            points.extend(o.rings.iter().flatten().step_by(11).map(|&(x, y)| (x + 1e-7, y)));
            for (lon, lat) in points {
                let by_bands = o.contains(lon, lat);
                assert_eq!(
                    by_bands,
                    contains_by_every_edge(o, lon, lat),
                    "{} at {lon}, {lat}",
                    o.code
                );
                inside += usize::from(by_bands);
            }
        }
        assert!(inside > 50_000, "{inside} points inside");
    }

    /// The scan reads what a JSON parser reads.
    #[test]
    fn the_scan_agrees_with_a_json_parser() {
        let doc: serde_json::Value = serde_json::from_str(OUTLINES).unwrap();
        let features = doc["features"].as_array().unwrap();
        let scanned = parse(OUTLINES);
        assert_eq!(features.len(), scanned.len());
        for (f, o) in features.iter().zip(&scanned) {
            assert_eq!(f["properties"]["code"].as_str(), Some(o.code.as_str()));
            let rings: Vec<Vec<(f64, f64)>> = f["geometry"]["coordinates"]
                .as_array()
                .unwrap()
                .iter()
                .flat_map(|p| p.as_array().unwrap())
                .map(|r| {
                    let mut pts: Vec<(f64, f64)> = r
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|p| (p[0].as_f64().unwrap(), p[1].as_f64().unwrap()))
                        .collect();
                    pts.pop();
                    pts
                })
                .collect();
            assert_eq!(rings, o.rings, "{}", o.code);
        }
    }

    #[test]
    fn the_embedded_outlines_are_the_101_departements() {
        let g = Geo::get();
        let all = outlines();
        assert_eq!(all.len(), 101);
        for o in all {
            let d = g
                .departement(&o.code)
                .unwrap_or_else(|| panic!("{} is a département", o.code));
            assert_ne!(d.zone, super::super::Zone::Com);
            assert!(o.rings.iter().all(|r| r.len() >= 3), "{}", o.code);
        }
        let without: Vec<&str> = g
            .departements()
            .iter()
            .filter(|d| !g.has_outline(d.code))
            .map(|d| d.code)
            .collect();
        assert_eq!(without, ["975", "977", "978", "984", "986", "987", "988", "989"]);
    }

    #[test]
    fn a_point_inside_is_at_distance_zero_and_one_outside_is_not() {
        let g = Geo::get();
        // Ambérieu-en-Bugey (Ain), 40 km from Lyon (Rhône).
        assert_eq!(g.distance_to_departement("01", 45.958, 5.357), Some(0.0));
        let d = g.distance_to_departement("69", 45.958, 5.357).unwrap();
        assert!(d > 5.0 && d < 40.0, "{d}");
        assert_eq!(g.distance_to_departement("988", 45.958, 5.357), None);
        assert_eq!(g.distance_to_departement("01", f64::NAN, 5.357), None);
    }

    /// One known point in the mainland, in each half of Corsica, in each
    /// overseas département, in a collectivité, just across the borders,
    /// and at sea.
    #[test]
    fn points_fall_in_their_departement() {
        let g = Geo::get();
        let at = |lat: f64, lon: f64| match g.place_of_point(lat, lon) {
            PointPlace::Departement(d) => d.code.to_string(),
            PointPlace::Collectivite(t) => format!("{t:?}"),
            PointPlace::Outside => "dehors".to_string(),
        };
        for (lat, lon, expected) in [
            (43.2965, 5.3698, "13"),    // Marseille, Vieux-Port
            (45.9543, 5.3448, "01"),    // Ambérieu-en-Bugey
            (50.6292, 3.0573, "59"),    // Lille
            (48.8566, 2.3522, "75"),    // Paris
            (48.9362, 2.3574, "93"),    // Saint-Denis
            (41.9192, 8.7386, "2A"),    // Ajaccio
            (42.6970, 9.4509, "2B"),    // Bastia
            (16.2411, -61.5331, "971"), // Pointe-à-Pitre
            (14.6161, -61.0588, "972"), // Fort-de-France
            (4.9372, -52.3260, "973"),  // Cayenne
            (-20.8821, 55.4507, "974"), // Saint-Denis de La Réunion
            (-12.7806, 45.2278, "976"), // Mamoudzou
            (46.7811, -56.1764, "SaintPierreEtMiquelon"),
            (50.8503, 4.3517, "dehors"), // Brussels
            (46.2044, 6.1432, "dehors"), // Geneva
            (43.8159, 7.7760, "dehors"), // Sanremo
            (45.0, -30.0, "dehors"),     // Atlantic
            (47.0, -3.5, "dehors"),      // Bay of Biscay, off Belle-Île
        ] {
            assert_eq!(at(lat, lon), expected, "{lat}, {lon}");
        }
    }

    /// A point just outside the coast or a border still counts, within the
    /// tolerance.
    #[test]
    fn the_tolerance_applies_near_borders() {
        let g = Geo::get();
        // Le Havre's beach, a few hundred metres out at sea.
        let (lat, lon) = (49.4930, 0.0850);
        let d = g.distance_to_departement("76", lat, lon).unwrap();
        assert!(d <= TOLERANCE_KM, "{d}");
        assert!(matches!(g.place_of_point(lat, lon), PointPlace::Departement(x) if x.code == "76"));
    }

    #[test]
    fn segment_distance_is_euclidean() {
        assert!((segment_distance(-1.0, 1.0, 1.0, 1.0) - 1.0).abs() < 1e-12);
        assert!((segment_distance(3.0, 4.0, 3.0, 4.0) - 5.0).abs() < 1e-12);
        assert!((segment_distance(2.0, 0.0, 5.0, 0.0) - 2.0).abs() < 1e-12);
    }
}
