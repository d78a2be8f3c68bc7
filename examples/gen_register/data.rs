//! The words, places and actions records are drawn from.

/// (code_postal, commune, code_insee, latitude, longitude, population): real
/// communes; the postal code / name / INSEE code triples and the population
/// come from `@etalab/decoupage-administratif` 6.0.0 (data/communes.json), the
/// coordinates are those of the town centre.
#[rustfmt::skip]
pub(crate) const COMMUNES: &[Commune] = &[
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
pub(crate) const NOMS: &[&str] = &[
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
pub(crate) const QUARTIERS: &[&str] = &[
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
pub(crate) const VOIES: &[&str] = &[
    "rue Victor Hugo", "avenue Jean Jaurès", "place de la République", "boulevard Gambetta",
    "rue Pasteur", "allée des Tilleuls", "chemin du Moulin", "rue de la Liberté",
    "impasse des Lilas", "rue Jules Ferry", "rue Gustave Noblemaire", "avenue de l'Europe",
    "rue du Général de Gaulle", "quai des Bateliers", "rue Émile Zola", "place du Marché",
    "rue Louise Michel", "avenue Aristide Briand", "rue des Écoles", "cours Lafayette",
];

#[rustfmt::skip]
pub(crate) const FORMES: &[&str] = &[
    "association", "association", "association", "association", "scic", "scic", "scop", "sas",
    "sarl", "sa", "collectivite", "etablissement_public", "gip", "autre",
];

#[rustfmt::skip]
pub(crate) const COMMUNAUTE: &[&str] = &[
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
pub(crate) const GOUVERNANCE: &[&str] = &[
    "Le collège des usagers siège au conseil d'administration de l'association.",
    "Les décisions sont prises en assemblée mensuelle ouverte à tous les membres.",
    "La SCIC associe salariés, usagers, collectivités et partenaires dans ses collèges.",
    "Un comité de pilotage réunit chaque trimestre les partenaires du consortium.",
    "La gouvernance partagée s'appuie sur des cercles thématiques autonomes.",
    "Une charte précise le rôle de chacun et les modalités de prise de décision.",
];

#[rustfmt::skip]
pub(crate) const ANCRAGE: &[&str] = &[
    "Le lieu est implanté au cœur du quartier prioritaire, à proximité des écoles.",
    "Il occupe un ancien bâtiment industriel réhabilité avec le soutien de la commune.",
    "Les partenariats avec le centre social et les bailleurs renforcent l'ancrage local.",
    "La fabrique rayonne sur l'intercommunalité grâce à des permanences itinérantes.",
    "Elle s'inscrit dans le contrat de ville et travaille avec les conseils citoyens.",
    "Un bus aménagé va à la rencontre des habitants des communes rurales voisines.",
];

#[rustfmt::skip]
pub(crate) const MISE_EN_COMMUN: &[&str] = &[
    "Les outils, les machines et les espaces sont mutualisés entre les membres.",
    "Les ressources produites sont publiées sous licence libre sur Movilab.",
    "Un wiki documente les projets et les méthodes d'animation.",
    "La fabrique partage ses locaux avec trois associations du quartier.",
    "Les compétences sont échangées dans le cadre d'une monnaie-temps.",
    "Un inventaire commun des équipements est tenu à jour par les bénévoles.",
];

#[rustfmt::skip]
pub(crate) const PUBLICS: &[&str] = &[
    "tout_public", "jeunes", "seniors", "familles", "demandeurs_emploi", "etudiants",
    "personnes_handicap", "entrepreneurs", "associations", "agents_publics",
];

/// Action categories (never `autre`, handled apart) with typical sub-actions.
#[rustfmt::skip]
pub(crate) const ACTIONS: &[(&str, &[&str])] = &[
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
pub(crate) const PRECISIONS: &[&str] = &[
    "Conciergerie solidaire", "Garde d'enfants ponctuelle", "Laverie associative",
    "Permanence d'écrivain public",
];

/// The categories that make an action digital, for a Fabrique numérique.
pub(crate) const DIGITAL: &[&str] = &["inclusion_numerique", "acces_droits", "fablab"];

#[rustfmt::skip]
pub(crate) const ACTION_STATUTS: &[&str] = &["fait", "fait", "fait", "commence", "commence", "envisage"];

#[rustfmt::skip]
pub(crate) const LIEN_TYPES: &[&str] = &["visite", "contribution", "partenariat", "essaimage"];

#[rustfmt::skip]
pub(crate) const CENTRES_SOCIAUX: &[&str] = &[
    "Centre social le Lavoir", "Centre social des Trois-Cités", "Maison de quartier Bellevue",
    "Centre social et culturel La Source", "Espace de vie sociale Les Tilleuls",
];
#[rustfmt::skip]
pub(crate) const BAILLEURS: &[&str] = &[
    "Dynacité", "Paris Habitat", "Logirep", "Vilogia", "CDC Habitat", "Erilia", "Immobilière 3F",
    "Partenord Habitat", "Néolia", "Habitat 76",
];
#[rustfmt::skip]
pub(crate) const FORMATION: &[&str] = &[
    "Mission locale", "AFPA", "GRETA", "Simplon.co", "Cnam", "Lycée professionnel Jean Moulin",
];
#[rustfmt::skip]
pub(crate) const ENTREPRISES: &[&str] = &[
    "Crédit Coopératif", "La Poste", "Orange", "Enedis", "Scierie Martin & Fils", "Bâti Réemploi SARL",
];
#[rustfmt::skip]
pub(crate) const ASSOCIATIONS: &[&str] = &[
    "Emmaüs Connect", "Les Petits Débrouillards", "Secours populaire", "Planète Sciences",
    "La Ligue de l'enseignement", "Unis-Cité", "WeTechCare", "L'Heureux Cyclage",
];
#[rustfmt::skip]
pub(crate) const AUTRES: &[&str] = &[
    "Caisse d'allocations familiales", "Banque des Territoires", "France Travail",
    "Agence nationale de la cohésion des territoires",
];

/// A commune: postal code, name, INSEE code, latitude, longitude, population.
pub(crate) type Commune = (&'static str, &'static str, &'static str, f64, f64, u32);
