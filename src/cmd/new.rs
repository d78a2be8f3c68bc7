//! `fabriques new NOM --commune ...`: start a record from a commented
//! template, so that a contributor fills in a file rather than writes one.
//!
//! Contract: the id comes from the name (`record::slugify`) or `--id`; the
//! commune, postal code and INSEE code come from the geography reference,
//! never from a guess: a commune name several communes bear, or a postal
//! code serving several communes, is refused with the candidates and the
//! flag that picks one. Every field of the format is in the file, with a
//! comment saying what to write and the allowed codes (taken from the
//! register's vocabularies, so the template stays true): required fields
//! hold values to review, marked « À VÉRIFIER » / « À COMPLÉTER », optional
//! ones are commented out. The record passes `validate` apart from the
//! warnings of what it cannot know yet (the criteria, the consortium, the
//! Movilab page). An existing record is never overwritten (exit 2), and
//! the file is written atomically, in the canonical layout of `fmt`.

use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{anyhow, bail, Context, Result};

use crate::atomic::{self, WriteError};
use crate::config::Config;
use crate::diagnostic::Severity;
use crate::format::{self, Layout};
use crate::geo::{normalise_name, Commune, CommuneKind, CommuneMatch, Geo};
use crate::load;
use crate::messages::{fill, ui, Lang, Text};
use crate::place::is_postal_code;
use crate::record::{is_valid_id, slugify};
use crate::rules::{self, RecordContext, Sink};
use crate::vocab::Vocabularies;

/// The arguments of `new`.
#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("lieu").required(true).multiple(true).args(["commune", "code_postal", "insee"])))]
pub struct NewArgs {
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

/// The commune the record is in, and its postal code.
#[derive(Debug)]
pub struct Place {
    pub commune: &'static Commune,
    pub code_postal: String,
}

fn say(text: &Text, lang: Lang, args: &[(&str, String)]) -> String {
    fill(text.get(lang), args)
}

/// « Saint-Denis (code postal 93200, code INSEE 93066, 93 Seine-Saint-Denis) »
fn candidate(geo: &Geo, c: &Commune, lang: Lang) -> String {
    let dep = geo
        .departement(c.departement)
        .map_or(c.departement.to_string(), |d| format!("{} {}", d.code, d.nom));
    let codes = c.codes_postaux.join(", ");
    let lieu = match (c.codes_postaux.len(), geo.parent(c)) {
        (0, Some(parent)) if c.kind.is_former() => {
            say(&ui::NEW_FORMER_OF, lang, &[("commune", parent.nom.to_string())])
        }
        (1, _) => say(&ui::NEW_POSTAL_CODE_ONE, lang, &[("cp", codes)]),
        _ => say(&ui::NEW_POSTAL_CODE_MANY, lang, &[("cp", codes)]),
    };
    say(
        &ui::NEW_CANDIDATE,
        lang,
        &[
            ("commune", c.nom.to_string()),
            ("lieu", lieu),
            ("insee", c.code_insee.to_string()),
            ("departement", dep),
        ],
    )
}

/// The records bearing the homonyms' names (their current commune for a
/// former name).
fn places<'g>(homonyms: &[crate::geo::Homonym<'g>]) -> Vec<&'g Commune> {
    homonyms.iter().map(|h| h.record.unwrap_or(h.current)).collect()
}

fn list(geo: &Geo, communes: &[&Commune], lang: Lang) -> String {
    communes
        .iter()
        .map(|c| format!("\n  {}", candidate(geo, c, lang)))
        .collect()
}

/// The postal code of a commune: the one given (it must serve it), or its
/// only one.
fn postal_code(geo: &Geo, c: &'static Commune, given: Option<&str>, lang: Lang) -> Result<Place> {
    match given {
        Some(cp) if c.codes_postaux.contains(&cp) => Ok(Place {
            commune: c,
            code_postal: cp.to_string(),
        }),
        Some(cp) => bail!(say(
            &ui::NEW_CP_NOT_SERVING,
            lang,
            &[("cp", cp.to_string()), ("commune", candidate(geo, c, lang))]
        )),
        None => match c.codes_postaux.as_slice() {
            [only] => Ok(Place {
                commune: c,
                code_postal: only.to_string(),
            }),
            [] => bail!(say(&ui::NEW_NO_POSTAL_CODE, lang, &[("commune", c.nom.to_string())])),
            several => bail!(say(
                &ui::NEW_SEVERAL_POSTAL_CODES,
                lang,
                &[("commune", c.nom.to_string()), ("codes", several.join(", "))]
            )),
        },
    }
}

/// Finds the commune the flags designate, or says why none or which ones.
pub fn resolve(geo: &'static Geo, args: &NewArgs, lang: Lang) -> Result<Place> {
    let name = args.commune.as_deref().map(str::trim).filter(|s| !s.is_empty());
    let cp = args.code_postal.as_deref().map(str::trim).filter(|s| !s.is_empty());
    if let Some(cp) = cp {
        if !is_postal_code(cp) {
            bail!(say(&ui::NEW_BAD_POSTAL_CODE, lang, &[("cp", cp.to_string())]));
        }
    }
    let former = |f: &str, current: &Commune| {
        anyhow!(say(
            &ui::NEW_FORMER_COMMUNE,
            lang,
            &[
                ("ancienne", f.to_string()),
                ("actuelle", candidate(geo, current, lang)),
                ("nom", current.nom.to_string()),
            ],
        ))
    };

    if let Some(code) = args.insee.as_deref().map(|s| s.trim().to_uppercase()) {
        let records = geo.communes_with_code(&code);
        let Some(c) = records
            .iter()
            .copied()
            .find(|c| matches!(c.kind, CommuneKind::Commune | CommuneKind::ArrondissementMunicipal))
        else {
            return Err(match (records.first(), geo.current_commune(&code)) {
                (_, Some(current)) if current.code_insee != code => {
                    let f = records.first().copied().unwrap_or(current);
                    former(f.nom, current)
                }
                _ => anyhow!(say(&ui::NEW_UNKNOWN_INSEE, lang, &[("code", code.clone())])),
            });
        };
        if let Some(name) = name {
            if normalise_name(name) != normalise_name(c.nom) {
                bail!(say(
                    &ui::NEW_INSEE_OTHER_COMMUNE,
                    lang,
                    &[
                        ("code", code.clone()),
                        ("commune", c.nom.to_string()),
                        ("nom", name.to_string())
                    ]
                ));
            }
        }
        return postal_code(geo, c, cp, lang);
    }

    match (name, cp) {
        (Some(name), Some(cp)) => match geo.match_commune(cp, name) {
            CommuneMatch::Exact(c) | CommuneMatch::Loose(c) => postal_code(geo, c, Some(cp), lang),
            CommuneMatch::Former(h) => Err(former(h.nom, h.current)),
            CommuneMatch::Unknown { suggestions, elsewhere } => {
                let mut msg = say(
                    &ui::NEW_NOT_SERVED,
                    lang,
                    &[("nom", name.to_string()), ("cp", cp.to_string())],
                );
                let closest: Vec<&Commune> = suggestions.iter().copied().take(3).collect();
                msg.push_str(&list(geo, &closest, lang));
                if !elsewhere.is_empty() {
                    msg.push('\n');
                    msg.push_str(ui::NEW_ELSEWHERE.get(lang));
                    msg.push_str(&list(geo, &places(&elsewhere), lang));
                }
                bail!(msg)
            }
            CommuneMatch::UnknownPostalCode { elsewhere } => {
                let mut msg = say(&ui::NEW_UNKNOWN_POSTAL_CODE, lang, &[("cp", cp.to_string())]);
                if !elsewhere.is_empty() {
                    msg.push('\n');
                    msg.push_str(ui::NEW_ELSEWHERE.get(lang));
                    msg.push_str(&list(geo, &places(&elsewhere), lang));
                }
                bail!(msg)
            }
        },
        (Some(name), None) => {
            let key = normalise_name(name);
            let found = geo.search(name);
            let exact: Vec<&Commune> = found.iter().copied().filter(|c| normalise_name(c.nom) == key).collect();
            let current: Vec<&Commune> = exact
                .iter()
                .copied()
                .filter(|c| matches!(c.kind, CommuneKind::Commune | CommuneKind::ArrondissementMunicipal))
                .collect();
            match current.as_slice() {
                [c] => postal_code(geo, c, None, lang),
                [] => {
                    if let Some(f) = exact.first() {
                        if let Some(parent) = geo.parent(f) {
                            return Err(former(f.nom, parent));
                        }
                    }
                    let suggestions: Vec<&Commune> = found
                        .iter()
                        .copied()
                        .filter(|c| c.kind == CommuneKind::Commune)
                        .take(5)
                        .collect();
                    let mut msg = say(&ui::NEW_UNKNOWN_COMMUNE, lang, &[("nom", name.to_string())]);
                    if suggestions.is_empty() {
                        msg.push_str(ui::NEW_TRY_GEO.get(lang));
                    } else {
                        msg.push_str(&list(geo, &suggestions, lang));
                    }
                    bail!(msg)
                }
                several => bail!(
                    "{}{}\n{}",
                    say(&ui::NEW_AMBIGUOUS_NAME, lang, &[("nom", name.to_string())]),
                    list(geo, several, lang),
                    ui::NEW_AMBIGUOUS_NAME_HELP.get(lang)
                ),
            }
        }
        (None, Some(cp)) => {
            let served: Vec<&Commune> = geo
                .communes_by_postal_code(cp)
                .into_iter()
                .filter(|c| c.kind == CommuneKind::Commune)
                .collect();
            match served.as_slice() {
                [c] => postal_code(geo, c, Some(cp), lang),
                [] => bail!(say(&ui::NEW_UNKNOWN_POSTAL_CODE, lang, &[("cp", cp.to_string())])),
                several => bail!(
                    "{}{}\n{}",
                    say(&ui::NEW_AMBIGUOUS_POSTAL_CODE, lang, &[("cp", cp.to_string())]),
                    list(geo, several, lang),
                    ui::NEW_AMBIGUOUS_POSTAL_CODE_HELP.get(lang)
                ),
            }
        }
        (None, None) => bail!(ui::NEW_NO_PLACE.get(lang)),
    }
}

/// The id of the new record: `--id`, checked, or the name's slug.
pub fn choose_id(nom: &str, id: Option<&str>, lang: Lang) -> Result<String> {
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
pub fn existing(config: &Config, id: &str) -> Result<Option<PathBuf>> {
    if !config.data_dir.exists() {
        return Ok(None);
    }
    let found = load::discover(&config.data_dir, config.cwd.as_deref())?;
    Ok(found
        .files
        .into_iter()
        .find(|(path, _)| path.file_stem().is_some_and(|s| s == id))
        .map(|(_, shown)| (*shown).clone()))
}

/// Writes comment lines, wrapped at 78 columns, each starting with `# `.
struct Template {
    text: String,
}

impl Template {
    fn comment(&mut self, body: &str) {
        for paragraph in body.split('\n') {
            let mut line = String::from("#");
            for word in units(paragraph) {
                let word = word.as_str();
                if line.chars().count() + 1 + word.chars().count() > 78 && line != "#" {
                    self.text.push_str(&line);
                    self.text.push('\n');
                    line = String::from("#");
                }
                line.push(' ');
                line.push_str(word);
            }
            self.text.push_str(&line);
            self.text.push('\n');
        }
    }

    fn line(&mut self, s: &str) {
        self.text.push_str(s);
        self.text.push('\n');
    }

    /// An optional field, commented out.
    fn optional(&mut self, s: &str) {
        self.text.push_str("# ");
        self.line(s);
    }

    fn blank(&mut self) {
        self.text.push('\n');
    }
}

/// The words of a paragraph, a short « quotation » kept as one unit so
/// that a line never breaks inside it.
fn units(paragraph: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut open: Option<String> = None;
    for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
        match open.take() {
            Some(mut q) => {
                q.push(' ');
                q.push_str(word);
                if word.ends_with('»') || q.chars().count() > 30 {
                    out.push(q);
                } else {
                    open = Some(q);
                }
            }
            None if word == "«" => open = Some(word.to_string()),
            None => out.push(word.to_string()),
        }
    }
    out.extend(open);
    out
}

fn codes(vocab: &Vocabularies, name: &str) -> String {
    vocab.get(name).codes().join(", ")
}

/// The text of the new record, before formatting.
pub fn template(nom: &str, place: &Place, geo: &Geo, vocab: &Vocabularies, lang: Lang) -> String {
    let c = place.commune;
    let q = format::string;
    let t = |text: &Text, args: &[(&str, String)]| say(text, lang, args);
    let verify = ui::NEW_T_VERIFY.get(lang);
    let dep = geo.departement(c.departement).map_or(c.departement, |d| d.nom);
    let mut w = Template { text: String::new() };
    w.comment(&t(
        &ui::NEW_T_HEADER,
        &[
            ("nom", nom.to_string()),
            ("commune", c.nom.to_string()),
            ("departement", dep.to_string()),
        ],
    ));
    w.blank();
    w.line(&format!("nom = {}", q(nom)));
    w.comment(&t(&ui::NEW_T_STATUT, &[("codes", codes(vocab, "statuts"))]));
    w.optional("statut = \"en_activite\"");
    w.comment(&t(&ui::NEW_T_QPV, &[]));
    w.line(&format!("qpv = false  # {verify}"));
    w.comment(&t(&ui::NEW_T_CODE_QPV, &[]));
    w.optional("code_qpv = \"QN00000M\"");
    w.comment(&t(&ui::NEW_T_NUMERIQUE, &[]));
    w.optional("numerique = true");
    w.comment(&t(&ui::NEW_T_URLS, &[]));
    w.optional("site_web = \"https://...\"");
    w.optional("page_movilab = \"https://movilab.org/wiki/...\"");
    w.optional("video = \"https://...\"");
    let reseaux = vocab.get("reseaux").codes();
    match reseaux.first() {
        Some(first) => {
            w.comment(&t(&ui::NEW_T_RESEAUX, &[("codes", reseaux.join(", "))]));
            w.optional(&format!("reseaux = [{}]", q(first)));
        }
        None => {
            w.comment(&t(&ui::NEW_T_RESEAUX_NONE, &[]));
            w.optional("reseaux = [\"...\"]");
        }
    }
    w.comment(&t(&ui::NEW_T_SOURCES, &[]));
    w.line(&format!("sources = [{}]", q(ui::NEW_T_SOURCES_VALUE.get(lang))));
    w.blank();
    w.line("[labellisation]");
    w.line(&format!("annee = 2019  # {}", ui::NEW_T_ANNEE.get(lang)));
    w.comment(&t(&ui::NEW_T_VAGUE, &[]));
    w.optional("vague = 1");
    w.blank();
    w.line("[adresse]");
    w.comment(&t(&ui::NEW_T_VOIE, &[]));
    w.optional("voie = \"...\"");
    w.comment(&t(&ui::NEW_T_LIEU, &[("millesime", geo.millesime().to_string())]));
    w.line(&format!("code_postal = {}", q(&place.code_postal)));
    w.line(&format!("commune = {}", q(c.nom)));
    w.line(&format!("code_insee = {}", q(c.code_insee)));
    w.comment(&t(&ui::NEW_T_COORDONNEES, &[]));
    w.optional("latitude = 0.0");
    w.optional("longitude = 0.0");
    w.blank();
    w.line("[structure_porteuse]");
    w.line(&format!("nom = {}  # {}", q(nom), ui::NEW_T_STRUCTURE.get(lang)));
    w.comment(&t(&ui::NEW_T_FORME, &[("codes", codes(vocab, "formes_juridiques"))]));
    w.optional("forme_juridique = \"association\"");
    w.comment(&t(&ui::NEW_T_CREATION, &[]));
    w.optional("creation = 2016");
    w.comment(&t(&ui::NEW_T_SIRET, &[]));
    w.optional("siret = \"...\"");
    w.blank();
    w.line("[consortium]");
    w.comment(&t(&ui::NEW_T_CONSORTIUM, &[("codes", codes(vocab, "consortium"))]));
    w.optional("collectivites = [\"...\"]");
    w.optional("centres_sociaux = [\"...\"]");
    w.blank();
    w.line("[financement]");
    w.comment(&t(&ui::NEW_T_FINANCEMENT, &[]));
    w.optional("annuel = { 2020 = 50000, 2021 = 50000, 2022 = 50000 }");
    w.optional("bonus_numerique = 100000");
    w.blank();
    w.line("[criteres]");
    w.comment(&t(&ui::NEW_T_CRITERES, &[]));
    for key in ["communaute", "gouvernance", "ancrage", "mise_en_commun"] {
        w.optional(&format!("{key} = \"...\""));
    }
    w.comment(&t(&ui::NEW_T_PUBLICS, &[("codes", codes(vocab, "publics"))]));
    w.optional("publics = [\"tout_public\"]");
    w.blank();
    w.comment(&t(
        &ui::NEW_T_ACTIONS,
        &[
            ("categories", codes(vocab, "categories")),
            ("statuts", codes(vocab, "statuts_action")),
        ],
    ));
    w.optional("[[actions]]");
    w.optional("categorie = \"fablab\"");
    w.optional("sous_action = \"...\"");
    w.optional("statut = \"fait\"");
    w.blank();
    w.comment(&t(&ui::NEW_T_LIENS, &[("types", codes(vocab, "types_lien"))]));
    w.optional("[[liens]]");
    w.optional("fabrique = \"...\"");
    w.optional("type = \"visite\"");
    w.optional("date = 2021-03-04");
    w.text
}

pub fn run(config: &Config, args: &NewArgs, color: bool, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8> {
    let lang = config.lang;
    let nom = args.nom.trim();
    if nom.is_empty() {
        bail!(ui::NEW_EMPTY_NAME.get(lang));
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
        .map_err(|e| anyhow!(super::fmt::unsafe_reason(&e, lang)))
        .context(ui::NEW_TEMPLATE_BROKEN.get(lang))?;

    let path = config.data_dir.join(format!("{id}.toml"));
    let shown = Arc::new(load::display_path(&path, config.cwd.as_deref()));
    std::fs::create_dir_all(&config.data_dir).with_context(|| {
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
    writeln!(out, "{}", shown.display())?;

    // What the register would refuse in this new record (nothing, unless
    // its settings make a warning an error).
    let mut sink = Sink::new(shown.clone());
    if let Some(record) = load::parse(&id, &text, vocab, &mut sink) {
        rules::check_record(
            &record,
            &RecordContext::new(&record, geo, crate::today::today()),
            &mut sink,
        );
    }
    let mut errors: Vec<_> = sink
        .diags
        .into_iter()
        .filter_map(|mut d| {
            d.severity = rules::find(d.rule).map_or(d.severity, |r| config.severity(r));
            (d.severity == Severity::Error).then_some(d)
        })
        .collect();
    crate::diagnostic::sort_and_dedup(&mut errors);
    crate::report::human::write_diagnostics(&errors, lang, out, color)?;
    writeln!(
        err,
        "{}",
        say(&ui::NEW_NEXT_STEP, lang, &[("fichier", shown.display().to_string())])
    )?;
    out.flush()?;
    Ok(0)
}
