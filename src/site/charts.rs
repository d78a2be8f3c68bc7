//! Server-side SVG charts: horizontal bars, shares of a whole (a stacked
//! bar with its legend) and stacked bars per row. No script, no library:
//! the statistics page draws them here, deterministically.
//!
//! Every chart is an image with a title, and is followed by the same
//! figures as a table inside `<details>`, which screen readers and people
//! who want the exact numbers read.

use super::html::{esc, number, percent, w};
use crate::messages::site as t;
use crate::messages::Lang;

/// Chart colours on white (WCAG: ≥ 3:1 for graphics); « non renseigné »
/// is a grey that still reads as a value.
pub const BLUE: &str = "#000091";
pub const LIGHT_BLUE: &str = "#6a6af4";
pub const GREEN: &str = "#18753c";
pub const ORANGE: &str = "#b34000";
pub const GREY: &str = "#757575";
pub const STATUS_COLOURS: [&str; 4] = [BLUE, LIGHT_BLUE, ORANGE, GREEN];

const LABEL_W: f64 = 230.0;
const BAR_W: f64 = 420.0;
const ROW_H: f64 = 26.0;

/// One bar: label, value.
pub struct Bar {
    pub label: String,
    pub value: usize,
    /// Drawn in grey: the « non renseigné » row.
    pub unknown: bool,
}

fn data_table(lang: Lang, caption: &str, head: &[String], rows: &[Vec<String>]) -> String {
    let mut h = format!(
        "<details class=\"chart-data\"><summary>{}</summary>\n<table class=\"data-table\"><caption>{}</caption>\n<thead><tr>",
        t::SHOW_DATA.get(lang),
        esc(caption)
    );
    for c in head {
        w!(&mut h, "<th scope=\"col\">{}</th>", esc(c));
    }
    h.push_str("</tr></thead>\n<tbody>\n");
    for r in rows {
        h.push_str("<tr>");
        for (i, c) in r.iter().enumerate() {
            if i == 0 {
                w!(&mut h, "<th scope=\"row\">{}</th>", esc(c));
            } else {
                w!(&mut h, "<td>{}</td>", esc(c));
            }
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</tbody>\n</table>\n</details>\n");
    h
}

/// The data table of a count chart: label, fabriques, share of `total`.
fn counts_table<'a>(lang: Lang, caption: &str, counts: impl Iterator<Item = (&'a str, usize)>, total: usize) -> String {
    let head = [
        String::new(),
        t::COL_FABRIQUES.get(lang).to_string(),
        t::COL_PART.get(lang).to_string(),
    ];
    let rows: Vec<Vec<String>> = counts
        .map(|(label, value)| {
            vec![
                label.to_string(),
                number(value as i64, lang),
                percent(value, total, lang),
            ]
        })
        .collect();
    data_table(lang, caption, &head, &rows)
}

/// Horizontal bars, one row per item, with the value after the bar.
pub fn bars(id: &str, title: &str, bars: &[Bar], total: usize, lang: Lang) -> String {
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0).max(1);
    let height = ROW_H * bars.len() as f64 + 8.0;
    let width = LABEL_W + BAR_W + 90.0;
    let mut s = format!(
        "<figure class=\"chart\">\n<svg viewBox=\"0 0 {width:.0} {height:.0}\" role=\"img\" aria-labelledby=\"{id}\">\
         <title id=\"{id}\">{}</title>\n",
        esc(title)
    );
    for (k, b) in bars.iter().enumerate() {
        let y = 4.0 + ROW_H * k as f64;
        let len = BAR_W * b.value as f64 / max as f64;
        let fill = if b.unknown { GREY } else { BLUE };
        w!(
            &mut s,
            "<text x=\"{:.0}\" y=\"{:.1}\" text-anchor=\"end\" dominant-baseline=\"middle\">{}</text>\
             <rect x=\"{LABEL_W:.0}\" y=\"{:.1}\" width=\"{len:.1}\" height=\"{:.0}\" rx=\"2\" fill=\"{fill}\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" dominant-baseline=\"middle\">{}</text>\n",
            LABEL_W - 8.0,
            y + ROW_H / 2.0 - 2.0,
            esc(&b.label),
            y + 3.0,
            ROW_H - 10.0,
            LABEL_W + len + 6.0,
            y + ROW_H / 2.0 - 2.0,
            number(b.value as i64, lang)
        );
    }
    s.push_str("</svg>\n</figure>\n");
    let counts = bars.iter().map(|b| (b.label.as_str(), b.value));
    s.push_str(&counts_table(lang, title, counts, total));
    s
}

/// One part of a whole.
pub struct Part {
    pub label: String,
    pub value: usize,
    pub colour: &'static str,
}

/// A whole as one bar cut in parts, with a legend giving each part's
/// count and share; `target` marks a share the programme aims at.
pub fn shares(id: &str, title: &str, parts: &[Part], target: Option<(f64, &str)>, lang: Lang) -> String {
    let total: usize = parts.iter().map(|p| p.value).sum();
    let width = 680.0;
    let legend_h = 24.0 * parts.len() as f64;
    let height = 56.0 + legend_h + if target.is_some() { 20.0 } else { 0.0 };
    let mut s = format!(
        "<figure class=\"chart\">\n<svg viewBox=\"0 0 {width:.0} {height:.0}\" role=\"img\" aria-labelledby=\"{id}\">\
         <title id=\"{id}\">{}</title>\n",
        esc(title)
    );
    let mut x = 0.0;
    for p in parts {
        if total == 0 {
            break;
        }
        let len = width * p.value as f64 / total as f64;
        if len > 0.0 {
            w!(
                &mut s,
                "<rect x=\"{x:.1}\" y=\"8\" width=\"{len:.1}\" height=\"30\" fill=\"{}\"/>\n",
                p.colour
            );
        }
        x += len;
    }
    let mut y = 60.0;
    if let Some((share, label)) = target {
        let tx = width * share;
        w!(
            &mut s,
            "<line x1=\"{tx:.1}\" y1=\"2\" x2=\"{tx:.1}\" y2=\"44\" stroke=\"#ffffff\" stroke-width=\"5\"/>\
             <line x1=\"{tx:.1}\" y1=\"2\" x2=\"{tx:.1}\" y2=\"44\" stroke=\"#161616\" stroke-width=\"2\" stroke-dasharray=\"4 3\"/>\
             <text x=\"{tx:.1}\" y=\"{:.0}\" text-anchor=\"middle\">{}</text>\n",
            y - 4.0,
            esc(label)
        );
        y += 20.0;
    }
    for p in parts {
        w!(
            &mut s,
            "<rect x=\"0\" y=\"{:.0}\" width=\"14\" height=\"14\" fill=\"{}\"/>\
             <text x=\"22\" y=\"{:.0}\" dominant-baseline=\"middle\">{}{}{} ({})</text>\n",
            y - 7.0,
            p.colour,
            y,
            esc(&p.label),
            t::COLON.get(lang),
            number(p.value as i64, lang),
            percent(p.value, total, lang)
        );
        y += 24.0;
    }
    s.push_str("</svg>\n</figure>\n");
    let counts = parts.iter().map(|p| (p.label.as_str(), p.value));
    s.push_str(&counts_table(lang, title, counts, total));
    s
}

/// Rows of stacked bars (actions by category, one segment per status).
pub fn stacked_rows(
    id: &str,
    title: &str,
    series: &[(String, &'static str)],
    rows: &[(String, Vec<usize>)],
    lang: Lang,
) -> String {
    let max = rows
        .iter()
        .map(|(_, v)| v.iter().sum::<usize>())
        .max()
        .unwrap_or(0)
        .max(1);
    let width = LABEL_W + BAR_W + 90.0;
    let legend_y = ROW_H * rows.len() as f64 + 20.0;
    let height = legend_y + 24.0;
    let mut s = format!(
        "<figure class=\"chart\">\n<svg viewBox=\"0 0 {width:.0} {height:.0}\" role=\"img\" aria-labelledby=\"{id}\">\
         <title id=\"{id}\">{}</title>\n",
        esc(title)
    );
    for (k, (label, values)) in rows.iter().enumerate() {
        let y = 4.0 + ROW_H * k as f64;
        w!(
            &mut s,
            "<text x=\"{:.0}\" y=\"{:.1}\" text-anchor=\"end\" dominant-baseline=\"middle\">{}</text>\n",
            LABEL_W - 8.0,
            y + ROW_H / 2.0 - 2.0,
            esc(label)
        );
        let mut x = LABEL_W;
        for (v, (_, colour)) in values.iter().zip(series) {
            let len = BAR_W * *v as f64 / max as f64;
            if len > 0.0 {
                w!(
                    &mut s,
                    "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"{len:.1}\" height=\"{:.0}\" fill=\"{colour}\"/>\n",
                    y + 3.0,
                    ROW_H - 10.0
                );
            }
            x += len;
        }
        w!(
            &mut s,
            "<text x=\"{:.1}\" y=\"{:.1}\" dominant-baseline=\"middle\">{}</text>\n",
            x + 6.0,
            y + ROW_H / 2.0 - 2.0,
            number(values.iter().sum::<usize>() as i64, lang)
        );
    }
    let mut x = LABEL_W;
    for (label, colour) in series {
        w!(
            &mut s,
            "<rect x=\"{x:.0}\" y=\"{:.0}\" width=\"14\" height=\"14\" fill=\"{colour}\"/>\
             <text x=\"{:.0}\" y=\"{:.0}\" dominant-baseline=\"middle\">{}</text>\n",
            legend_y - 7.0,
            x + 20.0,
            legend_y,
            esc(label)
        );
        x += 24.0 + 8.0 * label.chars().count() as f64;
    }
    s.push_str("</svg>\n</figure>\n");
    let mut head = vec![String::new()];
    head.extend(series.iter().map(|(l, _)| l.clone()));
    let table: Vec<Vec<String>> = rows
        .iter()
        .map(|(label, values)| {
            let mut r = vec![label.clone()];
            r.extend(values.iter().map(|v| number(*v as i64, lang)));
            r
        })
        .collect();
    s.push_str(&data_table(lang, title, &head, &table));
    s
}
