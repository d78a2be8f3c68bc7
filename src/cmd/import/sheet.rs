//! Reading the sheet: a CSV file (its separator detected) or a GeoJSON
//! FeatureCollection (`geojson`), the header mapped to fields (with
//! `--map`), the rows and the line each starts on.

use super::*;

/// The separator of a sheet: the most frequent of `,`, `;` and tab on
/// the header line, outside quotes (a comma on a tie).
pub(super) fn detect_delimiter(text: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => break,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], std::cmp::Reverse(i))).unwrap_or(0);
    [b',', b';', b'\t'][best]
}

/// Where a quoted cell opens and never closes: (line, column), 1-based,
/// columns in characters. The `csv` reader would take the rest of the
/// file as that one cell (two rows merged into a record whose name is the
/// rest of the sheet). As RFC 4180 and the reader say, a quote opens a
/// quoted cell only at the start of a cell; inside one, `""` is a quote.
pub(super) fn unclosed_quote(text: &str, delimiter: u8) -> Option<(u64, u64)> {
    let bytes = text.as_bytes();
    let (mut line, mut line_start) = (1u64, 0usize);
    let mut at_cell_start = true;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' if at_cell_start => {
                let (open_line, column) = (line, text[line_start..i].chars().count() as u64 + 1);
                i += 1;
                loop {
                    match bytes.get(i) {
                        None => return Some((open_line, column)),
                        Some(b'"') if bytes.get(i + 1) == Some(&b'"') => i += 2,
                        Some(b'"') => break,
                        Some(b'\n') => {
                            line += 1;
                            line_start = i + 1;
                            i += 1;
                        }
                        Some(_) => i += 1,
                    }
                }
                at_cell_start = false;
            }
            b'\n' => {
                line += 1;
                line_start = i + 1;
                at_cell_start = true;
            }
            b if b == delimiter => at_cell_start = true,
            b'\r' => {}
            _ => at_cell_start = false,
        }
        i += 1;
    }
    None
}

/// The separator a one-cell header seems to use, when the sheet's was not
/// recognised (`|`, or a `;` or tab the quotes hid).
fn unrecognised_separator(headers: &[String]) -> Option<char> {
    match headers {
        [only] => ['|', ';', '\t', ','].into_iter().find(|c| only.contains(*c)),
        _ => None,
    }
}

/// What a column becomes.
#[derive(Debug, Clone)]
pub(super) struct Column {
    pub(super) name: String,
    pub(super) field: Option<String>,
}

/// One row, read.
pub(super) struct Row {
    pub(super) line: u64,
    pub(super) cells: Vec<String>,
    /// (cells, columns) when the row has non-empty cells past the last
    /// column: it is not imported (its values would be misplaced).
    pub(super) excess: Option<(usize, usize)>,
    /// The order in which the row's cells are read, when it is not the
    /// columns' (a JSON record's keys, so that its tables keep their
    /// order); empty: the columns' order.
    pub(super) order: Vec<usize>,
}

pub(super) struct Sheet {
    pub(super) columns: Vec<Column>,
    pub(super) rows: Vec<Row>,
    /// Columns nothing matched: (name, suggestion).
    pub(super) unknown: Vec<(String, Option<String>)>,
    /// What reading the file had to say (a GeoJSON geometry that is not a
    /// point), for standard error.
    pub(super) notes: Vec<String>,
}

pub(super) fn say(text: &Text, lang: Lang, args: &[(&str, String)]) -> String {
    fill(text.get(lang), args)
}

pub(super) fn read_sheet(path: &Path, shown: &str, fields: &Fields, maps: &[String], lang: Lang) -> Result<Sheet> {
    let bytes =
        crate::load::read(path).with_context(|| say(&ui::READ_FILE_FAILED, lang, &[("fichier", shown.into())]))?;
    let text =
        String::from_utf8(bytes).map_err(|_| anyhow!(say(&ui::IMPORT_NOT_UTF8, lang, &[("fichier", shown.into())])))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    // A JSON document is the records of `export --json` / `--jsonl` or a
    // GeoJSON FeatureCollection; anything else a CSV sheet (whose header
    // never starts with `{` or `[`).
    let json = text.trim_start().starts_with(['{', '[']);
    let (headers, rows, notes) = if json && super::records::is_records(text) {
        super::records::read(text, shown, lang)?
    } else if json {
        super::geojson::read(text, shown, lang)?
    } else {
        read_csv(text, shown, lang)?
    };
    let mapped = read_maps(maps, &headers, fields, lang)?;
    let (columns, unknown) = map_columns(&headers, &mapped, fields, shown, lang)?;
    Ok(Sheet {
        columns,
        rows,
        unknown,
        notes,
    })
}

/// The header and rows of a CSV sheet (the separator detected).
fn read_csv(text: &str, shown: &str, lang: Lang) -> Result<(Vec<String>, Vec<Row>, Vec<String>)> {
    let delimiter = detect_delimiter(text);
    if let Some((line, column)) = unclosed_quote(text, delimiter) {
        bail!(say(
            &ui::IMPORT_UNCLOSED_QUOTE,
            lang,
            &[
                ("fichier", shown.into()),
                ("ligne", line.to_string()),
                ("colonne", column.to_string())
            ]
        ));
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| {
            anyhow!(say(
                &ui::IMPORT_BAD_CSV,
                lang,
                &[("fichier", shown.into()), ("detail", e.to_string())]
            ))
        })?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();

    if let Some(c) = unrecognised_separator(&headers) {
        let shown_c = if c == '\t' { "\\t".to_string() } else { c.to_string() };
        bail!(say(
            &ui::IMPORT_UNRECOGNISED_SEPARATOR,
            lang,
            &[("fichier", shown.into()), ("separateur", shown_c)]
        ));
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            anyhow!(say(
                &ui::IMPORT_BAD_CSV,
                lang,
                &[("fichier", format!("{shown}:{line}")), ("detail", e.to_string())]
            ))
        })?;
        let line = record.position().map_or(0, |p| p.line());
        // Cells as written: their spaces are trimmed when they are read
        // (`convert`), where the export's escapes say which to keep.
        let cells: Vec<String> = record.iter().map(str::to_string).collect();
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        // Cells past the last column (not empty ones, which spreadsheets
        // leave): the row is shifted — an unquoted separator in a cell.
        let extra = cells
            .iter()
            .skip(headers.len())
            .filter(|c| !c.trim().is_empty())
            .count();
        let excess = (extra > 0).then_some((cells.len(), headers.len()));
        rows.push(Row {
            line,
            cells,
            excess,
            order: Vec::new(),
        });
    }
    Ok((headers, rows, Vec::new()))
}

/// `--map COLONNE=CHAMP`: the field of each mapped column, by index,
/// checked before anything is read.
fn read_maps(maps: &[String], headers: &[String], fields: &Fields, lang: Lang) -> Result<HashMap<usize, String>> {
    let mut mapped: HashMap<usize, String> = HashMap::new();
    for m in maps {
        let Some((col, field)) = m.rsplit_once('=') else {
            bail!(say(&ui::IMPORT_BAD_MAP, lang, &[("map", m.clone())]));
        };
        let (col, field) = (col.trim(), field.trim());
        let index = headers
            .iter()
            .position(|h| h == col)
            .or_else(|| headers.iter().position(|h| fold(h) == fold(col)))
            .ok_or_else(|| {
                anyhow!(say(
                    &ui::IMPORT_MAP_NO_COLUMN,
                    lang,
                    &[
                        ("colonne", col.into()),
                        ("colonnes", crate::messages::quoted_list(lang, headers))
                    ]
                ))
            })?;
        let field = if field == "ignorer" || field == "ignore" {
            IGNORE.to_string()
        } else {
            fields.find(field).ok_or_else(|| {
                let paths = fields.all_paths();
                let s = closest(field, paths.iter().copied(), 3);
                let mut msg = say(&ui::IMPORT_MAP_NO_FIELD, lang, &[("champ", field.into())]);
                if !s.is_empty() {
                    msg.push_str(&format!(
                        "{}{}",
                        ui::LIST_SEPARATOR.get(lang),
                        say(
                            &ui::FILTER_SUGGEST,
                            lang,
                            &[("suggestions", crate::messages::quoted_list(lang, &s))]
                        )
                    ));
                }
                anyhow!(msg)
            })?
        };
        mapped.insert(index, field);
    }
    Ok(mapped)
}

/// A column unknown to the sheet's reader, and the field it may be.
type Unknown = (String, Option<String>);

/// The field of each column (by name, or by `--map`), and the columns
/// nothing matched; two columns for one field, or no column for the name,
/// stop the import.
fn map_columns(
    headers: &[String],
    mapped: &HashMap<usize, String>,
    fields: &Fields,
    shown: &str,
    lang: Lang,
) -> Result<(Vec<Column>, Vec<Unknown>)> {
    let mut columns = Vec::new();
    let mut unknown = Vec::new();
    for (i, h) in headers.iter().enumerate() {
        let field = match mapped.get(&i) {
            Some(f) => Some(f.clone()),
            None if h.is_empty() => Some(IGNORE.to_string()),
            None => fields.find(h),
        };
        if field.is_none() {
            let names: Vec<&str> = fields.names.keys().map(String::as_str).collect();
            let suggestion = closest(&fold(h), names.iter().copied(), 1)
                .first()
                .and_then(|n| fields.names.get(*n).cloned());
            unknown.push((h.clone(), suggestion));
        }
        columns.push(Column {
            name: h.clone(),
            field: field.filter(|f| f != IGNORE),
        });
    }
    // Two columns for one field: say which, rather than pick one.
    let mut seen: HashMap<&str, &str> = HashMap::new();
    for c in &columns {
        if let Some(f) = c.field.as_ref().filter(|f| *f != COMMENT) {
            if let Some(first) = seen.insert(f.as_str(), c.name.as_str()) {
                bail!(say(
                    &ui::IMPORT_TWO_COLUMNS,
                    lang,
                    &[("a", first.into()), ("b", c.name.clone()), ("champ", f.clone())]
                ));
            }
        }
    }
    if !columns
        .iter()
        .any(|c| matches!(c.field.as_deref(), Some("nom") | Some(ID)))
    {
        bail!(say(&ui::IMPORT_NO_NAME_COLUMN, lang, &[("fichier", shown.into())]));
    }
    Ok((columns, unknown))
}
