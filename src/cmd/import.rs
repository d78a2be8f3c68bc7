//! `fabriques import FICHIER.csv`: turn a spreadsheet into records.
//!
//! Contract:
//! - The sheet is CSV, comma, semicolon or tab separated (detected on the
//!   header line), UTF-8 with or without a byte order mark.
//! - Columns are matched by name to the record's fields, regardless of case,
//!   accents, punctuation and a parenthesised note (« QPV (oui/non) » is
//!   `qpv`): the field's own name, dotted or not (`adresse.code_postal`,
//!   `code_postal`), the columns of `list --format csv`, and the headings
//!   of the Movilab tables (« Structure porteuse », « Ville », « Existe
//!   depuis », « Consortium : collectivités », « Lien »...; see [`ALIASES`]).
//!   `--map COLONNE=CHAMP` names any other column's field (`-` ignores it).
//!   A column nothing matches is reported and ignored, never guessed.
//! - Each row is one record. Its id is the `id` column, else the slug of
//!   `nom`. A row is imported as far as it can be: a value that cannot be
//!   converted (« peut-être » in a yes/no column) is kept as written, so
//!   that nothing the sheet says is lost, and `validate`'s diagnostic
//!   about it is printed with the sheet's name and line
//!   (`sheet.csv:7: erreur[wrong-type]: ...`) and the column. A record
//!   without a `sources` column gets the sheet as its source.
//! - An existing record is never overwritten: its row is skipped, or with
//!   `--update` the row's non-empty cells are merged into the file through
//!   `toml_edit` (values replaced in place, lists completed, missing action
//!   categories added), keeping the file's comments and other fields. Every
//!   file is written atomically; `--dry-run` writes nothing and shows what
//!   would be written.
//!
//! Conversions (documented in the README): yes/no columns take `oui`, `o`,
//! `x`, `vrai`, `true`, `yes`, `1` and `non`, `n`, `faux`, `false`, `no`,
//! `0`; codes may be written as their label (« En activité »); a postal or
//! INSEE code of four digits gets back the leading zero a spreadsheet drops;
//! numbers accept spaces and a decimal comma; lists are separated by ` | `
//! or line breaks (codes also by commas); an action is `categorie` or
//! `categorie (statut)`, several categories joined by `/`, and without a
//! status it is `fait`, as `list` shows it.
//!
//! Exit codes: 0 imported (warnings allowed), 1 a row has errors or could
//! not be imported, 2 the tool failed (unreadable sheet, bad `--map`).

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{anyhow, bail, Context, Result};
use toml_edit::{Array, ArrayOfTables, DocumentMut, InlineTable, Item, Table, TableLike, Value};

use crate::atomic::{Batch, WriteError};
use crate::check::{self, Checker};
use crate::config::Config;
use crate::context::Context as RunContext;
use crate::diagnostic::{Diagnostic, LineIndex, Severity, Span};
use crate::format::{self, Layout};
use crate::load;
use crate::messages::{fill, plural, ui, Lang, Text};
use crate::parallel;
use crate::record::{is_valid_id, slugify};
use crate::register::actions::NOT_RECORDED;
use crate::report::{At, Format, Note, Renderer};
use crate::rules::{Check, Outline, RuleId, Severities};
use crate::suggest::closest;
use crate::vocab::Vocabularies;

/// The arguments of `import`.
#[derive(Debug, clap::Args)]
pub(crate) struct ImportArgs {
    #[arg(value_name = "FICHIER")]
    pub file: PathBuf,
    #[arg(long, value_name = "COLONNE=CHAMP")]
    pub map: Vec<String>,
    #[arg(long)]
    pub dry_run: bool,
    #[arg(long)]
    pub update: bool,
}

/// How a column's cells become a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Text,
    Code(&'static str),
    Bool,
    Int,
    Amount,
    Float,
    PostalCode,
    Siret,
    Texts,
    Codes(&'static str),
    Actions,
    /// An `actions_fait` / `actions_commence` / `actions_envisage` column of
    /// `export --csv`: every action in it has that status.
    ActionsAt(&'static str),
}

/// The fields a column can fill (consortium kinds and `financement.annuel.AAAA`
/// are added from the vocabulary and the column name).
const FIELDS: &[(&str, Kind)] = &[
    ("nom", Kind::Text),
    ("statut", Kind::Code("statuts")),
    ("qpv", Kind::Bool),
    ("code_qpv", Kind::Text),
    ("numerique", Kind::Bool),
    ("site_web", Kind::Text),
    ("page_movilab", Kind::Text),
    ("video", Kind::Text),
    ("reseaux", Kind::Codes("reseaux")),
    ("sources", Kind::Texts),
    ("labellisation.annee", Kind::Int),
    ("labellisation.vague", Kind::Int),
    ("adresse.voie", Kind::Text),
    ("adresse.code_postal", Kind::PostalCode),
    ("adresse.commune", Kind::Text),
    ("adresse.code_insee", Kind::PostalCode),
    ("adresse.latitude", Kind::Float),
    ("adresse.longitude", Kind::Float),
    ("structure_porteuse.nom", Kind::Text),
    ("structure_porteuse.forme_juridique", Kind::Code("formes_juridiques")),
    ("structure_porteuse.creation", Kind::Int),
    ("structure_porteuse.siret", Kind::Siret),
    ("financement.bonus_numerique", Kind::Amount),
    ("criteres.communaute", Kind::Text),
    ("criteres.gouvernance", Kind::Text),
    ("criteres.ancrage", Kind::Text),
    ("criteres.mise_en_commun", Kind::Text),
    ("criteres.publics", Kind::Codes("publics")),
    ("actions", Kind::Actions),
    ("actions_fait", Kind::ActionsAt("fait")),
    ("actions_commence", Kind::ActionsAt("commence")),
    ("actions_envisage", Kind::ActionsAt("envisage")),
];

/// Pseudo-fields: the record's id; a link that is the Movilab page or the
/// website depending on its address; a column to leave out.
const ID: &str = "id";
const LIEN: &str = "lien";
const IGNORE: &str = "-";

/// Column names (folded by [`fold`]) and their field: the `list` and
/// `export` columns, and the headings of the Movilab tables and of
/// hand-made sheets. Field names themselves are always understood.
pub const ALIASES: &[(&str, &str)] = &[
    ("id", ID),
    ("identifiant", ID),
    ("fabrique", "nom"),
    ("nom de la fabrique", "nom"),
    ("nom fabrique", "nom"),
    ("tiers lieu", "nom"),
    ("nom du tiers lieu", "nom"),
    ("statut de la fabrique", "statut"),
    ("en qpv", "qpv"),
    ("quartier prioritaire", "qpv"),
    ("fabrique numerique", "numerique"),
    ("fabrique numerique de territoire", "numerique"),
    ("site", "site_web"),
    ("site internet", "site_web"),
    ("movilab", "page_movilab"),
    ("reseau", "reseaux"),
    ("source", "sources"),
    ("labellisation", "labellisation.annee"),
    ("annee de labellisation", "labellisation.annee"),
    ("annee labellisation", "labellisation.annee"),
    ("labellisee en", "labellisation.annee"),
    ("vague", "labellisation.vague"),
    ("adresse", "adresse.voie"),
    ("rue", "adresse.voie"),
    ("cp", "adresse.code_postal"),
    ("ville", "adresse.commune"),
    ("insee", "adresse.code_insee"),
    ("lat", "adresse.latitude"),
    ("lon", "adresse.longitude"),
    ("lng", "adresse.longitude"),
    ("structure", "structure_porteuse.nom"),
    ("porteur", "structure_porteuse.nom"),
    ("structure porteuse", "structure_porteuse.nom"),
    ("statut juridique", "structure_porteuse.forme_juridique"),
    ("existe depuis", "structure_porteuse.creation"),
    ("annee de creation", "structure_porteuse.creation"),
    ("date de creation", "structure_porteuse.creation"),
    ("consortium acteurs de la formation", "consortium.acteurs_formation"),
    ("acteurs de la formation", "consortium.acteurs_formation"),
    ("consortium formation", "consortium.acteurs_formation"),
    ("bonus numerique", "financement.bonus_numerique"),
    ("lien", LIEN),
    ("url", LIEN),
    ("departement", IGNORE),
    ("region", IGNORE),
    ("erreurs", IGNORE),
    // Derived columns of `export --csv`: recomputed, never read.
    ("departement nom", IGNORE),
    ("region nom", IGNORE),
    ("financement total", IGNORE),
];

/// A column name folded for comparison: ASCII, lowercase, a parenthesised
/// note dropped, punctuation turned into single spaces.
pub fn fold(s: &str) -> String {
    let mut text = String::new();
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            c if depth == 0 => text.push(c),
            _ => {}
        }
    }
    deunicode::deunicode(&text)
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The field paths a column may name, with their kinds, for this register.
struct Fields {
    kinds: HashMap<String, Kind>,
    /// Folded name → path.
    names: HashMap<String, String>,
}

impl Fields {
    fn new(vocab: &Vocabularies) -> Fields {
        let mut kinds: HashMap<String, Kind> = FIELDS.iter().map(|(p, k)| (p.to_string(), *k)).collect();
        for kind in vocab.get("consortium").codes() {
            kinds.insert(format!("consortium.{kind}"), Kind::Texts);
        }
        // Sorted, so that which field claims a shared last segment does not
        // depend on a hash order.
        let mut paths: Vec<&String> = kinds.keys().collect();
        paths.sort();
        let mut names = HashMap::new();
        for path in &paths {
            names.insert(fold(path), (*path).clone());
        }
        for path in &paths {
            // The last segment alone (`code_postal`, `collectivites`), when
            // no other field or alias claims it.
            if let Some((_, leaf)) = path.rsplit_once('.') {
                names.entry(fold(leaf)).or_insert_with(|| (*path).clone());
            }
        }
        names.insert("nom".into(), "nom".into());
        names.insert("statut".into(), "statut".into());
        for (alias, path) in ALIASES {
            names.insert(alias.to_string(), path.to_string());
        }
        Fields { kinds, names }
    }

    /// The field a name designates: a path, a folded path or an alias;
    /// `financement.annuel.AAAA` too.
    fn find(&self, name: &str) -> Option<String> {
        let name = name.trim();
        if self.kinds.contains_key(name) || [ID, LIEN, IGNORE].contains(&name) {
            return Some(name.to_string());
        }
        if annual_year(name).is_some() {
            return Some(name.to_string());
        }
        let folded = fold(name);
        if let Some(year) = folded.strip_prefix("financement annuel ") {
            if annual_year(&format!("financement.annuel.{year}")).is_some() {
                return Some(format!("financement.annuel.{year}"));
            }
        }
        self.names.get(&folded).cloned()
    }

    fn kind(&self, path: &str) -> Option<Kind> {
        if annual_year(path).is_some() {
            return Some(Kind::Amount);
        }
        self.kinds.get(path).copied()
    }

    fn all_paths(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self.kinds.keys().map(String::as_str).collect();
        v.push(ID);
        v.sort_unstable();
        v
    }
}

fn annual_year(path: &str) -> Option<&str> {
    path.strip_prefix("financement.annuel.")
        .filter(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
}

// --- reading the sheet -----------------------------------------------------

/// The separator of a sheet: the most frequent of `,`, `;` and tab on
/// the header line, outside quotes (a comma on a tie).
pub fn detect_delimiter(text: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => break,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], std::cmp::Reverse(i))).unwrap_or(0);
    [b',', b';', b'\t'][best]
}

/// What a column becomes.
#[derive(Debug, Clone)]
struct Column {
    name: String,
    field: Option<String>,
}

/// One row, read.
struct Row {
    line: u64,
    cells: Vec<String>,
}

struct Sheet {
    columns: Vec<Column>,
    rows: Vec<Row>,
    /// Columns nothing matched: (name, suggestion).
    unknown: Vec<(String, Option<String>)>,
}

fn say(text: &Text, lang: Lang, args: &[(&str, String)]) -> String {
    fill(text.get(lang), args)
}

fn read_sheet(path: &Path, shown: &str, fields: &Fields, maps: &[String], lang: Lang) -> Result<Sheet> {
    let bytes = std::fs::read(path).with_context(|| say(&ui::READ_FILE_FAILED, lang, &[("fichier", shown.into())]))?;
    let text =
        String::from_utf8(bytes).map_err(|_| anyhow!(say(&ui::IMPORT_NOT_UTF8, lang, &[("fichier", shown.into())])))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(detect_delimiter(text))
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| {
            anyhow!(say(
                &ui::IMPORT_BAD_CSV,
                lang,
                &[("fichier", shown.into()), ("detail", e.to_string())]
            ))
        })?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();

    // --map COLONNE=CHAMP, checked before anything is read.
    let mut mapped: HashMap<usize, String> = HashMap::new();
    for m in maps {
        let Some((col, field)) = m.rsplit_once('=') else {
            bail!(say(&ui::IMPORT_BAD_MAP, lang, &[("map", m.clone())]));
        };
        let (col, field) = (col.trim(), field.trim());
        let index = headers
            .iter()
            .position(|h| h == col)
            .or_else(|| headers.iter().position(|h| fold(h) == fold(col)))
            .ok_or_else(|| {
                anyhow!(say(
                    &ui::IMPORT_MAP_NO_COLUMN,
                    lang,
                    &[
                        ("colonne", col.into()),
                        ("colonnes", crate::messages::quoted_list(lang, &headers))
                    ]
                ))
            })?;
        let field = if field == "ignorer" || field == "ignore" {
            IGNORE.to_string()
        } else {
            fields.find(field).ok_or_else(|| {
                let paths = fields.all_paths();
                let s = closest(field, paths.iter().copied(), 3);
                let mut msg = say(&ui::IMPORT_MAP_NO_FIELD, lang, &[("champ", field.into())]);
                if !s.is_empty() {
                    msg.push_str(&format!(
                        "{}{}",
                        ui::LIST_SEPARATOR.get(lang),
                        say(
                            &ui::FILTER_SUGGEST,
                            lang,
                            &[("suggestions", crate::messages::quoted_list(lang, &s))]
                        )
                    ));
                }
                anyhow!(msg)
            })?
        };
        mapped.insert(index, field);
    }

    let mut columns = Vec::new();
    let mut unknown = Vec::new();
    for (i, h) in headers.iter().enumerate() {
        let field = match mapped.get(&i) {
            Some(f) => Some(f.clone()),
            None if h.is_empty() => Some(IGNORE.to_string()),
            None => fields.find(h),
        };
        if field.is_none() {
            let names: Vec<&str> = fields.names.keys().map(String::as_str).collect();
            let suggestion = closest(&fold(h), names.iter().copied(), 1)
                .first()
                .and_then(|n| fields.names.get(*n).cloned());
            unknown.push((h.clone(), suggestion));
        }
        columns.push(Column {
            name: h.clone(),
            field: field.filter(|f| f != IGNORE),
        });
    }
    // Two columns for one field: say which, rather than pick one.
    let mut seen: HashMap<&str, &str> = HashMap::new();
    for c in &columns {
        if let Some(f) = &c.field {
            if let Some(first) = seen.insert(f.as_str(), c.name.as_str()) {
                bail!(say(
                    &ui::IMPORT_TWO_COLUMNS,
                    lang,
                    &[("a", first.into()), ("b", c.name.clone()), ("champ", f.clone())]
                ));
            }
        }
    }
    if !columns
        .iter()
        .any(|c| matches!(c.field.as_deref(), Some("nom") | Some(ID)))
    {
        bail!(say(&ui::IMPORT_NO_NAME_COLUMN, lang, &[("fichier", shown.into())]));
    }

    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            anyhow!(say(
                &ui::IMPORT_BAD_CSV,
                lang,
                &[("fichier", format!("{shown}:{line}")), ("detail", e.to_string())]
            ))
        })?;
        let line = record.position().map_or(0, |p| p.line());
        let cells: Vec<String> = record.iter().map(|c| c.trim().to_string()).collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        rows.push(Row { line, cells });
    }
    Ok(Sheet { columns, rows, unknown })
}

// --- cells → values --------------------------------------------------------

/// An action cell: categories (codes, or as written) and status.
#[derive(Debug, Clone, PartialEq)]
struct ActionCell {
    categories: Vec<String>,
    /// `None` for « non renseigné » (`list` shows an action without a
    /// status so): the record gets an action without a status, as the
    /// sheet says.
    statut: Option<String>,
    /// The sub-action (`export --csv` writes it after ` : `).
    detail: Option<String>,
}

/// A converted cell. A cell that could not be converted is kept as `Text`,
/// as written, for `validate` to report.
#[derive(Debug, Clone, PartialEq)]
enum Cell {
    Text(String),
    Bool(bool),
    Int(i64),
    Float(f64),
    Texts(Vec<String>),
    Actions(Vec<ActionCell>),
}

/// The code of a vocabulary entry written as its code or its label,
/// regardless of case and accents; `None` when nothing matches.
fn code_of(vocab: &Vocabularies, name: &str, cell: &str) -> Option<String> {
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
pub fn parse_bool(cell: &str) -> Option<bool> {
    match fold(cell).as_str() {
        "oui" | "o" | "x" | "vrai" | "true" | "yes" | "y" | "1" => Some(true),
        "non" | "n" | "faux" | "false" | "no" | "0" => Some(false),
        _ => None,
    }
}

fn without_spaces(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace() && *c != '\u{202f}').collect()
}

fn split_list(cell: &str, commas: bool) -> Vec<String> {
    cell.split(|c| c == '|' || c == '\n' || (commas && (c == ',' || c == ';')))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// `fablab`, `coworking / mobilite (commence)`; with `status`, an item of
/// an `export --csv` action column: `coworking+mobilite : sous-action`.
fn parse_action(vocab: &Vocabularies, item: &str, status: Option<&str>) -> ActionCell {
    let (item, detail) = match item.split_once(" : ") {
        Some((cats, detail)) if !detail.trim().is_empty() => (cats, Some(detail.trim().to_string())),
        _ => (item, None),
    };
    let (cats, statut) = match (status, item.strip_suffix(')').and_then(|s| s.rsplit_once('('))) {
        (Some(s), _) => (item, s),
        (None, Some((cats, statut))) => (cats, statut.trim()),
        (None, None) => (item, "fait"),
    };
    let categories = cats
        .split(['/', '+'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(|c| code_of(vocab, "categories", c).unwrap_or_else(|| c.to_string()))
        .collect();
    let statut = (fold(statut) != fold(NOT_RECORDED))
        .then(|| code_of(vocab, "statuts_action", statut).unwrap_or_else(|| statut.to_string()));
    ActionCell {
        categories,
        statut,
        detail,
    }
}

fn convert(kind: Kind, cell: &str, vocab: &Vocabularies) -> Cell {
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
        Kind::Texts => Cell::Texts(split_list(cell, false)),
        Kind::Codes(v) => Cell::Texts(
            split_list(cell, true)
                .into_iter()
                .map(|c| code_of(vocab, v, &c).unwrap_or(c))
                .collect(),
        ),
        Kind::ActionsAt(status) => Cell::Actions(
            // Sub-actions hold commas: items are separated by ` | ` only.
            split_list(cell, false)
                .iter()
                .map(|item| parse_action(vocab, item, Some(status)))
                .collect(),
        ),
        Kind::Actions => Cell::Actions(
            split_list(cell, true)
                .iter()
                .map(|item| parse_action(vocab, item, None))
                .collect(),
        ),
    }
}

/// One field a row fills.
#[derive(Debug, Clone)]
struct Set {
    path: Vec<String>,
    value: Cell,
    column: String,
}

/// A row as fields.
struct Prepared {
    line: u64,
    id: Result<String, String>,
    nom: Option<String>,
    sets: Vec<Set>,
}

fn prepare(row: &Row, sheet: &Sheet, fields: &Fields, vocab: &Vocabularies, lang: Lang) -> Prepared {
    let mut sets: Vec<Set> = Vec::new();
    let mut id_cell = None;
    let mut links = Vec::new();
    for (column, cell) in sheet.columns.iter().zip(&row.cells) {
        let Some(field) = &column.field else { continue };
        if cell.is_empty() {
            continue;
        }
        match field.as_str() {
            ID => id_cell = Some(cell.clone()),
            LIEN => links.push((cell.clone(), column.name.clone())),
            path => {
                let Some(kind) = fields.kind(path) else { continue };
                sets.push(Set {
                    path: path.split('.').map(str::to_string).collect(),
                    value: convert(kind, cell, vocab),
                    column: column.name.clone(),
                });
            }
        }
    }
    // `export --csv` has both a summary `actions` column and one column per
    // status: the detailed ones win.
    if sets
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
            });
        }
    }
    let nom = sets.iter().find(|s| s.path == ["nom"]).and_then(|s| match &s.value {
        Cell::Text(t) => Some(t.clone()),
        _ => None,
    });
    let id = match (&id_cell, &nom) {
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
        nom,
        sets,
    }
}

// --- values → TOML ---------------------------------------------------------

fn toml_value(cell: &Cell) -> Value {
    match cell {
        Cell::Text(s) => Value::from(s.as_str()),
        Cell::Bool(b) => Value::from(*b),
        Cell::Int(i) => Value::from(*i),
        Cell::Float(f) => Value::from(*f),
        Cell::Texts(items) => Value::Array(items.iter().map(|s| s.as_str()).collect::<Array>()),
        Cell::Actions(_) => Value::Array(Array::new()),
    }
}

fn action_table(a: &ActionCell) -> Table {
    let mut t = Table::new();
    let categorie = match a.categories.as_slice() {
        [one] => Value::from(one.as_str()),
        many => Value::Array(many.iter().map(|s| s.as_str()).collect::<Array>()),
    };
    t.insert("categorie", Item::Value(categorie));
    if let Some(detail) = &a.detail {
        // `export --csv` writes the precision of an `autre` action where
        // others have their sub-action.
        let key = if a.categories.iter().any(|c| c == "autre") {
            "precision"
        } else {
            "sous_action"
        };
        t.insert(key, Item::Value(Value::from(detail.as_str())));
    }
    if let Some(statut) = &a.statut {
        t.insert("statut", Item::Value(Value::from(statut.as_str())));
    }
    t
}

/// The table-like at `path` (created when missing: a section under the
/// root, an inline table deeper, as the format writes them); `None` when
/// the file holds something else there.
fn table_at<'d>(doc: &'d mut DocumentMut, path: &[String]) -> Option<&'d mut dyn TableLike> {
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
fn same(existing: &Value, new: &Value) -> bool {
    match (existing, new) {
        (Value::String(a), Value::String(b)) => a.value() == b.value(),
        (Value::Integer(a), Value::Integer(b)) => a.value() == b.value(),
        (Value::Float(a), Value::Float(b)) => a.value() == b.value(),
        (Value::Boolean(a), Value::Boolean(b)) => a.value() == b.value(),
        _ => false,
    }
}

/// What merging one field did.
enum Merge {
    Unchanged,
    Changed,
    /// The file holds another kind of value there: left alone.
    Conflict,
}

/// Writes `set` into `doc`: a scalar replaces the file's (its comments
/// kept), a list adds the items the file lacks.
fn merge(doc: &mut DocumentMut, set: &Set) -> Merge {
    let (leaf, parents) = set.path.split_last().expect("paths are not empty");
    let Some(table) = table_at(doc, parents) else {
        return Merge::Conflict;
    };
    let new = toml_value(&set.value);
    match table.get_mut(leaf) {
        None => {
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
            let decor = existing.decor().clone();
            *existing = new;
            *existing.decor_mut() = decor;
            Merge::Changed
        }
        Some(_) => Merge::Conflict,
    }
}

/// Appends to an array laid out as the file lays it: on a new line, with
/// the indentation of the last item, when the items are one per line.
fn push_like(array: &mut Array, mut item: Value) {
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
fn actions_in(doc: &DocumentMut) -> HashSet<(Vec<String>, Option<String>)> {
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
fn merge_actions(doc: &mut DocumentMut, actions: &[ActionCell]) -> Merge {
    let present = actions_in(doc);
    let new: Vec<&ActionCell> = actions
        .iter()
        .filter(|a| !present.contains(&(a.categories.clone(), a.detail.clone())))
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
fn column_spans(text: &str, sets: &[Set]) -> Vec<(Range<usize>, String)> {
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

/// The rules that say a record does not document something yet: expected
/// of an import, so counted rather than printed.
fn is_completeness(rule: RuleId) -> bool {
    matches!(rule, RuleId::PageMovilab | RuleId::Consortium) || matches!(rule.rule().check, Check::Criterion { .. })
}

/// What became of a row.
enum Outcome {
    Created,
    Updated(Vec<String>),
    UpToDate,
    Skipped(String),
    Failed(String),
}

/// The run's view of the sheet and the register.
struct Import<'a> {
    config: &'a Config,
    /// The sheet's file name, for the records' comments and sources.
    sheet_name: String,
    /// The sheet as the user named it, for messages.
    shown_sheet: String,
    /// Ids of the register's records, and their files.
    existing: HashMap<String, PathBuf>,
    layout: Layout,
    lang: Lang,
    checker: Checker<'a>,
    /// Diagnostics in the compact human layout, at the sheet's line.
    renderer: Renderer,
}

impl Import<'_> {
    fn say(&self, text: &Text, args: &[(&str, String)]) -> String {
        say(text, self.lang, args)
    }

    fn record_path(&self, id: &str) -> PathBuf {
        self.existing.get(id).cloned().unwrap_or_else(|| {
            self.config
                .resolve_path(&self.config.data_dir.join(format!("{id}.toml")))
        })
    }

    fn default_source(&self) -> Set {
        Set {
            path: vec!["sources".into()],
            value: Cell::Texts(vec![
                self.say(&ui::IMPORT_SOURCE, &[("fichier", self.sheet_name.clone())])
            ]),
            column: String::new(),
        }
    }

    /// The text of a new record for a row.
    fn new_record(&self, p: &Prepared) -> Result<String> {
        let mut doc = DocumentMut::new();
        for set in &p.sets {
            match &set.value {
                Cell::Actions(actions) => merge_actions(&mut doc, actions),
                _ => merge(&mut doc, set),
            };
        }
        if !p.sets.iter().any(|s| s.path == ["sources"]) {
            merge(&mut doc, &self.default_source());
        }
        let header = self.say(
            &ui::IMPORT_HEADER,
            &[
                ("nom", p.nom.clone().or_else(|| p.id.clone().ok()).unwrap_or_default()),
                ("fichier", self.sheet_name.clone()),
                ("ligne", p.line.to_string()),
            ],
        );
        // A comment ends at the end of its line: a name on two lines is
        // written on one.
        let header = header.replace(['\r', '\n'], " ");
        let text = format!("# {header}\n\n{doc}");
        format::format(&text, &self.layout).map_err(|e| anyhow!(e.reason(self.lang)))
    }

    /// The merged text of an existing record, the fields that changed and
    /// those left alone because the file holds another kind of value.
    fn updated_record(&self, p: &Prepared, text: &str) -> Result<(String, Vec<String>, Vec<String>), String> {
        let mut doc: DocumentMut = text
            .parse()
            .map_err(|_| ui::IMPORT_UNREADABLE_RECORD.get(self.lang).to_string())?;
        let mut changed = Vec::new();
        let mut conflicts = Vec::new();
        for set in &p.sets {
            let outcome = match &set.value {
                Cell::Actions(actions) => merge_actions(&mut doc, actions),
                _ => merge(&mut doc, set),
            };
            match outcome {
                Merge::Changed => changed.push(set.path.join(".")),
                Merge::Conflict => conflicts.push(set.path.join(".")),
                Merge::Unchanged => {}
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
}

/// A row on its way: a record to write, or what became of it already.
enum Step {
    Ready(Box<Pending>),
    Done(u64, Option<String>, Outcome),
}

/// A record ready to be written.
struct Pending {
    line: u64,
    id: String,
    path: PathBuf,
    shown: Arc<PathBuf>,
    text: String,
    outcome: Outcome,
    conflicts: Vec<String>,
    diags: Vec<Diagnostic>,
    /// Where each value of `text` came from: (byte range, column).
    spans: Vec<(Range<usize>, String)>,
    /// For `duplicate-name` with the register: the record's outline, where
    /// its name is, and the register-wide rules its exceptions name.
    outline: Option<Outline>,
    nom: Option<Span>,
    deferred: Vec<RuleId>,
}

/// A row whose id may become a record, or what became of it already.
enum Claim {
    Row(Prepared, String),
    Done(Step),
}

/// Decides, in the sheet's order, which rows may become records: a row
/// needs an id no earlier row took, and a record that exists is only
/// updated with `--update`.
fn claim(im: &Import<'_>, p: Prepared, update: bool, seen: &mut HashMap<String, u64>) -> Claim {
    let id = match &p.id {
        Ok(id) => id.clone(),
        Err(msg) => return Claim::Done(Step::Done(p.line, None, Outcome::Failed(msg.clone()))),
    };
    if let Some(first) = seen.insert(id.clone(), p.line) {
        let msg = im.say(&ui::IMPORT_SAME_ID, &[("id", id.clone()), ("ligne", first.to_string())]);
        return Claim::Done(Step::Done(p.line, Some(id), Outcome::Failed(msg)));
    }
    if im.existing.contains_key(&id) && !update {
        let shown = load::display_path(&im.record_path(&id), im.config.cwd.as_deref());
        let msg = im.say(&ui::IMPORT_EXISTS, &[("fichier", shown.display().to_string())]);
        return Claim::Done(Step::Done(p.line, Some(id), Outcome::Skipped(msg)));
    }
    Claim::Row(p, id)
}

/// Turns a row into its record's text, checked as `validate` would (on
/// the worker threads: rows are independent).
fn build(im: &Import<'_>, p: &Prepared, id: &str) -> Result<Step> {
    let lang = im.lang;
    let done = |outcome| Ok(Step::Done(p.line, Some(id.to_string()), outcome));
    let path = im.record_path(id);
    let shown = Arc::new(load::display_path(&path, im.config.cwd.as_deref()));
    let (text, outcome, conflicts) = if !im.existing.contains_key(id) {
        match im.new_record(p) {
            Ok(text) => (text, Outcome::Created, Vec::new()),
            Err(e) => return done(Outcome::Failed(e.to_string())),
        }
    } else {
        let before = std::fs::read_to_string(&path)
            .with_context(|| say(&ui::READ_FILE_FAILED, lang, &[("fichier", shown.display().to_string())]))?;
        match im.updated_record(p, &before) {
            Ok((text, changed, conflicts)) if changed.is_empty() => (text, Outcome::UpToDate, conflicts),
            Ok((text, changed, conflicts)) => (text, Outcome::Updated(changed), conflicts),
            Err(msg) => return done(Outcome::Failed(msg)),
        }
    };
    let checked = im.checker.check_text(id, text.clone(), &shown);
    let nom = checked.record.as_ref().and_then(|r| r.nom.as_ref()).map(|n| n.span);
    let (outline, deferred) = match checked.kept {
        Some(k) => (k.outline.map(|(o, _)| o), k.deferred.iter().map(|(r, _)| *r).collect()),
        None => (None, Vec::new()),
    };
    Ok(Step::Ready(Box::new(Pending {
        line: p.line,
        id: id.to_string(),
        path,
        shown,
        spans: column_spans(&text, &p.sets),
        text,
        outcome,
        conflicts,
        diags: checked.diagnostics,
        outline,
        nom,
        deferred,
    })))
}

/// `duplicate-name` across the sheet's records and the register's: each
/// finding about a sheet's record joins its row's diagnostics, at its
/// name (unless the record's own exception silences it).
fn across_register(steps: &mut [Step], mut outlines: Vec<Outline>, severities: &Severities) {
    let ours: Vec<usize> = steps
        .iter()
        .enumerate()
        .filter_map(|(i, s)| match s {
            Step::Ready(p) if p.outline.is_some() => Some(i),
            _ => None,
        })
        .collect();
    let sheet_ids: HashSet<&str> = steps
        .iter()
        .filter_map(|s| match s {
            Step::Ready(p) => Some(p.id.as_str()),
            Step::Done(..) => None,
        })
        .collect();
    outlines.retain(|o| !sheet_ids.contains(&*o.id));
    let first = outlines.len();
    for &i in &ours {
        if let Step::Ready(p) = &steps[i] {
            outlines.extend(p.outline.clone());
        }
    }
    for f in check::register_wide(&outlines, severities) {
        let Some(&i) = f.outline.checked_sub(first).and_then(|k| ours.get(k)) else {
            continue;
        };
        let Step::Ready(p) = &mut steps[i] else { continue };
        if p.deferred.contains(&f.rule.id) {
            continue;
        }
        p.diags.push(Diagnostic {
            rule: f.rule.id,
            severity: severities.get(f.rule.id),
            span: p.nom.unwrap_or_default(),
            message: f.message,
            help: f.help,
        });
    }
}

/// Counts of the run, for the summary and the exit code.
#[derive(Default)]
struct Tally {
    created: usize,
    updated: usize,
    skipped: usize,
    failed: usize,
    errors: usize,
    completeness: usize,
}

pub(crate) fn run(cx: &RunContext, args: &ImportArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8> {
    let (config, lang) = (&cx.config, cx.lang);
    let vocab = &config.settings.vocab;
    let fields = Fields::new(vocab);
    let shown_sheet = load::display_path(&args.file, config.cwd.as_deref())
        .display()
        .to_string();
    let sheet = read_sheet(&config.resolve_path(&args.file), &shown_sheet, &fields, &args.map, lang)?;
    for (column, suggestion) in &sheet.unknown {
        let mut msg = say(&ui::IMPORT_UNKNOWN_COLUMN, lang, &[("colonne", column.clone())]);
        if let Some(s) = suggestion {
            let map = format!("--map \"{column}={s}\"");
            msg.push_str(&format!(
                "{}{}",
                ui::LIST_SEPARATOR.get(lang),
                say(&ui::DID_YOU_MEAN, lang, &[("suggestion", map)])
            ));
        }
        writeln!(err, "{}: {msg}", ui::NOTE_LABEL.get(lang))?;
    }

    // The register as it is: ids (never overwritten) and outlines (for
    // `duplicate-name` between the sheet and the register).
    let found = if config.resolve_path(&config.data_dir).exists() {
        load::discover(&config.data_dir, config.cwd.as_deref(), config.lang)?
    } else {
        load::Discovery::default()
    };
    let existing: HashMap<String, PathBuf> = found
        .files
        .iter()
        .filter_map(|(path, _)| Some((path.file_stem()?.to_string_lossy().into_owned(), path.clone())))
        .collect();
    let prepared: Vec<Prepared> = sheet
        .rows
        .iter()
        .map(|row| prepare(row, &sheet, &fields, vocab, lang))
        .collect();
    // Links may lead to the register's records and to the sheet's.
    let mut ids = found.ids();
    ids.extend(prepared.iter().filter_map(|p| p.id.as_deref().ok()).map(Into::into));
    let checker = Checker::new(config, cx.today, ids);
    let mut outlines: Vec<Outline> = Vec::new();
    parallel::ordered_map(
        &found.files,
        |(path, file)| checker.outline_file(path, file),
        |o| {
            outlines.extend(o);
            Ok(())
        },
    )?;
    let im = Import {
        config,
        sheet_name: args
            .file
            .file_name()
            .map_or(shown_sheet.clone(), |n| n.to_string_lossy().into_owned()),
        shown_sheet,
        existing,
        layout: Layout::new(vocab),
        lang,
        checker,
        renderer: Renderer {
            compact: true,
            ..Renderer::new(Format::Human, lang, cx.color)
        },
    };

    let mut seen = HashMap::new();
    let claims: Vec<Claim> = prepared
        .into_iter()
        .map(|p| claim(&im, p, args.update, &mut seen))
        .collect();
    // Rows are built on all cores; what `claim` decided passes through.
    let mut built = Vec::with_capacity(claims.len());
    parallel::ordered_map(
        &claims,
        |c| match c {
            Claim::Row(p, id) => Some(build(&im, p, id)),
            Claim::Done(_) => None,
        },
        |b| {
            built.push(b);
            Ok(())
        },
    )?;
    let mut steps = claims
        .into_iter()
        .zip(built)
        .map(|(c, b)| match (c, b) {
            (_, Some(built)) => built,
            (Claim::Done(step), None) => Ok(step),
            (Claim::Row(..), None) => unreachable!("every row is built"),
        })
        .collect::<Result<Vec<Step>>>()?;
    across_register(&mut steps, outlines, im.checker.severities());

    let mut written = if args.dry_run {
        Vec::new()
    } else {
        write_records(&im, &steps)?
    }
    .into_iter();
    let mut tally = Tally::default();
    for s in steps {
        match s {
            Step::Done(line, id, outcome) => {
                match outcome {
                    Outcome::Failed(_) => tally.failed += 1,
                    _ => tally.skipped += 1,
                }
                write_outcome(out, &im, line, id.as_deref(), &outcome, args.dry_run, "")?;
            }
            Step::Ready(p) => {
                let write = if p.writes() { written.next() } else { None };
                finish_row(&im, *p, write, args.dry_run, &mut tally, out)?
            }
        }
    }

    let n = |k: usize, one: &'static Text, many: &'static Text| {
        fill(plural(lang, k, one, many), &[("nombre", k.to_string())])
    };
    let mut summary = if args.dry_run {
        vec![
            n(
                tally.created,
                &ui::IMPORT_WOULD_CREATE_ONE,
                &ui::IMPORT_WOULD_CREATE_MANY,
            ),
            n(
                tally.updated,
                &ui::IMPORT_WOULD_UPDATE_ONE,
                &ui::IMPORT_WOULD_UPDATE_MANY,
            ),
        ]
    } else {
        vec![
            n(tally.created, &ui::IMPORT_CREATED_ONE, &ui::IMPORT_CREATED_MANY),
            n(tally.updated, &ui::IMPORT_UPDATED_ONE, &ui::IMPORT_UPDATED_MANY),
        ]
    };
    summary.push(n(tally.skipped, &ui::IMPORT_SKIPPED_ONE, &ui::IMPORT_SKIPPED_MANY));
    if tally.failed > 0 {
        summary.push(n(tally.failed, &ui::IMPORT_FAILED_ONE, &ui::IMPORT_FAILED_MANY));
    }
    if tally.errors > 0 {
        summary.push(n(tally.errors, &ui::IMPORT_ERRORS_ONE, &ui::IMPORT_ERRORS_MANY));
    }
    writeln!(
        err,
        "{}",
        im.say(
            &ui::IMPORT_SUMMARY,
            &[("fichier", im.shown_sheet.clone()), ("resume", summary.join(", "))]
        )
    )?;
    if tally.completeness > 0 {
        writeln!(
            err,
            "{}",
            n(
                tally.completeness,
                &ui::IMPORT_COMPLETENESS_ONE,
                &ui::IMPORT_COMPLETENESS_MANY
            )
        )?;
    }
    if args.dry_run {
        writeln!(err, "{}", ui::IMPORT_DRY_RUN.get(lang))?;
    }
    out.flush()?;
    Ok(u8::from(tally.errors > 0 || tally.failed > 0))
}

/// Writes the records of the rows that create or update one, together
/// (`atomic::Batch`); returns the outcome of each, in the rows' order.
fn write_records(im: &Import<'_>, steps: &[Step]) -> Result<Vec<Result<(), WriteError>>> {
    let mut batch = Batch::new();
    let data_dir = im.config.resolve_path(&im.config.data_dir);
    for s in steps {
        let Step::Ready(p) = s else { continue };
        if !p.writes() {
            continue;
        }
        let dir = p.path.parent().unwrap_or(&data_dir);
        std::fs::create_dir_all(dir)
            .with_context(|| im.say(&ui::CREATE_DIR_FAILED, &[("dossier", dir.display().to_string())]))?;
        match p.outcome {
            Outcome::Created => batch.create(&p.path, &p.text),
            _ => batch.replace(&p.path, &p.text),
        }
    }
    Ok(batch.commit())
}

impl Pending {
    /// Whether the row writes its record.
    fn writes(&self) -> bool {
        matches!(self.outcome, Outcome::Created | Outcome::Updated(_))
    }
}

/// Prints what became of a row (`write`: how writing its record went,
/// unless `--dry-run`), with the problems `validate` would report.
fn finish_row(
    im: &Import<'_>,
    p: Pending,
    write: Option<Result<(), WriteError>>,
    dry_run: bool,
    tally: &mut Tally,
    out: &mut dyn Write,
) -> Result<()> {
    let lang = im.lang;
    let shown = p.shown.display().to_string();
    let mut outcome = p.outcome;
    match write {
        Some(Err(WriteError::Exists)) => {
            outcome = Outcome::Skipped(im.say(&ui::IMPORT_EXISTS, &[("fichier", shown.clone())]));
        }
        Some(Err(WriteError::Io(e))) => {
            return Err(e).with_context(|| im.say(&ui::WRITE_FILE_FAILED, &[("fichier", shown.clone())]));
        }
        Some(Ok(())) | None => {}
    }
    match outcome {
        Outcome::Created => tally.created += 1,
        Outcome::Updated(_) => tally.updated += 1,
        Outcome::UpToDate | Outcome::Skipped(_) => tally.skipped += 1,
        Outcome::Failed(_) => tally.failed += 1,
    }
    write_outcome(out, im, p.line, Some(&p.id), &outcome, dry_run, &shown)?;
    for field in &p.conflicts {
        writeln!(
            out,
            "{}:{}: {}: {}",
            im.shown_sheet,
            p.line,
            Severity::Warning.label(lang),
            im.say(
                &ui::IMPORT_CONFLICT,
                &[("champ", field.clone()), ("fichier", shown.clone())]
            )
        )?;
    }
    if !matches!(outcome, Outcome::Created | Outcome::Updated(_)) {
        return Ok(());
    }
    if dry_run {
        match &outcome {
            Outcome::Created => {
                for line in p.text.lines() {
                    writeln!(out, "    {line}")?;
                }
            }
            Outcome::Updated(_) => {
                let before = std::fs::read_to_string(&p.path).unwrap_or_default();
                for line in changed_lines(&before, &p.text) {
                    writeln!(out, "    {line}")?;
                }
            }
            _ => {}
        }
    }
    let mut diags = p.diags;
    crate::diagnostic::sort_and_dedup(&mut diags);
    let spans = &p.spans;
    let index = LineIndex::new(&p.text);
    let mut rendered = Vec::new();
    for d in &diags {
        if d.severity == Severity::Warning && is_completeness(d.rule) {
            tally.completeness += 1;
            continue;
        }
        if d.severity == Severity::Error {
            tally.errors += 1;
        }
        let column = column_of(spans, d.span);
        // A problem the sheet did not bring, in an updated file, is shown
        // where it is in the file.
        let row = format!("{}:{}", im.shown_sheet, p.line);
        let at = match (&column, &outcome) {
            (None, Outcome::Updated(_)) if d.span != Span::FILE => At {
                file: &shown,
                pos: Some((index.position(d.span.start), index.position(d.span.end))),
                line: None,
            },
            (None, Outcome::Updated(_)) => At {
                file: &shown,
                pos: None,
                line: None,
            },
            _ => At {
                file: &row,
                pos: None,
                line: None,
            },
        };
        let notes: Vec<Note<'_>> = column.iter().map(|c| (&ui::IMPORT_COLUMN_LABEL, c.as_str())).collect();
        im.renderer.diagnostic(&mut rendered, &at, d, &notes);
    }
    out.write_all(&rendered)?;
    Ok(())
}

/// The lines that differ between two small texts, `- old` and `+ new`, in
/// order (a longest-common-subsequence diff without context).
fn changed_lines(before: &str, after: &str) -> Vec<String> {
    let a: Vec<&str> = before.lines().collect();
    let b: Vec<&str> = after.lines().collect();
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            i += 1;
            j += 1;
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            out.push(format!("- {}", a[i]));
            i += 1;
        } else {
            out.push(format!("+ {}", b[j]));
            j += 1;
        }
    }
    out
}

fn column_of(spans: &[(Range<usize>, String)], span: Span) -> Option<String> {
    if span == Span::FILE {
        return None;
    }
    let at = span.start as usize;
    spans
        .iter()
        .filter(|(r, c)| r.contains(&at) && !c.is_empty())
        .min_by_key(|(r, _)| r.len())
        .map(|(_, c)| c.clone())
}

fn write_outcome(
    out: &mut dyn Write,
    im: &Import<'_>,
    line: u64,
    id: Option<&str>,
    outcome: &Outcome,
    dry_run: bool,
    file: &str,
) -> std::io::Result<()> {
    let at = format!("{}:{line}", im.shown_sheet);
    let id = id.unwrap_or_default().to_string();
    let text = match outcome {
        Outcome::Created if dry_run => im.say(&ui::IMPORT_ROW_WOULD_CREATE, &[("fichier", file.into())]),
        Outcome::Created => im.say(&ui::IMPORT_ROW_CREATED, &[("fichier", file.into())]),
        Outcome::Updated(fields) => im.say(
            if dry_run {
                &ui::IMPORT_ROW_WOULD_UPDATE
            } else {
                &ui::IMPORT_ROW_UPDATED
            },
            &[("fichier", file.into()), ("champs", fields.join(", "))],
        ),
        Outcome::UpToDate => im.say(&ui::IMPORT_ROW_UP_TO_DATE, &[("fichier", file.into())]),
        Outcome::Skipped(reason) => im.say(&ui::IMPORT_ROW_SKIPPED, &[("id", id), ("raison", reason.clone())]),
        Outcome::Failed(reason) => {
            return writeln!(out, "{at}: {}: {reason}", Severity::Error.label(im.lang));
        }
    };
    writeln!(out, "{at}: {text}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_fold_to_field_names() {
        let fields = Fields::new(&Vocabularies::new(&[]));
        for (heading, path) in [
            ("QPV (oui/non)", "qpv"),
            ("Fabrique numérique (oui/non)", "numerique"),
            ("Consortium : collectivités", "consortium.collectivites"),
            ("Consortium : centres sociaux", "consortium.centres_sociaux"),
            ("Consortium : bailleurs sociaux", "consortium.bailleurs_sociaux"),
            ("Consortium : acteurs de la formation", "consortium.acteurs_formation"),
            ("Structure porteuse", "structure_porteuse.nom"),
            ("structure", "structure_porteuse.nom"),
            ("Code postal", "adresse.code_postal"),
            ("code_postal", "adresse.code_postal"),
            ("adresse.code_postal", "adresse.code_postal"),
            ("Ville", "adresse.commune"),
            ("commune", "adresse.commune"),
            ("Labellisation", "labellisation.annee"),
            ("Existe depuis", "structure_porteuse.creation"),
            ("Lien", LIEN),
            ("nom", "nom"),
            ("id", ID),
            ("departement", IGNORE),
            ("financement.annuel.2021", "financement.annuel.2021"),
        ] {
            assert_eq!(fields.find(heading).as_deref(), Some(path), "{heading}");
        }
        assert_eq!(fields.find("Couleur préférée"), None);
    }

    #[test]
    fn the_separator_is_found_on_the_header_line() {
        assert_eq!(detect_delimiter("a;b;\"c,d\"\n1,2,3"), b';');
        assert_eq!(detect_delimiter("a,b\n"), b',');
        assert_eq!(detect_delimiter("a\tb\tc\n"), b'\t');
        assert_eq!(detect_delimiter("a\n"), b',');
    }

    #[test]
    fn cells_are_converted_or_kept_as_written() {
        let v = Vocabularies::new(&[]);
        assert_eq!(convert(Kind::Bool, "Oui", &v), Cell::Bool(true));
        assert_eq!(convert(Kind::Bool, "x", &v), Cell::Bool(true));
        assert_eq!(convert(Kind::Bool, "NON", &v), Cell::Bool(false));
        assert_eq!(convert(Kind::Bool, "peut-être", &v), Cell::Text("peut-être".into()));
        assert_eq!(
            convert(Kind::Code("statuts"), "En activité", &v),
            Cell::Text("en_activite".into())
        );
        assert_eq!(convert(Kind::PostalCode, "1500", &v), Cell::Text("01500".into()));
        assert_eq!(convert(Kind::Amount, "50 000 €", &v), Cell::Int(50_000));
        assert_eq!(convert(Kind::Float, "45,954025", &v), Cell::Float(45.954025));
        assert_eq!(
            convert(Kind::Texts, "Ville d'Ambérieu | CC Plaine de l'Ain, Ain", &v),
            Cell::Texts(vec!["Ville d'Ambérieu".into(), "CC Plaine de l'Ain, Ain".into()])
        );
        assert_eq!(
            convert(Kind::Actions, "coworking / mobilité, fablab (commence)", &v),
            Cell::Actions(vec![
                ActionCell {
                    categories: vec!["coworking".into(), "mobilite".into()],
                    statut: Some("fait".into()),
                    detail: None,
                },
                ActionCell {
                    categories: vec!["fablab".into()],
                    statut: Some("commence".into()),
                    detail: None,
                },
            ])
        );
        // What `list` shows of an action without a status comes back
        // without one.
        assert_eq!(
            convert(Kind::Actions, "fablab (non_renseigne)", &v),
            Cell::Actions(vec![ActionCell {
                categories: vec!["fablab".into()],
                statut: None,
                detail: None,
            }])
        );
    }
}
