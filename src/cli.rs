//! The command line's machinery: the flags every subcommand shares, and
//! the help in the user's language.
//!
//! The subcommands and their arguments live with each command (`cmd`); the
//! library's root (`lib.rs`) puts the two together. This module knows no
//! command: it localises whatever clap command it is given — the help texts
//! come from the catalogue (`messages::cli`), clap's own words (headings,
//! `-h` and `-V`) are replaced — and parses without ever exiting the
//! process (`--help`, `--version` and usage errors come back as values).

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Arg, ArgAction, ArgMatches, ValueEnum};

use crate::messages::{cli as text, Lang};

/// The flags shared by every subcommand.
#[derive(Debug, clap::Args)]
pub(crate) struct GlobalArgs {
    #[arg(long, global = true, value_name = "DOSSIER")]
    pub data: Option<PathBuf>,
    #[arg(long, global = true, value_name = "FICHIER")]
    pub config: Option<PathBuf>,
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum LangArg {
    Fr,
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Fr => Lang::Fr,
            LangArg::En => Lang::En,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    /// Whether to colour a stream: `auto` colours a terminal unless
    /// `NO_COLOR` is set to a non-empty value (no-color.org).
    pub fn enabled(self, is_terminal: bool, no_color: Option<&str>) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => is_terminal && no_color.is_none_or(str::is_empty),
        }
    }
}

/// The `--lang` value found in raw arguments, before clap parses them (the
/// help texts depend on it).
pub(crate) fn lang_flag(args: &[OsString]) -> Option<Lang> {
    let mut it = args.iter().map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        let value = match a.strip_prefix("--lang=") {
            Some(v) => Some(v.to_string()),
            None if a == "--lang" => it.next().map(|v| v.to_string()),
            None => None,
        };
        match value.as_deref() {
            Some("en") => return Some(Lang::En),
            Some("fr") => return Some(Lang::Fr),
            _ => {}
        }
    }
    None
}

/// `cmd` with its texts in `lang`: the catalogue's help for each flag and
/// subcommand, and clap's own words translated.
pub(crate) fn localize(cmd: clap::Command, lang: Lang) -> clap::Command {
    let mut cmd = cmd
        .about(text::ABOUT.get(lang))
        .after_help(text::AFTER_HELP.get(lang))
        .disable_help_subcommand(true);
    for (key, t) in text::HELP {
        let help = t.get(lang);
        cmd = match key.split_once('.') {
            Some(("", arg)) => cmd.mut_arg(arg, |a| a.help(help)),
            Some(("*", arg)) => {
                // A shared flag (the filters): every subcommand that has it.
                let subs: Vec<String> = cmd
                    .get_subcommands()
                    .filter(|s| s.get_arguments().any(|a| a.get_id() == arg))
                    .map(|s| s.get_name().to_string())
                    .collect();
                subs.iter().fold(cmd, |c, sub| {
                    c.mut_subcommand(sub, |s| s.mut_arg(arg, |a| a.help(help)))
                })
            }
            Some((sub, arg)) => cmd.mut_subcommand(sub, |s| s.mut_arg(arg, |a| a.help(help))),
            None => cmd.mut_subcommand(key, |s| s.about(help).after_help(text::AFTER_HELP.get(lang))),
        };
    }
    localize_layout(cmd, lang)
}

/// clap's own words in the help — headings, the help and version flags —
/// in `lang`, for the command and every subcommand.
fn localize_layout(cmd: clap::Command, lang: Lang) -> clap::Command {
    let template = format!(
        "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        text::USAGE_HEADING.get(lang)
    );
    let ids: Vec<(String, bool)> = cmd
        .get_arguments()
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    let root = cmd.get_version().is_some();
    let mut cmd = cmd
        .help_template(template)
        .subcommand_help_heading(text::COMMANDS_HEADING.get(lang));
    for (id, positional) in ids {
        let heading = if positional {
            &text::ARGUMENTS_HEADING
        } else {
            &text::OPTIONS_HEADING
        };
        cmd = cmd.mut_arg(id, |a| a.help_heading(heading.get(lang)));
    }
    // clap's own -h and -V cannot be reworded: they are replaced by the
    // same flags with translated help.
    let options = text::OPTIONS_HEADING.get(lang);
    cmd = cmd.disable_help_flag(true).arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help(text::HELP_FLAG.get(lang))
            .help_heading(options),
    );
    if root {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(text::VERSION_FLAG.get(lang))
                .help_heading(options),
        );
    }
    let names: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in names {
        cmd = cmd.mut_subcommand(name, |s| localize_layout(s, lang));
    }
    cmd
}

/// Parses `args` into `C` with the help in `lang`. `--help`, `--version`
/// and usage errors are returned as clap errors (see [`Early`]): the
/// library never exits the process.
pub(crate) fn parse<C: clap::Parser>(args: Vec<OsString>, lang: Lang) -> Result<C, clap::Error> {
    let matches: ArgMatches = localize(C::command(), lang).try_get_matches_from(args)?;
    C::from_arg_matches(&matches)
}

/// What to do with a clap error: print the help or version on standard
/// output and succeed, or print the usage error on standard error and
/// fail with exit code 2, as clap itself would.
pub(crate) struct Early {
    pub text: String,
    pub to_stdout: bool,
    pub code: u8,
}

impl Early {
    pub fn from(e: &clap::Error, color: bool) -> Early {
        let rendered = e.render();
        let text = if color {
            rendered.ansi().to_string()
        } else {
            rendered.to_string()
        };
        Early {
            text,
            to_stdout: !e.use_stderr(),
            code: u8::try_from(e.exit_code()).unwrap_or(2),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lang_is_found_before_parsing() {
        let a = |v: &[&str]| v.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            lang_flag(&a(&["fabriques", "--lang", "en", "validate"])),
            Some(Lang::En)
        );
        assert_eq!(lang_flag(&a(&["fabriques", "validate", "--lang=fr"])), Some(Lang::Fr));
        assert_eq!(lang_flag(&a(&["fabriques", "validate"])), None);
    }

    #[test]
    fn no_color_disables_auto_only() {
        assert!(!ColorChoice::Auto.enabled(true, Some("1")));
        assert!(ColorChoice::Auto.enabled(true, Some("")));
        assert!(ColorChoice::Always.enabled(false, Some("1")));
        assert!(!ColorChoice::Auto.enabled(false, None));
    }
}
