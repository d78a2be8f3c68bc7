//! `fabriques export`: the register in the formats the places people look
//! at already read — spreadsheets (CSV), programs (JSON, JSON Lines), the
//! uMap map (GeoJSON), the Movilab wiki (MediaWiki tables, or Markdown) and
//! the national map of digital inclusion places (the médiation numérique
//! standard).
//!
//! Every format takes the filters of `list`, writes to stdout or, with
//! `--output FILE`, atomically to a file, and is deterministic: records in
//! id order, stable columns, no dates other than those asked for — the same
//! register always gives the same bytes, so a register's CI can commit an
//! export and review its diff. Formats that can stream do: records are read
//! a chunk at a time and written as they come, so a large register never
//! sits whole in memory. One file per format.

pub mod csv;
pub mod geojson;
pub mod json;
pub mod mednum;
pub mod wiki;

use std::io::Write;
use std::path::PathBuf;

use anyhow::{bail, Result};

use crate::config::Config;
use crate::filter::{Filter, FilterArgs};
use crate::geo::Geo;
use crate::messages::{fill, ui};
use crate::register::{self, Entry};

/// The arguments of `export`.
#[derive(Debug, clap::Args)]
#[command(group = clap::ArgGroup::new("format").multiple(false))]
pub struct ExportArgs {
    #[command(flatten)]
    pub filters: FilterArgs,
    #[arg(long, group = "format")]
    pub csv: bool,
    #[arg(long, group = "format")]
    pub json: bool,
    #[arg(long, group = "format")]
    pub jsonl: bool,
    #[arg(long, group = "format")]
    pub geojson: bool,
    #[arg(long, group = "format")]
    pub wikitext: bool,
    #[arg(long, group = "format")]
    pub markdown: bool,
    #[arg(long = "mediation-numerique", group = "format")]
    pub mediation_numerique: bool,
    #[arg(long, short = 'o', value_name = "FICHIER")]
    pub output: Option<PathBuf>,
    #[arg(long, default_value = ",", value_name = "CARACTERE")]
    pub delimiter: String,
    #[arg(long)]
    pub bom: bool,
    #[arg(long, value_delimiter = ',', value_name = "COLONNES")]
    pub colonnes: Vec<String>,
    #[arg(long = "date-maj", value_name = "AAAA-MM-JJ")]
    pub date_maj: Option<String>,
}

/// Hands every selected entry, in id order, to a writer's callback.
pub type Each<'a> = dyn FnMut(&mut dyn FnMut(Entry) -> Result<()>) -> Result<()> + 'a;

/// The one-byte CSV delimiter asked for.
fn delimiter(s: &str) -> Result<u8> {
    let s = if s == "\\t" || s == "tab" { "\t" } else { s };
    match s.as_bytes() {
        [b] if b.is_ascii() && *b != b'"' && *b != b'\n' && *b != b'\r' => Ok(*b),
        _ => bail!(fill(
            ui::EXPORT_BAD_DELIMITER.get(crate::messages::current()),
            &[("valeur", s.to_string())]
        )),
    }
}

pub fn run(config: &Config, args: &ExportArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8> {
    let lang = config.lang;
    // Flags first: a mistake fails before any file is read.
    let delim = delimiter(&args.delimiter)?;
    let columns = csv::columns(&args.colonnes)?;
    let date_maj = match &args.date_maj {
        Some(d) => crate::today::parse(d).ok_or_else(|| {
            anyhow::anyhow!(fill(
                ui::FILTER_UNKNOWN.get(lang),
                &[("option", "--date-maj".into()), ("valeur", d.clone())]
            ))
        })?,
        None => crate::today::today(),
    };
    let filter = Filter::new(&args.filters, &config.settings.vocab, Geo::get())?;
    let mut each =
        |f: &mut dyn FnMut(Entry) -> Result<()>| register::stream(config, crate::load::CHUNK, |e| filter.matches(e), f);
    let vocab = &config.settings.vocab;
    let written = crate::output::with_output(args.output.as_deref(), out, |w| {
        if args.json {
            json::array(&mut each, w)
        } else if args.jsonl {
            json::lines(&mut each, w)
        } else if args.geojson {
            geojson::collection(&mut each, w, vocab, lang, err)
        } else if args.wikitext || args.markdown {
            let syntax = if args.wikitext {
                wiki::Syntax::MediaWiki
            } else {
                wiki::Syntax::Markdown
            };
            // The « Entrée par action » table groups across records: it
            // needs them all.
            let entries = register::entries_where(config, |e| filter.matches(e))?;
            w.write_all(&wiki::tables(&entries, vocab, syntax, lang))?;
            Ok(entries.len())
        } else if args.mediation_numerique {
            mednum::csv(&mut each, w, date_maj, lang, err)
        } else {
            csv::table(&mut each, w, &columns, delim, args.bom)
        }
    })?;
    if let Some(path) = &args.output {
        writeln!(
            err,
            "{}",
            fill(
                ui::EXPORT_WRITTEN.get(lang),
                &[("nombre", written.to_string()), ("fichier", path.display().to_string())]
            )
        )?;
    }
    Ok(0)
}
