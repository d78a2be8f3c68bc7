//! Deterministic synthetic register generator, for benchmarks and tests.
//!
//! ```text
//! cargo run --release --example gen_register -- OUT_DIR COUNT [--broken N] [--seed S] [--undocumented]
//! ```
//!
//! Writes `OUT_DIR/data/fabrique-000001.toml` … one realistic record per file
//! (~2 KB: all sections, 3–8 actions, 0–3 links to other generated ids, French
//! text, real French addresses whose postal code, commune and INSEE code were
//! checked against `@etalab/decoupage-administratif` 6.0.0), and
//! `OUT_DIR/fabriques.toml`, the networks registry that declares the only
//! network code the records use, `fabmob`. The same arguments always give
//! byte-identical files: the PRNG is a hand-written splitmix64, one stream per
//! record derived from the seed and the record's number.
//!
//! Valid records respect the register's rules: `numerique = true` only with
//! `qpv = true`, `qpv = true` in communes of more than 100 000 inhabitants, a
//! `nom` unique within its commune (compared by commune name, so homonymous
//! communes count as one), no date in the future, links only to other valid
//! records, funding of at most 50 000 € a year over at most 3 consecutive
//! years after the labelling year.
//!
//! `--broken N` makes N records (chosen from the seed) invalid, cycling through
//! six kinds of fault: unknown key, wrong type, missing required field, TOML
//! syntax error, value outside a vocabulary, link to a non-existent id.
//!
//! `--undocumented` writes every record's `[criteres]` table with
//! placeholders (« à compléter », no publics) and its Movilab page on
//! another site — a real register before its criteria are written down:
//! valid, but each record gets six warnings (the five criteria its
//! `[criteres]` table shows, and the Movilab page). Everything else is the
//! same as without the flag.
//!
//! It never overwrites anything: if `OUT_DIR/data` exists and is not empty, or
//! `OUT_DIR/fabriques.toml` exists, it stops with exit code 2 (also the code
//! for bad arguments); I/O errors exit 1. It prints to stderr how many records
//! it wrote and how many of them are broken.

mod data;
mod record;

use std::collections::HashSet;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use record::{record, Broken, Ctx, Fault, FAULTS};

// ---------------------------------------------------------------------------
// PRNG: splitmix64 (Steele, Lea & Flood), good enough and fully deterministic.

const GOLDEN: u64 = 0x9E37_79B9_7F4A_7C15;

fn mix64(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

struct Rng(u64);

impl Rng {
    /// Independent stream number `stream` for a given seed.
    fn new(seed: u64, stream: u64) -> Rng {
        Rng(mix64(seed ^ mix64(stream.wrapping_add(1).wrapping_mul(GOLDEN))))
    }
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(GOLDEN);
        mix64(self.0)
    }
    /// Uniform in `0..n` (n > 0); Lemire's multiply-shift, bias negligible here.
    fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() as u128 * n as u128) >> 64) as usize
    }
    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as usize) as i64
    }
    /// True with probability `pct` %.
    fn chance(&mut self, pct: usize) -> bool {
        self.below(100) < pct
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
    /// `k` distinct items of `xs`, in the order drawn.
    fn sample<'a, T>(&mut self, xs: &'a [T], k: usize) -> Vec<&'a T> {
        let mut idx: Vec<usize> = (0..xs.len()).collect();
        let k = k.min(xs.len());
        for i in 0..k {
            let j = i + self.below(idx.len() - i);
            idx.swap(i, j);
        }
        idx[..k].iter().map(|&i| &xs[i]).collect()
    }
}

// ---------------------------------------------------------------------------
// Helpers.

fn id_of(n: usize) -> String {
    format!("fabrique-{n:06}")
}

/// TOML basic string literal.
fn q(s: impl AsRef<str>) -> String {
    let s = s.as_ref();
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn q_array(items: &[&str]) -> String {
    let parts: Vec<String> = items.iter().map(q).collect();
    format!("[{}]", parts.join(", "))
}

/// ASCII slug: accents folded, anything else becomes `sep`.
fn slug(s: &str, sep: char) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let folded: &str = match c {
            'à' | 'â' | 'ä' => "a",
            'À' | 'Â' => "A",
            'é' | 'è' | 'ê' | 'ë' => "e",
            'É' | 'È' | 'Ê' => "E",
            'î' | 'ï' => "i",
            'Î' => "I",
            'ô' | 'ö' => "o",
            'Ô' => "O",
            'ù' | 'û' | 'ü' => "u",
            'ç' => "c",
            'Ç' => "C",
            'œ' => "oe",
            'æ' => "ae",
            _ => "",
        };
        if !folded.is_empty() {
            out.push_str(folded);
        } else if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with(sep) {
            out.push(sep);
        }
    }
    while out.ends_with(sep) {
        out.pop();
    }
    out
}

fn sentences(rng: &mut Rng, pool: &[&str]) -> String {
    let k = 1 + rng.below(2);
    rng.sample(pool, k).into_iter().copied().collect::<Vec<_>>().join(" ")
}

fn some_of<'a>(rng: &mut Rng, pool: &'a [&'a str], max: usize) -> Vec<&'a str> {
    let k = rng.below(max + 1);
    rng.sample(pool, k).into_iter().copied().collect()
}

/// The register's settings, beside `data/`: the networks registry that the
/// records' `reseaux = ["fabmob"]` refers to.
const SETTINGS_FILE: &str = "fabriques.toml";
const SETTINGS: &str = "\
# Réglages du registre synthétique écrit par examples/gen_register.

[reseaux.fabmob]
nom = \"La Fabrique des Mobilités\"
site = \"https://lafabriquedesmobilites.fr\"
";

struct Args {
    out: PathBuf,
    count: usize,
    broken: usize,
    seed: u64,
    undocumented: bool,
}

const USAGE: &str = "usage: gen_register OUT_DIR COUNT [--broken N] [--seed S] [--undocumented]";

fn parse_args() -> Result<Args, String> {
    let mut pos = Vec::new();
    let mut broken = 0usize;
    let mut seed = 1u64;
    let mut undocumented = false;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "-h" | "--help" => return Err(USAGE.to_string()),
            "--undocumented" => undocumented = true,
            "--broken" | "--seed" => {
                let v = it.next().ok_or_else(|| format!("{a} needs a value\n{USAGE}"))?;
                if a == "--broken" {
                    broken = v.parse().map_err(|_| format!("--broken: not a number: {v}"))?;
                } else {
                    seed = v.parse().map_err(|_| format!("--seed: not a number: {v}"))?;
                }
            }
            s if s.starts_with("--broken=") => {
                let v = &s["--broken=".len()..];
                broken = v.parse().map_err(|_| format!("--broken: not a number: {v}"))?;
            }
            s if s.starts_with("--seed=") => {
                let v = &s["--seed=".len()..];
                seed = v.parse().map_err(|_| format!("--seed: not a number: {v}"))?;
            }
            s if s.starts_with("--") => return Err(format!("unknown option {s}\n{USAGE}")),
            _ => pos.push(a),
        }
    }
    if pos.len() != 2 {
        return Err(USAGE.to_string());
    }
    let count: usize = pos[1].parse().map_err(|_| format!("COUNT: not a number: {}", pos[1]))?;
    if count == 0 {
        return Err("COUNT must be at least 1".to_string());
    }
    if broken > count {
        return Err(format!("--broken {broken} is more than COUNT {count}"));
    }
    Ok(Args {
        out: PathBuf::from(&pos[0]),
        count,
        broken,
        seed,
        undocumented,
    })
}

fn is_empty_dir(p: &Path) -> std::io::Result<bool> {
    Ok(fs::read_dir(p)?.next().is_none())
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(msg) => {
            eprintln!("gen_register: {msg}");
            return ExitCode::from(2);
        }
    };
    let data = args.out.join("data");
    if data.exists() {
        match is_empty_dir(&data) {
            Ok(true) => {}
            Ok(false) => {
                eprintln!(
                    "gen_register: {} exists and is not empty; refusing to overwrite it",
                    data.display()
                );
                return ExitCode::from(2);
            }
            Err(e) => {
                eprintln!("gen_register: {}: {e}", data.display());
                return ExitCode::from(2);
            }
        }
    }
    let settings = args.out.join(SETTINGS_FILE);
    if settings.exists() {
        eprintln!("gen_register: {} exists; refusing to overwrite it", settings.display());
        return ExitCode::from(2);
    }
    if let Err(e) = fs::create_dir_all(&data) {
        eprintln!("gen_register: cannot create {}: {e}", data.display());
        return ExitCode::from(1);
    }
    if let Err(e) = fs::write(&settings, SETTINGS) {
        eprintln!("gen_register: cannot write {}: {e}", settings.display());
        return ExitCode::from(1);
    }

    // Which records are broken: a partial Fisher–Yates draw on its own stream.
    let mut faults: Vec<Option<Broken>> = vec![None; args.count + 1];
    if args.broken > 0 {
        let mut rng = Rng::new(args.seed, u64::MAX);
        let mut idx: Vec<usize> = (1..=args.count).collect();
        for i in 0..args.broken {
            let j = i + rng.below(idx.len() - i);
            idx.swap(i, j);
        }
        let mut chosen = idx[..args.broken].to_vec();
        chosen.sort_unstable();
        for (serial, n) in chosen.into_iter().enumerate() {
            let fault = FAULTS[serial % FAULTS.len()];
            let variant = (serial / FAULTS.len())
                % match fault {
                    Fault::WrongType | Fault::MissingRequired | Fault::SyntaxError => 2,
                    Fault::OutOfVocabulary => 4,
                    Fault::UnknownKey | Fault::DanglingLink => 1,
                };
            faults[n] = Some(Broken { fault, variant, serial });
        }
    }

    let mut used = HashSet::new();
    let mut ctx = Ctx {
        count: args.count,
        faults: &faults,
        valid: args.count - args.broken,
        used: &mut used,
        undocumented: args.undocumented,
    };
    let mut bytes = 0usize;
    for (n, &fault) in faults.iter().enumerate().skip(1) {
        let text = record(args.seed, n, fault, &mut ctx);
        bytes += text.len();
        let path = data.join(format!("{}.toml", id_of(n)));
        if let Err(e) = fs::write(&path, &text) {
            eprintln!("gen_register: cannot write {}: {e}", path.display());
            return ExitCode::from(1);
        }
    }
    eprintln!(
        "gen_register: wrote {} records ({} broken, {} valid) to {} ({:.1} MiB, seed {})",
        args.count,
        args.broken,
        args.count - args.broken,
        data.display(),
        bytes as f64 / (1024.0 * 1024.0),
        args.seed
    );
    ExitCode::SUCCESS
}
