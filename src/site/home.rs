//! The home page: the programme in figures, the map with its filters and
//! the list beside it, and the downloads.
//!
//! The page itself holds the form (every filter, its options written
//! here so that the form is complete and labelled before any script runs),
//! the legend and the empty map and list; `assets/home.js` fills the map
//! and the list from `data/fabriques.js` and applies the filters as the
//! visitor changes them. Without JavaScript, a notice points to the
//! « Technique » table, which lists every fabrique.

use serde_json::json;

use super::html::{self, esc, number, percent, w, Page, Section};
use super::model::Coded;
use super::Ctx;
use crate::messages::site as t;
use crate::messages::{fill, plural};

fn select(h: &mut String, id: &str, label: &str, any: &str, options: &[(String, String)]) {
    w!(
        h,
        "<div class=\"field\"><label for=\"f-{id}\">{}</label>\n<select id=\"f-{id}\" name=\"{id}\">\n<option value=\"\">{}</option>\n",
        esc(label),
        esc(any)
    );
    for (value, text) in options {
        w!(h, "<option value=\"{}\">{}</option>\n", esc(value), esc(text));
    }
    h.push_str("</select></div>\n");
}

fn coded(list: &[Coded]) -> Vec<(String, String)> {
    list.iter().map(|c| (c.code.clone(), c.label.clone())).collect()
}

fn tri(ctx: &Ctx<'_>) -> Vec<(String, String)> {
    vec![
        ("oui".into(), ctx.text(&t::YES).into()),
        ("non".into(), ctx.text(&t::NO).into()),
        ("inconnu".into(), ctx.text(&t::UNKNOWN).into()),
    ]
}

fn filters(ctx: &Ctx<'_>, h: &mut String) {
    w!(
        h,
        "<form id=\"filtres\" class=\"filters\" role=\"search\" aria-label=\"{}\">\n\
         <div class=\"field field-wide\"><label for=\"f-q\">{}</label>\n\
         <input type=\"search\" id=\"f-q\" name=\"q\" autocomplete=\"off\" placeholder=\"{}\"></div>\n",
        ctx.text(&t::FILTERS_LABEL),
        ctx.text(&t::F_SEARCH),
        ctx.text(&t::F_SEARCH_HINT)
    );
    let any_f = ctx.text(&t::F_ANY_F);
    let any_m = ctx.text(&t::F_ANY_M);
    select(h, "region", ctx.text(&t::F_REGION), any_f, &coded(&ctx.regions));
    let deps: Vec<(String, String)> = ctx
        .departements
        .iter()
        .map(|(d, _)| (d.code.clone(), format!("{} — {}", d.code, d.label)))
        .collect();
    select(h, "dep", ctx.text(&t::F_DEPARTEMENT), any_m, &deps);
    select(h, "qpv", ctx.text(&t::F_QPV), any_f, &tri(ctx));
    select(h, "num", ctx.text(&t::F_NUMERIQUE), any_f, &tri(ctx));
    select(h, "cat", ctx.text(&t::F_CATEGORIE), any_f, &coded(&ctx.categories));
    select(
        h,
        "etat",
        ctx.text(&t::F_ETAT),
        any_m,
        &coded(&ctx.model.vocab.action_statuses),
    );
    let mut statuts = coded(&ctx.model.vocab.statuts);
    statuts.push(("inconnu".into(), ctx.text(&t::UNKNOWN).into()));
    select(h, "statut", ctx.text(&t::F_STATUT), any_m, &statuts);
    w!(
        h,
        "<div class=\"field field-actions\"><button type=\"reset\" class=\"button-secondary\">{}</button></div>\n</form>\n",
        ctx.text(&t::F_RESET)
    );
}

/// The programme's figures, then the unknown shares the figures leave out.
fn figures(ctx: &Ctx<'_>, h: &mut String) {
    let lang = ctx.lang;
    w!(
        h,
        "<section class=\"figures\" aria-labelledby=\"programme-titre\">\n<h2 id=\"programme-titre\">{}</h2>\n<ul class=\"figure-grid\">\n",
        ctx.text(&t::PROGRAMME_TITLE)
    );
    for f in &ctx.model.programme {
        w!(
            h,
            "<li class=\"figure\"><span class=\"figure-value\">{}</span> <span class=\"figure-label\">{}</span>",
            number(f.value, lang),
            esc(&f.label)
        );
        if let Some((target, about)) = f.target {
            let text = if about { &t::TARGET_ABOUT } else { &t::TARGET };
            let target_text = fill(text.get(lang), &[("n", number(target, lang))]);
            let ratio = if target > 0 {
                (f.value.max(0) as f64 / target as f64).min(1.0)
            } else {
                0.0
            };
            w!(
                h,
                "<span class=\"figure-target\">{}</span>\
                 <svg class=\"figure-bar\" viewBox=\"0 0 100 6\" preserveAspectRatio=\"none\" aria-hidden=\"true\">\
                 <rect width=\"100\" height=\"6\" rx=\"3\" fill=\"#e3e3fd\"/><rect width=\"{:.1}\" height=\"6\" rx=\"3\" fill=\"#000091\"/></svg>",
                esc(&target_text),
                ratio * 100.0
            );
        }
        if let Some(n) = f.unknown.filter(|n| *n > 0) {
            w!(
                h,
                "<span class=\"figure-unknown\">{}</span>",
                esc(&fill(ctx.text(&t::FIGURE_UNKNOWN), &[("n", number(n, lang))]))
            );
        }
        h.push_str("</li>\n");
    }
    h.push_str("</ul>\n");
    let total = ctx.fabriques.len();
    let unknowns: Vec<_> = ctx.model.unknowns.iter().filter(|u| u.value > 0).collect();
    if total > 0 && !unknowns.is_empty() {
        w!(
            h,
            "<h3 class=\"figure-unknowns-title\">{}</h3>\n<ul class=\"figure-unknowns\">\n",
            ctx.text(&t::UNKNOWNS_TITLE)
        );
        for u in unknowns {
            let n = usize::try_from(u.value).unwrap_or(0);
            w!(
                h,
                "<li>{}</li>\n",
                esc(&fill(
                    ctx.text(&t::UNKNOWN_LINE),
                    &[
                        ("quoi", u.label.clone()),
                        ("n", number(u.value, lang)),
                        ("part", percent(n, total, lang)),
                    ]
                ))
            );
        }
        h.push_str("</ul>\n");
    }
    w!(
        h,
        "<p><a href=\"statistiques/index.html\">{}</a></p>\n</section>\n",
        ctx.text(&t::MORE_STATS)
    );
}

fn legend(ctx: &Ctx<'_>, h: &mut String) {
    w!(
        h,
        "<ul class=\"legend\" aria-label=\"{}\">\n\
         <li><svg width=\"18\" height=\"18\" viewBox=\"0 0 18 18\" aria-hidden=\"true\"><circle cx=\"9\" cy=\"9\" r=\"6\" fill=\"#000091\" stroke=\"#ffffff\" stroke-width=\"2\"/></svg> {}</li>\n\
         <li><svg width=\"18\" height=\"18\" viewBox=\"0 0 18 18\" aria-hidden=\"true\"><circle cx=\"9\" cy=\"9\" r=\"6\" fill=\"#ffffff\" stroke=\"#c9191e\" stroke-width=\"2.5\" stroke-dasharray=\"3 2\"/></svg> {}</li>\n</ul>\n",
        ctx.text(&t::LEGEND),
        ctx.text(&t::LEGEND_ADDRESS),
        ctx.text(&t::LEGEND_CENTRE)
    );
}

/// Buttons that bring the map to mainland France or to an overseas
/// département of the base map.
fn territories(ctx: &Ctx<'_>, h: &mut String) {
    let Some(outlines) = &ctx.outlines else {
        return;
    };
    w!(
        h,
        "<div class=\"territories\" role=\"group\" aria-label=\"{}\">\n\
         <button type=\"button\" class=\"chip\" data-territoire=\"metropole\">{}</button>\n",
        ctx.text(&t::GO_TO),
        ctx.text(&t::METROPOLE)
    );
    for o in outlines.list.iter().filter(|o| o.code.starts_with("97")) {
        w!(
            h,
            "<button type=\"button\" class=\"chip\" data-territoire=\"{}\">{}</button>\n",
            esc(&o.code),
            esc(&o.nom)
        );
    }
    w!(
        h,
        "<button type=\"button\" class=\"chip\" data-territoire=\"tout\">{}</button>\n</div>\n",
        ctx.text(&t::ALL_POINTS)
    );
}

fn downloads(ctx: &Ctx<'_>, h: &mut String) {
    let lang = ctx.lang;
    w!(
        h,
        "<section class=\"downloads\" aria-labelledby=\"telecharger-titre\">\n<h2 id=\"telecharger-titre\">{}</h2>\n",
        ctx.text(&t::DOWNLOADS_TITLE)
    );
    if ctx.model.downloads.is_empty() {
        w!(h, "<p>{}</p>\n", ctx.text(&t::DOWNLOADS_NONE));
    } else {
        h.push_str("<ul class=\"download-list\">\n");
        for d in &ctx.model.downloads {
            w!(
                h,
                "<li><a href=\"telechargements/{}\" download>{}</a> <span class=\"muted\">{} · {}</span></li>\n",
                esc(&d.file),
                esc(&d.label),
                esc(&d.file),
                html::size(d.bytes.len(), lang)
            );
        }
        h.push_str("</ul>\n");
    }
    h.push_str("</section>\n");
}

/// The texts the script shows, in the site's language.
fn script_texts(ctx: &Ctx<'_>) -> serde_json::Value {
    let lang = ctx.lang;
    json!({
        "lang": t::HTML_LANG.get(lang),
        "count_one": t::COUNT_ONE.get(lang),
        "count_many": t::COUNT_MANY.get(lang),
        "none": t::LIST_NONE.get(lang),
        "more": t::LIST_MORE.get(lang),
        "address": t::POPUP_ADDRESS.get(lang),
        "centre": t::POPUP_CENTRE.get(lang),
        "here_many": t::POPUP_HERE_MANY.get(lang),
        "open": t::POPUP_OPEN.get(lang),
        "show_on_map": t::SHOW_ON_MAP.get(lang),
        "no_point": t::NO_POINT.get(lang),
        "qpv": t::BADGE_QPV.get(lang),
        "hors_qpv": t::BADGE_HORS_QPV.get(lang),
        "qpv_unknown": t::BADGE_QPV_UNKNOWN.get(lang),
        "numerique": t::BADGE_NUMERIQUE.get(lang),
        "layer_outlines": t::LAYER_OUTLINES.get(lang),
        "layer_osm": t::LAYER_OSM.get(lang),
        "layer_points": t::LAYER_POINTS.get(lang),
        "osm_credit": t::OSM_CREDIT.get(lang),
        "thousands": match lang { crate::messages::Lang::Fr => "\u{202F}", crate::messages::Lang::En => "," },
        "osm": ctx.model.options.osm_tiles,
    })
}

/// The whole home page.
pub fn page(ctx: &Ctx<'_>) -> String {
    let lang = ctx.lang;
    let total = ctx.fabriques.len();
    let mut h = String::new();
    h.push_str("<div class=\"container\">\n<section class=\"hero\">\n");
    w!(&mut h, "<h1>{}</h1>\n", esc(&ctx.model.options.title));
    let word = plural(lang, total, &t::FABRIQUE_ONE, &t::FABRIQUE_MANY);
    w!(
        &mut h,
        "<p class=\"lead\">{}</p>\n</section>\n",
        esc(&fill(
            ctx.text(&t::LEAD),
            &[("n", number(total as i64, lang)), ("fabriques", word.to_string())]
        ))
    );
    figures(ctx, &mut h);
    w!(
        &mut h,
        "<section class=\"explorer\" aria-labelledby=\"carte-titre\">\n<h2 id=\"carte-titre\">{}</h2>\n\
         <noscript><p class=\"notice\">{} <a href=\"technique/index.html\">{}</a></p></noscript>\n",
        ctx.text(&t::EXPLORER_TITLE),
        ctx.text(&t::NOSCRIPT),
        ctx.text(&t::NAV_TECHNIQUE)
    );
    filters(ctx, &mut h);
    let count = fill(
        plural(lang, total, &t::COUNT_ONE, &t::COUNT_MANY),
        &[("n", number(total as i64, lang)), ("total", number(total as i64, lang))],
    );
    w!(
        &mut h,
        "<p id=\"compte\" class=\"count\" role=\"status\" aria-live=\"polite\">{}</p>\n\
         <div class=\"explorer-grid\">\n<div class=\"map-panel\">\n",
        esc(&count)
    );
    territories(ctx, &mut h);
    w!(
        &mut h,
        "<div id=\"carte\" class=\"map\" role=\"region\" aria-label=\"{}\"></div>\n",
        ctx.text(&t::MAP_LABEL)
    );
    legend(ctx, &mut h);
    if let Some(b) = &ctx.model.base_map {
        w!(
            &mut h,
            "<p class=\"map-credit\">{} {}</p>\n",
            ctx.text(&t::BASE_MAP_CREDIT),
            esc(&b.attribution)
        );
    }
    w!(
        &mut h,
        "</div>\n<div class=\"list-panel\">\n<h3 id=\"liste-titre\">{}</h3>\n\
         <ol id=\"liste\" class=\"fab-list\" aria-labelledby=\"liste-titre\"></ol>\n\
         <button type=\"button\" id=\"plus\" class=\"button-secondary\" hidden></button>\n</div>\n</div>\n</section>\n",
        ctx.text(&t::LIST_TITLE)
    );
    downloads(ctx, &mut h);
    h.push_str("</div>\n");
    h.push_str(&html::json_block("site-textes", &script_texts(ctx)));
    let mut scripts = vec!["assets/leaflet/leaflet.js", "data/fabriques.js"];
    if ctx.outlines.is_some() {
        scripts.push("data/departements.js");
    }
    scripts.push("assets/home.js");
    html::page(
        &ctx.model.options,
        &Page {
            root: "",
            title: &ctx.model.options.title,
            section: Section::Home,
            styles: &["assets/leaflet/leaflet.css"],
            scripts: &scripts,
        },
        &h,
    )
}
