//! Interface texts: reporters, tool errors, type names, and (in `query`
//! and `authoring`) the commands' own texts.

use std::path::Path;

mod authoring;
pub mod checking;
pub mod documentation;
mod query;
pub mod settings;

use super::{fill, Lang, Text};

pub use authoring::*;
pub use query::*;

macro_rules! text {
    ($name:ident, $fr:expr, $en:expr) => {
        pub static $name: Text = Text { fr: $fr, en: $en };
    };
}

fn render(lang: Lang, t: &Text, args: &[(&str, String)]) -> String {
    fill(t.get(lang), args)
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
    "{fiches} {fiches_mot} : {erreurs} {erreurs_mot}, {avertissements} {avertissements_mot}",
    "{fiches} {fiches_mot}: {erreurs} {erreurs_mot}, {avertissements} {avertissements_mot}"
);
text!(SKIP_HIDDEN, "fichier caché ignoré", "hidden file skipped");
text!(
    SKIP_NOT_TOML,
    "ignoré : pas un fichier .toml",
    "skipped: not a .toml file"
);
text!(
    SKIP_LINK_OUTSIDE,
    "lien symbolique ignoré : il mène hors du registre",
    "symbolic link skipped: it leads outside the register"
);
text!(
    SKIP_LINK_DIR,
    "lien symbolique vers un dossier ignoré",
    "symbolic link to a folder skipped"
);
text!(
    SKIP_FIFO,
    "ignoré : un tube nommé (FIFO), pas un fichier ; sa lecture attendrait sans fin",
    "skipped: a named pipe (FIFO), not a file; reading it would wait forever"
);
text!(
    SKIP_SOCKET,
    "ignoré : une socket, pas un fichier",
    "skipped: a socket, not a file"
);
text!(
    SKIP_DEVICE,
    "ignoré : un périphérique, pas un fichier ; sa lecture ne finirait pas",
    "skipped: a device, not a file; reading it would never end"
);
text!(
    NOT_REGULAR_FIFO,
    "c'est un tube nommé (FIFO), pas un fichier : sa lecture attendrait sans fin",
    "it is a named pipe (FIFO), not a file: reading it would wait forever"
);
text!(
    NOT_REGULAR_SOCKET,
    "c'est une socket, pas un fichier",
    "it is a socket, not a file"
);
text!(
    NOT_REGULAR_DEVICE,
    "c'est un périphérique, pas un fichier : sa lecture ne finirait pas",
    "it is a device, not a file: reading it would never end"
);
text!(
    NOT_REGULAR_OTHER,
    "ce n'est pas un fichier ordinaire",
    "it is not a regular file"
);
text!(
    SKIP_NOT_A_FILE,
    "ignoré : pas un fichier ordinaire",
    "skipped: not a regular file"
);

// --- tool errors (exit 2) ----------------------------------------------
text!(ERROR_PREFIX, "fabriques : erreur : ", "fabriques: error: ");
text!(UNKNOWN_RULE, "règle inconnue « {nom} »", "unknown rule `{nom}`");
text!(
    UNKNOWN_VOCABULARY,
    "vocabulaire inconnu « {nom} »",
    "unknown vocabulary `{nom}`"
);
text!(
    DID_YOU_MEAN,
    "vouliez-vous dire « {suggestion} » ?",
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
text!(NO_REGISTER, "aucun registre trouvé depuis {dossier} : aucun dossier parent ne contient fabriques.toml ni data/ (indiquez le dossier des fiches avec --data DOSSIER)", "no register found from {dossier}: no parent folder holds fabriques.toml or data/ (name the records folder with --data DIR)");
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
    "[regles] : règle inconnue « {regle} »",
    "[regles]: unknown rule `{regle}`"
);
text!(SETTINGS_BAD_SEVERITY, "[regles] : « {niveau} » n'est pas une gravité pour « {regle} » ; écrivez \"erreur\", \"avertissement\" ou \"désactivée\"", "[regles]: `{niveau}` is not a severity for `{regle}`; write \"error\", \"warning\" or \"allow\"");
text!(
    SETTINGS_CLOSED_VOCABULARY,
    "[vocabulaire] : le vocabulaire « {nom} » est fermé : l'outil donne un sens à chacun de ses codes (`fabriques vocab {nom}`)",
    "[vocabulaire]: the vocabulary `{nom}` is closed: the tool gives each of its codes a meaning (`fabriques vocab {nom}`)"
);
text!(
    SETTINGS_BAD_CODE,
    "« {code} » n'est pas un code valide : minuscules sans accents, chiffres et _ (ex. tiers_lieu_nourricier)",
    "`{code}` is not a valid code: lowercase ASCII letters, digits and _ (e.g. tiers_lieu_nourricier)"
);
text!(
    SETTINGS_NETWORKS_ELSEWHERE,
    "les réseaux se déclarent dans [reseaux.CODE] avec nom = \"...\", pas dans [vocabulaire.reseaux]",
    "networks are declared in [reseaux.CODE] with nom = \"...\", not in [vocabulaire.reseaux]"
);

fn with_suggestion(lang: Lang, base: String, suggestion: Option<&str>) -> String {
    match suggestion {
        Some(s) => format!(
            "{base}{}{}",
            LIST_SEPARATOR.get(lang),
            render(lang, &DID_YOU_MEAN, &[("suggestion", s.to_string())])
        ),
        None => base,
    }
}

pub fn data_dir_unreadable(lang: Lang, dir: &Path) -> String {
    render(lang, &DATA_DIR_UNREADABLE, &[("dossier", dir.display().to_string())])
}
pub fn data_dir_not_a_folder(lang: Lang, dir: &Path) -> String {
    render(lang, &DATA_DIR_NOT_A_FOLDER, &[("dossier", dir.display().to_string())])
}
pub fn no_cwd(lang: Lang) -> String {
    render(lang, &NO_CWD, &[])
}
pub fn no_register(lang: Lang, dir: &Path) -> String {
    render(lang, &NO_REGISTER, &[("dossier", dir.display().to_string())])
}
pub fn settings_unreadable(lang: Lang, file: &Path) -> String {
    render(lang, &SETTINGS_UNREADABLE, &[("fichier", file.display().to_string())])
}
pub fn settings_unknown_rule(lang: Lang, rule: &str, suggestion: Option<&str>) -> String {
    with_suggestion(
        lang,
        render(lang, &SETTINGS_UNKNOWN_RULE, &[("regle", rule.to_string())]),
        suggestion,
    )
}
pub fn settings_bad_severity(lang: Lang, rule: &str, level: &str) -> String {
    render(
        lang,
        &SETTINGS_BAD_SEVERITY,
        &[("regle", rule.to_string()), ("niveau", level.to_string())],
    )
}
pub fn settings_closed_vocabulary(lang: Lang, name: &str) -> String {
    render(lang, &SETTINGS_CLOSED_VOCABULARY, &[("nom", name.to_string())])
}
pub fn settings_bad_code(lang: Lang, code: &str) -> String {
    render(lang, &SETTINGS_BAD_CODE, &[("code", code.to_string())])
}
pub fn settings_networks_elsewhere(lang: Lang) -> String {
    render(lang, &SETTINGS_NETWORKS_ELSEWHERE, &[])
}
pub fn unknown_name(lang: Lang, text: &'static Text, name: &str, suggestion: Option<&str>, command: &str) -> String {
    let base = render(lang, text, &[("nom", name.to_string())]);
    let base = with_suggestion(lang, base, suggestion);
    format!(
        "{base}{}{}",
        LIST_SEPARATOR.get(lang),
        render(lang, &SEE_LIST, &[("commande", command.to_string())])
    )
}

/// « valeur inconnue pour --action : « fab » ; vouliez-vous dire « fablab » ? »
/// (or the allowed values when nothing is close): the message of every
/// flag value the tool does not know.
pub fn unknown_value<S: AsRef<str>>(lang: Lang, flag: &str, value: &str, suggestions: &[S], all: &[S]) -> String {
    let base = fill(
        FILTER_UNKNOWN.get(lang),
        &[
            ("option", flag.to_string()),
            ("valeur", crate::terminal::clip(value).into_owned()),
        ],
    );
    if suggestions.is_empty() {
        let list = if all.is_empty() {
            String::from("—")
        } else {
            super::quoted_list(lang, all)
        };
        format!(
            "{base}{}{}",
            LIST_SEPARATOR.get(lang),
            fill(FILTER_ALLOWED.get(lang), &[("valeurs", list)])
        )
    } else {
        format!(
            "{base}{}{}",
            LIST_SEPARATOR.get(lang),
            fill(
                FILTER_SUGGEST.get(lang),
                &[("suggestions", super::quoted_list(lang, suggestions))]
            )
        )
    }
}

// --- shared -----------------------------------------------------------
text!(LIST_SEPARATOR, " ; ", "; ");
text!(
    WRITE_FILE_FAILED,
    "impossible d'écrire {fichier}",
    "cannot write {fichier}"
);
text!(
    EXPORT_NO_COORDINATES,
    "{nombre} fabrique(s) sans coordonnées laissée(s) hors de la carte : {ids}",
    "{nombre} fabrique(s) without coordinates left off the map: {ids}"
);
text!(
    EXPORT_OUT_NOT_PARSED,
    "{nombre} fiche(s) illisible(s) non exportée(s) (lancez `fabriques validate`) : {ids}",
    "{nombre} unreadable record(s) not exported (run `fabriques validate`): {ids}"
);
text!(
    EXPORT_OUT_ERRORS,
    "{nombre} fiche(s) non exportée(s) parce qu'elles ont des erreurs (lancez `fabriques validate`) : {ids}",
    "{nombre} record(s) not exported because they have errors (run `fabriques validate`): {ids}"
);
text!(
    EXPORT_OUT_NO_PIVOT,
    "{nombre} fiche(s) non exportée(s) faute de SIRET pour l'identifiant « pivot » (ajoutez structure_porteuse.siret) : {ids}",
    "{nombre} record(s) not exported for lack of a SIRET for the « pivot » id (add structure_porteuse.siret): {ids}"
);
text!(
    EXPORT_OUT_NO_ADRESSE,
    "{nombre} fiche(s) non exportée(s) faute d'adresse (ajoutez adresse.voie) : {ids}",
    "{nombre} record(s) not exported for lack of an address (add adresse.voie): {ids}"
);
text!(
    EXPORT_OUT_CLOSED,
    "{nombre} fabrique(s) fermée(s) laissée(s) de côté (--avec-fermees pour les garder) : {ids}",
    "{nombre} closed fabrique(s) left out (--avec-fermees to keep them): {ids}"
);
text!(
    EXPORT_OUT_FILTERED_WITH_ERRORS,
    "{nombre} fiche(s) avec des erreurs non retenue(s) par les filtres, peut-être à cause de ces erreurs (lancez `fabriques validate`) : {ids}",
    "{nombre} record(s) with errors not selected by the filters, perhaps because of those errors (run `fabriques validate`): {ids}"
);
text!(
    EXPORT_IDS_MORE,
    "{ids}, … et {nombre} autres",
    "{ids}, … and {nombre} more"
);
text!(
    EXPORT_WITH_ERRORS,
    "{nombre} fiche(s) exportée(s) malgré des erreurs, leurs valeurs invalides laissées vides (lancez `fabriques validate`) : {ids}",
    "{nombre} record(s) exported despite errors, their invalid values left empty (run `fabriques validate`): {ids}"
);
text!(
    EXPORT_STRICT,
    "--strict : {nombre} fiche(s) laissée(s) de côté ou exportée(s) avec des erreurs",
    "--strict: {nombre} record(s) left out or exported with errors"
);
text!(
    EXPORT_BINARY_TO_TERMINAL,
    "un classeur {format} ne s'affiche pas dans un terminal : donnez un fichier avec -o FICHIER.xlsx",
    "a {format} workbook cannot be shown in a terminal: give a file with -o FILE.xlsx"
);
text!(
    EXPORT_BAD_DATE,
    "--date-maj : « {valeur} » n'est pas une date du calendrier (AAAA-MM-JJ, par exemple 2026-02-28)",
    "--date-maj: `{valeur}` is not a calendar date (YYYY-MM-DD, e.g. 2026-02-28)"
);
text!(
    EXPORT_WRITTEN,
    "{nombre} fabrique(s) exportée(s) dans {fichier}",
    "{nombre} fabrique(s) exported to {fichier}"
);
text!(
    EXPORT_ONTO_RECORD,
    "{fichier} est une fiche du registre : l'export ne l'écrase pas ; choisissez un autre fichier (--force pour l'écraser quand même)",
    "{fichier} is a record of the register: the export does not replace it; choose another file (--force to replace it anyway)"
);
text!(
    EXPORT_ONTO_SETTINGS,
    "{fichier} contient les réglages du registre : l'export ne l'écrase pas ; choisissez un autre fichier (--force pour l'écraser quand même)",
    "{fichier} holds the register's settings: the export does not replace it; choose another file (--force to replace it anyway)"
);
text!(
    EXPORT_ONTO_NOT_A_FILE,
    "{fichier} n'est pas un fichier ordinaire (un dossier, un tube nommé, un périphérique) : l'export ne le remplace pas, même avec --force",
    "{fichier} is not a regular file (a folder, a named pipe, a device): the export does not replace it, even with --force"
);
text!(
    EXPORT_ONTO_OTHER,
    "{fichier} existe et n'est pas un export {format} précédent : l'export ne l'écrase pas ; choisissez un autre fichier, ou --force pour l'écraser",
    "{fichier} exists and is not a previous {format} export: the export does not replace it; choose another file, or --force to replace it"
);
text!(
    EXPORT_BAD_DELIMITER,
    "le séparateur doit être un seul caractère ASCII, pas « {valeur} »",
    "the delimiter must be a single ASCII character, not `{valeur}`"
);
text!(
    EXPORT_OPTION_NOT_FOR_FORMAT,
    "l'option {option} ne s'applique pas au format {format} : elle ne sert qu'au format {formats}",
    "option {option} does not apply to format {format}: it is only for format {formats}"
);
text!(
    EXPORT_OPTION_NOT_FOR_FORMATS,
    "l'option {option} ne s'applique pas au format {format} : elle ne sert qu'aux formats {formats}",
    "option {option} does not apply to format {format}: it is only for the formats {formats}"
);
text!(WIKI_TECHNIQUE, "Technique", "Technical");
text!(WIKI_ACTIONS, "Entrée par action", "By action");
text!(XLSX_SHEET, "Fabriques", "Fabriques");
text!(GEOJSON_QPV, "en QPV", "in a QPV");
text!(
    GEOJSON_POINT_COMMUNE,
    "Point au centre de la commune : adresse non renseignée",
    "Point at the commune's centre: address not recorded"
);
text!(
    GEOJSON_NUMERIQUE,
    "Fabrique numérique de territoire",
    "Fabrique numérique de territoire"
);
text!(GEOJSON_ACTIONS, "Actions", "Actions");
text!(GEOJSON_MOVILAB, "Page Movilab", "Movilab page");
text!(GEOJSON_SITE, "Site web", "Website");
text!(MEDNUM_CLOSED, "Lieu fermé.", "Closed place.");
