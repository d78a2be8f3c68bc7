//! `duplicate-name`: two records with the same `nom` in the same commune,
//! at the same street address or without one.
//!
//! That is almost always the same fabrique entered twice under two ids.
//! Namesakes at different streets (`adresse.voie`, compared folded) are
//! branches of a network: `duplicate-name-other-address`, a warning.
//! Names are compared without regard to case, accents or punctuation, as a
//! person reading the register would; communes by INSEE code when the
//! address resolves (Saint-Denis in Seine-Saint-Denis and Saint-Denis de La
//! Réunion are two communes), else by name.

use std::collections::HashMap;

use super::{diagnostic, duplicate_name_other_address, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::messages::rules::duplicate_name as t;
use crate::messages::rules::duplicate_name_other_address as u;
use crate::messages::Message;
use crate::record::{slugify, Outline};

pub static RULE: Rule = Rule {
    name: "duplicate-name",
    severity: Severity::Error,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "# data/la-dynamo.toml et data/dynamo-chambery.toml :\nnom = \"La Dynamo\"\n[adresse]\ncode_postal = \"73000\"\ncommune = \"Chambéry\"\n",
    good: "# une seule fiche, data/la-dynamo.toml :\nnom = \"La Dynamo\"\n[adresse]\ncode_postal = \"73000\"\ncommune = \"Chambéry\"\n",
};

/// The grouping key of a record: its name folded, and its commune's INSEE
/// code (`code`) when the address resolves, else the commune name folded
/// (two communes may share a name: Saint-Denis 93 and 974).
pub fn key(nom: &str, commune: &str, code: Option<&str>) -> String {
    let place = code.map_or_else(|| slugify(commune), str::to_string);
    format!("{}\u{0}{place}", slugify(nom))
}

/// Reports every record whose name and commune another record shares: an
/// error when one of them has the same street or either has none, else a
/// `duplicate-name-other-address` warning.
pub fn check(outlines: &[Outline], out: &mut Vec<Diagnostic>) {
    let mut groups: HashMap<&str, Vec<&Outline>> = HashMap::with_capacity(outlines.len());
    for o in outlines {
        if let Some(k) = &o.duplicate_key {
            groups.entry(k.as_str()).or_default().push(o);
        }
    }
    for group in groups.values().filter(|g| g.len() > 1) {
        for o in group {
            let others = group.iter().filter(|x| x.id != o.id);
            let (same, elsewhere): (Vec<&&Outline>, Vec<&&Outline>) =
                others.partition(|x| o.voie.is_none() || x.voie.is_none() || x.voie == o.voie);
            let (rule, message, help, listed) = if same.is_empty() {
                (
                    &duplicate_name_other_address::RULE,
                    &u::MESSAGE,
                    Message::new(&u::HELP).arg("nom", o.nom.as_ref().map_or("", |n| n.value.as_str())),
                    elsewhere,
                )
            } else {
                (&RULE, &t::MESSAGE, Message::new(&t::HELP), same)
            };
            let files: Vec<String> = listed.iter().map(|x| x.file.display().to_string()).collect();
            let nom = o.nom.as_ref().expect("grouped by nom");
            out.push(diagnostic(
                rule,
                &o.file,
                nom.span,
                Message::new(message)
                    .arg("nom", &nom.value)
                    .arg("commune", o.commune.as_deref().unwrap_or_default())
                    .arg_list("autres", &files),
                Some(help),
            ));
        }
    }
}
