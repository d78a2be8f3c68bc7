//! `duplicate-name-other-address`: two records with the same `nom` in the
//! same commune, at different street addresses (`adresse.voie`).
//!
//! Branches of one network in one city share a name at different streets:
//! they are not duplicates, so this is only a warning. Namesakes are found
//! as for `duplicate-name` (`duplicate_name::namesakes`); this rule reports
//! a record only when none of its namesakes shares its street (or lacks
//! one), which `duplicate-name` reports instead. A register-wide rule: it
//! runs once every record has been read, on their [`Outline`]s.

use super::duplicate_name::{files, namesakes};
use super::{Check, Found, Outline, Rule, RuleId};
use crate::diagnostic::Severity;
use crate::messages::rules::duplicate_name_other_address as t;
use crate::messages::Message;

pub(crate) static RULE: Rule = Rule {
    id: RuleId::DuplicateNameOtherAddress,
    name: "duplicate-name-other-address",
    severity: Severity::Warning,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "# data/tiers-lieu-gare.toml :\nnom = \"Tiers-lieu du réseau\"\n[adresse]\nvoie = \"12 rue de la Gare\"\ncode_postal = \"73000\"\ncommune = \"Chambéry\"\n\n# data/tiers-lieu-marche.toml :\nnom = \"Tiers-lieu du réseau\"\n[adresse]\nvoie = \"3 place du Marché\"\ncode_postal = \"73000\"\ncommune = \"Chambéry\"\n",
    good: "# data/tiers-lieu-gare.toml :\nnom = \"Tiers-lieu du réseau — Gare\"\n[adresse]\nvoie = \"12 rue de la Gare\"\ncode_postal = \"73000\"\ncommune = \"Chambéry\"\n\n# data/tiers-lieu-marche.toml :\nnom = \"Tiers-lieu du réseau — Marché\"\n[adresse]\nvoie = \"3 place du Marché\"\ncode_postal = \"73000\"\ncommune = \"Chambéry\"\n",
    check: Check::Register(check),
};

/// Reports every record whose namesakes in its commune are all at other
/// streets.
pub(crate) fn check(outlines: &[Outline], found: &mut Vec<Found>) {
    for n in namesakes(outlines) {
        if !n.same.is_empty() || n.elsewhere.is_empty() {
            continue;
        }
        let o = &outlines[n.outline];
        found.push(Found {
            outline: n.outline,
            rule: &RULE,
            message: Message::new(&t::MESSAGE)
                .arg("nom", &o.nom)
                .arg("commune", &o.commune)
                .arg_list("autres", &files(outlines, &n.elsewhere)),
            help: Some(Message::new(&t::HELP).arg("nom", &o.nom)),
            at: super::Anchor::Nom,
        });
    }
}
