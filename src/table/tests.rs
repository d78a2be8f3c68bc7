use super::*;

use proptest::prelude::*;

fn render(t: &Table, width: Option<usize>) -> String {
    let mut out = Vec::new();
    t.write(&mut out, width, Lang::Fr).unwrap();
    String::from_utf8(out).unwrap()
}

fn sample() -> Table {
    let mut t = Table::new(vec![
        Column::new("id").cut(8),
        Column::new("nom").cut(8),
        Column::new("fabriques").right(),
        Column::new("description").wrap(10),
    ]);
    t.row(["lab01", "LAB01", "3", "Un fablab et un coworking à Ambérieu-en-Bugey"]);
    t.row(["la-dynamo", "La Dynamo", "12", "Tiers-lieu"]);
    t
}

#[test]
fn piped_tables_are_plain_columns_with_whole_values() {
    let out = render(&sample(), None);
    let expected = [
        " id         nom        fabriques  description                                   ",
        " lab01      LAB01              3  Un fablab et un coworking à Ambérieu-en-Bugey ",
        " la-dynamo  La Dynamo         12  Tiers-lieu                                    ",
        "",
    ];
    assert_eq!(out, expected.join("\n"));
}

#[test]
fn a_table_that_fits_keeps_its_values_under_a_rule() {
    let out = render(&sample(), Some(200));
    let expected = [
        "id         nom        fabriques  description",
        "─────────  ─────────  ─────────  ─────────────────────────────────────────────",
        "lab01      LAB01              3  Un fablab et un coworking à Ambérieu-en-Bugey",
        "la-dynamo  La Dynamo         12  Tiers-lieu",
        "",
    ];
    assert_eq!(out, expected.join("\n"));
}

#[test]
fn texts_go_on_over_lines_before_headers_are_cut_and_values_cut() {
    // 60 columns: the description wraps between words, nothing is cut.
    let out = render(&sample(), Some(60));
    assert!(out.lines().all(|l| l.width() <= 60), "{out}");
    assert!(!out.contains('…'), "{out}");
    assert!(out.contains("Ambérieu-en-Bugey"), "{out}");
    // 40 columns: the description is down to its longest word, then the
    // header of the number and the texts to cut are cut.
    let out = render(&sample(), Some(40));
    assert!(out.lines().all(|l| l.width() <= 40), "{out}");
    assert!(out.contains("fabriqu…"), "{out}");
    assert!(out.contains("la-dyna…"), "{out}");
    assert!(out.contains("\n                              coworking\n"), "{out}");
}

#[test]
fn too_narrow_a_terminal_gets_one_card_per_row() {
    let out = render(&sample(), Some(24));
    let expected = [
        "lab01",
        "  nom\u{a0}: LAB01",
        "  fabriques\u{a0}: 3",
        "  description\u{a0}: Un",
        "    fablab et un",
        "    coworking à",
        "    Ambérieu-en-Bugey",
        "",
        "la-dynamo",
        "  nom\u{a0}: La Dynamo",
        "  fabriques\u{a0}: 12",
        "  description\u{a0}:",
        "    Tiers-lieu",
        "",
    ];
    assert_eq!(out, expected.join("\n"));
    // Wider, the labels are aligned and the values go on under themselves.
    let out = render(&sample(), Some(34));
    assert!(out.contains("  nom        \u{a0}: LAB01\n"), "{out}");
    assert!(
        out.contains("  description\u{a0}: Un fablab et un\n                coworking à\n"),
        "{out}"
    );
}

#[test]
fn optional_columns_are_hidden_before_any_value_is_cut_and_named() {
    let mut t = Table::new(vec![
        Column::new("commune"),
        Column::new("département").wrap(10),
        Column::new("région").wrap(10).optional(),
    ]);
    t.row(["Saint-Denis", "93 Seine-Saint-Denis", "11 Île-de-France"]);
    let out = render(&t, Some(34));
    assert!(out.contains("Seine-Saint-Denis"), "{out}");
    assert!(!out.contains("Île-de-France"), "{out}");
    assert!(
        tokens(&out)
            .join(" ")
            .contains("Colonnes masquées faute de place : région"),
        "{out}"
    );
}

#[test]
fn cut_cells_end_with_an_ellipsis_within_their_width() {
    assert_eq!(cut("Ambérieu-en-Bugey", 20), "Ambérieu-en-Bugey");
    assert_eq!(cut("Ambérieu-en-Bugey", 9), "Ambérieu…");
    assert_eq!(cut("日本語のファブリック", 7).width(), 7);
    assert_eq!(cut("abc", 0), "");
}

#[test]
fn an_indented_item_goes_on_under_its_text() {
    assert_eq!(
        wrap("  · Créer et animer des réseaux", 16),
        ["  · Créer et", "    animer des", "    réseaux"]
    );
}

#[test]
fn long_lines_of_a_card_go_on_under_their_value() {
    let text = "Nom (id)\n  Commune\u{a0}:     01500 Ambérieu-en-Bugey (INSEE 01004)\n    - une source très longue qui ne tient pas\n";
    let out = fit_text(text, Some(34));
    assert_eq!(
        out,
        "Nom (id)\n  Commune\u{a0}:     01500\n                Ambérieu-en-Bugey\n                (INSEE 01004)\n    - une source très longue qui\n      ne tient pas\n"
    );
    assert_eq!(fit_text(text, None), text);
}

/// Words as a person reads them: the tokens between spaces (no-break
/// spaces included).
fn tokens(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_string).collect()
}

fn word() -> impl Strategy<Value = String> {
    // ASCII, accents, a wide script, hyphenated compounds.
    prop::string::string_regex("[a-zé0-9日本-]{1,14}").unwrap()
}

fn cell() -> impl Strategy<Value = String> {
    prop::collection::vec(word(), 0..6).prop_map(|w| w.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Wrapping keeps every word, in order, whole (when it fits a line).
    #[test]
    fn wrapping_never_splits_a_word(text in cell(), width in 1usize..40) {
        let lines = wrap(&text, width);
        for l in &lines {
            prop_assert!(l.width() <= width, "{l:?} wider than {width}");
        }
        let kept: Vec<String> = lines.iter().flat_map(|l| tokens(l)).collect();
        let words = tokens(&text);
        prop_assert_eq!(kept.len(), words.len(), "{:?}", lines);
        for (k, w) in kept.iter().zip(&words) {
            // Whole, or cut with « … » when wider than a line.
            let cut_here = k.strip_suffix('…').is_some_and(|stem| w.starts_with(stem) && w.width() > width.saturating_sub(4));
            prop_assert!(k == w || cut_here, "{k:?} for {w:?} in {lines:?}");
        }
    }

    /// On a terminal of any width, no line is wider than it, and every
    /// token printed is a word of the table (a header, a cell), a word cut
    /// with « … », or the layout's own (rules, the note, card colons).
    #[test]
    fn no_line_is_wider_than_the_terminal_and_no_word_is_split(
        rows in prop::collection::vec(prop::collection::vec(cell(), 4), 1..5),
        fits in prop::collection::vec(0u8..3, 4),
        optional in prop::collection::vec(any::<bool>(), 4),
        width in 8usize..130,
    ) {
        let headers = ["id", "nom de la fabrique", "qpv", "description"];
        let columns = headers
            .iter()
            .zip(&fits)
            .zip(&optional)
            .map(|((h, f), o)| {
                let c = Column::new(*h);
                let c = match f {
                    0 => c,
                    1 => c.cut(6),
                    _ => c.wrap(6),
                };
                if *o { c.optional() } else { c }
            })
            .collect();
        let mut t = Table::new(columns);
        for r in &rows {
            t.row(r.clone());
        }
        let out = render(&t, Some(width));
        let mut words: Vec<String> = rows.iter().flatten().flat_map(|c| tokens(c)).collect();
        words.extend(headers.iter().flat_map(|h| tokens(h)));
        let note = fill(ui::TABLE_HIDDEN.get(Lang::Fr), &[("colonnes", headers.join(", "))]);
        words.extend(tokens(&note));
        for line in out.lines() {
            // A word wider than the terminal is the only thing allowed to
            // overflow it: it is cut, never split.
            prop_assert!(line.width() <= width, "{line:?} wider than {width}:\n{out}");
            for token in tokens(line) {
                let ok = words.contains(&token)
                    || token.chars().all(|c| c == '─')
                    || token == ":"
                    || token.strip_suffix('…').is_some_and(|stem| words.iter().any(|w| w.starts_with(stem)));
                prop_assert!(ok, "{token:?} is no word of the table:\n{out}");
            }
        }
    }
}
