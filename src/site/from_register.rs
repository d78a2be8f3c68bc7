//! The adapter from the register to the site's view model: the one place
//! that reads record types (`register::Entry`, `record::Record`) for the
//! site. When the record format changes, this file changes; the generator
//! does not. It reads the register as the query commands do (the domain
//! layer: `register`, its figures, the rules' criteria), never through a
//! command.
//!
//! [`model`] is the entry point (`cmd::site`): the register's entries,
//! read once by the command, mapped to a [`SiteModel`].
//!
//! A point is the address ([`Precision::Address`]) unless the record says
//! it is only the commune's centre (`adresse.precision_point =
//! "commune"`, [`Precision::CommuneCentre`]); `qpv`, `numerique`, the year
//! and the structure are passed as unknown when the record leaves them
//! out; `description` is the source's full text.

use super::model::*;
use crate::config::Config;
use crate::record::{Record, Sp};
use crate::register::actions::NOT_RECORDED;
use crate::register::figures::{compute, Body, Stats};
use crate::register::Entry;
use crate::rules::criteria::Shown;
use crate::rules::{self, critere_offre_diversifiee};
use crate::vocab::Vocabularies;

fn s(v: &Option<Sp<String>>) -> Option<String> {
    v.as_ref().map(|x| x.value.clone())
}

/// A code with its label from vocabulary `name` (the code itself when the
/// vocabulary does not know it: `validate` reports that).
fn coded(vocab: &Vocabularies, name: &str, code: &str) -> Coded {
    let label = vocab
        .find(name)
        .and_then(|v| v.get(code))
        .map_or_else(|| code.to_string(), |e| e.libelle.to_string());
    Coded::new(code, label)
}

fn list(vocab: &Vocabularies, name: &str) -> Vec<Coded> {
    vocab
        .find(name)
        .map(|v| {
            v.entries
                .iter()
                .map(|e| Coded::new(e.code.as_ref(), e.libelle.as_ref()))
                .collect()
        })
        .unwrap_or_default()
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn criteres(config: &Config, r: &Record) -> Vec<Critere> {
    let vocab = &config.settings.vocab;
    let text = |v: &Option<Sp<String>>| s(v).filter(|t| !t.trim().is_empty());
    let labels = |codes: Vec<&str>, name: &str| {
        let l: Vec<String> = codes.iter().map(|c| coded(vocab, name, c).label).collect();
        (!l.is_empty()).then(|| l.join(", "))
    };
    let evidence = [
        text(&r.criteres.communaute),
        text(&r.criteres.gouvernance),
        text(&r.criteres.ancrage),
        text(&r.criteres.mise_en_commun),
        labels(
            critere_offre_diversifiee::done_categories(r).into_iter().collect(),
            "categories",
        ),
        labels(r.criteres.publics.iter().map(|p| p.value.as_str()).collect(), "publics"),
    ];
    rules::criteria()
        .zip(evidence)
        .map(|(c, evidence)| Critere {
            key: c.rule.name.to_string(),
            label: capitalised(c.short.get(config.lang)),
            verdict: match (c.shown)(r) {
                Shown::Yes => Verdict::Met,
                Shown::No(why) => Verdict::Unmet(why.render(config.lang)),
                Shown::Unknown => Verdict::Unknown,
            },
            evidence,
        })
        .collect()
}

/// The record's file as the forge names it: relative to the register's
/// root, the data folder being at that root (`data/lab01.toml`).
fn file_in_repository(config: &Config, e: &Entry) -> Option<String> {
    let data_dir = crate::load::absolute(&config.data_dir, config.cwd.as_deref());
    let rel = e.path.strip_prefix(&data_dir).ok()?;
    let folder = config.data_dir.file_name()?.to_string_lossy().into_owned();
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    Some(format!("{folder}/{}", parts.join("/")))
}

/// One entry as the site shows it.
pub(crate) fn fabrique(config: &Config, e: &Entry) -> SiteFabrique {
    let vocab = &config.settings.vocab;
    let r = &e.record;
    let a = &r.adresse;
    let point = match (&a.latitude, &a.longitude) {
        (Some(lat), Some(lon)) => Some(Point {
            lat: lat.value,
            lon: lon.value,
            precision: if a.point_is_commune_centre() {
                Precision::CommuneCentre
            } else {
                Precision::Address
            },
        }),
        _ => None,
    };
    let sp = &r.structure_porteuse;
    let structure_known =
        sp.nom.is_some() || sp.forme_juridique.is_some() || sp.creation.is_some() || sp.siret.is_some();
    SiteFabrique {
        id: r.id.clone(),
        nom: r.nom().to_string(),
        description: s(&r.description),
        anct: s(&r.identifiants.anct),
        file: file_in_repository(config, e),
        statut: r.statut.as_ref().map(|c| coded(vocab, "statuts", &c.value)),
        qpv: r.qpv.as_ref().map(|q| q.value),
        code_qpv: s(&r.code_qpv),
        numerique: r.numerique.as_ref().map(|q| q.value),
        annee: r.labellisation.annee.as_ref().map(|a| a.value),
        vague: r.labellisation.vague.as_ref().map(|a| a.value),
        site_web: s(&r.site_web),
        page_movilab: s(&r.page_movilab),
        video: s(&r.video),
        reseaux: r
            .reseaux
            .iter()
            .map(|c| {
                let c = coded(vocab, "reseaux", &c.value);
                Reseau {
                    code: c.code,
                    nom: c.label,
                    site: None,
                }
            })
            .collect(),
        sources: r.sources.iter().map(|x| x.value.clone()).collect(),
        adresse: Address {
            voie: s(&a.voie),
            code_postal: s(&a.code_postal),
            commune: s(&a.commune),
            code_insee: s(&a.code_insee).or_else(|| e.commune.map(|c| c.code_insee.to_string())),
        },
        departement: e.departement().map(|d| Coded::new(d.code, d.nom)),
        region: e.region().map(|d| Coded::new(d.code, d.nom)),
        point,
        structure: structure_known.then(|| Structure {
            nom: s(&sp.nom),
            forme_juridique: sp
                .forme_juridique
                .as_ref()
                .map(|c| coded(vocab, "formes_juridiques", &c.value)),
            creation: sp.creation.as_ref().map(|c| c.value),
            siret: s(&sp.siret),
        }),
        consortium: r
            .consortium
            .iter()
            .map(|(k, m)| {
                (
                    coded(vocab, "consortium", &k.value),
                    m.iter().map(|x| x.value.clone()).collect(),
                )
            })
            .collect(),
        financement: r.financement.annuel.iter().map(|(y, v)| (y.value, v.value)).collect(),
        bonus_numerique: r.financement.bonus_numerique.as_ref().map(|b| b.value),
        publics: r
            .criteres
            .publics
            .iter()
            .map(|p| coded(vocab, "publics", &p.value))
            .collect(),
        criteres: criteres(config, r),
        actions: r
            .actions
            .iter()
            .map(|x| Action {
                categories: x
                    .categories
                    .iter()
                    .map(|c| coded(vocab, "categories", &c.value))
                    .collect(),
                sous_action: s(&x.sous_action),
                precision: s(&x.precision),
                statut: x.statut.as_ref().map(|c| coded(vocab, "statuts_action", &c.value)),
            })
            .collect(),
        liens: r
            .liens
            .iter()
            .filter_map(|l| {
                Some(Lien {
                    fabrique: l.fabrique.as_ref()?.value.clone(),
                    kind: l
                        .type_
                        .as_ref()
                        .map(|t| coded(vocab, "types_lien", &t.value))
                        .unwrap_or_default(),
                    date: l.date.as_ref().map(|d| d.value.to_string()),
                    note: s(&l.note),
                })
            })
            .collect(),
        erreurs: e.errors,
    }
}

/// The register's vocabularies the site's filters and tables use.
pub(crate) fn vocab(config: &Config) -> Vocab {
    let v = &config.settings.vocab;
    Vocab {
        categories: list(v, "categories"),
        action_statuses: list(v, "statuts_action"),
        statuts: list(v, "statuts"),
    }
}

/// The programme's figures, as `fabriques stats` shows them (its
/// « programme » section).
pub(crate) fn programme(stats: &Stats) -> Vec<Figure> {
    stats
        .sections
        .iter()
        .filter(|s| s.name == "programme")
        .flat_map(|s| match &s.body {
            Body::Progress(lines) => lines.clone(),
            _ => Vec::new(),
        })
        .map(|l| Figure {
            key: l.key,
            label: l.label,
            value: l.value,
            target: l.target.map(|t| (t.value, t.about)),
            unknown: l.unknown,
        })
        .collect()
}

/// What the register leaves unknown, from the « non renseigné » line of
/// each of these sections of `fabriques stats` (none when all is known);
/// the label is the section's title.
pub(crate) fn unknowns(stats: &Stats, lang: crate::messages::Lang) -> Vec<Figure> {
    ["qpv", "numerique", "annee", "statut"]
        .iter()
        .filter_map(|name| stats.sections.iter().find(|s| s.name == *name))
        .filter_map(|s| {
            let lines = match &s.body {
                Body::Shares(lines) | Body::Codes(lines) | Body::Figures(lines) | Body::Progress(lines) => lines,
                Body::Actions { .. } => return None,
            };
            let line = lines.iter().find(|l| l.key == NOT_RECORDED)?;
            Some(Figure {
                key: s.name.to_string(),
                label: s.title.get(lang).to_string(),
                value: line.value,
                target: None,
                unknown: None,
            })
        })
        .collect()
}

/// The whole model: every readable record, the figures of `stats` on the
/// same entries, the vocabularies; no base map and no download (the
/// caller adds them).
pub(crate) fn model(config: &Config, entries: &[Entry], options: SiteOptions) -> SiteModel {
    let stats = compute(config, entries);
    SiteModel {
        options,
        fabriques: entries
            .iter()
            .filter(|e| e.parsed)
            .map(|e| fabrique(config, e))
            .collect(),
        programme: programme(&stats),
        unknowns: unknowns(&stats, config.lang),
        vocab: vocab(config),
        base_map: None,
        downloads: Vec::new(),
    }
}
