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

/// The host of a plain web address, read without the `url` crate: an
/// `http://` or `https://` address whose host is lowercase ASCII letters,
/// digits, hyphens and dots (in labels that are not empty, the last one
/// starting with a letter, no `xn--`), and whose rest is printable ASCII
/// but `\\`. The `url` crate reads such an address without fail and gives
/// it this host (the tests check it on generated addresses); `None` says
/// "ask the `url` crate". Most addresses of a register are such: this
/// spares a full parse (and its allocations) per address.
pub(crate) fn plain_host(s: &str) -> Option<&str> {
    let rest = s.strip_prefix("https://").or_else(|| s.strip_prefix("http://"))?;
    let bytes = rest.as_bytes();
    let end = bytes.iter().position(|&b| matches!(b, b'/' | b'?' | b'#')).unwrap_or(bytes.len());
    let (host, tail) = bytes.split_at(end);
    // One pass over the host: its labels, and the first byte of the last.
    let mut at_label_start = true;
    let mut last_first = 0;
    for &b in host {
        match b {
            b'a'..=b'z' | b'0'..=b'9' | b'-' if at_label_start => {
                last_first = b;
                at_label_start = false;
            }
            b'a'..=b'z' | b'0'..=b'9' | b'-' => {}
            b'.' if !at_label_start => at_label_start = true,
            _ => return None,
        }
    }
    let plain = !at_label_start
        && last_first.is_ascii_lowercase()
        && !host.windows(4).any(|w| w == b"xn--")
        && tail.iter().all(|&b| matches!(b, b'!'..=b'~') && b != b'\\');
    plain.then(|| &rest[..end])
}

/// The host of a web address (`None` when it has none or does not
/// parse).
pub(crate) fn host(s: &str) -> Option<std::borrow::Cow<'_, str>> {
    if let Some(host) = plain_host(s) {
        return Some(std::borrow::Cow::Borrowed(host));
    }
    let url = url::Url::parse(s).ok()?;
    url.host_str().map(|h| std::borrow::Cow::Owned(h.to_string()))
}

/// Why `s` is not an acceptable address, or `None` when it is.
pub(crate) fn problem(s: &str) -> Option<&'static Text> {
    // A plain address holds no space.
    if let Some(host) = plain_host(s) {
        return (!host.contains('.') && host != "localhost").then_some(&t::REASON_HOST);
    }
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
    use super::{plain_host, problem};
    use proptest::prelude::*;

    /// What the `url` crate says of `s`: its problem and host, as
    /// `problem` decided before the shortcut.
    fn by_the_url_crate(s: &str) -> (bool, Option<String>) {
        match url::Url::parse(s) {
            Ok(u) => {
                let web = matches!(u.scheme(), "http" | "https");
                let host = u.host_str().map(str::to_string);
                let ok = web && host.as_deref().is_some_and(|h| h.contains('.') || h == "localhost");
                (ok, host)
            }
            Err(_) => (false, None),
        }
    }

    fn agrees(s: &str) {
        if let Some(host) = plain_host(s) {
            let (ok, by_url) = by_the_url_crate(s);
            assert_eq!(Some(host), by_url.as_deref(), "{s:?}");
            assert_eq!(problem(s).is_none(), ok, "{s:?}");
        }
    }

    #[test]
    fn the_shortcut_reads_plain_addresses_as_the_url_crate_does() {
        for s in [
            "http://www.lab01.fr",
            "https://movilab.org/wiki/Fabriques_de_Territoire",
            "https://a.b/c?d=e&f#g",
            "https://intranet/",
            "https://localhost:8080/x",
            "https://x.123/",
            "https://1.2.3.4/",
            "https://xn--bcher-kva.fr/",
            "https://a..b/",
            "https://a.b./",
            "https://a.b/%zz/<>\"{}|^`",
            "https://a.b:99999/",
            "https://user:pw@a.b/",
            "https://a-.b/",
        ] {
            agrees(s);
        }
        assert_eq!(plain_host("https://www.lab01.fr/x"), Some("www.lab01.fr"));
        assert_eq!(plain_host("https://Lab01.fr"), None);
        assert_eq!(plain_host("https://1.2.3.4/"), None);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        /// Generated addresses close to the shortcut's edge: the host
        /// it reads is the `url` crate's, and so is the verdict.
        #[test]
        fn plain_hosts_are_the_url_crates(
            scheme in prop::sample::select(vec!["http://", "https://", "HTTP://", "ftp://", "http:/"]),
            host in "[a-z0-9.\\-]{0,12}(\\.[a-z0-9x\\-]{1,5}){0,2}",
            port in prop::option::of(0u32..70000),
            tail in "[!-~]{0,12}",
        ) {
            let port = port.map_or(String::new(), |p| format!(":{p}"));
            let s = format!("{scheme}{host}{port}/{tail}");
            agrees(&s);
            let s = format!("{scheme}{host}{tail}");
            agrees(&s);
        }

        /// Hosts of any printable ASCII and Latin letters, whatever the
        /// shortcut makes of them.
        #[test]
        fn any_host_agrees(host in "[!-~àéÉ]{0,16}", tail in "[ -~é]{0,8}") {
            agrees(&format!("https://{host}/{tail}"));
            agrees(&format!("http://{host}"));
        }
    }

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
