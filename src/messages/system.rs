//! What the operating system says, in the user's language.
//!
//! Rust's `std::io::Error` displays the system's English text (`No such
//! file or directory (os error 2)`); the tool words the error from its
//! kind instead, so that a French user reads French. The kinds a user
//! meets (a missing file, a folder given for a file, a refused permission,
//! a full disk) have their own text; any other is named by its system code.

use std::io::{self, ErrorKind};

use super::{Lang, Message, Text};

macro_rules! text {
    ($name:ident, $fr:expr, $en:expr) => {
        pub static $name: Text = Text { fr: $fr, en: $en };
    };
}

text!(NOT_FOUND, "fichier ou dossier introuvable", "no such file or folder");
text!(PERMISSION_DENIED, "permission refusée", "permission denied");
text!(ALREADY_EXISTS, "le fichier existe déjà", "the file already exists");
text!(
    IS_A_DIRECTORY,
    "c'est un dossier, pas un fichier",
    "it is a folder, not a file"
);
text!(NOT_A_DIRECTORY, "ce n'est pas un dossier", "it is not a folder");
text!(
    DIRECTORY_NOT_EMPTY,
    "le dossier n'est pas vide",
    "the folder is not empty"
);
text!(READ_ONLY, "disque en lecture seule", "read-only file system");
text!(STORAGE_FULL, "disque plein", "no space left on the disk");
text!(
    INVALID_DATA,
    "contenu illisible (pas du texte UTF-8 ?)",
    "unreadable content (not UTF-8 text?)"
);
text!(INVALID_INPUT, "nom ou argument invalide", "invalid name or argument");
text!(BROKEN_PIPE, "la sortie a été fermée", "the output was closed");
text!(INTERRUPTED, "opération interrompue", "operation interrupted");
text!(UNEXPECTED_EOF, "fin de fichier inattendue", "unexpected end of file");
text!(OUT_OF_MEMORY, "mémoire insuffisante", "out of memory");
text!(FILE_TOO_LARGE, "fichier trop grand", "file too large");
text!(
    CROSSES_DEVICES,
    "impossible de déplacer un fichier d'un disque à un autre",
    "cannot move a file from one disk to another"
);
text!(
    OTHER_CODED,
    "erreur du système (code {code})",
    "system error (code {code})"
);
text!(OTHER, "erreur du système", "system error");

/// The system's error `e`, worded from its kind in `lang`.
pub fn io_error(lang: Lang, e: &io::Error) -> String {
    io_message(e).render(lang)
}

/// An error the tool raises as a system error (reading a named pipe...):
/// its own text, in the catalogue, not the kind's general wording.
#[derive(Debug)]
pub struct Said(pub &'static Text);

impl std::fmt::Display for Said {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.en)
    }
}

impl std::error::Error for Said {}

/// A system error of `kind` that says `text`.
pub fn said(kind: ErrorKind, text: &'static Text) -> io::Error {
    io::Error::new(kind, Said(text))
}

/// The system's error `e` as a message, rendered later in either language.
pub fn io_message(e: &io::Error) -> Message {
    if let Some(Said(text)) = e.get_ref().and_then(|inner| inner.downcast_ref::<Said>()) {
        return Message::new(text);
    }
    let t = match e.kind() {
        ErrorKind::NotFound => &NOT_FOUND,
        ErrorKind::PermissionDenied => &PERMISSION_DENIED,
        ErrorKind::AlreadyExists => &ALREADY_EXISTS,
        ErrorKind::IsADirectory => &IS_A_DIRECTORY,
        ErrorKind::NotADirectory => &NOT_A_DIRECTORY,
        ErrorKind::DirectoryNotEmpty => &DIRECTORY_NOT_EMPTY,
        ErrorKind::ReadOnlyFilesystem => &READ_ONLY,
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => &STORAGE_FULL,
        ErrorKind::InvalidData => &INVALID_DATA,
        ErrorKind::InvalidInput => &INVALID_INPUT,
        ErrorKind::BrokenPipe => &BROKEN_PIPE,
        ErrorKind::Interrupted => &INTERRUPTED,
        ErrorKind::UnexpectedEof => &UNEXPECTED_EOF,
        ErrorKind::OutOfMemory => &OUT_OF_MEMORY,
        ErrorKind::FileTooLarge => &FILE_TOO_LARGE,
        ErrorKind::CrossesDevices => &CROSSES_DEVICES,
        _ => {
            return match e.raw_os_error() {
                Some(code) => Message::new(&OTHER_CODED).arg("code", code),
                None => Message::new(&OTHER),
            }
        }
    };
    Message::new(t)
}

/// An error and its causes, outermost first, joined as the language
/// punctuates (« a : b » in French); a system error among them is worded
/// by [`io_error`], any other shown as it displays itself (the tool's own
/// errors are already in `lang`).
pub fn chain(e: &anyhow::Error, lang: Lang) -> String {
    let separator = match lang {
        Lang::Fr => "\u{a0}: ",
        Lang::En => ": ",
    };
    let mut parts = Vec::new();
    let mut causes = e.chain().peekable();
    while let Some(cause) = causes.next() {
        if let Some(io) = cause.downcast_ref::<io::Error>() {
            parts.push(io_error(lang, io));
            continue;
        }
        // A wrapper that shows its system error as it is (the tool's
        // write errors): worded from the error it wraps.
        let wrapped = cause.source().and_then(|s| s.downcast_ref::<io::Error>());
        match wrapped {
            Some(io) if io.to_string() == cause.to_string() => {
                parts.push(io_error(lang, io));
                causes.next();
            }
            _ => parts.push(cause.to_string()),
        }
    }
    parts.join(separator)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_errors_are_worded_from_their_kind() {
        let missing = std::fs::read("/nonexistent/fabriques").unwrap_err();
        assert_eq!(io_error(Lang::Fr, &missing), "fichier ou dossier introuvable");
        assert_eq!(io_error(Lang::En, &missing), "no such file or folder");
        let odd = io::Error::from_raw_os_error(1234);
        assert_eq!(io_error(Lang::Fr, &odd), "erreur du système (code 1234)");
    }

    #[test]
    fn causes_are_joined_with_the_language_punctuation() {
        let e = anyhow::Error::new(std::fs::read("/nonexistent/x").unwrap_err()).context("impossible de lire x");
        assert_eq!(
            chain(&e, Lang::Fr),
            "impossible de lire x\u{a0}: fichier ou dossier introuvable"
        );
    }
}
