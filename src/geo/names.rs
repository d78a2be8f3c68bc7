//! Communes by name: a postal code and a commune name matched against the
//! reference ([`Geo::match_commune`]), and every place a name may designate
//! in France ([`Geo::homonyms`]).
//!
//! Names are compared on keys that ignore typography ([`normalise_name`]),
//! and on the same keys without spaces, so that an apostrophe or a hyphen
//! typed, dropped or replaced by a space does not matter (« Crac'h »,
//! « Crach », « Crac h » are one name; « Lisle-sur-Tarn » and
//! « L'Isle-sur-Tarn » too). A name is looked up among the current
//! communes, the arrondissements of Paris, Lyon and Marseille, the former
//! communes (déléguées, associées) and the former names of the movements.

use std::collections::HashSet;

use super::model::{Commune, CommuneKind, FormerName};
use super::normalise::{compact_key, normalise_name, similarity};
use super::table::FastMap;
use super::Geo;

/// Normalised names of every record and former name, built lazily.
#[derive(Debug)]
pub(super) struct NameIndex {
    /// `normalise_name(communes[i].nom)`.
    pub(super) keys: Vec<String>,
    /// Normalised name (and arrondissement short forms) → record indices,
    /// ascending.
    pub(super) by_key: FastMap<String, Vec<usize>>,
    /// The same without spaces → record indices, ascending.
    by_compact: FastMap<String, Vec<usize>>,
}

/// A place a name designates: a commune, an arrondissement, a former commune
/// or a former name, with the current commune it is part of today.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Homonym<'a> {
    /// The name as the reference spells it.
    pub nom: &'a str,
    /// The record bearing the name (a current commune, an arrondissement, a
    /// commune déléguée or associée); `None` for a name of the movements
    /// ([`Homonym::former_name`]).
    pub record: Option<&'a Commune>,
    /// The former name of the movements, when the name is one.
    pub former_name: Option<&'a FormerName>,
    /// The current commune ([`CommuneKind::Commune`]) the place is part of
    /// (the record itself for a current commune).
    pub current: &'a Commune,
}

impl Homonym<'_> {
    /// True when the name is no longer a commune's (a commune déléguée or
    /// associée, or a former name).
    pub fn is_former(&self) -> bool {
        self.former_name.is_some() || self.record.is_some_and(|r| r.kind.is_former())
    }
}

/// Result of [`Geo::match_commune`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommuneMatch<'a> {
    /// A commune or arrondissement served by the postal code has exactly this
    /// official name (case-sensitive, after trimming the input).
    Exact(&'a Commune),
    /// A commune or arrondissement served by the postal code has this name
    /// once both are folded by [`normalise_name`] (spaces ignored); for
    /// arrondissements, short forms such as `Paris 10`, `Paris 10e`,
    /// `Paris 10ème`, `Lyon 1er`, `Marseille 08` are also accepted here.
    Loose(&'a Commune),
    /// No current commune matched, but a former commune (déléguée or
    /// associée) or a former name of a commune served by the postal code has
    /// this name, exactly or loosely; [`Homonym::current`] is that commune.
    Former(Homonym<'a>),
    /// The postal code exists but nothing it serves has this name.
    Unknown {
        /// Communes and arrondissements served by the postal code, and former
        /// communes attached to them, closest to the given name first (one
        /// per name); never empty.
        suggestions: Vec<&'a Commune>,
        /// Every other place of France this name designates, as
        /// [`Geo::homonyms`] orders them.
        elsewhere: Vec<Homonym<'a>>,
    },
    /// No commune has this postal code.
    UnknownPostalCode {
        /// Every place of France this name designates, as [`Geo::homonyms`]
        /// orders them.
        elsewhere: Vec<Homonym<'a>>,
    },
}

impl Geo {
    pub(super) fn names(&self) -> &NameIndex {
        self.names.get_or_init(|| {
            let keys: Vec<String> = self.communes.iter().map(|c| normalise_name(c.nom)).collect();
            let mut by_key: FastMap<String, Vec<usize>> =
                FastMap::with_capacity_and_hasher(keys.len(), Default::default());
            let mut by_compact: FastMap<String, Vec<usize>> =
                FastMap::with_capacity_and_hasher(keys.len(), Default::default());
            for (i, k) in keys.iter().enumerate() {
                let mut forms = vec![k.clone()];
                if self.communes[i].kind == CommuneKind::ArrondissementMunicipal {
                    forms.extend(arrondissement_short_forms(self.communes[i].nom));
                }
                for form in forms {
                    let compact = form.replace(' ', "");
                    let slot = by_compact.entry(compact).or_default();
                    if slot.last() != Some(&i) {
                        slot.push(i);
                    }
                    let slot = by_key.entry(form).or_default();
                    if slot.last() != Some(&i) {
                        slot.push(i);
                    }
                }
            }
            NameIndex {
                keys,
                by_key,
                by_compact,
            }
        })
    }

    /// Checks that `nom` is a commune served by `code_postal` (both trimmed),
    /// trying in order, and returning the first that succeeds:
    /// 1. [`CommuneMatch::Exact`]: a served current commune or arrondissement
    ///    whose official name equals `nom` (so `75010` + `Paris` gives the
    ///    commune Paris, `75010` + `Paris 10e Arrondissement` gives the
    ///    arrondissement, whose [`Commune::commune_parente`] is Paris);
    /// 2. [`CommuneMatch::Loose`]: the same, comparing keys without spaces
    ///    ([`compact_key`]), plus short arrondissement forms (`Paris 10e`,
    ///    `Lyon 1er`, `Marseille 08`);
    /// 3. [`CommuneMatch::Former`]: a former commune of a served current
    ///    commune, by official name or key; then a former name of the
    ///    movements of a served commune (`93400` + `Saint-Ouen` gives
    ///    Saint-Ouen-sur-Seine);
    /// 4. [`CommuneMatch::Unknown`] with suggestions and the homonyms
    ///    elsewhere, or [`CommuneMatch::UnknownPostalCode`] if nothing has
    ///    this postal code.
    pub fn match_commune(&self, code_postal: &str, nom: &str) -> CommuneMatch<'_> {
        let nom = nom.trim();
        let served = self.postal_indices(code_postal.trim());
        if served.is_empty() {
            return CommuneMatch::UnknownPostalCode {
                elsewhere: self.homonyms(nom),
            };
        }
        if let Some(&i) = served.iter().find(|&&i| self.communes[i].nom == nom) {
            return CommuneMatch::Exact(&self.communes[i]);
        }
        // Only the served communes and their former communes are folded
        // here: the index of every name is built only when the name is
        // not found (homonyms), which clean registers never need.
        let compact = compact_key(nom);
        let same = |i: usize| {
            let c = &self.communes[i];
            compact_key(c.nom) == compact
                || (c.kind == CommuneKind::ArrondissementMunicipal
                    && arrondissement_short_forms(c.nom)
                        .iter()
                        .any(|f| f.replace(' ', "") == compact))
        };
        if let Some(&i) = served.iter().find(|&&i| same(i)) {
            return CommuneMatch::Loose(&self.communes[i]);
        }
        let former: Vec<usize> = served
            .iter()
            .filter(|&&i| self.communes[i].kind == CommuneKind::Commune)
            .flat_map(|&i| self.children_of(self.communes[i].code_insee))
            .filter(|&&j| self.communes[j].kind.is_former())
            .copied()
            .collect();
        let found = former
            .iter()
            .find(|&&j| self.communes[j].nom == nom)
            .or_else(|| former.iter().find(|&&j| same(j)));
        if let Some(&j) = found {
            if let Some(h) = self.homonym_of_record(j) {
                return CommuneMatch::Former(h);
            }
        }
        let served_codes: HashSet<&str> = served.iter().map(|&i| self.communes[i].code_insee).collect();
        if let Some(h) = self
            .former_name_homonyms(&compact)
            .into_iter()
            .find(|h| served_codes.contains(h.current.code_insee))
        {
            return CommuneMatch::Former(h);
        }

        // Suggestions among served records and their former communes,
        // dropping names already suggested (a commune déléguée often bears
        // the name of its commune nouvelle).
        let key = normalise_name(nom);
        let mut scored: Vec<(f64, usize, String)> = served
            .iter()
            .chain(former.iter())
            .map(|&i| {
                let k = normalise_name(self.communes[i].nom);
                (similarity(&key, &k), i, k)
            })
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| self.rank(a.1).cmp(&self.rank(b.1))));
        let mut seen_names = HashSet::new();
        let suggestions = scored
            .into_iter()
            .filter(|(_, _, k)| seen_names.insert(k.clone()))
            .map(|(_, i, _)| &self.communes[i])
            .collect();
        let elsewhere = self
            .homonyms(nom)
            .into_iter()
            .filter(|h| !served_codes.contains(h.current.code_insee))
            .collect();
        CommuneMatch::Unknown { suggestions, elsewhere }
    }

    /// Every place of France that `nom` designates, compared without regard
    /// to typography and spaces: current communes first (by département,
    /// then INSEE code), then arrondissements, then communes déléguées and
    /// associées, then former names of the movements; one entry per current
    /// commune (the first reason it is listed). Empty for an empty name.
    pub fn homonyms(&self, nom: &str) -> Vec<Homonym<'_>> {
        let compact = compact_key(nom);
        if compact.is_empty() {
            return Vec::new();
        }
        let mut records: Vec<usize> = self.names().by_compact.get(&compact).cloned().unwrap_or_default();
        records.sort_by_key(|&i| (self.communes[i].kind, self.communes[i].departement, i));
        let mut out: Vec<Homonym<'_>> = records.into_iter().filter_map(|i| self.homonym_of_record(i)).collect();
        let mut former = self.former_name_homonyms(&compact);
        former.sort_by_key(|h| (h.current.departement, h.current.code_insee));
        out.extend(former);
        let mut seen = HashSet::new();
        out.retain(|h| seen.insert(h.current.code_insee));
        out
    }

    /// The homonym entry of record `i`, with its current commune.
    fn homonym_of_record(&self, i: usize) -> Option<Homonym<'_>> {
        let c = &self.communes[i];
        let current = match c.kind {
            CommuneKind::Commune => c,
            _ => self.parent(c)?,
        };
        Some(Homonym {
            nom: c.nom,
            record: Some(c),
            former_name: None,
            current,
        })
    }

    /// The former names of the movements with this compact key (their
    /// index, a tenth of the size of the full one, is built on first use).
    fn former_name_homonyms(&self, compact: &str) -> Vec<Homonym<'_>> {
        let index = self.former_index.get_or_init(|| {
            let mut by_compact: FastMap<String, Vec<usize>> = FastMap::default();
            for (i, f) in self.former_names.iter().enumerate() {
                by_compact.entry(compact_key(f.nom)).or_default().push(i);
            }
            by_compact
        });
        let Some(found) = index.get(compact) else {
            return Vec::new();
        };
        found
            .iter()
            .filter_map(|&i| {
                let f = &self.former_names[i];
                Some(Homonym {
                    nom: f.nom,
                    record: None,
                    former_name: Some(f),
                    current: self.commune(f.commune)?,
                })
            })
            .collect()
    }
}

/// Normalised short forms of an arrondissement name such as
/// `Paris 10e Arrondissement` or `Lyon 1er Arrondissement`: `paris 10`,
/// `paris 10e`, `paris 10eme`, each with and without ` arrondissement`
/// (`1er`, `1ere` too for the first; `08` as well as `8` below ten). Empty for
/// names of another shape.
pub(super) fn arrondissement_short_forms(nom: &str) -> Vec<String> {
    let key = normalise_name(nom);
    let words: Vec<&str> = key.split(' ').collect();
    let Some(pos) = words.iter().position(|w| w.starts_with(|c: char| c.is_ascii_digit())) else {
        return Vec::new();
    };
    let digits: String = words[pos].chars().take_while(|c| c.is_ascii_digit()).collect();
    let city = words[..pos].join(" ");
    let mut suffixes = vec!["", "e", "eme"];
    if digits == "1" {
        suffixes.extend(["er", "ere"]);
    }
    let mut numbers = vec![digits.clone()];
    if digits.len() == 1 {
        numbers.push(format!("0{digits}"));
    }
    let mut out = Vec::new();
    for number in &numbers {
        for s in &suffixes {
            out.push(format!("{city} {number}{s}"));
            out.push(format!("{city} {number}{s} arrondissement"));
        }
    }
    out
}
