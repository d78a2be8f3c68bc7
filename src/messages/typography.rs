//! The catalogue's typography, checked on its source: every French text
//! has a no-break space (U+00A0) before `:` `;` `?` `!` and inside « »,
//! and no English text has a space before `:` `;` `?` `!`.
//!
//! The texts are read from the catalogue's files (`src/messages/**`) as
//! they are written — `text!(NAME, "fr", "en")`, `Text { fr: "...", en:
//! "..." }`, and the `("english", "fr", "en")` rows of the TOML parser's
//! table — so that a new text is checked without being listed anywhere.
//! A mark is punctuation when a space, a line break or the end of the
//! text follows it (`https://`, `HH:MM` and `10:30` are not); code between
//! backticks is not prose. In the files `init` writes (`templates.rs`),
//! only the comment lines are prose.

use std::path::{Path, PathBuf};

const NBSP: char = '\u{a0}';

/// One text of the catalogue: where, in which language, what.
#[derive(Debug)]
struct Found {
    file: PathBuf,
    french: bool,
    text: String,
}

/// The Rust string literals of `source` (their content, undecoded), each
/// with the source before it.
fn literals(source: &str) -> Vec<(usize, &str)> {
    let bytes = source.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'/' if source[i..].starts_with("//") => {
                i = source[i..].find('\n').map_or(bytes.len(), |n| i + n);
            }
            b'\'' => {
                // A character literal ('"' must not open a string), or a lifetime.
                let rest = &source[i + 1..];
                let len = match rest.strip_prefix('\\') {
                    Some(escaped) => escaped.find('\'').map(|n| n + 1),
                    None => {
                        let mut chars = rest.chars();
                        let first = chars.next();
                        first.filter(|_| chars.next() == Some('\'')).map(char::len_utf8)
                    }
                };
                i += len.map_or(1, |n| n + 2);
            }
            b'"' => {
                let start = i + 1;
                let mut j = start;
                while bytes[j] != b'"' {
                    j += if bytes[j] == b'\\' { 2 } else { 1 };
                }
                out.push((start, &source[start..j]));
                i = j + 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// A literal's text, its escapes decoded.
fn decode(literal: &str) -> String {
    let mut out = String::new();
    let mut chars = literal.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('u') => {
                let code: String = chars.by_ref().skip(1).take_while(|c| *c != '}').collect();
                out.extend(u32::from_str_radix(&code, 16).ok().and_then(char::from_u32));
            }
            Some('\n') => {
                while chars.peek().is_some_and(|c| c.is_whitespace()) {
                    chars.next();
                }
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// The French and English texts of one catalogue file.
fn texts(file: &Path, source: &str) -> Vec<Found> {
    let mut found = Vec::new();
    let lits = literals(source);
    for (k, (start, literal)) in lits.iter().enumerate() {
        let before = source[..start - 1].trim_end();
        let language = if before.ends_with("fr:") {
            Some(true)
        } else if before.ends_with("en:") {
            Some(false)
        } else if is_text_macro_argument(before) {
            Some(true)
        } else if k > 0 && is_text_macro_argument(source[..lits[k - 1].0 - 1].trim_end()) {
            Some(false)
        } else if in_table_row(source, *start) {
            // ("english", "fr", "en"), on one line: the second and third
            // literals of the row.
            let line_start = source[..*start].rfind('\n').map_or(0, |n| n + 1);
            match lits[..k].iter().filter(|(s, _)| *s >= line_start).count() {
                1 => Some(true),
                2 => Some(false),
                _ => None,
            }
        } else {
            None
        };
        if let Some(french) = language {
            found.push(Found {
                file: file.to_path_buf(),
                french,
                text: decode(literal),
            });
        }
    }
    found
}

/// Whether the source before a literal ends with `text!(NAME,`.
fn is_text_macro_argument(before: &str) -> bool {
    let Some(rest) = before.strip_suffix(',') else {
        return false;
    };
    let name = rest.trim_end();
    let ident = name.trim_end_matches(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
    ident.len() < name.len() && ident.trim_end().ends_with("text!(")
}

/// Whether the literal at `start` stands in a row of a `table!`
/// (`("english", "fr", "en"),` on a line of its own).
fn in_table_row(source: &str, start: usize) -> bool {
    let line_start = source[..start].rfind('\n').map_or(0, |n| n + 1);
    source[line_start..start].trim_start().starts_with("(\"") && source[..line_start].contains("table!(")
}

/// Whether a line of a file `init` writes is a comment in words, not
/// code (nor commented-out code: `# - id: x`, `# run: x`, `# cle = "x"`).
fn is_prose_comment(line: &str) -> bool {
    let Some(comment) = line.trim_start().strip_prefix('#') else {
        return false;
    };
    let comment = comment.trim_start();
    let key = comment.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    let code = comment.starts_with("- ") || comment.starts_with('[') || key.starts_with(": ") || key.starts_with(" =");
    !code
}

/// What is wrong with the typography of `text`.
fn faults(text: &str, french: bool, template: bool) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        if template && !is_prose_comment(line) {
            continue;
        }
        // Code between backticks is not prose.
        let prose: String = line
            .split('`')
            .enumerate()
            .map(|(i, part)| if i % 2 == 0 { part } else { "x" })
            .collect::<Vec<_>>()
            .join("");
        let chars: Vec<char> = prose.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1).copied();
            let punctuation = matches!(c, ':' | ';' | '?' | '!') && after.is_none_or(char::is_whitespace);
            if punctuation && french && before != Some(NBSP) {
                let what = if before == Some(' ') {
                    "an ordinary space"
                } else {
                    "no space"
                };
                out.push(format!("{what} before « {c} » in {line:?}"));
            }
            if punctuation && !french && before.is_some_and(char::is_whitespace) {
                out.push(format!("a space before `{c}` in {line:?}"));
            }
            if french && c == '«' && after != Some(NBSP) {
                out.push(format!("no no-break space after « in {line:?}"));
            }
            if french && c == '»' && before != Some(NBSP) {
                out.push(format!("no no-break space before » in {line:?}"));
            }
        }
    }
    out
}

fn catalogue(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            catalogue(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("typography.rs") {
            files.push(path);
        }
    }
}

#[test]
fn french_texts_have_no_break_spaces_and_english_texts_none() {
    let mut files = Vec::new();
    catalogue(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/messages"), &mut files);
    let mut checked = (0, 0);
    let mut wrong = Vec::new();
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        let template = file.ends_with("templates.rs");
        // A file's tests are not catalogue texts.
        let catalogue = source.split("#[cfg(test)]").next().unwrap_or_default();
        for found in texts(&file, catalogue) {
            if found.french {
                checked.0 += 1;
            } else {
                checked.1 += 1;
            }
            for fault in faults(&found.text, found.french, template) {
                wrong.push(format!("{}: {fault}", found.file.display()));
            }
        }
    }
    // Every text was found: as many French as English ones, and many.
    assert_eq!(checked.0, checked.1, "a text without its translation was read");
    assert!(checked.0 > 1000, "only {} texts were read", checked.0);
    assert!(wrong.is_empty(), "{} faults:\n{}", wrong.len(), wrong.join("\n"));
}

#[test]
fn the_check_finds_each_fault() {
    assert_eq!(faults("clé\u{a0}: « x\u{a0}» ?", true, false).len(), 2);
    assert_eq!(faults("erreur : x", true, false).len(), 1);
    assert_eq!(faults("erreur: x", true, false).len(), 1);
    assert_eq!(faults("vouliez-vous dire\u{a0}?", true, false).len(), 0);
    assert_eq!(faults("https://movilab.org 10:30 `a : b`", true, false).len(), 0);
    assert_eq!(faults("did you mean `x` ?", false, false).len(), 1);
    assert_eq!(faults("name: fabriques\n# a : b", true, true).len(), 1);
    let source = "text!(A, \"un\u{a0}: deux\", \"one: two\");\nx(Text { fr: \"a\", en: \"b\" });";
    let found = texts(Path::new("x.rs"), source);
    let langs: Vec<(bool, &str)> = found.iter().map(|f| (f.french, f.text.as_str())).collect();
    assert_eq!(
        langs,
        [(true, "un\u{a0}: deux"), (false, "one: two"), (true, "a"), (false, "b")]
    );
}
