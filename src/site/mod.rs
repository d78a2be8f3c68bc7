//! `fabriques site`: the register as a static website — a map of every
//! fabrique with a list and filters, the two Movilab tables (« Technique »,
//! « Entrée par action »), one page per fabrique, the network of links and
//! the statistics — deployable as is on any web server, and readable
//! offline.
//!
//! Contract: [`build`] turns a [`SiteModel`] (plain data, see `model`)
//! into a folder. It reads nothing else: the register is mapped to the
//! model by `from_register`, the one place that knows the record types.
//! The output is
//! - deterministic: the same model gives the same bytes (fabriques sorted
//!   by id, no date, no hash-map order), so a site kept in git diffs well;
//! - atomic: written beside the target then swapped in (`output`); a
//!   folder that is neither empty nor a previous site is never replaced;
//! - self-contained: Leaflet and the base map are in the site, every page
//!   carries a Content-Security-Policy that allows no other origin, and
//!   every text from a record goes through `html::esc`, every link through
//!   `html::safe_url`.
//!
//! Layout of the site:
//! ```text
//! index.html                     map, filters, list, programme figures, downloads
//! technique/index.html           « Technique » (pages of 1,000 rows: technique/2/...)
//! actions/index.html             « Entrée par action » and « qui peut m'aider ? »
//! reseau/index.html              the links between fabriques, drawn
//! statistiques/index.html        charts
//! fabriques/<id>/index.html      one page per fabrique
//! data/fabriques.js              the data the scripts read
//! data/departements.js           the base map for Leaflet
//! assets/                        CSS, scripts, Leaflet, the small maps
//! telechargements/               the export files given in the model
//! ```
//! Links are relative and name `index.html`, so the site works from any
//! folder of a server and from the disk.

mod assets;
mod basemap;
mod charts;
mod data;
mod fiche;
pub mod from_register;
mod home;
mod html;
mod model;
mod network;
mod output;
mod stats;
mod tables;
#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use anyhow::{bail, Context, Result};

use crate::messages::{fill, site as t, Lang};
use crate::register::figures::departement_order;
pub use model::*;
#[cfg(test)]
pub use output::MARKER;

/// A byte count for people (`7,0 Mo` / `7.0 MB`).
pub(crate) fn size(bytes: u64, lang: Lang) -> String {
    html::size(usize::try_from(bytes).unwrap_or(usize::MAX), lang)
}

/// What [`build`] wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub files: usize,
    pub bytes: u64,
    /// Fabrique pages written.
    pub pages: usize,
    /// Ids that got no page: not a valid id, or an id given twice.
    pub without_page: Vec<String>,
}

/// Writes the site for `model` into `out_dir` (see the module's contract).
pub fn build(model: &SiteModel, out_dir: &Path) -> Result<Summary> {
    let lang = model.options.lang;
    let ctx = Ctx::new(model)?;
    check_downloads(&model.downloads, lang)?;
    let staging = output::Staging::new(out_dir, lang)?;
    for (path, bytes) in assets::FILES {
        staging.write(path, bytes)?;
    }
    staging.write("data/fabriques.js", data::fabriques_js(&ctx).as_bytes())?;
    if let Some(outlines) = &ctx.outlines {
        staging.write(
            "data/departements.js",
            data::base_map_js(&outlines.web_geojson()).as_bytes(),
        )?;
        for code in ctx.small_maps.keys() {
            if let Some((svg, _)) = basemap::departement_svg(outlines, code) {
                staging.write(&format!("assets/departements/{code}.svg"), svg.as_bytes())?;
            }
        }
    }
    staging.write("index.html", home::page(&ctx).as_bytes())?;
    for (path, html) in tables::technique_pages(&ctx) {
        staging.write(&path, html.as_bytes())?;
    }
    staging.write("actions/index.html", tables::actions_page(&ctx).as_bytes())?;
    staging.write("reseau/index.html", network::page(&ctx).as_bytes())?;
    staging.write("statistiques/index.html", stats::page(&ctx).as_bytes())?;
    for d in &model.downloads {
        staging.write(&format!("telechargements/{}", d.file), &d.bytes)?;
    }
    // The fabriques' pages are rendered and written on all cores.
    let indices: Vec<usize> = (0..ctx.fabriques.len()).collect();
    crate::parallel::ordered_map(
        &indices,
        |&i| match &ctx.pages[i] {
            Some(path) => staging.write(path, fiche::page(&ctx, i).as_bytes()),
            None => Ok(()),
        },
        |written| written,
    )?;
    let (files, bytes) = staging.totals();
    staging.commit()?;
    Ok(Summary {
        files,
        bytes,
        pages: ctx.pages.iter().flatten().count(),
        without_page: ctx
            .fabriques
            .iter()
            .zip(&ctx.pages)
            .filter(|(_, p)| p.is_none())
            .map(|(f, _)| f.id.clone())
            .collect(),
    })
}

/// A download's name must be a plain file name, given once.
fn check_downloads(downloads: &[Download], lang: Lang) -> Result<()> {
    let mut seen = BTreeSet::new();
    for d in downloads {
        let plain = !d.file.is_empty()
            && !d.file.starts_with('.')
            && d.file
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'));
        if !plain || !seen.insert(d.file.as_str()) {
            bail!(fill(t::BAD_DOWNLOAD.get(lang), &[("fichier", d.file.clone())]));
        }
    }
    Ok(())
}

/// The model, prepared once for every page: fabriques sorted by id, who
/// links to whom, the places present, the base map read.
pub(crate) struct Ctx<'a> {
    pub model: &'a SiteModel,
    pub lang: Lang,
    /// Sorted by id (stable: two records with one id keep their order).
    pub fabriques: Vec<&'a SiteFabrique>,
    /// Each fabrique's page, relative to the site's root, if it has one.
    pub pages: Vec<Option<String>>,
    /// Index of the fabrique that owns each id (the first one).
    pub by_id: HashMap<&'a str, usize>,
    /// For each fabrique, the links to it: (fabrique, index in its `liens`),
    /// in id order.
    pub incoming: Vec<Vec<(usize, usize)>>,
    /// The régions and départements that have fabriques, in code order;
    /// a département with its région's code.
    pub regions: Vec<Coded>,
    pub departements: Vec<(Coded, Option<String>)>,
    /// The action categories used, in the vocabulary's order (codes outside
    /// it after, by code).
    pub categories: Vec<Coded>,
    pub outlines: Option<basemap::Outlines>,
    /// Départements that have a small map, with its projection.
    pub small_maps: BTreeMap<String, basemap::Projection>,
}

impl<'a> Ctx<'a> {
    fn new(model: &'a SiteModel) -> Result<Ctx<'a>> {
        let lang = model.options.lang;
        let mut fabriques: Vec<&SiteFabrique> = model.fabriques.iter().collect();
        fabriques.sort_by(|a, b| a.id.cmp(&b.id));
        let mut by_id = HashMap::with_capacity(fabriques.len());
        let mut pages = Vec::with_capacity(fabriques.len());
        for (i, f) in fabriques.iter().enumerate() {
            let first = !by_id.contains_key(f.id.as_str());
            if first {
                by_id.insert(f.id.as_str(), i);
            }
            let ok = first && crate::record::is_valid_id(&f.id);
            pages.push(ok.then(|| format!("fabriques/{}/index.html", f.id)));
        }
        let mut incoming = vec![Vec::new(); fabriques.len()];
        for (i, f) in fabriques.iter().enumerate() {
            for (j, l) in f.liens.iter().enumerate() {
                if let Some(&to) = by_id.get(l.fabrique.as_str()) {
                    incoming[to].push((i, j));
                }
            }
        }
        let mut regions = BTreeMap::new();
        let mut departements = BTreeMap::new();
        for f in &fabriques {
            if let Some(r) = &f.region {
                regions.entry(r.code.clone()).or_insert_with(|| r.clone());
            }
            if let Some(d) = &f.departement {
                departements
                    .entry(departement_order(&d.code))
                    .or_insert_with(|| (d.clone(), f.region.as_ref().map(|r| r.code.clone())));
            }
        }
        let categories = used_categories(model, &fabriques);
        let outlines = match &model.base_map {
            Some(b) => Some(basemap::Outlines::parse(&b.geojson).context(t::BAD_BASE_MAP.get(lang))?),
            None => None,
        };
        let mut small_maps = BTreeMap::new();
        if let Some(o) = &outlines {
            for f in fabriques.iter().filter(|f| f.point.is_some()) {
                if let Some(d) = &f.departement {
                    if !small_maps.contains_key(&d.code) {
                        if let Some(dep) = o.get(&d.code) {
                            let proj =
                                basemap::Projection::fit(dep.bbox, 0.12, basemap::SMALL, basemap::SMALL, 0.0, 0.0);
                            small_maps.insert(d.code.clone(), proj);
                        }
                    }
                }
            }
        }
        Ok(Ctx {
            model,
            lang,
            fabriques,
            pages,
            by_id,
            incoming,
            regions: regions.into_values().collect(),
            departements: departements.into_values().collect(),
            categories,
            outlines,
            small_maps,
        })
    }

    /// The page of fabrique `i`, relative to the root.
    pub fn page_of(&self, i: usize) -> Option<&str> {
        self.pages[i].as_deref()
    }

    /// A fabrique's name as a link to its page from a page at `root`, or
    /// the name alone when it has no page.
    pub fn name_link(&self, i: usize, root: &str) -> String {
        let f = self.fabriques[i];
        match self.page_of(i) {
            Some(p) => format!("<a href=\"{root}{p}\">{}</a>", html::esc(&f.nom)),
            None => format!("{}", html::esc(&f.nom)),
        }
    }

    pub fn text(&self, t: &crate::messages::Text) -> &'static str {
        t.get(self.lang)
    }
}

fn used_categories(model: &SiteModel, fabriques: &[&SiteFabrique]) -> Vec<Coded> {
    let mut used: BTreeMap<&str, &Coded> = BTreeMap::new();
    for f in fabriques {
        for a in &f.actions {
            for c in &a.categories {
                used.entry(c.code.as_str()).or_insert(c);
            }
        }
    }
    let mut out: Vec<Coded> = model
        .vocab
        .categories
        .iter()
        .filter(|c| used.remove(c.code.as_str()).is_some())
        .cloned()
        .collect();
    out.extend(used.into_values().cloned());
    out
}
