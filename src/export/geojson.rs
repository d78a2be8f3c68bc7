//! `export --geojson`: a FeatureCollection of Points for the uMap map of
//! the Fabriques de Territoire.
//!
//! Coordinates are WGS84 `[longitude, latitude]` (RFC 7946 order); records
//! without coordinates are counted on stderr, not invented. Properties are
//! those uMap uses: `name`, `description` (uMap's Markdown flavour, whose
//! links are written `[[url|text]]`), one single-valued `categorie` for a
//! categorised layer, and one boolean per action category for filters;
//! then `id`, `statut`, `commune`, `departement`, `qpv` and `numerique`
//! (`null` when unknown, never `false`), and `precision_point`: `commune`
//! when the point is only the commune's centre (the description says so
//! too: a map never presents it as the address), `adresse` otherwise.
//!
//! The description speaks to people: action labels (« Living lab »), not
//! codes; the status when the place is not open (« Fermée », « En
//! projet »); a link to the Movilab page, else to the website. Closed
//! places are left off the map unless asked for (`keep_closed`): a map
//! sends people to a door. What is left out goes to the [`Report`].

use std::io::Write;

use anyhow::Result;
use serde_json::{json, Map, Value};

use super::report::{Reason, Report};
use crate::messages::{ui, Lang};
use crate::register::Entry;
use crate::vocab::Vocabularies;

/// The category a record shows under on a categorised layer: the first
/// category of its first action done (`fait`), else of its first action.
pub fn primary_category(e: &Entry) -> Option<&str> {
    let actions = &e.record.actions;
    actions
        .iter()
        .find(|a| a.statut.as_ref().is_some_and(|s| s.value == "fait"))
        .or(actions.first())
        .and_then(|a| a.categories.first())
        .map(|c| c.value.as_str())
}

fn description(e: &Entry, vocab: &Vocabularies, lang: Lang) -> String {
    let r = &e.record;
    let mut lines = Vec::new();
    let mut place = r.commune().unwrap_or_default().to_string();
    if let Some(d) = e.departement() {
        place = format!("{place} ({} {})", d.code, d.nom);
    }
    lines.push(format!("**{place}**"));
    if r.adresse.point_is_commune_centre() {
        lines.push(format!("*{}*", ui::GEOJSON_POINT_COMMUNE.get(lang)));
    }
    let mut tags = Vec::new();
    if r.qpv.as_ref().is_some_and(|q| q.value) {
        tags.push(ui::GEOJSON_QPV.get(lang));
    }
    if r.is_numerique() {
        tags.push(ui::GEOJSON_NUMERIQUE.get(lang));
    }
    if !tags.is_empty() {
        lines.push(tags.join(" · "));
    }
    if let Some(statut) = r.statut.as_ref().filter(|s| s.value != "en_activite") {
        let label = vocab.get("statuts").get(&statut.value).map(|x| x.libelle.to_string());
        lines.push(format!("*{}*", label.unwrap_or_else(|| statut.value.clone())));
    }
    let actions = crate::register::actions::summary_labels(e, vocab, lang);
    if !actions.is_empty() {
        lines.push(format!(
            "{}{}: {actions}",
            ui::GEOJSON_ACTIONS.get(lang),
            crate::messages::before_colon(lang)
        ));
    }
    if let Some(page) = &r.page_movilab {
        lines.push(format!("[[{}|{}]]", page.value, ui::GEOJSON_MOVILAB.get(lang)));
    } else if let Some(site) = &r.site_web {
        lines.push(format!("[[{}|{}]]", site.value, ui::GEOJSON_SITE.get(lang)));
    }
    lines.join("\n")
}

/// Writes the FeatureCollection (one feature per line), closed places
/// left out; what is left out is said on `err`. Returns the number of
/// features. (The site's download; `export --geojson` uses [`features`].)
pub fn collection(
    each: &mut super::Each<'_>,
    out: &mut dyn Write,
    vocab: &Vocabularies,
    lang: Lang,
    err: &mut dyn Write,
) -> Result<usize> {
    let mut report = Report::new();
    let n = features(each, out, vocab, lang, false, &mut report)?;
    report.write(err, lang)?;
    Ok(n)
}

/// Writes the FeatureCollection (one feature per line), closed places
/// only with `keep_closed`; records left out (no coordinates, closed) and
/// written with errors go to `report`. Returns the number of features.
pub fn features(
    each: &mut super::Each<'_>,
    out: &mut dyn Write,
    vocab: &Vocabularies,
    lang: Lang,
    keep_closed: bool,
    report: &mut Report,
) -> Result<usize> {
    let categories = vocab.get("categories").codes();
    let mut n = 0;
    // `generator` (a foreign member, RFC 7946 § 6.1, which uMap ignores)
    // marks the file as this export's: a later `--output` may replace it.
    out.write_all(super::previous::GEOJSON_HEAD.as_bytes())?;
    each(&mut |e: Entry| {
        let r = &e.record;
        if !e.parsed {
            report.left_out(&e, Reason::NotParsed);
            return Ok(());
        }
        if !keep_closed && r.is_closed() {
            report.left_out(&e, Reason::Closed);
            return Ok(());
        }
        let (Some(lat), Some(lon)) = (&r.adresse.latitude, &r.adresse.longitude) else {
            report.left_out(&e, Reason::NoCoordinates);
            return Ok(());
        };
        let mut props = Map::new();
        props.insert("name".into(), r.nom().into());
        props.insert("description".into(), description(&e, vocab, lang).into());
        props.insert(
            "categorie".into(),
            primary_category(&e).map_or(Value::Null, Value::from),
        );
        props.insert("id".into(), r.id.clone().into());
        props.insert(
            "statut".into(),
            r.statut.as_ref().map_or(Value::Null, |s| s.value.clone().into()),
        );
        props.insert("commune".into(), r.commune().map_or(Value::Null, Value::from));
        props.insert(
            "departement".into(),
            e.departement().map_or(Value::Null, |d| d.code.into()),
        );
        props.insert("qpv".into(), r.qpv.as_ref().map_or(Value::Null, |q| q.value.into()));
        props.insert(
            "numerique".into(),
            r.numerique.as_ref().map_or(Value::Null, |n| n.value.into()),
        );
        // A commune's centre is never presented as the address.
        props.insert(
            "precision_point".into(),
            (if r.adresse.point_is_commune_centre() {
                "commune"
            } else {
                "adresse"
            })
            .into(),
        );
        for code in &categories {
            let has = r.actions.iter().any(|a| a.categories.iter().any(|c| c.value == *code));
            props.insert((*code).to_string(), has.into());
        }
        let feature = json!({
            "type": "Feature",
            "geometry": { "type": "Point", "coordinates": [lon.value, lat.value] },
            "properties": props,
        });
        out.write_all(if n == 0 { b"\n" } else { b",\n" })?;
        serde_json::to_writer(&mut *out, &feature)?;
        n += 1;
        Ok(())
    })?;
    out.write_all(b"\n]}\n")?;
    Ok(n)
}
