//! `fabriques rules [NAME]`: the rules, their severities in this register,
//! and the documentation of one rule.

use std::io::Write;

use anyhow::{bail, Result};

use crate::config::Config;
use crate::context::Context;
use crate::messages::{ui, Lang};
use crate::rules::{self, Rule};
use crate::suggest::closest;
use crate::table::{Column, Table};

/// The arguments of `rules`.
#[derive(Debug, clap::Args)]
pub(crate) struct RulesArgs {
    #[arg(value_name = "REGLE")]
    pub name: Option<String>,
}

pub(crate) fn run(cx: &Context, args: &RulesArgs, out: &mut dyn Write) -> Result<u8> {
    let (config, lang, terminal, name) = (&cx.config, cx.lang, cx.terminal, args.name.as_deref());
    match name {
        None => {
            let mut t = Table::new(vec![
                Column::new(ui::COL_RULE.get(lang)),
                Column::new(ui::COL_SEVERITY.get(lang)),
                Column::new(ui::COL_DESCRIPTION.get(lang)).wrap(20),
            ]);
            for r in rules::ALL {
                t.row([r.name, config.severity(r).label(lang), r.summary.get(lang)]);
            }
            t.write(out, cx.width, lang)?;
            if terminal {
                writeln!(out, "{}", ui::RULES_HINT.get(lang))?;
            }
        }
        Some(name) => {
            let Some(rule) = rules::find(name) else {
                let s = closest(name, rules::names(), 1);
                bail!(ui::unknown_name(
                    lang,
                    &ui::UNKNOWN_RULE,
                    name,
                    s.first().copied(),
                    "rules"
                ));
            };
            explain(config, rule, lang, out)?;
        }
    }
    Ok(0)
}

fn indent(s: &str) -> String {
    s.lines().map(|l| format!("    {l}\n")).collect()
}

fn explain(config: &Config, rule: &Rule, lang: Lang, out: &mut dyn Write) -> Result<()> {
    writeln!(out, "{} — {}", rule.name, rule.summary.get(lang))?;
    let line = crate::messages::fill(
        ui::RULE_SEVERITY_LINE.get(lang),
        &[
            ("gravite", config.severity(rule).label(lang).to_string()),
            ("defaut", rule.severity.label(lang).to_string()),
        ],
    );
    writeln!(out, "{line}\n")?;
    writeln!(out, "{}\n{}", ui::RULE_WHY.get(lang), indent(rule.why.get(lang)))?;
    writeln!(out, "{}\n{}", ui::RULE_BAD.get(lang), indent(rule.bad))?;
    writeln!(out, "{}\n{}", ui::RULE_GOOD.get(lang), indent(rule.good))?;
    let example = format!(
        "[validation]\nignorer = [{{ regle = \"{}\", raison = \"...\" }}]\n",
        rule.name
    );
    write!(out, "{}\n{}", ui::RULE_IGNORE.get(lang), indent(&example))?;
    Ok(())
}
