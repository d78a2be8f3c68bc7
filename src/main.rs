//! The `fabriques` binary: all the work is in the library.
//!
//! mimalloc replaces the system allocator: reading a register allocates
//! many small strings on two threads, and the benchmark (`scripts/bench`)
//! measured `validate` about 15 % faster with it on 100,000 records.

use std::process::ExitCode;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args = std::env::args_os().collect();
    let code = fabriques::run(args, &mut std::io::stdout().lock(), &mut std::io::stderr().lock());
    ExitCode::from(code)
}
