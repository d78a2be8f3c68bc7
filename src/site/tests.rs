//! Tests of the site generator: what a visitor would be hurt by (escaping,
//! links, the policy), what a maintainer relies on (same model, same
//! bytes; never deleting a user's folder), and what the pages must say
//! (unknown as unknown, one page per fabrique, links both ways).

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use super::html::{esc, safe_url};
use super::*;
use crate::messages::Lang;

const HOSTILE: &str = "<script>alert(1)</script>\" onmouseover=\"alert(2)";

fn coded(code: &str, label: &str) -> Coded {
    Coded::new(code, label)
}

fn fabrique(id: &str, nom: &str) -> SiteFabrique {
    SiteFabrique {
        id: id.into(),
        nom: nom.into(),
        qpv: Some(true),
        numerique: Some(false),
        annee: Some(2020),
        sources: vec!["Movilab, tableau Technique".into()],
        adresse: Address {
            code_postal: Some("59000".into()),
            commune: Some("Lille".into()),
            code_insee: Some("59350".into()),
            ..Address::default()
        },
        departement: Some(coded("59", "Nord")),
        region: Some(coded("32", "Hauts-de-France")),
        point: Some(Point {
            lat: 50.63,
            lon: 3.06,
            precision: Precision::Address,
        }),
        structure: Some(Structure {
            nom: Some("Association du lieu".into()),
            ..Structure::default()
        }),
        criteres: vec![Critere {
            key: "critere-communaute".into(),
            label: "Communauté".into(),
            verdict: Verdict::Met,
            evidence: Some("Une communauté d'habitants fait vivre le lieu.".into()),
        }],
        actions: vec![Action {
            categories: vec![coded("coworking", "Coworking"), coded("mobilite", "Mobilité")],
            sous_action: Some("Réseau de coworkers".into()),
            precision: None,
            statut: Some(coded("fait", "Font ça")),
        }],
        ..SiteFabrique::default()
    }
}

/// A small département outline around Lille, as GeoJSON.
const BASE_MAP: &str = r#"{"type":"FeatureCollection","features":[
 {"type":"Feature","properties":{"insee_dep":"59","lib_dep":"Nord"},
  "geometry":{"type":"Polygon","coordinates":[[[2.5,50.0],[4.2,50.0],[4.2,51.1],[2.5,51.1],[2.5,50.0]]]}},
 {"type":"Feature","properties":{"insee_dep":"974","lib_dep":"La Réunion"},
  "geometry":{"type":"MultiPolygon","coordinates":[[[[55.2,-21.4],[55.85,-21.4],[55.85,-20.85],[55.2,-20.85],[55.2,-21.4]]]]}}
]}"#;

fn model() -> SiteModel {
    let mut hostile = fabrique("hostile", HOSTILE);
    hostile.site_web = Some("javascript:alert(3)".into());
    hostile.adresse.voie = Some("<img src=x onerror=alert(4)>".into());
    hostile.sources = vec!["</li><script>alert(5)</script>".into()];
    hostile.liens = vec![Lien {
        fabrique: "la-dynamo".into(),
        kind: coded("visite", "Visite"),
        date: Some("2021-03-04".into()),
        note: Some("<b>note</b>".into()),
    }];
    let mut dynamo = fabrique("la-dynamo", "La Dynamo");
    dynamo.qpv = None;
    dynamo.numerique = None;
    dynamo.annee = None;
    dynamo.structure = None;
    dynamo.site_web = Some("https://la-dynamo.example/a b\"c".into());
    dynamo.point = Some(Point {
        lat: 50.3,
        lon: 3.5,
        precision: Precision::CommuneCentre,
    });
    let mut sans_point = fabrique("sans-point", "Sans point");
    sans_point.point = None;
    sans_point.qpv = Some(false);
    SiteModel {
        options: SiteOptions {
            lang: Lang::Fr,
            title: "Fabriques de Territoire".into(),
            forge_url: Some("https://forge.example/registre/blob/main".into()),
            ..SiteOptions::default()
        },
        // Not in id order: the generator sorts.
        fabriques: vec![sans_point, hostile, dynamo],
        programme: vec![Figure {
            key: "fabriques".into(),
            label: "fabriques labellisées".into(),
            value: 3,
            target: Some((300, false)),
            unknown: Some(1),
        }],
        unknowns: vec![Figure {
            key: "qpv".into(),
            label: "QPV".into(),
            value: 1,
            target: None,
            unknown: None,
        }],
        vocab: Vocab {
            categories: vec![coded("coworking", "Coworking"), coded("mobilite", "Mobilité")],
            action_statuses: vec![
                coded("fait", "Font ça"),
                coded("commence", "Ont commencé"),
                coded("envisage", "Veulent le faire"),
            ],
            statuts: vec![coded("en_activite", "En activité")],
        },
        base_map: Some(BaseMap {
            geojson: BASE_MAP.into(),
            attribution: "test".into(),
        }),
        downloads: vec![Download {
            file: "fabriques.csv".into(),
            label: "CSV".into(),
            bytes: b"id,nom\n".to_vec(),
        }],
    }
}

/// The model of the register whose records are in `data`, read as
/// `fabriques site` reads it.
fn read_model(data: &Path, options: SiteOptions) -> SiteModel {
    let config = crate::config::Config::resolve(Some(data), None, Lang::Fr, None).unwrap();
    let cx = crate::context::Context {
        config,
        lang: Lang::Fr,
        terminal: false,
        width: None,
        color: false,
        today: crate::today::resolve(None),
        command: crate::command_in,
        stdin: crate::context::Input::default(),
    };
    let entries = crate::register::entries(&cx).unwrap();
    from_register::model(&cx.config, &entries, options)
}

/// Every file of a built site: relative path → bytes.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap().to_string_lossy().into_owned();
            (rel, fs::read(e.path()).unwrap())
        })
        .collect()
}

fn built(model: &SiteModel) -> (tempfile::TempDir, BTreeMap<String, String>) {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    build(model, &out).unwrap();
    let texts = files(&out)
        .into_iter()
        .filter(|(p, _)| p.ends_with(".html") || p.ends_with(".js") || p.ends_with(".svg"))
        .map(|(p, b)| (p, String::from_utf8(b).unwrap()))
        .collect();
    (tmp, texts)
}

fn html_pages(texts: &BTreeMap<String, String>) -> impl Iterator<Item = (&String, &String)> {
    texts.iter().filter(|(p, _)| p.ends_with(".html"))
}

#[test]
fn escaping_covers_markup_and_both_quotes() {
    assert_eq!(
        esc("<a href=\"x\" title='y'>&</a>").to_string(),
        "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;"
    );
    assert_eq!(esc("Ambérieu — ok").to_string(), "Ambérieu — ok");
}

#[test]
fn hostile_record_texts_never_reach_a_page_as_markup() {
    let (_tmp, texts) = built(&model());
    let page = &texts["fabriques/hostile/index.html"];
    assert!(page.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;alert(2)</h1>"));
    for (path, html) in html_pages(&texts) {
        for raw in [
            "<script>alert",
            "\" onmouseover=\"",
            "<img src=x",
            "<b>note</b>",
            "</li><script>",
        ] {
            assert!(!html.contains(raw), "{path} contains {raw}");
        }
        assert!(
            !html.to_lowercase().contains("href=\"javascript"),
            "{path} links to javascript:"
        );
    }
    // The data file keeps the name as a JSON string, which is not markup.
    let data = texts["data/fabriques.js"]
        .strip_prefix("window.FABRIQUES_SITE = ")
        .unwrap();
    let json: serde_json::Value = serde_json::from_str(data.trim_end().trim_end_matches(';')).unwrap();
    let names: Vec<&str> = json["fabriques"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["nom"].as_str().unwrap())
        .collect();
    assert!(names.contains(&HOSTILE));
}

#[test]
fn only_http_urls_become_links() {
    assert_eq!(safe_url("https://lab01.fr").as_deref(), Some("https://lab01.fr/"));
    assert_eq!(safe_url(" http://a.fr/x y ").as_deref(), Some("http://a.fr/x%20y"));
    for bad in [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:x",
        "/relatif",
        "lab01.fr",
        "mailto:a@b.fr",
        "",
    ] {
        assert_eq!(safe_url(bad), None, "{bad}");
    }
    let (_tmp, texts) = built(&model());
    let dynamo = &texts["fabriques/la-dynamo/index.html"];
    assert!(
        dynamo.contains("href=\"https://la-dynamo.example/a%20b%22c\""),
        "{dynamo}"
    );
    // The hostile site_web is shown as text, without a link.
    let hostile = &texts["fabriques/hostile/index.html"];
    assert!(hostile.contains("<dd>javascript:alert(3)</dd>"));
}

#[test]
fn same_model_gives_same_bytes_whatever_the_order_of_fabriques() {
    let tmp = tempfile::tempdir().unwrap();
    let m = model();
    let mut reversed = model();
    reversed.fabriques.reverse();
    build(&m, &tmp.path().join("a")).unwrap();
    build(&reversed, &tmp.path().join("b")).unwrap();
    build(&m, &tmp.path().join("c")).unwrap();
    let a = files(&tmp.path().join("a"));
    assert!(a.len() > 20);
    assert_eq!(a, files(&tmp.path().join("b")));
    assert_eq!(a, files(&tmp.path().join("c")));
}

#[test]
fn every_page_carries_the_policy_and_no_inline_script_or_style() {
    let (_tmp, texts) = built(&model());
    let mut pages = 0;
    for (path, html) in html_pages(&texts) {
        pages += 1;
        assert!(
            html.contains(
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; script-src &#39;self&#39;; style-src &#39;self&#39;; img-src &#39;self&#39;;"
            ),
            "{path}"
        );
        assert!(!html.contains("https://tile"), "{path}");
        assert!(!html.contains(" style=\""), "{path} has a style attribute");
        for (i, _) in html.match_indices("<script") {
            let tag = &html[i..i + html[i..].find('>').unwrap()];
            assert!(
                tag.contains(" src=\"") || tag.contains("type=\"application/json\""),
                "{path}: inline script {tag}"
            );
        }
        // Record texts have their `<` escaped, so every raw `<` opens a
        // real tag: none may carry an event handler attribute.
        for tag in html.split('<').skip(1) {
            let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
            let unquoted: String = tag.split('"').step_by(2).collect::<Vec<_>>().join(" ");
            let lower = unquoted.to_lowercase();
            assert!(
                !lower.split_whitespace().any(|w| w.starts_with("on") && w.contains('=')),
                "{path}: event handler in <{tag}>"
            );
        }
    }
    assert!(pages >= 8, "{pages}");
    let mut with_osm = model();
    with_osm.options.osm_tiles = true;
    let (_tmp, texts) = built(&with_osm);
    assert!(texts["index.html"].contains("img-src &#39;self&#39; https://tile.openstreetmap.org;"));
}

#[test]
fn unknown_facts_show_as_unknown_never_as_no() {
    let (_tmp, texts) = built(&model());
    let page = &texts["fabriques/la-dynamo/index.html"];
    let unknown = "<span class=\"unknown\">non renseigné</span>";
    for label in ["Installée en QPV", "Fabrique numérique", "Année de labellisation"] {
        assert!(
            page.contains(&format!("<dt>{label}</dt><dd>{unknown}</dd>")),
            "{label} in {page}"
        );
    }
    assert!(page.contains(&format!("id=\"structure\">Structure porteuse</h2>\n<p>{unknown}</p>")));
    assert!(page.contains("QPV\u{a0}: non renseigné"));
    assert!(page.contains("au centre de la commune (l&#39;adresse n&#39;est pas connue)"));
    // A known « no » stays « non ».
    let sans_point = &texts["fabriques/sans-point/index.html"];
    assert!(sans_point.contains("<dt>Installée en QPV</dt><dd>non</dd>"));
    assert!(sans_point.contains("Pas de point sur la carte"));
    // The Technique table too.
    let technique = &texts["technique/index.html"];
    let row = technique.split("La Dynamo</a></th>").nth(1).unwrap();
    let row = &row[..row.find("</tr>").unwrap()];
    assert_eq!(row.matches(unknown).count(), 5, "{row}");
}

#[test]
fn one_page_per_valid_id_and_none_for_a_bad_or_repeated_id() {
    let mut m = model();
    m.fabriques.push(fabrique("../evil", "Evil"));
    m.fabriques.push(fabrique("Bad Id", "Bad"));
    m.fabriques.push(fabrique("la-dynamo", "Doublon"));
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let summary = build(&m, &out).unwrap();
    assert_eq!(summary.pages, 3);
    assert_eq!(summary.without_page, ["../evil", "Bad Id", "la-dynamo"]);
    for id in ["hostile", "la-dynamo", "sans-point"] {
        assert!(out.join("fabriques").join(id).join("index.html").is_file(), "{id}");
    }
    assert!(!tmp.path().join("evil").exists());
    let names: Vec<String> = fs::read_dir(out.join("fabriques"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 3, "{names:?}");
    let dynamo = fs::read_to_string(out.join("fabriques/la-dynamo/index.html")).unwrap();
    assert!(dynamo.contains("<h1>La Dynamo</h1>"));
    assert_eq!(summary.files, files(&out).len());
}

#[test]
fn links_show_on_both_pages_and_in_the_network() {
    let (_tmp, texts) = built(&model());
    let dynamo = &texts["fabriques/la-dynamo/index.html"];
    let incoming = dynamo.split("Depuis d'autres fabriques").nth(1).unwrap();
    assert!(
        incoming.contains("href=\"../../fabriques/hostile/index.html\""),
        "{incoming}"
    );
    assert!(incoming.contains("(2021-03-04)"));
    let hostile = &texts["fabriques/hostile/index.html"];
    let outgoing = hostile.split("Vers d'autres fabriques").nth(1).unwrap();
    assert!(outgoing.contains("href=\"../../fabriques/la-dynamo/index.html\">La Dynamo</a>"));
    let network = &texts["reseau/index.html"];
    assert!(network.contains("<svg class=\"network\""));
    assert_eq!(network.matches("marker-end=").count(), 1);
}

#[test]
fn an_action_under_two_categories_is_one_row() {
    let (_tmp, texts) = built(&model());
    let actions = &texts["actions/index.html"];
    assert_eq!(actions.matches(">Coworking, mobilité</th>").count(), 1);
    assert!(!actions.contains(">Mobilité</th>"));
    assert!(actions.contains("<th scope=\"col\" data-col=\"2\">Ces fabriques font ça</th>"));
}

#[test]
fn correction_link_points_to_the_record_on_the_forge() {
    let mut m = model();
    m.fabriques[2].file = Some("data/nord/la dynamo.toml".into());
    let (_tmp, texts) = built(&m);
    assert!(texts["fabriques/la-dynamo/index.html"]
        .contains("href=\"https://forge.example/registre/blob/main/data/nord/la%20dynamo.toml\""));
    assert!(texts["fabriques/hostile/index.html"]
        .contains("href=\"https://forge.example/registre/blob/main/data/hostile.toml\""));
    let mut no_forge = model();
    no_forge.options.forge_url = None;
    let (_tmp, texts) = built(&no_forge);
    assert!(!texts["fabriques/hostile/index.html"].contains("Proposer une correction"));
    let mut bad_forge = model();
    bad_forge.options.forge_url = Some("javascript:alert(1)//".into());
    let (_tmp, texts) = built(&bad_forge);
    assert!(!texts["fabriques/hostile/index.html"].contains("Proposer une correction"));
}

#[test]
fn a_folder_that_is_not_a_site_is_never_replaced() {
    let tmp = tempfile::tempdir().unwrap();
    let precious = tmp.path().join("Documents");
    fs::create_dir(&precious).unwrap();
    fs::write(precious.join("thèse.odt"), b"years of work").unwrap();
    let err = build(&model(), &precious).unwrap_err().to_string();
    assert!(err.contains("ni vide ni un site"), "{err}");
    assert_eq!(fs::read(precious.join("thèse.odt")).unwrap(), b"years of work");
    assert_eq!(fs::read_dir(tmp.path()).unwrap().count(), 1, "no temporary folder left");
    let file = tmp.path().join("file");
    fs::write(&file, b"x").unwrap();
    assert!(build(&model(), &file).is_err());
    assert_eq!(fs::read(&file).unwrap(), b"x");
}

#[test]
fn a_previous_site_is_replaced_whole() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    fs::create_dir(&out).unwrap(); // empty: accepted
    build(&model(), &out).unwrap();
    assert!(out.join(MARKER).is_file());
    assert!(out.join("fabriques/sans-point/index.html").is_file());
    let mut smaller = model();
    smaller.fabriques.retain(|f| f.id != "sans-point");
    build(&smaller, &out).unwrap();
    assert!(!out.join("fabriques/sans-point").exists());
    assert!(out.join("fabriques/la-dynamo/index.html").is_file());
    let left: Vec<String> = fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(left, ["site"]);
}

#[test]
fn downloads_are_written_as_given_and_badly_named_ones_refused() {
    let (tmp, _) = built(&model());
    assert_eq!(
        fs::read(tmp.path().join("site/telechargements/fabriques.csv")).unwrap(),
        b"id,nom\n"
    );
    for bad in ["../x.csv", "a/b.csv", ".cache", "", "é.csv"] {
        let mut m = model();
        m.downloads[0].file = bad.into();
        let tmp = tempfile::tempdir().unwrap();
        assert!(build(&m, &tmp.path().join("s")).is_err(), "{bad}");
        assert!(!tmp.path().join("s").exists());
    }
    let mut twice = model();
    twice.downloads.push(twice.downloads[0].clone());
    assert!(build(&twice, &tempfile::tempdir().unwrap().path().join("s")).is_err());
}

#[test]
fn english_site_speaks_english() {
    let mut m = model();
    m.options.lang = Lang::En;
    let (_tmp, texts) = built(&m);
    let page = &texts["fabriques/la-dynamo/index.html"];
    assert!(page.contains("<html lang=\"en\">"));
    assert!(page.contains("<span class=\"unknown\">not recorded</span>"));
    assert!(!page.contains("non renseigné"));
    assert!(texts["index.html"].contains("Map and list of the fabriques"));
}

#[test]
fn data_file_holds_every_fabrique_and_its_kind_of_point() {
    let (_tmp, texts) = built(&model());
    let data = texts["data/fabriques.js"]
        .strip_prefix("window.FABRIQUES_SITE = ")
        .unwrap();
    let json: serde_json::Value = serde_json::from_str(data.trim_end().trim_end_matches(';')).unwrap();
    let f = json["fabriques"].as_array().unwrap();
    let ids: Vec<&str> = f.iter().map(|x| x["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["hostile", "la-dynamo", "sans-point"]);
    assert_eq!(f[0]["pt"], serde_json::json!([50.63, 3.06, 1]));
    assert_eq!(f[1]["pt"], serde_json::json!([50.3, 3.5, 0]));
    assert!(f[2]["pt"].is_null());
    assert!(f[1]["qpv"].is_null());
    assert_eq!(f[2]["qpv"], serde_json::json!(false));
    assert_eq!(f[0]["p"], 1);
}

#[test]
fn base_map_is_read_and_drawn() {
    let outlines = basemap::Outlines::parse(BASE_MAP).unwrap();
    assert_eq!(outlines.list.len(), 2);
    assert_eq!(outlines.get("974").unwrap().nom, "La Réunion");
    let web: serde_json::Value = serde_json::from_str(&outlines.web_geojson()).unwrap();
    assert_eq!(web["features"][0]["properties"]["code"], "59");
    let corner = &web["features"][0]["geometry"]["coordinates"][0][0][1];
    assert_eq!((corner[0].as_f64(), corner[1].as_f64()), (Some(4.2), Some(50.0)));
    assert!(basemap::Outlines::parse("{\"type\":\"Feature\"}").is_err());
    assert!(basemap::Outlines::parse("not json").is_err());
    let (_tmp, texts) = built(&model());
    assert!(texts["assets/departements/59.svg"].starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    // The small map of a fabrique: its point over the département's drawing.
    let page = &texts["fabriques/la-dynamo/index.html"];
    assert!(page.contains("<image href=\"../../assets/departements/59.svg\""));
    assert!(page.contains("stroke-dasharray=\"4 3\""), "commune centre drawn apart");
    // Overseas départements are reachable from the home map.
    assert!(texts["index.html"].contains("data-territoire=\"974\">La Réunion</button>"));
    let mut bad = model();
    bad.base_map.as_mut().unwrap().geojson = "[".into();
    assert!(build(&bad, &tempfile::tempdir().unwrap().path().join("s")).is_err());
}

#[test]
fn technique_table_is_paged_for_large_registers() {
    let mut m = model();
    m.base_map = None;
    m.fabriques = (0..2_345)
        .map(|i| fabrique(&format!("f-{i:05}"), &format!("F {i}")))
        .collect();
    let (_tmp, texts) = built(&m);
    assert!(texts.contains_key("technique/index.html"));
    assert!(texts.contains_key("technique/2/index.html"));
    assert!(texts.contains_key("technique/3/index.html"));
    assert!(!texts.contains_key("technique/4/index.html"));
    let last = &texts["technique/3/index.html"];
    assert_eq!(last.matches("<th scope=\"row\">").count(), 345);
    assert!(last.contains("href=\"../../fabriques/f-02344/index.html\""));
    assert!(last.contains("href=\"../../assets/site.css\""));
}

#[test]
fn the_movilab_register_maps_to_the_model() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/movilab");
    let m = read_model(&dir.join("data"), SiteOptions::default());
    let get = |id: &str| m.fabriques.iter().find(|f| f.id == id).unwrap();
    let lab01 = get("lab01");
    assert_eq!(lab01.point.map(|p| p.precision), Some(Precision::Address));
    assert_eq!(lab01.file.as_deref(), Some("data/lab01.toml"));
    assert_eq!(
        lab01.region.as_ref().map(|r| r.label.as_str()),
        Some("Auvergne-Rhône-Alpes")
    );
    assert_eq!(lab01.criteres.len(), 6);
    assert!(lab01.actions.iter().any(|a| a.categories.len() == 2));
    let dynamo = get("la-dynamo");
    assert_eq!(dynamo.numerique, None, "the source does not say");
    // Its point is only Chambéry's centre (from the ANCT's list).
    assert_eq!(dynamo.point.map(|p| p.precision), Some(Precision::CommuneCentre));
    let monscobar = get("monscobar");
    assert_eq!(monscobar.numerique, Some(false));
    assert_eq!(monscobar.description.as_deref(), Some("La Fabrique MONSCOBAR"));
    assert_eq!(m.programme.first().map(|f| f.value), Some(3));
    assert_eq!(m.vocab.action_statuses.len(), 3);
}

#[test]
fn criteria_show_met_unmet_with_what_is_missing_and_unknown_apart() {
    let mut m = model();
    let dynamo = m.fabriques.iter_mut().find(|f| f.id == "la-dynamo").unwrap();
    dynamo.criteres = vec![
        Critere {
            key: "critere-communaute".into(),
            label: "Communauté".into(),
            verdict: Verdict::Met,
            evidence: Some("Des habitants".into()),
        },
        Critere {
            key: "critere-gouvernance".into(),
            label: "Gouvernance".into(),
            verdict: Verdict::Unmet("aucun <b>collège</b> nommé".into()),
            evidence: Some("Un bureau".into()),
        },
        Critere {
            key: "critere-ancrage".into(),
            label: "Ancrage".into(),
            verdict: Verdict::Unknown,
            evidence: None,
        },
    ];
    let (_tmp, texts) = built(&m);
    let page = &texts["fabriques/la-dynamo/index.html"];
    let items: Vec<&str> = page.split("<li class=\"criterion ").skip(1).collect();
    assert_eq!(items.len(), 3, "{page}");
    assert!(items[0].starts_with("met\"") && items[0].contains("✓") && items[0].contains("Des habitants"));
    assert!(
        items[1].starts_with("unmet\"") && items[1].contains("✗"),
        "{}",
        items[1]
    );
    assert!(
        items[1].contains("aucun &lt;b&gt;collège&lt;/b&gt; nommé"),
        "{}",
        items[1]
    );
    assert!(items[1].contains("Un bureau"));
    assert!(
        items[2].starts_with("unknown-verdict\"") && items[2].contains("(inconnu)"),
        "{}",
        items[2]
    );
    assert!(!items[2].contains("✗"));
}
