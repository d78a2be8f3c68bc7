//! `export --wikitext` and `export --markdown`: the two tables of the
//! Movilab « Fabriques de Territoire » page — « Technique » and « Entrée
//! par action » — ready to paste into the wiki (MediaWiki syntax) or into a
//! Markdown document.
//!
//! Both syntaxes share one table model ([`Table`]); only the rendering and
//! the escaping differ. Cell text is escaped so that no value (a `|`, a
//! `[[`, a `{{`) can break the table or inject markup.

use crate::messages::{ui, Lang};
use crate::register::Entry;

/// The output syntax.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Syntax {
    MediaWiki,
    Markdown,
}

/// A cell: text, or a link.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    Link { url: String, label: String },
}

/// A titled table.
pub struct Table {
    pub title: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

fn yes_no(lang: Lang, v: Option<bool>) -> String {
    match v {
        Some(true) => ui::YES.get(lang).to_string(),
        Some(false) => ui::NO.get(lang).to_string(),
        None => String::new(),
    }
}

/// The « Technique » table: one row per fabrique.
pub fn technique(entries: &[Entry], lang: Lang) -> Table {
    let rows = entries
        .iter()
        .map(|e| {
            let r = &e.record;
            let consortium = |kind: &str| {
                Cell::Text(
                    r.consortium
                        .iter()
                        .filter(|(k, _)| k.value == kind)
                        .flat_map(|(_, m)| m.iter().map(|x| x.value.as_str()))
                        .collect::<Vec<_>>()
                        .join(", "),
                )
            };
            // The table names a fabrique by its link; without one, by its
            // name alone (never a row without a name).
            let link = r
                .page_movilab
                .as_ref()
                .or(r.site_web.as_ref())
                .map_or(Cell::Text(r.nom().to_string()), |u| Cell::Link {
                    url: u.value.clone(),
                    label: r.nom().to_string(),
                });
            vec![
                Cell::Text(
                    r.structure_porteuse
                        .nom
                        .as_ref()
                        .map_or(String::new(), |n| n.value.clone()),
                ),
                Cell::Text(
                    r.adresse
                        .code_postal
                        .as_ref()
                        .map_or(String::new(), |c| c.value.clone()),
                ),
                Cell::Text(r.commune().unwrap_or_default().to_string()),
                Cell::Text(yes_no(lang, r.qpv.as_ref().map(|q| q.value))),
                Cell::Text(yes_no(lang, r.numerique.as_ref().map(|q| q.value))),
                consortium("collectivites"),
                consortium("centres_sociaux"),
                consortium("bailleurs_sociaux"),
                consortium("acteurs_formation"),
                Cell::Text(
                    r.labellisation
                        .annee
                        .as_ref()
                        .map_or(String::new(), |a| a.value.to_string()),
                ),
                Cell::Text(
                    r.structure_porteuse
                        .creation
                        .as_ref()
                        .map_or(String::new(), |a| a.value.to_string()),
                ),
                link,
            ]
        })
        .collect();
    Table {
        title: ui::WIKI_TECHNIQUE.get(lang).to_string(),
        headers: ui::WIKI_TECHNIQUE_COLUMNS
            .iter()
            .map(|t| t.get(lang).to_string())
            .collect(),
        rows,
    }
}

/// The « Entrée par action » table: one row per category and sub-action,
/// the fabriques that do it, have started, want to.
pub fn actions(entries: &[Entry], vocab: &crate::vocab::Vocabularies, lang: Lang) -> Table {
    let categories = vocab.get("categories");
    // (category index, sub-action) -> names per status
    let mut groups: std::collections::BTreeMap<(usize, String, String), [Vec<String>; 3]> = Default::default();
    for e in entries {
        for a in &e.record.actions {
            let status = match a.statut.as_ref().map(|s| s.value.as_str()) {
                Some("fait") => 0,
                Some("commence") => 1,
                Some("envisage") => 2,
                _ => continue,
            };
            let detail = a
                .sous_action
                .as_ref()
                .or(a.precision.as_ref())
                .map_or(String::new(), |s| s.value.clone());
            for c in &a.categories {
                let index = categories
                    .entries
                    .iter()
                    .position(|x| x.code == c.value)
                    .unwrap_or(usize::MAX);
                let names = &mut groups.entry((index, c.value.clone(), detail.clone())).or_default()[status];
                let name = e.record.nom().to_string();
                if !names.contains(&name) {
                    names.push(name);
                }
            }
        }
    }
    let rows = groups
        .into_iter()
        .map(|((_, code, detail), [fait, commence, envisage])| {
            let label = categories.get(&code).map_or(code.clone(), |c| c.libelle.to_string());
            vec![
                Cell::Text(label),
                Cell::Text(detail),
                Cell::Text(fait.join(", ")),
                Cell::Text(commence.join(", ")),
                Cell::Text(envisage.join(", ")),
            ]
        })
        .collect();
    Table {
        title: ui::WIKI_ACTIONS.get(lang).to_string(),
        headers: ui::WIKI_ACTIONS_COLUMNS
            .iter()
            .map(|t| t.get(lang).to_string())
            .collect(),
        rows,
    }
}

/// Escapes text for a MediaWiki table cell.
pub fn escape_wiki(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '|' => out.push_str("&#124;"),
            '[' => out.push_str("&#91;"),
            ']' => out.push_str("&#93;"),
            '{' => out.push_str("&#123;"),
            '}' => out.push_str("&#125;"),
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    // Two apostrophes make italics, three bold.
    out.replace("''", "&#39;&#39;")
}

/// Escapes text for a Markdown table cell.
pub fn escape_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '|' => out.push_str("\\|"),
            '\\' => out.push_str("\\\\"),
            '<' => out.push_str("&lt;"),
            '[' => out.push_str("\\["),
            ']' => out.push_str("\\]"),
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

fn render_cell(c: &Cell, syntax: Syntax) -> String {
    match (c, syntax) {
        (Cell::Text(t), Syntax::MediaWiki) => escape_wiki(t),
        (Cell::Text(t), Syntax::Markdown) => escape_markdown(t),
        // An external link: URLs keep their characters, but a space or a
        // bracket would end the link, so they are percent-encoded.
        (Cell::Link { url, label }, Syntax::MediaWiki) => {
            format!(
                "[{} {}]",
                url.replace(' ', "%20").replace(']', "%5D"),
                escape_wiki(label)
            )
        }
        (Cell::Link { url, label }, Syntax::Markdown) => {
            format!(
                "[{}]({})",
                escape_markdown(label),
                url.replace(' ', "%20").replace(')', "%29")
            )
        }
    }
}

/// Renders one table.
pub fn render(t: &Table, syntax: Syntax) -> String {
    let mut s = String::new();
    match syntax {
        Syntax::MediaWiki => {
            s.push_str(&format!("== {} ==\n", escape_wiki(&t.title)));
            s.push_str("{| class=\"wikitable sortable\"\n");
            s.push_str(&format!(
                "! {}\n",
                t.headers
                    .iter()
                    .map(|h| escape_wiki(h))
                    .collect::<Vec<_>>()
                    .join(" !! ")
            ));
            for row in &t.rows {
                s.push_str("|-\n");
                let cells: Vec<String> = row.iter().map(|c| render_cell(c, syntax)).collect();
                s.push_str(&format!("| {}\n", cells.join(" || ")));
            }
            s.push_str("|}\n");
        }
        Syntax::Markdown => {
            s.push_str(&format!("## {}\n\n", escape_markdown(&t.title)));
            s.push_str(&format!(
                "| {} |\n",
                t.headers
                    .iter()
                    .map(|h| escape_markdown(h))
                    .collect::<Vec<_>>()
                    .join(" | ")
            ));
            s.push_str(&format!("|{}\n", " --- |".repeat(t.headers.len())));
            for row in &t.rows {
                let cells: Vec<String> = row.iter().map(|c| render_cell(c, syntax)).collect();
                s.push_str(&format!("| {} |\n", cells.join(" | ")));
            }
        }
    }
    s
}

/// Both tables, separated by a blank line.
pub fn tables(entries: &[Entry], vocab: &crate::vocab::Vocabularies, syntax: Syntax, lang: Lang) -> Vec<u8> {
    format!(
        "{}\n{}",
        render(&technique(entries, lang), syntax),
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
        assert_eq!(escape_markdown("a | b\nc"), "a \\| b c");
    }
}
