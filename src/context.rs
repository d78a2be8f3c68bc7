//! What a run knows about the world it runs in, read once.
//!
//! [`Env`] is the part of the process's environment the tool reads — the
//! working directory, a few variables, whether standard output is a
//! terminal and how wide it is — passed to [`run`](crate::run) as a value rather than read from
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
    "COLUMNS",
    crate::today::ENV,
];

/// The width tables fit when standard output is a terminal whose width
/// nothing tells (a terminal that answers no size query, a test).
pub(crate) const DEFAULT_COLUMNS: usize = 80;

/// The process environment, as far as the tool is concerned.
#[derive(Clone, Debug, Default)]
pub struct Env {
    /// The working directory (`None` when it cannot be read).
    pub cwd: Option<PathBuf>,
    /// Variables, by name (only the locale's `LC_ALL`, `LC_MESSAGES`,
    /// `LANG`, the colour's `NO_COLOR`, `CLICOLOR`, `CLICOLOR_FORCE`, `TERM`,
    /// `COLUMNS` and `FABRIQUES_AUJOURDHUI` are ever read).
    pub vars: Vec<(String, String)>,
    /// Whether standard output is a terminal (tables fit it, colours on).
    pub stdout_is_terminal: bool,
    /// How many columns wide the terminal is, when known: the `COLUMNS`
    /// variable when it holds a positive number (as `ls` reads it), the
    /// terminal's own answer otherwise. Only read when standard output is
    /// a terminal; [`DEFAULT_COLUMNS`] when unknown.
    pub columns: Option<usize>,
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
        let vars: Vec<(String, String)> = VARS
            .iter()
            .filter_map(|k| std::env::var(k).ok().map(|v| (k.to_string(), v)))
            .collect();
        let stdout_is_terminal = std::io::stdout().is_terminal();
        let columns = stdout_is_terminal
            .then(|| {
                let set = vars.iter().find(|(k, _)| k == "COLUMNS").map(|(_, v)| v.as_str());
                columns_variable(set)
                    .or_else(|| terminal_size::terminal_size_of(std::io::stdout()).map(|(w, _)| usize::from(w.0)))
            })
            .flatten();
        Env {
            cwd: std::env::current_dir().ok(),
            vars,
            stdout_is_terminal,
            columns,
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
            columns: None,
            stdin: Input::Bytes(Vec::new()),
        }
    }

    /// The same environment on a terminal `columns` wide (tests of what a
    /// person sees).
    pub fn on_terminal(mut self, columns: usize) -> Env {
        self.stdout_is_terminal = true;
        self.columns = Some(columns);
        self
    }

    /// The width tables fit: the terminal's, when standard output is one.
    pub(crate) fn table_width(&self) -> Option<usize> {
        self.stdout_is_terminal
            .then(|| self.columns.filter(|c| *c > 0).unwrap_or(DEFAULT_COLUMNS))
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

/// The width `COLUMNS` says, when it is a positive number.
fn columns_variable(value: Option<&str>) -> Option<usize> {
    value.and_then(|v| v.trim().parse::<usize>().ok()).filter(|c| *c > 0)
}

/// Everything a command needs, resolved once per run.
#[derive(Debug)]
pub(crate) struct Context {
    pub config: Config,
    pub lang: Lang,
    /// Standard output is a terminal (bars drawn with blocks, hints).
    pub terminal: bool,
    /// The width tables and notes fit: `Some` on a terminal, `None` when
    /// piped (whole values, plain aligned columns: scripts read them).
    pub width: Option<usize>,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_says_the_width_when_it_is_a_positive_number() {
        assert_eq!(columns_variable(Some("132")), Some(132));
        assert_eq!(columns_variable(Some(" 80 ")), Some(80));
        assert_eq!(columns_variable(Some("0")), None);
        assert_eq!(columns_variable(Some("large")), None);
        assert_eq!(columns_variable(None), None);
    }

    #[test]
    fn tables_fit_a_width_only_on_a_terminal() {
        let piped = Env::in_dir("/");
        assert_eq!(piped.table_width(), None);
        assert_eq!(
            Env {
                columns: Some(40),
                ..piped.clone()
            }
            .table_width(),
            None
        );
        assert_eq!(piped.clone().on_terminal(120).table_width(), Some(120));
        let unknown = Env {
            stdout_is_terminal: true,
            ..piped
        };
        assert_eq!(unknown.table_width(), Some(DEFAULT_COLUMNS));
    }
}
