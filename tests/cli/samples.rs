//! The sample outputs of the documentation are the tool's real output.
//!
//! A sample is marked in a Markdown file by a comment naming the folder it
//! runs in (relative to the repository's root) and the arguments, followed
//! by a fenced `text` block holding what the tool prints (standard output,
//! then standard error):
//!
//! ````markdown
//! <!-- exemple : tests/fixtures/guide/oui-non : validate --quiet -->
//! ```text
//! data/la-fabrique-du-quai.toml:2:7: erreur[wrong-type] : ...
//! ```
//! ````
//!
//! Each sample is run in-process (today pinned, no colour, French) and
//! compared byte for byte, French typography included. When the tool's
//! output changes on purpose, `FABRIQUES_ECRIRE_EXEMPLES=1 cargo test
//! --test cli samples` rewrites the blocks; review the diff.

use std::fs;

use crate::{fabriques, root, run_raw};

/// The documents whose samples are checked.
const DOCUMENTS: &[&str] = &["docs/guide-contributeur.md", "README.md"];

const MARK: &str = "<!-- exemple : ";

/// One sample: where its comment is, what it runs, and its block's span.
struct Sample {
    line: usize,
    dir: String,
    args: Vec<String>,
    /// Byte range of the block's content (between the fences).
    content: std::ops::Range<usize>,
}

/// The samples of `text`; a marked comment without a `text` block right
/// after it is a mistake of the document.
fn samples(doc: &str, text: &str) -> Vec<Sample> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = text[from..].find(MARK).map(|i| i + from) {
        let line = text[..at].lines().count() + 1;
        let end = text[at..].find("-->").map(|i| i + at).unwrap_or_else(|| {
            panic!("{doc}:{line}: sample comment not closed");
        });
        let spec = &text[at + MARK.len()..end];
        let (dir, args) = spec
            .split_once(" : ")
            .unwrap_or_else(|| panic!("{doc}:{line}: write « DOSSIER : ARGUMENTS »"));
        let after = end + "-->".len();
        let fence = "\n```text\n";
        assert!(
            text[after..].starts_with(fence),
            "{doc}:{line}: a ```text block must follow the sample comment"
        );
        let start = after + fence.len();
        let close = text[start..]
            .find("```")
            .map(|i| i + start)
            .unwrap_or_else(|| panic!("{doc}:{line}: sample block not closed"));
        found.push(Sample {
            line,
            dir: dir.trim().to_string(),
            args: args.split_whitespace().map(str::to_string).collect(),
            content: start..close,
        });
        from = close;
    }
    found
}

/// What the tool prints for `sample`.
fn output(sample: &Sample) -> String {
    let dir = root().join(&sample.dir);
    let (_, out, err) = run_raw(fabriques(&dir).args(&sample.args));
    let mut shown = out + &err;
    if !shown.ends_with('\n') {
        shown.push('\n');
    }
    shown
}

#[test]
fn documentation_samples_are_the_tools_output() {
    let rewrite = std::env::var_os("FABRIQUES_ECRIRE_EXEMPLES").is_some();
    let mut checked = 0;
    let mut wrong = Vec::new();
    for doc in DOCUMENTS {
        let path = root().join(doc);
        let text = fs::read_to_string(&path).unwrap();
        let mut rewritten = String::with_capacity(text.len());
        let mut last = 0;
        for sample in samples(doc, &text) {
            let expected = output(&sample);
            let shown = &text[sample.content.clone()];
            if shown != expected {
                wrong.push(format!(
                    "{doc}:{}: « fabriques {} » in {}:\n--- document\n{shown}--- tool\n{expected}",
                    sample.line,
                    sample.args.join(" "),
                    sample.dir
                ));
            }
            rewritten.push_str(&text[last..sample.content.start]);
            rewritten.push_str(&expected);
            last = sample.content.end;
            checked += 1;
        }
        rewritten.push_str(&text[last..]);
        if rewrite && rewritten != text {
            fs::write(&path, rewritten).unwrap();
        }
    }
    assert!(checked >= 7, "only {checked} samples found");
    assert!(rewrite || wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_sample_comment_without_its_block_is_refused() {
    let text = "<!-- exemple : . : validate -->\nno block\n";
    let result = std::panic::catch_unwind(|| samples("x.md", text));
    assert!(result.is_err());
    let text = "<!-- exemple : . : validate --quiet -->\n```text\nA\n```\n";
    let found = samples("x.md", text);
    assert_eq!(found.len(), 1);
    assert_eq!(&text[found[0].content.clone()], "A\n");
    assert_eq!(found[0].args, ["validate", "--quiet"]);
}
