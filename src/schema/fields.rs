//! The fields of a record: each key, in documentation order, with the
//! kind of value it takes and whether it is required. This table is the
//! one definition of the format's shape:
//! - the key lists the reader checks keys against (`unknown-key`) and
//!   `fmt` orders keys by ([`super::TOP`], [`super::ADRESSE`]...) are
//!   taken from it at compile time;
//! - `fabriques schema` turns it into a JSON Schema for editors
//!   ([`super::json`]);
//! - a test reads, for every field, a value of its kind and a value of
//!   another kind through the [`super::Reader`], so that the reader's type
//!   checks cannot drift from it.

/// What a field's value is.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Kind {
    /// A string that says something (not empty nor only spaces).
    Text,
    /// Any string, maybe empty (criteria texts, an exception's reason).
    String,
    /// A complete `http://` or `https://` address.
    Url,
    /// A code of the named vocabulary.
    Code(&'static str),
    /// An array of codes of the named vocabulary.
    Codes(&'static str),
    /// A code, or an array of codes, of the named vocabulary.
    CodeOrCodes(&'static str),
    /// An array of at least one text.
    SomeTexts,
    /// `true` or `false`.
    Bool,
    /// An integer, at least `min`.
    Integer { min: Option<i64> },
    /// Degrees, within ± the limit.
    Degrees(u16),
    /// A date without time (`2021-03-04`).
    Date,
    /// An ANCT id (`fabt-59`).
    AnctId,
    /// Amounts in euros by year (`{ 2020 = 50000 }`).
    Yearly,
    /// Keys from the named vocabulary, each an array of texts.
    Members(&'static str),
    /// A table of these fields.
    Table(&'static [Field]),
    /// An array of tables of these fields.
    Tables(&'static [Field]),
}

/// Whether a field must be written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Need {
    /// It may be absent: absent means unknown.
    Optional,
    /// It must be written.
    Required,
    /// It or the named field of the same table must be written.
    EitherOr(&'static str),
    /// Written, it needs the named field of the same table too.
    With(&'static str),
}

/// A field: its key, its kind, whether it is required.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Field {
    pub key: &'static str,
    pub kind: Kind,
    pub need: Need,
}

const fn optional(key: &'static str, kind: Kind) -> Field {
    Field {
        key,
        kind,
        need: Need::Optional,
    }
}

const fn required(key: &'static str, kind: Kind) -> Field {
    Field {
        key,
        kind,
        need: Need::Required,
    }
}

const fn needing(key: &'static str, kind: Kind, need: Need) -> Field {
    Field { key, kind, need }
}

const YEAR: Kind = Kind::Integer { min: None };

pub(crate) const IDENTIFIANTS: &[Field] = &[optional("anct", Kind::AnctId)];
pub(crate) const LABELLISATION: &[Field] = &[
    optional("annee", YEAR),
    optional("vague", Kind::Integer { min: Some(1) }),
];
pub(crate) const ADRESSE: &[Field] = &[
    optional("voie", Kind::Text),
    needing("code_postal", Kind::Text, Need::EitherOr("code_insee")),
    required("commune", Kind::Text),
    needing("code_insee", Kind::Text, Need::EitherOr("code_postal")),
    needing("latitude", Kind::Degrees(90), Need::With("longitude")),
    needing("longitude", Kind::Degrees(180), Need::With("latitude")),
    optional("precision_point", Kind::Code("precisions_point")),
];
pub(crate) const STRUCTURE: &[Field] = &[
    required("nom", Kind::Text),
    optional("forme_juridique", Kind::Code("formes_juridiques")),
    optional("creation", YEAR),
    optional("siret", Kind::Text),
];
pub(crate) const FINANCEMENT: &[Field] = &[
    optional("annuel", Kind::Yearly),
    optional("bonus_numerique", Kind::Integer { min: Some(0) }),
];
pub(crate) const CRITERES: &[Field] = &[
    optional("communaute", Kind::String),
    optional("gouvernance", Kind::String),
    optional("ancrage", Kind::String),
    optional("mise_en_commun", Kind::String),
    optional("publics", Kind::Codes("publics")),
];
pub(crate) const ACTION: &[Field] = &[
    required("categorie", Kind::CodeOrCodes("categories")),
    optional("sous_action", Kind::Text),
    optional("precision", Kind::Text),
    required("statut", Kind::Code("statuts_action")),
];
pub(crate) const LIEN: &[Field] = &[
    required("fabrique", Kind::Text),
    required("type", Kind::Code("types_lien")),
    optional("date", Kind::Date),
    optional("note", Kind::Text),
];
pub(crate) const EXCEPTION: &[Field] = &[required("regle", Kind::Text), optional("raison", Kind::String)];
pub(crate) const VALIDATION: &[Field] = &[optional("ignorer", Kind::Tables(EXCEPTION))];

/// The top of a record, in documentation order.
pub(crate) const RECORD: &[Field] = &[
    required("nom", Kind::Text),
    optional("statut", Kind::Code("statuts")),
    optional("qpv", Kind::Bool),
    optional("code_qpv", Kind::Text),
    optional("numerique", Kind::Bool),
    optional("site_web", Kind::Url),
    optional("page_movilab", Kind::Url),
    optional("video", Kind::Url),
    optional("reseaux", Kind::Codes("reseaux")),
    required("sources", Kind::SomeTexts),
    optional("description", Kind::Text),
    optional("identifiants", Kind::Table(IDENTIFIANTS)),
    optional("labellisation", Kind::Table(LABELLISATION)),
    required("adresse", Kind::Table(ADRESSE)),
    optional("structure_porteuse", Kind::Table(STRUCTURE)),
    optional("consortium", Kind::Members("consortium")),
    optional("financement", Kind::Table(FINANCEMENT)),
    optional("criteres", Kind::Table(CRITERES)),
    optional("actions", Kind::Tables(ACTION)),
    optional("liens", Kind::Tables(LIEN)),
    optional("validation", Kind::Table(VALIDATION)),
];

/// The keys of `fields`, in order (`N` is `fields.len()`).
pub(crate) const fn keys<const N: usize>(fields: &[Field]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = fields[i].key;
        i += 1;
    }
    out
}

/// Whether `kind` is a table (`tables: false`) or an array of tables.
const fn is_table(kind: Kind, tables: bool) -> bool {
    match kind {
        Kind::Table(_) | Kind::Members(_) => !tables,
        Kind::Tables(_) => tables,
        _ => false,
    }
}

/// How many `fields` are tables (or arrays of tables, with `tables`).
pub(crate) const fn count_tables(fields: &[Field], tables: bool) -> usize {
    let (mut n, mut i) = (0, 0);
    while i < fields.len() {
        if is_table(fields[i].kind, tables) {
            n += 1;
        }
        i += 1;
    }
    n
}

/// The keys of the `fields` that are tables (or arrays of tables, with
/// `tables`), in order (`N` is their number).
pub(crate) const fn table_keys<const N: usize>(fields: &[Field], tables: bool) -> [&'static str; N] {
    let mut out = [""; N];
    let (mut n, mut i) = (0, 0);
    while i < fields.len() {
        if is_table(fields[i].kind, tables) {
            out[n] = fields[i].key;
            n += 1;
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests;
