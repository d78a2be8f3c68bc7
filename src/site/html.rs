//! HTML building blocks shared by every page: escaping, the only door
//! through which a record's text enters a page; URL filtering, the only
//! door for a record's link; numbers in the language's typography; and the
//! page shell (head with its Content-Security-Policy, header, navigation,
//! footer).
//!
//! Pages never use inline scripts or `style` attributes, so the policy can
//! forbid both: scripts are files under `assets/`, data for them is in
//! files under `data/` or in `<script type="application/json">` blocks
//! (which browsers never execute).

use std::fmt::{self, Display};

use crate::messages::site as t;
use crate::messages::{Lang, Text};

use super::model::SiteOptions;

/// `write!` into a `String`, which cannot fail.
macro_rules! w {
    ($dst:expr, $($arg:tt)*) => {{
        let _ = ::std::fmt::Write::write_fmt($dst, format_args!($($arg)*));
    }};
}
pub(crate) use w;

/// Text escaped for HTML content and double-quoted attribute values.
pub struct Esc<'a>(pub &'a str);

impl Display for Esc<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut last = 0;
        for (i, c) in self.0.char_indices() {
            let rep = match c {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\0' => "\u{FFFD}",
                _ => continue,
            };
            f.write_str(&self.0[last..i])?;
            f.write_str(rep)?;
            last = i + c.len_utf8();
        }
        f.write_str(&self.0[last..])
    }
}

/// Shorthand for [`Esc`].
pub fn esc(s: &str) -> Esc<'_> {
    Esc(s)
}

/// The URL to put in an `href`, when `s` is an absolute `http(s)` URL;
/// `None` for anything else (`javascript:`, `data:`, relative paths,
/// garbage), so that a record can only ever link to a web page. The URL
/// is returned normalised (spaces and quotes percent-encoded); it still
/// goes through [`esc`] in the attribute.
pub fn safe_url(s: &str) -> Option<String> {
    let url = url::Url::parse(s.trim()).ok()?;
    matches!(url.scheme(), "http" | "https").then(|| url.to_string())
}

/// `12345` → `12 345` (French, with a narrow no-break space) or `12,345`.
pub fn number(n: i64, lang: Lang) -> String {
    let sep = match lang {
        Lang::Fr => "\u{202F}",
        Lang::En => ",",
    };
    crate::register::figures::group_digits_by(n, sep)
}

/// `part / whole` as a rounded percentage (`34 %` / `34%`).
pub fn percent(part: usize, whole: usize, lang: Lang) -> String {
    let p = if whole == 0 {
        0
    } else {
        (part * 200 + whole) / (whole * 2)
    };
    match lang {
        Lang::Fr => format!("{p}\u{202F}%"),
        Lang::En => format!("{p}%"),
    }
}

/// A byte count for people (`1,2 Mo` / `1.2 MB`).
pub fn size(bytes: usize, lang: Lang) -> String {
    let (value, unit) = if bytes >= 1_000_000 {
        (bytes as f64 / 1_000_000.0, t::UNIT_MB.get(lang))
    } else if bytes >= 1_000 {
        (bytes as f64 / 1_000.0, t::UNIT_KB.get(lang))
    } else {
        return format!("{bytes} {}", t::UNIT_BYTES.get(lang));
    };
    let text = format!("{value:.1}");
    let text = match lang {
        Lang::Fr => text.replace('.', ","),
        Lang::En => text,
    };
    format!("{text}\u{A0}{unit}")
}

/// JSON for a `<script type="application/json">` block: `<` is escaped so
/// that no string can close the element.
pub fn json_block(id: &str, value: &serde_json::Value) -> String {
    let json = value.to_string().replace('<', "\\u003c");
    format!("<script type=\"application/json\" id=\"{id}\">{json}</script>\n")
}

/// The sections of the site, for the navigation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Home,
    Technique,
    Actions,
    Reseau,
    Stats,
    /// A fabrique's page: no navigation item is current.
    Fiche,
}

const NAV: [(Section, &str, &Text); 5] = [
    (Section::Home, "index.html", &t::NAV_HOME),
    (Section::Technique, "technique/index.html", &t::NAV_TECHNIQUE),
    (Section::Actions, "actions/index.html", &t::NAV_ACTIONS),
    (Section::Reseau, "reseau/index.html", &t::NAV_RESEAU),
    (Section::Stats, "statistiques/index.html", &t::NAV_STATS),
];

/// The Content-Security-Policy of every page: nothing from another origin
/// (but OpenStreetMap's tiles when the site offers them), no inline script
/// or style, no plugin, no `<base>`.
pub fn csp(options: &SiteOptions) -> String {
    let tiles = if options.osm_tiles {
        " https://tile.openstreetmap.org"
    } else {
        ""
    };
    format!(
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'{tiles}; \
         connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'"
    )
}

/// What a page needs besides its content.
pub struct Page<'a> {
    /// Path from the page to the site's root (`""`, `"../"`, `"../../"`).
    pub root: &'a str,
    /// The page's own title (the site's title is added).
    pub title: &'a str,
    pub section: Section,
    /// Extra stylesheets and scripts, relative to the root, in order.
    pub styles: &'a [&'a str],
    pub scripts: &'a [&'a str],
}

/// A whole page around `main` (the content of `<main>`).
pub fn page(options: &SiteOptions, p: &Page<'_>, main: &str) -> String {
    let lang = options.lang;
    let mut h = String::with_capacity(main.len() + 4096);
    let full_title = if p.section == Section::Home {
        options.title.clone()
    } else {
        format!("{} — {}", p.title, options.title)
    };
    w!(
        &mut h,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n\
         <meta name=\"generator\" content=\"fabriques\">\n<title>{}</title>\n",
        t::HTML_LANG.get(lang),
        esc(&csp(options)),
        esc(&full_title)
    );
    w!(
        &mut h,
        "<link rel=\"icon\" href=\"{}assets/favicon.svg\" type=\"image/svg+xml\">\n",
        p.root
    );
    for s in p.styles.iter().chain(["assets/site.css"].iter()) {
        w!(&mut h, "<link rel=\"stylesheet\" href=\"{}{}\">\n", p.root, s);
    }
    for s in p.scripts {
        w!(&mut h, "<script defer src=\"{}{}\"></script>\n", p.root, s);
    }
    h.push_str("</head>\n<body>\n");
    w!(
        &mut h,
        "<a class=\"skip-link\" href=\"#contenu\">{}</a>\n",
        t::SKIP_TO_CONTENT.get(lang)
    );
    header(&mut h, options, p);
    h.push_str("<main id=\"contenu\" tabindex=\"-1\">\n");
    h.push_str(main);
    h.push_str("</main>\n");
    footer(&mut h, options, p);
    h.push_str("</body>\n</html>\n");
    h
}

fn header(h: &mut String, options: &SiteOptions, p: &Page<'_>) {
    let lang = options.lang;
    w!(
        h,
        "<header class=\"site-header\">\n<div class=\"container header-inner\">\n\
         <p class=\"site-brand\"><span class=\"brand-mark\" aria-hidden=\"true\"></span>\
         <a href=\"{}index.html\">{}</a></p>\n<p class=\"site-tagline\">{}</p>\n</div>\n",
        p.root,
        esc(&options.title),
        t::TAGLINE.get(lang)
    );
    w!(
        h,
        "<nav class=\"site-nav\" aria-label=\"{}\">\n<ul class=\"container\">\n",
        t::NAV_LABEL.get(lang)
    );
    for (section, href, label) in NAV {
        let current = if section == p.section {
            " aria-current=\"page\""
        } else {
            ""
        };
        w!(
            h,
            "<li><a href=\"{}{}\"{}>{}</a></li>\n",
            p.root,
            href,
            current,
            label.get(lang)
        );
    }
    h.push_str("</ul>\n</nav>\n</header>\n");
}

fn footer(h: &mut String, options: &SiteOptions, p: &Page<'_>) {
    let lang = options.lang;
    h.push_str("<footer class=\"site-footer\">\n<div class=\"container\">\n");
    if let Some(credit) = &options.credit {
        w!(h, "<p>{}</p>\n", esc(credit));
    }
    w!(
        h,
        "<p>{} <a href=\"{}assets/leaflet/LICENSE\">Leaflet 1.9.4</a> (BSD-2).</p>\n",
        t::FOOTER_GENERATED.get(lang),
        p.root
    );
    h.push_str("</div>\n</footer>\n");
}

/// « non renseigné », marked so that it reads as an absence, not a value.
pub fn unknown(lang: Lang) -> String {
    format!("<span class=\"unknown\">{}</span>", t::UNKNOWN.get(lang))
}

/// Oui / non / non renseigné.
pub fn yes_no(v: Option<bool>, lang: Lang) -> String {
    match v {
        Some(true) => t::YES.get(lang).to_string(),
        Some(false) => t::NO.get(lang).to_string(),
        None => unknown(lang),
    }
}

/// A link to a record's URL, or the text alone when it is not `http(s)`.
pub fn external_link(url: &str, label: &str) -> String {
    match safe_url(url) {
        Some(u) => format!("<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>", esc(&u), esc(label)),
        None => format!("{}", esc(label)),
    }
}
