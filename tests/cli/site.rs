//! `site`: the website as the command writes it — its pages, its
//! downloads (the export commands' own bytes), the same bytes from the
//! same register, the `[site]` settings, a folder that is not a site left
//! alone, and the real register's site. What the pages say is tested in
//! `src/site/tests.rs`; how they behave in a browser, by
//! `scripts/site-e2e`.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use crate::{fabriques, movilab, root, run, run_raw};

/// Every file of a site: path relative to it → bytes.
fn files(site: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(site)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(site).unwrap().to_string_lossy().into_owned();
            (rel, fs::read(e.path()).unwrap())
        })
        .collect()
}

/// A copy of the Movilab register, to add settings to.
fn movilab_copy(dir: &Path, settings: &str) {
    fs::create_dir_all(dir.join("data")).unwrap();
    for e in fs::read_dir(movilab().join("data")).unwrap() {
        let e = e.unwrap();
        fs::copy(e.path(), dir.join("data").join(e.file_name())).unwrap();
    }
    let toml = fs::read_to_string(movilab().join("fabriques.toml")).unwrap();
    fs::write(dir.join("fabriques.toml"), format!("{toml}\n{settings}")).unwrap();
}

#[test]
fn site_writes_a_page_per_fabrique_and_the_exports_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    let (code, out, err) = run(fabriques(&movilab()).arg("site").arg("-o").arg(&site));
    assert_eq!(code, 0, "{err}");
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("3 pages de fabriques"), "{err}");
    let written = files(&site);
    for page in [
        "index.html",
        "technique/index.html",
        "actions/index.html",
        "reseau/index.html",
        "statistiques/index.html",
        "fabriques/lab01/index.html",
        "fabriques/la-dynamo/index.html",
        "fabriques/monscobar/index.html",
    ] {
        assert!(written.contains_key(page), "{page} missing");
    }
    // The downloads are what `fabriques export` writes.
    for (file, flag) in [
        ("fabriques.csv", "--csv"),
        ("fabriques.geojson", "--geojson"),
        ("fabriques.json", "--json"),
    ] {
        let (code, exported, _) = run_raw(fabriques(&movilab()).args(["export", flag]));
        assert_eq!(code, 0);
        let offered = String::from_utf8(written[&format!("telechargements/{file}")].clone()).unwrap();
        assert_eq!(offered, exported, "{file}");
        let home = String::from_utf8(written["index.html"].clone()).unwrap();
        assert!(
            home.contains(&format!("href=\"telechargements/{file}\"")),
            "{file} not linked"
        );
    }
    // The workbook too (written to a file: it is binary), first in the list.
    let xlsx = dir.path().join("export.xlsx");
    let (code, _, err) = run(fabriques(&movilab()).args(["export", "--xlsx", "-o"]).arg(&xlsx));
    assert_eq!(code, 0, "{err}");
    assert_eq!(written["telechargements/fabriques.xlsx"], fs::read(&xlsx).unwrap());
    let home = String::from_utf8(written["index.html"].clone()).unwrap();
    let first = ["xlsx", "csv", "geojson", "json"].map(|e| home.find(&format!("telechargements/fabriques.{e}\"")));
    assert!(first.iter().all(Option::is_some), "{first:?}");
    assert!(first.windows(2).all(|w| w[0] < w[1]), "{first:?}");
}

#[test]
fn site_gives_the_same_bytes_twice_and_replaces_its_previous_site_whole() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    for site in [&a, &b] {
        let (code, _, err) = run(fabriques(&movilab()).arg("site").arg("-o").arg(site));
        assert_eq!(code, 0, "{err}");
    }
    let first = files(&a);
    assert_eq!(first, files(&b));
    // A stale file of the previous site does not survive a new build.
    fs::write(a.join("fabriques/ancienne.html"), "old").unwrap();
    let (code, _, err) = run(fabriques(&movilab()).arg("site").arg("-o").arg(&a));
    assert_eq!(code, 0, "{err}");
    assert_eq!(files(&a), first);
    // Nothing of the build is left beside the site.
    let beside: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(beside.len(), 2, "{beside:?}");
}

#[test]
fn site_never_replaces_a_folder_that_is_not_a_site() {
    let dir = tempfile::tempdir().unwrap();
    let mine = dir.path().join("mes-documents");
    fs::create_dir(&mine).unwrap();
    fs::write(mine.join("notes.txt"), "à garder").unwrap();
    let (code, _, err) = run(fabriques(&movilab()).arg("site").arg("-o").arg(&mine));
    assert_eq!(code, 2, "{err}");
    assert!(err.starts_with("fabriques : erreur : "), "{err}");
    assert_eq!(fs::read_to_string(mine.join("notes.txt")).unwrap(), "à garder");
    assert_eq!(fs::read_dir(&mine).unwrap().count(), 1);
}

#[test]
fn site_settings_give_the_title_and_the_correction_link_the_options_override_them() {
    let dir = tempfile::tempdir().unwrap();
    movilab_copy(
        dir.path(),
        "[site]\ntitre = \"Registre des Hauts\"\ndepot = \"https://gitlab.example.org/reseau/registre\"\nbranche = \"publie\"\n",
    );
    let (code, _, err) = run(fabriques(dir.path()).args(["site", "-o", "web"]));
    assert_eq!(code, 0, "{err}");
    let page = fs::read_to_string(dir.path().join("web/fabriques/lab01/index.html")).unwrap();
    assert!(
        page.contains("href=\"https://gitlab.example.org/reseau/registre/-/edit/publie/data/lab01.toml\""),
        "{page}"
    );
    assert!(page.contains("<title>LAB01 — Registre des Hauts</title>"), "{page}");
    let (code, _, err) = run(fabriques(dir.path()).args([
        "site",
        "-o",
        "web",
        "--depot",
        "https://github.com/org/autre",
        "--titre",
        "Autre titre",
    ]));
    assert_eq!(code, 0, "{err}");
    let page = fs::read_to_string(dir.path().join("web/fabriques/lab01/index.html")).unwrap();
    assert!(
        page.contains("href=\"https://github.com/org/autre/edit/publie/data/lab01.toml\""),
        "{page}"
    );
    assert!(page.contains("<title>LAB01 — Autre titre</title>"), "{page}");
    assert!(!page.contains("Registre des Hauts"), "{page}");
    // Without a repository, no correction link.
    let (code, _, err) = run(fabriques(&movilab()).arg("site").arg("-o").arg(dir.path().join("sans")));
    assert_eq!(code, 0, "{err}");
    let page = fs::read_to_string(dir.path().join("sans/fabriques/lab01/index.html")).unwrap();
    assert!(!page.contains("/edit/"), "{page}");
}

#[test]
fn site_setting_mistakes_are_located_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    movilab_copy(dir.path(), "[site]\ndepot = \"ftp://example.org/registre\"\n");
    let (code, _, err) = run(fabriques(dir.path()).args(["site", "-o", "web"]));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("fabriques.toml:"), "{err}");
    assert!(err.contains("ftp://example.org/registre"), "{err}");
    assert!(!dir.path().join("web").exists());
    let (code, _, err) = run(fabriques(&movilab())
        .args(["site", "--depot", "javascript:alert(1)", "-o"])
        .arg(dir.path().join("web")));
    assert_eq!(code, 2, "{err}");
    assert!(!dir.path().join("web").exists());
}

#[test]
fn site_speaks_english_with_lang_en() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    let (code, _, err) = run(fabriques(&movilab()).args(["--lang", "en", "site", "-o"]).arg(&site));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("3 fabrique pages"), "{err}");
    let home = fs::read_to_string(site.join("index.html")).unwrap();
    assert!(home.contains("<html lang=\"en\">"), "{home}");
    assert!(home.contains("Download the data"), "{home}");
    assert!(!home.contains("Télécharger"), "{home}");
}

/// The real register's site: one page per record, and the home page's
/// figures are those of `fabriques list` (counted by another command).
#[test]
fn site_of_the_real_register() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    let (code, _, err) = run(fabriques(&root()).arg("site").arg("-o").arg(&site));
    assert_eq!(code, 0, "{err}");
    let records = fs::read_dir(root().join("data"))
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "toml"))
        .count();
    let pages = fs::read_dir(site.join("fabriques")).unwrap().count();
    assert_eq!(pages, records);
    let home = fs::read_to_string(site.join("index.html")).unwrap();
    let count = |args: &[&str]| {
        let (_, out, _) = run(fabriques(&root()).arg("list").args(args).arg("--count"));
        out.trim().to_string()
    };
    let in_qpv = count(&["--qpv"]);
    let qpv_unknown = count(&["--qpv", "inconnu"]);
    assert!(
        home.contains(&format!(
            "<span class=\"figure-value\">{in_qpv}</span> <span class=\"figure-label\">en QPV</span>"
        )),
        "{in_qpv}"
    );
    assert!(
        home.contains(&format!("non renseigné pour {qpv_unknown}\u{a0}fiches"))
            || home.contains(&format!("non renseigné pour {qpv_unknown} fiches")),
        "{qpv_unknown}"
    );
}
