//! Deterministic synthetic register generator, for benchmarks and tests.
//!
//! ```text
//! cargo run --release --example gen_register -- OUT_DIR COUNT [--broken N] [--seed S] [--undocumented]
//! ```
//!
//! Writes `OUT_DIR/data/fabrique-000001.toml` … one realistic record per file
//! (~2 KB: all sections, 3–8 actions, 0–3 links to other generated ids, French
//! text, real French addresses whose postal code, commune and INSEE code were
//! checked against `@etalab/decoupage-administratif` 6.0.0), and
//! `OUT_DIR/fabriques.toml`, the networks registry that declares the only
//! network code the records use, `fabmob`. The same arguments always give
//! byte-identical files: the PRNG is a hand-written splitmix64, one stream per
//! record derived from the seed and the record's number.
//!
//! Valid records respect the register's rules: `numerique = true` only with
//! `qpv = true`, `qpv = true` in communes of more than 100 000 inhabitants, a
//! `nom` unique within its commune (compared by commune name, so homonymous
//! communes count as one), no date in the future, links only to other valid
//! records, funding of at most 50 000 € a year over at most 3 consecutive
//! years after the labelling year.
//!
//! `--broken N` makes N records (chosen from the seed) invalid, cycling through
//! six kinds of fault: unknown key, wrong type, missing required field, TOML
//! syntax error, value outside a vocabulary, link to a non-existent id.
//!
//! `--undocumented` leaves out of every record its `page_movilab` and its
//! `[criteres]` table — a real register before its criteria are written
//! down: valid, but each record gets seven warnings (the six criteria and
//! the Movilab page). Everything else is the same as without the flag.
//!
//! It never overwrites anything: if `OUT_DIR/data` exists and is not empty, or
//! `OUT_DIR/fabriques.toml` exists, it stops with exit code 2 (also the code
//! for bad arguments); I/O errors exit 1. It prints to stderr how many records
//! it wrote and how many of them are broken.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

// ---------------------------------------------------------------------------
// PRNG: splitmix64 (Steele, Lea & Flood), good enough and fully deterministic.

const GOLDEN: u64 = 0x9E37_79B9_7F4A_7C15;

fn mix64(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

struct Rng(u64);

impl Rng {
    /// Independent stream number `stream` for a given seed.
    fn new(seed: u64, stream: u64) -> Rng {
        Rng(mix64(seed ^ mix64(stream.wrapping_add(1).wrapping_mul(GOLDEN))))
    }
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(GOLDEN);
        mix64(self.0)
    }
    /// Uniform in `0..n` (n > 0); Lemire's multiply-shift, bias negligible here.
    fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() as u128 * n as u128) >> 64) as usize
    }
    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as usize) as i64
    }
    /// True with probability `pct` %.
    fn chance(&mut self, pct: usize) -> bool {
        self.below(100) < pct
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
    /// `k` distinct items of `xs`, in the order drawn.
    fn sample<'a, T>(&mut self, xs: &'a [T], k: usize) -> Vec<&'a T> {
        let mut idx: Vec<usize> = (0..xs.len()).collect();
        let k = k.min(xs.len());
        for i in 0..k {
            let j = i + self.below(idx.len() - i);
            idx.swap(i, j);
        }
        idx[..k].iter().map(|&i| &xs[i]).collect()
    }
}

// ---------------------------------------------------------------------------
// Reference data.

/// (code_postal, commune, code_insee, latitude, longitude, population): real
/// communes; the postal code / name / INSEE code triples and the population
/// come from `@etalab/decoupage-administratif` 6.0.0 (data/communes.json), the
/// coordinates are those of the town centre.
#[rustfmt::skip]
const COMMUNES: &[(&str, &str, &str, f64, f64, u32)] = &[
    ("01500", "Ambérieu-en-Bugey", "01004", 45.9581, 5.3583, 15934),
    ("73000", "Chambéry", "73065", 45.5646, 5.9178, 59964),
    ("59000", "Lille", "59350", 50.6292, 3.0573, 238246),
    ("59100", "Roubaix", "59512", 50.6942, 3.1746, 98286),
    ("62300", "Lens", "62498", 50.4320, 2.8330, 32920),
    ("80000", "Amiens", "80021", 49.8941, 2.2958, 136449),
    ("76600", "Le Havre", "76351", 49.4944, 0.1079, 166687),
    ("14000", "Caen", "14118", 49.1829, -0.3707, 109400),
    ("51100", "Reims", "51454", 49.2583, 4.0317, 177674),
    ("57000", "Metz", "57463", 49.1193, 6.1757, 122572),
    ("54000", "Nancy", "54395", 48.6921, 6.1844, 103671),
    ("67000", "Strasbourg", "67482", 48.5734, 7.7521, 293771),
    ("68100", "Mulhouse", "68224", 47.7508, 7.3359, 104978),
    ("75011", "Paris", "75056", 48.8589, 2.3800, 2103778),
    ("93200", "Saint-Denis", "93066", 48.9362, 2.3574, 149077),
    ("93000", "Bobigny", "93008", 48.9077, 2.4397, 56927),
    ("95000", "Cergy", "95127", 49.0363, 2.0761, 70906),
    ("45000", "Orléans", "45234", 47.9030, 1.9093, 116357),
    ("37000", "Tours", "37261", 47.3941, 0.6848, 139259),
    ("18000", "Bourges", "18033", 47.0810, 2.3988, 64186),
    ("72000", "Le Mans", "72181", 48.0061, 0.1996, 146249),
    ("49100", "Angers", "49007", 47.4784, -0.5632, 159022),
    ("44000", "Nantes", "44109", 47.2184, -1.5536, 327734),
    ("35000", "Rennes", "35238", 48.1173, -1.6778, 230890),
    ("22000", "Saint-Brieuc", "22278", 48.5141, -2.7603, 44364),
    ("29200", "Brest", "29019", 48.3904, -4.4861, 142346),
    ("56100", "Lorient", "56121", 47.7483, -3.3700, 58329),
    ("86000", "Poitiers", "86194", 46.5802, 0.3404, 89916),
    ("17000", "La Rochelle", "17300", 46.1603, -1.1511, 79851),
    ("87000", "Limoges", "87085", 45.8336, 1.2611, 129937),
    ("23000", "Guéret", "23096", 46.1713, 1.8713, 12955),
    ("33000", "Bordeaux", "33063", 44.8378, -0.5792, 267991),
    ("40000", "Mont-de-Marsan", "40192", 43.8902, -0.4994, 31592),
    ("64000", "Pau", "64445", 43.2951, -0.3708, 80441),
    ("31000", "Toulouse", "31555", 43.6047, 1.4442, 514819),
    ("09000", "Foix", "09122", 42.9653, 1.6070, 9934),
    ("12000", "Rodez", "12202", 44.3506, 2.5750, 23981),
    ("66000", "Perpignan", "66136", 42.6887, 2.8948, 121616),
    ("34000", "Montpellier", "34172", 43.6108, 3.8767, 310240),
    ("30000", "Nîmes", "30189", 43.8367, 4.3601, 151839),
    ("84000", "Avignon", "84007", 43.9493, 4.8055, 92188),
    ("13001", "Marseille", "13055", 43.2965, 5.3698, 886040),
    ("06000", "Nice", "06088", 43.7102, 7.2620, 357737),
    ("05000", "Gap", "05061", 44.5594, 6.0786, 41293),
    ("38000", "Grenoble", "38185", 45.1885, 5.7245, 156140),
    ("69001", "Lyon", "69123", 45.7640, 4.8357, 519127),
    ("42000", "Saint-Étienne", "42218", 45.4397, 4.3872, 173136),
    ("43000", "Le Puy-en-Velay", "43157", 45.0434, 3.8858, 18540),
    ("63000", "Clermont-Ferrand", "63113", 45.7772, 3.0870, 146351),
    ("03100", "Montluçon", "03185", 46.3404, 2.6036, 33147),
    ("21000", "Dijon", "21231", 47.3220, 5.0415, 161830),
    ("25000", "Besançon", "25056", 47.2378, 6.0241, 118489),
    ("20000", "Ajaccio", "2A004", 41.9192, 8.7386, 76320),
    ("20137", "Porto-Vecchio", "2A247", 41.5911, 9.2795, 11198),
    ("20200", "Bastia", "2B033", 42.6973, 9.4509, 46867),
    ("20250", "Corte", "2B096", 42.3063, 9.1500, 7819),
    ("97110", "Pointe-à-Pitre", "97120", 16.2411, -61.5331, 15040),
    ("97200", "Fort-de-France", "97209", 14.6161, -61.0588, 75506),
    ("97300", "Cayenne", "97302", 4.9224, -52.3135, 62675),
    ("97400", "Saint-Denis", "97411", -20.8823, 55.4504, 155634),
    ("97410", "Saint-Pierre", "97416", -21.3393, 55.4781, 85038),
    ("97420", "Le Port", "97407", -20.9370, 55.2919, 33969),
    ("97600", "Mamoudzou", "97611", -12.7806, 45.2279, 71437),
];

#[rustfmt::skip]
const NOMS: &[&str] = &[
    "La Fabrique du Lavoir", "Le Moulin numérique", "L'Atelier des Possibles", "La Ruche",
    "Le Hangar", "La Coopérative des Savoirs", "Le Préau", "La Manufacture", "L'Établi",
    "La Grange partagée", "Le Bocal", "La Passerelle", "Le Quai des Communs", "La Cantine",
    "Le Labo citoyen", "La Bricothèque", "L'Usine à projets", "La Maison des Initiatives",
    "Le Chantier", "La Forge", "Le Phare", "La Serre", "La Station", "L'Escale", "La Boussole",
    "Le Comptoir", "La Halle", "Le Relais", "L'Alambic", "Les Ateliers du Cœur",
    "La Fabrique à Idées", "Le Tiers-Lieu des Écluses", "La Guinguette numérique", "Le Carré",
    "La Mine", "Le Garage solidaire", "La Bobine", "L'Îlot", "Le Fournil", "La Ferme urbaine",
    "La Cabane numérique", "Le Local", "La Recyclerie", "Le Kiosque", "La Fabrique des Savoirs",
    "Le Bercail", "La Péniche", "L'Atelier partagé", "La Maison du Numérique", "Le Grenier",
];

#[rustfmt::skip]
const QUARTIERS: &[&str] = &[
    "Bellevue", "la Source", "les Érables", "Saint-Jean", "la Gare", "le Château", "les Trois-Cités",
    "les Minimes", "Beaulieu", "les Côteaux", "la Croix-Blanche", "le Val Fleuri", "les Tilleuls",
    "Pasteur", "le Moulin", "la Chênaie", "les Peupliers", "Montplaisir", "la Roseraie",
    "les Hauts-de-Ville", "le Faubourg", "la Pépinière", "les Sablons", "Champ-Fleuri",
    "la Forêt", "les Acacias", "Centre-Ville", "le Port", "les Églantiers", "la Citadelle",
    "les Marronniers", "la Butte", "le Plateau", "les Prés", "la Madeleine", "Saint-Michel",
    "les Capucins", "la Fontaine", "le Vieux-Bourg", "les Vergers", "la Plaine", "les Bruyères",
    "le Canal", "les Quatre-Chemins", "la Briqueterie", "les Hirondelles", "Sainte-Anne",
    "la Verrerie", "les Mûriers", "le Clos", "les Aubépines", "la Tannerie", "le Grand-Pré",
    "les Cèdres", "la Corderie", "les Jardins", "le Parc", "les Remparts", "la Filature",
    "l'Écluse",
];

#[rustfmt::skip]
const VOIES: &[&str] = &[
    "rue Victor Hugo", "avenue Jean Jaurès", "place de la République", "boulevard Gambetta",
    "rue Pasteur", "allée des Tilleuls", "chemin du Moulin", "rue de la Liberté",
    "impasse des Lilas", "rue Jules Ferry", "rue Gustave Noblemaire", "avenue de l'Europe",
    "rue du Général de Gaulle", "quai des Bateliers", "rue Émile Zola", "place du Marché",
    "rue Louise Michel", "avenue Aristide Briand", "rue des Écoles", "cours Lafayette",
];

#[rustfmt::skip]
const FORMES: &[&str] = &[
    "association", "association", "association", "association", "scic", "scic", "scop", "sas",
    "sarl", "sa", "collectivite", "etablissement_public", "gip", "autre",
];

#[rustfmt::skip]
const COMMUNAUTE: &[&str] = &[
    "Une communauté d'habitants et de coworkers anime le lieu au quotidien.",
    "Une trentaine de bénévoles assurent l'accueil et l'animation des ateliers.",
    "Le lieu réunit des habitants du quartier, des associations et de jeunes entrepreneurs.",
    "Les usagers réguliers participent à la programmation et à l'entretien des espaces.",
    "Un noyau de makers et de retraités transmet ses savoir-faire aux nouveaux venus.",
    "Des temps conviviaux hebdomadaires permettent d'accueillir les nouveaux membres.",
    "La communauté s'est constituée autour d'un café associatif ouvert à tous.",
    "Les habitants sont associés dès la conception des activités proposées.",
];

#[rustfmt::skip]
const GOUVERNANCE: &[&str] = &[
    "Le collège des usagers siège au conseil d'administration de l'association.",
    "Les décisions sont prises en assemblée mensuelle ouverte à tous les membres.",
    "La SCIC associe salariés, usagers, collectivités et partenaires dans ses collèges.",
    "Un comité de pilotage réunit chaque trimestre les partenaires du consortium.",
    "La gouvernance partagée s'appuie sur des cercles thématiques autonomes.",
    "Une charte précise le rôle de chacun et les modalités de prise de décision.",
];

#[rustfmt::skip]
const ANCRAGE: &[&str] = &[
    "Le lieu est implanté au cœur du quartier prioritaire, à proximité des écoles.",
    "Il occupe un ancien bâtiment industriel réhabilité avec le soutien de la commune.",
    "Les partenariats avec le centre social et les bailleurs renforcent l'ancrage local.",
    "La fabrique rayonne sur l'intercommunalité grâce à des permanences itinérantes.",
    "Elle s'inscrit dans le contrat de ville et travaille avec les conseils citoyens.",
    "Un bus aménagé va à la rencontre des habitants des communes rurales voisines.",
];

#[rustfmt::skip]
const MISE_EN_COMMUN: &[&str] = &[
    "Les outils, les machines et les espaces sont mutualisés entre les membres.",
    "Les ressources produites sont publiées sous licence libre sur Movilab.",
    "Un wiki documente les projets et les méthodes d'animation.",
    "La fabrique partage ses locaux avec trois associations du quartier.",
    "Les compétences sont échangées dans le cadre d'une monnaie-temps.",
    "Un inventaire commun des équipements est tenu à jour par les bénévoles.",
];

#[rustfmt::skip]
const PUBLICS: &[&str] = &[
    "tout_public", "jeunes", "seniors", "familles", "demandeurs_emploi", "etudiants",
    "personnes_handicap", "entrepreneurs", "associations", "agents_publics",
];

/// Action categories (never `autre`, handled apart) with typical sub-actions.
#[rustfmt::skip]
const ACTIONS: &[(&str, &[&str])] = &[
    ("coworking", &["Créer et animer des réseaux de coworkers", "Proposer des bureaux partagés à prix solidaire"]),
    ("fablab", &["Ouvrir un atelier de fabrication numérique", "Former aux machines à commande numérique"]),
    ("atelier_partage", &["Mettre à disposition un atelier bois et métal", "Organiser des ateliers de réparation"]),
    ("living_lab", &["Co-concevoir des services avec les habitants"]),
    ("formation", &["Proposer des formations qualifiantes", "Accueillir des stagiaires de la formation professionnelle"]),
    ("campus_connecte", &["Accompagner des étudiants qui suivent un cursus à distance"]),
    ("inclusion_numerique", &["Tenir des permanences d'aide au numérique", "Distribuer des ordinateurs reconditionnés"]),
    ("acces_droits", &["Accompagner les démarches administratives en ligne"]),
    ("services_publics", &["Accueillir une permanence France services"]),
    ("accompagnement_projets", &["Accompagner les porteurs de projet du quartier", "Incuber des projets d'économie sociale et solidaire"]),
    ("culture", &["Programmer des résidences d'artistes", "Organiser des soirées de quartier"]),
    ("communs", &["Documenter les savoir-faire sous licence libre"]),
    ("mobilite", &["Animer un atelier vélo participatif"]),
    ("alimentation", &["Gérer un jardin partagé", "Ouvrir une cuisine partagée"]),
    ("reemploi", &["Animer une ressourcerie", "Organiser des Repair Cafés"]),
];

#[rustfmt::skip]
const PRECISIONS: &[&str] = &[
    "Conciergerie solidaire", "Garde d'enfants ponctuelle", "Laverie associative",
    "Permanence d'écrivain public",
];

/// The categories that make an action digital, for a Fabrique numérique.
const DIGITAL: &[&str] = &["inclusion_numerique", "acces_droits", "fablab"];

#[rustfmt::skip]
const ACTION_STATUTS: &[&str] = &["fait", "fait", "fait", "commence", "commence", "envisage"];

#[rustfmt::skip]
const LIEN_TYPES: &[&str] = &["visite", "contribution", "partenariat", "essaimage"];

#[rustfmt::skip]
const CENTRES_SOCIAUX: &[&str] = &[
    "Centre social le Lavoir", "Centre social des Trois-Cités", "Maison de quartier Bellevue",
    "Centre social et culturel La Source", "Espace de vie sociale Les Tilleuls",
];
#[rustfmt::skip]
const BAILLEURS: &[&str] = &[
    "Dynacité", "Paris Habitat", "Logirep", "Vilogia", "CDC Habitat", "Erilia", "Immobilière 3F",
    "Partenord Habitat", "Néolia", "Habitat 76",
];
#[rustfmt::skip]
const FORMATION: &[&str] = &[
    "Mission locale", "AFPA", "GRETA", "Simplon.co", "Cnam", "Lycée professionnel Jean Moulin",
];
#[rustfmt::skip]
const ENTREPRISES: &[&str] = &[
    "Crédit Coopératif", "La Poste", "Orange", "Enedis", "Scierie Martin & Fils", "Bâti Réemploi SARL",
];
#[rustfmt::skip]
const ASSOCIATIONS: &[&str] = &[
    "Emmaüs Connect", "Les Petits Débrouillards", "Secours populaire", "Planète Sciences",
    "La Ligue de l'enseignement", "Unis-Cité", "WeTechCare", "L'Heureux Cyclage",
];
#[rustfmt::skip]
const AUTRES: &[&str] = &[
    "Caisse d'allocations familiales", "Banque des Territoires", "France Travail",
    "Agence nationale de la cohésion des territoires",
];

// ---------------------------------------------------------------------------
// Faults injected by --broken.

#[derive(Clone, Copy, Debug)]
enum Fault {
    UnknownKey,
    WrongType,
    MissingRequired,
    SyntaxError,
    OutOfVocabulary,
    DanglingLink,
}

const FAULTS: [Fault; 6] = [
    Fault::UnknownKey,
    Fault::WrongType,
    Fault::MissingRequired,
    Fault::SyntaxError,
    Fault::OutOfVocabulary,
    Fault::DanglingLink,
];

/// A fault and its variant (several flavours of each kind).
#[derive(Clone, Copy)]
struct Broken {
    fault: Fault,
    variant: usize,
    /// Serial number among broken records, to make unique dangling ids.
    serial: usize,
}

// ---------------------------------------------------------------------------
// Helpers.

fn id_of(n: usize) -> String {
    format!("fabrique-{n:06}")
}

/// TOML basic string literal.
fn q(s: impl AsRef<str>) -> String {
    let s = s.as_ref();
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn q_array(items: &[&str]) -> String {
    let parts: Vec<String> = items.iter().map(q).collect();
    format!("[{}]", parts.join(", "))
}

/// ASCII slug: accents folded, anything else becomes `sep`.
fn slug(s: &str, sep: char) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let folded: &str = match c {
            'à' | 'â' | 'ä' => "a",
            'À' | 'Â' => "A",
            'é' | 'è' | 'ê' | 'ë' => "e",
            'É' | 'È' | 'Ê' => "E",
            'î' | 'ï' => "i",
            'Î' => "I",
            'ô' | 'ö' => "o",
            'Ô' => "O",
            'ù' | 'û' | 'ü' => "u",
            'ç' => "c",
            'Ç' => "C",
            'œ' => "oe",
            'æ' => "ae",
            _ => "",
        };
        if !folded.is_empty() {
            out.push_str(folded);
        } else if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with(sep) {
            out.push(sep);
        }
    }
    while out.ends_with(sep) {
        out.pop();
    }
    out
}

fn sentences(rng: &mut Rng, pool: &[&str]) -> String {
    let k = 1 + rng.below(2);
    rng.sample(pool, k).into_iter().copied().collect::<Vec<_>>().join(" ")
}

fn some_of<'a>(rng: &mut Rng, pool: &'a [&'a str], max: usize) -> Vec<&'a str> {
    let k = rng.below(max + 1);
    rng.sample(pool, k).into_iter().copied().collect()
}

// ---------------------------------------------------------------------------
// One record.

struct Ctx<'a> {
    count: usize,
    /// Indexed by record number (1-based): the fault of each broken record.
    faults: &'a [Option<Broken>],
    /// How many records may be link targets: the valid ones.
    valid: usize,
    /// (commune, nom) pairs already used, both as `name_key`s.
    used: &'a mut HashSet<(String, String)>,
    /// Leave out the Movilab page and the criteria (`--undocumented`).
    undocumented: bool,
}

/// How names are compared for uniqueness: ASCII, lower case, punctuation
/// folded. Keyed on the commune's *name*, not its INSEE code, so that two
/// homonymous communes (Saint-Denis 93066 and 97411) never share a `nom`
/// either: a register check that compares names and communes the way a
/// reader would still finds no duplicate.
fn name_key(s: &str) -> String {
    slug(s, '-').to_lowercase()
}

fn record(seed: u64, n: usize, broken: Option<Broken>, ctx: &mut Ctx) -> String {
    let mut r = Rng::new(seed, n as u64);
    let rng = &mut r;
    let fault = broken.map(|b| (b.fault, b.variant));
    let mut t = String::with_capacity(2600);

    let ci = rng.below(COMMUNES.len());
    let (cp, commune, insee, lat, lon, population) = COMMUNES[ci];
    let commune_key = name_key(commune);

    // A name unique within the commune.
    let taken = |ctx: &Ctx, nom: &str| ctx.used.contains(&(commune_key.clone(), name_key(nom)));
    let mut nom = String::new();
    for attempt in 0..6 {
        nom = if attempt == 0 && rng.chance(30) {
            rng.pick(NOMS).to_string()
        } else {
            format!("{} – {}", rng.pick(NOMS), rng.pick(QUARTIERS))
        };
        if !taken(ctx, &nom) {
            break;
        }
    }
    if taken(ctx, &nom) {
        let base = nom.clone();
        let mut k = 2;
        while taken(ctx, &nom) {
            nom = format!("{base} {k}");
            k += 1;
        }
    }
    ctx.used.insert((commune_key.clone(), name_key(&nom)));

    let annee = rng.range(2019, 2022);
    let numerique = rng.chance(10);
    // The programme funds fabriques in a QPV or outside large towns: in a
    // commune of more than 100 000 inhabitants a fabrique is in a QPV.
    let qpv = numerique || population > 100_000 || rng.chance(70);
    let statut = match rng.below(100) {
        0..=79 => Some("en_activite"),
        80..=87 => Some("en_projet"),
        88..=94 => Some("fermee"),
        _ => None,
    };

    // --- top-level keys
    let nom_key = if matches!(fault, Some((Fault::UnknownKey, _))) {
        "nmo"
    } else {
        "nom"
    };
    if matches!(fault, Some((Fault::SyntaxError, 0))) {
        let _ = writeln!(t, "{nom_key} = \"{nom}"); // unterminated string
    } else {
        let _ = writeln!(t, "{nom_key} = {}", q(&nom));
    }
    if matches!(fault, Some((Fault::OutOfVocabulary, 0))) {
        t.push_str("statut = \"en_cours\"\n");
    } else if let Some(s) = statut {
        let _ = writeln!(t, "statut = {}", q(s));
    }
    match fault {
        Some((Fault::WrongType, 0)) => t.push_str("qpv = \"oui\"\n"),
        Some((Fault::MissingRequired, 0)) => {}
        _ => {
            let _ = writeln!(t, "qpv = {qpv}");
        }
    }
    // Metropolitan mainland departments only: QN + 3-digit department + rank + M.
    if qpv && insee.as_bytes()[0].is_ascii_digit() && !insee.starts_with("97") && rng.chance(60) {
        let _ = writeln!(t, "code_qpv = \"QN0{}{:02}M\"", &insee[..2], rng.range(1, 12));
    }
    if numerique {
        t.push_str("numerique = true\n");
    } else if rng.chance(30) {
        t.push_str("numerique = false\n");
    }
    let nom_slug = slug(&nom, '-').to_lowercase();
    if rng.chance(70) {
        let _ = writeln!(t, "site_web = \"https://www.{}.fr\"", nom_slug);
    }
    // Every fabrique documents itself on Movilab (the AMI asked for it).
    if !ctx.undocumented {
        let _ = writeln!(t, "page_movilab = \"https://movilab.org/wiki/{}\"", slug(&nom, '_'));
    }
    if rng.chance(20) {
        let code: String = (0..10)
            .map(|_| *rng.pick(&b"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"[..]) as char)
            .collect();
        let _ = writeln!(t, "video = \"https://video.example.org/w/{code}\"");
    }
    // Links (below) go to valid records only; with none to link to, a network.
    let eligible = ctx.valid - usize::from(broken.is_none());
    let in_network = rng.chance(15) || eligible == 0;
    if in_network {
        t.push_str("reseaux = [\"fabmob\"]\n");
    }
    let mut sources = vec!["Movilab, « Fabriques de Territoire »"];
    if rng.chance(50) {
        sources.push("ANCT, liste des Fabriques de Territoire labellisées");
    }
    if rng.chance(25) {
        sources.push("Entretien avec l'équipe de la structure porteuse");
    }
    let _ = writeln!(t, "sources = {}", q_array(&sources));

    // --- [labellisation]
    t.push_str("\n[labellisation]\n");
    if matches!(fault, Some((Fault::WrongType, 1))) {
        let _ = writeln!(t, "annee = \"{annee}\"");
    } else {
        let _ = writeln!(t, "annee = {annee}");
    }
    if rng.chance(80) {
        let _ = writeln!(t, "vague = {}", annee - 2018);
    }

    // --- [adresse]
    t.push_str("\n[adresse]\n");
    if rng.chance(90) {
        let _ = writeln!(t, "voie = {}", q(format!("{} {}", rng.range(1, 120), rng.pick(VOIES))));
    }
    if !matches!(fault, Some((Fault::MissingRequired, 1))) {
        let _ = writeln!(t, "code_postal = \"{cp}\"");
    }
    let _ = writeln!(t, "commune = {}", q(commune));
    let _ = writeln!(t, "code_insee = \"{insee}\"");
    // A street address near the town centre (~500 m).
    let dlat = (rng.range(-4500, 4500) as f64) / 1e6;
    let dlon = (rng.range(-6000, 6000) as f64) / 1e6;
    let _ = writeln!(t, "latitude = {:.6}", lat + dlat);
    let _ = writeln!(t, "longitude = {:.6}", lon + dlon);

    // --- [structure_porteuse]
    t.push_str("\n[structure_porteuse]\n");
    let forme = *rng.pick(FORMES);
    let porteur = match forme {
        "association" if rng.chance(50) => format!("Association {nom}"),
        "scic" => format!("SCIC {nom}"),
        "scop" => format!("SCOP {nom}"),
        "collectivite" => format!("Ville de {commune}"),
        "gip" => format!("GIP Cohésion sociale {commune}"),
        _ => nom.clone(),
    };
    let _ = writeln!(t, "nom = {}", q(&porteur));
    let forme = if matches!(fault, Some((Fault::OutOfVocabulary, 1))) {
        "fondation"
    } else {
        forme
    };
    let _ = writeln!(t, "forme_juridique = {}", q(forme));
    if rng.chance(85) {
        let _ = writeln!(t, "creation = {}", rng.range(1985, annee));
    }

    // --- [consortium]
    t.push_str("\n[consortium]\n");
    // At least one collectivité besides the carrying structure itself.
    let ville = format!("Ville de {commune}");
    let mut collectivites = Vec::new();
    if porteur != ville {
        collectivites.push(ville);
    }
    if collectivites.is_empty() || rng.chance(40) {
        collectivites.push("Conseil départemental".to_string());
    }
    if rng.chance(30) {
        collectivites.push("Conseil régional".to_string());
    }
    let coll: Vec<&str> = collectivites.iter().map(String::as_str).collect();
    let _ = writeln!(t, "collectivites = {}", q_array(&coll));
    let lists: [(&str, &[&str], usize); 6] = [
        ("centres_sociaux", CENTRES_SOCIAUX, 2),
        ("bailleurs_sociaux", BAILLEURS, 2),
        ("acteurs_formation", FORMATION, 3),
        ("entreprises", ENTREPRISES, 2),
        ("associations", ASSOCIATIONS, 3),
        ("autres", AUTRES, 2),
    ];
    for (key, pool, max) in lists {
        if rng.chance(75) {
            let items = some_of(rng, pool, max);
            let _ = writeln!(t, "{key} = {}", q_array(&items));
        }
    }

    // --- [financement]
    t.push_str("\n[financement]\n");
    // At most 3 consecutive years, from the year after the labelling (as in
    // the reference record), the last one no later than annee + 3.
    let years = 1 + rng.below(3) as i64;
    let first = annee + 1 + rng.range(0, 3 - years);
    let amount = *rng.pick(&[25_000, 30_000, 40_000, 50_000, 50_000, 50_000]);
    let annuel: Vec<String> = (first..first + years).map(|y| format!("{y} = {amount}")).collect();
    let _ = writeln!(t, "annuel = {{ {} }}", annuel.join(", "));
    if numerique {
        t.push_str("bonus_numerique = 100000\n");
    }

    // --- [criteres] (drawn in any case, so that the rest of the record is
    // the same with --undocumented)
    let criteres_at = t.len();
    t.push_str("\n[criteres]\n");
    let _ = writeln!(t, "communaute = {}", q(sentences(rng, COMMUNAUTE)));
    let _ = writeln!(t, "gouvernance = {}", q(sentences(rng, GOUVERNANCE)));
    let _ = writeln!(t, "ancrage = {}", q(sentences(rng, ANCRAGE)));
    let _ = writeln!(t, "mise_en_commun = {}", q(sentences(rng, MISE_EN_COMMUN)));
    // An offer for everyone: `tout_public`, or at least two publics.
    let n_publics = 1 + rng.below(4);
    let mut publics = if n_publics == 1 {
        vec!["tout_public"]
    } else {
        rng.sample(PUBLICS, n_publics).into_iter().copied().collect::<Vec<_>>()
    };
    if matches!(fault, Some((Fault::OutOfVocabulary, 2))) {
        publics.push("retraites");
    }
    let _ = writeln!(t, "publics = {}", q_array(&publics));
    if ctx.undocumented {
        t.truncate(criteres_at);
    }

    // --- [[actions]]
    // 3–8 actions in distinct categories, the first two done (a diversified
    // offer), one of them digital for a Fabrique numérique, sometimes an
    // `autre` one at the end.
    let with_autre = rng.chance(15);
    let n_actions = rng.range(3, if with_autre { 7 } else { 8 }) as usize;
    let mut cats: Vec<&(&str, &[&str])> = rng.sample(ACTIONS, n_actions);
    if numerique && !cats.iter().any(|(c, _)| DIGITAL.contains(c)) {
        cats[0] = ACTIONS
            .iter()
            .find(|(c, _)| *c == "inclusion_numerique")
            .expect("in ACTIONS");
    }
    let mut actions: Vec<Option<(&str, &[&str])>> = cats.into_iter().map(|&a| Some(a)).collect();
    if with_autre {
        actions.push(None);
    }
    let last = n_actions - 1; // the last categorised action
    for (i, action) in actions.into_iter().enumerate() {
        t.push_str("\n[[actions]]\n");
        let Some((cat, subs)) = action else {
            t.push_str("categorie = \"autre\"\n");
            let _ = writeln!(t, "precision = {}", q(rng.pick(PRECISIONS)));
            let _ = writeln!(t, "statut = {}", q(rng.pick(ACTION_STATUTS)));
            continue;
        };
        // Sometimes two categories for one action.
        let (other, _) = ACTIONS[rng.below(ACTIONS.len())];
        if rng.chance(20) && other != cat {
            let _ = writeln!(t, "categorie = {}", q_array(&[cat, other]));
        } else {
            let _ = writeln!(t, "categorie = {}", q(cat));
        }
        if rng.chance(80) {
            let _ = writeln!(t, "sous_action = {}", q(rng.pick(subs)));
        }
        let st = if i == last && matches!(fault, Some((Fault::OutOfVocabulary, 3))) {
            "termine"
        } else if i < 2 {
            "fait"
        } else {
            rng.pick(ACTION_STATUTS)
        };
        if i == 0 && matches!(fault, Some((Fault::SyntaxError, 1))) {
            let _ = writeln!(t, "statut {}", q(st)); // missing '='
        } else {
            let _ = writeln!(t, "statut = {}", q(st));
        }
    }

    // --- [[liens]]
    // Links only point at valid records: a link to a record that cannot be
    // read would itself be a problem, and only the broken records must have one.
    // 0–3 links; at least one when the fabrique is in no network, to show
    // its pooling with other places.
    let n_links = rng.below(4).max(usize::from(!in_network)).min(eligible);
    let mut targets: Vec<usize> = Vec::new();
    while targets.len() < n_links {
        let other = 1 + rng.below(ctx.count);
        if other != n && ctx.faults[other].is_none() && !targets.contains(&other) {
            targets.push(other);
        }
    }
    let dangling = match broken {
        Some(b) if matches!(b.fault, Fault::DanglingLink) => Some(id_of(ctx.count + 1 + b.serial)),
        _ => None,
    };
    let mut ids: Vec<String> = targets.into_iter().map(id_of).collect();
    ids.extend(dangling);
    for id in ids {
        t.push_str("\n[[liens]]\n");
        let _ = writeln!(t, "fabrique = \"{id}\"");
        let _ = writeln!(t, "type = {}", q(rng.pick(LIEN_TYPES)));
        if rng.chance(70) {
            // Between 2019-01-01 and 2024-12-28: never in the future.
            let _ = writeln!(
                t,
                "date = {}-{:02}-{:02}",
                rng.range(2019, 2024),
                rng.range(1, 12),
                rng.range(1, 28)
            );
        }
    }
    t
}

// ---------------------------------------------------------------------------

/// The register's settings, beside `data/`: the networks registry that the
/// records' `reseaux = ["fabmob"]` refers to.
const SETTINGS_FILE: &str = "fabriques.toml";
const SETTINGS: &str = "\
# Réglages du registre synthétique écrit par examples/gen_register.

[reseaux.fabmob]
nom = \"La Fabrique des Mobilités\"
site = \"https://lafabriquedesmobilites.fr\"
";

struct Args {
    out: PathBuf,
    count: usize,
    broken: usize,
    seed: u64,
    undocumented: bool,
}

const USAGE: &str = "usage: gen_register OUT_DIR COUNT [--broken N] [--seed S] [--undocumented]";

fn parse_args() -> Result<Args, String> {
    let mut pos = Vec::new();
    let mut broken = 0usize;
    let mut seed = 1u64;
    let mut undocumented = false;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "-h" | "--help" => return Err(USAGE.to_string()),
            "--undocumented" => undocumented = true,
            "--broken" | "--seed" => {
                let v = it.next().ok_or_else(|| format!("{a} needs a value\n{USAGE}"))?;
                if a == "--broken" {
                    broken = v.parse().map_err(|_| format!("--broken: not a number: {v}"))?;
                } else {
                    seed = v.parse().map_err(|_| format!("--seed: not a number: {v}"))?;
                }
            }
            s if s.starts_with("--broken=") => {
                let v = &s["--broken=".len()..];
                broken = v.parse().map_err(|_| format!("--broken: not a number: {v}"))?;
            }
            s if s.starts_with("--seed=") => {
                let v = &s["--seed=".len()..];
                seed = v.parse().map_err(|_| format!("--seed: not a number: {v}"))?;
            }
            s if s.starts_with("--") => return Err(format!("unknown option {s}\n{USAGE}")),
            _ => pos.push(a),
        }
    }
    if pos.len() != 2 {
        return Err(USAGE.to_string());
    }
    let count: usize = pos[1].parse().map_err(|_| format!("COUNT: not a number: {}", pos[1]))?;
    if count == 0 {
        return Err("COUNT must be at least 1".to_string());
    }
    if broken > count {
        return Err(format!("--broken {broken} is more than COUNT {count}"));
    }
    Ok(Args {
        out: PathBuf::from(&pos[0]),
        count,
        broken,
        seed,
        undocumented,
    })
}

fn is_empty_dir(p: &Path) -> std::io::Result<bool> {
    Ok(fs::read_dir(p)?.next().is_none())
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(msg) => {
            eprintln!("gen_register: {msg}");
            return ExitCode::from(2);
        }
    };
    let data = args.out.join("data");
    if data.exists() {
        match is_empty_dir(&data) {
            Ok(true) => {}
            Ok(false) => {
                eprintln!(
                    "gen_register: {} exists and is not empty; refusing to overwrite it",
                    data.display()
                );
                return ExitCode::from(2);
            }
            Err(e) => {
                eprintln!("gen_register: {}: {e}", data.display());
                return ExitCode::from(2);
            }
        }
    }
    let settings = args.out.join(SETTINGS_FILE);
    if settings.exists() {
        eprintln!("gen_register: {} exists; refusing to overwrite it", settings.display());
        return ExitCode::from(2);
    }
    if let Err(e) = fs::create_dir_all(&data) {
        eprintln!("gen_register: cannot create {}: {e}", data.display());
        return ExitCode::from(1);
    }
    if let Err(e) = fs::write(&settings, SETTINGS) {
        eprintln!("gen_register: cannot write {}: {e}", settings.display());
        return ExitCode::from(1);
    }

    // Which records are broken: a partial Fisher–Yates draw on its own stream.
    let mut faults: Vec<Option<Broken>> = vec![None; args.count + 1];
    if args.broken > 0 {
        let mut rng = Rng::new(args.seed, u64::MAX);
        let mut idx: Vec<usize> = (1..=args.count).collect();
        for i in 0..args.broken {
            let j = i + rng.below(idx.len() - i);
            idx.swap(i, j);
        }
        let mut chosen = idx[..args.broken].to_vec();
        chosen.sort_unstable();
        for (serial, n) in chosen.into_iter().enumerate() {
            let fault = FAULTS[serial % FAULTS.len()];
            let variant = (serial / FAULTS.len())
                % match fault {
                    Fault::WrongType | Fault::MissingRequired | Fault::SyntaxError => 2,
                    Fault::OutOfVocabulary => 4,
                    Fault::UnknownKey | Fault::DanglingLink => 1,
                };
            faults[n] = Some(Broken { fault, variant, serial });
        }
    }

    let mut used = HashSet::new();
    let mut ctx = Ctx {
        count: args.count,
        faults: &faults,
        valid: args.count - args.broken,
        used: &mut used,
        undocumented: args.undocumented,
    };
    let mut bytes = 0usize;
    for (n, &fault) in faults.iter().enumerate().skip(1) {
        let text = record(args.seed, n, fault, &mut ctx);
        bytes += text.len();
        let path = data.join(format!("{}.toml", id_of(n)));
        if let Err(e) = fs::write(&path, &text) {
            eprintln!("gen_register: cannot write {}: {e}", path.display());
            return ExitCode::from(1);
        }
    }
    eprintln!(
        "gen_register: wrote {} records ({} broken, {} valid) to {} ({:.1} MiB, seed {})",
        args.count,
        args.broken,
        args.count - args.broken,
        data.display(),
        bytes as f64 / (1024.0 * 1024.0),
        args.seed
    );
    ExitCode::SUCCESS
}
