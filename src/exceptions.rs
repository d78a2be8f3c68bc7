//! Applies the records' acknowledged exceptions (`[validation] ignorer`).
//!
//! Runs after every rule, on the final severities: an exception removes the
//! diagnostics of its rule in its own record, and is itself checked — a
//! reason is required, the rule must exist, and an exception that removed
//! nothing is reported so that it does not outlive the problem.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diagnostic::Diagnostic;
use crate::record::Exception;
use crate::rules::{self, ignore_missing_reason, ignore_unknown_rule, ignore_unused};

/// Filters `diags` by the exceptions of each file and appends the
/// diagnostics about the exceptions themselves.
pub fn apply(diags: &mut Vec<Diagnostic>, exceptions: &[(Arc<PathBuf>, Vec<Exception>)]) {
    let mut extra = Vec::new();
    // Per file, the rules its exceptions silence and whether each was used.
    let mut silenced: HashMap<&Path, Vec<(&str, bool)>> = HashMap::new();
    for (file, list) in exceptions {
        for e in list {
            let Some(regle) = &e.regle else { continue };
            if e.raison.as_ref().is_none_or(|r| r.value.trim().is_empty()) {
                let span = e.raison.as_ref().map_or(e.span, |r| r.span);
                extra.push(ignore_missing_reason::report(file, span, &regle.value));
            }
            if rules::find(&regle.value).is_none() {
                extra.push(ignore_unknown_rule::report(file, regle.span, &regle.value));
                continue;
            }
            silenced
                .entry(file.as_path())
                .or_default()
                .push((regle.value.as_str(), false));
        }
    }
    if !silenced.is_empty() {
        diags.retain(|d| {
            let Some(list) = silenced.get_mut(d.file.as_path()) else {
                return true;
            };
            let mut keep = true;
            for (_, used) in list.iter_mut().filter(|(r, _)| *r == d.rule) {
                *used = true;
                keep = false;
            }
            keep
        });
        for (file, list) in exceptions {
            let Some(status) = silenced.get(file.as_path()) else {
                continue;
            };
            for e in list {
                let Some(regle) = &e.regle else { continue };
                let used = status.iter().any(|(r, used)| *r == regle.value && *used);
                if !used && rules::find(&regle.value).is_some() {
                    extra.push(ignore_unused::report(file, regle.span, &regle.value));
                }
            }
        }
    }
    diags.extend(extra);
}
