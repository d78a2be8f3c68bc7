//! `fabriques export`: the register in the formats other tools read (see
//! `export` for the formats themselves).
//!
//! Every format takes the filters of `list`, writes to stdout or, with
//! `--output FILE`, atomically to a file. Flags are checked before any file
//! is read.
//!
//! The format is `--format NAME`, like every other command, or one of its
//! aliases (`--csv`, `--json`...); an option that only one format reads
//! (`--delimiter`, `--bom`, `--colonnes` for CSV, `--date-maj` for the
//! médiation numérique standard) is refused with any other format rather
//! than silently ignored.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{bail, Result};

use crate::context::Context;
use crate::export::{csv, geojson, json, mednum, previous, wiki};
use crate::filter::{Filter, FilterArgs};
use crate::geo::Geo;
use crate::messages::{fill, ui, Lang};
use crate::register::{self, Entry};

/// The formats of `export`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum ExportFormat {
    Csv,
    Json,
    Jsonl,
    Geojson,
    Wikitext,
    Markdown,
    MediationNumerique,
}

impl ExportFormat {
    fn name(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Json => "json",
            ExportFormat::Jsonl => "jsonl",
            ExportFormat::Geojson => "geojson",
            ExportFormat::Wikitext => "wikitext",
            ExportFormat::Markdown => "markdown",
            ExportFormat::MediationNumerique => "mediation-numerique",
        }
    }
}

/// The arguments of `export`.
#[derive(Debug, clap::Args)]
#[command(group = clap::ArgGroup::new("formats").multiple(false))]
pub(crate) struct ExportArgs {
    #[command(flatten)]
    pub filters: FilterArgs,
    #[arg(long = "format", value_enum, value_name = "FORMAT", group = "formats")]
    pub format: Option<ExportFormat>,
    #[arg(long, group = "formats")]
    pub csv: bool,
    #[arg(long, group = "formats")]
    pub json: bool,
    #[arg(long, group = "formats")]
    pub jsonl: bool,
    #[arg(long, group = "formats")]
    pub geojson: bool,
    #[arg(long, group = "formats")]
    pub wikitext: bool,
    #[arg(long, group = "formats")]
    pub markdown: bool,
    #[arg(long = "mediation-numerique", group = "formats")]
    pub mediation_numerique: bool,
    #[arg(long, short = 'o', value_name = "FICHIER")]
    pub output: Option<PathBuf>,
    #[arg(long, value_name = "CARACTERE")]
    pub delimiter: Option<String>,
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

impl ExportArgs {
    /// The format asked for, by `--format` or by its alias; CSV by default.
    pub fn format(&self) -> ExportFormat {
        let aliases = [
            (self.json, ExportFormat::Json),
            (self.jsonl, ExportFormat::Jsonl),
            (self.geojson, ExportFormat::Geojson),
            (self.wikitext, ExportFormat::Wikitext),
            (self.markdown, ExportFormat::Markdown),
            (self.mediation_numerique, ExportFormat::MediationNumerique),
        ];
        self.format
            .or_else(|| aliases.iter().find(|(set, _)| *set).map(|(_, f)| *f))
            .unwrap_or(ExportFormat::Csv)
    }

    /// Refuses an option given for a format that does not read it.
    fn check_options(&self, format: ExportFormat, lang: Lang) -> Result<()> {
        let csv = &[ExportFormat::Csv][..];
        let mednum = &[ExportFormat::MediationNumerique][..];
        let given: [(&str, bool, &[ExportFormat]); 4] = [
            ("--delimiter", self.delimiter.is_some(), csv),
            ("--bom", self.bom, csv),
            ("--colonnes", !self.colonnes.is_empty(), csv),
            ("--date-maj", self.date_maj.is_some(), mednum),
        ];
        for (option, set, formats) in given {
            if set && !formats.contains(&format) {
                let names: Vec<&str> = formats.iter().map(|f| f.name()).collect();
                bail!(fill(
                    ui::EXPORT_OPTION_NOT_FOR_FORMAT.get(lang),
                    &[
                        ("option", option.to_string()),
                        ("format", format.name().to_string()),
                        ("formats", names.join(", ")),
                    ]
                ));
            }
        }
        Ok(())
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
    let format = args.format();
    args.check_options(format, lang)?;
    let delim = delimiter(args.delimiter.as_deref().unwrap_or(","), lang)?;
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
        match format {
            ExportFormat::Json => json::array(&mut each, w),
            ExportFormat::Jsonl => json::lines(&mut each, w),
            ExportFormat::Geojson => geojson::collection(&mut each, w, vocab, lang, err),
            ExportFormat::Wikitext | ExportFormat::Markdown => {
                let syntax = if format == ExportFormat::Wikitext {
                    wiki::Syntax::MediaWiki
                } else {
                    wiki::Syntax::Markdown
                };
                // The « Entrée par action » table groups across records: it
                // needs them all.
                let entries = register::entries_where(cx, |e| filter.matches(e))?;
                w.write_all(&wiki::tables(&entries, vocab, syntax, lang))?;
                Ok(entries.len())
            }
            ExportFormat::MediationNumerique => mednum::csv(&mut each, w, date_maj, lang, err),
            ExportFormat::Csv => csv::table(&mut each, w, &columns, delim, args.bom, vocab),
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
