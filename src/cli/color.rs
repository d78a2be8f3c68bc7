//! Whether to colour the output, decided once per run from `--color` and
//! the environment.
//!
//! Precedence, first match wins:
//!
//! 1. `--color always` or `--color never` (what the user typed for this run);
//! 2. `NO_COLOR` set to a non-empty value: no colour (<https://no-color.org>);
//! 3. `CLICOLOR_FORCE` set and not `0`: colour, even when piped
//!    (<https://bixense.com/clicolors/>);
//! 4. `CLICOLOR=0` (same convention) or `TERM=dumb` (a terminal that
//!    understands no escape sequences, as terminfo names it; Emacs' shell
//!    sets it): no colour;
//! 5. otherwise, colour only when standard output is a terminal.
//!
//! ripgrep and cargo read the same variables; the order puts the most
//! specific request first.

use clap::ValueEnum;

/// The `--color` flag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    /// Whether to colour standard output, `var` giving the environment
    /// (see the module's documentation for the precedence).
    pub fn enabled<'a>(self, is_terminal: bool, var: impl Fn(&str) -> Option<&'a str>) -> bool {
        let set = |name| var(name).is_some_and(|v| !v.is_empty());
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto if set("NO_COLOR") => false,
            ColorChoice::Auto if set("CLICOLOR_FORCE") && var("CLICOLOR_FORCE") != Some("0") => true,
            ColorChoice::Auto if var("CLICOLOR") == Some("0") || var("TERM") == Some("dumb") => false,
            ColorChoice::Auto => is_terminal,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<&'a str> {
        move |k| vars.iter().find(|(n, _)| *n == k).map(|(_, v)| *v)
    }

    #[test]
    fn no_color_disables_auto_only() {
        assert!(!ColorChoice::Auto.enabled(true, with(&[("NO_COLOR", "1")])));
        assert!(ColorChoice::Auto.enabled(true, with(&[("NO_COLOR", "")])));
        assert!(ColorChoice::Always.enabled(false, with(&[("NO_COLOR", "1")])));
        assert!(!ColorChoice::Auto.enabled(false, with(&[])));
    }

    #[test]
    fn the_precedence_is_flag_no_color_force_then_clicolor_and_term() {
        let force = [("CLICOLOR_FORCE", "1")];
        assert!(ColorChoice::Auto.enabled(false, with(&force)), "forced when piped");
        assert!(!ColorChoice::Never.enabled(true, with(&force)), "the flag wins");
        let both = [("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")];
        assert!(
            !ColorChoice::Auto.enabled(true, with(&both)),
            "NO_COLOR wins over the force"
        );
        assert!(!ColorChoice::Auto.enabled(false, with(&[("CLICOLOR_FORCE", "0")])));
        assert!(!ColorChoice::Auto.enabled(true, with(&[("CLICOLOR", "0")])));
        assert!(ColorChoice::Auto.enabled(true, with(&[("CLICOLOR", "1")])));
        assert!(!ColorChoice::Auto.enabled(true, with(&[("TERM", "dumb")])));
        let forced_dumb = [("TERM", "dumb"), ("CLICOLOR_FORCE", "1")];
        assert!(
            ColorChoice::Auto.enabled(true, with(&forced_dumb)),
            "the force wins over TERM"
        );
        assert!(ColorChoice::Always.enabled(false, with(&[("TERM", "dumb")])));
    }
}
