//! What the TOML parser says, in the user's language.
//!
//! The `toml` crate reports a syntax error as an English description,
//! often followed by `, expected ...` (literal tokens in backticks, or
//! short descriptions such as `month between 01 and 12`). Each description
//! the parser (`toml`, `toml_parser`, `toml_datetime`) can give has a text
//! here, found by its English prefix; the expected tokens are kept as
//! written, the expected descriptions translated. A description this
//! version of the parser words differently is not shown in French (the
//! message then says only where the syntax is wrong), and shown as is in
//! English.

use super::{Message, Text};

macro_rules! text {
    ($name:ident, $fr:expr, $en:expr) => {
        pub static $name: Text = Text { fr: $fr, en: $en };
    };
}

text!(
    MESSAGE,
    "syntaxe TOML invalide : {detail}",
    "invalid TOML syntax: {detail}"
);
text!(
    MESSAGE_EXPECTED,
    "syntaxe TOML invalide : {detail} ; attendu : {attendu}",
    "invalid TOML syntax: {detail}; expected {attendu}"
);
text!(
    MESSAGE_UNKNOWN,
    "syntaxe TOML invalide à cet endroit",
    "invalid TOML syntax: {anglais}"
);
text!(TOKEN, "« {valeur} »", "`{valeur}`");

macro_rules! table {
    ($name:ident: $(($english:expr, $fr:expr, $en:expr)),* $(,)?) => {
        static $name: &[(&str, Text)] = &[$(($english, Text { fr: $fr, en: $en })),*];
    };
}

// The parser's descriptions, most specific prefix first.
table!(DESCRIPTIONS:
    ("duplicate key", "cette clé est déjà définie plus haut", "this key is already defined above"),
    ("cannot extend value of type", "cette clé est déjà définie plus haut avec une autre valeur", "this key is already defined above with another value"),
    ("string values must be quoted", "un texte doit être entre guillemets", "text must be quoted"),
    ("invalid basic string", "guillemet fermant manquant", "missing closing quote"),
    ("invalid literal string", "apostrophe fermante manquante", "missing closing single quote"),
    ("invalid multi-line", "texte sur plusieurs lignes mal fermé", "badly closed multi-line text"),
    ("invalid unquoted key", "une clé s'écrit sans accents ni espaces (lettres a-z, chiffres, _ et -)", "a key is written without accents or spaces (letters a-z, digits, _ and -)"),
    ("unquoted keys cannot be empty", "clé vide : écrivez-la entre guillemets", "empty key: write it between quotes"),
    ("keys cannot be multi-line", "une clé ne s'écrit pas sur plusieurs lignes", "a key is not written on several lines"),
    ("unclosed array table", "crochets fermants « ]] » manquants", "missing closing `]]`"),
    ("unclosed table", "crochet fermant « ] » manquant", "missing closing `]`"),
    ("unclosed array", "liste non fermée : « ] » manquant", "unclosed array: missing `]`"),
    ("unclosed inline table", "table en ligne non fermée : « } » manquant", "unclosed inline table: missing `}`"),
    ("unclosed", "guillemet ou crochet fermant manquant", "missing closing quote or bracket"),
    ("invalid boolean", "un booléen s'écrit true ou false, en minuscules", "a boolean is written true or false, in lowercase"),
    ("invalid integer", "nombre entier invalide", "invalid integer"),
    ("invalid float", "nombre décimal invalide (avec un point : 45.5)", "invalid decimal number (with a point: 45.5)"),
    ("invalid exponent", "nombre décimal invalide (avec un point : 45.5)", "invalid decimal number (with a point: 45.5)"),
    ("invalid fraction", "nombre décimal invalide (avec un point : 45.5)", "invalid decimal number (with a point: 45.5)"),
    ("invalid mantissa", "nombre décimal invalide (avec un point : 45.5)", "invalid decimal number (with a point: 45.5)"),
    ("invalid hexadecimal number", "nombre hexadécimal invalide", "invalid hexadecimal number"),
    ("invalid octal number", "nombre octal invalide", "invalid octal number"),
    ("invalid binary number", "nombre binaire invalide", "invalid binary number"),
    ("invalid date", "date invalide (AAAA-MM-JJ, sans guillemets)", "invalid date (YYYY-MM-DD, unquoted)"),
    ("invalid time", "heure invalide (HH:MM:SS)", "invalid time (HH:MM:SS)"),
    ("invalid datetime", "date invalide (AAAA-MM-JJ, sans guillemets)", "invalid date (YYYY-MM-DD, unquoted)"),
    ("invalid comment character", "caractère interdit dans un commentaire", "forbidden character in a comment"),
    ("invalid inline table element", "élément invalide dans la table en ligne", "invalid element in the inline table"),
    ("invalid key-value pair", "ligne invalide : écrivez cle = valeur", "invalid line: write key = value"),
    ("invalid table", "en-tête de section invalide : écrivez [section] ou [[section]]", "invalid section header: write [section] or [[section]]"),
    ("invalid key", "clé invalide", "invalid key"),
    ("invalid string", "texte invalide", "invalid string"),
    ("invalid value", "valeur invalide", "invalid value"),
    ("`_` may only go between digits", "« _ » ne peut séparer que des chiffres", "`_` may only go between digits"),
    ("carriage return must be followed by newline", "retour chariot isolé : fin de ligne invalide", "lone carriage return: invalid line ending"),
    ("extra `=`", "« = » en trop", "extra `=`"),
    ("extra assignment", "« = » en trop", "extra `=`"),
    ("extra comma in array", "virgule en trop dans la liste", "extra comma in the array"),
    ("extra comma in inline table", "virgule en trop dans la table en ligne (aucune après le dernier élément)", "extra comma in the inline table (none after the last element)"),
    ("integer number overflowed", "nombre trop grand", "number too large"),
    ("floating-point number overflowed", "nombre trop grand", "number too large"),
    ("u64 value was too large", "nombre trop grand", "number too large"),
    ("integers with a radix cannot be signed", "un nombre hexadécimal, octal ou binaire ne prend pas de signe", "a hexadecimal, octal or binary number takes no sign"),
    ("key with no value", "clé sans valeur : écrivez cle = valeur", "key without a value: write key = value"),
    ("missing array opening", "« [ » manquant", "missing `[`"),
    ("missing assignment between key-value pairs", "« = » manquant entre la clé et la valeur", "missing `=` between the key and the value"),
    ("missing comma between array elements", "virgule manquante entre deux éléments de la liste", "missing comma between two elements of the array"),
    ("missing comma between key-value pairs", "virgule manquante entre deux éléments de la table en ligne", "missing comma between two elements of the inline table"),
    ("missing comment start", "« # » manquant avant le commentaire", "missing `#` before the comment"),
    ("missing escaped value", "séquence invalide après « \\ » (une barre oblique inverse s'écrit « \\\\ »)", "invalid sequence after `\\` (a backslash is written `\\\\`)"),
    ("missing inline table opening", "« { » manquant", "missing `{`"),
    ("missing key for inline table element", "clé manquante dans la table en ligne", "missing key in the inline table"),
    ("missing opening quote", "guillemet ouvrant manquant", "missing opening quote"),
    ("missing table open", "« [ » manquant", "missing `[`"),
    ("missing value", "valeur manquante après « = »", "missing value after `=`"),
    ("radix must be lowercase", "le préfixe d'un nombre s'écrit en minuscules (0x, 0o, 0b)", "a number's prefix is written in lowercase (0x, 0o, 0b)"),
    ("redundant", "préfixe ou signe en trop", "redundant prefix or sign"),
    ("too few unicode value digits", "code Unicode incomplet après \\u", "incomplete Unicode code after \\u"),
    ("unexpected `=` in array", "« = » inattendu dans une liste", "unexpected `=` in an array"),
    ("unexpected leading zero", "un nombre ne commence pas par zéro : un code s'écrit entre guillemets (\"01500\")", "a number does not start with zero: a code is written between quotes (\"01500\")"),
    ("unexpected sign", "signe inattendu", "unexpected sign"),
    ("unexpected content", "contenu inattendu : une seule paire cle = valeur par ligne", "unexpected content: one key = value pair per line"),
    ("unexpected key or value", "contenu inattendu : une seule paire cle = valeur par ligne", "unexpected content: one key = value pair per line"),
    ("cannot recurse further", "imbrication trop profonde", "nesting too deep"),
    ("recursion limit", "imbrication trop profonde", "nesting too deep"),
);

// What the parser expected, when it describes it in words.
table!(EXPECTED:
    ("a four-digit year", "une année sur quatre chiffres (AAAA)", "a four-digit year (YYYY)"),
    ("a two-digit month", "un mois sur deux chiffres (MM)", "a two-digit month (MM)"),
    ("a two-digit day", "un jour sur deux chiffres (JJ)", "a two-digit day (DD)"),
    ("a two-digit hour", "une heure sur deux chiffres (HH)", "a two-digit hour (HH)"),
    ("a two-digit minute", "des minutes sur deux chiffres (MM)", "two-digit minutes (MM)"),
    ("a two-digit second", "des secondes sur deux chiffres (SS)", "two-digit seconds (SS)"),
    ("month between 01 and 12", "un mois entre 01 et 12", "a month between 01 and 12"),
    ("day between 01 and 28", "un jour entre 01 et 28", "a day between 01 and 28"),
    ("day between 01 and 29", "un jour entre 01 et 29", "a day between 01 and 29"),
    ("day between 01 and 30", "un jour entre 01 et 30", "a day between 01 and 30"),
    ("day between 01 and 31", "un jour entre 01 et 31", "a day between 01 and 31"),
    ("hour between 00 and 23", "une heure entre 00 et 23", "an hour between 00 and 23"),
    ("hours between 00 and 23", "une heure entre 00 et 23", "an hour between 00 and 23"),
    ("minute between 00 and 59", "des minutes entre 00 et 59", "minutes between 00 and 59"),
    ("minutes between 00 and 59", "des minutes entre 00 et 59", "minutes between 00 and 59"),
    ("letters", "des lettres", "letters"),
    ("numbers", "des chiffres", "digits"),
    ("digits", "des chiffres", "digits"),
    ("value", "une valeur", "a value"),
    ("newline", "une fin de ligne", "a line break"),
    ("whitespace", "une espace", "a space"),
    ("comment", "un commentaire", "a comment"),
);

/// A syntax error of the `toml` crate (its `message()`), as a message
/// in both languages.
pub fn describe(english: &str) -> Message {
    let english = english.trim();
    let (description, expected) = match english.split_once(", expected ") {
        Some((d, e)) => (d, Some(e)),
        None => (english, None),
    };
    let found = |table: &'static [(&str, Text)], s: &str| {
        table.iter().find(|(prefix, _)| s.starts_with(prefix)).map(|(_, t)| t)
    };
    let Some(detail) = found(DESCRIPTIONS, description) else {
        return Message::new(&MESSAGE_UNKNOWN).arg("anglais", english);
    };
    let tokens: Vec<Message> = expected
        .map(|e| {
            e.split(", ")
                .filter_map(|item| {
                    if let Some(token) = item.strip_prefix('`').and_then(|i| i.strip_suffix('`')) {
                        Some(Message::new(&TOKEN).arg("valeur", token))
                    } else {
                        found(EXPECTED, item).map(Message::new)
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    if tokens.is_empty() {
        Message::new(&MESSAGE).arg_text("detail", detail)
    } else {
        Message::new(&MESSAGE_EXPECTED)
            .arg_text("detail", detail)
            .arg_messages("attendu", tokens, ", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Lang;

    /// The parser's own words for each mistake, so that a new version that
    /// rewords them fails here rather than in front of a user.
    #[test]
    fn frequent_mistakes_are_described_in_french() {
        for (toml, french) in [
            ("qpv = True\n", "un booléen s'écrit true ou false"),
            ("nom = LAB01\n", "un texte doit être entre guillemets"),
            ("nom = \"LAB01\nqpv = true\n", "guillemet fermant manquant"),
            ("code_postal = 01500\n", "un nombre ne commence pas par zéro"),
            ("date = 2021-13-01\n", "un mois entre 01 et 12"),
            ("x = [1,,2]\n", "virgule en trop dans la liste"),
            ("x = \"a\\qb\"\n", "séquence invalide après"),
            ("[adresse\n", "crochet fermant « ] » manquant"),
            ("nom = \"a\"\nnom = \"b\"\n", "cette clé est déjà définie plus haut"),
            ("latitude = 45,5\n", "syntaxe TOML invalide"),
            ("nom \"a\"\n", "syntaxe TOML invalide"),
        ] {
            let err = toml::from_str::<toml::Table>(toml).unwrap_err();
            let fr = describe(err.message()).render(Lang::Fr);
            assert!(fr.contains(french), "{toml:?}: {:?} → {fr:?}", err.message());
            assert!(
                !fr.contains("à cet endroit"),
                "{toml:?}: {:?} is not translated",
                err.message()
            );
            let en = describe(err.message()).render(Lang::En);
            assert!(en.starts_with("invalid TOML syntax: "), "{en}");
        }
    }

    #[test]
    fn an_unknown_description_is_not_shown_in_english_to_a_french_user() {
        let m = describe("some new wording, expected `x`");
        assert_eq!(m.render(Lang::Fr), "syntaxe TOML invalide à cet endroit");
        assert_eq!(
            m.render(Lang::En),
            "invalid TOML syntax: some new wording, expected `x`"
        );
    }
}
