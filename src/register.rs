//! The register as the query commands see it (`list`, `show`, `criteres`,
//! `export`, `stats`): every record, with what is derived from it — its
//! current commune, hence département and région — and how many errors
//! `validate` would report on it alone.
//!
//! A record with errors is kept (it is shown with a marker); a file that
//! does not parse becomes an [`Entry`] with only its id, so that no command
//! ever hides part of the register.

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Result;
use serde_json::{json, Map, Value};

use crate::config::Config;
use crate::diagnostic::Severity;
use crate::geo::{Commune, Departement, Geo, Region};
use crate::load::{self, Loaded};
use crate::record::Record;
use crate::rules::{self, RecordContext, Sink};

/// One record and what is derived from it.
#[derive(Debug)]
pub struct Entry {
    pub file: Arc<PathBuf>,
    pub record: Record,
    /// False when the file could not be read as a record at all.
    pub parsed: bool,
    /// The current commune, when the address resolves.
    pub commune: Option<&'static Commune>,
    /// The arrondissement of Paris, Lyon or Marseille, when known.
    pub arrondissement: Option<&'static Commune>,
    /// The département, when certain (also without a certain commune: see
    /// `place`).
    pub departement_code: Option<&'static str>,
    /// Errors `validate` reports on this record alone (cross-record rules
    /// and exceptions apart), at the register's severities.
    pub errors: usize,
}

impl Entry {
    pub fn departement(&self) -> Option<&'static Departement> {
        self.departement_code.and_then(|c| Geo::get().departement(c))
    }

    pub fn region(&self) -> Option<&'static Region> {
        self.departement().and_then(|d| Geo::get().region(d.region))
    }
}

/// Reads the whole register into entries, sorted by id, on all cores.
pub fn entries(config: &Config) -> Result<Vec<Entry>> {
    entries_where(config, |_| true)
}

/// Reads the register and keeps the entries `keep` accepts, sorted by id.
/// The test runs on the worker threads, as each record is read, so that a
/// filtered command never holds the whole register in memory.
pub fn entries_where(config: &Config, keep: impl Fn(&Entry) -> bool + Sync) -> Result<Vec<Entry>> {
    let mut all = Vec::new();
    stream(config, usize::MAX, keep, |e| {
        all.push(e);
        Ok(())
    })?;
    Ok(all)
}

/// Reads the register in id order, `chunk` files at a time (on all cores),
/// and hands each entry `keep` accepts to `f`, in id order. Memory stays
/// bounded by the chunk, so exports of large registers stream.
pub fn stream(
    config: &Config,
    chunk: usize,
    keep: impl Fn(&Entry) -> bool + Sync,
    mut f: impl FnMut(Entry) -> Result<()>,
) -> Result<()> {
    let mut found = load::discover(&config.data_dir, config.cwd.as_deref())?;
    let id_of = |p: &std::path::Path| {
        p.file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    found.files.sort_by_cached_key(|(path, _)| (id_of(path), path.clone()));
    let geo = Geo::get();
    let today = crate::today::today();
    for part in found.parts(chunk) {
        let entries = load::load(&part, &config.settings.vocab, |l: Loaded| {
            let entry = entry(config, geo, today, l);
            keep(&entry).then_some(entry)
        });
        for e in entries.into_iter().flatten() {
            f(e)?;
        }
    }
    Ok(())
}

/// One loaded file as an entry: the per-record rules run to count its errors.
fn entry(config: &Config, geo: &'static Geo, today: crate::record::Date, l: Loaded) -> Entry {
    let Loaded {
        file,
        id,
        record,
        diags,
    } = l;
    let mut errors = count_errors(config, &diags);
    match record {
        Some(record) => {
            let mut sink = Sink::new(file.clone());
            let cx = RecordContext::new(&record, geo, today);
            rules::check_record(&record, &cx, &mut sink);
            errors += count_errors(config, &sink.diags);
            let (commune, arrondissement) = (cx.commune, cx.place.arrondissement);
            let departement_code = cx.place.departement.map(|d| d.code);
            drop(cx);
            Entry {
                commune,
                arrondissement,
                departement_code,
                file,
                record,
                parsed: true,
                errors,
            }
        }
        None => Entry {
            file,
            record: Record {
                id,
                ..Record::default()
            },
            parsed: false,
            commune: None,
            arrondissement: None,
            departement_code: None,
            errors: errors.max(1),
        },
    }
}

fn count_errors(config: &Config, diags: &[crate::diagnostic::Diagnostic]) -> usize {
    diags
        .iter()
        .filter(|d| rules::find(d.rule).map_or(d.severity, |r| config.severity(r)) == Severity::Error)
        .count()
}

/// The ids of the records linking to each id: (from, type, date).
pub fn links_in<'a>(entries: &'a [Entry], id: &str) -> Vec<(&'a Entry, &'a crate::record::Lien)> {
    entries
        .iter()
        .flat_map(|e| e.record.liens.iter().map(move |l| (e, l)))
        .filter(|(_, l)| l.fabrique.as_ref().is_some_and(|f| f.value == id))
        .collect()
}

fn opt<T: Into<Value> + Clone>(v: Option<&crate::record::Sp<T>>) -> Value {
    v.map_or(Value::Null, |s| s.value.clone().into())
}

fn list(v: &[crate::record::Sp<String>]) -> Value {
    Value::Array(v.iter().map(|s| Value::String(s.value.clone())).collect())
}

/// The record as JSON, with its derived fields (département, région) and
/// its error count: the shape of `show --format json` and `export --json`.
/// Keys follow the record format; absent optional fields are `null`.
pub fn to_json(e: &Entry) -> Value {
    let r = &e.record;
    let code = |c: Option<(&str, &str)>| c.map_or(Value::Null, |(code, nom)| json!({ "code": code, "nom": nom }));
    let consortium: Map<String, Value> = r.consortium.iter().map(|(k, m)| (k.value.clone(), list(m))).collect();
    let annuel: Map<String, Value> = r
        .financement
        .annuel
        .iter()
        .map(|(y, a)| (y.value.to_string(), a.value.into()))
        .collect();
    json!({
        "id": r.id,
        "nom": opt(r.nom.as_ref()),
        "statut": opt(r.statut.as_ref()),
        "qpv": opt(r.qpv.as_ref()),
        "code_qpv": opt(r.code_qpv.as_ref()),
        "numerique": opt(r.numerique.as_ref()),
        "site_web": opt(r.site_web.as_ref()),
        "page_movilab": opt(r.page_movilab.as_ref()),
        "video": opt(r.video.as_ref()),
        "reseaux": list(&r.reseaux),
        "sources": list(&r.sources),
        "labellisation": {
            "annee": opt(r.labellisation.annee.as_ref()),
            "vague": opt(r.labellisation.vague.as_ref()),
        },
        "adresse": {
            "voie": opt(r.adresse.voie.as_ref()),
            "code_postal": opt(r.adresse.code_postal.as_ref()),
            "commune": opt(r.adresse.commune.as_ref()),
            "code_insee": opt(r.adresse.code_insee.as_ref()),
            "latitude": opt(r.adresse.latitude.as_ref()),
            "longitude": opt(r.adresse.longitude.as_ref()),
        },
        "departement": code(e.departement().map(|d| (d.code, d.nom))),
        "region": code(e.region().map(|d| (d.code, d.nom))),
        "structure_porteuse": {
            "nom": opt(r.structure_porteuse.nom.as_ref()),
            "forme_juridique": opt(r.structure_porteuse.forme_juridique.as_ref()),
            "creation": opt(r.structure_porteuse.creation.as_ref()),
            "siret": opt(r.structure_porteuse.siret.as_ref()),
        },
        "consortium": consortium,
        "financement": {
            "annuel": annuel,
            "bonus_numerique": opt(r.financement.bonus_numerique.as_ref()),
        },
        "criteres": {
            "communaute": opt(r.criteres.communaute.as_ref()),
            "gouvernance": opt(r.criteres.gouvernance.as_ref()),
            "ancrage": opt(r.criteres.ancrage.as_ref()),
            "mise_en_commun": opt(r.criteres.mise_en_commun.as_ref()),
            "publics": list(&r.criteres.publics),
        },
        "actions": r.actions.iter().map(|a| json!({
            "categorie": list(&a.categories),
            "sous_action": opt(a.sous_action.as_ref()),
            "precision": opt(a.precision.as_ref()),
            "statut": opt(a.statut.as_ref()),
        })).collect::<Vec<_>>(),
        "liens": r.liens.iter().map(|l| json!({
            "fabrique": opt(l.fabrique.as_ref()),
            "type": opt(l.type_.as_ref()),
            "date": l.date.as_ref().map_or(Value::Null, |d| d.value.to_string().into()),
            "note": opt(l.note.as_ref()),
        })).collect::<Vec<_>>(),
        "erreurs": e.errors,
    })
}
