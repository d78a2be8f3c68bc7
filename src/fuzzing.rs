//! The doors the fuzz targets (`fuzz/`) go through: the library's modules
//! are private, and making them public for the fuzzers would make them an
//! API. These few functions run the real pipeline — the checker with
//! every rule, the renderer in every format, the formatter — on bytes the
//! fuzzer makes up. Hidden from the documentation; not an interface
//! anyone else should use. `import` is fuzzed through [`crate::run`].

use std::path::PathBuf;
use std::sync::Arc;

use crate::check::{self, Checker};
use crate::config::Config;
use crate::format::{self, Layout};
use crate::messages::Lang;
use crate::report::{At, Format, Renderer};
use crate::rules::Ids;

/// What `validate` would print about one file, in each format.
#[derive(Debug, Default)]
pub struct Rendered {
    /// Human layout without colour.
    pub human: String,
    /// Human layout with colour (escape sequences of its own).
    pub human_color: String,
    /// JSON Lines: one object per diagnostic.
    pub jsonl: String,
    /// GitHub annotations.
    pub github: String,
    /// How many diagnostics there were.
    pub diagnostics: usize,
}

/// Checks `text` as the record `data/essai.toml` the way `validate` does —
/// parse, every rule of the registry, the record's exceptions — then runs
/// the register-wide rules on it and a twin (`data/jumeau/essai.toml`:
/// `duplicate-id` and `duplicate-name`), and renders every diagnostic in
/// every format. Panics only on a bug.
pub fn check_record(text: &str) -> Rendered {
    let config = Config::builtin(Lang::Fr, None);
    let today = crate::today::parse("2026-11-21").expect("a date");
    let ids: Ids = ["essai", "lab01", "la-dynamo"].into_iter().map(Into::into).collect();
    let file = Arc::new(PathBuf::from("data/essai.toml"));
    let twin = Arc::new(PathBuf::from("data/jumeau/essai.toml"));
    let mut duplicates = crate::load::Duplicates::new();
    duplicates.insert("essai".into(), vec![file.clone(), twin.clone()]);
    let checker = Checker::new(&config, today, ids).duplicates(duplicates);
    let first = checker.check_text("essai", text.to_string(), &file);
    let second = checker.check_text("essai", text.to_string(), &twin);
    let mut out = Rendered::default();
    let renderers = [
        (Renderer::new(Format::Human, Lang::Fr, false), 0),
        (Renderer::new(Format::Human, Lang::En, true), 1),
        (Renderer::new(Format::Jsonl, Lang::Fr, false), 2),
        (Renderer::new(Format::Github, Lang::Fr, false), 3),
    ];
    let mut buffers: [Vec<u8>; 4] = Default::default();
    for (renderer, i) in renderers {
        renderer.file(
            &mut buffers[i],
            "data/essai.toml",
            first.text.as_deref(),
            &first.diagnostics,
        );
    }
    out.diagnostics = first.diagnostics.len();
    let kept = vec![
        first.kept.unwrap_or_else(|| check::Kept::none(&file)),
        second.kept.unwrap_or_else(|| check::Kept::none(&twin)),
    ];
    let reread = |i: usize| checker.reread_text("essai", text.to_string(), if i == 0 { &file } else { &twin });
    for late in check::finish(kept, reread, checker.severities(), false) {
        let file = late.file.display().to_string();
        for (renderer, i) in renderers {
            renderer.diagnostic(&mut buffers[i], &At::place(&file, &late.place), &late.diagnostic, &[]);
        }
        out.diagnostics += 1;
    }
    let [human, human_color, jsonl, github] = buffers.map(|b| String::from_utf8(b).expect("UTF-8 output"));
    out.human = human;
    out.human_color = human_color;
    out.jsonl = jsonl;
    out.github = github;
    out
}

/// `fabriques fmt` on one text, with the built-in vocabularies: the
/// canonical text, or `None` when the formatter refuses it (not TOML, or
/// a doubt its own checks raise).
pub fn format(text: &str) -> Option<String> {
    let layout = Layout::new(&Config::builtin(Lang::Fr, None).settings.vocab);
    format::format(text, &layout).ok()
}

/// Whether `c` is shown otherwise than as itself on a terminal (see
/// `terminal`): what no human output may hold raw.
pub fn is_hidden(c: char) -> bool {
    crate::terminal::hidden(c).is_some()
}
