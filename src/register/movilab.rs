//! The two tables of the Movilab page « Fabriques de Territoire », defined
//! once: « Technique » (one row per fabrique) and « Entrée par action »
//! (one row per action, the fabriques that do it, have started, want to).
//!
//! This module says which columns there are, in which order, under which
//! heading (the wording is in `messages::movilab`), and what each cell
//! holds; the outputs only draw the cells (`site` as HTML, `export
//! --wikitext`/`--markdown` in `export::wiki`). The tables are
//! described over [`Facts`], the few facts of a fabrique they show, which
//! the register's [`Entry`] gives here and the site's model gives in
//! `site`: both outputs then show the same columns with the same content.
//!
//! Unknown stays unknown: a cell of a fact the record leaves out is
//! [`Cell::Text`]`(None)`, [`Cell::YesNo`]`(None)`... and each output shows
//! it as such, never as « non ».

use std::collections::BTreeMap;

use super::Entry;
use crate::messages::{movilab as t, Lang, Text};

/// What the two tables show of a fabrique.
pub(crate) trait Facts {
    fn nom(&self) -> &str;
    /// The carrying structure's name (`None` when unknown).
    fn structure(&self) -> Option<&str>;
    fn code_postal(&self) -> Option<&str>;
    fn ville(&self) -> Option<&str>;
    fn qpv(&self) -> Option<bool>;
    fn numerique(&self) -> Option<bool>;
    /// The consortium's members of one kind (`collectivites`...).
    fn consortium(&self, kind: &str) -> Vec<&str>;
    fn annee(&self) -> Option<i64>;
    /// The carrying structure's creation year.
    fn creation(&self) -> Option<i64>;
    fn page_movilab(&self) -> Option<&str>;
    fn site_web(&self) -> Option<&str>;
    fn actions(&self) -> Vec<ActionFacts<'_>>;
}

/// One action of a fabrique, as the « Entrée par action » groups it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ActionFacts<'a> {
    /// Category codes (« coworking / mobilité » is one action).
    pub categories: Vec<&'a str>,
    pub sous_action: Option<&'a str>,
    pub precision: Option<&'a str>,
    /// A code of the `statuts_action` vocabulary, when given.
    pub statut: Option<&'a str>,
}

/// What a column of the « Technique » table holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Technique {
    Fabrique,
    Structure,
    CodePostal,
    Ville,
    Qpv,
    Numerique,
    /// The members of one kind of the consortium (a code of the
    /// `consortium` vocabulary).
    Consortium(&'static str),
    Labellisation,
    ExisteDepuis,
    /// The fabrique's presentation: its Movilab page, else its website.
    Dossier,
}

/// A column: what it holds, its heading, and the heading of the group of
/// columns it belongs to (drawn above consecutive columns of one group).
#[derive(Debug)]
pub(crate) struct Column<K> {
    pub kind: K,
    pub heading: &'static Text,
    pub group: Option<&'static Text>,
}

const fn col(kind: Technique, heading: &'static Text) -> Column<Technique> {
    Column {
        kind,
        heading,
        group: None,
    }
}

const fn consortium(code: &'static str, heading: &'static Text) -> Column<Technique> {
    Column {
        kind: Technique::Consortium(code),
        heading,
        group: Some(&t::CONSORTIUM),
    }
}

/// The « Technique » table, in the Movilab page's order.
pub(crate) static TECHNIQUE: [Column<Technique>; 13] = [
    col(Technique::Fabrique, &t::FABRIQUE),
    col(Technique::Structure, &t::STRUCTURE),
    col(Technique::CodePostal, &t::CODE_POSTAL),
    col(Technique::Ville, &t::VILLE),
    col(Technique::Qpv, &t::QPV),
    col(Technique::Numerique, &t::NUMERIQUE),
    consortium("collectivites", &t::COLLECTIVITE),
    consortium("centres_sociaux", &t::CENTRE_SOCIAL),
    consortium("bailleurs_sociaux", &t::BAILLEURS),
    consortium("acteurs_formation", &t::FORMATION),
    col(Technique::Labellisation, &t::LABELLISATION),
    col(Technique::ExisteDepuis, &t::EXISTE_DEPUIS),
    col(Technique::Dossier, &t::DOSSIER),
];

/// A cell's content, for an output to draw.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Cell<'a> {
    /// The fabrique's name (the site links it to the fabrique's page).
    Name(&'a str),
    /// A text, `None` when unknown.
    Text(Option<&'a str>),
    /// Oui / non, `None` when unknown.
    YesNo(Option<bool>),
    /// A year, `None` when unknown.
    Year(Option<i64>),
    /// Names, none when the record names none (the consortium is not
    /// required: an empty cell, not an unknown).
    Members(Vec<&'a str>),
    /// A link and the text naming it (« page Movilab », « site web »), when
    /// the record gives one.
    Link(Option<(&'a str, &'static Text)>),
}

impl Technique {
    /// The cell of this column for fabrique `f`.
    pub fn cell<F: Facts + ?Sized>(self, f: &F) -> Cell<'_> {
        match self {
            Technique::Fabrique => Cell::Name(f.nom()),
            Technique::Structure => Cell::Text(f.structure()),
            Technique::CodePostal => Cell::Text(f.code_postal()),
            Technique::Ville => Cell::Text(f.ville()),
            Technique::Qpv => Cell::YesNo(f.qpv()),
            Technique::Numerique => Cell::YesNo(f.numerique()),
            Technique::Consortium(kind) => Cell::Members(f.consortium(kind)),
            Technique::Labellisation => Cell::Year(f.annee()),
            Technique::ExisteDepuis => Cell::Year(f.creation()),
            Technique::Dossier => Cell::Link(
                f.page_movilab()
                    .map(|u| (u, &t::LINK_MOVILAB))
                    .or_else(|| f.site_web().map(|u| (u, &t::LINK_SITE))),
            ),
        }
    }
}

/// A status column of the « Entrée par action »: the actions with status
/// `code`, or (`None`) those with no status or one outside the vocabulary.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct StatusColumn {
    pub code: Option<String>,
    pub heading: String,
}

/// One row of the « Entrée par action »: an action (its categories and
/// its detail), and for each status column the fabriques that declare it
/// (their indices in the list given, in that order, each once).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ActionRow {
    /// Position of the first category in the vocabulary (unknown codes
    /// last): the rows' order.
    pub rank: usize,
    pub categories: Vec<String>,
    /// The sub-action, else the precision, else empty.
    pub detail: String,
    pub cells: Vec<Vec<usize>>,
}

/// The heading of the column of the actions of status `code` (labelled
/// `label` in the vocabulary).
fn status_heading(code: &str, label: &str, lang: Lang) -> String {
    match code {
        "fait" => t::FONT.get(lang).to_string(),
        "commence" => t::COMMENCE.get(lang).to_string(),
        "envisage" => t::VEULENT.get(lang).to_string(),
        _ => label.to_string(),
    }
}

/// The « Entrée par action » of `fabriques`: the status columns (the
/// vocabulary's `statuses`, (code, label) in order, then « statut non
/// renseigné » when some action needs it) and the rows, sorted by first
/// category in the vocabulary's order (`categories`: codes), then
/// categories, then detail. An action under several categories is one row
/// (« Coworking, mobilité »), as the Movilab page writes it.
pub(crate) fn actions<F: Facts + ?Sized>(
    fabriques: &[&F],
    categories: &[&str],
    statuses: &[(&str, &str)],
    lang: Lang,
) -> (Vec<StatusColumn>, Vec<ActionRow>) {
    let mut columns: Vec<StatusColumn> = statuses
        .iter()
        .map(|(code, label)| StatusColumn {
            code: Some((*code).to_string()),
            heading: status_heading(code, label, lang),
        })
        .collect();
    let known = |s: Option<&str>| s.and_then(|s| statuses.iter().position(|(c, _)| *c == s));
    let rank = |code: &str| categories.iter().position(|c| *c == code).unwrap_or(usize::MAX);
    let mut rows: BTreeMap<(usize, Vec<String>, String), Vec<Vec<usize>>> = BTreeMap::new();
    let mut any_unknown = false;
    for (i, f) in fabriques.iter().enumerate() {
        for a in f.actions() {
            let Some(first) = a.categories.first() else {
                continue;
            };
            let detail = a.sous_action.or(a.precision).unwrap_or_default().to_string();
            let codes: Vec<String> = a.categories.iter().map(|c| (*c).to_string()).collect();
            let col = known(a.statut).unwrap_or(statuses.len());
            any_unknown |= col == statuses.len();
            let cells = rows
                .entry((rank(first), codes, detail))
                .or_insert_with(|| vec![Vec::new(); statuses.len() + 1]);
            if cells[col].last() != Some(&i) {
                cells[col].push(i);
            }
        }
    }
    if any_unknown {
        columns.push(StatusColumn {
            code: None,
            heading: t::STATUT_INCONNU.get(lang).to_string(),
        });
    }
    let rows = rows
        .into_iter()
        .map(|((rank, categories, detail), mut cells)| {
            if !any_unknown {
                cells.pop();
            }
            ActionRow {
                rank,
                categories,
                detail,
                cells,
            }
        })
        .collect();
    (columns, rows)
}

/// « Coworking, mobilité »: an action's category labels, the first as
/// written, the others in lower case, as the Movilab page joins them.
pub(crate) fn categories_label<S: AsRef<str>>(labels: &[S]) -> String {
    labels
        .iter()
        .enumerate()
        .map(|(i, l)| {
            if i == 0 {
                l.as_ref().to_string()
            } else {
                l.as_ref().to_lowercase()
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn text(v: &Option<crate::record::Sp<String>>) -> Option<&str> {
    v.as_ref().map(|x| x.value.as_str())
}

/// The register's records, as the tables read them.
impl Facts for Entry {
    fn nom(&self) -> &str {
        self.record.nom()
    }
    fn structure(&self) -> Option<&str> {
        text(&self.record.structure_porteuse.nom)
    }
    fn code_postal(&self) -> Option<&str> {
        text(&self.record.adresse.code_postal)
    }
    fn ville(&self) -> Option<&str> {
        self.record.commune()
    }
    fn qpv(&self) -> Option<bool> {
        self.record.qpv.as_ref().map(|q| q.value)
    }
    fn numerique(&self) -> Option<bool> {
        self.record.numerique.as_ref().map(|q| q.value)
    }
    fn consortium(&self, kind: &str) -> Vec<&str> {
        self.record
            .consortium
            .iter()
            .filter(|(k, _)| k.value == kind)
            .flat_map(|(_, m)| m.iter().map(|x| x.value.as_str()))
            .collect()
    }
    fn annee(&self) -> Option<i64> {
        self.record.labellisation.annee.as_ref().map(|a| a.value)
    }
    fn creation(&self) -> Option<i64> {
        self.record.structure_porteuse.creation.as_ref().map(|a| a.value)
    }
    fn page_movilab(&self) -> Option<&str> {
        text(&self.record.page_movilab)
    }
    fn site_web(&self) -> Option<&str> {
        text(&self.record.site_web)
    }
    fn actions(&self) -> Vec<ActionFacts<'_>> {
        self.record
            .actions
            .iter()
            .map(|a| ActionFacts {
                categories: a.categories.iter().map(|c| c.value.as_str()).collect(),
                sous_action: text(&a.sous_action),
                precision: text(&a.precision),
                statut: text(&a.statut),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct F {
        nom: &'static str,
        movilab: Option<&'static str>,
        site: Option<&'static str>,
        actions: Vec<ActionFacts<'static>>,
    }

    impl Facts for F {
        fn nom(&self) -> &str {
            self.nom
        }
        fn structure(&self) -> Option<&str> {
            None
        }
        fn code_postal(&self) -> Option<&str> {
            None
        }
        fn ville(&self) -> Option<&str> {
            None
        }
        fn qpv(&self) -> Option<bool> {
            None
        }
        fn numerique(&self) -> Option<bool> {
            Some(false)
        }
        fn consortium(&self, _: &str) -> Vec<&str> {
            Vec::new()
        }
        fn annee(&self) -> Option<i64> {
            None
        }
        fn creation(&self) -> Option<i64> {
            None
        }
        fn page_movilab(&self) -> Option<&str> {
            self.movilab
        }
        fn site_web(&self) -> Option<&str> {
            self.site
        }
        fn actions(&self) -> Vec<ActionFacts<'_>> {
            self.actions.clone()
        }
    }

    fn action(categories: Vec<&'static str>, statut: Option<&'static str>) -> ActionFacts<'static> {
        ActionFacts {
            categories,
            sous_action: None,
            precision: None,
            statut,
        }
    }

    #[test]
    fn unknown_facts_stay_unknown_and_the_dossier_prefers_movilab() {
        let f = F {
            nom: "Lab",
            movilab: Some("https://movilab.org/wiki/Lab"),
            site: Some("https://lab.example"),
            actions: Vec::new(),
        };
        assert_eq!(Technique::Qpv.cell(&f), Cell::YesNo(None));
        assert_eq!(Technique::Numerique.cell(&f), Cell::YesNo(Some(false)));
        assert_eq!(Technique::Labellisation.cell(&f), Cell::Year(None));
        assert_eq!(
            Technique::Dossier.cell(&f),
            Cell::Link(Some(("https://movilab.org/wiki/Lab", &t::LINK_MOVILAB)))
        );
        let g = F { movilab: None, ..f };
        assert_eq!(
            Technique::Dossier.cell(&g),
            Cell::Link(Some(("https://lab.example", &t::LINK_SITE)))
        );
    }

    #[test]
    fn the_consortium_columns_are_grouped_and_every_column_has_a_heading() {
        let grouped: Vec<_> = TECHNIQUE.iter().filter(|c| c.group.is_some()).map(|c| c.kind).collect();
        assert_eq!(grouped.len(), 4);
        assert!(grouped.iter().all(|k| matches!(k, Technique::Consortium(_))));
        assert_eq!(TECHNIQUE[0].kind, Technique::Fabrique);
        assert!(TECHNIQUE
            .iter()
            .all(|c| !c.heading.fr.is_empty() && !c.heading.en.is_empty()));
    }

    #[test]
    fn actions_group_by_categories_and_detail_with_an_unknown_status_column_only_when_needed() {
        let a = F {
            nom: "A",
            movilab: None,
            site: None,
            actions: vec![
                action(vec!["coworking", "mobilite"], Some("fait")),
                action(vec!["fablab"], Some("fait")),
                action(vec!["fablab"], Some("fait")),
            ],
        };
        let b = F {
            nom: "B",
            movilab: None,
            site: None,
            actions: vec![action(vec!["fablab"], Some("envisage"))],
        };
        let statuses = [
            ("fait", "Font ça"),
            ("commence", "Ont commencé"),
            ("envisage", "Veulent"),
        ];
        let order = ["fablab", "coworking", "mobilite"];
        let (cols, rows) = actions(&[&a, &b], &order, &statuses, Lang::Fr);
        assert_eq!(cols.len(), 3, "no action without a status");
        assert_eq!(cols[0].heading, "Ces fabriques font ça");
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].categories, ["fablab"]);
        assert_eq!(
            rows[0].cells,
            vec![vec![0], vec![], vec![1]],
            "A once, though twice declared"
        );
        assert_eq!(rows[1].categories, ["coworking", "mobilite"]);
        let c = F {
            nom: "C",
            movilab: None,
            site: None,
            actions: vec![action(vec!["fablab"], None), action(vec!["fablab"], Some("inconnu"))],
        };
        let (cols, rows) = actions(&[&c], &order, &statuses, Lang::Fr);
        assert_eq!(cols.last().map(|c| c.code.clone()), Some(None));
        assert_eq!(rows[0].cells, vec![vec![], vec![], vec![], vec![0]]);
        assert_eq!(categories_label(&["Coworking", "Mobilité"]), "Coworking, mobilité");
    }
}
