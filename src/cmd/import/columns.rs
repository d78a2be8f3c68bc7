//! The fields a column can fill, and the names columns go by: the
//! fields' own names, the columns of `export --csv` and `list`, and the
//! headings of the Movilab tables.

use super::*;

/// How a column's cells become a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
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
    /// The `actions_json` column of `export --csv`: every action whole.
    ActionsJson,
    /// The `liens` column of `export --csv` (JSON).
    Liens,
    /// The `validation_ignorer` column of `export --csv` (JSON).
    Exceptions,
    /// `financement_annuel`: `2020 : 50000 | 2021 : 50000`.
    Annual,
}

/// The fields a column can fill (consortium kinds and `financement.annuel.AAAA`
/// are added from the vocabulary and the column name).
pub(super) const FIELDS: &[(&str, Kind)] = &[
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
    ("description", Kind::Text),
    ("identifiants.anct", Kind::Text),
    ("labellisation.annee", Kind::Int),
    ("labellisation.vague", Kind::Int),
    ("adresse.voie", Kind::Text),
    ("adresse.code_postal", Kind::PostalCode),
    ("adresse.commune", Kind::Text),
    ("adresse.code_insee", Kind::PostalCode),
    ("adresse.latitude", Kind::Float),
    ("adresse.longitude", Kind::Float),
    ("adresse.precision_point", Kind::Code("precisions_point")),
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
    ("actions_json", Kind::ActionsJson),
    ("liens", Kind::Liens),
    ("validation.ignorer", Kind::Exceptions),
    ("financement.annuel", Kind::Annual),
];

/// Pseudo-fields: the record's id; a link that is the Movilab page or the
/// website depending on its address; a column to leave out; a comment.
pub(super) const ID: &str = "id";
pub(super) const LIEN: &str = "lien";
pub(super) const IGNORE: &str = "-";
/// A column kept as a comment of the new record (`# colonne : texte`):
/// what a sheet says about a row that is no field (why a name was
/// chosen). Several columns may be comments.
pub(super) const COMMENT: &str = "commentaire";

/// Column names (folded by [`fold`]) and their field: the `list` and
/// `export` columns, and the headings of the Movilab tables and of
/// hand-made sheets. Field names themselves are always understood.
pub(super) const ALIASES: &[(&str, &str)] = &[
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
    // The point of a GeoJSON feature (`import::geojson`).
    ("geometry latitude", "adresse.latitude"),
    ("geometry longitude", "adresse.longitude"),
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
    ("code insee commune", IGNORE),
];

/// A column name folded for comparison: ASCII, lowercase, a parenthesised
/// note dropped, punctuation turned into single spaces.
pub(super) fn fold(s: &str) -> String {
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
pub(super) struct Fields {
    pub(super) kinds: HashMap<String, Kind>,
    /// Folded name → path.
    pub(super) names: HashMap<String, String>,
}

impl Fields {
    pub(super) fn new(vocab: &Vocabularies) -> Fields {
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
    pub(super) fn find(&self, name: &str) -> Option<String> {
        let name = name.trim();
        if self.kinds.contains_key(name) || [ID, LIEN, IGNORE, COMMENT].contains(&name) {
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

    pub(super) fn kind(&self, path: &str) -> Option<Kind> {
        if annual_year(path).is_some() {
            return Some(Kind::Amount);
        }
        self.kinds.get(path).copied()
    }

    pub(super) fn all_paths(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self.kinds.keys().map(String::as_str).collect();
        v.push(ID);
        v.push(COMMENT);
        v.sort_unstable();
        v
    }
}

pub(super) fn annual_year(path: &str) -> Option<&str> {
    path.strip_prefix("financement.annuel.")
        .filter(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
}
