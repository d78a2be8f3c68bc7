//! The two tables of the Movilab page, as web pages: « Technique » (one
//! row per fabrique) and « Entrée par action » (one row per action, the
//! fabriques that do it, have started, want to), with the Movilab
//! wording. Both are plain HTML tables, complete without JavaScript;
//! `assets/tables.js` makes their headers sort the rows, and on the action
//! page answers « qui peut m'aider ? » — the fabriques doing an action,
//! nearest first from a commune the visitor picks.
//!
//! The « Technique » table is cut in pages of [`PAGE_SIZE`] rows, so that
//! a register of 100,000 fabriques gives pages a browser can open.

use std::collections::BTreeMap;

use serde_json::json;

use super::html::{self, esc, number, unknown, w, yes_no, Page, Section};
use super::Ctx;
use crate::messages::site as t;
use crate::messages::{fill, Text};

/// Rows per page of the « Technique » table.
pub const PAGE_SIZE: usize = 1000;

/// The consortium kinds the table shows, with their headings.
const CONSORTIUM: [(&str, &Text); 4] = [
    ("collectivites", &t::COL_COLLECTIVITE),
    ("centres_sociaux", &t::COL_CENTRE_SOCIAL),
    ("bailleurs_sociaux", &t::COL_BAILLEURS),
    ("acteurs_formation", &t::COL_FORMATION),
];

fn th(h: &mut String, col: usize, label: &str, attrs: &str) {
    w!(h, "<th scope=\"col\" data-col=\"{col}\"{attrs}>{}</th>\n", esc(label));
}

fn technique_header(ctx: &Ctx<'_>, h: &mut String) {
    let singles_before: [&Text; 6] = [
        &t::COL_FABRIQUE,
        &t::COL_STRUCTURE,
        &t::COL_CODE_POSTAL,
        &t::COL_VILLE,
        &t::COL_QPV,
        &t::COL_NUMERIQUE,
    ];
    let singles_after: [&Text; 3] = [&t::COL_LABELLISATION, &t::COL_EXISTE_DEPUIS, &t::COL_DOSSIER];
    h.push_str("<thead>\n<tr>\n");
    for (i, label) in singles_before.iter().enumerate() {
        th(h, i, ctx.text(label), " rowspan=\"2\"");
    }
    w!(
        h,
        "<th scope=\"colgroup\" colspan=\"4\">{}</th>\n",
        ctx.text(&t::COL_CONSORTIUM)
    );
    for (i, label) in singles_after.iter().enumerate() {
        th(h, 10 + i, ctx.text(label), " rowspan=\"2\"");
    }
    h.push_str("</tr>\n<tr>\n");
    for (i, (_, label)) in CONSORTIUM.iter().enumerate() {
        th(h, 6 + i, ctx.text(label), "");
    }
    h.push_str("</tr>\n</thead>\n");
}

fn technique_row(ctx: &Ctx<'_>, h: &mut String, i: usize, root: &str) {
    let lang = ctx.lang;
    let f = ctx.fabriques[i];
    let opt_text = |v: Option<&str>| v.map_or_else(|| unknown(lang), |s| esc(s).to_string());
    let opt_year = |v: Option<i64>| v.map_or_else(|| unknown(lang), |y| y.to_string());
    h.push_str("<tr>\n");
    w!(h, "<th scope=\"row\">{}</th>\n", ctx.name_link(i, root));
    let structure = match &f.structure {
        None => unknown(lang),
        Some(s) => opt_text(s.nom.as_deref()),
    };
    w!(h, "<td>{structure}</td>\n");
    w!(h, "<td>{}</td>\n", opt_text(f.adresse.code_postal.as_deref()));
    w!(h, "<td>{}</td>\n", opt_text(f.adresse.commune.as_deref()));
    w!(h, "<td>{}</td>\n", yes_no(f.qpv, lang));
    w!(h, "<td>{}</td>\n", yes_no(f.numerique, lang));
    for (kind, _) in CONSORTIUM {
        let members: Vec<String> = f
            .consortium
            .iter()
            .filter(|(k, _)| k.code == kind)
            .flat_map(|(_, m)| m.iter().map(|x| esc(x).to_string()))
            .collect();
        w!(h, "<td>{}</td>\n", members.join(", "));
    }
    w!(h, "<td>{}</td>\n", opt_year(f.annee));
    let creation = f.structure.as_ref().and_then(|s| s.creation);
    w!(h, "<td>{}</td>\n", opt_year(creation));
    let link = f
        .page_movilab
        .as_deref()
        .map(|u| (u, ctx.text(&t::LINK_MOVILAB)))
        .or(f.site_web.as_deref().map(|u| (u, ctx.text(&t::LINK_SITE))))
        .and_then(|(u, label)| html::safe_url(u).map(|_| html::external_link(u, label)));
    w!(h, "<td>{}</td>\n</tr>\n", link.unwrap_or_default());
}

fn pagination(ctx: &Ctx<'_>, h: &mut String, current: usize, pages: usize, root: &str) {
    if pages <= 1 {
        return;
    }
    w!(
        h,
        "<nav class=\"pagination\" aria-label=\"{}\"><ul>\n",
        ctx.text(&t::PAGES_LABEL)
    );
    for p in 1..=pages {
        let href = if p == 1 {
            format!("{root}technique/index.html")
        } else {
            format!("{root}technique/{p}/index.html")
        };
        let current_attr = if p == current { " aria-current=\"page\"" } else { "" };
        w!(h, "<li><a href=\"{href}\"{current_attr}>{p}</a></li>\n");
    }
    h.push_str("</ul></nav>\n");
}

/// Every page of the « Technique » table: (path, HTML).
pub fn technique_pages(ctx: &Ctx<'_>) -> Vec<(String, String)> {
    let lang = ctx.lang;
    let total = ctx.fabriques.len();
    let pages = total.div_ceil(PAGE_SIZE).max(1);
    let mut out = Vec::with_capacity(pages);
    for p in 1..=pages {
        let (path, root) = if p == 1 {
            ("technique/index.html".to_string(), "../")
        } else {
            (format!("technique/{p}/index.html"), "../../")
        };
        let rows = (p - 1) * PAGE_SIZE..(p * PAGE_SIZE).min(total);
        let mut h = String::with_capacity(rows.len() * 700 + 2048);
        w!(
            &mut h,
            "<div class=\"container container-wide\">\n<h1>{}</h1>\n<p class=\"lead\">{}</p>\n",
            ctx.text(&t::TECHNIQUE_TITLE),
            ctx.text(&t::TECHNIQUE_INTRO)
        );
        if pages > 1 {
            let range = fill(
                ctx.text(&t::PAGE_RANGE),
                &[
                    ("de", number(rows.start as i64 + 1, lang)),
                    ("a", number(rows.end as i64, lang)),
                    ("total", number(total as i64, lang)),
                ],
            );
            w!(&mut h, "<p>{}</p>\n", esc(&range));
        }
        pagination(ctx, &mut h, p, pages, root);
        w!(
            &mut h,
            "<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"technique-caption\" tabindex=\"0\">\n\
             <table class=\"data-table sortable technique\">\n<caption id=\"technique-caption\">{}</caption>\n",
            ctx.text(&t::TECHNIQUE_CAPTION)
        );
        technique_header(ctx, &mut h);
        h.push_str("<tbody>\n");
        for i in rows {
            technique_row(ctx, &mut h, i, root);
        }
        h.push_str("</tbody>\n</table>\n</div>\n");
        pagination(ctx, &mut h, p, pages, root);
        h.push_str("</div>\n");
        h.push_str(&html::json_block("site-textes", &table_texts(ctx)));
        let html = html::page(
            &ctx.model.options,
            &Page {
                root,
                title: ctx.text(&t::TECHNIQUE_TITLE),
                section: Section::Technique,
                styles: &[],
                scripts: &["assets/tables.js"],
            },
            &h,
        );
        out.push((path, html));
    }
    out
}

fn table_texts(ctx: &Ctx<'_>) -> serde_json::Value {
    let lang = ctx.lang;
    json!({
        "sort": t::SORT_BY.get(lang),
        "km": t::KM.get(lang),
        "help_none": t::HELP_NONE.get(lang),
        "help_pick": t::HELP_PICK.get(lang),
        "help_count": t::HELP_COUNT.get(lang),
        "help_no_commune": t::HELP_NO_COMMUNE.get(lang),
        "help_position": t::HELP_POSITION_USED.get(lang),
        "help_position_failed": t::HELP_POSITION_FAILED.get(lang),
        "no_point": t::NO_POINT.get(lang),
        "unknown": t::UNKNOWN.get(lang),
    })
}

/// One row of the « Entrée par action »: its categories and detail, then
/// for each status column the fabriques (indices, in id order).
struct ActionRow {
    order: (usize, Vec<String>, String),
    categories: Vec<String>,
    detail: String,
    cells: Vec<Vec<usize>>,
}

/// The status columns: the vocabulary's statuses, then « non renseigné »
/// when some action has none.
fn status_columns(ctx: &Ctx<'_>) -> Vec<(Option<String>, String)> {
    let mut cols: Vec<(Option<String>, String)> = ctx
        .model
        .vocab
        .action_statuses
        .iter()
        .map(|s| {
            let heading = match s.code.as_str() {
                "fait" => ctx.text(&t::COL_FONT).to_string(),
                "commence" => ctx.text(&t::COL_COMMENCE).to_string(),
                "envisage" => ctx.text(&t::COL_VEULENT).to_string(),
                _ => s.label.clone(),
            };
            (Some(s.code.clone()), heading)
        })
        .collect();
    let any_unknown = ctx.fabriques.iter().any(|f| {
        f.actions.iter().any(|a| {
            a.statut
                .as_ref()
                .is_none_or(|s| !cols.iter().any(|(c, _)| c.as_deref() == Some(s.code.as_str())))
        })
    });
    if any_unknown {
        cols.push((None, ctx.text(&t::COL_STATUT_INCONNU).to_string()));
    }
    cols
}

fn action_rows(ctx: &Ctx<'_>, columns: &[(Option<String>, String)]) -> Vec<ActionRow> {
    let position = |code: &str| ctx.categories.iter().position(|c| c.code == code).unwrap_or(usize::MAX);
    let mut rows: BTreeMap<(usize, Vec<String>, String), ActionRow> = BTreeMap::new();
    for (i, f) in ctx.fabriques.iter().enumerate() {
        for a in &f.actions {
            if a.categories.is_empty() {
                continue;
            }
            let codes: Vec<String> = a.categories.iter().map(|c| c.code.clone()).collect();
            let detail = a
                .sous_action
                .as_deref()
                .or(a.precision.as_deref())
                .unwrap_or_default()
                .to_string();
            let key = (position(&codes[0]), codes, detail.clone());
            let col = a
                .statut
                .as_ref()
                .and_then(|s| columns.iter().position(|(c, _)| c.as_deref() == Some(s.code.as_str())))
                .unwrap_or(columns.len() - 1);
            let row = rows.entry(key.clone()).or_insert_with(|| ActionRow {
                order: key,
                categories: a.categories.iter().map(|c| c.label.clone()).collect(),
                detail,
                cells: vec![Vec::new(); columns.len()],
            });
            if row.cells[col].last() != Some(&i) {
                row.cells[col].push(i);
            }
        }
    }
    let mut rows: Vec<ActionRow> = rows.into_values().collect();
    rows.sort_by(|a, b| a.order.cmp(&b.order));
    rows
}

/// « Coworking, mobilité »: the first label as written, the others in
/// lower case, as the Movilab table joins them.
fn categories_label(labels: &[String]) -> String {
    labels
        .iter()
        .enumerate()
        .map(|(i, l)| if i == 0 { l.clone() } else { l.to_lowercase() })
        .collect::<Vec<_>>()
        .join(", ")
}

fn helper_form(ctx: &Ctx<'_>, h: &mut String) {
    w!(
        h,
        "<section class=\"helper\" aria-labelledby=\"aide-titre\">\n<h2 id=\"aide-titre\">{}</h2>\n<p>{}</p>\n\
         <noscript><p class=\"notice\">{}</p></noscript>\n\
         <form id=\"qui-aide\" class=\"filters\" hidden>\n\
         <div class=\"field\"><label for=\"aide-cat\">{}</label><select id=\"aide-cat\" name=\"cat\">\n",
        ctx.text(&t::HELP_TITLE),
        ctx.text(&t::HELP_INTRO),
        ctx.text(&t::HELP_NOSCRIPT),
        ctx.text(&t::F_CATEGORIE)
    );
    for c in &ctx.categories {
        w!(h, "<option value=\"{}\">{}</option>\n", esc(&c.code), esc(&c.label));
    }
    w!(
        h,
        "</select></div>\n<div class=\"field field-wide\"><label for=\"aide-commune\">{}</label>\
         <input id=\"aide-commune\" name=\"commune\" list=\"aide-communes\" autocomplete=\"off\" placeholder=\"{}\">\
         <datalist id=\"aide-communes\"></datalist></div>\n\
         <div class=\"field field-actions\"><button type=\"button\" id=\"aide-position\" class=\"button-secondary\">{}</button></div>\n\
         </form>\n<p id=\"aide-compte\" class=\"count\" role=\"status\" aria-live=\"polite\"></p>\n\
         <ol id=\"aide-resultats\" class=\"fab-list\"></ol>\n</section>\n",
        ctx.text(&t::HELP_COMMUNE),
        ctx.text(&t::HELP_COMMUNE_HINT),
        ctx.text(&t::HELP_POSITION)
    );
}

/// The « Entrée par action » page.
pub fn actions_page(ctx: &Ctx<'_>) -> String {
    let root = "../";
    let columns = status_columns(ctx);
    let rows = action_rows(ctx, &columns);
    let mut h = String::new();
    w!(
        &mut h,
        "<div class=\"container\">\n<h1>{}</h1>\n<p class=\"lead\">{}</p>\n",
        ctx.text(&t::ACTIONS_TITLE),
        ctx.text(&t::ACTIONS_INTRO)
    );
    helper_form(ctx, &mut h);
    w!(
        &mut h,
        "<h2>{}</h2>\n<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"actions-caption\" tabindex=\"0\">\n\
         <table class=\"data-table sortable\">\n<caption id=\"actions-caption\">{}</caption>\n<thead>\n<tr>\n",
        ctx.text(&t::ACTIONS_TABLE_TITLE),
        ctx.text(&t::ACTIONS_CAPTION)
    );
    th(&mut h, 0, ctx.text(&t::COL_CATEGORIE), "");
    th(&mut h, 1, ctx.text(&t::COL_SOUS_ACTION), "");
    for (k, (_, heading)) in columns.iter().enumerate() {
        th(&mut h, 2 + k, heading, "");
    }
    h.push_str("</tr>\n</thead>\n<tbody>\n");
    for row in &rows {
        w!(
            &mut h,
            "<tr>\n<th scope=\"row\" data-sort=\"{:04}\">{}</th>\n<td>{}</td>\n",
            row.order.0.min(9999),
            esc(&categories_label(&row.categories)),
            esc(&row.detail)
        );
        for cell in &row.cells {
            let names: Vec<String> = cell.iter().map(|&i| ctx.name_link(i, root)).collect();
            w!(&mut h, "<td data-sort=\"{}\">{}</td>\n", cell.len(), names.join(", "));
        }
        h.push_str("</tr>\n");
    }
    if rows.is_empty() {
        w!(
            &mut h,
            "<tr><td colspan=\"{}\">{}</td></tr>\n",
            2 + columns.len(),
            ctx.text(&t::ACTIONS_NONE)
        );
    }
    h.push_str("</tbody>\n</table>\n</div>\n</div>\n");
    h.push_str(&html::json_block("site-textes", &table_texts(ctx)));
    html::page(
        &ctx.model.options,
        &Page {
            root,
            title: ctx.text(&t::ACTIONS_TITLE),
            section: Section::Actions,
            styles: &[],
            scripts: &["data/fabriques.js", "assets/tables.js"],
        },
        &h,
    )
}
