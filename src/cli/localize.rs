//! The clap command in the user's language.
//!
//! clap has no translations: everything it would write in English is
//! replaced here by the catalogue's texts — the help of each flag and
//! command (`messages::cli`), the headings and the usage line (through a
//! help template), the `-h` and `-V` flags, the bracketed default and
//! possible values (hidden from clap, written by us after the help), the
//! exit codes at the end of each command's help, and a `help` command of
//! our own (clap's cannot be reworded). The same localised command feeds
//! the parser, the help, the shell completions and the man page, so they
//! never disagree.

use clap::{Arg, ArgAction, Command};

use crate::messages::{cli as text, fill, usage, Lang};

/// The name of the help command (clap's own is disabled).
pub(crate) const HELP_COMMAND: &str = "help";

/// `cmd` with its texts in `lang`: the catalogue's help for each flag and
/// subcommand, and clap's own words translated.
pub(crate) fn localize(cmd: Command, lang: Lang) -> Command {
    let mut cmd = cmd
        .about(text::ABOUT.get(lang))
        .disable_help_subcommand(true)
        .subcommand(
            Command::new(HELP_COMMAND).about(usage::HELP_COMMAND.get(lang)).arg(
                Arg::new("commande")
                    .value_name("COMMANDE")
                    .num_args(0..)
                    .help(usage::HELP_COMMAND_ARG.get(lang)),
            ),
        );
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
            None => cmd.mut_subcommand(key, |s| s.about(help)),
        };
    }
    localize_layout(cmd, lang, "")
}

/// What clap writes right after a heading is a colon; French puts a
/// no-break space before it.
fn heading(t: &crate::messages::Text, lang: Lang) -> String {
    format!("{}{}", t.get(lang), crate::messages::before_colon(lang))
}

/// clap's own words in the help — headings, the usage line, the help and
/// version flags, the default and possible values, the exit codes — in
/// `lang`, for `cmd` (named `name`, empty for the root) and every
/// subcommand.
fn localize_layout(cmd: Command, lang: Lang, name: &str) -> Command {
    let template = format!(
        "{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
        heading(&text::USAGE_HEADING, lang)
    );
    let ids: Vec<(String, bool)> = cmd
        .get_arguments()
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    let root = cmd.get_version().is_some();
    let mut cmd = cmd
        .help_template(template)
        .subcommand_help_heading(heading(&text::COMMANDS_HEADING, lang))
        .subcommand_value_name("COMMANDE");
    if let Some(footer) = usage::exit_codes(name) {
        cmd = cmd.after_help(footer.get(lang));
    }
    for (id, positional) in ids {
        let h = if positional {
            &text::ARGUMENTS_HEADING
        } else {
            &text::OPTIONS_HEADING
        };
        cmd = cmd.mut_arg(id, |a| values_in_help(a.help_heading(heading(h, lang)), lang));
    }
    // clap's own -h and -V cannot be reworded: they are replaced by the
    // same flags with translated help.
    let options = heading(&text::OPTIONS_HEADING, lang);
    cmd = cmd.disable_help_flag(true).arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help(text::HELP_FLAG.get(lang))
            .help_heading(options.clone()),
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
    for sub in names {
        cmd = cmd.mut_subcommand(&sub, |s| localize_layout(s, lang, &sub));
    }
    cmd
}

/// The argument with its default and possible values written by us after
/// its help, in `lang`, and clap's English brackets hidden.
fn values_in_help(arg: Arg, lang: Lang) -> Arg {
    if !arg.get_action().takes_values() {
        return arg;
    }
    let mut help = arg.get_help().map(ToString::to_string).unwrap_or_default();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() {
        help.push(' ');
        help.push_str(&fill(usage::HELP_DEFAULT.get(lang), &[("valeur", defaults.join(","))]));
    }
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if !values.is_empty() {
        help.push(' ');
        help.push_str(&fill(usage::HELP_VALUES.get(lang), &[("valeurs", values.join(", "))]));
    }
    arg.help(help).hide_default_value(true).hide_possible_values(true)
}
