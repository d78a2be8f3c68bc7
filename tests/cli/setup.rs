//! At home in its ecosystem: `init` (and this repository's own workflow),
//! shell completions, the manual page, `--version`, colours as the
//! conventions ask, and exit codes documented as they are.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use crate::{fabriques, movilab, root, run, run_raw, Fabriques};

#[test]
fn init_creates_a_register_that_validates_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let depot = "https://example.org/fabriques.git";
    let (code, out, err) = run(fabriques(dir.path()).args(["init", "registre", "--depot", depot]));
    assert_eq!(code, 0, "{err}");
    let created: Vec<&str> = out.lines().collect();
    assert_eq!(
        created,
        [
            "registre/fabriques.toml",
            "registre/data/.gitkeep",
            "registre/.github/workflows/fabriques.yml",
            "registre/.pre-commit-config.yaml",
            "registre/.taplo.toml",
            "registre/fabriques.schema.json"
        ]
    );
    let reg = dir.path().join("registre");
    // The new register validates, with no note about data/.gitkeep.
    let (code, out, err) = run(fabriques(&reg).arg("validate"));
    assert_eq!(
        (code, out.as_str(), err.as_str()),
        (0, "", "0 fiche vérifiée : 0 erreur, 0 avertissement\n")
    );
    // Its settings list every rule at its default severity; uncommented,
    // they are valid settings that change nothing.
    let settings = fs::read_to_string(reg.join("fabriques.toml")).unwrap();
    let (_, rules, _) = run(fabriques(&reg).args(["rules"]));
    for line in rules.lines().skip(1) {
        let name = line.split_whitespace().next().unwrap();
        assert!(settings.contains(&format!("# {name} = \"")), "{name}");
    }
    let uncommented: String = settings
        .lines()
        .filter(|l| {
            l.starts_with("# [regles]")
                || (l.starts_with("# ") && l.ends_with('"') && l.contains(" = \"") && !l.contains('{'))
        })
        .filter(|l| !l.contains("nom = ") && !l.contains("site = "))
        .map(|l| format!("{}\n", &l[2..]))
        .collect();
    fs::write(reg.join("fabriques.toml"), &uncommented).unwrap();
    let (code, _, err) = run(fabriques(&reg).arg("validate"));
    assert_eq!(code, 0, "{uncommented}\n{err}");
    // The workflow installs from the repository named and runs validate
    // for GitHub; the pre-commit configuration uses this repository's hook.
    let workflow = fs::read_to_string(reg.join(".github/workflows/fabriques.yml")).unwrap();
    assert!(
        workflow.contains(&format!("cargo install --locked --git {depot} fabriques")),
        "{workflow}"
    );
    assert!(
        workflow.contains("run: fabriques validate --format github"),
        "{workflow}"
    );
    assert!(workflow.contains("uses: actions/cache@"), "{workflow}");
    let pre_commit = fs::read_to_string(reg.join(".pre-commit-config.yaml")).unwrap();
    assert!(pre_commit.contains(&format!("repo: {depot}")) && pre_commit.contains("id: fabriques-validate"));
    let hooks = fs::read_to_string(root().join(".pre-commit-hooks.yaml")).unwrap();
    assert!(
        hooks.contains("- id: fabriques-validate") && hooks.contains("entry: fabriques validate"),
        "{hooks}"
    );
    // Again: nothing is written, every existing file is named.
    fs::write(reg.join("fabriques.toml"), "# à moi\n").unwrap();
    fs::remove_file(reg.join(".pre-commit-config.yaml")).unwrap();
    let (code, _, err) = run(fabriques(dir.path()).args(["init", "registre", "--depot", depot]));
    assert_eq!(code, 2);
    assert!(
        err.contains("« fabriques.toml », « data/.gitkeep », « .github/workflows/fabriques.yml »"),
        "{err}"
    );
    assert!(!reg.join(".pre-commit-config.yaml").exists(), "nothing is written");
    assert_eq!(fs::read_to_string(reg.join("fabriques.toml")).unwrap(), "# à moi\n");
}

#[test]
fn this_repository_uses_the_workflow_init_writes() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = run(fabriques(dir.path()).args(["init", "--depot", "."]));
    assert_eq!(code, 0, "{err}");
    let written = fs::read_to_string(dir.path().join(".github/workflows/fabriques.yml")).unwrap();
    let committed = fs::read_to_string(root().join(".github/workflows/fabriques.yml")).unwrap();
    assert_eq!(
        written, committed,
        "run `fabriques init --depot . DIR` and copy its workflow"
    );
    assert!(committed.contains("cargo install --locked --path ."));
}

/// The commands, from the help.
fn commands() -> Vec<String> {
    let (_, help, _) = run(fabriques(&root()).arg("--help"));
    help.lines()
        .skip_while(|l| !l.starts_with("Commandes"))
        .skip(1)
        .take_while(|l| !l.is_empty())
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .map(|l| l.split_whitespace().next().unwrap().to_string())
        .collect()
}

#[test]
fn completions_know_every_command_in_every_shell() {
    let commands = commands();
    let (code, bash, _) = run(fabriques(&root()).args(["completions", "bash"]));
    assert_eq!(code, 0);
    assert!(bash.contains("complete -F _fabriques"), "{bash}");
    for c in &commands {
        assert!(bash.contains(&format!("fabriques,{c})")), "{c} missing from bash");
    }
    // The descriptions the other shells show are the French help.
    let (_, fish, _) = run(fabriques(&root()).args(["completions", "fish"]));
    assert!(fish.contains("-a \"validate\" -d 'Vérifie toutes les fiches"), "{fish}");
    // No value described in English (the formats' documentation is for
    // developers, not a help text).
    assert!(!fish.contains("Compiler-style"), "{fish}");
    for shell in ["zsh", "powershell", "elvish"] {
        let (code, script, _) = run(fabriques(&root()).args(["completions", shell]));
        assert_eq!(code, 0);
        assert!(commands.iter().all(|c| script.contains(c.as_str())), "{shell}");
    }
}

/// Whether bash accepts the completion script, and completes a command.
#[test]
fn bash_loads_the_completion_script() {
    let Ok(bash) = which("bash") else { return };
    let (_, script, _) = run(fabriques(&root()).args(["completions", "bash"]));
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("completion.bash"), script).unwrap();
    let output = std::process::Command::new(bash)
        .arg("-c")
        .arg("source completion.bash && COMP_WORDS=(fabriques val) COMP_CWORD=1 && _fabriques fabriques val fabriques && echo \"${COMPREPLY[@]}\"")
        .current_dir(dir.path())
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(said.trim(), "validate");
}

fn which(program: &str) -> Result<std::path::PathBuf, ()> {
    std::env::var_os("PATH")
        .and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|p| p.join(program))
                .find(|p| p.is_file())
        })
        .ok_or(())
}

#[test]
fn the_manual_page_is_in_french() {
    let (code, page, _) = run(fabriques(&root()).arg("man"));
    assert_eq!(code, 0);
    assert!(page.starts_with(".ie \\n(.g .ds Aq"), "roff: {page}");
    let headings: Vec<&str> = page.lines().filter(|l| l.starts_with(".SH ")).collect();
    assert_eq!(
        headings,
        [
            ".SH \"NOM\"",
            ".SH \"SYNOPSIS\"",
            ".SH \"DESCRIPTION\"",
            ".SH \"OPTIONS\"",
            ".SH \"COMMANDES\"",
            ".SH \"CODES DE SORTIE\"",
            ".SH \"VERSION\""
        ]
    );
    assert!(
        page.contains("Manuel de fabriques") && page.contains("fabriques\\-validate(1)"),
        "{page}"
    );
    let (code, page, _) = run(fabriques(&root()).args(["man", "validate"]));
    assert_eq!(code, 0);
    assert!(
        page.contains(".SH \"ARGUMENTS\"") && page.contains("\\-\\-stdin\\-filename"),
        "{page}"
    );
    assert!(page.contains("\\-\\-data"), "the shared flags too: {page}");
    let (_, english, _) = run(fabriques(&root()).args(["--lang", "en", "man"]));
    assert!(english.contains(".SH \"NAME\"") && english.contains(".SH \"EXIT STATUS\""));
}

#[test]
fn the_version_names_the_geography_edition() {
    let (code, out, _) = run(fabriques(&root()).arg("--version"));
    assert_eq!(code, 0);
    assert_eq!(
        out,
        format!(
            "fabriques {}\ngéographie : Code officiel géographique 2026 (INSEE, La Poste), paquet @etalab/decoupage-administratif 6.0.0 ; contours des départements : ANCT / IGN Admin Express, contours des départements, 2023, Licence Ouverte 2.0\n",
            env!("CARGO_PKG_VERSION")
        )
    );
    let (_, out, _) = run(fabriques(&root()).args(["--lang", "en", "-V"]));
    assert!(out.contains("\ngeography: Code officiel géographique 2026"), "{out}");
}

/// Whether a run's diagnostics are coloured.
fn coloured(f: &mut Fabriques) -> bool {
    let (_, out, _) = run_raw(f);
    out.contains('\u{1b}')
}

#[test]
fn colours_follow_the_flag_then_no_color_then_clicolor() {
    let data = root().join("tests/fixtures/snapshot/data");
    let validate = |vars: &[(&str, &str)], terminal: bool, flag: Option<&str>| {
        let mut f = fabriques(&root());
        f.arg("--data").arg(&data);
        if let Some(flag) = flag {
            f.args(["--color", flag]);
        }
        f.arg("validate");
        for (k, v) in vars {
            f.env(k, v);
        }
        f.terminal(terminal);
        coloured(&mut f)
    };
    assert!(validate(&[], true, None), "a terminal");
    assert!(!validate(&[], false, None), "piped");
    assert!(validate(&[("CLICOLOR_FORCE", "1")], false, None), "forced");
    assert!(!validate(&[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")], false, None));
    assert!(!validate(&[("CLICOLOR", "0")], true, None));
    assert!(!validate(&[("TERM", "dumb")], true, None));
    assert!(validate(&[("NO_COLOR", "1")], false, Some("always")), "the flag first");
    assert!(!validate(&[("CLICOLOR_FORCE", "1")], true, Some("never")));
}

/// The exit codes a command's help documents.
fn documented(command: &str) -> BTreeSet<i32> {
    let (_, help, _) = run(fabriques(&root()).args([command, "--help"]));
    help.lines()
        .skip_while(|l| !l.starts_with("Codes de sortie"))
        .filter_map(|l| l.strip_prefix("  ")?.split("  ").next()?.parse().ok())
        .collect()
}

#[test]
fn each_command_exits_with_the_codes_its_help_documents() {
    let bundled = root();
    let dir = tempfile::tempdir().unwrap();
    let (_, csv, _) = run(fabriques(&bundled).args([
        "list",
        "--format",
        "csv",
        "--colonnes",
        "id,nom,statut,commune,code_postal,code_insee,qpv,numerique,labellisation,structure,actions,reseaux",
    ]));
    fs::create_dir(dir.path().join("data")).unwrap();
    fs::copy(bundled.join("fabriques.toml"), dir.path().join("fabriques.toml")).unwrap();
    fs::write(dir.path().join("bon.csv"), csv).unwrap();
    fs::write(dir.path().join("mauvais.csv"), "nom,qpv\nAutre lieu,peut-être\n").unwrap();
    let empty = tempfile::tempdir().unwrap();
    let messy = tempfile::tempdir().unwrap();
    let site_dir = tempfile::tempdir().unwrap();
    let site_out = site_dir.path().join("site");
    fs::create_dir(messy.path().join("data")).unwrap();
    fs::write(messy.path().join("data/x.toml"), "qpv=true\n").unwrap();
    let messy_settings = tempfile::tempdir().unwrap();
    fs::write(messy_settings.path().join("fabriques.toml"), "[regles]\nnope = 1\n").unwrap();
    let here = dir.path();
    let web = empty.path().join("web");
    let web = web.to_str().unwrap();
    let not_a_site = here.to_str().unwrap();
    let runs: &[(&str, &Path, &[&str], i32)] = &[
        ("validate", &bundled, &["validate"], 0),
        (
            "validate",
            &bundled,
            &["--data", "tests/fixtures/snapshot/data", "validate"],
            1,
        ),
        ("validate", &bundled, &["validate", "absente.toml"], 2),
        ("rules", &bundled, &["rules"], 0),
        ("rules", &bundled, &["rules", "nope"], 2),
        ("vocab", &bundled, &["vocab"], 0),
        ("vocab", &bundled, &["vocab", "nope"], 2),
        ("list", &bundled, &["list"], 0),
        ("list", &movilab(), &["list", "--fail-empty", "--departement", "2A"], 1),
        ("list", &bundled, &["list", "--colonnes", "nope"], 2),
        ("show", &bundled, &["show", "lab01"], 0),
        ("show", &bundled, &["show", "nope"], 1),
        ("show", empty.path(), &["show", "lab01"], 2),
        ("export", &bundled, &["export"], 0),
        ("export", &bundled, &["export", "--geojson", "--strict"], 1),
        ("export", &bundled, &["export", "--delimiter", "ab"], 2),
        ("criteres", &bundled, &["criteres"], 0),
        ("criteres", &bundled, &["criteres", "--departement", "nope"], 2),
        ("stats", &bundled, &["stats"], 0),
        ("stats", &bundled, &["stats", "--departement", "nope"], 2),
        ("actions", &bundled, &["actions"], 0),
        ("actions", &bundled, &["actions", "--action", "nope"], 2),
        ("liens", &bundled, &["liens"], 0),
        ("liens", &bundled, &["liens", "--departement", "nope"], 2),
        ("site", &movilab(), &["site", "-o", web], 0),
        ("site", &movilab(), &["site", "-o", not_a_site], 2),
        ("geo", &bundled, &["geo", "Chambéry"], 0),
        ("geo", &bundled, &["geo", "Qwxzvk"], 1),
        ("geo", &bundled, &["geo", "--format", "nope", "x"], 2),
        ("new", here, &["new", "Un lieu", "--commune", "Chambéry"], 0),
        ("new", here, &["new", "Un lieu", "--commune", "Chambéry"], 2),
        ("fmt", &bundled, &["fmt", "--check"], 0),
        ("fmt", messy.path(), &["fmt", "--check"], 1),
        ("fmt", &bundled, &["fmt", "absente.toml"], 2),
        ("import", here, &["import", "bon.csv"], 0),
        ("import", here, &["import", "mauvais.csv"], 1),
        ("import", here, &["import", "absent.csv"], 2),
        ("init", empty.path(), &["init", "--depot", "."], 0),
        ("init", empty.path(), &["init", "--depot", "."], 2),
        ("completions", &bundled, &["completions", "bash"], 0),
        ("completions", &bundled, &["completions", "tcsh"], 2),
        ("site", &bundled, &["site", "-o", site_out.to_str().unwrap()], 0),
        ("site", &bundled, &["site", "--depot", "pas une adresse"], 2),
        ("man", &bundled, &["man"], 0),
        ("man", &bundled, &["man", "nope"], 2),
        ("schema", &bundled, &["schema"], 0),
        ("schema", &bundled, &["schema", "--nope"], 2),
        ("schema", messy_settings.path(), &["schema"], 2),
    ];
    let mut reached: std::collections::BTreeMap<&str, BTreeSet<i32>> = Default::default();
    for (command, dir, args, expected) in runs {
        let (code, out, err) = run(fabriques(dir).args(args.iter().copied()));
        assert_eq!(code, *expected, "{args:?}\n{out}{err}");
        reached.entry(command).or_default().insert(code);
    }
    for command in commands().iter().filter(|c| *c != "help") {
        let documented = documented(command);
        assert_eq!(reached.get(command.as_str()), Some(&documented), "{command}");
    }
}
