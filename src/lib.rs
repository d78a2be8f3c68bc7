//! `fabriques`: the register of the Fabriques de Territoire, kept as one
//! TOML file per fabrique in `data/`.
//!
//! The flow of a run: [`run`] parses the arguments (`cli` for the shared
//! flags and the localised help, `cmd` for the subcommands), resolves a
//! `Context` once (`config`: the register and its settings; the language;
//! the terminal; today), and hands it to the command. Commands check
//! records through one `check::Checker` (which reads a file with `schema`
//! into a `record`, runs the `rules` listed once in their registry, and
//! applies the register's severities and the record's exceptions), and
//! print diagnostics through `report`. Every text a user reads is in
//! `messages`.
//!
//! Layers, top to bottom (a module only uses those below it): `lib` →
//! `cli`, `cmd` → `export`, `site` → `filter` → `register` → `check` →
//! `config`, `load`, `schema` → `rules` (with `diagnostic`, the values
//! rules produce) → `place` → `geo`, `record`, `vocab` → `messages`. Beside
//! them, used from above: `report` (the renderer of diagnostics),
//! `format` (the canonical layout), `table` (tables fitted to the
//! terminal), `atomic` (file writes), `parallel` (work on all cores, in
//! order), `context`.
//!
//! The public surface is small on purpose: [`run`] and [`Env`] (the whole
//! tool, in-process; the integration tests use nothing else). `site` (the
//! website generator of `fabriques site`) sits beside `export`: it reads
//! the register through `register`, never through a command.

mod atomic;
mod check;
mod cli;
mod cmd;
mod config;
mod context;
mod csv_writer;
mod diagnostic;
mod export;
mod filter;
mod format;
#[doc(hidden)]
pub mod fuzzing;
mod geo;
mod load;
mod messages;
mod parallel;
mod place;
mod record;
mod register;
mod report;
mod rules;
mod schema;
mod site;
mod suggest;
mod table;
mod terminal;
mod today;
pub mod unfinished;
mod vocab;

use std::ffi::OsString;
use std::io::Write;

use anyhow::Result;
use clap::Parser;

pub use context::{Env, Input};
pub use messages::Lang;

use config::Config;
use context::Context;

/// The command line: the shared flags and a subcommand.
#[derive(Debug, Parser)]
#[command(name = "fabriques", version)]
struct Cli {
    #[command(flatten)]
    global: cli::GlobalArgs,
    #[command(subcommand)]
    command: cmd::Command,
}

/// Runs the tool with `args` (the first one is the program's name) in
/// `env`; returns the exit code: 0 clean, 1 problems in the data, 2 the
/// tool failed. Data goes to `out`, messages to `err`; nothing reads or
/// changes process-wide state (no exit, no global language, no working
/// directory), so that tests call it in-process and in parallel.
///
/// `out` is written in large blocks: wrap standard output in a
/// `BufWriter` when it is not a terminal (see `main.rs`).
pub fn run(args: Vec<OsString>, env: &Env, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let lang = Lang::resolve(cli::lang_flag(&args), |k| env.var(k).map(str::to_string));
    let color = cli::color_flag(&args).enabled(env.stdout_is_terminal, |k| env.var(k));
    let cli: Cli = match cli::parse(args, lang, color) {
        Ok(cli) => cli,
        Err(early) => {
            let w: &mut dyn Write = if early.to_stdout { out } else { err };
            let _ = w.write_all(early.text.as_bytes()).and_then(|()| w.flush());
            return early.code;
        }
    };
    // Standard error is for people: file names and values quoted in
    // messages reach it with their control characters made visible.
    let err = &mut terminal::Escaping::new(err, true);
    match execute(&cli, lang, env, out, err) {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => 0,
        Err(e) => {
            let _ = writeln!(
                err,
                "{}{}",
                messages::ui::ERROR_PREFIX.get(lang),
                messages::system::chain(&e, lang)
            );
            let _ = err.flush();
            2
        }
    }
}

fn execute(cli: &Cli, lang: Lang, env: &Env, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8> {
    if cli.command.checks_every_record() {
        // Every record is checked against the geography reference: start
        // building it while the register is being located (and, for
        // `import`, while the sheet is read).
        std::thread::spawn(|| {
            geo::Geo::get();
        });
    }
    let g = &cli.global;
    let cwd = env.cwd.clone();
    let config = match cli.command.needs() {
        cmd::Needs::Register => Config::resolve(g.data.as_deref(), g.config.as_deref(), lang, cwd)?,
        cmd::Needs::Settings => optional_register(g, lang, cwd)?,
        cmd::Needs::Nothing => Config::builtin(lang, cwd),
    };
    let terminal = env.stdout_is_terminal;
    let cx = Context {
        config,
        lang,
        terminal,
        width: env.table_width(),
        color: g.color.enabled(terminal, |k| env.var(k)),
        command: command_in,
        stdin: env.stdin.clone(),
        today: today::resolve(env.var(today::ENV)),
    };
    let code = cli.command.run(&cx, out, err)?;
    out.flush()?;
    Ok(code)
}

/// The whole command line, localised: what `completions` and `man`
/// describe.
pub(crate) fn command_in(lang: Lang) -> clap::Command {
    use clap::CommandFactory;
    cli::localize(Cli::command(), lang).version(cli::version(lang))
}

/// The register's configuration when there is one; the built-in rules and
/// vocabularies otherwise (`rules`, `vocab` and `geo` work anywhere).
fn optional_register(g: &cli::GlobalArgs, lang: Lang, cwd: Option<std::path::PathBuf>) -> Result<Config> {
    let outside = g.data.is_none() && g.config.is_none() && cwd.as_deref().and_then(config::find_root).is_none();
    if outside {
        return Ok(Config::builtin(lang, cwd));
    }
    Config::resolve(g.data.as_deref(), g.config.as_deref(), lang, cwd)
}

/// True when the error is a closed pipe (`fabriques ... | head`): not a
/// failure. The writers of JSON and CSV wrap the system's error in their
/// own, which do not give it as a `source`: they are asked for its kind.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == BrokenPipe)
            || c.downcast_ref::<serde_json::Error>()
                .is_some_and(|j| j.io_error_kind() == Some(BrokenPipe))
            || c.downcast_ref::<csv::Error>()
                .is_some_and(|x| matches!(x.kind(), csv::ErrorKind::Io(io) if io.kind() == BrokenPipe))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_is_well_formed_in_both_languages() {
        use clap::CommandFactory;
        cli::localize(Cli::command(), Lang::Fr).debug_assert();
        cli::localize(Cli::command(), Lang::En).debug_assert();
    }
}
