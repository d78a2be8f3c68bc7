//! The export formats: the register in the formats the places people look
//! at already read — spreadsheets (CSV), programs (JSON, JSON Lines), the
//! uMap map (GeoJSON), the Movilab wiki (MediaWiki tables, or Markdown),
//! the national map of digital inclusion places (the médiation numérique
//! standard), and Excel workbooks (xlsx) whose codes keep their zeros.
//!
//! Every format (the command is `cmd::export`) writes to any writer and is
//! deterministic: records in
//! id order, stable columns, no dates other than those asked for — the same
//! register always gives the same bytes, so a register's CI can commit an
//! export and review its diff. Formats that can stream do: records are read
//! a chunk at a time and written as they come, so a large register never
//! sits whole in memory. One file per format.

pub mod cell;
pub mod csv;
pub mod geojson;
pub mod json;
pub mod mednum;
pub mod previous;
pub mod report;
pub mod wiki;
pub mod xlsx;

use anyhow::Result;

use crate::register::Entry;

/// Hands every selected entry, in id order, to a writer's callback.
pub type Each<'a> = dyn FnMut(&mut dyn FnMut(Entry) -> Result<()>) -> Result<()> + 'a;
