//! The texts of `fabriques.toml`'s mistakes (see `config::settings`).

use super::Text;

macro_rules! text {
    ($name:ident, $fr:expr, $en:expr) => {
        pub static $name: Text = Text { fr: $fr, en: $en };
    };
}

text!(UNKNOWN_SECTION, "section inconnue « {nom} »", "unknown section `{nom}`");
text!(
    UNKNOWN_VOCABULARY,
    "[vocabulaire] : vocabulaire inconnu « {nom} »",
    "[vocabulaire]: unknown vocabulary `{nom}`"
);
text!(UNKNOWN_KEY, "clé inconnue « {nom} »", "unknown key `{nom}`");
text!(
    MISSING_KEY,
    "clé obligatoire manquante : « {nom} »",
    "missing required key `{nom}`"
);
text!(POSSIBLE, "possibles : {noms}", "possible: {noms}");
text!(
    NOT_A_TABLE,
    "« {nom} » est une section : écrivez [{nom}] sur sa propre ligne, puis une entrée par ligne",
    "`{nom}` is a section: write [{nom}] on its own line, then one entry per line"
);
text!(
    NOT_A_STRING,
    "la valeur de « {nom} » s'écrit entre guillemets",
    "the value of `{nom}` is written between quotes"
);
text!(
    SEE_RULES,
    "`fabriques rules` les liste toutes",
    "`fabriques rules` lists them all"
);
text!(
    BAD_DEPOT,
    "[site] depot : « {valeur} » n'est pas l'adresse web d'un dépôt (https://forge/organisation/registre)",
    "[site] depot: `{valeur}` is not the web address of a repository (https://forge/organisation/registre)"
);
text!(
    UNKNOWN_FORGE,
    "[site] : l'hôte « {hote} » ne dit pas quelle forge héberge le dépôt ; ajoutez forge = {noms}",
    "[site]: the host `{hote}` does not say which forge hosts the repository; add forge = {noms}"
);
text!(
    UNKNOWN_FORGE_NAME,
    "[site] forge : forge inconnue « {nom} »",
    "[site] forge: unknown forge `{nom}`"
);
text!(
    NOT_A_BOOLEAN,
    "la valeur de « {nom} » est true ou false, sans guillemets",
    "the value of `{nom}` is true or false, without quotes"
);
text!(
    EMPTY_VALUE,
    "la valeur de « {nom} » est vide",
    "the value of `{nom}` is empty"
);
