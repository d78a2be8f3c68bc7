//! The texts of the rules about the register as a whole: names, links, and
//! the records' exceptions.

use super::Text;

macro_rules! text {
    ($name:ident, $fr:expr, $en:expr) => {
        pub static $name: Text = Text { fr: $fr, en: $en };
    };
}

pub mod duplicate_id {
    use super::Text;
    text!(
        SUMMARY,
        "Deux fichiers de fiche n'ont pas le même nom, même dans deux dossiers.",
        "No two record files have the same name, even in two folders."
    );
    text!(WHY, "Le nom du fichier est l'identifiant de la fabrique : les liens, `fabriques show`, les exports et le site la désignent ainsi. Deux fichiers de même nom dans deux dossiers de data/ seraient deux fabriques sous un seul identifiant : un lien mènerait à l'une ou à l'autre. Les dossiers servent à ranger les fiches, pas à distinguer leurs identifiants.", "The file name is the fabrique's id: links, `fabriques show`, the exports and the website name it so. Two files with one name in two folders of data/ would be two fabriques under one id: a link would lead to either. Folders sort the records; they do not make ids distinct.");
    text!(
        MESSAGE,
        "l'identifiant « {id} » est aussi celui de {autres}",
        "id `{id}` is also that of {autres}"
    );
    text!(
        HELP,
        "s'il s'agit de la même fabrique, gardez un seul fichier ; sinon, renommez l'un des deux (« {id}-commune.toml »)",
        "if it is the same fabrique, keep one file; otherwise rename one of them (`{id}-commune.toml`)"
    );
}

pub mod duplicate_name {
    use super::Text;
    text!(
        SUMMARY,
        "Deux fiches n'ont pas le même nom dans la même commune.",
        "No two records share a name in the same commune."
    );
    text!(WHY, "Deux fiches au même nom dans la même commune décrivent presque toujours la même fabrique saisie deux fois : elle serait comptée deux fois.", "Two records with the same name in the same commune almost always describe one fabrique entered twice: it would be counted twice.");
    text!(
        MESSAGE,
        "une autre fiche porte le nom « {nom} » à {commune} : {autres}",
        "another record is named `{nom}` in {commune}: {autres}"
    );
    text!(
        HELP,
        "s'il s'agit du même lieu, gardez une seule fiche ; sinon, précisez le nom",
        "if it is the same place, keep one record; otherwise make the name more precise"
    );
}

pub mod duplicate_identifier {
    use super::Text;
    text!(
        SUMMARY,
        "Deux fiches n'ont pas le même identifiant externe ([identifiants] anct).",
        "No two records share an external identifier ([identifiants] anct)."
    );
    text!(WHY, "L'identifiant ANCT (fabt-59) dit quelle fabrique de la liste de l'État une fiche décrit : `fabriques import --update` retrouve la fiche par lui, pour que la prochaine édition de la liste mette le registre à jour au lieu de le dupliquer. Deux fiches avec le même identifiant sont une fabrique saisie deux fois, ou une faute de frappe.", "The ANCT id (fabt-59) says which fabrique of the State's list a record describes: `fabriques import --update` finds the record by it, so that the next edition of the list updates the register instead of duplicating it. Two records with one identifier are a fabrique entered twice, or a typo.");
    text!(
        MESSAGE,
        "l'identifiant ANCT « {identifiant} » est aussi celui de {autres}",
        "the ANCT id `{identifiant}` is also the one of {autres}"
    );
    text!(
        HELP,
        "s'il s'agit de la même fabrique, gardez une seule fiche ; sinon, corrigez l'identifiant d'après la liste de l'ANCT",
        "if it is the same fabrique, keep one record; otherwise correct the identifier from the ANCT's list"
    );
}

pub mod duplicate_name_other_address {
    use super::Text;
    text!(
        SUMMARY,
        "Deux fiches de même nom dans la même commune sont à des adresses différentes.",
        "Two records with the same name in the same commune are at different addresses."
    );
    text!(WHY, "Les antennes d'un même réseau portent souvent le même nom dans une ville, à des adresses différentes : ce ne sont pas des doublons, mais une saisie en double avec une adresse corrigée y ressemble. Vérifiez, puis précisez le nom ou ignorez l'avertissement avec une raison.", "Branches of one network often share a name in a city, at different addresses: they are not duplicates, but a record entered twice with a corrected address looks the same. Check, then make the name more precise or ignore the warning with a reason.");
    text!(
        MESSAGE,
        "une autre fiche porte le nom « {nom} » à {commune}, à une autre adresse : {autres}",
        "another record is named `{nom}` in {commune}, at another address: {autres}"
    );
    text!(
        HELP,
        "si ce sont deux lieux, précisez le nom (« {nom} — quartier ») ; si c'est le même, gardez une seule fiche",
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
        "lien vers une fabrique inconnue « {id} »",
        "link to an unknown fabrique `{id}`"
    );
    text!(
        HELP_SUGGEST,
        "vouliez-vous dire « {suggestion} » ?",
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
    text!(WHY, "Les liens retracent les visites et contributions entre fabriques différentes ; un lien vers soi-même fausse le décompte.", "Links trace visits and contributions between different fabriques; a link to oneself skews the count.");
    text!(
        MESSAGE,
        "la fiche « {id} » se lie à elle-même",
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
    text!(WHY, "Une exception fait taire une règle pour une fiche ; la raison permet à la personne qui relit de l'accepter, et aux suivantes de savoir quand la retirer.", "An exception silences a rule for one record; the reason lets a reviewer accept it, and later readers know when to remove it.");
    text!(
        MESSAGE,
        "l'exception pour « {regle} » ne donne pas de raison",
        "the exception for `{regle}` gives no reason"
    );
    text!(
        HELP,
        "ajoutez raison = \"...\" : pourquoi la règle ne s'applique pas à cette fiche",
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
    text!(WHY, "Une exception pour une règle mal nommée ne fait rien : le problème qu'elle visait resterait signalé, ou une faute de frappe passerait inaperçue.", "An exception for a misnamed rule does nothing: the problem it targeted stays reported, or a typo goes unnoticed.");
    text!(
        MESSAGE,
        "exception pour une règle inconnue « {regle} »",
        "exception for an unknown rule `{regle}`"
    );
    text!(
        HELP_SUGGEST,
        "vouliez-vous dire « {suggestion} » ?",
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
    text!(WHY, "Une exception qui ne correspond à rien est devenue inutile (la fiche a été corrigée) ; si on la garde, elle cachera le prochain vrai problème du même genre.", "An exception that matches nothing has become useless (the record was fixed); kept, it would hide the next real problem of that kind.");
    text!(
        MESSAGE,
        "l'exception pour « {regle} » ne correspond à aucun problème de cette fiche",
        "the exception for `{regle}` matches no problem in this record"
    );
    text!(HELP, "supprimez cette exception", "remove this exception");
}
