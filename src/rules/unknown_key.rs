//! `unknown-key`: a key the record format does not define.
//!
//! Usually a typo (`nmo`), a key in the wrong table (`code_postal` outside
//! `[adresse]`) or the id repeated in the file. The help says which.

use super::{Check, Rule, RuleId, Sink};
use crate::diagnostic::{Severity, Span};
use crate::messages::rules::unknown_key as t;
use crate::messages::Message;
use crate::suggest::closest;

pub(crate) static RULE: Rule = Rule {
    id: RuleId::UnknownKey,
    name: "unknown-key",
    severity: Severity::Error,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "siteweb = \"http://www.lab01.fr\"\n",
    good: "site_web = \"http://www.lab01.fr\"\n",
    check: Check::Schema,
};

/// Reports `key` (written at `span`, full dotted path `path`) in a table
/// whose keys are `allowed`. `home` is the table where this key belongs,
/// when it is a key of another table (`adresse` for `code_postal`).
pub(crate) fn report(sink: &mut Sink, span: Span, path: &str, key: &str, allowed: &[&str], home: Option<&str>) {
    let help = if key == "id" && !path.contains('.') {
        Message::new(&t::HELP_ID)
    } else if let Some(table) = home {
        Message::new(&t::HELP_MOVE).arg("cle", key).arg("table", table)
    } else if let Some(best) = closest(key, allowed.iter().copied(), 1).first() {
        Message::new(&t::HELP_SUGGEST).arg("suggestion", best)
    } else {
        Message::new(&t::HELP_LIST).arg_list("cles", allowed)
    };
    sink.push(&RULE, span, Message::new(&t::MESSAGE).arg("cle", path), Some(help));
}

/// Reports `key`, a key of the top of the record, found in the section
/// `header` (`[[actions]]`): in TOML, every key written after a section's
/// header belongs to that section, so a top-level key must come before the
/// first header.
pub(crate) fn report_below_section(sink: &mut Sink, span: Span, path: &str, key: &str, header: &str) {
    let help = Message::new(&t::HELP_TOP).arg("cle", key).arg("section", header);
    sink.push(&RULE, span, Message::new(&t::MESSAGE).arg("cle", path), Some(help));
}
