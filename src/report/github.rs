//! GitHub Actions workflow commands: each diagnostic becomes an annotation
//! on the pull request's diff (`::error file=...,line=...,col=...::...`).
//! See "Workflow commands for GitHub Actions" for the escaping rules.

use std::io::{self, Write};

use super::{each_located, skip_reason, Report};
use crate::diagnostic::Severity;
use crate::messages::ui;

/// Escapes a message (`%`, CR, LF).
fn data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escapes a property value (also `:` and `,`).
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

pub fn write(report: &Report<'_>, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<()> {
    let lang = report.lang;
    for s in report.skipped {
        writeln!(
            out,
            "::notice file={}::{}",
            property(&s.path.display().to_string()),
            data(skip_reason(s.reason, lang))
        )?;
    }
    each_located(report.diagnostics, |l| {
        let d = l.diag;
        let level = match d.severity {
            Severity::Error => "error",
            _ => "warning",
        };
        let mut message = d.message.render(lang);
        if let Some(help) = &d.help {
            message.push('\n');
            message.push_str(ui::HELP_LABEL.get(lang));
            message.push_str(": ");
            message.push_str(&help.render(lang));
        }
        writeln!(
            out,
            "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{}",
            property(&d.file.display().to_string()),
            l.start.line,
            l.start.column,
            l.end.line,
            l.end.column,
            property(d.rule),
            data(&message)
        )
    })?;
    writeln!(err, "{}", report.summary())
}

#[cfg(test)]
mod tests {
    #[test]
    fn escaping_follows_the_workflow_command_rules() {
        assert_eq!(super::data("50% a\nb"), "50%25 a%0Ab");
        assert_eq!(super::property("a:b,c"), "a%3Ab%2Cc");
    }
}
