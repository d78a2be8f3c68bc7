//! JSON for programs (editors, dashboards, CI bots), streamed.
//!
//! `--format json` is one document (stable; fields are only ever added):
//! `{"version": 1, "skipped": [{"file", "reason"}], "diagnostics": [{"rule",
//! "severity", "file", "line", "column", "end_line", "end_column",
//! "message", "help"}], "files": N, "errors": N, "warnings": N}`. The
//! diagnostics are written as the files are checked, so the counts come
//! last. `--format jsonl` writes one diagnostic object per line, nothing
//! else (the notes and the summary go to standard error, as for `human`).
//! Lines and columns are 1-based, columns count characters; `end_*` is
//! exclusive. Messages are in the run's language.

use std::io::{self, Write};

use serde::Serialize;

use super::At;
use crate::diagnostic::{Diagnostic, SkipReason, Skipped, Special};
use crate::messages::Lang;

#[derive(Serialize)]
struct Item<'a> {
    rule: &'a str,
    severity: &'a str,
    file: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    message: String,
    help: Option<String>,
}

#[derive(Serialize)]
struct SkippedItem {
    file: String,
    reason: &'static str,
}

/// The document's head, up to the opening of the diagnostics array.
pub(super) fn head(out: &mut dyn Write, skipped: &[Skipped]) -> io::Result<()> {
    let skipped: Vec<SkippedItem> = skipped
        .iter()
        .map(|s| SkippedItem {
            file: s.path.display().to_string(),
            reason: match s.reason {
                SkipReason::Hidden => "hidden",
                SkipReason::NotToml => "not-toml",
                SkipReason::LinkOutside => "link-outside",
                SkipReason::LinkToDirectory => "link-to-directory",
                SkipReason::NotRegular(Special::Fifo) => "fifo",
                SkipReason::NotRegular(Special::Socket) => "socket",
                SkipReason::NotRegular(Special::Device) => "device",
                SkipReason::NotRegular(Special::Other) => "not-a-file",
            },
        })
        .collect();
    let mut text = serde_json::to_vec_pretty(&skipped).map_err(io::Error::other)?;
    indent(&mut text, 2);
    write!(out, "{{\n  \"version\": 1,\n  \"skipped\": ")?;
    out.write_all(&text)?;
    write!(out, ",\n  \"diagnostics\": [")
}

/// The document's tail: the array closed, the counts.
pub(super) fn tail(out: &mut dyn Write, any: bool, files: usize, errors: usize, warnings: usize) -> io::Result<()> {
    if any {
        write!(out, "\n  ]")?;
    } else {
        write!(out, "]")?;
    }
    writeln!(
        out,
        ",\n  \"files\": {files},\n  \"errors\": {errors},\n  \"warnings\": {warnings}\n}}"
    )
}

/// One diagnostic: in the document (`in_array`), as `,\n    {...}` laid
/// out as `serde_json`'s pretty printer does at that depth (the report
/// drops the first comma); else as one line.
pub(super) fn item(buf: &mut Vec<u8>, at: &At<'_>, d: &Diagnostic, lang: Lang, in_array: bool) {
    let (start, end) = at.pos.unwrap_or_default();
    let item = Item {
        rule: d.rule.name(),
        severity: d.severity.as_str(),
        file: at.file,
        line: start.line,
        column: start.column,
        end_line: end.line,
        end_column: end.column,
        message: d.message.render(lang),
        help: d.help.as_ref().map(|h| h.render(lang)),
    };
    // Serialising plain strings and numbers into a `Vec` cannot fail.
    if !in_array {
        let _ = serde_json::to_writer(&mut *buf, &item);
        buf.push(b'\n');
        return;
    }
    let string = |buf: &mut Vec<u8>, key: &str, value: Option<&str>| {
        let _ = write!(buf, "      \"{key}\": ");
        match value {
            Some(v) => {
                let _ = serde_json::to_writer(&mut *buf, v);
            }
            None => buf.extend_from_slice(b"null"),
        }
    };
    buf.extend_from_slice(b",\n    {\n");
    string(buf, "rule", Some(item.rule));
    buf.extend_from_slice(b",\n");
    string(buf, "severity", Some(item.severity));
    buf.extend_from_slice(b",\n");
    string(buf, "file", Some(item.file));
    let _ = write!(
        buf,
        ",\n      \"line\": {},\n      \"column\": {},\n      \"end_line\": {},\n      \"end_column\": {},\n",
        item.line, item.column, item.end_line, item.end_column
    );
    string(buf, "message", Some(&item.message));
    buf.extend_from_slice(b",\n");
    string(buf, "help", item.help.as_deref());
    buf.extend_from_slice(b"\n    }");
}

/// Indents every line of `text` but the first by `n` spaces (JSON strings
/// hold no raw line break, so every line break is the printer's).
fn indent(text: &mut Vec<u8>, n: usize) {
    let mut out = Vec::with_capacity(text.len());
    for &b in text.iter() {
        out.push(b);
        if b == b'\n' {
            out.extend(std::iter::repeat_n(b' ', n));
        }
    }
    *text = out;
}
