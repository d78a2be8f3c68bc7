//! Tables on a terminal: every table of the tool fits the terminal's width
//! (40, 80, 120 and 200 columns here), never splitting a word, on the real
//! register of `data/` and on the fixtures; piped, the same commands write
//! plain columns whatever width is set. What a person sees is snapshotted
//! at each width; what must hold for every line is asserted.

use std::path::PathBuf;

use crate::{fabriques, movilab, root, run};

const WIDTHS: [usize; 4] = [40, 80, 120, 200];

/// One command to look at: the register it runs on and its arguments.
struct Shot {
    data: PathBuf,
    args: &'static [&'static str],
}

fn real(args: &'static [&'static str]) -> Shot {
    Shot {
        data: root().join("data"),
        args,
    }
}

fn fixture(dir: &str, args: &'static [&'static str]) -> Shot {
    Shot {
        data: root().join(dir),
        args,
    }
}

/// The tables of the real register (382 records), a selection small
/// enough to read.
fn real_shots() -> Vec<Shot> {
    vec![
        real(&["list", "--departement", "2A,59,974"]),
        real(&["stats"]),
        real(&["criteres", "--departement", "01"]),
        real(&["show", "afev"]),
        real(&["rules"]),
        real(&["vocab", "categories"]),
        real(&["geo", "93066"]),
    ]
}

/// The tables only fixtures have: actions, links, a full card.
fn fixture_shots() -> Vec<Shot> {
    let movilab = movilab().join("data");
    vec![
        Shot {
            data: movilab.clone(),
            args: &["list"],
        },
        Shot {
            data: movilab.clone(),
            args: &["actions"],
        },
        Shot {
            data: movilab.clone(),
            args: &["actions", "--action", "coworking", "--commune", "Lyon"],
        },
        Shot {
            data: movilab,
            args: &["show", "lab01"],
        },
        fixture("tests/fixtures/liens/data", &["liens"]),
        fixture(
            "tests/fixtures/list/data",
            &["list", "--colonnes", "id,nom,region,structure"],
        ),
    ]
}

/// The standard output of `shot` on a terminal `width` wide (or piped).
fn output(shot: &Shot, width: Option<usize>) -> String {
    let mut f = fabriques(&root());
    f.arg("--data").arg(&shot.data).args(shot.args);
    if let Some(w) = width {
        f.columns(w);
    }
    let (code, out, err) = run(&mut f);
    assert_eq!(code, 0, "{:?}: {err}", shot.args);
    out
}

/// Every line fits; nothing is split that a person would read as a word
/// cut in two (a cut word ends with « … »).
fn assert_fits(what: &str, out: &str, width: usize) {
    use unicode_width::UnicodeWidthStr;
    for line in out.lines() {
        assert!(
            line.width() <= width,
            "{what} at {width}: {line:?} is {} wide",
            line.width()
        );
    }
}

fn album(shots: &[Shot], width: usize) -> String {
    let mut album = String::new();
    for shot in shots {
        let out = output(shot, Some(width));
        assert_fits(&shot.args.join(" "), &out, width);
        album.push_str(&format!("$ fabriques {}\n{out}\n", shot.args.join(" ")));
    }
    album
}

#[test]
fn the_real_registers_tables_fit_40_80_120_and_200_columns() {
    let shots = real_shots();
    for width in WIDTHS {
        insta::assert_snapshot!(format!("real_{width}"), album(&shots, width));
    }
}

#[test]
fn the_fixtures_tables_fit_40_80_120_and_200_columns() {
    let shots = fixture_shots();
    for width in WIDTHS {
        insta::assert_snapshot!(format!("fixtures_{width}"), album(&shots, width));
    }
}

#[test]
fn the_whole_register_is_one_line_per_fabrique_at_80_columns() {
    // The issue: 95 lines for 4 records, ids split in the middle.
    let shot = real(&["list"]);
    let out = output(&shot, Some(80));
    assert_fits("list", &out, 80);
    let lines: Vec<&str> = out.lines().collect();
    // Header, rule, one line per fabrique, the note on the hidden column.
    assert_eq!(lines.len(), 2 + 382 + 1, "{out}");
    assert!(lines[1].chars().all(|c| c == '─' || c == ' '));
    assert!(lines[384].starts_with("Colonnes masquées faute de place : actions"));
    // Each line starts with its fabrique's id, whole or cut with « … ».
    let mut ids: Vec<String> = std::fs::read_dir(root().join("data"))
        .unwrap()
        .filter_map(|e| {
            e.unwrap()
                .file_name()
                .to_str()?
                .strip_suffix(".toml")
                .map(str::to_string)
        })
        .collect();
    ids.sort();
    let mut shown: Vec<&str> = lines[2..384].iter().map(|l| l.split("  ").next().unwrap()).collect();
    shown.sort();
    for s in &shown {
        let ok = ids.iter().any(|id| id == s)
            || s.strip_suffix('…')
                .is_some_and(|stem| ids.iter().any(|id| id.starts_with(stem)));
        assert!(ok, "{s:?} is no id");
    }
}

#[test]
fn every_table_of_the_whole_register_fits_every_width() {
    let shots = [
        real(&["list"]),
        real(&["list", "--colonnes", "id,nom,statut,commune,code_postal,code_insee,departement,region,qpv,numerique,labellisation,structure,actions,reseaux,anct,erreurs"]),
        real(&["stats"]),
        real(&["criteres"]),
        real(&["actions"]),
        real(&["liens"]),
        real(&["vocab"]),
        real(&["geo", "Saint-Denis"]),
    ];
    for shot in &shots {
        for width in WIDTHS.into_iter().chain([20, 60, 100]) {
            assert_fits(&shot.args.join(" "), &output(shot, Some(width)), width);
        }
    }
}

#[test]
fn at_40_columns_the_list_is_one_card_per_fabrique() {
    let out = output(&real(&["list", "--departement", "2A"]), Some(40));
    assert_eq!(
        out,
        "u-chjosu-di-a-vignarella\n  nom           : U Chjosu di a\n                  Vignarella\n  commune       : Vico\n  departement   : 2A Corse-du-Sud\n  qpv           : ?\n  numerique     : ?\n  labellisation : ?\n"
    );
}

#[test]
fn piped_tables_are_whole_whatever_the_width() {
    for shot in real_shots().iter().chain(&fixture_shots()) {
        let piped = output(shot, None);
        let mut f = fabriques(&root());
        f.arg("--data").arg(&shot.data).args(shot.args).env("COLUMNS", "40");
        let (_, with_columns, _) = run(&mut f);
        assert_eq!(piped, with_columns, "{:?}", shot.args);
        assert!(
            !piped.contains('…') || shot.args.contains(&"show"),
            "{:?}: {piped}",
            shot.args
        );
        assert!(!piped.contains('─'), "{:?}", shot.args);
    }
}
