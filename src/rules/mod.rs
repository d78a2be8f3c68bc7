//! The rules `fabriques validate` applies, one file per rule, and their registry.
//!
//! A [`Rule`] is a stable kebab-case name, a default severity and its
//! documentation (summary, why, a bad and a good example); its texts live in
//! the catalogue (`messages::rules`). Each rule's file holds the check, or —
//! for the schema rules that are detected while reading a file (`schema`) —
//! the function that builds its diagnostic. [`ALL`] drives `fabriques rules`,
//! severity settings, `[validation] ignorer` checks and the documentation
//! tests, so a rule missing from it cannot be configured or documented.

use std::path::PathBuf;
use std::sync::Arc;

use crate::diagnostic::{Diagnostic, Severity, Span};
use crate::geo::{CommuneMatch, Geo};
use crate::messages::{Message, Text};
use crate::record::Record;

pub mod code_insee;
pub mod code_postal;
pub mod commune;
pub mod commune_ancienne;
pub mod commune_orthographe;
pub mod coordonnees;
pub mod duplicate_name;
pub mod file_unreadable;
pub mod ignore_missing_reason;
pub mod ignore_unknown_rule;
pub mod ignore_unused;
pub mod invalid_id;
pub mod invalid_url;
pub mod invalid_value;
pub mod missing_field;
pub mod qpv_grande_ville;
pub mod self_link;
pub mod toml_syntax;
pub mod unknown_code;
pub mod unknown_key;
pub mod unknown_link;
pub mod wrong_type;

/// A rule's identity and documentation.
#[derive(Debug)]
pub struct Rule {
    /// Stable kebab-case name: never renamed once released.
    pub name: &'static str,
    pub severity: Severity,
    /// What the rule checks, in one line.
    pub summary: &'static Text,
    /// Why it matters, and how to fix what it reports.
    pub why: &'static Text,
    /// A record (or part of one) that the rule reports.
    pub bad: &'static str,
    /// The same, corrected.
    pub good: &'static str,
}

/// Every rule, in documentation order.
pub static ALL: &[&Rule] = &[
    &toml_syntax::RULE,
    &file_unreadable::RULE,
    &invalid_id::RULE,
    &unknown_key::RULE,
    &missing_field::RULE,
    &wrong_type::RULE,
    &unknown_code::RULE,
    &invalid_value::RULE,
    &invalid_url::RULE,
    &duplicate_name::RULE,
    &unknown_link::RULE,
    &self_link::RULE,
    &ignore_missing_reason::RULE,
    &ignore_unknown_rule::RULE,
    &ignore_unused::RULE,
    &code_postal::RULE,
    &commune::RULE,
    &commune_orthographe::RULE,
    &commune_ancienne::RULE,
    &code_insee::RULE,
    &coordonnees::RULE,
    &qpv_grande_ville::RULE,
];

/// What the rules on one record may consult besides the record.
pub struct RecordContext<'a> {
    pub geo: &'a Geo,
    /// The record's postal code and commune matched against `geo`, once.
    pub address: Option<CommuneMatch<'a>>,
}

impl<'a> RecordContext<'a> {
    pub fn new(record: &Record, geo: &'a Geo) -> RecordContext<'a> {
        RecordContext {
            geo,
            address: crate::place::match_address(record, geo),
        }
    }
}

/// Runs every rule that looks at one record alone (the schema rules have
/// run while reading it).
pub fn check_record(record: &Record, cx: &RecordContext<'_>, sink: &mut Sink) {
    code_postal::check(record, cx, sink);
    commune::check(record, cx, sink);
    commune_orthographe::check(record, cx, sink);
    commune_ancienne::check(record, cx, sink);
    code_insee::check(record, cx, sink);
    coordonnees::check(record, cx, sink);
    qpv_grande_ville::check(record, cx, sink);
}

/// The rule called `name`.
pub fn find(name: &str) -> Option<&'static Rule> {
    ALL.iter().copied().find(|r| r.name == name)
}

/// The names of all rules, for suggestions.
pub fn names() -> Vec<&'static str> {
    ALL.iter().map(|r| r.name).collect()
}

/// Collects the diagnostics of one file, at the rules' default severities
/// (the register's settings are applied later, in one place).
#[derive(Debug)]
pub struct Sink {
    pub file: Arc<PathBuf>,
    pub diags: Vec<Diagnostic>,
}

impl Sink {
    pub fn new(file: Arc<PathBuf>) -> Sink {
        Sink {
            file,
            diags: Vec::new(),
        }
    }

    pub fn push(&mut self, rule: &'static Rule, span: Span, message: Message, help: Option<Message>) {
        let d = diagnostic(rule, &self.file, span, message, help);
        self.diags.push(d);
    }
}

/// Builds a diagnostic of `rule` at its default severity.
pub fn diagnostic(
    rule: &'static Rule,
    file: &Arc<PathBuf>,
    span: Span,
    message: Message,
    help: Option<Message>,
) -> Diagnostic {
    Diagnostic {
        rule: rule.name,
        severity: rule.severity,
        file: file.clone(),
        span,
        message,
        help,
    }
}
