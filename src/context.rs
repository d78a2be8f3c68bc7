//! What a run knows about the world it runs in, read once.
//!
//! [`Env`] is the part of the process's environment the tool reads — the
//! working directory, a few variables, whether standard output is a
//! terminal — passed to [`run`](crate::run) as a value rather than read from
//! process globals, so that tests run the tool in-process, in parallel,
//! each with its own environment. [`Context`] is what every command then
//! receives: the register's configuration, the language, the terminal and
//! colour decisions, and today's date, all resolved before any work.

use std::path::PathBuf;

use crate::config::Config;
use crate::messages::Lang;
use crate::record::Date;

/// The environment variables the tool reads.
pub(crate) const VARS: &[&str] = &[
    "LC_ALL",
    "LC_MESSAGES",
    "LANG",
    "NO_COLOR",
    "CLICOLOR",
    "CLICOLOR_FORCE",
    "TERM",
    crate::today::ENV,
];

/// The process environment, as far as the tool is concerned.
#[derive(Clone, Debug, Default)]
pub struct Env {
    /// The working directory (`None` when it cannot be read).
    pub cwd: Option<PathBuf>,
    /// Variables, by name (only the locale's `LC_ALL`, `LC_MESSAGES`,
    /// `LANG`, the colour's `NO_COLOR`, `CLICOLOR`, `CLICOLOR_FORCE`, `TERM`,
    /// and `FABRIQUES_AUJOURDHUI` are ever read).
    pub vars: Vec<(String, String)>,
    /// Whether standard output is a terminal (tables fit it, colours on).
    pub stdout_is_terminal: bool,
    /// Standard input (`validate -`, `fmt -`).
    pub stdin: Input,
}

/// Where standard input comes from.
#[derive(Clone, Debug, Default)]
pub enum Input {
    /// The process's standard input, read when a command asks for it.
    #[default]
    Process,
    /// These bytes (tests).
    Bytes(Vec<u8>),
}

impl Input {
    /// All of standard input.
    pub(crate) fn read(&self) -> std::io::Result<Vec<u8>> {
        match self {
            Input::Process => {
                let mut bytes = Vec::new();
                std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut bytes)?;
                Ok(bytes)
            }
            Input::Bytes(b) => Ok(b.clone()),
        }
    }
}

impl Env {
    /// The environment of this process.
    pub fn from_process() -> Env {
        use std::io::IsTerminal;
        Env {
            cwd: std::env::current_dir().ok(),
            vars: VARS
                .iter()
                .filter_map(|k| std::env::var(k).ok().map(|v| (k.to_string(), v)))
                .collect(),
            stdout_is_terminal: std::io::stdout().is_terminal(),
            stdin: Input::Process,
        }
    }

    /// An environment with `cwd` as working directory, no variables, no
    /// terminal and an empty standard input: what tests start from.
    pub fn in_dir(cwd: impl Into<PathBuf>) -> Env {
        Env {
            cwd: Some(cwd.into()),
            vars: Vec::new(),
            stdout_is_terminal: false,
            stdin: Input::Bytes(Vec::new()),
        }
    }

    /// The same environment with `bytes` as standard input.
    pub fn with_stdin(mut self, bytes: impl Into<Vec<u8>>) -> Env {
        self.stdin = Input::Bytes(bytes.into());
        self
    }

    /// The same environment with variable `name` set to `value`.
    pub fn with_var(mut self, name: &str, value: &str) -> Env {
        self.vars.retain(|(k, _)| k != name);
        self.vars.push((name.to_string(), value.to_string()));
        self
    }

    /// The value of variable `name`, if set.
    pub fn var(&self, name: &str) -> Option<&str> {
        self.vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }
}

/// Everything a command needs, resolved once per run.
#[derive(Debug)]
pub(crate) struct Context {
    pub config: Config,
    pub lang: Lang,
    /// Standard output is a terminal: tables fit its width.
    pub terminal: bool,
    /// Colours in diagnostics.
    pub color: bool,
    /// Today, for the rules that refuse dates in the future.
    pub today: Date,
    /// Standard input, for the commands that read a record from it.
    pub stdin: Input,
    /// The command line in a language (`completions` and `man` describe
    /// it; commands cannot reach the root that defines it).
    pub command: fn(Lang) -> clap::Command,
}
