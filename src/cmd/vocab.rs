//! `fabriques vocab [NAME]`: the controlled vocabularies of this register
//! (built-in entries plus those added in `fabriques.toml`).

use std::io::Write;

use anyhow::{bail, Result};

use crate::context::Context;
use crate::messages::ui;
use crate::suggest::closest;
use crate::vocab::NAMES;

/// The arguments of `vocab`.
#[derive(Debug, clap::Args)]
pub(crate) struct VocabArgs {
    #[arg(value_name = "VOCABULAIRE")]
    pub name: Option<String>,
}

pub(crate) fn run(cx: &Context, args: &VocabArgs, out: &mut dyn Write) -> Result<u8> {
    let (config, lang, terminal, name) = (&cx.config, cx.lang, cx.terminal, args.name.as_deref());
    let vocab = &config.settings.vocab;
    let mut t = super::new_table(terminal);
    match name {
        None => {
            t.set_header(vec![
                ui::COL_VOCABULARY.get(lang),
                ui::COL_USED_BY.get(lang),
                ui::COL_ENTRIES.get(lang),
            ]);
            for v in &vocab.all {
                t.add_row(vec![
                    v.name.to_string(),
                    v.used_by.to_string(),
                    v.entries.len().to_string(),
                ]);
            }
            writeln!(out, "{t}")?;
            if terminal {
                writeln!(out, "{}", ui::VOCAB_HINT.get(lang))?;
            }
        }
        Some(name) => {
            let Some(v) = vocab.find(name) else {
                let s = closest(name, NAMES.iter().copied(), 1);
                bail!(ui::unknown_name(
                    lang,
                    &ui::UNKNOWN_VOCABULARY,
                    name,
                    s.first().copied(),
                    "vocab"
                ));
            };
            t.set_header(vec![
                ui::COL_CODE.get(lang),
                ui::COL_LABEL.get(lang),
                ui::COL_DEFINITION.get(lang),
            ]);
            for e in &v.entries {
                let mut definition = e.definition.to_string();
                if e.local {
                    definition = format!("{definition} {}", ui::LOCAL_ENTRY.get(lang)).trim().to_string();
                }
                t.add_row(vec![e.code.to_string(), e.libelle.to_string(), definition]);
            }
            writeln!(out, "{t}")?;
        }
    }
    Ok(0)
}
