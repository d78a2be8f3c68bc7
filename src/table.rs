//! Tables for people: every table the tool prints (`list`, `stats`,
//! `criteres`, `actions`, `liens`, `rules`, `vocab`, `geo`) is a [`Table`]
//! written by [`Table::write`], so that they all behave alike.
//!
//! Piped or redirected (no width), a table is plain aligned columns with
//! one space of padding on each side and every value whole: scripts and
//! `grep` read it, and its layout does not depend on any terminal.
//!
//! On a terminal `width` columns wide, a table never writes a line wider
//! than the terminal, so that the terminal never wraps a line in the middle
//! of a word or an id. In order, until it fits:
//! 1. the widest [`Fit::Wrap`] column is narrowed, one terminal column at
//!    a time, down to its longest word: its cells go on over several
//!    lines, broken between words (descriptions, labels: nothing is lost);
//! 2. headers wider than their values go on over several lines, broken
//!    between words (« mise en » over « commun »);
//! 3. optional columns are hidden, the last first, and a note names them;
//! 4. then, all optional columns hidden, the widest column that can lose a
//!    terminal column does: a header over narrower values is cut
//!    (« numér… » over « oui »), down to six columns; a [`Fit::Cut`]
//!    column's cells lose their end behind « … » (one line per row:
//!    `list`), and a [`Fit::Wrap`] column's longest words theirs, down to
//!    the column's minimum; [`Fit::Whole`] values (codes, numbers, bars)
//!    are never narrowed;
//! 5. when even that does not fit, each row becomes a card: its first cell
//!    as a title, then one `champ : valeur` line per column, values broken
//!    between words.
//!
//! Cells are one value each, already made safe for a terminal (escaping
//! control characters is the caller's business); widths are counted in
//! terminal columns (`unicode-width`), never in bytes or characters, so
//! that accents and wide characters line up. The titles, notes and cards
//! printed around tables fit the same width through [`Fitted`].

use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

mod text;

#[cfg(test)]
use text::fit_text;
pub(crate) use text::Fitted;
use text::{cut, words, wrap};

use crate::messages::{before_colon, fill, ui, Lang};

/// Spaces between two columns on a terminal.
const GAP: usize = 2;
/// A header cut over narrower values keeps at least this many columns
/// (five letters and « … »).
const HEADER_MIN: usize = 6;

/// Where a column's values sit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Align {
    Left,
    /// Numbers: units under units.
    Right,
}

/// How a column may be narrowed on a terminal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fit {
    /// Never: codes, numbers, dates, bars (a cut one would lie).
    Whole,
    /// Each cell cut at the end with « … », down to this many columns:
    /// one line per row, for lists read down a column.
    Cut(usize),
    /// Each cell broken between words over several lines, down to this many
    /// columns: texts read whole.
    Wrap(usize),
}

/// A column: its header, where its values sit, how it fits.
#[derive(Clone, Debug)]
pub(crate) struct Column {
    header: String,
    align: Align,
    fit: Fit,
    optional: bool,
}

impl Column {
    /// A column of values kept whole, on the left.
    pub fn new(header: impl Into<String>) -> Column {
        Column {
            header: header.into(),
            align: Align::Left,
            fit: Fit::Whole,
            optional: false,
        }
    }

    /// Values on the right (numbers).
    pub fn right(mut self) -> Column {
        self.align = Align::Right;
        self
    }

    /// Values cut with « … » on a narrow terminal, down to `min` columns.
    pub fn cut(mut self, min: usize) -> Column {
        self.fit = Fit::Cut(min.max(1));
        self
    }

    /// Values broken between words on a narrow terminal, down to `min`
    /// columns.
    pub fn wrap(mut self, min: usize) -> Column {
        self.fit = Fit::Wrap(min.max(1));
        self
    }

    /// A column a narrow terminal may hide (a note says so).
    pub fn optional(mut self) -> Column {
        self.optional = true;
        self
    }
}

/// A table: columns and rows of text cells.
#[derive(Clone, Debug)]
pub(crate) struct Table {
    columns: Vec<Column>,
    rows: Vec<Vec<String>>,
}

/// How a table is laid out on a terminal.
#[derive(Debug, PartialEq, Eq)]
enum Layout {
    /// Columns: the width of each column, `None` for a hidden one.
    Columns(Vec<Option<usize>>),
    /// One card per row.
    Cards,
}

impl Table {
    /// A table with these columns; the header line is written unless every
    /// header is empty.
    pub fn new(columns: Vec<Column>) -> Table {
        Table {
            columns,
            rows: Vec::new(),
        }
    }

    /// Adds a row: one cell per column (missing cells are empty).
    pub fn row<S: Into<String>>(&mut self, cells: impl IntoIterator<Item = S>) {
        let mut cells: Vec<String> = cells.into_iter().map(Into::into).collect();
        cells.resize(self.columns.len(), String::new());
        self.rows.push(cells);
    }

    fn has_header(&self) -> bool {
        self.columns.iter().any(|c| !c.header.is_empty())
    }

    /// Writes the table: fitted to `width` on a terminal, plain when
    /// piped (`None`). Each line ends with a line break.
    pub fn write(&self, out: &mut dyn Write, width: Option<usize>, lang: Lang) -> io::Result<()> {
        let Some(width) = width else {
            return self.write_plain(out);
        };
        match self.layout(width) {
            Layout::Columns(widths) => {
                self.write_columns(out, &widths)?;
                let hidden: Vec<&str> = self
                    .columns
                    .iter()
                    .zip(&widths)
                    .filter(|(_, w)| w.is_none())
                    .map(|(c, _)| c.header.as_str())
                    .collect();
                if !hidden.is_empty() {
                    let text = fill(ui::TABLE_HIDDEN.get(lang), &[("colonnes", hidden.join(", "))]);
                    for l in wrap(&text, width) {
                        writeln!(out, "{l}")?;
                    }
                }
                Ok(())
            }
            Layout::Cards => self.write_cards(out, width, lang),
        }
    }

    /// Each column's widest line, header included (`header`) or not.
    fn natural(&self, i: usize, header: bool) -> usize {
        let values = self.rows.iter().map(|r| lines_width(&r[i])).max().unwrap_or(0);
        if header && self.has_header() {
            values.max(self.columns[i].header.width())
        } else {
            values
        }
    }

    /// The widest word of a column's cells.
    fn longest_word(&self, i: usize) -> usize {
        self.rows
            .iter()
            .flat_map(|r| r[i].split(['\n', ' ']))
            .map(UnicodeWidthStr::width)
            .max()
            .unwrap_or(0)
    }

    /// The plain layout of a piped table: whole values, padded with one
    /// space on each side, columns as wide as their widest value.
    fn write_plain(&self, out: &mut dyn Write) -> io::Result<()> {
        let widths: Vec<usize> = (0..self.columns.len()).map(|i| self.natural(i, true)).collect();
        let header: Vec<String> = self.columns.iter().map(|c| c.header.clone()).collect();
        let rows = self.has_header().then_some(&header).into_iter().chain(&self.rows);
        for row in rows {
            let cells: Vec<Vec<&str>> = row.iter().map(|c| c.split('\n').collect()).collect();
            let height = cells.iter().map(Vec::len).max().unwrap_or(1);
            for l in 0..height {
                let mut line = String::new();
                for ((cell, c), w) in cells.iter().zip(&self.columns).zip(&widths) {
                    line.push(' ');
                    line.push_str(&pad(cell.get(l).copied().unwrap_or(""), *w, c.align));
                    line.push(' ');
                }
                line.push('\n');
                out.write_all(line.as_bytes())?;
            }
        }
        Ok(())
    }

    /// Chooses the columns and their widths for a terminal `width` wide,
    /// or cards when no choice fits.
    fn layout(&self, width: usize) -> Layout {
        let optional: Vec<usize> = (0..self.columns.len())
            .rev()
            .filter(|&i| self.columns[i].optional)
            .collect();
        let shown = |hidden: usize| -> Vec<bool> {
            (0..self.columns.len())
                .map(|i| !optional[..hidden].contains(&i))
                .collect()
        };
        // Optional columns are hidden, the last first, before any value is
        // cut; values are cut only with them all hidden.
        (0..=optional.len())
            .find_map(|hidden| self.fit(&shown(hidden), width, false))
            .or_else(|| self.fit(&shown(optional.len()), width, true))
            .map_or(Layout::Cards, Layout::Columns)
    }

    /// The widths of the `shown` columns fitted into `width`, if they fit,
    /// `cutting` values and headers or only breaking them between words.
    fn fit(&self, shown: &[bool], width: usize, cutting: bool) -> Option<Vec<Option<usize>>> {
        let n = self.columns.len();
        let mut widths: Vec<usize> = (0..n).map(|i| self.natural(i, true)).collect();
        let total = |w: &[usize]| {
            let columns: Vec<usize> = (0..n).filter(|&i| shown[i]).map(|i| w[i]).collect();
            columns.iter().sum::<usize>() + GAP * columns.len().saturating_sub(1)
        };
        // Floors, from what costs least to what costs most: texts go on
        // over more lines, then headers over narrower values (nothing is
        // lost); then the widest of the headers and of the values that may
        // be cut loses a column, so that a wide column is cut before a
        // narrow header becomes unreadable.
        let header = |i: usize| {
            if self.has_header() {
                self.columns[i].header.as_str()
            } else {
                ""
            }
        };
        let longest_word = |i: usize| header(i).split(' ').map(UnicodeWidthStr::width).max().unwrap_or(0);
        // A wrapped column keeps its longest word whole until values are cut.
        let values = |i: usize| match self.columns[i].fit {
            Fit::Wrap(min) => min.max(self.longest_word(i)).min(self.natural(i, false)),
            Fit::Whole | Fit::Cut(_) => self.natural(i, false),
        };
        let wrapped: Vec<usize> = (0..n)
            .map(|i| widths[i].min(values(i).max(header(i).width())))
            .collect();
        let headers: Vec<usize> = (0..n).map(|i| wrapped[i].min(values(i).max(longest_word(i)))).collect();
        let cut: Vec<usize> = (0..n)
            .map(|i| {
                let values = match self.columns[i].fit {
                    Fit::Wrap(min) | Fit::Cut(min) => min,
                    Fit::Whole => self.natural(i, false),
                };
                headers[i].min(values.max(HEADER_MIN))
            })
            .collect();
        let floors = if cutting {
            vec![&wrapped, &headers, &cut]
        } else {
            vec![&wrapped, &headers]
        };
        for floor in floors {
            while total(&widths) > width {
                // The widest column still above its floor loses a column.
                let Some(i) = (0..n)
                    .filter(|&i| shown[i] && widths[i] > floor[i])
                    .max_by_key(|&i| (widths[i], std::cmp::Reverse(i)))
                else {
                    break;
                };
                widths[i] -= 1;
            }
        }
        (total(&widths) <= width).then(|| (0..n).map(|i| shown[i].then_some(widths[i])).collect())
    }

    /// The rows as columns of the given widths.
    fn write_columns(&self, out: &mut dyn Write, widths: &[Option<usize>]) -> io::Result<()> {
        let shown: Vec<(usize, usize)> = widths
            .iter()
            .enumerate()
            .filter_map(|(i, w)| w.map(|w| (i, w)))
            .collect();
        let line = |cells: &[Vec<String>]| -> Vec<String> {
            let height = cells.iter().map(Vec::len).max().unwrap_or(1);
            (0..height)
                .map(|l| {
                    let parts: Vec<String> = shown
                        .iter()
                        .zip(cells)
                        .map(|((i, w), cell)| pad(cell.get(l).map_or("", String::as_str), *w, self.columns[*i].align))
                        .collect();
                    let mut s = parts.join(&" ".repeat(GAP)).trim_end().to_string();
                    s.push('\n');
                    s
                })
                .collect()
        };
        if self.has_header() {
            let header: Vec<Vec<String>> = shown.iter().map(|(i, w)| wrap(&self.columns[*i].header, *w)).collect();
            for l in line(&header) {
                out.write_all(l.as_bytes())?;
            }
            let rule: Vec<String> = shown.iter().map(|(_, w)| "─".repeat(*w)).collect();
            writeln!(out, "{}", rule.join(&" ".repeat(GAP)))?;
        }
        for row in &self.rows {
            let cells: Vec<Vec<String>> = shown
                .iter()
                .map(|(i, w)| {
                    row[*i]
                        .split('\n')
                        .flat_map(|text| match self.columns[*i].fit {
                            Fit::Wrap(_) => wrap(text, *w),
                            Fit::Whole | Fit::Cut(_) => vec![cut(text, *w)],
                        })
                        .collect()
                })
                .collect();
            for l in line(&cells) {
                out.write_all(l.as_bytes())?;
            }
        }
        Ok(())
    }

    /// One card per row: the first cell as a title, then `champ : valeur`
    /// lines (a column without a header goes on the line above it), values
    /// broken between words; a blank line between cards.
    fn write_cards(&self, out: &mut dyn Write, width: usize, lang: Lang) -> io::Result<()> {
        let colon = format!("{}: ", before_colon(lang));
        let label_width = self.columns.iter().skip(1).map(|c| c.header.width()).max().unwrap_or(0);
        // Labels are aligned when that leaves room for the values.
        let aligned = 2 + label_width + colon.width() + 12 <= width;
        for (n, row) in self.rows.iter().enumerate() {
            if n > 0 {
                writeln!(out)?;
            }
            if !row[0].is_empty() {
                for l in wrap(&row[0], width) {
                    writeln!(out, "{}", l.trim_end())?;
                }
            }
            let mut fields: Vec<(String, String)> = Vec::new();
            for (c, value) in self.columns.iter().zip(row).skip(1) {
                match fields.last_mut() {
                    Some((_, previous)) if c.header.is_empty() => {
                        if !value.is_empty() {
                            previous.push_str("  ");
                            previous.push_str(value);
                        }
                    }
                    _ => fields.push((c.header.clone(), value.clone())),
                }
            }
            for (label, value) in fields.iter().filter(|(_, v)| !v.trim().is_empty()) {
                let label = if label.is_empty() {
                    String::new()
                } else if aligned {
                    format!("{}{colon}", pad(label, label_width, Align::Left))
                } else {
                    format!("{label}{colon}")
                };
                // The value beside its label, going on under itself; or,
                // when the label leaves it too little room, under the label.
                let indent = 2 + label.width();
                let lines = if indent + 8 <= width {
                    let room = width - indent;
                    let rest = if indent + 12 <= width { indent } else { 4 };
                    let mut lines = words(value, room, width - rest).into_iter();
                    let first = format!("  {label}{}", lines.next().unwrap_or_default());
                    std::iter::once(first)
                        .chain(lines.map(|l| format!("{}{l}", " ".repeat(rest))))
                        .collect::<Vec<_>>()
                } else {
                    let rest = 4.min(width / 4);
                    let head =
                        (!label.is_empty()).then(|| format!("  {}", cut(label.trim_end(), width.saturating_sub(2))));
                    head.into_iter()
                        .chain(
                            words(value, width - rest, width - rest)
                                .into_iter()
                                .map(|l| format!("{}{l}", " ".repeat(rest))),
                        )
                        .collect()
                };
                for l in lines {
                    writeln!(out, "{}", l.trim_end())?;
                }
            }
        }
        Ok(())
    }
}

/// `text` padded to `width` terminal columns.
fn pad(text: &str, width: usize, align: Align) -> String {
    let fill = " ".repeat(width.saturating_sub(text.width()));
    match align {
        Align::Left => format!("{text}{fill}"),
        Align::Right => format!("{fill}{text}"),
    }
}

/// The width of the widest line of a cell.
fn lines_width(text: &str) -> usize {
    text.split('\n').map(UnicodeWidthStr::width).max().unwrap_or(0)
}

#[cfg(test)]
mod tests;
