//! `fabriques`: the register of the Fabriques de Territoire, kept as one
//! TOML file per fabrique in `data/`.
//!
//! The flow of a run: `cli` parses the arguments, `config` resolves the
//! register and its settings once, `load` walks and reads the records
//! (through `schema` into `record` values), `rules` check them and produce
//! `diagnostic`s, and `report` prints them. Each subcommand lives in `cmd`.
//! Every text a user reads is in `messages`.

pub mod atomic;
pub mod cli;
pub mod cmd;
pub mod config;
pub mod diagnostic;
pub mod exceptions;
pub mod export;
pub mod filter;
pub mod format;
pub mod geo;
pub mod load;
pub mod messages;
pub mod output;
pub mod place;
pub mod record;
pub mod register;
pub mod report;
pub mod rules;
pub mod schema;
pub mod site;
pub mod suggest;
pub mod today;
pub mod vocab;

use std::ffi::OsString;
use std::io::{IsTerminal, Write};

use anyhow::Result;

use cli::Command;
use config::Config;
use messages::Lang;

/// Runs the tool with `args` and the process environment; returns the exit
/// code. Output goes to `out` (data) and `err` (messages), so tests run it
/// in-process.
pub fn run(args: Vec<OsString>, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let env = |k: &str| std::env::var(k).ok();
    let lang = Lang::resolve(cli::lang_flag(&args), env);
    messages::set_current(lang);
    let cli = cli::parse(args, lang);
    match execute(&cli, lang, out, err) {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => 0,
        Err(e) => {
            let _ = writeln!(err, "{}{e:#}", messages::ui::ERROR_PREFIX.get(lang));
            2
        }
    }
}

fn execute(cli: &cli::Cli, lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8> {
    let terminal = std::io::stdout().is_terminal();
    let no_color = std::env::var("NO_COLOR").ok();
    let color = cli.color.enabled(terminal, no_color.as_deref());
    let cwd = std::env::current_dir().ok();
    match &cli.command {
        Command::Rules { name } => {
            let config = optional_register(cli, lang, cwd)?;
            cmd::rules::run(&config, name.as_deref(), terminal, out)
        }
        Command::Vocab { name } => {
            let config = optional_register(cli, lang, cwd)?;
            cmd::vocab::run(&config, name.as_deref(), terminal, out)
        }
        Command::Criteres { filters, format } => {
            let config = Config::resolve(cli.data.as_deref(), cli.config.as_deref(), lang, cwd)?;
            cmd::criteres::run(&config, filters, *format, terminal, out, err)
        }
        Command::Export(args) => {
            let config = Config::resolve(cli.data.as_deref(), cli.config.as_deref(), lang, cwd)?;
            export::run(&config, args, out, err)
        }
        Command::List(args) => {
            let config = Config::resolve(cli.data.as_deref(), cli.config.as_deref(), lang, cwd)?;
            cmd::list::run(&config, args, terminal, out, err)
        }
        Command::Stats { filters, format } => {
            let config = Config::resolve(cli.data.as_deref(), cli.config.as_deref(), lang, cwd)?;
            cmd::stats::run(&config, filters, *format, terminal, out, err)
        }
        Command::Actions(args) => {
            let config = Config::resolve(cli.data.as_deref(), cli.config.as_deref(), lang, cwd)?;
            cmd::actions::run(&config, args, terminal, out, err)
        }
        Command::Liens { filters, format } => {
            let config = Config::resolve(cli.data.as_deref(), cli.config.as_deref(), lang, cwd)?;
            cmd::liens::run(&config, filters, *format, terminal, out, err)
        }
        Command::Show { id, format } => {
            let config = Config::resolve(cli.data.as_deref(), cli.config.as_deref(), lang, cwd)?;
            cmd::show::run(&config, id, *format, out)
        }
        Command::Geo { query, format } => {
            let config = optional_register(cli, lang, cwd)?;
            cmd::geo::run(&config, &query.join(" "), *format, terminal, out, err)
        }
        Command::Fmt(args) => {
            let config = Config::resolve(cli.data.as_deref(), cli.config.as_deref(), lang, cwd)?;
            cmd::fmt::run(&config, args, color, out, err)
        }
        Command::New(args) => {
            let config = Config::resolve(cli.data.as_deref(), cli.config.as_deref(), lang, cwd)?;
            cmd::new::run(&config, args, color, out, err)
        }
        Command::Import(args) => {
            let config = Config::resolve(cli.data.as_deref(), cli.config.as_deref(), lang, cwd)?;
            cmd::import::run(&config, args, out, err)
        }
        Command::Validate(args) => {
            // Every record is checked against the geography reference:
            // start building it while the register is being located.
            std::thread::spawn(|| {
                geo::Geo::get();
            });
            let config = Config::resolve(cli.data.as_deref(), cli.config.as_deref(), lang, cwd)?;
            cmd::validate::run(&config, args, color, out, err)
        }
    }
}

/// The register's configuration when there is one; the built-in rules and
/// vocabularies otherwise (`rules` and `vocab` work anywhere).
fn optional_register(cli: &cli::Cli, lang: Lang, cwd: Option<std::path::PathBuf>) -> Result<Config> {
    let outside = cli.data.is_none() && cli.config.is_none() && cwd.as_deref().and_then(config::find_root).is_none();
    if outside {
        return Ok(Config::builtin(lang, cwd));
    }
    Config::resolve(cli.data.as_deref(), cli.config.as_deref(), lang, cwd)
}

/// True when the error is a closed pipe (`fabriques ... | head`): not a failure.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
