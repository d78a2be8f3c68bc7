//! The texts of the generated documentation: the manual page's section
//! headings (`fabriques man`).

use super::Text;

macro_rules! text {
    ($name:ident, $fr:expr, $en:expr) => {
        pub static $name: Text = Text { fr: $fr, en: $en };
    };
}

text!(MAN_MANUAL, "Manuel de fabriques", "fabriques manual");
text!(MAN_NAME, "NOM", "NAME");
text!(MAN_SYNOPSIS, "SYNOPSIS", "SYNOPSIS");
text!(MAN_DESCRIPTION, "DESCRIPTION", "DESCRIPTION");
text!(MAN_OPTIONS, "OPTIONS", "OPTIONS");
text!(MAN_ARGUMENTS, "ARGUMENTS", "ARGUMENTS");
text!(MAN_COMMANDS, "COMMANDES", "COMMANDS");
text!(MAN_EXIT_CODES, "CODES DE SORTIE", "EXIT STATUS");
text!(MAN_VERSION, "VERSION", "VERSION");
text!(MAN_AUTHORS, "AUTEURS", "AUTHORS");
text!(
    MAN_UNKNOWN_COMMAND,
    "commande inconnue « {commande} » ; `fabriques --help` les liste toutes",
    "unknown command `{commande}`; `fabriques --help` lists them all"
);

// --- the JSON Schema of a record (`fabriques schema`) --------------------
text!(
    SCHEMA_TITLE,
    "Fiche d'une Fabrique de Territoire",
    "Record of a Fabrique de Territoire"
);
text!(
    SCHEMA_DESCRIPTION,
    "Le format des fiches de data/ (un fichier par fabrique, le nom du fichier est l'identifiant), tiré des définitions qu'utilise fabriques validate : clés, types, codes des vocabulaires, champs obligatoires. Les autres règles (géographie, dates, chiffres du programme) restent celles de fabriques validate.",
    "The format of the records of data/ (one file per fabrique, the file name is the id), generated from the definitions fabriques validate uses: keys, types, vocabulary codes, required fields. The other rules (geography, dates, the programme's figures) remain fabriques validate's."
);
text!(SCHEMA_EXAMPLE, "Exemple : {exemple}", "Example: {exemple}");
