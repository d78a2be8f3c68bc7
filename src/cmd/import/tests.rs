//! The conversions and the heading matching of `import`.

use super::*;

#[test]
fn headings_fold_to_field_names() {
    let fields = Fields::new(&Vocabularies::new(&[]));
    for (heading, path) in [
        ("QPV (oui/non)", "qpv"),
        ("Fabrique numérique (oui/non)", "numerique"),
        ("Consortium : collectivités", "consortium.collectivites"),
        ("Consortium : centres sociaux", "consortium.centres_sociaux"),
        ("Consortium : bailleurs sociaux", "consortium.bailleurs_sociaux"),
        ("Consortium : acteurs de la formation", "consortium.acteurs_formation"),
        ("Structure porteuse", "structure_porteuse.nom"),
        ("structure", "structure_porteuse.nom"),
        ("Code postal", "adresse.code_postal"),
        ("code_postal", "adresse.code_postal"),
        ("adresse.code_postal", "adresse.code_postal"),
        ("Ville", "adresse.commune"),
        ("commune", "adresse.commune"),
        ("Labellisation", "labellisation.annee"),
        ("Existe depuis", "structure_porteuse.creation"),
        ("Lien", LIEN),
        ("nom", "nom"),
        ("id", ID),
        ("departement", IGNORE),
        ("financement.annuel.2021", "financement.annuel.2021"),
    ] {
        assert_eq!(fields.find(heading).as_deref(), Some(path), "{heading}");
    }
    assert_eq!(fields.find("Couleur préférée"), None);
}

#[test]
fn the_separator_is_found_on_the_header_line() {
    assert_eq!(detect_delimiter("a;b;\"c,d\"\n1,2,3"), b';');
    assert_eq!(detect_delimiter("a,b\n"), b',');
    assert_eq!(detect_delimiter("a\tb\tc\n"), b'\t');
    assert_eq!(detect_delimiter("a\n"), b',');
}

#[test]
fn cells_are_converted_or_kept_as_written() {
    let v = Vocabularies::new(&[]);
    assert_eq!(convert(Kind::Bool, "Oui", &v), Cell::Bool(true));
    assert_eq!(convert(Kind::Bool, "x", &v), Cell::Bool(true));
    assert_eq!(convert(Kind::Bool, "NON", &v), Cell::Bool(false));
    assert_eq!(convert(Kind::Bool, "peut-être", &v), Cell::Text("peut-être".into()));
    assert_eq!(
        convert(Kind::Code("statuts"), "En activité", &v),
        Cell::Text("en_activite".into())
    );
    assert_eq!(convert(Kind::PostalCode, "1500", &v), Cell::Text("01500".into()));
    assert_eq!(convert(Kind::Amount, "50 000 €", &v), Cell::Int(50_000));
    assert_eq!(convert(Kind::Float, "45,954025", &v), Cell::Float(45.954025));
    assert_eq!(
        convert(Kind::Texts, "Ville d'Ambérieu | CC Plaine de l'Ain, Ain", &v),
        Cell::Texts(vec!["Ville d'Ambérieu".into(), "CC Plaine de l'Ain, Ain".into()])
    );
    assert_eq!(
        convert(Kind::Actions, "coworking / mobilité, fablab (commence)", &v),
        Cell::Actions(vec![
            ActionCell {
                categories: vec!["coworking".into(), "mobilite".into()],
                statut: Some("fait".into()),
                sous_action: None,
                precision: None,
            },
            ActionCell {
                categories: vec!["fablab".into()],
                statut: Some("commence".into()),
                sous_action: None,
                precision: None,
            },
        ])
    );
    // What `list` shows of an action without a status comes back
    // without one.
    assert_eq!(
        convert(Kind::Actions, "fablab (non_renseigne)", &v),
        Cell::Actions(vec![ActionCell {
            categories: vec!["fablab".into()],
            statut: None,
            sous_action: None,
            precision: None,
        }])
    );
}
