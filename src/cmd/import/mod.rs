//! `fabriques import FICHIER.csv`: turn a spreadsheet into records.
//!
//! Contract:
//! - The sheet is CSV, comma, semicolon or tab separated (detected on the
//!   header line), UTF-8 with or without a byte order mark.
//! - Columns are matched by name to the record's fields, regardless of case,
//!   accents, punctuation and a parenthesised note (« QPV (oui/non) » is
//!   `qpv`): the field's own name, dotted or not (`adresse.code_postal`,
//!   `code_postal`), the columns of `list --format csv`, and the headings
//!   of the Movilab tables (« Structure porteuse », « Ville », « Existe
//!   depuis », « Consortium : collectivités », « Lien »...; see [`ALIASES`]).
//!   `--map COLONNE=CHAMP` names any other column's field (`-` ignores it).
//!   A column nothing matches is reported and ignored, never guessed.
//! - Each row is one record. Its id is the `id` column, else the slug of
//!   `nom`. A row is imported as far as it can be: a value that cannot be
//!   converted (« peut-être » in a yes/no column) is kept as written, so
//!   that nothing the sheet says is lost, and `validate`'s diagnostic
//!   about it is printed with the sheet's name and line
//!   (`sheet.csv:7: erreur[wrong-type]: ...`) and the column. A record
//!   without a `sources` column gets the sheet as its source.
//! - An existing record is never overwritten: its row is skipped, or with
//!   `--update` the row's non-empty cells are merged into the file through
//!   `toml_edit` (values replaced in place, lists completed, missing action
//!   categories added), keeping the file's comments and other fields. Every
//!   file is written atomically; `--dry-run` writes nothing and shows what
//!   would be written.
//!
//! Conversions (documented in the README): yes/no columns take `oui`, `o`,
//! `x`, `vrai`, `true`, `yes`, `1` and `non`, `n`, `faux`, `false`, `no`,
//! `0`; codes may be written as their label (« En activité »); a postal or
//! INSEE code of four digits gets back the leading zero a spreadsheet drops;
//! numbers accept spaces and a decimal comma; lists are separated by ` | `
//! or line breaks (codes also by commas); an action is `categorie` or
//! `categorie (statut)`, several categories joined by `/`, and without a
//! status it is `fait`, as `list` shows it.
//!
//! Exit codes: 0 imported (warnings allowed), 1 a row has errors or could
//! not be imported, 2 the tool failed (unreadable sheet, bad `--map`).

mod cells;
mod columns;
mod geojson;
mod matching;
mod merge;
mod records;
mod rows;
mod sheet;
#[cfg(test)]
mod tests;
mod update;

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{anyhow, bail, Context, Result};
use toml_edit::{Array, ArrayOfTables, DocumentMut, InlineTable, Item, Table, TableLike, Value};

use crate::atomic::{Ahead, Batch, WriteError};
use crate::check::{self, Checker};
use crate::config::Config;
use crate::context::Context as RunContext;
use crate::diagnostic::{Diagnostic, LineIndex, Severity, Span};
use crate::format::{self, Layout};
use crate::geo::Geo;
use crate::load;
use crate::messages::{fill, plural, ui, Lang, Text};
use crate::parallel;
use crate::record::{is_valid_id, slugify};
use crate::register::actions::NOT_RECORDED;
use crate::report::{At, Format, Note, Renderer};
use crate::rules::{Anchor, Check, Outline, RuleId, Severities};
use crate::suggest::closest;
use crate::vocab::Vocabularies;

use cells::*;
use columns::*;
use matching::{Match, Matcher};
use merge::*;
use rows::*;
use sheet::*;
use update::*;

/// The arguments of `import`.
#[derive(Debug, clap::Args)]
pub(crate) struct ImportArgs {
    #[arg(value_name = "FICHIER")]
    pub file: PathBuf,
    #[arg(long, value_name = "COLONNE=CHAMP")]
    pub map: Vec<String>,
    #[arg(long)]
    pub dry_run: bool,
    #[arg(long)]
    pub update: bool,
}

/// Counts of the run, for the summary and the exit code.
#[derive(Default)]
struct Tally {
    created: usize,
    updated: usize,
    skipped: usize,
    failed: usize,
    errors: usize,
    completeness: usize,
    up_to_date: usize,
    conflicts: usize,
}

pub(crate) fn run(cx: &RunContext, args: &ImportArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8> {
    let (config, lang) = (&cx.config, cx.lang);
    let vocab = &config.settings.vocab;
    let fields = Fields::new(vocab);
    // Shown, never opened: with its control characters visible.
    let shown_sheet = crate::terminal::escape(
        &load::display_path(&args.file, config.cwd.as_deref())
            .display()
            .to_string(),
    )
    .into_owned();
    let sheet = read_sheet(&config.resolve_path(&args.file), &shown_sheet, &fields, &args.map, lang)?;
    note_unknown_columns(&sheet, lang, err)?;
    for note in &sheet.notes {
        writeln!(err, "{}: {note}", ui::NOTE_LABEL.get(lang))?;
    }

    // The register as it is: ids (never overwritten) and outlines (for
    // `duplicate-name` between the sheet and the register).
    let found = if config.resolve_path(&config.data_dir).exists() {
        load::discover(&config.data_dir, config.cwd.as_deref(), config.lang)?
    } else {
        load::Discovery::default()
    };
    let existing: HashMap<String, PathBuf> = found
        .files
        .iter()
        .filter_map(|(path, _)| Some((path.file_stem()?.to_string_lossy().into_owned(), path.clone())))
        .collect();
    let mut prepared: Vec<Prepared> = Vec::with_capacity(sheet.rows.len());
    parallel::ordered_map(
        &sheet.rows,
        |row| prepare(row, &sheet, &fields, vocab, lang),
        |p| {
            prepared.push(p);
            Ok(())
        },
    )?;
    // Links may lead to the register's records and to the sheet's.
    let mut ids = found.ids();
    ids.extend(prepared.iter().filter_map(|p| p.id.as_deref().ok()).map(Into::into));
    let duplicates = found.duplicates();
    let checker = Checker::new(config, cx.today, ids).duplicates(duplicates.clone());
    let mut outlines: Vec<Outline> = Vec::new();
    parallel::ordered_map(
        &found.files,
        |(path, file)| checker.outline_file(path, file),
        |o| {
            outlines.extend(o);
            Ok(())
        },
    )?;
    let im = Import {
        config,
        sheet_name: args
            .file
            .file_name()
            .map_or(shown_sheet.clone(), |n| n.to_string_lossy().into_owned()),
        shown_sheet,
        existing,
        duplicates,
        matcher: Matcher::new(&outlines),
        layout: Layout::new(vocab),
        lang,
        checker,
        renderer: Renderer {
            compact: true,
            ..Renderer::new(Format::Human, lang, cx.color)
        },
    };

    let (mut steps, ahead) = build_all(&im, prepared, args.update, args.dry_run)?;
    across_register(&mut steps, outlines, im.checker.severities());

    let mut written = if args.dry_run {
        Vec::new()
    } else {
        write_records(&im, &steps, ahead)?
    }
    .into_iter();
    let mut tally = Tally::default();
    for s in steps {
        match s {
            Step::Done(line, id, outcome) => {
                match outcome {
                    Outcome::Failed(_) => tally.failed += 1,
                    _ => tally.skipped += 1,
                }
                write_outcome(out, &im, line, id.as_deref(), &outcome, args.dry_run, "")?;
            }
            Step::Ready(p) => {
                let write = if p.writes() { written.next() } else { None };
                finish_row(&im, *p, write, args.dry_run, &mut tally, out)?
            }
        }
    }

    write_summary(&im, &tally, args.dry_run, err)?;
    out.flush()?;
    Ok(u8::from(tally.errors > 0 || tally.failed > 0 || tally.conflicts > 0))
}

/// Notes the columns nothing matched, with the `--map` that may fix it.
fn note_unknown_columns(sheet: &Sheet, lang: Lang, err: &mut dyn Write) -> Result<()> {
    for (column, suggestion) in &sheet.unknown {
        let column = crate::terminal::clip(column);
        let mut msg = say(&ui::IMPORT_UNKNOWN_COLUMN, lang, &[("colonne", column.to_string())]);
        if let Some(s) = suggestion {
            let map = format!("--map \"{column}={s}\"");
            msg.push_str(&format!(
                "{}{}",
                ui::LIST_SEPARATOR.get(lang),
                say(&ui::DID_YOU_MEAN, lang, &[("suggestion", map)])
            ));
        }
        writeln!(
            err,
            "{}{}: {msg}",
            ui::NOTE_LABEL.get(lang),
            crate::messages::before_colon(lang)
        )?;
    }
    Ok(())
}

/// The summary of the run, on standard error.
fn write_summary(im: &Import<'_>, tally: &Tally, dry_run: bool, err: &mut dyn Write) -> Result<()> {
    let lang = im.lang;
    let n = |k: usize, one: &'static Text, many: &'static Text| {
        fill(plural(lang, k, one, many), &[("nombre", k.to_string())])
    };
    let mut summary = if dry_run {
        vec![
            n(
                tally.created,
                &ui::IMPORT_WOULD_CREATE_ONE,
                &ui::IMPORT_WOULD_CREATE_MANY,
            ),
            n(
                tally.updated,
                &ui::IMPORT_WOULD_UPDATE_ONE,
                &ui::IMPORT_WOULD_UPDATE_MANY,
            ),
        ]
    } else {
        vec![
            n(tally.created, &ui::IMPORT_CREATED_ONE, &ui::IMPORT_CREATED_MANY),
            n(tally.updated, &ui::IMPORT_UPDATED_ONE, &ui::IMPORT_UPDATED_MANY),
        ]
    };
    if tally.up_to_date > 0 {
        summary.push(n(
            tally.up_to_date,
            &ui::IMPORT_UP_TO_DATE_ONE,
            &ui::IMPORT_UP_TO_DATE_MANY,
        ));
    }
    summary.push(n(tally.skipped, &ui::IMPORT_SKIPPED_ONE, &ui::IMPORT_SKIPPED_MANY));
    if tally.conflicts > 0 {
        summary.push(n(
            tally.conflicts,
            &ui::IMPORT_CONFLICTS_ONE,
            &ui::IMPORT_CONFLICTS_MANY,
        ));
    }
    if tally.failed > 0 {
        summary.push(n(tally.failed, &ui::IMPORT_FAILED_ONE, &ui::IMPORT_FAILED_MANY));
    }
    if tally.errors > 0 {
        summary.push(n(tally.errors, &ui::IMPORT_ERRORS_ONE, &ui::IMPORT_ERRORS_MANY));
    }
    writeln!(
        err,
        "{}",
        im.say(
            &ui::IMPORT_SUMMARY,
            &[("fichier", im.shown_sheet.clone()), ("resume", summary.join(", "))]
        )
    )?;
    if tally.completeness > 0 {
        writeln!(
            err,
            "{}",
            n(
                tally.completeness,
                &ui::IMPORT_COMPLETENESS_ONE,
                &ui::IMPORT_COMPLETENESS_MANY
            )
        )?;
    }
    if dry_run {
        writeln!(err, "{}", ui::IMPORT_DRY_RUN.get(lang))?;
    }
    Ok(())
}

/// Prints what became of a row (`write`: how writing its record went,
/// unless `--dry-run`), with the problems `validate` would report.
fn finish_row(
    im: &Import<'_>,
    p: Pending,
    write: Option<Result<(), WriteError>>,
    dry_run: bool,
    tally: &mut Tally,
    out: &mut dyn Write,
) -> Result<()> {
    let lang = im.lang;
    let shown = p.shown.display().to_string();
    let mut outcome = p.outcome;
    match write {
        Some(Err(WriteError::Exists)) => {
            outcome = Outcome::Skipped(im.say(&ui::IMPORT_EXISTS, &[("fichier", shown.clone())]));
        }
        Some(Err(WriteError::Io(e))) => {
            return Err(e).with_context(|| im.say(&ui::WRITE_FILE_FAILED, &[("fichier", shown.clone())]));
        }
        Some(Ok(())) | None => {}
    }
    match outcome {
        Outcome::Created => tally.created += 1,
        Outcome::Updated(_) => tally.updated += 1,
        Outcome::UpToDate => tally.up_to_date += 1,
        Outcome::Skipped(_) => tally.skipped += 1,
        Outcome::Failed(_) => tally.failed += 1,
    }
    write_outcome(out, im, p.line, Some(&p.id), &outcome, dry_run, &shown)?;
    if let Some(m) = &p.matched {
        writeln!(
            out,
            "  = {}",
            im.say(
                &ui::IMPORT_MATCHED,
                &[("fichier", shown.clone()), ("comment", m.describe(lang))]
            )
        )?;
    }
    tally.conflicts += p.conflicts.len();
    for c in &p.conflicts {
        write_conflict(out, im, (p.line, &p.sources), c, &shown)?;
    }
    if !matches!(outcome, Outcome::Created | Outcome::Updated(_)) {
        return Ok(());
    }
    if dry_run {
        match &outcome {
            Outcome::Created => {
                for line in p.text.lines() {
                    writeln!(out, "    {}", crate::terminal::escape(line))?;
                }
            }
            Outcome::Updated(_) => {
                let before = load::read_to_string(&p.path).unwrap_or_default();
                for line in changed_lines(&before, &p.text) {
                    writeln!(out, "    {}", crate::terminal::escape(&line))?;
                }
            }
            _ => {}
        }
    }
    let mut diags = p.diags;
    crate::diagnostic::sort_and_dedup(&mut diags);
    let spans = &p.spans;
    let index = LineIndex::new(&p.text);
    let mut rendered = Vec::new();
    for d in &diags {
        if d.severity == Severity::Warning && is_completeness(d.rule) {
            tally.completeness += 1;
            continue;
        }
        if d.severity == Severity::Error {
            tally.errors += 1;
        }
        let column = column_of(spans, d.span);
        // A problem the sheet did not bring, in an updated file, is shown
        // where it is in the file.
        let row = format!("{}:{}", im.shown_sheet, p.line);
        let at = match (&column, &outcome) {
            (None, Outcome::Updated(_)) if d.span != Span::FILE => At {
                file: &shown,
                pos: Some((index.position(d.span.start), index.position(d.span.end))),
                line: None,
            },
            (None, Outcome::Updated(_)) => At {
                file: &shown,
                pos: None,
                line: None,
            },
            _ => At {
                file: &row,
                pos: None,
                line: None,
            },
        };
        let notes: Vec<Note<'_>> = column.iter().map(|c| (&ui::IMPORT_COLUMN_LABEL, c.as_str())).collect();
        im.renderer.diagnostic(&mut rendered, &at, d, &notes);
    }
    out.write_all(&rendered)?;
    Ok(())
}

/// A value the row would change, left for a person: both values, both
/// sources, and what to do.
fn write_conflict(
    out: &mut dyn Write,
    im: &Import<'_>,
    (line, sources): (u64, &(Vec<String>, Vec<String>)),
    c: &Conflict,
    shown: &str,
) -> Result<()> {
    let lang = im.lang;
    let message = match &c.record {
        Some(record) => im.say(
            &ui::IMPORT_CONFLICT,
            &[
                ("champ", c.field.clone()),
                ("fichier", shown.to_string()),
                ("fiche", record.clone()),
                ("ligne", c.row.clone()),
            ],
        ),
        None => im.say(
            &ui::IMPORT_CONFLICT_TYPE,
            &[("champ", c.field.clone()), ("fichier", shown.to_string())],
        ),
    };
    writeln!(
        out,
        "{}:{}: {}{}: {message}",
        im.shown_sheet,
        line,
        Severity::Warning.label(lang),
        crate::messages::before_colon(lang)
    )?;
    if !c.column.is_empty() {
        writeln!(out, "  = {} : « {} »", ui::IMPORT_COLUMN_LABEL.get(lang), c.column)?;
    }
    let (record, row) = sources;
    let sep = ui::LIST_SEPARATOR.get(lang);
    writeln!(
        out,
        "  = {}",
        im.say(&ui::IMPORT_CONFLICT_RECORD_SOURCES, &[("sources", record.join(sep))])
    )?;
    writeln!(
        out,
        "  = {}",
        im.say(&ui::IMPORT_CONFLICT_ROW_SOURCES, &[("sources", row.join(sep))])
    )?;
    writeln!(out, "  = {}", ui::IMPORT_CONFLICT_HELP.get(lang))?;
    Ok(())
}

/// The lines that differ between two small texts, `- old` and `+ new`, in
/// order (a longest-common-subsequence diff without context).
fn changed_lines(before: &str, after: &str) -> Vec<String> {
    let a: Vec<&str> = before.lines().collect();
    let b: Vec<&str> = after.lines().collect();
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            i += 1;
            j += 1;
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            out.push(format!("- {}", a[i]));
            i += 1;
        } else {
            out.push(format!("+ {}", b[j]));
            j += 1;
        }
    }
    out
}

fn column_of(spans: &[(Range<usize>, String)], span: Span) -> Option<String> {
    if span == Span::FILE {
        return None;
    }
    let at = span.start as usize;
    spans
        .iter()
        .filter(|(r, c)| r.contains(&at) && !c.is_empty())
        .min_by_key(|(r, _)| r.len())
        .map(|(_, c)| c.clone())
}

fn write_outcome(
    out: &mut dyn Write,
    im: &Import<'_>,
    line: u64,
    id: Option<&str>,
    outcome: &Outcome,
    dry_run: bool,
    file: &str,
) -> std::io::Result<()> {
    let at = format!("{}:{line}", im.shown_sheet);
    let id = id.unwrap_or_default().to_string();
    let text = match outcome {
        Outcome::Created if dry_run => im.say(&ui::IMPORT_ROW_WOULD_CREATE, &[("fichier", file.into())]),
        Outcome::Created => im.say(&ui::IMPORT_ROW_CREATED, &[("fichier", file.into())]),
        Outcome::Updated(fields) => im.say(
            if dry_run {
                &ui::IMPORT_ROW_WOULD_UPDATE
            } else {
                &ui::IMPORT_ROW_UPDATED
            },
            &[("fichier", file.into()), ("champs", fields.join(", "))],
        ),
        Outcome::UpToDate => im.say(&ui::IMPORT_ROW_UP_TO_DATE, &[("fichier", file.into())]),
        Outcome::Skipped(reason) => im.say(&ui::IMPORT_ROW_SKIPPED, &[("id", id), ("raison", reason.clone())]),
        Outcome::Failed(reason) => {
            let reason = crate::terminal::escape(reason);
            return writeln!(
                out,
                "{at}: {}{}: {reason}",
                Severity::Error.label(im.lang),
                crate::messages::before_colon(im.lang)
            );
        }
    };
    writeln!(out, "{at}: {}", crate::terminal::escape(&text))
}
