//! Compiler-style output for people:
//!
//! ```text
//! data/lab01.toml:3:1: erreur[unknown-key]: clé inconnue « nmo »
//!   |
//! 3 | nmo = "LAB01"
//!   | ^^^
//!   = aide : vouliez-vous dire « nom » ?
//! ```
//!
//! Columns count characters; the caret is placed by display width so that
//! it stays under the right character after accents and wide characters.
//! The compact layout (`import`) has no blank line between diagnostics.
//! Written with plain appends, not `write!`: `validate` renders hundreds of
//! thousands of these on large registers.

use std::borrow::Cow;
use std::sync::LazyLock;

use anstyle::{AnsiColor, Style};
use unicode_width::UnicodeWidthStr;

use super::{At, Note, Renderer};
use crate::diagnostic::{Diagnostic, Severity};
use crate::messages::ui;

const TAB: &str = "    ";

/// The escape sequences of each style, on and off (empty without colour).
struct Palette {
    error: (String, String),
    warning: (String, String),
    bold: (String, String),
    gutter: (String, String),
}

fn codes(style: Style) -> (String, String) {
    (style.render().to_string(), style.render_reset().to_string())
}

static COLOURS: LazyLock<Palette> = LazyLock::new(|| Palette {
    error: codes(Style::new().fg_color(Some(AnsiColor::Red.into())).bold()),
    warning: codes(Style::new().fg_color(Some(AnsiColor::Yellow.into())).bold()),
    bold: codes(Style::new().bold()),
    gutter: codes(Style::new().fg_color(Some(AnsiColor::Blue.into())).bold()),
});

static PLAIN: LazyLock<Palette> = LazyLock::new(|| Palette {
    error: Default::default(),
    warning: Default::default(),
    bold: Default::default(),
    gutter: Default::default(),
});

/// Appends `text` with its tabs widened.
fn push_untabbed(s: &mut String, text: &str) {
    if has(b'\t', text) {
        s.push_str(&text.replace('\t', TAB));
    } else {
        s.push_str(text);
    }
}

/// The display width of `text` once its tabs are widened: its length when
/// it is printable ASCII (most source lines), one column per byte.
fn width(text: &str) -> usize {
    if text.bytes().all(|b| matches!(b, b' '..=b'~')) {
        text.len()
    } else if has(b'\t', text) {
        UnicodeWidthStr::width(text.replace('\t', TAB).as_str())
    } else {
        UnicodeWidthStr::width(text)
    }
}

/// Whether `text` holds the ASCII byte `b`.
fn has(b: u8, text: &str) -> bool {
    memchr::memchr(b, text.as_bytes()).is_some()
}

/// Appends `n` in decimal (without `fmt`'s machinery: three numbers per
/// diagnostic).
fn push_number(s: &mut String, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    s.extend(digits[at..].iter().map(|&d| char::from(d)));
}

/// Appends `n` times `c`.
fn push_n(s: &mut String, c: char, n: usize) {
    s.extend(std::iter::repeat_n(c, n));
}

/// The byte offset of character `n` of `line` (its length past the end).
fn char_offset(line: &str, n: usize) -> usize {
    line.char_indices().nth(n).map_or(line.len(), |(i, _)| i)
}

/// A line longer than this, in characters, is cut around the span.
const LONG_LINE: usize = 160;
/// Characters kept on each side of the span in a cut line.
const CONTEXT: usize = 40;
/// Characters of the span itself kept in a cut line.
const SPAN_SHOWN: usize = 80;
/// Where a line was cut.
const CUT: &str = "…";

/// The snippet of a source line: the text before the span, the span and
/// the text after it, with control characters made visible
/// (`terminal::escape`) and a long line cut around the span (a file of
/// deep nesting has lines of hundreds of kilobytes: the diagnostic shows
/// the part that matters, marked `…` where it was cut).
fn snippet(line: &str, from: usize, to: usize) -> [Cow<'_, str>; 3] {
    let visible = crate::terminal::escape_lines;
    let (before, span, after) = (&line[..from], &line[from..to], &line[to..]);
    if line.len() <= LONG_LINE || line.chars().count() <= LONG_LINE {
        // Nothing to escape in the line, nothing in its parts.
        if crate::terminal::plain(line, true) {
            return [Cow::Borrowed(before), Cow::Borrowed(span), Cow::Borrowed(after)];
        }
        return [visible(before), visible(span), visible(after)];
    }
    let before_kept = before
        .char_indices()
        .rev()
        .nth(CONTEXT.saturating_sub(1))
        .map_or(before, |(i, _)| &before[i..]);
    let span_kept = &span[..char_offset(span, SPAN_SHOWN)];
    let after_kept = &after[..char_offset(after, CONTEXT)];
    let cut = |kept: &str, whole: &str| if kept.len() < whole.len() { CUT } else { "" };
    [
        Cow::Owned(format!("{}{}", cut(before_kept, before), visible(before_kept))),
        Cow::Owned(format!("{}{}", visible(span_kept), cut(span_kept, span))),
        Cow::Owned(format!("{}{}", visible(after_kept), cut(after_kept, after))),
    ]
}

/// Appends a value from the data with its control characters visible, cut
/// when it is very long (`terminal::clip`): for the message, one line.
fn visible(text: &str, out: &mut String) {
    out.push_str(&crate::terminal::escape(&crate::terminal::clip(text)));
}

/// [`visible`], line breaks kept: for the help, whose examples (a corrected
/// line, a table to add) run over several lines.
fn visible_lines(text: &str, out: &mut String) {
    out.push_str(&crate::terminal::escape_lines(&crate::terminal::clip(text)));
}

/// Writes one diagnostic.
pub(super) fn diagnostic(buf: &mut Vec<u8>, at: &At<'_>, d: &Diagnostic, notes: &[Note<'_>], r: &Renderer) {
    let lang = r.lang;
    let p: &Palette = if r.color { &COLOURS } else { &PLAIN };
    let sev = match d.severity {
        Severity::Error => &p.error,
        _ => &p.warning,
    };
    let (b, g) = (&p.bold, &p.gutter);
    // Most diagnostics fit (a file name, a message, the line, the help).
    let mut s = String::with_capacity(640);
    s.push_str(&b.0);
    s.push_str(&crate::terminal::escape(at.file));
    if let Some((start, _)) = at.pos {
        s.push(':');
        push_number(&mut s, start.line);
        s.push(':');
        push_number(&mut s, start.column);
    }
    s.push(':');
    s.push_str(&b.1);
    s.push(' ');
    s.push_str(&sev.0);
    s.push_str(d.severity.label(lang));
    s.push('[');
    s.push_str(d.rule.name());
    s.push(']');
    s.push_str(&sev.1);
    s.push_str(&b.0);
    s.push_str(crate::messages::before_colon(lang));
    s.push_str(": ");
    d.message.render_data_with(lang, &mut s, &visible);
    s.push_str(&b.1);
    s.push('\n');
    let line_number = at.pos.map_or(1, |(start, _)| start.line);
    let digits = line_number.checked_ilog10().unwrap_or(0) as usize + 1;
    if let (Some(line), Some((start, end))) = (at.line, at.pos) {
        let from = char_offset(line, start.column - 1);
        let to = if end.line == start.line {
            from + char_offset(&line[from..], end.column.saturating_sub(start.column))
        } else {
            line.len()
        };
        // The gutter: the line number, or as many spaces.
        let gutter = |s: &mut String, number: bool| {
            s.push_str(&g.0);
            if number {
                push_number(s, line_number);
            } else {
                push_n(s, ' ', digits);
            }
            s.push_str(" |");
            s.push_str(&g.1);
        };
        gutter(&mut s, false);
        s.push('\n');
        let [before, span, after] = snippet(line, from, to);
        gutter(&mut s, true);
        s.push(' ');
        // The three parts are of one line: one look for a tab.
        if has(b'\t', line) {
            push_untabbed(&mut s, &before);
            push_untabbed(&mut s, &span);
            push_untabbed(&mut s, &after);
        } else {
            s.push_str(&before);
            s.push_str(&span);
            s.push_str(&after);
        }
        s.push('\n');
        gutter(&mut s, false);
        s.push(' ');
        push_n(&mut s, ' ', width(&before));
        s.push_str(&sev.0);
        push_n(&mut s, '^', width(&span).max(1));
        s.push_str(&sev.1);
        s.push('\n');
    }
    let colon = crate::messages::before_colon(lang);
    let equals = |s: &mut String, label: &str| {
        s.push_str(&g.0);
        push_n(s, ' ', digits);
        s.push_str(" =");
        s.push_str(&g.1);
        s.push(' ');
        s.push_str(&b.0);
        s.push_str(label);
        s.push_str(colon);
        s.push(':');
        s.push_str(&b.1);
        s.push(' ');
    };
    for (label, value) in notes {
        equals(&mut s, label.get(lang));
        s.push_str(&crate::messages::quoted_list(lang, &[crate::terminal::escape(value)]));
        s.push('\n');
    }
    if let Some(help) = &d.help {
        equals(&mut s, ui::HELP_LABEL.get(lang));
        let from = s.len();
        help.render_data_with(lang, &mut s, &visible_lines);
        // Multi-line examples are indented under the help line.
        if has(b'\n', &s[from..]) {
            let indented = s[from..].replace('\n', &format!("\n{}     ", " ".repeat(digits)));
            s.truncate(from);
            s.push_str(&indented);
        }
        s.push('\n');
    }
    if !r.compact {
        s.push('\n');
    }
    buf.extend_from_slice(s.as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{LineIndex, Span};
    use crate::messages::rules::unknown_key as t;
    use crate::messages::{Lang, Message};
    use crate::rules::RuleId;

    fn render(file: &str, text: &str, span: Span, value: &str) -> String {
        let idx = LineIndex::new(text);
        let start = idx.position(span.start);
        let at = At {
            file,
            pos: Some((start, idx.position(span.end))),
            line: Some(idx.line_text(start.line)),
        };
        let d = Diagnostic {
            rule: RuleId::UnknownKey,
            severity: Severity::Error,
            span,
            message: Message::new(&t::MESSAGE).arg("cle", value),
            help: None,
        };
        let mut buf = Vec::new();
        diagnostic(
            &mut buf,
            &at,
            &d,
            &[],
            &Renderer::new(super::super::Format::Human, Lang::Fr, false),
        );
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn control_characters_of_the_file_name_line_and_value_are_shown_escaped() {
        let text = "\"a\u{1b}[2J\" = 1\n";
        let out = render(
            "data/x\u{1b}]0;t\u{7}.toml",
            text,
            Span { start: 0, end: 7 },
            "a\u{1b}[2J",
        );
        assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
        assert!(out.contains("data/x\\u{1b}]0;t\\u{7}.toml:1:1"), "{out}");
        assert!(out.contains("1 | \"a\\u{1b}[2J\" = 1"), "{out}");
        // The caret is under the escaped span, as wide as it is shown.
        assert!(out.contains("  | ^^^^^^^^^^^^\n"), "{out}");
        assert!(out.contains("«\u{a0}a\\u{1b}[2J\u{a0}»"), "{out}");
    }

    #[test]
    fn numbers_are_written_as_fmt_writes_them() {
        let mut n = 1usize;
        let mut tried = vec![0, usize::MAX];
        while let Some(next) = n.checked_mul(7) {
            tried.extend([n - 1, n, n + 1]);
            n = next;
        }
        for n in tried {
            let mut s = String::from("x");
            push_number(&mut s, n);
            assert_eq!(s, format!("x{n}"));
        }
    }

    #[test]
    fn long_lines_are_cut_around_the_span() {
        let text = format!("cle = [{}x{}]\n", "[".repeat(200_000), "]".repeat(200_000));
        let at = text.find('x').unwrap() as u32;
        let out = render("data/x.toml", &text, Span { start: at, end: at + 1 }, "x");
        assert!(out.len() < 600, "{} bytes", out.len());
        let line = out.lines().find(|l| l.starts_with("1 |")).unwrap();
        assert_eq!(line, format!("1 | …{}x{}…", "[".repeat(40), "]".repeat(40)));
        let caret = out.lines().find(|l| l.contains('^')).unwrap();
        assert_eq!(caret.find('^'), line.find('x').map(|i| i - 2), "{caret}\n{line}");
    }
}
