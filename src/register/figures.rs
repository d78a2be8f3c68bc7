//! The register in figures: how many fabriques, where, in a QPV or not,
//! numériques, labelled when, doing what, meeting which criteria, funded
//! how much — and the programme's figures beside the counts.
//!
//! Computed once from the entries of the register (`compute`), section by
//! section, each a list of lines with a stable key, so that every view
//! shares one shape: `fabriques stats` writes them as a table, CSV or JSON,
//! and the website (`site`) shows the programme's figures. A value a record
//! does not give is counted as « non renseigné », never guessed. Labels are
//! in the run's language; keys never change.

use std::collections::BTreeMap;

use super::actions::{self, Columns, NOT_RECORDED};
use super::Entry;
use crate::config::Config;
use crate::messages::{fill, ui, Lang, Text};
use crate::rules::qpv_grande_ville::LARGE_COMMUNE;
use crate::vocab::Vocabularies;

/// `150000` → `150 000` (French) or `150,000` (English).
pub(crate) fn group_digits(n: i64, lang: Lang) -> String {
    group_digits_by(n, ui::THOUSANDS_SEPARATOR.get(lang))
}

/// `150000` → `150<sep>000`.
pub(crate) fn group_digits_by(n: i64, sep: &str) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(c);
    }
    if n < 0 {
        format!("-{out}")
    } else {
        out
    }
}

/// The programme's figures (AMI of July 2019): 300 fabriques...
const TARGET_FABRIQUES: i64 = 300;
/// ...half of them in a QPV...
const TARGET_QPV: i64 = 150;
/// ...half outside the large urban centres...
const TARGET_HORS_GRANDS_CENTRES: i64 = 150;
/// ...and about 30 Fabriques numériques de territoire.
const TARGET_NUMERIQUES: i64 = 30;

/// What a value counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    Fabriques,
    Euros,
}

impl Unit {
    pub(crate) fn key(self) -> &'static str {
        match self {
            Unit::Fabriques => "fabriques",
            Unit::Euros => "euros",
        }
    }
}

/// A figure of the programme to measure a count against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Target {
    pub value: i64,
    /// "About 30": an order of magnitude, not a quota.
    pub about: bool,
}

/// One figure.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Line {
    /// Stable: a code, a year, or a word of the format.
    pub key: String,
    /// In the run's language, or a name from the data.
    pub label: String,
    pub value: i64,
    pub unit: Unit,
    pub target: Option<Target>,
    /// How many fabriques the count could not judge because a fact it
    /// needs is unknown (their `qpv`, `numerique`, a criterion they write
    /// nothing about): beside the count, never added to it nor to its
    /// opposite. `None` when the line needs no such fact.
    pub unknown: Option<i64>,
}

impl Line {
    pub(crate) fn count(key: impl Into<String>, label: impl Into<String>, value: usize) -> Line {
        Line {
            key: key.into(),
            label: label.into(),
            value: value as i64,
            unit: Unit::Fabriques,
            target: None,
            unknown: None,
        }
    }

    pub(crate) fn euros(key: impl Into<String>, label: impl Into<String>, value: i64) -> Line {
        Line {
            key: key.into(),
            label: label.into(),
            value,
            unit: Unit::Euros,
            target: None,
            unknown: None,
        }
    }

    pub(crate) fn target(mut self, value: i64, about: bool) -> Line {
        self.target = Some(Target { value, about });
        self
    }

    /// `n` fabriques could not be counted for lack of a fact.
    pub(crate) fn unknown(mut self, n: usize) -> Line {
        self.unknown = Some(n as i64);
        self
    }
}

/// One row of the actions section: fabriques per status for a category.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ActionRow {
    pub key: String,
    pub label: String,
    /// One count per status column.
    pub counts: Vec<usize>,
    /// Fabriques with that category at any status.
    pub total: usize,
}

/// How a section is drawn in the table.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Body {
    /// Counts against the programme's figures, with a bar.
    Progress(Vec<Line>),
    /// Counts by code (région, département): code, name, count.
    Codes(Vec<Line>),
    /// Counts with their share of all fabriques, with a bar.
    Shares(Vec<Line>),
    /// Amounts and counts, as numbers.
    Figures(Vec<Line>),
    /// The action matrix: (key, heading) per status column, then rows.
    Actions {
        columns: Vec<(String, String)>,
        rows: Vec<ActionRow>,
    },
}

/// A named section.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Section {
    /// Stable key (CSV `section`, JSON key).
    pub name: &'static str,
    pub title: &'static Text,
    pub body: Body,
}

/// Everything `stats` prints.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Stats {
    pub total: usize,
    pub with_errors: usize,
    pub sections: Vec<Section>,
}

/// Départements sort by code, with Corsica's 2A and 2B between 19 and 21.
pub(crate) fn departement_order(code: &str) -> String {
    match code {
        "2A" | "2B" => format!("20{code}"),
        _ => code.to_string(),
    }
}

/// Counts of `entries` by an optional key, sorted by `order`, with « non
/// renseigné » last.
fn by_key<K: Ord + Clone>(
    entries: &[Entry],
    key: impl Fn(&Entry) -> Option<K>,
    line: impl Fn(&K, usize) -> Line,
    lang: Lang,
) -> Vec<Line> {
    let mut counts: BTreeMap<K, usize> = BTreeMap::new();
    let mut missing = 0;
    for e in entries {
        match key(e) {
            Some(k) => *counts.entry(k).or_default() += 1,
            None => missing += 1,
        }
    }
    let mut lines: Vec<Line> = counts.iter().map(|(k, n)| line(k, *n)).collect();
    if missing > 0 {
        lines.push(Line::count(NOT_RECORDED, ui::UNKNOWN.get(lang), missing));
    }
    lines
}

/// Computes every section on the selected entries.
pub(crate) fn compute(config: &Config, entries: &[Entry]) -> Stats {
    let (lang, vocab) = (config.lang, &config.settings.vocab);
    let count = |f: &dyn Fn(&Entry) -> bool| entries.iter().filter(|e| f(e)).count();
    let mut sections = vec![programme(entries, lang)];
    sections.extend(places(entries, lang));
    sections.extend(qpv_numerique(entries, lang));
    sections.extend(labellisation(entries, lang));
    sections.push(statut(entries, vocab, lang));
    sections.push(actions_matrix(entries, vocab, lang));
    sections.push(Section {
        name: "criteres",
        title: &ui::STATS_CRITERES,
        body: Body::Shares(
            crate::rules::criteria()
                .map(|c| {
                    let n = count(&|e| e.parsed && (c.shown)(&e.record).is_met());
                    let unknown = count(&|e| e.parsed && !e.record.written.has(c.fact));
                    Line::count(c.rule.name, c.short.get(lang), n).unknown(unknown)
                })
                .collect(),
        ),
    });
    sections.push(financement(entries, lang));
    Stats {
        total: entries.len(),
        with_errors: entries.iter().filter(|e| e.errors > 0).count(),
        sections,
    }
}

/// How many fabriques meet `f`.
fn count(entries: &[Entry], f: &dyn Fn(&Entry) -> bool) -> usize {
    entries.iter().filter(|e| f(e)).count()
}

fn qpv(e: &Entry) -> Option<bool> {
    e.record.qpv.as_ref().map(|q| q.value)
}

/// The programme's figures, beside the counts.
fn programme(entries: &[Entry], lang: Lang) -> Section {
    let count = |f: &dyn Fn(&Entry) -> bool| count(entries, f);
    let population = |e: &Entry| e.commune.and_then(|c| c.population);
    let hors_qpv = |e: &Entry| qpv(e) == Some(false);
    let qpv_unknown = count(&|e| qpv(e).is_none());
    let numerique_unknown = count(&|e| e.record.numerique.is_none());
    let seuil = group_digits(i64::from(LARGE_COMMUNE), lang);
    Section {
        name: "programme",
        title: &ui::STATS_PROGRAMME,
        body: Body::Progress(vec![
            Line::count("fabriques", ui::PROG_FABRIQUES.get(lang), entries.len()).target(TARGET_FABRIQUES, false),
            Line::count("qpv", ui::PROG_QPV.get(lang), count(&|e| qpv(e) == Some(true)))
                .target(TARGET_QPV, false)
                .unknown(qpv_unknown),
            Line::count(
                "hors_qpv_hors_grands_centres",
                ui::PROG_HORS_GRANDS_CENTRES.get(lang),
                count(&|e| hors_qpv(e) && population(e).is_some_and(|p| p <= LARGE_COMMUNE)),
            )
            .target(TARGET_HORS_GRANDS_CENTRES, false)
            .unknown(qpv_unknown),
            Line::count(
                "hors_qpv_grands_centres",
                fill(ui::PROG_GRANDS_CENTRES.get(lang), &[("seuil", seuil)]),
                count(&|e| hors_qpv(e) && population(e).is_some_and(|p| p > LARGE_COMMUNE)),
            ),
            Line::count(
                "hors_qpv_commune_inconnue",
                ui::PROG_COMMUNE_INCONNUE.get(lang),
                count(&|e| hors_qpv(e) && population(e).is_none()),
            ),
            Line::count(
                "numerique",
                ui::PROG_NUMERIQUES.get(lang),
                count(&|e| e.record.is_numerique()),
            )
            .target(TARGET_NUMERIQUES, true)
            .unknown(numerique_unknown),
        ]),
    }
}

/// By région and by département.
fn places(entries: &[Entry], lang: Lang) -> [Section; 2] {
    [
        Section {
            name: "region",
            title: &ui::STATS_REGION,
            body: Body::Codes(by_key(
                entries,
                |e| e.region().map(|r| (r.code, r.nom)),
                |(code, nom), n| Line::count(*code, *nom, n),
                lang,
            )),
        },
        Section {
            name: "departement",
            title: &ui::STATS_DEPARTEMENT,
            body: Body::Codes(by_key(
                entries,
                |e| e.departement().map(|d| (departement_order(d.code), d.code, d.nom)),
                |(_, code, nom), n| Line::count(*code, *nom, n),
                lang,
            )),
        },
    ]
}

/// In a QPV or not; Fabrique numérique or not.
fn qpv_numerique(entries: &[Entry], lang: Lang) -> [Section; 2] {
    let count = |f: &dyn Fn(&Entry) -> bool| count(entries, f);
    let numerique = |e: &Entry| e.record.numerique.as_ref().map(|n| n.value);
    [
        Section {
            name: "qpv",
            title: &ui::STATS_QPV,
            body: Body::Shares(vec![
                Line::count("qpv", ui::QPV_IN.get(lang), count(&|e| qpv(e) == Some(true))),
                Line::count("hors_qpv", ui::QPV_OUT.get(lang), count(&|e| qpv(e) == Some(false))),
                Line::count(NOT_RECORDED, ui::UNKNOWN.get(lang), count(&|e| qpv(e).is_none())),
            ]),
        },
        Section {
            name: "numerique",
            title: &ui::STATS_NUMERIQUE,
            body: Body::Shares(vec![
                Line::count("numerique", ui::YES.get(lang), count(&|e| numerique(e) == Some(true))),
                Line::count(
                    "non_numerique",
                    ui::NO.get(lang),
                    count(&|e| numerique(e) == Some(false)),
                ),
                Line::count(NOT_RECORDED, ui::UNKNOWN.get(lang), count(&|e| numerique(e).is_none())),
            ]),
        },
    ]
}

/// By labelling year and wave.
fn labellisation(entries: &[Entry], lang: Lang) -> [Section; 2] {
    [
        Section {
            name: "annee",
            title: &ui::STATS_ANNEE,
            body: Body::Shares(by_key(
                entries,
                |e| e.record.labellisation.annee.as_ref().map(|a| a.value),
                |y, n| Line::count(y.to_string(), y.to_string(), n),
                lang,
            )),
        },
        Section {
            name: "vague",
            title: &ui::STATS_VAGUE,
            body: Body::Shares(by_key(
                entries,
                |e| e.record.labellisation.vague.as_ref().map(|v| v.value),
                |v, n| Line::count(v.to_string(), format!("{} {v}", ui::F_VAGUE.get(lang)), n),
                lang,
            )),
        },
    ]
}

/// By the fabrique's status.
fn statut(entries: &[Entry], vocab: &Vocabularies, lang: Lang) -> Section {
    let count = |f: &dyn Fn(&Entry) -> bool| count(entries, f);
    let statuts = vocab.get("statuts");
    let mut statut_lines: Vec<Line> = statuts
        .entries
        .iter()
        .map(|s| {
            let n = count(&|e| e.record.statut.as_ref().is_some_and(|x| x.value == s.code));
            Line::count(s.code.to_string(), s.libelle.to_string(), n)
        })
        .collect();
    // Codes outside the vocabulary (an error `validate` reports) are shown
    // as written rather than hidden.
    let mut unknown: BTreeMap<&str, usize> = BTreeMap::new();
    for e in entries {
        if let Some(s) = e.record.statut.as_ref().filter(|s| !statuts.contains(&s.value)) {
            *unknown.entry(s.value.as_str()).or_default() += 1;
        }
    }
    statut_lines.extend(unknown.iter().map(|(code, n)| Line::count(*code, *code, *n)));
    statut_lines.push(Line::count(
        NOT_RECORDED,
        ui::UNKNOWN.get(lang),
        count(&|e| e.record.statut.is_none()),
    ));
    Section {
        name: "statut",
        title: &ui::STATS_STATUT,
        body: Body::Shares(statut_lines),
    }
}

/// The fabriques per action category and status.
fn actions_matrix(entries: &[Entry], vocab: &Vocabularies, lang: Lang) -> Section {
    let columns = Columns::new(vocab, &[]);
    let mut rows: BTreeMap<(usize, String), Vec<usize>> = BTreeMap::new();
    for e in entries {
        for (category, col) in actions::best_by_category(e, &columns, vocab, &[]) {
            rows.entry(category).or_insert_with(|| vec![0; columns.len()])[col] += 1;
        }
    }
    Section {
        name: "actions",
        title: &ui::STATS_ACTIONS,
        body: Body::Actions {
            columns: (0..columns.len())
                .map(|i| (columns.key(i).to_string(), columns.header(i, vocab, lang)))
                .collect(),
            rows: rows
                .into_iter()
                .map(|((_, code), counts)| ActionRow {
                    label: actions::category_label(vocab, &code),
                    key: code,
                    total: counts.iter().sum(),
                    counts,
                })
                .collect(),
        },
    }
}

/// The funding recorded, by year, with the numérique bonus.
fn financement(entries: &[Entry], lang: Lang) -> Section {
    let mut by_year: BTreeMap<i64, i64> = BTreeMap::new();
    let (mut annuel, mut bonus) = (0i64, 0i64);
    for e in entries {
        for (year, amount) in &e.record.financement.annuel {
            let slot = by_year.entry(year.value).or_default();
            *slot = slot.saturating_add(amount.value);
            annuel = annuel.saturating_add(amount.value);
        }
        if let Some(b) = &e.record.financement.bonus_numerique {
            bonus = bonus.saturating_add(b.value);
        }
    }
    let mut lines = vec![Line::count(
        "fiches",
        ui::FIN_FICHES.get(lang),
        count(entries, &|e| {
            !e.record.financement.annuel.is_empty() || e.record.financement.bonus_numerique.is_some()
        }),
    )];
    lines.extend(by_year.iter().map(|(year, amount)| {
        Line::euros(
            format!("annuel.{year}"),
            fill(ui::FIN_ANNEE.get(lang), &[("annee", year.to_string())]),
            *amount,
        )
    }));
    lines.push(Line::euros("annuel", ui::FIN_ANNUEL.get(lang), annuel));
    lines.push(Line::euros("bonus_numerique", ui::F_BONUS.get(lang), bonus));
    lines.push(Line::euros(
        "total",
        ui::FIN_TOTAL.get(lang),
        annuel.saturating_add(bonus),
    ));
    Section {
        name: "financement",
        title: &ui::STATS_FINANCEMENT,
        body: Body::Figures(lines),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_are_grouped_as_each_language_does() {
        assert_eq!(group_digits(150000, Lang::Fr), "150\u{a0}000");
        assert_eq!(group_digits(1234567, Lang::En), "1,234,567");
        assert_eq!(group_digits(999, Lang::Fr), "999");
        assert_eq!(group_digits(-50000, Lang::En), "-50,000");
    }

    #[test]
    fn corsica_sorts_between_19_and_21() {
        let mut codes = vec!["21", "2B", "19", "2A", "971", "01"];
        codes.sort_by_key(|c| departement_order(c));
        assert_eq!(codes, ["01", "19", "2A", "2B", "21", "971"]);
    }
}
