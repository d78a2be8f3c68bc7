//! One module per subcommand. Each has the same shape: it takes the
//! resolved [`Config`](crate::config::Config), its own arguments and the
//! output streams, and returns the exit code (0 or 1); failures of the tool
//! are `anyhow` errors, which `main` turns into exit code 2.

pub mod actions;
pub mod criteres;
pub mod fmt;
pub mod geo;
pub mod import;
pub mod liens;
pub mod list;
pub mod new;
pub mod rules;
pub mod show;
pub mod stats;
pub mod validate;
pub mod vocab;

use comfy_table::{presets, ContentArrangement, Table};

/// A table for the terminal, or plain aligned columns when piped (no box
/// drawing, no colour), so that output stays greppable.
pub fn new_table(terminal: bool) -> Table {
    let mut t = Table::new();
    if terminal {
        t.load_style(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic);
    } else {
        t.load_style(presets::NOTHING)
            .set_content_arrangement(ContentArrangement::Disabled);
    }
    t
}

/// After listing records, says how many have errors and how to see them.
pub fn hint_errors(
    err: &mut dyn std::io::Write,
    lang: crate::messages::Lang,
    with_errors: usize,
) -> std::io::Result<()> {
    if with_errors > 0 {
        let text = crate::messages::ui::LIST_ERRORS.get(lang);
        writeln!(
            err,
            "{}",
            crate::messages::fill(text, &[("nombre", with_errors.to_string())])
        )?;
    }
    Ok(())
}
