//! `export --xlsx`: the CSV's columns as an Excel workbook, for the
//! spreadsheets people actually open. A CSV loses what a spreadsheet
//! guesses: LibreOffice and Excel read the postal code `01500` as the
//! number 1500, the INSEE code `01004` as 1004, the département `01` as 1.
//! Here every cell is typed by its column ([`kind`]): codes and texts are
//! text cells (their zeros stay), counts, years and coordinates are
//! numbers, yes/no facts are « oui »/« non », and an unknown fact is an
//! empty cell (never « non », never 0). The header is bold and frozen, has
//! an autofilter, and each column is as wide as its content (within
//! bounds).
//!
//! A text cell is stored as text: a spreadsheet never evaluates it, so no
//! apostrophe is added against formulas (the CSV needs one, the workbook
//! does not). The workbook is built in memory, then written whole.

use std::io::Write;

use anyhow::{Context as _, Result};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook};

use super::csv;
use crate::messages::{ui, Lang};
use crate::record::Date;
use crate::register::Entry;
use crate::vocab::Vocabularies;

/// How a column's cells are typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Text, codes included (`01500`, `2A`, a SIRET).
    Text,
    /// A number (a year, an amount, a coordinate).
    Number,
    /// A yes/no fact, written « oui »/« non ».
    YesNo,
}

/// The kind of an `export --csv` column.
pub fn kind(column: &str) -> Kind {
    match column {
        "labellisation" | "vague" | "creation" | "latitude" | "longitude" | "financement_total" | "bonus_numerique" => {
            Kind::Number
        }
        "qpv" | "numerique" => Kind::YesNo,
        _ => Kind::Text,
    }
}

/// Columns no wider than this (in characters): a description stays
/// readable by widening its column by hand.
const MAX_WIDTH: usize = 60;
const MIN_WIDTH: usize = 6;

/// The sheet being filled.
struct Sheet<'c> {
    workbook: Workbook,
    columns: &'c [&'c str],
    widths: Vec<usize>,
    rows: u32,
}

impl<'c> Sheet<'c> {
    fn new(columns: &'c [&'c str], date: Date, lang: Lang) -> Result<Sheet<'c>> {
        let mut workbook = Workbook::new();
        // The workbook says it was made on the export's date (at midnight),
        // not at the second it was written: the same register exported on
        // the same day gives the same bytes (the site is diff-friendly).
        let created = ExcelDateTime::from_ymd(date.year, date.month, date.day)?;
        workbook.set_properties(&DocProperties::new().set_creation_datetime(&created));
        let sheet = workbook.add_worksheet();
        sheet.set_name(ui::XLSX_SHEET.get(lang))?;
        let bold = Format::new().set_bold();
        for (i, c) in columns.iter().enumerate() {
            sheet.write_string_with_format(0, col(i)?, *c, &bold)?;
        }
        Ok(Sheet {
            workbook,
            columns,
            widths: columns.iter().map(|c| c.chars().count() + 3).collect(),
            rows: 0,
        })
    }

    fn row(&mut self, e: &Entry, vocab: &Vocabularies, lang: Lang) -> Result<()> {
        self.rows += 1;
        let row = self.rows;
        let sheet = self.workbook.worksheet_from_index(0)?;
        for (i, c) in self.columns.iter().enumerate() {
            let value = csv::value(e, c, vocab);
            if value.is_empty() {
                continue;
            }
            let shown = match (kind(c), value.as_str()) {
                (Kind::Number, v) => match v.parse::<f64>() {
                    Ok(n) => {
                        sheet.write_number(row, col(i)?, n)?;
                        v.chars().count()
                    }
                    // Never a number that does not read as one: the text.
                    Err(_) => write_text(sheet, row, i, v)?,
                },
                (Kind::YesNo, "true") => write_text(sheet, row, i, ui::YES.get(lang))?,
                (Kind::YesNo, "false") => write_text(sheet, row, i, ui::NO.get(lang))?,
                (_, v) => write_text(sheet, row, i, v)?,
            };
            self.widths[i] = self.widths[i].max(shown);
        }
        Ok(())
    }

    fn finish(mut self) -> Result<Vec<u8>> {
        let sheet = self.workbook.worksheet_from_index(0)?;
        sheet.set_freeze_panes(1, 0)?;
        if let Some(last) = self.columns.len().checked_sub(1) {
            sheet.autofilter(0, 0, self.rows, col(last)?)?;
        }
        for (i, w) in self.widths.iter().enumerate() {
            sheet.set_column_width(col(i)?, (*w).clamp(MIN_WIDTH, MAX_WIDTH) as f64)?;
        }
        Ok(self.workbook.save_to_buffer()?)
    }
}

fn col(i: usize) -> Result<u16> {
    Ok(u16::try_from(i)?)
}

/// Writes a text cell; returns its width (its longest line).
fn write_text(sheet: &mut rust_xlsxwriter::Worksheet, row: u32, i: usize, v: &str) -> Result<usize> {
    sheet
        .write_string(row, col(i)?, v)
        .with_context(|| format!("{}, {}", row + 1, i + 1))?;
    Ok(v.lines().map(|l| l.chars().count()).max().unwrap_or(0))
}

/// Writes the workbook of the entries `each` gives (the `columns` of
/// `export --csv`) to `out`. Returns the number of rows.
pub fn sheet(
    each: &mut super::Each<'_>,
    out: &mut dyn Write,
    columns: &[&str],
    vocab: &Vocabularies,
    date: Date,
    lang: Lang,
) -> Result<usize> {
    let mut sheet = Sheet::new(columns, date, lang)?;
    each(&mut |e: Entry| sheet.row(&e, vocab, lang))?;
    let n = sheet.rows as usize;
    out.write_all(&sheet.finish()?)?;
    Ok(n)
}
