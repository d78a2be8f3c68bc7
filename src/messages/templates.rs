//! The files `fabriques init` writes into a new register, in both
//! languages: their comments are texts the register's keepers read.
//! Placeholders (`{name}`) are filled by `cmd::init`; the workflow's own
//! `${{ ... }}` expressions are GitHub's, written with doubled braces
//! only where a placeholder sits beside them (see `cmd::init::fill`).

use super::Text;

macro_rules! text {
    ($name:ident, $fr:expr, $en:expr) => {
        pub static $name: Text = Text { fr: $fr, en: $en };
    };
}

text!(
    SETTINGS_HEAD,
    "# Réglages du registre des Fabriques de Territoire (créés par `fabriques init`).
# Le format est décrit dans docs/format.md du dépôt de fabriques, section
# « fabriques.toml ». Tout est en commentaire : ce sont les valeurs par défaut.

# Gravité de chaque règle : \"erreur\", \"avertissement\" ou \"désactivée\".
# `fabriques rules` les liste, `fabriques rules NOM` explique l'une d'elles.
# Décommentez une ligne pour changer la gravité d'une règle.
# [regles]
",
    "# Settings of the register of the Fabriques de Territoire (written by `fabriques init`).
# The format is described in docs/format.md of the fabriques repository,
# section « fabriques.toml ». Everything is commented out: these are the defaults.

# Severity of each rule: \"error\", \"warning\" or \"allow\".
# `fabriques rules` lists them, `fabriques rules NAME` explains one.
# Uncomment a line to change a rule's severity.
# [regles]
"
);
text!(
    SETTINGS_TAIL,
    "
# Codes ajoutés aux vocabulaires contrôlés (`fabriques vocab`), par exemple :
# [vocabulaire.categories]
# tiers_lieu_nourricier = { libelle = \"Tiers-lieu nourricier\", definition = \"Alimentation durable\" }

# Les réseaux que les fiches citent dans `reseaux = [\"...\"]`, par exemple :
# [reseaux.fabmob]
# nom = \"La Fabrique des Mobilités\"
# site = \"https://lafabriquedesmobilites.fr\"

# Le site web que `fabriques site` écrit, par exemple :
# [site]
# titre = \"Fabriques de Territoire des Hauts-de-France\"  # titre des pages
# depot = \"https://github.com/organisation/registre\"  # lien « proposer une correction »
# branche = \"main\"  # branche où corriger les fiches
# tuiles_osm = false  # true : fond OpenStreetMap proposé (en ligne)
",
    "
# Codes added to the controlled vocabularies (`fabriques vocab`), for example:
# [vocabulaire.categories]
# tiers_lieu_nourricier = { libelle = \"Tiers-lieu nourricier\", definition = \"Alimentation durable\" }

# The networks the records name in `reseaux = [\"...\"]`, for example:
# [reseaux.fabmob]
# nom = \"La Fabrique des Mobilités\"
# site = \"https://lafabriquedesmobilites.fr\"

# The website `fabriques site` writes, for example:
# [site]
# titre = \"Fabriques de Territoire des Hauts-de-France\"  # the pages' title
# depot = \"https://github.com/organisation/registre\"  # « proposer une correction » link
# branche = \"main\"  # the branch to edit
# tuiles_osm = false  # true: OpenStreetMap offered as a base layer (online)
"
);

text!(
    WORKFLOW,
    "# Vérifie les fiches du registre des Fabriques de Territoire (écrit par
# `fabriques init`) : à chaque envoi et à chaque demande de fusion, installe
# fabriques et lance `fabriques validate` sur data/ ; chaque problème
# s'affiche en annotation sur la ligne de la fiche qui l'a causé.
name: fabriques

on:
  push:
  pull_request:

jobs:
  valider:
    name: Vérifier les fiches
    runs-on: ubuntu-latest
    env:
      # Compilation de fabriques gardée en cache d'une exécution à l'autre.
      CARGO_TARGET_DIR: ${{ github.workspace }}/.fabriques-compilation
    steps:
      - uses: actions/checkout@v4
{version}
      - name: Cache de fabriques
        uses: actions/cache@v4
        with:
          path: |
            ~/.cargo/bin/fabriques
            ~/.cargo/.crates.toml
            ~/.cargo/.crates2.json
            ~/.cargo/registry
            ~/.cargo/git
            .fabriques-compilation
          key: fabriques-${{ runner.os }}-{cle}
          restore-keys: fabriques-${{ runner.os }}-
      - name: Installer fabriques
        run: {installation}
      - name: Vérifier les fiches
        run: fabriques validate --format github
      # Pour exiger aussi la mise en forme des fiches, décommentez :
      # - name: Vérifier la mise en forme
      #   run: fabriques fmt --check
",
    "# Checks the records of the register of the Fabriques de Territoire
# (written by `fabriques init`): on every push and pull request, installs
# fabriques and runs `fabriques validate` on data/; each problem shows as an
# annotation on the line of the record that caused it.
name: fabriques

on:
  push:
  pull_request:

jobs:
  valider:
    name: Check the records
    runs-on: ubuntu-latest
    env:
      # The build of fabriques, cached from one run to the next.
      CARGO_TARGET_DIR: ${{ github.workspace }}/.fabriques-compilation
    steps:
      - uses: actions/checkout@v4
{version}
      - name: Cache of fabriques
        uses: actions/cache@v4
        with:
          path: |
            ~/.cargo/bin/fabriques
            ~/.cargo/.crates.toml
            ~/.cargo/.crates2.json
            ~/.cargo/registry
            ~/.cargo/git
            .fabriques-compilation
          key: fabriques-${{ runner.os }}-{cle}
          restore-keys: fabriques-${{ runner.os }}-
      - name: Install fabriques
        run: {installation}
      - name: Check the records
        run: fabriques validate --format github
      # To require the records' layout too, uncomment:
      # - name: Check the layout
      #   run: fabriques fmt --check
"
);
text!(
    WORKFLOW_VERSION_GIT,
    "      - name: Version de fabriques à installer
        id: version
        run: echo \"commit=$(git ls-remote {depot} HEAD | cut -f1)\" >> \"$GITHUB_OUTPUT\"",
    "      - name: Version of fabriques to install
        id: version
        run: echo \"commit=$(git ls-remote {depot} HEAD | cut -f1)\" >> \"$GITHUB_OUTPUT\""
);
text!(
    WORKFLOW_VERSION_HERE,
    "      # fabriques est construit depuis ce dépôt même : le cache suit ses sources.",
    "      # fabriques is built from this very repository: the cache follows its sources."
);

text!(
    PRE_COMMIT_GIT,
    "# Vérifie les fiches modifiées avant chaque commit (https://pre-commit.com) :
#   pip install pre-commit && pre-commit install
# Puis, une fois : `pre-commit autoupdate` remplace `rev: HEAD` par la dernière
# version de fabriques (pre-commit avertit tant que `rev` est HEAD).
repos:
  - repo: {depot}
    rev: HEAD
    hooks:
      - id: fabriques-validate
      # Met aussi les fiches en forme (le commit s'arrête si une fiche change) :
      # - id: fabriques-fmt
",
    "# Checks the changed records before each commit (https://pre-commit.com):
#   pip install pre-commit && pre-commit install
# Then, once: `pre-commit autoupdate` replaces `rev: HEAD` with the latest
# version of fabriques (pre-commit warns while `rev` is HEAD).
repos:
  - repo: {depot}
    rev: HEAD
    hooks:
      - id: fabriques-validate
      # Formats the records too (the commit stops if a record changes):
      # - id: fabriques-fmt
"
);
text!(
    PRE_COMMIT_HERE,
    "# Vérifie les fiches modifiées avant chaque commit (https://pre-commit.com) :
#   pip install pre-commit && pre-commit install
# fabriques doit être installé (cargo install --path .).
repos:
  - repo: local
    hooks:
      - id: fabriques-validate
        name: fabriques validate
        entry: fabriques validate
        language: system
        files: ^data/.*\\.toml$
",
    "# Checks the changed records before each commit (https://pre-commit.com):
#   pip install pre-commit && pre-commit install
# fabriques must be installed (cargo install --path .).
repos:
  - repo: local
    hooks:
      - id: fabriques-validate
        name: fabriques validate
        entry: fabriques validate
        language: system
        files: ^data/.*\\.toml$
"
);

// --- what init says ------------------------------------------------------
text!(
    INIT_EXISTS,
    "{dossier} : rien n'a été écrit, car ces fichiers existent déjà : {fichiers} (fabriques init ne remplace jamais un fichier)",
    "{dossier}: nothing was written, because these files already exist: {fichiers} (fabriques init never replaces a file)"
);
text!(
    INIT_NO_DEPOT,
    "indiquez l'adresse git du dépôt de fabriques avec --depot URL (le flux de travail l'installe depuis ce dépôt), ou --depot . si ce registre est le dépôt de fabriques lui-même",
    "give the git address of the fabriques repository with --depot URL (the workflow installs it from there), or --depot . if this register is the fabriques repository itself"
);
text!(
    INIT_CREATED,
    "registre créé dans {dossier} :",
    "register created in {dossier}:"
);
text!(
    INIT_NEXT,
    "ensuite : `fabriques new \"Nom de la fabrique\" --commune COMMUNE` crée une fiche, `fabriques validate` les vérifie",
    "next: `fabriques new \"Name of the fabrique\" --commune COMMUNE` creates a record, `fabriques validate` checks them"
);
text!(
    TAPLO,
    "# Taplo et l'extension « Even Better TOML » de VS Code complètent et vérifient
# les fiches de data/ pendant la saisie, avec le schéma des fiches
# (fabriques.schema.json, écrit par `fabriques schema`). Après un changement des
# vocabulaires de fabriques.toml :
#   fabriques schema > fabriques.schema.json
include = [\"data/*.toml\"]

[[rule]]
include = [\"data/*.toml\"]

[rule.schema]
path = \"fabriques.schema.json\"
",
    "# Taplo and VS Code's « Even Better TOML » extension complete and check the
# records of data/ as you type, with the records' schema (fabriques.schema.json,
# written by `fabriques schema`). After changing the vocabularies of
# fabriques.toml:
#   fabriques schema > fabriques.schema.json
include = [\"data/*.toml\"]

[[rule]]
include = [\"data/*.toml\"]

[rule.schema]
path = \"fabriques.schema.json\"
"
);
