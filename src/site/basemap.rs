//! The département outlines: read once from the caller's GeoJSON, then
//! drawn three ways — as the home map's base layer (a compact GeoJSON for
//! Leaflet), as one small SVG map per département (the map of a fabrique's
//! page, shared by every fabrique of the département), and as the
//! statistics page's map of France with the overseas départements in
//! insets.
//!
//! Projection: equirectangular around the drawing's middle latitude
//! (`x = lon · cos φ₀`, `y = −lat`), enough at the scale of a
//! département or of France, and identical in Rust and in the points the
//! pages place on it. Coordinates are rounded and points closer than
//! half a unit to the previous one dropped, so the drawings stay small.

use std::fmt::Write as _;

use anyhow::{bail, Context, Result};
use serde_json::Value;

use super::html::w;

/// One ring: (longitude, latitude) pairs.
pub type Ring = Vec<[f64; 2]>;

/// One département's outline.
#[derive(Clone, Debug, PartialEq)]
pub struct Outline {
    pub code: String,
    pub nom: String,
    /// Polygons, each an exterior ring then holes.
    pub polygons: Vec<Vec<Ring>>,
    /// (min lon, min lat, max lon, max lat).
    pub bbox: [f64; 4],
}

/// Every outline, sorted by code.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outlines {
    pub list: Vec<Outline>,
}

impl Outlines {
    /// Reads a FeatureCollection of (Multi)Polygons. Features without a
    /// code or a polygon are skipped (a base map may carry other shapes).
    pub fn parse(geojson: &str) -> Result<Outlines> {
        let v: Value = serde_json::from_str(geojson).context("GeoJSON")?;
        let Some(features) = v.get("features").and_then(Value::as_array) else {
            bail!("GeoJSON: « features » manquant / missing");
        };
        let mut list = Vec::new();
        for f in features {
            let props = f.get("properties");
            let prop = |keys: &[&str]| {
                keys.iter()
                    .find_map(|k| props.and_then(|p| p.get(*k)).and_then(Value::as_str))
                    .map(str::to_string)
            };
            let (Some(code), Some(nom)) = (prop(&["insee_dep", "code"]), prop(&["lib_dep", "nom"])) else {
                continue;
            };
            let polygons = f.get("geometry").map(polygons).unwrap_or_default();
            if polygons.is_empty() {
                continue;
            }
            let bbox = bbox(polygons.iter().flatten().flatten());
            list.push(Outline {
                code,
                nom,
                polygons,
                bbox,
            });
        }
        list.sort_by(|a, b| a.code.cmp(&b.code));
        Ok(Outlines { list })
    }

    pub fn get(&self, code: &str) -> Option<&Outline> {
        self.list
            .binary_search_by(|o| o.code.as_str().cmp(code))
            .ok()
            .map(|i| &self.list[i])
    }

    /// A compact GeoJSON for the home map: coordinates rounded to 4
    /// decimals (about 10 m), properties `code` and `nom` only.
    pub fn web_geojson(&self) -> String {
        let mut s = String::from("{\"type\":\"FeatureCollection\",\"features\":[");
        for (i, o) in self.list.iter().enumerate() {
            if i > 0 {
                s.push(',');
            }
            w!(
                &mut s,
                "{{\"type\":\"Feature\",\"properties\":{{\"code\":{},\"nom\":{}}},\
                 \"geometry\":{{\"type\":\"MultiPolygon\",\"coordinates\":[",
                Value::from(o.code.as_str()),
                Value::from(o.nom.as_str())
            );
            for (j, poly) in o.polygons.iter().enumerate() {
                if j > 0 {
                    s.push(',');
                }
                s.push('[');
                for (k, ring) in poly.iter().enumerate() {
                    if k > 0 {
                        s.push(',');
                    }
                    s.push('[');
                    let mut last: Option<(i64, i64)> = None;
                    let mut first = true;
                    for (n, p) in ring.iter().enumerate() {
                        let q = ((p[0] * 1e4).round() as i64, (p[1] * 1e4).round() as i64);
                        // Points within WEB_STEP of the last one kept add
                        // nothing at the zooms the outlines serve; a ring's
                        // last point (its closing one) is always kept.
                        let near = last.is_some_and(|l| (q.0 - l.0).abs() < WEB_STEP && (q.1 - l.1).abs() < WEB_STEP);
                        if near && n + 1 < ring.len() {
                            continue;
                        }
                        last = Some(q);
                        if !first {
                            s.push(',');
                        }
                        first = false;
                        w!(&mut s, "[{},{}]", fixed4(q.0), fixed4(q.1));
                    }
                    s.push(']');
                }
                s.push(']');
            }
            s.push_str("]}}");
        }
        s.push_str("]}");
        s
    }
}

/// Points of the web outlines closer than this (in 1e-4 degrees, about
/// 30 m) to the previous one are dropped.
const WEB_STEP: i64 = 30;

/// `453412` (1e-4 degrees) → `45.3412`, without float formatting noise.
fn fixed4(n: i64) -> String {
    let sign = if n < 0 { "-" } else { "" };
    let a = n.unsigned_abs();
    let frac = format!("{:04}", a % 10_000);
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        format!("{sign}{}", a / 10_000)
    } else {
        format!("{sign}{}.{frac}", a / 10_000)
    }
}

fn ring(v: &Value) -> Option<Ring> {
    v.as_array()?
        .iter()
        .map(|p| {
            let p = p.as_array()?;
            let lon = p.first()?.as_f64()?;
            let lat = p.get(1)?.as_f64()?;
            (lon.is_finite() && lat.is_finite()).then_some([lon, lat])
        })
        .collect()
}

fn polygon(v: &Value) -> Option<Vec<Ring>> {
    v.as_array()?.iter().map(ring).collect()
}

fn polygons(geometry: &Value) -> Vec<Vec<Ring>> {
    let coords = geometry.get("coordinates");
    match geometry.get("type").and_then(Value::as_str) {
        Some("Polygon") => coords.and_then(polygon).into_iter().collect(),
        Some("MultiPolygon") => coords
            .and_then(Value::as_array)
            .map(|ps| ps.iter().filter_map(polygon).collect())
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

fn bbox<'a>(points: impl Iterator<Item = &'a [f64; 2]>) -> [f64; 4] {
    let mut b = [f64::MAX, f64::MAX, f64::MIN, f64::MIN];
    for p in points {
        b[0] = b[0].min(p[0]);
        b[1] = b[1].min(p[1]);
        b[2] = b[2].max(p[0]);
        b[3] = b[3].max(p[1]);
    }
    b
}

/// An equirectangular projection onto a drawing.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Projection {
    lon0: f64,
    lat0: f64,
    coslat: f64,
    /// Drawing units per degree of latitude.
    k: f64,
    /// Offset of the drawing's origin.
    dx: f64,
    dy: f64,
}

impl Projection {
    /// Fits `bbox` (grown by `margin` of its size on each side) into a
    /// `width` × `height` box placed at (`dx`, `dy`), keeping proportions.
    pub fn fit(bbox: [f64; 4], margin: f64, width: f64, height: f64, dx: f64, dy: f64) -> Projection {
        let lat_mid = (bbox[1] + bbox[3]) / 2.0;
        let coslat = lat_mid.to_radians().cos().max(0.1);
        let w = ((bbox[2] - bbox[0]) * coslat).max(1e-6);
        let h = (bbox[3] - bbox[1]).max(1e-6);
        let k = (width / (w * (1.0 + 2.0 * margin))).min(height / (h * (1.0 + 2.0 * margin)));
        // Centre the bbox in the box.
        let cx = (bbox[0] + bbox[2]) / 2.0;
        let cy = (bbox[1] + bbox[3]) / 2.0;
        Projection {
            lon0: cx,
            lat0: cy,
            coslat,
            k,
            dx: dx + width / 2.0,
            dy: dy + height / 2.0,
        }
    }

    pub fn xy(&self, lon: f64, lat: f64) -> (f64, f64) {
        (
            self.dx + (lon - self.lon0) * self.coslat * self.k,
            self.dy - (lat - self.lat0) * self.k,
        )
    }

    /// SVG path data for polygons, rounded to 0.1 unit, dropping points
    /// closer than `min_step` to the previous one.
    pub fn path(&self, polygons: &[Vec<Ring>], min_step: f64) -> String {
        self.path_within(polygons, min_step, None)
    }

    /// [`Projection::path`], with points outside `clip` (x0, y0, x1, y1)
    /// pulled onto its edge: inside the box the drawing is the same, and a
    /// neighbour département costs only its visible part.
    pub fn path_within(&self, polygons: &[Vec<Ring>], min_step: f64, clip: Option<[f64; 4]>) -> String {
        let mut d = String::new();
        for poly in polygons {
            for ring in poly {
                let mut last: Option<(f64, f64)> = None;
                let mut n = 0;
                let start = d.len();
                for p in ring {
                    let (mut x, mut y) = self.xy(p[0], p[1]);
                    if let Some([x0, y0, x1, y1]) = clip {
                        x = x.clamp(x0, x1);
                        y = y.clamp(y0, y1);
                    }
                    if let Some((lx, ly)) = last {
                        if (x - lx).abs() < min_step && (y - ly).abs() < min_step {
                            continue;
                        }
                    }
                    let _ = write!(d, "{}{:.1} {:.1}", if n == 0 { "M" } else { "L" }, x, y);
                    last = Some((x, y));
                    n += 1;
                }
                if n < 3 {
                    d.truncate(start);
                } else {
                    d.push('Z');
                }
            }
        }
        d
    }
}

/// Size of a département's small map, in drawing units.
pub const SMALL: f64 = 300.0;

/// The small map of one département: the département, its neighbours in
/// a lighter tone, in a `SMALL` × `SMALL` drawing; with the projection
/// that places points on it.
pub fn departement_svg(all: &Outlines, code: &str) -> Option<(String, Projection)> {
    let o = all.get(code)?;
    let proj = Projection::fit(o.bbox, 0.12, SMALL, SMALL, 0.0, 0.0);
    // The drawing's extent in degrees, to pick the neighbours.
    let (x0, y0) = (
        proj.lon0 - SMALL / 2.0 / (proj.coslat * proj.k),
        proj.lat0 - SMALL / 2.0 / proj.k,
    );
    let (x1, y1) = (
        proj.lon0 + SMALL / 2.0 / (proj.coslat * proj.k),
        proj.lat0 + SMALL / 2.0 / proj.k,
    );
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {SMALL} {SMALL}\" width=\"{SMALL}\" height=\"{SMALL}\">\n\
         <rect width=\"{SMALL}\" height=\"{SMALL}\" fill=\"#e8f1fa\"/>\n"
    );
    for n in &all.list {
        let b = n.bbox;
        if n.code == o.code || b[2] < x0 || b[0] > x1 || b[3] < y0 || b[1] > y1 {
            continue;
        }
        let d = proj.path_within(&n.polygons, 0.8, Some([-5.0, -5.0, SMALL + 5.0, SMALL + 5.0]));
        if !d.is_empty() {
            w!(
                &mut svg,
                "<path d=\"{d}\" fill=\"#f6f6f6\" stroke=\"#b5b5b5\" stroke-width=\"0.8\" fill-rule=\"evenodd\"/>\n"
            );
        }
    }
    w!(
        &mut svg,
        "<path d=\"{}\" fill=\"#ffffff\" stroke=\"#000091\" stroke-width=\"1.6\" fill-rule=\"evenodd\"/>\n</svg>\n",
        proj.path(&o.polygons, 0.8)
    );
    Some((svg, proj))
}

/// France in one drawing: mainland and Corsica on the right, the overseas
/// départements (codes `97x`) in a column of insets on the left — the
/// layout of the statistics map and of the network drawing.
pub struct FranceLayout {
    pub width: f64,
    pub height: f64,
    mainland: Projection,
    /// (code, name, projection, inset box x, y, w, h).
    insets: Vec<(String, String, Projection, [f64; 4])>,
}

/// Width of the inset column.
const INSET_W: f64 = 150.0;

impl FranceLayout {
    /// The layout for a `width` × `height` drawing; `None` without any
    /// mainland outline.
    pub fn new(all: &Outlines, width: f64, height: f64) -> Option<FranceLayout> {
        let mut bbox = [f64::MAX, f64::MAX, f64::MIN, f64::MIN];
        let mut any = false;
        for o in all.list.iter().filter(|o| !o.code.starts_with("97")) {
            any = true;
            bbox = [
                bbox[0].min(o.bbox[0]),
                bbox[1].min(o.bbox[1]),
                bbox[2].max(o.bbox[2]),
                bbox[3].max(o.bbox[3]),
            ];
        }
        if !any {
            return None;
        }
        let left = INSET_W + 30.0;
        let mainland = Projection::fit(bbox, 0.02, width - left, height, left, 0.0);
        let overseas: Vec<&Outline> = all.list.iter().filter(|o| o.code.starts_with("97")).collect();
        let slot = if overseas.is_empty() {
            0.0
        } else {
            (height / overseas.len() as f64).min(120.0)
        };
        let insets = overseas
            .iter()
            .enumerate()
            .map(|(k, o)| {
                let (x, y, w, h) = (8.0, 8.0 + slot * k as f64, INSET_W, slot - 10.0);
                let proj = Projection::fit(o.bbox, 0.08, w, h - 18.0, x, y + 18.0);
                (o.code.clone(), o.nom.clone(), proj, [x, y, w, h])
            })
            .collect();
        Some(FranceLayout {
            width,
            height,
            mainland,
            insets,
        })
    }

    fn projection(&self, code: &str) -> &Projection {
        self.insets
            .iter()
            .find(|(c, ..)| c == code)
            .map_or(&self.mainland, |(_, _, p, _)| p)
    }

    /// Where a point of département `dep` goes (an overseas one in its
    /// inset).
    pub fn xy(&self, dep: Option<&str>, lat: f64, lon: f64) -> (f64, f64) {
        self.projection(dep.unwrap_or("")).xy(lon, lat)
    }

    /// The outlines, each `<path>` given its attributes (fill, stroke,
    /// a `<title>`...) by `style`; the insets framed and named.
    pub fn draw(&self, all: &Outlines, min_step: f64, style: impl Fn(&Outline) -> (String, String)) -> String {
        let mut s = String::new();
        for (_, nom, _, [x, y, w, h]) in &self.insets {
            w!(
                &mut s,
                "<rect x=\"{x:.0}\" y=\"{y:.0}\" width=\"{w:.0}\" height=\"{h:.0}\" fill=\"none\" stroke=\"#cecece\"/>\
                 <text x=\"{:.0}\" y=\"{:.0}\" font-size=\"12\">{}</text>\n",
                x + 6.0,
                y + 14.0,
                super::html::esc(nom)
            );
        }
        for o in &all.list {
            let (attrs, inner) = style(o);
            w!(
                &mut s,
                "<path d=\"{}\" {attrs} fill-rule=\"evenodd\">{inner}</path>\n",
                self.projection(&o.code).path(&o.polygons, min_step)
            );
        }
        s
    }
}
