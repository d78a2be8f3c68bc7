//! `duplicate-identifier`: two records carry the same external identifier
//! (`[identifiants] anct`).
//!
//! An external identifier says which fabrique of another register a record
//! is: the ANCT's `fabt-59` is LAB01. `fabriques import --update` finds a
//! record by it, so that the next edition of the ANCT's list updates the
//! register instead of duplicating it; two records with one identifier
//! are one fabrique entered twice (or a typo), and an import could not
//! tell which to update. A register-wide rule: it runs once every record
//! has been read, on their [`Outline`]s, and reports at the identifier.

use super::duplicate_name::files;
use super::{Anchor, Check, Found, Outline, Rule, RuleId};
use crate::diagnostic::Severity;
use crate::messages::rules::duplicate_identifier as t;
use crate::messages::Message;

pub(crate) static RULE: Rule = Rule {
    id: RuleId::DuplicateIdentifier,
    name: "duplicate-identifier",
    severity: Severity::Error,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "# data/lab01.toml :\nnom = \"LAB01\"\n[identifiants]\nanct = \"fabt-59\"\n\n# data/la-dynamo.toml :\nnom = \"La Dynamo\"\n[identifiants]\nanct = \"fabt-59\"\n",
    good: "# data/lab01.toml :\nnom = \"LAB01\"\n[identifiants]\nanct = \"fabt-59\"\n\n# data/la-dynamo.toml :\nnom = \"La Dynamo\"\n[identifiants]\nanct = \"fabt-40\"\n",
    check: Check::Register(check),
};

/// Reports every record whose ANCT id another record also carries.
pub(crate) fn check(outlines: &[Outline], found: &mut Vec<Found>) {
    let mut order: Vec<usize> = (0..outlines.len()).filter(|&i| outlines[i].anct.is_some()).collect();
    order.sort_by(|&a, &b| outlines[a].anct.cmp(&outlines[b].anct).then(a.cmp(&b)));
    for group in order
        .chunk_by(|&a, &b| outlines[a].anct == outlines[b].anct)
        .filter(|g| g.len() > 1)
    {
        for &i in group {
            let others: Vec<usize> = group.iter().copied().filter(|&j| j != i).collect();
            found.push(Found {
                outline: i,
                rule: &RULE,
                message: Message::new(&t::MESSAGE)
                    .arg("identifiant", outlines[i].anct.as_deref().unwrap_or_default())
                    .arg_list("autres", &files(outlines, &others)),
                help: Some(Message::new(&t::HELP)),
                at: Anchor::Anct,
            });
        }
    }
}
