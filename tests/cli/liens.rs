//! `liens`: the table, CSV, JSON and the drawings of the network.

use crate::stats::{ok, LIENS};

#[test]
fn liens_table_lists_links_and_counts_and_marks_unknown_ids() {
    let (out, err) = ok(LIENS, &["liens"]);
    insta::assert_snapshot!("liens_table", out);
    assert!(out.contains("⚠ lab02"), "{out}");
    assert!(err.contains("1 lien(s) vers une fiche inconnue"), "{err}");
    let (out, _) = ok(LIENS, &["--lang", "en", "liens"]);
    assert!(out.contains("Links between fabriques"), "{out}");
}

#[test]
fn liens_csv_and_json() {
    let (out, _) = ok(LIENS, &["liens", "--format", "csv"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "de,de_nom,vers,vers_nom,type,date,note,inconnue");
    assert_eq!(
        lines[1],
        "atelier-du-soleil,Atelier du Soleil,la-ruche,\"La \"\"Ruche\"\" <#1> & Cie | Villeurbanne\",partenariat,2020-09-01,Atelier commun,false"
    );
    assert_eq!(
        lines[3],
        "cafe-des-possibles,Café des possibles,lab02,,visite,2022-05-10,,true"
    );
    assert_eq!(lines.len(), 5);
    let (out, _) = ok(LIENS, &["liens", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["liens"].as_array().unwrap().len(), 4);
    assert_eq!(json["liens"][2]["vers"], "lab02");
    assert_eq!(json["liens"][2]["inconnue"], true);
    assert_eq!(json["liens"][2]["vers_nom"], serde_json::Value::Null);
    assert_eq!(json["liens"][3]["date"], "2021-03-04");
    // Most linked first; the isolated fabrique has no line.
    assert_eq!(json["fabriques"][0]["id"], "cafe-des-possibles");
    assert_eq!(json["fabriques"][0]["sortants"], 2);
    assert_eq!(json["fabriques"][0]["entrants"], 1);
    assert_eq!(json["fabriques"].as_array().unwrap().len(), 3);
}

#[test]
fn liens_dot_and_mermaid_escape_labels() {
    let (dot, _) = ok(LIENS, &["liens", "--format", "dot"]);
    insta::assert_snapshot!("liens_dot", dot);
    assert!(
        dot.starts_with("digraph fabriques {\n") && dot.ends_with("}\n"),
        "{dot}"
    );
    assert!(
        dot.contains(r#""la-ruche" [label="La \"Ruche\" <#1> & Cie | Villeurbanne"];"#),
        "{dot}"
    );
    assert!(
        dot.contains(r#""lab02" [label="lab02 (fiche inconnue)", style=dashed];"#),
        "{dot}"
    );
    assert!(
        dot.contains(r#""la-ruche" -> "cafe-des-possibles" [label="contribution 2021-03-04"];"#),
        "{dot}"
    );
    let (mermaid, _) = ok(LIENS, &["liens", "--format", "mermaid"]);
    insta::assert_snapshot!("liens_mermaid", mermaid);
    assert!(mermaid.starts_with("graph LR\n"), "{mermaid}");
    assert!(
        mermaid.contains(r#"f_la_ruche["La #quot;Ruche#quot; #lt;#35;1#gt; #amp; Cie #124; Villeurbanne"]"#),
        "{mermaid}"
    );
    assert!(
        mermaid.contains("f_lab02[\"lab02 (fiche inconnue)\"]:::inconnue"),
        "{mermaid}"
    );
    assert!(
        mermaid.contains("f_cafe_des_possibles -.->|\"visite 2022-05-10\"| f_lab02"),
        "{mermaid}"
    );
}

#[test]
fn liens_shows_every_link_touching_the_selection() {
    // Marseille's fabrique: its link out and the link in, with fabriques
    // elsewhere; not the others.
    let (out, err) = ok(LIENS, &["liens", "--format", "csv", "--departement", "13"]);
    let links: Vec<&str> = out.lines().skip(1).collect();
    assert_eq!(links.len(), 2, "{out}");
    assert!(links[0].starts_with("atelier-du-soleil,") && links[1].starts_with("cafe-des-possibles,"));
    assert!(err.is_empty(), "{err}");
    // The drawing names the fabrique outside the selection, as known.
    let (dot, _) = ok(LIENS, &["liens", "--format", "dot", "--departement", "13"]);
    assert!(
        dot.contains(r#""cafe-des-possibles" [label="Café des possibles"];"#),
        "{dot}"
    );
    assert!(!dot.contains("lab02"), "{dot}");
}
