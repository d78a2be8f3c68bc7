//! `fabriques liens`: the visits, contributions, partnerships and
//! swarmings between fabriques (`[[liens]]`), as a table or as a drawing of
//! the network.
//!
//! A link is shown when the fabrique it leaves or the one it reaches passes
//! the filters (the same flags as `list`): `liens --region 84` shows every
//! link of the fabriques of Auvergne-Rhône-Alpes, including those with
//! fabriques elsewhere. The whole register is read, not only the selection,
//! so that a link to a fabrique the filters leave out is still recognised
//! as a link to a known record. A link to an id no record has (rule
//! `unknown-link`, an error of `validate`) is shown and marked, never
//! dropped; a link whose `fabrique` is missing has nothing to point at and
//! is only listed (table, CSV, JSON).
//!
//! Formats:
//! - table (default): the links (`de`, `vers`, `type`, `date`, `note`),
//!   sorted by origin, destination, date, type; then, per selected
//!   fabrique with a link, how many leave it and reach it (most linked
//!   first, then by name);
//! - CSV: `de,de_nom,vers,vers_nom,type,date,note,inconnue`;
//! - JSON: `{"liens": [...same keys...], "fabriques": [{"id", "nom",
//!   "sortants", "entrants"}]}`;
//! - `dot` (Graphviz) and `mermaid` (a `graph LR` block for Markdown): one
//!   node per fabrique at either end, labelled with its name, an arrow per
//!   link labelled with its type and date; unknown ids are dashed nodes
//!   labelled as such. Labels are escaped for each language, so that any
//!   name draws as written.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Write;

use anyhow::Result;
use serde_json::{json, Value};

use crate::context::Context;
use crate::filter::{fold, Filter, FilterArgs};
use crate::geo::Geo;
use crate::messages::{fill, ui, Lang};
use crate::record::Date;
use crate::register::{self, Entry};
use crate::table::{Column, Table};

/// Output formats of `liens`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum LiensFormat {
    Table,
    Csv,
    Json,
    Dot,
    Mermaid,
}

/// One link, resolved.
struct Link<'a> {
    from: &'a Entry,
    /// The id written in `fabrique`, if any.
    to_id: Option<&'a str>,
    /// The record it leads to, when there is one.
    to: Option<&'a Entry>,
    kind: Option<&'a str>,
    date: Option<Date>,
    note: Option<&'a str>,
}

impl Link<'_> {
    fn unknown(&self) -> bool {
        self.to.is_none()
    }
}

/// The links touching the selection, sorted.
fn links<'a>(all: &'a [Entry], selected: &BTreeSet<&'a str>) -> Vec<Link<'a>> {
    let by_id: HashMap<&str, &Entry> = all.iter().map(|e| (e.record.id.as_str(), e)).collect();
    let mut out: Vec<Link<'a>> = all
        .iter()
        .flat_map(|e| e.record.liens.iter().map(move |l| (e, l)))
        .map(|(from, l)| {
            let to_id = l.fabrique.as_ref().map(|f| f.value.as_str());
            Link {
                from,
                to_id,
                to: to_id.and_then(|id| by_id.get(id).copied()),
                kind: l.type_.as_ref().map(|t| t.value.as_str()),
                date: l.date.as_ref().map(|d| d.value),
                note: l.note.as_ref().map(|n| n.value.as_str()),
            }
        })
        .filter(|l| selected.contains(l.from.record.id.as_str()) || l.to_id.is_some_and(|id| selected.contains(id)))
        .collect();
    out.sort_by(|a, b| {
        (a.from.record.id.as_str(), a.to_id, a.date, a.kind).cmp(&(b.from.record.id.as_str(), b.to_id, b.date, b.kind))
    });
    out
}

/// Links out and in of each selected fabrique that has one: most linked
/// first, then by name.
fn counts<'a>(links: &[Link<'a>], selected: &[&'a Entry]) -> Vec<(&'a Entry, usize, usize)> {
    let mut rows: Vec<(&Entry, usize, usize)> = selected
        .iter()
        .map(|e| {
            let id = e.record.id.as_str();
            let out = links.iter().filter(|l| l.from.record.id == id).count();
            let inc = links.iter().filter(|l| l.to_id == Some(id)).count();
            (*e, out, inc)
        })
        .filter(|(_, o, i)| o + i > 0)
        .collect();
    rows.sort_by_key(|(e, o, i)| (Reverse(o + i), fold(e.record.nom()), e.record.id.clone()));
    rows
}

/// The arguments of `liens`.
#[derive(Debug, clap::Args)]
pub(crate) struct LiensArgs {
    #[command(flatten)]
    pub filters: FilterArgs,
    #[arg(long, value_enum, default_value_t = LiensFormat::Table)]
    pub format: LiensFormat,
}

pub(crate) fn run(cx: &Context, args: &LiensArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8> {
    let (config, lang, width) = (&cx.config, cx.lang, cx.width);
    let (filters, format) = (&args.filters, args.format);
    // Flags are checked before any file is read.
    let filter = Filter::new(filters, &config.settings.vocab, Geo::get(), lang)?;
    let all = register::entries(cx)?;
    let selected: Vec<&Entry> = all.iter().filter(|e| filter.matches(e)).collect();
    let ids: BTreeSet<&str> = selected.iter().map(|e| e.record.id.as_str()).collect();
    let links = links(&all, &ids);
    let counts = counts(&links, &selected);

    match format {
        LiensFormat::Table => write_table(out, lang, width, &links, &counts)?,
        LiensFormat::Csv => {
            let mut w = crate::csv_writer::CsvWriter::new(&mut *out);
            w.row(["de", "de_nom", "vers", "vers_nom", "type", "date", "note", "inconnue"])?;
            for l in &links {
                w.row([
                    l.from.record.id.as_str(),
                    l.from.record.nom(),
                    l.to_id.unwrap_or_default(),
                    l.to.map_or("", |e| e.record.nom()),
                    l.kind.unwrap_or_default(),
                    &l.date.map_or(String::new(), |d| d.to_string()),
                    l.note.unwrap_or_default(),
                    if l.unknown() { "true" } else { "false" },
                ])?;
            }
            w.flush()?;
        }
        LiensFormat::Json => {
            let liens: Vec<Value> = links
                .iter()
                .map(|l| {
                    json!({
                        "de": l.from.record.id,
                        "de_nom": l.from.record.nom(),
                        "vers": l.to_id,
                        "vers_nom": l.to.map(|e| e.record.nom()),
                        "type": l.kind,
                        "date": l.date.map(|d| d.to_string()),
                        "note": l.note,
                        "inconnue": l.unknown(),
                    })
                })
                .collect();
            let fabriques: Vec<Value> = counts
                .iter()
                .map(|(e, o, i)| json!({"id": e.record.id, "nom": e.record.nom(), "sortants": o, "entrants": i}))
                .collect();
            serde_json::to_writer_pretty(&mut *out, &json!({"liens": liens, "fabriques": fabriques}))?;
            writeln!(out)?;
        }
        LiensFormat::Dot => write_dot(out, lang, &links)?,
        LiensFormat::Mermaid => write_mermaid(out, lang, &links)?,
    }

    if links.is_empty() {
        writeln!(err, "{}", ui::LIENS_EMPTY.get(lang))?;
    }
    let unknown = links.iter().filter(|l| l.unknown()).count();
    if unknown > 0 {
        writeln!(
            err,
            "{}",
            fill(ui::LIENS_UNKNOWN.get(lang), &[("nombre", unknown.to_string())])
        )?;
    }
    filter.note_unknowns(err, lang)?;
    Ok(0)
}

/// The destination as the table shows it: its id, marked when no record
/// has it.
fn to_cell(l: &Link) -> String {
    match (l.to_id, l.unknown()) {
        (Some(id), false) => id.to_string(),
        (Some(id), true) => format!("⚠ {id}"),
        (None, _) => "⚠ —".to_string(),
    }
}

fn write_table(
    out: &mut dyn Write,
    lang: Lang,
    width: Option<usize>,
    links: &[Link],
    counts: &[(&Entry, usize, usize)],
) -> Result<()> {
    if links.is_empty() {
        return Ok(());
    }
    writeln!(out, "{}", ui::LIENS_TITLE.get(lang))?;
    let mut t = Table::new(vec![
        Column::new(ui::LIENS_COL_DE.get(lang)).cut(16),
        Column::new(ui::LIENS_COL_VERS.get(lang)).cut(16),
        Column::new(ui::LIENS_COL_TYPE.get(lang)),
        Column::new(ui::LIENS_COL_DATE.get(lang)),
        Column::new(ui::LIENS_COL_NOTE.get(lang)).wrap(16),
    ]);
    for l in links {
        t.row([
            l.from.record.id.clone(),
            to_cell(l),
            l.kind.unwrap_or_default().to_string(),
            l.date.map_or(String::new(), |d| d.to_string()),
            l.note.unwrap_or_default().to_string(),
        ]);
    }
    t.write(out, width, lang)?;
    if links.iter().any(Link::unknown) {
        writeln!(out, "{}", ui::LIENS_LEGEND.get(lang))?;
    }
    writeln!(out, "\n{}", ui::LIENS_COUNTS_TITLE.get(lang))?;
    let mut t = Table::new(vec![
        Column::new(ui::COL_ID.get(lang)).cut(16),
        Column::new(ui::COL_NOM.get(lang)).cut(12),
        Column::new(ui::LIENS_COL_SORTANTS.get(lang)),
        Column::new(ui::LIENS_COL_ENTRANTS.get(lang)),
    ]);
    for (e, o, i) in counts {
        t.row([
            e.record.id.clone(),
            e.record.nom().to_string(),
            o.to_string(),
            i.to_string(),
        ]);
    }
    t.write(out, width, lang)?;
    Ok(())
}

/// `contribution 2021-03-04`: what an arrow says.
fn edge_label(l: &Link) -> String {
    let mut parts: Vec<String> = l.kind.map(str::to_string).into_iter().collect();
    parts.extend(l.date.map(|d| d.to_string()));
    parts.join(" ")
}

/// The nodes of the drawing: every id at either end of a drawable link,
/// sorted, with its label and whether it is unknown.
fn nodes<'a>(links: &[Link<'a>], lang: Lang) -> BTreeMap<&'a str, (String, bool)> {
    let mut nodes = BTreeMap::new();
    for l in links {
        let Some(to_id) = l.to_id else { continue };
        nodes.insert(l.from.record.id.as_str(), (l.from.record.nom().to_string(), false));
        let label = match l.to {
            Some(e) => e.record.nom().to_string(),
            None => fill(ui::LIENS_UNKNOWN_NODE.get(lang), &[("id", to_id.to_string())]),
        };
        nodes.insert(to_id, (label, l.to.is_none()));
    }
    nodes
}

/// A Graphviz double-quoted string: backslashes and quotes escaped,
/// line breaks as `\n`.
pub fn dot_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

fn write_dot(out: &mut dyn Write, lang: Lang, links: &[Link]) -> Result<()> {
    writeln!(out, "digraph fabriques {{")?;
    writeln!(out, "  rankdir=LR;")?;
    writeln!(out, "  node [shape=box];")?;
    for (id, (label, unknown)) in nodes(links, lang) {
        let style = if unknown { ", style=dashed" } else { "" };
        writeln!(out, "  {} [label={}{style}];", dot_quote(id), dot_quote(&label))?;
    }
    for l in links {
        let Some(to) = l.to_id else { continue };
        let mut attributes = Vec::new();
        let label = edge_label(l);
        if !label.is_empty() {
            attributes.push(format!("label={}", dot_quote(&label)));
        }
        if l.unknown() {
            attributes.push("style=dashed".to_string());
        }
        let attributes = if attributes.is_empty() {
            String::new()
        } else {
            format!(" [{}]", attributes.join(", "))
        };
        writeln!(
            out,
            "  {} -> {}{attributes};",
            dot_quote(&l.from.record.id),
            dot_quote(to)
        )?;
    }
    writeln!(out, "}}")?;
    Ok(())
}

/// A Mermaid label, quoted: characters Mermaid reads as syntax or HTML are
/// written as its entity codes (`#quot;`), `#` first since it starts them.
pub fn mermaid_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '#' => out.push_str("#35;"),
            '"' => out.push_str("#quot;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '&' => out.push_str("#amp;"),
            '|' => out.push_str("#124;"),
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Mermaid node ids: `f_` and the id with anything but ASCII letters and
/// digits turned into `_` (the prefix keeps clear of keywords such as
/// `end`), made unique with a suffix when two ids would collide.
fn mermaid_ids<'a>(ids: impl Iterator<Item = &'a str>) -> HashMap<&'a str, String> {
    let mut taken = BTreeSet::new();
    let mut out = HashMap::new();
    for id in ids {
        let base: String = id
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        let mut name = format!("f_{base}");
        let mut n = 2;
        while !taken.insert(name.clone()) {
            name = format!("f_{base}_{n}");
            n += 1;
        }
        out.insert(id, name);
    }
    out
}

fn write_mermaid(out: &mut dyn Write, lang: Lang, links: &[Link]) -> Result<()> {
    let nodes = nodes(links, lang);
    let ids = mermaid_ids(nodes.keys().copied());
    writeln!(out, "graph LR")?;
    for (id, (label, unknown)) in &nodes {
        let class = if *unknown { ":::inconnue" } else { "" };
        writeln!(out, "  {}[{}]{class}", ids[id], mermaid_quote(label))?;
    }
    for l in links {
        let Some(to) = l.to_id else { continue };
        let arrow = if l.unknown() { "-.->" } else { "-->" };
        let label = edge_label(l);
        let label = if label.is_empty() {
            String::new()
        } else {
            format!("|{}|", mermaid_quote(&label))
        };
        writeln!(out, "  {} {arrow}{label} {}", ids[l.from.record.id.as_str()], ids[to])?;
    }
    if nodes.values().any(|(_, unknown)| *unknown) {
        writeln!(out, "  classDef inconnue stroke-dasharray: 5 5;")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dot_labels_escape_quotes_backslashes_and_newlines() {
        assert_eq!(dot_quote(r#"Le "Lab" \ 1"#), r#""Le \"Lab\" \\ 1""#);
        assert_eq!(dot_quote("a\nb"), r#""a\nb""#);
    }

    #[test]
    fn mermaid_labels_use_entity_codes() {
        assert_eq!(
            mermaid_quote(r#"A "B" <c> & #1 | d"#),
            "\"A #quot;B#quot; #lt;c#gt; #amp; #35;1 #124; d\""
        );
    }

    #[test]
    fn mermaid_ids_are_safe_and_unique() {
        let ids = mermaid_ids(["la-ruche", "la_ruche", "end"].into_iter());
        assert_eq!(ids["la-ruche"], "f_la_ruche");
        assert_eq!(ids["la_ruche"], "f_la_ruche_2");
        assert_eq!(ids["end"], "f_end");
    }
}
