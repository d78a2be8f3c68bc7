//! The texts of the commands that write records: `fmt`, `new`, `import`.

use super::Text;

macro_rules! text {
    ($name:ident, $fr:expr, $en:expr) => {
        pub static $name: Text = Text { fr: $fr, en: $en };
    };
}

// --- fmt ----------------------------------------------------------------
text!(
    FMT_SETTINGS,
    "{fichier} contient les réglages du registre, pas une fiche : `fabriques fmt` ne met en forme que les fiches (il le laisse tel quel)",
    "{fichier} holds the register's settings, not a record: `fabriques fmt` formats records only (it is left as it is)"
);
text!(
    FMT_OUTSIDE,
    "{fichier} n'est pas dans le dossier des fiches ({dossier}) : `fabriques fmt` ne met en forme que les fiches du registre (`--data DOSSIER` en désigne un autre)",
    "{fichier} is not in the records' folder ({dossier}): `fabriques fmt` formats the register's records only (`--data FOLDER` names another one)"
);
text!(
    FMT_NOT_FOUND,
    "{fichier} : fichier introuvable",
    "{fichier}: no such file"
);
text!(
    FMT_TO_FORMAT_ONE,
    "{nombre} fiche à mettre en forme : lancez `fabriques fmt`",
    "{nombre} record to format: run `fabriques fmt`"
);
text!(
    FMT_TO_FORMAT_MANY,
    "{nombre} fiches à mettre en forme : lancez `fabriques fmt`",
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
    "{fichier} : laissé tel quel, car la mise en forme {raison} ; merci de signaler ce fichier aux mainteneurs de l'outil",
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
    "impossible de tirer un identifiant du nom « {nom} » : choisissez-le avec --id (minuscules sans accents, chiffres et tirets, ex. la-dynamo)",
    "cannot derive an id from the name `{nom}`: choose one with --id (lowercase ASCII letters, digits and hyphens, e.g. la-dynamo)"
);
text!(
    NEW_BAD_ID,
    "« {id} » n'est pas un identifiant valide : minuscules sans accents, chiffres et tirets simples (ex. la-dynamo)",
    "`{id}` is not a valid id: lowercase ASCII letters, digits and single hyphens (e.g. la-dynamo)"
);
text!(
    NEW_EXISTS,
    "la fiche {fichier} existe déjà : elle n'est pas remplacée ; modifiez-la, ou choisissez un autre identifiant avec --id",
    "the record {fichier} already exists: it is not replaced; edit it, or choose another id with --id"
);
text!(
    NEW_NO_PLACE,
    "indiquez où est la fabrique : --commune, --code-postal ou --insee",
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
    "plusieurs communes s'appellent « {nom} » :",
    "several communes are called `{nom}`:"
);
text!(
    NEW_AMBIGUOUS_NAME_HELP,
    "précisez laquelle : --code-postal CODE avec --commune, ou --insee CODE",
    "say which one: --code-postal CODE together with --commune, or --insee CODE"
);
text!(
    NEW_AMBIGUOUS_POSTAL_CODE,
    "le code postal {cp} dessert plusieurs communes :",
    "the postal code {cp} serves several communes:"
);
text!(
    NEW_AMBIGUOUS_POSTAL_CODE_HELP,
    "précisez laquelle : --commune NOM avec --code-postal, ou --insee CODE",
    "say which one: --commune NAME together with --code-postal, or --insee CODE"
);
text!(
    NEW_SEVERAL_POSTAL_CODES,
    "{commune} a plusieurs codes postaux ({codes}) : précisez celui de la fabrique avec --code-postal",
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
    "« {cp} » n'est pas un code postal : cinq chiffres (ex. 01500)",
    "`{cp}` is not a postal code: five digits (e.g. 01500)"
);
text!(
    NEW_UNKNOWN_POSTAL_CODE,
    "aucune commune n'a le code postal {cp}",
    "no commune has the postal code {cp}"
);
text!(
    NEW_UNKNOWN_COMMUNE,
    "aucune commune ne s'appelle « {nom} »",
    "no commune is called `{nom}`"
);
text!(
    NEW_TRY_GEO,
    " : cherchez son nom officiel avec `fabriques geo`",
    ": look up its official name with `fabriques geo`"
);
text!(
    NEW_NOT_SERVED,
    "le code postal {cp} ne dessert aucune commune appelée « {nom} » ; il dessert :",
    "the postal code {cp} serves no commune called `{nom}`; it serves:"
);
text!(
    NEW_ELSEWHERE,
    "une commune de ce nom existe ailleurs :",
    "a commune of that name exists elsewhere:"
);
text!(
    NEW_UNKNOWN_INSEE,
    "aucune commune n'a le code INSEE {code}",
    "no commune has the INSEE code {code}"
);
text!(
    NEW_INSEE_OTHER_COMMUNE,
    "le code INSEE {code} est celui de {commune}, pas de « {nom} »",
    "the INSEE code {code} is that of {commune}, not of `{nom}`"
);
text!(
    NEW_FORMER_COMMUNE,
    "{ancienne} est une ancienne commune, aujourd'hui dans {actuelle} : utilisez --commune \"{nom}\"",
    "{ancienne} is a former commune, now part of {actuelle}: use --commune \"{nom}\""
);
text!(
    NEW_TEMPLATE_BROKEN,
    "le modèle de fiche n'a pas pu être mis en forme",
    "the record template could not be formatted"
);
text!(
    NEW_NEXT_STEP,
    "Étape suivante : écrivez la source à la place de « À COMPLÉTER » dans {fichier}, ajoutez ce qu'elle dit, puis lancez `fabriques validate`.",
    "Next step: write the source instead of « À COMPLÉTER » (to complete) in {fichier}, add what it says, then run `fabriques validate`."
);
// The template's comments (written in the record).
text!(
    NEW_T_HEADER,
    "{nom} — {commune} ({departement}).\nFiche créée avec `fabriques new` : remplacez la valeur marquée « À COMPLÉTER » et n'écrivez que ce qu'une source dit (un champ absent est inconnu). Une ligne qui commence par « # » est un commentaire : pour remplir un champ facultatif, retirez le « # » du début de sa ligne. Chaque champ est décrit dans docs/format.md ; vérifiez la fiche avec `fabriques validate`.",
    "{nom} — {commune} ({departement}).\nRecord created with `fabriques new`: replace the value marked « À COMPLÉTER » (to complete) and write only what a source says (an absent field is unknown). A line starting with « # » is a comment: to fill in an optional field, remove the « # » at the start of its line. Every field is described in docs/format.md; check the record with `fabriques validate`."
);
text!(
    NEW_T_STATUT,
    "Statut de la fabrique, si la source le dit : {codes}.",
    "Status of the fabrique, if the source says: {codes}."
);
text!(
    NEW_T_QPV,
    "true si le lieu est dans un quartier prioritaire de la politique de la ville (QPV), false sinon ; laissez la ligne en commentaire tant qu'une source ne le dit pas (absent veut dire inconnu, jamais false).",
    "true if the place is in a quartier prioritaire de la politique de la ville (QPV), false otherwise; leave the line commented out until a source says (absent means unknown, never false)."
);
text!(
    NEW_T_CODE_QPV,
    "Code du QPV, si le lieu est en QPV.",
    "Code of the QPV, if the place is in one."
);
text!(
    NEW_T_NUMERIQUE,
    "true pour une Fabrique numérique de territoire (elle est forcément en QPV) ; laissez la ligne en commentaire si la source ne le dit pas.",
    "true for a Fabrique numérique de territoire (it is always in a QPV); leave the line commented out if the source does not say."
);
text!(
    NEW_T_URLS,
    "Adresses web complètes, en http:// ou https:// : site, page Movilab, vidéo (sur PeerTube plutôt que YouTube).",
    "Complete web addresses, with http:// or https://: website, Movilab page, video (on PeerTube rather than YouTube)."
);
text!(
    NEW_T_RESEAUX,
    "Réseaux dont la fabrique est membre, déclarés dans fabriques.toml : {codes}.",
    "Networks the fabrique belongs to, declared in fabriques.toml: {codes}."
);
text!(
    NEW_T_RESEAUX_NONE,
    "Réseaux dont la fabrique est membre : déclarez-les d'abord dans fabriques.toml ([reseaux.CODE]).",
    "Networks the fabrique belongs to: declare them first in fabriques.toml ([reseaux.CODE])."
);
text!(
    NEW_T_SOURCES,
    "D'où viennent les informations de cette fiche : au moins une source ; s'il y en a plusieurs, dites quelle information vient de laquelle.",
    "Where the facts of this record come from: at least one source; when there are several, say which fact comes from which."
);
text!(
    NEW_T_SOURCES_VALUE,
    "À COMPLÉTER : source des informations de cette fiche",
    "À COMPLÉTER (to complete): source of the facts of this record"
);
text!(
    NEW_T_ANNEE,
    "Année de labellisation, si une source la donne.",
    "Year of labelling, if a source gives it."
);
text!(
    NEW_T_VAGUE,
    "Vague de l'appel à manifestation d'intérêt (1, 2...).",
    "Wave of the call for applications (1, 2...)."
);
text!(NEW_T_VOIE, "Numéro et voie.", "Street address.");
text!(
    NEW_T_LIEU,
    "Code postal, commune et code INSEE : Code officiel géographique {millesime}.",
    "Postal code, commune and INSEE code: Code officiel géographique {millesime}."
);
text!(
    NEW_T_COORDONNEES,
    "Coordonnées WGS 84 en degrés décimaux : les deux, ou aucune.",
    "WGS 84 coordinates in decimal degrees: both, or neither."
);
text!(
    NEW_T_PRECISION,
    "D'où vient le point : commune s'il n'est que le centre de la commune (il ne sera jamais montré comme l'adresse) ; sans cette ligne, c'est l'adresse.",
    "Where the point comes from: commune if it is only the commune's centre (it will never be shown as the address); without this line, it is the address."
);
text!(
    NEW_T_STRUCTURE,
    "La structure qui porte la fabrique, si une source la nomme : retirez le # de [structure_porteuse] et de ses lignes (nom est alors obligatoire).",
    "The structure carrying the fabrique, if a source names it: remove the # of [structure_porteuse] and of its lines (nom is then required)."
);
text!(NEW_T_FORME, "Forme juridique : {codes}.", "Legal form: {codes}.");
text!(
    NEW_T_CREATION,
    "Année de création de la structure (« existe depuis »).",
    "Year the structure was created (« existe depuis »)."
);
text!(NEW_T_SIRET, "Numéro SIRET : 14 chiffres.", "SIRET number: 14 digits.");
text!(
    NEW_T_CONSORTIUM,
    "Membres du consortium, une liste de noms par catégorie : {codes}.",
    "Members of the consortium, a list of names per kind: {codes}."
);
text!(
    NEW_T_FINANCEMENT,
    "Financement de l'État reçu chaque année, en euros ; bonus Fabrique numérique.",
    "State funding received each year, in euros; Fabrique numérique bonus."
);
text!(
    NEW_T_CRITERES,
    "Les six critères tiers-lieu : une vraie phrase pour chacun (`fabriques rules critere-communaute` explique le premier).",
    "The six tiers-lieu criteria: a real sentence for each (`fabriques rules critere-communaute` explains the first)."
);
text!(NEW_T_PUBLICS, "Publics : {codes}.", "Publics: {codes}.");
text!(
    NEW_T_ACTIONS,
    "Actions (« Entrée par action ») : une table [[actions]] par action, sans le « # » du début des lignes.\ncategorie : {categories}.\nstatut : {statuts}.",
    "Actions (« Entrée par action »): one [[actions]] table per action, without the « # » at the start of the lines.\ncategorie: {categories}.\nstatut: {statuts}."
);
text!(
    NEW_T_LIENS,
    "Visites et contributions entre fabriques : une table [[liens]] par lien ; fabrique est l'identifiant de l'autre fiche ; type : {types}.",
    "Visits and contributions between fabriques: one [[liens]] table per link; fabrique is the other record's id; type: {types}."
);

// --- import -------------------------------------------------------------
text!(
    IMPORT_NOT_UTF8,
    "{fichier} n'est pas en UTF-8 : dans Excel, enregistrez-le au format « CSV UTF-8 » ; dans LibreOffice, choisissez le jeu de caractères « Unicode (UTF-8) »",
    "{fichier} is not UTF-8: in Excel, save it as « CSV UTF-8 »; in LibreOffice, choose the character set « Unicode (UTF-8) »"
);
text!(
    IMPORT_BAD_CSV,
    "{fichier} : tableau CSV illisible ({detail})",
    "{fichier}: unreadable CSV sheet ({detail})"
);
text!(
    IMPORT_BAD_GEOJSON,
    "{fichier} : GeoJSON illisible ({detail})",
    "{fichier}: unreadable GeoJSON ({detail})"
);
text!(
    IMPORT_BAD_JSON,
    "{fichier} : JSON illisible ({detail})",
    "{fichier}: unreadable JSON ({detail})"
);
text!(
    IMPORT_NOT_RECORD,
    "une fiche est attendue, un objet JSON comme en écrit `fabriques export --json`",
    "a record is expected, a JSON object as `fabriques export --json` writes"
);
text!(
    IMPORT_NOT_COLLECTION,
    "une FeatureCollection est attendue : `{\"type\": \"FeatureCollection\", \"features\": [...]}`",
    "a FeatureCollection is expected: `{\"type\": \"FeatureCollection\", \"features\": [...]}`"
);
text!(
    IMPORT_NOT_A_POINT,
    "{nombre} entité(s) dont la géométrie n'est pas un point, importée(s) sans coordonnées : {entites}",
    "{nombre} feature(s) whose geometry is not a point, imported without coordinates: {entites}"
);
text!(LINE, "ligne", "line");
text!(
    IMPORT_DERIVED_POSTAL_CODE,
    "seul code postal de {commune} (INSEE {code})",
    "the only postal code of {commune} (INSEE {code})"
);
text!(
    IMPORT_MATCH_IDENTIFIER,
    "même identifiant ANCT « {identifiant} »",
    "same ANCT id `{identifiant}`"
);
text!(IMPORT_MATCH_ID, "même id", "same id");
text!(
    IMPORT_MATCH_NAME,
    "même nom (« {ligne} » = « {fiche} ») et même commune",
    "same name (« {ligne} » = « {fiche} ») and same commune"
);
text!(IMPORT_MATCH_SLUG, "id tiré du nom", "id made from the name");
text!(
    IMPORT_ID_TAKEN_IDENTIFIER,
    "l'id « {id} » est celui de {fichier}, une autre fabrique (identifiant ANCT « {identifiant} ») : donnez à la ligne un id dans une colonne « id »",
    "the id `{id}` is the one of {fichier}, another fabrique (ANCT id `{identifiant}`): give the row an id in an `id` column"
);
text!(
    IMPORT_ID_TAKEN_COMMUNE,
    "l'id « {id} » est celui de {fichier}, une fabrique d'une autre commune : donnez à la ligne un id dans une colonne « id »",
    "the id `{id}` is the one of {fichier}, a fabrique of another commune: give the row an id in an `id` column"
);
text!(
    IMPORT_BAD_MAP,
    "--map « {map} » : écrivez --map \"Colonne=champ\" (ex. --map \"Ville=adresse.commune\")",
    "--map `{map}`: write --map \"Column=field\" (e.g. --map \"Ville=adresse.commune\")"
);
text!(
    IMPORT_MAP_NO_COLUMN,
    "--map : le tableau n'a pas de colonne « {colonne} » ; ses colonnes : {colonnes}",
    "--map: the sheet has no column `{colonne}`; its columns: {colonnes}"
);
text!(
    IMPORT_MAP_NO_FIELD,
    "--map : « {champ} » n'est pas un champ des fiches (ex. adresse.commune, consortium.collectivites, ou - pour ignorer la colonne)",
    "--map: `{champ}` is not a field of the records (e.g. adresse.commune, consortium.collectivites, or - to ignore the column)"
);
text!(
    IMPORT_TWO_COLUMNS,
    "les colonnes « {a} » et « {b} » remplissent toutes deux le champ {champ} : ignorez-en une avec --map \"{b}=-\"",
    "the columns `{a}` and `{b}` both fill the field {champ}: ignore one with --map \"{b}=-\""
);
text!(
    NEW_HIDDEN_CHARACTER,
    "le nom contient le caractère {caractere} (caractère {position} du nom), qui ne s'affiche pas : retirez-le (retapez le nom plutôt que de le coller)",
    "the name holds the character {caractere} (character {position} of the name), which is not displayed: remove it (type the name rather than paste it)"
);
text!(
    IMPORT_UNCLOSED_QUOTE,
    "{fichier}:{ligne} : le guillemet ouvert à la ligne {ligne}, colonne {colonne} n'est jamais refermé : tout le reste du tableau tiendrait dans cette cellule ; fermez-le, ou doublez-le (\"\") s'il fait partie du texte",
    "{fichier}:{ligne}: the quote opened at line {ligne}, column {colonne} is never closed: the rest of the sheet would fit in that cell; close it, or double it (\"\") if it is part of the text"
);
text!(
    IMPORT_UNRECOGNISED_SEPARATOR,
    "{fichier} : la ligne d'en-tête n'a qu'une colonne, et contient « {separateur} » : ce séparateur n'est pas reconnu ; enregistrez le tableau en CSV séparé par des virgules, des points-virgules ou des tabulations",
    "{fichier}: the header line has one column only, and holds `{separateur}`: this separator is not recognised; save the sheet as CSV separated by commas, semicolons or tabs"
);
text!(
    IMPORT_EXTRA_CELLS,
    "{cellules} cellules pour {colonnes} colonnes : des cellules dépassent la dernière colonne (un séparateur hors guillemets dans une cellule ?) ; ligne laissée de côté, rien n'est perdu : corrigez-la et relancez",
    "{cellules} cells for {colonnes} columns: cells go past the last column (a separator outside quotes in a cell?); row left out, nothing is lost: fix it and run again"
);
text!(
    IMPORT_NO_NAME_COLUMN,
    "{fichier} n'a ni colonne « nom » ni colonne « id » : nommez celle du nom de la fabrique avec --map \"Colonne=nom\"",
    "{fichier} has neither a `nom` nor an `id` column: name the column of the fabrique's name with --map \"Column=nom\""
);
text!(
    IMPORT_NO_NAME,
    "ni identifiant ni nom : ligne laissée de côté",
    "neither id nor name: row left out"
);
text!(
    IMPORT_DUPLICATE_ID,
    "l'identifiant « {id} » est celui de plusieurs fiches du registre ({fichiers}) : ligne laissée de côté ; corrigez d'abord le registre (`fabriques validate`)",
    "id `{id}` belongs to several records of the register ({fichiers}): row left out; fix the register first (`fabriques validate`)"
);
text!(
    IMPORT_SAME_ID,
    "même identifiant « {id} » que la ligne {ligne} : ligne laissée de côté (donnez-lui un id dans une colonne « id »)",
    "same id `{id}` as line {ligne}: row left out (give it an id in an `id` column)"
);
text!(
    IMPORT_EXISTS,
    "{fichier} existe déjà (--update y reporte la ligne)",
    "{fichier} already exists (--update merges the row into it)"
);
text!(
    IMPORT_UNREADABLE_RECORD,
    "la fiche existante n'est pas du TOML valide : lancez `fabriques validate`",
    "the existing record is not valid TOML: run `fabriques validate`"
);
text!(
    IMPORT_HEADER,
    "{nom} — fiche importée de « {fichier} », ligne {ligne}, avec `fabriques import`.",
    "{nom} — record imported from « {fichier} », line {ligne}, with `fabriques import`."
);
text!(
    IMPORT_SOURCE,
    "Tableau « {fichier} », importé avec fabriques import",
    "Sheet « {fichier} », imported with fabriques import"
);
text!(
    IMPORT_UNKNOWN_COLUMN,
    "colonne « {colonne} » ignorée : aucun champ ne porte ce nom (--map \"{colonne}=champ\" l'importe)",
    "column `{colonne}` ignored: no field has that name (--map \"{colonne}=field\" imports it)"
);
text!(
    IMPORT_CONFLICT,
    "conflit sur {champ} : {fichier} dit « {fiche} », la ligne dit « {ligne} » ; rien n'est remplacé",
    "conflict on {champ}: {fichier} says `{fiche}`, the row says `{ligne}`; nothing is replaced"
);
text!(
    IMPORT_CONFLICT_TYPE,
    "conflit sur {champ} : {fichier} y a une valeur d'un autre type ; rien n'est remplacé",
    "conflict on {champ}: {fichier} holds a value of another type there; nothing is replaced"
);
text!(
    IMPORT_CONFLICT_RECORD_SOURCES,
    "sources de la fiche : {sources}",
    "the record's sources: {sources}"
);
text!(
    IMPORT_CONFLICT_ROW_SOURCES,
    "source de la ligne : {sources}",
    "the row's source: {sources}"
);
text!(
    IMPORT_CONFLICT_HELP,
    "aide : à trancher par une personne, d'après les sources : corrigez la fiche (en disant pourquoi dans un commentaire) ou la feuille ; l'import ne remplace jamais une valeur",
    "help: for a person to decide, from the sources: correct the record (saying why in a comment) or the sheet; import never replaces a value"
);
text!(
    IMPORT_MATCHED,
    "{fichier} retrouvée par : {comment}",
    "{fichier} found by: {comment}"
);
text!(
    IMPORT_UP_TO_DATE_ONE,
    "{nombre} déjà à jour",
    "{nombre} already up to date"
);
text!(
    IMPORT_UP_TO_DATE_MANY,
    "{nombre} déjà à jour",
    "{nombre} already up to date"
);
text!(
    IMPORT_CONFLICTS_ONE,
    "{nombre} conflit à trancher",
    "{nombre} conflict to decide"
);
text!(
    IMPORT_CONFLICTS_MANY,
    "{nombre} conflits à trancher",
    "{nombre} conflicts to decide"
);
text!(IMPORT_COLUMN_LABEL, "colonne", "column");
text!(
    IMPORT_ROW_LEFT_OUT,
    "{raison} : ligne laissée de côté",
    "{raison}: row left out"
);
text!(IMPORT_ROW_CREATED, "créée : {fichier}", "created: {fichier}");
text!(
    IMPORT_ROW_WOULD_CREATE,
    "serait créée : {fichier}",
    "would be created: {fichier}"
);
text!(
    IMPORT_ROW_UPDATED,
    "mise à jour : {fichier} ({champs})",
    "updated: {fichier} ({champs})"
);
text!(
    IMPORT_ROW_WOULD_UPDATE,
    "serait mise à jour : {fichier} ({champs})",
    "would be updated: {fichier} ({champs})"
);
text!(
    IMPORT_ROW_UP_TO_DATE,
    "déjà à jour : {fichier}",
    "already up to date: {fichier}"
);
text!(
    IMPORT_ROW_SKIPPED,
    "laissée de côté ({id}) : {raison}",
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
text!(IMPORT_SUMMARY, "{fichier} : {resume}", "{fichier}: {resume}");
text!(
    IMPORT_COMPLETENESS_ONE,
    "{nombre} avertissement sur ce que le fichier ne dit pas (faits inconnus, critères tiers-lieu, consortium, page Movilab) : `fabriques validate` le détaille",
    "{nombre} warning about what the file does not say (unknown facts, tiers-lieu criteria, consortium, Movilab page): `fabriques validate` details it"
);
text!(
    IMPORT_COMPLETENESS_MANY,
    "{nombre} avertissements sur ce que le fichier ne dit pas (faits inconnus, critères tiers-lieu, consortium, page Movilab) : `fabriques validate` les détaille",
    "{nombre} warnings about what the file does not say (unknown facts, tiers-lieu criteria, consortium, Movilab page): `fabriques validate` details them"
);
text!(
    IMPORT_DRY_RUN,
    "--dry-run : rien n'a été écrit",
    "--dry-run: nothing was written"
);
