//! A GeoJSON FeatureCollection read as a sheet: one row per feature, one
//! column per property name (in the order names first appear), and the
//! columns `geometry.latitude` and `geometry.longitude` from a `Point`
//! geometry (RFC 7946: `[longitude, latitude]`), which name the record's
//! `adresse.latitude` / `adresse.longitude` like any column (`--map
//! "geometry.latitude=-"` leaves the point out).
//!
//! Nothing here knows a particular publisher: properties are matched to
//! fields by name, or with `--map`, exactly as a CSV sheet's columns. A
//! property's value becomes a cell as a spreadsheet would write it: text
//! as is, numbers in their shortest exact form, `true`/`false`, `null` as
//! an empty cell, an array's items one per line (a list), an object as its
//! JSON text (kept, then reported by `validate` where it lands). A feature
//! without geometry (`null`, an empty collection) has no coordinates; a
//! geometry other than a point is not a place's point and is left out,
//! with a note. A row's line is the line its feature starts on.

use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use super::*;

/// The geometry columns' names.
pub(super) const LATITUDE: &str = "geometry.latitude";
pub(super) const LONGITUDE: &str = "geometry.longitude";

#[derive(Deserialize)]
struct Collection<'a> {
    #[serde(rename = "type")]
    kind: Option<String>,
    #[serde(borrow, default)]
    features: Option<Vec<&'a RawValue>>,
}

#[derive(Deserialize)]
struct Feature {
    #[serde(default)]
    properties: Option<Map<String, Value>>,
    #[serde(default)]
    geometry: Option<Value>,
}

/// The header, the rows and the notes of a FeatureCollection.
pub(super) fn read(text: &str, shown: &str, lang: Lang) -> Result<(Vec<String>, Vec<Row>, Vec<String>)> {
    let bad = |detail: String| {
        anyhow!(say(
            &ui::IMPORT_BAD_GEOJSON,
            lang,
            &[("fichier", shown.into()), ("detail", detail)]
        ))
    };
    let collection: Collection<'_> = serde_json::from_str(text).map_err(|e| bad(e.to_string()))?;
    let (Some("FeatureCollection"), Some(raw)) = (collection.kind.as_deref(), collection.features) else {
        return Err(bad(ui::IMPORT_NOT_COLLECTION.get(lang).to_string()));
    };
    let mut features = Vec::with_capacity(raw.len());
    for r in raw {
        // The feature's text is a slice of the file: its offset gives its line.
        let offset = (r.get().as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
        let line = 1 + text.as_bytes()[..offset.min(text.len())]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u64;
        let f: Feature =
            serde_json::from_str(r.get()).map_err(|e| bad(format!("{} {line} : {e}", ui::LINE.get(lang))))?;
        features.push((line, f));
    }
    let mut headers: Vec<String> = Vec::new();
    for (_, f) in &features {
        for k in f.properties.iter().flat_map(|p| p.keys()) {
            if !headers.contains(k) {
                headers.push(k.clone());
            }
        }
    }
    let points: Vec<Option<(String, String)>> = features.iter().map(|(_, f)| point(f.geometry.as_ref())).collect();
    let with_points = points.iter().any(Option::is_some);
    if with_points {
        headers.push(LATITUDE.to_string());
        headers.push(LONGITUDE.to_string());
    }
    let mut others: Vec<String> = Vec::new();
    let mut rows = Vec::with_capacity(features.len());
    for ((line, f), point) in features.iter().zip(points) {
        if point.is_none() {
            if let Some(kind) = other_geometry(f.geometry.as_ref()) {
                others.push(format!("{shown}:{line} ({kind})"));
            }
        }
        let props = f.properties.as_ref();
        let mut cells: Vec<String> = headers
            .iter()
            .take(headers.len() - if with_points { 2 } else { 0 })
            .map(|h| props.and_then(|p| p.get(h)).map_or(String::new(), cell))
            .collect();
        if with_points {
            let (lat, lon) = point.unwrap_or_default();
            cells.push(lat);
            cells.push(lon);
        }
        if cells.iter().all(String::is_empty) {
            continue;
        }
        rows.push(Row {
            order: Vec::new(),
            line: *line,
            cells,
            excess: None,
        });
    }
    let mut notes = Vec::new();
    if !others.is_empty() {
        notes.push(say(
            &ui::IMPORT_NOT_A_POINT,
            lang,
            &[("nombre", others.len().to_string()), ("entites", others.join(", "))],
        ));
    }
    Ok((headers, rows, notes))
}

/// A property's value as a cell.
fn cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.trim().to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => number(n),
        Value::Array(items) => items
            .iter()
            .map(cell)
            .filter(|c| !c.is_empty())
            .collect::<Vec<_>>()
            .join("\n"),
        Value::Object(_) => v.to_string(),
    }
}

/// A number in its shortest exact form (`5.908848946717628`, `42`).
fn number(n: &serde_json::Number) -> String {
    match (n.as_i64(), n.as_f64()) {
        (Some(i), _) => i.to_string(),
        (None, Some(f)) => f.to_string(),
        _ => n.to_string(),
    }
}

/// `(latitude, longitude)` of a `Point` geometry with two finite numbers.
fn point(g: Option<&Value>) -> Option<(String, String)> {
    let g = g?.as_object()?;
    if g.get("type")?.as_str()? != "Point" {
        return None;
    }
    let c = g.get("coordinates")?.as_array()?;
    let (lon, lat) = (c.first()?.as_f64()?, c.get(1)?.as_f64()?);
    (lon.is_finite() && lat.is_finite()).then(|| (lat.to_string(), lon.to_string()))
}

/// The type of a geometry that is neither absent, empty, nor a point.
fn other_geometry(g: Option<&Value>) -> Option<String> {
    let g = g?.as_object()?;
    let kind = g.get("type")?.as_str()?;
    let empty = match kind {
        "GeometryCollection" => g.get("geometries").and_then(Value::as_array).is_none_or(Vec::is_empty),
        _ => g.get("coordinates").and_then(Value::as_array).is_none_or(Vec::is_empty),
    };
    (!empty).then(|| kind.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_become_rows_at_their_line_with_their_exact_point() {
        let text = "{\"type\": \"FeatureCollection\", \"features\": [\n{\"type\": \"Feature\", \"properties\": {\"nom\": \"La Dynamo\", \"n\": 40, \"ok\": true, \"rien\": null}, \"geometry\": {\"type\": \"Point\", \"coordinates\": [5.908848946717628, 45.583070002396084]}},\n{\"type\": \"Feature\", \"properties\": {\"nom\": \"ANIS\", \"liste\": [\"a\", \"b\"]}, \"geometry\": null},\n{\"type\": \"Feature\", \"properties\": {\"nom\": \"Zone\"}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[0, 0], [1, 0], [0, 1], [0, 0]]]}}\n]}\n";
        let (headers, rows, notes) = read(text, "f.geojson", Lang::Fr).unwrap();
        assert_eq!(headers, ["nom", "n", "ok", "rien", "liste", LATITUDE, LONGITUDE]);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0].line, 2);
        assert_eq!(rows[0].cells[..5], ["La Dynamo", "40", "true", "", ""]);
        // The same numbers, in their shortest exact form (regression: with
        // serde_json's default float parser, 45.583070002396084 was read
        // one unit in the last place off).
        let number = |s: &str| s.parse::<f64>().unwrap();
        assert_eq!(number(&rows[0].cells[5]), number("45.583070002396084"));
        assert_eq!(rows[0].cells[6], "5.908848946717628");
        assert_eq!(
            (rows[1].line, rows[1].cells[4].as_str(), rows[1].cells[5].as_str()),
            (3, "a\nb", "")
        );
        assert_eq!(rows[2].cells[5], "");
        assert_eq!(notes.len(), 1, "{notes:?}");
        assert!(notes[0].contains("f.geojson:4 (Polygon)"), "{notes:?}");
    }

    #[test]
    fn a_json_document_that_is_not_a_feature_collection_is_refused() {
        for text in [
            "{\"type\": \"Feature\"}",
            "{\"features\": 3}",
            "{\"type\": \"FeatureCollection\"",
        ] {
            assert!(read(text, "f.json", Lang::Fr).is_err(), "{text}");
        }
    }
}
