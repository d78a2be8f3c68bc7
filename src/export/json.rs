//! `export --json` (one array) and `export --jsonl` (one record per line):
//! each record as `show --format json` gives it, with its derived
//! département and région.

use crate::register::{to_json, Entry};

/// A pretty-printed JSON array.
pub fn array(entries: &[Entry]) -> Vec<u8> {
    let items: Vec<_> = entries.iter().map(to_json).collect();
    let mut buf = serde_json::to_vec_pretty(&items).unwrap_or_default();
    buf.push(b'\n');
    buf
}

/// JSON Lines: one compact record per line.
pub fn lines(entries: &[Entry]) -> Vec<u8> {
    let mut buf = Vec::new();
    for e in entries {
        buf.extend(serde_json::to_vec(&to_json(e)).unwrap_or_default());
        buf.push(b'\n');
    }
    buf
}
