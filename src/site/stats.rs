//! The statistics page: the programme's figures, then charts drawn here
//! in SVG — fabriques by région, a map of France by département (overseas
//! départements in insets), the QPV and numérique shares with their
//! unknown part, the fabriques' status, the year of labelling, and the
//! actions by category and status.
//!
//! The counts are made from the model's fabriques, the same list the map
//! and the tables show, so the page can never disagree with them; the
//! programme's targets come from the model (`fabriques stats`).

use std::collections::BTreeMap;

use super::basemap::{FranceLayout, Outlines};
use super::charts::{self, Bar, Part, BLUE, GREEN, GREY, LIGHT_BLUE, ORANGE};
use super::html::{self, esc, number, w, Page, Section};
use super::Ctx;
use crate::messages::site as t;
use crate::messages::{fill, plural, Lang};

const ROOT: &str = "../";

/// Counts by an optional key, in the key's order, each bar labelled by
/// `label`, with « non renseigné » as the last bar.
fn count_bars<'a, K: Ord>(
    ctx: &Ctx<'a>,
    key: impl Fn(&'a super::SiteFabrique) -> Option<K>,
    label: impl Fn(K) -> String,
) -> Vec<Bar> {
    let mut counts: BTreeMap<K, usize> = BTreeMap::new();
    let mut missing = 0;
    for &f in &ctx.fabriques {
        match key(f) {
            Some(k) => *counts.entry(k).or_default() += 1,
            None => missing += 1,
        }
    }
    let mut bars: Vec<Bar> = counts
        .into_iter()
        .map(|(k, value)| Bar {
            label: label(k),
            value,
            unknown: false,
        })
        .collect();
    if missing > 0 {
        bars.push(Bar {
            label: ctx.text(&t::UNKNOWN).to_string(),
            value: missing,
            unknown: true,
        });
    }
    bars
}

fn tri_parts(ctx: &Ctx<'_>, value: impl Fn(&super::SiteFabrique) -> Option<bool>, yes: &str, no: &str) -> Vec<Part> {
    let n = |v: Option<bool>| ctx.fabriques.iter().filter(|f| value(f) == v).count();
    vec![
        Part {
            label: yes.to_string(),
            value: n(Some(true)),
            colour: BLUE,
        },
        Part {
            label: no.to_string(),
            value: n(Some(false)),
            colour: LIGHT_BLUE,
        },
        Part {
            label: ctx.text(&t::UNKNOWN).to_string(),
            value: n(None),
            colour: GREY,
        },
    ]
}

/// Colour classes of the map: breaks at the quartiles of the non-zero
/// counts.
fn classes(counts: &BTreeMap<String, usize>) -> Vec<usize> {
    let mut values: Vec<usize> = counts.values().copied().filter(|v| *v > 0).collect();
    values.sort_unstable();
    let mut breaks = vec![1];
    for q in [1, 2, 3] {
        if let Some(v) = values.get(values.len() * q / 4) {
            if *v > *breaks.last().unwrap_or(&0) {
                breaks.push(*v);
            }
        }
    }
    breaks
}

const SCALE: [&str; 4] = ["#dfe6fb", "#a8b9f2", "#5e7be0", "#000091"];

fn class_colour(v: usize, breaks: &[usize]) -> &'static str {
    if v == 0 {
        return "#f6f6f6";
    }
    let k = breaks.iter().rposition(|b| v >= *b).unwrap_or(0);
    SCALE[k.min(SCALE.len() - 1)]
}

/// France by département, coloured by its number of fabriques.
fn france_map(ctx: &Ctx<'_>, outlines: &Outlines, counts: &BTreeMap<String, usize>) -> String {
    let lang = ctx.lang;
    let breaks = classes(counts);
    let Some(layout) = FranceLayout::new(outlines, 780.0, 600.0) else {
        return String::new();
    };
    let mut s = format!(
        "<figure class=\"chart chart-map\">\n<svg viewBox=\"0 0 {:.0} {:.0}\" role=\"img\" aria-labelledby=\"carte-deps\">\
         <title id=\"carte-deps\">{}</title>\n",
        layout.width,
        layout.height,
        esc(ctx.text(&t::STATS_MAP_TITLE))
    );
    s.push_str(&layout.draw(outlines, 0.9, |o| {
        let n = counts.get(&o.code).copied().unwrap_or(0);
        let word = plural(lang, n, &t::FABRIQUE_ONE, &t::FABRIQUE_MANY);
        (
            format!(
                "fill=\"{}\" stroke=\"#ffffff\" stroke-width=\"0.7\"",
                class_colour(n, &breaks)
            ),
            format!(
                "<title>{} ({}){}{} {}</title>",
                esc(&o.nom),
                esc(&o.code),
                t::COLON.get(lang),
                number(n as i64, lang),
                word
            ),
        )
    }));
    s.push_str("</svg>\n");
    // Legend.
    w!(
        &mut s,
        "<figcaption><ul class=\"legend\" aria-label=\"{}\">",
        ctx.text(&t::LEGEND)
    );
    let mut ranges = vec![(0, 0)];
    for (i, b) in breaks.iter().enumerate() {
        let next = breaks.get(i + 1).map_or(usize::MAX, |n| n - 1);
        ranges.push((*b, next));
    }
    for (lo, hi) in ranges {
        let label = if hi == usize::MAX {
            format!("{lo}+")
        } else if lo == hi {
            lo.to_string()
        } else {
            format!("{lo}–{hi}")
        };
        w!(
            &mut s,
            "<li><svg width=\"16\" height=\"16\" aria-hidden=\"true\"><rect width=\"16\" height=\"16\" fill=\"{}\" stroke=\"#929292\"/></svg> {label}</li>",
            class_colour(lo, &breaks)
        );
    }
    s.push_str("</ul></figcaption>\n</figure>\n");
    s
}

fn programme(ctx: &Ctx<'_>, h: &mut String) {
    let lang = ctx.lang;
    if ctx.model.programme.is_empty() {
        return;
    }
    w!(
        h,
        "<section class=\"card\" aria-labelledby=\"programme\">\n<h2 id=\"programme\">{}</h2>\n\
         <table class=\"data-table\"><thead><tr><th scope=\"col\"></th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
        ctx.text(&t::PROGRAMME_TITLE),
        ctx.text(&t::COL_FABRIQUES),
        ctx.text(&t::COL_TARGET)
    );
    for f in &ctx.model.programme {
        let target = f.target.map_or(String::new(), |(v, about)| {
            let text = if about { &t::TARGET_ABOUT } else { &t::TARGET };
            fill(text.get(lang), &[("n", number(v, lang))])
        });
        w!(
            h,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td></tr>\n",
            esc(&f.label),
            number(f.value, lang),
            esc(&target)
        );
    }
    h.push_str("</tbody></table>\n</section>\n");
}

fn chart_section(h: &mut String, id: &str, title: &str, body: &str) {
    w!(
        h,
        "<section class=\"card\" aria-labelledby=\"{id}-h\">\n<h2 id=\"{id}-h\">{}</h2>\n{body}</section>\n",
        esc(title)
    );
}

fn actions_chart(ctx: &Ctx<'_>, lang: Lang) -> String {
    let statuses = &ctx.model.vocab.action_statuses;
    let mut series: Vec<(String, &'static str)> = statuses
        .iter()
        .enumerate()
        .map(|(i, s)| {
            (
                s.label.clone(),
                charts::STATUS_COLOURS[i % charts::STATUS_COLOURS.len()],
            )
        })
        .collect();
    series.push((ctx.text(&t::UNKNOWN).to_string(), GREY));
    let unknown_col = series.len() - 1;
    let rows: Vec<(String, Vec<usize>)> = ctx
        .categories
        .iter()
        .map(|c| {
            let mut counts = vec![0; series.len()];
            for f in &ctx.fabriques {
                let mut seen = vec![false; series.len()];
                for a in f
                    .actions
                    .iter()
                    .filter(|a| a.categories.iter().any(|x| x.code == c.code))
                {
                    let col = a
                        .statut
                        .as_ref()
                        .and_then(|s| statuses.iter().position(|x| x.code == s.code))
                        .unwrap_or(unknown_col);
                    seen[col] = true;
                }
                for (k, s) in seen.iter().enumerate() {
                    counts[k] += usize::from(*s);
                }
            }
            (c.label.clone(), counts)
        })
        .collect();
    // The « non renseigné » series only when some action lacks a status.
    let mut rows = rows;
    if rows.iter().all(|(_, v)| v[unknown_col] == 0) {
        series.pop();
        for (_, v) in &mut rows {
            v.pop();
        }
    }
    charts::stacked_rows("actions-chart", ctx.text(&t::STATS_ACTIONS), &series, &rows, lang)
}

/// The statistics page.
pub fn page(ctx: &Ctx<'_>) -> String {
    let lang = ctx.lang;
    let total = ctx.fabriques.len();
    let mut h = String::new();
    let word = plural(lang, total, &t::FABRIQUE_ONE, &t::FABRIQUE_MANY);
    w!(
        &mut h,
        "<div class=\"container\">\n<h1>{}</h1>\n<p class=\"lead\">{}</p>\n",
        ctx.text(&t::STATS_TITLE),
        esc(&fill(
            ctx.text(&t::STATS_INTRO),
            &[("n", number(total as i64, lang)), ("fabriques", word.to_string())]
        ))
    );
    programme(ctx, &mut h);
    let mut regions = count_bars(ctx, |f| f.region.as_ref().map(|r| r.label.clone()), |l| l);
    regions.sort_by(|a, b| {
        a.unknown
            .cmp(&b.unknown)
            .then(b.value.cmp(&a.value))
            .then(a.label.cmp(&b.label))
    });
    chart_section(
        &mut h,
        "regions",
        ctx.text(&t::STATS_REGIONS),
        &charts::bars("regions-chart", ctx.text(&t::STATS_REGIONS), &regions, total, lang),
    );
    let mut by_dep: BTreeMap<String, usize> = BTreeMap::new();
    for f in &ctx.fabriques {
        if let Some(d) = &f.departement {
            *by_dep.entry(d.code.clone()).or_default() += 1;
        }
    }
    let deps = count_bars(
        ctx,
        |f| f.departement.as_ref().map(|d| (super::departement_order(&d.code), d)),
        |(_, d)| format!("{} — {}", d.code, d.label),
    );
    let mut body = String::new();
    let bars = charts::bars("deps-chart", ctx.text(&t::STATS_DEPARTEMENTS), &deps, total, lang);
    match &ctx.outlines {
        Some(outlines) => {
            body.push_str(&france_map(ctx, outlines, &by_dep));
            // The map says where; the bars, one per département, are long:
            // they stay folded under it.
            w!(
                &mut body,
                "<details class=\"chart-data\"><summary>{}</summary>\n{bars}</details>\n",
                ctx.text(&t::SHOW_BARS)
            );
        }
        None => body.push_str(&bars),
    }
    chart_section(&mut h, "departements", ctx.text(&t::STATS_DEPARTEMENTS), &body);
    let qpv = tri_parts(ctx, |f| f.qpv, ctx.text(&t::QPV_IN), ctx.text(&t::QPV_OUT));
    let target_label = ctx.text(&t::TARGET_HALF);
    chart_section(
        &mut h,
        "qpv",
        ctx.text(&t::STATS_QPV),
        &charts::shares(
            "qpv-chart",
            ctx.text(&t::STATS_QPV),
            &qpv,
            Some((0.5, target_label)),
            lang,
        ),
    );
    let num = tri_parts(ctx, |f| f.numerique, ctx.text(&t::YES), ctx.text(&t::NO));
    chart_section(
        &mut h,
        "numerique",
        ctx.text(&t::STATS_NUMERIQUE),
        &charts::shares("num-chart", ctx.text(&t::STATS_NUMERIQUE), &num, None, lang),
    );
    let colours = [GREEN, BLUE, ORANGE, LIGHT_BLUE];
    let mut statuts: Vec<Part> = ctx
        .model
        .vocab
        .statuts
        .iter()
        .enumerate()
        .map(|(i, s)| Part {
            label: s.label.clone(),
            value: ctx
                .fabriques
                .iter()
                .filter(|f| f.statut.as_ref().is_some_and(|x| x.code == s.code))
                .count(),
            colour: colours[i % colours.len()],
        })
        .collect();
    let known: usize = statuts.iter().map(|p| p.value).sum();
    statuts.push(Part {
        label: ctx.text(&t::UNKNOWN).to_string(),
        value: total - known.min(total),
        colour: GREY,
    });
    chart_section(
        &mut h,
        "statut",
        ctx.text(&t::STATS_STATUT),
        &charts::shares("statut-chart", ctx.text(&t::STATS_STATUT), &statuts, None, lang),
    );
    let years = count_bars(ctx, |f| f.annee.map(|a| a.to_string()), |y| y);
    chart_section(
        &mut h,
        "annee",
        ctx.text(&t::STATS_ANNEE),
        &charts::bars("annee-chart", ctx.text(&t::STATS_ANNEE), &years, total, lang),
    );
    if !ctx.categories.is_empty() {
        chart_section(
            &mut h,
            "actions",
            ctx.text(&t::STATS_ACTIONS),
            &actions_chart(ctx, lang),
        );
    }
    h.push_str("</div>\n");
    html::page(
        &ctx.model.options,
        &Page {
            root: ROOT,
            title: ctx.text(&t::STATS_TITLE),
            section: Section::Stats,
            styles: &[],
            scripts: &[],
        },
        &h,
    )
}
