//! One record: drawn from its own stream of the seed, section by section
//! (the order of the draws is the record's layout, so that the same
//! arguments always give the same bytes), with its fault if it is one of
//! the broken ones.

use std::collections::HashSet;
use std::fmt::Write as _;

use crate::data::*;
use crate::{id_of, q, q_array, sentences, slug, some_of, Rng};

// ---------------------------------------------------------------------------
// Faults injected by --broken.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fault {
    UnknownKey,
    WrongType,
    MissingRequired,
    SyntaxError,
    OutOfVocabulary,
    DanglingLink,
}

pub(crate) const FAULTS: [Fault; 6] = [
    Fault::UnknownKey,
    Fault::WrongType,
    Fault::MissingRequired,
    Fault::SyntaxError,
    Fault::OutOfVocabulary,
    Fault::DanglingLink,
];

/// A fault and its variant (several flavours of each kind).
#[derive(Clone, Copy)]
pub(crate) struct Broken {
    pub(crate) fault: Fault,
    pub(crate) variant: usize,
    /// Serial number among broken records, to make unique dangling ids.
    pub(crate) serial: usize,
}

pub(crate) struct Ctx<'a> {
    pub(crate) count: usize,
    /// Indexed by record number (1-based): the fault of each broken record.
    pub(crate) faults: &'a [Option<Broken>],
    /// How many records may be link targets: the valid ones.
    pub(crate) valid: usize,
    /// (commune, nom) pairs already used, both as `name_key`s.
    pub(crate) used: &'a mut HashSet<(String, String)>,
    /// Leave out the Movilab page and the criteria (`--undocumented`).
    pub(crate) undocumented: bool,
}

/// How names are compared for uniqueness: ASCII, lower case, punctuation
/// folded. Keyed on the commune's *name*, not its INSEE code, so that two
/// homonymous communes (Saint-Denis 93066 and 97411) never share a `nom`
/// either: a register check that compares names and communes the way a
/// reader would still finds no duplicate.
fn name_key(s: &str) -> String {
    slug(s, '-').to_lowercase()
}

pub(crate) fn record(seed: u64, n: usize, broken: Option<Broken>, ctx: &mut Ctx) -> String {
    let mut r = Rng::new(seed, n as u64);
    let rng = &mut r;
    let fault = broken.map(|b| (b.fault, b.variant));
    let mut t = String::with_capacity(2600);

    let ci = rng.below(COMMUNES.len());
    let (_, commune, insee, _, _, population) = COMMUNES[ci];
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
    let eligible = ctx.valid - usize::from(broken.is_none());
    let in_network = top_keys(rng, &mut t, fault, &nom, qpv, numerique, statut, insee, eligible, ctx);
    place(rng, &mut t, fault, annee, COMMUNES[ci]);
    let porteur = structure(rng, &mut t, fault, &nom, commune, annee);
    consortium(rng, &mut t, &porteur, commune);
    financement(rng, &mut t, annee, numerique);
    criteres(rng, &mut t, fault, ctx.undocumented);
    actions(rng, &mut t, fault, numerique);
    liens(rng, &mut t, n, broken, eligible, in_network, ctx);
    t
}

/// The top-level keys: name, status, QPV, numérique, addresses on the
/// web, network, sources. Returns whether the fabrique is in a network.
#[allow(clippy::too_many_arguments)]
fn top_keys(
    rng: &mut Rng,
    t: &mut String,
    fault: Option<(Fault, usize)>,
    nom: &str,
    qpv: bool,
    numerique: bool,
    statut: Option<&str>,
    insee: &str,
    eligible: usize,
    ctx: &Ctx,
) -> bool {
    // --- top-level keys
    let nom_key = if matches!(fault, Some((Fault::UnknownKey, _))) {
        "nmo"
    } else {
        "nom"
    };
    if matches!(fault, Some((Fault::SyntaxError, 0))) {
        let _ = writeln!(t, "{nom_key} = \"{nom}"); // unterminated string
    } else {
        let _ = writeln!(t, "{nom_key} = {}", q(nom));
    }
    if matches!(fault, Some((Fault::OutOfVocabulary, 0))) {
        t.push_str("statut = \"en_cours\"\n");
    } else if let Some(s) = statut {
        let _ = writeln!(t, "statut = {}", q(s));
    }
    match fault {
        Some((Fault::WrongType, 0)) => t.push_str("qpv = \"oui\"\n"),
        _ => {
            let _ = writeln!(t, "qpv = {qpv}");
        }
    }
    // Metropolitan mainland departments only: QN + 3-digit department + rank + M.
    if qpv && insee.as_bytes()[0].is_ascii_digit() && !insee.starts_with("97") && rng.chance(60) {
        let _ = writeln!(t, "code_qpv = \"QN0{}{:02}M\"", &insee[..2], rng.range(1, 12));
    }
    // Always known: a « clean » register has no diagnostic at all, not even
    // an `a-completer` (the draw is kept, so that the rest of the record is
    // what it was).
    let _ = rng.chance(30);
    t.push_str(if numerique {
        "numerique = true\n"
    } else {
        "numerique = false\n"
    });
    let nom_slug = slug(nom, '-').to_lowercase();
    if rng.chance(70) {
        let _ = writeln!(t, "site_web = \"https://www.{}.fr\"", nom_slug);
    }
    // Every fabrique documents itself on Movilab (the AMI asked for it);
    // undocumented, its page is still on its own site.
    let host = if ctx.undocumented {
        "www.example.org/movilab"
    } else {
        "movilab.org/wiki"
    };
    let _ = writeln!(t, "page_movilab = \"https://{host}/{}\"", slug(nom, '_'));
    if rng.chance(20) {
        let code: String = (0..10)
            .map(|_| *rng.pick(&b"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"[..]) as char)
            .collect();
        let _ = writeln!(t, "video = \"https://video.example.org/w/{code}\"");
    }
    // Links (below) go to valid records only; with none to link to, a network.
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
    in_network
}

/// `[labellisation]` and `[adresse]`.
fn place(
    rng: &mut Rng,
    t: &mut String,
    fault: Option<(Fault, usize)>,
    annee: i64,
    (cp, commune, insee, lat, lon, _): Commune,
) {
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
    // The required fields of an address: its commune (variant 0), and its
    // postal code or INSEE code (variant 1 leaves out both).
    let missing = |v| matches!(fault, Some((Fault::MissingRequired, x)) if x == v);
    if !missing(1) {
        let _ = writeln!(t, "code_postal = \"{cp}\"");
    }
    if !missing(0) {
        let _ = writeln!(t, "commune = {}", q(commune));
    }
    if !missing(1) {
        let _ = writeln!(t, "code_insee = \"{insee}\"");
    }
    // A street address near the town centre (~500 m).
    let dlat = (rng.range(-4500, 4500) as f64) / 1e6;
    let dlon = (rng.range(-6000, 6000) as f64) / 1e6;
    let _ = writeln!(t, "latitude = {:.6}", lat + dlat);
    let _ = writeln!(t, "longitude = {:.6}", lon + dlon);
}

/// `[structure_porteuse]`; returns the carrying structure's name.
fn structure(
    rng: &mut Rng,
    t: &mut String,
    fault: Option<(Fault, usize)>,
    nom: &str,
    commune: &str,
    annee: i64,
) -> String {
    // --- [structure_porteuse]
    t.push_str("\n[structure_porteuse]\n");
    let forme = *rng.pick(FORMES);
    let porteur = match forme {
        "association" if rng.chance(50) => format!("Association {nom}"),
        "scic" => format!("SCIC {nom}"),
        "scop" => format!("SCOP {nom}"),
        "collectivite" => format!("Ville de {commune}"),
        "gip" => format!("GIP Cohésion sociale {commune}"),
        _ => nom.to_string(),
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
    porteur
}

/// `[consortium]`: at least one collectivité besides the carrying
/// structure.
fn consortium(rng: &mut Rng, t: &mut String, porteur: &str, commune: &str) {
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
}

/// `[financement]`.
fn financement(rng: &mut Rng, t: &mut String, annee: i64, numerique: bool) {
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
}

/// `[criteres]`.
fn criteres(rng: &mut Rng, t: &mut String, fault: Option<(Fault, usize)>, undocumented: bool) {
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
    if undocumented {
        // Written, not yet filled in: each criterion reports what is
        // missing (a criterion not written at all would only be one more
        // item of the record's `a-completer` line).
        t.truncate(criteres_at);
        t.push_str("\n[criteres]\n");
        for key in ["communaute", "gouvernance", "ancrage", "mise_en_commun"] {
            let _ = writeln!(t, "{key} = \"à compléter\"");
        }
        t.push_str("publics = []\n");
    }
}

/// `[[actions]]`.
fn actions(rng: &mut Rng, t: &mut String, fault: Option<(Fault, usize)>, numerique: bool) {
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
}

/// `[[liens]]`.
fn liens(
    rng: &mut Rng,
    t: &mut String,
    n: usize,
    broken: Option<Broken>,
    eligible: usize,
    in_network: bool,
    ctx: &Ctx,
) {
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
}
