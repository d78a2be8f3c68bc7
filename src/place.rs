//! Where a record is: its address resolved against the geography reference.
//!
//! The contributor writes a postal code, a commune name and maybe an INSEE
//! code; département and région are never written but derived here, from
//! the reference data (`geo`). Three sources may say where the fabrique is,
//! and they may disagree; the decision, documented in the README
//! (« Geography »), is:
//!
//! - the **commune** is the one two sources agree on: the postal code and
//!   the name (the postal code serves a commune of that name, or one that
//!   bore it), else the INSEE code and the name, else the INSEE code and
//!   the postal code (the postal code serves the INSEE code's commune).
//!   A source given alone (an INSEE code without a usable address, a name
//!   that only one place of France bears) is taken at its word. Otherwise
//!   there is no commune;
//! - the **département** is the commune's; without a commune, it is the one
//!   département every given source allows (the postal code's, the INSEE
//!   code's, those of the communes bearing the name), or the one a majority
//!   of them allows; otherwise none. A source that says nothing (an unknown
//!   postal code, a name no commune bears) is not counted;
//! - a contradicted source never gives the département: a Paris 18e address
//!   with Saint-Denis's INSEE code stays in Paris.
//!
//! The geography rules report what disagrees ([`InseeVerdict`]); the other
//! commands read [`Place::commune`], [`Place::arrondissement`] and
//! [`Place::departement`] to filter and show.

use crate::geo::{Commune, CommuneKind, CommuneMatch, Departement, Geo};
use crate::record::Record;

/// True for a well-formed postal code: five ASCII digits.
pub fn is_postal_code(s: &str) -> bool {
    s.len() == 5 && s.bytes().all(|b| b.is_ascii_digit())
}

/// What the INSEE code says against the rest of the address.
#[derive(Debug, Clone, PartialEq)]
pub enum InseeVerdict<'g> {
    /// No INSEE code, or one that is malformed or unknown (the `code-insee`
    /// rule reads those from the record itself).
    Absent,
    /// The code designates the record's commune, or nothing contradicts it.
    Agrees,
    /// The postal code and the commune agree on `retenue`; the code
    /// designates `designe`, another commune, and is set aside.
    AgainstAddress { designe: &'g Commune, retenue: &'g Commune },
    /// The code and the commune name agree on `designe`, which the postal
    /// code does not serve: the postal code is set aside.
    AgainstPostalCode { designe: &'g Commune },
    /// The code and the postal code agree on `designe` (it serves it); the
    /// commune name is another's: the name is set aside.
    AgainstName { designe: &'g Commune },
    /// No usable postal code, and the name is not the code's commune's:
    /// neither is kept.
    NameDisagrees { designe: &'g Commune },
    /// No commune name, and the postal code does not serve the code's
    /// commune: neither is kept.
    PostalCodeDisagrees { designe: &'g Commune },
    /// Postal code, name and code designate three different places.
    AllDisagree { designe: &'g Commune },
}

/// A record's address, resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Place<'g> {
    /// The postal code and commune name matched against the reference;
    /// `None` when either is missing or the postal code is not five digits
    /// (the `code-postal` rule reports that).
    pub address: Option<CommuneMatch<'g>>,
    /// The current commune, when the sources agree on it (see the module
    /// documentation).
    pub commune: Option<&'g Commune>,
    /// The arrondissement municipal of Paris, Lyon or Marseille, when the
    /// address names it or its postal code serves only it.
    pub arrondissement: Option<&'g Commune>,
    /// The département: the commune's, or the one the sources allow when
    /// the commune is not certain.
    pub departement: Option<&'g Departement>,
    /// What the INSEE code says.
    pub insee: InseeVerdict<'g>,
}

impl<'g> Place<'g> {
    /// Resolves a record's address.
    pub fn of(record: &Record, geo: &'g Geo) -> Place<'g> {
        let a = &record.adresse;
        resolve(
            geo,
            a.code_postal.as_ref().map(|s| s.value.as_str()),
            a.commune.as_ref().map(|s| s.value.as_str()),
            a.code_insee.as_ref().map(|s| s.value.as_str()),
        )
    }
}

/// The current commune a match designates (an arrondissement, a former
/// commune or a former name give the commune they belong to).
pub fn current<'g>(geo: &'g Geo, m: &CommuneMatch<'g>) -> Option<&'g Commune> {
    match m {
        CommuneMatch::Exact(c) | CommuneMatch::Loose(c) => match c.kind {
            CommuneKind::Commune => Some(c),
            _ => geo.parent(c),
        },
        CommuneMatch::Former(h) => Some(h.current),
        CommuneMatch::Unknown { .. } | CommuneMatch::UnknownPostalCode { .. } => None,
    }
}

/// Resolves an address given as text: postal code, commune name, INSEE
/// code, each optional (blank counts as absent).
pub fn resolve<'g>(geo: &'g Geo, cp: Option<&str>, name: Option<&str>, insee: Option<&str>) -> Place<'g> {
    let cp = cp.map(str::trim).filter(|s| !s.is_empty());
    let name = name.map(str::trim).filter(|s| !s.is_empty());
    let usable_cp = cp.filter(|cp| is_postal_code(cp));
    let address = match (usable_cp, name) {
        (Some(cp), Some(name)) => Some(geo.match_commune(cp, name)),
        _ => None,
    };
    let from_address = address.as_ref().and_then(|m| current(geo, m));
    let code = insee.map(|s| s.trim().to_ascii_uppercase());
    let designe = code.as_deref().and_then(|c| geo.current_commune(c));

    let (commune, verdict) = match (designe, from_address) {
        (None, found) => (found.or_else(|| alone(geo, usable_cp, name)), InseeVerdict::Absent),
        (Some(x), Some(y)) if x == y => (Some(x), InseeVerdict::Agrees),
        (Some(x), Some(y)) => (Some(y), InseeVerdict::AgainstAddress { designe: x, retenue: y }),
        (Some(x), None) => with_code(geo, x, usable_cp, name),
    };
    // A code the name contradicts, with no postal code to decide, does
    // not vote.
    let voting_code = designe.filter(|_| !matches!(verdict, InseeVerdict::NameDisagrees { .. }));
    let departement = match commune {
        Some(c) => geo.departement(c.departement),
        None => vote(geo, usable_cp, name, voting_code),
    };
    let arrondissement = arrondissement(geo, commune, address.as_ref(), code.as_deref(), usable_cp);
    Place {
        address,
        commune,
        arrondissement,
        departement,
        insee: verdict,
    }
}

/// The commune and verdict when the INSEE code designates `x` and the postal
/// code and name designate no commune together (the name is not served by
/// the postal code, or one of them is missing or unusable).
fn with_code<'g>(
    geo: &'g Geo,
    x: &'g Commune,
    cp: Option<&str>,
    name: Option<&str>,
) -> (Option<&'g Commune>, InseeVerdict<'g>) {
    // An unknown postal code (CEDEX...) says nothing: `code-postal` reports it.
    let cp = cp.filter(|cp| geo.postal_code_exists(cp));
    let serves = cp.is_some_and(|cp| x.codes_postaux.contains(&cp));
    let bears_name = name.is_some_and(|n| geo.homonyms(n).iter().any(|h| h.current == x));
    match (cp, name) {
        (None, None) => (Some(x), InseeVerdict::Agrees),
        (None, Some(_)) if bears_name => (Some(x), InseeVerdict::Agrees),
        (None, Some(_)) => (None, InseeVerdict::NameDisagrees { designe: x }),
        (Some(_), None) if serves => (Some(x), InseeVerdict::Agrees),
        (Some(_), None) => (None, InseeVerdict::PostalCodeDisagrees { designe: x }),
        (Some(_), Some(_)) if bears_name => (Some(x), InseeVerdict::AgainstPostalCode { designe: x }),
        (Some(_), Some(_)) if serves => (Some(x), InseeVerdict::AgainstName { designe: x }),
        (Some(_), Some(_)) => (None, InseeVerdict::AllDisagree { designe: x }),
    }
}

/// The commune a name designates when no INSEE code and no served postal
/// code help: the single current commune every place of that name belongs
/// to, when the postal code is missing, malformed or unknown. A postal code
/// that exists but serves another commune contradicts the name: none.
fn alone<'g>(geo: &'g Geo, cp: Option<&str>, name: Option<&str>) -> Option<&'g Commune> {
    if cp.is_some_and(|cp| geo.postal_code_exists(cp)) {
        return None;
    }
    let homonyms = geo.homonyms(name?);
    let first = homonyms.first()?.current;
    homonyms.iter().all(|h| h.current == first).then_some(first)
}

/// The département the sources allow when no commune is certain: every
/// given source's set of départements (the postal code's, the INSEE code's
/// commune's, the name's homonyms'), a source that says nothing left out;
/// the département every source allows, or else the one most sources allow
/// (at least two), when it is the only one. `None` otherwise.
fn vote<'g>(geo: &'g Geo, cp: Option<&str>, name: Option<&str>, designe: Option<&Commune>) -> Option<&'g Departement> {
    let mut sources: Vec<Vec<&str>> = Vec::new();
    if let Some(cp) = cp {
        let deps: Vec<&str> = geo.departements_of_postal_code(cp).iter().map(|d| d.code).collect();
        if !deps.is_empty() {
            sources.push(deps);
        }
    }
    if let Some(x) = designe {
        sources.push(vec![x.departement]);
    }
    if let Some(name) = name {
        let mut deps: Vec<&str> = geo.homonyms(name).iter().map(|h| h.current.departement).collect();
        deps.sort_unstable();
        deps.dedup();
        if !deps.is_empty() {
            sources.push(deps);
        }
    }
    let mut support: Vec<(&str, usize)> = Vec::new();
    for deps in &sources {
        for d in deps {
            match support.iter_mut().find(|(x, _)| x == d) {
                Some((_, n)) => *n += 1,
                None => support.push((d, 1)),
            }
        }
    }
    let best = support.iter().map(|(_, n)| *n).max()?;
    let winners: Vec<&str> = support.iter().filter(|(_, n)| *n == best).map(|(d, _)| *d).collect();
    let certain = winners.len() == 1 && (best == sources.len() || best >= 2);
    certain.then(|| geo.departement(winners[0])).flatten()
}

/// The arrondissement of Paris, Lyon or Marseille the address designates:
/// named by the address, else given by the INSEE code, else the only one
/// the postal code serves.
fn arrondissement<'g>(
    geo: &'g Geo,
    commune: Option<&'g Commune>,
    address: Option<&CommuneMatch<'g>>,
    code: Option<&str>,
    cp: Option<&str>,
) -> Option<&'g Commune> {
    let commune = commune?;
    let is_arm =
        |c: &&Commune| c.kind == CommuneKind::ArrondissementMunicipal && c.commune_parente == Some(commune.code_insee);
    if let Some(CommuneMatch::Exact(c) | CommuneMatch::Loose(c)) = address {
        if is_arm(c) {
            return Some(c);
        }
    }
    if let Some(c) = code.and_then(|c| geo.commune(c)).filter(is_arm) {
        return Some(c);
    }
    let served: Vec<&Commune> = geo.communes_by_postal_code(cp?).into_iter().filter(is_arm).collect();
    match served.as_slice() {
        [one] => Some(one),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
