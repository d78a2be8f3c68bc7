//! `import --update`: a row merged into the record it is about, without
//! ever replacing a fact.
//!
//! What the record does not say, the row adds (a missing value, the items
//! a list lacks, the action categories it lacks). A value the record holds
//! is never replaced: when the row says otherwise, it is a [`Conflict`],
//! reported with both values and both sources and left for a person to
//! decide (in the record, or in the source's preparation). Two exceptions
//! follow from what the values mean:
//!
//! - a name that only differs in case, accents, spaces or punctuation
//!   (« LAB 01 » and « LAB01 ») is the same name: the record's spelling is
//!   kept, without a conflict;
//! - a point is judged with its precision (`adresse.precision_point`): a
//!   row's commune centre never competes with the record's address point
//!   (it is left out, without a conflict), and a row's address point
//!   replaces a point that was only the commune's centre (an approximation
//!   the record itself marked as such, not a fact).

use super::*;

/// A value the row would change: left as the record has it.
#[derive(Debug, Clone)]
pub(super) struct Conflict {
    /// The field's path (`adresse.commune`).
    pub(super) field: String,
    /// The record's value as written; `None` when the record holds another
    /// kind of value there (a table where the row brings text).
    pub(super) record: Option<String>,
    /// The row's value.
    pub(super) row: String,
    /// The column the row's value comes from.
    pub(super) column: String,
}

/// How precise a point is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Precision {
    Address,
    CommuneCentre,
}

const LATITUDE: [&str; 2] = ["adresse", "latitude"];
const LONGITUDE: [&str; 2] = ["adresse", "longitude"];
const PRECISION: [&str; 2] = ["adresse", "precision_point"];

fn is_point_field(set: &Set) -> bool {
    set.path == LATITUDE || set.path == LONGITUDE || set.path == PRECISION
}

/// What to do with the row's point against the record's.
enum PointMerge {
    /// Merge it as any value (the record has no point, or one as precise).
    AsValues,
    /// Leave it out: the record's point is more precise.
    Keep,
    /// Replace the record's point, which was only its commune's centre.
    Replace,
}

/// The precision of the point in the record, if it has one.
fn record_point(doc: &DocumentMut) -> Option<Precision> {
    let adresse = doc.get("adresse")?.as_table_like()?;
    adresse.get("latitude")?;
    adresse.get("longitude")?;
    let commune = adresse
        .get("precision_point")
        .and_then(Item::as_str)
        .is_some_and(|p| p == crate::record::POINT_COMMUNE);
    Some(if commune {
        Precision::CommuneCentre
    } else {
        Precision::Address
    })
}

/// The precision of the row's point, if it gives one (latitude and
/// longitude).
fn row_point(sets: &[Set]) -> Option<Precision> {
    let has = |path: [&str; 2]| sets.iter().any(|s| s.path == path);
    if !(has(LATITUDE) && has(LONGITUDE)) {
        return None;
    }
    let commune = sets
        .iter()
        .any(|s| s.path == PRECISION && matches!(&s.value, Cell::Text(t) if t == crate::record::POINT_COMMUNE));
    Some(if commune {
        Precision::CommuneCentre
    } else {
        Precision::Address
    })
}

fn point_merge(doc: &DocumentMut, sets: &[Set]) -> PointMerge {
    match (record_point(doc), row_point(sets)) {
        (Some(Precision::Address), Some(Precision::CommuneCentre)) => PointMerge::Keep,
        (Some(Precision::CommuneCentre), Some(Precision::Address)) => PointMerge::Replace,
        _ => PointMerge::AsValues,
    }
}

/// The texts of the `sources` list of a document (or of a row's set).
fn texts(item: Option<&Item>) -> Vec<String> {
    item.and_then(Item::as_array)
        .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
        .unwrap_or_default()
}

impl Import<'_> {
    /// The merged text of an existing record, the fields that changed and
    /// the conflicts left for a person.
    pub(super) fn updated_record(
        &self,
        p: &Prepared,
        text: &str,
    ) -> Result<(String, Vec<String>, Vec<Conflict>), String> {
        let mut doc: DocumentMut = text
            .parse()
            .map_err(|_| ui::IMPORT_UNREADABLE_RECORD.get(self.lang).to_string())?;
        let mut changed = Vec::new();
        let mut conflicts = Vec::new();
        let point = point_merge(&doc, &p.sets);
        let record_name = doc.get("nom").and_then(Item::as_str).map(matching::name_key);
        for set in &p.sets {
            let outcome = match (&set.value, &point) {
                (Cell::Actions(actions), _) => merge_actions(&mut doc, actions),
                (_, PointMerge::Keep) if is_point_field(set) => Merge::Unchanged,
                (_, PointMerge::Replace) if is_point_field(set) => replace(&mut doc, set),
                (Cell::Text(nom), _) if set.path == ["nom"] && record_name == Some(matching::name_key(nom)) => {
                    Merge::Unchanged
                }
                _ => merge(&mut doc, set),
            };
            let row = || merge::shown(&toml_value(&set.value));
            match outcome {
                Merge::Changed => changed.push(set.path.join(".")),
                Merge::Conflict => conflicts.push(Conflict {
                    field: set.path.join("."),
                    record: None,
                    row: row(),
                    column: set.column.clone(),
                }),
                Merge::Differs(record) => conflicts.push(Conflict {
                    field: set.path.join("."),
                    record: Some(record),
                    row: row(),
                    column: set.column.clone(),
                }),
                Merge::Unchanged => {}
            }
        }
        // A point at the address replaces a commune's centre: the record's
        // `precision_point = "commune"` goes with it.
        if let PointMerge::Replace = point {
            if !p.sets.iter().any(|s| s.path == PRECISION) {
                if let Some(adresse) = doc.get_mut("adresse").and_then(Item::as_table_like_mut) {
                    if adresse.remove("precision_point").is_some() {
                        changed.push(PRECISION.join("."));
                    }
                }
            }
        }
        if !changed.is_empty() && !p.sets.iter().any(|s| s.path == ["sources"]) {
            if let Merge::Changed = merge(&mut doc, &self.default_source()) {
                changed.push("sources".into());
            }
        }
        let merged = doc.to_string();
        // A file that was in the canonical layout stays so (`fmt --check`).
        let canonical = matches!(format::format(text, &self.layout), Ok(f) if f == text);
        let merged = if canonical {
            format::format(&merged, &self.layout).unwrap_or(merged)
        } else {
            merged
        };
        Ok((merged, changed, conflicts))
    }

    /// The sources of the row (its `sources` cell, or the sheet), for a
    /// conflict's message.
    pub(super) fn row_sources(&self, p: &Prepared) -> Vec<String> {
        let set = p.sets.iter().find(|s| s.path == ["sources"]);
        match set.map(|s| &s.value) {
            Some(Cell::Texts(t)) => t.clone(),
            Some(Cell::Text(t)) => vec![t.clone()],
            _ => match self.default_source().value {
                Cell::Texts(t) => t,
                _ => Vec::new(),
            },
        }
    }
}

/// The sources a record's text gives.
pub(super) fn record_sources(text: &str) -> Vec<String> {
    text.parse::<DocumentMut>()
        .map(|doc| texts(doc.get("sources")))
        .unwrap_or_default()
}
