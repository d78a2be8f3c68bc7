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
use crate::rules::{self, ignore_unused, Check, Found, Outline, RuleId, Severities};

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
pub(crate) fn finish(kept: &[Kept], severities: &Severities, strict: bool) -> Vec<Late> {
    let (outlines, owners): (Vec<_>, Vec<_>) = kept
        .iter()
        .enumerate()
        .filter_map(|(i, k)| k.outline.as_ref().map(|(o, _)| (o.clone(), i)))
        .unzip();
    let found = register_wide(&outlines, severities);
    let severity = |id: RuleId| match severities.get(id) {
        Severity::Warning if strict => Severity::Error,
        s => s,
    };
    let mut late: Vec<(usize, Late)> = Vec::new();
    let mut used = vec![Vec::new(); kept.len()];
    for f in found {
        let owner = owners[f.outline];
        let k = &kept[owner];
        if k.deferred.iter().any(|(rule, _)| *rule == f.rule.id) {
            used[owner].push(f.rule.id);
            continue;
        }
        let place = k.outline.as_ref().map(|(_, p)| p.clone()).expect("an outline");
        late.push((
            owner,
            late_one(k, place, f.rule.id, severity(f.rule.id), f.message, f.help),
        ));
    }
    let unused_severity = severity(RuleId::IgnoreUnused);
    if unused_severity != Severity::Allow {
        for (i, k) in kept.iter().enumerate() {
            for (rule, place) in k.deferred.iter().filter(|(r, _)| !used[i].contains(r)) {
                let message = Message::new(&unused_text::MESSAGE).arg("regle", rule.name());
                let help = Some(Message::new(&unused_text::HELP));
                late.push((
                    i,
                    late_one(k, place.clone(), ignore_unused::RULE.id, unused_severity, message, help),
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

fn late_one(k: &Kept, place: Place, rule: RuleId, severity: Severity, message: Message, help: Option<Message>) -> Late {
    Late {
        file: k.file.clone(),
        place,
        diagnostic: Diagnostic {
            rule,
            severity,
            span: Span::default(),
            message,
            help,
        },
    }
}
