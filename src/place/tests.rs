//! How a record's address is decided, on the real reference: one test per
//! kind of disagreement, the whole COG as a property, and the ANCT's list
//! of the Fabriques de Territoire.

use super::*;

fn geo() -> &'static Geo {
    Geo::get()
}

fn place(cp: &str, name: &str, insee: Option<&str>) -> Place<'static> {
    resolve(geo(), Some(cp), Some(name), insee)
}

fn dep(p: &Place) -> Option<&'static str> {
    p.departement.map(|d| d.code)
}

fn commune(p: &Place) -> Option<&'static str> {
    p.commune.map(|c| c.code_insee)
}

/// The commune records of `ref/geo.tsv`, read here without the functions
/// under test: (INSEE code, type, name, département, postal codes).
fn cog() -> Vec<(String, String, String, String, Vec<String>)> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/ref/geo.tsv")).unwrap();
    text.lines()
        .filter(|l| l.starts_with("C\t"))
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            let cps = f[6].split(',').filter(|s| !s.is_empty()).map(String::from).collect();
            (f[1].into(), f[2].into(), f[3].into(), f[4].into(), cps)
        })
        .collect()
}

#[test]
fn postal_code_and_name_agreeing_give_the_commune() {
    let p = place("01500", "Ambérieu-en-Bugey", None);
    assert_eq!((commune(&p), dep(&p)), (Some("01004"), Some("01")));
    assert_eq!(p.insee, InseeVerdict::Absent);
    let p = place("01500", "Ambérieu-en-Bugey", Some("01004"));
    assert_eq!(p.insee, InseeVerdict::Agrees);
}

#[test]
fn a_paris_address_with_saint_denis_code_stays_in_paris() {
    // A Paris 18e street with the INSEE code of Saint-Denis (93).
    let p = place("75018", "Paris", Some("93066"));
    assert_eq!((commune(&p), dep(&p)), (Some("75056"), Some("75")));
    assert!(matches!(p.insee, InseeVerdict::AgainstAddress { designe, .. } if designe.code_insee == "93066"));
    assert_eq!(p.arrondissement.map(|a| a.code_insee), Some("75118"));
}

#[test]
fn a_code_against_the_name_without_postal_code_gives_nothing() {
    // Sophia Antipolis (a technopole, not a commune) with postal code "0"
    // and a Calvados INSEE code: neither is kept.
    let p = resolve(geo(), Some("0"), Some("Sophia Antipolis"), Some("14118"));
    assert_eq!((commune(&p), dep(&p)), (None, None));
    assert!(matches!(p.insee, InseeVerdict::NameDisagrees { designe } if designe.code_insee == "14118"));
    // With the name of the code's commune, the code stands.
    let p = resolve(geo(), Some("0"), Some("Caen"), Some("14118"));
    assert_eq!((commune(&p), dep(&p)), (Some("14118"), Some("14")));
}

#[test]
fn code_and_name_against_the_postal_code_keep_the_commune() {
    // Saint-Denis de La Réunion with a postal code of Saint-Denis (93).
    let p = place("93200", "Saint-Denis", Some("97411"));
    // Postal code and name agree on Saint-Denis (93): two against one.
    assert_eq!(commune(&p), Some("93066"));
    // A name the postal code does not serve, but the code's commune's.
    let p = place("75018", "Saint-Denis", Some("93066"));
    assert_eq!((commune(&p), dep(&p)), (Some("93066"), Some("93")));
    assert!(matches!(p.insee, InseeVerdict::AgainstPostalCode { .. }));
}

#[test]
fn code_and_postal_code_against_the_name_keep_the_commune() {
    let p = place("01500", "Amberieux", Some("01004"));
    assert_eq!((commune(&p), dep(&p)), (Some("01004"), Some("01")));
    assert!(matches!(p.insee, InseeVerdict::AgainstName { .. }));
}

#[test]
fn three_disagreeing_sources_give_a_departement_only_when_two_allow_it() {
    // Postal code of Chambéry, a name nowhere, a code of the Ain.
    let p = place("73000", "Zzyzx", Some("01004"));
    assert_eq!((commune(&p), dep(&p)), (None, None));
    assert!(matches!(p.insee, InseeVerdict::AllDisagree { .. }));
    // Postal code and code both in Savoie: the département is certain.
    let p = place("73000", "Zzyzx", Some("73011"));
    assert_eq!((commune(&p), dep(&p)), (None, Some("73")));
}

#[test]
fn a_misspelt_commune_keeps_the_departement_of_its_postal_code() {
    let p = place("73000", "Chambérie", None);
    assert_eq!((commune(&p), dep(&p)), (None, Some("73")));
    // A postal code serving two départements says nothing certain alone.
    let two = geo()
        .communes()
        .iter()
        .flat_map(|c| c.codes_postaux.iter())
        .find(|cp| geo().departements_of_postal_code(cp).len() > 1)
        .expect("some postal code crosses a border");
    assert_eq!(dep(&place(two, "Zzyzx", None)), None);
}

#[test]
fn a_name_of_another_departement_against_the_postal_code_gives_none() {
    // Cesson is in Seine-et-Marne; 35510 is Cesson-Sévigné's (Ille-et-Vilaine).
    let p = place("35510", "Cesson", None);
    assert_eq!((commune(&p), dep(&p)), (None, None));
}

#[test]
fn renamed_and_merged_communes_resolve_to_the_current_one() {
    for (cp, old, code) in [
        ("93400", "Saint-Ouen", "93070"),
        ("48400", "Florac", "48061"),
        ("56450", "Theix", "56251"),
        ("69520", "Grigny", "69096"),
    ] {
        let p = place(cp, old, None);
        assert!(matches!(p.address, Some(CommuneMatch::Former(_))), "{old}");
        assert_eq!(commune(&p), Some(code), "{old}");
    }
}

#[test]
fn a_name_alone_is_kept_only_when_one_commune_bears_it() {
    assert_eq!(
        commune(&resolve(geo(), None, Some("Ambérieu-en-Bugey"), None)),
        Some("01004")
    );
    assert_eq!(commune(&resolve(geo(), Some("0"), Some("Saint-Denis"), None)), None);
    // An unknown postal code (a CEDEX one) does not contradict the name.
    assert_eq!(commune(&place("73011", "Chambéry", None)), Some("73065"));
}

#[test]
fn arrondissements_come_from_the_name_the_code_or_the_postal_code() {
    assert_eq!(
        place("75010", "Paris", None).arrondissement.map(|a| a.code_insee),
        Some("75110")
    );
    let p = place("75016", "Paris 16e Arrondissement", None);
    assert_eq!(p.arrondissement.map(|a| a.code_insee), Some("75116"));
    assert_eq!(commune(&p), Some("75056"));
    assert_eq!(
        place("69003", "Lyon", None).arrondissement.map(|a| a.code_insee),
        Some("69383")
    );
    assert_eq!(place("01500", "Ambérieu-en-Bugey", None).arrondissement, None);
}

/// Property over the whole COG, read from `ref/geo.tsv` directly: every
/// current commune and arrondissement, with each of its postal codes, is
/// placed in its own département, and in its commune; with its INSEE code
/// too.
#[test]
fn every_commune_with_each_postal_code_gets_its_departement() {
    let rows = cog();
    let parent_of: std::collections::HashMap<&str, &str> = rows
        .iter()
        .filter(|r| r.1 == "COM")
        .map(|r| (r.0.as_str(), r.0.as_str()))
        .collect();
    let mut checked = 0;
    for (code, kind, name, departement, cps) in &rows {
        if kind != "COM" && kind != "ARM" {
            continue;
        }
        for cp in cps {
            let p = place(cp, name, None);
            assert_eq!(dep(&p), Some(departement.as_str()), "{code} {name} {cp}");
            if kind == "COM" {
                assert_eq!(commune(&p), parent_of.get(code.as_str()).copied(), "{code} {name} {cp}");
            }
            let p = place(cp, name, Some(code));
            assert_eq!(dep(&p), Some(departement.as_str()), "{code} {name} {cp} with code");
            assert_eq!(p.insee, InseeVerdict::Agrees, "{code} {name} {cp}");
            checked += 1;
        }
    }
    assert!(checked > 35_000, "{checked}");
}

/// The ANCT's national list (`ref/anct/fabriques-de-territoire-2024-01.geojson`,
/// the published file: INSEE code `id_geo`, commune name `lib_geo`,
/// commune-centre point) resolves cleanly: the code and the name agree,
/// and the point lies inside the commune's département.
#[test]
fn every_commune_of_the_anct_list_resolves_cleanly() {
    let text = include_str!("../../ref/anct/fabriques-de-territoire-2024-01.geojson");
    let doc: serde_json::Value = serde_json::from_str(text).unwrap();
    let g = geo();
    let mut rows = 0;
    let mut points = 0;
    for f in doc["features"].as_array().unwrap() {
        let code = f["properties"]["id_geo"].as_str().unwrap();
        let name = f["properties"]["lib_geo"].as_str().unwrap();
        // Saint-Martin's name is "NA" (not given) in the source: no name.
        let name = (name != "NA").then_some(name);
        let p = resolve(g, None, name, Some(code));
        let c = p.commune.unwrap_or_else(|| panic!("{code} {name:?}: {p:?}"));
        assert_eq!(p.insee, InseeVerdict::Agrees, "{code} {name:?}");
        assert_eq!(Some(c), g.current_commune(code), "{code}");
        let d = p.departement.expect("a département");
        rows += 1;
        let Some(point) = f["geometry"]["coordinates"]
            .as_array()
            .filter(|_| f["geometry"]["type"] == "Point")
        else {
            continue;
        };
        let (lon, lat) = (point[0].as_f64().unwrap(), point[1].as_f64().unwrap());
        assert_eq!(
            g.distance_to_departement(d.code, lat, lon),
            Some(0.0),
            "{code} {name:?} in {}",
            d.code
        );
        assert!(
            matches!(g.place_of_point(lat, lon), crate::geo::PointPlace::Departement(x) if x.code == d.code),
            "{code} {name:?}"
        );
        points += 1;
    }
    assert_eq!((rows, points), (342, 341));
}
