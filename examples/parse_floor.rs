//! Parse-only floor for `fabriques validate`.
//!
//! ```text
//! cargo run --release --example parse_floor -- DIR
//! ```
//!
//! Walks DIR recursively and, on one thread, reads every `*.toml` file and
//! parses it into a generic `toml::Table` — no schema, no cross-record checks.
//! Prints `files=N errors=E` on stdout (E counts files that could not be read
//! or parsed). Whatever `validate` does costs at least this: `scripts/bench`
//! reports validate's wall time as a ratio of this one.
//!
//! Exit code 0 (even when files fail to parse), 2 when DIR cannot be walked.

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(dir), None) = (args.next(), args.next()) else {
        eprintln!("usage: parse_floor DIR");
        return ExitCode::from(2);
    };
    let mut files = 0usize;
    let mut errors = 0usize;
    for entry in walkdir::WalkDir::new(&dir) {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                eprintln!("parse_floor: {e}");
                return ExitCode::from(2);
            }
        };
        let path = entry.path();
        if !entry.file_type().is_file() || path.extension().is_none_or(|x| x != "toml") {
            continue;
        }
        files += 1;
        match std::fs::read_to_string(path) {
            Ok(s) => {
                if s.parse::<toml::Table>().is_err() {
                    errors += 1;
                }
            }
            Err(_) => errors += 1,
        }
    }
    println!("files={files} errors={errors}");
    ExitCode::SUCCESS
}
