//! Values into TOML, through `toml_edit`: a new record's document, or a
//! row merged into an existing file keeping its comments and layout —
//! adding what the file lacks, never replacing a value it holds.

use super::*;

pub(super) fn toml_value(cell: &Cell) -> Value {
    match cell {
        Cell::Text(s) => Value::from(s.as_str()),
        Cell::Bool(b) => Value::from(*b),
        Cell::Int(i) => Value::from(*i),
        Cell::Float(f) => Value::from(*f),
        Cell::Texts(items) => Value::Array(items.iter().map(|s| s.as_str()).collect::<Array>()),
        Cell::Actions(_) => Value::Array(Array::new()),
        Cell::Value(v) => v.0.clone(),
    }
}

pub(super) fn action_table(a: &ActionCell) -> Table {
    let mut t = Table::new();
    let categorie = match a.categories.as_slice() {
        [one] => Value::from(one.as_str()),
        many => Value::Array(many.iter().map(|s| s.as_str()).collect::<Array>()),
    };
    t.insert("categorie", Item::Value(categorie));
    if let Some(s) = &a.sous_action {
        t.insert("sous_action", Item::Value(Value::from(s.as_str())));
    }
    if let Some(p) = &a.precision {
        t.insert("precision", Item::Value(Value::from(p.as_str())));
    }
    if let Some(statut) = &a.statut {
        t.insert("statut", Item::Value(Value::from(statut.as_str())));
    }
    t
}

/// The table-like at `path` (created when missing: a section under the
/// root, an inline table deeper, as the format writes them); `None` when
/// the file holds something else there.
pub(super) fn table_at<'d>(doc: &'d mut DocumentMut, path: &[String]) -> Option<&'d mut dyn TableLike> {
    let mut current: &mut dyn TableLike = doc.as_table_mut();
    for (depth, seg) in path.iter().enumerate() {
        if current.get(seg).is_none() {
            let item = if depth == 0 {
                Item::Table(Table::new())
            } else {
                Item::Value(Value::InlineTable(InlineTable::new()))
            };
            current.insert(seg, item);
        }
        current = current.get_mut(seg)?.as_table_like_mut()?;
    }
    Some(current)
}

/// The existing value is the same as the one the sheet brings.
pub(super) fn same(existing: &Value, new: &Value) -> bool {
    match (existing, new) {
        (Value::String(a), Value::String(b)) => a.value() == b.value(),
        (Value::Integer(a), Value::Integer(b)) => a.value() == b.value(),
        (Value::Float(a), Value::Float(b)) => a.value() == b.value(),
        (Value::Boolean(a), Value::Boolean(b)) => a.value() == b.value(),
        (Value::Datetime(a), Value::Datetime(b)) => a.value() == b.value(),
        (Value::Array(a), Value::Array(b)) => a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| same(x, y)),
        (Value::InlineTable(a), Value::InlineTable(b)) => {
            a.len() == b.len() && a.iter().all(|(k, x)| b.get(k).is_some_and(|y| same(x, y)))
        }
        _ => false,
    }
}

/// What merging one field did.
pub(super) enum Merge {
    Unchanged,
    Changed,
    /// The file holds another kind of value there: left alone.
    Conflict,
    /// The file holds another value there, written here as in the file:
    /// left alone, for a person to decide (a fact is never overwritten).
    Differs(String),
}

/// A value as a person reads it in a message: text without its quotes.
pub(super) fn shown(v: &Value) -> String {
    match v {
        Value::String(s) => s.value().clone(),
        other => other.to_string().trim().to_string(),
    }
}

/// Writes `set` into `doc` where the file says nothing: a missing value is
/// added (with the set's note as a comment), a list gets the items it
/// lacks; a value the file holds already is never replaced
/// ([`Merge::Differs`] when the row says otherwise).
pub(super) fn merge(doc: &mut DocumentMut, set: &Set) -> Merge {
    let (leaf, parents) = set.path.split_last().expect("paths are not empty");
    let Some(table) = table_at(doc, parents) else {
        return Merge::Conflict;
    };
    let mut new = toml_value(&set.value);
    match table.get_mut(leaf) {
        None => {
            if let Some(note) = &set.note {
                new.decor_mut()
                    .set_suffix(format!("  # {}", note.replace(['\r', '\n'], " ")));
            }
            table.insert(leaf, Item::Value(new));
            Merge::Changed
        }
        Some(Item::Value(Value::Array(existing))) => match new {
            Value::Array(items) => {
                let mut changed = false;
                for item in items.iter() {
                    let present = existing.iter().any(|e| same(e, item));
                    if !present {
                        push_like(existing, item.clone());
                        changed = true;
                    }
                }
                if changed {
                    Merge::Changed
                } else {
                    Merge::Unchanged
                }
            }
            _ => Merge::Conflict,
        },
        Some(Item::Value(existing)) => {
            if matches!(new, Value::Array(_)) {
                return Merge::Conflict;
            }
            if same(existing, &new) {
                return Merge::Unchanged;
            }
            Merge::Differs(shown(existing))
        }
        Some(_) => Merge::Conflict,
    }
}

/// Replaces the value at `set.path` (its comments kept): only for a point
/// that was only its commune's centre (see `Import::point_sets`).
pub(super) fn replace(doc: &mut DocumentMut, set: &Set) -> Merge {
    let (leaf, parents) = set.path.split_last().expect("paths are not empty");
    let Some(table) = table_at(doc, parents) else {
        return Merge::Conflict;
    };
    let new = toml_value(&set.value);
    match table.get_mut(leaf) {
        Some(Item::Value(existing)) if same(existing, &new) => Merge::Unchanged,
        Some(Item::Value(existing)) => {
            let decor = existing.decor().clone();
            *existing = new;
            *existing.decor_mut() = decor;
            Merge::Changed
        }
        _ => merge(doc, set),
    }
}

/// Appends to an array laid out as the file lays it: on a new line, with
/// the indentation of the last item, when the items are one per line.
pub(super) fn push_like(array: &mut Array, mut item: Value) {
    let prefix = array
        .iter()
        .last()
        .and_then(|v| v.decor().prefix())
        .and_then(|p| p.as_str())
        .and_then(|p| p.rsplit_once('\n'))
        .map(|(_, indent)| format!("\n{indent}"));
    match prefix {
        Some(prefix) => {
            item.decor_mut().set_prefix(prefix);
            item.decor_mut().set_suffix("");
            array.push_formatted(item);
        }
        None => array.push(item),
    }
}

/// The actions the file already holds, as (categories, sub-action).
pub(super) fn actions_in(doc: &DocumentMut) -> HashSet<(Vec<String>, Option<String>)> {
    let categories = |v: Option<&Value>| -> Vec<String> {
        match v {
            Some(Value::String(s)) => vec![s.value().clone()],
            Some(Value::Array(a)) => a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect(),
            _ => Vec::new(),
        }
    };
    let detail = |v: Option<&Value>| v.and_then(Value::as_str).map(str::to_string);
    let detail_of = |t: &dyn TableLike| {
        detail(t.get("sous_action").and_then(Item::as_value))
            .or_else(|| detail(t.get("precision").and_then(Item::as_value)))
    };
    let mut out = HashSet::new();
    match doc.get("actions") {
        Some(Item::ArrayOfTables(a)) => {
            for t in a.iter() {
                out.insert((categories(t.get("categorie").and_then(Item::as_value)), detail_of(t)));
            }
        }
        Some(Item::Value(Value::Array(a))) => {
            for t in a.iter().filter_map(Value::as_inline_table) {
                out.insert((categories(t.get("categorie")), detail_of(t)));
            }
        }
        _ => {}
    }
    out
}

/// Adds the actions the file does not have yet (same categories and
/// sub-action).
pub(super) fn merge_actions(doc: &mut DocumentMut, actions: &[ActionCell]) -> Merge {
    let present = actions_in(doc);
    let new: Vec<&ActionCell> = actions
        .iter()
        .filter(|a| !present.contains(&(a.categories.clone(), a.detail())))
        .collect();
    if new.is_empty() {
        return Merge::Unchanged;
    }
    let item = doc
        .as_table_mut()
        .entry("actions")
        .or_insert(Item::ArrayOfTables(ArrayOfTables::new()));
    match item {
        Item::ArrayOfTables(a) => {
            for action in new {
                a.push(action_table(action));
            }
            Merge::Changed
        }
        Item::Value(Value::Array(a)) if a.iter().all(Value::is_inline_table) => {
            for action in new {
                a.push(Value::InlineTable(action_table(action).into_inline_table()));
            }
            Merge::Changed
        }
        _ => Merge::Conflict,
    }
}

/// Where a value of the final text came from: (byte range, column).
pub(super) fn column_spans(text: &str, sets: &[Set]) -> Vec<(Range<usize>, String)> {
    let Ok(doc) = toml_edit::Document::parse(text) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for set in sets {
        let mut item: Option<&Item> = Some(doc.as_item());
        for seg in &set.path {
            item = item.and_then(Item::as_table_like).and_then(|t| t.get(seg));
        }
        match item {
            Some(Item::ArrayOfTables(a)) => {
                out.extend(a.iter().filter_map(|t| t.span()).map(|r| (r, set.column.clone())));
            }
            Some(i) => {
                if let Some(r) = i.span() {
                    out.push((r, set.column.clone()));
                }
            }
            None => {}
        }
    }
    out
}
