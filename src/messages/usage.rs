//! The texts of the command line's own machinery: usage errors (what clap
//! reports in English, rendered by `cli::errors` from the error's kind and
//! context), the help's bracketed notes (default value, possible values),
//! the `help` command, and the exit codes each command's help ends with.

use super::Text;

macro_rules! text {
    ($name:ident, $fr:expr, $en:expr) => {
        pub static $name: Text = Text { fr: $fr, en: $en };
    };
}

// --- usage errors -------------------------------------------------------
text!(
    UNEXPECTED_ARGUMENT,
    "argument inattendu « {argument} »",
    "unexpected argument `{argument}`"
);
text!(
    UNKNOWN_COMMAND,
    "commande inconnue « {commande} »",
    "unknown command `{commande}`"
);
text!(
    INVALID_VALUE,
    "valeur invalide « {valeur} » pour {option}",
    "invalid value `{valeur}` for {option}"
);
text!(EMPTY_VALUE, "{option} attend une valeur", "{option} needs a value");
text!(
    MISSING_ARGUMENT,
    "argument obligatoire manquant : {arguments}",
    "missing required argument: {arguments}"
);
text!(
    MISSING_COMMAND,
    "il manque une commande après « {commande} »",
    "a command is missing after `{commande}`"
);
text!(
    CONFLICT,
    "{option} ne peut pas être employée avec {autres}",
    "{option} cannot be used with {autres}"
);
text!(
    NO_EQUALS,
    "{option} s'écrit avec un signe égal : {option}=VALEUR",
    "{option} is written with an equals sign: {option}=VALUE"
);
text!(
    TOO_MANY_VALUES,
    "valeur en trop « {valeur} » pour {option}",
    "unexpected value `{valeur}` for {option}"
);
text!(
    TOO_FEW_VALUES,
    "{option} attend au moins {minimum} valeurs, {nombre} données",
    "{option} needs at least {minimum} values, {nombre} given"
);
text!(
    WRONG_NUMBER_OF_VALUES,
    "{option} attend {attendu} valeurs, {nombre} données",
    "{option} needs {attendu} values, {nombre} given"
);
text!(
    NOT_UTF8,
    "un argument n'est pas du texte UTF-8 valide",
    "an argument is not valid UTF-8 text"
);
text!(BAD_ARGUMENTS, "arguments invalides", "invalid arguments");
text!(
    EXPECTED_INTEGER,
    "un nombre entier est attendu",
    "a whole number is expected"
);
text!(EXPECTED_NUMBER, "un nombre est attendu", "a number is expected");
text!(TIP_LABEL, "astuce", "tip");
text!(
    TIP_AS_VALUE,
    "pour passer « {argument} » comme valeur, écrivez « -- {argument} »",
    "to pass `{argument}` as a value, write `-- {argument}`"
);
text!(TIP_EXISTS, "« {option} » existe", "`{option}` exists");
text!(
    TIP_REMOVE_DASHES,
    "la commande « {commande} » existe : enlevez le « -- » qui la précède",
    "the command `{commande}` exists: remove the `--` before it"
);
text!(
    POSSIBLE_VALUES,
    "valeurs possibles : {valeurs}",
    "possible values: {valeurs}"
);
text!(
    POSSIBLE_COMMANDS,
    "commandes possibles : {commandes}",
    "possible commands: {commandes}"
);
text!(
    MORE_INFORMATION,
    "Pour en savoir plus : « {commande} --help ».",
    "For more information, try `{commande} --help`."
);

// --- help -----------------------------------------------------------------
text!(HELP_DEFAULT, "[par défaut : {valeur}]", "[default: {valeur}]");
text!(
    HELP_VALUES,
    "[valeurs possibles : {valeurs}]",
    "[possible values: {valeurs}]"
);
text!(
    HELP_COMMAND,
    "Affiche l'aide de fabriques, ou celle d'une commande (fabriques help validate)",
    "Prints the help of fabriques, or of a command (fabriques help validate)"
);
text!(
    HELP_COMMAND_ARG,
    "La commande dont afficher l'aide",
    "The command whose help to print"
);

// --- version --------------------------------------------------------------
text!(
    VERSION_GEOGRAPHY,
    "géographie : Code officiel géographique {millesime} (INSEE, La Poste), paquet @etalab/decoupage-administratif {version} ; contours des départements : {contours}",
    "geography: Code officiel géographique {millesime} (INSEE, La Poste), package @etalab/decoupage-administratif {version}; outlines of the départements: {contours}"
);

// --- exit codes, at the end of each command's help ------------------------
// Each is true to what the command does (`cmd/*`); the tests run each
// command into each of its codes.

/// The exit codes of the command `name` (empty: the tool as a whole).
pub fn exit_codes(name: &str) -> Option<&'static Text> {
    EXIT_CODES.iter().find(|(n, _)| *n == name).map(|(_, t)| t)
}

static EXIT_CODES: &[(&str, Text)] = &[
    ("", Text {
        fr: "Codes de sortie :\n  0  tout va bien\n  1  la commande a trouvé ce qu'elle signale : erreurs dans les données, rien\n     de trouvé (détail dans l'aide de chaque commande)\n  2  l'outil lui-même a échoué (option invalide, registre introuvable,\n     réglages invalides)",
        en: "Exit codes:\n  0  all is well\n  1  the command found what it reports: errors in the data, nothing found (see\n     each command's help)\n  2  the tool itself failed (bad flag, no register found, invalid settings)",
    }),
    ("validate", Text {
        fr: "Codes de sortie :\n  0  aucune erreur dans les fiches vérifiées (les avertissements n'empêchent\n     rien, sauf avec --strict)\n  1  des erreurs dans les fiches (ou des avertissements, avec --strict)\n  2  l'outil a échoué : option invalide, registre introuvable, fichier nommé\n     absent, réglages invalides",
        en: "Exit codes:\n  0  no error in the records checked (warnings do not count, unless --strict)\n  1  errors in the records (or warnings, with --strict)\n  2  the tool failed: bad flag, no register found, named file missing, invalid\n     settings",
    }),
    ("rules", Text {
        fr: "Codes de sortie :\n  0  règles affichées\n  2  règle inconnue, option invalide ou réglages invalides",
        en: "Exit codes:\n  0  rules shown\n  2  unknown rule, bad flag or invalid settings",
    }),
    ("vocab", Text {
        fr: "Codes de sortie :\n  0  vocabulaires affichés\n  2  vocabulaire inconnu, option invalide ou réglages invalides",
        en: "Exit codes:\n  0  vocabularies shown\n  2  unknown vocabulary, bad flag or invalid settings",
    }),
    ("list", Text {
        fr: "Codes de sortie :\n  0  liste affichée, même vide\n  1  aucune fabrique ne passe les filtres, avec --fail-empty\n  2  filtre ou colonne inconnus, option invalide, registre introuvable",
        en: "Exit codes:\n  0  list shown, even empty\n  1  no fabrique passes the filters, with --fail-empty\n  2  unknown filter value or column, bad flag, no register found",
    }),
    ("show", Text {
        fr: "Codes de sortie :\n  0  fiche affichée\n  1  aucune fiche n'a cet identifiant\n  2  option invalide, registre introuvable",
        en: "Exit codes:\n  0  record shown\n  1  no record has this id\n  2  bad flag, no register found",
    }),
    ("export", Text {
        fr: "Codes de sortie :\n  0  registre exporté, même quand des fiches ont des erreurs\n     (`fabriques validate` les montre ; une fiche qu'un format ne peut pas\n     accueillir est signalée)\n  2  filtre ou option invalides, fichier de sortie impossible à écrire, registre\n     introuvable",
        en: "Exit codes:\n  0  register exported, even when records have errors (`fabriques validate`\n     shows them; a record a format cannot take is reported)\n  2  bad filter or flag, output file cannot be written, no register found",
    }),
    ("criteres", Text {
        fr: "Codes de sortie :\n  0  matrice affichée\n  2  filtre ou option invalides, registre introuvable",
        en: "Exit codes:\n  0  matrix shown\n  2  bad filter or flag, no register found",
    }),
    ("stats", Text {
        fr: "Codes de sortie :\n  0  statistiques affichées\n  2  filtre ou option invalides, registre introuvable",
        en: "Exit codes:\n  0  statistics shown\n  2  bad filter or flag, no register found",
    }),
    ("actions", Text {
        fr: "Codes de sortie :\n  0  actions affichées\n  2  catégorie, commune, filtre ou option invalides, registre introuvable",
        en: "Exit codes:\n  0  actions shown\n  2  bad category, commune, filter or flag, no register found",
    }),
    ("liens", Text {
        fr: "Codes de sortie :\n  0  liens affichés\n  2  filtre ou option invalides, registre introuvable",
        en: "Exit codes:\n  0  links shown\n  2  bad filter or flag, no register found",
    }),
    ("site", Text {
        fr: "Codes de sortie :\n  0  site écrit, même quand des fiches ont des erreurs (leur page le dit ;\n     `fabriques validate` les montre)\n  2  dossier de sortie qui n'est ni vide ni un site, impossible à écrire, --depot\n     invalide, option invalide, réglages invalides, registre introuvable",
        en: "Exit codes:\n  0  site written, even when records have errors (their page says so;\n     `fabriques validate` shows them)\n  2  output folder neither empty nor a site, or cannot be written, bad --depot,\n     bad flag, invalid settings, no register found",
    }),
    ("geo", Text {
        fr: "Codes de sortie :\n  0  au moins une commune trouvée\n  1  aucune commune ne correspond\n  2  option invalide, réglages invalides",
        en: "Exit codes:\n  0  at least one commune found\n  1  no commune matches\n  2  bad flag, invalid settings",
    }),
    ("new", Text {
        fr: "Codes de sortie :\n  0  fiche créée\n  2  la fiche existe déjà, commune introuvable ou ambiguë, nom vide, option\n     invalide, registre introuvable",
        en: "Exit codes:\n  0  record created\n  2  the record already exists, commune not found or ambiguous, empty name,\n     bad flag, no register found",
    }),
    ("fmt", Text {
        fr: "Codes de sortie :\n  0  fiches mises en forme, ou déjà en forme\n  1  une fiche ne se lit pas (TOML invalide) ; avec --check ou --diff, des\n     fiches sont à mettre en forme\n  2  une fiche n'a pas pu être mise en forme sans risque, fichier nommé\n     absent, option invalide",
        en: "Exit codes:\n  0  records formatted, or already formatted\n  1  a record cannot be read (invalid TOML); with --check or --diff, records\n     need formatting\n  2  a record could not be formatted safely, named file missing, bad flag",
    }),
    ("import", Text {
        fr: "Codes de sortie :\n  0  fiches importées (les avertissements n'empêchent rien, une fiche existante\n     est laissée de côté sans erreur)\n  1  une ligne a des erreurs, ou son fichier n'a pas pu être écrit\n  2  tableau illisible, --map invalide, option invalide, registre introuvable",
        en: "Exit codes:\n  0  records imported (warnings do not count, an existing record is left out\n     without error)\n  1  a row has errors, or its file could not be written\n  2  unreadable sheet, bad --map, bad flag, no register found",
    }),
    ("init", Text {
        fr: "Codes de sortie :\n  0  registre créé\n  2  un des fichiers existe déjà (rien n'est écrit), dossier impossible à\n     écrire, option invalide",
        en: "Exit codes:\n  0  register created\n  2  one of the files already exists (nothing is written), folder cannot be\n     written, bad flag",
    }),
    ("completions", Text {
        fr: "Codes de sortie :\n  0  script écrit sur la sortie standard\n  2  shell inconnu, option invalide",
        en: "Exit codes:\n  0  script written to standard output\n  2  unknown shell, bad flag",
    }),
    ("man", Text {
        fr: "Codes de sortie :\n  0  page de manuel écrite sur la sortie standard\n  2  commande inconnue, option invalide",
        en: "Exit codes:\n  0  manual page written to standard output\n  2  unknown command, bad flag",
    }),
    ("schema", Text {
        fr: "Codes de sortie :\n  0  schéma écrit sur la sortie standard\n  2  réglages du registre invalides, option invalide",
        en: "Exit codes:\n  0  schema written to standard output\n  2  invalid register settings, bad flag",
    }),
];
