//! "Did you mean" suggestions for keys, codes, ids and rule names.
//!
//! The work is bounded: the distances compared cost the product of the two
//! lengths, and the input comes from the user (a 10 MB header cell, a
//! 30 KB `--commune`). Keys, codes and ids are short, so an input longer
//! than [`MAX_LEN`] characters gets no suggestion, and no longer candidate
//! is compared: a suggestion for such a text would not help anyway.

/// The longest input or candidate compared, in characters.
pub const MAX_LEN: usize = 64;

/// The candidates closest to `input`, best first, at most `max`. Comparison
/// ignores case and accents; a candidate is kept when it is reasonably close
/// (Jaro-Winkler ≥ 0.8, or edit distance ≤ 2 for short words), or when one
/// contains the other. Nothing for an input longer than [`MAX_LEN`].
pub fn closest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>, max: usize) -> Vec<&'a str> {
    let norm = |s: &str| deunicode::deunicode(s).to_lowercase();
    if too_long(input) {
        return Vec::new();
    }
    let input_n = norm(input);
    if input_n.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(f64, &'a str)> = candidates
        .into_iter()
        .filter(|c| !too_long(c))
        .filter_map(|c| {
            let c_n = norm(c);
            let jw = strsim::jaro_winkler(&input_n, &c_n);
            let lev = strsim::damerau_levenshtein(&input_n, &c_n);
            let contains = c_n.len() >= 3 && input_n.len() >= 3 && (c_n.contains(&input_n) || input_n.contains(&c_n));
            let close = jw >= 0.8 || lev <= 2.min(input_n.len() / 2 + 1) || contains;
            close.then_some((jw - lev as f64 * 0.01, c))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1)));
    scored.dedup_by(|a, b| a.1 == b.1);
    scored.into_iter().take(max).map(|(_, c)| c).collect()
}

/// More than [`MAX_LEN`] characters (counting at most that many + 1).
fn too_long(s: &str) -> bool {
    s.len() > MAX_LEN && s.chars().nth(MAX_LEN).is_some()
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn regression_a_huge_input_gets_no_suggestion_at_once() {
        // A 10 MB header cell took 75 s to compare with the field names.
        let huge = "nom".repeat(3_000_000);
        assert!(closest(&huge, ["nom", "statut"], 3).is_empty());
        let long = format!("{}x", "n".repeat(super::MAX_LEN));
        assert!(closest(&long, [long.as_str()], 1).is_empty());
        assert_eq!(
            closest(
                &"n".repeat(super::MAX_LEN - 1),
                ["n".repeat(super::MAX_LEN - 2).as_str()],
                1
            )
            .len(),
            1
        );
    }

    #[test]
    fn finds_typos_and_ignores_far_words() {
        let keys = ["nom", "statut", "qpv", "numerique", "sources"];
        assert_eq!(closest("nmo", keys, 1), vec!["nom"]);
        assert_eq!(closest("numérique", keys, 1), vec!["numerique"]);
        assert_eq!(closest("Source", keys, 1), vec!["sources"]);
        assert!(closest("zzzzzz", keys, 3).is_empty());
        assert_eq!(closest("fab_lab", ["fablab", "coworking"], 3), vec!["fablab"]);
    }
}
