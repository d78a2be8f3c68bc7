//! The texts of the programme's rules: QPV, funding, dates, SIRET,
//! consortium, video, Movilab page, template marks.

use super::Text;

macro_rules! text {
    ($name:ident, $fr:expr, $en:expr) => {
        pub static $name: Text = Text { fr: $fr, en: $en };
    };
}

pub mod numerique_hors_qpv {
    use super::Text;
    text!(
        SUMMARY,
        "Une Fabrique numérique de territoire est en QPV.",
        "A Fabrique numérique de territoire is in a QPV."
    );
    text!(WHY, "L'AMI réserve le label « Fabrique numérique de territoire » (et son bonus) aux fabriques installées en quartier prioritaire de la politique de la ville.", "The AMI reserves the « Fabrique numérique de territoire » label (and its bonus) to fabriques in a priority neighbourhood (QPV).");
    text!(
        MESSAGE,
        "une Fabrique numérique de territoire doit être en QPV, or qpv = false",
        "a Fabrique numérique de territoire must be in a QPV, but qpv = false"
    );
    text!(HELP, "si le lieu est en quartier prioritaire, écrivez qpv = true ; sinon, ce n'est pas une Fabrique numérique : numerique = false", "if the place is in a priority neighbourhood, write qpv = true; otherwise it is not a Fabrique numérique: numerique = false");
}

pub mod financement_plafond_annuel {
    use super::Text;
    text!(
        SUMMARY,
        "Le financement de l'État ne dépasse pas 50 000 € par an.",
        "State funding does not exceed €50,000 a year."
    );
    text!(WHY, "Le programme verse 50 000 € par an à chaque fabrique ; un montant supérieur est une faute de saisie ou mélange d'autres financements.", "The programme pays €50,000 a year to each fabrique; a higher amount is a typo or mixes in other funding.");
    text!(
        MESSAGE,
        "{montant} € en {annee} : plus que le plafond annuel du programme",
        "€{montant} in {annee}: more than the programme's yearly cap"
    );
    text!(
        HELP,
        "le programme verse au plus {plafond} € par an ; n'inscrivez ici que le financement Fabriques de Territoire",
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
        "{nombre} années financées : le programme en finance trois",
        "{nombre} funded years: the programme funds three"
    );
    text!(
        HELP_TOO_MANY,
        "gardez les trois années du programme dans financement.annuel",
        "keep the programme's three years in financement.annuel"
    );
    text!(
        GAP,
        "années financées non consécutives : {avant} puis {apres}",
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
    text!(WHY, "Trois ans à 50 000 € font 150 000 € : au-delà, un montant est faux ou un autre financement s'est glissé dans la fiche. Le bonus numérique se note à part (bonus_numerique).", "Three years at €50,000 make €150,000: beyond that an amount is wrong or other funding slipped in. The numérique bonus is recorded apart (bonus_numerique).");
    text!(
        MESSAGE,
        "{total} € de financement annuel au total : plus que le programme n'en verse",
        "€{total} of yearly funding in total: more than the programme pays"
    );
    text!(
        HELP,
        "le total de financement.annuel est au plus {max} € ; le bonus numérique va dans bonus_numerique",
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
        "{total} € sur trois années : moins de la moitié du montant du programme",
        "€{total} over three years: less than half the programme's amount"
    );
    text!(
        HELP,
        "vérifiez les montants de financement.annuel (en euros, sans espace : 50000)",
        "check the amounts of financement.annuel (in euros, without spaces: 50000)"
    );
}

pub mod bonus_numerique {
    use super::Text;
    text!(
        SUMMARY,
        "Le bonus numérique va à une Fabrique numérique, et au plus 100 000 €.",
        "The numérique bonus goes to a Fabrique numérique, at most €100,000."
    );
    text!(
        WHY,
        "Les Fabriques numériques de territoire reçoivent 100 000 € de plus ; les autres fabriques n'ont pas de bonus.",
        "Fabriques numériques de territoire receive €100,000 more; other fabriques have no bonus."
    );
    text!(
        NOT_NUMERIQUE,
        "bonus numérique pour une fabrique qui n'est pas une Fabrique numérique",
        "numérique bonus for a fabrique that is not a Fabrique numérique"
    );
    text!(
        HELP_NOT_NUMERIQUE,
        "si c'est une Fabrique numérique de territoire, écrivez numerique = true ; sinon retirez bonus_numerique",
        "if it is a Fabrique numérique de territoire, write numerique = true; otherwise remove bonus_numerique"
    );
    text!(
        TOO_HIGH,
        "bonus numérique de {montant} € : plus que le bonus du programme",
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
    text!(WHY, "L'AMI Fabriques de Territoire a ouvert en juillet 2019 : aucune fabrique n'a été labellisée avant, ni ne l'est dans le futur.", "The Fabriques de Territoire AMI opened in July 2019: no fabrique was labelled before, nor is in the future.");
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
    text!(WHY, "La labellisation est attribuée à une structure qui existe : sa création ne peut pas être postérieure, ni dans le futur, ni avant 1800 (une faute de frappe).", "Labelling goes to an existing structure: its creation cannot be later, nor in the future, nor before 1800 (a typo).");
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
    text!(HELP, "vérifiez structure_porteuse.creation (l'année où la structure a été créée, « existe depuis ») et labellisation.annee", "check structure_porteuse.creation (the year the structure was created, « existe depuis ») and labellisation.annee");
}

pub mod siret {
    use super::Text;
    text!(
        SUMMARY,
        "Le SIRET a 14 chiffres et une clé de contrôle valide.",
        "The SIRET has 14 digits and a valid check digit."
    );
    text!(WHY, "Le SIRET identifie l'établissement de la structure porteuse (et sert d'identifiant « pivot » à l'export médiation numérique). Sa clé de Luhn détecte la plupart des fautes de frappe ; La Poste (SIREN 356000000) suit une règle à part.", "The SIRET identifies the carrying structure's establishment (and is the « pivot » id of the médiation numérique export). Its Luhn check digit catches most typos; La Poste (SIREN 356000000) follows its own rule.");
    text!(
        NOT_14,
        "« {siret} » n'est pas un SIRET : il faut 14 chiffres",
        "`{siret}` is not a SIRET: 14 digits are needed"
    );
    text!(
        HELP_14,
        "copiez le SIRET depuis l'annuaire des entreprises (annuaire-entreprises.data.gouv.fr)",
        "copy the SIRET from the company directory (annuaire-entreprises.data.gouv.fr)"
    );
    text!(
        CHECKSUM,
        "le SIRET « {siret} » a une clé de contrôle invalide (faute de frappe ?)",
        "SIRET `{siret}` has an invalid check digit (a typo?)"
    );
    text!(
        HELP_CHECKSUM,
        "vérifiez chaque chiffre dans l'annuaire des entreprises (annuaire-entreprises.data.gouv.fr)",
        "check each digit in the company directory (annuaire-entreprises.data.gouv.fr)"
    );
    text!(
        SPACES,
        "le SIRET « {siret} » contient des espaces",
        "SIRET `{siret}` contains spaces"
    );
    text!(
        HELP_SPACES,
        "écrivez : siret = \"{compact}\"",
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
        "écrivez la date de la visite ou de la contribution : date = AAAA-MM-JJ",
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
    text!(WHY, "L'AMI demandait une candidature en consortium (collectivités, centres sociaux, bailleurs, acteurs de la formation...) : un consortium vide ou réduit à la structure porteuse n'est sans doute pas renseigné. Une fiche sans [consortium] ne le connaît pas encore : `a-completer` le signale avec ses autres inconnues.", "The AMI asked for applications as a consortium (collectivités, social centres, landlords, training bodies...): an empty consortium, or one reduced to the carrying structure, is probably not filled in. A record without [consortium] does not know it yet: `a-completer` says so with its other unknowns.");
    text!(
        MESSAGE,
        "le consortium ne compte personne d'autre que la structure porteuse",
        "the consortium lists nobody besides the carrying structure"
    );
    text!(HELP, "ajoutez les membres par type dans [consortium] : collectivites, centres_sociaux, bailleurs_sociaux, acteurs_formation...", "add the members by kind in [consortium]: collectivites, centres_sociaux, bailleurs_sociaux, acteurs_formation...");
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
        "La page Movilab de la fabrique est sur movilab.org.",
        "The fabrique's Movilab page is on movilab.org."
    );
    text!(WHY, "L'AMI demandait à chaque fabrique de se documenter sur Movilab, le wiki des tiers-lieux : la page rend son expérience partageable. Une adresse ailleurs (le site de la fabrique) se met dans site_web. Une fiche sans page_movilab ne la connaît pas encore : `a-completer` le signale avec ses autres inconnues.", "The AMI asked each fabrique to document itself on Movilab, the tiers-lieux wiki: the page makes its experience shareable. An address elsewhere (the fabrique's website) goes in site_web. A record without page_movilab does not know it yet: `a-completer` says so with its other unknowns.");
    text!(
        ELSEWHERE,
        "« {url} » n'est pas une page de movilab.org",
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
    text!(WHY, "Le label numérique finance des actions numériques : inclusion numérique, accès aux droits, fablab, ou formation au numérique.", "The numérique label funds digital actions: digital inclusion, access to rights, fablab, or digital training.");
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
        "La fiche ne garde pas les marques « À VÉRIFIER » / « À COMPLÉTER » du modèle.",
        "The record keeps none of the template's « À VÉRIFIER » / « À COMPLÉTER » marks."
    );
    text!(WHY, "`fabriques new` écrit une source « À COMPLÉTER » (ses versions antérieures marquaient aussi « À VÉRIFIER » des valeurs à revoir) : une fiche qui garde ces marques mettrait des suppositions dans le registre.", "`fabriques new` writes a source « À COMPLÉTER » (its earlier versions also marked values to review « À VÉRIFIER »): a record that keeps these marks would put guesses in the register.");
    text!(
        MESSAGE,
        "valeur du modèle encore marquée « {marque} »",
        "template value still marked « {marque} »"
    );
    text!(
        HELP,
        "écrivez la vraie valeur, puis retirez la marque « {marque} »",
        "write the real value, then remove the « {marque} » mark"
    );
}

pub mod a_completer {
    use super::Text;
    text!(
        SUMMARY,
        "Ce que la fiche ne dit pas encore (QPV, Fabrique numérique, labellisation, structure, consortium, page Movilab, critères), en une ligne.",
        "What the record does not say yet (QPV, Fabrique numérique, labelling, structure, consortium, Movilab page, criteria), in one line."
    );
    text!(WHY, "Une source dit rarement tout : la liste de l'ANCT donne un nom et une commune, rien sur le QPV, le label numérique, l'année ou la structure porteuse. Une fiche laisse de côté ce que ses sources ne disent pas : absent veut dire inconnu, jamais « non », et les règles qui ont besoin d'un fait ne s'appliquent que s'il est connu. Cette règle dit, une fois par fiche, ce qui reste à apprendre : les faits clés, le consortium, la page Movilab et les critères dont la fiche n'écrit rien (un critère écrit mais insuffisant est signalé par sa propre règle). Ajoutez ce qu'une source dit, en la citant dans sources ; n'écrivez jamais une valeur supposée.", "A source rarely says everything: the ANCT's list gives a name and a commune, nothing about QPV, the numérique label, the year or the carrying structure. A record leaves out what its sources do not say: absent means unknown, never « no », and the rules that need a fact only run when it is known. This rule says, once per record, what remains to learn: the key facts, the consortium, the Movilab page and the criteria the record writes nothing about (a criterion that is written but insufficient is reported by its own rule). Add what a source says, citing it in sources; never write a guessed value.");
    text!(
        MESSAGE_BOTH,
        "à compléter, inconnu : {faits} ; critères non documentés : {criteres}",
        "to complete, unknown: {faits}; criteria not documented: {criteres}"
    );
    text!(
        MESSAGE_FACTS,
        "à compléter, inconnu : {faits}",
        "to complete, unknown: {faits}"
    );
    text!(
        MESSAGE_CRITERIA,
        "à compléter : critères non documentés : {criteres}",
        "to complete: criteria not documented: {criteres}"
    );
    text!(QPV, "QPV", "QPV");
    text!(NUMERIQUE, "Fabrique numérique", "Fabrique numérique");
    text!(ANNEE, "année de labellisation", "labelling year");
    text!(STRUCTURE, "structure porteuse", "carrying structure");
    text!(CONSORTIUM, "consortium", "consortium");
    text!(PAGE_MOVILAB, "page Movilab", "Movilab page");
    text!(
        HELP,
        "ajoutez ce qu'une source dit (qpv = true, numerique = false, [labellisation] annee = 2020, [structure_porteuse] nom = \"...\", [criteres]...) et citez-la dans sources ; ce qu'aucune source ne dit reste absent",
        "add what a source says (qpv = true, numerique = false, [labellisation] annee = 2020, [structure_porteuse] nom = \"...\", [criteres]...) and cite it in sources; what no source says stays absent"
    );
}
