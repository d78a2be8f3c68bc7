//! The texts of the rules about the file and its format (detected while it
//! is read).

use super::Text;

macro_rules! text {
    ($name:ident, $fr:expr, $en:expr) => {
        pub static $name: Text = Text { fr: $fr, en: $en };
    };
}

pub mod toml_syntax {
    use super::Text;
    text!(SUMMARY, "Le fichier est du TOML valide.", "The file is valid TOML.");
    text!(WHY, "Une fiche qui n'est pas du TOML ne peut pas être lue : aucune autre vérification n'est possible. Les erreurs les plus fréquentes sont une chaîne sans guillemets, une clé écrite deux fois et une table [..] répétée.", "A record that is not TOML cannot be read, so nothing else can be checked. The most frequent mistakes are an unquoted string, a key written twice and a repeated [..] table.");
    text!(
        HELP,
        "corrigez la syntaxe à cet endroit ; les textes s'écrivent entre guillemets droits : nom = \"LAB01\"",
        "fix the syntax here; text is written between straight double quotes: nom = \"LAB01\""
    );
    text!(
        NUL,
        "caractère NUL (U+0000) à la ligne {ligne}, colonne {colonne}",
        "NUL character (U+0000) at line {ligne}, column {colonne}"
    );
    text!(
        CONTROL,
        "caractère de contrôle {caractere} à la ligne {ligne}, colonne {colonne}",
        "control character {caractere} at line {ligne}, column {colonne}"
    );
    text!(
        HELP_CONTROL,
        "ce caractère n'a pas sa place dans une fiche (le fichier est peut-être abîmé, ou binaire) : retirez-le ; un texte qui en a besoin l'écrit échappé (\\u001B)",
        "this character has no place in a record (the file may be damaged, or binary): remove it; a text that needs one writes it escaped (\\u001B)"
    );
}

pub mod file_unreadable {
    use super::Text;
    text!(
        SUMMARY,
        "Le fichier peut être lu comme du texte UTF-8.",
        "The file can be read as UTF-8 text."
    );
    text!(WHY, "Les fiches sont du texte UTF-8, l'encodage de git, du web et de TOML. Un fichier enregistré dans un autre encodage (Latin-1, Windows-1252) abîme les accents.", "Records are UTF-8 text, the encoding of git, the web and TOML. A file saved in another encoding (Latin-1, Windows-1252) garbles the accents.");
    text!(
        NOT_UTF8,
        "le fichier n'est pas encodé en UTF-8",
        "the file is not UTF-8 encoded"
    );
    text!(
        HELP_UTF8,
        "enregistrez le fichier en UTF-8 depuis votre éditeur (« Enregistrer sous », encodage UTF-8)",
        "save the file as UTF-8 from your editor (\"Save as\", UTF-8 encoding)"
    );
    text!(
        IO,
        "impossible de lire le fichier : {detail}",
        "cannot read the file: {detail}"
    );
    text!(
        HELP_IO,
        "vérifiez que le fichier existe et que vous avez le droit de le lire",
        "check that the file exists and that you may read it"
    );
}

pub mod invalid_id {
    use super::Text;
    text!(
        SUMMARY,
        "Le nom du fichier est un identifiant valide.",
        "The file name is a valid id."
    );
    text!(WHY, "Le nom du fichier, sans .toml, est l'identifiant de la fabrique : il sert dans les liens entre fiches et dans les adresses. Il s'écrit en minuscules sans accents, avec des chiffres et des tirets simples.", "The file name, without .toml, is the fabrique's id: links between records and addresses use it. It is written in lowercase ASCII letters and digits with single hyphens.");
    text!(
        MESSAGE,
        "le nom de fichier « {nom} » n'est pas un identifiant valide",
        "file name `{nom}` is not a valid id"
    );
    text!(
        HELP,
        "renommez le fichier en « {suggestion}.toml » (minuscules sans accents, chiffres, tirets)",
        "rename the file `{suggestion}.toml` (lowercase ASCII letters, digits, hyphens)"
    );
    text!(
        HELP_GENERIC,
        "renommez le fichier avec des minuscules sans accents, des chiffres et des tirets, comme la-dynamo.toml",
        "rename the file with lowercase ASCII letters, digits and hyphens, like la-dynamo.toml"
    );
}

pub mod unknown_key {
    use super::Text;
    text!(
        SUMMARY,
        "Chaque clé fait partie du format des fiches.",
        "Every key is part of the record format."
    );
    text!(WHY, "Une clé inconnue est presque toujours une faute de frappe ou une clé placée dans la mauvaise table : sa valeur serait perdue sans bruit pour les listes et les exports.", "An unknown key is almost always a typo or a key in the wrong table: its value would be silently lost to lists and exports.");
    text!(MESSAGE, "clé inconnue « {cle} »", "unknown key `{cle}`");
    text!(
        HELP_SUGGEST,
        "vouliez-vous dire « {suggestion} » ?",
        "did you mean `{suggestion}`?"
    );
    text!(HELP_LIST, "clés possibles ici : {cles}", "keys allowed here: {cles}");
    text!(
        HELP_MOVE,
        "« {cle} » se place dans la table [{table}]",
        "`{cle}` belongs in the [{table}] table"
    );
    text!(
        HELP_ID,
        "l'identifiant est le nom du fichier : supprimez cette ligne",
        "the id is the file name: remove this line"
    );
    text!(
        HELP_TOP,
        "« {cle} » est une clé du haut de la fiche : écrite après {section}, elle appartient en TOML à cette section ; déplacez-la au-dessus de la première section ([...] ou [[...]])",
        "`{cle}` is a key of the top of the record: written after {section}, it belongs in TOML to that section; move it above the first section ([...] or [[...]])"
    );
}

pub mod missing_field {
    use super::Text;
    text!(
        SUMMARY,
        "Les champs obligatoires sont présents.",
        "Required fields are present."
    );
    text!(WHY, "Sans nom, sources et commune (avec son code postal ou son code INSEE), une fiche ne peut être ni trouvée, ni placée, ni vérifiée : ce sont les faits que toute liste de Fabriques de Territoire donne. Le reste (QPV, Fabrique numérique, labellisation, structure porteuse...) peut manquer quand les sources ne le disent pas : absent veut dire inconnu (`fabriques rules a-completer`). Dans une table écrite ([[actions]], [[liens]], [structure_porteuse]...), les clés qui la définissent sont obligatoires.", "Without name, sources and commune (with its postal code or INSEE code), a record can be neither found, placed nor checked: these are the facts any list of Fabriques de Territoire gives. The rest (QPV, Fabrique numérique, labelling, carrying structure...) may be missing when the sources do not say: absent means unknown (`fabriques rules a-completer`). In a table that is written ([[actions]], [[liens]], [structure_porteuse]...), the keys that define it are required.");
    text!(
        MESSAGE,
        "champ obligatoire manquant : « {champ} »",
        "missing required field `{champ}`"
    );
    text!(
        MESSAGE_ONE_OF,
        "il faut l'un de ces champs : {champs}",
        "one of these fields is required: {champs}"
    );
    text!(HELP, "ajoutez par exemple : {exemple}", "add for example: {exemple}");
    text!(
        HELP_IN_TABLE,
        "ajoutez dans {table} une ligne comme : {exemple}",
        "add to {table} a line like: {exemple}"
    );
}

pub mod wrong_type {
    use super::Text;
    text!(
        SUMMARY,
        "Chaque valeur a le bon type TOML.",
        "Every value has the right TOML type."
    );
    text!(WHY, "Le type d'une valeur compte : \"oui\" n'est pas true, et un code postal s'écrit entre guillemets pour garder son zéro initial (01500).", "A value's type matters: \"oui\" is not true, and a postal code is quoted to keep its leading zero (01500).");
    text!(
        MESSAGE,
        "« {champ} » doit être {attendu}, pas {trouve}",
        "`{champ}` must be {attendu}, not {trouve}"
    );
    text!(HELP, "écrivez par exemple : {exemple}", "write for example: {exemple}");
}

pub mod unknown_code {
    use super::Text;
    text!(
        SUMMARY,
        "Les codes appartiennent à leur vocabulaire.",
        "Codes belong to their vocabulary."
    );
    text!(WHY, "Catégories d'action, statuts, publics, formes juridiques, types de consortium et de liens, réseaux : ces listes fermées permettent de filtrer et de compter le registre. Un registre peut ajouter ses propres codes dans fabriques.toml.", "Action categories, statuses, publics, legal forms, consortium and link types, networks: these closed lists make the register filterable and countable. A register can add its own codes in fabriques.toml.");
    text!(
        MESSAGE,
        "« {valeur} » n'est pas un code du vocabulaire « {vocabulaire} » ({champ})",
        "`{valeur}` is not a code of vocabulary `{vocabulaire}` ({champ})"
    );
    text!(
        HELP_SUGGEST,
        "vouliez-vous dire {suggestions} ? (`fabriques vocab {vocabulaire}` liste les codes)",
        "did you mean {suggestions}? (`fabriques vocab {vocabulaire}` lists the codes)"
    );
    text!(HELP_LIST, "codes possibles : {codes}", "allowed codes: {codes}");
    text!(
        HELP_NO_NETWORK,
        "déclarez le réseau dans fabriques.toml : [reseaux.{code}] avec nom = \"...\"",
        "declare the network in fabriques.toml: [reseaux.{code}] with nom = \"...\""
    );
}

pub mod invalid_value {
    use super::Text;
    text!(
        SUMMARY,
        "Les valeurs sont possibles (texte non vide, montant positif, année, coordonnées).",
        "Values are possible (non-empty text, positive amount, year, coordinates)."
    );
    text!(WHY, "Une valeur du bon type peut rester impossible : un nom vide, un montant négatif, une année à deux chiffres ou une fiche sans source. Elle fausserait les listes et les totaux.", "A value of the right type can still be impossible: an empty name, a negative amount, a two-digit year or a record without a source. It would skew lists and totals.");
    text!(
        MESSAGE,
        "valeur impossible pour « {champ} » : {raison}",
        "impossible value for `{champ}`: {raison}"
    );
    text!(EMPTY, "le texte est vide", "the text is empty");
    text!(
        NO_SOURCE,
        "il faut au moins une source",
        "at least one source is needed"
    );
    text!(
        NEGATIVE,
        "un montant ne peut pas être négatif",
        "an amount cannot be negative"
    );
    text!(
        NOT_POSITIVE,
        "le nombre doit être supérieur ou égal à 1",
        "the number must be 1 or more"
    );
    text!(TOO_LARGE, "le nombre est trop grand", "the number is too large");
    text!(
        NOT_A_YEAR,
        "la clé doit être une année à quatre chiffres",
        "the key must be a four-digit year"
    );
    text!(
        LATITUDE_RANGE,
        "une latitude est comprise entre -90 et 90",
        "a latitude lies between -90 and 90"
    );
    text!(
        LONGITUDE_RANGE,
        "une longitude est comprise entre -180 et 180",
        "a longitude lies between -180 and 180"
    );
    text!(
        DATE_ONLY,
        "seule une date est attendue, sans heure ni fuseau",
        "only a date is expected, without time or offset"
    );
    text!(
        NOT_ANCT_ID,
        "un identifiant ANCT s'écrit « fabt- » suivi d'un nombre, comme dans la liste de l'ANCT",
        "an ANCT id is `fabt-` followed by a number, as in the ANCT's list"
    );
}

pub mod invalid_url {
    use super::Text;
    text!(
        SUMMARY,
        "Les adresses web sont complètes (http:// ou https://).",
        "Web addresses are complete (http:// or https://)."
    );
    text!(WHY, "Les exports transforment les adresses en liens sur le wiki et la carte : une adresse incomplète ou mal formée donne un lien mort.", "Exports turn addresses into links on the wiki and the map: an incomplete or malformed address gives a dead link.");
    text!(
        MESSAGE,
        "adresse web invalide pour « {champ} » : « {url} » ({raison})",
        "invalid web address for `{champ}`: `{url}` ({raison})"
    );
    text!(
        REASON_SCHEME,
        "elle doit commencer par http:// ou https://",
        "it must start with http:// or https://"
    );
    text!(REASON_SPACE, "elle contient une espace", "it contains a space");
    text!(
        REASON_HOST,
        "le nom de domaine manque ou est incomplet",
        "the domain name is missing or incomplete"
    );
    text!(REASON_MALFORMED, "elle est mal formée", "it is malformed");
    text!(
        HELP,
        "copiez l'adresse complète depuis la barre d'adresse du navigateur",
        "copy the complete address from the browser's address bar"
    );
    text!(
        HELP_PREFIX,
        "écrivez l'adresse complète, par exemple « {exemple} »",
        "write the complete address, for example `{exemple}`"
    );
}

pub mod control_character {
    use super::Text;
    text!(
        SUMMARY,
        "Les textes ne contiennent ni caractère de contrôle, ni caractère d'inversion bidirectionnelle, ni caractère invisible.",
        "Texts hold no control, bidirectional formatting or invisible character."
    );
    text!(WHY, "Un caractère de contrôle (ESC, retour chariot, NUL) fait obéir le terminal qui affiche la fiche : il peut effacer l'écran ou changer le titre de la fenêtre. Un caractère d'inversion bidirectionnelle (U+202E) retourne le texte qui le suit ; un caractère invisible (espace sans chasse U+200B, trait d'union conditionnel) cache une différence : « LAB\u{200b}01 » n'est pas « LAB01 » pour un programme, mais s'affiche pareil. Ils arrivent d'un copier-coller ; retirez-les. Les sauts de ligne et tabulations ne sont permis que dans les textes longs.", "A control character (ESC, carriage return, NUL) is obeyed by the terminal that shows the record: it may clear the screen or change the window's title. A bidirectional formatting character (U+202E) reverses the text after it; an invisible character (zero width space U+200B, soft hyphen) hides a difference: `LAB\u{200b}01` is not `LAB01` to a program, but looks the same. They come from copy and paste; remove them. Line breaks and tabs are allowed in the long texts only.");
    text!(
        MESSAGE_CONTROL,
        "caractère de contrôle {caractere} dans « {champ} » (caractère {position} de la valeur){autres}",
        "control character {caractere} in `{champ}` (character {position} of the value){autres}"
    );
    text!(
        MESSAGE_BIDI,
        "caractère d'inversion bidirectionnelle {caractere} dans « {champ} » (caractère {position} de la valeur){autres}",
        "bidirectional formatting character {caractere} in `{champ}` (character {position} of the value){autres}"
    );
    text!(
        MESSAGE_INVISIBLE,
        "caractère invisible {caractere} dans « {champ} » (caractère {position} de la valeur){autres}",
        "invisible character {caractere} in `{champ}` (character {position} of the value){autres}"
    );
    text!(OTHERS_ONE, ", et un autre", ", and one more");
    text!(OTHERS_MANY, ", et {nombre} autres", ", and {nombre} more");
    text!(
        HELP,
        "retirez ce caractère : retapez la valeur plutôt que de la coller",
        "remove this character: type the value again rather than paste it"
    );
    text!(
        HELP_LINE_BREAK,
        "écrivez la valeur sur une ligne ; les sauts de ligne ne sont permis que dans {champs}",
        "write the value on one line; line breaks are allowed in {champs} only"
    );
}
