//! Tests against the real embedded table.

use super::*;
use std::time::Instant;

fn geo() -> &'static Geo {
    Geo::get()
}

fn codes(communes: &[&Commune]) -> Vec<&'static str> {
    communes.iter().map(|c| c.code_insee).collect()
}

fn current_codes(homonyms: &[Homonym]) -> Vec<&'static str> {
    homonyms.iter().map(|h| h.current.code_insee).collect()
}

fn expect_exact<'a>(m: CommuneMatch<'a>) -> &'a Commune {
    match m {
        CommuneMatch::Exact(c) => c,
        other => panic!("expected Exact, got {other:?}"),
    }
}

fn expect_loose<'a>(m: CommuneMatch<'a>) -> &'a Commune {
    match m {
        CommuneMatch::Loose(c) => c,
        other => panic!("expected Loose, got {other:?}"),
    }
}

#[test]
fn build_time_and_counts() {
    // Timings are printed (run with --release --nocapture), not asserted: they
    // depend on the machine and its load.
    let mut core = Vec::new();
    let mut index = Vec::new();
    let mut g = None;
    for _ in 0..5 {
        let start = Instant::now();
        let parsed = table::parse(TABLE);
        core.push(start.elapsed());
        let start = Instant::now();
        assert!(parsed.names().by_key.len() > 30_000);
        index.push(start.elapsed());
        g = Some(parsed);
    }
    let g = g.unwrap();
    println!(
        "geo: parsed {} bytes: first {:?}, best of 5 {:?}; name index: first {:?}, best {:?}",
        TABLE.len(),
        core[0],
        core.iter().min().unwrap(),
        index[0],
        index.iter().min().unwrap()
    );
    let count = |k: CommuneKind| g.communes().iter().filter(|c| c.kind == k).count();
    println!(
        "geo: COM {} ARM {} COMD {} COMA {} departments {} regions {}",
        count(CommuneKind::Commune),
        count(CommuneKind::ArrondissementMunicipal),
        count(CommuneKind::CommuneDeleguee),
        count(CommuneKind::CommuneAssociee),
        g.departements().len(),
        g.regions().len()
    );
    assert_eq!(g.version(), "6.0.0");
    assert_eq!(g.millesime(), "2026");
    // The edition `--version` reads from the headers agrees with the table.
    let edition = super::edition();
    assert_eq!((edition.version, edition.millesime), (g.version(), g.millesime()));
    assert!(edition.outlines.starts_with("ANCT / IGN Admin Express"), "{edition:?}");
    assert_eq!(count(CommuneKind::ArrondissementMunicipal), 45);
    assert!(count(CommuneKind::Commune) > 34_000);
    assert!(count(CommuneKind::CommuneDeleguee) > 1_000);
    assert!(count(CommuneKind::CommuneAssociee) > 100);
    assert_eq!(g.departements().len(), 109);
    assert_eq!(g.regions().len(), 26);
}

#[test]
fn table_is_consistent() {
    let g = geo();
    for d in g.departements() {
        assert!(g.region(d.region).is_some(), "{d:?}");
    }
    for c in g.communes() {
        let d = g.departement(c.departement).expect("department exists");
        assert_eq!(d.region, c.region, "{c:?}");
        assert!(g.region(c.region).is_some());
        match c.kind {
            CommuneKind::Commune => assert!(c.commune_parente.is_none()),
            _ => {
                let p = g.parent(c).expect("parent exists");
                assert_eq!(p.kind, CommuneKind::Commune);
                assert!(c.anciens_codes.is_empty());
            }
        }
        if c.kind.is_former() {
            assert!(c.codes_postaux.is_empty(), "{c:?}");
            assert!(c.population.is_none(), "{c:?}");
        }
    }
}

#[test]
fn amberieu_en_bugey() {
    let g = geo();
    let c = expect_exact(g.match_commune("01500", "Ambérieu-en-Bugey"));
    assert_eq!(c.code_insee, "01004");
    assert_eq!(c.kind, CommuneKind::Commune);
    assert_eq!(c.codes_postaux, vec!["01500"]);
    assert!(c.population.unwrap() > 10_000);
    let d = g.departement(c.departement).unwrap();
    assert_eq!((d.code, d.nom, d.zone), ("01", "Ain", Zone::Metropole));
    let r = g.region(c.region).unwrap();
    assert_eq!((r.code, r.nom), ("84", "Auvergne-Rhône-Alpes"));
    assert_eq!(d.region, "84");
    assert_eq!(g.commune("01004"), Some(c));
}

#[test]
fn corsica_departments_come_from_the_data() {
    let g = geo();
    let ajaccio = expect_exact(g.match_commune("20000", "Ajaccio"));
    assert_eq!(ajaccio.code_insee, "2A004");
    assert_eq!(ajaccio.departement, "2A");
    assert_eq!(ajaccio.region, "94");
    assert_eq!(g.departement("2A").unwrap().nom, "Corse-du-Sud");
    let bastia = expect_exact(g.match_commune("20200", "Bastia"));
    assert_eq!(bastia.code_insee, "2B033");
    assert_eq!(bastia.departement, "2B");
    assert_eq!(g.departement("2B").unwrap().nom, "Haute-Corse");
    // Pre-1976 code of Ajaccio.
    assert_eq!(g.commune("20004"), None);
    assert_eq!(g.current_commune("20004"), Some(ajaccio));
}

#[test]
fn overseas_commune_971() {
    let g = geo();
    let c = expect_exact(g.match_commune("97110", "Pointe-à-Pitre"));
    assert_eq!(c.code_insee, "97120");
    assert_eq!(c.departement, "971");
    assert_eq!(c.region, "01");
    assert_eq!(g.region("01").unwrap().nom, "Guadeloupe");
    assert_eq!(g.departement("971").unwrap().zone, Zone::Drom);
    let abymes = expect_exact(g.match_commune("97139", "Les Abymes"));
    assert_eq!(abymes.code_insee, "97101");
    // Old INSEE notation with the article in parentheses.
    assert_eq!(expect_loose(g.match_commune("97139", "Abymes (Les)")), abymes);
}

#[test]
fn paris_arrondissements() {
    let g = geo();
    let paris = expect_exact(g.match_commune("75010", "Paris"));
    assert_eq!(paris.code_insee, "75056");
    assert_eq!(paris.kind, CommuneKind::Commune);
    assert_eq!(codes(&g.communes_by_postal_code("75010")), ["75056", "75110"]);
    let arr = expect_exact(g.match_commune("75010", "Paris 10e Arrondissement"));
    assert_eq!(arr.code_insee, "75110");
    assert_eq!(arr.kind, CommuneKind::ArrondissementMunicipal);
    assert_eq!(arr.commune_parente, Some("75056"));
    assert_eq!(g.parent(arr), Some(paris));
    assert_eq!(g.current_commune("75110"), Some(paris));
    for short in ["Paris 10", "paris 10e", "Paris 10ème", "PARIS 10EME ARRONDISSEMENT"] {
        assert_eq!(expect_loose(g.match_commune("75010", short)), arr, "{short}");
    }
    // The 16th arrondissement has two postal codes.
    assert_eq!(codes(&g.communes_by_postal_code("75116")), ["75056", "75116"]);
    assert_eq!(paris.codes_postaux.len(), 21);
    // Paris 10e is not served by 75011.
    assert!(matches!(
        g.match_commune("75011", "Paris 10e Arrondissement"),
        CommuneMatch::Unknown { .. }
    ));
}

#[test]
fn lyon_and_marseille() {
    let g = geo();
    let lyon = expect_exact(g.match_commune("69003", "Lyon"));
    assert_eq!(lyon.code_insee, "69123");
    let lyon1 = expect_loose(g.match_commune("69001", "Lyon 1er"));
    assert_eq!(lyon1.code_insee, "69381");
    assert_eq!(lyon1.commune_parente, Some("69123"));
    let marseille = expect_exact(g.match_commune("13008", "Marseille"));
    assert_eq!(marseille.code_insee, "13055");
    let m8 = expect_exact(g.match_commune("13008", "Marseille 8e Arrondissement"));
    assert_eq!(expect_loose(g.match_commune("13008", "Marseille 08")), m8);
    assert_eq!(m8.code_insee, "13208");
    assert_eq!(g.parent(m8), Some(marseille));
}

#[test]
fn former_communes_map_to_current() {
    let g = geo();
    // Commune déléguée with its own code.
    let vieux = g.commune("74011").unwrap();
    assert_eq!(vieux.nom, "Annecy-le-Vieux");
    assert_eq!(vieux.kind, CommuneKind::CommuneDeleguee);
    assert_eq!(vieux.commune_parente, Some("74010"));
    let annecy = g.current_commune("74011").unwrap();
    assert_eq!((annecy.code_insee, annecy.nom), ("74010", "Annecy"));
    assert!(annecy.anciens_codes.contains(&"74011"));
    match g.match_commune("74940", "Annecy-le-Vieux") {
        CommuneMatch::Former(h) => {
            assert_eq!(h.record, Some(vieux));
            assert_eq!(h.current, annecy);
        }
        other => panic!("{other:?}"),
    }
    match g.match_commune("74940", "annecy le vieux") {
        CommuneMatch::Former(h) => assert_eq!(h.record, Some(vieux)),
        other => panic!("{other:?}"),
    }
    // Commune déléguée sharing its code with its commune nouvelle.
    let shared = g.communes_with_code("01015");
    assert_eq!(shared.len(), 2);
    assert_eq!(shared[0].nom, "Arboys en Bugey");
    assert_eq!(shared[0].kind, CommuneKind::Commune);
    assert_eq!(shared[1].nom, "Arbignieu");
    assert_eq!(shared[1].kind, CommuneKind::CommuneDeleguee);
    assert_eq!(g.commune("01015"), Some(shared[0]));
    // Commune associée.
    let lomme = g.commune("59355").unwrap();
    assert_eq!(lomme.kind, CommuneKind::CommuneAssociee);
    assert_eq!(g.current_commune("59355").unwrap().nom, "Lille");
    // A code that no longer has any record.
    let old = g
        .communes()
        .iter()
        .flat_map(|c| c.anciens_codes.iter().map(move |o| (*o, c)))
        .find(|(o, _)| g.commune(o).is_none())
        .expect("some former code has no record");
    assert_eq!(g.current_commune(old.0), Some(old.1));
}

#[test]
fn unknown_postal_code() {
    let g = geo();
    assert!(!g.postal_code_exists("00000"));
    assert!(!g.postal_code_exists("99999"));
    assert!(g.postal_code_exists("01500"));
    assert!(g.communes_by_postal_code("00000").is_empty());
    match g.match_commune("00000", "Ambérieu-en-Bugey") {
        CommuneMatch::UnknownPostalCode { elsewhere } => {
            assert_eq!(current_codes(&elsewhere), ["01004"]);
        }
        other => panic!("{other:?}"),
    }
    match g.match_commune("0150", "Ambérieu-en-Bugey") {
        CommuneMatch::UnknownPostalCode { elsewhere } => {
            assert_eq!(current_codes(&elsewhere), ["01004"]);
            assert_eq!(elsewhere[0].record, g.commune("01004"));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn wrong_commune_for_postal_code_gets_suggestions() {
    let g = geo();
    match g.match_commune("59000", "Lille Roubaix") {
        CommuneMatch::Unknown { suggestions, elsewhere } => {
            assert_eq!(suggestions[0].nom, "Lille");
            assert!(suggestions.len() <= 3);
            assert!(elsewhere.is_empty());
        }
        other => panic!("{other:?}"),
    }
    // Right name, wrong postal code.
    match g.match_commune("01000", "Amberieu en Bugey") {
        CommuneMatch::Unknown { elsewhere, .. } => {
            assert_eq!(current_codes(&elsewhere), ["01004"]);
        }
        other => panic!("{other:?}"),
    }
    // Typo among several communes sharing a postal code.
    match g.match_commune("01300", "Arboy en Bugey") {
        CommuneMatch::Unknown { suggestions, .. } => {
            assert_eq!(suggestions[0].nom, "Arboys en Bugey");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn loose_matches() {
    let g = geo();
    let c = expect_loose(g.match_commune("01500", "Amberieu en Bugey"));
    assert_eq!(c.nom, "Ambérieu-en-Bugey");
    assert_eq!(
        expect_loose(g.match_commune(" 01500 ", "  AMBÉRIEU-EN-BUGEY ")).code_insee,
        "01004"
    );
    assert_eq!(
        expect_exact(g.match_commune("01500", " Ambérieu-en-Bugey ")).code_insee,
        "01004"
    );
    for name in ["St-Étienne", "Saint Etienne", "ST ETIENNE", "saint-étienne"] {
        let c = expect_loose(g.match_commune("42000", name));
        assert_eq!(c.nom, "Saint-Étienne", "{name}");
    }
    assert_eq!(expect_loose(g.match_commune("97438", "Ste-Marie")).nom, "Sainte-Marie");
    assert_eq!(
        expect_loose(g.match_commune("01400", "L’Abergement Clémenciat")).nom,
        "L'Abergement-Clémenciat"
    );
}

#[test]
fn normalise_name_folding() {
    assert_eq!(normalise_name("Côtes-d'Armor"), "cotes d armor");
    assert_eq!(normalise_name("  cotes  d armor "), "cotes d armor");
    assert_eq!(normalise_name("COTES D’ARMOR"), "cotes d armor");
    assert_eq!(normalise_name("St-Étienne"), "saint etienne");
    assert_eq!(normalise_name("Ste. Foy"), "sainte foy");
    assert_eq!(normalise_name("Cœuvres-et-Valsery"), "coeuvres et valsery");
    assert_eq!(normalise_name("Abymes (Les)"), "les abymes");
    assert_eq!(normalise_name("Isle-sur-Tarn (L')"), "l isle sur tarn");
    assert_eq!(normalise_name("Château-Chinon (Ville)"), "chateau chinon ville");
    assert_eq!(normalise_name("Stenay"), "stenay");
    assert_eq!(normalise_name(" - "), "");
}

#[test]
fn resolve_departement_inputs() {
    let g = geo();
    for (input, code) in [
        ("01", "01"),
        ("1", "01"),
        (" 01 ", "01"),
        ("2A", "2A"),
        ("2a", "2A"),
        ("2b", "2B"),
        ("971", "971"),
        ("976", "976"),
        ("988", "988"),
        ("Ain", "01"),
        ("ain", "01"),
        ("Côtes-d'Armor", "22"),
        ("cotes d armor", "22"),
        ("Corse du Sud", "2A"),
        ("la reunion", "974"),
        ("Réunion", "974"),
    ] {
        assert_eq!(g.resolve_departement(input).map(|d| d.code), Ok(code), "{input}");
    }
    let err = |input: &str| -> Vec<&str> {
        g.resolve_departement(input)
            .expect_err(input)
            .iter()
            .map(|d| d.code)
            .collect()
    };
    assert_eq!(err("20"), ["2A", "2B"]);
    assert_eq!(err("Bouche du Rhone")[0], "13");
    assert_eq!(err("Savoi")[0], "73");
    assert!(err("Savoi").contains(&"74"));
    assert_eq!(err("Cotes-darmor")[0], "22");
    assert!(err("Finistère Nord").contains(&"29"));
    assert!(err("99").is_empty());
    assert!(err("").is_empty());
    assert!(err("xyzzy").len() <= 3);
}

#[test]
fn resolve_region_inputs() {
    let g = geo();
    for (input, code) in [
        ("84", "84"),
        ("Auvergne-Rhône-Alpes", "84"),
        ("auvergne rhone alpes", "84"),
        ("Provence-Alpes-Côte d'Azur", "93"),
        ("provence alpes cote d azur", "93"),
        ("1", "01"),
        ("Guadeloupe", "01"),
        ("ile de france", "11"),
    ] {
        assert_eq!(g.resolve_region(input).map(|r| r.code), Ok(code), "{input}");
    }
    let err: Vec<&str> = g
        .resolve_region("Auvergne")
        .unwrap_err()
        .iter()
        .map(|r| r.code)
        .collect();
    assert_eq!(err, ["84"]);
    let err: Vec<&str> = g
        .resolve_region("Bourgogne")
        .unwrap_err()
        .iter()
        .map(|r| r.code)
        .collect();
    assert_eq!(err[0], "27");
    let err: Vec<&str> = g
        .resolve_region("Rhône-Alpes")
        .unwrap_err()
        .iter()
        .map(|r| r.code)
        .collect();
    assert_eq!(err, ["84"]);
    assert_eq!(g.resolve_region("Réunion").map(|r| r.code), Ok("04"));
    assert!(g.resolve_region("99").unwrap_err().is_empty());
}

#[test]
fn locate_points() {
    let g = geo();
    // Ambérieu-en-Bugey, Ain.
    assert_eq!(g.locate(45.958, 5.357), Location::InFrance(Territory::Metropole));
    assert_eq!(g.locate(5.357, 45.958), Location::Swapped(Territory::Metropole));
    // Saint-Denis and the middle of La Réunion.
    assert_eq!(g.locate(-20.882, 55.450), Location::InFrance(Territory::LaReunion));
    assert_eq!(g.locate(-21.1, 55.5), Location::InFrance(Territory::LaReunion));
    assert_eq!(g.locate(55.5, -21.1), Location::Swapped(Territory::LaReunion));
    // Ajaccio, Pointe-à-Pitre, Cayenne, Mamoudzou, Fort-de-France, Nouméa.
    assert_eq!(g.locate(41.919, 8.738), Location::InFrance(Territory::Corse));
    assert_eq!(g.locate(16.241, -61.533), Location::InFrance(Territory::Guadeloupe));
    assert_eq!(g.locate(4.937, -52.326), Location::InFrance(Territory::Guyane));
    assert_eq!(g.locate(-12.780, 45.228), Location::InFrance(Territory::Mayotte));
    assert_eq!(g.locate(14.616, -61.059), Location::InFrance(Territory::Martinique));
    assert_eq!(
        g.locate(-22.276, 166.458),
        Location::InFrance(Territory::NouvelleCaledonie)
    );
    // Atlantic Ocean, Madrid, the origin, invalid values.
    assert_eq!(g.locate(45.0, -30.0), Location::Outside);
    assert_eq!(g.locate(40.417, -3.704), Location::Outside);
    assert_eq!(g.locate(0.0, 0.0), Location::Outside);
    assert_eq!(g.locate(f64::NAN, 5.0), Location::Outside);
    assert_eq!(g.locate(120.0, 5.0), Location::Outside);
}

#[test]
fn territories_match_regions_in_the_data() {
    let g = geo();
    let all = [
        Territory::Corse,
        Territory::Guadeloupe,
        Territory::Martinique,
        Territory::Guyane,
        Territory::LaReunion,
        Territory::Mayotte,
        Territory::SaintPierreEtMiquelon,
        Territory::SaintBarthelemy,
        Territory::SaintMartin,
        Territory::TerresAustrales,
        Territory::WallisEtFutuna,
        Territory::PolynesieFrancaise,
        Territory::NouvelleCaledonie,
        Territory::Clipperton,
    ];
    for t in all {
        let r = g.region(t.region_code().unwrap()).expect("region exists");
        assert_eq!(r.zone == Zone::Com, !t.is_metropole_or_drom(), "{t:?}");
    }
    assert_eq!(Territory::Metropole.region_code(), None);
    // Every region of the data is covered by a territory.
    for r in g.regions() {
        assert!(
            r.zone == Zone::Metropole || all.iter().any(|t| t.region_code() == Some(r.code)),
            "{r:?}"
        );
    }
}

#[test]
fn communes_without_postal_code_or_population() {
    let g = geo();
    let without_cp: Vec<_> = g
        .communes()
        .iter()
        .filter(|c| c.kind == CommuneKind::Commune && c.codes_postaux.is_empty())
        .collect();
    assert!(!without_cp.is_empty());
    assert!(without_cp.iter().all(|c| c.departement == "984"));
    let kerguelen = g.commune("98412").unwrap();
    assert_eq!(kerguelen.population, None);
}

#[test]
fn search_queries() {
    let g = geo();
    assert_eq!(codes(&g.search("01004")), ["01004"]);
    assert_eq!(codes(&g.search("2a004")), ["2A004"]);
    assert_eq!(codes(&g.search("20004")), ["2A004"]);
    assert_eq!(codes(&g.search("01015")), ["01015", "01015"]);
    assert_eq!(codes(&g.search("93010")), ["93010"]);
    // A 5-digit query is read as a postal code and as a former INSEE code
    // (75010 was Bondy's code when it was in the Seine department).
    assert_eq!(codes(&g.search("75010")), ["75056", "75110", "93010"]);
    assert_eq!(codes(&g.search("01500"))[0], "01004");
    let r = g.search("saint etienne");
    assert_eq!(r[0].nom, "Saint-Étienne");
    assert_eq!(r[0].kind, CommuneKind::Commune);
    assert!(r.iter().any(|c| c.nom == "Saint-Étienne-de-Tinée"));
    let r = g.search("St-Denis");
    assert_eq!(r[0].code_insee, "97411", "largest Saint-Denis first");
    assert_eq!(codes(&g.search("Paris 10e")), ["75110"]);
    let r = g.search("lyon 1er");
    assert_eq!(codes(&r), ["69381"]);
    assert!(g.search("bugey").iter().any(|c| c.code_insee == "01004"));
    assert_eq!(g.search("Amberieux en Bugy")[0].code_insee, "01004");
    assert!(g.search("").is_empty());
    assert!(g.search("99999").is_empty());
}

/// Property: every current commune and arrondissement, with its own official
/// name and each of its postal codes, is an exact match to itself.
#[test]
fn every_commune_matches_itself_exactly() {
    let g = geo();
    let mut checked = 0;
    for c in g.communes() {
        if c.kind.is_former() {
            continue;
        }
        for cp in &c.codes_postaux {
            match g.match_commune(cp, c.nom) {
                CommuneMatch::Exact(found) => assert_eq!(found, c),
                other => panic!("{} {} {cp}: {other:?}", c.code_insee, c.nom),
            }
            match g.match_commune(cp, &normalise_name(c.nom)) {
                CommuneMatch::Exact(found) | CommuneMatch::Loose(found) => {
                    assert_eq!(found, c)
                }
                other => panic!("{} {} {cp} loose: {other:?}", c.code_insee, c.nom),
            }
            checked += 1;
        }
    }
    assert!(checked > 35_000, "{checked}");
}

#[test]
fn get_is_shared() {
    assert!(std::ptr::eq(Geo::get(), Geo::get()));
}

#[test]
fn every_place_name_key_is_short_enough_to_be_suggested() {
    // `similarity` gives up on keys longer than MAX_KEY_LEN: no name of
    // the reference may be that long, or it could never be suggested.
    let g = geo();
    let longest = g.names().keys.iter().map(String::len).max().unwrap();
    assert!(longest < super::normalise::MAX_KEY_LEN, "{longest}");
    for d in &g.departements {
        assert!(normalise_name(d.nom).len() < super::normalise::MAX_KEY_LEN);
    }
}

#[test]
fn regression_a_huge_commune_argument_is_answered_at_once() {
    // A 30 KB `--commune` was compared with every commune name (17 s).
    let huge = "saint ".repeat(5000);
    assert!(geo().search(&huge).is_empty());
    assert!(geo().resolve_departement(&huge).is_err());
}
