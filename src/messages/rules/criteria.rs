//! The texts of the six tiers-lieu criteria.

use super::Text;

macro_rules! text {
    ($name:ident, $fr:expr, $en:expr) => {
        pub static $name: Text = Text { fr: $fr, en: $en };
    };
}

pub mod criteres {
    use super::Text;
    text!(TEXT_MISSING, "le texte manque", "the text is missing");
    text!(
        TEXT_PLACEHOLDER,
        "le texte ne dit rien (« x », « oui », « ? »...)",
        "the text says nothing (\"x\", \"oui\", \"?\"...)"
    );
    text!(
        TEXT_TOO_SHORT,
        "le texte est trop court pour être une phrase",
        "the text is too short to be a sentence"
    );
    text!(
        HELP_TEXT,
        "{probleme} : décrivez-le en une phrase d'au moins {min} caractères dans [criteres] {cle} = \"...\"",
        "{probleme}: describe it in a sentence of at least {min} characters in [criteres] {cle} = \"...\""
    );
}

pub mod critere_communaute {
    use super::Text;
    // The column heading of the criterion (`criteres`, `show`, `stats`).
    text!(SHORT, "communauté", "community");
    text!(
        SUMMARY,
        "Critère 1 : une communauté d'habitants fait vivre le lieu.",
        "Criterion 1: a community of residents runs the place."
    );
    text!(WHY, "Un tiers-lieu est d'abord une communauté : le critère est documenté par une phrase qui dit qui fait vivre le lieu (criteres.communaute).", "A tiers-lieu is first a community: the criterion is documented by a sentence saying who runs the place (criteres.communaute).");
    text!(
        MESSAGE,
        "critère « communauté » non documenté",
        "criterion \"community\" not documented"
    );
}

pub mod critere_gouvernance {
    use super::Text;
    // The column heading of the criterion (`criteres`, `show`, `stats`).
    text!(SHORT, "gouvernance", "governance");
    text!(
        SUMMARY,
        "Critère 2 : les habitants participent à la gouvernance et à la programmation.",
        "Criterion 2: inhabitants take part in governance and programming."
    );
    text!(WHY, "La gouvernance partagée distingue un tiers-lieu d'un équipement : le critère est documenté par une phrase qui dit comment les habitants décident (criteres.gouvernance).", "Shared governance tells a tiers-lieu from a facility: the criterion is documented by a sentence saying how inhabitants decide (criteres.gouvernance).");
    text!(
        MESSAGE,
        "critère « gouvernance » non documenté",
        "criterion \"governance\" not documented"
    );
}

pub mod critere_ancrage {
    use super::Text;
    // The column heading of the criterion (`criteres`, `show`, `stats`).
    text!(SHORT, "ancrage", "anchoring");
    text!(
        SUMMARY,
        "Critère 3 : le lieu est ancré dans son territoire (texte et partenaire public).",
        "Criterion 3: the place is anchored in its territory (text and a public partner)."
    );
    text!(WHY, "L'ancrage territorial se montre par des liens avec les pouvoirs publics, les entreprises et les associations : il faut le texte (criteres.ancrage) et au moins une collectivité dans le consortium ; le texte seul ne suffit pas.", "Territorial anchoring shows in links with public authorities, firms and associations: it takes the text (criteres.ancrage) and at least one collectivité in the consortium; the text alone is not enough.");
    text!(
        MESSAGE,
        "critère « ancrage territorial » non documenté",
        "criterion \"territorial anchoring\" not documented"
    );
    text!(HELP_PARTNER, "le texte y est, mais il manque un partenaire public : ajoutez une collectivité dans [consortium] collectivites = [\"...\"]", "the text is there, but a public partner is missing: add a collectivité in [consortium] collectivites = [\"...\"]");
    text!(HELP_BOTH, "{probleme}, et il manque un partenaire public : écrivez [criteres] ancrage = \"...\" (au moins {min} caractères) et [consortium] collectivites = [\"...\"]", "{probleme}, and a public partner is missing: write [criteres] ancrage = \"...\" (at least {min} characters) and [consortium] collectivites = [\"...\"]");
}

pub mod critere_mise_en_commun {
    use super::Text;
    // The column heading of the criterion (`criteres`, `show`, `stats`).
    text!(SHORT, "mise en commun", "pooling");
    text!(
        SUMMARY,
        "Critère 4 : le lieu met en commun avec d'autres tiers-lieux (texte et réseau ou lien).",
        "Criterion 4: the place pools with other tiers-lieux (text and a network or link)."
    );
    text!(WHY, "Une Fabrique de Territoire partage ressources et savoir-faire avec les tiers-lieux voisins : il faut le texte (criteres.mise_en_commun) et au moins un réseau (reseaux) ou un lien vers une autre fabrique ([[liens]]).", "A Fabrique de Territoire shares resources and know-how with neighbouring tiers-lieux: it takes the text (criteres.mise_en_commun) and at least one network (reseaux) or one link to another fabrique ([[liens]]).");
    text!(
        MESSAGE,
        "critère « mise en commun » non documenté",
        "criterion \"pooling\" not documented"
    );
    text!(HELP_NETWORK, "le texte y est, mais il manque un réseau ou un lien : ajoutez reseaux = [\"...\"] ou une table [[liens]] vers une autre fabrique", "the text is there, but a network or link is missing: add reseaux = [\"...\"] or a [[liens]] table to another fabrique");
    text!(HELP_BOTH, "{probleme}, et il manque un réseau ou un lien : écrivez [criteres] mise_en_commun = \"...\" (au moins {min} caractères) et reseaux = [\"...\"] ou [[liens]]", "{probleme}, and a network or link is missing: write [criteres] mise_en_commun = \"...\" (at least {min} characters) and reseaux = [\"...\"] or [[liens]]");
}

pub mod critere_offre_diversifiee {
    use super::Text;
    // The column heading of the criterion (`criteres`, `show`, `stats`).
    text!(SHORT, "offre diversifiée", "diverse offer");
    text!(
        SUMMARY,
        "Critère 5 : l'offre de services ne se limite pas à un domaine (deux catégories faites).",
        "Criterion 5: services are not limited to one field (two categories done)."
    );
    text!(WHY, "Un tiers-lieu croise les activités : au moins deux catégories d'action différentes doivent avoir le statut « fait ».", "A tiers-lieu mixes activities: at least two different action categories must have status \"fait\".");
    text!(
        MESSAGE,
        "critère « offre diversifiée » non documenté",
        "criterion \"diversified offer\" not documented"
    );
    text!(HELP_NONE, "aucune action n'a le statut « fait » : il faut au moins deux catégories d'action différentes avec statut = \"fait\"", "no action has status \"fait\": at least two different action categories with statut = \"fait\" are needed");
    text!(
        HELP_ONE,
        "seule la catégorie « {categorie} » a le statut « fait » : il en faut au moins deux différentes",
        "only category `{categorie}` has status \"fait\": at least two different ones are needed"
    );
}

pub mod critere_offre_adaptee {
    use super::Text;
    // The column heading of the criterion (`criteres`, `show`, `stats`).
    text!(SHORT, "offre adaptée", "offer for all");
    text!(
        SUMMARY,
        "Critère 6 : les services s'adressent à tous les habitants dans leur diversité.",
        "Criterion 6: services suit all inhabitants in their diversity."
    );
    text!(
        WHY,
        "Un tiers-lieu accueille tous les publics : criteres.publics contient tout_public ou au moins deux publics.",
        "A tiers-lieu welcomes every public: criteres.publics holds tout_public or at least two publics."
    );
    text!(
        MESSAGE,
        "critère « offre adaptée à tous » non documenté",
        "criterion \"offer for all\" not documented"
    );
    text!(
        HELP,
        "écrivez dans [criteres] publics = [\"tout_public\"], ou au moins deux publics (`fabriques vocab publics`)",
        "write in [criteres] publics = [\"tout_public\"], or at least two publics (`fabriques vocab publics`)"
    );
}
