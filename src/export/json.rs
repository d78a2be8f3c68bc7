//! `export --json` (one array) and `export --jsonl` (one record per line):
//! each record as `show --format json` gives it, with its derived
//! département and région. Both stream.

use std::io::Write;

use anyhow::Result;

use super::Each;
use crate::register::{to_json, Entry};

/// A JSON array, one pretty-printed record after another.
pub fn array(each: &mut Each<'_>, out: &mut dyn Write) -> Result<usize> {
    out.write_all(b"[")?;
    let mut n = 0;
    each(&mut |e: Entry| {
        out.write_all(if n == 0 { b"\n" } else { b",\n" })?;
        serde_json::to_writer_pretty(&mut *out, &to_json(&e))?;
        n += 1;
        Ok(())
    })?;
    out.write_all(b"\n]\n")?;
    Ok(n)
}

/// JSON Lines: one compact record per line.
pub fn lines(each: &mut Each<'_>, out: &mut dyn Write) -> Result<usize> {
    let mut n = 0;
    each(&mut |e: Entry| {
        serde_json::to_writer(&mut *out, &to_json(&e))?;
        out.write_all(b"\n")?;
        n += 1;
        Ok(())
    })?;
    Ok(n)
}
