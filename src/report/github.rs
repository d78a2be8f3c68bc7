//! GitHub Actions workflow commands: each diagnostic becomes an annotation
//! on the pull request's diff (`::error file=...,line=...,col=...::...`).
//! See "Workflow commands for GitHub Actions" for the escaping rules.

use std::io::{self, Write};

use super::{skip_reason, At};
use crate::diagnostic::{Diagnostic, Severity, Skipped};
use crate::messages::{ui, Lang};

/// Escapes a message (`%`, CR, LF); other control characters are made
/// visible (`\u{1b}`): the log that shows annotations obeys ESC.
fn data(s: &str) -> String {
    crate::terminal::escape_lines(s)
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value (also `:` and `,`).
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

/// The files passed over, as notices.
pub(super) fn notices(out: &mut dyn Write, skipped: &[Skipped], lang: Lang) -> io::Result<()> {
    for s in skipped {
        writeln!(
            out,
            "::notice file={}::{}",
            property(&s.path.display().to_string()),
            data(skip_reason(s.reason, lang))
        )?;
    }
    Ok(())
}

/// One annotation. Writing to a `Vec` cannot fail.
pub(super) fn diagnostic(buf: &mut Vec<u8>, at: &At<'_>, d: &Diagnostic, lang: Lang) {
    let level = match d.severity {
        Severity::Error => "error",
        _ => "warning",
    };
    let mut message = d.message.render(lang);
    if let Some(help) = &d.help {
        message.push('\n');
        message.push_str(ui::HELP_LABEL.get(lang));
        message.push_str(crate::messages::before_colon(lang));
        message.push_str(": ");
        help.render_into(lang, &mut message);
    }
    let (start, end) = at.pos.unwrap_or_default();
    let _ = writeln!(
        buf,
        "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{}",
        property(at.file),
        start.line,
        start.column,
        end.line,
        end.column,
        property(d.rule.name()),
        data(&message)
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn escaping_follows_the_workflow_command_rules() {
        assert_eq!(super::data("50% a\nb"), "50%25 a%0Ab");
        assert_eq!(super::property("a:b,c"), "a%3Ab%2Cc");
        assert_eq!(super::data("a\u{1b}[2J\tb"), "a\\u{1b}[2J\tb");
    }
}
