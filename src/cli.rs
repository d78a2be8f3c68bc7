//! The command line: flags, subcommands, and their help in the user's language.
//!
//! The structure is declared with clap's derive; the help texts come from
//! the catalogue (`messages::cli`) and are set at startup in the language
//! resolved from `--lang` and the locale, so `--help` speaks French by
//! default like the rest of the tool.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Arg, ArgAction, ArgMatches, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::messages::{cli as text, Lang};
use crate::report::Format;

#[derive(Debug, Parser)]
#[command(name = "fabriques", version)]
pub struct Cli {
    #[arg(long, global = true, value_name = "DOSSIER")]
    pub data: Option<PathBuf>,
    #[arg(long, global = true, value_name = "FICHIER")]
    pub config: Option<PathBuf>,
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Validate(ValidateArgs),
    Rules {
        name: Option<String>,
    },
    Vocab {
        name: Option<String>,
    },
    List(crate::cmd::list::ListArgs),
    Show {
        id: String,
        #[arg(long, value_enum, default_value_t = crate::cmd::show::ShowFormat::Text)]
        format: crate::cmd::show::ShowFormat,
    },
    Export(crate::export::ExportArgs),
    Criteres {
        #[command(flatten)]
        filters: crate::filter::FilterArgs,
        #[arg(long, value_enum, default_value_t = crate::cmd::criteres::CriteresFormat::Table)]
        format: crate::cmd::criteres::CriteresFormat,
    },
    Stats {
        #[command(flatten)]
        filters: crate::filter::FilterArgs,
        #[arg(long, value_enum, default_value_t = crate::cmd::stats::StatsFormat::Table)]
        format: crate::cmd::stats::StatsFormat,
    },
    Actions(crate::cmd::actions::ActionsArgs),
    Liens {
        #[command(flatten)]
        filters: crate::filter::FilterArgs,
        #[arg(long, value_enum, default_value_t = crate::cmd::liens::LiensFormat::Table)]
        format: crate::cmd::liens::LiensFormat,
    },
    Geo {
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
        #[arg(long, value_enum, default_value_t = crate::cmd::geo::GeoFormat::Table)]
        format: crate::cmd::geo::GeoFormat,
    },
    New(crate::cmd::new::NewArgs),
    Fmt(crate::cmd::fmt::FmtArgs),
    Import(crate::cmd::import::ImportArgs),
}

#[derive(Debug, clap::Args)]
pub struct ValidateArgs {
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    #[arg(long)]
    pub strict: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
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
pub enum ColorChoice {
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
pub fn lang_flag(args: &[OsString]) -> Option<Lang> {
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

/// The clap command with its texts in `lang`.
pub fn command(lang: Lang) -> clap::Command {
    let mut cmd = Cli::command()
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

/// Parses arguments; on a usage error or `--help`, clap prints and exits
/// (2 for errors, 0 for help), as users expect.
pub fn parse(args: Vec<OsString>, lang: Lang) -> Cli {
    let matches: ArgMatches = command(lang).get_matches_from(args);
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_is_well_formed_in_both_languages() {
        command(Lang::Fr).debug_assert();
        command(Lang::En).debug_assert();
    }

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
