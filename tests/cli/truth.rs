//! Exports that tell the truth (issue 13): what each format leaves out or
//! blanks is said with the ids, `--strict` fails on it; closed places;
//! the médiation numérique export's dates, formulas and invalid records;
//! GeoJSON labels and links; JSON's derived INSEE code and version; `-o -`;
//! the xlsx workbook read back with calamine; decimals with `;`; the
//! Movilab tables read back by pandoc.

use std::fs;
use std::path::{Path, PathBuf};

use crate::{fabriques, root, run};

/// A register in a temporary folder: the export fixture's settings and
/// its `numerique-essai` record, plus `records` (id, TOML text).
fn register(records: &[(&str, String)]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    fs::create_dir(&data).unwrap();
    fs::copy(
        root().join("tests/fixtures/export/fabriques.toml"),
        dir.path().join("fabriques.toml"),
    )
    .unwrap();
    fs::write(data.join("numerique-essai.toml"), essai()).unwrap();
    for (id, text) in records {
        fs::write(data.join(format!("{id}.toml")), text).unwrap();
    }
    (dir, data)
}

fn essai() -> String {
    fs::read_to_string(root().join("tests/fixtures/export/data/numerique-essai.toml")).unwrap()
}

fn export(data: &Path, args: &[&str]) -> (i32, String, String) {
    run(fabriques(&root())
        .args(["--data", data.to_str().unwrap(), "export"])
        .args(args))
}

#[test]
fn regression_invalid_values_are_exported_blank_with_a_word_and_strict_fails() {
    let bad = essai().replace("qpv = true", "qpv = \"peut-être\"");
    let (_dir, data) = register(&[("douteuse", bad)]);
    for format in ["--csv", "--json", "--jsonl", "--geojson", "--wikitext", "--markdown"] {
        let (code, _, err) = export(&data, &[format]);
        assert_eq!(code, 0, "{format}: {err}");
        assert!(
            err.contains("1 fiche(s) exportée(s) malgré des erreurs, leurs valeurs invalides laissées vides (lancez `fabriques validate`) : douteuse"),
            "{format}: {err}"
        );
        let (code, _, err) = export(&data, &[format, "--strict"]);
        assert_eq!(code, 1, "{format}: {err}");
        assert!(err.contains("--strict : 1 fiche(s)"), "{err}");
    }
}

#[test]
fn regression_a_record_filtered_out_by_its_own_errors_is_named() {
    // A wrong postal code: no département, so `--region` cannot select it.
    let bad = essai().replace("code_postal = \"73000\"", "code_postal = \"7300\"");
    let bad = bad.replace("commune = \"Chambéry\"", "commune = \"Chambérie\"");
    let (_dir, data) = register(&[("perdue", bad)]);
    let (code, out, err) = export(&data, &["--csv", "--colonnes", "id", "--region", "84"]);
    assert_eq!((code, out.as_str()), (0, "id\nnumerique-essai\n"), "{err}");
    assert!(err.contains("non retenue(s) par les filtres"), "{err}");
    assert!(err.contains(": perdue"), "{err}");
    assert_eq!(export(&data, &["--csv", "--region", "84", "--strict"]).0, 1);
}

fn closed() -> String {
    essai().replace(
        "nom = \"Fabrique numérique d'essai\"",
        "nom = \"Lieu fermé\"\nstatut = \"fermee\"",
    )
}

#[test]
fn closed_places_are_left_off_the_map_and_the_mednum_export_unless_kept() {
    let (_dir, data) = register(&[("fermee", closed())]);
    let (code, out, err) = export(&data, &["--geojson"]);
    assert_eq!(code, 0);
    let map: serde_json::Value = serde_json::from_str(&out).unwrap();
    let ids: Vec<&str> = map["features"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["properties"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["numerique-essai"]);
    assert!(
        err.contains("1 fabrique(s) fermée(s) laissée(s) de côté (--avec-fermees pour les garder) : fermee"),
        "{err}"
    );
    // A choice of the format, not a defect: --strict does not fail on it.
    assert_eq!(export(&data, &["--geojson", "--strict"]).0, 0);
    let (_, out, _) = export(&data, &["--geojson", "--avec-fermees"]);
    let map: serde_json::Value = serde_json::from_str(&out).unwrap();
    let feature = &map["features"][0];
    assert_eq!(feature["properties"]["statut"], "fermee");
    assert!(feature["properties"]["description"]
        .as_str()
        .unwrap()
        .contains("*Fermée*"));

    let mednum = |extra: &[&str]| {
        let mut args = vec!["--mediation-numerique", "--date-maj", "2026-11-21"];
        args.extend_from_slice(extra);
        export(&data, &args)
    };
    let (_, out, err) = mednum(&[]);
    assert_eq!(out.lines().count(), 2, "{out}");
    assert!(err.contains("fermée(s) laissée(s) de côté"), "{err}");
    let (_, out, _) = mednum(&["--avec-fermees"]);
    let row = out.lines().find(|l| l.starts_with("fermee,")).unwrap();
    assert!(row.contains(",Lieu fermé.,"), "{row}");
    // Every other format carries the status.
    let (_, out, _) = export(&data, &["--csv", "--colonnes", "id,statut"]);
    assert!(out.contains("fermee,fermee\n"), "{out}");
    let (_, out, _) = export(&data, &["--wikitext"]);
    assert!(out.contains("| Lieu fermé (Fermée) ||"), "{out}");
}

#[test]
fn mediation_numerique_neutralises_formulas_and_refuses_invalid_records_and_dates() {
    let formula = essai().replace(
        "nom = \"Fabrique numérique d'essai\"",
        "nom = \"=HYPERLINK(\\\"http://x.invalid\\\")\"",
    );
    let bad_siret = essai().replace("12345678900007", "12345678900008");
    let (_dir, data) = register(&[("formule", formula), ("siret-faux", bad_siret)]);
    let (code, out, err) = export(&data, &["--mediation-numerique", "--date-maj", "2026-11-21"]);
    assert_eq!(code, 0);
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let formule = rows.iter().find(|r| &r[0] == "formule").unwrap();
    assert_eq!(&formule[2], "'=HYPERLINK(\"http://x.invalid\")");
    assert!(rows.iter().all(|r| &r[0] != "siret-faux"));
    assert!(
        err.contains(
            "1 fiche(s) non exportée(s) parce qu'elles ont des erreurs (lancez `fabriques validate`) : siret-faux"
        ),
        "{err}"
    );
    for date in ["2026-02-30", "2025-02-29", "2026-04-31"] {
        let (code, _, err) = export(&data, &["--mediation-numerique", "--date-maj", date]);
        assert_eq!(code, 2, "{date}");
        assert!(err.contains("n'est pas une date du calendrier"), "{err}");
    }
}

#[test]
fn geojson_descriptions_show_labels_and_a_website_when_there_is_no_movilab_page() {
    let site_only = essai()
        .replace(
            "page_movilab = \"https://movilab.org/wiki/Fabrique_d_essai\"",
            "site_web = \"https://lieu.example\"",
        )
        .replace("categorie = \"fablab\"", "categorie = \"living_lab\"");
    let (_dir, data) = register(&[("site", site_only)]);
    let (_, out, _) = export(&data, &["--geojson"]);
    let map: serde_json::Value = serde_json::from_str(&out).unwrap();
    let site = map["features"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["properties"]["id"] == "site")
        .unwrap();
    let description = site["properties"]["description"].as_str().unwrap();
    assert!(description.contains("Living lab"), "{description}");
    assert!(!description.contains("living_lab"), "{description}");
    assert!(!description.contains("inclusion_numerique"), "{description}");
    assert!(
        description.contains("[[https://lieu.example|Site web]]"),
        "{description}"
    );
}

#[test]
fn json_derives_the_insee_code_and_says_its_version() {
    let (_dir, data) = register(&[]);
    for format in ["--json", "--jsonl"] {
        let (_, out, _) = export(&data, &[format]);
        let record: serde_json::Value = if format == "--json" {
            serde_json::from_str::<serde_json::Value>(&out).unwrap()[0].clone()
        } else {
            serde_json::from_str(out.lines().next().unwrap()).unwrap()
        };
        // The record gives a postal code and a name, no INSEE code.
        assert_eq!(record["adresse"]["code_insee"], serde_json::Value::Null);
        assert_eq!(record["code_insee"], "73065", "{format}");
        assert_eq!(record["version"], 1, "{format}");
    }
}

#[test]
fn output_dash_is_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = run(fabriques(dir.path()).args([
        "--data",
        root().join("tests/fixtures/movilab/data").to_str().unwrap(),
        "export",
        "--csv",
        "-o",
        "-",
    ]));
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("id,nom,"), "{out}");
    assert!(!dir.path().join("-").exists());
    assert!(!err.contains("exportée(s) dans"), "{err}");
}

#[test]
fn a_semicolon_delimiter_writes_decimal_commas_that_import_reads_back() {
    let (_dir, data) = register(&[]);
    let cols = "id,latitude,longitude,code_postal";
    let (_, out, _) = export(&data, &["--csv", "--delimiter", ";", "--colonnes", cols]);
    assert_eq!(
        out,
        "id;latitude;longitude;code_postal\nnumerique-essai;45,5646;5,9178;73000\n"
    );
    let (_, out, _) = export(&data, &["--csv", "--colonnes", cols]);
    assert_eq!(
        out,
        "id,latitude,longitude,code_postal\nnumerique-essai,45.5646,5.9178,73000\n"
    );
    // `import` reads the French CSV back to the same coordinates.
    let (_, full, _) = export(&data, &["--csv", "--delimiter", ";"]);
    let csv_path = data.parent().unwrap().join("fr.csv");
    fs::write(&csv_path, full).unwrap();
    let dest = tempfile::tempdir().unwrap();
    fs::create_dir(dest.path().join("data")).unwrap();
    fs::copy(
        data.parent().unwrap().join("fabriques.toml"),
        dest.path().join("fabriques.toml"),
    )
    .unwrap();
    let (code, _, err) = run(fabriques(dest.path()).args(["import", csv_path.to_str().unwrap()]));
    assert_eq!(code, 0, "{err}");
    let text = fs::read_to_string(dest.path().join("data/numerique-essai.toml")).unwrap();
    assert!(
        text.contains("latitude = 45.5646") && text.contains("longitude = 5.9178"),
        "{text}"
    );
}

#[test]
fn xlsx_keeps_codes_as_text_numbers_as_numbers_and_yes_no() {
    use calamine::{Data, Reader, Xlsx};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fabriques.xlsx");
    let (code, out, err) = run(fabriques(&root()).args([
        "--data",
        "tests/fixtures/movilab/data",
        "export",
        "--xlsx",
        "-o",
        path.to_str().unwrap(),
    ]));
    assert_eq!((code, out.as_str()), (0, ""), "{err}");
    let mut book: Xlsx<_> = calamine::open_workbook(&path).unwrap();
    let sheet = book.worksheet_range("Fabriques").unwrap();
    let rows: Vec<&[Data]> = sheet.rows().collect();
    let header: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let lab01 = rows.iter().find(|r| r[0] == Data::String("lab01".into())).unwrap();
    assert_eq!(lab01[col("code_postal")], Data::String("01500".into()));
    assert_eq!(lab01[col("code_insee")], Data::String("01004".into()));
    assert_eq!(lab01[col("departement")], Data::String("01".into()));
    assert_eq!(lab01[col("qpv")], Data::String("oui".into()));
    assert_eq!(lab01[col("labellisation")], Data::Float(2019.0));
    assert!(matches!(lab01[col("latitude")], Data::Float(l) if (l - 45.95).abs() < 0.1));
    let dynamo = rows.iter().find(|r| r[0] == Data::String("la-dynamo".into())).unwrap();
    // Unknown is empty, never « non ».
    assert_eq!(dynamo[col("numerique")], Data::Empty);
    let monscobar = rows.iter().find(|r| r[0] == Data::String("monscobar".into())).unwrap();
    assert_eq!(monscobar[col("numerique")], Data::String("non".into()));
    assert_eq!(rows.len(), 4);
    // A workbook is never written to a terminal.
    let (code, _, err) = run(fabriques(&root())
        .args(["--data", "tests/fixtures/movilab/data", "export", "--xlsx"])
        .terminal(true));
    assert_eq!(code, 2);
    assert!(err.contains("-o FICHIER.xlsx"), "{err}");
}

#[test]
fn xlsx_is_the_same_bytes_for_the_same_register_and_day() {
    // The workbook's creation date is the export's day, not the clock's
    // second: two exports a moment apart are identical (a site rebuilt is
    // diff-friendly), and the date written is today's (pinned here).
    let dir = tempfile::tempdir().unwrap();
    let export = |name: &str| {
        let path = dir.path().join(name);
        let (code, _, err) = run(fabriques(&root())
            .args(["--data", "tests/fixtures/movilab/data", "export", "--xlsx", "-o"])
            .arg(&path));
        assert_eq!(code, 0, "{err}");
        std::fs::read(path).unwrap()
    };
    let first = export("a.xlsx");
    std::thread::sleep(std::time::Duration::from_millis(1100));
    assert_eq!(first, export("b.xlsx"));
    let core = {
        use std::io::Read;
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(first)).unwrap();
        let mut text = String::new();
        zip.by_name("docProps/core.xml")
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        text
    };
    assert!(core.contains(&format!("{}T00:00:00Z", crate::TODAY)), "{core}");
}

/// Texts that mean something in wikitext or Markdown.
const HOSTILE: &[&str] = &[
    "~~~~ signé __NOTOC__ __TOC__",
    "*étoile* _souligné_ `code` &amp; &lt;",
    "# titre | barre [[lien]] {{modèle}} '''gras''' ''italique''",
    "<b>balise</b> <nowiki>x</nowiki> http://lien.example",
    "=égal; -tiret :deux !point ---- +plus",
];

/// The text of every table cell of a pandoc JSON document, row by row.
fn pandoc_cells(doc: &serde_json::Value) -> Vec<Vec<String>> {
    fn text(v: &serde_json::Value, out: &mut String) {
        match v {
            serde_json::Value::Object(o) => match o.get("t").and_then(|t| t.as_str()) {
                Some("Str") => out.push_str(o["c"].as_str().unwrap()),
                Some("Space" | "SoftBreak" | "LineBreak") => out.push(' '),
                Some("Code") => out.push_str(o["c"][1].as_str().unwrap()),
                _ => o.values().for_each(|x| text(x, out)),
            },
            serde_json::Value::Array(a) => a.iter().for_each(|x| text(x, out)),
            _ => {}
        }
    }
    // Table: [attr, caption, colspecs, head, bodies, foot]; head: [attr,
    // rows]; body: [attr, row head columns, head rows, rows]; row: [attr,
    // cells]; cell: [attr, align, rowspan, colspan, blocks].
    fn row(r: &serde_json::Value) -> Vec<String> {
        r[1].as_array()
            .unwrap()
            .iter()
            .map(|c| {
                let mut s = String::new();
                text(&c[4], &mut s);
                s
            })
            .collect()
    }
    fn walk(v: &serde_json::Value, rows: &mut Vec<Vec<String>>) {
        match v {
            serde_json::Value::Object(o) if o.get("t").and_then(|t| t.as_str()) == Some("Table") => {
                let t = &o["c"];
                rows.extend(t[3][1].as_array().unwrap().iter().map(row));
                for body in t[4].as_array().unwrap() {
                    rows.extend(body[2].as_array().unwrap().iter().map(row));
                    rows.extend(body[3].as_array().unwrap().iter().map(row));
                }
            }
            serde_json::Value::Object(o) => o.values().for_each(|x| walk(x, rows)),
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, rows)),
            _ => {}
        }
    }
    let mut rows = Vec::new();
    walk(doc, &mut rows);
    rows
}

/// Whether pandoc can be run; in CI (`FABRIQUES_PANDOC=1`) it must.
fn pandoc() -> bool {
    let there = std::process::Command::new("pandoc").arg("--version").output().is_ok();
    assert!(
        there || std::env::var_os("FABRIQUES_PANDOC").is_none(),
        "pandoc is required"
    );
    there
}

#[test]
fn movilab_tables_read_back_by_pandoc_give_the_records_texts() {
    if !pandoc() {
        eprintln!("pandoc absent: test skipped");
        return;
    }
    let records: Vec<(String, String)> = HOSTILE
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let text = essai()
                .replace("nom = \"Fabrique numérique d'essai\"", &format!("nom = {h:?}"))
                .replace(
                    "nom = \"Structure d'essai\"",
                    &format!("nom = \"S {i} {}\"", h.replace('"', "")),
                );
            (format!("hostile-{i}"), text)
        })
        .collect();
    let records: Vec<(&str, String)> = records.iter().map(|(i, t)| (i.as_str(), t.clone())).collect();
    let (_dir, data) = register(&records);
    for (flag, reader) in [("--wikitext", "mediawiki"), ("--markdown", "gfm")] {
        let (code, out, err) = export(&data, &[flag]);
        assert_eq!(code, 0, "{err}");
        let mut child = std::process::Command::new("pandoc")
            .args(["-f", reader, "-t", "json"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        child.stdin.take().unwrap().write_all(out.as_bytes()).unwrap();
        let parsed = child.wait_with_output().unwrap();
        let doc: serde_json::Value = serde_json::from_slice(&parsed.stdout).unwrap();
        let rows = pandoc_cells(&doc);
        let squeeze = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        for (i, h) in HOSTILE.iter().enumerate() {
            let row = rows
                .iter()
                .find(|r| r.first().map(|c| squeeze(c)) == Some(squeeze(h)))
                .unwrap_or_else(|| panic!("{flag}: no row named {h:?} in {rows:#?}\n{out}"));
            assert_eq!(
                squeeze(&row[1]),
                squeeze(&format!("S {i} {}", h.replace('"', ""))),
                "{flag}"
            );
        }
        // The headings, as on the Movilab page.
        let flat: Vec<String> = rows.iter().flatten().cloned().collect();
        for heading in [
            "Fabrique",
            "Installé en QPV",
            "Date de labellisation de la fabrique",
            "Ces fabriques font ça",
        ] {
            assert!(flat.iter().any(|c| c.contains(heading)), "{flag}: {heading}");
        }
    }
}
