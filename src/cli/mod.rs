//! The command line's machinery: the flags every subcommand shares, and
//! everything clap would say, in the user's language.
//!
//! The subcommands and their arguments live with each command (`cmd`); the
//! library's root (`lib.rs`) puts the two together. This module knows no
//! command: it localises whatever clap command it is given (`localize`:
//! help texts from the catalogue, clap's own words replaced), renders
//! usage errors itself (`errors`), decides on colours (`color`), and
//! parses without ever exiting the process (`--help`, `--version`,
//! `fabriques help` and usage errors come back as values).

use std::ffi::OsString;
use std::path::PathBuf;

mod color;
mod errors;
mod localize;

use clap::{ArgMatches, ValueEnum};

pub(crate) use color::ColorChoice;
pub(crate) use localize::{localize, HELP_COMMAND};

use crate::messages::Lang;

/// The flags shared by every subcommand.
#[derive(Debug, clap::Args)]
pub(crate) struct GlobalArgs {
    #[arg(long, global = true, value_name = "DOSSIER")]
    pub data: Option<PathBuf>,
    #[arg(long, global = true, value_name = "FICHIER")]
    pub config: Option<PathBuf>,
    #[arg(long, global = true, value_enum, value_name = "LANGUE")]
    pub lang: Option<LangArg>,
    #[arg(long, global = true, value_enum, value_name = "QUAND", default_value_t = ColorChoice::Auto)]
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

/// The `--color` value found in raw arguments, before clap parses them
/// (the help is printed before any command runs); `auto` without one.
pub(crate) fn color_flag(args: &[OsString]) -> ColorChoice {
    let mut it = args.iter().map(|a| a.to_string_lossy());
    let mut found = ColorChoice::Auto;
    while let Some(a) = it.next() {
        let value = match a.strip_prefix("--color=") {
            Some(v) => Some(v.to_string()),
            None if a == "--color" => it.next().map(|v| v.to_string()),
            None => None,
        };
        found = match value.as_deref() {
            Some("always") => ColorChoice::Always,
            Some("never") => ColorChoice::Never,
            Some("auto") => ColorChoice::Auto,
            _ => found,
        };
    }
    found
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

/// Parses `args` into `C` with the help in `lang`. `--help`, `--version`,
/// `fabriques help` and usage errors come back as an [`Early`] exit: the
/// library never exits the process.
pub(crate) fn parse<C: clap::Parser>(args: Vec<OsString>, lang: Lang, color: bool) -> Result<C, Early> {
    let early = |e: clap::Error| Early::from(&e, lang, color);
    let command = || localize(C::command(), lang).version(version(lang));
    let matches: ArgMatches = command().try_get_matches_from(args.clone()).map_err(early)?;
    if let Some((HELP_COMMAND, sub)) = matches.subcommand() {
        // `fabriques help validate` is `fabriques validate --help`.
        let mut again: Vec<OsString> = args.into_iter().take(1).collect();
        again.extend(
            sub.get_many::<String>("commande")
                .into_iter()
                .flatten()
                .map(OsString::from),
        );
        again.push("--help".into());
        return Err(command()
            .try_get_matches_from(again)
            .map_err(early)
            .err()
            .unwrap_or(Early {
                text: String::new(),
                to_stdout: true,
                code: 0,
            }));
    }
    C::from_arg_matches(&matches).map_err(early)
}

/// The text of `--version`: the tool's version, then the edition of the
/// geography it embeds (what its checks of communes and postal codes are
/// true to).
pub(crate) fn version(lang: Lang) -> String {
    let edition = crate::geo::edition();
    let geography = crate::messages::fill(
        crate::messages::usage::VERSION_GEOGRAPHY.get(lang),
        &[
            ("millesime", edition.millesime.to_string()),
            ("version", edition.version.to_string()),
            ("contours", edition.outlines.to_string()),
        ],
    );
    format!("{}\n{geography}", env!("CARGO_PKG_VERSION"))
}

/// A run that ends before any command: the help or version on standard
/// output (exit 0), or a usage error on standard error (exit 2), as clap
/// itself would, but in the user's language.
pub(crate) struct Early {
    pub text: String,
    pub to_stdout: bool,
    pub code: u8,
}

impl Early {
    /// `color`: whether standard output takes colours (the help is
    /// printed there; errors go to standard error, uncoloured).
    pub fn from(e: &clap::Error, lang: Lang, color: bool) -> Early {
        use clap::error::ErrorKind;
        let text = match e.kind() {
            // The help, on standard output or (`fabriques` alone) error.
            ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
                if color && !e.use_stderr() {
                    e.render().ansi().to_string()
                } else {
                    e.render().to_string()
                }
            }
            _ => errors::render(e, lang),
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
        assert_eq!(
            color_flag(&a(&["fabriques", "--color", "never", "--help"])),
            ColorChoice::Never
        );
        assert_eq!(
            color_flag(&a(&["fabriques", "--help", "--color=always"])),
            ColorChoice::Always
        );
        assert_eq!(color_flag(&a(&["fabriques", "--help"])), ColorChoice::Auto);
    }
}
