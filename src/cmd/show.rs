//! `fabriques show ID`: one fabrique as a readable card — every field,
//! département and région names, actions grouped by status, links out and
//! in, and the six criteria ✓ / ✗ / ?. A fact the record does not give is
//! shown « non renseigné », never « non ». `--format json` gives the
//! record as JSON (the shape of `register::to_json`), unknowns as `null`.

use std::io::Write;

use anyhow::{bail, Result};

use crate::config::Config;
use crate::context::Context;
use crate::messages::{fill, ui, Lang, Text};
use crate::record::Fact;
use crate::register::actions::Columns;
use crate::register::{self, Entry};
use crate::suggest::closest;

/// Output formats of `show`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ShowFormat {
    Text,
    Json,
}

fn line(out: &mut dyn Write, lang: Lang, label: &Text, value: &str) -> std::io::Result<()> {
    if value.is_empty() {
        return Ok(());
    }
    let label = format!("{}{}:", label.get(lang), crate::messages::before_colon(lang));
    writeln!(out, "  {label:<24} {}", crate::terminal::escape(value))
}

fn yes_no(lang: Lang, v: Option<bool>) -> String {
    match v {
        Some(true) => ui::YES.get(lang).into(),
        Some(false) => ui::NO.get(lang).into(),
        None => ui::UNKNOWN.get(lang).into(),
    }
}

/// The arguments of `show`.
#[derive(Debug, clap::Args)]
pub(crate) struct ShowArgs {
    #[arg(value_name = "ID")]
    pub id: String,
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

/// Runs the command; an id no record has is a miss (exit code 1), as for
/// `geo`.
pub(crate) fn run(cx: &Context, args: &ShowArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8> {
    let (config, lang, id, format) = (&cx.config, cx.lang, args.id.as_str(), args.format);
    let entries = register::entries(cx)?;
    let same: Vec<&Entry> = entries.iter().filter(|e| e.record.id == id).collect();
    if same.len() > 1 {
        let cwd = config.cwd.as_deref();
        let files: Vec<String> = same
            .iter()
            .map(|e| crate::load::display_path(&e.path, cwd).display().to_string())
            .collect();
        bail!(fill(
            ui::SHOW_SAME_ID.get(lang),
            &[
                ("id", id.to_string()),
                ("fichiers", crate::messages::quoted_list(lang, &files))
            ]
        ));
    }
    let Some(e) = same.first().copied() else {
        let s = closest(id, entries.iter().map(|e| e.record.id.as_str()), 1);
        let message = ui::unknown_name(lang, &ui::UNKNOWN_RECORD, id, s.first().copied(), "list");
        return super::not_found(err, lang, &message);
    };
    match format {
        ShowFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &register::to_json(e))?;
            writeln!(out)?;
        }
        ShowFormat::Text => card(config, &entries, e, lang, out)?,
    }
    Ok(0)
}

fn card(config: &Config, entries: &[Entry], e: &Entry, lang: Lang, out: &mut dyn Write) -> Result<()> {
    let r = &e.record;
    writeln!(out, "{} ({})", crate::terminal::escape(r.nom()), r.id)?;
    if e.errors > 0 {
        writeln!(
            out,
            "  ⚠ {}",
            fill(ui::SHOW_ERRORS.get(lang), &[("nombre", e.errors.to_string())])
        )?;
    }
    line(
        out,
        lang,
        &ui::F_STATUT,
        r.statut.as_ref().map_or("", |s| s.value.as_str()),
    )?;
    let mut place = r.commune().unwrap_or_default().to_string();
    if let Some(cp) = &r.adresse.code_postal {
        place = format!("{} {place}", cp.value);
    }
    if let Some(c) = e.commune {
        place = format!("{place} (INSEE {})", c.code_insee);
    }
    line(out, lang, &ui::F_COMMUNE, &place)?;
    line(
        out,
        lang,
        &ui::F_VOIE,
        r.adresse.voie.as_ref().map_or("", |v| v.value.as_str()),
    )?;
    if let Some(d) = e.departement() {
        line(out, lang, &ui::F_DEPARTEMENT, &format!("{} {}", d.code, d.nom))?;
    }
    if let Some(reg) = e.region() {
        line(out, lang, &ui::F_REGION, &format!("{} {}", reg.code, reg.nom))?;
    }
    if let (Some(lat), Some(lon)) = (&r.adresse.latitude, &r.adresse.longitude) {
        let mut point = format!("{}, {}", lat.value, lon.value);
        if r.adresse.point_is_commune_centre() {
            point = format!("{point} ({})", ui::F_POINT_COMMUNE.get(lang));
        }
        line(out, lang, &ui::F_COORDONNEES, &point)?;
    }
    line(out, lang, &ui::F_QPV, &yes_no(lang, r.qpv.as_ref().map(|q| q.value)))?;
    if let Some(code) = &r.code_qpv {
        line(out, lang, &ui::F_CODE_QPV, &code.value)?;
    }
    line(
        out,
        lang,
        &ui::F_NUMERIQUE,
        &yes_no(lang, r.numerique.as_ref().map(|q| q.value)),
    )?;
    let mut label = r
        .labellisation
        .annee
        .as_ref()
        .map_or(ui::UNKNOWN.get(lang).to_string(), |a| a.value.to_string());
    if let Some(v) = &r.labellisation.vague {
        label = format!("{label} ({} {})", ui::F_VAGUE.get(lang), v.value);
    }
    line(out, lang, &ui::F_LABELLISATION, &label)?;
    let s = &r.structure_porteuse;
    let unknown = if r.written.has(Fact::Structure) {
        ""
    } else {
        ui::UNKNOWN.get(lang)
    };
    let mut structure = s.nom.as_ref().map_or(unknown.to_string(), |n| n.value.clone());
    if let Some(f) = &s.forme_juridique {
        let libelle = config
            .settings
            .vocab
            .get("formes_juridiques")
            .get(&f.value)
            .map_or(f.value.as_str(), |x| &x.libelle);
        structure = format!("{structure} — {libelle}");
    }
    if let Some(c) = &s.creation {
        structure = format!(
            "{structure}, {}",
            fill(ui::F_CREATION.get(lang), &[("annee", c.value.to_string())])
        );
    }
    line(out, lang, &ui::F_STRUCTURE, &structure)?;
    if let Some(siret) = &s.siret {
        line(out, lang, &ui::F_SIRET, &siret.value)?;
    }
    for (text, url) in [
        (&ui::F_SITE, &r.site_web),
        (&ui::F_MOVILAB, &r.page_movilab),
        (&ui::F_VIDEO, &r.video),
    ] {
        line(out, lang, text, url.as_ref().map_or("", |u| u.value.as_str()))?;
    }
    let networks = config.settings.vocab.get("reseaux");
    let reseaux: Vec<String> = r
        .reseaux
        .iter()
        .map(|x| match networks.get(&x.value) {
            Some(n) => format!("{} ({})", x.value, n.libelle),
            None => x.value.clone(),
        })
        .collect();
    line(out, lang, &ui::F_RESEAUX, &reseaux.join(", "))?;
    if let Some(anct) = &r.identifiants.anct {
        line(out, lang, &ui::F_ANCT, &anct.value)?;
    }
    if let Some(d) = &r.description {
        writeln!(out, "\n  {}", ui::F_DESCRIPTION.get(lang))?;
        for l in d.value.lines() {
            writeln!(out, "    {l}")?;
        }
    }
    members_and_funding(config, r, lang, out)?;
    actions(config, r, lang, out)?;
    links_criteria_sources(entries, e, lang, out)
}

/// The consortium and the funding.
fn members_and_funding(config: &Config, r: &crate::record::Record, lang: Lang, out: &mut dyn Write) -> Result<()> {
    if !r.consortium.is_empty() {
        writeln!(out, "\n  {}", ui::F_CONSORTIUM.get(lang))?;
        let kinds = config.settings.vocab.get("consortium");
        for (kind, members) in &r.consortium {
            let libelle = kinds.get(&kind.value).map_or(kind.value.as_str(), |k| &k.libelle);
            let names: Vec<&str> = members.iter().map(|m| m.value.as_str()).collect();
            let colon = crate::messages::before_colon(lang);
            writeln!(
                out,
                "    {libelle}{colon}: {}",
                names.join(ui::LIST_SEPARATOR.get(lang))
            )?;
        }
    }
    if !r.financement.annuel.is_empty() || r.financement.bonus_numerique.is_some() {
        writeln!(out, "\n  {}", ui::F_FINANCEMENT.get(lang))?;
        for (y, a) in &r.financement.annuel {
            writeln!(
                out,
                "    {}{}: {} €",
                y.value,
                crate::messages::before_colon(lang),
                a.value
            )?;
        }
        if let Some(b) = &r.financement.bonus_numerique {
            writeln!(
                out,
                "    {}{}: {} €",
                ui::F_BONUS.get(lang),
                crate::messages::before_colon(lang),
                b.value
            )?;
        }
    }
    Ok(())
}

/// The actions, grouped by status (those without a known status last, as
/// « non renseigné »: shown, never hidden).
fn actions(config: &Config, r: &crate::record::Record, lang: Lang, out: &mut dyn Write) -> Result<()> {
    let vocab = &config.settings.vocab;
    let statuses = vocab.get("statuts_action");
    let columns = Columns::new(vocab, &[]);
    for col in 0..columns.len() {
        let actions: Vec<String> = r
            .actions
            .iter()
            .filter(|a| columns.of(a.statut.as_ref().map(|s| s.value.as_str())) == Some(col))
            .map(|a| {
                let cats: Vec<&str> = a.categories.iter().map(|c| c.value.as_str()).collect();
                let mut s = cats.join(", ");
                for detail in [&a.sous_action, &a.precision].into_iter().flatten() {
                    s = format!("{s} — {}", detail.value);
                }
                s
            })
            .collect();
        if !actions.is_empty() {
            let code = columns.key(col);
            let libelle = statuses.get(code).map_or(ui::UNKNOWN.get(lang), |s| &s.libelle);
            writeln!(out, "\n  {libelle} ({code})")?;
            for a in actions {
                writeln!(out, "    • {a}")?;
            }
        }
    }
    Ok(())
}

/// Links out and in, the six criteria, the sources.
fn links_criteria_sources(entries: &[Entry], e: &Entry, lang: Lang, out: &mut dyn Write) -> Result<()> {
    let r = &e.record;
    let incoming = register::links_in(entries, &r.id);
    if !r.liens.is_empty() || !incoming.is_empty() {
        writeln!(out, "\n  {}", ui::F_LIENS.get(lang))?;
        let date = |l: &crate::record::Lien| l.date.as_ref().map_or(String::new(), |d| format!(", {}", d.value));
        for l in &r.liens {
            let to = l.fabrique.as_ref().map_or("?", |f| f.value.as_str());
            let kind = l.type_.as_ref().map_or("?", |t| t.value.as_str());
            writeln!(out, "    → {to} ({kind}{})", date(l))?;
        }
        for (from, l) in incoming {
            let kind = l.type_.as_ref().map_or("?", |t| t.value.as_str());
            writeln!(out, "    ← {} ({kind}{})", from.record.id, date(l))?;
        }
    }
    if e.parsed {
        writeln!(
            out,
            "\n  {} ({})",
            ui::F_CRITERES.get(lang),
            ui::CRITERES_SHOW_LEGEND.get(lang)
        )?;
        for c in crate::rules::criteria() {
            let mark = (c.shown)(r).mark();
            writeln!(out, "    {mark} {} ({})", c.short.get(lang), c.rule.name)?;
        }
    }
    if !r.sources.is_empty() {
        writeln!(out, "\n  {}", ui::F_SOURCES.get(lang))?;
        for s in &r.sources {
            writeln!(out, "    - {}", s.value)?;
        }
    }
    Ok(())
}
