//! Text bound for people's eyes: characters a terminal would obey, shown
//! instead.
//!
//! A record's text, a file name or a cell of a sheet may hold characters a
//! terminal does not print but obeys: ESC starts sequences that clear the
//! screen or retitle the window (`\u{1b}[2J`, `\u{1b}]0;…\u{7}`), a
//! carriage return goes back over the line, a bidi override (U+202E)
//! reverses what follows, an invisible character (U+200B) hides a
//! difference between two names. This module is the one place that knows
//! them ([`hidden`]) and the one way they are shown: [`escape`] writes each
//! as `\u{1b}` (`\n`, `\r`, `\t` for the three common ones), whatever the
//! severity of the `control-character` rule, which reports them in records.
//!
//! Everything printed for a person goes through here: the diagnostic
//! renderer (snippets, file names, the values quoted in messages), the
//! tables and cards of `list`, `show` and the other query commands, and —
//! through [`Escaping`], a writer that keeps line breaks and tabs — the
//! whole of standard error and the human formats of standard output.
//! Machine formats (JSON) escape control characters by their own syntax
//! and do not come here, unless they are sent to a terminal (`cmd`).
//!
//! A lowest layer: it uses nothing of the crate.

use std::borrow::Cow;
use std::io::{self, Write};

use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};

/// What kind of character a terminal would not show as it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Hidden {
    /// A control character (C0, DEL, C1) or a line or paragraph separator.
    Control,
    /// A bidirectional formatting character (override, embedding,
    /// isolate, mark): it reorders the text around it.
    Bidi,
    /// A character that takes no room: zero-width space and joiners, soft
    /// hyphen, byte order mark, Hangul fillers...
    Invisible,
}

/// Whether `c` is shown as something other than itself on a terminal, and
/// why. Printable text (letters, punctuation, spaces, emoji) is `None`.
pub(crate) fn hidden(c: char) -> Option<Hidden> {
    if (' '..='~').contains(&c) {
        return None;
    }
    if c.is_control() {
        return Some(Hidden::Control);
    }
    if c.is_ascii() {
        return None;
    }
    // Latin letters with accents, « », the no-break space...: the text of
    // most records, decided without a table lookup (the soft hyphen, a
    // format character, is the one exception of the range).
    if ('\u{a0}'..='\u{2ff}').contains(&c) && c != '\u{ad}' {
        return None;
    }
    match c {
        '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {
            return Some(Hidden::Bidi)
        }
        // Letters and marks of the Unicode database that render as nothing.
        '\u{034f}' | '\u{115f}' | '\u{1160}' | '\u{3164}' | '\u{ffa0}' => return Some(Hidden::Invisible),
        _ => {}
    }
    match c.general_category() {
        GeneralCategory::Format => Some(Hidden::Invisible),
        GeneralCategory::LineSeparator | GeneralCategory::ParagraphSeparator => Some(Hidden::Control),
        _ => None,
    }
}

/// The common name of a character [`hidden`] reports, for messages
/// (« U+202E (RIGHT-TO-LEFT OVERRIDE) »): the Unicode name of the usual
/// suspects, nothing for the others (their code point says it).
pub(crate) fn name(c: char) -> Option<&'static str> {
    Some(match c {
        '\0' => "NUL",
        '\u{7}' => "BEL",
        '\u{8}' => "BACKSPACE",
        '\t' => "TAB",
        '\n' => "LINE FEED",
        '\u{b}' => "LINE TABULATION",
        '\u{c}' => "FORM FEED",
        '\r' => "CARRIAGE RETURN",
        '\u{1b}' => "ESC",
        '\u{7f}' => "DELETE",
        '\u{85}' => "NEXT LINE",
        '\u{9b}' => "CONTROL SEQUENCE INTRODUCER",
        '\u{a0}' => "NO-BREAK SPACE",
        '\u{ad}' => "SOFT HYPHEN",
        '\u{34f}' => "COMBINING GRAPHEME JOINER",
        '\u{61c}' => "ARABIC LETTER MARK",
        '\u{200b}' => "ZERO WIDTH SPACE",
        '\u{200c}' => "ZERO WIDTH NON-JOINER",
        '\u{200d}' => "ZERO WIDTH JOINER",
        '\u{200e}' => "LEFT-TO-RIGHT MARK",
        '\u{200f}' => "RIGHT-TO-LEFT MARK",
        '\u{2028}' => "LINE SEPARATOR",
        '\u{2029}' => "PARAGRAPH SEPARATOR",
        '\u{202a}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202b}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202c}' => "POP DIRECTIONAL FORMATTING",
        '\u{202d}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202e}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{2060}' => "WORD JOINER",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        '\u{2069}' => "POP DIRECTIONAL ISOLATE",
        '\u{feff}' => "ZERO WIDTH NO-BREAK SPACE",
        _ => return None,
    })
}

/// `U+202E (RIGHT-TO-LEFT OVERRIDE)`, or `U+E0001` for a character without
/// a common name: how messages name a character.
pub(crate) fn describe(c: char) -> String {
    match name(c) {
        Some(n) => format!("U+{:04X} ({n})", c as u32),
        None => format!("U+{:04X}", c as u32),
    }
}

/// Values longer than this, in characters, are shown cut by [`clip`].
pub(crate) const CLIP: usize = 120;

/// `text` cut to its first [`CLIP`] characters, with `…`, when it is
/// longer: a message that quotes a value (a 10 MB header cell, a 30 KB
/// argument, a 400 KB line) stays one readable line.
pub(crate) fn clip(text: &str) -> Cow<'_, str> {
    if text.len() <= CLIP {
        return Cow::Borrowed(text);
    }
    match text.char_indices().nth(CLIP) {
        Some((at, _)) => Cow::Owned(format!("{}…", &text[..at])),
        None => Cow::Borrowed(text),
    }
}

/// Appends the visible form of `c`: `\n`, `\r`, `\t`, else `\u{1b}`.
fn push_escaped(out: &mut String, c: char) {
    match c {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c => {
            use std::fmt::Write as _;
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        }
    }
}

/// `text` with every [`hidden`] character written visibly (`\u{1b}`),
/// line breaks and tabs included: for one value in a table cell, a card's
/// line or a diagnostic. Borrowed when there is nothing to escape (the
/// usual case costs one scan).
pub(crate) fn escape(text: &str) -> Cow<'_, str> {
    escape_but(text, &[])
}

/// [`escape`], keeping line breaks and tabs: for text that is laid out in
/// lines (messages, reports).
pub(crate) fn escape_lines(text: &str) -> Cow<'_, str> {
    escape_but(text, &['\n', '\t'])
}

/// Whether `text` holds no [`hidden`] character (line breaks and tabs
/// allowed when `breaks`), decided on its bytes for the text of most
/// records: printable ASCII (8 bytes at a time), accented Latin letters,
/// « », the no-break spaces, dashes, curly quotes, `…` and `€`. `false` may also mean "not decided here": the
/// caller then looks at each character.
pub(crate) fn plain(text: &str, breaks: bool) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    loop {
        while let Some(word) = bytes.get(i..i + 8) {
            if !printable_ascii(u64::from_le_bytes(word.try_into().unwrap_or_default())) {
                break;
            }
            i += 8;
        }
        let Some(&b) = bytes.get(i) else {
            return true;
        };
        i += match b {
            b' '..=b'~' => 1,
            b'\n' | b'\t' if breaks => 1,
            // U+00A0..U+00BF, but the soft hyphen U+00AD (and not C1).
            0xc2 if bytes.get(i + 1).is_some_and(|&n| n >= 0xa0 && n != 0xad) => 2,
            // U+00C0..U+033F: letters with accents, combining accents.
            0xc3..=0xcc => 2,
            // U+2010..U+2027 (dashes, quotes, …, •) and U+202F (the narrow
            // no-break space of French typography); U+20AC (€).
            0xe2 if bytes.get(i + 1) == Some(&0x80)
                && bytes.get(i + 2).is_some_and(|&n| matches!(n, 0x90..=0xa7 | 0xaf)) =>
            {
                3
            }
            0xe2 if bytes.get(i + 1) == Some(&0x82) && bytes.get(i + 2) == Some(&0xac) => 3,
            _ => return false,
        };
    }
}

/// Whether the 8 bytes of `word` are all printable ASCII (0x20 to 0x7e),
/// decided at once: a byte below 0x20 borrows into its high bit when 0x20
/// is taken from each; a byte from 0x7f up has its high bit set, or gets
/// it when 1 is added to each (the classic "has less" / "has more" word
/// tricks, exact for "is there any").
fn printable_ascii(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let below = word.wrapping_sub(ONES * 0x20) & !word & HIGH;
    let above = (word | word.wrapping_add(ONES)) & HIGH;
    below | above == 0
}

fn escape_but<'a>(text: &'a str, kept: &[char]) -> Cow<'a, str> {
    if plain(text, kept.contains(&'\n')) {
        return Cow::Borrowed(text);
    }
    let unsafe_at = |c: char| hidden(c).is_some() && !kept.contains(&c);
    let Some(first) = text.find(unsafe_at) else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len() + 8);
    out.push_str(&text[..first]);
    for c in text[first..].chars() {
        if unsafe_at(c) {
            push_escaped(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A writer that passes text on with its [`hidden`] characters escaped,
/// line breaks and tabs kept: standard error, and the human formats of
/// standard output. Bytes that are not UTF-8 are written `\x{ff}`. A
/// character cut between two writes is held until the next.
pub(crate) struct Escaping<'w> {
    inner: &'w mut dyn Write,
    /// The start of a character cut at the end of the last write.
    held: Vec<u8>,
    enabled: bool,
}

impl<'w> Escaping<'w> {
    /// Escapes what is written to `inner` when `enabled`; passes it through
    /// untouched otherwise (a machine format on a pipe).
    pub fn new(inner: &'w mut dyn Write, enabled: bool) -> Escaping<'w> {
        Escaping {
            inner,
            held: Vec::new(),
            enabled,
        }
    }

    fn write_text(&mut self, text: &str) -> io::Result<()> {
        self.inner.write_all(escape_lines(text).as_bytes())
    }
}

impl Write for Escaping<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if !self.enabled {
            return self.inner.write(buf);
        }
        let joined;
        let mut bytes = buf;
        if !self.held.is_empty() {
            let mut v = std::mem::take(&mut self.held);
            v.extend_from_slice(buf);
            joined = v;
            bytes = &joined;
        }
        loop {
            match std::str::from_utf8(bytes) {
                Ok(text) => {
                    self.write_text(text)?;
                    break;
                }
                Err(e) => {
                    let (good, rest) = bytes.split_at(e.valid_up_to());
                    self.write_text(std::str::from_utf8(good).unwrap_or_default())?;
                    match e.error_len() {
                        // Cut at the end: wait for the rest of the character.
                        None => {
                            self.held = rest.to_vec();
                            break;
                        }
                        Some(n) => {
                            for b in &rest[..n] {
                                write!(self.inner, "\\x{{{b:02x}}}")?;
                            }
                            bytes = &rest[n..];
                        }
                    }
                }
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.held.is_empty() {
            let held = std::mem::take(&mut self.held);
            for b in held {
                write!(self.inner, "\\x{{{b:02x}}}")?;
            }
        }
        self.inner.flush()
    }
}

impl Drop for Escaping<'_> {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The word test agrees with a byte-by-byte test on every byte value
    /// at every place of a word, among printable neighbours or not.
    #[test]
    fn printable_ascii_agrees_with_each_byte() {
        for b in 0..=255u8 {
            for at in 0..8 {
                for fill in [b'a', b' ', b'~', 0x1f, 0x7f, 0xff, 0x80] {
                    let mut word = [fill; 8];
                    word[at] = b;
                    let each = word.iter().all(|c| (0x20..=0x7e).contains(c));
                    assert_eq!(printable_ascii(u64::from_le_bytes(word)), each, "{word:?}");
                }
            }
        }
    }

    /// `plain` never says yes to a text holding a character `hidden`
    /// reports (but line breaks and tabs when `breaks`): each character of
    /// U+0000..U+3000 at several places of a text long enough for the
    /// 8-byte steps, before, inside and after them.
    #[test]
    fn plain_agrees_with_hidden() {
        let around = "Fabrique à Saint-Étienne, 12 rue de la Gare";
        for c in (0u32..0x3000).filter_map(char::from_u32) {
            for at in [0, 1, 15, 16, 17, 31, 33, around.len()] {
                let at = (0..=at).rev().find(|&i| around.is_char_boundary(i)).unwrap_or(0);
                let text = format!("{}{c}{}", &around[..at], &around[at..]);
                for breaks in [false, true] {
                    let allowed = breaks && matches!(c, '\n' | '\t');
                    if plain(&text, breaks) {
                        assert!(hidden(c).is_none() || allowed, "{c:?} at {at}, breaks {breaks}");
                    } else if hidden(c).is_none() || allowed {
                        // Not decided on the bytes: only outside the usual ranges.
                        assert!(c as u32 > 0x33f, "{c:?} at {at}, breaks {breaks}");
                    }
                }
            }
        }
        assert!(plain("Fabrique « La Dynamo » à Chambéry\u{a0}: ça marche", false));
        assert!(plain(
            "Le Préau – la Briqueterie — « l’atelier »… 10\u{202f}€ • “oui”",
            false
        ));
        assert!(!plain("ligne\u{2028}séparée", false));
        assert!(!plain("bidi\u{202a}", false));
        assert!(plain("une ligne\n\tpuis une autre", true));
        assert!(!plain("une ligne\npuis une autre", false));
        assert!(!plain("retour\rchariot", true));
        assert!(!plain("LAB\u{200b}01", false));
        assert!(!plain("soft\u{ad}hyphen", false));
        assert!(!plain("esc\u{1b}[2J", false));
        assert!(!plain("next line \u{85}", false));
    }

    /// The shortcut for Latin letters decides as the Unicode tables do:
    /// over the whole range it skips, only the soft hyphen is hidden.
    #[test]
    fn the_latin_shortcut_agrees_with_the_general_category() {
        for c in '\u{a0}'..='\u{2ff}' {
            let by_table = matches!(
                c.general_category(),
                GeneralCategory::Format | GeneralCategory::LineSeparator | GeneralCategory::ParagraphSeparator
            ) || c.is_control();
            assert_eq!(hidden(c).is_some(), by_table, "{c:?}");
        }
    }

    #[test]
    fn what_a_terminal_would_obey_is_written_visibly() {
        assert_eq!(escape("LAB01"), "LAB01");
        assert!(matches!(escape("Ambérieu-en-Bugey « ok » 🙂"), Cow::Borrowed(_)));
        assert_eq!(escape("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(escape("\u{1b}]0;titre\u{7}"), "\\u{1b}]0;titre\\u{7}");
        assert_eq!(escape("a\rb\nc\td"), "a\\rb\\nc\\td");
        assert_eq!(escape("abc\u{202e}fed"), "abc\\u{202e}fed");
        assert_eq!(escape("LAB\u{200b}01"), "LAB\\u{200b}01");
        assert_eq!(escape("\u{9b}2J"), "\\u{9b}2J");
        assert_eq!(escape_lines("a\nb\tc\u{1b}"), "a\nb\tc\\u{1b}");
    }

    #[test]
    fn characters_are_classified_and_named() {
        assert_eq!(hidden('\u{1b}'), Some(Hidden::Control));
        assert_eq!(hidden('\u{85}'), Some(Hidden::Control));
        assert_eq!(hidden('\u{2028}'), Some(Hidden::Control));
        assert_eq!(hidden('\u{202e}'), Some(Hidden::Bidi));
        assert_eq!(hidden('\u{2067}'), Some(Hidden::Bidi));
        assert_eq!(hidden('\u{200b}'), Some(Hidden::Invisible));
        assert_eq!(hidden('\u{ad}'), Some(Hidden::Invisible));
        assert_eq!(hidden('\u{feff}'), Some(Hidden::Invisible));
        for visible in ['a', 'é', ' ', '\u{a0}', '\u{202f}', '’', '«', '🙂', '中'] {
            assert_eq!(hidden(visible), None, "{visible:?}");
        }
        assert_eq!(describe('\u{202e}'), "U+202E (RIGHT-TO-LEFT OVERRIDE)");
        assert_eq!(describe('\0'), "U+0000 (NUL)");
        assert_eq!(describe('\u{e0001}'), "U+E0001");
    }

    #[test]
    fn the_writer_escapes_across_writes_and_keeps_lines() {
        let mut out = Vec::new();
        {
            let mut w = Escaping::new(&mut out, true);
            let bytes = "x\u{202e}y\n\u{1b}[2J\té".as_bytes();
            // Cut inside U+202E (3 bytes) and inside é.
            w.write_all(&bytes[..2]).unwrap();
            w.write_all(&bytes[2..bytes.len() - 1]).unwrap();
            w.write_all(&bytes[bytes.len() - 1..]).unwrap();
            w.write_all(b"\xff!").unwrap();
        }
        assert_eq!(String::from_utf8(out).unwrap(), "x\\u{202e}y\n\\u{1b}[2J\té\\x{ff}!");
        let mut raw = Vec::new();
        Escaping::new(&mut raw, false).write_all(b"\x1b[2J").unwrap();
        assert_eq!(raw, b"\x1b[2J");
    }
}
