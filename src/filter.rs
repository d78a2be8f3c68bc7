//! The filters shared by `list`, `export`, `criteres` and `stats`.
//!
//! Each flag is parsed once, before any file is read, into a [`Filter`]:
//! département and région names are resolved through the geography
//! reference, codes are checked against the vocabularies, and anything
//! unknown fails fast (exit 2) with suggestions. Flags combine with AND;
//! the values of one flag (repeated, or comma-separated) combine with OR.

use std::collections::HashSet;

use anyhow::{bail, Result};

use crate::context::Context;
use crate::geo::{normalise_name, Geo};
use crate::messages::{ui, Lang};
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
    // Only fabriques in a QPV.
    #[arg(long, conflicts_with = "hors_qpv")]
    pub qpv: bool,
    // Only fabriques outside any QPV.
    #[arg(long)]
    pub hors_qpv: bool,
    // Only Fabriques numériques de territoire.
    #[arg(long, conflicts_with = "non_numerique")]
    pub numerique: bool,
    // Only fabriques that are not Fabriques numériques.
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
    // structure, commune and sub-actions.
    #[arg(long, value_name = "TEXTE")]
    pub cherche: Option<String>,
}

/// The filters, resolved and checked.
#[derive(Debug, Default)]
pub struct Filter {
    departements: HashSet<&'static str>,
    regions: HashSet<&'static str>,
    /// INSEE codes of the current communes asked for.
    communes: HashSet<&'static str>,
    qpv: Option<bool>,
    numerique: Option<bool>,
    actions: HashSet<String>,
    action_statuts: HashSet<String>,
    annees: HashSet<i64>,
    statuts: HashSet<String>,
    reseaux: HashSet<String>,
    cherche: Option<String>,
}

/// Reads the register and keeps the entries that pass the filter flags
/// (checked before any file is read), sorted by id.
pub(crate) fn select(cx: &Context, filters: &FilterArgs) -> Result<Vec<Entry>> {
    let filter = Filter::new(filters, &cx.config.settings.vocab, Geo::get(), cx.lang)?;
    register::entries_where(cx, |e| filter.matches(e))
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
                    bail!(ui::unknown_value(lang, "--departement", d, &names, &[]));
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
                    bail!(ui::unknown_value(lang, "--region", r, &names, &[]));
                }
            }
        }
        for c in &args.commune {
            let key = normalise_name(c);
            let found: Vec<_> = geo
                .search(c)
                .into_iter()
                .filter(|x| x.code_insee == c.trim() || normalise_name(x.nom) == key)
                .filter_map(|x| geo.current_commune(x.code_insee))
                .collect();
            if found.is_empty() {
                let near: Vec<&str> = geo.search(c).iter().take(3).map(|x| x.nom).collect();
                bail!(ui::unknown_value(lang, "--commune", c, &near, &[]));
            }
            f.communes.extend(found.iter().map(|x| x.code_insee));
        }
        f.qpv = match (args.qpv, args.hors_qpv) {
            (true, _) => Some(true),
            (_, true) => Some(false),
            _ => None,
        };
        f.numerique = match (args.numerique, args.non_numerique) {
            (true, _) => Some(true),
            (_, true) => Some(false),
            _ => None,
        };
        f.actions = check_codes(&args.action, vocab, "categories", "--action", lang)?;
        f.action_statuts = check_codes(&args.statut, vocab, "statuts_action", "--statut", lang)?;
        f.statuts = check_codes(&args.statut_fabrique, vocab, "statuts", "--statut-fabrique", lang)?;
        f.reseaux = check_codes(&args.reseau, vocab, "reseaux", "--reseau", lang)?;
        f.annees = args.annee.iter().copied().collect();
        f.cherche = args.cherche.as_deref().map(fold).filter(|s| !s.trim().is_empty());
        Ok(f)
    }

    /// Whether an entry passes every filter.
    pub fn matches(&self, e: &Entry) -> bool {
        let r = &e.record;
        let set_ok =
            |set: &HashSet<&'static str>, v: Option<&str>| set.is_empty() || v.is_some_and(|v| set.contains(v));
        set_ok(&self.departements, e.commune.map(|c| c.departement))
            && set_ok(&self.regions, e.commune.map(|c| c.region))
            && set_ok(&self.communes, e.commune.map(|c| c.code_insee))
            && self.qpv.is_none_or(|q| r.qpv.as_ref().is_some_and(|v| v.value == q))
            && self.numerique.is_none_or(|n| r.is_numerique() == n)
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
        fields.extend(
            r.actions
                .iter()
                .filter_map(|a| a.sous_action.as_ref().map(|s| s.value.as_str())),
        );
        fields.iter().any(|f| fold(f).contains(q))
    }
}

/// The places a filter names, for `actions`, which reads `--commune` and
/// `--departement` as a reference place to order by proximity rather than
/// as filters (see `cmd::actions`). Sorted, so that output is deterministic.
impl Filter {
    /// INSEE codes of the current communes named by `--commune`.
    pub fn commune_codes(&self) -> Vec<&'static str> {
        let mut v: Vec<&'static str> = self.communes.iter().copied().collect();
        v.sort_unstable();
        v
    }

    /// Codes of the départements named by `--departement`.
    pub fn departement_codes(&self) -> Vec<&'static str> {
        let mut v: Vec<&'static str> = self.departements.iter().copied().collect();
        v.sort_unstable();
        v
    }
}
