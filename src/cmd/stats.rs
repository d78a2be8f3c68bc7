//! `fabriques stats`: the register in figures — how many fabriques, where,
//! in a QPV or not, numériques, labelled when, doing what, meeting which
//! criteria, funded how much — and how far the register is from the
//! programme's figures.
//!
//! The figures count the fabriques that pass the filters (the same flags
//! as `list`, through [`crate::filter::select`]), so that `stats --qpv` and
//! `list --qpv --count` can never disagree. Records with errors are
//! counted like the others (a note on stderr says how many), and a value a
//! record does not give is counted as « non renseigné », never guessed.
//!
//! The programme's figures (300 fabriques, half in a QPV, half outside the
//! large urban centres, about 30 Fabriques numériques) are shown beside the
//! counts as information: a register is allowed to be incomplete, so they
//! are never errors. "Outside large urban centres" is measured, not
//! assumed: a fabrique outside a QPV in a commune of more than 100,000
//! inhabitants (`rules::qpv_grande_ville::LARGE_COMMUNE`) is counted
//! apart, and so is one whose commune the reference does not know.
//!
//! Every section is a list of lines with a stable key, so that all formats
//! share one shape:
//! - table (default): small tables with headings; where a proportion reads
//!   better than a number, a bar of 20 cells (`█`/`░` on a terminal, `#`/`.`
//!   when piped, so that piped output stays plain ASCII) and a percentage;
//! - CSV: `section,key,label,value,unit,target`, one line per figure (unit
//!   `fabriques` or `euros`; `target` only for the programme's figures; the
//!   action matrix as keys `categorie.statut` and `categorie.total`);
//! - JSON: one object, `fabriques` and `avec_erreurs`, then one key per
//!   section holding its lines (`{"key", "label", "value", "unit",
//!   "target"}`), the actions as `{"key", "label", "fait", "commence",
//!   "envisage", "non_renseigne", "total"}`.
//!
//! Labels follow the language of the run; keys never change. Order is
//! deterministic: régions and départements by code (2A and 2B between 19
//! and 21), years and waves ascending, closed lists in their vocabulary's
//! order, « non renseigné » last.

use std::collections::BTreeMap;
use std::io::Write;

use anyhow::Result;
use serde_json::{json, Map, Value};

use crate::config::Config;
use crate::context::Context;
use crate::filter::FilterArgs;
use crate::messages::{fill, plural, ui, Lang, Text};
use crate::register::actions::{self, Columns, NOT_RECORDED};
use crate::register::Entry;
use crate::rules::qpv_grande_ville::LARGE_COMMUNE;

/// Output formats of `stats`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum StatsFormat {
    Table,
    Csv,
    Json,
}

/// The programme's figures (AMI of July 2019): 300 fabriques...
pub const TARGET_FABRIQUES: i64 = 300;
/// ...half of them in a QPV...
pub const TARGET_QPV: i64 = 150;
/// ...half outside the large urban centres...
pub const TARGET_HORS_GRANDS_CENTRES: i64 = 150;
/// ...and about 30 Fabriques numériques de territoire.
pub const TARGET_NUMERIQUES: i64 = 30;

/// Cells of a bar.
const BAR_WIDTH: usize = 20;

/// What a value counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Fabriques,
    Euros,
}

impl Unit {
    fn key(self) -> &'static str {
        match self {
            Unit::Fabriques => "fabriques",
            Unit::Euros => "euros",
        }
    }
}

/// A figure of the programme to measure a count against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Target {
    pub value: i64,
    /// "About 30": an order of magnitude, not a quota.
    pub about: bool,
}

/// One figure.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// Stable: a code, a year, or a word of the format.
    pub key: String,
    /// In the run's language, or a name from the data.
    pub label: String,
    pub value: i64,
    pub unit: Unit,
    pub target: Option<Target>,
}

impl Line {
    fn count(key: impl Into<String>, label: impl Into<String>, value: usize) -> Line {
        Line {
            key: key.into(),
            label: label.into(),
            value: value as i64,
            unit: Unit::Fabriques,
            target: None,
        }
    }

    fn euros(key: impl Into<String>, label: impl Into<String>, value: i64) -> Line {
        Line {
            key: key.into(),
            label: label.into(),
            value,
            unit: Unit::Euros,
            target: None,
        }
    }

    fn target(mut self, value: i64, about: bool) -> Line {
        self.target = Some(Target { value, about });
        self
    }
}

/// One row of the actions section: fabriques per status for a category.
#[derive(Clone, Debug, PartialEq)]
pub struct ActionRow {
    pub key: String,
    pub label: String,
    /// One count per status column.
    pub counts: Vec<usize>,
    /// Fabriques with that category at any status.
    pub total: usize,
}

/// How a section is drawn in the table.
#[derive(Clone, Debug, PartialEq)]
pub enum Body {
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
pub struct Section {
    /// Stable key (CSV `section`, JSON key).
    pub name: &'static str,
    pub title: &'static Text,
    pub body: Body,
}

/// Everything `stats` prints.
#[derive(Clone, Debug, PartialEq)]
pub struct Stats {
    pub total: usize,
    pub with_errors: usize,
    pub sections: Vec<Section>,
}

/// Départements sort by code, with Corsica's 2A and 2B between 19 and 21.
pub fn departement_order(code: &str) -> String {
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
pub fn compute(config: &Config, entries: &[Entry]) -> Stats {
    let lang = config.lang;
    let vocab = &config.settings.vocab;
    let total = entries.len();
    let count = |f: &dyn Fn(&Entry) -> bool| entries.iter().filter(|e| f(e)).count();
    let qpv = |e: &Entry| e.record.qpv.as_ref().map(|q| q.value);
    let population = |e: &Entry| e.commune.and_then(|c| c.population);
    let hors_qpv = |e: &Entry| qpv(e) == Some(false);
    let seuil = group_digits(i64::from(LARGE_COMMUNE), lang);
    let mut sections = vec![Section {
        name: "programme",
        title: &ui::STATS_PROGRAMME,
        body: Body::Progress(vec![
            Line::count("fabriques", ui::PROG_FABRIQUES.get(lang), total).target(TARGET_FABRIQUES, false),
            Line::count("qpv", ui::PROG_QPV.get(lang), count(&|e| qpv(e) == Some(true))).target(TARGET_QPV, false),
            Line::count(
                "hors_qpv_hors_grands_centres",
                ui::PROG_HORS_GRANDS_CENTRES.get(lang),
                count(&|e| hors_qpv(e) && population(e).is_some_and(|p| p <= LARGE_COMMUNE)),
            )
            .target(TARGET_HORS_GRANDS_CENTRES, false),
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
            .target(TARGET_NUMERIQUES, true),
        ]),
    }];

    sections.push(Section {
        name: "region",
        title: &ui::STATS_REGION,
        body: Body::Codes(by_key(
            entries,
            |e| e.region().map(|r| (r.code, r.nom)),
            |(code, nom), n| Line::count(*code, *nom, n),
            lang,
        )),
    });
    sections.push(Section {
        name: "departement",
        title: &ui::STATS_DEPARTEMENT,
        body: Body::Codes(by_key(
            entries,
            |e| e.departement().map(|d| (departement_order(d.code), d.code, d.nom)),
            |(_, code, nom), n| Line::count(*code, *nom, n),
            lang,
        )),
    });

    sections.push(Section {
        name: "qpv",
        title: &ui::STATS_QPV,
        body: Body::Shares(vec![
            Line::count("qpv", ui::QPV_IN.get(lang), count(&|e| qpv(e) == Some(true))),
            Line::count("hors_qpv", ui::QPV_OUT.get(lang), count(&|e| qpv(e) == Some(false))),
            Line::count(NOT_RECORDED, ui::UNKNOWN.get(lang), count(&|e| qpv(e).is_none())),
        ]),
    });
    let numerique = |e: &Entry| e.record.numerique.as_ref().map(|n| n.value);
    sections.push(Section {
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
    });

    sections.push(Section {
        name: "annee",
        title: &ui::STATS_ANNEE,
        body: Body::Shares(by_key(
            entries,
            |e| e.record.labellisation.annee.as_ref().map(|a| a.value),
            |y, n| Line::count(y.to_string(), y.to_string(), n),
            lang,
        )),
    });
    sections.push(Section {
        name: "vague",
        title: &ui::STATS_VAGUE,
        body: Body::Shares(by_key(
            entries,
            |e| e.record.labellisation.vague.as_ref().map(|v| v.value),
            |v, n| Line::count(v.to_string(), format!("{} {v}", ui::F_VAGUE.get(lang)), n),
            lang,
        )),
    });

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
    sections.push(Section {
        name: "statut",
        title: &ui::STATS_STATUT,
        body: Body::Shares(statut_lines),
    });

    let columns = Columns::new(vocab, &[]);
    let mut rows: BTreeMap<(usize, String), Vec<usize>> = BTreeMap::new();
    for e in entries {
        for (category, col) in actions::best_by_category(e, &columns, vocab, &[]) {
            rows.entry(category).or_insert_with(|| vec![0; columns.len()])[col] += 1;
        }
    }
    sections.push(Section {
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
    });

    sections.push(Section {
        name: "criteres",
        title: &ui::STATS_CRITERES,
        body: Body::Shares(
            crate::rules::criteria()
                .map(|c| {
                    let n = count(&|e| e.parsed && (c.shown)(&e.record).is_met());
                    Line::count(c.rule.name, c.short.get(lang), n)
                })
                .collect(),
        ),
    });

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
    let mut financement = vec![Line::count(
        "fiches",
        ui::FIN_FICHES.get(lang),
        count(&|e| !e.record.financement.annuel.is_empty() || e.record.financement.bonus_numerique.is_some()),
    )];
    financement.extend(by_year.iter().map(|(year, amount)| {
        Line::euros(
            format!("annuel.{year}"),
            fill(ui::FIN_ANNEE.get(lang), &[("annee", year.to_string())]),
            *amount,
        )
    }));
    financement.push(Line::euros("annuel", ui::FIN_ANNUEL.get(lang), annuel));
    financement.push(Line::euros("bonus_numerique", ui::F_BONUS.get(lang), bonus));
    financement.push(Line::euros(
        "total",
        ui::FIN_TOTAL.get(lang),
        annuel.saturating_add(bonus),
    ));
    sections.push(Section {
        name: "financement",
        title: &ui::STATS_FINANCEMENT,
        body: Body::Figures(financement),
    });

    Stats {
        total,
        with_errors: entries.iter().filter(|e| e.errors > 0).count(),
        sections,
    }
}

/// `150000` → `150 000` (French) or `150,000` (English).
pub fn group_digits(n: i64, lang: Lang) -> String {
    let digits = n.unsigned_abs().to_string();
    let sep = ui::THOUSANDS_SEPARATOR.get(lang);
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

/// A bar of `BAR_WIDTH` cells showing `part / whole` (full beyond 100 %).
/// A non-zero part always shows at least one cell, so that "a few" never
/// reads as "none".
pub fn bar(part: i64, whole: i64, terminal: bool) -> String {
    let (full, empty) = if terminal { ('█', '░') } else { ('#', '.') };
    let width = BAR_WIDTH as i64;
    let mut n = if whole <= 0 {
        0
    } else {
        ((part.max(0).min(whole) * width * 2 + whole) / (whole * 2)).min(width)
    };
    if n == 0 && part > 0 && whole > 0 {
        n = 1;
    }
    let n = n as usize;
    format!(
        "{}{}",
        full.to_string().repeat(n),
        empty.to_string().repeat(BAR_WIDTH - n)
    )
}

/// `part / whole` as a rounded percentage, in the language's typography.
fn percent(part: i64, whole: i64, lang: Lang) -> String {
    if whole <= 0 {
        return "—".to_string();
    }
    let p = (part.max(0) * 200 + whole) / (whole * 2);
    fill(ui::PERCENT.get(lang), &[("n", p.to_string())])
}

fn value_text(line: &Line, lang: Lang) -> String {
    match line.unit {
        Unit::Fabriques => line.value.to_string(),
        Unit::Euros => fill(ui::EUROS.get(lang), &[("montant", group_digits(line.value, lang))]),
    }
}

fn line_json(l: &Line) -> Value {
    json!({
        "key": l.key,
        "label": l.label,
        "value": l.value,
        "unit": l.unit.key(),
        "target": l.target.map(|t| t.value),
    })
}

/// The lines of a section as CSV and JSON see them (the action matrix
/// flattened to `categorie.statut` and `categorie.total`).
fn flat_lines(section: &Section, lang: Lang) -> Vec<Line> {
    match &section.body {
        Body::Progress(l) | Body::Codes(l) | Body::Shares(l) | Body::Figures(l) => l.clone(),
        Body::Actions { columns, rows } => rows
            .iter()
            .flat_map(|r| {
                let mut lines: Vec<Line> = columns
                    .iter()
                    .zip(&r.counts)
                    .map(|((key, header), n)| {
                        Line::count(format!("{}.{key}", r.key), format!("{} — {header}", r.label), *n)
                    })
                    .collect();
                lines.push(Line::count(
                    format!("{}.total", r.key),
                    format!("{} — {}", r.label, ui::COL_TOTAL.get(lang)),
                    r.total,
                ));
                lines
            })
            .collect(),
    }
}

/// The arguments of `stats`.
#[derive(Debug, clap::Args)]
pub(crate) struct StatsArgs {
    #[command(flatten)]
    pub filters: FilterArgs,
    #[arg(long, value_enum, default_value_t = StatsFormat::Table)]
    pub format: StatsFormat,
}

pub(crate) fn run(cx: &Context, args: &StatsArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8> {
    let (config, lang, terminal, format) = (&cx.config, cx.lang, cx.terminal, args.format);
    let entries = crate::filter::select(cx, &args.filters)?;
    let stats = compute(config, &entries);
    match format {
        StatsFormat::Csv => {
            let mut w = csv::Writer::from_writer(&mut *out);
            w.write_record(["section", "key", "label", "value", "unit", "target"])?;
            let totals = [
                Line::count("fabriques", ui::STATS_TOTAL_LABEL.get(lang), stats.total),
                Line::count("avec_erreurs", ui::STATS_ERRORS_LABEL.get(lang), stats.with_errors),
            ];
            let sections = std::iter::once(("total", totals.to_vec()))
                .chain(stats.sections.iter().map(|s| (s.name, flat_lines(s, lang))));
            for (name, lines) in sections {
                for l in lines {
                    w.write_record([
                        name.to_string(),
                        l.key.clone(),
                        l.label.clone(),
                        l.value.to_string(),
                        l.unit.key().to_string(),
                        l.target.map_or(String::new(), |t| t.value.to_string()),
                    ])?;
                }
            }
            w.flush()?;
        }
        StatsFormat::Json => {
            let mut doc = Map::new();
            doc.insert("fabriques".into(), stats.total.into());
            doc.insert("avec_erreurs".into(), stats.with_errors.into());
            for s in &stats.sections {
                let value = match &s.body {
                    Body::Actions { columns, rows } => Value::Array(
                        rows.iter()
                            .map(|r| {
                                let mut m = Map::new();
                                m.insert("key".into(), r.key.clone().into());
                                m.insert("label".into(), r.label.clone().into());
                                for ((key, _), n) in columns.iter().zip(&r.counts) {
                                    m.insert(key.clone(), (*n).into());
                                }
                                m.insert("total".into(), r.total.into());
                                Value::Object(m)
                            })
                            .collect(),
                    ),
                    _ => Value::Array(flat_lines(s, lang).iter().map(line_json).collect()),
                };
                doc.insert(s.name.into(), value);
            }
            serde_json::to_writer_pretty(&mut *out, &Value::Object(doc))?;
            writeln!(out)?;
        }
        StatsFormat::Table => write_tables(out, &stats, lang, terminal)?,
    }
    if stats.total == 0 {
        writeln!(err, "{}", ui::LIST_EMPTY.get(lang))?;
    }
    if stats.with_errors > 0 {
        writeln!(
            err,
            "{}",
            fill(ui::STATS_ERRORS.get(lang), &[("nombre", stats.with_errors.to_string())])
        )?;
    }
    Ok(0)
}

fn write_tables(out: &mut dyn Write, stats: &Stats, lang: Lang, terminal: bool) -> Result<()> {
    let word = plural(lang, stats.total, &ui::FABRIQUE_ONE, &ui::FABRIQUE_MANY);
    writeln!(out, "{} {word}", stats.total)?;
    let whole = stats.total as i64;
    for s in &stats.sections {
        writeln!(out, "\n{}", s.title.get(lang))?;
        let mut t = super::new_table(terminal);
        match &s.body {
            Body::Progress(lines) => {
                t.set_header([
                    "",
                    ui::COL_FABRIQUES.get(lang),
                    ui::COL_OBJECTIF.get(lang),
                    ui::COL_AVANCEMENT.get(lang),
                    "",
                ]);
                // A line without a figure of its own is shown only when it
                // counts something: it explains the line above it.
                for l in lines.iter().filter(|l| l.target.is_some() || l.value > 0) {
                    let (target, progress, pc) = match l.target {
                        Some(target) => (
                            if target.about {
                                fill(ui::TARGET_ABOUT.get(lang), &[("n", target.value.to_string())])
                            } else {
                                target.value.to_string()
                            },
                            bar(l.value, target.value, terminal),
                            percent(l.value, target.value, lang),
                        ),
                        None => Default::default(),
                    };
                    t.add_row([l.label.clone(), l.value.to_string(), target, progress, pc]);
                }
                right_align(&mut t, &[1, 2, 4]);
                writeln!(out, "{t}")?;
                writeln!(out, "{}", ui::PROG_NOTE.get(lang))?;
                continue;
            }
            Body::Codes(lines) => {
                t.set_header([
                    ui::COL_CODE.get(lang),
                    ui::COL_NOM.get(lang),
                    ui::COL_FABRIQUES.get(lang),
                ]);
                for l in lines {
                    let code = if l.key == NOT_RECORDED { "—" } else { l.key.as_str() };
                    t.add_row([code.to_string(), l.label.clone(), l.value.to_string()]);
                }
                right_align(&mut t, &[2]);
            }
            Body::Shares(lines) => {
                t.set_header(["", ui::COL_FABRIQUES.get(lang), ui::COL_PART.get(lang), ""]);
                for l in lines {
                    t.add_row([
                        l.label.clone(),
                        l.value.to_string(),
                        bar(l.value, whole, terminal),
                        percent(l.value, whole, lang),
                    ]);
                }
                right_align(&mut t, &[1, 3]);
            }
            Body::Figures(lines) => {
                for l in lines {
                    t.add_row([l.label.clone(), value_text(l, lang)]);
                }
                right_align(&mut t, &[1]);
            }
            Body::Actions { columns, rows } => {
                // « non renseigné » only when some action needs it.
                let shown: Vec<usize> = (0..columns.len())
                    .filter(|&i| columns[i].0 != NOT_RECORDED || rows.iter().any(|r| r.counts[i] > 0))
                    .collect();
                let mut header = vec![String::new()];
                header.extend(shown.iter().map(|&i| columns[i].1.clone()));
                header.push(ui::COL_TOTAL.get(lang).to_string());
                t.set_header(header);
                for r in rows {
                    let mut cells = vec![r.label.clone()];
                    cells.extend(shown.iter().map(|&i| r.counts[i].to_string()));
                    cells.push(r.total.to_string());
                    t.add_row(cells);
                }
                right_align(&mut t, &(1..=shown.len() + 1).collect::<Vec<_>>());
            }
        }
        writeln!(out, "{t}")?;
    }
    Ok(())
}

/// Numbers read best right-aligned.
fn right_align(t: &mut comfy_table::Table, columns: &[usize]) {
    for &i in columns {
        if let Some(c) = t.column_mut(i) {
            c.set_cell_alignment(comfy_table::CellAlignment::Right);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_round_and_never_hide_a_small_count() {
        assert_eq!(bar(0, 300, false), ".".repeat(20));
        assert_eq!(bar(1, 300, false), format!("#{}", ".".repeat(19)));
        assert_eq!(bar(150, 300, false), format!("{}{}", "#".repeat(10), ".".repeat(10)));
        assert_eq!(bar(400, 300, false), "#".repeat(20));
        assert_eq!(bar(3, 0, false), ".".repeat(20));
        assert_eq!(bar(2, 4, true), format!("{}{}", "█".repeat(10), "░".repeat(10)));
    }

    #[test]
    fn digits_are_grouped_as_each_language_does() {
        assert_eq!(group_digits(150000, Lang::Fr), "150 000");
        assert_eq!(group_digits(1234567, Lang::En), "1,234,567");
        assert_eq!(group_digits(999, Lang::Fr), "999");
        assert_eq!(group_digits(-50000, Lang::En), "-50,000");
        assert_eq!(percent(1, 3, Lang::Fr), "33 %");
        assert_eq!(percent(2, 3, Lang::En), "67%");
        assert_eq!(percent(1, 0, Lang::En), "—");
    }

    #[test]
    fn corsica_sorts_between_19_and_21() {
        let mut codes = vec!["21", "2B", "19", "2A", "971", "01"];
        codes.sort_by_key(|c| departement_order(c));
        assert_eq!(codes, ["01", "19", "2A", "2B", "21", "971"]);
    }
}
