//! One page per fabrique (`fabriques/<id>/index.html`): every field of its
//! record, what is unknown shown as unknown, the six criteria with what
//! the record says of each, its actions by status, the links to and from
//! other fabriques, its sources, a small map of its département, and a
//! « proposer une correction » link to its file on the forge.
//!
//! The page needs no script: the small map is an SVG drawn here, over the
//! département's drawing shared by its fabriques
//! (`assets/departements/<code>.svg`).

use super::html::{self, esc, external_link, number, unknown, w, yes_no, Page, Section};
use super::model::{Precision, SiteFabrique, Verdict};
use super::{basemap, Ctx};
use crate::messages::site as t;
use crate::messages::{fill, plural};

const ROOT: &str = "../../";

fn row(h: &mut String, label: &str, value: &str) {
    w!(
        h,
        "<div class=\"dl-row\"><dt>{}</dt><dd>{}</dd></div>\n",
        esc(label),
        value
    );
}

fn opt(v: Option<&str>, ctx: &Ctx<'_>) -> String {
    v.map_or_else(|| unknown(ctx.lang), |s| esc(s).to_string())
}

fn section(h: &mut String, id: &str, title: &str) {
    w!(
        h,
        "<section class=\"card\" aria-labelledby=\"{id}\">\n<h2 id=\"{id}\">{}</h2>\n",
        esc(title)
    );
}

fn badges(ctx: &Ctx<'_>, f: &SiteFabrique, h: &mut String) {
    h.push_str("<p class=\"badges\">");
    if let Some(s) = &f.statut {
        w!(h, "<span class=\"badge\">{}</span> ", esc(&s.label));
    }
    let (class, text) = match f.qpv {
        Some(true) => ("badge badge-blue", &t::BADGE_QPV),
        Some(false) => ("badge", &t::BADGE_HORS_QPV),
        None => ("badge badge-unknown", &t::BADGE_QPV_UNKNOWN),
    };
    w!(h, "<span class=\"{class}\">{}</span> ", ctx.text(text));
    match f.numerique {
        Some(true) => w!(
            h,
            "<span class=\"badge badge-blue\">{}</span>",
            ctx.text(&t::BADGE_NUMERIQUE)
        ),
        None => w!(
            h,
            "<span class=\"badge badge-unknown\">{}</span>",
            ctx.text(&t::BADGE_NUMERIQUE_UNKNOWN)
        ),
        Some(false) => {}
    }
    h.push_str("</p>\n");
}

fn identite(ctx: &Ctx<'_>, f: &SiteFabrique, h: &mut String) {
    let lang = ctx.lang;
    section(h, "identite", ctx.text(&t::S_IDENTITE));
    h.push_str("<dl>\n");
    row(h, ctx.text(&t::L_NOM), &esc(&f.nom).to_string());
    if let Some(d) = &f.description {
        row(h, ctx.text(&t::L_DESCRIPTION), &esc(d).to_string());
    }
    if let Some(a) = &f.anct {
        row(h, ctx.text(&t::L_ANCT), &esc(a).to_string());
    }
    row(
        h,
        ctx.text(&t::L_STATUT),
        &opt(f.statut.as_ref().map(|s| s.label.as_str()), ctx),
    );
    let mut qpv = yes_no(f.qpv, lang);
    if let Some(c) = &f.code_qpv {
        w!(&mut qpv, " ({})", esc(c));
    }
    row(h, ctx.text(&t::L_QPV), &qpv);
    row(h, ctx.text(&t::L_NUMERIQUE), &yes_no(f.numerique, lang));
    row(
        h,
        ctx.text(&t::L_ANNEE),
        &f.annee.map_or_else(|| unknown(lang), |a| a.to_string()),
    );
    if let Some(v) = f.vague {
        row(h, ctx.text(&t::L_VAGUE), &v.to_string());
    }
    for (label, url) in [
        (&t::L_SITE_WEB, &f.site_web),
        (&t::L_PAGE_MOVILAB, &f.page_movilab),
        (&t::L_VIDEO, &f.video),
    ] {
        if let Some(u) = url {
            row(h, ctx.text(label), &external_link(u, u));
        }
    }
    if !f.reseaux.is_empty() {
        let list: Vec<String> = f
            .reseaux
            .iter()
            .map(|r| match &r.site {
                Some(s) => external_link(s, &r.nom),
                None => esc(&r.nom).to_string(),
            })
            .collect();
        row(h, ctx.text(&t::L_RESEAUX), &list.join(", "));
    }
    h.push_str("</dl>\n</section>\n");
}

fn adresse(ctx: &Ctx<'_>, f: &SiteFabrique, h: &mut String) {
    section(h, "adresse", ctx.text(&t::S_ADRESSE));
    h.push_str("<dl>\n");
    let a = &f.adresse;
    row(h, ctx.text(&t::L_VOIE), &opt(a.voie.as_deref(), ctx));
    row(h, ctx.text(&t::L_CODE_POSTAL), &opt(a.code_postal.as_deref(), ctx));
    row(h, ctx.text(&t::L_COMMUNE), &opt(a.commune.as_deref(), ctx));
    row(h, ctx.text(&t::L_CODE_INSEE), &opt(a.code_insee.as_deref(), ctx));
    let coded = |c: &Option<super::Coded>| c.as_ref().map(|c| format!("{} ({})", c.label, c.code));
    row(
        h,
        ctx.text(&t::L_DEPARTEMENT),
        &opt(coded(&f.departement).as_deref(), ctx),
    );
    row(
        h,
        ctx.text(&t::L_REGION),
        &opt(f.region.as_ref().map(|r| r.label.as_str()), ctx),
    );
    let position = match f.point {
        None => ctx.text(&t::NO_POINT).to_string(),
        Some(p) => {
            let what = match p.precision {
                Precision::Address => ctx.text(&t::POINT_ADDRESS),
                Precision::CommuneCentre => ctx.text(&t::POINT_CENTRE),
            };
            format!("{what} ({:.5}, {:.5})", p.lat, p.lon)
        }
    };
    row(h, ctx.text(&t::L_POSITION), &esc(&position).to_string());
    h.push_str("</dl>\n</section>\n");
}

fn structure(ctx: &Ctx<'_>, f: &SiteFabrique, h: &mut String) {
    section(h, "structure", ctx.text(&t::S_STRUCTURE));
    match &f.structure {
        None => w!(h, "<p>{}</p>\n", unknown(ctx.lang)),
        Some(s) => {
            h.push_str("<dl>\n");
            row(h, ctx.text(&t::L_NOM), &opt(s.nom.as_deref(), ctx));
            row(
                h,
                ctx.text(&t::L_FORME),
                &opt(s.forme_juridique.as_ref().map(|c| c.label.as_str()), ctx),
            );
            row(
                h,
                ctx.text(&t::L_CREATION),
                &s.creation.map_or_else(|| unknown(ctx.lang), |y| y.to_string()),
            );
            row(h, ctx.text(&t::L_SIRET), &opt(s.siret.as_deref(), ctx));
            h.push_str("</dl>\n");
        }
    }
    h.push_str("</section>\n");
}

fn consortium(ctx: &Ctx<'_>, f: &SiteFabrique, h: &mut String) {
    section(h, "consortium", ctx.text(&t::S_CONSORTIUM));
    if f.consortium.is_empty() {
        w!(h, "<p>{}</p>\n", unknown(ctx.lang));
    } else {
        h.push_str("<dl>\n");
        for (kind, members) in &f.consortium {
            let list: Vec<String> = members.iter().map(|m| esc(m).to_string()).collect();
            row(h, &kind.label, &list.join(", "));
        }
        h.push_str("</dl>\n");
    }
    h.push_str("</section>\n");
}

fn financement(ctx: &Ctx<'_>, f: &SiteFabrique, h: &mut String) {
    let lang = ctx.lang;
    section(h, "financement", ctx.text(&t::S_FINANCEMENT));
    if f.financement.is_empty() && f.bonus_numerique.is_none() {
        w!(h, "<p>{}</p>\n", unknown(lang));
    } else {
        h.push_str("<dl>\n");
        for (year, euros) in &f.financement {
            row(
                h,
                &year.to_string(),
                &fill(ctx.text(&t::EUROS), &[("n", number(*euros, lang))]),
            );
        }
        if let Some(b) = f.bonus_numerique {
            row(
                h,
                ctx.text(&t::L_BONUS),
                &fill(ctx.text(&t::EUROS), &[("n", number(b, lang))]),
            );
        }
        h.push_str("</dl>\n");
    }
    h.push_str("</section>\n");
}

fn criteres(ctx: &Ctx<'_>, f: &SiteFabrique, h: &mut String) {
    section(h, "criteres", ctx.text(&t::S_CRITERES));
    w!(h, "<p class=\"muted\">{}</p>\n", ctx.text(&t::CRITERES_INTRO));
    h.push_str("<ul class=\"criteria\">\n");
    for c in &f.criteres {
        let (class, mark, said) = match &c.verdict {
            Verdict::Met => ("met", "✓", ctx.text(&t::CRITERE_MET)),
            Verdict::Unmet(_) => ("unmet", "✗", ctx.text(&t::CRITERE_UNMET)),
            Verdict::Unknown => ("unknown-verdict", "?", ctx.text(&t::CRITERE_UNKNOWN)),
        };
        w!(
            h,
            "<li class=\"criterion {class}\"><span class=\"mark\" aria-hidden=\"true\">{mark}</span>\
             <div><strong>{}</strong> <span class=\"verdict\">({said})</span>",
            esc(&c.label)
        );
        if let Verdict::Unmet(why) = &c.verdict {
            w!(h, "<p class=\"why\">{}</p>", esc(why));
        }
        match &c.evidence {
            Some(e) => w!(h, "<p>{}</p>", esc(e)),
            None => w!(h, "<p class=\"unknown\">{}</p>", ctx.text(&t::CRITERE_NOTHING)),
        }
        h.push_str("</div></li>\n");
    }
    h.push_str("</ul>\n");
    if !f.publics.is_empty() {
        let list: Vec<&str> = f.publics.iter().map(|p| p.label.as_str()).collect();
        w!(
            h,
            "<p><strong>{}</strong> {}</p>\n",
            ctx.text(&t::L_PUBLICS),
            esc(&list.join(", "))
        );
    }
    h.push_str("</section>\n");
}

fn status_heading(ctx: &Ctx<'_>, code: Option<&str>, label: Option<&str>) -> String {
    match (code, label) {
        (Some("fait"), _) => ctx.text(&t::A_FAIT).to_string(),
        (Some("commence"), _) => ctx.text(&t::A_COMMENCE).to_string(),
        (Some("envisage"), _) => ctx.text(&t::A_ENVISAGE).to_string(),
        (Some(_), Some(l)) => l.to_string(),
        _ => ctx.text(&t::A_INCONNU).to_string(),
    }
}

fn actions(ctx: &Ctx<'_>, f: &SiteFabrique, h: &mut String) {
    section(h, "actions", ctx.text(&t::S_ACTIONS));
    if f.actions.is_empty() {
        w!(h, "<p>{}</p>\n", unknown(ctx.lang));
        h.push_str("</section>\n");
        return;
    }
    // Statuses in the vocabulary's order, then others, then none.
    let mut order: Vec<Option<&str>> = ctx
        .model
        .vocab
        .action_statuses
        .iter()
        .map(|s| Some(s.code.as_str()))
        .collect();
    for a in &f.actions {
        let code = a.statut.as_ref().map(|s| s.code.as_str());
        if code.is_some() && !order.contains(&code) {
            order.push(code);
        }
    }
    order.push(None);
    for status in order {
        let items: Vec<_> = f
            .actions
            .iter()
            .filter(|a| a.statut.as_ref().map(|s| s.code.as_str()) == status)
            .collect();
        let Some(first) = items.first() else {
            continue;
        };
        let label = first.statut.as_ref().map(|s| s.label.as_str());
        w!(
            h,
            "<h3>{}</h3>\n<ul class=\"action-list\">\n",
            esc(&status_heading(ctx, status, label))
        );
        for a in items {
            let cats: Vec<&str> = a.categories.iter().map(|c| c.label.as_str()).collect();
            w!(h, "<li><span class=\"badge\">{}</span>", esc(&cats.join(" · ")));
            for d in [&a.sous_action, &a.precision].into_iter().flatten() {
                w!(h, " {}", esc(d));
            }
            h.push_str("</li>\n");
        }
        h.push_str("</ul>\n");
    }
    h.push_str("</section>\n");
}

fn liens(ctx: &Ctx<'_>, i: usize, h: &mut String) {
    let f = ctx.fabriques[i];
    section(h, "liens", ctx.text(&t::S_LIENS));
    let detail = |l: &super::Lien| {
        let mut s = String::new();
        if let Some(d) = &l.date {
            w!(&mut s, " <span class=\"muted\">({})</span>", esc(d));
        }
        if let Some(n) = &l.note {
            w!(&mut s, " — {}", esc(n));
        }
        s
    };
    w!(h, "<h3>{}</h3>\n", ctx.text(&t::LIENS_OUT));
    if f.liens.is_empty() {
        w!(h, "<p class=\"muted\">{}</p>\n", ctx.text(&t::LIENS_NONE));
    } else {
        h.push_str("<ul>\n");
        for l in &f.liens {
            let other = match ctx.by_id.get(l.fabrique.as_str()) {
                Some(&j) => ctx.name_link(j, ROOT),
                None => format!(
                    "{} <span class=\"muted\">({})</span>",
                    esc(&l.fabrique),
                    ctx.text(&t::LIEN_UNKNOWN)
                ),
            };
            w!(
                h,
                "<li><span class=\"badge\">{}</span> {other}{}</li>\n",
                esc(&l.kind.label),
                detail(l)
            );
        }
        h.push_str("</ul>\n");
    }
    w!(h, "<h3>{}</h3>\n", ctx.text(&t::LIENS_IN));
    if ctx.incoming[i].is_empty() {
        w!(h, "<p class=\"muted\">{}</p>\n", ctx.text(&t::LIENS_NONE));
    } else {
        h.push_str("<ul>\n");
        for &(from, k) in &ctx.incoming[i] {
            let l = &ctx.fabriques[from].liens[k];
            w!(
                h,
                "<li><span class=\"badge\">{}</span> {}{}</li>\n",
                esc(&l.kind.label),
                ctx.name_link(from, ROOT),
                detail(l)
            );
        }
        h.push_str("</ul>\n");
    }
    h.push_str("</section>\n");
}

fn sources(ctx: &Ctx<'_>, f: &SiteFabrique, h: &mut String) {
    section(h, "sources", ctx.text(&t::S_SOURCES));
    if f.sources.is_empty() {
        w!(h, "<p>{}</p>\n", unknown(ctx.lang));
    } else {
        h.push_str("<ul>\n");
        for s in &f.sources {
            w!(h, "<li>{}</li>\n", esc(s));
        }
        h.push_str("</ul>\n");
    }
    h.push_str("</section>\n");
}

/// The small map: the département's drawing and the point over it.
fn mini_map(ctx: &Ctx<'_>, f: &SiteFabrique, h: &mut String) {
    let (Some(p), Some(dep)) = (f.point, &f.departement) else {
        return;
    };
    let Some(proj) = ctx.small_maps.get(&dep.code) else {
        return;
    };
    let (x, y) = proj.xy(p.lon, p.lat);
    // Grow the view to hold a point outside its département (a data error
    // the page should still show).
    let m = 12.0;
    let (x0, y0) = ((x - m).min(0.0), (y - m).min(0.0));
    let (x1, y1) = ((x + m).max(basemap::SMALL), (y + m).max(basemap::SMALL));
    let what = match p.precision {
        Precision::Address => &t::POINT_ADDRESS,
        Precision::CommuneCentre => &t::POINT_CENTRE,
    };
    let title = fill(
        ctx.text(&t::MINI_MAP_TITLE),
        &[("nom", f.nom.clone()), ("departement", dep.label.clone())],
    );
    let marker = match p.precision {
        Precision::Address => format!(
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"7\" fill=\"#000091\" stroke=\"#ffffff\" stroke-width=\"2.5\"/>"
        ),
        Precision::CommuneCentre => format!(
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"7\" fill=\"#ffffff\" stroke=\"#c9191e\" stroke-width=\"3\" stroke-dasharray=\"4 3\"/>"
        ),
    };
    w!(
        h,
        "<figure class=\"mini-map\">\n<svg viewBox=\"{x0:.1} {y0:.1} {:.1} {:.1}\" role=\"img\" aria-labelledby=\"mini-map-title\">\
         <title id=\"mini-map-title\">{}</title>\
         <image href=\"{ROOT}assets/departements/{}.svg\" x=\"0\" y=\"0\" width=\"{}\" height=\"{}\"/>{marker}</svg>\n\
         <figcaption>{}</figcaption>\n</figure>\n",
        x1 - x0,
        y1 - y0,
        esc(&title),
        esc(&dep.code),
        basemap::SMALL,
        basemap::SMALL,
        ctx.text(what)
    );
}

fn correction_link(ctx: &Ctx<'_>, f: &SiteFabrique) -> Option<String> {
    let base = ctx.model.options.forge_url.as_deref()?;
    let file = f.file.clone().unwrap_or_else(|| format!("data/{}.toml", f.id));
    let path: Vec<String> = file
        .split('/')
        .map(|part| {
            url::form_urlencoded::byte_serialize(part.as_bytes())
                .collect::<String>()
                .replace('+', "%20")
        })
        .collect();
    let url = html::safe_url(&format!("{}/{}", base.trim_end_matches('/'), path.join("/")))?;
    Some(format!(
        "<a class=\"button\" href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
        esc(&url),
        ctx.text(&t::CORRECTION)
    ))
}

/// The page of fabrique `i`.
pub fn page(ctx: &Ctx<'_>, i: usize) -> String {
    let lang = ctx.lang;
    let f = ctx.fabriques[i];
    let mut h = String::with_capacity(8192);
    w!(
        &mut h,
        "<div class=\"container\">\n<nav class=\"breadcrumb\" aria-label=\"{}\"><ol>\
         <li><a href=\"{ROOT}index.html\">{}</a></li><li><a href=\"{ROOT}technique/index.html\">{}</a></li>\
         <li aria-current=\"page\">{}</li></ol></nav>\n",
        ctx.text(&t::BREADCRUMB),
        ctx.text(&t::NAV_HOME),
        ctx.text(&t::FABRIQUES),
        esc(&f.nom)
    );
    w!(&mut h, "<div class=\"fiche-head\">\n<div>\n<h1>{}</h1>\n", esc(&f.nom));
    let place: Vec<&str> = [
        f.adresse.commune.as_deref(),
        f.departement.as_ref().map(|d| d.label.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !place.is_empty() {
        w!(&mut h, "<p class=\"lead\">{}</p>\n", esc(&place.join(", ")));
    }
    badges(ctx, f, &mut h);
    h.push_str("</div>\n");
    if let Some(link) = correction_link(ctx, f) {
        w!(&mut h, "<p class=\"fiche-actions\">{link}</p>\n");
    }
    h.push_str("</div>\n");
    if f.erreurs > 0 {
        let text = plural(lang, f.erreurs, &t::ERRORS_ONE, &t::ERRORS_MANY);
        w!(
            &mut h,
            "<p class=\"notice notice-warning\">{}</p>\n",
            esc(&fill(text, &[("n", f.erreurs.to_string())]))
        );
    }
    h.push_str("<div class=\"fiche-grid\">\n<div class=\"fiche-main\">\n");
    identite(ctx, f, &mut h);
    structure(ctx, f, &mut h);
    consortium(ctx, f, &mut h);
    criteres(ctx, f, &mut h);
    actions(ctx, f, &mut h);
    liens(ctx, i, &mut h);
    financement(ctx, f, &mut h);
    sources(ctx, f, &mut h);
    h.push_str("</div>\n<aside class=\"fiche-aside\">\n");
    mini_map(ctx, f, &mut h);
    adresse(ctx, f, &mut h);
    if f.point.is_some() {
        w!(
            &mut h,
            "<p><a href=\"{ROOT}index.html?fabrique={}\">{}</a></p>\n",
            esc(&f.id),
            ctx.text(&t::SHOW_ON_MAP)
        );
    }
    h.push_str("</aside>\n</div>\n</div>\n");
    html::page(
        &ctx.model.options,
        &Page {
            root: ROOT,
            title: &f.nom,
            section: Section::Fiche,
            styles: &[],
            scripts: &[],
        },
        &h,
    )
}
