//! Controlled vocabularies: the closed lists of codes a record may use.
//!
//! Each vocabulary is defined once here with, for every entry, a stable
//! ASCII code (what a record writes), a French label and a one-line French
//! definition. These are domain data, like the schema itself, so they stay
//! beside the code rather than in the message catalogue. A register extends
//! a vocabulary in `fabriques.toml` (`[vocabulaire.NAME]`) and declares its
//! networks (`[reseaux]`); [`Vocabularies::new`] merges those in. The schema
//! reader checks codes against the merged lists; `fabriques vocab` prints
//! them.

use std::borrow::Cow;

/// One allowed code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub code: Cow<'static, str>,
    pub libelle: Cow<'static, str>,
    pub definition: Cow<'static, str>,
    /// True for entries added by the register's `fabriques.toml`.
    pub local: bool,
}

/// A named vocabulary.
#[derive(Clone, Debug)]
pub struct Vocabulary {
    /// Name used in `fabriques vocab NAME` and `[vocabulaire.NAME]`.
    pub name: &'static str,
    /// Where records use it, for documentation (`actions.categorie`...).
    pub used_by: &'static str,
    pub entries: Vec<Entry>,
}

impl Vocabulary {
    fn builtin(
        name: &'static str,
        used_by: &'static str,
        list: &[(&'static str, &'static str, &'static str)],
    ) -> Vocabulary {
        Vocabulary {
            name,
            used_by,
            entries: list
                .iter()
                .map(|&(code, libelle, definition)| Entry {
                    code: Cow::Borrowed(code),
                    libelle: Cow::Borrowed(libelle),
                    definition: Cow::Borrowed(definition),
                    local: false,
                })
                .collect(),
        }
    }

    pub fn contains(&self, code: &str) -> bool {
        self.entries.iter().any(|e| e.code == code)
    }

    pub fn get(&self, code: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.code == code)
    }

    pub fn codes(&self) -> Vec<&str> {
        self.entries.iter().map(|e| e.code.as_ref()).collect()
    }
}

/// Names of the vocabularies, in documentation order.
pub const NAMES: &[&str] = &[
    "categories",
    "statuts_action",
    "statuts",
    "publics",
    "formes_juridiques",
    "consortium",
    "types_lien",
    "reseaux",
    "precisions_point",
];

/// Vocabularies a register cannot extend: the tool gives each of their
/// codes a meaning (a point at `commune` precision is never shown as the
/// address).
pub const CLOSED: &[&str] = &["precisions_point"];

/// Where a record's point comes from (`adresse.precision_point`).
const PRECISIONS_POINT: &[(&str, &str, &str)] = &[
    (
        "adresse",
        "Adresse",
        "Le point est l'adresse de la fabrique (géocodée ou relevée). C'est le sens d'un point sans précision.",
    ),
    (
        "commune",
        "Centre de la commune",
        "Le point n'est que le centre de la commune : l'adresse n'est pas connue. Les cartes et les exports ne le présentent jamais comme l'adresse.",
    ),
];

/// Action categories: the « Entrée par action » of the Movilab page and the
/// services the AMI names.
const CATEGORIES: &[(&str, &str, &str)] = &[
    (
        "coworking",
        "Coworking",
        "Espace de travail partagé ouvert aux travailleurs indépendants, salariés à distance et porteurs de projet.",
    ),
    (
        "fablab",
        "Fablab",
        "Atelier de fabrication numérique ouvert (impression 3D, découpe laser, électronique).",
    ),
    (
        "atelier_partage",
        "Atelier partagé",
        "Atelier d'artisanat, de bricolage ou de réparation dont les outils sont mis en commun.",
    ),
    (
        "living_lab",
        "Living lab",
        "Démarche d'innovation ouverte où les usagers conçoivent et testent des services avec les porteurs.",
    ),
    (
        "formation",
        "Formation",
        "Actions de formation, qualifiantes ou non, portées ou accueillies par le lieu.",
    ),
    (
        "campus_connecte",
        "Campus connecté",
        "Lieu labellisé « Campus connecté » permettant de suivre une formation supérieure à distance, accompagné.",
    ),
    (
        "inclusion_numerique",
        "Inclusion numérique",
        "Médiation et accompagnement aux usages numériques pour les personnes qui en sont éloignées.",
    ),
    (
        "acces_droits",
        "Accès aux droits",
        "Aide aux démarches administratives et à l'accès aux droits sociaux.",
    ),
    (
        "services_publics",
        "Services publics",
        "Accueil de services publics de proximité (France services, permanences d'administrations).",
    ),
    (
        "accompagnement_projets",
        "Accompagnement de projets",
        "Accompagnement de porteurs de projets, d'entrepreneurs ou d'initiatives collectives.",
    ),
    (
        "culture",
        "Culture",
        "Programmation, pratiques ou résidences culturelles et artistiques.",
    ),
    (
        "communs",
        "Communs",
        "Production, entretien ou financement de ressources partagées gérées en communs.",
    ),
    (
        "mobilite",
        "Mobilité",
        "Services ou expérimentations de mobilité (covoiturage, réseaux de tiers-lieux pour limiter les déplacements).",
    ),
    (
        "alimentation",
        "Alimentation",
        "Cuisine partagée, épicerie, circuits courts, jardin ou agriculture urbaine.",
    ),
    (
        "reemploi",
        "Réemploi",
        "Recyclerie, ressourcerie, réparation et économie circulaire.",
    ),
    (
        "autre",
        "Autre",
        "Action hors des catégories ci-dessus : la préciser avec `precision`.",
    ),
];

const STATUTS_ACTION: &[(&str, &str, &str)] = &[
    ("fait", "Font ça", "L'action est menée aujourd'hui par la fabrique."),
    (
        "commence",
        "Ont commencé",
        "L'action a démarré mais n'est pas encore installée.",
    ),
    ("envisage", "Veulent le faire", "L'action est un projet de la fabrique."),
];

const STATUTS: &[(&str, &str, &str)] = &[
    (
        "en_projet",
        "En projet",
        "La fabrique est labellisée mais le lieu n'est pas encore ouvert.",
    ),
    ("en_activite", "En activité", "Le lieu est ouvert et fonctionne."),
    ("fermee", "Fermée", "Le lieu a cessé son activité."),
];

const PUBLICS: &[(&str, &str, &str)] = &[
    (
        "tout_public",
        "Tout public",
        "Le lieu s'adresse à tous les habitants sans distinction.",
    ),
    ("jeunes", "Jeunes", "Adolescents et jeunes adultes."),
    ("seniors", "Seniors", "Personnes âgées."),
    ("familles", "Familles", "Parents et enfants."),
    (
        "demandeurs_emploi",
        "Demandeurs d'emploi",
        "Personnes à la recherche d'un emploi.",
    ),
    ("etudiants", "Étudiants", "Étudiants, notamment à distance."),
    (
        "personnes_handicap",
        "Personnes en situation de handicap",
        "Services adaptés aux personnes en situation de handicap.",
    ),
    (
        "entrepreneurs",
        "Entrepreneurs",
        "Indépendants, créateurs et petites entreprises.",
    ),
    (
        "associations",
        "Associations",
        "Associations et collectifs d'habitants.",
    ),
    (
        "agents_publics",
        "Agents publics",
        "Agents des collectivités et des services de l'État.",
    ),
];

const FORMES_JURIDIQUES: &[(&str, &str, &str)] = &[
    (
        "association",
        "Association",
        "Association loi 1901 (ou loi 1908 en Alsace-Moselle).",
    ),
    ("scic", "SCIC", "Société coopérative d'intérêt collectif."),
    ("scop", "SCOP", "Société coopérative et participative."),
    ("sas", "SAS", "Société par actions simplifiée (hors coopérative)."),
    ("sarl", "SARL", "Société à responsabilité limitée (hors coopérative)."),
    ("sa", "SA", "Société anonyme."),
    (
        "collectivite",
        "Collectivité territoriale",
        "Commune, intercommunalité, département ou région.",
    ),
    (
        "etablissement_public",
        "Établissement public",
        "Établissement public (CCAS, université, chambre consulaire...).",
    ),
    ("gip", "GIP", "Groupement d'intérêt public."),
    ("autre", "Autre", "Autre forme juridique."),
];

const CONSORTIUM: &[(&str, &str, &str)] = &[
    (
        "collectivites",
        "Collectivités",
        "Communes, intercommunalités, départements, régions partenaires.",
    ),
    (
        "centres_sociaux",
        "Centres sociaux",
        "Centres sociaux et espaces de vie sociale.",
    ),
    (
        "bailleurs_sociaux",
        "Bailleurs sociaux",
        "Organismes de logement social.",
    ),
    (
        "acteurs_formation",
        "Acteurs de la formation",
        "Organismes de formation, écoles, universités.",
    ),
    ("entreprises", "Entreprises", "Entreprises partenaires."),
    ("associations", "Associations", "Associations partenaires."),
    ("autres", "Autres", "Autres membres du consortium."),
];

const TYPES_LIEN: &[(&str, &str, &str)] = &[
    ("visite", "Visite", "Une fabrique a rendu visite à l'autre."),
    (
        "contribution",
        "Contribution",
        "Une fabrique a contribué à un projet ou une ressource de l'autre.",
    ),
    (
        "partenariat",
        "Partenariat",
        "Les deux fabriques mènent une action ensemble.",
    ),
    (
        "essaimage",
        "Essaimage",
        "Une fabrique a aidé l'autre à reproduire une de ses actions.",
    ),
];

/// All vocabularies of a register: built-ins merged with its settings.
#[derive(Clone, Debug)]
pub struct Vocabularies {
    pub all: Vec<Vocabulary>,
}

/// An entry a register adds, as read from `fabriques.toml`.
#[derive(Clone, Debug)]
pub struct LocalEntry {
    pub vocabulary: String,
    pub code: String,
    pub libelle: String,
    pub definition: String,
}

impl Vocabularies {
    /// The built-in vocabularies plus the register's additions. The caller
    /// has checked that each addition names an existing vocabulary.
    pub fn new(additions: &[LocalEntry]) -> Vocabularies {
        let mut all = vec![
            Vocabulary::builtin("categories", "actions.categorie", CATEGORIES),
            Vocabulary::builtin("statuts_action", "actions.statut", STATUTS_ACTION),
            Vocabulary::builtin("statuts", "statut", STATUTS),
            Vocabulary::builtin("publics", "criteres.publics", PUBLICS),
            Vocabulary::builtin(
                "formes_juridiques",
                "structure_porteuse.forme_juridique",
                FORMES_JURIDIQUES,
            ),
            Vocabulary::builtin("consortium", "[consortium]", CONSORTIUM),
            Vocabulary::builtin("types_lien", "liens.type", TYPES_LIEN),
            Vocabulary::builtin("reseaux", "reseaux", &[]),
            Vocabulary::builtin("precisions_point", "adresse.precision_point", PRECISIONS_POINT),
        ];
        for add in additions {
            if let Some(v) = all.iter_mut().find(|v| v.name == add.vocabulary) {
                if !v.contains(&add.code) {
                    v.entries.push(Entry {
                        code: Cow::Owned(add.code.clone()),
                        libelle: Cow::Owned(add.libelle.clone()),
                        definition: Cow::Owned(add.definition.clone()),
                        local: true,
                    });
                }
            }
        }
        Vocabularies { all }
    }

    /// The vocabulary called `name`. Panics on a name not in [`NAMES`]:
    /// callers use the constants of this module.
    pub fn get(&self, name: &str) -> &Vocabulary {
        self.all
            .iter()
            .find(|v| v.name == name)
            .unwrap_or_else(|| panic!("no vocabulary named {name}"))
    }

    pub fn find(&self, name: &str) -> Option<&Vocabulary> {
        self.all.iter().find(|v| v.name == name)
    }
}

/// True when `code` is a well-formed vocabulary code: lowercase ASCII
/// letters, digits and underscores, starting with a letter.
pub fn is_valid_code(code: &str) -> bool {
    let mut chars = code.chars();
    matches!(chars.next(), Some('a'..='z')) && chars.all(|c| matches!(c, 'a'..='z' | '0'..='9' | '_'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_code_is_well_formed_and_unique() {
        let v = Vocabularies::new(&[]);
        for voc in &v.all {
            let codes = voc.codes();
            for c in &codes {
                assert!(is_valid_code(c), "{c}");
            }
            let mut sorted = codes.clone();
            sorted.sort();
            sorted.dedup();
            assert_eq!(sorted.len(), codes.len(), "{}", voc.name);
        }
        assert_eq!(v.all.len(), NAMES.len());
    }

    #[test]
    fn a_register_adds_entries_but_never_duplicates_one() {
        let add = |code: &str| LocalEntry {
            vocabulary: "categories".into(),
            code: code.into(),
            libelle: "x".into(),
            definition: "y".into(),
        };
        let v = Vocabularies::new(&[add("tiers_lieu_nourricier"), add("fablab")]);
        let cat = v.get("categories");
        assert!(cat.get("tiers_lieu_nourricier").unwrap().local);
        assert!(!cat.get("fablab").unwrap().local);
        assert_eq!(cat.entries.len(), CATEGORIES.len() + 1);
    }
}
