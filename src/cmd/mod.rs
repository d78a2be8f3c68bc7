//! One module per subcommand. Each has the same shape: it takes the
//! resolved [`Config`](crate::config::Config), its own arguments and the
//! output streams, and returns the exit code (0 or 1); failures of the tool
//! are `anyhow` errors, which `main` turns into exit code 2.

pub mod criteres;
pub mod fmt;
pub mod geo;
pub mod import;
pub mod list;
pub mod new;
pub mod rules;
pub mod show;
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
