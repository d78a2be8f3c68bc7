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
use crate::geo::{Commune, Geo};
use crate::messages::{Message, Text};
use crate::place::Place;
use crate::record::{Date, Record};

pub mod bonus_numerique;
pub mod code_insee;
pub mod code_postal;
pub mod commune;
pub mod commune_ancienne;
pub mod commune_orthographe;
pub mod consortium;
pub mod coordonnees;
pub mod critere_ancrage;
pub mod critere_communaute;
pub mod critere_gouvernance;
pub mod critere_mise_en_commun;
pub mod critere_offre_adaptee;
pub mod critere_offre_diversifiee;
pub mod criteria;
pub mod duplicate_name;
pub mod duplicate_name_other_address;
pub mod file_unreadable;
pub mod financement_duree;
pub mod financement_plafond_annuel;
pub mod financement_total;
pub mod financement_total_faible;
pub mod ignore_missing_reason;
pub mod ignore_unknown_rule;
pub mod ignore_unused;
pub mod invalid_id;
pub mod invalid_url;
pub mod invalid_value;
pub mod labellisation_annee;
pub mod lien_date;
pub mod missing_field;
pub mod modele_a_completer;
pub mod numerique_hors_qpv;
pub mod numerique_sans_action_numerique;
pub mod page_movilab;
pub mod qpv_grande_ville;
pub mod self_link;
pub mod siret;
pub mod structure_creation;
pub mod toml_syntax;
pub mod unknown_code;
pub mod unknown_key;
pub mod unknown_link;
pub mod video_plateforme;
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
    &duplicate_name_other_address::RULE,
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
    &critere_communaute::RULE,
    &critere_gouvernance::RULE,
    &critere_ancrage::RULE,
    &critere_mise_en_commun::RULE,
    &critere_offre_diversifiee::RULE,
    &critere_offre_adaptee::RULE,
    &numerique_hors_qpv::RULE,
    &financement_plafond_annuel::RULE,
    &financement_duree::RULE,
    &financement_total::RULE,
    &financement_total_faible::RULE,
    &bonus_numerique::RULE,
    &labellisation_annee::RULE,
    &structure_creation::RULE,
    &siret::RULE,
    &lien_date::RULE,
    &consortium::RULE,
    &video_plateforme::RULE,
    &page_movilab::RULE,
    &numerique_sans_action_numerique::RULE,
    &modele_a_completer::RULE,
];

/// Says whether a record shows a criterion.
pub type ShownFn = fn(&Record) -> criteria::Shown;

/// The six tiers-lieu criteria, in the Movilab definition's order, with the
/// function that says whether a record shows each one.
pub static CRITERIA: &[(&Rule, ShownFn)] = &[
    (&critere_communaute::RULE, critere_communaute::shown),
    (&critere_gouvernance::RULE, critere_gouvernance::shown),
    (&critere_ancrage::RULE, critere_ancrage::shown),
    (&critere_mise_en_commun::RULE, critere_mise_en_commun::shown),
    (&critere_offre_diversifiee::RULE, critere_offre_diversifiee::shown),
    (&critere_offre_adaptee::RULE, critere_offre_adaptee::shown),
];

/// What the rules on one record may consult besides the record.
pub struct RecordContext<'a> {
    pub geo: &'a Geo,
    /// The record's address resolved against `geo`, once.
    pub place: Place<'a>,
    /// The record's current commune, when its address designates one
    /// (`place.commune`).
    pub commune: Option<&'a Commune>,
    /// Today, for the rules that refuse dates in the future.
    pub today: Date,
}

impl<'a> RecordContext<'a> {
    pub fn new(record: &Record, geo: &'a Geo, today: Date) -> RecordContext<'a> {
        let place = Place::of(record, geo);
        RecordContext {
            geo,
            commune: place.commune,
            place,
            today,
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
    critere_communaute::check(record, cx, sink);
    critere_gouvernance::check(record, cx, sink);
    critere_ancrage::check(record, cx, sink);
    critere_mise_en_commun::check(record, cx, sink);
    critere_offre_diversifiee::check(record, cx, sink);
    critere_offre_adaptee::check(record, cx, sink);
    numerique_hors_qpv::check(record, cx, sink);
    financement_plafond_annuel::check(record, cx, sink);
    financement_duree::check(record, cx, sink);
    financement_total::check(record, cx, sink);
    financement_total_faible::check(record, cx, sink);
    bonus_numerique::check(record, cx, sink);
    labellisation_annee::check(record, cx, sink);
    structure_creation::check(record, cx, sink);
    siret::check(record, cx, sink);
    lien_date::check(record, cx, sink);
    consortium::check(record, cx, sink);
    video_plateforme::check(record, cx, sink);
    page_movilab::check(record, cx, sink);
    numerique_sans_action_numerique::check(record, cx, sink);
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
