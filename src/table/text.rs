//! Text fitted to a terminal's width, word by word: the pieces [`Table`]
//! lays its cells out with, and [`Fitted`], the writer through which the
//! titles, notes and cards printed around tables fit the same width.
//!
//! A word is never split: a line breaks between words, and a word wider
//! than a whole line loses its end behind « … » (its start stays
//! readable, and the cut shows). Widths are terminal columns
//! (`unicode-width`).
//!
//! [`Table`]: super::Table

use std::io::{self, Write};

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// `text` cut to `width` terminal columns, an ellipsis marking the cut.
pub(crate) fn cut(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// `text` broken between words into lines of at most `width` terminal
/// columns; a word wider than a whole line is cut with « … » rather than
/// split. An indented item (`  · sous-action`) keeps its indent, and its
/// next lines start under its text.
pub(crate) fn wrap(text: &str, width: usize) -> Vec<String> {
    let body = text.trim_start_matches(' ');
    let indent = &text[..text.len() - body.len()];
    let marker = ["· ", "• ", "- "]
        .into_iter()
        .find(|m| body.starts_with(m))
        .unwrap_or("");
    // Too narrow for the indent and a letter: no indent at all.
    let (indent, body) = if indent.width() + marker.width() < width {
        (indent, body)
    } else {
        ("", text.trim_start_matches(' '))
    };
    let marker = if indent.width() + marker.width() < width {
        marker
    } else {
        ""
    };
    let first = width.saturating_sub(indent.width()).max(1);
    let hanging = format!("{indent}{}", " ".repeat(marker.width()));
    let rest = width.saturating_sub(hanging.width()).max(1);
    words(body, first, rest)
        .into_iter()
        .enumerate()
        .map(|(k, l)| {
            if k == 0 {
                format!("{indent}{l}")
            } else {
                format!("{hanging}{l}")
            }
        })
        .collect()
}

/// The words of `text` in lines of at most `first` terminal columns for
/// the first line and `rest` for the others (always at least one line,
/// maybe empty); a word wider than its line is cut with « … ».
pub(super) fn words(text: &str, first: usize, rest: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        // A first word too wide for the first line starts on the next.
        if lines.is_empty() && line.is_empty() && word.width() > first && rest > first {
            lines.push(String::new());
        }
        let room = if lines.is_empty() { first } else { rest };
        if !line.is_empty() && line.width() + 1 + word.width() > room {
            lines.push(std::mem::take(&mut line));
        }
        let room = if lines.is_empty() { first } else { rest };
        if line.is_empty() {
            line = cut(word, room);
        } else {
            line.push(' ');
            line.push_str(word);
        }
    }
    lines.push(line);
    lines
}

/// Lines of text (a card such as `show`'s) fitted to `width` on a
/// terminal: a line wider than the terminal goes on over several lines,
/// broken between words, the next lines under its value (an indented line
/// with a `: `, when that leaves room) or under its text (after its indent
/// and bullet); lines that fit, and everything when piped, are left as
/// they are.
pub(crate) fn fit_text(text: &str, width: Option<usize>) -> String {
    let Some(width) = width else {
        return text.to_string();
    };
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let (line, end) = match line.strip_suffix('\n') {
            Some(l) => (l, "\n"),
            None => (line, ""),
        };
        if line.width() <= width {
            out.push_str(line);
            out.push_str(end);
            continue;
        }
        // An indented `label : value` line (a card's) goes on under its
        // value; prose starts at the margin.
        let value = Some(line)
            .filter(|l| l.starts_with(' '))
            .and_then(|l| l.find(": "))
            .map(|i| i + 1 + line[i + 1..].len() - line[i + 1..].trim_start_matches(' ').len())
            .filter(|&i| line[..i].width() <= width / 2);
        let lines = match value {
            Some(i) => {
                let indent = line[..i].width();
                words(&line[i..], width - indent, width - indent)
                    .into_iter()
                    .enumerate()
                    .map(|(k, l)| {
                        if k == 0 {
                            format!("{}{l}", &line[..i])
                        } else {
                            format!("{}{l}", " ".repeat(indent))
                        }
                    })
                    .collect()
            }
            None => wrap(line, width),
        };
        for l in lines {
            out.push_str(l.trim_end());
            out.push('\n');
        }
        if end.is_empty() {
            out.pop();
        }
    }
    out
}

/// A writer that fits each line written through it to a terminal's
/// width ([`fit_text`]): the standard output of the commands that print
/// tables and cards, so that their titles, notes and legends never split a
/// word either. Without a width, bytes pass through untouched.
pub(crate) struct Fitted<'a> {
    out: &'a mut dyn Write,
    width: Option<usize>,
    line: Vec<u8>,
}

impl<'a> Fitted<'a> {
    pub fn new(out: &'a mut dyn Write, width: Option<usize>) -> Fitted<'a> {
        Fitted {
            out,
            width,
            line: Vec::new(),
        }
    }

    /// Writes the lines complete so far (all of them with `all`).
    fn drain(&mut self, all: bool) -> io::Result<()> {
        let end = if all {
            self.line.len()
        } else {
            match self.line.iter().rposition(|b| *b == b'\n') {
                Some(i) => i + 1,
                None => return Ok(()),
            }
        };
        let text = String::from_utf8_lossy(&self.line[..end]).into_owned();
        self.line.drain(..end);
        self.out.write_all(fit_text(&text, self.width).as_bytes())
    }
}

impl Write for Fitted<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.width.is_none() {
            return self.out.write(buf);
        }
        self.line.extend_from_slice(buf);
        if buf.contains(&b'\n') {
            self.drain(false)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.drain(true)?;
        self.out.flush()
    }
}

impl Drop for Fitted<'_> {
    fn drop(&mut self) {
        let _ = self.drain(true);
    }
}
