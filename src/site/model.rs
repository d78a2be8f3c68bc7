//! The site's view model: the register as people see it, in plain owned
//! data, with nothing left to look up.
//!
//! The generator ([`super::build`]) reads only this model: it never opens a
//! record, the geography reference or `fabriques.toml`. The adapter
//! (`from_register`) fills it from the register; a test fills it by hand.
//! Labels are already in the site's language (vocabulary labels are the
//! register's own, French). A fact the register does not know is `None`
//! and the site shows it as « non renseigné », never as « non »: that is
//! why `qpv`, `numerique`, `annee` and `structure` are `Option`s.
//!
//! Links between fabriques are given once, from the record that writes
//! them (`liens`); the pages « liens entrants » are derived by the
//! generator, so the two directions can never disagree.

use crate::messages::Lang;

/// A code with its label in the site's language: a vocabulary entry, a
/// département, a région.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Coded {
    pub code: String,
    pub label: String,
}

impl Coded {
    pub fn new(code: impl Into<String>, label: impl Into<String>) -> Coded {
        Coded {
            code: code.into(),
            label: label.into(),
        }
    }
}

/// Where a point comes from: the map and the pages never present a
/// commune's centre as the fabrique's address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    /// The fabrique's own address (geocoded or surveyed).
    Address,
    /// Only the centre of its commune: the address is not known.
    CommuneCentre,
}

/// A point on the map, WGS84 degrees.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub lat: f64,
    pub lon: f64,
    pub precision: Precision,
}

/// The postal address, as written in the record.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Address {
    pub voie: Option<String>,
    pub code_postal: Option<String>,
    pub commune: Option<String>,
    pub code_insee: Option<String>,
}

/// The carrying structure. `SiteFabrique::structure` is `None` when the
/// register knows nothing of it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Structure {
    pub nom: Option<String>,
    pub forme_juridique: Option<Coded>,
    pub creation: Option<i64>,
    pub siret: Option<String>,
}

/// A network the fabrique belongs to.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Reseau {
    pub code: String,
    pub nom: String,
    pub site: Option<String>,
}

/// What `fabriques criteres` says of a criterion for a record.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Verdict {
    /// The record documents it (✓).
    Met,
    /// What the record writes does not show it (✗): what is missing.
    Unmet(String),
    /// The record writes nothing about it (?): unknown, not failed.
    #[default]
    Unknown,
}

/// One of the six tiers-lieu criteria and what the record says of it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Critere {
    /// Stable key (the rule's name, `critere-communaute`).
    pub key: String,
    pub label: String,
    pub verdict: Verdict,
    /// What the record writes for it (its text, the publics, the actions
    /// done), shown beside the verdict; `None` when it writes nothing.
    pub evidence: Option<String>,
}

/// One line of the « Entrée par action ».
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Action {
    /// One or more categories (« coworking / mobilité » is one action).
    pub categories: Vec<Coded>,
    pub sous_action: Option<String>,
    pub precision: Option<String>,
    /// A code of [`Vocab::action_statuses`]; `None` when not given.
    pub statut: Option<Coded>,
}

/// A visit or contribution to another fabrique, as the record writes it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lien {
    /// The other fabrique's id (it may be missing from the register: the
    /// page then shows the id without a link).
    pub fabrique: String,
    pub kind: Coded,
    /// `AAAA-MM-JJ`.
    pub date: Option<String>,
    pub note: Option<String>,
}

/// One fabrique, every field of the record format as shown to people.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SiteFabrique {
    /// The record's id: the page is `fabriques/<id>/index.html`. An id that
    /// is not a valid record id (`[a-z0-9]+(-[a-z0-9]+)*`) gets no page.
    pub id: String,
    pub nom: String,
    /// The source's full text when `nom` had to be shortened.
    pub description: Option<String>,
    /// The ANCT's id of the fabrique in its list (`fabt-252`).
    pub anct: Option<String>,
    /// The record's file, relative to the register's repository root
    /// (`data/lab01.toml`), for « proposer une correction ».
    pub file: Option<String>,
    pub statut: Option<Coded>,
    pub qpv: Option<bool>,
    pub code_qpv: Option<String>,
    pub numerique: Option<bool>,
    pub annee: Option<i64>,
    pub vague: Option<i64>,
    pub site_web: Option<String>,
    pub page_movilab: Option<String>,
    pub video: Option<String>,
    pub reseaux: Vec<Reseau>,
    pub sources: Vec<String>,
    pub adresse: Address,
    pub departement: Option<Coded>,
    pub region: Option<Coded>,
    pub point: Option<Point>,
    pub structure: Option<Structure>,
    /// Members per kind of partner, in the record's order.
    pub consortium: Vec<(Coded, Vec<String>)>,
    /// (year, euros) received from the State.
    pub financement: Vec<(i64, i64)>,
    pub bonus_numerique: Option<i64>,
    pub publics: Vec<Coded>,
    /// The six criteria, in the order of `fabriques criteres`.
    pub criteres: Vec<Critere>,
    pub actions: Vec<Action>,
    /// Links this record writes (outgoing).
    pub liens: Vec<Lien>,
    /// Errors `fabriques validate` reports on the record: the page says so.
    pub erreurs: usize,
}

/// A figure of the programme, from the code of `fabriques stats`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Figure {
    /// Stable key (`fabriques`, `qpv`, `numerique`...).
    pub key: String,
    pub label: String,
    pub value: i64,
    /// The programme's figure to compare with, and whether it is only an
    /// order of magnitude (« environ 30 »).
    pub target: Option<(i64, bool)>,
    /// How many fabriques the figure could not count because a fact it
    /// needs is unknown (their QPV, their numérique): beside the value,
    /// never in it.
    pub unknown: Option<i64>,
}

/// The closed lists the filters and tables are built from, in their
/// vocabulary's order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Vocab {
    pub categories: Vec<Coded>,
    /// `fait`, `commence`, `envisage`.
    pub action_statuses: Vec<Coded>,
    /// The fabrique's own status: `en_projet`, `en_activite`, `fermee`.
    pub statuts: Vec<Coded>,
}

/// A file offered for download from the home page (the exports), written
/// under `telechargements/`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Download {
    /// A plain file name (`fabriques.csv`): letters, digits, `.`, `-`, `_`.
    pub file: String,
    pub label: String,
    pub bytes: Vec<u8>,
}

/// The outlines of the départements, drawn as the map's base layer.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BaseMap {
    /// A GeoJSON FeatureCollection of (Multi)Polygons in WGS84, one feature
    /// per département, whose properties give its code (`insee_dep` or
    /// `code`) and name (`lib_dep` or `nom`).
    pub geojson: String,
    /// Credit shown under the map (source and licence).
    pub attribution: String,
}

/// How the site is built.
#[derive(Clone, Debug, PartialEq)]
pub struct SiteOptions {
    pub lang: Lang,
    pub title: String,
    /// Where the register's files are on the forge, e.g.
    /// `https://github.com/org/registre/blob/main`: a fabrique's page links
    /// to `<forge_url>/<file>` to « proposer une correction ». Only
    /// `http(s)` URLs are used.
    pub forge_url: Option<String>,
    /// Adds OpenStreetMap tiles as an optional layer (off until the visitor
    /// picks it). The Content-Security-Policy then allows that one image
    /// origin; without it the site loads nothing from any other origin.
    pub osm_tiles: bool,
    /// Where the register's data comes from, shown in the footer.
    pub credit: Option<String>,
}

impl Default for SiteOptions {
    fn default() -> SiteOptions {
        SiteOptions {
            lang: Lang::Fr,
            title: String::new(),
            forge_url: None,
            osm_tiles: false,
            credit: None,
        }
    }
}

/// Everything the site shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SiteModel {
    pub options: SiteOptions,
    /// In any order: the generator sorts them by id.
    pub fabriques: Vec<SiteFabrique>,
    pub programme: Vec<Figure>,
    /// How many fabriques leave a fact unknown (`qpv`, `numerique`,
    /// `annee`, `statut`: the « non renseigné » lines of `fabriques
    /// stats`), shown beside the programme's figures.
    pub unknowns: Vec<Figure>,
    pub vocab: Vocab,
    pub base_map: Option<BaseMap>,
    pub downloads: Vec<Download>,
}
