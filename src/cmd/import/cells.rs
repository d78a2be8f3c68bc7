//! Cells into values: yes/no, codes by label, numbers with spaces and
//! decimal commas, lists, actions; a row into the fields it sets. A cell
//! that cannot be converted is kept as written.

use super::*;

/// An action cell: categories (codes, or as written) and status.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct ActionCell {
    pub(super) categories: Vec<String>,
    /// `None` for « non renseigné » (`list` shows an action without a
    /// status so): the record gets an action without a status, as the
    /// sheet says.
    pub(super) statut: Option<String>,
    pub(super) sous_action: Option<String>,
    /// What an `autre` action is.
    pub(super) precision: Option<String>,
}

impl ActionCell {
    /// What the action says beside its categories, to tell two actions of
    /// the same categories apart.
    pub(super) fn detail(&self) -> Option<String> {
        self.sous_action.clone().or_else(|| self.precision.clone())
    }
}

/// A converted cell. A cell that could not be converted is kept as `Text`,
/// as written, for `validate` to report.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Cell {
    Text(String),
    Bool(bool),
    Int(i64),
    Float(f64),
    Texts(Vec<String>),
    Actions(Vec<ActionCell>),
    /// A value read whole from a JSON cell (links, exceptions) or a
    /// `financement_annuel` cell: written as it is.
    Value(Written),
}

/// A TOML value ready to be written (compared by its text).
#[derive(Debug, Clone)]
pub(super) struct Written(pub(super) toml_edit::Value);

impl PartialEq for Written {
    fn eq(&self, other: &Written) -> bool {
        self.0.to_string() == other.0.to_string()
    }
}

/// The code of a vocabulary entry written as its code or its label,
/// regardless of case and accents; `None` when nothing matches.
pub(super) fn code_of(vocab: &Vocabularies, name: &str, cell: &str) -> Option<String> {
    let v = vocab.get(name);
    if v.contains(cell) {
        return Some(cell.to_string());
    }
    let f = fold(cell);
    v.entries
        .iter()
        .find(|e| fold(&e.code) == f || fold(&e.libelle) == f)
        .map(|e| e.code.to_string())
}

/// `oui` / `non` and their usual spellings.
pub(super) fn parse_bool(cell: &str) -> Option<bool> {
    match fold(cell).as_str() {
        "oui" | "o" | "x" | "vrai" | "true" | "yes" | "y" | "1" => Some(true),
        "non" | "n" | "faux" | "false" | "no" | "0" => Some(false),
        _ => None,
    }
}

pub(super) fn without_spaces(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace() && *c != '\u{202f}').collect()
}

pub(super) fn split_list(cell: &str, commas: bool) -> Vec<String> {
    crate::export::cell::unneutralise(cell)
        .split(|c| c == '|' || c == '\n' || (commas && (c == ',' || c == ';')))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// `fablab`, `coworking / mobilite (commence)`; with `status`, an item of
/// an `export --csv` action column: `coworking+mobilite : sous-action`.
pub(super) fn parse_action(vocab: &Vocabularies, item: &str, status: Option<&str>) -> ActionCell {
    let (item, detail) = match item.split_once(" : ") {
        Some((cats, detail)) if !detail.trim().is_empty() => (cats, Some(detail.trim().to_string())),
        _ => (item, None),
    };
    let (cats, statut) = match (status, item.strip_suffix(')').and_then(|s| s.rsplit_once('('))) {
        (Some(s), _) => (item, s),
        (None, Some((cats, statut))) => (cats, statut.trim()),
        (None, None) => (item, "fait"),
    };
    let categories: Vec<String> = cats
        .split(['/', '+'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(|c| code_of(vocab, "categories", c).unwrap_or_else(|| c.to_string()))
        .collect();
    let statut = (fold(statut) != fold(NOT_RECORDED))
        .then(|| code_of(vocab, "statuts_action", statut).unwrap_or_else(|| statut.to_string()));
    // `export --csv` writes the precision of an `autre` action where
    // others have their sub-action.
    let autre = categories.iter().any(|c: &String| c == "autre");
    let (sous_action, precision) = if autre { (None, detail) } else { (detail, None) };
    ActionCell {
        categories,
        statut,
        sous_action,
        precision,
    }
}

/// A JSON cell's array (`actions_json`, `liens`, `validation_ignorer`).
fn json_array(cell: &str) -> Option<Vec<serde_json::Map<String, serde_json::Value>>> {
    let v: serde_json::Value = serde_json::from_str(cell).ok()?;
    v.as_array()?.iter().map(|o| o.as_object().cloned()).collect()
}

fn json_text(o: &serde_json::Map<String, serde_json::Value>, key: &str) -> Option<String> {
    o.get(key).and_then(serde_json::Value::as_str).map(str::to_string)
}

/// The `actions_json` cell of `export --csv`: every action whole.
fn actions_json(cell: &str) -> Option<Vec<ActionCell>> {
    json_array(cell)?
        .iter()
        .map(|o| {
            let categories = match o.get("categorie")? {
                serde_json::Value::String(s) => vec![s.clone()],
                serde_json::Value::Array(a) => a
                    .iter()
                    .map(|c| c.as_str().map(str::to_string))
                    .collect::<Option<_>>()?,
                _ => return None,
            };
            Some(ActionCell {
                categories,
                statut: json_text(o, "statut"),
                sous_action: json_text(o, "sous_action"),
                precision: json_text(o, "precision"),
            })
        })
        .collect()
}

/// A JSON cell of tables (`liens`, `validation_ignorer`) as an array of
/// inline tables, their keys in `keys`' order; a `date` that is a date
/// becomes a TOML date.
fn tables_json(cell: &str, keys: &[&str]) -> Option<Value> {
    let mut array = Array::new();
    for o in json_array(cell)? {
        if o.keys().any(|k| !keys.contains(&k.as_str())) {
            return None;
        }
        let mut t = InlineTable::new();
        for key in keys {
            let Some(v) = o.get(*key).filter(|v| !v.is_null()) else {
                continue;
            };
            let text = v.as_str()?;
            let value = match text.parse::<toml_edit::Datetime>() {
                Ok(d) if *key == "date" && d.date.is_some() && d.time.is_none() => Value::from(d),
                _ => Value::from(text),
            };
            t.insert(*key, value);
        }
        array.push(Value::InlineTable(t));
    }
    Some(Value::Array(array))
}

/// `2020 : 50000 | 2021 : 50000` as `{ 2020 = 50000, 2021 = 50000 }`.
fn annual(cell: &str) -> Option<Value> {
    let mut t = InlineTable::new();
    for item in split_list(cell, false) {
        let (year, amount) = item.split_once(':').or_else(|| item.split_once('='))?;
        let year = year.trim();
        annual_year(&format!("financement.annuel.{year}"))?;
        let amount: i64 = without_spaces(amount).trim_end_matches('€').parse().ok()?;
        t.insert(year, Value::from(amount));
    }
    Some(Value::InlineTable(t))
}

pub(super) fn convert(kind: Kind, written: &str, vocab: &Vocabularies) -> Cell {
    use crate::export::cell::{read_list, read_text, unneutralise};
    // The cell as a spreadsheet user wrote it: the formula mark and the
    // spaces around it gone, its escapes resolved.
    let text = read_text(written);
    let cell = text.as_str();
    let raw = || Cell::Text(cell.to_string());
    match kind {
        Kind::Text => raw(),
        Kind::Code(v) => code_of(vocab, v, cell).map_or_else(raw, Cell::Text),
        Kind::Bool => parse_bool(cell).map_or_else(raw, Cell::Bool),
        Kind::Int => without_spaces(cell).parse().map_or_else(|_| raw(), Cell::Int),
        Kind::Amount => without_spaces(cell)
            .trim_end_matches('€')
            .trim_end_matches("EUR")
            .parse()
            .map_or_else(|_| raw(), Cell::Int),
        Kind::Float => cell
            .replace(',', ".")
            .parse::<f64>()
            .ok()
            .filter(|f| f.is_finite())
            .map_or_else(raw, Cell::Float),
        Kind::PostalCode => {
            let s = without_spaces(cell);
            if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) {
                Cell::Text(format!("0{s}"))
            } else {
                Cell::Text(s)
            }
        }
        Kind::Siret => Cell::Text(without_spaces(cell)),
        Kind::Texts => Cell::Texts(read_list(written, false)),
        Kind::Codes(v) => Cell::Texts(
            read_list(written, true)
                .into_iter()
                .map(|c| code_of(vocab, v, &c).unwrap_or(c))
                .collect(),
        ),
        Kind::ActionsAt(status) => Cell::Actions(
            // Sub-actions hold commas: items are separated by ` | ` only.
            split_list(written, false)
                .iter()
                .map(|item| parse_action(vocab, item, Some(status)))
                .collect(),
        ),
        Kind::Actions => Cell::Actions(
            split_list(written, true)
                .iter()
                .map(|item| parse_action(vocab, item, None))
                .collect(),
        ),
        // A JSON cell that is not what it should be is kept as written,
        // for `validate` to report where it lands.
        Kind::ActionsJson => actions_json(unneutralise(written).trim()).map_or_else(raw, Cell::Actions),
        Kind::Liens => {
            tables_json(unneutralise(written).trim(), crate::schema::LIEN).map_or_else(raw, |v| Cell::Value(Written(v)))
        }
        Kind::Exceptions => tables_json(unneutralise(written).trim(), crate::schema::EXCEPTION)
            .map_or_else(raw, |v| Cell::Value(Written(v))),
        Kind::Annual => annual(cell).map_or_else(raw, |v| Cell::Value(Written(v))),
    }
}

/// One field a row fills.
#[derive(Debug, Clone)]
pub(super) struct Set {
    pub(super) path: Vec<String>,
    pub(super) value: Cell,
    pub(super) column: String,
    /// A comment written after the value when the import adds it (how a
    /// derived value was found).
    pub(super) note: Option<String>,
}

/// A row as fields.
pub(super) struct Prepared {
    pub(super) line: u64,
    pub(super) id: Result<String, String>,
    /// The id comes from an `id` column, not from the name.
    pub(super) explicit_id: bool,
    pub(super) nom: Option<String>,
    pub(super) sets: Vec<Set>,
    /// Cells of the comment columns: (column, text), for a new record.
    pub(super) comments: Vec<(String, String)>,
}

/// The postal code of the row's commune when its INSEE code designates a
/// commune that has only one, and the row gives none (a commune with
/// several is left without: the INSEE code is the official key).
fn derived_postal_code(sets: &[Set], lang: Lang) -> Option<Set> {
    if sets.iter().any(|s| s.path == ["adresse", "code_postal"]) {
        return None;
    }
    let insee = sets.iter().find(|s| s.path == ["adresse", "code_insee"])?;
    let Cell::Text(code) = &insee.value else { return None };
    let commune = Geo::get().current_commune(code.trim())?;
    let [cp] = commune.codes_postaux.as_slice() else {
        return None;
    };
    Some(Set {
        path: vec!["adresse".into(), "code_postal".into()],
        value: Cell::Text(cp.to_string()),
        column: insee.column.clone(),
        note: Some(say(
            &ui::IMPORT_DERIVED_POSTAL_CODE,
            lang,
            &[
                ("code", commune.code_insee.to_string()),
                ("commune", commune.nom.to_string()),
            ],
        )),
    })
}

pub(super) fn prepare(row: &Row, sheet: &Sheet, fields: &Fields, vocab: &Vocabularies, lang: Lang) -> Prepared {
    let mut sets: Vec<Set> = Vec::new();
    let mut id_cell = None;
    let mut links = Vec::new();
    let mut comments = Vec::new();
    let natural: Vec<usize> = (0..sheet.columns.len().min(row.cells.len())).collect();
    let order = if row.order.is_empty() { &natural } else { &row.order };
    for &i in order {
        let (column, cell) = (&sheet.columns[i], &row.cells[i]);
        let Some(field) = &column.field else { continue };
        if cell.trim().is_empty() {
            continue;
        }
        match field.as_str() {
            ID => id_cell = Some(cell.trim().to_string()),
            LIEN => links.push((crate::export::cell::read_text(cell), column.name.clone())),
            COMMENT => comments.push((column.name.clone(), crate::export::cell::read_text(cell))),
            path => {
                let Some(kind) = fields.kind(path) else { continue };
                sets.push(Set {
                    path: path.split('.').map(str::to_string).collect(),
                    value: convert(kind, cell, vocab),
                    column: column.name.clone(),
                    note: None,
                });
            }
        }
    }
    // A sheet with a postal code column says which rows have none.
    let postal_column = sheet
        .columns
        .iter()
        .any(|c| c.field.as_deref() == Some("adresse.code_postal"));
    if !postal_column {
        sets.extend(derived_postal_code(&sets, lang));
    }
    // A precision says where a point comes from: without a point, nothing.
    let has = |path: &[&str]| sets.iter().any(|s| s.path == path);
    if !(has(&["adresse", "latitude"]) && has(&["adresse", "longitude"])) {
        sets.retain(|s| s.path != ["adresse", "precision_point"]);
    }
    // `export --csv` has a summary `actions` column, one column per status
    // and every action whole in `actions_json`: the most detailed wins.
    if sets.iter().any(|s| s.path == ["actions_json"]) {
        sets.retain(|s| s.path[0] != "actions" && !s.path[0].starts_with("actions_") || s.path == ["actions_json"]);
        for s in &mut sets {
            if s.path == ["actions_json"] {
                s.path = vec!["actions".into()];
            }
        }
    } else if sets
        .iter()
        .any(|s| s.path.len() == 1 && s.path[0].starts_with("actions_"))
    {
        sets.retain(|s| s.path != ["actions"]);
    }
    // « Lien »: the Movilab page or the website, unless a column fills it.
    for (cell, column) in links {
        let field = if cell.contains("movilab.org") {
            "page_movilab"
        } else {
            "site_web"
        };
        if !sets.iter().any(|s| s.path == [field]) {
            sets.push(Set {
                path: vec![field.to_string()],
                value: Cell::Text(cell),
                column,
                note: None,
            });
        }
    }
    let nom = sets.iter().find(|s| s.path == ["nom"]).and_then(|s| match &s.value {
        Cell::Text(t) => Some(t.clone()),
        _ => None,
    });
    let id = match (&id_cell, &nom) {
        _ if row.excess.is_some() => {
            let (cells, columns) = row.excess.unwrap_or_default();
            Err(say(
                &ui::IMPORT_EXTRA_CELLS,
                lang,
                &[("cellules", cells.to_string()), ("colonnes", columns.to_string())],
            ))
        }
        (Some(id), _) if is_valid_id(id) => Ok(id.clone()),
        (Some(id), _) => {
            let mut msg = say(&ui::NEW_BAD_ID, lang, &[("id", id.clone())]);
            let slug = slugify(id);
            if is_valid_id(&slug) {
                msg.push_str(&format!(
                    "{}{}",
                    ui::LIST_SEPARATOR.get(lang),
                    say(&ui::DID_YOU_MEAN, lang, &[("suggestion", slug)])
                ));
            }
            Err(say(&ui::IMPORT_ROW_LEFT_OUT, lang, &[("raison", msg)]))
        }
        (None, Some(nom)) if is_valid_id(&slugify(nom)) => Ok(slugify(nom)),
        (None, Some(nom)) => Err(say(
            &ui::IMPORT_ROW_LEFT_OUT,
            lang,
            &[("raison", say(&ui::NEW_NO_ID, lang, &[("nom", nom.clone())]))],
        )),
        (None, None) => Err(ui::IMPORT_NO_NAME.get(lang).to_string()),
    };
    Prepared {
        line: row.line,
        id,
        explicit_id: id_cell.is_some(),
        nom,
        sets,
        comments,
    }
}
