//! `fabriques vocab [NAME]`: the controlled vocabularies of this register
//! (built-in entries plus those added in `fabriques.toml`).

use std::io::Write;

use anyhow::{bail, Result};

use crate::context::Context;
use crate::messages::ui;
use crate::suggest::closest;
use crate::table::{Column, Table};
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
    match name {
        None => {
            let mut t = Table::new(vec![
                Column::new(ui::COL_VOCABULARY.get(lang)),
                Column::new(ui::COL_USED_BY.get(lang)).wrap(12),
                Column::new(ui::COL_ENTRIES.get(lang)),
            ]);
            for v in &vocab.all {
                t.row([v.name.to_string(), v.used_by.to_string(), v.entries.len().to_string()]);
            }
            t.write(out, cx.width, lang)?;
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
            let mut t = Table::new(vec![
                Column::new(ui::COL_CODE.get(lang)),
                Column::new(ui::COL_LABEL.get(lang)).wrap(12),
                Column::new(ui::COL_DEFINITION.get(lang)).wrap(20),
            ]);
            for e in &v.entries {
                let mut definition = e.definition.to_string();
                if e.local {
                    definition = format!("{definition} {}", ui::LOCAL_ENTRY.get(lang)).trim().to_string();
                }
                t.row([e.code.to_string(), e.libelle.to_string(), definition]);
            }
            t.write(out, cx.width, lang)?;
        }
    }
    Ok(0)
}
