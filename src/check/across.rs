//! The register-wide rules, run once every record has been checked.
//!
//! Each record left a [`Kept`](super::Kept): its outline with the place of
//! its name, and its exceptions naming a register-wide rule. The rules of
//! kind `Check::Register` run on the outlines; their findings are silenced
//! by the record's deferred exceptions, and a deferred exception that
//! silenced nothing is reported (`ignore-unused`). Everything found here is
//! already located (its [`Place`]), since the texts are gone.

use std::path::PathBuf;
use std::sync::Arc;

use super::Kept;
use crate::diagnostic::{Diagnostic, Place, Severity, Span};
use crate::messages::rules::ignore_unused as unused_text;
use crate::messages::Message;
use crate::rules::{self, ignore_unused, Anchor, Check, Found, Outline, RuleId, Severities};

/// A diagnostic found at the end of the run, located.
#[derive(Debug)]
pub(crate) struct Late {
    pub file: Arc<PathBuf>,
    pub place: Place,
    pub diagnostic: Diagnostic,
}

/// Runs the register-wide rules on what the records left (in discovery
/// order); returns their diagnostics in that order, each file's sorted by
/// position.
pub(crate) fn finish(kept: Vec<Kept>, severities: &Severities, strict: bool) -> Vec<Late> {
    // The outlines are moved out, not copied: there is one per record.
    let mut outlines = Vec::with_capacity(kept.len());
    let mut owners = Vec::with_capacity(kept.len());
    let mut records = Vec::with_capacity(kept.len());
    for (i, k) in kept.into_iter().enumerate() {
        let place = k.outline.map(|(o, place)| {
            outlines.push(o);
            owners.push(i);
            place
        });
        records.push((k.file, place, k.identifier, k.deferred));
    }
    let found = register_wide(&outlines, severities);
    drop(outlines);
    let severity = |id: RuleId| match severities.get(id) {
        Severity::Warning if strict => Severity::Error,
        s => s,
    };
    let mut late: Vec<(usize, Late)> = Vec::new();
    let mut used: Vec<(usize, RuleId)> = Vec::new();
    for f in found {
        let owner = owners[f.outline];
        let (file, place, identifier, deferred) = &records[owner];
        if deferred.iter().any(|(rule, _)| *rule == f.rule.id) {
            used.push((owner, f.rule.id));
            continue;
        }
        let place = match (f.at, identifier) {
            (Anchor::Anct, Some(at)) => at.clone(),
            _ => place.clone().expect("an outline"),
        };
        let d = diagnostic(f.rule.id, severity(f.rule.id), f.message, f.help);
        late.push((
            owner,
            Late {
                file: file.clone(),
                place,
                diagnostic: d,
            },
        ));
    }
    let unused_severity = severity(RuleId::IgnoreUnused);
    if unused_severity != Severity::Allow {
        for (i, (file, _, _, deferred)) in records.iter().enumerate() {
            for (rule, place) in deferred.iter().filter(|(r, _)| !used.contains(&(i, *r))) {
                let message = Message::new(&unused_text::MESSAGE).arg("regle", rule.name());
                let help = Some(Message::new(&unused_text::HELP));
                let d = diagnostic(ignore_unused::RULE.id, unused_severity, message, help);
                late.push((
                    i,
                    Late {
                        file: file.clone(),
                        place: place.clone(),
                        diagnostic: d,
                    },
                ));
            }
        }
    }
    late.sort_by(|(a, x), (b, y)| {
        (a, x.place.start.line, x.place.start.column, x.diagnostic.rule.name()).cmp(&(
            b,
            y.place.start.line,
            y.place.start.column,
            y.diagnostic.rule.name(),
        ))
    });
    late.into_iter().map(|(_, l)| l).collect()
}

/// What the register-wide rules (those not switched off) find in
/// `outlines`.
pub(crate) fn register_wide(outlines: &[Outline], severities: &Severities) -> Vec<Found> {
    let mut found: Vec<Found> = Vec::new();
    for rule in rules::ALL {
        if let Check::Register(f) = rule.check {
            if severities.get(rule.id) != Severity::Allow {
                f(outlines, &mut found);
            }
        }
    }
    found
}

fn diagnostic(rule: RuleId, severity: Severity, message: Message, help: Option<Message>) -> Diagnostic {
    Diagnostic {
        rule,
        severity,
        span: Span::default(),
        message,
        help,
    }
}
