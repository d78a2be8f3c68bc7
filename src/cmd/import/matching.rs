//! Which existing record a row is about, so that a new edition of a list
//! updates the register instead of duplicating it.
//!
//! In this order: the record with the row's external identifier
//! (`identifiants.anct`); the one record of the same commune whose name is
//! the same once folded (accents, case, spaces and punctuation: « LAB 01 »
//! is « LAB01 »); the record the row's `id` column names; last, the record
//! whose id is the slug of the row's name. The last two only when nothing
//! says it is another fabrique (another identifier; for a slug, another
//! commune). Each match is
//! shown with what it was made on ([`Match`]). A match that is ambiguous
//! (two records of one identifier, of one name in one commune) is not
//! made: the row goes on to the next way, and `validate` reports the
//! duplicates.

use super::*;
use crate::rules::duplicate_name;

/// What a row was matched to a record on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Match {
    /// The external identifier (`fabt-59`).
    Identifier(String),
    /// The row's `id` column.
    Id,
    /// The name and the commune: (the row's name, the record's).
    NameAndCommune(String, String),
    /// The id made from the row's name.
    Slug,
}

impl Match {
    pub(super) fn describe(&self, lang: Lang) -> String {
        match self {
            Match::Identifier(id) => say(&ui::IMPORT_MATCH_IDENTIFIER, lang, &[("identifiant", id.clone())]),
            Match::Id => ui::IMPORT_MATCH_ID.get(lang).to_string(),
            Match::NameAndCommune(row, record) => say(
                &ui::IMPORT_MATCH_NAME,
                lang,
                &[("ligne", row.clone()), ("fiche", record.clone())],
            ),
            Match::Slug => ui::IMPORT_MATCH_SLUG.get(lang).to_string(),
        }
    }
}

/// The id a row would get is another fabrique's: that record has another
/// external identifier, or (an id made from the name) is in another
/// commune.
#[derive(Debug)]
pub(super) struct Taken {
    pub(super) id: String,
    /// The other record's identifier, when that is what differs.
    pub(super) identifier: Option<String>,
}

/// A name folded for matching: the slug without its hyphens (« LAB 01 »,
/// « LAB01 » and « lab-01 » are `lab01`).
pub(super) fn name_key(nom: &str) -> String {
    slugify(nom).replace('-', "")
}

/// The register's records, indexed for matching.
#[derive(Default)]
pub(super) struct Matcher {
    by_identifier: HashMap<String, Vec<String>>,
    by_name: HashMap<(String, String), Vec<String>>,
    /// Each record's identifier, commune key and name, by id.
    known: HashMap<String, (Option<String>, String, String)>,
}

/// The commune key of `duplicate-name` (`duplicate_name::key`): the INSEE
/// code when the address resolves, else the commune's name folded.
fn commune_key(outline_key: &str) -> &str {
    outline_key.split_once('\u{0}').map_or("", |(_, place)| place)
}

impl Matcher {
    pub(super) fn new(outlines: &[Outline]) -> Matcher {
        let mut m = Matcher::default();
        for o in outlines {
            let place = commune_key(&o.key).to_string();
            if let Some(anct) = &o.anct {
                m.by_identifier
                    .entry(anct.to_string())
                    .or_default()
                    .push(o.id.to_string());
            }
            m.by_name
                .entry((name_key(&o.nom), place.clone()))
                .or_default()
                .push(o.id.to_string());
            m.known.insert(
                o.id.to_string(),
                (o.anct.as_ref().map(|a| a.to_string()), place, o.nom.to_string()),
            );
        }
        m
    }

    /// The record `p` is about, and what the match was made on; or why the
    /// id the row would get belongs to another fabrique.
    pub(super) fn find(
        &self,
        p: &Prepared,
        existing: &HashMap<String, PathBuf>,
    ) -> Result<Option<(String, Match)>, Taken> {
        let one = |ids: Option<&Vec<String>>| match ids.map(Vec::as_slice) {
            Some([id]) => Some(id.clone()),
            _ => None,
        };
        let anct = p.text("identifiants.anct");
        if let Some(id) = anct.as_ref().and_then(|a| one(self.by_identifier.get(a))) {
            return Ok(Some((id, Match::Identifier(anct.unwrap_or_default()))));
        }
        let place = p.commune_key();
        let Ok(id) = &p.id else { return Ok(None) };
        let other_identifier = |id: &str| {
            let theirs = self.known.get(id).and_then(|(a, _, _)| a.clone());
            match (&anct, theirs) {
                (Some(ours), Some(theirs)) if *ours != theirs => Some(theirs),
                _ => None,
            }
        };
        if let (Some(nom), Some(place)) = (&p.nom, &place) {
            if let Some(id) = one(self.by_name.get(&(name_key(nom), place.clone()))) {
                if other_identifier(&id).is_none() {
                    let theirs = self.known.get(&id).map_or_else(String::new, |(_, _, nom)| nom.clone());
                    return Ok(Some((id, Match::NameAndCommune(nom.clone(), theirs))));
                }
            }
        }
        if p.explicit_id && existing.contains_key(id) {
            if let Some(theirs) = other_identifier(id) {
                return Err(Taken {
                    id: id.clone(),
                    identifier: Some(theirs),
                });
            }
            return Ok(Some((id.clone(), Match::Id)));
        }
        if existing.contains_key(id) {
            if let Some(theirs) = other_identifier(id) {
                return Err(Taken {
                    id: id.clone(),
                    identifier: Some(theirs),
                });
            }
            let their_place = self.known.get(id).map(|(_, place, _)| place.as_str());
            if let (Some(ours), Some(theirs)) = (&place, their_place) {
                if ours != theirs {
                    return Err(Taken {
                        id: id.clone(),
                        identifier: None,
                    });
                }
            }
            return Ok(Some((id.clone(), Match::Slug)));
        }
        Ok(None)
    }
}

impl Prepared {
    /// The text the row gives `path` (`identifiants.anct`), if any.
    pub(super) fn text(&self, path: &str) -> Option<String> {
        self.sets
            .iter()
            .find(|s| s.path.join(".") == path)
            .and_then(|s| match &s.value {
                Cell::Text(t) if !t.trim().is_empty() => Some(t.trim().to_string()),
                _ => None,
            })
    }

    /// The row's commune, keyed as `duplicate-name` keys it: the INSEE
    /// code of the commune its address designates, else its commune's name
    /// folded; `None` without a commune.
    pub(super) fn commune_key(&self) -> Option<String> {
        let name = self.text("adresse.commune")?;
        let place = crate::place::resolve(
            Geo::get(),
            self.text("adresse.code_postal").as_deref(),
            Some(&name),
            self.text("adresse.code_insee").as_deref(),
        );
        let key = duplicate_name::key("", &name, place.commune.map(|c| c.code_insee));
        Some(commune_key(&key).to_string())
    }
}
