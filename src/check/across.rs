//! The register-wide rules, run once every record has been checked.
//!
//! Each record left a [`Kept`](super::Kept): the hashes of its keys, and its
//! exceptions naming a register-wide rule. The records whose keys another
//! shares are read again for their outlines (the others cannot be related
//! by any such rule), and the rules of kind `Check::Register` run on those
//! outlines; their findings are silenced
//! by the record's deferred exceptions, and a deferred exception that
//! silenced nothing is reported (`ignore-unused`). Everything found here is
//! located by a [`Place`]: that of the record read again, or that of its
//! exception.

use std::path::PathBuf;
use std::sync::Arc;

use super::{Kept, Reread};
use crate::diagnostic::{Diagnostic, Place, Severity, Span};
use crate::messages::rules::ignore_unused as unused_text;
use crate::messages::Message;
use crate::parallel;
use crate::rules::{self, ignore_unused, Anchor, Check, Found, Outline, RuleId, Severities};

/// A diagnostic found at the end of the run, located.
#[derive(Debug)]
pub(crate) struct Late {
    pub file: Arc<PathBuf>,
    pub place: Place,
    pub diagnostic: Diagnostic,
}

/// Runs the register-wide rules on what the records left (`kept`, in
/// discovery order); returns their diagnostics in that order, each file's
/// sorted by position. The records whose keys another record shares are
/// read again, on all cores, by `reread` (given their index in `kept`):
/// only they can be related by a register-wide rule.
pub(crate) fn finish(
    kept: Vec<Kept>,
    reread: impl Fn(usize) -> Option<Reread> + Sync,
    severities: &Severities,
    strict: bool,
) -> Vec<Late> {
    let mut outlines = Vec::new();
    let mut owners = Vec::new();
    let mut places = Vec::new();
    let _ = parallel::ordered_map(
        &sharing(&kept),
        |&i| reread(i).map(|r| (i, r)),
        |r| {
            if let Some((i, r)) = r {
                outlines.push(r.outline);
                owners.push(i);
                places.push((r.nom, r.identifier));
            }
            Ok(())
        },
    );
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
        let k = &kept[owner];
        if k.deferred.iter().any(|(rule, _)| *rule == f.rule.id) {
            used.push((owner, f.rule.id));
            continue;
        }
        let (nom, identifier) = &places[f.outline];
        let place = match (f.at, identifier) {
            (Anchor::Anct, Some(at)) => at.clone(),
            _ => nom.clone(),
        };
        let d = diagnostic(f.rule.id, severity(f.rule.id), f.message, f.help);
        late.push((
            owner,
            Late {
                file: k.file.clone(),
                place,
                diagnostic: d,
            },
        ));
    }
    let unused_severity = severity(RuleId::IgnoreUnused);
    if unused_severity != Severity::Allow {
        for (i, k) in kept.iter().enumerate() {
            for (rule, place) in k.deferred.iter().filter(|(r, _)| !used.contains(&(i, *r))) {
                let message = Message::new(&unused_text::MESSAGE).arg("regle", rule.name());
                let help = Some(Message::new(&unused_text::HELP));
                let d = diagnostic(ignore_unused::RULE.id, unused_severity, message, help);
                late.push((
                    i,
                    Late {
                        file: k.file.clone(),
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

/// The indices (in order) of the records of `kept` that share one of
/// their keys' hashes with another record: the only ones a register-wide
/// rule can relate (see [`Keys`](crate::rules::Keys)).
fn sharing(kept: &[Kept]) -> Vec<usize> {
    let mut found = Vec::new();
    for slot in 0..2 {
        let mut order: Vec<(u64, usize)> = kept
            .iter()
            .enumerate()
            .map(|(i, k)| (k.keys.hashes[slot], i))
            .filter(|&(h, _)| h != 0)
            .collect();
        order.sort_unstable();
        for group in order.chunk_by(|a, b| a.0 == b.0).filter(|g| g.len() > 1) {
            found.extend(group.iter().map(|&(_, i)| i));
        }
    }
    found.sort_unstable();
    found.dedup();
    found
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

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;
    use crate::rules::Keys;

    const TEXT: &str = "# une fiche\nnom = \"Tiers-lieu\"\n";

    fn file(i: usize) -> Arc<PathBuf> {
        Arc::new(PathBuf::from(format!("data/f{i}.toml")))
    }

    fn kept(i: usize, name_hash: u64) -> Kept {
        Kept {
            file: file(i),
            keys: Keys { hashes: [name_hash, 0] },
            deferred: Vec::new(),
        }
    }

    /// Record `i` as read again: its name key is `key`, its name on line 2.
    fn reread(i: usize, key: &str) -> Reread {
        Reread {
            outline: Outline {
                file: file(i),
                id: format!("f{i}").into(),
                nom: "Tiers-lieu".into(),
                commune: "Chambéry".into(),
                key: key.into(),
                voie: None,
                anct: None,
            },
            nom: Place::of(TEXT, Span::new(12..15)),
            identifier: None,
        }
    }

    #[test]
    fn only_records_sharing_a_hash_are_read_again() {
        let read = Mutex::new(Vec::new());
        let late = finish(
            vec![kept(0, 7), kept(1, 9), kept(2, 7), kept(3, 0)],
            |i| {
                read.lock().unwrap().push(i);
                Some(reread(i, "tiers-lieu\u{0}73065"))
            },
            &Severities::default(),
            false,
        );
        let mut read = read.into_inner().unwrap();
        read.sort_unstable();
        assert_eq!(read, [0, 2]);
        let found: Vec<(String, usize, RuleId)> = late
            .iter()
            .map(|l| (l.file.display().to_string(), l.place.start.line, l.diagnostic.rule))
            .collect();
        assert_eq!(
            found,
            [
                ("data/f0.toml".to_string(), 2, RuleId::DuplicateName),
                ("data/f2.toml".to_string(), 2, RuleId::DuplicateName),
            ]
        );
    }

    #[test]
    fn a_hash_shared_by_chance_finds_nothing() {
        // Equal hashes, different keys: the rules compare the keys.
        let late = finish(
            vec![kept(0, 7), kept(1, 7)],
            |i| Some(reread(i, &format!("nom-{i}\u{0}73065"))),
            &Severities::default(),
            false,
        );
        assert!(late.is_empty(), "{late:?}");
    }
}
