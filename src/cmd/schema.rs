//! `fabriques schema`: the JSON Schema of a record on standard output, for
//! editors (`#:schema ./fabriques.schema.json` at the top of a record, or
//! a `.taplo.toml` that applies it to `data/*.toml`).
//!
//! The schema is generated from the field table the checker reads records
//! with and from the register's vocabularies, its `fabriques.toml`
//! additions included (outside a register, the built-in ones): see
//! `schema::json`.

use std::io::Write;

use anyhow::Result;

use crate::context::Context;
use crate::vocab::Vocabularies;

/// The arguments of `schema`.
#[derive(Debug, clap::Args)]
pub(crate) struct SchemaArgs {}

/// The schema of a register with `vocab`, as the file `init` writes and
/// `schema` prints: pretty JSON ending with a line break.
pub(crate) fn text(vocab: &Vocabularies, lang: crate::messages::Lang) -> String {
    let mut s = serde_json::to_string_pretty(&crate::schema::json::schema(vocab, lang)).expect("a JSON value prints");
    s.push('\n');
    s
}

pub(crate) fn run(cx: &Context, _args: &SchemaArgs, out: &mut dyn Write) -> Result<u8> {
    out.write_all(text(&cx.config.settings.vocab, cx.lang).as_bytes())?;
    out.flush()?;
    Ok(0)
}
