//! The network page: the visits and contributions between fabriques
//! (`liens`), drawn as a circle — the fabriques that take part around it,
//! grouped by région, and one arrow per link, coloured by its kind — and
//! listed in a table, which is what a screen reader or a script-less
//! browser reads (the drawing is an image with a text alternative).
//!
//! The drawing is SVG written here (no script, no library): positions
//! depend only on the sorted model, so it is deterministic. Beyond
//! [`MAX_NODES`] fabriques a circle says nothing, and only the table is
//! given.

use std::collections::BTreeMap;
use std::f64::consts::PI;

use super::html::{self, esc, w, Page, Section};
use super::Ctx;
use crate::messages::site as t;
use crate::messages::{fill, Lang};

/// Beyond this many fabriques with links, the drawing is left out.
pub const MAX_NODES: usize = 400;
/// Up to this many, each fabrique's name is written around the circle.
const MAX_LABELS: usize = 60;

/// Colours for kinds of link (contrast ≥ 3:1 on white, as WCAG asks of
/// graphics).
pub const PALETTE: [&str; 6] = ["#000091", "#18753c", "#b34000", "#6e445a", "#0063cb", "#716043"];

const ROOT: &str = "../";

/// A resolved link: (from, to, index in `from`'s liens).
type Edge = (usize, usize, usize);

fn edges(ctx: &Ctx<'_>) -> Vec<Edge> {
    let mut out = Vec::new();
    for (i, f) in ctx.fabriques.iter().enumerate() {
        for (k, l) in f.liens.iter().enumerate() {
            if let Some(&j) = ctx.by_id.get(l.fabrique.as_str()) {
                if j != i {
                    out.push((i, j, k));
                }
            }
        }
    }
    out
}

fn kinds(ctx: &Ctx<'_>, edges: &[Edge]) -> Vec<(String, String)> {
    let mut kinds: BTreeMap<String, String> = BTreeMap::new();
    for &(i, _, k) in edges {
        let kind = &ctx.fabriques[i].liens[k].kind;
        kinds.entry(kind.code.clone()).or_insert_with(|| kind.label.clone());
    }
    kinds.into_iter().collect()
}

fn colour(kinds: &[(String, String)], code: &str) -> (usize, &'static str) {
    let i = kinds.iter().position(|(c, _)| c == code).unwrap_or(0);
    (i % PALETTE.len(), PALETTE[i % PALETTE.len()])
}

/// The SVG drawing of the links, or `None` when there are too many nodes.
pub fn drawing(ctx: &Ctx<'_>, edges: &[Edge], kinds: &[(String, String)], lang: Lang) -> Option<String> {
    let mut nodes: Vec<usize> = edges.iter().flat_map(|&(a, b, _)| [a, b]).collect();
    nodes.sort_unstable();
    nodes.dedup();
    if nodes.is_empty() || nodes.len() > MAX_NODES {
        return None;
    }
    // Around the circle by région, then département, then id.
    let key = |i: usize| {
        let f = ctx.fabriques[i];
        (
            f.region.as_ref().map(|r| r.code.clone()).unwrap_or_else(|| "~".into()),
            f.departement
                .as_ref()
                .map(|d| super::departement_key(&d.code))
                .unwrap_or_default(),
            i,
        )
    };
    nodes.sort_by_key(|&i| key(i));
    let n = nodes.len();
    let labels = n <= MAX_LABELS;
    let r = 240.0_f64.max(n as f64 * 3.2);
    let margin = if labels { 190.0 } else { 40.0 };
    let size = 2.0 * (r + margin);
    let pos: BTreeMap<usize, (f64, f64, f64)> = nodes
        .iter()
        .enumerate()
        .map(|(k, &i)| {
            let a = 2.0 * PI * k as f64 / n as f64 - PI / 2.0;
            (i, (r * a.cos(), r * a.sin(), a))
        })
        .collect();
    let title = fill(
        t::NETWORK_IMG_TITLE.get(lang),
        &[("liens", edges.len().to_string()), ("fabriques", n.to_string())],
    );
    let mut s = format!(
        "<svg class=\"network\" viewBox=\"{:.0} {:.0} {size:.0} {size:.0}\" role=\"img\" aria-labelledby=\"reseau-img-titre\">\n\
         <title id=\"reseau-img-titre\">{}</title>\n<defs>\n",
        -size / 2.0,
        -size / 2.0,
        esc(&title)
    );
    for (k, colour) in PALETTE.iter().enumerate() {
        w!(
            &mut s,
            "<marker id=\"fleche-{k}\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">\
             <path d=\"M0 0L10 5L0 10z\" fill=\"{colour}\"/></marker>\n"
        );
    }
    s.push_str("</defs>\n<circle r=\"");
    w!(&mut s, "{r:.1}\" fill=\"none\" stroke=\"#e5e5e5\" stroke-width=\"1\"/>\n<g fill=\"none\" stroke-width=\"1.6\">\n");
    for &(a, b, k) in edges {
        let (x1, y1, _) = pos[&a];
        let (x2, y2, _) = pos[&b];
        // Stop short of the target's dot so the arrow shows.
        let (dx, dy) = (x2 - x1, y2 - y1);
        let len = (dx * dx + dy * dy).sqrt().max(1.0);
        let (ex, ey) = (x2 - dx / len * 8.0, y2 - dy / len * 8.0);
        let (i, colour) = colour(kinds, &ctx.fabriques[a].liens[k].kind.code);
        w!(
            &mut s,
            "<path d=\"M{x1:.1} {y1:.1}Q{:.1} {:.1} {ex:.1} {ey:.1}\" stroke=\"{colour}\" marker-end=\"url(#fleche-{i})\" opacity=\"0.8\"/>\n",
            (x1 + x2) * 0.25,
            (y1 + y2) * 0.25
        );
    }
    s.push_str("</g>\n<g>\n");
    for &i in &nodes {
        let (x, y, a) = pos[&i];
        let f = ctx.fabriques[i];
        let dot = format!(
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"5\" fill=\"#ffffff\" stroke=\"#161616\" stroke-width=\"1.5\"><title>{}</title></circle>",
            esc(&f.nom)
        );
        match ctx.page_of(i) {
            Some(p) => w!(&mut s, "<a href=\"{ROOT}{p}\">{dot}</a>\n"),
            None => w!(&mut s, "{dot}\n"),
        }
        if labels {
            let deg = a.to_degrees();
            let (lx, ly) = ((r + 12.0) * a.cos(), (r + 12.0) * a.sin());
            let (anchor, rot) = if a.cos() >= 0.0 { ("start", deg) } else { ("end", deg + 180.0) };
            let name: String = f.nom.chars().take(28).collect();
            let name = if name.len() < f.nom.len() { format!("{name}…") } else { name };
            w!(
                &mut s,
                "<text x=\"{lx:.1}\" y=\"{ly:.1}\" transform=\"rotate({rot:.1} {lx:.1} {ly:.1})\" text-anchor=\"{anchor}\" dominant-baseline=\"middle\" font-size=\"12\" fill=\"#161616\">{}</text>\n",
                esc(&name)
            );
        }
    }
    s.push_str("</g>\n</svg>\n");
    Some(s)
}

/// The network page.
pub fn page(ctx: &Ctx<'_>) -> String {
    let lang = ctx.lang;
    let edges = edges(ctx);
    let kinds = kinds(ctx, &edges);
    let mut h = String::new();
    w!(
        &mut h,
        "<div class=\"container\">\n<h1>{}</h1>\n<p class=\"lead\">{}</p>\n",
        ctx.text(&t::NETWORK_TITLE),
        ctx.text(&t::NETWORK_INTRO)
    );
    if edges.is_empty() {
        w!(&mut h, "<p class=\"notice\">{}</p>\n</div>\n", ctx.text(&t::NETWORK_NONE));
    } else {
        if !kinds.is_empty() {
            w!(&mut h, "<ul class=\"legend\" aria-label=\"{}\">\n", ctx.text(&t::LEGEND));
            for (code, label) in &kinds {
                let (_, c) = colour(&kinds, code);
                w!(
                    &mut h,
                    "<li><svg width=\"28\" height=\"10\" aria-hidden=\"true\"><line x1=\"0\" y1=\"5\" x2=\"28\" y2=\"5\" stroke=\"{c}\" stroke-width=\"3\"/></svg> {}</li>\n",
                    esc(label)
                );
            }
            h.push_str("</ul>\n");
        }
        match drawing(ctx, &edges, &kinds, lang) {
            Some(svg) => w!(&mut h, "<figure class=\"network-figure\">\n{svg}</figure>\n"),
            None => w!(&mut h, "<p class=\"notice\">{}</p>\n", ctx.text(&t::NETWORK_TOO_BIG)),
        }
        w!(
            &mut h,
            "<h2>{}</h2>\n<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"liens-caption\" tabindex=\"0\">\n\
             <table class=\"data-table sortable\">\n<caption id=\"liens-caption\">{}</caption>\n<thead><tr>\
             <th scope=\"col\" data-col=\"0\">{}</th><th scope=\"col\" data-col=\"1\">{}</th>\
             <th scope=\"col\" data-col=\"2\">{}</th><th scope=\"col\" data-col=\"3\">{}</th>\
             <th scope=\"col\" data-col=\"4\">{}</th></tr></thead>\n<tbody>\n",
            ctx.text(&t::NETWORK_TABLE),
            ctx.text(&t::NETWORK_CAPTION),
            ctx.text(&t::COL_FROM),
            ctx.text(&t::COL_TO),
            ctx.text(&t::COL_KIND),
            ctx.text(&t::COL_DATE),
            ctx.text(&t::COL_NOTE)
        );
        for &(a, b, k) in &edges {
            let l = &ctx.fabriques[a].liens[k];
            w!(
                &mut h,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                ctx.name_link(a, ROOT),
                ctx.name_link(b, ROOT),
                esc(&l.kind.label),
                esc(l.date.as_deref().unwrap_or("")),
                esc(l.note.as_deref().unwrap_or(""))
            );
        }
        h.push_str("</tbody>\n</table>\n</div>\n</div>\n");
    }
    h.push_str(&html::json_block("site-textes", &serde_json::json!({ "sort": t::SORT_BY.get(lang) })));
    html::page(
        &ctx.model.options,
        &Page {
            root: ROOT,
            title: ctx.text(&t::NETWORK_TITLE),
            section: Section::Reseau,
            styles: &[],
            scripts: &["assets/tables.js"],
        },
        &h,
    )
}
