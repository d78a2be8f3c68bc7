//! `fabriques site`: the register as a static website (see `site` for what
//! it shows and how it is written).
//!
//! The command puts together what the generator is given: the register
//! read once through `register` (the same entries, checked by the same
//! `Checker`, as `list` and `stats`), mapped to the site's model by
//! `site::from_register`; the département outlines embedded for the
//! coordinates check (`geo`), as the offline base map; and the downloads,
//! written in the same run by the export code itself (`export`), so that
//! the files offered are byte for byte what `fabriques export` writes.
//! Its options override the `[site]` section of `fabriques.toml`.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;

use crate::config::site::{check_depot, edit_base, forge_of, DEFAULT_BRANCH};
use crate::context::Context;
use crate::export::{self, csv, geojson, json, xlsx};
use crate::geo;
use crate::messages::{fill, site as t, Lang, Text};
use crate::register::{self, Entry};
use crate::site::{self, from_register, BaseMap, Download, SiteOptions};

/// The arguments of `site`.
#[derive(Debug, clap::Args)]
pub(crate) struct SiteArgs {
    #[arg(long, short = 'o', value_name = "DOSSIER", default_value = "site")]
    pub output: PathBuf,
    #[arg(long, value_name = "TITRE")]
    pub titre: Option<String>,
    #[arg(long, value_name = "URL")]
    pub depot: Option<String>,
    #[arg(long, value_name = "BRANCHE")]
    pub branche: Option<String>,
    #[arg(long)]
    pub osm: bool,
}

/// An export offered for download from the home page.
#[derive(Clone, Copy, Debug)]
enum Export {
    Xlsx,
    Csv,
    GeoJson,
    Json,
}

/// The downloads, in the order the home page lists them. Each is written
/// by its `export` format with that format's defaults (`fabriques export
/// --xlsx`, `--csv`, `--geojson`, `--json`); the workbook first, for
/// spreadsheet users (its codes keep their leading zeros).
const DOWNLOADS: [Export; 4] = [Export::Xlsx, Export::Csv, Export::GeoJson, Export::Json];

impl Export {
    fn file(self) -> &'static str {
        match self {
            Export::Xlsx => "fabriques.xlsx",
            Export::Csv => "fabriques.csv",
            Export::GeoJson => "fabriques.geojson",
            Export::Json => "fabriques.json",
        }
    }

    fn label(self) -> &'static Text {
        match self {
            Export::Xlsx => &t::DOWNLOAD_XLSX,
            Export::Csv => &t::DOWNLOAD_CSV,
            Export::GeoJson => &t::DOWNLOAD_GEOJSON,
            Export::Json => &t::DOWNLOAD_JSON,
        }
    }

    /// The export of `entries`, as `fabriques export` writes it; what the
    /// format says of records it leaves out goes to `err`.
    fn write(self, cx: &Context, entries: &[Entry], err: &mut dyn Write) -> Result<Vec<u8>> {
        let vocab = &cx.config.settings.vocab;
        let mut each = |f: &mut dyn FnMut(Entry) -> Result<()>| entries.iter().cloned().try_for_each(&mut *f);
        let each: &mut export::Each<'_> = &mut each;
        let mut bytes = Vec::new();
        match self {
            Export::Xlsx => {
                xlsx::sheet(each, &mut bytes, csv::COLUMNS, vocab, cx.today, cx.lang)?;
            }
            Export::Csv => {
                let columns = csv::columns(&[], cx.lang)?;
                csv::table(each, &mut bytes, &columns, b',', false, vocab)?;
            }
            Export::GeoJson => {
                geojson::collection(each, &mut bytes, vocab, cx.lang, err)?;
            }
            Export::Json => {
                json::array(each, &mut bytes)?;
            }
        }
        Ok(bytes)
    }
}

/// The options of the site: the command line first, then `[site]`.
fn options(cx: &Context, args: &SiteArgs) -> Result<SiteOptions> {
    let lang = cx.lang;
    let settings = &cx.config.settings.site;
    let title = args
        .titre
        .clone()
        .or_else(|| settings.titre.clone())
        .unwrap_or_else(|| t::DEFAULT_TITLE.get(lang).to_string());
    let depot = match &args.depot {
        Some(url) => Some(check_depot(url, lang)?),
        None => settings.depot.clone(),
    };
    let forge_url = match depot {
        Some(depot) => {
            let forge = forge_of(&depot, settings.forge, lang)?;
            let branche = args
                .branche
                .as_deref()
                .or(settings.branche.as_deref())
                .unwrap_or(DEFAULT_BRANCH);
            Some(edit_base(&depot, branche, forge))
        }
        None => None,
    };
    Ok(SiteOptions {
        lang,
        title,
        forge_url,
        osm_tiles: args.osm || settings.tuiles_osm.unwrap_or(false),
        credit: Some(t::CREDIT.get(lang).to_string()),
    })
}

pub(crate) fn run(cx: &Context, args: &SiteArgs, _out: &mut dyn Write, err: &mut dyn Write) -> Result<u8> {
    let lang = cx.lang;
    // Options first: a mistake fails before any file is read.
    let options = options(cx, args)?;
    let output = cx.config.resolve_path(&args.output);
    let entries = register::entries(cx)?;
    let mut model = from_register::model(&cx.config, &entries, options);
    model.base_map = Some(BaseMap {
        geojson: geo::outlines_geojson().to_string(),
        attribution: geo::outlines_citation().to_string(),
    });
    for export in DOWNLOADS {
        model.downloads.push(Download {
            file: export.file().to_string(),
            label: export.label().get(lang).to_string(),
            bytes: export.write(cx, &entries, err)?,
        });
    }
    let unreadable: Vec<String> = entries
        .iter()
        .filter(|e| !e.parsed)
        .map(|e| e.record.id.clone())
        .collect();
    // The model holds all the site needs: the records need not stay in
    // memory while it is written (a large register's peak).
    drop(entries);
    let summary = site::build(&model, &output)?;
    report(lang, &unreadable, &summary, args, err)?;
    Ok(0)
}

/// What was written, and what is missing from the site, on stderr.
fn report(
    lang: Lang,
    unreadable: &[String],
    summary: &site::Summary,
    args: &SiteArgs,
    err: &mut dyn Write,
) -> Result<()> {
    if !unreadable.is_empty() {
        writeln!(
            err,
            "{}",
            fill(
                t::LEFT_OUT_UNREADABLE.get(lang),
                &[("nombre", unreadable.len().to_string()), ("ids", unreadable.join(", "))]
            )
        )?;
    }
    if !summary.without_page.is_empty() {
        writeln!(
            err,
            "{}",
            fill(
                t::WITHOUT_PAGE.get(lang),
                &[
                    ("nombre", summary.without_page.len().to_string()),
                    ("ids", summary.without_page.join(", "))
                ]
            )
        )?;
    }
    writeln!(
        err,
        "{}",
        fill(
            t::SITE_WRITTEN.get(lang),
            &[
                ("dossier", args.output.display().to_string()),
                ("pages", summary.pages.to_string()),
                ("fichiers", summary.files.to_string()),
                ("taille", site::size(summary.bytes, lang)),
            ]
        )
    )?;
    Ok(())
}
