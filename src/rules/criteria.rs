//! What the six criterion rules share: how a criterion text is judged,
//! where a criterion not shown is reported, and when it is unknown. Not a
//! rule itself.
//!
//! A criterion has three verdicts ([`Shown`]): shown; not shown by what
//! the record writes (its rule reports it); unknown, when the record
//! writes nothing the criterion is judged on (absent means unknown:
//! `a-completer` lists it with the record's other unknowns, once per
//! record, and `criteres` shows `?`).

use crate::diagnostic::Span;
use crate::messages::rules::criteres as t;
use crate::messages::{Message, Text};
use crate::record::{Fact, Record, Sp};

/// Fewer characters than this is not a sentence.
pub const MIN_CHARS: usize = 20;

/// Texts that say nothing (compared lowercase, without accents, trimmed).
const PLACEHOLDERS: &[&str] = &[
    "",
    "x",
    "xx",
    "xxx",
    "-",
    "--",
    "?",
    "??",
    "...",
    "…",
    "oui",
    "non",
    "yes",
    "no",
    "na",
    "n/a",
    "nc",
    "ok",
    "todo",
    "tbd",
    "a completer",
    "a venir",
    "en cours",
    "aucun",
    "aucune",
    "rien",
    "idem",
    "voir site",
];

/// Whether a record shows a criterion.
#[derive(Debug, PartialEq)]
pub enum Shown {
    Yes,
    /// What the record writes does not show it; the message says what is
    /// missing. The criterion's rule reports it.
    No(Message),
    /// The record writes nothing about it (the criterion's text, its
    /// actions, its publics): unknown, not failed. `a-completer` lists it
    /// with the record's other unknowns, once per record.
    Unknown,
}

impl Shown {
    pub fn is_met(&self) -> bool {
        matches!(self, Shown::Yes)
    }

    pub fn is_unknown(&self) -> bool {
        matches!(self, Shown::Unknown)
    }

    /// `✓`, `✗` or `?`: the mark of the verdict in tables and cards.
    pub fn mark(&self) -> &'static str {
        match self {
            Shown::Yes => "✓",
            Shown::No(_) => "✗",
            Shown::Unknown => "?",
        }
    }
}

/// `Shown::Unknown` when the record does not write `fact` (the key the
/// criterion is judged on), else the verdict of `judge`.
pub fn unless_unwritten(r: &Record, fact: Fact, judge: impl FnOnce() -> Shown) -> Shown {
    if r.written.has(fact) {
        judge()
    } else {
        Shown::Unknown
    }
}

/// Why a criterion text does not count, or `None` when it is a real sentence.
pub fn text_problem(text: Option<&Sp<String>>) -> Option<&'static Text> {
    let Some(text) = text else {
        return Some(&t::TEXT_MISSING);
    };
    let trimmed = text.value.trim();
    // Every placeholder is shorter than a sentence: only short texts need
    // folding (this runs on every record of large registers).
    if trimmed.chars().nth(MIN_CHARS - 1).is_some() {
        return None;
    }
    if is_placeholder(trimmed) {
        return Some(&t::TEXT_PLACEHOLDER);
    }
    Some(&t::TEXT_TOO_SHORT)
}

/// Whether `text` is one of the [`PLACEHOLDERS`] once folded to ASCII
/// (`deunicode`) and lowercased. Folded character by character into a
/// small buffer: a text that folds longer than the longest placeholder is
/// none. `deunicode` trims the space that ends a transliteration before
/// another space; a text with such a transliteration is folded whole.
fn is_placeholder(text: &str) -> bool {
    let mut buf = [0u8; 16];
    let mut len = 0;
    // As `deunicode`: the text's ASCII start (below DEL) is kept as it is,
    // every character after it is transliterated.
    let mut start = true;
    for c in text.chars() {
        start &= (c as u32) < 0x7f;
        let mut own = [0u8; 4];
        let folded = match c {
            c if start => c.encode_utf8(&mut own).as_bytes(),
            c => match deunicode::deunicode_char(c) {
                Some(s) if s.len() > 1 && s.ends_with(' ') => return is_placeholder_folded_whole(text),
                Some(s) => s.as_bytes(),
                None => b"[?]",
            },
        };
        let Some(room) = buf.get_mut(len..len + folded.len()) else {
            return false;
        };
        room.copy_from_slice(folded);
        len += folded.len();
    }
    let folded = &mut buf[..len];
    folded.make_ascii_lowercase();
    PLACEHOLDERS.iter().any(|p| p.as_bytes() == folded)
}

/// [`is_placeholder`] through `deunicode`'s own folding of the whole text.
fn is_placeholder_folded_whole(text: &str) -> bool {
    let folded = deunicode::deunicode_with_tofu_cow(text, "[?]");
    PLACEHOLDERS.iter().any(|p| p.eq_ignore_ascii_case(&folded))
}

/// Where to report a criterion about `text`: the text itself, else the
/// `[criteres]` table, else the file.
pub fn span(r: &Record, text: Option<&Sp<String>>) -> Span {
    text.map(|t| t.span).or(r.criteres.span).unwrap_or(Span::FILE)
}

/// The help for a criterion whose text is the problem.
pub fn text_help(problem: &'static Text, key: &str) -> Message {
    Message::new(&t::HELP_TEXT)
        .arg_text("probleme", problem)
        .arg("cle", key)
        .arg("min", MIN_CHARS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(text: &str) -> Option<&'static Text> {
        text_problem(Some(&Sp::new(text.to_string(), Span::FILE)))
    }

    #[test]
    fn placeholders_are_known_whatever_their_case_accents_and_spaces() {
        for p in PLACEHOLDERS {
            assert_eq!(problem(p), Some(&t::TEXT_PLACEHOLDER), "{p:?}");
            assert_eq!(
                problem(&format!("  {}\t", p.to_uppercase())),
                Some(&t::TEXT_PLACEHOLDER),
                "{p:?}"
            );
        }
        for written in ["À compléter", "À COMPLÉTER", "à venir", "Voir Site", "N/A", "Ø", "…"] {
            let expected = if written == "Ø" {
                &t::TEXT_TOO_SHORT
            } else {
                &t::TEXT_PLACEHOLDER
            };
            assert_eq!(problem(written), Some(expected), "{written:?}");
        }
    }

    /// The folding character by character decides as `deunicode` folding
    /// the whole text does: every placeholder, and each with one character
    /// of U+0000..U+3000 before, inside or after it.
    #[test]
    fn the_fold_by_character_agrees_with_deunicode() {
        for p in PLACEHOLDERS {
            assert!(is_placeholder(p), "{p:?}");
            for c in (0u32..0x3000).filter_map(char::from_u32) {
                let half = (0..=p.len() / 2).rev().find(|&i| p.is_char_boundary(i)).unwrap_or(0);
                for text in [
                    format!("{c}{p}"),
                    format!("{}{c}{}", &p[..half], &p[half..]),
                    format!("{p}{c}"),
                ] {
                    let whole = is_placeholder_folded_whole(&text);
                    assert_eq!(is_placeholder(&text), whole, "{text:?}");
                }
            }
        }
    }

    #[test]
    fn a_short_text_is_too_short_and_a_sentence_is_none() {
        assert_eq!(problem("Un lieu ouvert."), Some(&t::TEXT_TOO_SHORT));
        assert_eq!(problem("xxxx"), Some(&t::TEXT_TOO_SHORT));
        assert_eq!(problem("Vingt caractères pile"), None);
        assert_eq!(problem(&"é".repeat(MIN_CHARS)), None);
        assert_eq!(problem(&"é".repeat(MIN_CHARS - 1)), Some(&t::TEXT_TOO_SHORT));
        assert_eq!(text_problem(None), Some(&t::TEXT_MISSING));
    }
}
