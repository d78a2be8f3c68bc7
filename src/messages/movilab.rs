//! The wording of the two tables of the Movilab page « Fabriques de
//! Territoire » — « Technique » and « Entrée par action » — as the site
//! and `export --wikitext`/`--markdown` show them (`register::movilab` says which column holds what). One place,
//! so that the wording changes once.

use super::Text;

macro_rules! text {
    ($name:ident, $fr:expr, $en:expr) => {
        pub static $name: Text = Text { fr: $fr, en: $en };
    };
}

text!(FABRIQUE, "Fabrique", "Fabrique");
text!(STRUCTURE, "Structure porteuse", "Carrying structure");
text!(CODE_POSTAL, "Code postal", "Postal code");
text!(VILLE, "Ville", "Town");
text!(QPV, "Installé en QPV", "In a QPV");
text!(NUMERIQUE, "Fabrique numérique", "Fabrique numérique");
text!(
    CONSORTIUM,
    "Autres acteurs impliqués dans le consortium",
    "Other members of the consortium"
);
text!(COLLECTIVITE, "Collectivité", "Local authority");
text!(CENTRE_SOCIAL, "Centre social", "Social centre");
text!(BAILLEURS, "Bailleurs sociaux", "Social landlords");
text!(FORMATION, "Acteurs de la formation", "Training bodies");
text!(
    LABELLISATION,
    "Date de labellisation de la fabrique",
    "Year the fabrique was labelled"
);
text!(
    EXISTE_DEPUIS,
    "La structure porteuse existe depuis",
    "The carrying structure exists since"
);
text!(
    DOSSIER,
    "Lien vers le dossier de présentation",
    "Link to the presentation"
);
text!(LINK_MOVILAB, "page Movilab", "Movilab page");
text!(LINK_SITE, "site web", "website");
text!(CATEGORIE, "Catégorie", "Category");
text!(SOUS_ACTION, "Sous-action", "Sub-action");
text!(FONT, "Ces fabriques font ça", "These fabriques do it");
text!(
    COMMENCE,
    "Ces fabriques ont commencé à faire ça",
    "These fabriques have started"
);
text!(VEULENT, "Ces fabriques veulent le faire", "These fabriques want to");
text!(STATUT_INCONNU, "Statut non renseigné", "Status not recorded");
