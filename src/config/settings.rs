//! Reading `fabriques.toml`: its sections walked by hand on the parsed,
//! spanned TOML tree, so that every mistake is told in the user's language
//! with its line and column, and a misspelt section, rule, vocabulary or
//! key comes with the closest name (serde's `unknown field`, `invalid type`
//! and the parser's own words are English).
//!
//! The file has four sections: `[regles]` (a rule's name → its severity,
//! written in French or English, with or without accents, in any case),
//! `[vocabulaire.NOM]` (a code → `{ libelle, definition }`),
//! `[reseaux.CODE]` (`nom`, `site`, `description`) and `[site]` (how
//! `fabriques site` presents the register: see `config::site`).

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use super::site::{self as site_settings, Forge, SiteSettings};
use super::Settings;
use crate::diagnostic::{LineIndex, Severity, Span};
use crate::messages::ui::settings as t;
use crate::messages::{fill, quoted_list, toml_parser, ui, Lang, Text};
use crate::rules::{self, Severities};
use crate::suggest::closest;
use crate::vocab::{self, LocalEntry, Vocabularies};

type Value<'i> = Spanned<DeValue<'i>>;

/// The sections of the file.
const SECTIONS: &[&str] = &["regles", "vocabulaire", "reseaux", "site"];
/// The keys of a vocabulary entry.
const ENTRY: &[&str] = &["libelle", "definition"];
/// The keys of a network.
const NETWORK: &[&str] = &["nom", "site", "description"];

/// A mistake in the file: where, and what (in the user's language).
#[derive(Debug)]
pub(super) struct Mistake {
    pub span: Option<Span>,
    pub message: String,
}

impl Mistake {
    /// `file:line:col` (or the file alone) and the message.
    pub fn located(&self, text: &str, file: &str, lang: Lang) -> String {
        let at = match self.span {
            Some(span) => {
                let p = LineIndex::new(text).position(span.start);
                format!("{file}:{}:{}", p.line, p.column)
            }
            None => file.to_string(),
        };
        fill(
            ui::SETTINGS_INVALID.get(lang),
            &[(
                "fichier",
                format!("{at}{}: {}", crate::messages::before_colon(lang), self.message),
            )],
        )
    }
}

type Read<T> = Result<T, Mistake>;

fn mistake(span: Span, message: String) -> Mistake {
    Mistake {
        span: Some(span),
        message,
    }
}

fn say(lang: Lang, text: &Text, args: &[(&str, String)]) -> String {
    fill(text.get(lang), args)
}

/// « clé inconnue « x » ; vouliez-vous dire « y » ? ; possibles : ... »
fn unknown(lang: Lang, text: &Text, name: &str, known: &[&str]) -> String {
    let mut m = say(lang, text, &[("nom", name.to_string())]);
    if let Some(best) = closest(name, known.iter().copied(), 1).first() {
        m.push_str(ui::LIST_SEPARATOR.get(lang));
        m.push_str(&say(lang, &ui::DID_YOU_MEAN, &[("suggestion", best.to_string())]));
    }
    m.push_str(ui::LIST_SEPARATOR.get(lang));
    m.push_str(&say(lang, &t::POSSIBLE, &[("noms", quoted_list(lang, known))]));
    m
}

/// Reads settings text.
pub(super) fn read(text: &str, lang: Lang) -> Read<Settings> {
    let doc = DeTable::parse(text).map_err(|e| Mistake {
        span: e.span().map(Span::new),
        message: toml_parser::describe(e.message()).render(lang),
    })?;
    let mut severities = Severities::default();
    let mut additions = Vec::new();
    let mut site_section = SiteSettings::default();
    for (k, v) in doc.get_ref() {
        let key = k.get_ref().as_ref();
        let at = Span::new(k.span());
        match key {
            "regles" => regles(table(v, at, key, lang)?, &mut severities, lang)?,
            "vocabulaire" => vocabulaire(table(v, at, key, lang)?, &mut additions, lang)?,
            "reseaux" => reseaux(table(v, at, key, lang)?, &mut additions, lang)?,
            "site" => site_section = site(table(v, at, key, lang)?, lang)?,
            _ => return Err(mistake(at, unknown(lang, &t::UNKNOWN_SECTION, key, SECTIONS))),
        }
    }
    Ok(Settings {
        path: None,
        severities,
        vocab: Vocabularies::new(&additions),
        site: site_section,
    })
}

/// The value `v` of `name` (written at `at`) as a table.
fn table<'a, 'i>(v: &'a Value<'i>, at: Span, name: &str, lang: Lang) -> Read<&'a DeTable<'i>> {
    match v.get_ref() {
        DeValue::Table(t) => Ok(t),
        _ => Err(mistake(at, say(lang, &t::NOT_A_TABLE, &[("nom", name.to_string())]))),
    }
}

/// The value `v` of `name` as a string.
fn string(v: &Value<'_>, name: &str, lang: Lang) -> Read<String> {
    match v.get_ref() {
        DeValue::String(s) => Ok(s.to_string()),
        _ => Err(mistake(
            Span::new(v.span()),
            say(lang, &t::NOT_A_STRING, &[("nom", name.to_string())]),
        )),
    }
}

fn regles(t: &DeTable<'_>, severities: &mut Severities, lang: Lang) -> Read<()> {
    for (k, v) in t {
        let rule = k.get_ref().as_ref();
        let Some(found) = rules::find(rule) else {
            let mut m = ui::settings_unknown_rule(lang, rule, closest(rule, rules::names(), 1).first().copied());
            m.push_str(ui::LIST_SEPARATOR.get(lang));
            m.push_str(&say(lang, &t::SEE_RULES, &[]));
            return Err(mistake(Span::new(k.span()), m));
        };
        let level = string(v, rule, lang)?;
        let severity = Severity::parse(&level)
            .ok_or_else(|| mistake(Span::new(v.span()), ui::settings_bad_severity(lang, rule, &level)))?;
        severities.set(found.id, severity);
    }
    Ok(())
}

fn vocabulaire(t: &DeTable<'_>, additions: &mut Vec<LocalEntry>, lang: Lang) -> Read<()> {
    for (k, v) in t {
        let name = k.get_ref().as_ref();
        let at = Span::new(k.span());
        if name == "reseaux" {
            return Err(mistake(at, ui::settings_networks_elsewhere(lang)));
        }
        if vocab::CLOSED.contains(&name) {
            return Err(mistake(at, ui::settings_closed_vocabulary(lang, name)));
        }
        if !vocab::NAMES.contains(&name) {
            return Err(mistake(at, unknown(lang, &t::UNKNOWN_VOCABULARY, name, vocab::NAMES)));
        }
        for (code, entry) in table(v, at, name, lang)? {
            let c = code.get_ref().as_ref();
            let at = Span::new(code.span());
            if !vocab::is_valid_code(c) {
                return Err(mistake(at, ui::settings_bad_code(lang, c)));
            }
            let fields = fields(table(entry, at, c, lang)?, ENTRY, at, "libelle", lang)?;
            additions.push(LocalEntry {
                vocabulary: name.to_string(),
                code: c.to_string(),
                libelle: fields[0].clone().unwrap_or_default(),
                definition: fields[1].clone().unwrap_or_default(),
            });
        }
    }
    Ok(())
}

fn reseaux(t: &DeTable<'_>, additions: &mut Vec<LocalEntry>, lang: Lang) -> Read<()> {
    for (code, v) in t {
        let c = code.get_ref().as_ref();
        let at = Span::new(code.span());
        if !vocab::is_valid_code(c) {
            return Err(mistake(at, ui::settings_bad_code(lang, c)));
        }
        let f = fields(table(v, at, c, lang)?, NETWORK, at, "nom", lang)?;
        let definition = match (&f[2], &f[1]) {
            (Some(d), Some(s)) => format!("{d} ({s})"),
            (Some(d), None) => d.clone(),
            (None, Some(s)) => s.clone(),
            (None, None) => String::new(),
        };
        additions.push(LocalEntry {
            vocabulary: "reseaux".into(),
            code: c.to_string(),
            libelle: f[0].clone().unwrap_or_default(),
            definition,
        });
    }
    Ok(())
}

/// The `[site]` section: strings but `tuiles_osm` (a boolean); the
/// repository a web address, the forge a known one.
fn site(t: &DeTable<'_>, lang: Lang) -> Read<SiteSettings> {
    let mut out = SiteSettings::default();
    for (k, v) in t {
        let key = k.get_ref().as_ref();
        let at = Span::new(v.span());
        let text = |v: &Value<'_>| -> Read<String> {
            let s = string(v, key, lang)?;
            if s.trim().is_empty() {
                return Err(mistake(at, say(lang, &t::EMPTY_VALUE, &[("nom", key.to_string())])));
            }
            Ok(s)
        };
        match key {
            "titre" => out.titre = Some(text(v)?),
            "depot" => {
                let url = text(v)?;
                out.depot = Some(site_settings::check_depot(&url, lang).map_err(|e| mistake(at, e.to_string()))?);
            }
            "branche" => out.branche = Some(text(v)?),
            "forge" => {
                let name = text(v)?;
                let forge = Forge::parse(&name)
                    .ok_or_else(|| mistake(at, unknown(lang, &t::UNKNOWN_FORGE_NAME, &name, Forge::NAMES)))?;
                out.forge = Some(forge);
            }
            "tuiles_osm" => match v.get_ref() {
                DeValue::Boolean(b) => out.tuiles_osm = Some(*b),
                _ => return Err(mistake(at, say(lang, &t::NOT_A_BOOLEAN, &[("nom", key.to_string())]))),
            },
            _ => {
                return Err(mistake(
                    Span::new(k.span()),
                    unknown(lang, &t::UNKNOWN_KEY, key, site_settings::KEYS),
                ))
            }
        }
    }
    // A repository on a host that names no forge needs `forge`: said here,
    // where it is written, rather than when the site is built.
    if let Some(depot) = &out.depot {
        if let Err(e) = site_settings::forge_of(depot, out.forge, lang) {
            let at = t
                .iter()
                .find(|(k, _)| k.get_ref().as_ref() == "depot")
                .map(|(_, v)| Span::new(v.span()));
            return Err(Mistake {
                span: at,
                message: e.to_string(),
            });
        }
    }
    Ok(out)
}

/// The string fields `keys` of `t` (in that order), `required` among them;
/// `at` is where the table is named.
fn fields(t: &DeTable<'_>, keys: &[&str], at: Span, required: &str, lang: Lang) -> Read<Vec<Option<String>>> {
    let mut out = vec![None; keys.len()];
    for (k, v) in t {
        let key = k.get_ref().as_ref();
        let Some(i) = keys.iter().position(|x| *x == key) else {
            return Err(mistake(Span::new(k.span()), unknown(lang, &t::UNKNOWN_KEY, key, keys)));
        };
        out[i] = Some(string(v, key, lang)?);
    }
    if let Some(i) = keys.iter().position(|k| *k == required) {
        if out[i].is_none() {
            return Err(mistake(
                at,
                say(lang, &t::MISSING_KEY, &[("nom", required.to_string())]),
            ));
        }
    }
    Ok(out)
}
