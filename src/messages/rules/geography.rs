//! The texts of the geography rules: postal code, commune, INSEE code,
//! coordinates, large towns.

use super::Text;

macro_rules! text {
    ($name:ident, $fr:expr, $en:expr) => {
        pub static $name: Text = Text { fr: $fr, en: $en };
    };
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
        "« {code} » n'est pas un code postal : il faut cinq chiffres",
        "`{code}` is not a postal code: five digits are needed"
    );
    text!(
        HELP_FORMAT,
        "écrivez les cinq chiffres entre guillemets, avec le zéro initial : code_postal = \"01500\"",
        "write the five digits between quotes, with the leading zero: code_postal = \"01500\""
    );
    text!(
        UNKNOWN,
        "le code postal « {code} » n'existe pas",
        "postal code `{code}` does not exist"
    );
    text!(
        HELP_UNKNOWN,
        "vérifiez le code postal (les codes CEDEX ne sont pas des codes de commune)",
        "check the postal code (CEDEX codes are not commune codes)"
    );
    text!(
        NOT_SERVING,
        "le code postal {cp} ne dessert pas « {commune} » ({code}), que désignent le code INSEE et la commune",
        "postal code {cp} does not serve `{commune}` ({code}), which the INSEE code and the commune designate"
    );
    text!(
        HELP_CODES,
        "codes postaux de « {commune} » : {codes}",
        "postal codes of `{commune}`: {codes}"
    );
    text!(
        HELP_HOMONYMS,
        "« {nom} » : {lieux} ; vérifiez le code postal",
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
    text!(WHY, "Code postal et commune doivent désigner le même lieu, sans quoi le département et la région de la fabrique sont faux. La comparaison ignore majuscules, accents, tirets, apostrophes et « St »/« Saint ».", "Postal code and commune must designate the same place, or the fabrique's département and région are wrong. The comparison ignores case, accents, hyphens, apostrophes and « St »/« Saint ».");
    text!(
        MESSAGE,
        "« {commune} » n'est pas une commune desservie par le code postal {code}",
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
        " ; dans le même département, « {nom} » désigne : {lieux}",
        "; in the same département, `{nom}` designates: {lieux}"
    );
    text!(
        ELSEWHERE_OTHER_DEPARTEMENT,
        " ; dans un autre département, « {nom} » désigne : {lieux} (la fabrique changerait alors de département : corrigez aussi le code postal)",
        "; in another département, `{nom}` designates: {lieux} (the fabrique would then move to another département: fix the postal code too)"
    );
    text!(
        HELP_CODE_AND_POSTAL_CODE,
        "le code postal {cp} et le code INSEE {code} désignent « {commune} » : écrivez commune = \"{commune}\"",
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
    text!(WHY, "Une commune mal orthographiée (sans accents, « St » pour « Saint ») est reconnue, mais les listes et les exports doivent porter le nom officiel pour être triés et recoupés.", "A misspelt commune (no accents, « St » for « Saint ») is recognised, but lists and exports need the official name to sort and match.");
    text!(
        MESSAGE,
        "« {ecrit} » s'écrit officiellement « {officiel} »",
        "`{ecrit}` is officially spelt `{officiel}`"
    );
    text!(
        HELP,
        "écrivez : commune = \"{officiel}\"",
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
    text!(WHY, "Depuis les fusions de communes, une ancienne commune est une commune déléguée ou associée d'une commune nouvelle : le département et la région se lisent sur la commune actuelle, dont le nom doit figurer dans la fiche.", "Since communes merged, a former commune is a commune déléguée or associée of a commune nouvelle: the département and région come from the current commune, whose name the record must give.");
    text!(
        MESSAGE,
        "« {ancienne} » n'est plus une commune : elle fait partie de « {actuelle} »",
        "`{ancienne}` is no longer a commune: it is part of `{actuelle}`"
    );
    text!(
        HELP,
        "écrivez commune = \"{actuelle}\" (code INSEE {code}) ; le nom de l'ancienne commune peut rester dans voie",
        "write commune = \"{actuelle}\" (INSEE code {code}); the former commune's name may stay in voie"
    );
    text!(
        MESSAGE_CODE,
        "le code INSEE {code} est celui de l'ancienne commune « {ancienne} », aujourd'hui « {actuelle} »",
        "INSEE code {code} is that of the former commune `{ancienne}`, now `{actuelle}`"
    );
    text!(
        HELP_CODE,
        "écrivez : code_insee = \"{code}\"",
        "write: code_insee = \"{code}\""
    );
    text!(
        MESSAGE_RENAMED,
        "« {ancienne} » est l'ancien nom de « {actuelle} » (jusqu'en {annee})",
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
    text!(WHY, "Le code INSEE identifie la commune sans ambiguïté (deux communes peuvent porter le même nom) ; il ne se confond pas avec le code postal.", "The INSEE code identifies the commune unambiguously (two communes may share a name); it is not the postal code.");
    text!(
        MALFORMED,
        "« {code} » n'est pas un code INSEE : cinq caractères, chiffres (ou 2A/2B pour la Corse)",
        "`{code}` is not an INSEE code: five characters, digits (or 2A/2B for Corsica)"
    );
    text!(
        UNKNOWN,
        "le code INSEE {code} n'existe pas",
        "INSEE code {code} does not exist"
    );
    text!(
        OTHER_COMMUNE,
        "le code INSEE {code} désigne « {designe} », pas « {commune} »",
        "INSEE code {code} designates `{designe}`, not `{commune}`"
    );
    text!(
        OTHER_POSTAL_CODE,
        "le code INSEE {code} (« {designe} ») ne correspond pas au code postal {cp}",
        "INSEE code {code} (`{designe}`) does not agree with postal code {cp}"
    );
    text!(
        HELP_CODE_OF,
        "le code INSEE de « {commune} » est {code}",
        "the INSEE code of `{commune}` is {code}"
    );
    text!(
        HELP_LOOKUP,
        "`fabriques geo COMMUNE` donne le code INSEE d'une commune",
        "`fabriques geo COMMUNE` gives a commune's INSEE code"
    );
    text!(
        HELP_POSTAL_CODES,
        "codes postaux de « {commune} » : {codes}",
        "postal codes of `{commune}`: {codes}"
    );
    text!(
        AGAINST_ADDRESS,
        "le code INSEE {code} désigne « {designe} » ({dep_designe}), mais le code postal {cp} et la commune « {commune} » désignent « {retenue} » ({dep_retenue}) : c'est « {retenue} » qui est retenue",
        "INSEE code {code} designates `{designe}` ({dep_designe}), but postal code {cp} and commune `{commune}` designate `{retenue}` ({dep_retenue}): `{retenue}` is kept"
    );
    text!(
        ALL_DISAGREE,
        "le code INSEE {code} désigne « {designe} » ({dep_designe}), que ne désignent ni le code postal {cp} ni la commune « {commune} » : aucune commune n'est retenue",
        "INSEE code {code} designates `{designe}` ({dep_designe}), which neither postal code {cp} nor commune `{commune}` designates: no commune is kept"
    );
    text!(
        HELP_NO_DECIDER,
        "sans code postal valable pour départager, ni la commune ni son département ne sont retenus : corrigez le code INSEE ou la commune",
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
    text!(WHY, "Les coordonnées placent la fabrique sur la carte (uMap). Hors de France ou hors du département de sa commune, elles sont fausses (le point est comparé aux contours IGN des départements, avec une tolérance près des limites) ; une latitude et une longitude inversées sont l'erreur la plus courante.", "Coordinates put the fabrique on the map (uMap). Outside France or outside its commune's département they are wrong (the point is compared with the IGN outlines of the départements, with a tolerance near borders); swapped latitude and longitude are the most frequent mistake.");
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
        "écrivez : latitude = {latitude} et longitude = {longitude}",
        "write: latitude = {latitude} and longitude = {longitude}"
    );
    text!(
        ELSEWHERE,
        "les coordonnées ({coordonnees}) ne sont pas dans la région de « {commune} » ({region})",
        "coordinates ({coordonnees}) are not in the region of `{commune}` ({region})"
    );
    text!(HELP_OUTSIDE, "relevez-les sur une carte : en métropole, la latitude va d'environ 41 à 51 et la longitude de -5 à 10 (degrés décimaux, WGS84)", "read them off a map: in metropolitan France latitude runs from about 41 to 51 and longitude from -5 to 10 (decimal degrees, WGS84)");
    text!(
        OTHER_DEPARTEMENT,
        "les coordonnées ({coordonnees}) sont dans le département {ailleurs}, pas dans celui de « {commune} » ({departement})",
        "coordinates ({coordonnees}) are in département {ailleurs}, not in that of `{commune}` ({departement})"
    );
    text!(
        FAR_FROM_DEPARTEMENT,
        "les coordonnées ({coordonnees}) sont à {distance} km du département de « {commune} » ({departement})",
        "coordinates ({coordonnees}) are {distance} km from the département of `{commune}` ({departement})"
    );
    text!(
        HELP_DEPARTEMENT,
        "relevez-les sur une carte à l'adresse de la fabrique ; une tolérance de {tolerance} km est admise près des limites",
        "read them off a map at the fabrique's address; {tolerance} km of tolerance is allowed near borders"
    );
}

pub mod qpv_grande_ville {
    use super::Text;
    text!(
        SUMMARY,
        "Une fabrique hors QPV n'est pas dans une commune de plus de 100 000 habitants.",
        "A fabrique outside a QPV is not in a commune of more than 100,000 inhabitants."
    );
    text!(WHY, "Le programme finance des fabriques en quartier prioritaire (QPV) ou hors des grands centres urbains : dans une grande ville, une fabrique est normalement en QPV.", "The programme funds fabriques in a priority neighbourhood (QPV) or outside large urban centres: in a large city a fabrique is normally in a QPV.");
    text!(
        MESSAGE,
        "fabrique hors QPV à « {commune} », commune de {population} habitants",
        "fabrique outside a QPV in `{commune}`, a commune of {population} inhabitants"
    );
    text!(
        HELP,
        "si le lieu est en quartier prioritaire, écrivez qpv = true ; sinon, expliquez-le dans [validation] ignorer",
        "if the place is in a priority neighbourhood, write qpv = true; otherwise explain why in [validation] ignorer"
    );
}
