//! The catalogue of every text a user reads, in French and English.
//!
//! Nothing else in the crate writes a sentence for the user: code refers to
//! an entry ([`Text`]) and fills its `{placeholders}` through a [`Message`].
//! A translator works in this folder only: `ui/` holds the interface
//! texts, `rules/` the rules' messages, help lines and documentation (one
//! file per family of rules), `site.rs` the generated website's texts, `movilab.rs` the wording of
//! the Movilab page's tables.
//! French is the default language (the users are French); English is chosen
//! with `--lang en` or a locale starting with `en`. The language is never
//! global state: it is resolved once per run and passed to whatever
//! renders a text, so that runs in one process (the tests) never mix.

pub mod cli;
pub mod movilab;
pub mod rules;
pub mod site;
pub mod system;
pub mod templates;
pub mod toml_parser;
#[cfg(test)]
mod typography;
pub mod ui;
pub mod usage;

use std::fmt;

/// The language texts are rendered in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Fr = 0,
    En = 1,
}

impl Lang {
    /// Resolves the language: the flag wins, then the locale (`LC_ALL`,
    /// `LC_MESSAGES`, `LANG`, first non-empty, as POSIX orders them): English
    /// when it starts with `en`, French otherwise.
    pub fn resolve(flag: Option<Lang>, env: impl Fn(&str) -> Option<String>) -> Lang {
        if let Some(lang) = flag {
            return lang;
        }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|k| env(k))
            .find(|v| !v.is_empty());
        match locale {
            Some(l) if l.starts_with("en") => Lang::En,
            _ => Lang::Fr,
        }
    }
}

/// One catalogue entry in both languages. Placeholders are `{name}`.
#[derive(Debug, PartialEq, Eq)]
pub struct Text {
    pub fr: &'static str,
    pub en: &'static str,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Fr => self.fr,
            Lang::En => self.en,
        }
    }
}

/// The value of a placeholder.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Data (a value from a record, a number): the same in every language.
    Plain(String),
    /// A catalogue entry, rendered in the message's language.
    Text(&'static Text),
    /// Codes or names, quoted and joined as the language does.
    List(Vec<String>),
    /// Other messages, each rendered in the message's language, joined with
    /// the separator (empty when there are none; `; ` is written as the
    /// language punctuates it).
    Messages(Vec<Message>, &'static str),
}

/// A catalogue entry with the values for its placeholders, rendered late.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub text: &'static Text,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(text: &'static Text) -> Message {
        Message { text, args: Vec::new() }
    }

    /// Adds the value of placeholder `{name}`.
    pub fn arg(mut self, name: &'static str, value: impl fmt::Display) -> Message {
        self.args.push((name, Arg::Plain(value.to_string())));
        self
    }

    /// Adds a placeholder whose value is itself a catalogue entry.
    pub fn arg_text(mut self, name: &'static str, text: &'static Text) -> Message {
        self.args.push((name, Arg::Text(text)));
        self
    }

    /// Adds a placeholder whose value is a list of codes or names.
    pub fn arg_list<S: AsRef<str>>(mut self, name: &'static str, items: &[S]) -> Message {
        let items = items.iter().map(|s| s.as_ref().to_string()).collect();
        self.args.push((name, Arg::List(items)));
        self
    }

    /// Adds a placeholder whose value is a list of messages rendered in the
    /// same language and joined with `separator` (nothing when empty).
    pub fn arg_messages(mut self, name: &'static str, items: Vec<Message>, separator: &'static str) -> Message {
        self.args.push((name, Arg::Messages(items, separator)));
        self
    }

    /// Renders the message in `lang`, substituting placeholders. An unknown
    /// placeholder is left as written, so a catalogue typo shows instead of
    /// silently vanishing.
    pub fn render(&self, lang: Lang) -> String {
        let mut out = String::with_capacity(self.text.get(lang).len() + 32);
        self.render_into(lang, &mut out);
        out
    }

    /// [`Message::render`], appended to `out` (no intermediate strings:
    /// reporters render hundreds of thousands of messages).
    pub fn render_into(&self, lang: Lang, out: &mut String) {
        self.render_data_with(lang, out, &|s, out| out.push_str(s));
    }

    /// [`Message::render_into`], each value from the data (a `Plain`
    /// argument, an item of a list) appended by `data` rather than as it
    /// is: the human report writes a record's text with its control
    /// characters visible, the catalogue's own line breaks kept.
    pub fn render_data_with(&self, lang: Lang, out: &mut String, data: &dyn Fn(&str, &mut String)) {
        fill_with(out, self.text.get(lang), |name, out| {
            let Some((_, value)) = self.args.iter().find(|(k, _)| *k == name) else {
                return false;
            };
            match value {
                Arg::Plain(s) => data(s, out),
                Arg::Text(t) => out.push_str(t.get(lang)),
                Arg::List(items) => {
                    let shown: Vec<String> = items
                        .iter()
                        .map(|item| {
                            let mut s = String::new();
                            data(item, &mut s);
                            s
                        })
                        .collect();
                    push_quoted_list(out, lang, &shown)
                }
                Arg::Messages(items, separator) => {
                    // `; ` separates as the language punctuates (« ; » in French).
                    let separator = match *separator {
                        "; " => ui::LIST_SEPARATOR.get(lang),
                        other => other,
                    };
                    for (i, m) in items.iter().enumerate() {
                        if i > 0 {
                            out.push_str(separator);
                        }
                        m.render_data_with(lang, out, data);
                    }
                }
            }
            true
        });
    }
}

/// Substitutes `{name}` placeholders in `template`.
pub fn fill(template: &str, args: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    fill_with(&mut out, template, |name, out| {
        match args.iter().find(|(k, _)| *k == name) {
            Some((_, v)) => {
                out.push_str(v);
                true
            }
            None => false,
        }
    });
    out
}

/// Appends `template` to `out`, each `{name}` replaced by what `value`
/// appends (it returns false for an unknown name, which is kept as
/// written).
fn fill_with(out: &mut String, template: &str, value: impl Fn(&str, &mut String) -> bool) {
    let mut rest = template;
    while let Some(open) = memchr::memchr(b'{', rest.as_bytes()) {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match memchr::memchr(b'}', after.as_bytes()) {
            Some(close) => {
                let name = &after[..close];
                if !value(name, out) {
                    out.push('{');
                    out.push_str(name);
                    out.push('}');
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
}

/// What goes before a colon (or `;`, `?`, `!`) the code writes after a
/// text: in French a no-break space (U+00A0), in English nothing. The
/// catalogue's own texts carry their spaces (see the typography test).
pub fn before_colon(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "\u{a0}",
        Lang::En => "",
    }
}

/// Chooses the singular or plural entry for a count, by each language's
/// rule (French treats 0 and 1 as singular, English only 1).
pub fn plural(lang: Lang, n: usize, one: &'static Text, many: &'static Text) -> &'static str {
    let singular = match lang {
        Lang::Fr => n <= 1,
        Lang::En => n == 1,
    };
    if singular {
        one.get(lang)
    } else {
        many.get(lang)
    }
}

/// A list of codes or names quoted and joined the way each language does.
pub fn quoted_list<S: AsRef<str>>(lang: Lang, items: &[S]) -> String {
    let mut out = String::new();
    push_quoted_list(&mut out, lang, items);
    out
}

fn push_quoted_list<S: AsRef<str>>(out: &mut String, lang: Lang, items: &[S]) {
    for (i, s) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        let (open, close) = match lang {
            Lang::Fr => ("«\u{a0}", "\u{a0}»"),
            Lang::En => ("`", "`"),
        };
        out.push_str(open);
        out.push_str(s.as_ref());
        out.push_str(close);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static T: Text = Text {
        fr: "clé « {cle} » {inconnu}",
        en: "key `{cle}`",
    };

    #[test]
    fn placeholders_are_filled_and_unknown_ones_kept() {
        let m = Message::new(&T).arg("cle", "nmo");
        assert_eq!(m.render(Lang::Fr), "clé «\u{a0}nmo\u{a0}» {inconnu}");
        assert_eq!(m.render(Lang::En), "key `nmo`");
        assert_eq!(fill("a { b", &[]), "a { b");
    }

    #[test]
    fn language_comes_from_flag_then_locale() {
        let env = |k: &str| (k == "LANG").then(|| "en_GB.UTF-8".to_string());
        assert_eq!(Lang::resolve(None, env), Lang::En);
        assert_eq!(Lang::resolve(Some(Lang::Fr), env), Lang::Fr);
        assert_eq!(Lang::resolve(None, |_| None), Lang::Fr);
        let c = |k: &str| (k == "LANG").then(|| "C.UTF-8".to_string());
        assert_eq!(Lang::resolve(None, c), Lang::Fr);
    }

    #[test]
    fn french_plural_treats_zero_as_singular() {
        static ONE: Text = Text {
            fr: "erreur",
            en: "error",
        };
        static MANY: Text = Text {
            fr: "erreurs",
            en: "errors",
        };
        assert_eq!(plural(Lang::Fr, 0, &ONE, &MANY), "erreur");
        assert_eq!(plural(Lang::En, 0, &ONE, &MANY), "errors");
        assert_eq!(plural(Lang::Fr, 2, &ONE, &MANY), "erreurs");
    }
}
