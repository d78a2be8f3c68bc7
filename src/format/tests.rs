//! The canonical layout, case by case.

use super::*;

fn fmt(text: &str) -> String {
    let layout = Layout::new(&Vocabularies::new(&[]));
    match format(text, &layout) {
        Ok(s) => s,
        Err(e) => panic!("{e:?}\n{text}"),
    }
}

#[test]
fn keys_and_tables_follow_the_documentation() {
    let text = "sources = ['x']\nqpv = true\nnom = \"A\"\n[adresse]\ncommune = \"Lille\"\ncode_postal = \"59000\"\n[labellisation]\nannee = 2020\n";
    assert_eq!(
        fmt(text),
        "nom = \"A\"\nqpv = true\nsources = [\"x\"]\n\n[labellisation]\nannee = 2020\n\n[adresse]\ncode_postal = \"59000\"\ncommune = \"Lille\"\n"
    );
}

#[test]
fn comments_move_with_what_they_describe() {
    let text = "# En-tête.\n\n# Le QPV.\nqpv = true   # oui\nnom = \"A\" # le nom\n\n[adresse]\ncommune = \"Lille\"\n# fin d'adresse\n\n# labellisation\n[labellisation] # entête\nannee = 2020\n";
    let out = fmt(text);
    assert_eq!(
        out,
        "# En-tête.\n\n\
         nom = \"A\"  # le nom\n\
         # Le QPV.\n\
         qpv = true  # oui\n\
         \n\
         # labellisation\n\
         [labellisation]  # entête\n\
         annee = 2020\n\
         \n\
         [adresse]\n\
         commune = \"Lille\"\n\
         # fin d'adresse\n"
    );
    assert_eq!(fmt(&out), out);
}

#[test]
fn inline_and_dotted_record_tables_become_sections() {
    let text = "nom = \"A\"\nadresse = { commune = \"Lille\", code_postal = \"59000\" }\nlabellisation.annee = 2020\nactions = [{ statut = \"fait\", categorie = \"fablab\" }, { categorie = \"coworking\", statut = \"fait\" }]\n";
    assert_eq!(
        fmt(text),
        "nom = \"A\"\n\n[labellisation]\nannee = 2020\n\n[adresse]\ncode_postal = \"59000\"\ncommune = \"Lille\"\n\n[[actions]]\ncategorie = \"fablab\"\nstatut = \"fait\"\n\n[[actions]]\ncategorie = \"coworking\"\nstatut = \"fait\"\n"
    );
}

#[test]
fn long_arrays_and_arrays_with_comments_are_folded() {
    let text = "sources = [\"Movilab, « Fabriques de Territoire », tableau Technique\", \"Une autre source assez longue\"]\nreseaux = [ # c\n\"a\", \"b\" ]\n";
    assert_eq!(
        fmt(text),
        "reseaux = [\n  # c\n  \"a\",\n  \"b\",\n]\nsources = [\n  \"Movilab, « Fabriques de Territoire », tableau Technique\",\n  \"Une autre source assez longue\",\n]\n"
    );
    assert_eq!(fmt("reseaux = [\n  \"a\",\n]\n"), "reseaux = [\"a\"]\n");
}

#[test]
fn strings_numbers_and_inline_tables_are_normalised() {
    let text = "nom = 'A'\n[financement]\nannuel = {2022=50_000,2020 = 0x10}\n[validation]\nignorer = [{raison='r',regle=\"x\"}]\n";
    assert_eq!(
        fmt(text),
        "nom = \"A\"\n\n[financement]\nannuel = { 2020 = 16, 2022 = 50000 }\n\n[validation]\nignorer = [{ regle = \"x\", raison = \"r\" }]\n"
    );
    assert_eq!(string("a \"b\""), "'a \"b\"'");
    assert_eq!(string("L'a \"b\""), "\"L'a \\\"b\\\"\"");
}

#[test]
fn trailing_comments_are_aligned_on_consecutive_lines() {
    let text = "[structure_porteuse]\nnom = \"A\"\nforme_juridique = \"association\" # a\ncreation = 2016 # b\n";
    assert_eq!(
        fmt(text),
        "[structure_porteuse]\nnom = \"A\"\nforme_juridique = \"association\"  # a\ncreation = 2016                  # b\n"
    );
}

/// Texts out of the layout, and one in it.
const SAMPLES: &[&str] = &[
    "sources = ['x']\nqpv = true\nnom = \"A\"\n[adresse]\ncommune = \"Lille\"\n",
    "# tête\n\nnom = 'A'  # nom\nadresse = { commune = \"Lille\", code_postal = \"59000\" }\n",
    "[financement]\r\nannuel = { 2020 = 1, # c\r\n  2021 = 2,\r\n}\r\n",
    "nom = \"A\"\n\n[[actions]]\nstatut = \"fait\"\ncategorie = \"fablab\"\n",
];

#[test]
fn a_text_in_the_layout_comes_back_as_it_is() {
    let layout = Layout::new(&Vocabularies::new(&[]));
    for text in SAMPLES {
        let once = fmt(text);
        assert_eq!(format(&once, &layout).unwrap(), once, "{text}");
    }
    // The byte order mark goes, even from a text otherwise in the layout.
    let once = fmt(SAMPLES[0]);
    assert_eq!(format(&format!("\u{feff}{once}"), &layout).unwrap(), once);
}

#[test]
fn a_generated_text_gets_the_layout_format_gives_it() {
    let layout = Layout::new(&Vocabularies::new(&[]));
    for text in SAMPLES {
        assert_eq!(format_generated(text, &layout).unwrap(), fmt(text), "{text}");
    }
    assert!(matches!(
        format_generated("nom = \n", &layout),
        Err(FormatError::Syntax(_))
    ));
}

#[test]
fn a_syntax_error_is_reported_not_formatted() {
    let layout = Layout::new(&Vocabularies::new(&[]));
    assert!(matches!(format("nom = \n", &layout), Err(FormatError::Syntax(_))));
}

#[test]
fn the_lexical_scan_skips_strings() {
    assert_eq!(
        comments("a = \"# no\" # yes\nb = '''\n# no\n''' # yes 2 \nc = \"\\\"#\" #3"),
        vec!["# yes", "# yes 2", "#3"]
    );
}

#[test]
fn comments_in_inline_tables_and_crlf_are_kept() {
    let text = "[financement]\r\nannuel = { 2020 = 1, # c\r\n  2021 = 2,\r\n}\r\n";
    let out = fmt(text);
    assert_eq!(out, "[financement]\nannuel = {\n  2020 = 1,  # c\n  2021 = 2,\n}\n");
}

#[test]
fn regression_many_sections_keep_their_comments_in_order() {
    // fmt was quadratic in the number of sections (40,000 [[actions]]:
    // 16 s); here, correctness on a large-ish file (speed: scripts/bench-hostile).
    let mut text = String::from("nom = \"A\"\n");
    for i in 0..5000 {
        text.push_str(&format!(
            "\n# action {i}\n[[actions]]\nstatut = \"fait\"  # vu {i}\ncategorie = \"fablab\"\n# fin {i}\n"
        ));
    }
    let out = fmt(&text);
    assert_eq!(out.matches("[[actions]]").count(), 5000);
    let mut from = 0;
    for i in 0..5000 {
        for mark in [
            format!("# action {i}\n[[actions]]"),
            format!("# vu {i}\n"),
            format!("# fin {i}\n"),
        ] {
            let at = out[from..]
                .find(&mark)
                .unwrap_or_else(|| panic!("{mark:?} after byte {from}"));
            from += at;
        }
    }
}
