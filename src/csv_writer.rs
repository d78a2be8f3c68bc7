//! The one writer of CSV and TSV: every table this tool writes for a
//! spreadsheet goes through [`CsvWriter`] — `list --format csv|tsv`,
//! `criteres`, `actions`, `liens` and `stats --format csv`, `export --csv`
//! and `export --mediation-numerique`.
//!
//! Quoting follows RFC 4180 (the `csv` crate). A cell a spreadsheet would
//! run as a formula — starting with `=`, `+`, `-`, `@`, a tab or a
//! carriage return — gets a leading apostrophe (CSV injection: a record
//! named `=cmd|' /C calc'!A0` would otherwise run a command when the sheet
//! is opened), except numbers such as a negative longitude. Sent to a
//! terminal, the output also passes through `terminal::Escaping` (see
//! `cmd`); piped, every byte is kept.
//!
//! A low layer: it knows neither records nor commands.

use std::borrow::Cow;
use std::io::Write;

use anyhow::Result;

/// What a spreadsheet runs as a formula when a cell starts with it (a tab
/// and a carriage return too: some spreadsheets drop them, then see `=`).
pub(crate) const FORMULA_SIGNS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Rows of cells, neutralised, to CSV or TSV.
pub(crate) struct CsvWriter<'w> {
    inner: csv::Writer<&'w mut dyn Write>,
}

impl<'w> CsvWriter<'w> {
    /// CSV with commas.
    pub fn new(out: &'w mut dyn Write) -> CsvWriter<'w> {
        CsvWriter::with_delimiter(out, b',')
    }

    /// CSV with another one-byte separator (`;`, or a tab for TSV).
    pub fn with_delimiter(out: &'w mut dyn Write, delimiter: u8) -> CsvWriter<'w> {
        CsvWriter {
            inner: csv::WriterBuilder::new().delimiter(delimiter).from_writer(out),
        }
    }

    /// Writes one row (the header too), each cell neutralised.
    pub fn row<I, S>(&mut self, cells: I) -> Result<()>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        for cell in cells {
            self.inner.write_field(neutralise(cell.as_ref()).as_bytes())?;
        }
        self.inner.write_record(None::<&[u8]>)?;
        Ok(())
    }

    /// Writes what is buffered.
    pub fn flush(&mut self) -> Result<()> {
        self.inner.flush()?;
        Ok(())
    }
}

/// Neutralises a cell a spreadsheet would evaluate (`=SOMME(...)`,
/// `+33...`, `@cmd`): a leading apostrophe makes it text. Numbers pass.
pub(crate) fn neutralise(cell: &str) -> Cow<'_, str> {
    let risky = cell.starts_with(FORMULA_SIGNS);
    if risky && cell.parse::<f64>().is_err() {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_but_numbers_are_not() {
        assert_eq!(neutralise("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralise("+33 1 23"), "'+33 1 23");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("-cmd"), "'-cmd");
        assert_eq!(neutralise("\tx"), "'\tx");
        assert_eq!(neutralise("-1.553"), "-1.553");
        assert_eq!(neutralise("LAB01"), "LAB01");
    }

    #[test]
    fn rows_are_quoted_and_neutralised() {
        let mut out = Vec::new();
        {
            let mut w = CsvWriter::with_delimiter(&mut out, b';');
            w.row(["id", "nom"]).unwrap();
            w.row(["x", "=cmd|' /C calc'!A0"]).unwrap();
            w.row(["y", "a;b \"c\""]).unwrap();
            w.flush().unwrap();
        }
        // Read back by the csv reader: the cells a spreadsheet gets.
        let mut r = csv::ReaderBuilder::new().delimiter(b';').from_reader(&out[..]);
        let rows: Vec<Vec<String>> = r
            .records()
            .map(|x| x.unwrap().iter().map(str::to_string).collect())
            .collect();
        assert_eq!(rows, [["x", "'=cmd|' /C calc'!A0"], ["y", "a;b \"c\""]]);
    }
}
