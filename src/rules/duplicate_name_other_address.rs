//! `duplicate-name-other-address`: two records with the same `nom` in the
//! same commune, at different street addresses (`adresse.voie`).
//!
//! Branches of one network in one city share a name at different streets:
//! they are not duplicates, so this is only a warning. The check itself is
//! `duplicate_name::check`, which sorts each group of namesakes into
//! duplicates (same or missing street) and branches.

use super::Rule;
use crate::diagnostic::Severity;
use crate::messages::rules::duplicate_name_other_address as t;

pub static RULE: Rule = Rule {
    name: "duplicate-name-other-address",
    severity: Severity::Warning,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "# data/tiers-lieu-nord.toml et data/tiers-lieu-sud.toml :\nnom = \"Tiers-lieu du réseau\"\n[adresse]\nvoie = \"12 rue de la Gare\"  # et « 3 place du Marché »\ncode_postal = \"73000\"\ncommune = \"Chambéry\"\n",
    good: "# data/tiers-lieu-nord.toml :\nnom = \"Tiers-lieu du réseau — Gare\"\n[adresse]\nvoie = \"12 rue de la Gare\"\ncode_postal = \"73000\"\ncommune = \"Chambéry\"\n",
};
