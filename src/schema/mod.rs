//! The record format: reads a parsed TOML document into a typed [`Record`].
//!
//! The `toml` crate parses a file into a spanned tree (`DeTable`); this
//! module walks that tree once, field by field, building the typed record
//! and reporting — all of them, not only the first — unknown keys, missing
//! fields, wrong types, codes outside their vocabulary, malformed URLs and
//! impossible values. Later rules work on the typed record only. The field
//! list here is the reference documented in `docs/format.md`. Required are
//! only what every list of fabriques gives (`nom`, `sources`, the commune
//! with its postal or INSEE code) and the keys a written table needs:
//! everything else may be absent, which means unknown.

mod examples;
pub(crate) mod fields;
pub(crate) mod json;
mod values;

use examples::example;

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use crate::diagnostic::Span;
use crate::messages::rules::invalid_value as iv;
use crate::messages::{ui, Message, Text};
use crate::record::{
    Action, Adresse, Criteres, Date, Exception, Fact, Financement, Identifiants, Labellisation, Lien, Record, Sp,
    StructurePorteuse,
};
use crate::rules::{
    control_character, invalid_url, invalid_value, missing_field, unknown_code, unknown_key, wrong_type, Sink,
};
use crate::vocab::Vocabularies;

type Value<'i> = Spanned<DeValue<'i>>;

/// Keys of each table, in documentation order: those of the field table
/// ([`fields`]), the one definition of the format.
pub const TOP: &[&str] = &fields::keys::<{ fields::RECORD.len() }>(fields::RECORD);
/// The top-level keys that are tables (`[adresse]`) and arrays of tables
/// (`[[actions]]`), in documentation order.
pub const TABLES: &[&str] =
    &fields::table_keys::<{ fields::count_tables(fields::RECORD, false) }>(fields::RECORD, false);
pub const ARRAYS_OF_TABLES: &[&str] =
    &fields::table_keys::<{ fields::count_tables(fields::RECORD, true) }>(fields::RECORD, true);
pub const LABELLISATION: &[&str] = &fields::keys::<{ fields::LABELLISATION.len() }>(fields::LABELLISATION);
pub const IDENTIFIANTS: &[&str] = &fields::keys::<{ fields::IDENTIFIANTS.len() }>(fields::IDENTIFIANTS);
pub const ADRESSE: &[&str] = &fields::keys::<{ fields::ADRESSE.len() }>(fields::ADRESSE);
pub const STRUCTURE: &[&str] = &fields::keys::<{ fields::STRUCTURE.len() }>(fields::STRUCTURE);
pub const FINANCEMENT: &[&str] = &fields::keys::<{ fields::FINANCEMENT.len() }>(fields::FINANCEMENT);
pub const CRITERES: &[&str] = &fields::keys::<{ fields::CRITERES.len() }>(fields::CRITERES);
pub const ACTION: &[&str] = &fields::keys::<{ fields::ACTION.len() }>(fields::ACTION);
pub const LIEN: &[&str] = &fields::keys::<{ fields::LIEN.len() }>(fields::LIEN);
pub const VALIDATION: &[&str] = &fields::keys::<{ fields::VALIDATION.len() }>(fields::VALIDATION);
pub const EXCEPTION: &[&str] = &fields::keys::<{ fields::EXCEPTION.len() }>(fields::EXCEPTION);

/// The sub-tables whose keys a contributor may write at the wrong level.
const SUB_TABLES: &[(&str, &[&str])] = &[
    ("identifiants", IDENTIFIANTS),
    ("labellisation", LABELLISATION),
    ("adresse", ADRESSE),
    ("structure_porteuse", STRUCTURE),
    ("financement", FINANCEMENT),
    ("criteres", CRITERES),
];

/// True for an ANCT id of a Fabrique de Territoire: `fabt-` and a number
/// (`fabt-59`), as the ANCT's list writes them.
pub fn is_anct_id(s: &str) -> bool {
    s.strip_prefix("fabt-")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// The last segment of a dotted path: the key as written in its table.
fn leaf(path: &str) -> &str {
    path.rsplit('.').next().unwrap_or(path)
}

/// The catalogue name of a TOML value's type.
fn type_of(v: &DeValue<'_>) -> &'static Text {
    match v {
        DeValue::String(_) => &ui::TYPE_STRING,
        DeValue::Integer(_) => &ui::TYPE_INTEGER,
        DeValue::Float(_) => &ui::TYPE_FLOAT,
        DeValue::Boolean(_) => &ui::TYPE_BOOL,
        DeValue::Datetime(_) => &ui::TYPE_DATE,
        DeValue::Array(_) => &ui::TYPE_ARRAY,
        DeValue::Table(_) => &ui::TYPE_TABLE,
    }
}

/// The value as written, for help texts that rewrite it.
fn raw(v: &DeValue<'_>) -> String {
    match v {
        DeValue::String(s) => s.to_string(),
        DeValue::Integer(i) => i.as_str().to_string(),
        DeValue::Float(f) => f.as_str().to_string(),
        DeValue::Boolean(b) => b.to_string(),
        DeValue::Datetime(d) => d.to_string(),
        DeValue::Array(_) | DeValue::Table(_) => String::new(),
    }
}

/// Reads records, reporting into a [`Sink`].
pub(crate) struct Reader<'a> {
    vocab: &'a Vocabularies,
    sink: &'a mut Sink,
    /// Reading the items of an array: a help line rewrites the item inside
    /// its array (`centres_sociaux = ["42"]`), not as the whole value.
    in_array: bool,
    /// The value of the top-level key being read: for a `[section]`
    /// header, the header alone (its keys come after it); for an inline
    /// table, the whole `{ ... }`. A top-level key found after a header
    /// was written below it by mistake (see `values::unknown`).
    section: Span,
}

impl<'a> Reader<'a> {
    pub fn new(vocab: &'a Vocabularies, sink: &'a mut Sink) -> Reader<'a> {
        Reader {
            vocab,
            sink,
            in_array: false,
            section: Span::default(),
        }
    }
}

impl Reader<'_> {
    /// Reads the document of record `id`.
    pub fn record(&mut self, id: &str, doc: &Spanned<DeTable<'_>>) -> Record {
        let mut r = Record {
            id: id.to_string(),
            ..Record::default()
        };
        let mut seen_adresse = false;
        for (k, v) in doc.get_ref().iter() {
            let key = k.get_ref().as_ref();
            self.section = Span::new(v.span());
            match key {
                "nom" => r.nom = self.text(v, "nom"),
                "statut" => r.statut = self.code(v, "statut", "statuts"),
                "qpv" => {
                    r.written.add(Fact::Qpv);
                    r.qpv = self.boolean(v, "qpv");
                }
                "code_qpv" => r.code_qpv = self.text(v, "code_qpv"),
                "numerique" => {
                    r.written.add(Fact::Numerique);
                    r.numerique = self.boolean(v, "numerique");
                }
                "site_web" => r.site_web = self.url(v, "site_web"),
                "page_movilab" => {
                    r.written.add(Fact::PageMovilab);
                    r.page_movilab = self.url(v, "page_movilab");
                }
                "description" => r.description = self.text(v, "description"),
                "identifiants" => {
                    if let Some(t) = self.table(v, "identifiants") {
                        r.identifiants = self.identifiants(t, Span::new(v.span()));
                    }
                }
                "video" => r.video = self.url(v, "video"),
                "reseaux" => r.reseaux = self.codes(v, "reseaux", "reseaux"),
                "sources" => {
                    r.sources = self.texts(v, "sources");
                    if r.sources.is_empty() && v.get_ref().is_array() {
                        invalid_value::report(
                            self.sink,
                            Span::new(v.span()),
                            "sources",
                            &iv::NO_SOURCE,
                            Some(self.example_help("sources")),
                        );
                    }
                }
                "labellisation" => {
                    if let Some(t) = self.table(v, "labellisation") {
                        r.labellisation = self.labellisation(t, Span::new(v.span()));
                        if t.iter().any(|(k, _)| k.get_ref() == "annee") {
                            r.written.add(Fact::Annee);
                        }
                    }
                }
                "adresse" => {
                    seen_adresse = true;
                    if let Some(t) = self.table(v, "adresse") {
                        r.adresse = self.adresse(t, Span::new(v.span()));
                    }
                }
                "structure_porteuse" => {
                    r.written.add(Fact::Structure);
                    if let Some(t) = self.table(v, "structure_porteuse") {
                        r.structure_porteuse = self.structure(t, Span::new(v.span()));
                    }
                }
                "consortium" => {
                    // An empty `[consortium]` (a template's) says nothing.
                    if v.get_ref().as_table().is_none_or(|t| !t.is_empty()) {
                        r.written.add(Fact::Consortium);
                    }
                    if let Some(t) = self.table(v, "consortium") {
                        r.consortium = self.consortium(t);
                    }
                }
                "financement" => {
                    if let Some(t) = self.table(v, "financement") {
                        r.financement = self.financement(t, Span::new(v.span()));
                    }
                }
                "criteres" => {
                    if let Some(t) = self.table(v, "criteres") {
                        r.criteres = self.criteres(t, Span::new(v.span()));
                        for (key, fact) in [
                            ("communaute", Fact::Communaute),
                            ("gouvernance", Fact::Gouvernance),
                            ("ancrage", Fact::Ancrage),
                            ("mise_en_commun", Fact::MiseEnCommun),
                            ("publics", Fact::Publics),
                        ] {
                            if t.iter().any(|(k, _)| k.get_ref() == key) {
                                r.written.add(fact);
                            }
                        }
                    }
                }
                "actions" => {
                    r.written.add(Fact::Actions);
                    for (t, span) in self.tables(v, "actions") {
                        r.actions.push(self.action(t, span));
                    }
                }
                "liens" => {
                    for (t, span) in self.tables(v, "liens") {
                        r.liens.push(self.lien(t, span));
                    }
                }
                "validation" => {
                    if let Some(t) = self.table(v, "validation") {
                        r.ignorer = self.validation(t);
                    }
                }
                _ => {
                    let home = SUB_TABLES.iter().find(|(_, keys)| keys.contains(&key)).map(|(t, _)| *t);
                    unknown_key::report(self.sink, Span::new(k.span()), key, key, TOP, home);
                }
            }
        }
        // What a source may not say (QPV, numérique, labelling, structure,
        // criteria...) may be left out: absent means unknown. A record
        // needs a name, its sources and where it is.
        let has = |key: &str| doc.get_ref().iter().any(|(k, _)| k.get_ref() == key);
        for (required, seen) in [
            ("nom", has("nom")),
            ("sources", has("sources")),
            ("adresse", seen_adresse),
        ] {
            if !seen {
                self.missing(Span::FILE, required, None);
            }
        }
        r
    }

    fn identifiants(&mut self, t: &DeTable<'_>, span: Span) -> Identifiants {
        let mut ids = Identifiants {
            span: Some(span),
            ..Default::default()
        };
        for (k, v) in t.iter() {
            match k.get_ref().as_ref() {
                "anct" => {
                    ids.anct = self.text(v, "identifiants.anct");
                    if let Some(anct) = ids.anct.as_ref().filter(|a| !is_anct_id(&a.value)) {
                        invalid_value::report(
                            self.sink,
                            anct.span,
                            "identifiants.anct",
                            &iv::NOT_ANCT_ID,
                            Some(self.example_help("identifiants.anct")),
                        );
                    }
                }
                other => self.unknown(k, "identifiants", other, IDENTIFIANTS),
            }
        }
        ids
    }

    fn labellisation(&mut self, t: &DeTable<'_>, span: Span) -> Labellisation {
        let mut l = Labellisation {
            span: Some(span),
            ..Default::default()
        };
        for (k, v) in t.iter() {
            match k.get_ref().as_ref() {
                "annee" => l.annee = self.integer(v, "labellisation.annee"),
                "vague" => {
                    l.vague = self.integer(v, "labellisation.vague");
                    if let Some(vague) = &l.vague {
                        if vague.value < 1 {
                            invalid_value::report(
                                self.sink,
                                vague.span,
                                "labellisation.vague",
                                &iv::NOT_POSITIVE,
                                None,
                            );
                        }
                    }
                }
                other => self.unknown(k, "labellisation", other, LABELLISATION),
            }
        }
        l
    }

    fn adresse(&mut self, t: &DeTable<'_>, span: Span) -> Adresse {
        let mut a = Adresse {
            span: Some(span),
            ..Default::default()
        };
        let (mut cp_seen, mut insee_seen, mut commune_seen) = (false, false, false);
        for (k, v) in t.iter() {
            match k.get_ref().as_ref() {
                "voie" => a.voie = self.text(v, "adresse.voie"),
                "code_postal" => {
                    cp_seen = true;
                    a.code_postal = self.text(v, "adresse.code_postal");
                }
                "commune" => {
                    commune_seen = true;
                    a.commune = self.text(v, "adresse.commune");
                }
                "code_insee" => {
                    insee_seen = true;
                    a.code_insee = self.text(v, "adresse.code_insee");
                }
                "latitude" => a.latitude = self.coordinate(v, "adresse.latitude", 90.0),
                "longitude" => a.longitude = self.coordinate(v, "adresse.longitude", 180.0),
                "precision_point" => a.precision_point = self.code(v, "adresse.precision_point", "precisions_point"),
                other => self.unknown(k, "adresse", other, ADRESSE),
            }
        }
        // The INSEE code is the official key of a commune; the postal code
        // is given when the commune has only one, or when the source says.
        if !cp_seen && !insee_seen {
            missing_field::report_one_of(
                self.sink,
                span,
                &["adresse.code_postal", "adresse.code_insee"],
                "[adresse]",
                example("adresse.code_postal|adresse.code_insee"),
            );
        }
        if !commune_seen {
            self.missing(span, "adresse.commune", Some("[adresse]"));
        }
        match (&a.latitude, &a.longitude) {
            (Some(_), None) if !t.iter().any(|(k, _)| k.get_ref() == "longitude") => {
                self.missing(span, "adresse.longitude", Some("[adresse]"))
            }
            (None, Some(_)) if !t.iter().any(|(k, _)| k.get_ref() == "latitude") => {
                self.missing(span, "adresse.latitude", Some("[adresse]"))
            }
            _ => {}
        }
        a
    }

    fn structure(&mut self, t: &DeTable<'_>, span: Span) -> StructurePorteuse {
        let mut s = StructurePorteuse {
            span: Some(span),
            ..Default::default()
        };
        let mut nom_seen = false;
        for (k, v) in t.iter() {
            match k.get_ref().as_ref() {
                "nom" => {
                    nom_seen = true;
                    s.nom = self.text(v, "structure_porteuse.nom");
                }
                "forme_juridique" => {
                    s.forme_juridique = self.code(v, "structure_porteuse.forme_juridique", "formes_juridiques")
                }
                "creation" => s.creation = self.integer(v, "structure_porteuse.creation"),
                "siret" => s.siret = self.text(v, "structure_porteuse.siret"),
                other => self.unknown(k, "structure_porteuse", other, STRUCTURE),
            }
        }
        if !nom_seen {
            self.missing(span, "structure_porteuse.nom", Some("[structure_porteuse]"));
        }
        s
    }

    fn consortium(&mut self, t: &DeTable<'_>) -> Vec<(Sp<String>, Vec<Sp<String>>)> {
        let kinds = self.vocab.get("consortium");
        let allowed = kinds.codes();
        let mut out = Vec::new();
        for (k, v) in t.iter() {
            let key = k.get_ref().as_ref();
            if !kinds.contains(key) {
                self.unknown(k, "consortium", key, &allowed);
                continue;
            }
            let path = format!("consortium.{key}");
            let members = self.texts(v, &path);
            out.push((Sp::new(key.to_string(), Span::new(k.span())), members));
        }
        out
    }

    fn financement(&mut self, t: &DeTable<'_>, span: Span) -> Financement {
        let mut f = Financement {
            span: Some(span),
            ..Default::default()
        };
        for (k, v) in t.iter() {
            match k.get_ref().as_ref() {
                "annuel" => {
                    let Some(years) = self.table(v, "financement.annuel") else {
                        continue;
                    };
                    for (year, amount) in years.iter() {
                        let ytext = year.get_ref().as_ref();
                        let yspan = Span::new(year.span());
                        let y = match ytext.parse::<i64>() {
                            Ok(y) if ytext.len() == 4 => Some(Sp::new(y, yspan)),
                            _ => {
                                invalid_value::report(
                                    self.sink,
                                    yspan,
                                    "financement.annuel",
                                    &iv::NOT_A_YEAR,
                                    Some(self.example_help("financement.annuel")),
                                );
                                None
                            }
                        };
                        let a = self.amount(amount, "financement.annuel");
                        if let (Some(y), Some(a)) = (y, a) {
                            f.annuel.push((y, a));
                        }
                    }
                }
                "bonus_numerique" => f.bonus_numerique = self.amount(v, "financement.bonus_numerique"),
                other => self.unknown(k, "financement", other, FINANCEMENT),
            }
        }
        f
    }

    fn criteres(&mut self, t: &DeTable<'_>, span: Span) -> Criteres {
        let mut c = Criteres {
            span: Some(span),
            ..Default::default()
        };
        for (k, v) in t.iter() {
            // Criteria texts may be empty here: the criteria rules judge them.
            match k.get_ref().as_ref() {
                "communaute" => c.communaute = self.string(v, "criteres.communaute"),
                "gouvernance" => c.gouvernance = self.string(v, "criteres.gouvernance"),
                "ancrage" => c.ancrage = self.string(v, "criteres.ancrage"),
                "mise_en_commun" => c.mise_en_commun = self.string(v, "criteres.mise_en_commun"),
                "publics" => c.publics = self.codes(v, "criteres.publics", "publics"),
                other => self.unknown(k, "criteres", other, CRITERES),
            }
        }
        c
    }

    fn action(&mut self, t: &DeTable<'_>, span: Span) -> Action {
        let mut a = Action {
            span,
            categories: Vec::new(),
            sous_action: None,
            precision: None,
            statut: None,
        };
        let (mut cat_seen, mut statut_seen) = (false, false);
        for (k, v) in t.iter() {
            match k.get_ref().as_ref() {
                "categorie" => {
                    cat_seen = true;
                    a.categories = if v.get_ref().is_array() {
                        self.codes(v, "actions.categorie", "categories")
                    } else if v.get_ref().is_str() {
                        self.code(v, "actions.categorie", "categories").into_iter().collect()
                    } else {
                        self.wrong(v, "actions.categorie", &ui::TYPE_STRING_OR_ARRAY);
                        Vec::new()
                    };
                }
                "sous_action" => a.sous_action = self.text(v, "actions.sous_action"),
                "precision" => a.precision = self.text(v, "actions.precision"),
                "statut" => {
                    statut_seen = true;
                    a.statut = self.code(v, "actions.statut", "statuts_action");
                }
                other => self.unknown(k, "actions", other, ACTION),
            }
        }
        if !cat_seen {
            self.missing(span, "actions.categorie", Some("[[actions]]"));
        }
        if !statut_seen {
            self.missing(span, "actions.statut", Some("[[actions]]"));
        }
        if a.categories.iter().any(|c| c.value == "autre") && a.precision.is_none() {
            self.missing(span, "actions.precision", Some("[[actions]]"));
        }
        a
    }

    fn lien(&mut self, t: &DeTable<'_>, span: Span) -> Lien {
        let mut l = Lien {
            span,
            fabrique: None,
            type_: None,
            date: None,
            note: None,
        };
        let (mut fab_seen, mut type_seen) = (false, false);
        for (k, v) in t.iter() {
            match k.get_ref().as_ref() {
                "fabrique" => {
                    fab_seen = true;
                    l.fabrique = self.text(v, "liens.fabrique");
                }
                "type" => {
                    type_seen = true;
                    l.type_ = self.code(v, "liens.type", "types_lien");
                }
                "date" => l.date = self.date(v, "liens.date"),
                "note" => l.note = self.text(v, "liens.note"),
                other => self.unknown(k, "liens", other, LIEN),
            }
        }
        if !fab_seen {
            self.missing(span, "liens.fabrique", Some("[[liens]]"));
        }
        if !type_seen {
            self.missing(span, "liens.type", Some("[[liens]]"));
        }
        l
    }

    fn validation(&mut self, t: &DeTable<'_>) -> Vec<Exception> {
        let mut out = Vec::new();
        for (k, v) in t.iter() {
            match k.get_ref().as_ref() {
                "ignorer" => {
                    for (e, span) in self.tables(v, "validation.ignorer") {
                        let mut x = Exception {
                            span,
                            regle: None,
                            raison: None,
                        };
                        for (k, v) in e.iter() {
                            match k.get_ref().as_ref() {
                                "regle" => x.regle = self.text(v, "validation.ignorer.regle"),
                                "raison" => x.raison = self.string(v, "validation.ignorer.raison"),
                                other => self.unknown(k, "validation.ignorer", other, EXCEPTION),
                            }
                        }
                        if x.regle.is_none() && !e.iter().any(|(k, _)| k.get_ref() == "regle") {
                            self.missing(span, "validation.ignorer.regle", Some("[validation]"));
                        }
                        out.push(x);
                    }
                }
                other => self.unknown(k, "validation", other, VALIDATION),
            }
        }
        out
    }
}
