//! `export --wikitext` and `export --markdown`: the two tables of the
//! Movilab « Fabriques de Territoire » page — « Technique » and « Entrée
//! par action » — ready to paste into the wiki (MediaWiki syntax) or into a
//! Markdown document.
//!
//! What the tables hold — columns, headings, the consortium's two-level
//! heading, actions under several categories as one row — is defined once
//! in `register::movilab` (the site draws the same tables); this module
//! only draws the cells in each syntax and escapes them. A fact the record
//! does not give is « ? » (unknown, never « non »); a fabrique that is not
//! open says so after its name (« (Fermée) », « (En projet) »).
//!
//! Escaping: no value can break a table or become markup once pasted.
//! In wikitext, `|`, `!`, brackets, braces, `<`, `&`, `''` (italics and
//! bold), `~~~` (a signature when the page is saved), `__NOTOC__`-style
//! magic words, `://` (a bare link) and a leading `*#:;=-` are written as
//! character references, which the wiki shows as the characters. In
//! Markdown, every punctuation mark Markdown reads (`*`, `_`, backticks,
//! `&`, `|`, `<`, `#`, brackets...) is backslash-escaped. Line breaks in
//! a value become spaces (a table row is one line).

use crate::messages::{movilab as t, ui, Lang};
use crate::register::movilab::{self, categories_label, Cell, Technique, TECHNIQUE};
use crate::register::Entry;
use crate::vocab::Vocabularies;

/// The output syntax.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Syntax {
    MediaWiki,
    Markdown,
}

/// A heading of a column, and that of the group it belongs to.
struct Heading {
    text: String,
    group: Option<String>,
}

/// A cell, ready to be escaped: text, or a link.
#[derive(Clone, Debug, PartialEq)]
enum Drawn {
    Text(String),
    Link { url: String, label: String },
}

/// A titled table.
struct Table {
    title: String,
    headings: Vec<Heading>,
    rows: Vec<Vec<Drawn>>,
}

/// The text shown for an unknown fact.
const UNKNOWN: &str = "?";

fn yes_no(v: Option<bool>, lang: Lang) -> String {
    match v {
        Some(true) => ui::YES.get(lang).to_string(),
        Some(false) => ui::NO.get(lang).to_string(),
        None => UNKNOWN.to_string(),
    }
}

/// The fabrique's name, and its status when it is not open.
fn name(e: &Entry, vocab: &Vocabularies) -> String {
    match e.record.statut.as_ref().filter(|s| s.value != "en_activite") {
        Some(s) => {
            let label = vocab
                .get("statuts")
                .get(&s.value)
                .map_or(s.value.clone(), |x| x.libelle.to_string());
            format!("{} ({label})", e.record.nom())
        }
        None => e.record.nom().to_string(),
    }
}

fn draw(cell: Cell<'_>, lang: Lang) -> Drawn {
    Drawn::Text(match cell {
        Cell::Name(n) => n.to_string(),
        Cell::Text(v) => v.unwrap_or(UNKNOWN).to_string(),
        Cell::YesNo(v) => yes_no(v, lang),
        Cell::Year(v) => v.map_or(UNKNOWN.to_string(), |y| y.to_string()),
        Cell::Members(names) => names.join(", "),
        Cell::Link(Some((url, label))) => {
            return Drawn::Link {
                url: url.to_string(),
                label: label.get(lang).to_string(),
            }
        }
        Cell::Link(None) => String::new(),
    })
}

/// The « Technique » table: one row per fabrique, in the columns of
/// `register::movilab::TECHNIQUE`.
fn technique(entries: &[Entry], vocab: &Vocabularies, lang: Lang) -> Table {
    let rows = entries
        .iter()
        .map(|e| {
            TECHNIQUE
                .iter()
                .map(|c| match c.kind {
                    Technique::Fabrique => Drawn::Text(name(e, vocab)),
                    kind => draw(kind.cell(e), lang),
                })
                .collect()
        })
        .collect();
    Table {
        title: ui::WIKI_TECHNIQUE.get(lang).to_string(),
        headings: TECHNIQUE
            .iter()
            .map(|c| Heading {
                text: c.heading.get(lang).to_string(),
                group: c.group.map(|g| g.get(lang).to_string()),
            })
            .collect(),
        rows,
    }
}

/// The « Entrée par action » table: one row per action (its categories,
/// « Coworking, mobilité », and its detail), the fabriques that do it,
/// have started, want to.
fn actions(entries: &[Entry], vocab: &Vocabularies, lang: Lang) -> Table {
    let categories = vocab.get("categories");
    let codes: Vec<&str> = categories.entries.iter().map(|c| c.code.as_ref()).collect();
    let statuses: Vec<(&str, &str)> = vocab
        .get("statuts_action")
        .entries
        .iter()
        .map(|s| (s.code.as_ref(), s.libelle.as_ref()))
        .collect();
    let fabriques: Vec<&Entry> = entries.iter().collect();
    let (columns, rows) = movilab::actions(&fabriques, &codes, &statuses, lang);
    let mut headings = vec![
        Heading {
            text: t::CATEGORIE.get(lang).to_string(),
            group: None,
        },
        Heading {
            text: t::SOUS_ACTION.get(lang).to_string(),
            group: None,
        },
    ];
    headings.extend(columns.iter().map(|c| Heading {
        text: c.heading.clone(),
        group: None,
    }));
    let rows = rows
        .into_iter()
        .map(|row| {
            let labels: Vec<String> = row
                .categories
                .iter()
                .map(|c| categories.get(c).map_or(c.clone(), |x| x.libelle.to_string()))
                .collect();
            let mut cells = vec![Drawn::Text(categories_label(&labels)), Drawn::Text(row.detail)];
            cells.extend(row.cells.iter().map(|who| {
                Drawn::Text(
                    who.iter()
                        .map(|&i| name(&entries[i], vocab))
                        .collect::<Vec<_>>()
                        .join(", "),
                )
            }));
            cells
        })
        .collect();
    Table {
        title: ui::WIKI_ACTIONS.get(lang).to_string(),
        headings,
        rows,
    }
}

/// Escapes text for a MediaWiki table cell (see the module's documentation).
pub fn escape_wiki(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev = '\n';
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '|' => out.push_str("&#124;"),
            '!' => out.push_str("&#33;"),
            '[' => out.push_str("&#91;"),
            ']' => out.push_str("&#93;"),
            '{' => out.push_str("&#123;"),
            '}' => out.push_str("&#125;"),
            '~' => out.push_str("&#126;"),
            // `''` italics, `'''` bold: every apostrophe next to another.
            '\'' if prev == '\'' || next == Some('\'') => out.push_str("&#39;"),
            // `__NOTOC__`, `__FORCETOC__`...: no two underscores in a row.
            '_' if prev == '_' => out.push_str("&#95;"),
            // `http://...` would become a link.
            ':' if next == Some('/') => out.push_str("&#58;"),
            // A cell's first character may start a line in the parsed page.
            '*' | '#' | ':' | ';' | '=' | '-' | '+' if i == 0 => out.push_str(&format!("&#{};", c as u32)),
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
        prev = c;
    }
    out
}

/// Escapes text for a Markdown table cell: a backslash before every ASCII
/// punctuation mark Markdown gives a meaning to inside a line, and before
/// those that mean something only at the start of a line (`#`, `-`, `+`,
/// `=`, `>`) when the cell starts with one.
pub fn escape_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        match c {
            '\n' | '\r' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '!' | '|' | '~' | '&' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '#' | '-' | '+' | '=' | '>' if i == 0 => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

fn render_cell(c: &Drawn, syntax: Syntax) -> String {
    match (c, syntax) {
        (Drawn::Text(t), Syntax::MediaWiki) => escape_wiki(t),
        (Drawn::Text(t), Syntax::Markdown) => escape_markdown(t),
        // An external link: a space, a bracket or a character the table
        // reads in the URL is percent-encoded.
        (Drawn::Link { url, label }, Syntax::MediaWiki) => {
            format!(
                "[{} {}]",
                percent(url, &[' ', '[', ']', '|', '<', '>', '{', '}', '\'', '~']),
                escape_wiki(label)
            )
        }
        (Drawn::Link { url, label }, Syntax::Markdown) => {
            format!(
                "[{}]({})",
                escape_markdown(label),
                percent(url, &[' ', '(', ')', '|', '<', '>', '\\'])
            )
        }
    }
}

/// `url` with the characters of `set` percent-encoded.
fn percent(url: &str, set: &[char]) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        if set.contains(&c) {
            out.push_str(&format!("%{:02X}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// The MediaWiki header rows: one row when no column is grouped; else two,
/// each group's heading spanning its columns above their own headings,
/// the others spanning both rows.
fn wiki_header(headings: &[Heading]) -> String {
    if headings.iter().all(|h| h.group.is_none()) {
        let cells: Vec<String> = headings.iter().map(|h| escape_wiki(&h.text)).collect();
        return format!("! {}\n", cells.join(" !! "));
    }
    let mut top = Vec::new();
    let mut i = 0;
    while i < headings.len() {
        match &headings[i].group {
            None => {
                top.push(format!("rowspan=\"2\" | {}", escape_wiki(&headings[i].text)));
                i += 1;
            }
            Some(g) => {
                let n = headings[i..].iter().take_while(|h| h.group.as_ref() == Some(g)).count();
                top.push(format!("colspan=\"{n}\" | {}", escape_wiki(g)));
                i += n;
            }
        }
    }
    let sub: Vec<String> = headings
        .iter()
        .filter(|h| h.group.is_some())
        .map(|h| escape_wiki(&h.text))
        .collect();
    format!("! {}\n|-\n! {}\n", top.join(" !! "), sub.join(" !! "))
}

/// Renders one table.
fn render(t: &Table, syntax: Syntax) -> String {
    let mut s = String::new();
    match syntax {
        Syntax::MediaWiki => {
            s.push_str(&format!("== {} ==\n", escape_wiki(&t.title)));
            s.push_str("{| class=\"wikitable sortable\"\n");
            s.push_str(&wiki_header(&t.headings));
            for row in &t.rows {
                s.push_str("|-\n");
                let cells: Vec<String> = row.iter().map(|c| render_cell(c, syntax)).collect();
                s.push_str(&format!("| {}\n", cells.join(" || ")));
            }
            s.push_str("|}\n");
        }
        Syntax::Markdown => {
            s.push_str(&format!("## {}\n\n", escape_markdown(&t.title)));
            // Markdown has one header row: a grouped column says its group.
            let headings: Vec<String> = t
                .headings
                .iter()
                .map(|h| match &h.group {
                    Some(g) => escape_markdown(&format!("{g} : {}", h.text)),
                    None => escape_markdown(&h.text),
                })
                .collect();
            s.push_str(&format!("| {} |\n", headings.join(" | ")));
            s.push_str(&format!("|{}\n", " --- |".repeat(t.headings.len())));
            for row in &t.rows {
                let cells: Vec<String> = row.iter().map(|c| render_cell(c, syntax)).collect();
                s.push_str(&format!("| {} |\n", cells.join(" | ")));
            }
        }
    }
    s
}

/// Both tables, separated by a blank line.
pub fn tables(entries: &[Entry], vocab: &Vocabularies, syntax: Syntax, lang: Lang) -> Vec<u8> {
    format!(
        "{}\n{}",
        render(&technique(entries, vocab, lang), syntax),
        render(&actions(entries, vocab, lang), syntax)
    )
    .into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_text_cannot_break_a_table() {
        assert_eq!(
            escape_wiki("a | b [[x]] {{m}} ''i''"),
            "a &#124; b &#91;&#91;x&#93;&#93; &#123;&#123;m&#125;&#125; &#39;&#39;i&#39;&#39;"
        );
        assert_eq!(escape_wiki("Ville d'Ambérieu"), "Ville d'Ambérieu");
        assert_eq!(
            escape_wiki("~~~~ __NOTOC__"),
            "&#126;&#126;&#126;&#126; _&#95;NOTOC_&#95;"
        );
        assert_eq!(escape_wiki("*x"), "&#42;x");
        assert_eq!(escape_markdown("a | b\nc"), "a \\| b c");
        assert_eq!(escape_markdown("*x* _y_ `z` &amp;"), "\\*x\\* \\_y\\_ \\`z\\` \\&amp;");
    }
}
