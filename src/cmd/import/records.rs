//! The JSON of `export --json` (an array of records) and `export --jsonl`
//! (one record per line) read as a sheet, so that export → import gives
//! the records back as they were.
//!
//! Each record becomes a row of the columns `export --csv` would write
//! for it, in the cell grammar of `export::cell` (text escaped where it
//! would be lost, lists joined with ` | `, actions, links and exceptions
//! as JSON cells): one reading of cells, whatever the file. Nested tables
//! give dotted columns (`adresse.voie`, `consortium.collectivites`);
//! what the export derives (`code_insee` at the top, `departement`,
//! `region`, `erreurs`) and the shape's `version` are left out. A row's line is the line its record starts on.

use serde_json::value::RawValue;
use serde_json::{Map, Value as Json};

use super::*;
use crate::export::cell;

/// What the export derives from a record (the top-level `code_insee` is
/// the commune's, the record's own is `adresse.code_insee`), and the
/// version of the JSON shape: never read back.
const DERIVED: &[&str] = &["code_insee", "departement", "region", "erreurs", "version"];

/// Whether a JSON text is records (`export --json` or `--jsonl`) rather
/// than a GeoJSON FeatureCollection: an array, or a first line that is an
/// object without `type`.
pub(super) fn is_records(text: &str) -> bool {
    let text = text.trim_start();
    if text.starts_with('[') {
        return true;
    }
    let first = text.lines().next().unwrap_or_default();
    matches!(serde_json::from_str::<Json>(first), Ok(Json::Object(o)) if !o.contains_key("type"))
}

/// The header, rows and notes of a JSON array or JSON Lines of records.
pub(super) fn read(text: &str, shown: &str, lang: Lang) -> Result<(Vec<String>, Vec<Row>, Vec<String>)> {
    let bad = |detail: String| {
        anyhow!(say(
            &ui::IMPORT_BAD_JSON,
            lang,
            &[("fichier", shown.into()), ("detail", detail)]
        ))
    };
    let line_of = |raw: &str| {
        let offset = (raw.as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
        1 + text.as_bytes()[..offset.min(text.len())]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u64
    };
    let mut records: Vec<(u64, Map<String, Json>)> = Vec::new();
    let mut push = |line: u64, raw: &str| -> Result<()> {
        match serde_json::from_str(raw) {
            Ok(Json::Object(o)) => {
                records.push((line, o));
                Ok(())
            }
            Ok(_) => Err(bad(format!(
                "{} {line} : {}",
                ui::LINE.get(lang),
                ui::IMPORT_NOT_RECORD.get(lang)
            ))),
            Err(e) => Err(bad(format!("{} {line} : {e}", ui::LINE.get(lang)))),
        }
    };
    if text.trim_start().starts_with('[') {
        let raw: Vec<&RawValue> = serde_json::from_str(text).map_err(|e| bad(e.to_string()))?;
        for r in raw {
            push(line_of(r.get()), r.get())?;
        }
    } else {
        for (i, l) in text.lines().enumerate() {
            if !l.trim().is_empty() {
                push(i as u64 + 1, l)?;
            }
        }
    }
    // Columns in the order their names first appear.
    let mut headers: Vec<String> = Vec::new();
    let mut cells: Vec<Vec<(usize, String)>> = Vec::with_capacity(records.len());
    for (_, record) in &records {
        let mut flat = Vec::new();
        flatten(record, "", &mut flat);
        let row = flat
            .into_iter()
            .map(|(column, value)| {
                let i = headers.iter().position(|h| *h == column).unwrap_or_else(|| {
                    headers.push(column);
                    headers.len() - 1
                });
                (i, value)
            })
            .collect();
        cells.push(row);
    }
    let rows = records
        .iter()
        .zip(cells)
        .map(|((line, _), placed)| {
            let mut cells = vec![String::new(); headers.len()];
            let mut order = Vec::with_capacity(placed.len());
            for (i, value) in placed {
                cells[i] = value;
                order.push(i);
            }
            Row {
                line: *line,
                cells,
                excess: None,
                order,
            }
        })
        .collect();
    Ok((headers, rows, Vec::new()))
}

/// The columns of one record: (column, cell).
fn flatten(o: &Map<String, Json>, prefix: &str, out: &mut Vec<(String, String)>) {
    for (key, v) in o {
        if prefix.is_empty() && DERIVED.contains(&key.as_str()) {
            continue;
        }
        let column = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        let column = match column.as_str() {
            // Every action whole, as `export --csv` writes it.
            "actions" => "actions_json".to_string(),
            _ => column,
        };
        let cell = match v {
            Json::Null => String::new(),
            Json::String(s) if column == "id" => s.clone(),
            Json::String(s) => cell::text(s),
            Json::Bool(b) => b.to_string(),
            Json::Number(n) => n.to_string(),
            // An empty list too: an empty cell.
            Json::Array(items) if items.iter().all(Json::is_string) => {
                cell::list(items.iter().filter_map(Json::as_str), true)
            }
            Json::Array(_) => v.to_string(),
            Json::Object(annual) if column == "financement.annuel" => annual
                .iter()
                .map(|(year, amount)| format!("{year} : {amount}"))
                .collect::<Vec<_>>()
                .join(cell::JOIN),
            Json::Object(inner) => {
                flatten(inner, &column, out);
                continue;
            }
        };
        out.push((column, cell::protect_apostrophe(&cell).into_owned()));
    }
}
