//! The data file the home page's map and list, and the action page's
//! « qui peut m'aider ? », read: `data/fabriques.js`, one compact JSON
//! object assigned to `window.FABRIQUES_SITE`.
//!
//! A script file rather than a JSON file fetched at run time, so that the
//! site also works opened from the disk (`file://`, where browsers refuse
//! `fetch`), and rather than JSON inside the page, so that a register of
//! 100,000 fabriques does not make the home page itself 30 MB: the page
//! shows at once and the data follows. The object is written by
//! `serde_json`, so every record text is a JSON string literal and can
//! never become code.

use serde_json::{json, Value};

use super::model::{Coded, Precision, SiteFabrique};
use super::Ctx;

fn pairs(list: &[Coded]) -> Value {
    Value::Array(list.iter().map(|c| json!([c.code, c.label])).collect())
}

fn round6(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

/// The words a visitor may search a fabrique by, besides its name,
/// commune, postal code and département (which the script adds): its
/// structure and the source's full text. (Actions have their own filter;
/// their texts would double the file.)
fn search_text(f: &SiteFabrique) -> String {
    let mut parts: Vec<&str> = Vec::new();
    if let Some(s) = f.structure.as_ref().and_then(|s| s.nom.as_deref()) {
        parts.push(s);
    }
    if let Some(d) = &f.description {
        parts.push(d);
    }
    parts.join(" ")
}

fn fabrique(ctx: &Ctx<'_>, i: usize) -> Value {
    let f = ctx.fabriques[i];
    let mut actions: Vec<(String, Option<String>)> = Vec::new();
    for a in &f.actions {
        for c in &a.categories {
            let key = (c.code.clone(), a.statut.as_ref().map(|s| s.code.clone()));
            if !actions.contains(&key) {
                actions.push(key);
            }
        }
    }
    let point = f.point.map_or(Value::Null, |p| {
        json!([
            round6(p.lat),
            round6(p.lon),
            u8::from(p.precision == Precision::Address)
        ])
    });
    json!({
        "id": f.id,
        "nom": f.nom,
        // Has a page, at fabriques/<id>/index.html.
        "p": u8::from(ctx.page_of(i).is_some()),
        "commune": f.adresse.commune,
        "cp": f.adresse.code_postal,
        "dep": f.departement.as_ref().map(|d| &d.code),
        "reg": f.region.as_ref().map(|r| &r.code),
        "qpv": f.qpv,
        "num": f.numerique,
        "statut": f.statut.as_ref().map(|s| &s.code),
        "actions": actions.iter().map(|(c, s)| json!([c, s])).collect::<Vec<_>>(),
        "pt": point,
        "txt": search_text(f),
    })
}

/// The content of `data/fabriques.js`.
pub fn fabriques_js(ctx: &Ctx<'_>) -> String {
    let departements: Vec<Value> = ctx
        .departements
        .iter()
        .map(|(d, region)| json!([d.code, d.label, region]))
        .collect();
    let fabriques: Vec<Value> = (0..ctx.fabriques.len()).map(|i| fabrique(ctx, i)).collect();
    let data = json!({
        "total": ctx.fabriques.len(),
        "regions": pairs(&ctx.regions),
        "departements": departements,
        "categories": pairs(&ctx.categories),
        "etats": pairs(&ctx.model.vocab.action_statuses),
        "statuts": pairs(&ctx.model.vocab.statuts),
        "fabriques": fabriques,
    });
    format!("window.FABRIQUES_SITE = {data};\n")
}

/// The content of `data/departements.js`: the base map for Leaflet.
pub fn base_map_js(geojson: &str) -> String {
    format!("window.FABRIQUES_FOND = {geojson};\n")
}
