//! The `fabriques` binary: all the work is in the library.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args = std::env::args_os().collect();
    let code = fabriques::run(args, &mut std::io::stdout().lock(), &mut std::io::stderr().lock());
    ExitCode::from(code)
}
