//! `actions`: the matrix, the ranked lists with `--action`, proximity
//! ordering and distances, the CSV and JSON shapes.

use crate::stats::{ok, ACTIONS};
use crate::{fabriques, root, run};

/// `actions --format csv`: (categorie, sous_action, statut, id, proximite,
/// distance_km) per line.
pub(crate) fn actions_csv(data: &str, args: &[&str]) -> Vec<[String; 6]> {
    let (out, _) = ok(data, &[&["actions", "--format", "csv"], args].concat());
    let mut r = csv::Reader::from_reader(out.as_bytes());
    assert_eq!(
        r.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "categorie",
            "sous_action",
            "statut",
            "id",
            "nom",
            "commune",
            "departement",
            "proximite",
            "distance_km"
        ]
    );
    r.records()
        .map(Result::unwrap)
        .map(|x| [&x[0], &x[1], &x[2], &x[3], &x[7], &x[8]].map(str::to_string))
        .collect()
}

/// The ids of the category row of `categorie`, in order, with their status.
fn ranked(rows: &[[String; 6]], categorie: &str) -> Vec<(String, String)> {
    rows.iter()
        .filter(|r| r[0] == categorie && r[1].is_empty())
        .map(|r| (r[2].clone(), r[3].clone()))
        .collect()
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

#[test]
fn actions_matrix_has_a_row_per_category_and_sub_action() {
    let (out, _) = ok(ACTIONS, &["actions"]);
    insta::assert_snapshot!("actions_matrix", out);
    let rows = actions_csv(ACTIONS, &[]);
    // Without a reference place: by status, then by name.
    assert_eq!(
        ranked(&rows, "fablab"),
        pairs(&[
            ("fait", "aix-fab"),
            ("fait", "annecy-fab"),
            ("fait", "chambery-fab"),
            ("fait", "grenoble-fab"),
            ("fait", "rennes-fab"),
            ("commence", "lyon-fab"),
            ("envisage", "albertville-fab"),
        ])
    );
    // The sub-action rows keep their own status.
    let laser: Vec<&[String; 6]> = rows.iter().filter(|r| r[1] == "Découpe laser").collect();
    assert_eq!(laser.len(), 1);
    assert_eq!(
        (laser[0][2].as_str(), laser[0][3].as_str()),
        ("envisage", "grenoble-fab")
    );
    assert!(rows.iter().all(|r| r[4].is_empty() && r[5].is_empty()));
}

#[test]
fn actions_on_the_bundled_register() {
    let (code, out, _) = run(fabriques(&root()).arg("actions"));
    assert_eq!(code, 0);
    insta::assert_snapshot!("actions_bundled", out);
}

#[test]
fn actions_fablab_from_a_commune_nearest_first() {
    let rows = actions_csv(ACTIONS, &["--action", "fablab", "--commune", "Chambéry"]);
    // Doers first; then same commune, département, région, elsewhere;
    // within a group by distance, unknown distances last.
    assert_eq!(
        rows.iter()
            .filter(|r| r[1].is_empty())
            .map(|r| (r[2].as_str(), r[3].as_str(), r[4].as_str(), r[5].as_str()))
            .collect::<Vec<_>>(),
        [
            ("fait", "chambery-fab", "commune", "0"),
            ("fait", "aix-fab", "departement", "13.8"),
            ("fait", "annecy-fab", "region", "40.7"),
            ("fait", "grenoble-fab", "region", ""),
            ("fait", "rennes-fab", "ailleurs", "643.3"),
            ("commence", "lyon-fab", "region", "87"),
            ("envisage", "albertville-fab", "departement", ""),
        ]
    );
    // A sub-action row is there too (Aix's 3D printers), after the category row.
    assert_eq!(rows.len(), 7 + 2);
    let (out, _) = ok(ACTIONS, &["actions", "--action", "fablab", "--commune", "Chambéry"]);
    insta::assert_snapshot!("actions_fablab_chambery", out);
}

#[test]
fn actions_distances_come_from_the_reference_communes_fabriques() {
    let rows = actions_csv(ACTIONS, &["--action", "fablab", "--commune", "Aix-les-Bains"]);
    assert_eq!(
        ranked(&rows, "fablab"),
        pairs(&[
            ("fait", "aix-fab"),
            ("fait", "chambery-fab"),
            ("fait", "annecy-fab"),
            ("fait", "grenoble-fab"),
            ("fait", "rennes-fab"),
            ("commence", "lyon-fab"),
            ("envisage", "albertville-fab"),
        ])
    );
    let annecy = rows.iter().find(|r| r[3] == "annecy-fab").unwrap();
    assert_eq!(annecy[5], "28.7");
}

#[test]
fn actions_without_coordinates_fall_back_to_departement_then_region() {
    // Grenoble's fabrique has no coordinates: no distance at all.
    let rows = actions_csv(ACTIONS, &["--action", "fablab", "--commune", "Grenoble"]);
    assert_eq!(
        ranked(&rows, "fablab"),
        pairs(&[
            ("fait", "grenoble-fab"),
            ("fait", "aix-fab"),
            ("fait", "annecy-fab"),
            ("fait", "chambery-fab"),
            ("fait", "rennes-fab"),
            ("commence", "lyon-fab"),
            ("envisage", "albertville-fab"),
        ])
    );
    assert!(rows.iter().all(|r| r[5].is_empty()));
    let (out, _) = ok(ACTIONS, &["actions", "--action", "fablab", "--commune", "Grenoble"]);
    assert!(out.contains("n'a de coordonnées"), "{out}");

    // A département: that département first, then its région, then the rest.
    let rows = actions_csv(ACTIONS, &["--action", "fablab", "--departement", "Haute-Savoie"]);
    assert_eq!(
        rows.iter()
            .filter(|r| r[1].is_empty())
            .map(|r| (r[3].as_str(), r[4].as_str()))
            .collect::<Vec<_>>(),
        [
            ("annecy-fab", "departement"),
            ("aix-fab", "region"),
            ("chambery-fab", "region"),
            ("grenoble-fab", "region"),
            ("rennes-fab", "ailleurs"),
            ("lyon-fab", "region"),
            ("albertville-fab", "region"),
        ]
    );
    // A commune with no fabrique at all: its département, then its région.
    let rows = actions_csv(
        ACTIONS,
        &["--action", "fablab", "--statut", "fait", "--commune", "Albertville"],
    );
    assert_eq!(
        ranked(&rows, "fablab"),
        pairs(&[
            ("fait", "aix-fab"),
            ("fait", "chambery-fab"),
            ("fait", "annecy-fab"),
            ("fait", "grenoble-fab"),
            ("fait", "rennes-fab"),
        ])
    );
}

#[test]
fn actions_place_flags_order_and_other_flags_filter() {
    // --commune does not filter in `actions`: Rennes is still there.
    let rows = actions_csv(ACTIONS, &["--commune", "Chambéry"]);
    assert!(rows.iter().any(|r| r[3] == "rennes-fab"));
    // The other filters filter.
    let rows = actions_csv(ACTIONS, &["--region", "84", "--commune", "Chambéry"]);
    assert!(!rows.iter().any(|r| r[3] == "rennes-fab"));
    // --statut keeps only the statuses asked for.
    let rows = actions_csv(ACTIONS, &["--action", "fablab", "--statut", "fait"]);
    assert!(rows.iter().all(|r| r[2] == "fait"), "{rows:?}");
    assert_eq!(ranked(&rows, "fablab").len(), 5);
    // --action keeps only the categories asked for.
    let rows = actions_csv(ACTIONS, &["--action", "culture,reemploi"]);
    let mut categories: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    categories.dedup();
    assert_eq!(categories, ["culture", "reemploi"]);
}

#[test]
fn actions_json_shape() {
    let (out, _) = ok(
        ACTIONS,
        &[
            "actions",
            "--format",
            "json",
            "--action",
            "fablab",
            "--commune",
            "73065",
        ],
    );
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["reference"]["communes"][0]["nom"], "Chambéry");
    assert_eq!(json["reference"]["points"], 1);
    let fablab = &json["actions"][0];
    assert_eq!(fablab["categorie"], "fablab");
    assert_eq!(fablab["libelle"], "Fablab");
    assert_eq!(fablab["sous_action"], serde_json::Value::Null);
    let statuts: Vec<&str> = fablab["statuts"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    for k in ["fait", "commence", "envisage", "non_renseigne"] {
        assert!(statuts.contains(&k), "{statuts:?}");
    }
    assert_eq!(fablab["statuts"]["fait"][1]["id"], "aix-fab");
    assert_eq!(fablab["statuts"]["fait"][1]["departement"], "73");
    assert_eq!(fablab["statuts"]["fait"][1]["proximite"], "departement");
    assert_eq!(fablab["statuts"]["fait"][1]["distance_km"], 13.8);
    assert_eq!(fablab["statuts"]["envisage"][0]["distance_km"], serde_json::Value::Null);
    assert_eq!(json["actions"][1]["sous_action"], "Découpe laser");
    // Without a place, no reference.
    let (out, _) = ok(ACTIONS, &["actions", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["reference"], serde_json::Value::Null);
}
