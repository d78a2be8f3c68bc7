//! `invalid-url`: a web address that a browser could not open.
//!
//! Only complete `http://` or `https://` addresses are accepted: the
//! exports turn them into links on the wiki and the map.

use super::{Check, Rule, RuleId, Sink};
use crate::diagnostic::{Severity, Span};
use crate::messages::rules::invalid_url as t;
use crate::messages::{Message, Text};

pub(crate) static RULE: Rule = Rule {
    id: RuleId::InvalidUrl,
    name: "invalid-url",
    severity: Severity::Error,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "site_web = \"www.lab01.fr\"\n",
    good: "site_web = \"http://www.lab01.fr\"\n",
    check: Check::Schema,
};

/// Why `s` is not an acceptable address, or `None` when it is.
pub(crate) fn problem(s: &str) -> Option<&'static Text> {
    if s.chars().any(char::is_whitespace) {
        return Some(&t::REASON_SPACE);
    }
    let url = match url::Url::parse(s) {
        Ok(url) => url,
        Err(url::ParseError::RelativeUrlWithoutBase) => return Some(&t::REASON_SCHEME),
        Err(_) => return Some(&t::REASON_MALFORMED),
    };
    if url.scheme() != "http" && url.scheme() != "https" {
        return Some(&t::REASON_SCHEME);
    }
    match url.host_str() {
        Some(host) if host.contains('.') || host == "localhost" => None,
        _ => Some(&t::REASON_HOST),
    }
}

/// Checks the address `value` of field `path`.
pub(crate) fn check(sink: &mut Sink, span: Span, path: &str, value: &str) {
    if let Some(reason) = problem(value) {
        let help = if !value.contains("://") && value.contains('.') && !value.contains(' ') {
            Message::new(&t::HELP_PREFIX).arg("exemple", format!("https://{value}"))
        } else {
            Message::new(&t::HELP)
        };
        sink.push(
            &RULE,
            span,
            Message::new(&t::MESSAGE)
                .arg("champ", path)
                .arg("url", value)
                .arg_text("raison", reason),
            Some(help),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::problem;

    #[test]
    fn accepts_complete_http_addresses_only() {
        assert!(problem("http://www.lab01.fr").is_none());
        assert!(problem("https://movilab.org/wiki/Fabriques_de_Territoire").is_none());
        assert!(problem("www.lab01.fr").is_some());
        assert!(problem("ftp://lab01.fr").is_some());
        assert!(problem("https://lab01 .fr").is_some());
        assert!(problem("https://").is_some());
        assert!(problem("https://intranet/").is_some());
        assert!(problem("mailto:contact@lab01.fr").is_some());
    }
}
