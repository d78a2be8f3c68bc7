//! Usage errors in the user's language.
//!
//! clap describes a usage error by its kind and its context (the argument
//! at fault, the value refused, the values allowed, a suggestion, the
//! usage line); its own rendering is English. This module renders the
//! same facts from the catalogue (`messages::usage`), in the layout clap
//! uses (the error, tips, the usage line, where to learn more) and with the
//! tool's own prefix (`fabriques : erreur : `), so that a usage error looks
//! like every other error of the tool. clap's few free-text tips are
//! recognised and reworded; anything unrecognised is left out rather than
//! shown in English.

use std::num::{ParseFloatError, ParseIntError};

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::messages::{cli as text, fill, quoted_list, ui, usage, Lang, Text};

/// A context value as plain text (styles dropped).
fn string(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::Number(n) => Some(n.to_string()),
        ContextValue::Strings(v) => v.first().cloned(),
        _ => None,
    }
}

/// A context value that is a list, as plain texts.
fn strings(e: &clap::Error, kind: ContextKind) -> Vec<String> {
    match e.get(kind) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::StyledStrs(v)) => v.iter().map(ToString::to_string).collect(),
        _ => Vec::new(),
    }
}

fn say(lang: Lang, t: &Text, args: &[(&str, String)]) -> String {
    fill(t.get(lang), args)
}

/// The text of a usage error, as the tool prints it on standard error.
pub(crate) fn render(e: &clap::Error, lang: Lang) -> String {
    let (message, tips) = describe(e, lang);
    let mut s = String::new();
    s.push_str(ui::ERROR_PREFIX.get(lang));
    s.push_str(&message);
    s.push('\n');
    if !tips.is_empty() {
        s.push('\n');
        for tip in tips {
            s.push_str("  ");
            s.push_str(usage::TIP_LABEL.get(lang));
            s.push_str(crate::messages::before_colon(lang));
            s.push_str(": ");
            s.push_str(&tip);
            s.push('\n');
        }
    }
    if let Some(line) = string(e, ContextKind::Usage) {
        // clap's usage line starts with its English title: keep what
        // follows it.
        let line = line.split_once(':').map_or(line.as_str(), |(_, rest)| rest).trim();
        let command = command_of(line);
        s.push('\n');
        s.push_str(text::USAGE_HEADING.get(lang));
        s.push_str(crate::messages::before_colon(lang));
        s.push_str(": ");
        s.push_str(line);
        s.push_str("\n\n");
        s.push_str(&say(lang, &usage::MORE_INFORMATION, &[("commande", command)]));
        s.push('\n');
    }
    s
}

/// The command a usage line is about: its words before the first option
/// or argument (`fabriques validate` in `fabriques validate [OPTIONS]`).
fn command_of(usage_line: &str) -> String {
    let words: Vec<&str> = usage_line
        .lines()
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .take_while(|w| !w.starts_with(['[', '<', '-']))
        .collect();
    if words.is_empty() {
        "fabriques".to_string()
    } else {
        words.join(" ")
    }
}

/// The error's sentence and its tips.
fn describe(e: &clap::Error, lang: Lang) -> (String, Vec<String>) {
    let arg = string(e, ContextKind::InvalidArg).unwrap_or_default();
    let value = string(e, ContextKind::InvalidValue).unwrap_or_default();
    let mut tips = Vec::new();
    let message = match e.kind() {
        ErrorKind::UnknownArgument => {
            if let Some(suggested) = string(e, ContextKind::SuggestedArg) {
                tips.push(say(lang, &ui::DID_YOU_MEAN, &[("suggestion", suggested)]));
            }
            tips.extend(strings(e, ContextKind::Suggested).iter().filter_map(|t| tip(t, lang)));
            say(lang, &usage::UNEXPECTED_ARGUMENT, &[("argument", arg)])
        }
        ErrorKind::InvalidSubcommand => {
            let command = string(e, ContextKind::InvalidSubcommand).unwrap_or_default();
            let suggested = strings(e, ContextKind::SuggestedSubcommand);
            if let Some(first) = suggested.into_iter().next() {
                tips.push(say(lang, &ui::DID_YOU_MEAN, &[("suggestion", first)]));
            }
            tips.extend(strings(e, ContextKind::Suggested).iter().filter_map(|t| tip(t, lang)));
            say(lang, &usage::UNKNOWN_COMMAND, &[("commande", command)])
        }
        ErrorKind::InvalidValue if value.is_empty() => say(lang, &usage::EMPTY_VALUE, &[("option", arg)]),
        ErrorKind::InvalidValue => {
            if let Some(suggested) = string(e, ContextKind::SuggestedValue) {
                tips.push(say(lang, &ui::DID_YOU_MEAN, &[("suggestion", suggested)]));
            }
            let valid = strings(e, ContextKind::ValidValue);
            let mut m = say(lang, &usage::INVALID_VALUE, &[("valeur", value), ("option", arg)]);
            if !valid.is_empty() {
                m.push_str(ui::LIST_SEPARATOR.get(lang));
                m.push_str(&say(
                    lang,
                    &usage::POSSIBLE_VALUES,
                    &[("valeurs", quoted_list(lang, &valid))],
                ));
            }
            m
        }
        ErrorKind::ValueValidation => {
            let mut m = say(lang, &usage::INVALID_VALUE, &[("valeur", value), ("option", arg)]);
            if let Some(why) = validation_reason(e, lang) {
                m.push_str(ui::LIST_SEPARATOR.get(lang));
                m.push_str(why);
            }
            m
        }
        ErrorKind::MissingRequiredArgument => {
            let missing = strings(e, ContextKind::InvalidArg).join(", ");
            say(lang, &usage::MISSING_ARGUMENT, &[("arguments", missing)])
        }
        ErrorKind::MissingSubcommand => {
            let command = string(e, ContextKind::InvalidSubcommand).unwrap_or_default();
            let mut m = say(lang, &usage::MISSING_COMMAND, &[("commande", command)]);
            let valid = strings(e, ContextKind::ValidSubcommand);
            if !valid.is_empty() {
                m.push_str(ui::LIST_SEPARATOR.get(lang));
                m.push_str(&say(
                    lang,
                    &usage::POSSIBLE_COMMANDS,
                    &[("commandes", quoted_list(lang, &valid))],
                ));
            }
            m
        }
        ErrorKind::ArgumentConflict => {
            let others = strings(e, ContextKind::PriorArg);
            let first = if arg.is_empty() {
                string(e, ContextKind::InvalidSubcommand).unwrap_or_default()
            } else {
                arg
            };
            say(
                lang,
                &usage::CONFLICT,
                &[
                    ("option", quoted_list(lang, &[first])),
                    ("autres", quoted_list(lang, &others)),
                ],
            )
        }
        ErrorKind::NoEquals => say(lang, &usage::NO_EQUALS, &[("option", arg)]),
        ErrorKind::TooManyValues => say(lang, &usage::TOO_MANY_VALUES, &[("valeur", value), ("option", arg)]),
        ErrorKind::TooFewValues => say(
            lang,
            &usage::TOO_FEW_VALUES,
            &[
                ("option", arg),
                ("minimum", string(e, ContextKind::MinValues).unwrap_or_default()),
                ("nombre", string(e, ContextKind::ActualNumValues).unwrap_or_default()),
            ],
        ),
        ErrorKind::WrongNumberOfValues => say(
            lang,
            &usage::WRONG_NUMBER_OF_VALUES,
            &[
                ("option", arg),
                ("attendu", string(e, ContextKind::ExpectedNumValues).unwrap_or_default()),
                ("nombre", string(e, ContextKind::ActualNumValues).unwrap_or_default()),
            ],
        ),
        ErrorKind::InvalidUtf8 => usage::NOT_UTF8.get(lang).to_string(),
        _ => usage::BAD_ARGUMENTS.get(lang).to_string(),
    };
    (message, tips)
}

/// Why a value was refused, when its parser says so in a way we can
/// translate (a number that is not one).
fn validation_reason(e: &clap::Error, lang: Lang) -> Option<&'static str> {
    let source = std::error::Error::source(e)?;
    if source.downcast_ref::<ParseIntError>().is_some() {
        Some(usage::EXPECTED_INTEGER.get(lang))
    } else if source.downcast_ref::<ParseFloatError>().is_some() {
        Some(usage::EXPECTED_NUMBER.get(lang))
    } else {
        None
    }
}

/// One of clap's free-text tips, reworded; `None` for a tip this version
/// of clap words in a way we do not know (left out rather than shown in
/// English).
fn tip(english: &str, lang: Lang) -> Option<String> {
    let quoted: Vec<&str> = english.split('\'').skip(1).step_by(2).collect();
    if english.starts_with("to pass ") {
        let argument = quoted.first()?.to_string();
        Some(say(lang, &usage::TIP_AS_VALUE, &[("argument", argument)]))
    } else if english.starts_with("subcommand ") {
        let command = quoted.first()?.to_string();
        Some(say(lang, &usage::TIP_REMOVE_DASHES, &[("commande", command)]))
    } else if english.ends_with("' exists") {
        let option = quoted.first()?.to_string();
        Some(say(lang, &usage::TIP_EXISTS, &[("option", option)]))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_is_read_from_the_usage_line() {
        assert_eq!(command_of("fabriques validate [OPTIONS]"), "fabriques validate");
        assert_eq!(command_of("fabriques [OPTIONS] <COMMANDE>"), "fabriques");
        assert_eq!(command_of("fabriques geo <QUERY>..."), "fabriques geo");
    }

    #[test]
    fn clap_tips_are_reworded_or_left_out() {
        let t = tip("to pass '--x' as a value, use '-- --x'", Lang::Fr).unwrap();
        assert!(t.contains("«\u{a0}-- --x\u{a0}»"), "{t}");
        let t = tip("'validate --strict' exists", Lang::En).unwrap();
        assert_eq!(t, "`validate --strict` exists");
        assert_eq!(tip("something new from clap", Lang::Fr), None);
    }
}
