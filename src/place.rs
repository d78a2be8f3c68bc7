//! Where a record is: its address resolved against the geography reference.
//!
//! The contributor writes a postal code, a commune name and maybe an INSEE
//! code; département and région are never written but derived here, from
//! the reference data (`geo`). The geography rules use [`match_address`];
//! the other commands use [`commune_of`] to filter and show départements
//! and régions.

use crate::geo::{Commune, CommuneKind, CommuneMatch, Geo};
use crate::record::Record;

/// True for a well-formed postal code: five ASCII digits.
pub fn is_postal_code(s: &str) -> bool {
    s.len() == 5 && s.bytes().all(|b| b.is_ascii_digit())
}

/// The record's postal code and commune name matched against the
/// reference; `None` when either is missing or the postal code is not five
/// digits (the `code-postal` rule reports that).
pub fn match_address<'g>(record: &Record, geo: &'g Geo) -> Option<CommuneMatch<'g>> {
    let cp = record.adresse.code_postal.as_ref()?;
    let commune = record.adresse.commune.as_ref()?;
    if !is_postal_code(&cp.value) {
        return None;
    }
    Some(geo.match_commune(&cp.value, &commune.value))
}

/// The current commune a match designates (an arrondissement and a former
/// commune give the commune they belong to).
pub fn current<'g>(geo: &'g Geo, m: &CommuneMatch<'g>) -> Option<&'g Commune> {
    match m {
        CommuneMatch::Exact(c) | CommuneMatch::Loose(c) => match c.kind {
            CommuneKind::Commune => Some(c),
            _ => geo.parent(c),
        },
        CommuneMatch::Former { current, .. } => Some(current),
        CommuneMatch::Unknown { .. } | CommuneMatch::UnknownPostalCode { .. } => None,
    }
}

/// The current commune of a record: from its INSEE code when that is
/// known, else from its postal code and commune name. `None` when the
/// address does not resolve (the geography rules say why).
pub fn commune_of<'g>(record: &Record, geo: &'g Geo) -> Option<&'g Commune> {
    commune_from(record, geo, match_address(record, geo).as_ref())
}

/// [`commune_of`] when the address has already been matched.
pub fn commune_from<'g>(record: &Record, geo: &'g Geo, address: Option<&CommuneMatch<'g>>) -> Option<&'g Commune> {
    if let Some(c) = record
        .adresse
        .code_insee
        .as_ref()
        .and_then(|code| geo.current_commune(code.value.trim()))
    {
        return Some(c);
    }
    address.and_then(|m| current(geo, m))
}
