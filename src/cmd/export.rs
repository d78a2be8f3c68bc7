//! `fabriques export`: the register in the formats other tools read (see
//! `export` for the formats themselves).
//!
//! Every format takes the filters of `list`, writes to stdout or, with
//! `--output FILE`, atomically to a file. Flags are checked before any file
//! is read.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{bail, Result};

use crate::context::Context;
use crate::export::{csv, geojson, json, mednum, previous, wiki};
use crate::filter::{Filter, FilterArgs};
use crate::geo::Geo;
use crate::messages::{fill, ui, Lang};
use crate::register::{self, Entry};

/// The arguments of `export`.
#[derive(Debug, clap::Args)]
#[command(group = clap::ArgGroup::new("format").multiple(false))]
pub(crate) struct ExportArgs {
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
    #[arg(long, requires = "output")]
    pub force: bool,
}

impl ExportArgs {
    /// What the export writes, as far as recognising a previous output
    /// goes (`wiki_head`: the first line of the wiki or Markdown tables).
    fn kind<'a>(&self, wiki_head: &'a str) -> previous::Kind<'a> {
        if self.json {
            previous::Kind::Json
        } else if self.jsonl {
            previous::Kind::Jsonl
        } else if self.geojson {
            previous::Kind::Geojson
        } else if self.wikitext || self.markdown {
            previous::Kind::Tables(wiki_head)
        } else if self.mediation_numerique {
            previous::Kind::Mednum
        } else {
            previous::Kind::Csv
        }
    }

    fn syntax(&self) -> wiki::Syntax {
        if self.wikitext {
            wiki::Syntax::MediaWiki
        } else {
            wiki::Syntax::Markdown
        }
    }
}

/// Refuses to replace at `path` anything but a previous export of the
/// same kind, unless `--force` (see `export::previous`).
fn may_replace(cx: &Context, args: &ExportArgs, path: &Path, shown: &Path) -> Result<()> {
    let (config, lang) = (&cx.config, cx.lang);
    let wiki_head = String::from_utf8(wiki::tables(&[], &config.settings.vocab, args.syntax(), lang))
        .unwrap_or_default()
        .lines()
        .next()
        .unwrap_or_default()
        .to_string();
    let settings = config.settings.path.as_deref().map(|p| config.resolve_path(p));
    let refusal = previous::check(
        path,
        args.kind(&wiki_head),
        &config.resolve_path(&config.data_dir),
        settings.as_deref(),
        args.force,
    );
    let text = match refusal {
        Ok(()) => return Ok(()),
        Err(previous::Refusal::Record) => &ui::EXPORT_ONTO_RECORD,
        Err(previous::Refusal::Settings) => &ui::EXPORT_ONTO_SETTINGS,
        Err(previous::Refusal::NotRegular) => &ui::EXPORT_ONTO_NOT_A_FILE,
        Err(previous::Refusal::Foreign) => &ui::EXPORT_ONTO_OTHER,
    };
    bail!(fill(
        text.get(lang),
        &[
            ("fichier", shown.display().to_string()),
            ("format", args.format_flag().to_string())
        ]
    ))
}

impl ExportArgs {
    /// The flag of the format asked for, for messages.
    fn format_flag(&self) -> &'static str {
        match self.kind("") {
            previous::Kind::Json => "--json",
            previous::Kind::Jsonl => "--jsonl",
            previous::Kind::Geojson => "--geojson",
            previous::Kind::Tables(_) if self.wikitext => "--wikitext",
            previous::Kind::Tables(_) => "--markdown",
            previous::Kind::Mednum => "--mediation-numerique",
            previous::Kind::Csv => "--csv",
        }
    }
}

/// The one-byte CSV delimiter asked for.
fn delimiter(s: &str, lang: Lang) -> Result<u8> {
    let s = if s == "\\t" || s == "tab" { "\t" } else { s };
    match s.as_bytes() {
        [b] if b.is_ascii() && *b != b'"' && *b != b'\n' && *b != b'\r' => Ok(*b),
        _ => bail!(fill(ui::EXPORT_BAD_DELIMITER.get(lang), &[("valeur", s.to_string())])),
    }
}

pub(crate) fn run(cx: &Context, args: &ExportArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8> {
    let (config, lang) = (&cx.config, cx.lang);
    // Flags first: a mistake fails before any file is read.
    let delim = delimiter(&args.delimiter, lang)?;
    let columns = csv::columns(&args.colonnes, lang)?;
    let date_maj = match &args.date_maj {
        Some(d) => crate::today::parse(d).ok_or_else(|| {
            anyhow::anyhow!(fill(
                ui::FILTER_UNKNOWN.get(lang),
                &[("option", "--date-maj".into()), ("valeur", d.clone())]
            ))
        })?,
        None => cx.today,
    };
    let filter = Filter::new(&args.filters, &config.settings.vocab, Geo::get(), lang)?;
    let mut each = |f: &mut dyn FnMut(Entry) -> Result<()>| register::stream(cx, |e| filter.matches(e), f);
    let vocab = &config.settings.vocab;
    let output = args.output.as_deref().map(|p| config.resolve_path(p));
    if let (Some(path), Some(shown)) = (&output, &args.output) {
        may_replace(cx, args, path, shown)?;
    }
    let written = crate::atomic::with_output(output.as_deref(), lang, out, |w| {
        if args.json {
            json::array(&mut each, w)
        } else if args.jsonl {
            json::lines(&mut each, w)
        } else if args.geojson {
            geojson::collection(&mut each, w, vocab, lang, err)
        } else if args.wikitext || args.markdown {
            let syntax = args.syntax();
            // The « Entrée par action » table groups across records: it
            // needs them all.
            let entries = register::entries_where(cx, |e| filter.matches(e))?;
            w.write_all(&wiki::tables(&entries, vocab, syntax, lang))?;
            Ok(entries.len())
        } else if args.mediation_numerique {
            mednum::csv(&mut each, w, date_maj, lang, err)
        } else {
            csv::table(&mut each, w, &columns, delim, args.bom, vocab)
        }
    })?;
    filter.note_unknowns(err, lang)?;
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
