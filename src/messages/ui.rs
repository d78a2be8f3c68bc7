//! Interface texts: reporters, commands, tool errors, type names.

use std::path::Path;

use super::{current, fill, Text};

macro_rules! text {
    ($name:ident, $fr:expr, $en:expr) => {
        pub static $name: Text = Text { fr: $fr, en: $en };
    };
}

fn render(t: &Text, args: &[(&str, String)]) -> String {
    fill(t.get(current()), args)
}

// --- severities -------------------------------------------------------
text!(SEVERITY_ERROR, "erreur", "error");
text!(SEVERITY_WARNING, "avertissement", "warning");
text!(SEVERITY_ALLOW, "désactivée", "allow");
text!(HELP_LABEL, "aide", "help");
text!(NOTE_LABEL, "note", "note");

// --- TOML types, as named in `wrong-type` messages --------------------
text!(
    TYPE_STRING,
    "une chaîne de caractères entre guillemets",
    "a quoted string"
);
text!(TYPE_INTEGER, "un nombre entier", "an integer");
text!(TYPE_FLOAT, "un nombre décimal", "a decimal number");
text!(TYPE_NUMBER, "un nombre", "a number");
text!(TYPE_BOOL, "un booléen (true ou false)", "a boolean (true or false)");
text!(
    TYPE_DATE,
    "une date (AAAA-MM-JJ, sans guillemets)",
    "a date (YYYY-MM-DD, unquoted)"
);
text!(TYPE_ARRAY, "une liste [ ... ]", "an array [ ... ]");
text!(TYPE_TABLE, "une table", "a table");
text!(
    TYPE_ARRAY_OF_TABLES,
    "une liste de tables ([[...]])",
    "an array of tables ([[...]])"
);
text!(
    TYPE_STRING_OR_ARRAY,
    "un code entre guillemets ou une liste de codes",
    "a quoted code or an array of codes"
);

// --- validate: summary and notes --------------------------------------
text!(RECORD_ONE, "fiche vérifiée", "record checked");
text!(RECORD_MANY, "fiches vérifiées", "records checked");
text!(ERROR_ONE, "erreur", "error");
text!(ERROR_MANY, "erreurs", "errors");
text!(WARNING_ONE, "avertissement", "warning");
text!(WARNING_MANY, "avertissements", "warnings");
text!(
    SUMMARY,
    "{fiches} {fiches_mot} : {erreurs} {erreurs_mot}, {avertissements} {avertissements_mot}",
    "{fiches} {fiches_mot}: {erreurs} {erreurs_mot}, {avertissements} {avertissements_mot}"
);
text!(
    STRICT_NOTE,
    "(--strict : les avertissements comptent comme des erreurs)",
    "(--strict: warnings count as errors)"
);
text!(SKIP_HIDDEN, "fichier caché ignoré", "hidden file skipped");
text!(
    SKIP_NOT_TOML,
    "ignoré : pas un fichier .toml",
    "skipped: not a .toml file"
);
text!(
    SKIP_LINK_OUTSIDE,
    "lien symbolique ignoré : il mène hors du registre",
    "symbolic link skipped: it leads outside the register"
);
text!(
    SKIP_LINK_DIR,
    "lien symbolique vers un dossier ignoré",
    "symbolic link to a folder skipped"
);
text!(NO_RECORDS, "aucune fiche dans {dossier}", "no record in {dossier}");

// --- rules and vocab commands ------------------------------------------
text!(COL_RULE, "règle", "rule");
text!(COL_SEVERITY, "gravité", "severity");
text!(COL_DESCRIPTION, "description", "description");
text!(COL_CODE, "code", "code");
text!(COL_LABEL, "libellé", "label");
text!(COL_DEFINITION, "définition", "definition");
text!(COL_VOCABULARY, "vocabulaire", "vocabulary");
text!(COL_USED_BY, "utilisé par", "used by");
text!(COL_ENTRIES, "entrées", "entries");
text!(
    RULE_SEVERITY_LINE,
    "Gravité : {gravite} (par défaut : {defaut})",
    "Severity: {gravite} (default: {defaut})"
);
text!(RULE_WHY, "Pourquoi", "Why");
text!(RULE_BAD, "Exemple à corriger", "Example to fix");
text!(RULE_GOOD, "Exemple correct", "Correct example");
text!(
    RULE_IGNORE,
    "Pour l'ignorer dans une fiche, avec une raison :",
    "To ignore it in one record, with a reason:"
);
text!(LOCAL_ENTRY, "(ajout du registre)", "(added by the register)");
text!(
    VOCAB_HINT,
    "`fabriques vocab NOM` affiche les codes d'un vocabulaire.",
    "`fabriques vocab NAME` shows the codes of one vocabulary."
);
text!(
    RULES_HINT,
    "`fabriques rules NOM` explique une règle.",
    "`fabriques rules NAME` explains one rule."
);

// --- tool errors (exit 2) ----------------------------------------------
text!(ERROR_PREFIX, "fabriques : erreur : ", "fabriques: error: ");
text!(UNKNOWN_RULE, "règle inconnue « {nom} »", "unknown rule `{nom}`");
text!(
    UNKNOWN_VOCABULARY,
    "vocabulaire inconnu « {nom} »",
    "unknown vocabulary `{nom}`"
);
text!(
    DID_YOU_MEAN,
    "vouliez-vous dire « {suggestion} » ?",
    "did you mean `{suggestion}`?"
);
text!(
    SEE_LIST,
    "`fabriques {commande}` les liste toutes",
    "`fabriques {commande}` lists them all"
);
text!(
    DATA_DIR_UNREADABLE,
    "impossible de lire le dossier des fiches {dossier}",
    "cannot read the records folder {dossier}"
);
text!(
    DATA_DIR_NOT_A_FOLDER,
    "{dossier} n'est pas un dossier",
    "{dossier} is not a folder"
);
text!(
    NO_CWD,
    "impossible de connaître le dossier courant",
    "cannot determine the current folder"
);
text!(NO_REGISTER, "aucun registre trouvé depuis {dossier} : aucun dossier parent ne contient fabriques.toml ni data/ (indiquez le dossier des fiches avec --data DOSSIER)", "no register found from {dossier}: no parent folder holds fabriques.toml or data/ (name the records folder with --data DIR)");
text!(
    SETTINGS_UNREADABLE,
    "impossible de lire {fichier}",
    "cannot read {fichier}"
);
text!(
    SETTINGS_INVALID,
    "réglages invalides dans {fichier}",
    "invalid settings in {fichier}"
);
text!(
    SETTINGS_UNKNOWN_RULE,
    "[regles] : règle inconnue « {regle} »",
    "[regles]: unknown rule `{regle}`"
);
text!(SETTINGS_BAD_SEVERITY, "[regles] : « {niveau} » n'est pas une gravité pour « {regle} » ; écrivez \"erreur\", \"avertissement\" ou \"desactivee\"", "[regles]: `{niveau}` is not a severity for `{regle}`; write \"error\", \"warning\" or \"allow\"");
text!(
    SETTINGS_UNKNOWN_VOCABULARY,
    "[vocabulaire] : vocabulaire inconnu « {nom} »",
    "[vocabulaire]: unknown vocabulary `{nom}`"
);
text!(
    SETTINGS_BAD_CODE,
    "« {code} » n'est pas un code valide : minuscules sans accents, chiffres et _ (ex. tiers_lieu_nourricier)",
    "`{code}` is not a valid code: lowercase ASCII letters, digits and _ (e.g. tiers_lieu_nourricier)"
);
text!(
    SETTINGS_NETWORKS_ELSEWHERE,
    "les réseaux se déclarent dans [reseaux.CODE] avec nom = \"...\", pas dans [vocabulaire.reseaux]",
    "networks are declared in [reseaux.CODE] with nom = \"...\", not in [vocabulaire.reseaux]"
);
text!(WRITE_FAILED, "écriture impossible", "write failed");

fn with_suggestion(base: String, suggestion: Option<&str>) -> String {
    match suggestion {
        Some(s) => format!("{base} ; {}", render(&DID_YOU_MEAN, &[("suggestion", s.to_string())])),
        None => base,
    }
}

pub fn data_dir_unreadable(dir: &Path) -> String {
    render(&DATA_DIR_UNREADABLE, &[("dossier", dir.display().to_string())])
}
pub fn data_dir_not_a_folder(dir: &Path) -> String {
    render(&DATA_DIR_NOT_A_FOLDER, &[("dossier", dir.display().to_string())])
}
pub fn no_cwd() -> String {
    render(&NO_CWD, &[])
}
pub fn no_register(dir: &Path) -> String {
    render(&NO_REGISTER, &[("dossier", dir.display().to_string())])
}
pub fn settings_unreadable(file: &Path) -> String {
    render(&SETTINGS_UNREADABLE, &[("fichier", file.display().to_string())])
}
pub fn settings_invalid(file: &Path) -> String {
    render(&SETTINGS_INVALID, &[("fichier", file.display().to_string())])
}
pub fn settings_unknown_rule(rule: &str, suggestion: Option<&str>) -> String {
    with_suggestion(
        render(&SETTINGS_UNKNOWN_RULE, &[("regle", rule.to_string())]),
        suggestion,
    )
}
pub fn settings_bad_severity(rule: &str, level: &str) -> String {
    render(
        &SETTINGS_BAD_SEVERITY,
        &[("regle", rule.to_string()), ("niveau", level.to_string())],
    )
}
pub fn settings_unknown_vocabulary(name: &str, suggestion: Option<&str>) -> String {
    with_suggestion(
        render(&SETTINGS_UNKNOWN_VOCABULARY, &[("nom", name.to_string())]),
        suggestion,
    )
}
pub fn settings_bad_code(code: &str) -> String {
    render(&SETTINGS_BAD_CODE, &[("code", code.to_string())])
}
pub fn settings_networks_elsewhere() -> String {
    render(&SETTINGS_NETWORKS_ELSEWHERE, &[])
}
pub fn unknown_name(text: &'static Text, name: &str, suggestion: Option<&str>, command: &str) -> String {
    let base = render(text, &[("nom", name.to_string())]);
    let base = with_suggestion(base, suggestion);
    format!("{base} ; {}", render(&SEE_LIST, &[("commande", command.to_string())]))
}

// --- geo command ---------------------------------------------------------
text!(GEO_COMMUNE, "commune", "commune");
text!(
    GEO_ARRONDISSEMENT,
    "arrondissement municipal",
    "municipal arrondissement"
);
text!(GEO_DELEGUEE, "commune déléguée", "commune déléguée");
text!(GEO_ASSOCIEE, "commune associée", "commune associée");
text!(GEO_PART_OF, "de", "of");
text!(GEO_COL_COMMUNE, "commune", "commune");
text!(GEO_COL_TYPE, "type", "type");
text!(GEO_COL_INSEE, "code INSEE", "INSEE code");
text!(GEO_COL_POSTAL, "codes postaux", "postal codes");
text!(GEO_COL_DEPARTEMENT, "département", "département");
text!(GEO_COL_REGION, "région", "région");
text!(GEO_COL_POPULATION, "population", "population");
text!(
    GEO_NOTHING,
    "aucune commune ne correspond à « {requete} » (essayez un code postal, un code INSEE ou le nom officiel)",
    "no commune matches `{requete}` (try a postal code, an INSEE code or the official name)"
);
text!(GEO_SOURCE, "source : Code officiel géographique {millesime} (INSEE, La Poste), paquet @etalab/decoupage-administratif {version}, Licence Ouverte 2.0", "source: Code officiel géographique {millesime} (INSEE, La Poste), package @etalab/decoupage-administratif {version}, Licence Ouverte 2.0");

// --- criteres command ----------------------------------------------------
text!(COL_ID, "id", "id");
text!(COL_NOM, "nom", "name");
/// Column headings of the six criteria, in `rules::CRITERIA` order.
pub static CRITERIA_SHORT: [Text; 6] = [
    Text {
        fr: "communauté",
        en: "community",
    },
    Text {
        fr: "gouvernance",
        en: "governance",
    },
    Text {
        fr: "ancrage",
        en: "anchoring",
    },
    Text {
        fr: "mise en commun",
        en: "pooling",
    },
    Text {
        fr: "offre diversifiée",
        en: "diverse offer",
    },
    Text {
        fr: "offre adaptée",
        en: "offer for all",
    },
];
text!(CRITERES_TOTAL, "fabriques qui le remplissent", "fabriques meeting it");
text!(CRITERES_LEGEND, "✓ critère documenté dans la fiche · ✗ non documenté : `fabriques validate` dit ce qui manque, `fabriques rules critere-...` explique le critère", "✓ criterion documented in the record · ✗ not documented: `fabriques validate` says what is missing, `fabriques rules critere-...` explains the criterion");
text!(
    CRITERES_UNREADABLE,
    "{nombre} fichier(s) illisible(s) laissé(s) de côté : lancez `fabriques validate`",
    "{nombre} unreadable file(s) left out: run `fabriques validate`"
);

// --- list, show and the filters ------------------------------------------
text!(YES, "oui", "yes");
text!(NO, "non", "no");
text!(UNKNOWN, "non renseigné", "not recorded");
text!(
    LIST_EMPTY,
    "aucune fabrique ne correspond aux filtres",
    "no fabrique matches the filters"
);
text!(
    LIST_ERRORS,
    "⚠ {nombre} fiche(s) listée(s) avec des erreurs : lancez `fabriques validate`",
    "⚠ {nombre} listed record(s) have errors: run `fabriques validate`"
);
text!(
    FILTER_UNKNOWN,
    "valeur inconnue pour {option} : « {valeur} »",
    "unknown value for {option}: `{valeur}`"
);
text!(
    FILTER_SUGGEST,
    "vouliez-vous dire {suggestions} ?",
    "did you mean {suggestions}?"
);
text!(
    FILTER_ALLOWED,
    "valeurs possibles : {valeurs}",
    "allowed values: {valeurs}"
);
text!(
    UNKNOWN_RECORD,
    "aucune fiche n'a l'identifiant « {nom} »",
    "no record has the id `{nom}`"
);
text!(
    SHOW_ERRORS,
    "{nombre} erreur(s) dans cette fiche : lancez `fabriques validate`",
    "{nombre} error(s) in this record: run `fabriques validate`"
);
text!(F_STATUT, "Statut", "Status");
text!(F_COMMUNE, "Commune", "Commune");
text!(F_VOIE, "Adresse", "Address");
text!(F_DEPARTEMENT, "Département", "Département");
text!(F_REGION, "Région", "Région");
text!(F_COORDONNEES, "Coordonnées", "Coordinates");
text!(F_QPV, "QPV", "QPV");
text!(F_CODE_QPV, "Code QPV", "QPV code");
text!(F_NUMERIQUE, "Fabrique numérique", "Fabrique numérique");
text!(F_LABELLISATION, "Labellisation", "Labelled");
text!(F_VAGUE, "vague", "wave");
text!(F_STRUCTURE, "Structure porteuse", "Carrying structure");
text!(F_CREATION, "créée en {annee}", "created in {annee}");
text!(F_SIRET, "SIRET", "SIRET");
text!(F_SITE, "Site web", "Website");
text!(F_MOVILAB, "Page Movilab", "Movilab page");
text!(F_VIDEO, "Vidéo", "Video");
text!(F_RESEAUX, "Réseaux", "Networks");
text!(F_CONSORTIUM, "Consortium", "Consortium");
text!(F_FINANCEMENT, "Financement de l'État", "State funding");
text!(F_BONUS, "bonus numérique", "numérique bonus");
text!(F_LIENS, "Liens (→ sortants, ← entrants)", "Links (→ out, ← in)");
text!(F_CRITERES, "Critères tiers-lieu", "Tiers-lieu criteria");
text!(F_SOURCES, "Sources", "Sources");

// --- export ----------------------------------------------------------------
// === Writing records: new, fmt, import ==================================
// Texts of the three commands that write records (issue 7), kept together.

// --- shared -----------------------------------------------------------
text!(LIST_SEPARATOR, " ; ", "; ");
text!(
    WRITE_FILE_FAILED,
    "impossible d'écrire {fichier}",
    "cannot write {fichier}"
);
text!(
    EXPORT_NO_COORDINATES,
    "{nombre} fabrique(s) sans coordonnées laissée(s) hors de la carte : {ids}",
    "{nombre} fabrique(s) without coordinates left off the map: {ids}"
);
text!(
    EXPORT_SKIPPED,
    "{id} : non exportée ({raison})",
    "{id}: not exported ({raison})"
);
text!(
    EXPORT_NO_PIVOT,
    "pas de SIRET pour l'identifiant « pivot » : ajoutez structure_porteuse.siret",
    "no SIRET for the « pivot » id: add structure_porteuse.siret"
);
text!(
    EXPORT_NO_ADRESSE,
    "pas d'adresse : ajoutez adresse.voie",
    "no address: add adresse.voie"
);
text!(
    EXPORT_NOT_PARSED,
    "la fiche ne se lit pas : lancez `fabriques validate`",
    "the record cannot be read: run `fabriques validate`"
);
text!(
    EXPORT_WRITTEN,
    "{nombre} fabrique(s) exportée(s) dans {fichier}",
    "{nombre} fabrique(s) exported to {fichier}"
);
text!(
    EXPORT_BAD_DELIMITER,
    "le séparateur doit être un seul caractère ASCII, pas « {valeur} »",
    "the delimiter must be a single ASCII character, not `{valeur}`"
);
text!(WIKI_TECHNIQUE, "Technique", "Technical");
text!(WIKI_ACTIONS, "Entrée par action", "By action");
/// Column headings of the « Technique » table, as on the Movilab page.
pub static WIKI_TECHNIQUE_COLUMNS: [Text; 12] = [
    Text {
        fr: "Structure porteuse",
        en: "Carrying structure",
    },
    Text {
        fr: "Code postal",
        en: "Postal code",
    },
    Text {
        fr: "Ville",
        en: "Town",
    },
    Text { fr: "QPV", en: "QPV" },
    Text {
        fr: "Fabrique numérique",
        en: "Fabrique numérique",
    },
    Text {
        fr: "Consortium : collectivités",
        en: "Consortium: collectivités",
    },
    Text {
        fr: "Consortium : centres sociaux",
        en: "Consortium: social centres",
    },
    Text {
        fr: "Consortium : bailleurs sociaux",
        en: "Consortium: social landlords",
    },
    Text {
        fr: "Consortium : acteurs de la formation",
        en: "Consortium: training bodies",
    },
    Text {
        fr: "Labellisation",
        en: "Labelled",
    },
    Text {
        fr: "Existe depuis",
        en: "Since",
    },
    Text { fr: "Lien", en: "Link" },
];
/// Column headings of the « Entrée par action » table.
pub static WIKI_ACTIONS_COLUMNS: [Text; 5] = [
    Text {
        fr: "Catégorie",
        en: "Category",
    },
    Text {
        fr: "Sous-action",
        en: "Sub-action",
    },
    Text {
        fr: "Font ça",
        en: "Do it",
    },
    Text {
        fr: "Ont commencé",
        en: "Have started",
    },
    Text {
        fr: "Veulent le faire",
        en: "Want to",
    },
];
text!(GEOJSON_QPV, "en QPV", "in a QPV");
text!(
    GEOJSON_NUMERIQUE,
    "Fabrique numérique de territoire",
    "Fabrique numérique de territoire"
);
text!(GEOJSON_ACTIONS, "Actions", "Actions");
text!(GEOJSON_MOVILAB, "Page Movilab", "Movilab page");
// --- stats, actions and liens commands -----------------------------------
// Shared words.
text!(FABRIQUE_ONE, "fabrique", "fabrique");
text!(FABRIQUE_MANY, "fabriques", "fabriques");
text!(COL_FABRIQUES, "fabriques", "fabriques");
text!(COL_TOTAL, "total", "total");
// stats: section headings.
text!(STATS_PROGRAMME, "Avancement du programme", "Programme progress");
text!(STATS_REGION, "Par région", "By région");
text!(STATS_DEPARTEMENT, "Par département", "By département");
text!(
    STATS_QPV,
    "Quartiers prioritaires de la politique de la ville (QPV)",
    "Priority neighbourhoods (QPV)"
);
text!(
    STATS_NUMERIQUE,
    "Fabriques numériques de territoire",
    "Fabriques numériques de territoire"
);
text!(STATS_ANNEE, "Année de labellisation", "Labelling year");
text!(STATS_VAGUE, "Vague de labellisation", "Labelling wave");
text!(STATS_STATUT, "Statut de la fabrique", "Status of the fabrique");
text!(
    STATS_ACTIONS,
    "Actions : fabriques par catégorie, à leur statut le plus avancé",
    "Actions: fabriques by category, at their most advanced status"
);
text!(
    STATS_CRITERES,
    "Critères tiers-lieu documentés",
    "Tiers-lieu criteria documented"
);
text!(
    STATS_FINANCEMENT,
    "Financement de l'État enregistré",
    "State funding recorded"
);
// stats: lines and columns.
text!(STATS_TOTAL_LABEL, "fabriques", "fabriques");
text!(STATS_ERRORS_LABEL, "fiches avec des erreurs", "records with errors");
text!(
    STATS_ERRORS,
    "⚠ {nombre} fiche(s) comptée(s) avec des erreurs : lancez `fabriques validate`",
    "⚠ {nombre} counted record(s) have errors: run `fabriques validate`"
);
text!(PROG_FABRIQUES, "fabriques labellisées", "labelled fabriques");
text!(PROG_QPV, "en QPV", "in a QPV");
text!(
    PROG_HORS_GRANDS_CENTRES,
    "hors QPV, hors des grands centres urbains",
    "outside QPVs, outside large urban centres"
);
text!(
    PROG_GRANDS_CENTRES,
    "hors QPV, dans une commune de plus de {seuil} habitants",
    "outside QPVs, in a commune of more than {seuil} inhabitants"
);
text!(
    PROG_COMMUNE_INCONNUE,
    "hors QPV, commune non reconnue (population inconnue)",
    "outside QPVs, commune not recognised (population unknown)"
);
text!(
    PROG_NUMERIQUES,
    "Fabriques numériques de territoire",
    "Fabriques numériques de territoire"
);
text!(PROG_NOTE, "Chiffres du programme (AMI de juillet 2019), à titre indicatif : 300 fabriques, la moitié en QPV, la moitié hors des grands centres urbains, une trentaine de Fabriques numériques de territoire.", "The programme's figures (AMI of July 2019), for information: 300 fabriques, half in a QPV, half outside large urban centres, about 30 Fabriques numériques de territoire.");
text!(COL_OBJECTIF, "objectif", "target");
text!(COL_AVANCEMENT, "avancement", "progress");
text!(COL_PART, "part", "share");
text!(TARGET_ABOUT, "environ {n}", "about {n}");
text!(QPV_IN, "en QPV", "in a QPV");
text!(QPV_OUT, "hors QPV", "outside QPVs");
text!(
    FIN_FICHES,
    "fabriques dont un financement est enregistré",
    "fabriques with funding recorded"
);
text!(FIN_ANNEE, "versé pour {annee}", "paid for {annee}");
text!(FIN_ANNUEL, "total des financements annuels", "total annual funding");
text!(FIN_TOTAL, "total, bonus compris", "total, bonus included");
text!(PERCENT, "{n} %", "{n}%");
text!(EUROS, "{montant} €", "€{montant}");
text!(THOUSANDS_SEPARATOR, " ", ",");
// actions: the « Entrée par action ».
text!(ACTIONS_FAIT, "font ça", "do it");
text!(ACTIONS_COMMENCE, "ont commencé", "have started");
text!(ACTIONS_ENVISAGE, "veulent le faire", "want to");
text!(ACTIONS_COL_ACTION, "action", "action");
text!(ACTIONS_COL_STATUT, "statut", "status");
text!(ACTIONS_COL_PROXIMITE, "proximité", "proximity");
text!(ACTIONS_COL_DISTANCE, "distance", "distance");
text!(ACTIONS_COL_SOUS_ACTIONS, "sous-actions", "sub-actions");
text!(NEAR_COMMUNE, "même commune", "same commune");
text!(NEAR_DEPARTEMENT, "même département", "same département");
text!(NEAR_REGION, "même région", "same région");
text!(NEAR_ELSEWHERE, "ailleurs", "elsewhere");
text!(ACTIONS_NEAR_DEPARTEMENT, "Les plus proches d'abord, depuis {lieu} : même département, puis même région, puis ailleurs ; dans chaque groupe par nom.", "Nearest first, from {lieu}: same département, then same région, then elsewhere; within each group by name.");
text!(ACTIONS_NEAR, "Les plus proches d'abord, depuis {lieu} : même commune, puis même département, puis même région, puis ailleurs ; dans chaque groupe par distance quand elle est connue, puis par nom.", "Nearest first, from {lieu}: same commune, then same département, then same région, then elsewhere; within each group by distance when it is known, then by name.");
text!(
    ACTIONS_POINT,
    "Distances à vol d'oiseau depuis les coordonnées de {nombre} {fabriques} de la commune.",
    "Distances as the crow flies from the coordinates of {nombre} {fabriques} in the commune."
);
text!(
    ACTIONS_NO_POINT,
    "Aucune fabrique de la commune n'a de coordonnées : pas de distance, seuls les groupes ordonnent.",
    "No fabrique of the commune has coordinates: no distance, the groups alone give the order."
);
// liens: visits and contributions between fabriques.
text!(LIENS_TITLE, "Liens entre fabriques", "Links between fabriques");
text!(LIENS_COUNTS_TITLE, "Par fabrique", "By fabrique");
text!(LIENS_COL_DE, "de", "from");
text!(LIENS_COL_VERS, "vers", "to");
text!(LIENS_COL_TYPE, "type", "type");
text!(LIENS_COL_DATE, "date", "date");
text!(LIENS_COL_NOTE, "note", "note");
text!(LIENS_COL_SORTANTS, "sortants", "out");
text!(LIENS_COL_ENTRANTS, "entrants", "in");
text!(
    LIENS_LEGEND,
    "⚠ aucune fiche n'a cet identifiant (règle unknown-link : `fabriques validate`)",
    "⚠ no record has this id (rule unknown-link: `fabriques validate`)"
);
text!(LIENS_UNKNOWN_NODE, "{id} (fiche inconnue)", "{id} (unknown record)");
text!(
    LIENS_EMPTY,
    "aucun lien pour les fabriques sélectionnées",
    "no link for the selected fabriques"
);
text!(
    LIENS_UNKNOWN,
    "⚠ {nombre} lien(s) vers une fiche inconnue : lancez `fabriques validate`",
    "⚠ {nombre} link(s) to an unknown record: run `fabriques validate`"
);
text!(
    READ_FILE_FAILED,
    "impossible de lire {fichier}",
    "cannot read {fichier}"
);
text!(
    CREATE_DIR_FAILED,
    "impossible de créer le dossier {dossier}",
    "cannot create the folder {dossier}"
);

// --- fmt ----------------------------------------------------------------
text!(
    FMT_NOT_FOUND,
    "{fichier} : fichier introuvable",
    "{fichier}: no such file"
);
text!(
    FMT_TO_FORMAT_ONE,
    "{nombre} fiche à mettre en forme : lancez `fabriques fmt`",
    "{nombre} record to format: run `fabriques fmt`"
);
text!(
    FMT_TO_FORMAT_MANY,
    "{nombre} fiches à mettre en forme : lancez `fabriques fmt`",
    "{nombre} records to format: run `fabriques fmt`"
);
text!(
    FMT_FORMATTED_ONE,
    "{nombre} fiche mise en forme",
    "{nombre} record formatted"
);
text!(
    FMT_FORMATTED_MANY,
    "{nombre} fiches mises en forme",
    "{nombre} records formatted"
);
text!(
    FMT_ALREADY_ONE,
    "{nombre} fiche déjà en forme",
    "{nombre} record already formatted"
);
text!(
    FMT_ALREADY_MANY,
    "{nombre} fiches déjà en forme",
    "{nombre} records already formatted"
);
text!(
    FMT_LEFT_ONE,
    "{nombre} fichier laissé tel quel (voir ci-dessus)",
    "{nombre} file left as it is (see above)"
);
text!(
    FMT_LEFT_MANY,
    "{nombre} fichiers laissés tels quels (voir ci-dessus)",
    "{nombre} files left as they are (see above)"
);
text!(
    FMT_UNSAFE,
    "{fichier} : laissé tel quel, car la mise en forme {raison} ; merci de signaler ce fichier aux mainteneurs de l'outil",
    "{fichier}: left as it is, because formatting {raison}; please report this file to the tool's maintainers"
);
text!(FMT_REASON_VALUES, "changerait des valeurs", "would change values");
text!(
    FMT_REASON_COMMENTS,
    "changerait des commentaires",
    "would change comments"
);
text!(
    FMT_REASON_IDEMPOTENT,
    "ne serait pas stable (une seconde mise en forme le changerait encore)",
    "would not be stable (formatting it again would change it again)"
);
text!(
    FMT_REASON_PARSER,
    "bute sur une différence entre analyseurs TOML ({detail})",
    "hits a difference between TOML parsers ({detail})"
);

// --- new ----------------------------------------------------------------
text!(
    NEW_EMPTY_NAME,
    "le nom de la fabrique est vide",
    "the fabrique's name is empty"
);
text!(
    NEW_NO_ID,
    "impossible de tirer un identifiant du nom « {nom} » : choisissez-le avec --id (minuscules sans accents, chiffres et tirets, ex. la-dynamo)",
    "cannot derive an id from the name `{nom}`: choose one with --id (lowercase ASCII letters, digits and hyphens, e.g. la-dynamo)"
);
text!(
    NEW_BAD_ID,
    "« {id} » n'est pas un identifiant valide : minuscules sans accents, chiffres et tirets simples (ex. la-dynamo)",
    "`{id}` is not a valid id: lowercase ASCII letters, digits and single hyphens (e.g. la-dynamo)"
);
text!(
    NEW_EXISTS,
    "la fiche {fichier} existe déjà : elle n'est pas remplacée ; modifiez-la, ou choisissez un autre identifiant avec --id",
    "the record {fichier} already exists: it is not replaced; edit it, or choose another id with --id"
);
text!(
    NEW_NO_PLACE,
    "indiquez où est la fabrique : --commune, --code-postal ou --insee",
    "say where the fabrique is: --commune, --code-postal or --insee"
);
text!(
    NEW_CANDIDATE,
    "{commune} ({lieu}, code INSEE {insee}, {departement})",
    "{commune} ({lieu}, INSEE code {insee}, {departement})"
);
text!(NEW_POSTAL_CODE_ONE, "code postal {cp}", "postal code {cp}");
text!(NEW_POSTAL_CODE_MANY, "codes postaux {cp}", "postal codes {cp}");
text!(
    NEW_FORMER_OF,
    "ancienne commune, aujourd'hui dans {commune}",
    "former commune, now part of {commune}"
);
text!(
    NEW_AMBIGUOUS_NAME,
    "plusieurs communes s'appellent « {nom} » :",
    "several communes are called `{nom}`:"
);
text!(
    NEW_AMBIGUOUS_NAME_HELP,
    "précisez laquelle : --code-postal CODE avec --commune, ou --insee CODE",
    "say which one: --code-postal CODE together with --commune, or --insee CODE"
);
text!(
    NEW_AMBIGUOUS_POSTAL_CODE,
    "le code postal {cp} dessert plusieurs communes :",
    "the postal code {cp} serves several communes:"
);
text!(
    NEW_AMBIGUOUS_POSTAL_CODE_HELP,
    "précisez laquelle : --commune NOM avec --code-postal, ou --insee CODE",
    "say which one: --commune NAME together with --code-postal, or --insee CODE"
);
text!(
    NEW_SEVERAL_POSTAL_CODES,
    "{commune} a plusieurs codes postaux ({codes}) : précisez celui de la fabrique avec --code-postal",
    "{commune} has several postal codes ({codes}): give the fabrique's with --code-postal"
);
text!(
    NEW_NO_POSTAL_CODE,
    "{commune} n'a pas de code postal dans la géographie de référence",
    "{commune} has no postal code in the geography reference"
);
text!(
    NEW_CP_NOT_SERVING,
    "le code postal {cp} ne dessert pas {commune}",
    "the postal code {cp} does not serve {commune}"
);
text!(
    NEW_BAD_POSTAL_CODE,
    "« {cp} » n'est pas un code postal : cinq chiffres (ex. 01500)",
    "`{cp}` is not a postal code: five digits (e.g. 01500)"
);
text!(
    NEW_UNKNOWN_POSTAL_CODE,
    "aucune commune n'a le code postal {cp}",
    "no commune has the postal code {cp}"
);
text!(
    NEW_UNKNOWN_COMMUNE,
    "aucune commune ne s'appelle « {nom} »",
    "no commune is called `{nom}`"
);
text!(
    NEW_TRY_GEO,
    " : cherchez son nom officiel avec `fabriques geo`",
    ": look up its official name with `fabriques geo`"
);
text!(
    NEW_NOT_SERVED,
    "le code postal {cp} ne dessert aucune commune appelée « {nom} » ; il dessert :",
    "the postal code {cp} serves no commune called `{nom}`; it serves:"
);
text!(
    NEW_ELSEWHERE,
    "une commune de ce nom existe ailleurs :",
    "a commune of that name exists elsewhere:"
);
text!(
    NEW_UNKNOWN_INSEE,
    "aucune commune n'a le code INSEE {code}",
    "no commune has the INSEE code {code}"
);
text!(
    NEW_INSEE_OTHER_COMMUNE,
    "le code INSEE {code} est celui de {commune}, pas de « {nom} »",
    "the INSEE code {code} is that of {commune}, not of `{nom}`"
);
text!(
    NEW_FORMER_COMMUNE,
    "{ancienne} est une ancienne commune, aujourd'hui dans {actuelle} : utilisez --commune \"{nom}\"",
    "{ancienne} is a former commune, now part of {actuelle}: use --commune \"{nom}\""
);
text!(
    NEW_TEMPLATE_BROKEN,
    "le modèle de fiche n'a pas pu être mis en forme",
    "the record template could not be formatted"
);
text!(
    NEW_NEXT_STEP,
    "Étape suivante : remplacez les valeurs « À VÉRIFIER » et « À COMPLÉTER » de {fichier}, puis lancez `fabriques validate`.",
    "Next step: replace the values marked « À VÉRIFIER » (to check) and « À COMPLÉTER » (to complete) in {fichier}, then run `fabriques validate`."
);
// The template's comments (written in the record).
text!(
    NEW_T_HEADER,
    "{nom} — {commune} ({departement}).\nFiche créée avec `fabriques new` : remplacez les valeurs marquées « À VÉRIFIER » et « À COMPLÉTER ». Une ligne qui commence par « # » est un commentaire : pour remplir un champ facultatif, retirez le « # » du début de sa ligne. Chaque champ est décrit dans docs/format.md ; vérifiez la fiche avec `fabriques validate`.",
    "{nom} — {commune} ({departement}).\nRecord created with `fabriques new`: replace the values marked « À VÉRIFIER » (to check) and « À COMPLÉTER » (to complete). A line starting with « # » is a comment: to fill in an optional field, remove the « # » at the start of its line. Every field is described in docs/format.md; check the record with `fabriques validate`."
);
text!(NEW_T_VERIFY, "À VÉRIFIER", "À VÉRIFIER (to check)");
text!(
    NEW_T_STATUT,
    "Statut de la fabrique, si la source le dit : {codes}.",
    "Status of the fabrique, if the source says: {codes}."
);
text!(
    NEW_T_QPV,
    "true si le lieu est dans un quartier prioritaire de la politique de la ville (QPV), false sinon.",
    "true if the place is in a quartier prioritaire de la politique de la ville (QPV), false otherwise."
);
text!(
    NEW_T_CODE_QPV,
    "Code du QPV, si le lieu est en QPV.",
    "Code of the QPV, if the place is in one."
);
text!(
    NEW_T_NUMERIQUE,
    "true pour une Fabrique numérique de territoire (elle est forcément en QPV) ; laissez la ligne en commentaire si la source ne le dit pas.",
    "true for a Fabrique numérique de territoire (it is always in a QPV); leave the line commented out if the source does not say."
);
text!(
    NEW_T_URLS,
    "Adresses web complètes, en http:// ou https:// : site, page Movilab, vidéo (sur PeerTube plutôt que YouTube).",
    "Complete web addresses, with http:// or https://: website, Movilab page, video (on PeerTube rather than YouTube)."
);
text!(
    NEW_T_RESEAUX,
    "Réseaux dont la fabrique est membre, déclarés dans fabriques.toml : {codes}.",
    "Networks the fabrique belongs to, declared in fabriques.toml: {codes}."
);
text!(
    NEW_T_RESEAUX_NONE,
    "Réseaux dont la fabrique est membre : déclarez-les d'abord dans fabriques.toml ([reseaux.CODE]).",
    "Networks the fabrique belongs to: declare them first in fabriques.toml ([reseaux.CODE])."
);
text!(
    NEW_T_SOURCES,
    "D'où viennent les informations de cette fiche : au moins une source ; s'il y en a plusieurs, dites quelle information vient de laquelle.",
    "Where the facts of this record come from: at least one source; when there are several, say which fact comes from which."
);
text!(
    NEW_T_SOURCES_VALUE,
    "À COMPLÉTER : source des informations de cette fiche",
    "À COMPLÉTER (to complete): source of the facts of this record"
);
text!(
    NEW_T_ANNEE,
    "À VÉRIFIER : année de labellisation",
    "À VÉRIFIER (to check): year of labelling"
);
text!(
    NEW_T_VAGUE,
    "Vague de l'appel à manifestation d'intérêt (1, 2...).",
    "Wave of the call for applications (1, 2...)."
);
text!(NEW_T_VOIE, "Numéro et voie.", "Street address.");
text!(
    NEW_T_LIEU,
    "Code postal, commune et code INSEE : Code officiel géographique {millesime}.",
    "Postal code, commune and INSEE code: Code officiel géographique {millesime}."
);
text!(
    NEW_T_COORDONNEES,
    "Coordonnées WGS 84 en degrés décimaux : les deux, ou aucune.",
    "WGS 84 coordinates in decimal degrees: both, or neither."
);
text!(
    NEW_T_STRUCTURE,
    "À VÉRIFIER : la structure qui porte la fabrique",
    "À VÉRIFIER (to check): the structure carrying the fabrique"
);
text!(NEW_T_FORME, "Forme juridique : {codes}.", "Legal form: {codes}.");
text!(
    NEW_T_CREATION,
    "Année de création de la structure (« existe depuis »).",
    "Year the structure was created (« existe depuis »)."
);
text!(NEW_T_SIRET, "Numéro SIRET : 14 chiffres.", "SIRET number: 14 digits.");
text!(
    NEW_T_CONSORTIUM,
    "Membres du consortium, une liste de noms par catégorie : {codes}.",
    "Members of the consortium, a list of names per kind: {codes}."
);
text!(
    NEW_T_FINANCEMENT,
    "Financement de l'État reçu chaque année, en euros ; bonus Fabrique numérique.",
    "State funding received each year, in euros; Fabrique numérique bonus."
);
text!(
    NEW_T_CRITERES,
    "Les six critères tiers-lieu : une vraie phrase pour chacun (`fabriques rules critere-communaute` explique le premier).",
    "The six tiers-lieu criteria: a real sentence for each (`fabriques rules critere-communaute` explains the first)."
);
text!(NEW_T_PUBLICS, "Publics : {codes}.", "Publics: {codes}.");
text!(
    NEW_T_ACTIONS,
    "Actions (« Entrée par action ») : une table [[actions]] par action, sans le « # » du début des lignes.\ncategorie : {categories}.\nstatut : {statuts}.",
    "Actions (« Entrée par action »): one [[actions]] table per action, without the « # » at the start of the lines.\ncategorie: {categories}.\nstatut: {statuts}."
);
text!(
    NEW_T_LIENS,
    "Visites et contributions entre fabriques : une table [[liens]] par lien ; fabrique est l'identifiant de l'autre fiche ; type : {types}.",
    "Visits and contributions between fabriques: one [[liens]] table per link; fabrique is the other record's id; type: {types}."
);

// --- import -------------------------------------------------------------
text!(
    IMPORT_NOT_UTF8,
    "{fichier} n'est pas en UTF-8 : dans Excel, enregistrez-le au format « CSV UTF-8 » ; dans LibreOffice, choisissez le jeu de caractères « Unicode (UTF-8) »",
    "{fichier} is not UTF-8: in Excel, save it as « CSV UTF-8 »; in LibreOffice, choose the character set « Unicode (UTF-8) »"
);
text!(
    IMPORT_BAD_CSV,
    "{fichier} : tableau CSV illisible ({detail})",
    "{fichier}: unreadable CSV sheet ({detail})"
);
text!(
    IMPORT_BAD_MAP,
    "--map « {map} » : écrivez --map \"Colonne=champ\" (ex. --map \"Ville=adresse.commune\")",
    "--map `{map}`: write --map \"Column=field\" (e.g. --map \"Ville=adresse.commune\")"
);
text!(
    IMPORT_MAP_NO_COLUMN,
    "--map : le tableau n'a pas de colonne « {colonne} » ; ses colonnes : {colonnes}",
    "--map: the sheet has no column `{colonne}`; its columns: {colonnes}"
);
text!(
    IMPORT_MAP_NO_FIELD,
    "--map : « {champ} » n'est pas un champ des fiches (ex. adresse.commune, consortium.collectivites, ou - pour ignorer la colonne)",
    "--map: `{champ}` is not a field of the records (e.g. adresse.commune, consortium.collectivites, or - to ignore the column)"
);
text!(
    IMPORT_TWO_COLUMNS,
    "les colonnes « {a} » et « {b} » remplissent toutes deux le champ {champ} : ignorez-en une avec --map \"{b}=-\"",
    "the columns `{a}` and `{b}` both fill the field {champ}: ignore one with --map \"{b}=-\""
);
text!(
    IMPORT_NO_NAME_COLUMN,
    "{fichier} n'a ni colonne « nom » ni colonne « id » : nommez celle du nom de la fabrique avec --map \"Colonne=nom\"",
    "{fichier} has neither a `nom` nor an `id` column: name the column of the fabrique's name with --map \"Column=nom\""
);
text!(
    IMPORT_NO_NAME,
    "ni identifiant ni nom : ligne laissée de côté",
    "neither id nor name: row left out"
);
text!(
    IMPORT_SAME_ID,
    "même identifiant « {id} » que la ligne {ligne} : ligne laissée de côté (donnez-lui un id dans une colonne « id »)",
    "same id `{id}` as line {ligne}: row left out (give it an id in an `id` column)"
);
text!(
    IMPORT_EXISTS,
    "{fichier} existe déjà (--update y reporte la ligne)",
    "{fichier} already exists (--update merges the row into it)"
);
text!(
    IMPORT_UNREADABLE_RECORD,
    "la fiche existante n'est pas du TOML valide : lancez `fabriques validate`",
    "the existing record is not valid TOML: run `fabriques validate`"
);
text!(
    IMPORT_HEADER,
    "{nom} — fiche importée du tableau « {fichier} », ligne {ligne}, avec `fabriques import`.",
    "{nom} — record imported from the sheet « {fichier} », line {ligne}, with `fabriques import`."
);
text!(
    IMPORT_SOURCE,
    "Tableau « {fichier} », importé avec fabriques import",
    "Sheet « {fichier} », imported with fabriques import"
);
text!(
    IMPORT_UNKNOWN_COLUMN,
    "colonne « {colonne} » ignorée : aucun champ ne porte ce nom (--map \"{colonne}=champ\" l'importe)",
    "column `{colonne}` ignored: no field has that name (--map \"{colonne}=field\" imports it)"
);
text!(
    IMPORT_CONFLICT,
    "{champ} n'est pas mis à jour : {fichier} y a une valeur d'un autre type",
    "{champ} is not updated: {fichier} holds a value of another type there"
);
text!(IMPORT_COLUMN_LABEL, "colonne", "column");
text!(
    IMPORT_ROW_LEFT_OUT,
    "{raison} : ligne laissée de côté",
    "{raison}: row left out"
);
text!(IMPORT_ROW_CREATED, "créée : {fichier}", "created: {fichier}");
text!(
    IMPORT_ROW_WOULD_CREATE,
    "serait créée : {fichier}",
    "would be created: {fichier}"
);
text!(
    IMPORT_ROW_UPDATED,
    "mise à jour : {fichier} ({champs})",
    "updated: {fichier} ({champs})"
);
text!(
    IMPORT_ROW_WOULD_UPDATE,
    "serait mise à jour : {fichier} ({champs})",
    "would be updated: {fichier} ({champs})"
);
text!(
    IMPORT_ROW_UP_TO_DATE,
    "déjà à jour : {fichier}",
    "already up to date: {fichier}"
);
text!(
    IMPORT_ROW_SKIPPED,
    "laissée de côté ({id}) : {raison}",
    "left out ({id}): {raison}"
);
text!(IMPORT_CREATED_ONE, "{nombre} fiche créée", "{nombre} record created");
text!(
    IMPORT_CREATED_MANY,
    "{nombre} fiches créées",
    "{nombre} records created"
);
text!(
    IMPORT_WOULD_CREATE_ONE,
    "{nombre} fiche serait créée",
    "{nombre} record would be created"
);
text!(
    IMPORT_WOULD_CREATE_MANY,
    "{nombre} fiches seraient créées",
    "{nombre} records would be created"
);
text!(IMPORT_UPDATED_ONE, "{nombre} mise à jour", "{nombre} updated");
text!(IMPORT_UPDATED_MANY, "{nombre} mises à jour", "{nombre} updated");
text!(
    IMPORT_WOULD_UPDATE_ONE,
    "{nombre} serait mise à jour",
    "{nombre} would be updated"
);
text!(
    IMPORT_WOULD_UPDATE_MANY,
    "{nombre} seraient mises à jour",
    "{nombre} would be updated"
);
text!(IMPORT_SKIPPED_ONE, "{nombre} laissée de côté", "{nombre} left out");
text!(IMPORT_SKIPPED_MANY, "{nombre} laissées de côté", "{nombre} left out");
text!(
    IMPORT_FAILED_ONE,
    "{nombre} ligne non importée",
    "{nombre} row not imported"
);
text!(
    IMPORT_FAILED_MANY,
    "{nombre} lignes non importées",
    "{nombre} rows not imported"
);
text!(IMPORT_ERRORS_ONE, "{nombre} erreur", "{nombre} error");
text!(IMPORT_ERRORS_MANY, "{nombre} erreurs", "{nombre} errors");
text!(IMPORT_SUMMARY, "{fichier} : {resume}", "{fichier}: {resume}");
text!(
    IMPORT_COMPLETENESS_ONE,
    "{nombre} avertissement sur ce que le tableau ne documente pas (critères tiers-lieu, consortium, page Movilab) : `fabriques validate` le détaille",
    "{nombre} warning about what the sheet does not document (tiers-lieu criteria, consortium, Movilab page): `fabriques validate` details it"
);
text!(
    IMPORT_COMPLETENESS_MANY,
    "{nombre} avertissements sur ce que le tableau ne documente pas (critères tiers-lieu, consortium, page Movilab) : `fabriques validate` les détaille",
    "{nombre} warnings about what the sheet does not document (tiers-lieu criteria, consortium, Movilab page): `fabriques validate` details them"
);
text!(
    IMPORT_DRY_RUN,
    "--dry-run : rien n'a été écrit",
    "--dry-run: nothing was written"
);

// ----- place filters (--commune, --departement, --region) -----
text!(
    FILTER_AMBIGUOUS_COMMUNE,
    "« {valeur} » désigne plusieurs communes : {communes} ; précisez le code INSEE (--commune {exemple}) ou le département (--departement {departement})",
    "`{valeur}` designates several communes: {communes}; give the INSEE code (--commune {exemple}) or the département (--departement {departement})"
);
text!(
    FILTER_COMMUNE_CANDIDATE,
    "{nom} ({code}, {departement})",
    "{nom} ({code}, {departement})"
);
text!(
    FILTER_NO_COMMUNE,
    "aucune commune ne porte ce nom ; `fabriques geo {valeur}` cherche dans le référentiel",
    "no commune bears this name; `fabriques geo {valeur}` searches the reference"
);
