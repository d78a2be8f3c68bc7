//! A record as JSON, with what is derived from it: the shape of `show
//! --format json`, `export --json` and `export --jsonl`, documented in
//! `docs/json.md` and versioned by its `version` key ([`VERSION`]): a
//! change that removes or retypes a key raises it, one that adds a key
//! does not.

use serde_json::{json, Map, Value};

use super::Entry;

fn opt<T: Into<Value> + Clone>(v: Option<&crate::record::Sp<T>>) -> Value {
    v.map_or(Value::Null, |s| s.value.clone().into())
}

fn list(v: &[crate::record::Sp<String>]) -> Value {
    Value::Array(v.iter().map(|s| Value::String(s.value.clone())).collect())
}

/// The version of the JSON shape, the `version` key of every object.
pub const VERSION: u32 = 1;

/// The record as JSON, with its derived fields (département, région) and
/// its error count: the shape of `show --format json` and `export --json`.
/// Keys follow the record format; absent fields are `null` (unknown, never
/// `false`).
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
        "description": opt(r.description.as_ref()),
        "identifiants": {
            "anct": opt(r.identifiants.anct.as_ref()),
        },
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
            "precision_point": opt(r.adresse.precision_point.as_ref()),
        },
        // Derived like the CSV's `code_insee`: the current commune's code,
        // also when the record gives only a postal code and a name.
        "code_insee": e.commune.map_or_else(|| opt(r.adresse.code_insee.as_ref()), |c| c.code_insee.into()),
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
        "validation": {
            "ignorer": r.ignorer.iter().map(|x| json!({
                "regle": opt(x.regle.as_ref()),
                "raison": opt(x.raison.as_ref()),
            })).collect::<Vec<_>>(),
        },
        "erreurs": e.errors,
        "version": VERSION,
    })
}
