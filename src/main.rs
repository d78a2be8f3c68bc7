//! The `fabriques` binary: all the work is in the library.
//!
//! It reads the process environment once ([`fabriques::Env`]), and gives
//! the library a block-buffered standard output when it is piped or
//! redirected (one `write` per 64 KiB instead of one per line: on large
//! registers `validate` prints hundreds of thousands of lines), and the
//! line-buffered one on a terminal, so that a person sees each line as it
//! comes — as ripgrep does.
//!
//! When the user presses Ctrl-C, or the process is told to stop (SIGINT,
//! SIGTERM, SIGHUP), a thread of its own removes the temporary files of
//! the writes under way ([`fabriques::unfinished`]) before the process
//! stops as the signal would have stopped it.
//!
//! mimalloc replaces the system allocator: reading a register allocates
//! many small strings on several threads, and the benchmark
//! (`scripts/bench`) measured `validate` about 15 % faster with it on
//! 100,000 records.

use std::io::{BufWriter, Write};
use std::process::ExitCode;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Starts the thread that cleans up on Ctrl-C (see the module's
/// documentation). Without it (the handlers could not be set), a signal
/// stops the process as before.
#[cfg(unix)]
fn clean_up_when_stopped() {
    use signal_hook::consts::signal::{SIGHUP, SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
        return;
    };
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            fabriques::unfinished::remove_all();
            // Stopped by the signal, as the shell expects (exit status
            // 128 + its number); `exit` should that fail.
            let _ = signal_hook::low_level::emulate_default_handler(signal);
            std::process::exit(128 + signal);
        }
    });
}

fn main() -> ExitCode {
    #[cfg(unix)]
    clean_up_when_stopped();
    let args = std::env::args_os().collect();
    let env = fabriques::Env::from_process();
    let stdout = std::io::stdout();
    let mut err = std::io::stderr().lock();
    let code = if env.stdout_is_terminal {
        fabriques::run(args, &env, &mut stdout.lock(), &mut err)
    } else {
        let mut out = BufWriter::with_capacity(64 * 1024, stdout.lock());
        let code = fabriques::run(args, &env, &mut out, &mut err);
        // `run` flushed what it wrote; a closed pipe is not a failure.
        let _ = out.flush();
        code
    };
    ExitCode::from(code)
}
