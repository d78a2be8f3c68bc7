//! Free input read as a place: `fabriques geo QUERY` ([`Geo::search`]) and
//! the `--departement` / `--region` flags ([`Geo::resolve_departement`],
//! [`Geo::resolve_region`]).

use std::collections::HashSet;

use super::model::{Commune, Departement, Region};
use super::normalise::{normalise_name, similarity};
use super::{Geo, MAX_SUGGESTIONS};

/// Minimum [`similarity`] for a department/region to be suggested.
const MIN_SUGGESTION_SCORE: f64 = 0.75;
/// Minimum [`similarity`] for a commune to be returned by the fuzzy fallback
/// of [`Geo::search`].
const MIN_SEARCH_SCORE: f64 = 0.85;
/// Maximum number of communes returned by the fuzzy fallback of [`Geo::search`].
const MAX_FUZZY_SEARCH: usize = 10;

impl Geo {
    /// Interprets free input as a department: its code (trimmed,
    /// case-insensitive, a single digit is zero-padded: `1` → `01`, `2a` →
    /// `2A`) or its name compared with [`normalise_name`] (`ain`,
    /// `cotes d armor`), a leading article being optional (`Réunion`). On
    /// failure returns up to 3 suggestions, closest
    /// first, among departments whose name is similar enough; the historical
    /// Corsican code `20` suggests `2A` and `2B`; an unknown code-like input
    /// (digits) gives no suggestion.
    pub fn resolve_departement(&self, input: &str) -> Result<&Departement, Vec<&Departement>> {
        let input = input.trim();
        let code = code_candidate(input);
        if let Some(d) = self.departement(&code) {
            return Ok(d);
        }
        if code == "20" {
            return Err(["2A", "2B"].iter().filter_map(|c| self.departement(c)).collect());
        }
        resolve_by_name(input, &self.departements, |d| d.nom)
    }

    /// Interprets free input as a region: its code (trimmed, a single digit is
    /// zero-padded) or its name compared with [`normalise_name`]
    /// (`auvergne rhone alpes`), a leading article being optional. Former
    /// regions and abbreviations (`Rhône-Alpes`, `PACA`) are not known: the
    /// former may come back as suggestions. On failure returns up to 3 suggestions,
    /// closest first, among regions whose name is similar enough; an unknown
    /// code-like input gives no suggestion.
    pub fn resolve_region(&self, input: &str) -> Result<&Region, Vec<&Region>> {
        let input = input.trim();
        if let Some(r) = self.region(&code_candidate(input)) {
            return Ok(r);
        }
        resolve_by_name(input, &self.regions, |r| r.nom)
    }

    /// Lookup for a human exploring the reference (`fabriques geo QUERY`).
    ///
    /// - A query shaped like an INSEE code (`01004`, `2a004`) gives, without
    ///   duplicates: the records with that INSEE code; then (5 digits) the
    ///   communes served by that postal code, as in
    ///   [`Geo::communes_by_postal_code`]; then the current commune whose
    ///   [`Commune::anciens_codes`] lists it (`75010` gives Paris and Paris
    ///   10e Arrondissement, then Bondy, whose pre-1968 code was 75010).
    /// - Otherwise the query is a name, compared with [`normalise_name`]:
    ///   first the records whose key equals the query's, then those whose key
    ///   starts with it (followed by a space), then those containing it as a
    ///   run of whole words; within each group current communes before
    ///   arrondissements before former communes, larger population first,
    ///   then INSEE code. Arrondissement short forms (`Paris 10e`) count as
    ///   names. If none of these matches, up to 10 records with a similar name
    ///   (fuzzy), closest first.
    ///
    /// The list is not truncated otherwise (`saint` returns thousands of
    /// records); callers display what they need. Empty for an empty query.
    pub fn search(&self, query: &str) -> Vec<&Commune> {
        let query = query.trim();
        let mut out: Vec<usize> = Vec::new();
        let upper = query.to_ascii_uppercase();
        if is_insee_code_shape(&upper) {
            if let Some(first) = self.first_index(&upper) {
                out.extend((first..self.communes.len()).take_while(|&i| self.communes[i].code_insee == upper));
            }
            for &i in self.postal_indices(&upper) {
                if !out.contains(&i) {
                    out.push(i);
                }
            }
            if let Some(&i) = self.by_former_code.get(upper.as_str()) {
                if !out.contains(&i) {
                    out.push(i);
                }
            }
        }
        if !out.is_empty() || is_insee_code_shape(&upper) {
            return out.into_iter().map(|i| &self.communes[i]).collect();
        }

        let key = normalise_name(query);
        if key.is_empty() {
            return Vec::new();
        }
        let names = self.names();
        let prefix = format!("{key} ");
        let padded = format!(" {key} ");
        let mut groups: [Vec<usize>; 3] = Default::default();
        if let Some(exact) = names.by_key.get(&key) {
            groups[0].extend(exact);
        }
        for (i, k) in names.keys.iter().enumerate() {
            if !k.contains(key.as_str()) || *k == key {
                continue;
            }
            if k.starts_with(&prefix) {
                groups[1].push(i);
            } else if k.ends_with(&padded[..padded.len() - 1]) || k.contains(&padded) {
                groups[2].push(i);
            }
        }
        let mut seen = HashSet::new();
        for group in &mut groups {
            group.sort_by_key(|&i| self.rank(i));
            out.extend(group.iter().filter(|&&i| seen.insert(i)));
        }
        if out.is_empty() {
            let mut scored: Vec<(f64, usize)> = names
                .keys
                .iter()
                .enumerate()
                .map(|(i, k)| (similarity(&key, k), i))
                .filter(|(s, _)| *s >= MIN_SEARCH_SCORE)
                .collect();
            scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| self.rank(a.1).cmp(&self.rank(b.1))));
            out.extend(scored.iter().take(MAX_FUZZY_SEARCH).map(|(_, i)| *i));
        }
        out.into_iter().map(|i| &self.communes[i]).collect()
    }
}

/// Trimmed, upper-cased input, with a lone digit zero-padded.
fn code_candidate(input: &str) -> String {
    let upper = input.to_ascii_uppercase();
    if upper.len() == 1 && upper.as_bytes()[0].is_ascii_digit() {
        format!("0{upper}")
    } else {
        upper
    }
}

/// True for `NNNNN`, `2ANNN`, `2BNNN` (upper case).
fn is_insee_code_shape(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 5
        && b.iter()
            .enumerate()
            .all(|(i, &c)| c.is_ascii_digit() || (i == 1 && b[0] == b'2' && (c == b'A' || c == b'B')))
}

/// Shared name resolution for departments and regions.
fn resolve_by_name<'a, T>(input: &str, items: &'a [T], nom: impl Fn(&T) -> &str) -> Result<&'a T, Vec<&'a T>> {
    let key = normalise_name(input);
    if key.is_empty() || key.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Vec::new());
    }
    let keys: Vec<String> = items.iter().map(|t| normalise_name(nom(t))).collect();
    if let Some(i) = keys.iter().position(|k| *k == key) {
        return Ok(&items[i]);
    }
    let bare = without_article(&key);
    if let Some(i) = keys.iter().position(|k| without_article(k) == bare) {
        return Ok(&items[i]);
    }
    let mut scored: Vec<(f64, usize)> = keys
        .iter()
        .enumerate()
        .map(|(i, k)| (similarity(&key, k), i))
        .filter(|(s, _)| *s >= MIN_SUGGESTION_SCORE)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    Err(scored
        .into_iter()
        .take(MAX_SUGGESTIONS)
        .map(|(_, i)| &items[i])
        .collect())
}

/// A normalised name without its leading article (`la reunion` → `reunion`).
fn without_article(key: &str) -> &str {
    ["le ", "la ", "les ", "l "]
        .iter()
        .find_map(|a| key.strip_prefix(a))
        .unwrap_or(key)
}
