//! Where the register is and how it is configured, resolved once per run.
//!
//! The register's root is the first folder, from the working directory
//! upwards, that holds `fabriques.toml` or `data/` (as cargo finds
//! `Cargo.toml`); `--data DIR` names the records' folder directly, and then
//! the settings are read from `fabriques.toml` beside it (in its parent), if
//! there is one, unless `--config FILE` says otherwise. `fabriques.toml`
//! holds the register's settings: rule severities (`[regles]`), vocabulary
//! additions (`[vocabulaire.NAME]`) and the networks registry
//! (`[reseaux.CODE]`). A broken settings file is an error of the tool
//! (exit 2): nothing can be validated against unknown settings.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context, Result};
use serde::Deserialize;

use crate::diagnostic::Severity;
use crate::messages::{ui, Lang};
use crate::rules::{self, Severities};
use crate::suggest::closest;
use crate::vocab::{self, LocalEntry, Vocabularies};

pub const SETTINGS_FILE: &str = "fabriques.toml";
pub const DATA_DIR: &str = "data";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SettingsFile {
    #[serde(default)]
    regles: BTreeMap<String, String>,
    #[serde(default)]
    vocabulaire: BTreeMap<String, BTreeMap<String, EntryDef>>,
    #[serde(default)]
    reseaux: BTreeMap<String, Reseau>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryDef {
    libelle: String,
    #[serde(default)]
    definition: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Reseau {
    nom: String,
    #[serde(default)]
    site: Option<String>,
    #[serde(default)]
    description: Option<String>,
}

/// The register's settings, checked.
#[derive(Debug)]
pub struct Settings {
    /// The file they came from, if any.
    pub path: Option<PathBuf>,
    pub severities: Severities,
    pub vocab: Vocabularies,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            path: None,
            severities: Severities::default(),
            vocab: Vocabularies::new(&[]),
        }
    }
}

impl Settings {
    /// Reads and checks a settings file (`path` as the user named it,
    /// relative to `cwd`).
    pub fn load(path: &Path, cwd: Option<&Path>, lang: Lang) -> Result<Settings> {
        let text = std::fs::read_to_string(absolute(path, cwd)).with_context(|| ui::settings_unreadable(lang, path))?;
        Settings::parse(&text, lang)
            .with_context(|| ui::settings_invalid(lang, path))
            .map(|mut s| {
                s.path = Some(path.to_path_buf());
                s
            })
    }

    /// Parses and checks settings text.
    pub fn parse(text: &str, lang: Lang) -> Result<Settings> {
        let file: SettingsFile = toml::from_str(text).map_err(|e| anyhow!("{e}"))?;
        let mut severities = Severities::default();
        for (rule, level) in &file.regles {
            let Some(found) = rules::find(rule) else {
                bail!(ui::settings_unknown_rule(
                    lang,
                    rule,
                    closest(rule, rules::names(), 1).first().copied()
                ));
            };
            let severity =
                Severity::parse(level).ok_or_else(|| anyhow!(ui::settings_bad_severity(lang, rule, level)))?;
            severities.set(found.id, severity);
        }
        let mut additions = Vec::new();
        for (name, entries) in &file.vocabulaire {
            if name == "reseaux" {
                bail!(ui::settings_networks_elsewhere(lang));
            }
            if vocab::CLOSED.contains(&name.as_str()) {
                bail!(ui::settings_closed_vocabulary(lang, name));
            }
            if !vocab::NAMES.contains(&name.as_str()) {
                bail!(ui::settings_unknown_vocabulary(
                    lang,
                    name,
                    closest(name, vocab::NAMES.iter().copied(), 1).first().copied()
                ));
            }
            for (code, e) in entries {
                if !vocab::is_valid_code(code) {
                    bail!(ui::settings_bad_code(lang, code));
                }
                additions.push(LocalEntry {
                    vocabulary: name.clone(),
                    code: code.clone(),
                    libelle: e.libelle.clone(),
                    definition: e.definition.clone(),
                });
            }
        }
        for (code, r) in &file.reseaux {
            if !vocab::is_valid_code(code) {
                bail!(ui::settings_bad_code(lang, code));
            }
            let definition = match (&r.description, &r.site) {
                (Some(d), Some(s)) => format!("{d} ({s})"),
                (Some(d), None) => d.clone(),
                (None, Some(s)) => s.clone(),
                (None, None) => String::new(),
            };
            additions.push(LocalEntry {
                vocabulary: "reseaux".into(),
                code: code.clone(),
                libelle: r.nom.clone(),
                definition,
            });
        }
        Ok(Settings {
            path: None,
            severities,
            vocab: Vocabularies::new(&additions),
        })
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
