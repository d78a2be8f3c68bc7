//! `duplicate-name`: two records with the same `nom` in the same commune,
//! at the same street address or without one.
//!
//! That is almost always the same fabrique entered twice under two ids.
//! Namesakes at different streets (`adresse.voie`, compared folded) are
//! branches of a network: `duplicate-name-other-address`, a warning.
//! Names are compared as a person reading the register would see them
//! ([`fold`]): invisible and control characters removed (« LAB\u{200b}01 »
//! is « LAB01 »), compatibility forms normalised (NFKC: a ligature `ﬁ`, a
//! full-width `Ｌ`), without regard to case, accents or punctuation;
//! communes by INSEE code when the
//! address resolves (Saint-Denis in Seine-Saint-Denis and Saint-Denis de La
//! Réunion are two communes), else by name. A register-wide rule: it runs
//! once every record has been read, on their [`Outline`]s.

use super::{Check, Found, Outline, Rule, RuleId};
use crate::diagnostic::Severity;
use crate::messages::rules::duplicate_name as t;
use crate::messages::Message;
use crate::record::slugify;

pub(crate) static RULE: Rule = Rule {
    id: RuleId::DuplicateName,
    name: "duplicate-name",
    severity: Severity::Error,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "# data/la-dynamo.toml et data/dynamo-chambery.toml :\nnom = \"La Dynamo\"\n[adresse]\ncode_postal = \"73000\"\ncommune = \"Chambéry\"\n",
    good: "# une seule fiche, data/la-dynamo.toml :\nnom = \"La Dynamo\"\n[adresse]\ncode_postal = \"73000\"\ncommune = \"Chambéry\"\n",
    check: Check::Register(check),
};

/// The grouping key of a record: its name folded, and its commune's INSEE
/// code (`code`) when the address resolves, else the commune name folded
/// (two communes may share a name: Saint-Denis 93 and 974).
pub(crate) fn key(nom: &str, commune: &str, code: Option<&str>) -> String {
    let place = code.map_or_else(|| fold(commune), str::to_string);
    format!("{}\u{0}{place}", fold(nom))
}

/// A text as two records' texts are compared: the characters a person
/// does not see taken out (`terminal::hidden`: zero-width spaces, bidi
/// marks, soft hyphens, controls), Unicode compatibility forms normalised
/// (NFKC, by `unicode-normalization`), then folded like an id (`slugify`:
/// case, accents, punctuation and spaces).
pub(crate) fn fold(text: &str) -> String {
    use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};
    // The usual case: nothing hidden (printable ASCII, accented letters)
    // and already in its normal form.
    if crate::terminal::plain(text, false) && is_nfkc_quick(text.chars()) == IsNormalized::Yes {
        return slugify(text);
    }
    let seen: String = text
        .chars()
        .filter(|c| crate::terminal::hidden(*c).is_none())
        .nfkc()
        .collect();
    slugify(&seen)
}

/// The namesakes of each record that has some, in a stable order: for
/// `outlines[i]`, the others of its name and commune at the same street or
/// where either has none (`same`), and those at another street
/// (`elsewhere`).
pub(crate) struct Namesakes {
    pub outline: usize,
    pub same: Vec<usize>,
    pub elsewhere: Vec<usize>,
}

/// Groups `outlines` by name and commune, and sorts each member's
/// namesakes by street (see [`Namesakes`]).
pub(crate) fn namesakes(outlines: &[Outline]) -> Vec<Namesakes> {
    // The records in key order: those sharing a key are side by side (no
    // map of groups to build for 100,000 records of which few share one).
    let mut order: Vec<usize> = (0..outlines.len()).collect();
    order.sort_by(|&a, &b| outlines[a].key.cmp(&outlines[b].key).then(a.cmp(&b)));
    let groups = order
        .chunk_by(|&a, &b| outlines[a].key == outlines[b].key)
        .filter(|g| g.len() > 1);
    let mut all = Vec::new();
    for group in groups {
        for &i in group {
            let o = &outlines[i];
            let (same, elsewhere) = group
                .iter()
                .copied()
                .filter(|&j| outlines[j].id != o.id)
                .partition(|&j| o.voie.is_none() || outlines[j].voie.is_none() || outlines[j].voie == o.voie);
            all.push(Namesakes {
                outline: i,
                same,
                elsewhere,
            });
        }
    }
    all
}

/// The files of `outlines[indices]`, as shown to the user.
pub(crate) fn files(outlines: &[Outline], indices: &[usize]) -> Vec<String> {
    indices.iter().map(|&j| outlines[j].file.display().to_string()).collect()
}

/// Reports every record whose name and commune another record shares, at
/// the same street or where either has none (namesakes at other streets
/// only are `duplicate-name-other-address`).
pub(crate) fn check(outlines: &[Outline], found: &mut Vec<Found>) {
    for n in namesakes(outlines).into_iter().filter(|n| !n.same.is_empty()) {
        let o = &outlines[n.outline];
        found.push(Found {
            outline: n.outline,
            rule: &RULE,
            message: Message::new(&t::MESSAGE)
                .arg("nom", &o.nom)
                .arg("commune", &o.commune)
                .arg_list("autres", &files(outlines, &n.same)),
            help: Some(Message::new(&t::HELP)),
            at: super::Anchor::Nom,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::fold;

    /// The shortcut for usual names gives what normalising every name
    /// would: each character of U+0000..U+3000 in a name.
    #[test]
    fn the_shortcut_folds_as_normalising_does() {
        use unicode_normalization::UnicodeNormalization;
        for c in (0u32..0x3000).filter_map(char::from_u32) {
            let name = format!("Fabrique {c}é ĳ");
            let seen: String = name
                .chars()
                .filter(|c| crate::terminal::hidden(*c).is_none())
                .nfkc()
                .collect();
            assert_eq!(fold(&name), crate::record::slugify(&seen), "{c:?}");
        }
    }

    #[test]
    fn names_a_person_reads_alike_fold_alike() {
        let lab01 = fold("LAB01");
        for same in [
            "LAB\u{200b}01",
            "LAB\u{ad}01",
            "\u{202e}LAB01",
            "LAB\u{2060}01\u{feff}",
            "ＬＡＢ０１",
            "lab01",
            "Lab01\u{200d}",
        ] {
            assert_eq!(fold(same), lab01, "{same:?}");
        }
        assert_eq!(fold("Cafe\u{301} ﬁl"), fold("Café fil"));
        assert_ne!(fold("LAB02"), lab01);
        assert_ne!(fold("LAB 01"), fold("LAB01"));
    }
}
