//! Builds the register's website from a register folder, for development
//! and for `scripts/site-e2e`, until `fabriques site` is wired to the
//! command line.
//!
//! ```text
//! cargo run --release --example site_demo -- [--data DIR] [--out DIR] [--lang fr|en]
//!     [--base-map FILE.geojson] [--centres FILE.geojson] [--forge URL] [--osm] [--no-downloads]
//! ```
//!
//! - `--data DIR`: the register's `data/` folder (default: found from the
//!   working directory, as `fabriques` does).
//! - `--out DIR`: where to write the site (default `target/site`).
//! - `--base-map FILE`: the département outlines (a GeoJSON with
//!   `insee_dep`/`lib_dep` properties, e.g. the ANCT file of `../shared/data`).
//! - `--centres FILE`: a GeoJSON of commune centres (Points with an `id_geo`
//!   INSEE code, as in the ANCT list of the Fabriques de Territoire): a
//!   record without coordinates gets its commune's centre, marked as such.
//!   A preview of what the register will say itself (issue 12).
//! - `--forge URL`: base URL of the register's files on the forge.
//! - `--osm`: offer OpenStreetMap tiles as an optional layer.
//! - `--no-downloads`: leave out the JSON export offered for download
//!   (otherwise every record as `export --json` writes it, as
//!   `fabriques.json`).
//!
//! Prints the time spent reading the register and building the site, and
//! the files and bytes written. Exit code 2 on any error.

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use fabriques::site::from_register::Register;
use fabriques::site::{self, BaseMap, Point, Precision, SiteOptions};
use fabriques::{Env, Lang};

struct Args {
    data: Option<PathBuf>,
    out: PathBuf,
    lang: Lang,
    base_map: Option<PathBuf>,
    centres: Option<PathBuf>,
    forge: Option<String>,
    osm: bool,
    downloads: bool,
}

fn args() -> Result<Args> {
    let mut a = Args {
        data: None,
        out: PathBuf::from("target/site"),
        lang: Lang::Fr,
        base_map: None,
        centres: None,
        forge: None,
        osm: false,
        downloads: true,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().with_context(|| format!("{flag}: value missing"));
        match flag.as_str() {
            "--data" => a.data = Some(value()?.into()),
            "--out" => a.out = value()?.into(),
            "--lang" => {
                a.lang = match value()?.as_str() {
                    "fr" => Lang::Fr,
                    "en" => Lang::En,
                    other => bail!("--lang: fr or en, not {other}"),
                }
            }
            "--base-map" => a.base_map = Some(value()?.into()),
            "--centres" => a.centres = Some(value()?.into()),
            "--forge" => a.forge = Some(value()?),
            "--osm" => a.osm = true,
            "--no-downloads" => a.downloads = false,
            other => bail!("unknown argument {other}"),
        }
    }
    Ok(a)
}

/// INSEE code → (lat, lon) from a GeoJSON of Points with `id_geo`.
fn centres(path: &PathBuf) -> Result<HashMap<String, (f64, f64)>> {
    let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path)?)?;
    let mut out = HashMap::new();
    for f in v["features"].as_array().into_iter().flatten() {
        let (Some(code), Some(c)) = (
            f["properties"]["id_geo"].as_str(),
            f["geometry"]["coordinates"].as_array(),
        ) else {
            continue;
        };
        if let (Some(lon), Some(lat)) = (c.first().and_then(|x| x.as_f64()), c.get(1).and_then(|x| x.as_f64())) {
            out.insert(code.to_string(), (lat, lon));
        }
    }
    Ok(out)
}

fn run() -> Result<()> {
    let a = args()?;
    let started = Instant::now();
    let register = Register::read(a.data.as_deref(), a.lang, &Env::from_process())?;
    let options = SiteOptions {
        lang: a.lang,
        title: match a.lang {
            Lang::Fr => "Fabriques de Territoire".into(),
            Lang::En => "Fabriques de Territoire".into(),
        },
        forge_url: a.forge,
        osm_tiles: a.osm,
        credit: Some(match a.lang {
            Lang::Fr => "Données : les fiches du registre, chacune avec ses sources.".into(),
            Lang::En => "Data: the register's records, each with its sources.".into(),
        }),
    };
    let mut model = register.model(options);
    if let Some(path) = &a.centres {
        let centres = centres(path)?;
        for f in model.fabriques.iter_mut().filter(|f| f.point.is_none()) {
            if let Some(&(lat, lon)) = f.adresse.code_insee.as_ref().and_then(|c| centres.get(c)) {
                f.point = Some(Point {
                    lat,
                    lon,
                    precision: Precision::CommuneCentre,
                });
            }
        }
    }
    if let Some(path) = &a.base_map {
        model.base_map = Some(BaseMap {
            geojson: std::fs::read_to_string(path).with_context(|| path.display().to_string())?,
            attribution: "ANCT / IGN Admin Express, contours des départements, 2023, Licence Ouverte 2.0".into(),
        });
    }
    if a.downloads {
        model.downloads.push(register.json_download("fabriques.json", "JSON")?);
    }
    let read = started.elapsed();
    let t = Instant::now();
    let summary = site::build(&model, &a.out)?;
    let built = t.elapsed();
    eprintln!(
        "site_demo: {} fabriques read in {:.0} ms; site built in {:.0} ms: {} files, {} bytes, {} pages{} -> {}",
        model.fabriques.len(),
        read.as_secs_f64() * 1000.0,
        built.as_secs_f64() * 1000.0,
        summary.files,
        summary.bytes,
        summary.pages,
        if summary.without_page.is_empty() {
            String::new()
        } else {
            format!(" ({} without a page)", summary.without_page.len())
        },
        a.out.display()
    );
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("site_demo: {e:#}");
            ExitCode::from(2)
        }
    }
}
