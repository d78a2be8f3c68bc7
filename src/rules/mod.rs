//! The rules `fabriques validate` applies, one file per rule, and their
//! registry.
//!
//! A [`Rule`] is a stable kebab-case name, a default severity, its
//! documentation (summary, why, a bad and a good example; the texts live in
//! the catalogue, `messages::rules`) and its [`Check`]: how and when it
//! runs. The list below ([`registry!`]) is the only place a rule is named:
//! it declares the rule's module, gives it its [`RuleId`] (an index into
//! [`ALL`]), and through `ALL` drives running the rules (`check`), `fabriques
//! rules`, the severities of `fabriques.toml`, `[validation] ignorer`, the
//! criteria matrix, the documentation and the tests. Adding a rule is one
//! file, one line in the list, and one fixture under
//! `tests/fixtures/rules/<name>/`.
//!
//! Rules report into a [`Sink`], which gives each diagnostic its severity in
//! the register at once (a rule switched off costs nothing further).

use std::collections::HashSet;

use crate::diagnostic::{Diagnostic, Severity, Span};
use crate::geo::Geo;
use crate::messages::{Message, Text};
use crate::place::Place;
use crate::record::{Date, Fact, Record};

pub(crate) mod criteria;

/// Declares the rules, in documentation order: for each, `RuleId` variant
/// => module (whose `RULE` is the rule).
macro_rules! registry {
    ($($variant:ident => $module:ident,)*) => {
        $(pub(crate) mod $module;)*

        /// A rule's identity: its index in [`ALL`].
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub(crate) enum RuleId {
            $($variant,)*
        }

        /// Every rule, in documentation order (`ALL[id as usize].id == id`).
        pub(crate) static ALL: &[&Rule] = &[$(&$module::RULE,)*];

        /// The number of rules.
        pub(crate) const COUNT: usize = [$(RuleId::$variant,)*].len();
    };
}

registry! {
    TomlSyntax => toml_syntax,
    FileUnreadable => file_unreadable,
    InvalidId => invalid_id,
    DuplicateId => duplicate_id,
    UnknownKey => unknown_key,
    MissingField => missing_field,
    WrongType => wrong_type,
    UnknownCode => unknown_code,
    InvalidValue => invalid_value,
    InvalidUrl => invalid_url,
    ControlCharacter => control_character,
    DuplicateName => duplicate_name,
    DuplicateNameOtherAddress => duplicate_name_other_address,
    DuplicateIdentifier => duplicate_identifier,
    UnknownLink => unknown_link,
    SelfLink => self_link,
    IgnoreMissingReason => ignore_missing_reason,
    IgnoreUnknownRule => ignore_unknown_rule,
    IgnoreUnused => ignore_unused,
    CodePostal => code_postal,
    Commune => commune,
    CommuneOrthographe => commune_orthographe,
    CommuneAncienne => commune_ancienne,
    CodeInsee => code_insee,
    Coordonnees => coordonnees,
    QpvGrandeVille => qpv_grande_ville,
    CritereCommunaute => critere_communaute,
    CritereGouvernance => critere_gouvernance,
    CritereAncrage => critere_ancrage,
    CritereMiseEnCommun => critere_mise_en_commun,
    CritereOffreDiversifiee => critere_offre_diversifiee,
    CritereOffreAdaptee => critere_offre_adaptee,
    NumeriqueHorsQpv => numerique_hors_qpv,
    FinancementPlafondAnnuel => financement_plafond_annuel,
    FinancementDuree => financement_duree,
    FinancementTotal => financement_total,
    FinancementTotalFaible => financement_total_faible,
    BonusNumerique => bonus_numerique,
    LabellisationAnnee => labellisation_annee,
    StructureCreation => structure_creation,
    Siret => siret,
    LienDate => lien_date,
    Consortium => consortium,
    VideoPlateforme => video_plateforme,
    PageMovilab => page_movilab,
    NumeriqueSansActionNumerique => numerique_sans_action_numerique,
    ModeleACompleter => modele_a_completer,
    ACompleter => a_completer,
}

/// A rule's identity, documentation and check.
#[derive(Debug)]
pub(crate) struct Rule {
    pub id: RuleId,
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
    /// How and when the rule runs.
    pub check: Check,
}

/// A rule on one record.
pub(crate) type RecordFn = fn(&Record, &RecordContext<'_>, &mut Sink);
/// Says whether a record shows a criterion.
pub(crate) type ShownFn = fn(&Record) -> criteria::Shown;

/// How and when a rule runs.
#[derive(Debug)]
pub(crate) enum Check {
    /// Detected while a file is read (`load`, `schema`): the rule's file
    /// holds the function that words its diagnostic.
    Schema,
    /// Looks at the text of a file (after it parsed, so that the record's
    /// exceptions are known).
    Text(fn(&str, &mut Sink)),
    /// Looks at one record, with what [`RecordContext`] knows.
    Record(RecordFn),
    /// One of the six tiers-lieu criteria: a record rule, whether a record
    /// shows the criterion, the fact it is judged on (unwritten, the
    /// criterion is unknown: `shown` says `Unknown` exactly then), and its
    /// short name (for `criteres`, `show`, `stats`).
    Criterion {
        check: RecordFn,
        shown: ShownFn,
        fact: Fact,
        short: &'static Text,
    },
    /// Looks at every record at once, once all are read, through their
    /// [`Outline`]s (reporting at the record's `nom`). Such a rule only
    /// relates records that share one of their [`Keys`].
    Register(fn(&[Outline], &mut Vec<Found>)),
    /// About the record's own `[validation] ignorer` exceptions (`check`
    /// applies them).
    Exceptions,
}

impl RuleId {
    /// The rule with this id.
    pub fn rule(self) -> &'static Rule {
        ALL[self as usize]
    }

    pub fn name(self) -> &'static str {
        self.rule().name
    }
}

/// The rule called `name`.
pub(crate) fn find(name: &str) -> Option<&'static Rule> {
    ALL.iter().copied().find(|r| r.name == name)
}

/// The names of all rules, for suggestions.
pub(crate) fn names() -> Vec<&'static str> {
    ALL.iter().map(|r| r.name).collect()
}

/// One of the six tiers-lieu criteria.
#[derive(Clone, Copy)]
pub(crate) struct Criterion {
    pub rule: &'static Rule,
    /// Whether a record shows it.
    pub shown: ShownFn,
    /// The fact it is judged on: a record that does not write it leaves
    /// the criterion unknown (known without judging it).
    pub fact: Fact,
    /// Its short name, for column headings.
    pub short: &'static Text,
}

/// The six tiers-lieu criteria, in the Movilab definition's order (the
/// registry's).
pub(crate) fn criteria() -> impl Iterator<Item = Criterion> {
    ALL.iter().filter_map(|r| match r.check {
        Check::Criterion { shown, fact, short, .. } => Some(Criterion {
            rule: r,
            shown,
            fact,
            short,
        }),
        _ => None,
    })
}

/// The severity of every rule in a register: the defaults, changed by
/// `fabriques.toml`'s `[regles]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Severities([Severity; COUNT]);

impl Default for Severities {
    fn default() -> Severities {
        let mut s = [Severity::Error; COUNT];
        for r in ALL {
            s[r.id as usize] = r.severity;
        }
        Severities(s)
    }
}

impl Severities {
    pub fn get(&self, id: RuleId) -> Severity {
        self.0[id as usize]
    }

    pub fn set(&mut self, id: RuleId, severity: Severity) {
        self.0[id as usize] = severity;
    }
}

/// The record ids of a register (file stems), known before any file is
/// read: links are checked against them.
pub(crate) type Ids = HashSet<Box<str>, std::hash::BuildHasherDefault<Fnv>>;

/// FNV-1a: short keys (ids) hash several times faster than with the
/// standard library's SipHash, and ids come from the register itself (no
/// adversary to guard against).
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// What the rules on one record may consult besides the record.
pub(crate) struct RecordContext<'a> {
    pub geo: &'a Geo,
    /// The record's address resolved against `geo`, once.
    pub place: Place<'a>,
    /// Today, for the rules that refuse dates in the future.
    pub today: Date,
    /// The ids of the register's records.
    pub ids: &'a Ids,
}

/// What a register-wide rule knows of a record: its file, id, name,
/// commune and street, and the key records are grouped by. Kept for every
/// record while the records themselves are dropped, so it stays small.
#[derive(Clone, Debug)]
pub(crate) struct Outline {
    /// The file as shown to the user.
    pub file: std::sync::Arc<std::path::PathBuf>,
    pub id: Box<str>,
    pub nom: Box<str>,
    pub commune: Box<str>,
    /// The `duplicate-name` key: name and commune folded.
    pub key: Box<str>,
    /// The street address (`adresse.voie`) folded, when given: two records
    /// of one name and commune at different streets are branches, not
    /// duplicates (`duplicate-name-other-address`).
    pub voie: Option<Box<str>>,
    /// The record's ANCT id (`[identifiants] anct`), when given: unique
    /// across the register (`duplicate-identifier`).
    pub anct: Option<Box<str>>,
}

impl Outline {
    /// The outline of a record with a name and a commune (`code`: the INSEE
    /// code of its resolved commune); `None` without them.
    pub fn of(r: &Record, file: &std::sync::Arc<std::path::PathBuf>, code: Option<&str>) -> Option<Outline> {
        let (nom, commune) = (r.nom.as_ref()?, r.commune()?);
        Some(Outline {
            file: file.clone(),
            id: r.id.as_str().into(),
            nom: nom.value.as_str().into(),
            commune: commune.into(),
            key: name_key(r, code)?.into(),
            voie: r
                .adresse
                .voie
                .as_ref()
                .map(|v| duplicate_name::fold(&v.value))
                .filter(|v| !v.is_empty())
                .map(String::into_boxed_str),
            anct: anct_key(r).map(Into::into),
        })
    }
}

/// The `duplicate-name` key of a record with a name and a commune.
fn name_key(r: &Record, code: Option<&str>) -> Option<String> {
    Some(duplicate_name::key(&r.nom.as_ref()?.value, r.commune()?, code))
}

/// The ANCT id of a record, as compared.
fn anct_key(r: &Record) -> Option<&str> {
    r.identifiants.anct.as_ref().map(|a| a.value.trim())
}

/// The keys by which the register-wide rules relate records, hashed: a
/// rule of kind [`Check::Register`] only ever reports records that share
/// their [`Outline::key`] (name and commune) or their [`Outline::anct`]
/// with another. A few bytes per record, whatever its size: `validate`
/// keeps them for every record of the register, and at the end reads
/// again only the records whose hash another shares (a hash shared by
/// chance costs a read, never a finding: the rules compare the keys
/// themselves).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Keys {
    /// Hash of the name key and of the ANCT id; 0 when the record has none.
    pub hashes: [u64; 2],
}

impl Keys {
    /// The keys of `r` (`code`: the INSEE code of its resolved commune),
    /// the same as those of its [`Outline`] (none without one).
    pub fn of(r: &Record, code: Option<&str>) -> Keys {
        match name_key(r, code) {
            Some(key) => Keys {
                hashes: [hash(&key), anct_key(r).map_or(0, hash)],
            },
            None => Keys::default(),
        }
    }

    /// The keys of an outline.
    pub fn of_outline(o: &Outline) -> Keys {
        Keys {
            hashes: [hash(&o.key), o.anct.as_deref().map_or(0, hash)],
        }
    }
}

/// A key's hash, never 0 (which means "no key").
fn hash(key: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = Fnv::default();
    h.write(key.as_bytes());
    h.finish().max(1)
}

/// A problem a register-wide rule found, in the record of
/// `outlines[outline]`, at its `nom` or at its identifier.
#[derive(Debug)]
pub(crate) struct Found {
    pub outline: usize,
    pub rule: &'static Rule,
    pub message: Message,
    pub help: Option<Message>,
    pub at: Anchor,
}

/// Where in its record a register-wide finding is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Anchor {
    /// The record's `nom`.
    Nom,
    /// Its `[identifiants] anct` (the `nom` when it has none).
    Anct,
}

/// Collects the diagnostics of one file, each at its rule's severity in the
/// register; a rule switched off (`Allow`) is dropped here.
#[derive(Debug)]
pub(crate) struct Sink {
    severities: Severities,
    pub diags: Vec<Diagnostic>,
}

impl Sink {
    pub fn new(severities: Severities) -> Sink {
        Sink {
            severities,
            diags: Vec::new(),
        }
    }

    pub fn push(&mut self, rule: &'static Rule, span: Span, message: Message, help: Option<Message>) {
        let severity = self.severities.get(rule.id);
        if severity == Severity::Allow {
            return;
        }
        self.diags.push(Diagnostic {
            rule: rule.id,
            severity,
            span,
            message,
            help,
        });
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod registry_tests {
    use super::*;

    #[test]
    fn the_registry_is_indexed_by_rule_id_and_names_are_unique_kebab_case() {
        assert_eq!(ALL.len(), COUNT);
        let mut seen = HashSet::new();
        for (i, r) in ALL.iter().enumerate() {
            assert_eq!(r.id as usize, i, "{} is not at its index", r.name);
            assert!(seen.insert(r.name), "{} twice", r.name);
            assert!(
                r.name
                    .split('-')
                    .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase())),
                "{}",
                r.name
            );
        }
    }

    #[test]
    fn the_six_criteria_come_in_the_movilab_order() {
        let names: Vec<&str> = criteria().map(|c| c.rule.name).collect();
        assert_eq!(
            names,
            [
                "critere-communaute",
                "critere-gouvernance",
                "critere-ancrage",
                "critere-mise-en-commun",
                "critere-offre-diversifiee",
                "critere-offre-adaptee"
            ]
        );
    }
}
