//! The filters shared by `list`, `export`, `criteres` and `stats`.
//!
//! Each flag is parsed once, before any file is read, into a [`Filter`]:
//! département and région names are resolved through the geography
//! reference, codes are checked against the vocabularies, and anything
//! unknown fails fast (exit 2) with suggestions. Flags combine with AND;
//! the values of one flag (repeated, or comma-separated) combine with OR.
//!
//! A yes/no fact a record does not give (`qpv`, `numerique`) is unknown
//! ([`Known::Inconnu`]), selected only by `inconnu`: never counted as « non »
//! nor « oui ». The records a filter leaves out only because of such an
//! unknown are counted as they go by, so that each command can say how
//! many ([`Filter::note_unknowns`]): a count of the known ones is never
//! read as the register's.

use std::collections::HashSet;
use std::sync::atomic::{AtomicUsize, Ordering};

use anyhow::{bail, Result};

use crate::context::Context;
use crate::geo::{Commune, CommuneKind, Geo, Homonym};
use crate::messages::{fill, ui, Lang};
use crate::register::{self, Entry};
use crate::suggest::closest;
use crate::vocab::Vocabularies;

/// The filter flags, as typed. Their help texts are in the catalogue
/// (`messages::cli`, keys `*.flag`).
#[derive(Clone, Debug, Default, clap::Args)]
pub struct FilterArgs {
    // Département code or name (01, 2A, 971, Ain, "Côtes-d'Armor").
    #[arg(long, value_delimiter = ',', value_name = "DEPARTEMENT")]
    pub departement: Vec<String>,
    // Région code or name (84, "Auvergne-Rhône-Alpes").
    #[arg(long, value_delimiter = ',', value_name = "REGION")]
    pub region: Vec<String>,
    // Commune name or INSEE code.
    #[arg(long, value_delimiter = ',', value_name = "COMMUNE")]
    pub commune: Vec<String>,
    // QPV: known in a QPV (`--qpv`, `--qpv oui`), known outside (`--qpv
    // non`, `--hors-qpv`), not known (`--qpv inconnu`); several values
    // combine with OR.
    #[arg(
        long,
        value_enum,
        value_delimiter = ',',
        num_args = 0..=1,
        default_missing_value = "oui",
        value_name = "oui|non|inconnu"
    )]
    pub qpv: Vec<Known>,
    // Alias of `--qpv non`.
    #[arg(long)]
    pub hors_qpv: bool,
    // Fabrique numérique: as `--qpv`.
    #[arg(
        long,
        value_enum,
        value_delimiter = ',',
        num_args = 0..=1,
        default_missing_value = "oui",
        value_name = "oui|non|inconnu"
    )]
    pub numerique: Vec<Known>,
    // Alias of `--numerique non`.
    #[arg(long)]
    pub non_numerique: bool,
    // Action category (vocabulary `categories`).
    #[arg(long, value_delimiter = ',', value_name = "CATEGORIE")]
    pub action: Vec<String>,
    // Status of the actions that count: fait, commence, envisage.
    #[arg(long, value_delimiter = ',', value_name = "STATUT")]
    pub statut: Vec<String>,
    // Labelling year.
    #[arg(long, value_delimiter = ',', value_name = "ANNEE")]
    pub annee: Vec<i64>,
    // Status of the fabrique: en_projet, en_activite, fermee.
    #[arg(long = "statut-fabrique", value_delimiter = ',', value_name = "STATUT")]
    pub statut_fabrique: Vec<String>,
    // Network code (declared in fabriques.toml).
    #[arg(long, value_delimiter = ',', value_name = "RESEAU")]
    pub reseau: Vec<String>,
    // Text searched, without regard to case or accents, in names,
    // description, structure, commune and sub-actions.
    #[arg(long, value_name = "TEXTE")]
    pub cherche: Option<String>,
}

/// What a record says of a yes/no fact (`qpv`, `numerique`), as the
/// filters select it: a record that leaves the fact out is `Inconnu`,
/// never `Non`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Known {
    #[value(alias = "yes")]
    Oui,
    #[value(alias = "no")]
    Non,
    #[value(alias = "unknown")]
    Inconnu,
}

impl Known {
    pub fn of(v: Option<bool>) -> Known {
        match v {
            Some(true) => Known::Oui,
            Some(false) => Known::Non,
            None => Known::Inconnu,
        }
    }
}

/// The values asked for a yes/no fact; `None` when the flag is not given.
fn known_values(values: &[Known], no_alias: bool) -> Option<HashSet<Known>> {
    let mut set: HashSet<Known> = values.iter().copied().collect();
    if no_alias {
        set.insert(Known::Non);
    }
    (!set.is_empty()).then_some(set)
}

/// The filters, resolved and checked.
#[derive(Debug, Default)]
pub struct Filter {
    departements: HashSet<&'static str>,
    regions: HashSet<&'static str>,
    /// INSEE codes of the current communes asked for.
    communes: HashSet<&'static str>,
    /// INSEE codes of the arrondissements of Paris, Lyon and Marseille
    /// asked for (`--commune "Paris 10e"`).
    arrondissements: HashSet<&'static str>,
    qpv: Option<HashSet<Known>>,
    numerique: Option<HashSet<Known>>,
    /// Records that passed every other filter but were left out because
    /// their `qpv` (`numerique`) is unknown: said on stderr, so that a
    /// count of known values is never read as the whole register.
    left_out_qpv: AtomicUsize,
    left_out_numerique: AtomicUsize,
    actions: HashSet<String>,
    action_statuts: HashSet<String>,
    annees: HashSet<i64>,
    statuts: HashSet<String>,
    reseaux: HashSet<String>,
    cherche: Option<String>,
}

/// Reads the register and keeps the entries that pass the filter flags
/// (checked before any file is read), sorted by id; the filter is returned
/// for its notes ([`Filter::note_unknowns`]).
pub(crate) fn select(cx: &Context, filters: &FilterArgs) -> Result<(Vec<Entry>, Filter)> {
    let filter = Filter::new(filters, &cx.config.settings.vocab, Geo::get(), cx.lang)?;
    let entries = register::entries_where(cx, |e| filter.matches(e))?;
    Ok((entries, filter))
}

/// Folds text for `--cherche`: lowercase, no accents.
pub fn fold(s: &str) -> String {
    deunicode::deunicode(s).to_lowercase()
}

fn check_codes(values: &[String], vocab: &Vocabularies, name: &str, flag: &str, lang: Lang) -> Result<HashSet<String>> {
    let v = vocab.get(name);
    let codes = v.codes();
    for value in values {
        if !v.contains(value) {
            let suggestions = closest(value, codes.iter().copied(), 3);
            bail!(ui::unknown_value(lang, flag, value, &suggestions, &codes));
        }
    }
    Ok(values.iter().cloned().collect())
}

impl Filter {
    /// Resolves the flags. Fails on the first unknown value.
    pub fn new(args: &FilterArgs, vocab: &Vocabularies, geo: &Geo, lang: Lang) -> Result<Filter> {
        let mut f = Filter::default();
        for d in &args.departement {
            match geo.resolve_departement(d) {
                Ok(dep) => {
                    f.departements.insert(dep.code);
                }
                Err(s) => {
                    let names: Vec<String> = s.iter().map(|d| format!("{} {}", d.code, d.nom)).collect();
                    let names: Vec<&str> = names.iter().map(String::as_str).collect();
                    let all: Vec<&str> = geo.departements().iter().map(|d| d.code).collect();
                    bail!(ui::unknown_value(lang, "--departement", d, &names, &all));
                }
            }
        }
        for r in &args.region {
            match geo.resolve_region(r) {
                Ok(reg) => {
                    f.regions.insert(reg.code);
                }
                Err(s) => {
                    let names: Vec<String> = s.iter().map(|r| format!("{} {}", r.code, r.nom)).collect();
                    let names: Vec<&str> = names.iter().map(String::as_str).collect();
                    let all: Vec<String> = geo.regions().iter().map(|r| format!("{} {}", r.code, r.nom)).collect();
                    let all: Vec<&str> = all.iter().map(String::as_str).collect();
                    bail!(ui::unknown_value(lang, "--region", r, &names, &all));
                }
            }
        }
        for c in &args.commune {
            match resolve_commune(geo, c, &f.departements, &f.regions, lang)? {
                CommunePick::Commune(code) => f.communes.insert(code),
                CommunePick::Arrondissement(code) => f.arrondissements.insert(code),
            };
        }
        f.qpv = known_values(&args.qpv, args.hors_qpv);
        f.numerique = known_values(&args.numerique, args.non_numerique);
        f.actions = check_codes(&args.action, vocab, "categories", "--action", lang)?;
        f.action_statuts = check_codes(&args.statut, vocab, "statuts_action", "--statut", lang)?;
        f.statuts = check_codes(&args.statut_fabrique, vocab, "statuts", "--statut-fabrique", lang)?;
        f.reseaux = check_codes(&args.reseau, vocab, "reseaux", "--reseau", lang)?;
        f.annees = args.annee.iter().copied().collect();
        f.cherche = args.cherche.as_deref().map(fold).filter(|s| !s.trim().is_empty());
        Ok(f)
    }

    /// Whether an entry passes every filter. An entry left out only
    /// because its `qpv` or `numerique` is unknown is counted (see
    /// [`Filter::note_unknowns`]).
    pub fn matches(&self, e: &Entry) -> bool {
        if !self.matches_but_facts(e) {
            return false;
        }
        let r = &e.record;
        let (qpv, numerique) = (
            Known::of(r.qpv.as_ref().map(|q| q.value)),
            Known::of(r.numerique.as_ref().map(|n| n.value)),
        );
        let qpv_ok = self.qpv.as_ref().is_none_or(|set| set.contains(&qpv));
        let numerique_ok = self.numerique.as_ref().is_none_or(|set| set.contains(&numerique));
        if !qpv_ok && qpv == Known::Inconnu && numerique_ok {
            self.left_out_qpv.fetch_add(1, Ordering::Relaxed);
        }
        if !numerique_ok && numerique == Known::Inconnu && qpv_ok {
            self.left_out_numerique.fetch_add(1, Ordering::Relaxed);
        }
        qpv_ok && numerique_ok
    }

    /// Says on `err` how many records the filters left out only because
    /// their `qpv` or `numerique` is unknown, and how to see them.
    pub fn note_unknowns(&self, err: &mut dyn std::io::Write, lang: Lang) -> std::io::Result<()> {
        for (n, one, many) in [
            (
                self.left_out_qpv.load(Ordering::Relaxed),
                &ui::FILTER_LEFT_OUT_QPV_ONE,
                &ui::FILTER_LEFT_OUT_QPV_MANY,
            ),
            (
                self.left_out_numerique.load(Ordering::Relaxed),
                &ui::FILTER_LEFT_OUT_NUMERIQUE_ONE,
                &ui::FILTER_LEFT_OUT_NUMERIQUE_MANY,
            ),
        ] {
            if n > 0 {
                let text = crate::messages::plural(lang, n, one, many);
                writeln!(err, "{}", fill(text, &[("nombre", n.to_string())]))?;
            }
        }
        Ok(())
    }

    /// Every filter but `--qpv` and `--numerique`.
    fn matches_but_facts(&self, e: &Entry) -> bool {
        let r = &e.record;
        let set_ok =
            |set: &HashSet<&'static str>, v: Option<&str>| set.is_empty() || v.is_some_and(|v| set.contains(v));
        set_ok(&self.departements, e.departement().map(|d| d.code))
            && set_ok(&self.regions, e.region().map(|r| r.code))
            && self.commune_matches(e)
            && (self.annees.is_empty()
                || r.labellisation
                    .annee
                    .as_ref()
                    .is_some_and(|a| self.annees.contains(&a.value)))
            && (self.statuts.is_empty() || r.statut.as_ref().is_some_and(|s| self.statuts.contains(&s.value)))
            && (self.reseaux.is_empty() || r.reseaux.iter().any(|x| self.reseaux.contains(&x.value)))
            && self.actions_match(e)
            && self.cherche.as_ref().is_none_or(|q| self.text_matches(e, q))
    }

    /// `--commune`: the entry's commune is one asked for, or its
    /// arrondissement is.
    fn commune_matches(&self, e: &Entry) -> bool {
        (self.communes.is_empty() && self.arrondissements.is_empty())
            || e.commune.is_some_and(|c| self.communes.contains(c.code_insee))
            || e.arrondissement
                .is_some_and(|a| self.arrondissements.contains(a.code_insee))
    }

    fn actions_match(&self, e: &Entry) -> bool {
        if self.actions.is_empty() && self.action_statuts.is_empty() {
            return true;
        }
        e.record.actions.iter().any(|a| {
            let status_ok = self.action_statuts.is_empty()
                || a.statut
                    .as_ref()
                    .is_some_and(|s| self.action_statuts.contains(&s.value));
            let category_ok = self.actions.is_empty() || a.categories.iter().any(|c| self.actions.contains(&c.value));
            status_ok && category_ok
        })
    }

    fn text_matches(&self, e: &Entry, q: &str) -> bool {
        let r = &e.record;
        let mut fields = vec![r.id.as_str(), r.nom()];
        fields.extend(r.structure_porteuse.nom.as_ref().map(|n| n.value.as_str()));
        fields.extend(r.adresse.commune.as_ref().map(|n| n.value.as_str()));
        fields.extend(r.description.as_ref().map(|d| d.value.as_str()));
        fields.extend(
            r.actions
                .iter()
                .filter_map(|a| a.sous_action.as_ref().map(|s| s.value.as_str())),
        );
        fields.iter().any(|f| fold(f).contains(q))
    }
}

/// What `--commune VALUE` designates.
enum CommunePick {
    /// A current commune, by INSEE code.
    Commune(&'static str),
    /// An arrondissement of Paris, Lyon or Marseille, by INSEE code.
    Arrondissement(&'static str),
}

/// Reads one `--commune` value: an INSEE code (of a commune, an
/// arrondissement or a former commune), or a name. A name several communes
/// bear is refused with the list of them, unless `--departement` or
/// `--region` leaves only one; current communes of that name come before
/// arrondissements, then former communes and former names.
fn resolve_commune(
    geo: &Geo,
    value: &str,
    departements: &HashSet<&'static str>,
    regions: &HashSet<&'static str>,
    lang: Lang,
) -> Result<CommunePick> {
    let code = value.trim().to_ascii_uppercase();
    if let Some(c) = geo
        .commune(&code)
        .filter(|c| c.kind == CommuneKind::ArrondissementMunicipal)
    {
        return Ok(CommunePick::Arrondissement(c.code_insee));
    }
    if let Some(c) = geo.current_commune(&code) {
        return Ok(CommunePick::Commune(c.code_insee));
    }
    let homonyms = geo.homonyms(value);
    let rank = |h: &Homonym| match h.record.map(|r| r.kind) {
        Some(CommuneKind::Commune) => 0,
        Some(CommuneKind::ArrondissementMunicipal) => 1,
        _ => 2,
    };
    let Some(best) = homonyms.iter().map(rank).min() else {
        let near: Vec<String> = geo
            .search(value)
            .iter()
            .filter(|c| c.kind == CommuneKind::Commune)
            .take(5)
            .map(|c| candidate(geo, c, lang))
            .collect();
        if near.is_empty() {
            bail!(
                "{}{}{}",
                fill(
                    ui::FILTER_UNKNOWN.get(lang),
                    &[
                        ("option", "--commune".into()),
                        ("valeur", crate::terminal::clip(value).into_owned())
                    ]
                ),
                ui::LIST_SEPARATOR.get(lang),
                fill(
                    ui::FILTER_NO_COMMUNE.get(lang),
                    &[("valeur", crate::terminal::clip(value).into_owned())]
                )
            );
        }
        let near: Vec<&str> = near.iter().map(String::as_str).collect();
        bail!(ui::unknown_value(lang, "--commune", value, &near, &[]));
    };
    let in_scope = |c: &Commune| {
        (departements.is_empty() || departements.contains(c.departement))
            && (regions.is_empty() || regions.contains(c.region))
    };
    let mut found: Vec<&Homonym> = homonyms.iter().filter(|h| rank(h) == best).collect();
    if found.len() > 1 {
        found.retain(|h| in_scope(h.current));
    }
    match found.as_slice() {
        [one]
            if one
                .record
                .is_some_and(|r| r.kind == CommuneKind::ArrondissementMunicipal) =>
        {
            Ok(CommunePick::Arrondissement(one.record.map_or("", |r| r.code_insee)))
        }
        [one] => Ok(CommunePick::Commune(one.current.code_insee)),
        _ => {
            let all: Vec<&Homonym> = homonyms.iter().filter(|h| rank(h) == best).collect();
            let listed: Vec<String> = all.iter().map(|h| candidate(geo, h.current, lang)).collect();
            bail!(fill(
                ui::FILTER_AMBIGUOUS_COMMUNE.get(lang),
                &[
                    ("valeur", value.to_string()),
                    ("communes", listed.join(", ")),
                    ("exemple", all[0].current.code_insee.to_string()),
                    ("departement", all[0].current.departement.to_string()),
                ]
            ));
        }
    }
}

/// « Saint-Denis (93066, 93 Seine-Saint-Denis) ».
fn candidate(geo: &Geo, c: &Commune, lang: Lang) -> String {
    let departement = geo
        .departement(c.departement)
        .map_or_else(|| c.departement.to_string(), |d| format!("{} {}", d.code, d.nom));
    fill(
        ui::FILTER_COMMUNE_CANDIDATE.get(lang),
        &[
            ("nom", c.nom.to_string()),
            ("code", c.code_insee.to_string()),
            ("departement", departement),
        ],
    )
}

/// The places a filter names, for `actions`, which reads `--commune` and
/// `--departement` as a reference place to order by proximity rather than
/// as filters (see `cmd::actions`). Sorted, so that output is deterministic.
impl Filter {
    /// INSEE codes of the current communes named by `--commune` (an
    /// arrondissement counts as its commune).
    pub fn commune_codes(&self) -> Vec<&'static str> {
        let geo = Geo::get();
        let mut v: Vec<&'static str> = self.communes.iter().copied().collect();
        v.extend(
            self.arrondissements
                .iter()
                .filter_map(|a| geo.current_commune(a))
                .map(|c| c.code_insee),
        );
        v.sort_unstable();
        v.dedup();
        v
    }

    /// Codes of the départements named by `--departement`.
    pub fn departement_codes(&self) -> Vec<&'static str> {
        let mut v: Vec<&'static str> = self.departements.iter().copied().collect();
        v.sort_unstable();
        v
    }
}
