//! `invalid-id`: the file name is not a valid record id.
//!
//! The file stem is the fabrique's id, used in links and URLs, so it must be
//! a lowercase ASCII slug: `[a-z0-9]+(-[a-z0-9]+)*`.

use super::{Check, Rule, RuleId, Sink};
use crate::diagnostic::{Severity, Span};
use crate::messages::rules::invalid_id as t;
use crate::messages::Message;
use crate::record::{is_valid_id, slugify};

pub(crate) static RULE: Rule = Rule {
    id: RuleId::InvalidId,
    name: "invalid-id",
    severity: Severity::Error,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "data/La Dynamo.toml\n",
    good: "data/la-dynamo.toml\n",
    check: Check::Schema,
};

/// Checks a file stem.
pub(crate) fn check(sink: &mut Sink, stem: &str) {
    if is_valid_id(stem) {
        return;
    }
    let slug = slugify(stem);
    let help = if slug.is_empty() {
        Message::new(&t::HELP_GENERIC)
    } else {
        Message::new(&t::HELP).arg("suggestion", slug)
    };
    sink.push(
        &RULE,
        Span::FILE,
        Message::new(&t::MESSAGE).arg("nom", stem),
        Some(help),
    );
}
