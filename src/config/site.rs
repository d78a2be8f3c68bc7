//! The `[site]` section of `fabriques.toml`: how `fabriques site` presents
//! the register — its title, where the register's repository is (for the
//! « proposer une correction » link of each fabrique's page), and whether
//! the map offers OpenStreetMap tiles.
//!
//! The section is read by `settings` with the file's other sections (its
//! mistakes are told the same way, with their line and column); the
//! command line may override each key (`fabriques site --titre`,
//! `--depot`, `--branche`, `--osm`). The link to a record's file is built
//! here, once, from the forge's own URL pattern for editing a file: on
//! GitHub `DEPOT/edit/BRANCHE/FICHIER`, on GitLab `DEPOT/-/edit/...`, on
//! Forgejo and Gitea (Codeberg) `DEPOT/_edit/...`. Each of them lets a
//! visitor who may not write to the repository propose the change
//! (through a fork and a pull request).

use anyhow::{bail, Result};

use crate::messages::{fill, quoted_list, ui::settings as t, Lang};

/// The forges whose « edit this file » URL is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Forge {
    Github,
    Gitlab,
    Forgejo,
}

impl Forge {
    /// The names written in `fabriques.toml` (`forge = "gitlab"`).
    pub const NAMES: &'static [&'static str] = &["github", "gitlab", "forgejo"];

    pub fn parse(name: &str) -> Option<Forge> {
        match name {
            "github" => Some(Forge::Github),
            "gitlab" => Some(Forge::Gitlab),
            "forgejo" | "gitea" => Some(Forge::Forgejo),
            _ => None,
        }
    }

    /// The forge a repository URL's host says, when it says one.
    pub fn of_host(host: &str) -> Option<Forge> {
        let host = host.to_ascii_lowercase();
        if host == "github.com" || host.ends_with(".github.com") {
            Some(Forge::Github)
        } else if host.split('.').any(|part| part == "gitlab") {
            Some(Forge::Gitlab)
        } else if host == "codeberg.org" || host.split('.').any(|part| part == "gitea" || part == "forgejo") {
            Some(Forge::Forgejo)
        } else {
            None
        }
    }

    /// The path between the repository and the branch in an edit URL.
    fn edit_segment(self) -> &'static str {
        match self {
            Forge::Github => "edit",
            Forge::Gitlab => "-/edit",
            Forge::Forgejo => "_edit",
        }
    }
}

/// The `[site]` section as written (every key optional).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SiteSettings {
    pub titre: Option<String>,
    /// The register's repository, `https://github.com/org/registre`.
    pub depot: Option<String>,
    /// The branch the site is built from (default `main`).
    pub branche: Option<String>,
    /// The forge, when the repository's host does not say it.
    pub forge: Option<Forge>,
    /// Offer OpenStreetMap tiles as a layer of the map.
    pub tuiles_osm: Option<bool>,
}

/// The branch when none is given.
pub const DEFAULT_BRANCH: &str = "main";

/// The keys of the section.
pub const KEYS: &[&str] = &["titre", "depot", "branche", "forge", "tuiles_osm"];

/// A repository URL that can take a file path: `http(s)`, with a host and
/// a path, no query or fragment; returned without a trailing `/` or `.git`.
pub fn check_depot(url: &str, lang: Lang) -> Result<String> {
    let bad = || fill(t::BAD_DEPOT.get(lang), &[("valeur", url.to_string())]);
    let Ok(parsed) = url::Url::parse(url.trim()) else {
        bail!(bad());
    };
    if !matches!(parsed.scheme(), "http" | "https")
        || parsed.host_str().is_none()
        || parsed.query().is_some()
        || parsed.fragment().is_some()
        || parsed.path().trim_matches('/').is_empty()
    {
        bail!(bad());
    }
    let s = parsed.as_str().trim_end_matches('/');
    Ok(s.strip_suffix(".git").unwrap_or(s).to_string())
}

/// The forge of `depot`: the one named, else the one its host says.
pub fn forge_of(depot: &str, named: Option<Forge>, lang: Lang) -> Result<Forge> {
    if let Some(f) = named {
        return Ok(f);
    }
    let host = url::Url::parse(depot)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_default();
    match Forge::of_host(&host) {
        Some(f) => Ok(f),
        None => bail!(fill(
            t::UNKNOWN_FORGE.get(lang),
            &[("hote", host), ("noms", quoted_list(lang, Forge::NAMES))]
        )),
    }
}

/// The URL under which each record's file can be edited on the forge:
/// `<edit base>/<file relative to the repository's root>`.
pub fn edit_base(depot: &str, branche: &str, forge: Forge) -> String {
    let branch: Vec<String> = branche
        .split('/')
        .map(|p| url::form_urlencoded::byte_serialize(p.as_bytes()).collect())
        .collect();
    format!("{depot}/{}/{}", forge.edit_segment(), branch.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_forge_gets_its_own_edit_url() {
        let depot = check_depot("https://github.com/org/registre.git/", Lang::Fr).unwrap();
        assert_eq!(depot, "https://github.com/org/registre");
        let forge = forge_of(&depot, None, Lang::Fr).unwrap();
        assert_eq!(
            edit_base(&depot, "main", forge),
            "https://github.com/org/registre/edit/main"
        );
        let gl = forge_of("https://gitlab.example.org/a/b", None, Lang::Fr).unwrap();
        assert_eq!(
            edit_base("https://gitlab.example.org/a/b", "dev/2025", gl),
            "https://gitlab.example.org/a/b/-/edit/dev/2025"
        );
        let cb = forge_of("https://codeberg.org/a/b", None, Lang::Fr).unwrap();
        assert_eq!(
            edit_base("https://codeberg.org/a/b", "main", cb),
            "https://codeberg.org/a/b/_edit/main"
        );
        // An unknown host needs `forge`, and then follows it.
        let err = forge_of("https://git.example.org/a/b", None, Lang::Fr).unwrap_err();
        assert!(format!("{err}").contains("git.example.org"), "{err}");
        assert_eq!(
            forge_of("https://git.example.org/a/b", Some(Forge::Forgejo), Lang::Fr).unwrap(),
            Forge::Forgejo
        );
    }

    #[test]
    fn a_depot_must_be_a_web_address_of_a_repository() {
        for bad in [
            "javascript:alert(1)",
            "github.com/org/registre",
            "https://github.com",
            "https://github.com/org/r?x=1",
            "git@github.com:org/registre.git",
        ] {
            assert!(check_depot(bad, Lang::Fr).is_err(), "{bad}");
        }
    }
}
