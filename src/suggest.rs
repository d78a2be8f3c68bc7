//! "Did you mean" suggestions for keys, codes, ids and rule names.

/// The candidates closest to `input`, best first, at most `max`. Comparison
/// ignores case and accents; a candidate is kept when it is reasonably close
/// (Jaro-Winkler ≥ 0.8, or edit distance ≤ 2 for short words), or when one
/// contains the other.
pub fn closest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>, max: usize) -> Vec<&'a str> {
    let norm = |s: &str| deunicode::deunicode(s).to_lowercase();
    let input_n = norm(input);
    if input_n.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(f64, &'a str)> = candidates
        .into_iter()
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

#[cfg(test)]
mod tests {
    use super::closest;

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
