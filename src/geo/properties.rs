//! Properties of the name lookups over the whole embedded COG, each checked
//! through `ref/geo.tsv` read here directly (not through the functions
//! under test): spelling variants, homonyms, former names.

use std::collections::HashMap;

use super::*;

/// A commune record of `ref/geo.tsv`, read independently.
struct Row {
    code: String,
    kind: String,
    nom: String,
    cps: Vec<String>,
}

fn rows() -> Vec<Row> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/ref/geo.tsv")).unwrap();
    text.lines()
        .filter(|l| l.starts_with("C\t"))
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            Row {
                code: f[1].into(),
                kind: f[2].into(),
                nom: f[3].into(),
                cps: f[6].split(',').filter(|s| !s.is_empty()).map(String::from).collect(),
            }
        })
        .collect()
}

/// The test's own folding: ASCII, lower case, letters and digits only.
fn fold(s: &str) -> String {
    deunicode::deunicode(s)
        .to_lowercase()
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

/// The ways a person types a name: typographic or no apostrophe, spaces for
/// hyphens, « St »/« Ste », no accents, ligatures spelt out, all at once.
fn variants(nom: &str) -> Vec<String> {
    let mut v = vec![
        nom.replace('\'', "’"),
        nom.replace('\'', " "),
        nom.replace('\'', ""),
        nom.replace('-', " "),
        nom.replace("Sainte-", "Ste-").replace("Saint-", "St-"),
        nom.replace("Sainte-", "Ste ").replace("Saint-", "St "),
        nom.replace("Saint-", "St."),
        deunicode::deunicode(nom),
        nom.replace('œ', "oe").replace('Œ', "Oe").replace('æ', "ae"),
        nom.to_uppercase(),
    ];
    let all = deunicode::deunicode(
        &nom.replace("Sainte-", "Ste ")
            .replace("Saint-", "St ")
            .replace(['\'', '-'], " "),
    );
    v.push(all.to_lowercase());
    v.retain(|x| x != nom);
    v
}

/// Every current commune and arrondissement whose name has an apostrophe,
/// a hyphen, « Saint »/« Sainte » or a ligature is found under each of its
/// typed variants, with each of its postal codes.
#[test]
fn every_spelling_variant_finds_its_commune() {
    let g = Geo::get();
    let mut checked = 0;
    for r in rows().iter().filter(|r| r.kind == "COM" || r.kind == "ARM") {
        let special = r.nom.contains(['\'', '-', 'œ', 'Œ', 'æ']) || r.nom.contains("Saint");
        if !special {
            continue;
        }
        for variant in variants(&r.nom) {
            for cp in &r.cps {
                match g.match_commune(cp, &variant) {
                    CommuneMatch::Exact(c) | CommuneMatch::Loose(c) => {
                        assert_eq!(c.code_insee, r.code, "{variant} {cp} found {}", c.nom)
                    }
                    other => panic!("{} « {variant} » {cp}: {other:?}", r.code),
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 60_000, "{checked}");
}

/// « Crac'h » is written « Crach » in the COG 2026: the apostrophe does not
/// matter either way.
#[test]
fn crac_h_is_crach() {
    let g = Geo::get();
    for typed in ["Crac'h", "Crac’h", "Crach", "CRAC H", "crac-h"] {
        match g.match_commune("56950", typed) {
            CommuneMatch::Exact(c) | CommuneMatch::Loose(c) => assert_eq!(c.code_insee, "56046", "{typed}"),
            other => panic!("{typed}: {other:?}"),
        }
    }
}

/// For every name two or more current communes bear, a postal code that
/// serves none of them gets every one of them among the places the name
/// designates elsewhere, each with its current commune.
#[test]
fn every_homonym_group_is_listed_whole() {
    let g = Geo::get();
    let rows = rows();
    let mut groups: HashMap<String, Vec<&Row>> = HashMap::new();
    for r in rows.iter().filter(|r| r.kind == "COM") {
        groups.entry(fold(&r.nom)).or_default().push(r);
    }
    let mut checked = 0;
    for members in groups.values().filter(|m| m.len() > 1) {
        let stranger = rows
            .iter()
            .flat_map(|r| r.cps.iter())
            .find(|cp| members.iter().all(|m| !m.cps.contains(cp)))
            .expect("some postal code serves none of them");
        let nom = &members[0].nom;
        let listed: Vec<&str> = match g.match_commune(stranger, nom) {
            CommuneMatch::Unknown { elsewhere, .. } => elsewhere.iter().map(|h| h.current.code_insee).collect(),
            other => panic!("{nom} {stranger}: {other:?}"),
        };
        for m in members {
            assert!(
                listed.contains(&m.code.as_str()),
                "{nom}: {} missing from {listed:?}",
                m.code
            );
        }
        // Current communes come first.
        assert!(
            listed[..members.len()]
                .iter()
                .all(|c| members.iter().any(|m| m.code == *c)),
            "{nom}: {listed:?}"
        );
        checked += 1;
    }
    assert!(checked > 500, "{checked}");
}

/// Within one postal code, no two communes share a key once spaces are
/// ignored: the loose match cannot pick the wrong one.
#[test]
fn no_postal_code_serves_two_communes_of_one_compact_name() {
    let mut seen: HashMap<(String, String), String> = HashMap::new();
    for r in rows().iter().filter(|r| r.kind == "COM" || r.kind == "ARM") {
        for cp in &r.cps {
            if let Some(other) = seen.insert((cp.clone(), compact_key(&r.nom)), r.code.clone()) {
                panic!("{cp}: {other} and {} ({})", r.code, r.nom);
            }
        }
    }
}

/// Every former name of the movements leads to a current commune, and is
/// found with that commune's postal codes as a former commune.
#[test]
fn every_former_name_leads_to_its_current_commune() {
    let g = Geo::get();
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/ref/geo.tsv")).unwrap();
    let mut checked = 0;
    for line in text.lines().filter(|l| l.starts_with("H\t")) {
        let f: Vec<&str> = line.split('\t').collect();
        let (code, nom) = (f[1], f[2]);
        let current = g.commune(code).expect("a current commune");
        assert_eq!(current.kind, CommuneKind::Commune);
        let Some(cp) = current.codes_postaux.first() else {
            continue;
        };
        match g.match_commune(cp, nom) {
            // A former name may also be the name of a commune the postal
            // code serves, or of one of its communes déléguées.
            CommuneMatch::Exact(_) | CommuneMatch::Loose(_) => {}
            CommuneMatch::Former(h) => assert!(h.current.codes_postaux.contains(cp), "{nom} {cp}"),
            other => panic!("{nom} {cp}: {other:?}"),
        }
        checked += 1;
    }
    assert!(checked > 3_000, "{checked}");
}
