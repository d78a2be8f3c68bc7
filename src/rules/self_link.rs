//! `self-link`: a record that links to itself.

use super::{diagnostic, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::messages::rules::self_link as t;
use crate::messages::Message;
use crate::record::Outline;

pub static RULE: Rule = Rule {
    name: "self-link",
    severity: Severity::Error,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "# data/lab01.toml\n[[liens]]\nfabrique = \"lab01\"\ntype = \"visite\"\n",
    good: "# data/lab01.toml\n[[liens]]\nfabrique = \"la-dynamo\"\ntype = \"visite\"\n",
};

/// Reports links whose target is the record itself.
pub fn check(outlines: &[Outline], out: &mut Vec<Diagnostic>) {
    for o in outlines {
        for lien in o.liens.iter().filter(|l| l.value == o.id) {
            out.push(diagnostic(
                &RULE,
                &o.file,
                lien.span,
                Message::new(&t::MESSAGE).arg("id", &o.id),
                Some(Message::new(&t::HELP)),
            ));
        }
    }
}
