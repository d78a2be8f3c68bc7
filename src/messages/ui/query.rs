//! The texts of the commands that read the register: `rules`, `vocab`,
//! `geo`, `criteres`, `list`, `show`, `export`, `stats`, `actions`,
//! `liens`, and the filters.

use super::Text;

macro_rules! text {
    ($name:ident, $fr:expr, $en:expr) => {
        pub static $name: Text = Text { fr: $fr, en: $en };
    };
}

// --- tables on a terminal (`table`) -------------------------------------
text!(
    TABLE_HIDDEN,
    "Colonnes masquées faute de place : {colonnes} (un terminal plus large les montre).",
    "Columns hidden for lack of room: {colonnes} (a wider terminal shows them)."
);

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
    "Gravité : {gravite} (par défaut : {defaut})",
    "Severity: {gravite} (default: {defaut})"
);
text!(RULE_WHY, "Pourquoi", "Why");
text!(RULE_BAD, "Exemple à corriger", "Example to fix");
text!(RULE_GOOD, "Exemple correct", "Correct example");
text!(
    RULE_IGNORE,
    "Pour l'ignorer dans une fiche, avec une raison :",
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
text!(MISS_PREFIX, "fabriques : ", "fabriques: ");
text!(
    GEO_NOTHING,
    "aucune commune ne correspond à « {requete} » (essayez un code postal, un code INSEE ou le nom officiel)",
    "no commune matches `{requete}` (try a postal code, an INSEE code or the official name)"
);
text!(GEO_SOURCE, "source : Code officiel géographique {millesime} (INSEE, La Poste), paquet @etalab/decoupage-administratif {version}, Licence Ouverte 2.0", "source: Code officiel géographique {millesime} (INSEE, La Poste), package @etalab/decoupage-administratif {version}, Licence Ouverte 2.0");

// --- criteres command ----------------------------------------------------
text!(COL_ID, "id", "id");
text!(COL_NOM, "nom", "name");
text!(CRITERES_TOTAL, "fabriques qui le remplissent", "fabriques meeting it");
text!(CRITERES_LEGEND, "✓ critère documenté dans la fiche · ✗ ce que la fiche écrit ne le montre pas : `fabriques validate` dit ce qui manque · ? la fiche n'en dit rien (non renseigné) · `fabriques rules critere-...` explique le critère", "✓ criterion documented in the record · ✗ what the record writes does not show it: `fabriques validate` says what is missing · `?` the record says nothing about it (not recorded) · `fabriques rules critere-...` explains the criterion");
text!(
    CRITERES_UNREADABLE,
    "{nombre} fichier(s) illisible(s) laissé(s) de côté : lancez `fabriques validate`",
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
    FILTER_LEFT_OUT_QPV_ONE,
    "{nombre} fabrique dont le QPV n'est pas renseigné est laissée de côté : `--qpv inconnu` la montre",
    "{nombre} fabrique whose QPV is not recorded is left out: `--qpv inconnu` shows it"
);
text!(
    FILTER_LEFT_OUT_QPV_MANY,
    "{nombre} fabriques dont le QPV n'est pas renseigné sont laissées de côté : `--qpv inconnu` les montre",
    "{nombre} fabriques whose QPV is not recorded are left out: `--qpv inconnu` shows them"
);
text!(
    FILTER_LEFT_OUT_NUMERIQUE_ONE,
    "{nombre} fabrique dont on ne sait pas si elle est une Fabrique numérique est laissée de côté : `--numerique inconnu` la montre",
    "{nombre} fabrique not known to be a Fabrique numérique or not is left out: `--numerique inconnu` shows it"
);
text!(
    FILTER_LEFT_OUT_NUMERIQUE_MANY,
    "{nombre} fabriques dont on ne sait pas si elles sont des Fabriques numériques sont laissées de côté : `--numerique inconnu` les montre",
    "{nombre} fabriques not known to be Fabriques numériques or not are left out: `--numerique inconnu` shows them"
);
text!(
    LIST_ERRORS,
    "⚠ {nombre} fiche(s) listée(s) avec des erreurs : lancez `fabriques validate`",
    "⚠ {nombre} listed record(s) have errors: run `fabriques validate`"
);
text!(
    FILTER_UNKNOWN,
    "valeur inconnue pour {option} : « {valeur} »",
    "unknown value for {option}: `{valeur}`"
);
text!(
    FILTER_SUGGEST,
    "vouliez-vous dire {suggestions} ?",
    "did you mean {suggestions}?"
);
text!(
    FILTER_ALLOWED,
    "valeurs possibles : {valeurs}",
    "allowed values: {valeurs}"
);

// --- place filters (--commune, --departement, --region) ----------------
text!(
    FILTER_AMBIGUOUS_COMMUNE,
    "« {valeur} » désigne plusieurs communes : {communes} ; précisez le code INSEE (--commune {exemple}) ou le département (--departement {departement})",
    "`{valeur}` designates several communes: {communes}; give the INSEE code (--commune {exemple}) or the département (--departement {departement})"
);
text!(
    FILTER_COMMUNE_CANDIDATE,
    "{nom} ({code}, {departement})",
    "{nom} ({code}, {departement})"
);
text!(
    FILTER_NO_COMMUNE,
    "aucune commune ne porte ce nom ; `fabriques geo {valeur}` cherche dans le référentiel",
    "no commune bears this name; `fabriques geo {valeur}` searches the reference"
);
text!(
    UNKNOWN_RECORD,
    "aucune fiche n'a l'identifiant « {nom} »",
    "no record has the id `{nom}`"
);
text!(
    SHOW_SAME_ID,
    "l'identifiant « {id} » est celui de plusieurs fiches : {fichiers} ; renommez l'une d'elles (`fabriques validate` les signale)",
    "id `{id}` belongs to several records: {fichiers}; rename one of them (`fabriques validate` reports them)"
);
text!(
    SHOW_ERRORS,
    "{nombre} erreur(s) dans cette fiche : lancez `fabriques validate`",
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
text!(
    F_DESCRIPTION,
    "Description (texte de la source)",
    "Description (the source's text)"
);
text!(F_ANCT, "Identifiant ANCT", "ANCT id");
text!(
    F_POINT_COMMUNE,
    "centre de la commune, pas l'adresse",
    "the commune's centre, not the address"
);
text!(
    CRITERES_SHOW_LEGEND,
    "✓ documenté · ✗ ce qui est écrit ne le montre pas · ? rien d'écrit",
    "✓ documented · ✗ what is written does not show it · `?` nothing written"
);

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
    "Actions : fabriques par catégorie, à leur statut le plus avancé",
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
    "⚠ {nombre} fiche(s) comptée(s) avec des erreurs : lancez `fabriques validate`",
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
text!(PROG_NOTE, "Chiffres du programme (AMI de juillet 2019), à titre indicatif : 300 fabriques, la moitié en QPV, la moitié hors des grands centres urbains, une trentaine de Fabriques numériques de territoire. « inconnu » : les fabriques dont la fiche ne dit pas le fait compté (QPV, label numérique), qui ne sont comptées ni pour ni contre.", "The programme's figures (AMI of July 2019), for information: 300 fabriques, half in a QPV, half outside large urban centres, about 30 Fabriques numériques de territoire. « unknown »: the fabriques whose record does not give the fact counted (QPV, numérique label), counted neither for nor against.");
text!(COL_OBJECTIF, "objectif", "target");
text!(COL_AVANCEMENT, "avancement", "progress");
text!(COL_UNKNOWN, "inconnu", "unknown");
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
text!(PERCENT, "{n} %", "{n}%");
text!(EUROS, "{montant} €", "€{montant}");
text!(THOUSANDS_SEPARATOR, " ", ",");
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
text!(ACTIONS_NEAR_DEPARTEMENT, "Les plus proches d'abord, depuis {lieu} : même département, puis même région, puis ailleurs ; dans chaque groupe par nom.", "Nearest first, from {lieu}: same département, then same région, then elsewhere; within each group by name.");
text!(ACTIONS_NEAR, "Les plus proches d'abord, depuis {lieu} : même commune, puis même département, puis même région, puis ailleurs ; dans chaque groupe par distance quand elle est connue, puis par nom.", "Nearest first, from {lieu}: same commune, then same département, then same région, then elsewhere; within each group by distance when it is known, then by name.");
text!(
    ACTIONS_POINT,
    "Distances à vol d'oiseau depuis les coordonnées de {nombre} {fabriques} de la commune.",
    "Distances as the crow flies from the coordinates of {nombre} {fabriques} in the commune."
);
text!(
    ACTIONS_NO_POINT,
    "Aucune fabrique de la commune n'a de coordonnées : pas de distance, seuls les groupes ordonnent.",
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
    "⚠ aucune fiche n'a cet identifiant (règle unknown-link : `fabriques validate`)",
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
    "⚠ {nombre} lien(s) vers une fiche inconnue : lancez `fabriques validate`",
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
