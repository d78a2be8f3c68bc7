//! Applies a record's acknowledged exceptions (`[validation] ignorer`).
//!
//! Runs after every rule on the record, on the severities of the register:
//! an exception removes the diagnostics of its rule in its own record, and
//! is itself checked — a reason is required (`ignore-missing-reason`), the
//! rule must exist (`ignore-unknown-rule`), and an exception that removed
//! nothing is reported (`ignore-unused`) so that it does not outlive the
//! problem. An exception naming a register-wide rule (`duplicate-name`)
//! cannot be judged yet: it is returned, to be applied at the end of the
//! run (`across`).

use std::collections::HashSet;

use crate::diagnostic::Span;
use crate::record::Exception;
use crate::rules::{self, ignore_missing_reason, ignore_unknown_rule, ignore_unused, Check, RuleId, Sink};

/// Filters `sink`'s diagnostics by `exceptions` and adds those about the
/// exceptions themselves; returns the exceptions left for the end of the
/// run (rule, span of its name).
pub(super) fn apply(sink: &mut Sink, exceptions: &[Exception]) -> Vec<(RuleId, Span)> {
    let mut deferred = Vec::new();
    if exceptions.is_empty() {
        return deferred;
    }
    // Every exception of a rule that reported is used, even several for
    // the same rule.
    let reported: HashSet<RuleId> = sink.diags.iter().map(|d| d.rule).collect();
    let mut silenced = HashSet::new();
    let mut about = Vec::new();
    for e in exceptions {
        let Some(regle) = &e.regle else { continue };
        if e.raison.as_ref().is_none_or(|r| r.value.trim().is_empty()) {
            let span = e.raison.as_ref().map_or(e.span, |r| r.span);
            about.push((Kind::MissingReason, span, regle.value.as_str()));
        }
        let Some(rule) = rules::find(&regle.value) else {
            about.push((Kind::UnknownRule, regle.span, regle.value.as_str()));
            continue;
        };
        if matches!(rule.check, Check::Register(_)) {
            deferred.push((rule.id, regle.span));
        } else if reported.contains(&rule.id) {
            silenced.insert(rule.id);
        } else {
            about.push((Kind::Unused, regle.span, regle.value.as_str()));
        }
    }
    sink.diags.retain(|d| !silenced.contains(&d.rule));
    for (kind, span, regle) in about {
        match kind {
            Kind::MissingReason => ignore_missing_reason::report(sink, span, regle),
            Kind::UnknownRule => ignore_unknown_rule::report(sink, span, regle),
            Kind::Unused => ignore_unused::report(sink, span, regle),
        }
    }
    deferred
}

enum Kind {
    MissingReason,
    UnknownRule,
    Unused,
}
