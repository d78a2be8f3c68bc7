//! The commune of a new record, from `--commune`, `--code-postal` and
//! `--insee`: found in the geography reference, never guessed — a name
//! several communes bear, or a postal code serving several, is refused
//! with the candidates and the flag that picks one.

use super::*;
use crate::geo::Homonym;

/// The commune the record is in, and its postal code.
#[derive(Debug)]
pub(super) struct Place {
    pub(super) commune: &'static Commune,
    pub(super) code_postal: String,
}

pub(super) fn say(text: &Text, lang: Lang, args: &[(&str, String)]) -> String {
    fill(text.get(lang), args)
}

/// « Saint-Denis (code postal 93200, code INSEE 93066, 93 Seine-Saint-Denis) »
fn candidate(geo: &Geo, c: &Commune, lang: Lang) -> String {
    let dep = geo
        .departement(c.departement)
        .map_or(c.departement.to_string(), |d| format!("{} {}", d.code, d.nom));
    let codes = c.codes_postaux.join(", ");
    let lieu = match (c.codes_postaux.len(), geo.parent(c)) {
        (0, Some(parent)) if c.kind.is_former() => {
            say(&ui::NEW_FORMER_OF, lang, &[("commune", parent.nom.to_string())])
        }
        (1, _) => say(&ui::NEW_POSTAL_CODE_ONE, lang, &[("cp", codes)]),
        _ => say(&ui::NEW_POSTAL_CODE_MANY, lang, &[("cp", codes)]),
    };
    say(
        &ui::NEW_CANDIDATE,
        lang,
        &[
            ("commune", c.nom.to_string()),
            ("lieu", lieu),
            ("insee", c.code_insee.to_string()),
            ("departement", dep),
        ],
    )
}

/// The records bearing the homonyms' names (their current commune for a
/// former name).
fn places<'g>(homonyms: &[Homonym<'g>]) -> Vec<&'g Commune> {
    homonyms.iter().map(|h| h.record.unwrap_or(h.current)).collect()
}

fn list(geo: &Geo, communes: &[&Commune], lang: Lang) -> String {
    communes
        .iter()
        .map(|c| format!("\n  {}", candidate(geo, c, lang)))
        .collect()
}

/// The postal code of a commune: the one given (it must serve it), or its
/// only one.
fn postal_code(geo: &Geo, c: &'static Commune, given: Option<&str>, lang: Lang) -> Result<Place> {
    match given {
        Some(cp) if c.codes_postaux.contains(&cp) => Ok(Place {
            commune: c,
            code_postal: cp.to_string(),
        }),
        Some(cp) => bail!(say(
            &ui::NEW_CP_NOT_SERVING,
            lang,
            &[("cp", cp.to_string()), ("commune", candidate(geo, c, lang))]
        )),
        None => match c.codes_postaux.as_slice() {
            [only] => Ok(Place {
                commune: c,
                code_postal: only.to_string(),
            }),
            [] => bail!(say(&ui::NEW_NO_POSTAL_CODE, lang, &[("commune", c.nom.to_string())])),
            several => bail!(say(
                &ui::NEW_SEVERAL_POSTAL_CODES,
                lang,
                &[("commune", c.nom.to_string()), ("codes", several.join(", "))]
            )),
        },
    }
}

/// Finds the commune the flags designate, or says why none or which ones.
pub(super) fn resolve(geo: &'static Geo, args: &NewArgs, lang: Lang) -> Result<Place> {
    let name = args.commune.as_deref().map(str::trim).filter(|s| !s.is_empty());
    let cp = args.code_postal.as_deref().map(str::trim).filter(|s| !s.is_empty());
    if let Some(cp) = cp {
        if !is_postal_code(cp) {
            bail!(say(&ui::NEW_BAD_POSTAL_CODE, lang, &[("cp", cp.to_string())]));
        }
    }
    if let Some(code) = args.insee.as_deref().map(|s| s.trim().to_uppercase()) {
        return by_insee(geo, &code, name, cp, lang);
    }
    match (name, cp) {
        (Some(name), Some(cp)) => by_name_and_postal_code(geo, name, cp, lang),
        (Some(name), None) => by_name(geo, name, lang),
        (None, Some(cp)) => by_postal_code(geo, cp, lang),
        (None, None) => bail!(ui::NEW_NO_PLACE.get(lang)),
    }
}

/// « Ancienne-Commune is now part of Current-Commune »: the refusal of a
/// former commune, naming the current one.
fn former(geo: &Geo, f: &str, current: &Commune, lang: Lang) -> anyhow::Error {
    anyhow!(say(
        &ui::NEW_FORMER_COMMUNE,
        lang,
        &[
            ("ancienne", f.to_string()),
            ("actuelle", candidate(geo, current, lang)),
            ("nom", current.nom.to_string()),
        ],
    ))
}

/// `--insee`: one commune, always (a name given too must be its own).
fn by_insee(geo: &'static Geo, code: &str, name: Option<&str>, cp: Option<&str>, lang: Lang) -> Result<Place> {
    let records = geo.communes_with_code(code);
    let Some(c) = records
        .iter()
        .copied()
        .find(|c| matches!(c.kind, CommuneKind::Commune | CommuneKind::ArrondissementMunicipal))
    else {
        return Err(match (records.first(), geo.current_commune(code)) {
            (_, Some(current)) if current.code_insee != code => {
                let f = records.first().copied().unwrap_or(current);
                former(geo, f.nom, current, lang)
            }
            _ => anyhow!(say(&ui::NEW_UNKNOWN_INSEE, lang, &[("code", code.to_string())])),
        });
    };
    if let Some(name) = name {
        if normalise_name(name) != normalise_name(c.nom) {
            bail!(say(
                &ui::NEW_INSEE_OTHER_COMMUNE,
                lang,
                &[
                    ("code", code.to_string()),
                    ("commune", c.nom.to_string()),
                    ("nom", name.to_string())
                ]
            ));
        }
    }
    postal_code(geo, c, cp, lang)
}

/// `--commune` and `--code-postal`: the commune of that name the postal
/// code serves.
fn by_name_and_postal_code(geo: &'static Geo, name: &str, cp: &str, lang: Lang) -> Result<Place> {
    let elsewhere_too = |msg: &mut String, elsewhere: &[Homonym<'static>]| {
        if !elsewhere.is_empty() {
            msg.push('\n');
            msg.push_str(ui::NEW_ELSEWHERE.get(lang));
            msg.push_str(&list(geo, &places(elsewhere), lang));
        }
    };
    match geo.match_commune(cp, name) {
        CommuneMatch::Exact(c) | CommuneMatch::Loose(c) => postal_code(geo, c, Some(cp), lang),
        CommuneMatch::Former(h) => Err(former(geo, h.nom, h.current, lang)),
        CommuneMatch::Unknown { suggestions, elsewhere } => {
            let mut msg = say(
                &ui::NEW_NOT_SERVED,
                lang,
                &[("nom", name.to_string()), ("cp", cp.to_string())],
            );
            let closest: Vec<&Commune> = suggestions.iter().copied().take(3).collect();
            msg.push_str(&list(geo, &closest, lang));
            elsewhere_too(&mut msg, &elsewhere);
            bail!(msg)
        }
        CommuneMatch::UnknownPostalCode { elsewhere } => {
            let mut msg = say(&ui::NEW_UNKNOWN_POSTAL_CODE, lang, &[("cp", cp.to_string())]);
            elsewhere_too(&mut msg, &elsewhere);
            bail!(msg)
        }
    }
}

/// `--commune` alone: the one current commune of that name.
fn by_name(geo: &'static Geo, name: &str, lang: Lang) -> Result<Place> {
    let key = normalise_name(name);
    let found = geo.search(name);
    let exact: Vec<&Commune> = found.iter().copied().filter(|c| normalise_name(c.nom) == key).collect();
    let current: Vec<&Commune> = exact
        .iter()
        .copied()
        .filter(|c| matches!(c.kind, CommuneKind::Commune | CommuneKind::ArrondissementMunicipal))
        .collect();
    match current.as_slice() {
        [c] => postal_code(geo, c, None, lang),
        [] => {
            if let Some(f) = exact.first() {
                if let Some(parent) = geo.parent(f) {
                    return Err(former(geo, f.nom, parent, lang));
                }
            }
            let suggestions: Vec<&Commune> = found
                .iter()
                .copied()
                .filter(|c| c.kind == CommuneKind::Commune)
                .take(5)
                .collect();
            let mut msg = say(&ui::NEW_UNKNOWN_COMMUNE, lang, &[("nom", name.to_string())]);
            if suggestions.is_empty() {
                msg.push_str(ui::NEW_TRY_GEO.get(lang));
            } else {
                msg.push_str(&list(geo, &suggestions, lang));
            }
            bail!(msg)
        }
        several => bail!(
            "{}{}\n{}",
            say(&ui::NEW_AMBIGUOUS_NAME, lang, &[("nom", name.to_string())]),
            list(geo, several, lang),
            ui::NEW_AMBIGUOUS_NAME_HELP.get(lang)
        ),
    }
}

/// `--code-postal` alone: the one commune it serves.
fn by_postal_code(geo: &'static Geo, cp: &str, lang: Lang) -> Result<Place> {
    let served: Vec<&Commune> = geo
        .communes_by_postal_code(cp)
        .into_iter()
        .filter(|c| c.kind == CommuneKind::Commune)
        .collect();
    match served.as_slice() {
        [c] => postal_code(geo, c, Some(cp), lang),
        [] => bail!(say(&ui::NEW_UNKNOWN_POSTAL_CODE, lang, &[("cp", cp.to_string())])),
        several => bail!(
            "{}{}\n{}",
            say(&ui::NEW_AMBIGUOUS_POSTAL_CODE, lang, &[("cp", cp.to_string())]),
            list(geo, several, lang),
            ui::NEW_AMBIGUOUS_POSTAL_CODE_HELP.get(lang)
        ),
    }
}
