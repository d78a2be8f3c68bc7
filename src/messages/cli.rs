//! Command-line help texts, keyed by `subcommand.argument` (`.argument` for
//! global flags, `subcommand` alone for a subcommand's description).

use super::Text;

macro_rules! text {
    ($name:ident, $fr:expr, $en:expr) => {
        pub static $name: Text = Text { fr: $fr, en: $en };
    };
}

text!(
    ABOUT,
    "Registre des Fabriques de Territoire : vérifier, interroger et exporter les fiches TOML de data/.",
    "Register of the Fabriques de Territoire: check, query and export the TOML records of data/."
);
text!(AFTER_HELP, "Codes de sortie :\n  0  aucune erreur dans les données\n  1  erreurs dans les données (ou avertissements avec --strict)\n  2  l'outil lui-même a échoué (option invalide, dossier illisible, réglages invalides)", "Exit codes:\n  0  no error in the data\n  1  errors in the data (or warnings with --strict)\n  2  the tool itself failed (bad flag, unreadable folder, invalid settings)");

/// (key, text) pairs applied to the clap command at startup.
pub static HELP: &[(&str, Text)] = &[
    (".data", Text { fr: "Dossier des fiches (par défaut : data/ à la racine du registre, trouvée en remontant depuis le dossier courant)", en: "Records folder (default: data/ at the register's root, found by walking up from the current folder)" }),
    (".config", Text { fr: "Fichier de réglages (par défaut : fabriques.toml à la racine du registre)", en: "Settings file (default: fabriques.toml at the register's root)" }),
    (".lang", Text { fr: "Langue des messages (par défaut : français, anglais si la locale commence par en)", en: "Language of messages (default: French, English when the locale starts with en)" }),
    (".color", Text { fr: "Couleurs : auto (seulement vers un terminal, et sans NO_COLOR), always, never", en: "Colours: auto (only to a terminal, and without NO_COLOR), always, never" }),
    ("validate", Text { fr: "Vérifie toutes les fiches : format, vocabulaires, liens, règles du programme", en: "Checks every record: format, vocabularies, links, programme rules" }),
    ("validate.format", Text { fr: "Format de sortie : human (lisible), json, github (annotations GitHub Actions)", en: "Output format: human, json, github (GitHub Actions annotations)" }),
    ("validate.strict", Text { fr: "Les avertissements comptent comme des erreurs (code de sortie 1)", en: "Warnings count as errors (exit code 1)" }),
    ("rules", Text { fr: "Liste les règles de validation, ou explique l'une d'elles", en: "Lists the validation rules, or explains one" }),
    ("rules.name", Text { fr: "Nom d'une règle (ex. unknown-key)", en: "A rule's name (e.g. unknown-key)" }),
    ("vocab", Text { fr: "Affiche les vocabulaires contrôlés et leurs codes", en: "Shows the controlled vocabularies and their codes" }),
    ("vocab.name", Text { fr: "Nom d'un vocabulaire (ex. categories)", en: "A vocabulary's name (e.g. categories)" }),
    ("criteres", Text { fr: "Matrice des six critères tiers-lieu : ✓ / ✗ par fabrique, et combien les remplissent", en: "Matrix of the six tiers-lieu criteria: ✓ / ✗ per fabrique, and how many meet each" }),
    ("criteres.format", Text { fr: "Format de sortie : table, csv ou json", en: "Output format: table, csv or json" }),
    ("geo", Text { fr: "Ce que la géographie de référence sait d'une commune, d'un code INSEE ou d'un code postal", en: "What the geography reference knows of a commune, an INSEE code or a postal code" }),
    ("geo.query", Text { fr: "Nom de commune, code INSEE ou code postal (ex. Ambérieu-en-Bugey, 01004, 01500)", en: "Commune name, INSEE code or postal code (e.g. Ambérieu-en-Bugey, 01004, 01500)" }),
    ("geo.format", Text { fr: "Format de sortie : table ou json", en: "Output format: table or json" }),
];
