//! Name folding and fuzzy scoring shared by the lookups of [`super::Geo`].

use std::borrow::Cow;

/// Folds a place name (commune, department, region) into a comparison key.
///
/// Contract: two names that a person would consider "the same spelling, give or
/// take typography" give the same key. Precisely, the key is obtained by:
/// 1. transliterating to ASCII (`deunicode`: accents dropped, `œ` → `oe`,
///    typographic apostrophes → `'`) and lower-casing;
/// 2. moving an article written in trailing parentheses to the front, as in
///    INSEE's old notation: `Abymes (Les)` → `les abymes` (only `le`, `la`,
///    `les`, `l'`; other parentheses such as `Château-Chinon (Ville)` are kept
///    as words);
/// 3. splitting into words on every character that is not an ASCII letter or
///    digit (spaces, hyphens, apostrophes, dots, parentheses…);
/// 4. expanding the words `st` → `saint` and `ste` → `sainte`;
/// 5. joining the words with a single space.
///
/// So `Côtes-d'Armor`, `cotes d armor` and `COTES D’ARMOR` all give
/// `cotes d armor`; `St-Étienne` and `Saint Etienne` give `saint etienne`.
/// Words are not glued back together: `Lisle-sur-Tarn` and `L'Isle-sur-Tarn`
/// give different keys. The result is empty when `s` has no letter or digit.
pub fn normalise_name(s: &str) -> String {
    let mut ascii = String::with_capacity(s.len() + 4);
    for c in s.chars() {
        if c.is_ascii() {
            ascii.push(c.to_ascii_lowercase());
        } else if let Some(t) = deunicode::deunicode_char(c) {
            ascii.extend(t.chars().map(|c| c.to_ascii_lowercase()));
        }
    }
    let reordered = move_trailing_article(&ascii);
    let mut out = String::with_capacity(reordered.len() + 4);
    for word in reordered
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let word = match word {
            "st" => "saint",
            "ste" => "sainte",
            w => w,
        };
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// [`normalise_name`] without its spaces: the key under which two spellings
/// that differ only by a dropped or added separator compare equal (« Crac'h »
/// and « Crach », « Lisle-sur-Tarn » and « L'Isle-sur-Tarn », « Le Havre »
/// and « Lehavre »). Used to match a name against the few communes of one
/// postal code and to gather homonyms, where such near-collisions between
/// different communes do not occur.
pub fn compact_key(s: &str) -> String {
    normalise_name(s).replace(' ', "")
}

/// `abymes (les)` → `les abymes`; anything else is returned unchanged.
fn move_trailing_article(s: &str) -> Cow<'_, str> {
    let trimmed = s.trim_end();
    if let Some(body) = trimmed.strip_suffix(')') {
        if let Some(open) = body.rfind('(') {
            let inner = body[open + 1..].trim();
            if matches!(inner, "le" | "la" | "les" | "l'" | "l") {
                return Cow::Owned(format!("{inner} {}", &body[..open]));
            }
        }
    }
    Cow::Borrowed(s)
}

/// Similarity in `[0, 1]` between two keys produced by [`normalise_name`]
/// (higher is closer). Jaro-Winkler on the keys with spaces, and without them
/// when that first score is at least 0.7,
/// raised to at least 0.9 when all the words of one key are prefixes of words
/// of the other (`lille roubaix` / `lille`, `auvergne` / `auvergne rhone alpes`).
pub(crate) fn similarity(a: &str, b: &str) -> f64 {
    if a == b {
        return 1.0;
    }
    // Jaro-Winkler costs the product of the lengths: a key longer than any
    // place name (a 30 KB `--commune` took 17 s against every commune) is
    // similar to none.
    if a.len() > MAX_KEY_LEN || b.len() > MAX_KEY_LEN {
        return 0.0;
    }
    let mut score = strsim::jaro_winkler(a, b);
    // Ignoring spaces only matters for names already close (`cotes darmor`);
    // skipping it otherwise saves two allocations per comparison.
    if score >= 0.7 && (a.contains(' ') || b.contains(' ')) {
        let compact_a: String = a.chars().filter(|c| *c != ' ').collect();
        let compact_b: String = b.chars().filter(|c| *c != ' ').collect();
        score = score.max(strsim::jaro_winkler(&compact_a, &compact_b));
    }
    if words_are_prefixes(a, b) || words_are_prefixes(b, a) {
        score = score.max(0.9);
    }
    score
}

/// The longest key [`similarity`] compares, in bytes: twice the longest
/// commune name (« Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson », 45).
pub(crate) const MAX_KEY_LEN: usize = 100;

/// True when `a` has at least one word and every word of `a` (of two letters
/// or more) is a prefix of some word of `b`.
fn words_are_prefixes(a: &str, b: &str) -> bool {
    let mut any = false;
    for wa in a.split(' ').filter(|w| w.len() >= 2) {
        if !b.split(' ').any(|wb| wb.starts_with(wa)) {
            return false;
        }
        any = true;
    }
    any
}
