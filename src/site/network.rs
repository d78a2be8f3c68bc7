//! The network page: the visits and contributions between fabriques
//! (`liens`), drawn on the map of France — each fabrique at its point, one
//! arrow per link, coloured by its kind; on a circle grouped by région when
//! there is no base map — and listed in a table, which is what a screen
//! reader or a script-less browser reads (the drawing is an image with a
//! text alternative).
//!
//! The drawing is SVG written here (no script, no library): positions
//! depend only on the sorted model, so it is deterministic. Beyond
//! [`MAX_NODES`] fabriques a circle says nothing, and only the table is
//! given.

use std::collections::BTreeMap;
use std::f64::consts::PI;

use super::basemap::FranceLayout;
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

/// Where each fabrique of the drawing goes, and how its name is written.
struct Layout {
    /// viewBox: x, y, width, height.
    view: [f64; 4],
    /// Fabrique index → (x, y, angle for a label on a circle).
    pos: BTreeMap<usize, (f64, f64, Option<f64>)>,
    /// Fabriques with links that have no place in the drawing.
    unplaced: usize,
    /// The base map, already drawn.
    background: String,
    geographic: bool,
}

/// On the map of France (overseas in insets), each fabrique at its point.
fn map_layout(ctx: &Ctx<'_>, nodes: &[usize]) -> Option<Layout> {
    let outlines = ctx.outlines.as_ref()?;
    let layout = FranceLayout::new(outlines, 780.0, 640.0)?;
    let mut pos = BTreeMap::new();
    let mut unplaced = 0;
    for &i in nodes {
        let f = ctx.fabriques[i];
        match f.point {
            Some(p) => {
                let (x, y) = layout.xy(f.departement.as_ref().map(|d| d.code.as_str()), p.lat, p.lon);
                pos.insert(i, (x, y, None));
            }
            None => unplaced += 1,
        }
    }
    let background = layout.draw(outlines, 1.2, |_| {
        (
            "fill=\"#f0f0f0\" stroke=\"#ffffff\" stroke-width=\"0.8\"".to_string(),
            String::new(),
        )
    });
    Some(Layout {
        view: [0.0, 0.0, layout.width, layout.height],
        pos,
        unplaced,
        background,
        geographic: true,
    })
}

/// Without a base map: on a circle, by région, then département, then id.
fn circle_layout(ctx: &Ctx<'_>, nodes: &[usize]) -> Layout {
    let key = |i: usize| {
        let f = ctx.fabriques[i];
        (
            f.region.as_ref().map(|r| r.code.clone()).unwrap_or_else(|| "~".into()),
            f.departement
                .as_ref()
                .map(|d| super::departement_order(&d.code))
                .unwrap_or_default(),
            i,
        )
    };
    let mut nodes = nodes.to_vec();
    nodes.sort_by_key(|&i| key(i));
    let n = nodes.len();
    let r = 240.0_f64.max(n as f64 * 3.2);
    let margin = if n <= MAX_LABELS { 190.0 } else { 40.0 };
    let size = 2.0 * (r + margin);
    let pos = nodes
        .iter()
        .enumerate()
        .map(|(k, &i)| {
            let a = 2.0 * PI * k as f64 / n as f64 - PI / 2.0;
            (i, (r * a.cos(), r * a.sin(), Some(a)))
        })
        .collect();
    Layout {
        view: [-size / 2.0, -size / 2.0, size, size],
        pos,
        unplaced: 0,
        background: format!("<circle r=\"{r:.1}\" fill=\"none\" stroke=\"#e5e5e5\" stroke-width=\"1\"/>\n"),
        geographic: false,
    }
}

/// A fabrique's name beside its dot: along the radius on a circle, to the
/// right on the map (with a white halo over the base map).
fn label(s: &mut String, name: &str, x: f64, y: f64, angle: Option<f64>, r: f64) {
    let name: String = name.chars().take(28).collect::<String>();
    match angle {
        Some(a) => {
            let (lx, ly) = (x + 12.0 * a.cos(), y + 12.0 * a.sin());
            let deg = a.to_degrees();
            let (anchor, rot) = if a.cos() >= 0.0 { ("start", deg) } else { ("end", deg + 180.0) };
            w!(
                s,
                "<text x=\"{lx:.1}\" y=\"{ly:.1}\" transform=\"rotate({rot:.1} {lx:.1} {ly:.1})\" text-anchor=\"{anchor}\" dominant-baseline=\"middle\" font-size=\"12\" fill=\"#161616\">{}</text>\n",
                esc(&name)
            );
        }
        None => w!(
            s,
            "<text x=\"{:.1}\" y=\"{y:.1}\" dominant-baseline=\"middle\" font-size=\"11\" fill=\"#161616\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">{}</text>\n",
            x + r + 3.0,
            esc(&name)
        ),
    }
}

/// The SVG drawing of the links, or `None` when there are too many nodes.
pub fn drawing(ctx: &Ctx<'_>, edges: &[Edge], kinds: &[(String, String)], lang: Lang) -> Option<(String, usize)> {
    let mut nodes: Vec<usize> = edges.iter().flat_map(|&(a, b, _)| [a, b]).collect();
    nodes.sort_unstable();
    nodes.dedup();
    if nodes.is_empty() || nodes.len() > MAX_NODES {
        return None;
    }
    let layout = map_layout(ctx, &nodes).unwrap_or_else(|| circle_layout(ctx, &nodes));
    let pos = &layout.pos;
    let drawn = edges
        .iter()
        .filter(|(a, b, _)| pos.contains_key(a) && pos.contains_key(b))
        .count();
    let title = fill(
        if layout.geographic {
            t::NETWORK_IMG_TITLE_MAP.get(lang)
        } else {
            t::NETWORK_IMG_TITLE.get(lang)
        },
        &[("liens", drawn.to_string()), ("fabriques", pos.len().to_string())],
    );
    let [vx, vy, vw, vh] = layout.view;
    let mut s = format!(
        "<svg class=\"network\" viewBox=\"{vx:.0} {vy:.0} {vw:.0} {vh:.0}\" role=\"img\" aria-labelledby=\"reseau-img-titre\">\n\
         <title id=\"reseau-img-titre\">{}</title>\n<defs>\n",
        esc(&title)
    );
    for (k, colour) in PALETTE.iter().enumerate() {
        w!(
            &mut s,
            "<marker id=\"fleche-{k}\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"5\" markerHeight=\"5\" orient=\"auto-start-reverse\">\
             <path d=\"M0 0L10 5L0 10z\" fill=\"{colour}\"/></marker>\n"
        );
    }
    s.push_str("</defs>\n");
    s.push_str(&layout.background);
    s.push_str("<g fill=\"none\" stroke-width=\"1.6\">\n");
    let dot = if layout.geographic { 4.0 } else { 5.0 };
    for &(a, b, k) in edges {
        let (Some(&(x1, y1, _)), Some(&(x2, y2, _))) = (pos.get(&a), pos.get(&b)) else {
            continue;
        };
        let (dx, dy) = (x2 - x1, y2 - y1);
        // Bend each arc to its right, so that A→B and B→A do not overlap;
        // stop short of the target's dot so the arrow shows.
        let (cx, cy) = if layout.geographic {
            ((x1 + x2) / 2.0 - dy * 0.2, (y1 + y2) / 2.0 + dx * 0.2)
        } else {
            ((x1 + x2) * 0.25, (y1 + y2) * 0.25)
        };
        let (tx, ty) = (x2 - cx, y2 - cy);
        let tl = (tx * tx + ty * ty).sqrt().max(1.0);
        let (ex, ey) = (x2 - tx / tl * (dot + 3.0), y2 - ty / tl * (dot + 3.0));
        let (i, colour) = colour(kinds, &ctx.fabriques[a].liens[k].kind.code);
        w!(
            &mut s,
            "<path d=\"M{x1:.1} {y1:.1}Q{cx:.1} {cy:.1} {ex:.1} {ey:.1}\" stroke=\"{colour}\" marker-end=\"url(#fleche-{i})\" opacity=\"0.85\"/>\n"
        );
    }
    s.push_str("</g>\n<g>\n");
    let labels = pos.len() <= MAX_LABELS;
    for (&i, &(x, y, angle)) in pos {
        let f = ctx.fabriques[i];
        let circle = format!(
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{dot}\" fill=\"#ffffff\" stroke=\"#161616\" stroke-width=\"1.5\"><title>{}</title></circle>",
            esc(&f.nom)
        );
        match ctx.page_of(i) {
            Some(p) => w!(&mut s, "<a href=\"{ROOT}{p}\">{circle}</a>\n"),
            None => w!(&mut s, "{circle}\n"),
        }
        if labels {
            label(&mut s, &f.nom, x, y, angle, dot);
        }
    }
    s.push_str("</g>\n</svg>\n");
    Some((s, layout.unplaced))
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
        w!(
            &mut h,
            "<p class=\"notice\">{}</p>\n</div>\n",
            ctx.text(&t::NETWORK_NONE)
        );
    } else {
        if !kinds.is_empty() {
            w!(
                &mut h,
                "<ul class=\"legend\" aria-label=\"{}\">\n",
                ctx.text(&t::LEGEND)
            );
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
            Some((svg, unplaced)) => {
                w!(&mut h, "<figure class=\"network-figure\">\n{svg}</figure>\n");
                if unplaced > 0 {
                    let note = fill(ctx.text(&t::NETWORK_UNPLACED), &[("n", unplaced.to_string())]);
                    w!(&mut h, "<p class=\"muted\">{}</p>\n", esc(&note));
                }
            }
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
    h.push_str(&html::json_block(
        "site-textes",
        &serde_json::json!({ "sort": t::SORT_BY.get(lang) }),
    ));
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
