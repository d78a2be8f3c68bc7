//! `fabriques geo COMMUNE_OR_CODE`: what the geography reference knows of a
//! commune, an INSEE code or a postal code — a helper for contributors
//! writing a record. Exit code 1 when nothing matches (as grep does).

use std::io::Write;

use anyhow::Result;
use serde::Serialize;

use crate::context::Context;
use crate::geo::{Commune, CommuneKind, Geo};
use crate::messages::{fill, ui};
use crate::table::{Column, Table};

/// Output formats of `geo`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum GeoFormat {
    Table,
    Json,
}

#[derive(Serialize)]
struct Code {
    code: &'static str,
    nom: &'static str,
}

#[derive(Serialize)]
struct Item {
    nom: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    code_insee: &'static str,
    codes_postaux: Vec<&'static str>,
    departement: Option<Code>,
    region: Option<Code>,
    population: Option<u32>,
    commune_actuelle: Option<Code>,
}

fn kind_label(kind: CommuneKind) -> &'static crate::messages::Text {
    match kind {
        CommuneKind::Commune => &ui::GEO_COMMUNE,
        CommuneKind::ArrondissementMunicipal => &ui::GEO_ARRONDISSEMENT,
        CommuneKind::CommuneDeleguee => &ui::GEO_DELEGUEE,
        CommuneKind::CommuneAssociee => &ui::GEO_ASSOCIEE,
    }
}

fn item(geo: &Geo, c: &Commune) -> Item {
    Item {
        nom: c.nom,
        kind: c.kind.insee_type(),
        code_insee: c.code_insee,
        codes_postaux: c.codes_postaux.clone(),
        departement: geo.departement(c.departement).map(|d| Code {
            code: d.code,
            nom: d.nom,
        }),
        region: geo.region(c.region).map(|r| Code {
            code: r.code,
            nom: r.nom,
        }),
        population: c.population,
        commune_actuelle: geo.parent(c).map(|p| Code {
            code: p.code_insee,
            nom: p.nom,
        }),
    }
}

/// The arguments of `geo`.
#[derive(Debug, clap::Args)]
pub(crate) struct GeoArgs {
    #[arg(required = true, num_args = 1.., value_name = "RECHERCHE")]
    pub query: Vec<String>,
    #[arg(long, value_enum, default_value_t = GeoFormat::Table)]
    pub format: GeoFormat,
}

pub(crate) fn run(cx: &Context, args: &GeoArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8> {
    let (lang, format) = (cx.lang, args.format);
    let query = args.query.join(" ");
    let query = query.as_str();
    let geo = Geo::get();
    let found = geo.search(query);
    if found.is_empty() {
        let message = fill(ui::GEO_NOTHING.get(lang), &[("requete", query.to_string())]);
        return super::not_found(err, lang, &message);
    }
    let items: Vec<Item> = found.iter().map(|c| item(geo, c)).collect();
    match format {
        GeoFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &items)?;
            writeln!(out)?;
        }
        GeoFormat::Table => {
            let mut t = Table::new(vec![
                // The names and codes looked for are whole; a narrow
                // terminal hides the région and the population first.
                Column::new(ui::GEO_COL_COMMUNE.get(lang)),
                Column::new(ui::GEO_COL_TYPE.get(lang)).wrap(12),
                Column::new(ui::GEO_COL_INSEE.get(lang)),
                Column::new(ui::GEO_COL_POSTAL.get(lang)).wrap(5),
                Column::new(ui::GEO_COL_DEPARTEMENT.get(lang)).wrap(10),
                Column::new(ui::GEO_COL_REGION.get(lang)).wrap(10).optional(),
                Column::new(ui::GEO_COL_POPULATION.get(lang)).optional(),
            ]);
            for (c, i) in found.iter().zip(&items) {
                let mut kind = kind_label(c.kind).get(lang).to_string();
                if let Some(p) = &i.commune_actuelle {
                    kind = format!("{kind} ({} {})", fill(ui::GEO_PART_OF.get(lang), &[]), p.nom);
                }
                let code = |x: &Option<Code>| x.as_ref().map_or(String::new(), |x| format!("{} {}", x.code, x.nom));
                t.row([
                    i.nom.to_string(),
                    kind,
                    i.code_insee.to_string(),
                    i.codes_postaux.join(", "),
                    code(&i.departement),
                    code(&i.region),
                    i.population.map_or(String::new(), |p| p.to_string()),
                ]);
            }
            t.write(out, cx.width, lang)?;
            writeln!(
                err,
                "{}",
                fill(
                    ui::GEO_SOURCE.get(lang),
                    &[
                        ("version", geo.version().to_string()),
                        ("millesime", geo.millesime().to_string())
                    ]
                )
            )?;
        }
    }
    Ok(0)
}
