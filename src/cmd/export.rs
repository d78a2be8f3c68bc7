//! `fabriques export`: the register in the formats other tools read (see
//! `export` for the formats themselves).
//!
//! Every format takes the filters of `list`, writes to stdout (also with
//! `--output -`) or, with `--output FILE`, atomically to a file. Flags are
//! checked before any file is read.
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
    #[arg(long, group = "format")]
    pub xlsx: bool,
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
    #[arg(long)]
    pub strict: bool,
    #[arg(long = "avec-fermees")]
    pub avec_fermees: bool,
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
        } else if self.xlsx {
            previous::Kind::Xlsx
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
            previous::Kind::Xlsx => "--xlsx",
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

/// The output file asked for: `None` for standard output (no
/// `--output`, or `--output -`).
fn output_path(args: &ExportArgs) -> Option<&Path> {
    args.output.as_deref().filter(|p| p.as_os_str() != "-")
}

pub(crate) fn run(cx: &Context, args: &ExportArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8> {
    let (config, lang) = (&cx.config, cx.lang);
    // Flags first: a mistake fails before any file is read.
    let delim = delimiter(&args.delimiter, lang)?;
    let columns = csv::columns(&args.colonnes, lang)?;
    let date_maj = match &args.date_maj {
        Some(d) => crate::today::parse(d)
            .ok_or_else(|| anyhow::anyhow!(fill(ui::EXPORT_BAD_DATE.get(lang), &[("valeur", d.clone())])))?,
        None => cx.today,
    };
    let shown = output_path(args);
    if args.xlsx && shown.is_none() && cx.terminal {
        bail!(fill(
            ui::EXPORT_BINARY_TO_TERMINAL.get(lang),
            &[("format", "xlsx".into())]
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
        may_replace(cx, args, path, shown)?;
    }
    let keep_closed = args.avec_fermees;
    let written = crate::atomic::with_output(output.as_deref(), lang, out, |w| {
        if args.json {
            json::array(&mut each, w)
        } else if args.jsonl {
            json::lines(&mut each, w)
        } else if args.geojson {
            let mut found = Report::new();
            let n = geojson::features(&mut each, w, vocab, lang, keep_closed, &mut found);
            report.borrow_mut().merge(found);
            n
        } else if args.wikitext || args.markdown {
            // The « Entrée par action » table groups across records: it
            // needs them all.
            let mut entries = Vec::new();
            each(&mut |e| {
                entries.push(e);
                Ok(())
            })?;
            w.write_all(&wiki::tables(&entries, vocab, args.syntax(), lang))?;
            Ok(entries.len())
        } else if args.mediation_numerique {
            let mut found = Report::new();
            let n = mednum::csv(&mut each, w, date_maj, keep_closed, &mut found);
            report.borrow_mut().merge(found);
            n
        } else if args.xlsx {
            xlsx::sheet(&mut each, w, &columns, vocab, lang)
        } else {
            csv::table(&mut each, w, &columns, delim, args.bom, vocab)
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
