//! `fabriques new NOM --commune ...`: start a record from a commented
//! template, so that a contributor fills in a file rather than writes one.
//!
//! Contract: the id comes from the name (`record::slugify`) or `--id`; the
//! commune, postal code and INSEE code come from the geography reference,
//! never from a guess: a commune name several communes bear, or a postal
//! code serving several communes, is refused with the candidates and the
//! flag that picks one. Every field of the format is in the file, with a
//! comment saying what to write and the allowed codes (taken from the
//! register's vocabularies, so the template stays true): the source is
//! « À COMPLÉTER », every fact a source may not give (QPV, numérique,
//! year, structure...) is commented out — absent means unknown, and a
//! template never guesses. The record passes `validate` apart from the
//! warnings of what it does not know yet (`a-completer`) and of its
//! source to complete (`modele-a-completer`). An existing record is never overwritten (exit 2), and
//! the file is written atomically, in the canonical layout of `fmt`.

mod place;
mod template;

use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{anyhow, bail, Context, Result};

use crate::atomic::{self, WriteError};
use crate::check::Checker;
use crate::config::Config;
use crate::context::Context as RunContext;
use crate::diagnostic::Severity;
use crate::format::{self, Layout};
use crate::geo::{normalise_name, Commune, CommuneKind, CommuneMatch, Geo};
use crate::load;
use crate::messages::{fill, ui, Lang, Text};
use crate::place::is_postal_code;
use crate::record::{is_valid_id, slugify};
use crate::report::{Format, Renderer};
use crate::vocab::Vocabularies;

use place::*;
use template::*;

/// The arguments of `new`.
#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("lieu").required(true).multiple(true).args(["commune", "code_postal", "insee"])))]
pub(crate) struct NewArgs {
    #[arg(value_name = "NOM")]
    pub nom: String,
    #[arg(long, value_name = "NOM")]
    pub commune: Option<String>,
    #[arg(long, value_name = "CODE")]
    pub code_postal: Option<String>,
    #[arg(long, value_name = "CODE")]
    pub insee: Option<String>,
    #[arg(long, value_name = "ID")]
    pub id: Option<String>,
}

/// The id of the new record: `--id`, checked, or the name's slug.
fn choose_id(nom: &str, id: Option<&str>, lang: Lang) -> Result<String> {
    match id.map(str::trim) {
        Some(id) if is_valid_id(id) => Ok(id.to_string()),
        Some(id) => {
            let slug = slugify(id);
            let mut msg = say(&ui::NEW_BAD_ID, lang, &[("id", id.to_string())]);
            if is_valid_id(&slug) {
                msg.push_str(&format!(
                    "{}{}",
                    ui::LIST_SEPARATOR.get(lang),
                    say(&ui::DID_YOU_MEAN, lang, &[("suggestion", slug)])
                ));
            }
            bail!(msg)
        }
        None => {
            let slug = slugify(nom);
            if is_valid_id(&slug) {
                Ok(slug)
            } else {
                bail!(say(&ui::NEW_NO_ID, lang, &[("nom", nom.to_string())]))
            }
        }
    }
}

/// The existing record with this id, anywhere under `data/`.
fn existing(config: &Config, id: &str) -> Result<Option<PathBuf>> {
    if !config.resolve_path(&config.data_dir).exists() {
        return Ok(None);
    }
    let found = load::discover(&config.data_dir, config.cwd.as_deref(), config.lang)?;
    Ok(found
        .files
        .into_iter()
        .find(|(path, _)| path.file_stem().is_some_and(|s| s == id))
        .map(|(_, shown)| (*shown).clone()))
}

pub(crate) fn run(cx: &RunContext, args: &NewArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8> {
    let (config, lang, color) = (&cx.config, cx.lang, cx.color);
    let nom = args.nom.trim();
    if nom.is_empty() {
        bail!(ui::NEW_EMPTY_NAME.get(lang));
    }
    // What `control-character` would refuse in the record: said at once,
    // with the character and where it is.
    if let Some((position, c)) = nom
        .chars()
        .enumerate()
        .find(|(_, c)| crate::terminal::hidden(*c).is_some())
    {
        bail!(say(
            &ui::NEW_HIDDEN_CHARACTER,
            lang,
            &[
                ("caractere", crate::terminal::describe(c)),
                ("position", (position + 1).to_string())
            ]
        ));
    }
    let id = choose_id(nom, args.id.as_deref(), lang)?;
    let geo = Geo::get();
    let place = resolve(geo, args, lang)?;
    if let Some(file) = existing(config, &id)? {
        bail!(say(&ui::NEW_EXISTS, lang, &[("fichier", file.display().to_string())]));
    }
    let vocab = &config.settings.vocab;
    let text = template(nom, &place, geo, vocab, lang);
    let text = format::format(&text, &Layout::new(vocab))
        .map_err(|e| anyhow!(e.reason(lang)))
        .context(ui::NEW_TEMPLATE_BROKEN.get(lang))?;

    let typed = config.data_dir.join(format!("{id}.toml"));
    let shown = Arc::new(load::display_path(&typed, config.cwd.as_deref()));
    let path = config.resolve_path(&typed);
    std::fs::create_dir_all(config.resolve_path(&config.data_dir)).with_context(|| {
        say(
            &ui::CREATE_DIR_FAILED,
            lang,
            &[("dossier", config.data_dir.display().to_string())],
        )
    })?;
    match atomic::create(&path, &text) {
        Ok(()) => {}
        Err(WriteError::Exists) => bail!(say(&ui::NEW_EXISTS, lang, &[("fichier", shown.display().to_string())])),
        Err(WriteError::Io(e)) => {
            return Err(anyhow::Error::new(e).context(say(
                &ui::WRITE_FILE_FAILED,
                lang,
                &[("fichier", shown.display().to_string())],
            )))
        }
    }
    writeln!(out, "{}", crate::terminal::escape(&shown.display().to_string()))?;

    // What the register would refuse in this new record (nothing, unless
    // its settings make a warning an error).
    let ids = load::discover(&config.data_dir, config.cwd.as_deref(), lang)?.ids();
    let checked = Checker::new(config, cx.today, ids).check_text(&id, text, &shown);
    let errors: Vec<_> = checked
        .diagnostics
        .into_iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    let mut rendered = Vec::new();
    Renderer::new(Format::Human, lang, color).file(
        &mut rendered,
        &shown.display().to_string(),
        checked.text.as_deref(),
        &errors,
    );
    out.write_all(&rendered)?;
    writeln!(
        err,
        "{}",
        say(&ui::NEW_NEXT_STEP, lang, &[("fichier", shown.display().to_string())])
    )?;
    out.flush()?;
    Ok(0)
}
