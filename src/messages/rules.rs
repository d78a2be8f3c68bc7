//! The rules' texts: for each rule, its message(s), help line(s), and the
//! documentation shown by `fabriques rules NAME` (SUMMARY, WHY).
//!
//! Placeholders are filled by the rule's file in `src/rules/`.

use super::Text;

macro_rules! text {
    ($name:ident, $fr:expr, $en:expr) => {
        pub static $name: Text = Text { fr: $fr, en: $en };
    };
}

pub mod toml_syntax {
    use super::Text;
    text!(SUMMARY, "Le fichier est du TOML valide.", "The file is valid TOML.");
    text!(WHY, "Une fiche qui n'est pas du TOML ne peut pas être lue : aucune autre vérification n'est possible. Les erreurs les plus fréquentes sont une chaîne sans guillemets, une clé écrite deux fois et une table [..] répétée.", "A record that is not TOML cannot be read, so nothing else can be checked. The most frequent mistakes are an unquoted string, a key written twice and a repeated [..] table.");
    text!(
        MESSAGE,
        "syntaxe TOML invalide : {detail}",
        "invalid TOML syntax: {detail}"
    );
    text!(
        HELP,
        "corrigez la syntaxe à cet endroit ; les textes s'écrivent entre guillemets droits : nom = \"LAB01\"",
        "fix the syntax here; text is written between straight double quotes: nom = \"LAB01\""
    );
    text!(
        P_DUPLICATE_KEY,
        "syntaxe TOML invalide : cette clé est déjà définie plus haut",
        "invalid TOML syntax: this key is already defined above"
    );
    text!(
        P_UNQUOTED,
        "syntaxe TOML invalide : un texte doit être entre guillemets",
        "invalid TOML syntax: text must be quoted"
    );
    text!(
        P_BAD_KEY,
        "syntaxe TOML invalide : une clé s'écrit sans accents ni espaces (lettres a-z, chiffres, _ et -)",
        "invalid TOML syntax: a key is written without accents or spaces (letters a-z, digits, _ and -)"
    );
    text!(
        P_UNCLOSED,
        "syntaxe TOML invalide : guillemet fermant manquant",
        "invalid TOML syntax: missing closing quote"
    );
    /// Frequent messages of the `toml` parser (English prefixes) and their translation.
    pub static PARSER_MESSAGES: &[(&str, &Text)] = &[
        ("duplicate key", &P_DUPLICATE_KEY),
        ("string values must be quoted", &P_UNQUOTED),
        ("invalid basic string", &P_UNCLOSED),
        ("invalid unquoted key", &P_BAD_KEY),
        ("unclosed", &P_UNCLOSED),
    ];
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
        "enregistrez le fichier en UTF-8 depuis votre éditeur (« Enregistrer sous », encodage UTF-8)",
        "save the file as UTF-8 from your editor (\"Save as\", UTF-8 encoding)"
    );
    text!(
        IO,
        "impossible de lire le fichier : {detail}",
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
    text!(WHY, "Le nom du fichier, sans .toml, est l'identifiant de la fabrique : il sert dans les liens entre fiches et dans les adresses. Il s'écrit en minuscules sans accents, avec des chiffres et des tirets simples.", "The file name, without .toml, is the fabrique's id: links between records and addresses use it. It is written in lowercase ASCII letters and digits with single hyphens.");
    text!(
        MESSAGE,
        "le nom de fichier « {nom} » n'est pas un identifiant valide",
        "file name `{nom}` is not a valid id"
    );
    text!(
        HELP,
        "renommez le fichier en « {suggestion}.toml » (minuscules sans accents, chiffres, tirets)",
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
    text!(WHY, "Une clé inconnue est presque toujours une faute de frappe ou une clé placée dans la mauvaise table : sa valeur serait perdue sans bruit pour les listes et les exports.", "An unknown key is almost always a typo or a key in the wrong table: its value would be silently lost to lists and exports.");
    text!(MESSAGE, "clé inconnue « {cle} »", "unknown key `{cle}`");
    text!(
        HELP_SUGGEST,
        "vouliez-vous dire « {suggestion} » ?",
        "did you mean `{suggestion}`?"
    );
    text!(HELP_LIST, "clés possibles ici : {cles}", "keys allowed here: {cles}");
    text!(
        HELP_MOVE,
        "« {cle} » se place dans la table [{table}]",
        "`{cle}` belongs in the [{table}] table"
    );
    text!(
        HELP_ID,
        "l'identifiant est le nom du fichier : supprimez cette ligne",
        "the id is the file name: remove this line"
    );
}

pub mod missing_field {
    use super::Text;
    text!(
        SUMMARY,
        "Les champs obligatoires sont présents.",
        "Required fields are present."
    );
    text!(WHY, "Sans nom, QPV, labellisation, adresse, structure porteuse et sources, une fiche ne peut être ni filtrée ni vérifiée. Chaque champ obligatoire est connu pour toute Fabrique de Territoire.", "Without name, QPV, labelling, address, carrying structure and sources a record can be neither filtered nor checked. Every required field is known for any Fabrique de Territoire.");
    text!(
        MESSAGE,
        "champ obligatoire manquant : « {champ} »",
        "missing required field `{champ}`"
    );
    text!(HELP, "ajoutez par exemple : {exemple}", "add for example: {exemple}");
    text!(
        HELP_IN_TABLE,
        "ajoutez dans {table} une ligne comme : {exemple}",
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
    text!(WHY, "Le type d'une valeur compte : \"oui\" n'est pas true, et un code postal s'écrit entre guillemets pour garder son zéro initial (01500).", "A value's type matters: \"oui\" is not true, and a postal code is quoted to keep its leading zero (01500).");
    text!(
        MESSAGE,
        "« {champ} » doit être {attendu}, pas {trouve}",
        "`{champ}` must be {attendu}, not {trouve}"
    );
    text!(HELP, "écrivez par exemple : {exemple}", "write for example: {exemple}");
}

pub mod unknown_code {
    use super::Text;
    text!(
        SUMMARY,
        "Les codes appartiennent à leur vocabulaire.",
        "Codes belong to their vocabulary."
    );
    text!(WHY, "Catégories d'action, statuts, publics, formes juridiques, types de consortium et de liens, réseaux : ces listes fermées permettent de filtrer et de compter le registre. Un registre peut ajouter ses propres codes dans fabriques.toml.", "Action categories, statuses, publics, legal forms, consortium and link types, networks: these closed lists make the register filterable and countable. A register can add its own codes in fabriques.toml.");
    text!(
        MESSAGE,
        "« {valeur} » n'est pas un code du vocabulaire « {vocabulaire} » ({champ})",
        "`{valeur}` is not a code of vocabulary `{vocabulaire}` ({champ})"
    );
    text!(
        HELP_SUGGEST,
        "vouliez-vous dire {suggestions} ? (`fabriques vocab {vocabulaire}` liste les codes)",
        "did you mean {suggestions}? (`fabriques vocab {vocabulaire}` lists the codes)"
    );
    text!(HELP_LIST, "codes possibles : {codes}", "allowed codes: {codes}");
    text!(
        HELP_NO_NETWORK,
        "déclarez le réseau dans fabriques.toml : [reseaux.{code}] avec nom = \"...\"",
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
    text!(WHY, "Une valeur du bon type peut rester impossible : un nom vide, un montant négatif, une année à deux chiffres ou une fiche sans source. Elle fausserait les listes et les totaux.", "A value of the right type can still be impossible: an empty name, a negative amount, a two-digit year or a record without a source. It would skew lists and totals.");
    text!(
        MESSAGE,
        "valeur impossible pour « {champ} » : {raison}",
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
}

pub mod invalid_url {
    use super::Text;
    text!(
        SUMMARY,
        "Les adresses web sont complètes (http:// ou https://).",
        "Web addresses are complete (http:// or https://)."
    );
    text!(WHY, "Les exports transforment les adresses en liens sur le wiki et la carte : une adresse incomplète ou mal formée donne un lien mort.", "Exports turn addresses into links on the wiki and the map: an incomplete or malformed address gives a dead link.");
    text!(
        MESSAGE,
        "adresse web invalide pour « {champ} » : « {url} » ({raison})",
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
        "écrivez l'adresse complète, par exemple « {exemple} »",
        "write the complete address, for example `{exemple}`"
    );
}

pub mod duplicate_name {
    use super::Text;
    text!(
        SUMMARY,
        "Deux fiches n'ont pas le même nom dans la même commune.",
        "No two records share a name in the same commune."
    );
    text!(WHY, "Deux fiches au même nom dans la même commune décrivent presque toujours la même fabrique saisie deux fois : elle serait comptée deux fois.", "Two records with the same name in the same commune almost always describe one fabrique entered twice: it would be counted twice.");
    text!(
        MESSAGE,
        "une autre fiche porte le nom « {nom} » à {commune} : {autres}",
        "another record is named `{nom}` in {commune}: {autres}"
    );
    text!(
        HELP,
        "s'il s'agit du même lieu, gardez une seule fiche ; sinon, précisez le nom",
        "if it is the same place, keep one record; otherwise make the name more precise"
    );
}

pub mod duplicate_name_other_address {
    use super::Text;
    text!(
        SUMMARY,
        "Deux fiches de même nom dans la même commune sont à des adresses différentes.",
        "Two records with the same name in the same commune are at different addresses."
    );
    text!(WHY, "Les antennes d'un même réseau portent souvent le même nom dans une ville, à des adresses différentes : ce ne sont pas des doublons, mais une saisie en double avec une adresse corrigée y ressemble. Vérifiez, puis précisez le nom ou ignorez l'avertissement avec une raison.", "Branches of one network often share a name in a city, at different addresses: they are not duplicates, but a record entered twice with a corrected address looks the same. Check, then make the name more precise or ignore the warning with a reason.");
    text!(
        MESSAGE,
        "une autre fiche porte le nom « {nom} » à {commune}, à une autre adresse : {autres}",
        "another record is named `{nom}` in {commune}, at another address: {autres}"
    );
    text!(
        HELP,
        "si ce sont deux lieux, précisez le nom (« {nom} — quartier ») ; si c'est le même, gardez une seule fiche",
        "if these are two places, make the name more precise (`{nom} — neighbourhood`); if it is the same, keep one record"
    );
}

pub mod unknown_link {
    use super::Text;
    text!(
        SUMMARY,
        "Chaque lien mène à une fiche du registre.",
        "Every link leads to a record of the register."
    );
    text!(WHY, "Un lien nomme une autre fabrique par son identifiant, le nom de son fichier sans .toml. Un identifiant inconnu est une faute de frappe ou une fiche qui manque.", "A link names another fabrique by its id, its file name without .toml. An unknown id is a typo or a missing record.");
    text!(
        MESSAGE,
        "lien vers une fabrique inconnue « {id} »",
        "link to an unknown fabrique `{id}`"
    );
    text!(
        HELP_SUGGEST,
        "vouliez-vous dire « {suggestion} » ?",
        "did you mean `{suggestion}`?"
    );
    text!(
        HELP,
        "indiquez le nom d'un fichier de data/ sans .toml, ou ajoutez d'abord la fiche de cette fabrique",
        "give the name of a file of data/ without .toml, or add that fabrique's record first"
    );
}

pub mod self_link {
    use super::Text;
    text!(
        SUMMARY,
        "Une fiche ne se lie pas à elle-même.",
        "A record does not link to itself."
    );
    text!(WHY, "Les liens retracent les visites et contributions entre fabriques différentes ; un lien vers soi-même fausse le décompte.", "Links trace visits and contributions between different fabriques; a link to oneself skews the count.");
    text!(
        MESSAGE,
        "la fiche « {id} » se lie à elle-même",
        "record `{id}` links to itself"
    );
    text!(
        HELP,
        "indiquez l'identifiant de l'autre fabrique",
        "give the id of the other fabrique"
    );
}

pub mod ignore_missing_reason {
    use super::Text;
    text!(
        SUMMARY,
        "Chaque exception [validation] donne sa raison.",
        "Every [validation] exception gives its reason."
    );
    text!(WHY, "Une exception fait taire une règle pour une fiche ; la raison permet à la personne qui relit de l'accepter, et aux suivantes de savoir quand la retirer.", "An exception silences a rule for one record; the reason lets a reviewer accept it, and later readers know when to remove it.");
    text!(
        MESSAGE,
        "l'exception pour « {regle} » ne donne pas de raison",
        "the exception for `{regle}` gives no reason"
    );
    text!(
        HELP,
        "ajoutez raison = \"...\" : pourquoi la règle ne s'applique pas à cette fiche",
        "add raison = \"...\": why the rule does not apply to this record"
    );
}

pub mod ignore_unknown_rule {
    use super::Text;
    text!(
        SUMMARY,
        "Chaque exception nomme une règle qui existe.",
        "Every exception names an existing rule."
    );
    text!(WHY, "Une exception pour une règle mal nommée ne fait rien : le problème qu'elle visait resterait signalé, ou une faute de frappe passerait inaperçue.", "An exception for a misnamed rule does nothing: the problem it targeted stays reported, or a typo goes unnoticed.");
    text!(
        MESSAGE,
        "exception pour une règle inconnue « {regle} »",
        "exception for an unknown rule `{regle}`"
    );
    text!(
        HELP_SUGGEST,
        "vouliez-vous dire « {suggestion} » ?",
        "did you mean `{suggestion}`?"
    );
    text!(
        HELP,
        "`fabriques rules` liste les règles",
        "`fabriques rules` lists the rules"
    );
}

pub mod ignore_unused {
    use super::Text;
    text!(
        SUMMARY,
        "Chaque exception fait taire au moins un problème.",
        "Every exception silences at least one problem."
    );
    text!(WHY, "Une exception qui ne correspond à rien est devenue inutile (la fiche a été corrigée) ; si on la garde, elle cachera le prochain vrai problème du même genre.", "An exception that matches nothing has become useless (the record was fixed); kept, it would hide the next real problem of that kind.");
    text!(
        MESSAGE,
        "l'exception pour « {regle} » ne correspond à aucun problème de cette fiche",
        "the exception for `{regle}` matches no problem in this record"
    );
    text!(HELP, "supprimez cette exception", "remove this exception");
}

pub mod code_postal {
    use super::Text;
    text!(
        SUMMARY,
        "Le code postal a cinq chiffres, existe et dessert la commune.",
        "The postal code has five digits, exists and serves the commune."
    );
    text!(WHY, "Le code postal situe la fabrique et permet de retrouver sa commune, son département et sa région dans le Code officiel géographique. Il s'écrit entre guillemets pour garder son zéro initial.", "The postal code locates the fabrique and leads to its commune, département and région in the official geographic code. It is quoted to keep its leading zero.");
    text!(
        NOT_FIVE_DIGITS,
        "« {code} » n'est pas un code postal : il faut cinq chiffres",
        "`{code}` is not a postal code: five digits are needed"
    );
    text!(
        HELP_FORMAT,
        "écrivez les cinq chiffres entre guillemets, avec le zéro initial : code_postal = \"01500\"",
        "write the five digits between quotes, with the leading zero: code_postal = \"01500\""
    );
    text!(
        UNKNOWN,
        "le code postal « {code} » n'existe pas",
        "postal code `{code}` does not exist"
    );
    text!(
        HELP_UNKNOWN,
        "vérifiez le code postal (les codes CEDEX ne sont pas des codes de commune)",
        "check the postal code (CEDEX codes are not commune codes)"
    );
    text!(
        NOT_SERVING,
        "le code postal {cp} ne dessert pas « {commune} » ({code}), que désignent le code INSEE et la commune",
        "postal code {cp} does not serve `{commune}` ({code}), which the INSEE code and the commune designate"
    );
    text!(
        HELP_CODES,
        "codes postaux de « {commune} » : {codes}",
        "postal codes of `{commune}`: {codes}"
    );
    text!(
        HELP_HOMONYMS,
        "« {nom} » : {lieux} ; vérifiez le code postal",
        "`{nom}`: {lieux}; check the postal code"
    );
}

pub mod commune {
    use super::Text;
    text!(
        SUMMARY,
        "La commune est desservie par le code postal.",
        "The commune is served by the postal code."
    );
    text!(WHY, "Code postal et commune doivent désigner le même lieu, sans quoi le département et la région de la fabrique sont faux. La comparaison ignore majuscules, accents, tirets, apostrophes et « St »/« Saint ».", "Postal code and commune must designate the same place, or the fabrique's département and région are wrong. The comparison ignores case, accents, hyphens, apostrophes and « St »/« Saint ».");
    text!(
        MESSAGE,
        "« {commune} » n'est pas une commune desservie par le code postal {code}",
        "`{commune}` is not a commune served by postal code {code}"
    );
    text!(
        HELP_SERVED,
        "le code postal {cp} dessert {servies}{ailleurs}",
        "postal code {cp} serves {servies}{ailleurs}"
    );
    text!(AND_OTHERS, "{noms} et {nombre} autres", "{noms} and {nombre} others");
    text!(
        ELSEWHERE_SAME_DEPARTEMENT,
        " ; dans le même département, « {nom} » désigne : {lieux}",
        "; in the same département, `{nom}` designates: {lieux}"
    );
    text!(
        ELSEWHERE_OTHER_DEPARTEMENT,
        " ; dans un autre département, « {nom} » désigne : {lieux} (la fabrique changerait alors de département : corrigez aussi le code postal)",
        "; in another département, `{nom}` designates: {lieux} (the fabrique would then move to another département: fix the postal code too)"
    );
    text!(
        HELP_CODE_AND_POSTAL_CODE,
        "le code postal {cp} et le code INSEE {code} désignent « {commune} » : écrivez commune = \"{commune}\"",
        "postal code {cp} and INSEE code {code} designate `{commune}`: write commune = \"{commune}\""
    );
    text!(
        PLACE_COMMUNE,
        "{nom} ({codes}, {departement})",
        "{nom} ({codes}, {departement})"
    );
    text!(
        PLACE_FORMER,
        "{nom}, aujourd'hui {actuelle} ({codes}, {departement})",
        "{nom}, now {actuelle} ({codes}, {departement})"
    );
}

pub mod commune_orthographe {
    use super::Text;
    text!(
        SUMMARY,
        "La commune s'écrit comme dans le Code officiel géographique.",
        "The commune is spelt as in the official geographic code."
    );
    text!(WHY, "Une commune mal orthographiée (sans accents, « St » pour « Saint ») est reconnue, mais les listes et les exports doivent porter le nom officiel pour être triés et recoupés.", "A misspelt commune (no accents, « St » for « Saint ») is recognised, but lists and exports need the official name to sort and match.");
    text!(
        MESSAGE,
        "« {ecrit} » s'écrit officiellement « {officiel} »",
        "`{ecrit}` is officially spelt `{officiel}`"
    );
    text!(
        HELP,
        "écrivez : commune = \"{officiel}\"",
        "write: commune = \"{officiel}\""
    );
}

pub mod commune_ancienne {
    use super::Text;
    text!(
        SUMMARY,
        "La commune n'est pas une commune fusionnée (déléguée ou associée).",
        "The commune is not a merged (déléguée or associée) commune."
    );
    text!(WHY, "Depuis les fusions de communes, une ancienne commune est une commune déléguée ou associée d'une commune nouvelle : le département et la région se lisent sur la commune actuelle, dont le nom doit figurer dans la fiche.", "Since communes merged, a former commune is a commune déléguée or associée of a commune nouvelle: the département and région come from the current commune, whose name the record must give.");
    text!(
        MESSAGE,
        "« {ancienne} » n'est plus une commune : elle fait partie de « {actuelle} »",
        "`{ancienne}` is no longer a commune: it is part of `{actuelle}`"
    );
    text!(
        HELP,
        "écrivez commune = \"{actuelle}\" (code INSEE {code}) ; le nom de l'ancienne commune peut rester dans voie",
        "write commune = \"{actuelle}\" (INSEE code {code}); the former commune's name may stay in voie"
    );
    text!(
        MESSAGE_CODE,
        "le code INSEE {code} est celui de l'ancienne commune « {ancienne} », aujourd'hui « {actuelle} »",
        "INSEE code {code} is that of the former commune `{ancienne}`, now `{actuelle}`"
    );
    text!(
        HELP_CODE,
        "écrivez : code_insee = \"{code}\"",
        "write: code_insee = \"{code}\""
    );
    text!(
        MESSAGE_RENAMED,
        "« {ancienne} » est l'ancien nom de « {actuelle} » (jusqu'en {annee})",
        "`{ancienne}` is the former name of `{actuelle}` (until {annee})"
    );
}

pub mod code_insee {
    use super::Text;
    text!(
        SUMMARY,
        "Le code INSEE existe, est celui de la commune et correspond au code postal.",
        "The INSEE code exists, is the commune's, and agrees with the postal code."
    );
    text!(WHY, "Le code INSEE identifie la commune sans ambiguïté (deux communes peuvent porter le même nom) ; il ne se confond pas avec le code postal.", "The INSEE code identifies the commune unambiguously (two communes may share a name); it is not the postal code.");
    text!(
        MALFORMED,
        "« {code} » n'est pas un code INSEE : cinq caractères, chiffres (ou 2A/2B pour la Corse)",
        "`{code}` is not an INSEE code: five characters, digits (or 2A/2B for Corsica)"
    );
    text!(
        UNKNOWN,
        "le code INSEE {code} n'existe pas",
        "INSEE code {code} does not exist"
    );
    text!(
        OTHER_COMMUNE,
        "le code INSEE {code} désigne « {designe} », pas « {commune} »",
        "INSEE code {code} designates `{designe}`, not `{commune}`"
    );
    text!(
        OTHER_POSTAL_CODE,
        "le code INSEE {code} (« {designe} ») ne correspond pas au code postal {cp}",
        "INSEE code {code} (`{designe}`) does not agree with postal code {cp}"
    );
    text!(
        HELP_CODE_OF,
        "le code INSEE de « {commune} » est {code}",
        "the INSEE code of `{commune}` is {code}"
    );
    text!(
        HELP_LOOKUP,
        "`fabriques geo COMMUNE` donne le code INSEE d'une commune",
        "`fabriques geo COMMUNE` gives a commune's INSEE code"
    );
    text!(
        HELP_POSTAL_CODES,
        "codes postaux de « {commune} » : {codes}",
        "postal codes of `{commune}`: {codes}"
    );
    text!(
        AGAINST_ADDRESS,
        "le code INSEE {code} désigne « {designe} » ({dep_designe}), mais le code postal {cp} et la commune « {commune} » désignent « {retenue} » ({dep_retenue}) : c'est « {retenue} » qui est retenue",
        "INSEE code {code} designates `{designe}` ({dep_designe}), but postal code {cp} and commune `{commune}` designate `{retenue}` ({dep_retenue}): `{retenue}` is kept"
    );
    text!(
        ALL_DISAGREE,
        "le code INSEE {code} désigne « {designe} » ({dep_designe}), que ne désignent ni le code postal {cp} ni la commune « {commune} » : aucune commune n'est retenue",
        "INSEE code {code} designates `{designe}` ({dep_designe}), which neither postal code {cp} nor commune `{commune}` designates: no commune is kept"
    );
    text!(
        HELP_NO_DECIDER,
        "sans code postal valable pour départager, ni la commune ni son département ne sont retenus : corrigez le code INSEE ou la commune",
        "without a valid postal code to decide, neither the commune nor its département is kept: fix the INSEE code or the commune"
    );
}

pub mod coordonnees {
    use super::Text;
    text!(
        SUMMARY,
        "Latitude et longitude sont en France, dans le département de la commune.",
        "Latitude and longitude are in France, in the commune's département."
    );
    text!(WHY, "Les coordonnées placent la fabrique sur la carte (uMap). Hors de France ou hors du département de sa commune, elles sont fausses (le point est comparé aux contours IGN des départements, avec une tolérance près des limites) ; une latitude et une longitude inversées sont l'erreur la plus courante.", "Coordinates put the fabrique on the map (uMap). Outside France or outside its commune's département they are wrong (the point is compared with the IGN outlines of the départements, with a tolerance near borders); swapped latitude and longitude are the most frequent mistake.");
    text!(
        OUTSIDE,
        "les coordonnées ({coordonnees}) sont hors de France",
        "coordinates ({coordonnees}) are outside France"
    );
    text!(
        SWAPPED,
        "latitude et longitude semblent inversées ({coordonnees})",
        "latitude and longitude look swapped ({coordonnees})"
    );
    text!(
        HELP_SWAPPED,
        "écrivez : latitude = {latitude} et longitude = {longitude}",
        "write: latitude = {latitude} and longitude = {longitude}"
    );
    text!(
        ELSEWHERE,
        "les coordonnées ({coordonnees}) ne sont pas dans la région de « {commune} » ({region})",
        "coordinates ({coordonnees}) are not in the region of `{commune}` ({region})"
    );
    text!(HELP_OUTSIDE, "relevez-les sur une carte : en métropole, la latitude va d'environ 41 à 51 et la longitude de -5 à 10 (degrés décimaux, WGS84)", "read them off a map: in metropolitan France latitude runs from about 41 to 51 and longitude from -5 to 10 (decimal degrees, WGS84)");
    text!(
        OTHER_DEPARTEMENT,
        "les coordonnées ({coordonnees}) sont dans le département {ailleurs}, pas dans celui de « {commune} » ({departement})",
        "coordinates ({coordonnees}) are in département {ailleurs}, not in that of `{commune}` ({departement})"
    );
    text!(
        FAR_FROM_DEPARTEMENT,
        "les coordonnées ({coordonnees}) sont à {distance} km du département de « {commune} » ({departement})",
        "coordinates ({coordonnees}) are {distance} km from the département of `{commune}` ({departement})"
    );
    text!(
        HELP_DEPARTEMENT,
        "relevez-les sur une carte à l'adresse de la fabrique ; une tolérance de {tolerance} km est admise près des limites",
        "read them off a map at the fabrique's address; {tolerance} km of tolerance is allowed near borders"
    );
}

pub mod qpv_grande_ville {
    use super::Text;
    text!(
        SUMMARY,
        "Une fabrique hors QPV n'est pas dans une commune de plus de 100 000 habitants.",
        "A fabrique outside a QPV is not in a commune of more than 100,000 inhabitants."
    );
    text!(WHY, "Le programme finance des fabriques en quartier prioritaire (QPV) ou hors des grands centres urbains : dans une grande ville, une fabrique est normalement en QPV.", "The programme funds fabriques in a priority neighbourhood (QPV) or outside large urban centres: in a large city a fabrique is normally in a QPV.");
    text!(
        MESSAGE,
        "fabrique hors QPV à « {commune} », commune de {population} habitants",
        "fabrique outside a QPV in `{commune}`, a commune of {population} inhabitants"
    );
    text!(
        HELP,
        "si le lieu est en quartier prioritaire, écrivez qpv = true ; sinon, expliquez-le dans [validation] ignorer",
        "if the place is in a priority neighbourhood, write qpv = true; otherwise explain why in [validation] ignorer"
    );
}

pub mod criteres {
    use super::Text;
    text!(TEXT_MISSING, "le texte manque", "the text is missing");
    text!(
        TEXT_PLACEHOLDER,
        "le texte ne dit rien (« x », « oui », « ? »...)",
        "the text says nothing (\"x\", \"oui\", \"?\"...)"
    );
    text!(
        TEXT_TOO_SHORT,
        "le texte est trop court pour être une phrase",
        "the text is too short to be a sentence"
    );
    text!(
        HELP_TEXT,
        "{probleme} : décrivez-le en une phrase d'au moins {min} caractères dans [criteres] {cle} = \"...\"",
        "{probleme}: describe it in a sentence of at least {min} characters in [criteres] {cle} = \"...\""
    );
}

pub mod critere_communaute {
    use super::Text;
    text!(
        SUMMARY,
        "Critère 1 : une communauté d'habitants fait vivre le lieu.",
        "Criterion 1: a community of residents runs the place."
    );
    text!(WHY, "Un tiers-lieu est d'abord une communauté : le critère est documenté par une phrase qui dit qui fait vivre le lieu (criteres.communaute).", "A tiers-lieu is first a community: the criterion is documented by a sentence saying who runs the place (criteres.communaute).");
    text!(
        MESSAGE,
        "critère « communauté » non documenté",
        "criterion \"community\" not documented"
    );
}

pub mod critere_gouvernance {
    use super::Text;
    text!(
        SUMMARY,
        "Critère 2 : les habitants participent à la gouvernance et à la programmation.",
        "Criterion 2: inhabitants take part in governance and programming."
    );
    text!(WHY, "La gouvernance partagée distingue un tiers-lieu d'un équipement : le critère est documenté par une phrase qui dit comment les habitants décident (criteres.gouvernance).", "Shared governance tells a tiers-lieu from a facility: the criterion is documented by a sentence saying how inhabitants decide (criteres.gouvernance).");
    text!(
        MESSAGE,
        "critère « gouvernance » non documenté",
        "criterion \"governance\" not documented"
    );
}

pub mod critere_ancrage {
    use super::Text;
    text!(
        SUMMARY,
        "Critère 3 : le lieu est ancré dans son territoire (texte et partenaire public).",
        "Criterion 3: the place is anchored in its territory (text and a public partner)."
    );
    text!(WHY, "L'ancrage territorial se montre par des liens avec les pouvoirs publics, les entreprises et les associations : il faut le texte (criteres.ancrage) et au moins une collectivité dans le consortium ; le texte seul ne suffit pas.", "Territorial anchoring shows in links with public authorities, firms and associations: it takes the text (criteres.ancrage) and at least one collectivité in the consortium; the text alone is not enough.");
    text!(
        MESSAGE,
        "critère « ancrage territorial » non documenté",
        "criterion \"territorial anchoring\" not documented"
    );
    text!(HELP_PARTNER, "le texte y est, mais il manque un partenaire public : ajoutez une collectivité dans [consortium] collectivites = [\"...\"]", "the text is there, but a public partner is missing: add a collectivité in [consortium] collectivites = [\"...\"]");
    text!(HELP_BOTH, "{probleme}, et il manque un partenaire public : écrivez [criteres] ancrage = \"...\" (au moins {min} caractères) et [consortium] collectivites = [\"...\"]", "{probleme}, and a public partner is missing: write [criteres] ancrage = \"...\" (at least {min} characters) and [consortium] collectivites = [\"...\"]");
}

pub mod critere_mise_en_commun {
    use super::Text;
    text!(
        SUMMARY,
        "Critère 4 : le lieu met en commun avec d'autres tiers-lieux (texte et réseau ou lien).",
        "Criterion 4: the place pools with other tiers-lieux (text and a network or link)."
    );
    text!(WHY, "Une Fabrique de Territoire partage ressources et savoir-faire avec les tiers-lieux voisins : il faut le texte (criteres.mise_en_commun) et au moins un réseau (reseaux) ou un lien vers une autre fabrique ([[liens]]).", "A Fabrique de Territoire shares resources and know-how with neighbouring tiers-lieux: it takes the text (criteres.mise_en_commun) and at least one network (reseaux) or one link to another fabrique ([[liens]]).");
    text!(
        MESSAGE,
        "critère « mise en commun » non documenté",
        "criterion \"pooling\" not documented"
    );
    text!(HELP_NETWORK, "le texte y est, mais il manque un réseau ou un lien : ajoutez reseaux = [\"...\"] ou une table [[liens]] vers une autre fabrique", "the text is there, but a network or link is missing: add reseaux = [\"...\"] or a [[liens]] table to another fabrique");
    text!(HELP_BOTH, "{probleme}, et il manque un réseau ou un lien : écrivez [criteres] mise_en_commun = \"...\" (au moins {min} caractères) et reseaux = [\"...\"] ou [[liens]]", "{probleme}, and a network or link is missing: write [criteres] mise_en_commun = \"...\" (at least {min} characters) and reseaux = [\"...\"] or [[liens]]");
}

pub mod critere_offre_diversifiee {
    use super::Text;
    text!(
        SUMMARY,
        "Critère 5 : l'offre de services ne se limite pas à un domaine (deux catégories faites).",
        "Criterion 5: services are not limited to one field (two categories done)."
    );
    text!(WHY, "Un tiers-lieu croise les activités : au moins deux catégories d'action différentes doivent avoir le statut « fait ».", "A tiers-lieu mixes activities: at least two different action categories must have status \"fait\".");
    text!(
        MESSAGE,
        "critère « offre diversifiée » non documenté",
        "criterion \"diversified offer\" not documented"
    );
    text!(HELP_NONE, "aucune action n'a le statut « fait » : il faut au moins deux catégories d'action différentes avec statut = \"fait\"", "no action has status \"fait\": at least two different action categories with statut = \"fait\" are needed");
    text!(
        HELP_ONE,
        "seule la catégorie « {categorie} » a le statut « fait » : il en faut au moins deux différentes",
        "only category `{categorie}` has status \"fait\": at least two different ones are needed"
    );
}

pub mod critere_offre_adaptee {
    use super::Text;
    text!(
        SUMMARY,
        "Critère 6 : les services s'adressent à tous les habitants dans leur diversité.",
        "Criterion 6: services suit all inhabitants in their diversity."
    );
    text!(
        WHY,
        "Un tiers-lieu accueille tous les publics : criteres.publics contient tout_public ou au moins deux publics.",
        "A tiers-lieu welcomes every public: criteres.publics holds tout_public or at least two publics."
    );
    text!(
        MESSAGE,
        "critère « offre adaptée à tous » non documenté",
        "criterion \"offer for all\" not documented"
    );
    text!(
        HELP,
        "écrivez dans [criteres] publics = [\"tout_public\"], ou au moins deux publics (`fabriques vocab publics`)",
        "write in [criteres] publics = [\"tout_public\"], or at least two publics (`fabriques vocab publics`)"
    );
}

pub mod numerique_hors_qpv {
    use super::Text;
    text!(
        SUMMARY,
        "Une Fabrique numérique de territoire est en QPV.",
        "A Fabrique numérique de territoire is in a QPV."
    );
    text!(WHY, "L'AMI réserve le label « Fabrique numérique de territoire » (et son bonus) aux fabriques installées en quartier prioritaire de la politique de la ville.", "The AMI reserves the « Fabrique numérique de territoire » label (and its bonus) to fabriques in a priority neighbourhood (QPV).");
    text!(
        MESSAGE,
        "une Fabrique numérique de territoire doit être en QPV, or qpv = false",
        "a Fabrique numérique de territoire must be in a QPV, but qpv = false"
    );
    text!(HELP, "si le lieu est en quartier prioritaire, écrivez qpv = true ; sinon, ce n'est pas une Fabrique numérique : numerique = false", "if the place is in a priority neighbourhood, write qpv = true; otherwise it is not a Fabrique numérique: numerique = false");
}

pub mod financement_plafond_annuel {
    use super::Text;
    text!(
        SUMMARY,
        "Le financement de l'État ne dépasse pas 50 000 € par an.",
        "State funding does not exceed €50,000 a year."
    );
    text!(WHY, "Le programme verse 50 000 € par an à chaque fabrique ; un montant supérieur est une faute de saisie ou mélange d'autres financements.", "The programme pays €50,000 a year to each fabrique; a higher amount is a typo or mixes in other funding.");
    text!(
        MESSAGE,
        "{montant} € en {annee} : plus que le plafond annuel du programme",
        "€{montant} in {annee}: more than the programme's yearly cap"
    );
    text!(
        HELP,
        "le programme verse au plus {plafond} € par an ; n'inscrivez ici que le financement Fabriques de Territoire",
        "the programme pays at most €{plafond} a year; record only the Fabriques de Territoire funding here"
    );
}

pub mod financement_duree {
    use super::Text;
    text!(
        SUMMARY,
        "Au plus trois années financées, consécutives, pas avant la labellisation.",
        "At most three funded years, consecutive, not before labelling."
    );
    text!(
        WHY,
        "Le programme finance une fabrique trois ans de suite à partir de sa labellisation.",
        "The programme funds a fabrique for three consecutive years from its labelling."
    );
    text!(
        BEFORE_LABEL,
        "financement en {annee}, avant la labellisation ({labellisation})",
        "funding in {annee}, before labelling ({labellisation})"
    );
    text!(
        HELP_BEFORE,
        "vérifiez l'année du financement et celle de [labellisation] annee",
        "check the funding year and [labellisation] annee"
    );
    text!(
        TOO_MANY,
        "{nombre} années financées : le programme en finance trois",
        "{nombre} funded years: the programme funds three"
    );
    text!(
        HELP_TOO_MANY,
        "gardez les trois années du programme dans financement.annuel",
        "keep the programme's three years in financement.annuel"
    );
    text!(
        GAP,
        "années financées non consécutives : {avant} puis {apres}",
        "funded years are not consecutive: {avant} then {apres}"
    );
    text!(
        HELP_GAP,
        "inscrivez chaque année de la période, avec son montant (0 si rien n'a été versé)",
        "list every year of the period, with its amount (0 if nothing was paid)"
    );
}

pub mod financement_total {
    use super::Text;
    text!(
        SUMMARY,
        "Le financement total ne dépasse pas 150 000 € (bonus numérique à part).",
        "Total funding does not exceed €150,000 (numérique bonus apart)."
    );
    text!(WHY, "Trois ans à 50 000 € font 150 000 € : au-delà, un montant est faux ou un autre financement s'est glissé dans la fiche. Le bonus numérique se note à part (bonus_numerique).", "Three years at €50,000 make €150,000: beyond that an amount is wrong or other funding slipped in. The numérique bonus is recorded apart (bonus_numerique).");
    text!(
        MESSAGE,
        "{total} € de financement annuel au total : plus que le programme n'en verse",
        "€{total} of yearly funding in total: more than the programme pays"
    );
    text!(
        HELP,
        "le total de financement.annuel est au plus {max} € ; le bonus numérique va dans bonus_numerique",
        "the total of financement.annuel is at most €{max}; the numérique bonus goes in bonus_numerique"
    );
}

pub mod financement_total_faible {
    use super::Text;
    text!(
        SUMMARY,
        "Trois années financées font au moins 75 000 €.",
        "Three funded years make at least €75,000."
    );
    text!(WHY, "Moins de la moitié du montant du programme sur trois années complètes signale souvent un montant oublié ou mal saisi.", "Less than half the programme's amount over three complete years often means an amount left out or mistyped.");
    text!(
        MESSAGE,
        "{total} € sur trois années : moins de la moitié du montant du programme",
        "€{total} over three years: less than half the programme's amount"
    );
    text!(
        HELP,
        "vérifiez les montants de financement.annuel (en euros, sans espace : 50000)",
        "check the amounts of financement.annuel (in euros, without spaces: 50000)"
    );
}

pub mod bonus_numerique {
    use super::Text;
    text!(
        SUMMARY,
        "Le bonus numérique va à une Fabrique numérique, et au plus 100 000 €.",
        "The numérique bonus goes to a Fabrique numérique, at most €100,000."
    );
    text!(
        WHY,
        "Les Fabriques numériques de territoire reçoivent 100 000 € de plus ; les autres fabriques n'ont pas de bonus.",
        "Fabriques numériques de territoire receive €100,000 more; other fabriques have no bonus."
    );
    text!(
        NOT_NUMERIQUE,
        "bonus numérique pour une fabrique qui n'est pas une Fabrique numérique",
        "numérique bonus for a fabrique that is not a Fabrique numérique"
    );
    text!(
        HELP_NOT_NUMERIQUE,
        "si c'est une Fabrique numérique de territoire, écrivez numerique = true ; sinon retirez bonus_numerique",
        "if it is a Fabrique numérique de territoire, write numerique = true; otherwise remove bonus_numerique"
    );
    text!(
        TOO_HIGH,
        "bonus numérique de {montant} € : plus que le bonus du programme",
        "numérique bonus of €{montant}: more than the programme's bonus"
    );
    text!(
        HELP_TOO_HIGH,
        "le bonus est au plus de {max} €",
        "the bonus is at most €{max}"
    );
}

pub mod labellisation_annee {
    use super::Text;
    text!(
        SUMMARY,
        "L'année de labellisation est entre 2019 et cette année.",
        "The labelling year is between 2019 and this year."
    );
    text!(WHY, "L'AMI Fabriques de Territoire a ouvert en juillet 2019 : aucune fabrique n'a été labellisée avant, ni ne l'est dans le futur.", "The Fabriques de Territoire AMI opened in July 2019: no fabrique was labelled before, nor is in the future.");
    text!(
        TOO_EARLY,
        "labellisation en {annee}, avant l'ouverture de l'AMI (juillet 2019)",
        "labelled in {annee}, before the AMI opened (July 2019)"
    );
    text!(
        FUTURE,
        "labellisation en {annee}, dans le futur (nous sommes en {cette_annee})",
        "labelled in {annee}, in the future (this is {cette_annee})"
    );
    text!(
        HELP,
        "écrivez l'année de la labellisation (2019 pour la première vague)",
        "write the labelling year (2019 for the first wave)"
    );
}

pub mod structure_creation {
    use super::Text;
    text!(
        SUMMARY,
        "La structure porteuse existait à la labellisation.",
        "The carrying structure existed when labelled."
    );
    text!(WHY, "La labellisation est attribuée à une structure qui existe : sa création ne peut pas être postérieure, ni dans le futur, ni avant 1800 (une faute de frappe).", "Labelling goes to an existing structure: its creation cannot be later, nor in the future, nor before 1800 (a typo).");
    text!(
        TOO_EARLY,
        "structure créée en {annee}, avant {min}",
        "structure created in {annee}, before {min}"
    );
    text!(
        FUTURE,
        "structure créée en {annee}, dans le futur",
        "structure created in {annee}, in the future"
    );
    text!(
        AFTER_LABEL,
        "structure créée en {annee}, après la labellisation ({labellisation})",
        "structure created in {annee}, after labelling ({labellisation})"
    );
    text!(HELP, "vérifiez structure_porteuse.creation (l'année où la structure a été créée, « existe depuis ») et labellisation.annee", "check structure_porteuse.creation (the year the structure was created, « existe depuis ») and labellisation.annee");
}

pub mod siret {
    use super::Text;
    text!(
        SUMMARY,
        "Le SIRET a 14 chiffres et une clé de contrôle valide.",
        "The SIRET has 14 digits and a valid check digit."
    );
    text!(WHY, "Le SIRET identifie l'établissement de la structure porteuse (et sert d'identifiant « pivot » à l'export médiation numérique). Sa clé de Luhn détecte la plupart des fautes de frappe ; La Poste (SIREN 356000000) suit une règle à part.", "The SIRET identifies the carrying structure's establishment (and is the « pivot » id of the médiation numérique export). Its Luhn check digit catches most typos; La Poste (SIREN 356000000) follows its own rule.");
    text!(
        NOT_14,
        "« {siret} » n'est pas un SIRET : il faut 14 chiffres",
        "`{siret}` is not a SIRET: 14 digits are needed"
    );
    text!(
        HELP_14,
        "copiez le SIRET depuis l'annuaire des entreprises (annuaire-entreprises.data.gouv.fr)",
        "copy the SIRET from the company directory (annuaire-entreprises.data.gouv.fr)"
    );
    text!(
        CHECKSUM,
        "le SIRET « {siret} » a une clé de contrôle invalide (faute de frappe ?)",
        "SIRET `{siret}` has an invalid check digit (a typo?)"
    );
    text!(
        HELP_CHECKSUM,
        "vérifiez chaque chiffre dans l'annuaire des entreprises (annuaire-entreprises.data.gouv.fr)",
        "check each digit in the company directory (annuaire-entreprises.data.gouv.fr)"
    );
    text!(
        SPACES,
        "le SIRET « {siret} » contient des espaces",
        "SIRET `{siret}` contains spaces"
    );
    text!(
        HELP_SPACES,
        "écrivez : siret = \"{compact}\"",
        "write: siret = \"{compact}\""
    );
}

pub mod lien_date {
    use super::Text;
    text!(
        SUMMARY,
        "La date d'un lien n'est ni dans le futur ni avant 2019.",
        "A link's date is neither in the future nor before 2019."
    );
    text!(WHY, "Les liens retracent des visites et contributions qui ont eu lieu entre Fabriques de Territoire, donc depuis 2019.", "Links trace visits and contributions that took place between Fabriques de Territoire, hence since 2019.");
    text!(
        FUTURE,
        "lien daté du {date}, dans le futur (nous sommes le {aujourdhui})",
        "link dated {date}, in the future (today is {aujourdhui})"
    );
    text!(
        TOO_EARLY,
        "lien daté du {date}, avant le programme (2019)",
        "link dated {date}, before the programme (2019)"
    );
    text!(
        HELP,
        "écrivez la date de la visite ou de la contribution : date = AAAA-MM-JJ",
        "write the date of the visit or contribution: date = YYYY-MM-DD"
    );
}

pub mod consortium {
    use super::Text;
    text!(
        SUMMARY,
        "Le consortium compte d'autres membres que la structure porteuse.",
        "The consortium has members besides the carrying structure."
    );
    text!(WHY, "L'AMI demandait une candidature en consortium (collectivités, centres sociaux, bailleurs, acteurs de la formation...) : un consortium vide ou réduit à la structure porteuse n'est sans doute pas renseigné.", "The AMI asked for applications as a consortium (collectivités, social centres, landlords, training bodies...): an empty consortium, or one reduced to the carrying structure, is probably not filled in.");
    text!(
        MESSAGE,
        "le consortium ne compte personne d'autre que la structure porteuse",
        "the consortium lists nobody besides the carrying structure"
    );
    text!(HELP, "ajoutez les membres par type dans [consortium] : collectivites, centres_sociaux, bailleurs_sociaux, acteurs_formation...", "add the members by kind in [consortium]: collectivites, centres_sociaux, bailleurs_sociaux, acteurs_formation...");
}

pub mod video_plateforme {
    use super::Text;
    text!(
        SUMMARY,
        "La vidéo n'est pas sur YouTube (l'AMI demandait PeerTube).",
        "The video is not on YouTube (the AMI asked for PeerTube)."
    );
    text!(WHY, "L'AMI demandait une vidéo de présentation sur PeerTube, plateforme libre et décentralisée, cohérente avec la culture des communs des tiers-lieux.", "The AMI asked for a presentation video on PeerTube, a free and decentralised platform, in line with the commons culture of tiers-lieux.");
    text!(MESSAGE, "la vidéo est sur YouTube", "the video is on YouTube");
    text!(
        HELP,
        "publiez-la sur une instance PeerTube (joinpeertube.org) et mettez son adresse dans video",
        "publish it on a PeerTube instance (joinpeertube.org) and put its address in video"
    );
}

pub mod page_movilab {
    use super::Text;
    text!(
        SUMMARY,
        "La fabrique a une page sur Movilab.",
        "The fabrique has a page on Movilab."
    );
    text!(WHY, "L'AMI demandait à chaque fabrique de se documenter sur Movilab, le wiki des tiers-lieux : la page rend son expérience partageable.", "The AMI asked each fabrique to document itself on Movilab, the tiers-lieux wiki: the page makes its experience shareable.");
    text!(MISSING, "pas de page Movilab", "no Movilab page");
    text!(
        ELSEWHERE,
        "« {url} » n'est pas une page de movilab.org",
        "`{url}` is not a movilab.org page"
    );
    text!(
        HELP,
        "ajoutez page_movilab = \"https://movilab.org/wiki/...\" (créez la page si elle n'existe pas)",
        "add page_movilab = \"https://movilab.org/wiki/...\" (create the page if it does not exist)"
    );
}

pub mod numerique_sans_action_numerique {
    use super::Text;
    text!(
        SUMMARY,
        "Une Fabrique numérique mène au moins une action numérique.",
        "A Fabrique numérique runs at least one digital action."
    );
    text!(WHY, "Le label numérique finance des actions numériques : inclusion numérique, accès aux droits, fablab, ou formation au numérique.", "The numérique label funds digital actions: digital inclusion, access to rights, fablab, or digital training.");
    text!(
        MESSAGE,
        "Fabrique numérique sans action numérique",
        "Fabrique numérique without a digital action"
    );
    text!(HELP, "ajoutez une action inclusion_numerique, acces_droits ou fablab, ou une formation dont la sous_action dit le numérique", "add an inclusion_numerique, acces_droits or fablab action, or a formation whose sous_action says it is digital");
}

pub mod modele_a_completer {
    use super::Text;
    text!(
        SUMMARY,
        "La fiche ne garde pas les marques « À VÉRIFIER » / « À COMPLÉTER » du modèle.",
        "The record keeps none of the template's « À VÉRIFIER » / « À COMPLÉTER » marks."
    );
    text!(WHY, "`fabriques new` remplit les champs obligatoires avec des valeurs à revoir, marquées « À VÉRIFIER » ou « À COMPLÉTER » : une fiche qui les garde mettrait des suppositions dans le registre.", "`fabriques new` fills the required fields with values to review, marked « À VÉRIFIER » or « À COMPLÉTER »: a record that keeps them would put guesses in the register.");
    text!(
        MESSAGE,
        "valeur du modèle encore marquée « {marque} »",
        "template value still marked « {marque} »"
    );
    text!(
        HELP,
        "écrivez la vraie valeur, puis retirez la marque « {marque} »",
        "write the real value, then remove the « {marque} » mark"
    );
}
