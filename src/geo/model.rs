//! The records of the geography reference: communes (current, arrondissements,
//! former), former names, départements and régions. Plain data, built by
//! [`super::table`] from `ref/geo.tsv`; no lookups here.

/// What kind of record a [`Commune`] is, as in INSEE's `TYPECOM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CommuneKind {
    /// A current commune (`COM`), including those of the collectivités
    /// d'outre-mer.
    Commune,
    /// An arrondissement municipal of Paris, Lyon or Marseille (`ARM`); its
    /// [`Commune::commune_parente`] is the commune.
    ArrondissementMunicipal,
    /// A commune déléguée (`COMD`): a former commune merged into a commune
    /// nouvelle that keeps a local existence; its
    /// [`Commune::commune_parente`] is the commune nouvelle.
    CommuneDeleguee,
    /// A commune associée (`COMA`): a former commune merged under the older
    /// "fusion-association" scheme; its [`Commune::commune_parente`] is the
    /// current commune.
    CommuneAssociee,
}

impl CommuneKind {
    /// True for [`CommuneKind::CommuneDeleguee`] and
    /// [`CommuneKind::CommuneAssociee`], the records of former communes.
    pub fn is_former(self) -> bool {
        matches!(self, CommuneKind::CommuneDeleguee | CommuneKind::CommuneAssociee)
    }

    /// INSEE's abbreviation: `COM`, `ARM`, `COMD` or `COMA`.
    pub fn insee_type(self) -> &'static str {
        match self {
            CommuneKind::Commune => "COM",
            CommuneKind::ArrondissementMunicipal => "ARM",
            CommuneKind::CommuneDeleguee => "COMD",
            CommuneKind::CommuneAssociee => "COMA",
        }
    }

    pub(super) fn from_insee_type(s: &str) -> Option<Self> {
        Some(match s {
            "COM" => CommuneKind::Commune,
            "ARM" => CommuneKind::ArrondissementMunicipal,
            "COMD" => CommuneKind::CommuneDeleguee,
            "COMA" => CommuneKind::CommuneAssociee,
            _ => return None,
        })
    }
}

/// Which part of France a department or region belongs to (the source's
/// `zone` field).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Zone {
    /// Metropolitan France, Corsica included.
    Metropole,
    /// An overseas department and region (Guadeloupe, Martinique, Guyane, La
    /// Réunion, Mayotte).
    Drom,
    /// A collectivité d'outre-mer or other overseas territory
    /// (Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin, TAAF,
    /// Wallis-et-Futuna, Polynésie française, Nouvelle-Calédonie, Clipperton),
    /// which the data lists as pseudo-departments and pseudo-regions coded
    /// 975, 977, 978, 984, 986, 987, 988, 989.
    Com,
}

impl Zone {
    pub(super) fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "metro" => Zone::Metropole,
            "drom" => Zone::Drom,
            "com" => Zone::Com,
            _ => return None,
        })
    }
}

/// One record of the commune table: a current commune, an arrondissement
/// municipal, or a former commune (déléguée or associée).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Commune {
    /// INSEE code (5 characters, `2A`/`2B` prefixes for Corsica). Not unique
    /// across records: a commune déléguée may share it with its commune
    /// nouvelle.
    pub code_insee: &'static str,
    /// Official name, with its capitals, accents and hyphens.
    pub nom: &'static str,
    /// Kind of record.
    pub kind: CommuneKind,
    /// Postal codes serving it, ascending. Empty for former communes and for
    /// the uninhabited districts of the TAAF.
    pub codes_postaux: Vec<&'static str>,
    /// Code of its department (a key of [`super::Geo::departement`]).
    pub departement: &'static str,
    /// Code of its region (a key of [`super::Geo::region`]).
    pub region: &'static str,
    /// Legal population, when the source gives one (current communes and
    /// arrondissements; never former communes).
    pub population: Option<u32>,
    /// For an arrondissement municipal or a former commune: INSEE code of the
    /// current commune it belongs to (a [`CommuneKind::Commune`] record). `None`
    /// for a current commune.
    pub commune_parente: Option<&'static str>,
    /// For a current commune: INSEE codes of communes that were merged into it
    /// and whose code now designates it (ascending; may include codes of its
    /// communes déléguées/associées, and old codes such as Corsica's `20xxx`).
    /// Empty for other kinds.
    pub anciens_codes: Vec<&'static str>,
}

/// A name a current commune, or a commune merged into it, bore before a
/// renaming or a merger, from INSEE's « mouvements des communes »
/// (`Saint-Ouen`, renamed `Saint-Ouen-sur-Seine` in 2018; `Florac`, merged
/// into `Florac Trois Rivières`). Names the table already has as a commune
/// déléguée or associée are not repeated here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormerName {
    /// The name, as INSEE wrote it then.
    pub nom: &'static str,
    /// INSEE code of the current commune ([`CommuneKind::Commune`]) it leads
    /// to today.
    pub commune: &'static str,
    /// The INSEE code that bore the name.
    pub code_ancien: &'static str,
    /// Date (`YYYY-MM-DD`) of the movement that ended the name; empty when
    /// the movements do not say.
    pub jusqu_au: &'static str,
}

/// A department (or, for the collectivités d'outre-mer, the pseudo-department
/// the data uses).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Departement {
    /// Code: `01`..`95` with `2A`/`2B`, `971`..`976`, or a COM code
    /// (`975`, `977`, `978`, `984`, `986`..`989`).
    pub code: &'static str,
    /// Official name.
    pub nom: &'static str,
    /// Code of its region.
    pub region: &'static str,
    /// Metropolitan, DROM or COM.
    pub zone: Zone,
}

/// A region (or, for the collectivités d'outre-mer, the pseudo-region the data
/// uses, with the same code as its pseudo-department).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    /// Code: `01`..`06` for the DROM, `11`..`94` for metropolitan regions, or a
    /// COM code. Region and department codes are separate namespaces (region
    /// `01` is Guadeloupe, department `01` is Ain).
    pub code: &'static str,
    /// Official name.
    pub nom: &'static str,
    /// Metropolitan, DROM or COM.
    pub zone: Zone,
}
