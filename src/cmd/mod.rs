//! One module per subcommand. Each has the same shape: its own arguments
//! (a clap `Args` struct, declared beside the code that reads them), and a
//! `run` that takes the resolved [`Context`], those arguments and the
//! output streams, and returns the exit code (0 or 1). Failures of the
//! tool are `anyhow` errors, which [`crate::run`] turns into exit code 2.
//!
//! A command never calls another command: what two commands share lives
//! below them (`register`, `filter`, `check`, `report`...).

pub(crate) mod actions;
pub(crate) mod completions;
pub(crate) mod criteres;
pub(crate) mod export;
pub(crate) mod fmt;
pub(crate) mod geo;
pub(crate) mod import;
pub(crate) mod init;
pub(crate) mod liens;
pub(crate) mod list;
pub(crate) mod man;
pub(crate) mod new;
pub(crate) mod rules;
pub(crate) mod schema;
pub(crate) mod show;
pub(crate) mod site;
pub(crate) mod stats;
pub(crate) mod validate;
pub(crate) mod vocab;

use std::io::Write;

use anyhow::Result;

use crate::context::Context;

/// The subcommands, each with its arguments.
#[derive(Debug, clap::Subcommand)]
pub(crate) enum Command {
    Validate(validate::ValidateArgs),
    Rules(rules::RulesArgs),
    Vocab(vocab::VocabArgs),
    List(list::ListArgs),
    Show(show::ShowArgs),
    Export(export::ExportArgs),
    Criteres(criteres::CriteresArgs),
    Stats(stats::StatsArgs),
    Actions(actions::ActionsArgs),
    Liens(liens::LiensArgs),
    Site(site::SiteArgs),
    Geo(geo::GeoArgs),
    New(new::NewArgs),
    Fmt(fmt::FmtArgs),
    Import(import::ImportArgs),
    Init(init::InitArgs),
    Completions(completions::CompletionsArgs),
    Man(man::ManArgs),
    Schema(schema::SchemaArgs),
}

/// Whether a command needs a register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Needs {
    /// It reads or writes records: no register is an error (exit 2).
    Register,
    /// It works anywhere, with the register's settings when there is one.
    Settings,
    /// It reads no register at all (even a broken one is no obstacle).
    Nothing,
}

impl Command {
    pub fn needs(&self) -> Needs {
        match self {
            Command::Rules(_) | Command::Vocab(_) | Command::Geo(_) | Command::Schema(_) => Needs::Settings,
            Command::Init(_) | Command::Completions(_) | Command::Man(_) => Needs::Nothing,
            _ => Needs::Register,
        }
    }

    /// Whether every record will be checked against the geography
    /// reference, so that building it can start before anything else:
    /// `validate`'s records, and those `import` builds from its rows
    /// (their communes are looked up as the rows are matched).
    pub fn checks_every_record(&self) -> bool {
        matches!(self, Command::Validate(_) | Command::Import(_))
    }

    /// Whether the command prints for people in the chosen format (its
    /// tables or card), or not (CSV, JSON...); `None` for the commands
    /// whose output never passes through the fitting and escaping writers
    /// (diagnostics escape what they quote themselves, in `report`; files,
    /// scripts and schemas are written as they are).
    fn for_people(&self) -> Option<bool> {
        Some(match self {
            Command::List(a) => a.format == list::ListFormat::Table,
            Command::Show(a) => a.format == show::ShowFormat::Text,
            Command::Criteres(a) => a.format == criteres::CriteresFormat::Table,
            Command::Stats(a) => a.format == stats::StatsFormat::Table,
            Command::Actions(a) => a.format == actions::ActionsFormat::Table,
            Command::Liens(a) => a.format == liens::LiensFormat::Table,
            Command::Geo(a) => a.format == geo::GeoFormat::Table,
            Command::Rules(_) | Command::Vocab(_) => true,
            Command::Export(_) => false,
            Command::Validate(_)
            | Command::Fmt(_)
            | Command::New(_)
            | Command::Import(_)
            | Command::Init(_)
            | Command::Site(_)
            | Command::Completions(_)
            | Command::Man(_)
            | Command::Schema(_) => return None,
        })
    }

    /// Whether the command prints tables or a card for people (its
    /// default format): on a terminal, its lines fit the terminal's width.
    fn prints_tables(&self) -> bool {
        self.for_people() == Some(true)
    }

    /// Whether standard output passes through `terminal::Escaping`: the
    /// human formats always (a table piped to `cat` still reaches a
    /// terminal), machine formats only when they go to a terminal (piped,
    /// CSV and JSON keep every byte).
    fn escapes_output(&self, terminal: bool) -> bool {
        self.for_people().is_some_and(|people| people || terminal)
    }

    /// Runs the command; returns the exit code.
    pub fn run(&self, cx: &Context, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8> {
        // Escaped first, then fitted: widths are those of what is shown.
        let width = cx.width.filter(|_| self.prints_tables());
        let fitted = &mut crate::table::Fitted::new(out, width);
        let out = &mut crate::terminal::Escaping::new(fitted, self.escapes_output(cx.terminal));
        match self {
            Command::Validate(a) => validate::run(cx, a, out, err),
            Command::Rules(a) => rules::run(cx, a, out),
            Command::Vocab(a) => vocab::run(cx, a, out),
            Command::List(a) => list::run(cx, a, out, err),
            Command::Show(a) => show::run(cx, a, out, err),
            Command::Export(a) => export::run(cx, a, out, err),
            Command::Criteres(a) => criteres::run(cx, a, out, err),
            Command::Stats(a) => stats::run(cx, a, out, err),
            Command::Actions(a) => actions::run(cx, a, out, err),
            Command::Liens(a) => liens::run(cx, a, out, err),
            Command::Site(a) => site::run(cx, a, out, err),
            Command::Geo(a) => geo::run(cx, a, out, err),
            Command::New(a) => new::run(cx, a, out, err),
            Command::Fmt(a) => fmt::run(cx, a, out, err),
            Command::Import(a) => import::run(cx, a, out, err),
            Command::Init(a) => init::run(cx, a, out, err),
            Command::Completions(a) => completions::run(cx, a, out),
            Command::Man(a) => man::run(cx, a, out),
            Command::Schema(a) => schema::run(cx, a, out),
        }
    }
}

/// A lookup that found nothing (`show ID`, `geo QUERY`): said on standard
/// error as « fabriques : ... », without the « erreur » of a failure of the
/// tool, and exit code 1, as grep does when nothing matches.
pub(crate) fn not_found(err: &mut dyn Write, lang: crate::messages::Lang, message: &str) -> Result<u8> {
    writeln!(err, "{}{message}", crate::messages::ui::MISS_PREFIX.get(lang))?;
    Ok(1)
}

/// After listing records, says how many have errors and how to see them.
pub(crate) fn hint_errors(
    err: &mut dyn std::io::Write,
    lang: crate::messages::Lang,
    with_errors: usize,
) -> std::io::Result<()> {
    if with_errors > 0 {
        let text = crate::messages::ui::LIST_ERRORS.get(lang);
        writeln!(
            err,
            "{}",
            crate::messages::fill(text, &[("nombre", with_errors.to_string())])
        )?;
    }
    Ok(())
}
