//! Where the register is and how it is configured, resolved once per run.
//!
//! The register's root is the first folder, from the working directory
//! upwards, that holds `fabriques.toml` or `data/` (as cargo finds
//! `Cargo.toml`); `--data DIR` names the records' folder directly, and then
//! the settings are read from `fabriques.toml` beside it (in its parent), if
//! there is one, unless `--config FILE` says otherwise. `fabriques.toml`
//! holds the register's settings: rule severities (`[regles]`), vocabulary
//! additions (`[vocabulaire.NAME]`) and the networks registry
//! (`[reseaux.CODE]`), and how `fabriques site` presents the register
//! (`[site]`). A broken settings file is an error of the tool
//! (exit 2): nothing can be validated against unknown settings.

use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context, Result};

use crate::diagnostic::Severity;
use crate::messages::{ui, Lang};
use crate::rules::{self, Severities};
use crate::vocab::Vocabularies;

mod settings;
pub mod site;

pub const SETTINGS_FILE: &str = "fabriques.toml";
pub const DATA_DIR: &str = "data";

/// The register's settings, checked.
#[derive(Debug)]
pub struct Settings {
    /// The file they came from, if any.
    pub path: Option<PathBuf>,
    pub severities: Severities,
    pub vocab: Vocabularies,
    /// How `fabriques site` presents the register (`[site]`).
    pub site: site::SiteSettings,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            path: None,
            severities: Severities::default(),
            vocab: Vocabularies::new(&[]),
            site: site::SiteSettings::default(),
        }
    }
}

impl Settings {
    /// Reads and checks a settings file (`path` as the user named it,
    /// relative to `cwd`).
    pub fn load(path: &Path, cwd: Option<&Path>, lang: Lang) -> Result<Settings> {
        let text =
            crate::load::read_to_string(&absolute(path, cwd)).with_context(|| ui::settings_unreadable(lang, path))?;
        match settings::read(&text, lang) {
            Ok(mut s) => {
                s.path = Some(path.to_path_buf());
                Ok(s)
            }
            Err(m) => bail!(m.located(&text, &path.display().to_string(), lang)),
        }
    }

    #[cfg(test)]
    /// Parses and checks settings text (a mistake says where it is, as
    /// `fabriques.toml:LINE:COLUMN`).
    pub fn parse(text: &str, lang: Lang) -> Result<Settings> {
        settings::read(text, lang).map_err(|m| anyhow!(m.located(text, SETTINGS_FILE, lang)))
    }
}

/// Everything a command needs to know about the register, resolved once.
#[derive(Debug)]
pub struct Config {
    /// The records' folder as the user named it (relative to `cwd` when
    /// relative): for messages. [`Config::resolve_path`] gives the path to
    /// read.
    pub data_dir: PathBuf,
    pub settings: Settings,
    pub lang: Lang,
    /// The working directory, for showing paths relative to it.
    pub cwd: Option<PathBuf>,
}

impl Config {
    /// Resolves the register from the flags and the working directory.
    pub fn resolve(data: Option<&Path>, config: Option<&Path>, lang: Lang, cwd: Option<PathBuf>) -> Result<Config> {
        let (data_dir, settings_path) = match data {
            Some(dir) => {
                let beside = absolute(dir, cwd.as_deref())
                    .canonicalize()
                    .ok()
                    .and_then(|d| d.parent().map(|p| p.join(SETTINGS_FILE)))
                    .filter(|p| p.is_file());
                (dir.to_path_buf(), beside)
            }
            None => {
                let start = cwd.clone().ok_or_else(|| anyhow!(ui::no_cwd(lang)))?;
                let root = find_root(&start).ok_or_else(|| anyhow!(ui::no_register(lang, &start)))?;
                let settings = Some(root.join(SETTINGS_FILE)).filter(|p| p.is_file());
                (root.join(DATA_DIR), settings)
            }
        };
        let settings_path = config.map(Path::to_path_buf).or(settings_path);
        let settings = match &settings_path {
            Some(p) => Settings::load(p, cwd.as_deref(), lang)?,
            None => Settings::default(),
        };
        Ok(Config {
            data_dir,
            settings,
            lang,
            cwd,
        })
    }

    /// A path given on the command line, as the program must open it: the
    /// run's working directory is not the process's (tests run the tool
    /// in-process), so a relative path is joined to it.
    pub fn resolve_path(&self, path: &Path) -> PathBuf {
        absolute(path, self.cwd.as_deref())
    }

    /// No register: built-in rules and vocabularies only.
    pub fn builtin(lang: Lang, cwd: Option<PathBuf>) -> Config {
        Config {
            data_dir: PathBuf::from(DATA_DIR),
            settings: Settings::default(),
            lang,
            cwd,
        }
    }

    /// The severity of a rule in this register.
    pub fn severity(&self, rule: &rules::Rule) -> Severity {
        self.settings.severities.get(rule.id)
    }
}

use crate::load::absolute;

/// The first folder from `start` upwards holding `fabriques.toml` or `data/`.
pub fn find_root(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .find(|dir| dir.join(SETTINGS_FILE).is_file() || dir.join(DATA_DIR).is_dir())
        .map(Path::to_path_buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_set_severities_vocabulary_and_networks() {
        let s = Settings::parse(
            r#"
[regles]
invalid-url = "avertissement"
duplicate-name = "warning"

[vocabulaire.categories]
tiers_lieu_nourricier = { libelle = "Tiers-lieu nourricier", definition = "Alimentation durable" }

[reseaux.fabmob]
nom = "La Fabrique des Mobilités"
site = "https://lafabriquedesmobilites.fr"
"#,
            Lang::Fr,
        )
        .unwrap();
        assert_eq!(s.severities.get(rules::RuleId::InvalidUrl), Severity::Warning);
        assert!(s.vocab.get("categories").contains("tiers_lieu_nourricier"));
        assert_eq!(
            s.vocab.get("reseaux").get("fabmob").unwrap().libelle,
            "La Fabrique des Mobilités"
        );
    }

    #[test]
    fn bad_settings_are_refused_with_a_reason() {
        for bad in [
            "[regles]\nunknwn-key = \"error\"\n",
            "[regles]\nunknown-key = \"fatal\"\n",
            "[vocabulaire.categorie]\nx = { libelle = \"x\" }\n",
            "[vocabulaire.categories]\n\"Pas Un Code\" = { libelle = \"x\" }\n",
            "[vocabulaire.precisions_point]\nrue = { libelle = \"x\" }\n",
            "[autre]\n",
        ] {
            assert!(Settings::parse(bad, Lang::Fr).is_err(), "{bad}");
        }
        let err = Settings::parse("[regles]\nunknwn-key = \"error\"\n", Lang::Fr).unwrap_err();
        assert!(format!("{err:#}").contains("unknown-key"), "{err:#}");
    }

    #[test]
    fn the_root_is_found_upwards() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("data/sous")).unwrap();
        let found = find_root(&dir.path().join("data/sous")).unwrap();
        // data/sous has no data/ of its own; data/ does not either; the root does.
        assert_eq!(found, dir.path());
    }
}
