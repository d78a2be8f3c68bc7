//! `fabriques export`: the register in the formats other tools read (see
//! `export` for the formats themselves).
//!
//! Every format takes the filters of `list`, writes to stdout (also with
//! `--output -`) or, with `--output FILE`, atomically to a file. Flags are
//! checked before any file is read.
//!
//! The format is `--format NAME`, like every other command, or one of its
//! aliases (`--csv`, `--json`...); an option that only some formats read
//! (`--delimiter`, `--bom` for CSV, `--colonnes` for CSV and xlsx,
//! `--date-maj` for the médiation numérique standard, `--avec-fermees` for
//! the map and médiation exports) is refused with any other format rather
//! than silently ignored.
//!
//! Never silent: every record handed to a format is noted in an
//! `export::report::Report` — left out (and why: unreadable, no
//! coordinates, no SIRET, closed...) or written despite errors — and so is
//! every record with errors the filters did not select; the report goes to
//! standard error with the ids, and `--strict` makes it a failure (exit 1).

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{bail, Result};

use crate::context::Context;
use crate::export::report::{Reason, Report};
use crate::export::{csv, geojson, json, mednum, previous, wiki, xlsx};
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
    Xlsx,
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
            ExportFormat::Xlsx => "xlsx",
        }
    }

    /// The flag of the format, for messages.
    fn flag(self) -> String {
        format!("--{}", self.name())
    }

    /// What the export writes, as far as recognising a previous output
    /// goes (`wiki_head`: the first line of the wiki or Markdown tables).
    fn kind(self, wiki_head: &str) -> previous::Kind<'_> {
        match self {
            ExportFormat::Json => previous::Kind::Json,
            ExportFormat::Jsonl => previous::Kind::Jsonl,
            ExportFormat::Geojson => previous::Kind::Geojson,
            ExportFormat::Wikitext | ExportFormat::Markdown => previous::Kind::Tables(wiki_head),
            ExportFormat::MediationNumerique => previous::Kind::Mednum,
            ExportFormat::Xlsx => previous::Kind::Xlsx,
            ExportFormat::Csv => previous::Kind::Csv,
        }
    }

    /// The table syntax of `--wikitext` (Markdown for `--markdown`).
    fn syntax(self) -> wiki::Syntax {
        if self == ExportFormat::Wikitext {
            wiki::Syntax::MediaWiki
        } else {
            wiki::Syntax::Markdown
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
    #[arg(long, group = "formats")]
    pub xlsx: bool,
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
    #[arg(long)]
    pub strict: bool,
    #[arg(long = "avec-fermees")]
    pub avec_fermees: bool,
}

/// Refuses to replace at `path` anything but a previous export of the
/// same kind, unless `--force` (see `export::previous`).
fn may_replace(cx: &Context, args: &ExportArgs, format: ExportFormat, path: &Path, shown: &Path) -> Result<()> {
    let (config, lang) = (&cx.config, cx.lang);
    let wiki_head = String::from_utf8(wiki::tables(&[], &config.settings.vocab, format.syntax(), lang))
        .unwrap_or_default()
        .lines()
        .next()
        .unwrap_or_default()
        .to_string();
    let settings = config.settings.path.as_deref().map(|p| config.resolve_path(p));
    let refusal = previous::check(
        path,
        format.kind(&wiki_head),
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
        &[("fichier", shown.display().to_string()), ("format", format.flag())]
    ))
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
            (self.xlsx, ExportFormat::Xlsx),
        ];
        self.format
            .or_else(|| aliases.iter().find(|(set, _)| *set).map(|(_, f)| *f))
            .unwrap_or(ExportFormat::Csv)
    }

    /// Refuses an option given for a format that does not read it.
    fn check_options(&self, format: ExportFormat, lang: Lang) -> Result<()> {
        let csv = &[ExportFormat::Csv][..];
        let sheets = &[ExportFormat::Csv, ExportFormat::Xlsx][..];
        let mednum = &[ExportFormat::MediationNumerique][..];
        let places = &[ExportFormat::Geojson, ExportFormat::MediationNumerique][..];
        let given: [(&str, bool, &[ExportFormat]); 5] = [
            ("--delimiter", self.delimiter.is_some(), csv),
            ("--bom", self.bom, csv),
            ("--colonnes", !self.colonnes.is_empty(), sheets),
            ("--date-maj", self.date_maj.is_some(), mednum),
            ("--avec-fermees", self.avec_fermees, places),
        ];
        for (option, set, formats) in given {
            if set && !formats.contains(&format) {
                let names: Vec<&str> = formats.iter().map(|f| f.name()).collect();
                let text = if formats.len() == 1 {
                    &ui::EXPORT_OPTION_NOT_FOR_FORMAT
                } else {
                    &ui::EXPORT_OPTION_NOT_FOR_FORMATS
                };
                bail!(fill(
                    text.get(lang),
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

/// The output file asked for: `None` for standard output (no
/// `--output`, or `--output -`).
fn output_path(args: &ExportArgs) -> Option<&Path> {
    args.output.as_deref().filter(|p| p.as_os_str() != "-")
}

pub(crate) fn run(cx: &Context, args: &ExportArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8> {
    let (config, lang) = (&cx.config, cx.lang);
    // Flags first: a mistake fails before any file is read.
    let format = args.format();
    args.check_options(format, lang)?;
    let delim = delimiter(args.delimiter.as_deref().unwrap_or(","), lang)?;
    let columns = csv::columns(&args.colonnes, lang)?;
    let date_maj = match &args.date_maj {
        Some(d) => crate::today::parse(d)
            .ok_or_else(|| anyhow::anyhow!(fill(ui::EXPORT_BAD_DATE.get(lang), &[("valeur", d.clone())])))?,
        None => cx.today,
    };
    let shown = output_path(args);
    if format == ExportFormat::Xlsx && shown.is_none() && cx.terminal {
        bail!(fill(
            ui::EXPORT_BINARY_TO_TERMINAL.get(lang),
            &[("format", format.name().into())]
        ));
    }
    let filter = Filter::new(&args.filters, &config.settings.vocab, Geo::get(), lang)?;
    // Records with errors the filters leave out: their errors may be why.
    let unselected = std::sync::Mutex::new(Vec::new());
    let keep = |e: &Entry| {
        let kept = filter.matches(e);
        if !kept && e.errors > 0 {
            unselected
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .push(e.record.id.clone());
        }
        kept
    };
    let report = std::cell::RefCell::new(Report::new());
    let mut each = |f: &mut dyn FnMut(Entry) -> Result<()>| {
        register::stream(cx, keep, |e| {
            report.borrow_mut().handed(&e);
            f(e)
        })
    };
    let vocab = &config.settings.vocab;
    let output = shown.map(|p| config.resolve_path(p));
    if let (Some(path), Some(shown)) = (&output, shown) {
        may_replace(cx, args, format, path, shown)?;
    }
    let keep_closed = args.avec_fermees;
    let written = crate::atomic::with_output(output.as_deref(), lang, out, |w| {
        match format {
            ExportFormat::Json => json::array(&mut each, w),
            ExportFormat::Jsonl => json::lines(&mut each, w),
            ExportFormat::Geojson => {
                let mut found = Report::new();
                let n = geojson::features(&mut each, w, vocab, lang, keep_closed, &mut found);
                report.borrow_mut().merge(found);
                n
            }
            ExportFormat::Wikitext | ExportFormat::Markdown => {
                // The « Entrée par action » table groups across records: it
                // needs them all.
                let mut entries = Vec::new();
                each(&mut |e| {
                    entries.push(e);
                    Ok(())
                })?;
                w.write_all(&wiki::tables(&entries, vocab, format.syntax(), lang))?;
                Ok(entries.len())
            }
            ExportFormat::MediationNumerique => {
                let mut found = Report::new();
                let n = mednum::csv(&mut each, w, date_maj, keep_closed, &mut found);
                report.borrow_mut().merge(found);
                n
            }
            ExportFormat::Xlsx => xlsx::sheet(&mut each, w, &columns, vocab, cx.today, lang),
            ExportFormat::Csv => csv::table(&mut each, w, &columns, delim, args.bom, vocab),
        }
    })?;
    let mut report = report.into_inner();
    let mut unselected = unselected.into_inner().unwrap_or_else(|p| p.into_inner());
    unselected.sort();
    for id in unselected {
        report.left_out_id(id, Reason::FilteredWithErrors);
    }
    filter.note_unknowns(err, lang)?;
    report.write(err, lang)?;
    if let Some(path) = shown {
        writeln!(
            err,
            "{}",
            fill(
                ui::EXPORT_WRITTEN.get(lang),
                &[("nombre", written.to_string()), ("fichier", path.display().to_string())]
            )
        )?;
    }
    if args.strict && report.defects() > 0 {
        writeln!(
            err,
            "{}",
            fill(ui::EXPORT_STRICT.get(lang), &[("nombre", report.defects().to_string())])
        )?;
        return Ok(1);
    }
    Ok(0)
}
