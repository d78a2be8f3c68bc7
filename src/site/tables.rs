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

use serde_json::json;

use super::html::{self, esc, number, unknown, w, yes_no, Page, Section};
use super::model::SiteFabrique;
use super::Ctx;
use crate::messages::site as t;
use crate::messages::{fill, movilab as movilab_text};
use crate::register::movilab::{self, ActionFacts, ActionRow, Cell, Facts, StatusColumn, Technique, TECHNIQUE};

/// Rows per page of the « Technique » table.
pub const PAGE_SIZE: usize = 1000;

fn th(h: &mut String, col: usize, label: &str, attrs: &str) {
    w!(h, "<th scope=\"col\" data-col=\"{col}\"{attrs}>{}</th>\n", esc(label));
}

/// The header of the « Technique » table: a column in a group (the
/// consortium) under its group's heading, the others spanning both rows.
fn technique_header(ctx: &Ctx<'_>, h: &mut String) {
    let two_rows = TECHNIQUE.iter().any(|c| c.group.is_some());
    let span = if two_rows { " rowspan=\"2\"" } else { "" };
    h.push_str("<thead>\n<tr>\n");
    let mut i = 0;
    while i < TECHNIQUE.len() {
        match TECHNIQUE[i].group {
            None => {
                th(h, i, ctx.text(TECHNIQUE[i].heading), span);
                i += 1;
            }
            Some(group) => {
                let n = TECHNIQUE[i..]
                    .iter()
                    .take_while(|c| c.group.is_some_and(|g| std::ptr::eq(g, group)))
                    .count();
                w!(h, "<th scope=\"colgroup\" colspan=\"{n}\">{}</th>\n", ctx.text(group));
                i += n;
            }
        }
    }
    h.push_str("</tr>\n");
    if two_rows {
        h.push_str("<tr>\n");
        for (i, c) in TECHNIQUE.iter().enumerate().filter(|(_, c)| c.group.is_some()) {
            th(h, i, ctx.text(c.heading), "");
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</thead>\n");
}

/// One cell of the « Technique » table, drawn.
fn technique_cell(ctx: &Ctx<'_>, cell: Cell<'_>, i: usize, root: &str) -> String {
    let lang = ctx.lang;
    match cell {
        Cell::Name(_) => ctx.name_link(i, root),
        Cell::Text(v) => v.map_or_else(|| unknown(lang), |s| esc(s).to_string()),
        Cell::YesNo(v) => yes_no(v, lang),
        Cell::Year(v) => v.map_or_else(|| unknown(lang), |y| y.to_string()),
        Cell::Members(names) => names.iter().map(|n| esc(n).to_string()).collect::<Vec<_>>().join(", "),
        Cell::Link(link) => link
            .and_then(|(url, label)| html::safe_url(url).map(|_| html::external_link(url, ctx.text(label))))
            .unwrap_or_default(),
    }
}

fn technique_row(ctx: &Ctx<'_>, h: &mut String, i: usize, root: &str) {
    let f = ctx.fabriques[i];
    h.push_str("<tr>\n");
    for c in &TECHNIQUE {
        let cell = technique_cell(ctx, c.kind.cell(f), i, root);
        if c.kind == Technique::Fabrique {
            w!(h, "<th scope=\"row\">{cell}</th>\n");
        } else {
            w!(h, "<td>{cell}</td>\n");
        }
    }
    h.push_str("</tr>\n");
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

/// The « Entrée par action » of the register.
fn action_table(ctx: &Ctx<'_>) -> (Vec<StatusColumn>, Vec<ActionRow>) {
    let categories: Vec<&str> = ctx.categories.iter().map(|c| c.code.as_str()).collect();
    let statuses: Vec<(&str, &str)> = ctx
        .model
        .vocab
        .action_statuses
        .iter()
        .map(|s| (s.code.as_str(), s.label.as_str()))
        .collect();
    movilab::actions(&ctx.fabriques, &categories, &statuses, ctx.lang)
}

/// An action's categories as the table names them.
fn row_label(ctx: &Ctx<'_>, row: &ActionRow) -> String {
    let labels: Vec<&str> = row
        .categories
        .iter()
        .map(|code| {
            ctx.categories
                .iter()
                .find(|c| &c.code == code)
                .map_or(code.as_str(), |c| c.label.as_str())
        })
        .collect();
    movilab::categories_label(&labels)
}

/// The « Entrée par action » page.
pub fn actions_page(ctx: &Ctx<'_>) -> String {
    let root = "../";
    let (columns, rows) = action_table(ctx);
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
    th(&mut h, 0, ctx.text(&movilab_text::CATEGORIE), "");
    th(&mut h, 1, ctx.text(&movilab_text::SOUS_ACTION), "");
    for (k, c) in columns.iter().enumerate() {
        th(&mut h, 2 + k, &c.heading, "");
    }
    h.push_str("</tr>\n</thead>\n<tbody>\n");
    for row in &rows {
        w!(
            &mut h,
            "<tr>\n<th scope=\"row\" data-sort=\"{:04}\">{}</th>\n<td>{}</td>\n",
            row.rank.min(9999),
            esc(&row_label(ctx, row)),
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

/// The site's fabriques, as the Movilab tables read them.
impl Facts for SiteFabrique {
    fn nom(&self) -> &str {
        &self.nom
    }
    fn structure(&self) -> Option<&str> {
        self.structure.as_ref().and_then(|s| s.nom.as_deref())
    }
    fn code_postal(&self) -> Option<&str> {
        self.adresse.code_postal.as_deref()
    }
    fn ville(&self) -> Option<&str> {
        self.adresse.commune.as_deref()
    }
    fn qpv(&self) -> Option<bool> {
        self.qpv
    }
    fn numerique(&self) -> Option<bool> {
        self.numerique
    }
    fn consortium(&self, kind: &str) -> Vec<&str> {
        self.consortium
            .iter()
            .filter(|(k, _)| k.code == kind)
            .flat_map(|(_, m)| m.iter().map(String::as_str))
            .collect()
    }
    fn annee(&self) -> Option<i64> {
        self.annee
    }
    fn creation(&self) -> Option<i64> {
        self.structure.as_ref().and_then(|s| s.creation)
    }
    fn page_movilab(&self) -> Option<&str> {
        self.page_movilab.as_deref()
    }
    fn site_web(&self) -> Option<&str> {
        self.site_web.as_deref()
    }
    fn actions(&self) -> Vec<ActionFacts<'_>> {
        self.actions
            .iter()
            .map(|a| ActionFacts {
                categories: a.categories.iter().map(|c| c.code.as_str()).collect(),
                sous_action: a.sous_action.as_deref(),
                precision: a.precision.as_deref(),
                statut: a.statut.as_ref().map(|s| s.code.as_str()),
            })
            .collect()
    }
}
