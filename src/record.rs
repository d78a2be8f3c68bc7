//! The typed record of one fabrique, as read from `data/<id>.toml`.
//!
//! Every value keeps the byte [`Span`] it came from, so that a rule can
//! point at it. A fact the record does not write is `None`: unknown, never
//! false ([`Written`] says which of the facts a source may leave out the
//! file writes, even with a value of the wrong type). Fields the schema requires are still `Option`s: a record
//! with errors is kept (commands such as `list` show it with a marker), and
//! the schema reader (`schema`) has already reported what is missing.
//! See `docs/format.md` for the meaning of each field.

use crate::diagnostic::Span;

/// A value and where it was written.
#[derive(Clone, Debug, PartialEq)]
pub struct Sp<T> {
    pub value: T,
    pub span: Span,
}

impl<T> Sp<T> {
    pub fn new(value: T, span: Span) -> Sp<T> {
        Sp { value, span }
    }
}

/// A calendar date (TOML local date).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// One fabrique.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Record {
    /// The file stem: the record's identity, never written in the file.
    pub id: String,
    pub nom: Option<Sp<String>>,
    pub statut: Option<Sp<String>>,
    pub qpv: Option<Sp<bool>>,
    pub code_qpv: Option<Sp<String>>,
    pub numerique: Option<Sp<bool>>,
    pub site_web: Option<Sp<String>>,
    pub page_movilab: Option<Sp<String>>,
    pub video: Option<Sp<String>>,
    pub reseaux: Vec<Sp<String>>,
    pub sources: Vec<Sp<String>>,
    /// The source's full text about the fabrique, when `nom` is shorter.
    pub description: Option<Sp<String>>,
    pub identifiants: Identifiants,
    pub labellisation: Labellisation,
    pub adresse: Adresse,
    pub structure_porteuse: StructurePorteuse,
    /// Members per kind (`collectivites`, `centres_sociaux`...), in file order.
    pub consortium: Vec<(Sp<String>, Vec<Sp<String>>)>,
    pub financement: Financement,
    pub criteres: Criteres,
    pub actions: Vec<Action>,
    pub liens: Vec<Lien>,
    pub ignorer: Vec<Exception>,
    /// Which of the facts a record may leave unknown it writes (whatever
    /// their value, even a wrongly typed one): absent means unknown.
    pub written: Written,
}

/// The facts a record may leave out when its sources do not give them,
/// each a bit of [`Written`]: absent means unknown, never false. In the
/// order `a-completer` lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fact {
    Qpv,
    Numerique,
    Annee,
    Structure,
    Consortium,
    PageMovilab,
    Communaute,
    Gouvernance,
    Ancrage,
    MiseEnCommun,
    Actions,
    Publics,
}

/// The set of [`Fact`]s a record writes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Written(u16);

impl Written {
    pub fn add(&mut self, fact: Fact) {
        self.0 |= 1 << fact as u16;
    }

    pub fn has(self, fact: Fact) -> bool {
        self.0 & (1 << fact as u16) != 0
    }
}

/// Identifiers of the fabrique in other registers: the next edition of a
/// list updates its records instead of duplicating them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Identifiants {
    pub span: Option<Span>,
    /// The ANCT's id in its list of the Fabriques de Territoire (`fabt-59`).
    pub anct: Option<Sp<String>>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Labellisation {
    /// Span of the `[labellisation]` header, for problems about the table.
    pub span: Option<Span>,
    pub annee: Option<Sp<i64>>,
    pub vague: Option<Sp<i64>>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Adresse {
    pub span: Option<Span>,
    pub voie: Option<Sp<String>>,
    pub code_postal: Option<Sp<String>>,
    pub commune: Option<Sp<String>>,
    pub code_insee: Option<Sp<String>>,
    pub latitude: Option<Sp<f64>>,
    pub longitude: Option<Sp<f64>>,
    /// Where the point comes from (vocabulary `precisions_point`): absent
    /// or `adresse`, the fabrique's address; `commune`, only the commune's
    /// centre.
    pub precision_point: Option<Sp<String>>,
}

/// The `precision_point` of a point that is only its commune's centre.
pub const POINT_COMMUNE: &str = "commune";

impl Adresse {
    /// True when the record says its point is only the commune's centre
    /// (maps and exports never present it as the address).
    pub fn point_is_commune_centre(&self) -> bool {
        self.precision_point.as_ref().is_some_and(|p| p.value == POINT_COMMUNE)
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct StructurePorteuse {
    pub span: Option<Span>,
    pub nom: Option<Sp<String>>,
    pub forme_juridique: Option<Sp<String>>,
    pub creation: Option<Sp<i64>>,
    pub siret: Option<Sp<String>>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Financement {
    pub span: Option<Span>,
    /// (year, euros) in file order.
    pub annuel: Vec<(Sp<i64>, Sp<i64>)>,
    pub bonus_numerique: Option<Sp<i64>>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Criteres {
    pub span: Option<Span>,
    pub communaute: Option<Sp<String>>,
    pub gouvernance: Option<Sp<String>>,
    pub ancrage: Option<Sp<String>>,
    pub mise_en_commun: Option<Sp<String>>,
    pub publics: Vec<Sp<String>>,
}

/// One line of the « Entrée par action ».
#[derive(Clone, Debug, PartialEq)]
pub struct Action {
    pub span: Span,
    /// One or more category codes (a string or an array in the file).
    pub categories: Vec<Sp<String>>,
    pub sous_action: Option<Sp<String>>,
    pub precision: Option<Sp<String>>,
    pub statut: Option<Sp<String>>,
}

/// A visit or contribution to another fabrique.
#[derive(Clone, Debug, PartialEq)]
pub struct Lien {
    pub span: Span,
    pub fabrique: Option<Sp<String>>,
    pub type_: Option<Sp<String>>,
    pub date: Option<Sp<Date>>,
    pub note: Option<Sp<String>>,
}

/// An acknowledged exception: `[validation] ignorer = [{ regle, raison }]`.
#[derive(Clone, Debug, PartialEq)]
pub struct Exception {
    pub span: Span,
    pub regle: Option<Sp<String>>,
    pub raison: Option<Sp<String>>,
}

impl Record {
    /// True when the fabrique is labelled « Fabrique numérique de territoire »
    /// (an absent `numerique` means the source did not say: not numérique).
    pub fn is_numerique(&self) -> bool {
        self.numerique.as_ref().is_some_and(|n| n.value)
    }

    /// True when the place has closed (`statut = "fermee"`): the map and
    /// the médiation numérique export leave it out unless asked.
    pub fn is_closed(&self) -> bool {
        self.statut.as_ref().is_some_and(|s| s.value == "fermee")
    }

    pub fn nom(&self) -> &str {
        self.nom.as_ref().map_or(self.id.as_str(), |n| n.value.as_str())
    }

    pub fn commune(&self) -> Option<&str> {
        self.adresse.commune.as_ref().map(|c| c.value.as_str())
    }
}

/// True when `s` is a valid record id: `[a-z0-9]+(-[a-z0-9]+)*`.
pub fn is_valid_id(s: &str) -> bool {
    !s.is_empty()
        && s.split('-')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// The id a name or file stem would have: accents stripped, lowercase,
/// runs of other characters turned into single hyphens.
pub fn slugify(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // Character by character, without a transliterated copy: every record
    // is slugified for `duplicate-name`, on 100,000 records at a time.
    let mut push = |c: char| {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    };
    for c in s.chars() {
        if c.is_ascii() {
            push(c);
        } else {
            deunicode::deunicode_char(c)
                .unwrap_or("[?]")
                .chars()
                .for_each(&mut push);
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_lowercase_ascii_slugs() {
        for ok in ["lab01", "la-dynamo", "a", "x-1-2"] {
            assert!(is_valid_id(ok), "{ok}");
        }
        for bad in ["", "La-Dynamo", "la_dynamo", "-a", "a-", "a--b", "ambérieu", "a b"] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }

    /// The definition: the whole text transliterated, then lowercased,
    /// then reduced.
    fn slugify_by_definition(s: &str) -> String {
        let ascii = deunicode::deunicode(s).to_lowercase();
        let mut out = String::new();
        for c in ascii.chars() {
            if c.is_ascii_alphanumeric() {
                out.push(c);
            } else if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        }
        while out.ends_with('-') {
            out.pop();
        }
        out
    }

    #[test]
    fn slugify_agrees_with_its_definition() {
        use proptest::prelude::*;
        proptest!(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() }, |(s in "\\PC{0,40}")| {
            prop_assert_eq!(slugify(&s), slugify_by_definition(&s));
        });
        for s in [
            "Œuvre -- Été",
            "ÉCOLE Ærø",
            "İstanbul",
            "日本語 fabrique",
            "ß ﬁ Ⅻ",
            "\u{1F600} lieu",
        ] {
            assert_eq!(slugify(s), slugify_by_definition(s), "{s}");
        }
    }

    #[test]
    fn slugify_strips_accents_and_punctuation() {
        assert_eq!(slugify("La Dynamo"), "la-dynamo");
        assert_eq!(
            slugify("Fabrique d'Ambérieu-en-Bugey !"),
            "fabrique-d-amberieu-en-bugey"
        );
        assert_eq!(slugify("LAB01"), "lab01");
        assert!(is_valid_id(&slugify("  Œuvre -- Été ")));
    }
}
