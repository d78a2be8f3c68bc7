//! `unknown-link`: a link to an id that no record has.

use std::collections::HashSet;

use super::{diagnostic, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::messages::rules::unknown_link as t;
use crate::messages::Message;
use crate::record::Outline;
use crate::suggest::closest;

pub static RULE: Rule = Rule {
    name: "unknown-link",
    severity: Severity::Error,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "[[liens]]\nfabrique = \"dynamo\"\ntype = \"visite\"\n",
    good: "[[liens]]\nfabrique = \"la-dynamo\"   # data/la-dynamo.toml\ntype = \"visite\"\n",
};

/// Reports links whose target is not the id of a record.
pub fn check(outlines: &[Outline], out: &mut Vec<Diagnostic>) {
    let ids: HashSet<&str> = outlines.iter().map(|o| o.id.as_str()).collect();
    for o in outlines {
        for lien in &o.liens {
            if ids.contains(lien.value.as_str()) {
                continue;
            }
            let suggestion = closest(&lien.value, ids.iter().copied(), 1);
            let help = match suggestion.first() {
                Some(s) => Message::new(&t::HELP_SUGGEST).arg("suggestion", s),
                None => Message::new(&t::HELP),
            };
            out.push(diagnostic(
                &RULE,
                &o.file,
                lien.span,
                Message::new(&t::MESSAGE).arg("id", &lien.value),
                Some(help),
            ));
        }
    }
}
