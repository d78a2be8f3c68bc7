//! What the fabriques do: their actions by category and status, read the
//! same way by every command (`list`'s summary, `actions`' matrix,
//! `stats`, the exports).
//!
//! Statuses are ordered as the vocabulary lists them (`fait`, `commence`,
//! `envisage`, then the register's own), most advanced first; an action
//! without a status, or with one the vocabulary does not know, is « non
//! renseigné » (an error `validate` reports), never taken for one of them:
//! absent means unknown.

use std::collections::BTreeMap;

use crate::messages::{ui, Lang};
use crate::vocab::Vocabularies;

use super::Entry;

/// Key of the column (and of `stats` lines) for a status that is not
/// recorded, or not in the vocabulary.
pub(crate) const NOT_RECORDED: &str = "non_renseigne";

/// The status columns, most advanced first.
#[derive(Debug, Clone)]
pub(crate) struct Columns {
    /// Status codes, in the vocabulary's order (fait, commence, envisage,
    /// then the register's additions).
    pub codes: Vec<String>,
    /// Whether a last column takes actions without a known status (only
    /// when no `--statut` restricts the columns).
    pub unrecorded: bool,
}

impl Columns {
    /// Every status of the vocabulary, or only those of `only` (in the
    /// vocabulary's order) when it is not empty.
    pub fn new(vocab: &Vocabularies, only: &[String]) -> Columns {
        let codes = vocab
            .get("statuts_action")
            .entries
            .iter()
            .map(|e| e.code.to_string())
            .filter(|c| only.is_empty() || only.contains(c))
            .collect();
        Columns {
            codes,
            unrecorded: only.is_empty(),
        }
    }

    pub fn len(&self) -> usize {
        self.codes.len() + usize::from(self.unrecorded)
    }

    /// The column of an action with this status; `None` when the column is
    /// not shown.
    pub fn of(&self, statut: Option<&str>) -> Option<usize> {
        match statut.and_then(|s| self.codes.iter().position(|c| c == s)) {
            Some(i) => Some(i),
            None if self.unrecorded => Some(self.codes.len()),
            None => None,
        }
    }

    /// The stable key of column `i`: a status code, or `non_renseigne`.
    pub fn key(&self, i: usize) -> &str {
        self.codes.get(i).map_or(NOT_RECORDED, String::as_str)
    }

    /// The heading of column `i`: the Movilab wording for the three
    /// statuses of the programme, the vocabulary's label for the others.
    pub fn header(&self, i: usize, vocab: &Vocabularies, lang: Lang) -> String {
        match self.codes.get(i).map(String::as_str) {
            Some("fait") => ui::ACTIONS_FAIT.get(lang).to_string(),
            Some("commence") => ui::ACTIONS_COMMENCE.get(lang).to_string(),
            Some("envisage") => ui::ACTIONS_ENVISAGE.get(lang).to_string(),
            Some(code) => vocab
                .get("statuts_action")
                .get(code)
                .map_or(code.to_string(), |e| e.libelle.to_string()),
            None => ui::UNKNOWN.get(lang).to_string(),
        }
    }
}

/// Orders category codes: the vocabulary's order (the register's additions
/// come after the built-in ones), then unknown codes alphabetically.
pub(crate) fn category_key(vocab: &Vocabularies, code: &str) -> (usize, String) {
    let entries = &vocab.get("categories").entries;
    let i = entries.iter().position(|e| e.code == code).unwrap_or(entries.len());
    (i, code.to_string())
}

/// The label of a category (the code itself when it is unknown).
pub(crate) fn category_label(vocab: &Vocabularies, code: &str) -> String {
    vocab
        .get("categories")
        .get(code)
        .map_or(code.to_string(), |e| e.libelle.to_string())
}

/// For one fabrique: each category of its actions (among `only`, when not
/// empty) with its most advanced column. Sorted by category key.
pub(crate) fn best_by_category(
    e: &Entry,
    columns: &Columns,
    vocab: &Vocabularies,
    only: &[String],
) -> Vec<((usize, String), usize)> {
    let mut best: BTreeMap<(usize, String), usize> = BTreeMap::new();
    for a in &e.record.actions {
        let Some(col) = columns.of(a.statut.as_ref().map(|s| s.value.as_str())) else {
            continue;
        };
        for c in a
            .categories
            .iter()
            .filter(|c| only.is_empty() || only.contains(&c.value))
        {
            let slot = best.entry(category_key(vocab, &c.value)).or_insert(col);
            *slot = (*slot).min(col);
        }
    }
    best.into_iter().collect()
}

/// The categories of a record's actions (in the record's order), each with
/// the key of its most advanced status (`fait`, `commence`...,
/// [`NOT_RECORDED`]).
fn best_status<'e>(e: &'e Entry, columns: &Columns) -> Vec<(&'e str, usize)> {
    let mut best: Vec<(&str, usize)> = Vec::new();
    for a in &e.record.actions {
        let Some(col) = columns.of(a.statut.as_ref().map(|s| s.value.as_str())) else {
            continue;
        };
        for c in &a.categories {
            match best.iter_mut().find(|(cat, _)| *cat == c.value) {
                Some(entry) => entry.1 = entry.1.min(col),
                None => best.push((c.value.as_str(), col)),
            }
        }
    }
    best
}

/// The actions of a record, one category each (in the record's order), with
/// its most advanced status: `fablab`, `fablab (commence)`; a category
/// whose actions have no known status is `fablab (non_renseigne)`.
pub(crate) fn summary(e: &Entry, vocab: &Vocabularies) -> String {
    let columns = Columns::new(vocab, &[]);
    best_status(e, &columns)
        .iter()
        .map(|&(c, col)| match columns.key(col) {
            "fait" => c.to_string(),
            status => format!("{c} ({status})"),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// [`summary`] for people: the vocabulary's labels instead of codes
/// (« Living lab, Fablab (ont commencé) »), a status not recorded said as
/// such. For a map's popup, where codes mean nothing.
pub(crate) fn summary_labels(e: &Entry, vocab: &Vocabularies, lang: Lang) -> String {
    let columns = Columns::new(vocab, &[]);
    let categories = vocab.get("categories");
    best_status(e, &columns)
        .iter()
        .map(|&(c, col)| {
            let label = categories.get(c).map_or(c, |x| &x.libelle);
            match columns.key(col) {
                "fait" => label.to_string(),
                _ => format!("{label} ({})", columns.header(col, vocab, lang)),
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_follow_the_vocabulary_and_statut() {
        let vocab = Vocabularies::new(&[]);
        let all = Columns::new(&vocab, &[]);
        assert_eq!(all.codes, ["fait", "commence", "envisage"]);
        assert_eq!(all.of(Some("commence")), Some(1));
        assert_eq!(all.of(None), Some(3));
        assert_eq!(all.of(Some("fini")), Some(3));
        assert_eq!(all.key(3), NOT_RECORDED);
        let some = Columns::new(&vocab, &["envisage".to_string(), "fait".to_string()]);
        assert_eq!(some.codes, ["fait", "envisage"]);
        assert_eq!(some.of(Some("commence")), None);
        assert_eq!(some.of(None), None);
    }

    #[test]
    fn an_action_without_status_is_unknown_in_the_summary_and_in_the_matrix() {
        use crate::diagnostic::Span;
        use crate::record::{Action, Record, Sp};
        let vocab = Vocabularies::new(&[]);
        let action = |cat: &str, statut: Option<&str>| Action {
            span: Span::FILE,
            categories: vec![Sp::new(cat.to_string(), Span::FILE)],
            sous_action: None,
            precision: None,
            statut: statut.map(|s| Sp::new(s.to_string(), Span::FILE)),
        };
        let e = Entry {
            record: Record {
                actions: vec![
                    action("fablab", None),
                    action("coworking", Some("commence")),
                    action("coworking", Some("fait")),
                    action("mobilite", Some("fini")),
                ],
                ..Record::default()
            },
            path: "data/essai.toml".into(),
            parsed: true,
            commune: None,
            arrondissement: None,
            departement_code: None,
            errors: 1,
        };
        assert_eq!(
            summary(&e, &vocab),
            "fablab (non_renseigne), coworking, mobilite (non_renseigne)"
        );
        let columns = Columns::new(&vocab, &[]);
        let matrix = best_by_category(&e, &columns, &vocab, &[]);
        let fablab = matrix.iter().find(|((_, c), _)| c == "fablab").unwrap().1;
        assert_eq!(columns.key(fablab), NOT_RECORDED);
    }
}
